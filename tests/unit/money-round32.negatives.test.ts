/**
 * Money, round 32, look-alikes (invented sentences, EN and FR) of the rows in money-round32.test.ts: "TL" is the lira only
 * by a scaled figure on a page about Turkey ("TL" is also a team leader, a tail light), and "Tk" is the taka only by a
 * scaled figure on a page about Bangladesh; the dirham abbreviations and the plain "DH" are read in French text only (UAE
 * outlets in English write "Dh" before the figure, another dirham).
 */
import { describe, expect, it } from 'vitest';
import { findMoney, pageMoneyContext } from '../../utils/money';

const read = (text: string, lang = 'en') => findMoney(text, pageMoneyContext(text, lang)).map((m) => [m.text, m.value, m.currency]);

describe('round 32: "TL" off a Turkish page, or with no scale, is no currency', () => {
  const rows: Array<[string, Array<[string, number, string]>]> = [
    ['Norvio raised TL 17 million in London, the firm said.', []],
    ['Our TL 5 team leads met in Istanbul last week.', []],
    ['The 12 TL members of the Ankara team were hired in 2022.', []],
  ];
  it.each(rows)('%s', (text, want) => expect(read(text)).toEqual(want));
});

describe('round 32: the dirham abbreviations outside French text are not read', () => {
  const rows: Array<[string, Array<[string, number, string]>]> = [
    ['Norvio raised 5 MDH and shipped 3 KDH units to Rabat.', []],
    ['The lab ran 40 DH cycles on each sample.', []],
  ];
  it.each(rows)('%s', (text, want) => expect(read(text)).toEqual(want));
});

describe('round 32: "Tk" off a Bangladeshi page, or with no scale, is no currency', () => {
  const rows: Array<[string, Array<[string, number, string]>]> = [
    ['Norvio raised Tk5 crore in London, the firm said.', []],
    ['The Dhaka office sold Tk 40 units last week.', []],
  ];
  it.each(rows)('%s', (text, want) => expect(read(text)).toEqual(want));
});
