/**
 * Money, round 32 (invented sentences, EN and FR): two local currency forms the fixtures' gold holds and the reader missed.
 * (1) The Turkish lira's letters "TL" before or after a scaled figure ("TL 17 million", "17 million TL"), on a page about
 * Turkey (TURKEY_CUES; LOCAL_SIGNS' "TL" and SUFFIX_CODE in utils/money.ts). Shape seen in fixture 838 (Daily Sabah, twice:
 * a TL 17 million round and a TL 21.12 billion market). (2) The Moroccan press's glued dirham abbreviations "MDH" (millions
 * de dirhams), "MMDH" (milliards), "KDH" (milliers), and the plain "DH" after a figure, in French (DIRHAM_ABBREVIATION;
 * SUFFIX_WORD "dh"). Shape seen in fixture 858 (Les Echos Maroc via Maghress, "2,6 MDH", "1,3 MDH", "3,9 MDH").
 * (3) The Bangladeshi press's taka sign "Tk" before a scaled figure, on a page about Bangladesh (BANGLADESH_CUES; LOCAL_SIGNS'
 * "Tk"): blind batch 21's 869 (The Business Standard, "invested Tk5 crore", read as a lead investor "Tk5") and two other outlets
 * found with the pages search (The Daily Star via newsbeep, "Tk 100 crore", "Tk 500 crore"; The Financial Express, "Tk 4.25
 * billion", "Tk 6.50bn"). The dirham's "MMDH" is also on cio-mag.com ("1,5 milliard de dirhams (MMDH)").
 * Look-alikes: money-round32.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findMoney, pageMoneyContext } from '../../utils/money';

const read = (text: string, lang = 'en') => findMoney(text, pageMoneyContext(text, lang)).map((m) => [m.text, m.value, m.currency]);

describe('round 32: the Turkish lira written "TL" on a page about Turkey', () => {
  const rows: Array<[string, Array<[string, number, string]>]> = [
    ['Istanbul-based Norvio closed a TL 40 million seed round led by local angels.', [['TL 40 million', 40e6, 'TRY']]],
    ['The Turkish startup raised 12.5 million TL from two funds.', [['12.5 million TL', 12.5e6, 'TRY']]],
    ['Ankara’s venture scene invested TL 1.2 billion in 2023.', [['TL 1.2 billion', 1.2e9, 'TRY']]],
  ];
  it.each(rows)('%s', (text, want) => expect(read(text)).toEqual(want));
});

describe('round 32: the Moroccan press’s dirham abbreviations in French', () => {
  const rows: Array<[string, Array<[string, number, string]>]> = [
    ['La jeune pousse casablancaise a levé 4,5 MDH auprès de deux fonds.', [['4,5 MDH', 4.5e6, 'MAD']]],
    ['Le fonds public a investi 1,2 MMDH en cinq ans.', [['1,2 MMDH', 1.2e9, 'MAD']]],
    ['Kiplo a bouclé un tour de table de 12 MDhs.', [['12 MDhs', 12e6, 'MAD']]],
    ['Norvio a levé 800 000 DH auprès de business angels de Rabat.', [['800 000 DH', 800e3, 'MAD']]],
    ['Tilvo a obtenu 3 millions de DH de la part de son incubateur.', [['3 millions de DH', 3e6, 'MAD']]],
  ];
  it.each(rows)('%s', (text, want) => expect(read(text, 'fr')).toEqual(want));
});

describe('round 32: the taka written "Tk" on a page about Bangladesh', () => {
  const rows: Array<[string, Array<[string, number, string]>]> = [
    ['The Dhaka-based grocer raised Tk 40 crore from two local funds.', [['Tk 40 crore', 40e7, 'BDT']]],
    ['The Bangladeshi fintech closed a Tk2.5 billion round.', [['Tk2.5 billion', 2.5e9, 'BDT']]],
  ];
  it.each(rows)('%s', (text, want) => expect(read(text)).toEqual(want));
});
