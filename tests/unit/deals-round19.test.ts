/**
 * Round 19, readers of parallel enumerations (deals.ts): several raisers told in one sentence, each figure paired with its own
 * name in the order of the text. Invented sentences, EN and FR; figures masked as "§".
 * - gapped items: one raising verb, later items "…, B § and C §" (GAPPED_ITEM_BEFORE, gappedItemOf);
 * - a sum shared out: "A and B raised § - respectively § and §" (DISTRIBUTED_AFTER / DISTRIBUTED_BEFORE);
 * - parenthesised items: "A (§ to hire), B (§ for …)" (PAREN_ITEM_BEFORE, parenItemOf).
 */
import { describe, expect, it } from 'vitest';
import { isPastContext, readFigure } from '../../utils/deals';
import { readFunding } from '../../utils/funding';

function readingAt(masked: string, n: number) {
  let at = -1;
  for (let i = 0; i <= n; i++) at = masked.indexOf('§', at + 1);
  return { at, reading: readFigure(masked, at, at + 1) };
}

describe('readFigure, round 19: a later item of a gapped list is a round, its raiser right before the figure', () => {
  it.each([
    ['Norvik raised § last week, Talvo § and Quenby § in seed funding.', 1],
    ['Norvik raised § last week, Talvo § and Quenby § in seed funding.', 2],
    ['Brightwave secured §, Orlen Labs about § and Peraxis §.', 1],
    ['Brightwave secured §, Orlen Labs about § and Peraxis §.', 2],
    ['Calmeo a levé §, Vertigne § et Ostral Santé §.', 1],
    ['Calmeo a levé §, Vertigne § et Ostral Santé §.', 2],
    ['Kelvara lève §, Dunmore près de § et Sabliq §.', 1],
  ] as const)('%s (figure %i)', (text, n) => {
    const { at, reading } = readingAt(text, n);
    expect(reading.kind).toBe('round');
    expect(reading.verbAt).toBe(at);
  });
});

describe('readFigure, round 19: a sum shared out item by item', () => {
  it.each([
    ['Norvik and Talvo raised § - respectively § and §.', 1],
    ['Norvik and Talvo raised §, respectively § and §, from local angels.', 1],
    ['Calmeo et Vertigne ont levé §, soit respectivement § et §.', 1],
    ['Calmeo et Vertigne lèvent § (respectivement § et §).', 1],
  ] as const)('%s: item %i is a round', (text, n) => expect(readingAt(text, n).reading.kind).toBe('round'));
  it.each([
    'Norvik and Talvo raised § - respectively § and §.',
    'Calmeo et Vertigne ont levé §, soit respectivement § et §.',
  ])('%s: the sum is none', (text) => expect(readingAt(text, 0).reading.kind).toBe('other'));
});

describe('readFigure, round 19: items of a list "Name (§ …)" are rounds of their names', () => {
  it.each([
    ['The biggest rounds of the month: Norvik (§ to hire engineers), Talvo (§, for its labs) and Quenby (§).', 0],
    ['The biggest rounds of the month: Norvik (§ to hire engineers), Talvo (§, for its labs) and Quenby (§).', 1],
    ['Local startups raised § this year, including Brightwave (§ led by two angels) and Orlen Labs (§).', 1],
    ['Parmi les levées du trimestre : Calmeo (§ pour recruter), Vertigne (§ pour s’installer à Lyon) et Ostral (§).', 0],
    ['Parmi les levées du trimestre : Calmeo (§ pour recruter), Vertigne (§ pour s’installer à Lyon) et Ostral (§).', 1],
    ['Les plus grosses opérations ont bénéficié à des acteurs de la santé : Kelvara (§ pour son essai clinique), Dunmore (§).', 0],
  ] as const)('%s (figure %i)', (text, n) => expect(readingAt(text, n).reading.kind).toBe('round'));
});

describe('readFunding, round 19: each figure of an enumeration goes to its own name', () => {
  const deals = (p: string) => readFunding({ paragraphs: [p] }).deals.map((d) => `${d.company} ${d.amount?.text}`);
  const rows = [
    ['Norvik raised $12 million, Talvo $8 million and Quenby $5 million in seed funding.', ['Norvik $12 million', 'Talvo $8 million', 'Quenby $5 million']],
    ['Calmeo a levé 12 millions d’euros, Vertigne 8 millions d’euros et Ostral 5 millions d’euros.', ['Calmeo 12 millions d’euros', 'Vertigne 8 millions d’euros', 'Ostral 5 millions d’euros']],
    ['Norvik and Talvo raised $20 million - respectively $12 million and $8 million.', ['Norvik $12 million', 'Talvo $8 million']],
    ['Les plus grosses levées : Calmeo (12 M€ pour recruter), Vertigne (8 M€ pour s’étendre) et Ostral (5 M€).', ['Calmeo 12 M€', 'Vertigne 8 M€', 'Ostral 5 M€']],
    ['The largest rounds went to three startups: Norvik ($12 million, for its robots), Talvo ($8 million, to hire) and Quenby ($5 million).', ['Norvik $12 million', 'Talvo $8 million', 'Quenby $5 million']],
  ] as const;
  // Plain it() titles: it.each reads "$12" in a title as a placeholder (round 20 review, cosmetic).
  for (const [text, expected] of rows) it(text, () => expect(deals(text)).toEqual(expected));
});

describe('isPastContext, round 19: a fronted "after" clause telling another event does not make the raise an earlier one', () => {
  it.each([
    'After competitor Zappa shut down last month, Norvik raised ',
    'After its rival Brightwave collapsed, Talvo raised ',
    'After the founders left their bank, they raised ',
    'After the startup pivoted to payments, it raised ',
    'After the regulator approved its licence, Quenby secured ',
  ])('%s', (clause) => expect(isPastContext(clause)).toBe(false));
});
