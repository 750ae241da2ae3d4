/**
 * Review of round 33 (session 20, findings 1, 2 and 5 on forListItem, 2fdc0e4): the "§ for X" / "§ pour X" items of a review.
 * - Under ONE company's raise an inclusive joint ("with/avec/including/dont § for X") splits its use of proceeds, not other
 *   companies' rounds: only a comparison joint (contre, compared with, versus) reads the items there. The inclusive joints stay for
 *   plural or scene heads (startups, jeunes pousses, fintechs, l'écosystème, a plural round noun).
 * - "to/à" items are not read (the company reader does not follow them: no deal with a null or wrong company).
 * - Sector words and short acronyms are no company ("for Fintech", "for AI", "pour la R&D").
 * - A list is eight items at most (FOR_ITEMS_MAX, as funding.ts's MAX_LIST_ITEMS): a longer run of equal sums is a table, undone
 *   whole (funding.ts carries a round item's kind on to the items after it, so reading only the first eight would not bound it).
 * - The negatives the round 33 header promised: places as owners, a lower-case purpose, no raising head.
 * Invented sentences, EN and FR. The rows marked "red before" made false deals at 2a807b4 (checked).
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.text ?? null]).sort();
const sorted = (rows: Array<[string, string]>) => [...rows].sort();

describe('review of round 33: no "§ for X" item under one company\'s use of proceeds, to/à, sector words or acronyms (red before)', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['use of proceeds, acronyms', 'Acme raised $50 million in fresh capital, with $20 million for R&D and $10 million for AI.', [['Acme', '$50 million']]],
    ['use of proceeds, a capitalised purpose', 'Acme raised $40 million in fresh capital, with $15 million for Marketing.', [['Acme', '$40 million']]],
    ['use of proceeds, an acronym then a purpose', 'Acme raised $50 million, with $20 million for AI and $10 million for hiring.', [['Acme', '$50 million']]],
    ['use of proceeds, FR (a place, then a name)', "Kelbio a levé 20 millions d'euros de capitaux frais, avec 8 millions d'euros pour Orvane et 5 millions d'euros pour la Chine.", [['Kelbio', "20 millions d'euros"]]],
    ['use of proceeds, FR (a capitalised purpose)', "Tarvello a récolté 30 millions d'euros de capitaux frais, avec 10 millions d'euros pour Marketing et 5 millions d'euros pour Orvane.", [['Tarvello', "30 millions d'euros"]]],
    ['sector words under a plural head', 'Startups raised $900 million in the quarter, with $300 million for Fintech and $200 million for Healthtech.', []],
    ['an acronym and a sector word under a plural head', 'Startups raised $900 million in the quarter, with $300 million for AI and $200 million for Fintech.', []],
    ['"to" after a list of deals', "Top deals in March included Orvane's $30 million Series B and $12 million to Tondaro.", [['Orvane', '$30 million']]],
    ['"à" in a bracket of rounds', "Les medtechs ont bouclé trois levées cette année (12 millions d'euros à Velmora, 8 millions d'euros à Tondaro).", []],
  ])('%s', (_name, text, expected) => {
    expect(deals(text)).toEqual(sorted(expected));
  });
});

describe('review of round 33: look-alikes the round 33 header promised (places, a lower-case purpose, no raising head)', () => {
  it.each<[string, string]>([
    ['places as owners, FR', "Les start-up ont levé 90 millions d'euros au premier semestre, avec 60 millions d'euros pour Lyon et 20 millions d'euros pour Grenoble."],
    ['places as owners, EN', 'Startups raised $900 million in the quarter, with $300 million for London and $200 million for Berlin.'],
    ['a lower-case purpose, FR', "Les jeunes pousses ont levé 50 millions d'euros de capitaux frais, avec 20 millions d'euros pour la recherche et 10 millions d'euros pour le recrutement."],
    ['no raising head, FR', "Les entreprises de la région ont dépensé 40 millions d'euros, avec 15 millions d'euros pour Kelbio et 10 millions d'euros pour Tarvi."],
    ['no raising head, EN', 'Local companies spent $40 million on software this year, with $15 million for Kelbio and $10 million for Tarvi.'],
  ])('%s', (_name, text) => {
    expect(deals(text)).toEqual([]);
  });
});

describe('review of round 33: what the items still read', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['a comparison joint after one company\'s raise', 'Kelbio secured $30 million in fresh capital in March, versus $12 million for Tarvi in the same month.', [['Kelbio', '$30 million'], ['Tarvi', '$12 million']]],
    ['"including" under a plural head', 'Nordic startups pulled in $300 million in fresh capital in May, including $90 million for Brevik and $40 million for Quonda.', [['Brevik', '$90 million'], ['Quonda', '$40 million']]],
  ])('%s', (_name, text, expected) => {
    expect(deals(text)).toEqual(sorted(expected));
  });
});

describe('review of round 33: a run of "§ for X" items is eight items at most (FOR_ITEMS_MAX)', () => {
  const names = ['Ka', 'Kb', 'Kc', 'Kd', 'Ke', 'Kf', 'Kg', 'Kh', 'Ki', 'Kj', 'Kk', 'Kl'];
  const list = (n: number) => {
    const items = names.slice(0, n).map((name) => `$1 million for ${name}`);
    return `Startups raised $900 million in the quarter, with ${items.slice(0, -1).join(', ')} and ${items.at(-1)}.`;
  };
  it('a twelve-item list of equal sums (a table) reads at most eight items (red before: all twelve)', () => {
    const got = deals(list(12)).map(([company]) => company);
    expect(got.length).toBeLessThanOrEqual(8);
    expect(got).not.toContain('Kl');
  });
  it('an eight-item list still reads each item', () => {
    expect(deals(list(8)).map(([company]) => company)).toEqual(names.slice(0, 8));
  });
});
