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

describe('findMoney, round 6: amount forms batch 7 missed', () => {
  it.each<[string, string, Array<[string, number, string]>]>([
    ['a code before number words', 'The company has raised nearly USD two billion so far.', [['USD two billion', 2e9, 'USD']]],
    ['a sign before number words, French', 'La société a levé € trois millions auprès de ses actionnaires.', [['€ trois millions', 3e6, 'EUR']]],
    ['a lost pound sign on a page of pounds', 'Pharmacy2U closed a multi-million pound deal; XR Games raised \uFFFD40m in seed funding.', [['\uFFFD40m', 40e6, 'GBP']]],
    ['a lost euro sign on a page of euros', 'The euros kept coming: Mistral raised \uFFFD1.7bn in its Series C.', [['\uFFFD1.7bn', 1.7e9, 'EUR']]],
    ['a scaled figure before a round name stays', 'Biza.io raised a $7.5 million series A.', [['$7.5 million', 7.5e6, 'USD']]],
    ['a price before "round trip" stays', 'The $10 round trip fare rose.', [['$10', 10, 'USD']]],
  ])('%s', (_why, text, want) => {
    const got = findMoney(text, { lang: /[àéèç]/.test(text) ? 'fr' : 'en' });
    for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(got.map((m) => [m.text, m.value, m.currency])).toEqual(want);
  });
});
