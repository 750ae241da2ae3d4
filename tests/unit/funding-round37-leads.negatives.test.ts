/**
 * Look-alikes of funding-round37-leads.test.ts (PARAGRAPH_DEAL_OVER_NAMED_ROUND): the stage named stays with the deal of that stage
 * when it is the same company's (an earlier round told after the news), when that deal was told in the same paragraph, or when the
 * paragraph's own deal already has a stage of its own. Invented rows.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const leadsOf = (paragraphs: string[], lang: string, amount: string): string[] =>
  [...(readFunding({ paragraphs }, { lang }).deals.find((d) => d.amount?.text === amount)?.leadInvestors ?? [])].sort();

describe('round 37 look-alikes: the named stage keeps its own deal', () => {
  it.each<[string[], string, string, string[]]>([
    // One paragraph tells both deals: the named stage is the other company's, told right there.
    [['Norvale unveiled a $40 million Series A round. Tamsin Bio raised $12 million. Orbis Ventures led the Series A round.'], 'en', '$40 million', ['Orbis Ventures']],
    // The paragraph's own deal has its stage already: the named stage is the other deal's.
    [['Norvale unveiled a $40 million Series A round.', 'Tamsin Bio raised a $12 million seed round. Orbis Ventures led the Series A round.'], 'en', '$40 million', ['Orbis Ventures']],
  ])('row %#', (paragraphs, lang, amount, leads) => {
    expect(leadsOf(paragraphs, lang, amount)).toEqual(leads);
  });
});
