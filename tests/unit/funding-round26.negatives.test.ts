/**
 * Round 26 (group 1) negatives: invented sentences, EN and FR, never copied from a fixture or a page.
 * 1. A noun of the money itself is no raiser: "Co-investment of § from X … took the total to §", a "Financing" heading above a
 *    sentence with no subject (funding.ts MONEY_NOUN_NAME).
 * 2. A population is no raiser: a demonym ("raised by Kenyan tech"), a place or demonym before a plural of the company class
 *    ("Lisbon Startups Raise §", "Entreprises bretonnes" is not one: the plural must be the head) (funding.ts isPopulationName).
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => `${d.company} ${d.amount?.text ?? '-'}`);

describe('round 26: a noun of the money is no raiser (MONEY_NOUN_NAME)', () => {
  it.each<[string, string[]]>([
    ['co-investment and other backers to a total (EN)', ['Co-investment of £3m from Kima Bank and £2m from other backers took the total value of deals to £9m.']],
    ['a Financing heading, subjectless sentence (EN)', ['Financing', 'After raising a record $8 billion in 2019, according to Orbis Data, the sector slowed.']],
    ['co-investissement et total (FR)', ['Co-investissement de 3 millions d’euros par la région, pour un total de 9 millions d’euros sur le semestre.']],
  ])('%s', (_label, paragraphs) => {
    expect(deals(paragraphs)).toEqual([]);
  });
});

describe('round 26: a population of companies is no raiser (isPopulationName)', () => {
  it.each<[string, string[]]>([
    ['a place before Startups in a headline (EN)', ['A Strong Q1: Lisbon Startups Raise Over $500M in 2019 Q1']],
    ['a demonym before Companies (EN)', ['Israeli Companies Raise $1bn']],
    ['a demonym alone as the agent (EN)', ['Orbis put the total equity funding raised by Kenyan tech in 2021 at $2 bn, a 20% rise.']],
  ])('%s', (_label, paragraphs) => {
    expect(deals(paragraphs)).toEqual([]);
  });
});

describe('round 26: a reached higher stage still makes the lower one past (ROUND_TO_COME look-alike)', () => {
  it.each<[string, string[], string]>([
    ['a closed Series B over an older seed (EN)', ['Brightpath raises $30 million in a Series B led by Northwind.', 'In its seed round, Brightpath took in $2 million from Polar.'], 'Brightpath Seed $2 million past'],
  ])('%s', (_label, paragraphs, deal) => {
    expect(readFunding({ paragraphs }).deals.map((d) => `${d.company} ${d.round} ${d.amount?.text ?? '-'} ${d.status}`)).toContain(deal);
  });
});

describe('round 26: a fund taking stakes is no part in a round (FUND_IN_ROUND look-alike)', () => {
  it.each<[string, string[]]>([
    ['prises de participations (FR)', ['Le fonds, qui a déjà réuni 3 millions d’euros, prévoit d’investir en prenant des participations minoritaires.']],
  ])('%s', (_label, paragraphs) => {
    expect(deals(paragraphs)).toEqual([]);
  });
});
