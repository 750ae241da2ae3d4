/**
 * Round 25 (group 1) positives: invented sentences, EN and FR, never copied from a fixture or a page.
 * 1. The ladder of stages: on a single-story page, the same company's round at a lower stage than its round with a figure,
 *    told in another sentence, is its history (deal-status.ts settleEarlierStages, called by funding.ts).
 * 2. An earlier amountless round told in prose with its date between the round and its backers, and the French pluperfect
 *    ("avait réalisé une levée de fonds fin 2017 auprès de …") (amountless-rounds.ts COMPANY_CLOSED_ROUND, ROUND_DATE_ADJUNCT).
 * 3. A sentence whose subject is the fund named before ("Le fonds, qui a déjà réuni §, …") tells the fund's money, not a round
 *    (funding.ts FUND_ANAPHOR_OPENING).
 */
import { describe, expect, it } from 'vitest';
import { findAmountlessRounds } from '../../utils/amountless-rounds';
import { readFunding } from '../../utils/funding';

const statuses = (paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => `${d.company} ${d.amount?.text ?? '-'} ${d.status}`);

describe('round 25: a lower stage of the page’s own company is past (settleEarlierStages)', () => {
  it.each<[string, string[], string]>([
    ['seed under a Series B (EN)', ['Brightpath raises $30 million in a Series B led by Northwind.', 'In its seed round, Brightpath took in $2 million from Polar.'], 'Brightpath $2 million past'],
    ['pre-Series A under a Series B (EN)', ['Brightpath raises $30 million in a Series B led by Northwind.', 'In a pre-Series A round, Brightpath picked up $4 million from Polar.'], 'Brightpath $4 million past'],
    ['amorçage sous une série B (FR)', ["Tabula lève 25 millions d'euros en série B auprès de Kima.", "Lors de son tour d'amorçage, Tabula a obtenu 2 millions d'euros de business angels."], "Tabula 2 millions d'euros past"],
    ['série A sous une série C (FR)', ["Tabula lève 60 millions d'euros en série C auprès de Kima.", "Pour sa série A, Tabula a obtenu 9 millions d'euros de Partech."], "Tabula 9 millions d'euros past"],
  ])('%s', (_label, paragraphs, deal) => {
    expect(statuses(paragraphs)).toContain(deal);
  });
});

describe('round 25: an earlier amountless round dated between the round and its backers (COMPANY_CLOSED_ROUND)', () => {
  it.each<[string, string, string]>([
    ['in a year (EN)', 'Brightpath raised a seed round in 2020 from Polar Ventures and two angels.', 'Brightpath'],
    ['in a month and year (EN)', 'Brightpath closed its Series A in March 2019, led by Northwind.', 'Brightpath'],
    ['fin d’une année, plus-que-parfait (FR)', 'Tabula avait réalisé une première levée de fonds fin 2017 auprès de Kima et de Sandbar.', 'Tabula'],
    ['l’an dernier (FR)', "Tabula avait bouclé un tour de table l'an dernier, mené par Kima.", 'Tabula'],
  ])('%s', (_label, sentence, company) => {
    expect(findAmountlessRounds(sentence, null).map((r) => r.company)).toContain(company);
  });
});

describe('round 25: the fund taken up as the subject keeps its money out of the rounds (FUND_ANAPHOR_OPENING)', () => {
  it.each<[string, string[]]>([
    ['le fonds, qui a déjà réuni (FR)', ["Kima Impact, un nouveau fonds coopératif, a été lancé mardi à Lyon.", "Le fonds, qui a déjà réuni 4 millions d'euros, prévoit d'investir de 100.000 à 300.000 euros dans vingt start-up."]],
    ['ce fonds, qui a rassemblé (FR)', ["Kima Impact, un nouveau fonds régional, a été lancé mardi.", "Ce fonds, qui a déjà rassemblé 12 millions d'euros, soutiendra quinze jeunes pousses."]],
  ])('%s', (_label, paragraphs) => {
    expect(statuses(paragraphs)).toEqual([]);
  });
});
