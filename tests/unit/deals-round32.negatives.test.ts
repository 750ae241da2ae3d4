/**
 * Look-alikes of deals-round32.test.ts: bare "name, figure" entries that are no review of rounds. A list under other money
 * (revenue, valuations, grants), a breakdown by class (sectors, regions, quarters, places), a lone entry, an entry whose figure
 * is followed by a noun of its own, a ranking of investors or of exits.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.text ?? null]);

describe('round 32 negatives: no round for a bare entry outside a review list of rounds', () => {
  it.each<[string]>([
    ['The deals of the year by revenue: Velmora (robotics), $40 million, Tondaro (health), $12 million, and Kelbio, $8 million.'],
    ['The largest deals were valued at a premium (Tarvello $220M, Brevik $90M and Quonda $45M), the report says.'],
    ["Les levées de fonds par secteur : Fintech, 120 millions d'euros, Biotech, 80 millions d'euros, et Logistique, 30 millions d'euros."],
    ['The rounds of the quarter by region: London, £300 million, Manchester, £80 million, and Leeds, £30 million.'],
    ['Les tours de table du semestre : Q1, 40 millions d’euros ; Q2, 55 millions d’euros.'],
    ['The largest rounds of the year went to software, while grants (Velmora $4M, Tondaro $2M) went to labs.'],
    ['Among the biggest deals of the spring, Tarvello (robotics), $22M, topped the list.'],
    ["Les plus grosses opérations du trimestre : Orvane, 30 millions d'euros de chiffre d'affaires, et Kelbio, 14 millions d'euros de chiffre d'affaires."],
    ['The most active investors in the largest rounds of the year: Kestrel Ventures, $50 million, and Orbis Capital, $30 million.'],
    ["Les investisseurs les plus actifs dans les levées du semestre : Kestrel Partners, 40 millions d'euros, et Orbis Capital, 25 millions d'euros."],
    ['The biggest exits among the deals of the year: Tarvello, $220M, and Brevik, $90M.'],
  ])('row %#', (sentence) => {
    expect(deals(sentence)).toEqual([]);
  });
});

describe('round 32 negatives: money an investor puts in a named fund is a commitment to the fund, no round (INVESTED_IN_NAMED_FUND_AFTER)', () => {
  // EN only: the French 'a investi § dans …' is already the investor's own outlay (readFigureIn's FR investing-verb veto).
  it.each<[string]>([
    // Rewritten (review 19, finding 3): other syntax than the page's, the rule's parts kept (verb, figure, "in", a fund name).
    ['Through its climate window, the development bank invested $25 million in Nairobi-based Savanna Impact Fund, its first African commitment.'],
    ['Brightwater Pensions has invested €5 million in Tarvello Climate Fund 2 as an anchor partner.'],
  ])('row %#', (sentence) => {
    expect(deals(sentence)).toEqual([]);
  });
});

describe('round 32 negatives: an offering the company priced, then "to raise §", is a sale of shares on a market (SHARE_SALE_PROCEEDS_BEFORE)', () => {
  it.each<[string]>([
    ['Velmora Therapeutics priced its offering late on Friday to raise $45 million.'],
    ['Kestrel Bio said it had priced an upsized offering this week to raise about $80 million.'],
  ])('row %#', (sentence) => {
    expect(deals(sentence)).toEqual([]);
  });
});

describe('round 32 negatives (review 19): a run-together list of more entries than a review sentence holds is no review (MAX_REVIEW_ENTRIES)', () => {
  it('a glued table of 30 bracketed entries under a plural round noun', () => {
    const names = Array.from({ length: 30 }, (_, i) => `Velmo${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i / 26) | 0))}`);
    expect(deals(`The largest rounds of the year: ${names.map((n, i) => `${n} (robotics), $${i + 2} million`).join(', ')}.`)).toEqual([]);
  });
});
