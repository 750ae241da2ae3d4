/**
 * Review of session 22, acquisition price (the money engineer's finding, funding.ts ACQUISITION_PRICE_SUBJECT /
 * settleAcquisitionPrice): a sentence that opens on an anaphoric transaction noun ("The deal is thought to be worth §", "The
 * deal was worth about §", "L'opération s'élève à §") right after a sentence telling an acquisition, with no round word in
 * either, gives the acquisition's price, not a round. The deal reader's ROUND_SUBJECT reads "The deal … §" alone and made it a
 * round. Shape on two outlets: Gulf News 971 (an acquisition told, then "The deal is estimated to have been in the range of …")
 * and the pages read for this fix (fintechmedias.cd on Luko's takeover: "La transaction se chiffre à 4,3 millions d'euros"
 * after the takeover sentence; finanster.com's weekly VC deals: "Celgene acquired … The deal entails a $1.1 billion initial
 * payment …"). Invented rows (another frame and verb than 971's): each red before the rule (checked at dbb53e2).
 * Look-alikes: review35-funding-acqprice.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const amounts = (paragraphs: string[], lang: string) => readFunding({ paragraphs }, { lang }).deals.map((d) => d.amount?.text ?? null);

describe('review 35: the deal told right after an acquisition is its price, not a round', () => {
  it.each<[string[], string]>([
    // EN: the takeover in its own paragraph, "The deal" opening the next one.
    [['Acme Group completed its takeover of the Leeds payroll app Tilvo in March.', 'The deal is thought to be worth £12 million.'], 'en'],
    // EN: the price told with its source after it.
    [['Norvio has acquired Kiplo, a Lisbon maker of parking sensors. The deal was worth about $80 million, two people said.'], 'en'],
    // FR: "L'opération s'élève à" after "a racheté".
    [['Le groupe Norvio a racheté la start-up Kiplo. L’opération s’élève à 30 millions d’euros selon nos informations.'], 'fr'],
    // FR: "L'opération est estimée à" after "a racheté".
    [['Norvio a racheté Kiplo, un éditeur nantais de logiciels de paie. L’opération est estimée à 30 millions d’euros.'], 'fr'],
  ])('row %#', (paragraphs, lang) => {
    expect(amounts(paragraphs, lang)).toEqual([]);
  });
});
