/**
 * Rules that generalise across outlets: item lists, the headline as the
 * antecedent of "the startup", later-sentence valuations, lead and
 * participant phrasings, stylised brands. Each row is a sentence of the kind
 * that showed the miss, in more than one outlet's style (English and French).
 * Negatives sit beside the positives of each rule; funding-negatives.test.ts
 * holds the texts that must never become deals.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

type Row = [name: string, paragraphs: string[], want: Array<[company: string | null, value: number | null]>];

const deals = (paragraphs: string[], title: string | null = null) =>
  readFunding({ paragraphs }, { title }).deals.map((d) => [d.company, d.amount?.value ?? null]);

describe('item lists: one deal per item, each its own company', () => {
  const rows: Row[] = [
    ['"a § Series C for X, a § deal for Y, and § for Z"', ['Investors poured money into logistics this week: a $40 million Series C for Shipfast, a $12 million deal for Loadly, and $5 million for Trakr.'], [['Shipfast', 40e6], ['Loadly', 12e6], ['Trakr', 5e6]]],
    ['"with a § Series D for X, a § round for Y and § for Z"', ['The biggest rounds went to fintechs, with a $120 million Series D for Paylane, a $30 million round for Kashio and $8 million for Finca.'], [['Paylane', 120e6], ['Kashio', 30e6], ['Finca', 8e6]]],
    ['French: "une série B de § pour X et § pour Y"', ['Cette semaine, une série B de 20 millions d’euros pour Tilia et 4 millions d’euros pour Koros.'], [['Tilia', 20e6], ['Koros', 4e6]]],
    // Negatives: a figure after another verb is not an item of the list.
    ['a payment after the round is not an item', ['Acme raised $20 million in a Series A round for Acme Labs, and paid $5 million for Beta.'], [['Acme', 20e6]]],
    ['the round letter is never a company ("Series B round")', ['The startup said on Tuesday it has raised $50 million in a Series B round led by Accel.'], [[null, 50e6]]],
  ];
  it.each(rows)('%s', (_name, paragraphs, want) => expect(deals(paragraphs)).toEqual(want));
});

describe('the headline names the company "the startup", "it" and "the company" refer to', () => {
  const rows: Array<[string, string, string[], Array<[string | null, number | null]>]> = [
    ['"The startup said … it has raised"', 'Zentrix raises $50 million to build AI chips', ['The startup said on Tuesday it has raised $50 million in a Series B round led by Accel.'], [['Zentrix', 50e6]]],
    ['"The company has closed", a site name after the headline', 'Zentrix closes $50M Series B | TechCrunch', ['The company has closed a $50 million Series B.'], [['Zentrix', 50e6]]],
    ['an investor-led headline names the company after "in"', 'Accel leads $12M round in Parsely', ['The startup has raised $12 million, it said.'], [['Parsely', 12e6]]],
    ['French: "La start-up annonce"', 'Tilia lève 15 millions d’euros pour se développer en Europe', ['La start-up annonce avoir levé 15 millions d’euros auprès de Partech.'], [['Tilia', 15e6]]],
    // Negatives: a headline not about a raise names nobody; a company the body names wins.
    ['a headline not about a raise', 'Why AI chips are hard', ['The startup said on Tuesday it has raised $50 million in a Series B round.'], [[null, 50e6]]],
    ['the body’s own subject wins over the headline', 'Zentrix raises $50 million', ['Koros has raised $8 million in a seed round.'], [['Koros', 8e6]]],
  ];
  it.each(rows)('%s', (_name, title, paragraphs, want) => expect(deals(paragraphs, title)).toEqual(want));
});

describe('valuations stated in a later sentence or clause', () => {
  const rows: Array<[string, string[], number | null]> = [
    ['"The round values the company at"', ['Nuvola raised $20 million in a Series A round led by Index Ventures.', 'The round values the company at $150 million.'], 150e6],
    ['"The deal values the Berlin startup at"', ['Nuvola raised $20 million in a Series A round.', 'The deal values the Berlin startup at $150 million.'], 150e6],
    ['"bringing its valuation to"', ['Nuvola raised $20 million in a Series A round, bringing its valuation to $150 million.'], 150e6],
    ['"puts X’s valuation at more than"', ['Nuvola raised $20 million in a Series A round.', 'The new funding puts Nuvola’s valuation at more than $150 million.'], 150e6],
    ['"reportedly put the company at a § valuation"', ['Nuvola raised $20 million in a Series A round, which reportedly put the company at a $150 million valuation.'], 150e6],
    ['French: "L’opération valorise la société à"', ['Tilia a levé 15 millions d’euros lors d’un tour de table mené par Partech.', 'L’opération valorise la société à 100 millions d’euros.'], 100e6],
    ['French: "Ce tour de table valorise X à"', ['Tilia a levé 15 millions d’euros.', 'Ce tour de table valorise Tilia à 100 millions d’euros.'], 100e6],
    ['French: "Elle est désormais valorisée à"', ['La start-up Tilia lève 15 millions d’euros.', 'Elle est désormais valorisée à 100 millions d’euros.'], 100e6],
    // Negatives: a market value or a hedged target is not the round's valuation.
    ['a market value is not a valuation', ['Nuvola raised $20 million in a Series A round.', 'Its market value is $150 million.'], null],
    ['a hoped-for valuation is not one', ['Nuvola raised $20 million in a Series A round.', 'It hopes to be valued at $150 million next year.'], null],
  ];
  it.each(rows)('%s', (_name, paragraphs, want) => {
    const r = readFunding({ paragraphs });
    expect(r.deals).toHaveLength(1);
    expect(r.deals[0]!.valuation?.value ?? null).toBe(want);
  });
  it('an acquisition valued in a later clause is never a deal', () => {
    expect(readFunding({ paragraphs: ['Big Co agreed to buy Nuvola in a deal that values the startup at $150 million.'] }).deals).toEqual([]);
  });
});

describe('anaphora: a possessive "the startup’s round" belongs to the company the text just named', () => {
  const rows: Row[] = [
    ['the sentence before names the company with any verb', ['Carbon Beta laid off 8% of staff, or 250 people.', 'Per our own reporter, “the startup’s most recent funding round was a $350 million Series D round in July 2021, led by Blackstone Group.'], [['Carbon Beta', 350e6]]],
    ['"The company’s last round, a § Series B"', ['Koros cut 40 jobs on Monday.', 'The company’s last round, a $20 million Series B, was led by Accel.'], [['Koros', 20e6]]],
    ['French: "Sa dernière levée de fonds, de §"', ['Koros supprime 40 postes.', 'Sa dernière levée de fonds, de 20 millions d’euros, avait été menée par Partech.'], [['Koros', 20e6]]],
    // Negatives: a month is never the company ("round in July 2021"); a sentence opening with a date names nobody.
    ['"round in July 2021" names no company', ['In July 2021, the startup’s most recent funding round was a $350 million Series D round.'], [[null, 350e6]]],
  ];
  it.each(rows)('%s', (_name, paragraphs, want) => expect(deals(paragraphs)).toEqual(want));
  it('the status of "the company’s last round" is past', () => {
    expect(readFunding({ paragraphs: ['Koros cut 40 jobs on Monday.', 'The company’s last round, a $20 million Series B, was led by Accel.'] }).deals[0]!.status).toBe('past');
  });
});

type InvRow = [name: string, paragraphs: string[], leads: string[], participants: string[]];
const investorsOf = (paragraphs: string[]) => {
  const d = readFunding({ paragraphs }).deals[0];
  return [d?.leadInvestors ?? [], d?.investors ?? []];
};

describe('lead phrasings', () => {
  const rows: InvRow[] = [
    ['"with X leading"', ['Klarix raised $15 million in Series A funding, with Sequoia Capital leading.'], ['Sequoia Capital'], []],
    ['"with X leading the round and Y participating"', ['Klarix raised $15 million in Series A funding, with Sequoia Capital leading the round and Accel participating.'], ['Sequoia Capital'], ['Accel']],
    ['"X led the round, with participation from"', ['Klarix raised $15 million in Series A funding.', 'Sequoia Capital led the round, with participation from Accel and Y Combinator.'], ['Sequoia Capital'], ['Accel', 'Y Combinator']],
    ['"co-led by X and Y"', ['Klarix raised $15 million in a Series A round co-led by Sequoia Capital and Accel.'], ['Sequoia Capital', 'Accel'], []],
    ['"led by major participation from X"', ['Founded in 2011, Klarix has secured the first part of its funding round, with $28m led by major participation from Chinese infrastructure group NWS Holdings.'], ['NWS Holdings'], []],
    ['French: "emmené par"', ['Tilia lève 15 millions d’euros lors d’un tour de table emmené par Partech.'], ['Partech'], []],
    ['French: "avec pour chef de file"', ['Tilia lève 15 millions d’euros avec pour chef de file Partech.'], ['Partech'], []],
    ['French: "X est chef de file de l’opération"', ['Tilia lève 15 millions d’euros.', 'Le fonds Partech est chef de file de l’opération.'], ['Partech'], []],
    ['French: "X mène l’opération, accompagné par Y et Z"', ['Tilia annonce une levée de 15 millions d’euros.', 'Partech mène l’opération, accompagné par Bpifrance et Kima Ventures.'], ['Partech'], ['Bpifrance', 'Kima Ventures']],
    ['French: "pilotée par"', ['Tilia lève 15 millions d’euros, une opération pilotée par Elaia Partners.'], ['Elaia Partners'], []],
    // Negatives: "leading" as an adjective and a company's management never lead a round.
    ['"a leading provider" is not a lead', ['Klarix, a leading provider of payroll software, raised $15 million from Accel.'], [], ['Accel']],
    ['"leading the company" is management', ['Klarix raised $15 million from Accel, with founder Jane Doe leading the company.'], [], ['Accel']],
  ];
  it.each(rows)('%s', (_name, paragraphs, leads, participants) => expect(investorsOf(paragraphs)).toEqual([leads, participants]));
});

describe('participant phrasings and names stopped at the right word', () => {
  const rows: InvRow[] = [
    ['"with backing from"', ['Klarix raised $15 million from a16z, with backing from 500 Startups and Y Combinator.'], [], ['a16z', '500 Startups', 'Y Combinator']],
    ['"alongside" after a lead, lower-case brands', ['Klarix raised $15 million in a round led by redalpine, alongside e.ventures and Point Nine.'], ['redalpine'], ['e.ventures', 'Point Nine']],
    ['", as well as" after a lead', ['Klarix raised $15 million in a Series A led by Accel, as well as Index Ventures and Seedcamp.'], ['Accel'], ['Index Ventures', 'Seedcamp']],
    ['"with returning investors X and Y" after a lead', ['Klarix raised $15 million in a Series A led by Accel, with returning investors Index Ventures and Seedcamp.'], ['Accel'], ['Index Ventures', 'Seedcamp']],
    ['"Returning investors X and Y also participated"', ['Klarix raised $15 million in a Series A.', 'Returning investors Index Ventures and Seedcamp also participated.'], [], ['Index Ventures', 'Seedcamp']],
    ['"with X and Y also taking part"', ['Klarix raised $15 million in a Series A led by Accel, with Index Ventures and Seedcamp also taking part.'], ['Accel'], ['Index Ventures', 'Seedcamp']],
    ['"…, among others"', ['Klarix raised $15 million in a Series A led by Accel, with participation from Index Ventures and Seedcamp, among others.'], ['Accel'], ['Index Ventures', 'Seedcamp']],
    ['"which also included X"', ['Klarix has raised $15 million.', 'Accel led the investment, which also included Index Ventures.'], ['Accel'], ['Index Ventures']],
    ['"with participation from" after a lead keeps every name', ['Klarix raised $15 million in a Series A round led by Lightspeed Venture Partners, with participation from Sequoia Capital India, Y Combinator and angel investor Naval Ravikant.'], ['Lightspeed Venture Partners'], ['Sequoia Capital India', 'Y Combinator', 'Naval Ravikant']],
    ['an angel named with the firm is the person', ['Klarix raised $15 million from investors including Google Ventures\' Kevin Rose and Betaworks.'], [], ['Kevin Rose', 'Betaworks']],
    ['French: "auprès du fonds X"', ['Tilia a levé 15 millions d’euros auprès du fonds Partech et de business angels.'], [], ['Partech']],
    ['French: "aux côtés de"', ['Tilia annonce une levée de fonds de 15 millions d’euros menée par Partech, aux côtés de Bpifrance et Kima Ventures.'], ['Partech'], ['Bpifrance', 'Kima Ventures']],
    // Negatives: lower-case words of a list are not brands; a descriptor before the name is not a name; a pension plan stays whole.
    ['lower-case words in a list are not brands', ['Klarix raised $15 million from existing backers to expand its environmental, social, and governance reporting platform.'], [], []],
    ['a descriptor joined by "and" is not a brand', ['Grofers has received $61m in a round led by internet and telecommunications firm SoftBank.'], ['SoftBank'], []],
    ['an institution after a plural possessive stays whole', ['Klarix raised $15 million from Ontario Teachers’ Pension Plan.'], [], ['Ontario Teachers’ Pension Plan']],
    ['"backed by" before the raise is an existing shareholder', ['Klarix, which is backed by Accel, raised $15 million from Index Ventures.'], [], ['Index Ventures']],
  ];
  it.each(rows)('%s', (_name, paragraphs, leads, participants) => expect(investorsOf(paragraphs)).toEqual([leads, participants]));
});

describe('the headline’s investors', () => {
  const rows: Array<[string, string, string[], string[], string[]]> = [
    ['a lead named only in the headline', 'Fintech startup Paylane raises $40M Series B led by Ribbit Capital', ['Paylane, a San Francisco-based startup, has raised $40 million in a Series B round.'], ['Ribbit Capital'], []],
    ['backers named only in the headline', 'Helsing raises €600m from Prima Materia and Accel', ['Defence AI startup Helsing has raised €600m in a new round.'], [], ['Prima Materia', 'Accel']],
    // Negatives: the body's lead wins; a headline not about a raise adds nobody.
    ['the body’s lead wins over the headline’s', 'Paylane raises $40M led by Ribbit Capital', ['Paylane has raised $40 million in a round led by Accel.'], ['Accel'], []],
    ['a headline not about a raise', 'Ribbit Capital partner joins the board of Paylane', ['Paylane has raised $40 million in a round led by Accel.'], ['Accel'], []],
  ];
  it.each(rows)('%s', (_name, title, paragraphs, leads, participants) => {
    const d = readFunding({ paragraphs }, { title }).deals[0]!;
    expect([d.leadInvestors, d.investors]).toEqual([leads, participants]);
  });
  it('a name closing on a single capital ("Project A") is kept whole, a round letter is not', () => {
    const d = readFunding({ paragraphs: ['Tandem has secured €5 million in a Series A.', 'The round was led by Rocket Internet, while existing investors such as Project A and Point Nine Capital also participated.'] }).deals[0]!;
    expect(d.investors).toEqual(['Project A', 'Point Nine Capital']);
  });
});

describe('a bare pronoun subject and a dated "from" list', () => {
  it('"It raised its § Series A in January 2010 from A, B and C": the company just named, its investors', () => {
    const r = readFunding({ paragraphs: [
      'Stealthy valve startup Twelve has raised $35.2 million, according to SEC filings.',
      'Twelve was the twelfth company to graduate from The Foundry, a medical device incubator.',
      'It raised its $3 million Series A in January 2010 from Morgenthaler Ventures, Split Rock Partners, and Domain Associates.',
    ] });
    expect(r.deals.map((d) => [d.company, d.status, d.investors])).toEqual([
      ['Twelve', 'announced', []],
      ['Twelve', 'past', ['Morgenthaler Ventures', 'Split Rock Partners', 'Domain Associates']],
    ]);
  });
  it('a descriptor word opening the first sentence is never the company of a later "it"', () => {
    const r = readFunding({ paragraphs: ['Supersecret startup Twelve has raised $35.2 million.', 'Its founder spoke at a conference.', 'The team grew.', 'Twelve was founded in 2009.', 'It raised its $3 million Series A in 2010.'] });
    expect(r.deals.map((d) => d.company)).toEqual(['Twelve', 'Twelve']);
  });
  it('a date between the round and "from" that is not a date does not hide the list’s end', () => {
    const r = readFunding({ paragraphs: ['Acme raised $3 million in its seed round in Europe from Beta Capital.'] });
    expect(r.deals[0]!.investors).toEqual(['Beta Capital']);
  });
});
