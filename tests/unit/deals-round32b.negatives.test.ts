/**
 * Round 32b look-alikes: openings that name a year but review no period (one company's raise, a class of companies narrowed by
 * a relative clause), and an earlier year's rounds inside a review, which stay past.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';
import { reviewPeriodOf } from '../../utils/deals';

describe('round 32b: no period without a plural of companies raising over it', () => {
  it.each<[string]>([
    ['Tarvello raised $5 million in 2022, its chief executive said on Tuesday.'],
    ['Startups that raised big rounds in 2021 are now struggling to raise again.'],
    ['La startup a levé 3 millions d’euros en 2021 auprès de ses fondateurs.'],
    ['Many companies are cutting staff this year as funding dries up.'],
  ])('row %#', (opening) => {
    expect(reviewPeriodOf('Founders face a harder market', opening)).toBeNull();
  });
});

describe('round 32b: inside a review of one year, the year before stays past', () => {
  it('an earlier year\'s rounds are past', () => {
    const deals = readFunding({ paragraphs: [
      'Bristol tech firms raised £900m in 2019, more than any other city outside London.',
      'The year before was bigger still: Velmora raised $300 million in 2018, and Kelbio closed a $120 million round in 2018.',
    ] }, { title: 'Bristol holds its place' }).deals.map((d) => [d.company, d.status]);
    expect(deals).toEqual([['Velmora', 'past'], ['Kelbio', 'past']]);
  });
});
