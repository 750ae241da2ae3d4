/**
 * Round 35b negatives (session 22, deals readers): a company's round stays a round when a fund backs it, when "stage" names the
 * round's stage, or when the company itself "has already raised" (deals.ts FUND_AFTER, FUND_SUBJECT_AT_VERB). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.text ?? null]);

describe('round 35b negatives: a company raising from a fund stays a round', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['EN, raised from a named stage fund', 'Velmora raised $5 million from the Harbourline Seed Stage Fund.', [['Velmora', '$5 million']]],
    ['EN, a seed stage round, not a fund', 'Brevik raised a $7 million seed stage round led by Northgate.', [['Brevik', '$7 million']]],
    ['EN, the company has already raised', 'Tondaro has already raised $12 million in seed funding.', [['Tondaro', '$12 million']]],
    ['EN, a fund in an apposition, the company the subject', 'Kelbio, backed by the fund, has already secured €8 million in a Series A.', [['Kelbio', '€8 million']]],
    ['FR, the company a déjà levé from a fund', 'Quonda a déjà levé 3 millions d’euros auprès du fonds Seed Capital.', [['Quonda', '3 millions d’euros']]],
  ])('%s', (_name, text, expected) => {
    expect(deals(text)).toEqual(expected);
  });
});
