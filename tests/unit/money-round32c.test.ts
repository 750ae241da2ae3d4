/**
 * Money, round 32c (invented sentences, EN and FR): review fixes to round 32's local currencies (utils/money.ts).
 * (1) TURKEY_CUES is letter-bounded: "İstanbul" and "İzmir" (non-ASCII first letter) now count as a Turkish page, which "\b"
 * never matched after a space. (2) A plain dirham word ("dirhams", "DH") and the glued "MDH" follow one evidence
 * (guessDirham): the one country the page names among Morocco and the UAE, else the language (French MAD, English AED).
 * (3) British Columbia's abbreviation counts as a Canadian place for a bare "$" (CANADA_PLACE_ABBREVIATION): "B.C." with its
 * dots, or "BC" after a British Columbia city and its comma. Every row here was red at 74ec9c6 (checked).
 * Look-alikes: money-round32c.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findMoney, guessBareDollar, pageMoneyContext } from '../../utils/money';

const read = (text: string, lang = 'en') => findMoney(text, pageMoneyContext(text, lang)).map((m) => [m.text, m.value, m.currency]);

describe('round 32c: a page naming İstanbul or İzmir is about Turkey', () => {
  const rows: Array<[string, Array<[string, number, string]>]> = [
    ['The İzmir fintech Norvio closed a TL 25 million round.', [['TL 25 million', 25e6, 'TRY']]],
    ['The İstanbul startup Kiplo raised TL 17 million from two funds.', [['TL 17 million', 17e6, 'TRY']]],
  ];
  it.each(rows)('%s', (text, want) => expect(read(text)).toEqual(want));
});

describe('round 32c: a dirham word is the dirham of the country the page names', () => {
  const rows: Array<[string, string, Array<[string, number, string]>]> = [
    ['Kiplo, une jeune pousse de Casablanca, a levé 20 millions de dirhams.', 'fr', [['20 millions de dirhams', 20e6, 'MAD']]],
    ['Tilvo, a Rabat startup, raised 15 million dirhams from two funds.', 'en', [['15 million dirhams', 15e6, 'MAD']]],
    ['Le groupe de Dubaï Norvio investit 200 millions de DH dans ses entrepôts.', 'fr', [['200 millions de DH', 200e6, 'AED']]],
  ];
  it.each(rows)('%s', (text, lang, want) => expect(read(text, lang)).toEqual(want));
});

describe('round 32c: "B.C." and "<city>, BC" name Canada for a bare "$"', () => {
  const rows: Array<[string, string]> = [
    ['Vancouver-based Norvio raised $6 million. The B.C. company will hire in Burnaby, B.C., next year.', 'CAD'],
    ['Vancouver-based Norvio raised $6 million, and its Kelowna, BC lab and Victoria, BC office will grow.', 'CAD'],
  ];
  it.each(rows)('%s', (text, want) => expect(guessBareDollar(text)).toBe(want));
});
