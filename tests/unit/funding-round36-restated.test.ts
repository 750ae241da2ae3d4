/**
 * Review of session 22, product R3 (funding.ts roundRestatedBy, deals.ts NOT_ROUND_NEAR): the round told a second time by its own
 * company ("Acme has now raised §" in a later paragraph, a newsletter's title line) was listed as "other money" though the gold
 * holds it as the round's own amount. A figure equal to exactly one deal's amount and currency, after a raising verb whose subject
 * is that deal's company or a singular description of it ("the startup", "la jeune pousse"), becomes that deal's evidence and a
 * round figure. Shape on many outlets (Business Insider 17, L'Usine Digitale 03, and 122, 303, 344, 592, 621, 752, 864, 902, 925,
 * 957, 600; titles 503, 517, 606, 968). Also "to help fund" after a figure is the round's purpose, like "to fund" (17's shape).
 * Invented rows, each red before the rule. Look-alikes: funding-round36-restated.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const other = (paragraphs: string[], lang: string) => readFunding({ paragraphs }, { lang }).money.filter((m) => m.kind === 'other').map((m) => m.text);
const amounts = (paragraphs: string[], lang: string) => readFunding({ paragraphs }, { lang }).deals.map((d) => d.amount?.text ?? null);

describe('review 35: the round told again by its own company is no other money', () => {
  it.each<[string[], string]>([
    // EN: the name with an apposition before the verb, "got".
    [['Kiplo, which makes parking sensors, has closed a €9 million seed round backed by Partech and Seedcamp.', 'And Kiplo, a Lisbon maker of parking sensors, got €9 million to open a plant in Porto.'], 'en'],
    // EN: a digest's title line telling the round again, "nabs".
    [['Tilvo, a Leeds maker of payroll software, raised $14 million in a Series A round led by Northzone.', 'In our weekly digest: Tilvo nabs $14 million, Payzo buys Kora, and a new Leeds fund.'], 'en'],
    // EN: a description then the name as the subject, "scores".
    [['Tilvo, a Leeds maker of payroll software, raised $14 million in a Series A round led by Northzone.', 'Leeds startup Tilvo scores $14 million for payroll tools, our weekly roundup says.'], 'en'],
    // FR: the name with an apposition, "a annoncé avoir levé avec succès".
    [['Kiplo lève 6 millions d’euros en série A auprès d’Elaia et de Bpifrance.', 'Le 3 mars, Kiplo, une jeune pousse nantaise de logiciels de paie, a annoncé avoir levé avec succès 6 millions d’euros.'], 'fr'],
    // FR: a demonstrative before the figure, "décroche ces".
    [['Kiplo lève 6 millions d’euros en série A auprès d’Elaia et de Bpifrance.', 'Kiplo décroche ces 6 millions d’euros après deux ans de discussions.'], 'fr'],
    // FR: an apposition without a comma after it, "capte".
    [['Kiplo lève 6 millions d’euros en série A auprès d’Elaia et de Bpifrance.', 'Kiplo, un éditeur nantais, capte 6 millions d’euros pour recruter.'], 'fr'],
  ])('row %#', (paragraphs, lang) => {
    expect(other(paragraphs, lang)).toEqual([]);
  });

  it('EN: "to help fund" after the figure is the round\'s purpose', () => {
    expect(amounts(['Norvio, a Dublin maker of grid batteries, has raised $40 million to help fund its move into Spain.'], 'en')).toEqual(['$40 million']);
  });
});
