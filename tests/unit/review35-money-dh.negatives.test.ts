/**
 * Review of session 22 (money, round 35) look-alikes of review35-money-dh.test.ts (invented sentences): the letters "Dh" that are no dirham sign. Only on a page about the UAE
 * (UAE_CUES), only before a scaled figure: elsewhere "Dh" is a name's initials or an abbreviation, and a Moroccan page gives no
 * evidence that its English press writes the sign so (its French press writes "DH" after the figure, read elsewhere).
 */
import { describe, expect, it } from 'vitest';
import { findMoney, pageMoneyContext } from '../../utils/money';

const read = (text: string, lang = 'en') => findMoney(text, pageMoneyContext(text, lang)).map((m) => [m.text, m.currency]);

describe('round 35: "Dh" is no dirham off a UAE page, without a scale, or before a word', () => {
  const rows: Array<[string, Array<[string, string]>]> = [
    ['Norvio raised Dh40 million from two funds, its chief executive said.', []],
    ['The Casablanca startup Kiplo raised Dh40 million from two funds.', []],
    ['A Dubai café run by Tilvo sells its coffee at Dh15 a cup.', []],
    ['In Dubai, Dh Patel, who founded Norvio, raised €2 million from angels.', [['€2 million', 'EUR']]],
  ];
  it.each(rows)('%s', (text, want) => expect(read(text)).toEqual(want));
});
