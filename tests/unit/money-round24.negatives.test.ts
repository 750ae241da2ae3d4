/**
 * Money, round 24, look-alikes (invented sentences, EN and FR): a list item's bare figure followed by a plural noun it counts is a
 * count, not a sibling sum taking the currency of the sum before it (PLURAL_HEAD_AFTER, review F12). The sums of a real list keep it.
 * A page told from Somalia does not read its "Sh" as the Kenyan shilling (SHILLING_CUES, review F8).
 */
import { describe, expect, it } from 'vitest';
import { findMoney } from '../../utils/money';

const money = (text: string) => findMoney(text).map((m) => m.text);

describe('round 24: a counted plural after a list item is no sum', () => {
  const rows: Array<[string, string[]]> = [
    ['Norvio raised £8 million, and 3 million riders book with it each month.', ['£8 million']],
    ['Tilvo closed €6 million, and 12 million Nigerians now carry a smartphone.', ['€6 million']],
    ['Kiplo a levé 9 millions d’euros, et 4 millions agriculteurs utilisent déjà son outil.', ['9 millions d’euros']],
  ];
  it.each(rows)('%s', (text, want) => expect(money(text)).toEqual(want));
});

describe('round 24: the sums of a real list keep their shared currency', () => {
  const rows: Array<[string, string[]]> = [
    ['Vexa a levé 40 millions d’euros pour Orvani, 25 millions pour Tilvo.', ['40 millions d’euros', '25 millions']],
    ['Norvio raised £7 million, and 2 million from Hooli later.', ['£7 million', '2 million']],
  ];
  it.each(rows)('%s', (text, want) => expect(money(text)).toEqual(want));
});

describe('round 24: a Somali page’s "Sh" is no Kenyan shilling (review F8)', () => {
  const rows: Array<[string, string[]]> = [
    ['Hargeisa-based Tilvo, which serves Somalia, raised Sh4 billion. Its rival from Kenya is bigger.', []],
    ['Norvio, based in Mogadishu, raised Sh2 billion; a Nairobi lender took part.', []],
  ];
  it.each(rows)('%s', (text, want) => expect(money(text)).toEqual(want));
});

describe('round 24: a Kenyan page keeps its shilling', () => {
  const rows: Array<[string, string[]]> = [
    ['Nairobi-based Norvio raised Sh3 billion from Kenyan lenders.', ['Sh3 billion']],
  ];
  it.each(rows)('%s', (text, want) => expect(money(text)).toEqual(want));
});
