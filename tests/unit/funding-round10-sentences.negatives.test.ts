import { describe, expect, it } from 'vitest';
import { isPastContext } from '../../utils/deals';
import { findRounds } from '../../utils/rounds';
import { figureKinds as kinds } from '../helpers/figure-kinds';


describe('round 10 negatives: look-alikes of generic amounts are still one company’s round', () => {
  const rows: [string, string, string[]][] = [
    // Two owners sharing a plural noun pair their figures.
    ['§ and § rounds respectively (EN)', 'Acme and Beta announced § and § rounds respectively.', ['round', 'round']],
    // A singular round after the figure.
    ['§ funding round (EN)', 'Acme closed a § funding round led by Accel.', ['round']],
    // "no" inside a word or not the subject.
    ['Nokia-backed (EN)', 'Nokia-backed Acme raised § in a Series A.', ['round']],
    ['no debt, raised (EN)', 'With no debt on its books, Acme raised § in a Series B.', ['round']],
    ['sans … a levé (FR)', 'Sans aucune dette, Kiplo a levé § en série A.', ['round']],
    // "between" dates, not amounts.
    ['between 2016 and 2020 after (EN)', 'Acme raised a § seed round between January and March.', ['round']],
    ['entre deux rendez-vous (FR)', 'Entre deux salons, Kiplo a levé § auprès de Partech.', ['round']],
    // A singular company whose name has a plural word.
    ['Acme Companies Raises (EN)', 'Acme raised § from Accel as companies in the sector cut costs.', ['round']],
    // "as" in other senses after the figure.
    ['§ as its Series A (EN)', 'Acme raised § as its Series A, led by Accel.', ['round']],
    // "will have" after the raise: the use of the money, not a plan of a fund.
    ['raised §, will have (EN)', 'Acme raised § and will have runway to 2027.', ['round']],
    // A company named with "Capital" or "Partners" is not a VC firm by name alone.
    ['X Capital raises (EN)', 'Clix Capital raises § in a Series B round.', ['round']],
  ];
  it.each(rows)('%s', (_label, masked, expected) => {
    expect(kinds(masked)).toEqual(expected);
  });
});

describe('round 10 negatives: past cues that still make a round earlier', () => {
  const rows: [string, string][] = [
    ['in February … raised (EN)', 'In February the company raised '],
    ['the previous year, announced today (EN)', 'Acme announced today that it had previously raised '],
    ['le mois dernier (FR)', 'Le mois dernier, la start-up avait levé '],
    ['l’an dernier (FR)', 'Kiplo avait bouclé l’an dernier un tour de '],
    ['last year (EN)', 'Last year the startup raised '],
    // The comparison ends the clause of THIS figure: it is the earlier round.
    ['après l’annonce de son tour de § (FR)', 'Quatre mois après l’annonce de son tour de § mené par Partech, Kiplo'],
    ['after announcing its § seed, in 2021 (EN)', 'Acme raised a Series A in 2021, months after announcing its '],
    // A plain past after the fronted phrase keeps the history reading.
    ['After raising a seed in 2019, Acme raised (EN)', 'After raising a seed round in 2019, Acme raised '],
    ['the raise itself dated (EN)', 'After raising a seed round, Acme raised a Series A in 2019 of '],
    ['Après … avait levé (FR)', 'Après son amorçage, Kiplo avait levé '],
  ];
  it.each(rows)('%s', (_label, clause) => {
    expect(isPastContext(clause)).toBe(true);
  });
});

describe('round 10 negatives: round-label look-alikes', () => {
  const rows: [string, string][] = [
    ['football tag (FR)', '[SERIE A] La Juventus bat l’Inter 2-0'],
    ['Serie A league (EN)', 'Juventus won Serie A again this season.'],
    ['A Round of applause (EN)', 'A Round of applause for the team.'],
    ['B Round-up (EN)', 'Acme’s B Round-up of the week'],
  ];
  it.each(rows)('%s', (_label, text) => {
    expect(findRounds(text).filter((r) => r.round.startsWith('Series'))).toEqual([]);
  });
});
