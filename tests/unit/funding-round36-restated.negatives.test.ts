/**
 * Look-alikes of funding-round36-restated.test.ts: a figure equal to the round's amount that is still other money — a threshold,
 * a figure each, a plural subject, another company's figure, a range — and a fund closed "to help" founders (deals.ts NOT_ROUND_NEAR
 * excuses "to help fund" only before the word fund), still no round.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const amounts = (paragraphs: string[], lang: string) => readFunding({ paragraphs }, { lang }).deals.map((d) => d.amount?.text ?? null);

const other = (paragraphs: string[], lang: string) => readFunding({ paragraphs }, { lang }).money.filter((m) => m.kind === 'other').map((m) => m.text);

describe('review 35: figures equal to the round that stay other money', () => {
  it.each<[string[], string, string]>([
    // A threshold: "more than".
    [['Tilvo, a Leeds maker of payroll software, raised $14 million in a Series A round led by Northzone.', 'Only a few Leeds companies have raised more than $14 million this year.'], 'en', '$14 million'],
    // A plural subject with a figure each.
    [['Kiplo closed a €9 million seed round backed by Partech.', 'Three other Lisbon startups secured €9 million each last year.'], 'en', '€9 million'],
    // Another company as the subject (named in an apposition after a description of it).
    [['Tilvo, a Leeds maker of payroll software, raised $14 million in a Series A round led by Northzone.', 'Its closest competitor, the Bristol company Payzo, raised $14 million in grants.'], 'en', '$14 million'],
    // A range's upper bound.
    [['Tilvo, a Leeds maker of payroll software, raised $14 million in a Series A round led by Northzone.', 'Payroll rivals typically get $10 million to $14 million at that stage.'], 'en', '$14 million'],
    // FR: a threshold, "plus de".
    [['Kiplo, éditeur nantais de logiciels de paie, lève 6 millions d’euros en série A auprès d’Elaia.', 'Peu de start-up nantaises ont levé plus de 6 millions d’euros cette année.'], 'fr', '6 millions d’euros'],
    // FR: a figure each, "chacune".
    [['Kiplo, éditeur nantais de logiciels de paie, lève 6 millions d’euros en série A auprès d’Elaia.', 'Deux autres jeunes pousses ont levé 6 millions d’euros chacune.'], 'fr', '6 millions d’euros'],
  ])('row %#', (paragraphs, lang, figure) => {
    expect(other(paragraphs, lang)).toContain(figure);
  });
});

describe('review 35: "to help fund" excuses only the purpose after a round, not a fund', () => {
  it('EN: a firm closing a fund that helps founders is no round', () => {
    expect(amounts(['Harlow Ridge Partners has closed a $40 million fund to help seed-stage founders in Spain.'], 'en')).toEqual([]);
  });
});
