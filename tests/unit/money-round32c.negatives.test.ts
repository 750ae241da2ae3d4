/**
 * Money, round 32c look-alikes (invented sentences): what the round 32c fixes (money-round32c.test.ts) must leave alone.
 * A bare "lira" is no Turkish cue (the Lebanese lira); an English dirham page naming neither country keeps AED and a French one
 * MAD; "B.C." after a number is a year and a bare "BC" a company's initials, no Canadian place.
 */
import { describe, expect, it } from 'vitest';
import { findMoney, guessBareDollar, pageMoneyContext } from '../../utils/money';

const read = (text: string, lang = 'en') => findMoney(text, pageMoneyContext(text, lang)).map((m) => [m.text, m.value, m.currency]);

describe('round 32c: a lira that is not said Turkish makes no Turkish page', () => {
  const rows: Array<[string, Array<[string, number, string]>]> = [
    ['The Lebanese lira fell again as Norvio raised TL 5 million in Beirut.', []],
  ];
  it.each(rows)('%s', (text, want) => expect(read(text)).toEqual(want));
});

describe('round 32c: with neither country named, the language decides the dirham', () => {
  const rows: Array<[string, string, Array<[string, number, string]>]> = [
    ['Norvio raised 30 million dirhams from a Gulf fund.', 'en', [['30 million dirhams', 30e6, 'AED']]],
    ['Tilvo a levé 4,5 MDH auprès de deux fonds.', 'fr', [['4,5 MDH', 4.5e6, 'MAD']]],
    ['Kiplo a obtenu 3 millions de DH de son incubateur.', 'fr', [['3 millions de DH', 3e6, 'MAD']]],
  ];
  it.each(rows)('%s', (text, lang, want) => expect(read(text, lang)).toEqual(want));
});

describe('round 32c: a year "B.C." or a company "BC" names no Canadian place', () => {
  const rows: string[] = [
    'Vancouver-based Norvio raised $6 million. Its founders study coins from 300 B.C. and 200 B.C. at home.',
    'Vancouver-based Norvio raised $6 million from BC Partners and BC Capital, and BC Labs joined.',
  ];
  it.each(rows)('%s', (text) => expect(guessBareDollar(text)).toBeNull());
});
