/**
 * Money reader, round 6: a bare "$" on a local roundup whose only local voice is
 * the scene named by its demonym ("Australian startups", "Canadian investors")
 * or called local ("Local VCs", "here in Edmonton"). Batch 7 (fixtures 263, 264,
 * 273) read those pages' dollars as USD. Negatives: money-round6.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findMoney, guessBareDollar } from '../../utils/money';

describe('guessBareDollar, round 6: a local roundup’s own dollar', () => {
  it.each<[string, string, string]>([
    ['demonym scene, the country named twice', 'Australian startups raised a combined $225 million in August. Some of Australia’s biggest funds stayed away; Brisbane fintech Biza.io raised $7.5 million.', 'AUD'],
    ['demonym scene named once, scene called local', 'Australian startups enjoyed a banner quarter with $1.5 billion raised. Local VCs remain cautious; insurtech Cover Genius secured $120 million.', 'AUD'],
    ['a city and "Canadian investors"', 'Can you build a tech company in Edmonton? Local startup Mover thinks so: it received $1 million in seed financing from American and Canadian investors. It stays here in Edmonton.', 'CAD'],
    ['Kiwi scene', 'New Zealand startups raised $80 million this quarter, led by Auckland’s Tracksuit with $10 million.', 'NZD'],
    ['Canadian founders, Toronto', 'Canadian founders in Toronto raised $300 million in the quarter; Wealthsimple took $100 million of it.', 'CAD'],
  ])('%s', (_why, text, code) => expect(guessBareDollar(text)).toBe(code));
});

describe('findMoney, round 6: the page’s dollar reaches every bare figure, explicit marks win', () => {
  const page = 'Australian startups raised $42 million in August, and Hysata took US$30 million of it. Local VCs in Sydney led most rounds.';
  it('bare "$" is AUD, "US$" stays USD', () => {
    const got = findMoney(page, { localDollar: null });
    expect(got.map((m) => [m.text, m.currency])).toEqual([['$42 million', 'AUD'], ['US$30 million', 'USD']]);
  });
});
