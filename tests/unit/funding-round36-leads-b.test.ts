/**
 * Leads, round 36b (group 4): the subject of an active lead verb whose object is the company's own round named by a round word
 * other than the news round's ("Kestrel Partners led the startup’s Series A round", "X co-led its seed round"), in a sentence
 * with no figure, leads that earlier round, a past deal of its own (funding.ts LED_OWN_ROUND_AFTER / earlierRoundAfter, the
 * active twin of earlierRoundBefore's "…the start-up’s Series A funding round, which was led by"). Shape: Metro/Reuters 811
 * ("SoftBank led the startup’s Series A round"). English only (the French "avait mené sa série A" is not read as a lead cue).
 * Invented rows; each red at 87031fc (checked). Look-alikes: funding-round36-leads-b.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const dealsOf = (paragraphs: string[]) => readFunding({ paragraphs }, { lang: 'en' }).deals;

describe('round 36b: the lead of the company’s own earlier round named after the verb leads that round', () => {
  it.each<[string[], string, string]>([
    // "the startup’s Series A round" after a Series B announced with its participants.
    [['Tolvane Robotics has raised $40 million in a Series B round with investors that include Orbis Capital.', 'Kestrel Partners led the startup’s Series A round and has since sold its stake.'], 'Series A', 'Kestrel Partners'],
    // "its seed round" after a Series A, "co-led" with a co-lead after "with".
    [['Pellam Health closed a £12 million Series A on Monday.', 'Greyfield Capital co-led its seed round with a group of angels.'], 'Seed', 'Greyfield Capital'],
    // "the firm’s initial seed round", an order word before the round.
    [['Norvale has raised €25 million in a Series C round.', 'Orbis Ventures led the firm’s initial seed round, its partner said.'], 'Seed', 'Orbis Ventures'],
  ])('row %#', (paragraphs, round, lead) => {
    const deals = dealsOf(paragraphs);
    expect(deals.find((d) => d.round === round && d.status === 'past')?.leadInvestors).toContain(lead);
    expect(deals.find((d) => d.status === 'announced')?.leadInvestors ?? []).not.toContain(lead);
  });
});
