/**
 * Funding rules, round 4 (.tmp/batch5-funding-report.md, patterns 1, 2, 3, 5, 7, 10): which money is a deal and how many
 * deals a sentence holds. Each row is a sentence of the shape that showed a miss in batch 5, written afresh around it; the
 * money that must stay out of the deals is in funding-round4.negatives.test.ts, and each rule has rows of both kinds.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

type Want = [company: string | null, value: number | null, status?: 'announced' | 'past'];
type Row = [name: string, paragraphs: string[], want: Want[]];

const dealsOf = (paragraphs: string[], withStatus: boolean, title?: string) =>
  readFunding({ paragraphs }, { title }).deals.map((d) => (withStatus ? [d.company, d.amount?.value ?? null, d.status] : [d.company, d.amount?.value ?? null]));
const check = (paragraphs: string[], want: Want[], title?: string) => expect(dealsOf(paragraphs, want.some((w) => w.length === 3), title)).toEqual(want);

describe('a range is one figure, so one deal (pattern 10)', () => {
  const rows: Row[] = [
    ['"raise Rs3,000-4,000 crore" restated by the heading\'s "Rs 4,000 crore"',
      ['Paytm Mall likely to raise Rs 4,000 crore', 'Paytm Mall has initiated discussions to raise a fresh round of Rs3,000-4,000 crore ($460-610 million), reports a daily.'],
      [['Paytm Mall', 40e9]]],
    ['"raised $5-6 million": one round, told by its upper bound',
      ['Acme Robotics raised $5-6 million in a seed round led by Accel.'], [['Acme Robotics', 6e6]]],
  ];
  it.each(rows)('%s', (_name, paragraphs, want) => check(paragraphs, want));
});

describe('a round told without its amount still is a deal, so its investors are kept (pattern 5)', () => {
  it('a valuation "in a funding round" names the round of the company it describes; the next sentence gives its backers', () => {
    const r = readFunding({ paragraphs: ['Blackbird said it has invested about $110 million in Canva, a graphic design business which had a $6 billion valuation in a funding round in June. That round was led by Blackbird and Sequoia China, with General Catalyst Partners participating.'] });
    expect(r.deals.map((d) => [d.company, d.amount, d.valuation?.value, d.status, d.leadInvestors])).toEqual([['Canva', null, 6e9, 'past', ['Blackbird', 'Sequoia China']]]);
  });
  it('a valuation of a round already read goes to that round, not to a new deal', () => {
    const r = readFunding({ paragraphs: ['Rapido raised $120 million in a Series E round led by WestBridge Capital.', 'According to estimates, Rapido was valued at around $1 billion in the Series E round.'] });
    expect(r.deals.map((d) => [d.company, d.amount?.value, d.valuation?.value])).toEqual([['Rapido', 120e6, 1e9]]);
  });
  it('a lead "leading the round" with no figure anywhere: one deal of the headline\'s company, without amount', () => {
    const r = readFunding({ paragraphs: ['The New York Times Company is leading the round of more than two dozen investors; the company is not planning to release a number.'] }, { title: 'News Start-up Daylife Raises First Round; NYTCO Leads Investors' });
    expect(r.deals.map((d) => [d.company, d.amount, d.leadInvestors])).toEqual([['Daylife', null, ['New York Times Company']]]);
  });
  it('a lead with no figure beside a round with one: the figure is the round, no second deal', () => {
    check(['Index Ventures is leading the round, the company said.', 'Acme raised $8 million in Series A funding.'], [['Acme', 8e6]]);
  });
});

describe('a list introduced by "The companies included" is a list of named rounds (pattern 3, left alone)', () => {
  const rows: Row[] = [
    ['"The companies included Flutterwave, which raised §"',
      ['The companies included Flutterwave, which raised $170 million, and Opay, which raised $400 million.'], [['Flutterwave', 170e6], ['Opay', 400e6]]],
  ];
  it.each(rows)('%s', (_name, paragraphs, want) => check(paragraphs, want));
});

describe('funding told with the investor as subject, or by a noun frame (pattern 1)', () => {
  const rows: Row[] = [
    ['"X has invested § for a minority stake in US-based start-up Y"',
      ['Online eyewear retailer Lenskart Solutions Pvt Ltd. has invested $1 million for a minority stake in US-based start-up Ditto, which develops 3D models.'], [['Ditto', 1e6]]],
    ['"X invested § in Y in a seed round"', ['Sequoia invested $5 million in Acme in a seed round.'], [['Acme', 5e6]]],
    ['"Y, which netted §" and "Z’s § deal from X" in one sentence: two companies, two deals even with the same sum',
      ['Other big names included aerial diagnostics startup Aerobotics, which netted $29 million to expand in the US, and edtech startup Snapplify’s $29 million deal from new kid on the block Hlayisani Capital.'],
      [['Aerobotics', 29e6], ['Snapplify', 29e6]]],
    ['"after it received § fund injection from a consortium"',
      ['In 2016, Go-Jek received a $500 million fund injection from a consortium, which includes Sequoia India.'], [['Go-Jek', 500e6, 'past']]],
    ['an item with its own raising verb is read in its own clause: another item was acquired',
      ['The most significant results were led by PEXA, which was acquired for $1.6 billion, and Judo Bank, which secured $930 million.'], [['Judo Bank', 930e6]]],
    ['French "fier d’avoir amassé §"', ['Element AI est fière d’avoir amassé 137,5 millions de dollars auprès de ses investisseurs.'], [['Element AI', 137.5e6]]],
  ];
  it.each(rows)('%s', (_name, paragraphs, want) => check(paragraphs, want));
});

describe('later deals of a coordinated or elliptical list in one sentence (pattern 2)', () => {
  const rows: Row[] = [
    ['"with startups A landing § and B, §, from investors"',
      ['This year the fintech sector hit it big, with startups Lulalend landing $90 million and Nomanini, $59 million, from local and international investors.'],
      [['Lulalend', 90e6], ['Nomanini', 59e6]]],
    ['"A raised § in March and § in August": two rounds of one company',
      ['Kuda Bank raised $25 million in March and $55 million in August, Bankly raised $2 million in September.'],
      [['Kuda Bank', 25e6], ['Kuda Bank', 55e6], ['Bankly', 2e6]]],
    ['"A and B led with § each": one round per name',
      ['Among them, SaaS platform Scalekit and lab-grown diamond jewelry brand Lucira led with $5.5 million each.'], [['Scalekit', 5.5e6], ['Lucira', 5.5e6]]],
    ['French "des rounds à § dans le cas de A, de § dans celui de B ou de § dans celui de C"',
      ['Avec des rounds à 96,2 millions de francs dans le cas de CeQur, de 77 millions de francs dans celui d’ADC Therapeutics ou bien encore de 60 millions de francs dans celui d’Obseva, la Suisse ressemble à un pays de licornes.'],
      [['CeQur', 96.2e6], ['ADC Therapeutics', 77e6], ['Obseva', 60e6]]],
    ['French investor list "Nous avons financé deux start-ups, A pour §, et B à hauteur de §"',
      ['Nous avons financé deux start-ups, Selfcity pour 145.000 euros, et Sensivic à hauteur de 211.000 euros.'], [['Selfcity', 145e3], ['Sensivic', 211e3]]],
  ];
  it.each(rows)('%s', (_name, paragraphs, want) => check(paragraphs, want));
});

describe('status: entries of a period review are its news; earlier backers and reported speech do not make a round earlier (pattern 7)', () => {
  const review = (title: string, paragraphs: string[], want: Want[]) => check(paragraphs, want, title);
  it('a year review: "in January, announcing it had raised §" is an entry of 2020', () => review('The top 5 South African startup sector developments of 2020',
    ['Skynamo got the year off to a belting start in January, announcing it had raised a US$30 million Series A funding round.'], [['Skynamo', 30e6, 'announced']]));
  it('a review of months: "raised § in March 2021" on a page about 2021', () => review('8 Nigeria-based fintech companies attract $500m in 9 months',
    ['The payment industry attracted $500 million from January 2021 till date.', 'Kuda Bank raised $25 million in March 2021.'], [['Kuda Bank', 25e6, 'announced']]));
  it('a quarter review: "emerged from stealth in June to raise §"', () => review('Canada’s top 10 venture-capital financings in the second quarter',
    ['Repare Therapeutics emerged from stealth in June to raise about $90 million in a Series A financing.'], [['Repare Therapeutics', 90e6, 'announced']]));
  it('"new funding from A and earlier investor B" is this round', () => check(['7shifts has raised $3.5 million in new funding from Tandem Capital and earlier investor Relay Ventures.'], [['7shifts', 3.5e6, 'announced']]));
  it('"Après l’annonce cette semaine … d’une levée de fonds de §" is this week\'s news', () => check(['Après l\'annonce cette semaine par Sortlist d’une levée de fonds de 11 millions d’euros, tout aurait-il changé ?'], [['Sortlist', 11e6, 'announced']]));
});

describe('"§ in valuation", "§ de valorisation" after the figure', () => {
  it('the next sentence\'s "with almost £825m in valuation" is the round\'s valuation, not a second round', () => {
    const r = readFunding({ paragraphs: ['Darktrace, an AI-powered cybersecurity firm, has raised a $75m (£58m) Series D led by Insight Venture Partners. The company is currently with almost £825m in valuation.'] });
    expect(r.deals.map((d) => [d.company, d.amount?.value, d.valuation?.value])).toEqual([['Darktrace', 75e6, 825e6]]);
  });
  it('French "pour 100 millions d’euros de valorisation"', () => {
    const r = readFunding({ paragraphs: ['Alan lève 20 millions d’euros pour 100 millions d’euros de valorisation.'] });
    expect(r.deals.map((d) => [d.company, d.amount?.value, d.valuation?.value])).toEqual([['Alan', 20e6, 100e6]]);
  });
});

describe('a list of rounds is read item by item, and a title-case name is no verb', () => {
  it('"a § series C round for SaltPay, a § deal for Checkout.com, a § series D round for insurtech firm Bought by Many"', () => check(
    ['Some of the largest deals involving London companies included a $478m series C funding round for payments firm SaltPay, a $450m deal for payments unicorn company Checkout.com, a $350m series D round for insurtech firm Bought by Many.'],
    [['SaltPay', 478e6], ['Checkout.com', 450e6], [expect.stringMatching(/^Bought/) as unknown as string, 350e6]]));
});

describe('a person named by their role raises for their company', () => {
  const rows: Row[] = [
    ['French "X, PDG d’Element AI, fier d’avoir amassé §"', ['« Nous avons tous les outils », a dit Jean-François Gagné, PDG d’Element AI, fier d’avoir amassé 137,5 millions de dollars pour propulser sa société.'], [['Element AI', 137.5e6]]],
    ['"X, CEO of Acme, said it raised §"', ['Jean Dupont, CEO of Acme, said it raised $5 million in a seed round.'], [['Acme', 5e6]]],
  ];
  it.each(rows)('%s', (_name, paragraphs, want) => check(paragraphs, want));
});

describe('the same subject\'s next raise in a coordinated clause', () => {
  it('"attracted § in Series D investment in 2020 and received § in bridge rounds": two rounds, each with its own stage', () => {
    const r = readFunding({ paragraphs: ['Watcha attracted 36 billion won in Series D investment in 2020 and received 49 billion won in bridge rounds in December last year.'] });
    expect(r.deals.map((d) => [d.company, d.amount?.value, d.round])).toEqual([['Watcha', 36e9, 'Series D'], ['Watcha', 49e9, 'Bridge']]);
  });
  it('"raised § in a seed round and received § in grants": a grant is not a round', () => check(['Acme raised $10 million in a seed round and received $2 million in grants.'], [['Acme', 10e6]]));
});
