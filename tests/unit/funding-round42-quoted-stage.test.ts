/**
 * Round 42 (funding recall on review pages): a round's stage in quotation marks, "received 85 million dollars in “Series B”
 * investment", "$30 million in ‘Series A’ funding" (1138 Startup Pakistan); the marks around a stage also in 1032 (Zonebourse/
 * Reuters, "série A"), 743 (Afridigest, ‘seed’) and 869 (TBS News, "Series C Plus") (funding.ts QUOTED_STAGE).
 * Negative: quotes around another word.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const dealsOf = (paragraphs: string[]) =>
  readFunding({ paragraphs }).deals.filter((d) => d.amount !== null).map((d) => [d.company, d.amount!.value, d.amount!.currency]);

describe('round 42: a stage in quotation marks still names the round', () => {
  it('1138: stages in quotation marks', () => {
    expect(dealsOf(['When Airlift, a Lahore-based software start-up, received 85 million dollars in “Series B” investment last month, Prime Minister Imran Khan tweeted, “Pakistan has great potential and we are open for business.” Bazaar, a Karachi-based internet start-up, was revealed to have received $30 million in ‘Series A’ funding less than a week later.']).sort())
      .toEqual([['Airlift', 85_000_000, 'USD'], ['Bazaar', 30_000_000, 'USD']].sort());
  });

  it('quotes around another word', () => {
    expect(dealsOf(['Acme received $5 million in “seedy” deals from the city.'])).toEqual([]);
  });
});
