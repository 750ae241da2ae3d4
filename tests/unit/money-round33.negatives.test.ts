/**
 * Money, round 33, look-alikes (invented sentences): pages whose bare "$" must stay US dollars, or whose explicit marks win,
 * next to the place-possessive scene and the demonym descriptor of money-round33.test.ts (guessBareDollar, findMoney).
 */
import { describe, expect, it } from 'vitest';
import { findMoney, guessBareDollar, pageMoneyContext } from '../../utils/money';

const read = (text: string, lang = 'en') => findMoney(text, pageMoneyContext(text, lang)).map((m) => [m.text, m.value, m.currency]);

describe('round 33 negatives: a bare "$" stays US', () => {
  const rows: string[] = [
    // A US page naming a Canadian city once: the scene is San Francisco's.
    "San Francisco's startup scene is crowded. Acme, which also has an office in Vancouver, raised $30 million.",
    // A sector of another kind is no startup scene.
    "Canada's mining sector had a slow year; a Calgary driller raised $20 million from its lenders.",
    // The scene named once, the United States named more: a US story that mentions Canada.
    "Canada's tech sector is small next to America's. New York's Tilvo raised $40 million in the United States and California.",
  ];
  it.each(rows)('row %#', (text) => expect(guessBareDollar(text)).toBeNull());
});

describe('round 33 negatives: the singular scene word not before a name still names the scene', () => {
  const rows: Array<[string, string]> = [
    ['Canadian startup news of the week: Toronto’s Kiplo raised $3 million, and Norvio $1 million.', 'CAD'],
    ['The Australian startup ecosystem had a good month in Sydney: Tilvo raised $5 million.', 'AUD'],
  ];
  it.each(rows)('row %#', (text, want) => expect(guessBareDollar(text)).toBe(want));
});

describe('round 33 negatives: explicit marks win on a Canadian page', () => {
  it('a Canadian page that writes "US$" for its figures keeps them US', () => {
    const text = "Ontario's tech sector drew foreign money: Ottawa's Kiplo raised US$40 million, and Toronto's Norvio US$6 million.";
    expect(read(text)).toEqual([
      ['US$40 million', 40e6, 'USD'],
      ['US$6 million', 6e6, 'USD'],
    ]);
  });
  it('"A$" on a Sydney page stays AUD, a bare "$" beside it US', () => {
    const text = "Sydney's startup scene: Tilvo raised A$12 million, while its Melbourne rival's parent paid $29 million for a US firm.";
    expect(read(text)).toEqual([
      ['A$12 million', 12e6, 'AUD'],
      ['$29 million', 29e6, 'USD'],
    ]);
  });
});

describe('round 33 negatives: a "$… USD" restatement without a local dollar, or at the same value', () => {
  const rows: Array<[string, Array<[string, string]>]> = [
    // No country whose dollar is written "$": two separate US figures.
    ['Acme raised $40 million ($29 million USD) in a Series B.', [['$40 million', 'USD'], ['$29 million USD', 'USD']]],
    // The same value restated: no other dollar.
    ['Toronto-based Kiplo raised $40 million ($40 million USD).', [['$40 million', 'USD'], ['$40 million USD', 'USD']]],
    // Both dollars written out: each keeps its own mark.
    ['Toronto-based Kiplo raised $58 million CAD ($44 million USD).', [['$58 million CAD', 'CAD']]],
  ];
  it.each(rows)('row %#', (text, want) => expect(findMoney(text, pageMoneyContext(text, 'en')).map((m) => [m.text, m.currency])).toEqual(want));
});

