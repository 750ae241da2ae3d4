/**
 * Investor lists, round 10 (batch 9's misses as general shapes): a fund named after its manager, a co-lead after
 * "with", a name glued to the next lower-case word, and a sentence of thousands of cues read in one pass.
 * Names of our own invention (EN and FR); money masked as "§". Rows that must NOT yield investors are in
 * investors-round10.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findInvestorMentions } from '../../utils/investors';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('size bound: long inputs are read in one pass', () => {
  // Each cue used to rescan the whole sentence (or every cue before it): thousands of cues made a quadratic run.
  // No timing assertion: the rows check the answer on inputs large enough that a quadratic pass would stall the suite.
  const N = 3000;
  it('a chain of "X participated," cues keeps every name once', () => {
    const s = 'The § round: ' + Array.from({ length: N }, (_, i) => `Acme${i} participated, `).join('') + 'done.';
    const names = new Set(findInvestorMentions(s, { nearDeal: true }).flatMap((m) => m.names));
    expect(names.size).toBeGreaterThan(N / 2);
  });
  it('a chain of "joined by X," cues', () => {
    const s = 'The § round ' + 'joined by Acme Capital, '.repeat(N) + 'done.';
    expect(findInvestorMentions(s, { nearDeal: true }).length).toBeGreaterThan(0);
  });
  it('a 50,000-character glued run after ", which" names no one', () => {
    const s = 'Acme raised § led by Northwind Capital, which ' + 'ab'.repeat(25000) + ' and more.';
    expect(roles(s).lead).toEqual(['Northwind Capital']);
  });
  it('an "Acme grew, " comma chain after a lead', () => {
    const s = 'Acme raised § led by Northwind Capital, ' + 'Acme grew, '.repeat(2000) + 'done.';
    expect(roles(s).lead[0]).toBe('Northwind Capital');
  });
});

describe('a co-lead names its partner after "with" (EN and FR)', () => {
  const rows: Array<[string, Want]> = [
    row('Northwind Capital co-led the § Series A with Kestrel Partners.', ['Northwind Capital', 'Kestrel Partners'], []),
    row('The state-owned Harbor Fund co-led a § funding round for the company in July 2019 with Kestrel Partners.', ['Harbor Fund', 'Kestrel Partners'], []),
    row('Northwind Capital co-leads the § round together with Brightline Ventures.', ['Northwind Capital', 'Brightline Ventures'], []),
    row('Partech a co-mené le tour de table de § avec Kestrel Partners.', ['Partech', 'Kestrel Partners'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a lead that is a person with a role, when the round is the subject', () => {
  const rows: Array<[string, Want]> = [
    row('The § seed round was led by Globex cofounder Jane Moreau.', ['Jane Moreau'], []),
    row('La levée de § a été menée par Paul Okafor, cofondateur de Globex.', ['Paul Okafor'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence).lead).toEqual(want.lead));
});

describe('a name glued to the next lower-case word ends there', () => {
  const rows: Array<[string, string[]]> = [
    ['Also drawing participation from investors like Northwind Capital and Kestrel Venturesthis deal melds two strategies.', ['Northwind Capital', 'Kestrel Ventures']],
    ['Acme raised § from Northwind Capital and Harbor Partnerswhich also backs Globex.', ['Northwind Capital', 'Harbor Partners']],
    ['Acme lève § auprès de Northwind Capital et Kestrel Venturesqui investit pour la première fois en France.', ['Northwind Capital', 'Kestrel Ventures']],
  ];
  it.each(rows)('%s', (sentence, want) => expect(findInvestorMentions(sentence, { nearDeal: true }).flatMap((m) => m.names)).toEqual(want));
});

describe('the named ones before "and other funds" who agreed to put money in', () => {
  const rows: Array<[string, string[]]> = [
    ["Lever §, cela veut dire que des investisseurs, le fonds de Northwind et d'autres fonds, ont accepté de mettre § dans Acme.", ['Northwind']],
    ['Northwind Capital and other funds have agreed to invest § in Acme.', ['Northwind Capital']],
    ['Kestrel Partners, Harbor Angels and several other investors have committed to invest § in Acme.', ['Kestrel Partners', 'Harbor Angels']],
  ];
  it.each(rows)('%s', (sentence, want) => expect(findInvestorMentions(sentence, { nearDeal: true }).flatMap((m) => m.names)).toEqual(want));
});

describe('an investor taking part through its named vehicle: the vehicle', () => {
  const rows: Array<[string, string[]]> = [
    ['Globex participated through its corporate venture arm, Globex Ventures.', ['Globex Ventures']],
    ['Kestrel Partners also contributed to the round, and Initech participated through its AI investment vehicle, Initech Labs.', ['Kestrel Partners', 'Initech Labs']],
    ['Globex a participé par l’intermédiaire de sa filiale Globex Invest.', ['Globex Invest']],
  ];
  it.each(rows)('%s', (sentence, want) => expect(findInvestorMentions(sentence, { nearDeal: true }).flatMap((m) => m.names)).toEqual(want));
});

describe('the lender of a loan (fixture 150: the lender is the debt round’s investor)', () => {
  const rows: Array<[string, string[]]> = [
    ['Acme obtient un prêt de § de la BEI.', ['BEI']],
    ['Acme a obtenu un prêt de la Banque européenne d’investissement.', ['Banque européenne d’investissement']],
    ['Acme a signé un emprunt de § accordé par Bpifrance.', ['Bpifrance']],
    ['Acme secured a § loan from HSBC.', ['HSBC']],
  ];
  it.each(rows)('%s', (sentence, want) => expect(findInvestorMentions(sentence, { nearDeal: true }).flatMap((m) => m.names)).toEqual(want));
});

describe('a role whose organisation comes first is not a name', () => {
  const rows: Array<[string, Want]> = [
    row('The § round was led by Jane Moreau, former Globex CEO, and Kestrel Partners.', ['Jane Moreau', 'Kestrel Partners'], []),
    row('Acme raised § from Paul Okafor, Initech co-founder, and Harbor Angels.', [], ['Paul Okafor', 'Harbor Angels']),
    row('Acme raised § from Sam Reyes, ex-Globex chairman, and Northwind Capital.', [], ['Sam Reyes', 'Northwind Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a firm named in a relative clause after a person’s role leads the round (EN and FR)', () => {
  const rows: Array<[string, Want]> = [
    row('Jane Moreau, associée chez Northwind Capital, qui a mené le tour de §, rejoint le conseil.', ['Northwind Capital'], []),
    row('« Nous sommes ravis », explique Paul Okafor, associé chez Kestrel Partners, qui a mené la levée.', ['Kestrel Partners'], []),
    row('"We are thrilled," said Jane Moreau, partner at Northwind Capital, which led the round.', ['Northwind Capital'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a lower-case brand right after a firm’s noun', () => {
  const rows: Array<[string, Want]> = [
    row('The round was led by investment firm redalpine, with Kestrel Partners participating.', ['redalpine'], ['Kestrel Partners']),
    row('Il a été mené par la société d’investissement internationale blisce/ qui a de forts liens en France.', ['blisce/'], []),
    row('The § seed round was led by venture firm northzone, joined by Harbor Angels.', ['northzone'], ['Harbor Angels']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
