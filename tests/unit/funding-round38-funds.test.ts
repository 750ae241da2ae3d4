/**
 * Round 38 (session 25, extras): a raiser named as a fund (funding.ts FUND_NAMED_RAISER) is a fund's close, target, own
 * investment or grant commitment, never a company's round. Sentences of fixtures 851 (an Indonesian state fund on an e27
 * copy), 874 (a UK regional fund's milestone) and invented ones.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.text ?? null]);

describe('round 38: a fund named as the raiser', () => {
  it.each<[string, string[]]>([
    ['a state fund slated to raise', ['Merah Putih Fund is backed by state-owned enterprises (SOEs) and slated to raise around US$300 million in H1 2022.']],
    ['a regional fund backing investment', ['The Northern Powerhouse Investment Fund is marking another milestone as it celebrates backing £100m of investment across the Northern Powerhouse region.']],
    ['a fund that secured money', ['Brevik Growth Fund has secured $50 million from pension investors.']],
    ['a French fund opening on "Fonds"', ['Fonds Kestrel a levé 40 millions d’euros auprès de ses souscripteurs.']],
  ])('%s', (_name, paragraphs) => {
    expect(deals(...paragraphs)).toEqual([]);
  });
});

describe('round 38: a fund named as the raiser leaves its figures as other money', () => {
  const kinds = (...paragraphs: string[]) => readFunding({ paragraphs }).money.map((m) => [m.text, m.kind]);
  it.each<[string, string[], [string, string][]]>([
    ['a fund that secured money', ['Brevik Growth Fund has secured $50 million from pension investors.'], [['$50 million', 'other']]],
    // Control: a company's round beside it keeps its kind.
    ['a company round beside a fund', ['Acme Robotics has raised $12 million in a Series A round.', 'Brevik Growth Fund has secured $50 million from pension investors.'], [['$12 million', 'round'], ['$50 million', 'other']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(kinds(...paragraphs)).toEqual(expected);
  });
});
