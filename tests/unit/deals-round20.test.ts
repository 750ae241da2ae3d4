/**
 * Round 20 (deals.ts), fixes from the review of round 19 and readers of batch-14 shapes. Invented sentences, EN and FR.
 * - a fronted "after/once" clause about another event keeps the year told inside it (FRONTED_YEAR_CUE, withoutFrontedEvent);
 * - a sum shared out with "respectively" by ONE company stays that company's round (sharedBySeveral).
 */
import { describe, expect, it } from 'vitest';
import { isPastContext } from '../../utils/deals';
import { readFunding } from '../../utils/funding';

const deals = (p: string) => readFunding({ paragraphs: [p] }).deals.map((d) => `${d.status} ${d.company} ${d.amount?.text}`);

describe('isPastContext, round 20: the year inside a fronted event clause still dates the raise', () => {
  it.each([
    'After its two founders quit their bank in 2016, Zorvex raised ',
    'Once the war started in 2022, Talvo raised ',
    'After the regulator approved its licence in early 2019, Quenby secured ',
  ])('%s', (clause) => expect(isPastContext(clause)).toBe(true));
});

describe('readFunding, round 20: one company splitting its raise keeps the sum as its round', () => {
  const rows = [
    ['Zorvex raised $15 million – respectively $9 million in equity and $6 million in venture debt.', 'announced Zorvex $15 million'],
  ] as const;
  // Plain it() titles: it.each reads "$15" in a title as a placeholder.
  for (const [text, first] of rows) it(text, () => expect(deals(text)[0]).toBe(first));
});
