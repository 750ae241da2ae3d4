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
