import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../utils/artifacts/context';
import { findMergedStories } from '../../utils/artifacts/merged-stories';

/**
 * Round 33 look-alikes (invented, EN and FR).
 *
 * merged-stories.ts: a line in capitals, a dash and a name reads like a dateline ("LDC – Luché …"), but a ranking of
 * deals prints each item as "buyer – target (amount)": a short line, no lede after the dash, not a second story.
 */

const FR_INTRO = [
  'Le secteur agroalimentaire a connu une année record en 2019, avec plus de cent opérations de rachat recensées par le cabinet.',
  'Les groupes coopératifs ont été les plus actifs, devant les fonds d’investissement, selon le bilan publié mardi par le cabinet.',
  'Voici les principales opérations de l’année, classées par montant :',
];
const EN_INTRO = [
  'The food industry had a record year in 2019, with more than a hundred takeovers counted by the consultancy in its annual review.',
  'Cooperative groups were the most active buyers, ahead of private equity funds, the consultancy said in the review published on Tuesday.',
  'These were the largest deals of the year, by value:',
];

const RANKINGS: Array<[string, string[]]> = [
  ['FR : acheteur – cible (montant)', [...FR_INTRO, 'Fromageries Dupré – Biscuits du Lac (68 millions)', 'SCA – Moulin de Vire (50 millions)', 'CVL – Volailles Brière (39 millions)', 'Terres Unies – Conserves Aubry (30 millions)']],
  ['EN: buyer – target (amount)', [...EN_INTRO, 'Harbour Foods – Lakeside Bakeries (68 million)', 'NFC – Valley Mills (50 million)', 'GCB – Northern Poultry Farms (39 million)', 'Dale Growers – Marsh Canning (30 million)']],
];

describe('round 33: a ranking of deals is no dateline', () => {
  for (const [name, paragraphs] of RANKINGS) {
    it(name, () => {
      expect(findMergedStories(buildDoc(paragraphs)).length).toBe(0);
    });
  }
});
