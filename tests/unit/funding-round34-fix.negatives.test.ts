/**
 * Funding, round 34, look-alikes of funding-round34-fix.test.ts (invented sentences): "recueillir" also gathers a fund's
 * money (a fund raises, no company: vetoed as before), donations, signatures and testimonies; and its compound past is not
 * read (a fund's close told in the sentence after the fund is named, 287's shape).
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (paragraphs: string[]) => readFunding({ paragraphs }, { lang: 'fr' }).deals.map((d) => d.company);

describe('round 34: "recueillir" with no company\'s round', () => {
  it.each<[string]>([
    ['Le fonds Brasmore Ventures II recueille 150 millions de dollars auprès de caisses de retraite et d’assureurs.'],
    ['La pétition lancée par les riverains recueille 12 000 signatures en deux jours.'],
    ['Le musée de la Marine recueille 40 000 euros de dons pour restaurer sa toiture.'],
    ['Ondrevia a recueilli les témoignages de 300 clients avant de lancer sa nouvelle gamme.'],
  ])('row %#', (text) => expect(deals([text])).toEqual([]));

  it('the compound past after a fund named in the sentence before', () => {
    expect(deals(['Le fonds québécois Brasmore boucle sa troisième levée avec des engagements de 55 millions $.',
      'Au total, Brasmore a recueilli 12 millions $ de plus auprès de caisses de retraite et d’une banque.'])).toEqual([]);
  });
});
