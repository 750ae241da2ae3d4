import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findMoney } from '../../utils/money';

/** Text with no money figure at all. */
const NOT_MONEY: string[] = [
  // The seed article's non-money numbers.
  'the number has increased by 25.2 percent yearon-year',
  'in 1,429 overseas businesses in 135 countries and regions for January-February',
  'The government has laid out plans to become the world leader in AI by 2030',
  'partnerships with more than 400 leading domestic and overseas enterprises',
  'during the first quarter of 2018, the Ministry of Commerce said',
  'Founded in 2014, SenseTime focuses on computer vision',
  // Counts, percentages, units.
  'The company has 5M users and 10 million monthly visitors.',
  'more than 10 million deployments monthly',
  'Railway has two million developers',
  'computer chips have millions to billions of logic gates',
  'a 25% stake and 3.5% growth',
  'The fund has 1.2 billion users',
  // Crore and lakh also count people and things.
  'the app reached 2 crore users last year',
  'over 5 lakh farmers joined the platform',
  'a 200-pound man who lost 30 pounds',
  'the catch is capped at 29.4 million pounds, with most of that allocated to trawlers',
  'réalisateur de Dobermann et 99 Francs',
  'he scored 3 goals and won 2 matches',
  // Round names, versions, codes, dates, times, phones.
  'It raised a Series C round.',
  'Upgrade to version 1.2.3 or v2.0',
  'Call +1 (555) 123-4567 or 020 7946 0958',
  'on 12/05/2020 at 10:30',
  'The US and the EU agreed.',
  "str.replace(/(a)/, '$1')",
  'echo "$1"; x=$2',
  '(func $add (param $0 i32) (param $1 i32) (result i32) (local.get $0))',
  'const s = `${price}`;',
  '$ hg rebase -d 1636 $ hg push',
  'ID 123456789012345678901234567890',
  // Adjectives and years, not sums.
  'You can even get to a billion dollar paper valuation',
  'a billion-dollar company',
  'prices in 2018 dollars',
  // Money words without numbers.
  'dollars and euros and yuan',
  'pay in USD or EUR',
  'Les millions d’euros promis',
];

describe('findMoney: not money', () => {
  it.each(NOT_MONEY)('%s', (text) => {
    expect(findMoney(text).map((m) => m.text)).toEqual([]);
  });

  it.each([
    // A number next to a figure stays out of it.
    ['in 2018 $5 million was raised', ['$5 million']],
    ['It has 400 staff and raised $5m', ['$5m']],
    ['5M users paid $5 each', ['$5']],
    ['Series C: $20 million', ['$20 million']],
    ['$5 100 times', ['$5']],
  ])('%s only has %j', (text, texts) => {
    expect(findMoney(text).map((m) => m.text)).toEqual(texts);
  });
});

describe('findMoney: never throws, stays finite, stays fast', () => {
  it.each([
    '$999999999999999 trillion',
    `$${'9'.repeat(10_000)}`,
    `${'9'.repeat(10_000)} euros`,
    '$1e308 billion',
    '$',
    '',
    '€ million',
    'between $ and $',
  ])('%s', (text) => {
    const got = findMoney(text);
    for (const m of got) {
      expect(Number.isFinite(m.value)).toBe(true);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('rejects absurd values instead of reporting Infinity', () => {
    expect(findMoney('$999999999999999 trillion')).toEqual([]);
    expect(findMoney(`$${'9'.repeat(400)}`)).toEqual([]);
  });

  // Catastrophic backtracking would take minutes here; the bound only has to tell linear from quadratic.
  // Speed is measured by `npm run bench`; catastrophic backtracking shows here as a test timeout.
  it('reads 1 MB of digits and commas without backtracking', { timeout: 60_000 }, () => {
    // 1 MB of digits and commas; the dense figure shapes (one figure every 6 characters) are smaller
    // because they measure per-figure work, not backtracking.
    const shapes = ['1,'.repeat(500_000), '123,'.repeat(250_000), '1'.repeat(1_000_000), '1.2,'.repeat(250_000), '$1,000,'.repeat(30_000), '1 000 '.repeat(30_000) + '€'];
    for (const s of shapes) {
      for (const m of findMoney(s, { lang: 'fr' })) expect(Number.isFinite(m.value)).toBe(true);
    }
  });

  it('holds its invariants on arbitrary text', () => {
    const piece = fc.constantFrom('$', '€', '£', '¥', '₹', 'US$', 'USD', ' ', ',', '.', '-', '–', '(', ')', '5', '12', '1,200', '3.5',
      ' million', ' billion', 'm', 'bn', ' Cr', ' crore', ' euros', ' d’euros', ' millions', ' yuan', ' won', ' and ', ' to ', 'between ',
      'more than ', 'about ', ' or ', 'k', 'M€', 'x', 'Series A', '\u202F');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), fc.constantFrom('en', 'fr', null), (parts, lang) => {
      const text = parts.join('');
      const got = findMoney(text, { lang });
      let last = 0;
      for (const m of got) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(m.start).toBeGreaterThanOrEqual(last);
        expect(Number.isFinite(m.value)).toBe(true);
        expect(m.currency).toMatch(/^[A-Z]{3}$/);
        if (m.equivalent) expect(text).toContain(m.equivalent.text);
        last = m.end;
      }
    }), { numRuns: 400 });
  });
});
