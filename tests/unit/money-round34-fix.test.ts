/**
 * Money, review of round 34 (finding 2, invented sentences): on a page that writes both its local dollar and the US dollar
 * out (guessMarkedDollar), a bare figure clarified as US dollars right after it ("$99 million U.S.", the Toronto Star's form
 * on 272) is US. markedDollarAt cut the sentence on the last dot of "U.S." ("… $14 million U.S"), so US_SUFFIX missed it
 * and the figure became the local dollar: the suffix is now tested on the figure itself before any cutting
 * (US_SUFFIX_AT), and the sentence is cut on a stop before a capital that is no initialism's dot (CLAUSE_END).
 * Each row was red at ae45c67 (checked). Look-alikes, and the French suffix form: money-round34-fix.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findMoney, pageMoneyContext } from '../../utils/money';

const read = (text: string, lang: 'en' | 'fr' = 'en') => findMoney(text, pageMoneyContext(text, lang)).map((m) => [m.text, m.currency]);

describe('review of round 34: "$N U.S." on a page marking both dollars is US', () => {
  it.each<[string, string[][]]>([
    // The suffix followed by a lower-case word: one sentence.
    ['A Halifax clinic chain, Merrowby, signed for $14 million U.S. with two Boston lenders. In Canada, Quillet took C$9M, then US$2M.',
      [['$14 million', 'USD'], ['C$9M', 'CAD'], ['US$2M', 'USD']]],
    // The suffix closing its sentence before a capital.
    ['Out of Winnipeg, Canada, the drone maker Farrowind booked $8.5M U.S. Last spring it had taken C$3M, and later US$1M, from local angels.',
      [['$8.5M', 'USD'], ['C$3M', 'CAD'], ['US$1M', 'USD']]],
  ])('row %#', (text, want) => expect(read(text)).toEqual(want));
});
