import { describe, expect, it } from 'vitest';
import { findArtifactsLocated } from '../../utils/artifacts';

/**
 * Round 38 (merged stories, issue 4). CONVENTIONS.md §listings: each later story of a listing is one merged-stories
 * artifact, quoted by its headline.
 *
 * - stampGluedItems: a list page flattened one item a line, each headline glued to its date-and-time stamp (699).
 * - otherDayLedes: another day's wire lede is reported at its headline when one stands right above it (461, 462).
 */

const merged = (paragraphs: string[]): string[] =>
  findArtifactsLocated({ paragraphs }).filter((f) => f.kind === 'merged-stories').map((f) => f.text);

describe('merged stories: list items with their stamp glued to the headline', () => {
  it('reports each later item by its headline (the lines of 699)', () => {
    const found = merged([
      'Japan-backed entity to explore for gold, copper with Australia firm2019/11/27 15:38SYDNEY, NNA - Government-backed Japan Oil, Gas and Metals National Corp. will invest as much as AU$6 million.',
      'Kirin to sell Australian dairy unit to China’s Mengniu for AU$600 mil.2019/11/26 12:15SYDNEY, NNA – Major Japanese brewery Kirin Holdings Co. will sell its Australian dairy and drink arm.',
      '“Catastrophic” fire threat prompts state of emergency in Australia2019/11/12 9:17',
      'Sumitomo joins Australia-toJapan liquefied hydrogen transport project2019/10/30 17:15SYDNEY, NNA - Japanese trading house Sumitomo Corp. is joining a pilot project.',
    ]);
    expect(found).toEqual([
      'Kirin to sell Australian dairy unit to China’s Mengniu for AU$600 mil.',
      '“Catastrophic” fire threat prompts state of emergency in Australia',
      'Sumitomo joins Australia-toJapan liquefied hydrogen transport project',
    ]);
  });
});

describe('merged stories: another day’s wire lede under its headline', () => {
  it('reports the headline above the lede, not the lede (the lines of 462)', () => {
    const found = merged([
      'Sri Lankan shares hit 3-wk high as blue chips gain',
      'COLOMBO, June 15 Sri Lankan shares rose on Thursday to hit a near three-week closing high as heavyweights John Keells Holdings Plc and Commercial Bank of Ceylon gained.',
      'March 20 Basler Ag',
      '* Says FY 2016 sales increased by 39 percent to 140.6 million euros, above the targeted range of 120 to 130 million euros',
      '* Says FY 2016 pre-tax result increased to 20.6 million euros',
      '* Started new fiscal year with a high order backlog as well as good incoming orders, the company said in a statement on its website.',
      '* With a continued good order situation, processing of order backlog is expected to last into Q3, despite significant capacity expansions.',
    ]);
    expect(found.some((t) => t.startsWith('Sri Lankan shares hit 3-wk high'))).toBe(true);
    expect(found.some((t) => t.startsWith('COLOMBO, June 15'))).toBe(false);
  });
});
