/**
 * Money, round 35 look-alikes (invented sentences, FR and EN): a bare sum whose sentence writes no currency, two currencies, or
 * a figure restated in another, stays unread; so does a count ("2 millions d’utilisateurs"), which is no sum told as raised.
 */
import { describe, expect, it } from 'vitest';
import { findMoney, pageMoneyContext } from '../../utils/money';

const read = (text: string, lang: string) => findMoney(text, pageMoneyContext(text, lang)).map((m) => m.text);

describe('round 35: no single currency in the sentence, no currency for the bare sum', () => {
  const rows: Array<[string, string, string[]]> = [
    ['Après une levée de 12 millions, Kiplo recrute. Elle vise 40 millions de dollars de revenus.', 'fr', ['40 millions de dollars']],
    ['Après une levée de 12 millions, Kiplo annonce 40 millions de dollars et 5 millions d’euros de prêts.', 'fr', ['40 millions de dollars', '5 millions d’euros']],
    ['After a funding round of 4 million, Tilvo raised €18 million ($20 million) from three investors.', 'en', ['€18 million']],
    ['Kiplo compte 2 millions d’utilisateurs et lève 10 millions de dollars.', 'fr', ['10 millions de dollars']],
  ];
  it.each(rows)('%s', (text, lang, want) => expect(read(text, lang)).toEqual(want));
});
