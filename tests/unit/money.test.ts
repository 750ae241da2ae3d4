import { describe, expect, it } from 'vitest';
import { checkMoneyRow, type MoneyRow, type MoneyWant } from '../helpers/money-rows';
import { findMoney, guessLocalDollar, guessYenCurrency, parseDigits, type MoneyContext } from '../../utils/money';

/** What a row expects of one match; omitted fields are not checked. */
type Want = MoneyWant;
type Row = MoneyRow;
const check = checkMoneyRow;

const usd = (text: string, value: number, extra: Partial<Want> = {}): Want => ({ text, value, currency: 'USD', ...extra });

describe('findMoney: the seed article (China Daily, SenseTime)', () => {
  const rows: Row[] = [
    ['SenseTime gets $600m funding', [usd('$600m', 6e8)]],
    ['New financing lifts valuation of facial recognition startup to $4.5b', [usd('$4.5b', 4.5e9)]],
    ['Chinese facial recognition startup SenseTime Group Ltd announced on Monday it has acquired $600 million in its Series C round of fundraising led by e-commerce giant Alibaba Group Holding Ltd',
      [usd('$600 million', 6e8, { qualifier: null })]],
    ['with its valuation exceeding $4.5 billion after the fundraising.', [usd('$4.5 billion', 4.5e9, { qualifier: 'more-than' })]],
    ['The move came after the AI startup completed a $410 million financing led by CDH Investments and Sailing Capital in July.', [usd('$410 million', 4.1e8)]],
    ['joined a $460 million Series C financing round in another Chinese AI unicorn', [usd('$460 million', 4.6e8)]],
    ['with an aim of making the industry worth 1 trillion yuan ($158.4 billion).',
      [{ text: '1 trillion yuan', value: 1e12, currency: 'CNY', equivalent: { text: '$158.4 billion', value: 1.584e11, currency: 'USD' } }]],
    ['Domestic investors made $16.82 billion of nonfinancial ODI in 1,429 overseas businesses in 135 countries and regions for January-February',
      [usd('$16.82 billion', 1.682e10)]],
    ['is projected to reach between $1.5 trillion and $2.5 trillion over the next decade',
      [usd('$1.5 trillion', 1.5e12, { range: true, qualifier: null }), usd('$2.5 trillion', 2.5e12, { range: true })]],
  ];
  it.each(rows)('%s', (...row) => check(row));

  it('gives both bounds of a range the same rangeId', () => {
    const [a, b] = findMoney('between $1.5 trillion and $2.5 trillion');
    expect(a!.rangeId).toBeDefined();
    expect(a!.rangeId).toBe(b!.rangeId);
  });
});

describe('findMoney: symbols, codes and currency words', () => {
  const rows: Row[] = [
    ['Parse.ly Raises $5M For Predictive Analytics', [usd('$5M', 5e6)]],
    ['Gprnt has secured US$4.62 million in seed funding', [usd('US$4.62 million', 4.62e6)]],
    ['Novisto has closed $27 million USD ($37.7 million CAD) in Series C funding',
      [usd('$27 million USD', 2.7e7, { equivalent: { text: '$37.7 million CAD', value: 3.77e7, currency: 'CAD' } })]],
    ['Veritree announces $9.1-million CAD Series A', [{ text: '$9.1-million CAD', value: 9.1e6, currency: 'CAD' }]],
    ['two years after Novisto’s $20-million USD Series B', [usd('$20-million USD', 2e7)]],
    ['CAD$36 million (US$27 million)', [{ text: 'CAD$36 million', value: 3.6e7, currency: 'CAD', equivalent: { text: 'US$27 million', value: 2.7e7, currency: 'USD' } }]],
    ['HK$2bn, S$10 million, A$5m, C$3m, CA$4m, NT$3bn and NZ$1.5m', [
      { text: 'HK$2bn', value: 2e9, currency: 'HKD' }, { text: 'S$10 million', value: 1e7, currency: 'SGD' },
      { text: 'A$5m', value: 5e6, currency: 'AUD' }, { text: 'C$3m', value: 3e6, currency: 'CAD' },
      { text: 'CA$4m', value: 4e6, currency: 'CAD' }, { text: 'NT$3bn', value: 3e9, currency: 'TWD' },
      { text: 'NZ$1.5m', value: 1.5e6, currency: 'NZD' },
    ]],
    ['securing over €10 million in new investment', [{ text: '€10 million', value: 1e7, currency: 'EUR', qualifier: 'more-than' }]],
    ['£5m and £17.43', [{ text: '£5m', value: 5e6, currency: 'GBP' }, { text: '£17.43', value: 17.43, currency: 'GBP' }]],
    ['USD 5 million, EUR 30m, GBP 2bn, CHF 10 million, JPY 3bn, KRW 18bn, CNY 7bn, RMB 1 billion, INR 500 crore', [
      usd('USD 5 million', 5e6), { text: 'EUR 30m', value: 3e7, currency: 'EUR' }, { text: 'GBP 2bn', value: 2e9, currency: 'GBP' },
      { text: 'CHF 10 million', value: 1e7, currency: 'CHF' }, { text: 'JPY 3bn', value: 3e9, currency: 'JPY' },
      { text: 'KRW 18bn', value: 1.8e10, currency: 'KRW' }, { text: 'CNY 7bn', value: 7e9, currency: 'CNY' },
      { text: 'RMB 1 billion', value: 1e9, currency: 'CNY' }, { text: 'INR 500 crore', value: 5e9, currency: 'INR' },
    ]],
    ['5 million USD, 30m EUR, 2 billion SGD and 4bn AUD', [
      usd('5 million USD', 5e6), { text: '30m EUR', value: 3e7, currency: 'EUR' },
      { text: '2 billion SGD', value: 2e9, currency: 'SGD' }, { text: '4bn AUD', value: 4e9, currency: 'AUD' },
    ]],
    ['Rs 500 crore and Rs. 20 lakh', [{ text: 'Rs 500 crore', value: 5e9, currency: 'INR' }, { text: 'Rs. 20 lakh', value: 2e6, currency: 'INR' }]],
    ['176 Hong Kong dollars (£17.43) a share', [{ text: '176 Hong Kong dollars', value: 176, currency: 'HKD', equivalent: { text: '£17.43', value: 17.43, currency: 'GBP' } }]],
    ['the listing would raise at least 88 billion Hong Kong dollars', [{ text: '88 billion Hong Kong dollars', value: 8.8e10, currency: 'HKD', qualifier: 'more-than' }]],
    ['5 million US dollars, 3 million Canadian dollars and 2 million Australian dollars', [
      usd('5 million US dollars', 5e6), { text: '3 million Canadian dollars', value: 3e6, currency: 'CAD' },
      { text: '2 million Australian dollars', value: 2e6, currency: 'AUD' },
    ]],
    ['10 million euros, 4 million pounds sterling and 300 million rupees', [
      { text: '10 million euros', value: 1e7, currency: 'EUR' }, { text: '4 million pounds sterling', value: 4e6, currency: 'GBP' },
      { text: '300 million rupees', value: 3e8, currency: 'INR' },
    ]],
    ['7 billion renminbi, 5 million Swiss francs and 200 million yen', [
      { text: '7 billion renminbi', value: 7e9, currency: 'CNY' }, { text: '5 million Swiss francs', value: 5e6, currency: 'CHF' },
      { text: '200 million yen', value: 2e8, currency: 'JPY' },
    ]],
    ['The chipmaker will invest 18 billion won ($13 million) in the plant.',
      [{ text: '18 billion won', value: 1.8e10, currency: 'KRW', equivalent: { text: '$13 million', value: 1.3e7, currency: 'USD' } }]],
    ['clearing the way for it to conclude a 3 trillion yen ($29bn) deal with Mitsubishi.',
      [{ text: '3 trillion yen', value: 3e12, currency: 'JPY', equivalent: { text: '$29bn', value: 2.9e10, currency: 'USD' } }]],
    ['with assets of about 189 trillion yen ($1.8 trillion).',
      [{ text: '189 trillion yen', value: 1.89e14, currency: 'JPY', qualifier: 'about', equivalent: { text: '$1.8 trillion', value: 1.8e12, currency: 'USD' } }]],
    ['Alibaba is set to raise up to $12.9bn (£10bn) from its listing',
      [usd('$12.9bn', 1.29e10, { qualifier: 'up-to', equivalent: { text: '£10bn', value: 1e10, currency: 'GBP' } })]],
    ['€30m, or about $33m', [{ text: '€30m', value: 3e7, currency: 'EUR', equivalent: { text: '$33m', value: 3.3e7, currency: 'USD' } }]],
    ['a market capitalization of about ₹148.1 billion (around $1.6 billion).',
      [{ text: '₹148.1 billion', value: 1.481e11, currency: 'INR', qualifier: 'about', equivalent: { text: '$1.6 billion', value: 1.6e9, currency: 'USD' } }]],
    ['The Novisto round was $27 million USD', [usd('$27 million USD', 2.7e7)]],
    ['EUR1.5bn, USD5m and Rs500 crore', [
      { text: 'EUR1.5bn', value: 1.5e9, currency: 'EUR' }, usd('USD5m', 5e6), { text: 'Rs500 crore', value: 5e9, currency: 'INR' },
    ]],
    ['Tickets cost $5 each; set $10 aside for food', [usd('$5', 5), usd('$10', 10)]],
    ['It raised $5 million dollars', [usd('$5 million dollars', 5e6)]],
    ['RM5 million and MYR 2m', [{ text: 'RM5 million', value: 5e6, currency: 'MYR' }, { text: 'MYR 2m', value: 2e6, currency: 'MYR' }]],
    ['5 Mio. Euro, 2 Mrd. Euro und 3 Millionen Euro', [
      { text: '5 Mio. Euro', value: 5e6, currency: 'EUR' }, { text: '2 Mrd. Euro', value: 2e9, currency: 'EUR' },
      { text: '3 Millionen Euro', value: 3e6, currency: 'EUR' },
    ], { lang: 'de' }],
    ['30 millones de dólares', [usd('30 millones de dólares', 3e7)], { lang: 'es' }],
  ];
  it.each(rows)('%s', (...row) => check(row));
});

describe('findMoney: scales', () => {
  const rows: Row[] = [
    ['$5k, $5K, $5m, $5M, $5mn, $5mln, $5 million, $5 millions', [
      usd('$5k', 5e3), usd('$5K', 5e3), usd('$5m', 5e6), usd('$5M', 5e6), usd('$5mn', 5e6), usd('$5mln', 5e6),
      usd('$5 million', 5e6), usd('$5 millions', 5e6),
    ]],
    ['$2b, $2B, $2bn, $2 billion, $2 billions, $2 trillion', [
      usd('$2b', 2e9), usd('$2B', 2e9), usd('$2bn', 2e9), usd('$2 billion', 2e9), usd('$2 billions', 2e9), usd('$2 trillion', 2e12),
    ]],
    ['A $10-billion Series J funding round', [usd('$10-billion', 1e10)]],
    ['a $1.2-billion round', [usd('$1.2-billion', 1.2e9)]],
    ['$150,000 and $1,500,000.50', [usd('$150,000', 1.5e5), usd('$1,500,000.50', 1500000.5)]],
    ['has raised a venture debt of ₹15 Cr($2.25 Million) from BlackSoil',
      [{ text: '₹15 Cr', value: 1.5e8, currency: 'INR', equivalent: { text: '$2.25 Million', value: 2.25e6, currency: 'USD' } }]],
    ['has raised $100,000(₹ 67 Lakhs) in seed round',
      [usd('$100,000', 1e5, { equivalent: { text: '₹ 67 Lakhs', value: 6.7e6, currency: 'INR' } })]],
    ['Total funding of more than ₹100 Crores was declared', [{ text: '₹100 Crores', value: 1e9, currency: 'INR', qualifier: 'more-than' }]],
    ['a Rs 1.5 lakh crore package', [{ text: 'Rs 1.5 lakh crore', value: 1.5e12, currency: 'INR' }]],
    // Crore and lakh only count Indian money: a bare one after a number is INR (a rupee sign printed as a backtick is kept).
    ['with a 740 cr funding from WestBridge and GSV at a valuation of 8135 cr.',
      [{ text: '740 cr', value: 7.4e9, currency: 'INR' }, { text: '8135 cr', value: 8.135e10, currency: 'INR' }]],
    ['Swiggy’s losses ballooned to `2,345.6 crore in FY19', [{ text: '`2,345.6 crore', value: 2.3456e10, currency: 'INR' }]],
    // A mojibake euro sign (UTF-8 read as Windows-1252 or Greek) is still a euro.
    ['Generare secured β¬20M Series A', [{ text: 'β¬20M', value: 2e7, currency: 'EUR' }]],
    ['raised â‚¬5M in seed funding', [{ text: 'â‚¬5M', value: 5e6, currency: 'EUR' }]],
    ['$1.3B round', [usd('$1.3B', 1.3e9)]],
    ['Revenue Up 33% To $163M', [usd('$163M', 1.63e8)]],
    ['half a billion dollars', [usd('half a billion dollars', 5e8)]],
    ['two million dollars and twenty-five million euros', [usd('two million dollars', 2e6), { text: 'twenty-five million euros', value: 2.5e7, currency: 'EUR' }]],
    ['a billion dollars', [usd('a billion dollars', 1e9)]],
  ];
  it.each(rows)('%s', (...row) => check(row));
});

describe('findMoney: French', () => {
  const fr: MoneyContext = { lang: 'fr' };
  const eur = (text: string, value: number, extra: Partial<Want> = {}): Want => ({ text, value, currency: 'EUR', ...extra });
  const rows: Row[] = [
    ['annonce une série B de 30 millions d’euros. Parmi les investisseurs', [eur('30 millions d’euros', 3e7)], fr],
    ["La start-up avait déjà levé 20 millions d'euros en janvier 2025.", [eur("20 millions d'euros", 2e7)], fr],
    ['conclu une série B à hauteur de 70 millions de dollars menée par le fonds', [usd('70 millions de dollars', 7e7)], fr],
    ['Après une année 2025 à 1,6 million d’euros en 2025', [eur('1,6 million d’euros', 1.6e6)], fr],
    ['2,5 millions d’euros', [eur('2,5 millions d’euros', 2.5e6)], fr],
    ['1,2 milliard de dollars', [usd('1,2 milliard de dollars', 1.2e9)], fr],
    ['1,2 milliard de dollars sans langue', [usd('1,2 milliard de dollars', 1.2e9)]],
    ['valorisé 110 milliards de dollars, dette comprise (93 milliards d\'euros).',
      [usd('110 milliards de dollars', 1.1e11), eur("93 milliards d'euros", 9.3e10, { equivalent: null })], fr],
    ['60M€ et 30 M€ et 2,5 M€', [eur('60M€', 6e7), eur('30 M€', 3e7), eur('2,5 M€', 2.5e6)], fr],
    ['1 Md€, 1,5 Mds€ et 500 k€', [eur('1 Md€', 1e9), eur('1,5 Mds€', 1.5e9), eur('500 k€', 5e5)], fr],
    ['1 500 000 € levés', [eur('1 500 000 €', 1.5e6)], fr],
    ['1\u202F500\u202F000 € et 2\u00A0000 €', [eur('1\u202F500\u202F000 €', 1.5e6), eur('2\u00A0000 €', 2e3)], fr],
    ['huit millions d’euros', [eur('huit millions d’euros', 8e6)], fr],
    ['deux milliards d\'euros', [eur("deux milliards d'euros", 2e9)], fr],
    ['près de 5 millions d\'euros', [eur("5 millions d'euros", 5e6, { qualifier: 'about' })], fr],
    ['plus de 3 M€', [eur('3 M€', 3e6, { qualifier: 'more-than' })], fr],
    ['moins de 2 millions d’euros', [eur('2 millions d’euros', 2e6, { qualifier: 'less-than' })], fr],
    ['environ 40 millions d’euros', [eur('40 millions d’euros', 4e7, { qualifier: 'about' })], fr],
    ['quelque 40 millions d’euros', [eur('40 millions d’euros', 4e7, { qualifier: 'about' })], fr],
    ['jusqu’à 75 millions d’euros', [eur('75 millions d’euros', 7.5e7, { qualifier: 'up-to' })], fr],
    ['1,200 euros', [eur('1,200 euros', 1.2)], fr],
    ['500.000 euros', [eur('500.000 euros', 5e5)], fr],
    ['5 000 $', [usd('5 000 $', 5000)], fr],
  ];
  it.each(rows)('%s', (...row) => check(row));
});

describe('findMoney: qualifiers', () => {
  const rows: Row[] = [
    ['more than $693 million', [usd('$693 million', 6.93e8, { qualifier: 'more-than' })]],
    ['over $5m', [usd('$5m', 5e6, { qualifier: 'more-than' })]],
    ['above $5m', [usd('$5m', 5e6, { qualifier: 'more-than' })]],
    ['in excess of $5m', [usd('$5m', 5e6, { qualifier: 'more-than' })]],
    ['at least $5m', [usd('$5m', 5e6, { qualifier: 'more-than' })]],
    ['nearly $16 trillion', [usd('$16 trillion', 1.6e13, { qualifier: 'less-than' })]],
    ['almost ₹200 Cr', [{ text: '₹200 Cr', value: 2e9, currency: 'INR', qualifier: 'less-than' }]],
    ['less than $1 each', [usd('$1', 1, { qualifier: 'less-than' })]],
    ['under $10 million', [usd('$10 million', 1e7, { qualifier: 'less-than' })]],
    ['about $35bn', [usd('$35bn', 3.5e10, { qualifier: 'about' })]],
    ['around $430', [usd('$430', 430, { qualifier: 'about' })]],
    ['approximately $1,000', [usd('$1,000', 1000, { qualifier: 'about' })]],
    ['roughly $30 billion', [usd('$30 billion', 3e10, { qualifier: 'about' })]],
    ['some $5 million', [usd('$5 million', 5e6, { qualifier: 'about' })]],
    ['an estimated $12 million', [usd('$12 million', 1.2e7, { qualifier: 'about' })]],
    ['~$5M', [usd('$5M', 5e6, { qualifier: 'about' })]],
    ['up to $12.9bn', [usd('$12.9bn', 1.29e10, { qualifier: 'up-to' })]],
    ['as much as $2,000', [usd('$2,000', 2000, { qualifier: 'up-to' })]],
    ['raised $5m', [usd('$5m', 5e6, { qualifier: null })]],
  ];
  it.each(rows)('%s', (...row) => check(row));
});

describe('findMoney: ranges', () => {
  const rows: Row[] = [
    ['a $1.5-2.5 billion deal', [usd('$1.5', 1.5e9, { range: true }), usd('2.5 billion', 2.5e9, { range: true })]],
    ['$5m-$10m', [usd('$5m', 5e6, { range: true }), usd('$10m', 1e7, { range: true })]],
    ['So more like $12–16k per episode', [usd('$12', 1.2e4, { range: true }), usd('16k', 1.6e4, { range: true })]],
    ['between $600 and $800', [usd('$600', 600, { range: true }), usd('$800', 800, { range: true })]],
    ['fillets sell for $24 to $28 a pound', [usd('$24', 24, { range: true }), usd('$28', 28, { range: true })]],
    ['5 to 10 million euros', [{ text: '5', value: 5e6, currency: 'EUR', range: true }, { text: '10 million euros', value: 1e7, currency: 'EUR', range: true }]],
    ['entre 5 et 10 millions d’euros', [
      { text: '5', value: 5e6, currency: 'EUR', range: true }, { text: '10 millions d’euros', value: 1e7, currency: 'EUR', range: true },
    ], { lang: 'fr' }],
    // A change, not a range.
    ['revenue grew from $5 million to $10 million', [usd('$5 million', 5e6, { range: false }), usd('$10 million', 1e7, { range: false })]],
    // "and" without "between" joins two figures, not bounds.
    ['$5 million and $10 million', [usd('$5 million', 5e6, { range: false }), usd('$10 million', 1e7, { range: false })]],
    ['$1 million to 20 million users', [usd('$1 million', 1e6, { range: false })]],
  ];
  it.each(rows)('%s', (...row) => check(row));
});

describe('findMoney: number shapes and language', () => {
  it.each([
    ['1,200', 'en', 1200], ['1,200', 'fr', 1.2], ['1,2', 'en', 1.2], ['1,25', 'en', 1.25], ['1,500,000', 'fr', 1.5e6],
    ['1.500', 'de', 1500], ['1.500', 'en', 1.5], ['1.500.000', 'en', 1.5e6], ['1.500.000,50', 'de', 1500000.5],
    ['1,500,000.50', 'en', 1500000.5], ['1 500 000', 'fr', 1.5e6], ['1 500,5', 'fr', 1500.5],
  ] as const)('%s (%s) = %d', (raw, lang, value) => {
    const style = lang === 'fr' ? 'comma-decimal' : lang === 'de' ? 'dot-thousands' : 'en';
    expect(parseDigits(raw, style)).toBeCloseTo(value, 6);
  });

  it('reads "$1,200" as twelve hundred in English and as 1.2 in French', () => {
    expect(findMoney('$1,200', { lang: 'en' })[0]!.value).toBe(1200);
    expect(findMoney('1,200 euros', { lang: 'fr' })[0]!.value).toBeCloseTo(1.2);
    expect(findMoney('1.500 Euro', { lang: 'de' })[0]!.value).toBe(1500);
  });
});

describe('¥: yuan or yen', () => {
  it.each([
    ['The Beijing-based company, backed by Chinese investors, raised ¥500 million.', 'CNY'],
    ['The Tokyo startup raised ¥500 million from Japanese banks.', 'JPY'],
    ['It raised ¥500 million.', 'CNY'],
  ] as const)('%s → %s', (text, currency) => {
    expect(guessYenCurrency(text)).toBe(currency);
    expect(findMoney(text, { yen: guessYenCurrency(text) })[0]).toMatchObject({ text: '¥500 million', value: 5e8, currency });
  });

  it('lets a word after ¥ decide', () => {
    expect(findMoney('¥5 billion yen', { yen: 'CNY' })[0]).toMatchObject({ text: '¥5 billion yen', currency: 'JPY' });
  });
});

describe('findMoney: several figures in a sentence', () => {
  it('reads them left to right without overlap', () => {
    const text = 'Funding: A Series D funding round of more than $693 million at a pre-money valuation of $2 billion.';
    const got = findMoney(text);
    expect(got.map((m) => [m.text, m.qualifier])).toEqual([['$693 million', 'more-than'], ['$2 billion', null]]);
    expect(got[0]!.end).toBeLessThanOrEqual(got[1]!.start);
  });

  it('does not report a restatement as a figure of its own', () => {
    const got = findMoney('raised $1 Million(₹ 6.7 Cr) from RoundGlass and ₹15 Cr($2.25 Million) from BlackSoil');
    expect(got.map((m) => m.text)).toEqual(['$1 Million', '₹15 Cr']);
  });

  it.each([
    ["cette fois-ci en amorçage, de 2 millions d'euros ( plus 1,2 million en dette) auprès de La Poste Ventures", 'fr', ["2 millions d'euros", '1,2 million'], 'EUR'],
    ['$5 million, and another 2 million in debt', 'en', ['$5 million', '2 million'], 'USD'],
  ] as const)('lends the currency to a scaled number joined by "plus"/"and another": %s', (text, lang, texts, currency) => {
    const got = findMoney(text, { lang });
    expect(got.map((m) => m.text)).toEqual(texts);
    expect(got.every((m) => m.currency === currency)).toBe(true);
  });

  it('does not lend the currency to a count', () => {
    expect(findMoney('raised $5 million and has 10 million users').map((m) => m.text)).toEqual(['$5 million']);
  });

  it('keeps a same-currency parenthesis as its own figure', () => {
    const got = findMoney('a $5 million ($3 million in equity) round');
    expect(got.map((m) => [m.text, m.equivalent])).toEqual([['$5 million', null], ['$3 million', null]]);
  });
});

describe('findMoney: a bare "$" restated in US dollars is a local dollar', () => {
  it.each<Row>([
    ['Validus has secured $28.35m (US$20m) in a series B round.', [{ text: '$28.35m', value: 28.35e6, currency: 'SGD', equivalent: { text: 'US$20m', value: 20e6, currency: 'USD' } }], { localDollar: 'SGD' }],
    // No local cue: stays USD, the restatement is its own figure.
    ['Validus has secured $28.35m (US$20m) in a series B round.', [usd('$28.35m', 28.35e6), usd('US$20m', 20e6)], { localDollar: null }],
    // The same value restated is not a second currency.
    ['Acme raised $20m (US$20m) in a seed round.', [usd('$20m', 20e6), usd('US$20m', 20e6)], { localDollar: 'SGD' }],
  ])('%s', (...row) => check(row));
  it('guesses the local dollar from the article, or none', () => {
    expect(guessLocalDollar('Singapore Food Agency launched tenders in Singapore.')).toBe('SGD');
    expect(guessLocalDollar('A Toronto startup raised money.')).toBe('CAD');
    expect(guessLocalDollar('A London startup raised money.')).toBeNull();
  });
});

describe('findMoney: a bare French "millions" raised takes the article’s only currency', () => {
  it('inherits euros when every other figure is in euros', () => {
    const got = findMoney('Acme a levé 7,5 millions d’euros. Beta lève 40,5 millions pour grandir. Le total atteint 62 millions d’euros.', { lang: 'fr' });
    expect(got.map((m) => [m.text, m.value, m.currency])).toEqual([['7,5 millions d’euros', 7.5e6, 'EUR'], ['40,5 millions', 40.5e6, 'EUR'], ['62 millions d’euros', 62e6, 'EUR']]);
  });
  it('reads "Avec 9,3 millions levés"', () => {
    const got = findMoney('Avec 9,3 millions levés, Antaios occupe la première place. Yooji a levé 7,5 millions d’euros et Zeta 2 millions d’euros.', { lang: 'fr' });
    expect(got[0]).toMatchObject({ text: '9,3 millions', currency: 'EUR' });
  });
  it.each([
    ['no raising verb', 'La ville compte 2 millions d’habitants et un budget de 5 millions d’euros et 3 millions d’euros de dette.'],
    ['only one other figure', 'Beta lève 40,5 millions pour grandir. Le total atteint 62 millions d’euros.'],
    ['two currencies in the article', 'Beta lève 40,5 millions. Acme a levé 7 millions d’euros et Zeta 5 millions de dollars.'],
  ])('not money: %s', (_name, text) => {
    expect(findMoney(text, { lang: 'fr' }).map((m) => m.text)).not.toContain('40,5 millions');
    expect(findMoney(text, { lang: 'fr' }).map((m) => m.text)).not.toContain('2 millions');
  });
});

// Fuzzing: a figure ending one paragraph took the scale word that opens the next
// ("$10" + blank line + "million users"), so its text straddled two paragraphs.
describe('a figure never crosses a paragraph break', () => {
  it.each([
    ['scale in the next paragraph', 'It raised $5 million to $10\n\nmillion users came.', ['$5 million', '$10']],
    ['currency word in the next paragraph', 'The bill was 40\n\neuros were spent.', []],
    ['a line break inside one paragraph still joins', 'It raised $10\nmillion in May.', ['$10\nmillion']],
    ['no-break spaces still join', 'Elle lève €\u00a030\u202fM.', ['€\u00a030\u202fM']],
  ])('%s', (_name, text, expected) => {
    expect(findMoney(text, {}).map((m) => text.slice(m.start, m.end))).toEqual(expected);
  });
});
