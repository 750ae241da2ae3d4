/**
 * Round 25 (group 1) look-alike negatives: invented sentences, EN and FR, never copied from a fixture or a page.
 * 1. The ladder of stages leaves alone two stages told in one sentence, two stages with no figure, and a roundup's other
 *    company (settleEarlierStages).
 * 2. A dated round with no backers after it, or a date followed by a purpose, is no amountless round (COMPANY_CLOSED_ROUND).
 * 3. The fund as the subject still tells a round when it invests in a company or leads one, and "les fonds levés" (plural: the
 *    money raised) is the company's round (FUND_ANAPHOR_OPENING).
 */
import { describe, expect, it } from 'vitest';
import { findAmountlessRounds } from '../../utils/amountless-rounds';
import { readFunding } from '../../utils/funding';

const statuses = (paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => `${d.company} ${d.amount?.text ?? '-'} ${d.status}`);

describe('round 25 negatives: stages the ladder does not settle (settleEarlierStages)', () => {
  it.each<[string, string[], string]>([
    ['two stages announced in one sentence (EN)', ['Brightpath closed a $2 million seed round and a $10 million Series A led by Northwind.'], 'Brightpath $2 million announced'],
    ['a roundup’s other company (EN)', ['Brightpath raises $30 million in a Series B led by Northwind.', 'Kestrel closed a $2 million seed round led by Polar.'], 'Kestrel $2 million announced'],
    ['une autre société dans une revue (FR)', ["Tabula lève 25 millions d'euros en série B auprès de Kima.", "Ridelo lève 2 millions d'euros en amorçage auprès de Partech."], "Ridelo 2 millions d'euros announced"],
  ])('%s', (_label, paragraphs, deal) => {
    expect(statuses(paragraphs)).toContain(deal);
  });
});

describe('round 25 negatives: a dated round with no backers (COMPANY_CLOSED_ROUND)', () => {
  it.each<[string, string]>([
    ['a date then a purpose (EN)', 'Brightpath raised a seed round in 2020 to hire its first engineers.'],
    ['une date puis un but (FR)', 'Tabula avait réalisé une première levée de fonds fin 2017 pour recruter.'],
    ['a plan, no round closed (EN)', 'Brightpath plans a seed round in 2026 from angels.'],
  ])('%s', (_label, sentence) => {
    expect(findAmountlessRounds(sentence, null).filter((r) => r.company === 'Brightpath' || r.company === 'Tabula')).toEqual([]);
  });
});

describe('round 25 negatives: a fund subject that still tells a round (FUND_ANAPHOR_OPENING)', () => {
  it.each<[string, string[], string]>([
    ['the fund invests in a company (EN)', ['Polar Growth, a new fund for climate startups, launched on Tuesday.', 'The fund has invested $2 million in Brightpath, its first deal.'], 'Brightpath $2 million announced'],
    ['le fonds mène la levée (FR)', ["Tabula lève 20 millions d'euros auprès de Kima.", "Le fonds a mené la levée de 20 millions d'euros avec Partech."], "Tabula 20 millions d'euros announced"],
    ['les fonds levés, pluriel (FR)', ["Tabula lève 20 millions d'euros.", "Les fonds levés, 20 millions d'euros au total, serviront à recruter."], "Tabula 20 millions d'euros announced"],
  ])('%s', (_label, paragraphs, deal) => {
    expect(statuses(paragraphs)).toContain(deal);
  });
});
