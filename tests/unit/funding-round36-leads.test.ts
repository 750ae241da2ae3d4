/**
 * Leads, round 36 (group 4): a lead told of "the round" as its verb's object, in a sentence with no figure, is the news round's
 * even when a past round of the same company was read last (funding.ts LED_THE_ROUND, beside NEWS_ROUND_SUBJECT's subject
 * shape). Shape: 812 HortiDaily ("… had raised $10.8 million in a seed funding round, after raising $1.2 million in pre-seed
 * funding earlier this year. … Molten Ventures, which led the funding round, added, …"); "X led the round" for the news on pages
 * that tell a past round too: 541 FierceBiotech, 456 Axios, 468 Private Equity Wire. Invented rows, English and French; each red
 * at 0e4d087 (checked). Look-alikes: funding-round36-leads.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

/** The leads of the deal with the given amount text. */
const leadsOf = (paragraphs: string[], lang: string, amount: string): string[] | undefined =>
  readFunding({ paragraphs }, { lang }).deals.find((d) => d.amount?.text === amount)?.leadInvestors;

describe('round 36: the lead of "the round" is the news round’s, not the past round read last', () => {
  it.each<[string[], string, string, string[]]>([
    // A relative clause on the investor, the past round told after the news in the same sentence.
    [['Norvale, a Leeds battery startup, has raised $14 million in Series A funding, after raising $2 million in seed funding last year.', 'Greyfield Capital, which led the funding round, will join the board.'], 'en', '$14 million', ['Greyfield Capital']],
    // The investor as the subject of "led the financing", a past round told in a sentence of its own between.
    [['Tamsin Bio closed a £9 million round on Tuesday.', 'The company had raised £1.5 million from angels in 2021.', 'Orbis Ventures led the financing, its partner Ana Ruiz said.'], 'en', '£9 million', ['Orbis Ventures']],
    // French: "qui a mené le tour de table" after a past raise told in the same sentence.
    [['La start-up nantaise Velorix lève 6 millions d’euros, après avoir levé 800 000 euros en 2022.', 'Kestrel Partners, qui a mené le tour de table, entre au conseil d’administration.'], 'fr', '6 millions d’euros', ['Kestrel Partners']],
    // French: "a piloté l’opération", the past raise in a sentence of its own.
    [['Pellam annonce une levée de 12 millions d’euros.', 'La société avait déjà levé 2 millions d’euros en 2021 auprès de business angels.', 'Orbis Capital, qui a piloté l’opération, rejoint le conseil de surveillance.'], 'fr', '12 millions d’euros', ['Orbis Capital']],
    // French: "qui a mené la levée", the past raise told with a year after the news.
    [['Tolvane boucle une levée de 4 millions d’euros, trois ans après une première levée de 500 000 euros en 2021.', 'Greyfield Capital, qui a mené la levée, prend un siège au conseil.'], 'fr', '4 millions d’euros', ['Greyfield Capital']],
  ])('row %#', (paragraphs, lang, amount, want) => {
    expect([...(leadsOf(paragraphs, lang, amount) ?? [])].sort()).toEqual(want);
  });
});
