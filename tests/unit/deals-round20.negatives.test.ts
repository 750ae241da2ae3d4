/**
 * Round 20 look-alikes (deals-round20.test.ts and the review fixes of round 19): no deal, or not the borrowed reading.
 * Invented sentences, EN and FR.
 */
import { describe, expect, it } from 'vitest';
import { isPastContext, readFigure } from '../../utils/deals';
import { readFunding } from '../../utils/funding';
import { findRounds } from '../../utils/rounds';

const deals = (p: string) => readFunding({ paragraphs: [p] }).deals.map((d) => `${d.company} ${d.amount?.text}`);

describe('round 20: a gapped list borrows its verb only from a first item that is a round', () => {
  const rows = [
    'Princeton raised $900 million in its donor campaign, Cornell $700 million and Brown $100 million.',
  ];
  for (const text of rows) it(text, () => expect(deals(text)).toEqual([]));
});

function kindAt(masked: string, n = 0): string {
  let at = -1;
  for (let i = 0; i <= n; i++) at = masked.indexOf('§', at + 1);
  return readFigure(masked, at, at + 1).kind;
}

describe('round 20: a parenthesised item telling a purchase is no round (PAREN_ITEM_AFTER read by notFundingIn)', () => {
  it.each([
    ['Les plus grosses opérations du mois : Norvik (§ pour racheter Talvo) et Quenby (§ pour reprendre Ostral), financées par des levées de dette.', 0],
    ['Les plus grosses opérations du mois : Norvik (§ pour racheter Talvo) et Quenby (§ pour reprendre Ostral), financées par des levées de dette.', 1],
    ['The busiest rounds of the quarter: Norvik (§ to acquire Talvo) and Quenby (§ to buy Ostral), both funded by fresh rounds.', 1],
  ] as const)('%s (figure %i)', (text, n) => expect(kindAt(text, n)).toBe('other'));
});

describe('round 20 look-alikes: a fronted event clause with no year leaves the raise as news', () => {
  it.each([
    'After its two founders quit their bank, Zorvex raised ',
    'Once the war started, Talvo raised ',
  ])('%s', (clause) => expect(isPastContext(clause)).toBe(false));
});

describe('round 20 look-alikes: a sum shared out among several names is still no round', () => {
  const rows = [
    ['Norvik and Talvo raised $20 million - respectively $12 million and $8 million.', ['Norvik $12 million', 'Talvo $8 million']],
  ] as const;
  for (const [text, expected] of rows) it(text, () => expect(deals(text)).toEqual(expected));
});

describe('round 20 look-alikes: a company’s own round stays a round', () => {
  it.each([
    // a span with the backers named right after it
    ['Norvik raised § between March 2 and March 9 from Accel.', 0],
    // a name, not the class, after "raised by"
    ['The § Series A raised by Norvik Startups was led by Accel.', 0],
    // one company after its descriptor in the singular
    ['Among the largest rounds were § for Norvik and § secured by payments startup Talvo.', 1],
    // the first figure of a raise with its parts
    ['Yesterday Talvo raised § from Index Ventures, including a § equity investment and § in debt.', 0],
  ] as const)('%s', (text, n) => expect(kindAt(text, n)).toBe('round'));
  it.each([
    'Norvik secured $8 million in debt from a local bank.',
    'Norvik raised $30 million in equity last year and now $10 million in debt.',
  ])('%s: a debt round alone is still Debt', (text) => expect(findRounds(text).map((r) => r.round)).toContain('Debt'));
});

describe('review B of round 20 look-alikes: a class of raisers over a span stays a total, round noun or purpose after it or not', () => {
  const rows = [
    'Dutch startups raised $2 billion between January and March to fund their growth.',
    "Les start-ups belges ont levé 2 milliards d'euros entre janvier et mars pour financer leur croissance.",
    'Healthtech startups secured $900 million between April and June in seed rounds.',
    'With $3 billion raised between April and June, the sector posted its best quarter yet.',
  ];
  for (const text of rows) it(text, () => expect(deals(text)).toEqual([]));
});
