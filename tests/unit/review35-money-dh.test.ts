/**
 * Review of session 22 (money, round 35; invented sentences; English only, as the sign is the Emirati English press's): the dirham sign "Dh" / "Dhs"
 * written before a scaled figure on a page about the UAE (LOCAL_SIGNS' Dh row, UAE_CUES). Seen on three outlets: Gulf News
 * ("Careem raised over Dh1.5 billion"), Khaleej Times ("$19.5 billion (Dh71.5 billion)") and The National ("Dh9.9 billion
 * ($2.7 billion)", "Dh562m"). Every row here was red at 192b383 (checked by the money engineer) and at dbb53e2. Look-alikes: review35-money-dh.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findMoney, pageMoneyContext } from '../../utils/money';

const read = (text: string, lang = 'en') =>
  findMoney(text, pageMoneyContext(text, lang)).map((m) => [m.text, m.value, m.currency, m.equivalent?.currency ?? null]);

describe('round 35: "Dh" and "Dhs" before a scaled figure are dirhams on a page about the UAE', () => {
  const rows: Array<[string, Array<[string, number, string, string | null]>]> = [
    ['The Dubai logistics startup Norvio raised Dh40 million from two regional funds.', [['Dh40 million', 40e6, 'AED', null]]],
    ['Abu Dhabi-based Kiplo closed a Dhs 12 million seed round last week.', [['Dhs 12 million', 12e6, 'AED', null]]],
    ['The UAE group Tilvo reported first-half revenue of Dh3.1bn, up from Dh2.4bn.', [['Dh3.1bn', 3.1e9, 'AED', null], ['Dh2.4bn', 2.4e9, 'AED', null]]],
    ['Sharjah fintech Norvio said the round of Dh55 million ($15 million) came from Gulf investors.', [['Dh55 million', 55e6, 'AED', 'USD']]],
  ];
  it.each(rows)('%s', (text, want) => expect(read(text)).toEqual(want));
});
