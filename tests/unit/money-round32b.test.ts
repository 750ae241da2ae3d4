/**
 * Money reader, round 32 (second shift): French bare sums in the page's currency.
 * - PAGE_CURRENCY: a page of sums in one currency that quotes one figure in another (a valuation in dollars on a page of
 *   francs) still has a page currency (24 heures 825, L’Echo 873).
 * - FRENCH_BARE_SUM: a scaled number after "avec/contre/dont/et" that closes its clause or says what it went to ("avec
 *   100 millions.", "contre 5 millions pour X") is a sum in that currency (Le Temps 876, Ona-tech 737).
 * - "N millions investis" is told as money raised, as "levés" is (24 heures 825).
 * Look-alikes are in money-round32b.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { articleCurrencyOf, findMoney, mayHoldBareRaise } from '../../utils/money';

const read = (text: string, articleCurrency: string | null, lang = 'fr') =>
  findMoney(text, { lang, articleCurrency }).map((m) => [m.text, m.currency]);

describe('PAGE_CURRENCY: three figures in one currency and one aside in another', () => {
  it('a page of francs with one valuation in dollars has francs as its currency', () => {
    const page = findMoney(
      'Les jeunes pousses du canton ont levé 310 millions de francs, contre 240 millions de francs un an plus tôt et 190 millions de francs en 2017. ' +
        'La plus grosse est valorisée plus d’un milliard de dollars.',
      { lang: 'fr' },
    );
    expect(articleCurrencyOf(page)).toBe('CHF');
  });
  it('an English page of euros with one dollar round has euros as its currency', () => {
    const page = findMoney('Startups here raised €2.1 billion, up from €1.6 billion, with €700 million in the last quarter; one round was $90 million.', { lang: 'en' });
    expect(articleCurrencyOf(page)).toBe('EUR');
  });
  it('read paragraph by paragraph, the bare sums of such a page take its currency', () => {
    const paragraphs = [
      'Les jeunes pousses du canton ont levé 310 millions de francs, contre 240 millions de francs un an plus tôt et 190 millions de francs en 2017.',
      'La plus grosse est valorisée plus d’un milliard de dollars.',
      'Trois sociétés du canton figurent au classement: Alpaga (logiciel), avec 31 millions levés, Brindille (medtech), 22,5 millions, et Corolle, 9 millions.',
    ];
    const currency = articleCurrencyOf(paragraphs.flatMap((p) => findMoney(p, { lang: 'fr', articleCurrency: null })));
    expect(read(paragraphs[2]!, currency)).toEqual([['31 millions', 'CHF'], ['22,5 millions', 'CHF'], ['9 millions', 'CHF']]);
  });
});

describe('FRENCH_BARE_SUM: a scaled number closing its clause or followed by "pour"/"dans"', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['Le fonds a aussi soutenu Gardon, une jeune pousse genevoise, avec 14 millions.', 'CHF', [['14 millions', 'CHF']]],
    ['Epsilon a reçu 9 millions d’euros, contre 6 millions pour Dorade.', 'EUR', [['9 millions d’euros', 'EUR'], ['6 millions', 'EUR']]],
    ['Le secteur a attiré 80 millions d’euros cette année, avec 12,4 millions pour Fenouil (diagnostic) et 7 millions pour Girolle.', 'EUR',
      [['80 millions d’euros', 'EUR'], ['12,4 millions', 'EUR'], ['7 millions', 'EUR']]],
    ['Le canton a brillé cette année, avec 300 millions dans la santé.', 'EUR', [['300 millions', 'EUR']]],
  ])('%s', (text, currency, want) => {
    expect(read(text, currency)).toEqual(want);
  });
  it('such a paragraph is read again once the page currency is known', () => {
    expect(mayHoldBareRaise('Le canton a attiré 80 millions cette année, avec 12,4 millions pour Fenouil.')).toBe(true);
  });
});

describe('"N millions investis" is money raised', () => {
  it('reads the sum in the page currency', () => {
    expect(read('Parmi les plus grosses opérations de l’année, Houblon arrive troisième avec 60 millions investis.', 'CHF')).toEqual([['60 millions', 'CHF']]);
  });
});
