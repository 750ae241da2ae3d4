/**
 * Funding rules, round 5 (issue 3, .tmp/batch6-funding-report.md patterns 1 and 2): deals the sentence reader does not see —
 * verbless table/list rows (glued cells, pipes, ranked headings) and rounds told without an amount. Positive rows here; the
 * shapes that must stay something else are in funding-round5-rows.negatives.test.ts. Each rule has the line that showed it
 * (batch 6) and rows of other instances of the same shape, in English and French.
 */
import { describe, expect, it } from 'vitest';
import { findAmountlessRounds } from '../../utils/amountless-rounds';
import { findDealRows } from '../../utils/deal-rows';
import { readFunding } from '../../utils/funding';

type Expected = { company: string; value: number | null; currency?: string; round?: string | null; investors?: string[] };

function deals(paragraphs: string[]) {
  return readFunding({ paragraphs }).deals;
}

describe('glued table rows under a funding intro (pattern 1)', () => {
  const cases: Array<[name: string, paragraphs: string[], expected: Expected[]]> = [
    // 240: the won is stated once, in the intro's total; every glued row inherits it.
    ['Korean weekly table, currency from the intro', [
      'The total funds raised by Korean startups of this week is KRW 104 billion.',
      'EnerzaiEdge AI500 millionSeries AKODIT',
      'HubrizKids care-Pre-Series AKorea Social Investment Foundation',
      'Nonce ClassicWeb3 accelerator4.2 billionPre-Series ASV Investment, KB Investment',
      'M3SENSmart Farm8 billionSeries AKB Investment,Ajou IB Investment',
    ], [
      { company: 'Enerzai', value: 500e6, currency: 'KRW', round: 'Series A', investors: ['KODIT'] },
      { company: 'Hubriz', value: null, round: 'Pre-Series A', investors: ['Korea Social Investment Foundation'] },
      { company: 'Nonce Classic', value: 4.2e9, currency: 'KRW', round: 'Pre-Series A', investors: ['SV Investment', 'KB Investment'] },
      { company: 'M3SEN', value: 8e9, currency: 'KRW', round: 'Series A', investors: ['KB Investment', 'Ajou IB Investment'] },
    ]],
    // The header states the currency in parentheses (an invented Japanese table).
    ['yen table with the unit in the header', [
      'Startups that raised funding this week (JPY)',
      'SoraneoRobotics1.2 billionSeries BGlobis Capital, JAFCO',
      'KumoriFintech300 millionSeedCoral Capital',
    ], [
      { company: 'Soraneo', value: 1.2e9, currency: 'JPY', round: 'Series B', investors: ['Globis Capital', 'JAFCO'] },
      { company: 'Kumori', value: 300e6, currency: 'JPY', round: 'Seed', investors: ['Coral Capital'] },
    ]],
    // French: "en millions d’euros" stated once, cells glued, "Amorçage" as the round.
    ['French table, euros from the intro', [
      'Les levées de fonds de la semaine, en millions d’euros :',
      'TiliaAgritech12 millionsSérie APartech, Elaia',
      'KiploSanté3 millionsAmorçageKima Ventures',
    ], [
      { company: 'Tilia', value: 12e6, currency: 'EUR', round: 'Series A', investors: ['Partech', 'Elaia'] },
      { company: 'Kiplo', value: 3e6, currency: 'EUR', round: 'Seed', investors: ['Kima Ventures'] },
    ]],
    // Cells kept apart by dashes or commas instead of glued; a currency written after the magnitude ("12 M€").
    ['dash- and comma-separated cells', [
      'The biggest funding rounds of the week:',
      'Acme — $5M — Series A — Sequoia, Accel',
      'Globex, $12M, Series B, Index Ventures',
    ], [
      { company: 'Acme', value: 5e6, currency: 'USD', round: 'Series A', investors: ['Sequoia', 'Accel'] },
      { company: 'Globex', value: 12e6, currency: 'USD', round: 'Series B', investors: ['Index Ventures'] },
    ]],
    ['euro sign after the magnitude, glued', [
      'Les levées de fonds de la semaine :',
      'Tilia12 M€Série APartech',
      'Kiplo3 M€AmorçageKima Ventures',
    ], [
      { company: 'Tilia', value: 12e6, currency: 'EUR', round: 'Series A', investors: ['Partech'] },
      { company: 'Kiplo', value: 3e6, currency: 'EUR', round: 'Seed', investors: ['Kima Ventures'] },
    ]],
  ];
  it.each(cases)('%s', (_name, paragraphs, expected) => {
    const got = deals(paragraphs);
    for (const e of expected) {
      const d = got.find((x) => x.company === e.company);
      expect(d, e.company).toBeDefined();
      expect(d!.amount?.value ?? null).toBe(e.value);
      if (e.currency) expect(d!.amount?.currency).toBe(e.currency);
      if (e.round !== undefined) expect(d!.round).toBe(e.round);
      if (e.investors) expect(d!.investors).toEqual(e.investors);
      // Evidence is the row itself, an exact paragraph of the text.
      expect(paragraphs.some((p) => d!.evidence.some((ev) => p.includes(ev)))).toBe(true);
    }
  });

  it('an acquisition row in the run is skipped (240: "VoithruContent-M&AKakao piccoma")', () => {
    const got = deals([
      'The total funds raised by Korean startups of this week is KRW 104 billion.',
      'EnerzaiEdge AI500 millionSeries AKODIT',
      'VoithruContent-M&AKakao piccoma',
      'Vivity10 billionHanhwa System',
    ]);
    expect(got.map((d) => d.company).sort()).toEqual(['Enerzai', 'Vivity']);
  });
});

describe('a row and a sentence telling the same round merge (pattern 1)', () => {
  // 232: the table repeats the intro's rounds; the row's own headline read "000Highspot"; "Zenoti ($50 million round)" went to Auth0.
  const paragraphs = [
    'Other big rounds for Seattle companies: Highspot ($60 million), Zenoti ($50 million round), and Flexe ($43 million).',
    'Top 10 PNW Funding Deals, Q219',
    'CompanyDateAmountCoverage',
    'Highspot06/04/2019$60,000,000Highspot reels in $60M for AI-powered software used by Fortune 500 sales teams',
    'Zenoti05/01/2019$50,000,000Seattle spa and salon software startup Zenoti lands new round',
    'Flexe05/07/2019$43,100,000‘Airbnb for warehousing’ startup Flexe raises $43M to help online retailers',
  ];
  it('one deal per company and amount, the sentence’s evidence first', () => {
    const got = deals(paragraphs);
    const byCompany = (c: string) => got.filter((d) => d.company === c);
    expect(byCompany('Highspot')).toHaveLength(1);
    expect(byCompany('Zenoti')).toHaveLength(1);
    expect(byCompany('Flexe')).toHaveLength(1);
    expect(got.some((d) => /\d/.test(d.company?.[0] ?? ''))).toBe(false);
    expect(byCompany('Highspot')[0]!.evidence[0]).toBe(paragraphs[0]);
    expect(got).toHaveLength(3);
  });

  it('a ranked heading is its item’s deal (241: "3. (tied) Scale AI, $1B, artificial intelligence:")', () => {
    const got = deals([
      'This is a monthly feature that runs down the month’s top 10 funding rounds in the U.S.',
      '1. xAI, $6B, artificial intelligence: The $6 billion round included investment from Valor Equity Partners.',
      '2. CoreWeave, $1.1B, artificial intelligence: CoreWeave locked up a $1.1 billion round led by Coatue.',
      '3. (tied) Scale AI, $1B, artificial intelligence:',
    ]);
    expect(got.map((d) => [d.company, d.amount?.value])).toEqual([['xAI', 6e9], ['CoreWeave', 1.1e9], ['Scale AI', 1e9]]);
  });

  it('pipe tables: header names the columns, rows inherit the stated unit', () => {
    const rows = findDealRows([
      'Biggest rounds of the month',
      'Company | Amount | Round | Investors',
      'Acme | $12M | Series A | Sequoia, Accel',
      'Globex | €8M | Seed | Kima Ventures',
    ], () => []);
    expect(rows.map((r) => [r.company, r.amount?.value, r.amount?.currency, r.round, r.investors])).toEqual([
      ['Acme', 12e6, 'USD', 'Series A', ['Sequoia', 'Accel']],
      ['Globex', 8e6, 'EUR', 'Seed', ['Kima Ventures']],
    ]);
  });
});

describe('rounds without an amount (pattern 2)', () => {
  type Row = [name: string, sentence: string, next: string | null, expected: Array<[company: string, investor: string | null, past: boolean]>];
  const rows: Row[] = [
    // 246, 239, 225: an investor's counted list of companies.
    ['246 counted portfolio, so far', 'So far Blackbird has invested in two companies, Canva and Ninja Blocks, having raised a § fund back in March.', null,
      [['Canva', 'Blackbird', true], ['Ninja Blocks', 'Blackbird', true]]],
    ['239 four of the startups, including', 'Hong Kong digital tech park Cyberport has invested a total of § (§) in four of the startups in its network including Lynk, Rice Robotics, Dash Living and Hex Trust over the past six months.', null,
      [['Lynk', 'Cyberport', false], ['Rice Robotics', 'Cyberport', false], ['Dash Living', 'Cyberport', false], ['Hex Trust', 'Cyberport', false]]],
    ['invented, three companies', 'Kima Ventures has invested in three startups: Tilia, Kiplo and Novamed.', null,
      [['Tilia', 'Kima Ventures', true], ['Kiplo', 'Kima Ventures', true], ['Novamed', 'Kima Ventures', true]]],
    ['French counted list', 'Partech a investi dans deux start-ups, Tilia et Kiplo.', null,
      [['Tilia', 'Partech', true], ['Kiplo', 'Partech', true]]],
    // 227: "announcing investments in".
    ['227 announcing investments in', 'Mubadala was very active, announcing investments in Klarna, Wefox, and Xilis.', null,
      [['Klarna', 'Mubadala', false], ['Wefox', 'Mubadala', false], ['Xilis', 'Mubadala', false]]],
    ['French annonce des investissements', 'Bpifrance annonce des investissements dans Tilia et Kiplo.', null,
      [['Tilia', 'Bpifrance', false], ['Kiplo', 'Bpifrance', false]]],
    // 231: a counted plural subject, the list in the next sentence.
    ['231 startups secured investment from, namely next sentence', '3 Nigerian startups have secured investment from early-stage fund Ventures Platform to help them scale their solutions.',
      'The new fund injection will see these startups namely: Tambua Health, Brass and FunnelJoy to expand their respective portfolios.',
      [['Tambua Health', 'Ventures Platform', false], ['Brass', 'Ventures Platform', false], ['FunnelJoy', 'Ventures Platform', false]]],
    ['two startups received funding from, including', 'Two Kenyan startups have received funding from Novastar Ventures, including Lipa Pay and Sendy.', null,
      [['Lipa Pay', 'Novastar Ventures', false], ['Sendy', 'Novastar Ventures', false]]],
    // 225: a second verb of the same subject ("…, and has invested in at least one other Kiwi start-up, Vend").
    ['225 coordinated verb, at least one', 'One of his many investment vehicles, Valar Ventures, has secured funding from NZ’s fund, NZVIF, and has invested in at least one other Kiwi start-up, Vend, a retail software company.', null,
      [['Vend', 'Valar Ventures', true]]],
    // 232: "big deals for A and B" (history told by the sentence's own time).
    ['232 big deals for A and B', '(That was down from a year ago, when big deals for Seattle-based pet-sitting marketplace Rover and Portland-based tech company Jama Software lifted the total.)', null,
      [['Rover', null, false], ['Jama Software', null, false]]],
    ['major rounds for A and B', 'Major rounds for Tilia and Kiplo drove the quarter.', null, [['Tilia', null, false], ['Kiplo', null, false]]],
    // A named company closing a round named as such, its backers after.
    ['closed its Series B led by', 'Acme closed its Series B led by Sequoia Capital.', null, [['Acme', null, false]]],
    ['a bouclé un tour de table mené par', 'Tilia a bouclé un tour de table mené par Partech.', null, [['Tilia', null, false]]],
    // 10 (batch 1): an investor's part in a round of a named company, descriptors skipped.
    ['invested in a Series C funding of', 'Daosheng Capital has invested multi-millions in a Series C funding of Chinese intra-city logistics and delivery firm Fengxiansheng in Hangzhou.', null,
      [['Fengxiansheng', 'Daosheng Capital', false]]],
    ['participated in the seed round of', 'Accel participated in the seed round of Tilia.', null, [['Tilia', 'Accel', false]]],
    ['French a participé au tour de table de', 'Partech a participé au tour de table de Tilia.', null, [['Tilia', 'Partech', false]]],
    ['invested in X’s Series B', 'Accel invested in Acme’s Series B.', null, [['Acme', 'Accel', false]]],
    // 182 (batch 4): investments opening the sentence, the investor told elsewhere.
    ['Investments in A, B and C made the firm…', 'Investments in Aerobotics, Food Supply Network and The Student Hub made the firm one of the most active VCs in South Africa.', null,
      [['Aerobotics', null, false], ['Food Supply Network', null, false], ['Student Hub', null, false]]],
    ['French les investissements dans A et B', 'Les investissements dans Tilia et Kiplo ont fait de Partech le fonds le plus actif.', null, [['Tilia', null, false], ['Kiplo', null, false]]],
    // An investor leading a possessed round.
    ['led X’s seed round', 'Index Ventures led Acme’s seed round.', null, [['Acme', 'Index Ventures', false]]],
  ];
  it.each(rows)('%s', (_name, sentence, next, expected) => {
    const got = findAmountlessRounds(sentence, next);
    expect(got.map((r) => [r.company, r.investor, r.past])).toEqual(expected);
  });

  it('a round told by its valuation, "it" resolved a sentence back (244 Clubhouse)', () => {
    const d = deals([
      'Along with new offers for users, the audio-only app Clubhouse is having a successful fundraising round',
      'This month it partnered with Stripe to let users send money to creators. On top of this, it is reportedly being valued at $4 billion in a fresh round led by venture-capital firm Andreessen Horowitz.',
    ]);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ company: 'Clubhouse', amount: null, leadInvestors: ['Andreessen Horowitz'] });
    expect(d[0]!.valuation?.value).toBe(4e9);
  });

  it('the next item of a list named by its possessive (249 Elasmogen’s £1.2m)', () => {
    const d = deals(['Other notable deals include MacRebur who raised £1.27m to develop MR6 plastic pellets made from old plastic bottles and Elasmogen’s £1.2m to develop biologic medication.']);
    expect(d.map((x) => [x.company, x.amount?.value])).toEqual([['MacRebur', 1.27e6], ['Elasmogen', 1.2e6]]);
  });

  it('a closed round’s backers are read by the sentence reader and kept', () => {
    const d = deals(['Acme closed its Series B led by Sequoia Capital, with participation from Accel.']);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ company: 'Acme', amount: null, round: 'Series B', leadInvestors: ['Sequoia Capital'] });
  });

  it('the same company’s round told later with a figure is one deal (no amountless twin)', () => {
    const d = deals(['Acme closed its Series B led by Sequoia Capital.', 'The $20 million Series B will fund hiring at Acme.']);
    expect(d.filter((x) => x.company === 'Acme')).toHaveLength(1);
    expect(d[0]!.amount?.value).toBe(20e6);
  });

  it('an investor announcing investments joins a company’s round already read (227: Klarna)', () => {
    const d = deals(['Klarna raised $639 million in a round led by Sequoia.', 'Mubadala was very active, announcing investments in Klarna, Wefox, and Xilis.']);
    const klarna = d.filter((x) => x.company === 'Klarna');
    expect(klarna).toHaveLength(1);
    expect(klarna[0]!.investors).toContain('Mubadala');
    expect(d.find((x) => x.company === 'Xilis')?.amount).toBeNull();
  });
});
