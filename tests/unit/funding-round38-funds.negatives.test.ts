/**
 * Round 38 (session 25, extras), near-misses of FUND_NAMED_RAISER (funding.ts): "Fund" glued inside a company's name, a fund
 * word elsewhere in the name, and a company backed by a fund keep their rounds.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.text ?? null]);

describe('round 38: a company near a fund word keeps its round', () => {
  it.each<[string, string, string, string]>([
    ['"Fund" glued in the name', 'PeopleFund, an AI-based credit rating fintech company, has raised KRW 24.7 billion in investment.', 'PeopleFund', 'KRW 24.7 billion'],
    ['"Fund" opening a name', 'Fundbox has raised $50 million in a Series C round led by General Catalyst.', 'Fundbox', '$50 million'],
    ['a company backed by a fund', 'Kestrel Labs raised $12 million from the Northern Powerhouse Investment Fund.', 'Kestrel Labs', '$12 million'],
  ])('%s', (_name, text, company, amount) => {
    expect(deals(text)).toContainEqual([company, amount]);
  });
});
