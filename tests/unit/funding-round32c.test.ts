/**
 * Funding, round 32: a review's period stated in its opening sentence counts even when the page's first two paragraphs are
 * site residue and a headline with no review word (875's shape: "fbpx", then the title, then "… companies raised a record
 * £532m in 2022"). The assembly hands the first four paragraphs to reviewPeriodOf as the opening; the rounds the review
 * lists by month are then that period's news. Invented pages.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const statuses = (paragraphs: string[]) => readFunding({ paragraphs }, { lang: 'en' }).deals.map((d) => `${d.company}:${d.status}`);

describe('round 32: a review period told after residue and a plain headline', () => {
  it('the listed rounds of the period are announced', () => {
    expect(statuses([
      'Share this',
      'Leeds tech sees record haul',
      'Leeds-based tech companies raised a record £410m in funding in 2022, according to the city council.',
      "Among the largest deals were Quillfield's £40m Series B round in March and Velmora's £25m Series A in October.",
    ])).toEqual(['Quillfield:announced', 'Velmora:announced']);
  });
  it('a round of an earlier year on the same page stays past', () => {
    expect(statuses([
      'Share this',
      'Leeds tech sees record haul',
      'Leeds-based tech companies raised a record £410m in funding in 2022, according to the city council.',
      "Quillfield's £40m Series B round in March was the year's largest, after its £12m Series A in 2019.",
    ])).toContain('Quillfield:past');
  });
});
