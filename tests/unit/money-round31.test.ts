/**
 * Money, round 31 (invented sentences, FR and EN): which franc a figure is in, decided on explicit evidence (guessFranc,
 * francOfWord, FRANC_ABBREVIATION in utils/money.ts). The French press before the euro wrote "175 MF" (millions de francs),
 * "4,25 MdF" (milliards de francs) and plain "millions de francs": French francs (FRF, a retired code, the right one for a
 * figure of that time) on a French page whose latest year is before 2002, or in a sentence dated before 2002. Francs that
 * say their country keep it ("francs français", "French francs", "francs belges"), and CFA francs are the Central African
 * franc (XAF) on a page about that zone, else the West African one (XOF).
 * Shape seen in fixture 790 (La Tribune's 2000 archive review, "175 MF", "4,25 MdF (608 ME)").
 */
import { describe, expect, it } from 'vitest';
import { findMoney, pageMoneyContext } from '../../utils/money';

const read = (text: string, lang = 'fr', url: string | null = null) =>
  findMoney(text, pageMoneyContext(text, lang, url)).map((m) => [m.text, m.value, m.currency]);

describe('round 31: the French press’s franc abbreviations before the euro', () => {
  const rows: Array<[string, Array<[string, number, string]>]> = [
    ['Depuis janvier 1999, Orvani a bouclé une levée de 120 MF auprès de deux fonds.', [['120 MF', 120e6, 'FRF']]],
    ['Le total des levées atteint 3,2 MdF pour l’exercice 2000.', [['3,2 MdF', 3.2e9, 'FRF']]],
    ['Tilvo (45 MF) et Kiplo (1,5 MdsF) mènent le classement de 2001.', [['45 MF', 45e6, 'FRF'], ['1,5 MdsF', 1.5e9, 'FRF']]],
    ['En 1996, la jeune pousse a obtenu 800 KF de ses fondateurs.', [['800 KF', 800e3, 'FRF']]],
  ];
  it.each(rows)('%s', (text, want) => expect(read(text)).toEqual(want));
});

describe('round 31: plain francs on a French page dated before 2002 are French francs', () => {
  const rows: Array<[string, string | null, Array<[string, number, string]>]> = [
    ['En 1997, Tilvo avait levé 45 millions de francs auprès de Partech.', null, [['45 millions de francs', 45e6, 'FRF']]],
    ['Kiplo a levé 30 millions de francs. L’exercice 1999 s’annonce record pour le capital-risque.', null, [['30 millions de francs', 30e6, 'FRF']]],
    ['Kiplo a levé 30 millions de francs auprès de deux fonds.', 'https://www.example.fr/archives/1999/finance/kiplo.html', [['30 millions de francs', 30e6, 'FRF']]],
    // The sentence's own date, on a page written after 2002.
    ['Norvio a levé 20 millions d’euros en 2021. En 1998, elle avait déjà levé 50 millions de francs.', null,
      [['20 millions d’euros', 20e6, 'EUR'], ['50 millions de francs', 50e6, 'FRF']]],
  ];
  it.each(rows)('%s', (text, url, want) => expect(read(text, 'fr', url)).toEqual(want));
});

describe('round 31: francs that say their country', () => {
  const rows: Array<[string, string, Array<[string, number, string]>]> = [
    ['Norvio a levé 8 millions de francs français.', 'fr', [['8 millions de francs français', 8e6, 'FRF']]],
    ['In 1996 Norvio raised 60 million French francs from two banks.', 'en', [['60 million French francs', 60e6, 'FRF']]],
    ['Orvani a levé 10 millions de francs belges à Bruxelles.', 'fr', [['10 millions de francs belges', 10e6, 'BEF']]],
    ['La fintech, basée à Douala au Cameroun, a levé 300 millions de francs CFA.', 'fr', [['300 millions de francs CFA', 300e6, 'XAF']]],
    // CFA francs written once: the page's plain "francs" are those too.
    ['Kiplo, basée à Libreville, vise 900 millions de francs CFA ; elle a déjà levé 200 millions de francs.', 'fr',
      [['900 millions de francs CFA', 900e6, 'XAF'], ['200 millions de francs', 200e6, 'XAF']]],
  ];
  it.each(rows)('%s', (text, lang, want) => expect(read(text, lang)).toEqual(want));
});

describe('round 31: a currency sign on every number, the scale written once (ELIDED_SCALE, blind 824; 282 with "respectively")', () => {
  const rows: Array<[string, Array<[string, number, string]>]> = [
    ['Velmora raised $385 and $98 million in two rounds last year.', [['$385', 385e6, 'USD'], ['$98 million', 98e6, 'USD']]],
    ['Tondaro closed its €12 and €30 million rounds within a year.', [['€12', 12e6, 'EUR'], ['€30 million', 30e6, 'EUR']]],
  ];
  it.each(rows)('row %#', (text, want) => expect(read(text, 'en')).toEqual(want));
});
