/**
 * Funding rules, round 4: money that is not one company's round (.tmp/batch5-funding-report.md, pattern 3) — a fund's own
 * size, money raised "for investing in" startups, sums several companies raised together, rounds counted by size, a part
 * inside a round just told. Each sentence is of the shape that made a false deal in batch 5, beside positive rows the same
 * rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

type Row = [name: string, paragraphs: string[], want: Array<[string | null, number | null]>];
const dealsOf = (paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.value ?? null]);

describe('a fund as the subject of the raise', () => {
  const rows: Row[] = [
    ['"This fund secured §"', ['The largest was the Foster Innovation fund. This fund secured an impressive 244.2 billion won (190 million USD).'], []],
    ['a named fund in quotes with an appositive: "the ‘General Secondary Fund,’ aimed at …, secured §"',
      ['Additionally, the ‘General Secondary Fund,’ aimed at revitalizing the mid-term recovery market, secured 233.5 billion won (182 million USD).'], []],
    ['"It last raised § … and has a total of § in committed capital" (a fund\'s own money)',
      ['It last raised A$261 million in 2018 and has a total of A$1.3 billion in committed capital.'], []],
    ['money raised "for investing in promising tech start-ups"',
      ['A group of 30 technology entrepreneurs with links to Silicon Valley have raised $200 million (about Sh22 billion) for investing in promising tech start-ups in Kenya.'], []],
    // Positives the rules leave alone.
    ['a company backed by a fund named earlier in the clause', ['Backed by Sequoia’s growth fund, Acme raised $10 million in a Series A round.'], [['Acme', 10e6]]],
    ['a company raising "to invest in" its own product', ['Acme raised $10 million in a Series A round to invest in its product.'], [['Acme', 10e6]]],
  ];
  it.each(rows)('%s', (_name, paragraphs, want) => expect(dealsOf(paragraphs)).toEqual(want));
});

describe('sums of several companies, rounds counted by size, money spread over firms', () => {
  const rows: Row[] = [
    ['"which together raised more than §"', ['These funding announcements rank among the top 10 financings last year, which together raised more than $1 billion from investors.'], []],
    ['"collectively raising §"', ['Fintech platforms Finbox and InCred Money followed, collectively raising Rs 250 crore ($30 million).'], []],
    ['"Financings sized above § secured §, while financings above § took §"',
      ['Financings sized above $20 million secured $2.3 billion last year, while financings above $50 million took $1.5 billion.'], []],
    ['"attracted the investment of about § in firms run by Nigerian founders"',
      ['The governor said the payment system has attracted the investment of about $500m in firms run by Nigerian founders.'], []],
    // Positives.
    ['one company with "each" of its own: "A and B each secured §" stays two deals', ['Fintech startup Pelocal and deeptech venture SpaceFields each secured $5 million.'], [['Pelocal', 5e6], ['SpaceFields', 5e6]]],
    ['a round "in" a named company is still its round', ['Sequoia invested $5 million in Acme in a seed round.'], [['Acme', 5e6]]],
  ];
  it.each(rows)('%s', (_name, paragraphs, want) => expect(dealsOf(paragraphs)).toEqual(want));
});

describe('a part inside a round is not a second round', () => {
  const rows: Row[] = [
    ['"closed an over § round, which included a § investment from X"',
      ['SweepSouth closed an over $60 million round, which included a $30 million investment from Naspers Foundry.'], [['SweepSouth', 60e6]]],
    ['"Led by an investment of § from X, …": the lead\'s share of the round just told',
      ['Lightspeed POS raised a US$166 million Series D.', 'Led by an investment of $170 million from la Caisse, Investissement Québec and iNovia Capital also provided funding.'], [['Lightspeed POS', 166e6]]],
    // Positive: a part of a total raised before is an earlier round.
    ['"raised § in total before this round, including a § Series A from X" keeps the Series A',
      ['Railway raised just $24 million in total before this round, including a $20 million Series A from Redpoint in 2022.'], [['Railway', 20e6]]],
  ];
  it.each(rows)('%s', (_name, paragraphs, want) => expect(dealsOf(paragraphs)).toEqual(want));
});

describe('the new deal frames leave other money alone', () => {
  const rows: Row[] = [
    ['"conclude a § deal with X" is an agreement, not a round', ['Sumitomo told UFJ of its decision, clearing the way for it to conclude a 3 trillion yen ($29bn) deal with Mitsubishi.'], []],
    ['a price "on Railway for § per month" after a "-backed" adjective', ['Kernel, a Y Combinator-backed startup, runs its entire system on Railway for $444 per month.'], []],
    ['a cumulative stake told by the investor: "has invested about § in Canva"', ['Blackbird said it has invested about $110 million in Canva over the years.'], []],
    ['"invested § in" a market, not a company', ['Investors invested $3 billion in the sector last year.'], []],
    ['a plural subject with a place is still a statistic', ['A dozen startups in Nigeria have raised $100 million this year.'], []],
  ];
  it.each(rows)('%s', (_name, paragraphs, want) => expect(dealsOf(paragraphs)).toEqual(want));
  it('"§ in equity and § in debt" are parts of one round: "in equity and" is no date, so the second part is not the company\'s next round', () => {
    const values = dealsOf(['Ivy Homes has raised USD 5.75 million in equity and USD 1.3 million in debt in a seed round of funding.']).map((d) => d[1]);
    expect(values).not.toContain(1.3e6);
  });
});

describe('status: what stays an earlier round', () => {
  type SRow = [name: string, title: string | undefined, paragraphs: string[], want: Array<[string | null, number | null, string]>];
  const withStatus = (paragraphs: string[], title?: string) => readFunding({ paragraphs }, { title }).deals.map((d) => [d.company, d.amount?.value ?? null, d.status]);
  const rows: SRow[] = [
    ['a year outside the reviewed one: "in March 2019" on a review of 2020', 'The top 5 startup developments of 2020',
      ['Acme raised $10 million in March 2019.'], [['Acme', 10e6, 'past']]],
    ['no review headline: a month dates an earlier round', 'Acme opens an office in Lagos',
      ['Acme raised $10 million in March.'], [['Acme', 10e6, 'past']]],
    ['reported speech keeps its time: "said last September that it had secured §"', undefined,
      ['Origami said last September that it had secured 6.7 billion yen from investors.'], [['Origami', 6.7e9, 'past']]],
    ['an investor\'s pluperfect stays past: "AirTree last month announced it had led a § funding round for Prospa"', undefined,
      ['AirTree last month announced it had led a $25 million funding round for fintech startup Prospa.'], [['Prospa', 25e6, 'past']]],
  ];
  it.each(rows)('%s', (_name, title, paragraphs, want) => expect(withStatus(paragraphs, title)).toEqual(want));
});

describe('signs of another transaction still count in their own clause', () => {
  const rows: Row[] = [
    ['"bought … for §" in a sentence with a round: the purchase is not a round', ['Acme bought Beta for $100 million, after it raised $50 million in a Series B round.'], [['Acme', 50e6]]],
    ['an IPO in capitals in a list item', ['Acme raised $20 million in a Series A round, and Beta priced its IPO at $300 million.'], [['Acme', 20e6]]],
    ['a sentence-initial "Acquisition" still counts', ['Acquisition talks valued the company at $1 billion and the deal at $200 million.'], []],
  ];
  it.each(rows)('%s', (_name, paragraphs, want) => expect(dealsOf(paragraphs)).toEqual(want));
});

describe('a role far from the raising verb does not name the company', () => {
  it('"John Smith, CEO of Acme, said Beta raised §": the subject of the raise wins', () => {
    expect(dealsOf(['John Smith, CEO of Acme, said that Beta Labs raised $5 million in a seed round.'])).toEqual([['Beta Labs', 5e6]]);
  });
});
