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

// ---------------------------------------------------------------------------
// Round 4 (batch 5): what the local-dollar and bare-figure rules must leave alone.

describe('guessBareDollar, round 4: "US$" beside a bare "$" is no local cue alone', () => {
  it.each<string>([
    // A page that marks both dollars ("USD" and "CAD", fixture dev 04 Novisto): its bare "$2 million" continues US dollars.
    'Montréal’s Novisto raised $27 million USD ($37.7 million CAD) in Canada. The financing included $25 million USD in primary and $2 million in secondary capital. Toronto’s Portage joined.',
    // A US-dominated page that writes "US$" once: more US places than Canadian ones.
    'The New York startup raised US$20 million in New York, with a Toronto office; the U.S. company spent $5 million in San Francisco and Silicon Valley. Canada comes next.',
    // American spelling on a page naming Canada twice: a US outlet.
    'Toronto-based Ada raised US$130 million and spent $20 million on a new center; the color of its Canada office, its favorite, is red. Its behavior center opened.',
  ])('%s', (text) => expect(guessBareDollar(text)).toBeNull());
});

describe('guessBareDollar, round 4: French dollars stay US off Quebec', () => {
  it.each<string>([
    // A Paris outlet on a Montreal startup: France and Paris named as often as Quebec.
    'La start-up montréalaise Hopper lève 170 millions de dollars. Elle ouvre un bureau à Paris, son premier en France, après Montréal, et vise Paris.',
    // A Quebec page that writes Canadian dollars out and never marks US ones: its plain dollars are US.
    'Au Québec, la société a levé 20 millions de dollars canadiens, puis 10 millions de dollars auprès d’un fonds de Montréal.',
    // Quebec named once: not enough.
    'Une société du Québec a levé 5 millions de dollars.',
  ])('%s', (text) => expect(guessBareDollar(text)).toBeNull());
});

describe('findMoney, round 4: scaled numbers without currency that are counts', () => {
  it.each<[string, string[]]>([
    // A list's next item that counts something (followed by "d’…"): not money.
    ['La société a levé 10 millions d’euros, et 2 millions d’utilisateurs l’utilisent. Elle a levé 3 millions d’euros en 2020.', ['10 millions d’euros', '3 millions d’euros']],
    // An investment noun before a count noun: not money.
    ['The company raised €10 million and €4 million. Its funding of 3 million users grew, and 5 million downloads followed.', ['€10 million', '€4 million']],
    // A sentence break between the sum and the number: no list.
    ['Elle a levé 4 millions d’euros. Et 3 millions, c’est le nombre de visiteurs. Puis 2 millions d’euros.', ['4 millions d’euros', '2 millions d’euros']],
    // "5G $" is a network, not five billion dollars (the "G$" scale is Quebec French only).
    ['Its 5G $ plans and a $20 million budget', ['$20 million']],
  ])('%s', (text, want) => expect(findMoney(text, { lang: /[éè’]/.test(text) ? 'fr' : 'en' }).map((m) => m.text)).toEqual(want));
});

describe('findMoney, round 4: a dot before three digits stays a decimal point where money counts thousandths', () => {
  it.each<[string, number]>([
    // US petrol is priced to a tenth of a cent.
    ['Gas averaged $3.459 a gallon.', 3.459],
    // The Gulf dinars are divided in thousandths.
    ['The fee is KWD 1.500 per month.', 1.5],
    // With a scale the dot is a decimal point.
    ['It raised €1.250 billion.', 1.25e9],
  ])('%s', (text, value) => expect(findMoney(text)[0]!.value).toBeCloseTo(value, 6));
});
