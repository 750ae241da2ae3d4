/**
 * Leads, round 37 (session 24, issue 3): PARAGRAPH_DEAL_OVER_NAMED_ROUND (funding.ts preferParagraphDeal). In a roundup a
 * figureless sentence naming a stage ("F-Prime Capital and OrbiMed co-led the Series A round", "Their series D round was co-led by
 * X") belongs to the deal its own paragraph told (whose figure's sentence left the stage unsaid), not to another company's deal of
 * the same stage told in another paragraph. Shape: 639 MedCity News (Charm Therapeutics under Tessa's Series A), 1039 StartupAarhus
 * (Pento under Lunar's Series D). Invented rows, English and French. Look-alikes: funding-round37-leads.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const dealOf = (paragraphs: string[], lang: string, amount: string) =>
  readFunding({ paragraphs }, { lang }).deals.find((d) => d.amount?.text === amount);

describe('round 37: a stage named in a roundup paragraph is that paragraph’s deal’s', () => {
  it.each<[string[], string, string, string[], string]>([
    [['Norvale, a Leeds battery startup, unveiled a $40 million Series A round led by Greyfield Capital.', 'Tamsin Bio launched with $12 million to back its enzyme platform. Orbis Ventures and Halden Partners co-led the Series A round of financing.'], 'en', '$12 million', ['Halden Partners', 'Orbis Ventures'], 'Series A'],
    [['Kestrel Robotics raised $30 million in a Series D led by Orion Capital.', 'Pellam raised $15 million in December. Their Series D round was co-led by Greyfield Capital and Tolvane Ventures.'], 'en', '$15 million', ['Greyfield Capital', 'Tolvane Ventures'], 'Series D'],
    [['Kiplo boucle une série B de 20 millions d’euros menée par Orbis Capital.', 'La start-up Velorix lève 8 millions d’euros. Sa série B a été menée par Halden Partners.'], 'fr', '8 millions d’euros', ['Halden Partners'], 'Series B'],
  ])('row %#', (paragraphs, lang, amount, leads, round) => {
    const d = dealOf(paragraphs, lang, amount);
    expect([...(d?.leadInvestors ?? [])].sort()).toEqual(leads);
    expect(d?.round).toBe(round);
  });
});
