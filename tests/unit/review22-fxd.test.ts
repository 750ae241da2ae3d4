/**
 * Review B of round 22 (funding), findings #4, #5, #6 (deals.ts) and #1, #7 (investors.ts): invented rows, each failing before its fix.
 *
 * #4 NOW_TOTAL_PART_AFTER: "business angels" in the "(dont/including §…)" part is no round of the sum; the figure stays the round.
 * #5 TOTAL_AFTER: "a Series A of § total funding, led by X" is the round's own sum (round noun before, or "led by" after, in the clause).
 * #6 ROUND_SIZE_ADJECTIVES: "a § whopping investment in a new plant" is no round: after the adjective, "investment" alone is not one.
 * #1 ROUND_NOUN_MODIFIES_NEXT: "the round bolsters …" is a verb, not an agent noun ("the round investors"): a listed set of agent nouns.
 * #7 nonRoundObjectAfter: "also participated in it" / "ont participé à celle-ci": a pronoun object is the round.
 * (No French twin fails before #5, #6 or #1: those rules read English words only.)
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (row: string) =>
  readFunding({ paragraphs: [row] }).deals.map((d) => ({ company: d.company, amount: d.amount?.text, round: d.round, lead: d.leadInvestors, investors: d.investors }));

describe('review B #4: business angels inside the part are not a round of the sum', () => {
  it.each<[string, string, string, string, string]>([
    ["Kiplo a désormais levé 8 millions d'euros en série A (dont 1 million d'euros de business angels), menée par Partech.", 'Kiplo', "8 millions d'euros", 'Series A', 'Partech'],
    ['Acme has now raised $8 million in a Series A (including $1 million from business angels), led by Alpha Ventures.', 'Acme', '$8 million', 'Series A', 'Alpha Ventures'],
  ])('%s', (row, company, amount, round, lead) => {
    expect(deals(row)).toMatchObject([{ company, amount, round, lead: [lead] }]);
  });
});

describe('review B #5: "total funding" after a round noun or before "led by" is the round', () => {
  it.each<[string, string, string, string]>([
    ['Acme secured a Series A of $12 million total funding, led by Alpha Ventures.', 'Acme', '$12 million', 'Series A'],
    ['Acme closed a seed round of $3 million total funding from Alpha Ventures and Beta Capital.', 'Acme', '$3 million', 'Seed'],
  ])('%s', (row, company, amount, round) => {
    expect(deals(row)).toMatchObject([{ company, amount, round }]);
  });
});

describe('review B #6: a size adjective before "investment" alone is no round', () => {
  it.each<string>([
    'Acme announced a $400 million whopping investment in a new plant in Ohio.',
    'Acme unveiled a $250 million mammoth investment in its Texas factory.',
  ])('%s', (row) => expect(deals(row)).toEqual([]));
});

describe('review B #1: a verb in -ers after the round is no agent noun', () => {
  it.each<string>([
    "Acme raised $12 million. Led by Alpha Ventures, the round bolsters Acme's balance sheet.",
    "Acme raised $12 million. Led by Alpha Ventures, the round powers Acme's expansion.",
    'Acme raised $12 million. Led by Alpha Ventures, the Series B offers Acme a runway.',
  ])('%s', (row) => expect(deals(row)).toMatchObject([{ company: 'Acme', lead: ['Alpha Ventures'] }]));
});

describe('review B #7: a pronoun object of "participated" is the round', () => {
  it.each<[string, string]>([
    ['Acme raised $12 million in a round led by Alpha Ventures. Beta Capital and Gamma Partners, two existing backers, also participated in it.', 'Alpha Ventures'],
    ["Kiplo a levé 8 millions d'euros lors d'une levée menée par Partech. Beta Capital et Gamma Partners, deux investisseurs historiques, ont également participé à celle-ci.", 'Partech'],
  ])('%s', (row, lead) => {
    expect(deals(row)).toMatchObject([{ lead: [lead], investors: ['Beta Capital', 'Gamma Partners'] }]);
  });
});
