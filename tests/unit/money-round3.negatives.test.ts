/**
 * Money reader, round 3: what must NOT change. Each row is a page or a phrase
 * close to one the new rules could misread.
 */
import { describe, expect, it } from 'vitest';
import { findMoney, guessBareDollar } from '../../utils/money';

describe('guessBareDollar: a bare "$" stays USD unless the page is plainly local', () => {
  it.each<string>([
    // A US page about an Australian startup: Australia named, no local voice.
    'Sydney-based Canva raised $200 million at a $40 billion valuation, the Australian company said. Investors include Sequoia.',
    // A US page that says "Aussie" once, with American spelling and more US cues.
    'The Aussie startup moved to San Francisco. The U.S. market is its focus; the organization raised $20 million from American investors in New York and Silicon Valley.',
    // A wire story that writes Australian dollars out ("A$"): its bare "$" is US.
    'Afterpay raised A$500 million in Sydney and Melbourne from Aussie funds, while Square paid $29 billion for it.',
    // A Canadian outlet that covers a US deal (fixture 126 shape): as many US cues as Canadian ones, no local voice.
    'Plus: US mental health startup Headway raises $125 million. At the ALL IN conference in Montreal, Scale AI announced a $21-million investment across nine Canadian AI projects. Based in New York, Headway serves patients.',
    // Singapore writes "S$" for its own dollar: no inference from place names (fixture 119 shape).
    'Singapore-based Oatside raised $20 million. Singapore’s GXS Bank lent S$10 million in Singapore.',
    // One mention of Australia: not enough.
    'Anthropic raised $124 million; one of its researchers is Australian.',
    // Two countries tied: no guess.
    'Aussie and Kiwi founders from Sydney and Auckland raised $3 million.',
    // No bare dollar at all.
    'Aussie startups in Sydney and Melbourne raised A$30 million.',
  ])('%s', (text) => expect(guessBareDollar(text)).toBeNull());
});

describe('findMoney: dollar-first marks are not spreadsheet cells', () => {
  it.each<string>([
    '=SUM($A1:$A10)',
    'lock the row with $A$1 in the formula',
    'copy ($A2, $A3) into the sheet',
  ])('%s', (text) => expect(findMoney(text)).toEqual([]));
});

describe('findMoney without page context: a bare "$" is USD', () => {
  it('a sentence alone never flips', () => {
    const got = findMoney('Aussie startups in Sydney and Melbourne raised $30 million.');
    expect(got.map((m) => m.currency)).toEqual(['USD']);
  });
});

describe('findMoney: not a restatement', () => {
  it.each<[string, string[]]>([
    // A comma and a second figure without an approximation word: two sums.
    ['Acme raised €30 million, $10 million of which came from Index.', ['€30 million', '$10 million']],
    // Same currency in the parenthesis: a part of the sum, not a restatement.
    ['a $5 million (roughly $3 million in equity) round', ['$5 million', '$3 million']],
    // "US$… ($…)" at the same value, or without a local dollar, stays two USD figures.
    ['US$20m ($20m) in a seed round', ['US$20m', '$20m']],
    // A dash between two sums of different currencies with no approximation word.
    ['the £5m round — $2m from abroad — closed', ['£5m', '$2m']],
  ])('%s', (text, want) => {
    const got = findMoney(text, { localDollar: null });
    expect(got.map((m) => m.text)).toEqual(want);
    expect(got.every((m) => m.equivalent === null)).toBe(true);
  });
});

describe('findMoney: "respectively" is needed to share a scale', () => {
  it.each<[string, string[]]>([
    // Without "respectively", "40 and 104 million euros" is not two sums of millions.
    ['raised 40 and 104 million euros', ['104 million euros']],
    // Counts told respectively are not money.
    ['they have respectively 3, 4 and 5 users', []],
    ['respectivement 40 et 104 salariés', []],
  ])('%s', (text, want) => expect(findMoney(text).map((m) => m.text)).toEqual(want));
});

describe('findMoney: single-letter signs and new currency words need their context', () => {
  it.each<[string, string[]]>([
    // No Nigerian or South African cue: "N" and "R" are letters.
    ['The N500 million figure and R10 million target were revised.', []],
    // On a Nigerian page, without a scale: a mask, a droid.
    ['In Lagos, N95 masks and R2-D2 toys sold out.', []],
    // Names and words, not currencies, without a scale.
    ['Dong 5 and Lira 3 won the race; taka 2 cedi 4.', []],
    // Counts in a list are not money: no currency anywhere.
    ['The apps reached 10 million and 5 million users.', []],
    // A list needs its currency: "5m and 6m euros" shares it only with scale words.
    ['raised 5m and 6m euros', ['6m euros']],
    // "and a half" needs the scale right after it.
    ['two and a half days of talks and $5 million', ['$5 million']],
  ])('%s', (text, want) => expect(findMoney(text).map((m) => m.text)).toEqual(want));
});

describe('findMoney: shorthand scales need their prefix', () => {
  it.each<[string, string[], string | undefined]>([
    // Litres and thickness, no currency.
    ['a 10L tank and a 5 mil film', [], undefined],
    // "L" after a non-Indian currency is not a lakh.
    ['a €10L bottle', ['€10'], undefined],
    // Spanish "mil" is a thousand: no million there.
    ['costó $5 mil pesos', ['$5'], 'es'],
  ])('%s', (text, want, lang) => expect(findMoney(text, { lang }).map((m) => m.text)).toEqual(want));
});
