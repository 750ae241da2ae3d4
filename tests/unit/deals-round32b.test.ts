/**
 * Round 32b (group 2): a review's period told by its opening sentence, not its headline (reviewPeriodOf, OPENING_PERIOD_TOTAL):
 * "<place> startups raised £X in 2022" opens a review of 2022, and the rounds it lists, dated in 2022 or by a month alone, are
 * that period's news. Shapes from UKTN (875), Orsa Saiwai's brief (824) and SmartCompany (890). Invented sentences, EN and FR;
 * each row failed before the rule (checked against f608143's deals.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';
import { reviewPeriodOf } from '../../utils/deals';

const statuses = (title: string, ...paragraphs: string[]) =>
  readFunding({ paragraphs }, { title }).deals.map((d) => [d.company, d.amount?.text ?? null, d.status]);

describe('round 32b: an opening that tells a plural of companies raising over a period makes the page a review of it', () => {
  it.each<[string, string, string | null]>([
    ['Leeds-based startups raised a record £400m in 2023, up a third on the year before.', 'Leeds startups raise £400m', '2023'],
    ['Nordic fintechs have raised $900 million so far this year, according to Dealroom.', 'Nordic fintech keeps its pace', null],
    ['Les startups lyonnaises ont levé 300 millions d’euros en 2022, un record pour la ville.', 'Lyon, ville de startups', '2022'],
    ['Australian and New Zealand enterprises raised $1.2 billion across the June quarter, down on the March quarter.', 'A tough three months for founders', null],
  ])('row %#', (opening, title, year) => {
    expect(reviewPeriodOf(title, opening)?.year).toBe(year);
  });
});

describe('round 32b: the rounds such a review lists with a month alone are its news, not earlier rounds', () => {
  it.each<[string, string[], Array<[string, string, string]>]>([
    ['Leeds startups raise £400m, a city record',
      ['Leeds-based tech companies raised a record £400m in funding in 2023, the most outside London.',
        'Standout rounds achieved by Leeds companies include Tarvello’s £40m Series B round in March, Quonda’s £22m investment and Brevik’s £12m round.'],
      [['Tarvello', '£40m', 'announced'], ['Quonda', '£22m', 'announced'], ['Brevik', '£12m', 'announced']]],
    ['Lyon, ville de startups',
      ['Les startups lyonnaises ont levé 300 millions d’euros en 2022, un record pour la ville.',
        'Orvane a levé 40 millions d’euros en mars, tandis que Tarvi a levé 12 millions d’euros en juin.'],
      [['Orvane', '40 millions d’euros', 'announced'], ['Tarvi', '12 millions d’euros', 'announced']]],
  ])('row %#', (title, paragraphs, expected) => {
    expect(statuses(title, ...paragraphs)).toEqual(expected);
  });
});
