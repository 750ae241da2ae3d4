import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

// Round 19 look-alikes: invented sentences, EN and FR, that must give no deal without a figure (utils/amountless-rounds.ts).

describe('round 19: look-alikes of a wrap’s graded list and of a named backer give no amountless deal', () => {
  const rows: [string, string[]][] = [
    ['other graded things that are not rounds: launches (EN)', ['Other notable launches included Brightvane and Quellish, among others.']],
    ['other graded products (EN)', ['Other popular apps this week included Brightvane and Quellish.']],
    ['a French list of products, not of rounds (FR)', ['Parmi les autres nouveautés marquantes : Brumelune et Folavie.']],
    ['a list told by example is no list of rounds (EN)', ['Other notable fundraises included startups such as Brightvane and Quellish.']],
    ['a fund raising from its own backers (EN)', ['Saltmarsh Ventures has secured funding from the Northwind Pension Fund.']],
    ['public money is a grant, not a round (EN)', ['Tarnwick has received funding from the government to build a plant in Ohio.']],
    ['a programme’s money is no round (FR)', ['Folavie a obtenu un financement du Programme Horizon pour son pilote.']],
    ['no raiser: a plural generic subject (EN)', ['Startups received funding from Northwind Partners last year.']],
    ['no named backer after "from" (EN)', ['Tarnwick received funding from investors in the region.']],
  ];
  it.each(rows)('%s', (_label, paragraphs) => {
    expect(readFunding({ paragraphs }).deals.filter((d) => d.amount === null).map((d) => d.company)).toEqual([]);
  });
});
