/**
 * Round 26 (group 1) positives: invented sentences, EN and FR, never copied from a fixture or a page.
 * 1. A fund taken up as the subject keeps a round when it tells its part in it in any form of "participer" (funding.ts FUND_IN_ROUND).
 * 3. A higher stage told as one to come is no yardstick: the page's lower round stays announced (deal-status.ts ROUND_TO_COME).
 * 2. Look-alikes: a real company name next to a noun of money or a population word still raises (MONEY_NOUN_NAME, isPopulationName).
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const statuses = (paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => `${d.company} ${d.round} ${d.amount?.text ?? '-'} ${d.status}`);

const deals = (paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => `${d.company} ${d.amount?.text ?? '-'}`);

describe('round 26: the fund’s part in a round, any form of participer (FUND_IN_ROUND)', () => {
  it.each<[string, string[], string]>([
    ['a participé à son tour (FR)', ['Ce fonds, qui a soutenu Tabula, a participé à son tour de 6 millions d’euros.'], '6 millions d’euros'],
    ['a participé à son augmentation de capital (FR)', ['Le fonds, qui a soutenu Tabula, a participé à son augmentation de capital de 4 millions d’euros.'], '4 millions d’euros'],
  ])('%s', (_label, paragraphs, amount) => {
    expect(deals(paragraphs).some((d) => d.endsWith(amount))).toBe(true);
  });
});

describe('round 26: a company whose name holds a money noun or a plural is still a raiser (MONEY_NOUN_NAME, isPopulationName)', () => {
  it.each<[string, string[], string]>([
    ['a name ending in Companies, not a place (EN)', ['Brightpath Companies raises $30 million in a Series B led by Northwind.'], 'Brightpath Companies $30 million'],
    ['une entreprise au nom de lieu composé (FR)', ['Tabula lève 5 millions d’euros auprès de Kima.'], 'Tabula 5 millions d’euros'],
  ])('%s', (_label, paragraphs, deal) => {
    expect(deals(paragraphs)).toContain(deal);
  });
});

describe('round 26: a planned higher stage leaves the page’s round announced (ROUND_TO_COME)', () => {
  it.each<[string, string[], string]>([
    ['plans a Series A next year (EN)', ['Brightpath raised $3 million in seed funding led by Polar.', 'The startup plans a $25 million Series A next year.'], 'Brightpath Seed $3 million announced'],
    ['prévoit une série A (FR)', ['Tabula lève 2 millions d’euros en amorçage auprès de Kima.', 'La start-up prévoit une série A de 15 millions d’euros l’an prochain.'], 'Tabula Seed 2 millions d’euros announced'],
  ])('%s', (_label, paragraphs, deal) => {
    expect(statuses(paragraphs)).toContain(deal);
  });
});
