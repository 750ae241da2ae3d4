/**
 * Round 39 (session 26), OTHER_RAISER_UNREAD (funding.ts): a lead told in a sentence whose figure is another company's raise that
 * the figure reader did not take for a round (a hedged raise, an ordinal or "Angel+" round), the raiser named as the funding verb's
 * subject, leads no deal read before it. Real sentences: 655 VietnamPlus and 981 VietnamNet (Tiki / Momo), 285 36Kr (Anhui Yixi /
 * Tashizhihang), 1000 OneMedPlace (CVRx / Asmacure). Look-alikes below: the same deal's company as the subject, no raiser named, a
 * figure that is the round.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const leadsOf = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.leadInvestors]);

describe('round 39: the lead of another company’s unread raise leads no deal read before', () => {
  it.each<[string, string[], Array<[string | null, string[]]>]>([
    ['a hedged raise of another company (VietnamNet, VietnamPlus)', [
      'The e-wallet Momo raised 100 million USD from Warburg Pincus in 2018.',
      'Tiki was reportedly set to raise 75 million USD in March from investors led by Singaporean private equity company Northstar Group.',
    ], [['Momo', []]]],
    ['an "Angel+" round of another company (36Kr)', [
      'Tashizhihang has completed a financing of $122 million.',
      'On July 1st, Anhui Yixi Decoration Design Co., Ltd. received 10 million yuan in its Angel+ round financing, led by Zhongjing Investment.',
    ], [['Tashizhihang', []]]],
    ['an ordinal round of another company (OneMedPlace)', [
      'Quebec City-based Asmacure raised $9 million in a Series A round.',
      'In the U.S., Maple Grove, MN-based CVRx closed $65 million in fourth-round financing, with Johnson & Johnson Development Corporation serving as the lead investor.',
    ], [['Asmacure', []]]],
  ])('%s', (_name, paragraphs, want) => {
    expect(leadsOf(...paragraphs)).toEqual(want);
  });
});

describe('round 39: look-alikes, the lead still goes to the deal read', () => {
  it.each<[string, string[], Array<[string | null, string[]]>]>([
    ['the figure restates the round, no raiser named (Retail Banker International)', [
      'Ark Kapital has raised €16.5 million in a seed round.',
      'The €15m equity portion of the seed funding raise was led by LocalGlobe, with participation from Creandum.',
    ], [['Ark Kapital', ['LocalGlobe']]]],
    ['a figure of the lead’s own past, no raiser named (FinTech Futures)', [
      'Bank of London has raised $42 million.',
      'Mangrove Capital Partners led the round after previously co-leading a $40 million extension to the bank’s Series C in February last year.',
    ], [['Bank of London', ['Mangrove Capital Partners']]]],
    ['the deal’s own company is the subject', [
      'Lenskart raised $28 million in a round also led by Alpha Wave Global.',
    ], [['Lenskart', ['Alpha Wave Global']]]],
  ])('%s', (_name, paragraphs, want) => {
    expect(leadsOf(...paragraphs)).toEqual(want);
  });
});
