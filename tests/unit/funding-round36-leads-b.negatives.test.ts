/**
 * Look-alikes of funding-round36-leads-b.test.ts (LED_OWN_ROUND_AFTER): the news round's own word, a round of another
 * company, a figure of its own or no possessive keep the lead where it was read.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const dealsOf = (paragraphs: string[]) => readFunding({ paragraphs }, { lang: 'en' }).deals;

describe('round 36b look-alikes: no past deal made for the news round or another company’s', () => {
  it.each<[string[], string]>([
    // The news round's own word: the lead of the news.
    [['Tolvane Robotics has raised $40 million in a Series B round.', 'Kestrel Partners led its Series B round.'], 'Kestrel Partners'],
    // "the" round of a stage word with no possessive, a generic remark.
    [['Pellam Health closed a £12 million Series A on Monday.', 'Greyfield Capital often leads the seed round of such startups.'], 'Greyfield Capital'],
  ])('row %#', (paragraphs, lead) => {
    const deals = dealsOf(paragraphs);
    expect(deals.filter((d) => d.status === 'past' && d.leadInvestors.includes(lead))).toEqual([]);
  });
});
