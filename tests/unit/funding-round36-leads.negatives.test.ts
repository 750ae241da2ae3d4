/**
 * Look-alikes of funding-round36-leads.test.ts (LED_THE_ROUND): a lead of a round the sentence names by a time, a qualifier or a
 * round word, or of a figure of its own, is not moved to the news round. Invented rows, English and French.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const leadsOf = (paragraphs: string[], lang: string, amount: string): string[] | undefined =>
  readFunding({ paragraphs }, { lang }).deals.find((d) => d.amount?.text === amount)?.leadInvestors;

describe('round 36 look-alikes: a lead of a round named otherwise stays off the news round', () => {
  it.each<[string[], string, string, string]>([
    // A time after "the round" names the past one.
    [['Norvale, a Leeds battery startup, has raised $14 million in Series A funding, after raising $2 million in seed funding last year.', 'Greyfield Capital, which led the round in 2023, did not return.'], 'en', '$14 million', 'Greyfield Capital'],
    // A qualifier before the round: the previous one.
    [['Tamsin Bio closed a £9 million round on Tuesday.', 'The company had raised £1.5 million from angels in 2021.', 'Orbis Ventures led the previous round, its partner Ana Ruiz said.'], 'en', '£9 million', 'Orbis Ventures'],
    // A round word names the past deal.
    [['Norvale, a Leeds battery startup, has raised $14 million in Series A funding, after raising $2 million in seed funding last year.', 'Greyfield Capital, which led the seed round, is back.'], 'en', '$14 million', 'Greyfield Capital'],
    // French: a year after the raise names the past one.
    [['La start-up nantaise Velorix lève 6 millions d’euros, après avoir levé 800 000 euros en 2022.', 'Kestrel Partners, qui a mené la levée de 2022, n’a pas suivi.'], 'fr', '6 millions d’euros', 'Kestrel Partners'],
  ])('row %#', (paragraphs, lang, amount, notLead) => {
    expect(leadsOf(paragraphs, lang, amount) ?? []).not.toContain(notLead);
  });
});
