import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

// Round 19: readers of structure for deals told without a figure (utils/amountless-rounds.ts). Invented sentences, EN and FR.

function amountless(paragraphs: string[], title?: string): [string | null, string][] {
  return readFunding({ paragraphs }, { title }).deals.filter((d) => d.amount === null).map((d) => [d.company, d.status]);
}

// A digest closes its list of rounds with "Other <graded> <raises> included A, B and C, among others": the grading adjectives sit
// between "other" and the noun (EN) or after it (FR), and the "among others" tail closes the list (OTHER_RAISERS, LIST_CLOSE).
describe('round 19: the rest of a wrap’s rounds, graded and closed by "among others"', () => {
  const rows: [string, string[], string[]][] = [
    ['graded noun and an "among others" tail (EN)',
      ['Seed deals dominated the week. Other notable fundraises included solar startup Brightvane, payroll app Quellish, and dairy brand Morrowfield, among others.'],
      ['Brightvane', 'Quellish', 'Morrowfield']],
    ['two grading words and a time phrase (EN)', ['Other early-stage rounds this week included Tarnwick and Loomcard.'], ['Tarnwick', 'Loomcard']],
    ['"and more" tail (EN)', ['Other key fundraises included the freight platform Halvery, the insurer Copsewood and more.'], ['Halvery', 'Copsewood']],
    ['French adjective after the noun (FR)', ['Parmi les autres levées marquantes : Brumelune, Kestria et Folavie.'], ['Brumelune', 'Kestria', 'Folavie']],
    ['"entre autres" tail (FR)', ['Parmi les autres levées notables, Brumelune et Folavie, entre autres.'], ['Brumelune', 'Folavie']],
  ];
  it.each(rows)('%s', (_label, paragraphs, companies) => {
    const deals = amountless(paragraphs);
    expect(deals.map(([c]) => c)).toEqual(companies);
    expect(deals.every(([, s]) => s === 'announced')).toBe(true);
  });
});

// One named company, a raising participle, a noun of funding (no figure) and a named backer after "from / auprès de": a deal
// on any page (NAMED_FUNDING_FROM).
describe('round 19: a named company funded by a named backer, no figure', () => {
  const rows: [string, string[], string, string][] = [
    ['"has received funding from" a fund (EN)', ['Tarnwick has received funding from the Northwind Growth Fund, which backs logistics software.'], 'Tarnwick', 'Northwind Growth Fund'],
    ['"secured fresh investment from" (EN)', ['Payroll startup Quellish secured fresh investment from Copperleaf Partners to open a Lisbon office.'], 'Quellish', 'Copperleaf Partners'],
    ['"a obtenu un financement de la part de" (FR)', ['Brumelune a obtenu un financement de la part de Kestria Partners pour accélérer.'], 'Brumelune', 'Kestria Partners'],
    ['"a levé des fonds auprès de" (FR)', ['La jeune pousse Folavie a levé des fonds auprès de Saltmarsh Capital.'], 'Folavie', 'Saltmarsh Capital'],
  ];
  it.each(rows)('%s', (_label, paragraphs, company, investor) => {
    const result = readFunding({ paragraphs });
    const deal = result.deals.find((d) => d.company === company);
    expect(deal?.amount ?? null).toBeNull();
    expect(deal?.status).toBe('announced');
    expect([...(deal?.leadInvestors ?? []), ...(deal?.investors ?? [])]).toContain(investor);
  });
});

// An owned entry ("la série B de la startup Kiplo (§)") names its own round, or none: the next entry's noun is never borrowed
// (funding.ts ownedRoundOr, reading deals.ts ownedRoundEntry).
describe('round 19: an owned entry keeps its own round', () => {
  const rows: [string, string, [string, string | null][]][] = [
    ['two owned entries with their own stages (FR)', 'Parmi les opérations du mois, la série B de la startup Vennaro (12 millions d’euros) et la série A de Quilbert (4 millions d’euros).', [['Vennaro', 'Series B'], ['Quilbert', 'Series A']]],
    ['an entry with no stage keeps none (FR)', 'Les levées du trimestre : le tour de table de la société Velane (3 millions d’euros) et la série A de Quilbert (5 millions d’euros).', [['Velane', null], ['Quilbert', 'Series A']]],
  ];
  it.each(rows)('%s', (_label, paragraph, expected) => {
    expect(readFunding({ paragraphs: [paragraph] }).deals.map((d) => [d.company, d.round])).toEqual(expected);
  });
});
