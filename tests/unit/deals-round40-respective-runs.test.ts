/**
 * Round 40 (funding recall): two shapes of a respective run that lost rounds.
 *   - The run's head written bare, its unit shared with the last figure, the raising participle after the run: "A (…) et B (…)
 *     complètent le podium, avec respectivement 12 et 10 millions d'euros levés" (443 and 704, mind Health's quarterly
 *     barometers). Only the last figure read as a round; the figures of one respective run are of one kind (funding.ts
 *     RESPECTIVE_RUN_GAP, read back to the run's head).
 *   - A sum shared out among two names, the first with a closed appositive before the conjunction: "Twiga Foods, a B2B
 *     marketplace platform, and Komaza, a tech-driven forestry business, raised § - respectively § and §" (574, Ecofin Agency):
 *     the items are the rounds (deals.ts SEVERAL_NAMES_SUBJECT with CLOSED_APPOSITIVE).
 * Negatives: investors' shares, places' totals, valuations, one company's split, told "respectively" on real pages.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const dealsOf = (paragraphs: string[]) =>
  readFunding({ paragraphs }).deals.filter((d) => d.amount !== null).map((d) => [d.company, d.amount!.value, d.amount!.currency]);

describe('round 40: every figure of a respective run is a round of its own subject', () => {
  it.each<[string, string[], Array<[string, number, string]>]>([
    ['443: the run head bare, the participle after',
      ['Santé Académie (formation en ligne pour les professionnels de santé) et OSO-AI (qui a conçu un boîtier piloté par l’IA capable d’analyser un large éventail de sons – chutes, chocs, respiration, etc.) complètent le podium, avec respectivement 12 et 10 millions d’euros levés.'],
      [['Santé Académie', 12_000_000, 'EUR'], ['OSO-AI', 10_000_000, 'EUR']]],
    ['704: the same shape, another quarter',
      ['Iktos (l’intelligence artificielle appliquée à la découverte de médicaments) et Kiro (l’IA appliquée à l’analyse des résultats d’examens de biologie médicale) complètent le podium, avec respectivement 16 et 14 millions d’euros levés.'],
      [['Iktos', 16_000_000, 'EUR'], ['Kiro', 14_000_000, 'EUR']]],
    ['574: a shared-out sum, the first name with an appositive',
      ['Kenyan startups raised a record Sh19.1 billion that year.', 'In 2020, Twiga Foods, a B2B marketplace platform, and Komaza, a tech-driven forestry business, raised Sh6.3 billion - respectively Sh3.2 billion and Sh3.1 billion.'],
      [['Twiga Foods', 3_200_000_000, 'KES'], ['Komaza', 3_100_000_000, 'KES']]],
  ])('%s', (_label, paragraphs, expected) => {
    expect(dealsOf(paragraphs).sort()).toEqual(expected.sort());
  });
});

describe('round 40: a respective run of no raise stays no round', () => {
  it.each<[string, string]>([
    ['956: investors’ commitments', 'Allianz France et L’Auxiliaire sont donc les deux nouveaux investisseurs privés qui viennent de s’engager respectivement à hauteur de 10 millions et 5 millions d\'euros.'],
    ['196: places’ totals', 'Mais ce montant demeure encore inférieur à ceux générés en Ontario et en Colombie-Britannique, respectivement 1,2 milliard et 700 millions d’investissements.'],
    ['535: valuations', 'Microsoft and Apple, valued at USD3.06 trillion and USD2.85 trillion, respectively, are Wall Street’s two most valuable companies.'],
    ['228: countries’ sums', 'Puis on trouve le Koweït, le Maroc et Oman avec des levées respectives de 7,3 et 1,8 millions de dollars.'],
    ['163: sectors’ sums', 'By segment, smart health care companies received 617.2 billion won, while sharing-economy businesses and financial technology firms attracted 276.1 billion won and 120.7 billion won, respectively.'],
  ])('%s', (_label, sentence) => {
    expect(dealsOf([sentence])).toEqual([]);
  });

  it('one company’s split keeps its sum as the round (appositive before the verb, no second name)', () => {
    expect(dealsOf(['Acme, a Paris startup, raised $6 million - respectively $4 million in equity and $2 million in debt.'])).toEqual([['Acme', 6_000_000, 'USD']]);
  });
});
