/**
 * Funding, round 31 look-alikes of the binder (funding-round31.test.ts): participants told with a round that is not the deal
 * read last stay off it. Another company's round in a roundup, a past round the sentence does not name, a fund's own raise, a
 * partner named "in partnership with". A possessive that names an investor, not a round's owner. Invented rows, English and
 * French.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const read = (paragraphs: string[]) => readFunding({ paragraphs }).deals;
const all = (paragraphs: string[]) => read(paragraphs).map((d) => `${d.company}:${d.status}:${d.investors.join('|')}`).sort();

const FILLER_EN = ['The company plans to hire forty engineers next year.', 'Its software schedules warehouse fleets for retailers.', 'Founded in 2019, it now serves customers in nine countries.'];

describe('round 31: participants the binder keeps off the deal read last', () => {
  it.each<[string[], string[]]>([
    // A roundup: another company's round, of which no deal was read.
    [
      ['Northwind Robotics raised $12 million in a Series A round led by Kestrel Ventures.', ...FILLER_EN, 'Velmora’s seed round also saw participation from Orbis Capital and Bluefin Partners.'],
      ['Northwind Robotics:announced:'],
    ],
    // A past round told last: its figureless follow-up is not the news, and not that past round either.
    [
      ['Northwind Robotics raised $12 million in a Series A round led by Kestrel Ventures.', 'It had raised $3 million in 2019.', 'The company plans to hire forty engineers next year.', 'Existing backers Orbis Capital and Bluefin Partners also contributed to the round.'],
      ['Northwind Robotics:announced:Orbis Capital|Bluefin Partners', 'Northwind Robotics:past:'],
    ],
    // A fund's own raise.
    [
      ['Northwind Robotics raised $12 million in a Series A round led by Kestrel Ventures.', ...FILLER_EN, 'Kestrel Ventures is also raising its third fund; Orbis Capital and Bluefin Partners contributed to the fund.'],
      ['Northwind Robotics:announced:'],
    ],
    // Partners of what the round pays for.
    [
      ['Northwind Robotics raised $12 million in a Series A round led by Kestrel Ventures.', ...FILLER_EN, 'The round will fund a pilot run in partnership with Orbis Capital and Bluefin Partners.'],
      ['Northwind Robotics:announced:'],
    ],
    // A roundup, in French: the round of another company, named after the noun.
    [
      ["La start-up lyonnaise Velmora a levé 8 millions d'euros.", 'Elle compte recruter une trentaine de personnes.', 'Azur Capital et Tondaro Partners ont également participé à la levée de Quillfield.'],
      ['Velmora:announced:'],
    ],
  ])('row %#', (paragraphs, want) => expect(all(paragraphs)).toEqual(want));
});

describe('round 31: a possessive whose head is no round noun names no round owner', () => {
  // "Orbis Bank’s private financing arm" describes an investor, not Orbis Bank's round: the lead stays the Series A's.
  it('row 0', () => {
    const deals = read(['Northwind Robotics raised $12 million in venture debt.', 'The loan extends the company’s Series A round, which was led by Orbis Bank’s private financing arm Kestrel Capital.']);
    expect(deals.find((d) => d.round === 'Series A')?.leadInvestors).toContain('Kestrel Capital');
  });
});

