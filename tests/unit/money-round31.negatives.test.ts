/**
 * Money, round 31, look-alikes (invented sentences, FR and EN) of the French-franc rows in money-round31.test.ts: Swiss
 * evidence keeps Swiss francs whatever the year (Switzerland has had its franc all along), a French page dated after 2002
 * keeps plain francs Swiss (the one franc of today's news), and "MF" is read only in a French text.
 */
import { describe, expect, it } from 'vitest';
import { findMoney, pageMoneyContext } from '../../utils/money';

const read = (text: string, lang = 'fr', url: string | null = null) =>
  findMoney(text, pageMoneyContext(text, lang, url)).map((m) => [m.text, m.value, m.currency]);

describe('round 31: Swiss evidence keeps Swiss francs', () => {
  const rows: Array<[string, string | null, Array<[string, number, string]>]> = [
    ['En 1999, la start-up lausannoise a levé 12 millions de francs.', null, [['12 millions de francs', 12e6, 'CHF']]],
    ['Orvani a levé 15 millions de francs suisses en 1998.', null, [['15 millions de francs suisses', 15e6, 'CHF']]],
    ['La société genevoise a levé 12 MF auprès de ses actionnaires.', null, [['12 MF', 12e6, 'CHF']]],
    ['Tilvo a levé 9 millions de francs en 2000.', 'https://www.example.ch/economie/tilvo', [['9 millions de francs', 9e6, 'CHF']]],
  ];
  it.each(rows)('%s', (text, url, want) => expect(read(text, 'fr', url)).toEqual(want));
});

describe('round 31: no evidence of an old French figure keeps plain francs Swiss', () => {
  const rows: Array<[string, Array<[string, number, string]>]> = [
    ['Orvani a levé 15 millions de francs en 2023.', [['15 millions de francs', 15e6, 'CHF']]],
    ['En 2023, la fondation a versé 3 millions de francs. Son bâtiment date de 1998.', [['3 millions de francs', 3e6, 'CHF']]],
    ['Kiplo a levé 30 millions de francs auprès de deux fonds.', [['30 millions de francs', 30e6, 'CHF']]],
  ];
  it.each(rows)('%s', (text, want) => expect(read(text)).toEqual(want));
});

describe('round 31: CFA francs off the Central African zone stay West African', () => {
  const rows: Array<[string, Array<[string, number, string]>]> = [
    ['La start-up, basée à Dakar, a levé 2 milliards de francs CFA.', [['2 milliards de francs CFA', 2e9, 'XOF']]],
    ['Tilvo, qui opère à Abidjan et à Douala, a levé 500 millions FCFA au Sénégal.', [['500 millions FCFA', 500e6, 'XOF']]],
  ];
  it.each(rows)('%s', (text, want) => expect(read(text)).toEqual(want));
});

describe('round 31: "MF" outside a French text, and lone francs, are no figure', () => {
  const rows: Array<[string, string]> = [
    ['In 1999 the fund held 120 MF of client assets.', 'en'],
    ['Le film 99 francs est sorti en 2007.', 'fr'],
    ['La norme MF 2000 encadre les fusibles de 12 MFA.', 'fr'],
    // No evidence of the franc era (review A1): a page of today, a frequency, no year at all.
    ['En 2023, la start-up a levé 12 MF auprès de ses actionnaires.', 'fr'],
    ['Le radar émet à 94 MF selon le rapport de 2024.', 'fr'],
    ['La jeune pousse a obtenu 800 KF de ses fondateurs.', 'fr'],
  ];
  it.each(rows)('%s', (text, lang) => expect(read(text, lang)).toEqual([]));
});

describe('round 31: a number written in full, or not next to the scaled one, keeps its own value (ELIDED_SCALE look-alikes)', () => {
  const rows: Array<[string, string, Array<[string, number, string]>]> = [
    ['Velmora raised $150,000 and $5 million in two rounds.', 'en', [['$150,000', 150000, 'USD'], ['$5 million', 5e6, 'USD']]],
    ['Tondaro priced tickets at $15 and raised $3 million.', 'en', [['$15', 15, 'USD'], ['$3 million', 3e6, 'USD']]],
    ['Kelprum a vendu ses kits 3 € et levé 5 millions d’euros.', 'fr', [['3 €', 3, 'EUR'], ['5 millions d’euros', 5e6, 'EUR']]],
  ];
  it.each(rows)('row %#', (text, lang, want) => expect(read(text, lang)).toEqual(want));
});
