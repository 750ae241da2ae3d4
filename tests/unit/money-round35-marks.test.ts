/**
 * Money, round 35 (code debt, invented figures): one table of "a dollar written with its country" (DOLLAR_MARKS), read on a
 * page (US_MARK, each country's ownMark: unchanged) and in a figure's own text (dollarMarkOf, exported for funding.ts's merging
 * of a bare figure with its marked restatement, which kept its own list). Every row here was red at 192b383 (no such export).
 * Look-alikes (bare figures, letters glued to a mark): money-round35-marks.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { dollarMarkOf } from '../../utils/money';

describe('round 35: a figure that writes its dollar with its country', () => {
  const rows: Array<[string, string]> = [
    ['US$15M', 'USD'], ['U.S.$4 million', 'USD'], ['$US180 million', 'USD'], ['$27 million USD', 'USD'], ['$99 million U.S.', 'USD'],
    ['20 M$ US', 'USD'], ['18 millions de dollars américains', 'USD'],
    ['C$6.6M', 'CAD'], ['CA$12 million', 'CAD'], ['$9.1-million CAD', 'CAD'], ['5 000 $ CA', 'CAD'], ['3 millions de dollars canadiens', 'CAD'],
    ['A$739 million', 'AUD'], ['AU$5m', 'AUD'], ['$AU235 million', 'AUD'], ['2 millions de dollars australiens', 'AUD'],
    ['NZ$4m', 'NZD'], ['S$28.35m', 'SGD'], ['HK$3bn', 'HKD'], ['HKD 5 million', 'HKD'],
  ];
  it.each(rows)('%s', (text, want) => expect(dollarMarkOf(text)).toBe(want));
});
