/**
 * Money reader, round 3: the forms that batch 4 (fixtures 140–178) showed it
 * misread. Each row carries the sentence (or a close paraphrase of the shape)
 * that showed the bug. Negatives are in money-round3.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { checkMoneyRow, type MoneyRow, type MoneyWant } from '../helpers/money-rows';
import { articleCurrencyOf, findMoney, guessBareDollar, mayHoldBareRaise, pageMoneyContext, type MoneyContext } from '../../utils/money';

type Want = MoneyWant;
type Row = MoneyRow;
const check = checkMoneyRow;

/** Pages plainly written from Australia, New Zealand or Canada (shapes of fixtures 172–174). */
const AUSSIE_WEEK =
  'In the eight days between September 13 and September 20, 2021, we reported on more than $1 billion in funding announcements for Australian startups. ' +
  'In my three years of reporting on Aussie startups, I haven’t seen anything like it. Sep 15: Canva: $270 million';
const AUSSIE_WRAP =
  'The amount of capital flowing to Australian startups is down about 50%. Australia’s largest semiconductor company, Morse Micro, raised $140 million led by MegaChips (they also received US FCC certification). ' +
  'In the US, VCs have record levels of dry powder. The past two months have also seen a flurry of Aussie-related VC fund announcements.';
const SQUARE_PEG =
  'A co-founder of Melbourne’s Square Peg Capital says that the Australian startup industry now has control of its own destiny, after his venture capital firm confirmed raising $US180 million ($AU235 million) for its first fund. ' +
  'AirTree last month announced it had led a $25 million funding round for fintech startup Prospa.';
const KIWI =
  'Auckland-based Kiwi startup Tracksuit raised $10 million, the biggest seed round in New Zealand this year, and plans to hire in Wellington.';

describe('guessBareDollar: a plainly local page reads a bare "$" as its dollar', () => {
  it.each<[string, string]>([
    [AUSSIE_WEEK, 'AUD'],
    [AUSSIE_WRAP, 'AUD'],
    [SQUARE_PEG, 'AUD'],
    [KIWI, 'NZD'],
    ['Canuck founders keep winning: Toronto-based Wealthsimple raised $750 million, the largest round in Canada this year.', 'CAD'],
  ])('%s', (text, code) => expect(guessBareDollar(text)).toBe(code));
});

describe('findMoney on a whole article: bare "$" follows the page, explicit marks win', () => {
  it.each<Row>([
    [AUSSIE_WEEK, [{ text: '$1 billion', value: 1e9, currency: 'AUD' }, { text: '$270 million', value: 270e6, currency: 'AUD' }], { localDollar: null }],
    // "$US180 million ($AU235 million)": dollar-first marks are read, and the pair is one figure.
    [SQUARE_PEG, [
      { text: '$US180 million', value: 180e6, currency: 'USD', equivalent: { text: '$AU235 million', value: 235e6, currency: 'AUD' } },
      { text: '$25 million', value: 25e6, currency: 'AUD' },
    ], { localDollar: null }],
    // "US$" stays USD on an Australian page.
    [`${AUSSIE_WEEK} Airwallex also raised US$100 million.`, [
      { text: '$1 billion', value: 1e9, currency: 'AUD' }, { text: '$270 million', value: 270e6, currency: 'AUD' }, { text: 'US$100 million', value: 100e6, currency: 'USD' },
    ], { localDollar: null }],
    // An explicit guess wins over the page.
    ['Australian and Aussie founders in Sydney raised $5 million.', [{ text: '$5 million', value: 5e6, currency: 'USD' }], { localDollar: null, bareDollar: null }],
    // "$5 million USD" on a local page: the suffix refines the bare "$".
    [`${KIWI} It later added $2 million USD.`, [{ text: '$10 million', value: 10e6, currency: 'NZD' }, { text: '$2 million USD', value: 2e6, currency: 'USD' }], { localDollar: null }],
  ])('%s', (...row) => check(row));

  it('reads the dollar-first marks alone', () => {
    check(['raised $A12 million and $NZ3m, then $CAN5 million', [
      { text: '$A12 million', value: 12e6, currency: 'AUD' }, { text: '$NZ3m', value: 3e6, currency: 'NZD' }, { text: '$CAN5 million', value: 5e6, currency: 'CAD' },
    ]]);
  });
});

/** One restated figure: the first currency with the second as its equivalent. */
const restated = (text: string, value: number, currency: string, eqText: string, eqValue: number, eqCurrency: string): Want =>
  ({ text, value, currency, equivalent: { text: eqText, value: eqValue, currency: eqCurrency } });

describe('findMoney: a restatement in another currency is one figure, in French and English', () => {
  it.each<Row>([
    // Fixture 153 (La Tribune): the pair must stay one figure.
    ["dont une méga-levée, Voodoo, de 200 millions de dollars (172 millions d'euros).", [restated('200 millions de dollars', 200e6, 'USD', "172 millions d'euros", 172e6, 'EUR')], { lang: 'fr' }],
    ["de 200 millions de dollars (soit 172 millions d'euros)", [restated('200 millions de dollars', 200e6, 'USD', "172 millions d'euros", 172e6, 'EUR')], { lang: 'fr' }],
    ["30 millions d'euros, soit l'équivalent de 33 millions de dollars", [restated("30 millions d'euros", 30e6, 'EUR', '33 millions de dollars', 33e6, 'USD')], { lang: 'fr' }],
    ['30 millions d’euros, l’équivalent de 33 millions de dollars', [restated('30 millions d’euros', 30e6, 'EUR', '33 millions de dollars', 33e6, 'USD')], { lang: 'fr' }],
    ["30 millions d'euros (quelque 33 millions de dollars)", [restated("30 millions d'euros", 30e6, 'EUR', '33 millions de dollars', 33e6, 'USD')], { lang: 'fr' }],
    ["30 millions d'euros (soit près de 33 millions de dollars)", [restated("30 millions d'euros", 30e6, 'EUR', '33 millions de dollars', 33e6, 'USD')], { lang: 'fr' }],
    ['€30 million, equivalent to $33 million', [restated('€30 million', 30e6, 'EUR', '$33 million', 33e6, 'USD')]],
    ['€30 million (equivalent to $33 million)', [restated('€30 million', 30e6, 'EUR', '$33 million', 33e6, 'USD')]],
    ['€30 million (which is about $33 million)', [restated('€30 million', 30e6, 'EUR', '$33 million', 33e6, 'USD')]],
    ['€30 million (or $33 million)', [restated('€30 million', 30e6, 'EUR', '$33 million', 33e6, 'USD')]],
    ['€30m (c. $33m)', [restated('€30m', 30e6, 'EUR', '$33m', 33e6, 'USD')]],
    ['€30 million, roughly $33 million, in new money', [restated('€30 million', 30e6, 'EUR', '$33 million', 33e6, 'USD')]],
    ['€30 million — about $33 million — in new money', [restated('€30 million', 30e6, 'EUR', '$33 million', 33e6, 'USD')]],
    ['€30 million (approximately US $33 million)', [restated('€30 million', 30e6, 'EUR', 'US $33 million', 33e6, 'USD')]],
    ['Rs 1,200 crore (approx USD 145 million)', [restated('Rs 1,200 crore', 12e9, 'INR', 'USD 145 million', 145e6, 'USD')]],
    // Two restatements in one parenthesis: the first is kept, the second is not a figure of its own.
    ['£10m (€11.5m / $13m) Series A', [restated('£10m', 10e6, 'GBP', '€11.5m', 11.5e6, 'EUR')]],
    // Fixture 178 (Singapore): US dollars restated with a bare "$" at another value, which is the local dollar.
    ['Start-up ventures raised more than US$8.02 billion ($11.2 billion) last year', [restated('US$8.02 billion', 8.02e9, 'USD', '$11.2 billion', 11.2e9, 'SGD')], { localDollar: 'SGD' }],
  ])('%s', (...row) => check(row));
});

describe('findMoney: "respectively" lists give one figure per number', () => {
  it.each<Row>([
    ['Les deux startups ont levé respectivement 40 et 104 millions d’euros.', [
      { text: '40', value: 40e6, currency: 'EUR' }, { text: '104 millions d’euros', value: 104e6, currency: 'EUR' }], { lang: 'fr' }],
    ['They raised $40 and $104 million, respectively.', [
      { text: '$40', value: 40e6, currency: 'USD' }, { text: '$104 million', value: 104e6, currency: 'USD' }]],
    ['A, B and C raised 5, 10 and 20 million euros respectively', [
      { text: '5', value: 5e6, currency: 'EUR' }, { text: '10', value: 10e6, currency: 'EUR' }, { text: '20 million euros', value: 20e6, currency: 'EUR' }]],
    // Complete figures are already right.
    ['They raised $40 million and $104 million, respectively.', [
      { text: '$40 million', value: 40e6, currency: 'USD' }, { text: '$104 million', value: 104e6, currency: 'USD' }]],
    // A number written out in full keeps its own value; only a short one borrows the scale (batch 4: CredPal read as $150 billion).
    ['CredPal and Acme raised $150,000 and $5 million, respectively.', [
      { text: '$150,000', value: 150e3, currency: 'USD' }, { text: '$5 million', value: 5e6, currency: 'USD' }]],
    ['They raised 2,500 and 5 million euros respectively.', [
      { text: '2,500', value: 2500, currency: 'EUR' }, { text: '5 million euros', value: 5e6, currency: 'EUR' }]],
  ])('%s', (...row) => check(row));
});

describe('findMoney: written numbers, scales and currencies seen in batches 3 and 4', () => {
  it.each<Row>([
    ['It raised two and a half million dollars', [{ text: 'two and a half million dollars', value: 2.5e6, currency: 'USD' }]],
    ['Il a levé deux millions et demi d’euros', [{ text: 'deux millions et demi d’euros', value: 2.5e6, currency: 'EUR' }], { lang: 'fr' }],
    ['It raised 1.5 million and a half euros', [{ text: '1.5 million and a half euros', value: 2e6, currency: 'EUR' }]],
    // Fixture 170: a list whose numbers each carry a scale word, the currency written once.
    ['Yello Mobile and Woowa Brothers ranked fourth and fifth with investments worth 47.8 billion and 27 billion won each.', [
      { text: '47.8 billion', value: 47.8e9, currency: 'KRW' }, { text: '27 billion won', value: 27e9, currency: 'KRW' }]],
    // Fixtures 142 and 157: no thousands separator, a space after "$".
    ['Provider received $1000 pre-seed funds from Rowland Eno', [{ text: '$1000', value: 1000, currency: 'USD' }]],
    ['Smallcase raised $ 50 million series-D funding', [{ text: '$ 50 million', value: 50e6, currency: 'USD' }]],
    ['The CHF31 million received by the biotech company', [{ text: 'CHF31 million', value: 31e6, currency: 'CHF' }]],
    // Currencies of other startup scenes.
    ['Cairo-based Acme raised EGP 10 million', [{ text: 'EGP 10 million', value: 10e6, currency: 'EGP' }]],
    ['It raised 10 million Egyptian pounds', [{ text: '10 million Egyptian pounds', value: 10e6, currency: 'EGP' }]],
    ['Dhaka-based Acme raised BDT 10 crore', [{ text: 'BDT 10 crore', value: 100e6, currency: 'BDT' }]],
    ['It raised PKR 100 million and 50 million Pakistani rupees', [{ text: 'PKR 100 million', value: 100e6, currency: 'PKR' }, { text: '50 million Pakistani rupees', value: 50e6, currency: 'PKR' }]],
    ['It raised KSh 200 million and 1 billion Kenyan shillings', [{ text: 'KSh 200 million', value: 200e6, currency: 'KES' }, { text: '1 billion Kenyan shillings', value: 1e9, currency: 'KES' }]],
    ['It raised 100 million lira and 2 billion Vietnamese dong', [{ text: '100 million lira', value: 100e6, currency: 'TRY' }, { text: '2 billion Vietnamese dong', value: 2e9, currency: 'VND' }]],
    ['It raised R$ 10 milhões', [{ text: 'R$ 10 milhões', value: 10e6, currency: 'BRL' }]],
    ['Het bedrijf haalde 5 miljoen euro op', [{ text: '5 miljoen euro', value: 5e6, currency: 'EUR' }]],
    // Naira and rand written with a single letter, on pages about their country.
    ['In Nigeria, the Lagos fintech raised N1.5 billion from local investors.', [{ text: 'N1.5 billion', value: 1.5e9, currency: 'NGN' }]],
    ['Cape Town-based Acme raised R10 million, and later R 25m.', [{ text: 'R10 million', value: 10e6, currency: 'ZAR' }, { text: 'R 25m', value: 25e6, currency: 'ZAR' }]],
  ])('%s', (...row) => check(row));
});

describe('findMoney: shorthand scales after a currency prefix', () => {
  it.each<Row>([
    ['It raised Rs 10L in seed funding', [{ text: 'Rs 10L', value: 1e6, currency: 'INR' }]],
    ['It raised ₹25L from angels', [{ text: '₹25L', value: 2.5e6, currency: 'INR' }]],
    ['It raised $5 mil in seed funding.', [{ text: '$5 mil', value: 5e6, currency: 'USD' }]],
    ['It needs US$30 mil.', [{ text: 'US$30 mil', value: 30e6, currency: 'USD' }]],
  ])('%s', (...row) => check(row));
});

describe('findMoney paragraph by paragraph with the page cues gives what one call on the whole text gives', () => {
  // The funding reader reads money a paragraph at a time (with pauses between); the page-level cues
  // (the article's one currency, a British page, a Nigerian page) must still be weighed on the whole page.
  const PAGES: string[][] = [
    ['Deel a racheté Hofy pour plus de 100 millions de dollars.', 'Une belle somme pour une entreprise qui avait levé 30,2 millions auprès de VCs, et 12 millions de dollars avant.'],
    ['Lagos-based Paystack is a Nigerian startup.', 'It raised N1.5 billion from local angels.'],
    ['Acme raised 5 millions.', 'Beta raised €3 million and Gamma raised €4 million.'],
    ['Acme lève 5 millions.', 'Beta lève 3 millions de dollars et Gamma 4 millions d’euros.'],
  ];
  it.each(PAGES.map((p) => [p.join(' / ').slice(0, 70), p] as const))('%s', (_label, paragraphs) => {
    const text = paragraphs.join('\n\n');
    const lang = /\b(?:lève|levé|une)\b/.test(text) ? 'fr' : 'en';
    const whole = findMoney(text, { lang, localDollar: null });
    const context: MoneyContext = { ...pageMoneyContext(text, lang), articleCurrency: null };
    const byParagraph = paragraphs.map((p) => findMoney(p, context));
    const currency = articleCurrencyOf(byParagraph.flat());
    if (currency) paragraphs.forEach((p, i) => { if (mayHoldBareRaise(p)) byParagraph[i] = findMoney(p, { ...context, articleCurrency: currency }); });
    let at = 0;
    const pieced = paragraphs.flatMap((p, i) => {
      const shifted = byParagraph[i]!.map((m) => ({ text: m.text, value: m.value, currency: m.currency, start: m.start + at }));
      at += p.length + 2;
      return shifted;
    });
    expect(pieced).toEqual(whole.map((m) => ({ text: m.text, value: m.value, currency: m.currency, start: m.start })));
  });

  it('the article currency applies only to figures raised without a currency, and only when given', () => {
    expect(findMoney('Acme a levé 30,2 millions.', { lang: 'fr', articleCurrency: null })).toEqual([]);
    expect(findMoney('Acme a levé 30,2 millions.', { lang: 'fr', articleCurrency: 'EUR' }).map((m) => [m.text, m.currency])).toEqual([['30,2 millions', 'EUR']]);
    expect(findMoney('Il y a 30,2 millions d’habitants.', { lang: 'fr', articleCurrency: 'EUR' })).toEqual([]);
    expect(articleCurrencyOf(findMoney('€3 million and $4 million'))).toBeNull();
    expect(articleCurrencyOf(findMoney('€3 million'))).toBeNull();
    expect(articleCurrencyOf(findMoney('€3 million and €4 million'))).toBe('EUR');
  });
});
