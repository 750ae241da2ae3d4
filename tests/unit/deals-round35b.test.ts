/**
 * Round 35b (session 22, deals readers, second shift): a fund's own money is not a round.
 * - deals.ts FUND_AFTER: a figure followed by a stage compound and the fund noun is the fund's size ("announces § seed stage
 *   fund": batch 24's 1001, Clay & Milk; "a new early stage fund": Startupticker's 144), spaced or hyphenated.
 * - deals.ts FUND_SUBJECT_AT_VERB: "already" between the fund subject's auxiliary and the verb ("Their debut fund has already
 *   secured a § first-close": batch 24's 993, Tech Funding News; "le fonds a déjà dépassé son objectif": Le Tout Lyon's 956;
 *   French fund subjects with "déjà" were already read).
 * Invented sentences; every row was red before the rules (checked at 60aefa5). The negatives file keeps a company's round a
 * round when a fund backs it, when "stage" names the round's stage, or when the company itself "has already raised".
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.text ?? null]);

describe('round 35b: a fund\'s own money is not a round', () => {
  it.each<[string, string]>([
    ['EN, a spaced stage compound before "fund"', 'Harbourline Capital announces $20 million seed stage fund'],
    ['EN, a hyphenated stage compound before "fund"', 'Ridgeway Angels announces a $4 million seed-stage fund for rural founders'],
    ['EN, "already" between the auxiliary and "secured"', 'Their new fund has already secured a €12 million first close, with more investors expected.'],
    ['EN, "already" between the auxiliary and "raised"', 'The debut fund has already raised €9 million from family offices.'],
  ])('%s', (_name, text) => {
    expect(deals(text)).toEqual([]);
  });
});
