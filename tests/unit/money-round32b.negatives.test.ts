/**
 * Money reader, round 32 (second shift), look-alikes of money-round32b.test.ts: counts, pages with two currencies,
 * paragraphs writing another currency, English, and no page currency.
 */
import { describe, expect, it } from 'vitest';
import { articleCurrencyOf, findMoney } from '../../utils/money';

const read = (text: string, articleCurrency: string | null, lang = 'fr') =>
  findMoney(text, { lang, articleCurrency }).map((m) => [m.text, m.currency]);

describe('PAGE_CURRENCY look-alikes', () => {
  it('two figures in another currency: no page currency', () => {
    const page = findMoney('Ils ont levé 310 millions de francs, 240 millions de francs et 190 millions de francs, puis 50 millions de dollars et 40 millions de dollars.', { lang: 'fr' });
    expect(articleCurrencyOf(page)).toBeNull();
  });
  it('two figures in one currency and one in another: no page currency', () => {
    expect(articleCurrencyOf(findMoney('€3 million, €4 million and $5 million', { lang: 'en' }))).toBeNull();
  });
  it('a paragraph that writes another currency leaves its bare sums unread', () => {
    expect(read('Alpaga a levé 5 millions de dollars, et Brindille, avec 2 millions.', 'CHF')).toEqual([['5 millions de dollars', 'USD']]);
  });
});

describe('FRENCH_BARE_SUM look-alikes', () => {
  it.each<[string, string | null, string]>([
    ['La ville compte désormais 3 millions.', null, 'fr'],
    ['Le festival a attiré 1,2 million de visiteurs.', 'EUR', 'fr'],
    ['Le service revendique 2 millions d’utilisateurs, contre 1 million pour son rival.', 'EUR', 'fr'],
    ['La région compte 4 millions d’habitants, dont 1 million dans la capitale.', 'EUR', 'fr'],
    ['The fund also backed Gardon, a Geneva startup, with 14 million.', 'USD', 'en'],
    ['Le livre s’est vendu à 2 millions d’exemplaires, puis 1 million.', 'EUR', 'fr'],
    ['Et 2 millions, c’est le nombre de clients de la banque.', 'EUR', 'fr'],
    ['Des sociétés valorisées plusieurs milliards, mais le chemin est long jusqu’aux 100 milliards.', 'EUR', 'fr'],
  ])('%s', (text, currency, lang) => {
    expect(read(text, currency, lang)).toEqual([]);
  });
});
