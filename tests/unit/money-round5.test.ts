/**
 * Money reader, round 5: currencies of issue 3's list and of batch 6's pages (Indonesian, West African, Maghreb) that the
 * reader did not read, and the glued table cells of batch 6 (fixture 232, 240) that must not give a figure glued to a date or
 * a word. Each row is the sentence (or a close paraphrase of its shape) that showed the gap, with other instances of it.
 */
import { describe, expect, it } from 'vitest';
import { checkMoneyRow, type MoneyRow } from '../helpers/money-rows';
import { findMoney } from '../../utils/money';

describe('money, round 5: currencies', () => {
  it.each<MoneyRow>([
    // The rupiah's sign, glued or spaced.
    ['GoTo raised Rp7.2 trillion from its backers.', [{ text: 'Rp7.2 trillion', value: 7.2e12, currency: 'IDR' }]],
    ['Xendit secured Rp 500 billion in new funding.', [{ text: 'Rp 500 billion', value: 5e11, currency: 'IDR' }]],
    ['Investree closed Rp. 3 trillion.', [{ text: 'Rp. 3 trillion', value: 3e12, currency: 'IDR' }]],
    // The West African CFA franc's short forms (batch 6 pages from Senegal and Côte d’Ivoire).
    ['La start-up a levé 2 milliards de FCFA auprès de fonds locaux.', [{ text: '2 milliards de FCFA', value: 2e9, currency: 'XOF' }]],
    ['Wave a obtenu 500 millions F CFA.', [{ text: '500 millions F CFA', value: 5e8, currency: 'XOF' }]],
    ['Une levée de 300 millions de francs CFA.', [{ text: '300 millions de francs CFA', value: 3e8, currency: 'XOF' }]],
    // Maghreb codes and words.
    ['Chari a levé MAD 10 millions.', [{ text: 'MAD 10 millions', value: 1e7, currency: 'MAD' }]],
    ['Une levée de 10 millions de dirhams marocains.', [{ text: '10 millions de dirhams marocains', value: 1e7, currency: 'MAD' }]],
    ['The startup raised 12 million Moroccan dirhams.', [{ text: '12 million Moroccan dirhams', value: 1.2e7, currency: 'MAD' }]],
    ['Expensya a levé 5 millions de dinars tunisiens.', [{ text: '5 millions de dinars tunisiens', value: 5e6, currency: 'TND' }]],
    ['InstaDeep raised TND 3 million locally.', [{ text: 'TND 3 million', value: 3e6, currency: 'TND' }]],
    ['Yassir raised DZD 900 million.', [{ text: 'DZD 900 million', value: 9e8, currency: 'DZD' }]],
    // Issue 3's list, each form once more (already read; kept so a later change cannot drop one).
    ['It raised HK$14.87 million.', [{ text: 'HK$14.87 million', value: 14.87e6, currency: 'HKD' }]],
    ['It raised NT$300 million.', [{ text: 'NT$300 million', value: 3e8, currency: 'TWD' }]],
    ['It raised RMB 1 billion.', [{ text: 'RMB 1 billion', value: 1e9, currency: 'CNY' }]],
    ['It raised ₹50 crore.', [{ text: '₹50 crore', value: 5e8, currency: 'INR' }]],
    ['It raised Rs 40 lakh.', [{ text: 'Rs 40 lakh', value: 4e6, currency: 'INR' }]],
    ['It raised KRW 104 billion.', [{ text: 'KRW 104 billion', value: 1.04e11, currency: 'KRW' }]],
    ['La société a levé 5,3 millions de francs.', [{ text: '5,3 millions de francs', value: 5.3e6, currency: 'CHF' }]],
  ])('%s', (...row) => checkMoneyRow(row));
});

describe('money, round 5: what stays no money', () => {
  it.each<[string, string]>([
    // Words that end in "rp"/"p" before a number are not the rupiah's sign.
    ['a word ending in "p"', 'The group 5 million strong.'],
    ['"Grp5 million" glued to a word', 'Grp5 million units'],
    // "MAD" in capitals as an English word, no number after it.
    ['"MAD" as a word', 'It was MAD to raise in 2022.'],
    // Fixture 240: a Korean table's cells run together; a figure glued to a word before it is not read as money.
    ['"AI500 million" in a glued table row', 'EnerzaiEdge AI500 millionSeries AKODIT'],
    // "dinars" with no country stays unread (which dinar is unknown).
    ['"dinars" alone', 'It raised 5 million dinars.'],
  ])('%s', (_why, text) => expect(findMoney(text)).toEqual([]));

  it('fixture 232: a date glued before a dollar figure in a table row does not make "2019$60,000,000" a figure', () => {
    const text = 'Highspot06/04/2019$60,000,000Highspot reels in $60M for AI-powered software';
    const got = findMoney(text);
    expect(got.map((m) => m.text)).toEqual(['$60M']);
    for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
