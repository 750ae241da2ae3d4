/**
 * Money, round 33 fix (review of session 20, finding 4; invented sentences): the startup scene named by a place's possessive
 * ("Canada's growing tech sector") is no local voice on a single-deal page, which a US or wire outlet writes about a Canadian or
 * Australian startup in the same words (guessBareDollar, possessiveSceneHolds): it needs the scene named twice or three bare
 * figures or more, and an apposition to one company ("Kiplo, one of Canada's hottest startups") is never the scene.
 * The first four rows are the review's probes (each gave the local dollar before the fix). Positive rows: money-round33.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { guessBareDollar } from '../../utils/money';

describe('round 33 fix: a single-deal story with the scene named once keeps a bare "$" US', () => {
  const rows: Array<[string, string]> = [
    ['apposition to one company', "Toronto-based Kiplo, one of Canada's hottest startups, raised $20 million from Sequoia Capital, the company said."],
    ['the deal as a sign of the sector', "Kiplo, a Toronto software maker, raised $20 million. The deal is a sign of Canada's growing tech sector, analysts said."],
    ['an Australian startup, the ecosystem told after', "Sydney-based Tilvo raised $15 million led by Accel. Australia's startup ecosystem has drawn US investors this year."],
    ['a city named twice, its sector once', "Kiplo, based in Ottawa, raised $8 million. Ottawa's tech sector is small but growing."],
    ['two figures of one deal', "Norvio, a Calgary data firm, raised $30 million, bringing its total to $45 million. Calgary's tech sector has been quiet."],
    // Three figures: the apposition is still no scene ("one of the", "among").
    ['apposition with three figures', "Toronto-based Kiplo, one of Canada's hottest startups, raised $20 million, after $8 million in 2023 and $3 million in 2022."],
    ['"among" with three figures', "Sydney-based Tilvo, among Melbourne's best-funded startups, raised $12 million, after $5 million in 2023 and $2 million in 2022."],
  ];
  it.each(rows)('%s', (_name, text) => expect(guessBareDollar(text)).toBeNull());
});
