/**
 * Round 32 (group 2): shapes of the multi-round pages' missed deals, found on two outlets or more among the fixtures. Invented
 * sentences, EN and FR; each row failed before its rule (checked against 65151a8's deals.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.text ?? null]);

describe('round 32: a review lists its rounds as bare entries, a name and its figure, under a plural round noun (reviewEntryName)', () => {
  it.each<[string, Array<[string, string]>]>([
    ['Three big deals closed in the first weeks of May (Tarvello $22M, insurtech startup Brevik $9M and Quonda $4.5M), the busiest stretch so far.',
      [['Tarvello', '$22M'], ['Brevik', '$9M'], ['Quonda', '$4.5M']]],
    ['The region’s largest rounds of the year: Velmora (robotics), with US$40 million raised, Tondaro (health), US$12 million, and Kelbio (biotech), US$8 million.',
      [["Velmora", "US$40 million"], ["Tondaro", "US$12 million"], ["Kelbio", "US$8 million"]]],
    // Rewritten (review 19, finding 3): semicolons, a descriptor before the name, no "avec … levés".
    ["Trois tours de table ont marqué l'automne lyonnais ; Orvane, 30 millions d'euros ; Kelbio, 14 millions d'euros ; et la medtech Tarvi, 6 millions d'euros.",
      [['Orvane', "30 millions d'euros"], ['Kelbio', "14 millions d'euros"], ['Tarvi', "6 millions d'euros"]]],
  ])('row %#', (text, expected) => {
    expect(deals(text)).toEqual(expected);
  });
});

describe('round 32 (review 19): backers or investors outside the lead\'s own clause leave the review a list of rounds (leadClause)', () => {
  it.each<[string, Array<[string, string]>]>([
    ['The largest rounds of the year, all backed by local investors: Velmora (robotics), $40 million, Tondaro (health), $12 million, and Kelbio (biotech), $8 million.',
      [['Velmora', '$40 million'], ['Tondaro', '$12 million'], ['Kelbio', '$8 million']]],
    ["Les plus grosses levées de l'été, toutes menées par des investisseurs régionaux : Orvane, 30 millions d'euros, Kelbio, 14 millions d'euros, et Tarvi, 6 millions d'euros.",
      [['Orvane', "30 millions d'euros"], ['Kelbio', "14 millions d'euros"], ['Tarvi', "6 millions d'euros"]]],
  ])('row %#', (text, expected) => {
    expect(deals(text)).toEqual(expected);
  });
});

describe('round 32: a company whose name holds "Fund" but does not end on it is still the raiser (INVESTED_IN_NAMED_FUND_AFTER look-alikes)', () => {
  it.each<[string, Array<[string, string]>]>([
    ['Orbis invested $10 million in Fundora, a payments startup based in Austin.', [['Fundora', '$10 million']]],
    ['Orbis invested $10 million in Kestrel Fund Administration, a software startup.', [['Kestrel Fund Administration', '$10 million']]],
  ])('row %#', (text, expected) => {
    expect(deals(text)).toEqual(expected);
  });
});

describe('round 32: a product offering priced in another clause leaves the raise a round (SHARE_SALE_PROCEEDS_BEFORE look-alike)', () => {
  it.each<[string, Array<[string, string]>]>([
    ['Tarvello, which priced its SaaS offering at $99 a month last year, raised $10 million in a Series A round.', [['Tarvello', '$10 million']]],
  ])('row %#', (text, expected) => {
    expect(deals(text)).toEqual(expected);
  });
});
