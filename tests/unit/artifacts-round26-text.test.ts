import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../utils/artifacts/context';
import { findDuplicatedParagraphs } from '../../utils/artifacts/duplicates';
import { mergedStoryExcerpts } from '../helpers/merged-story-rows';

/**
 * Round 26, artifacts text detectors: other-day ledes still read when another story's headline or place stands
 * before them, and a repeat whose glued label is furniture. Invented rows; look-alikes are in the .negatives file.
 */
const LEDE_EN = 'OSLO, April 9 - Fjordline Shipping agreed on Wednesday to buy a smaller rival for 1.2 billion crowns in cash, the group said in a statement, its largest deal in a decade.';
const BODY_EN = 'The board said the deal would add twelve vessels to its fleet and lift yearly earnings from the second year onwards.';

const OTHER_DAY: Array<{ name: string; paragraphs: string[]; flagged: string }> = [
  {
    name: 'EN: a dated lede with no place, after another story’s headline',
    paragraphs: ['Fjordline to buy rival', LEDE_EN, BODY_EN, 'Grain prices slide on harvest hopes', 'April 8 Wheat futures fell for a third day on Tuesday as traders bet on a large harvest in the northern plains this summer.'],
    // Reported at its headline (CONVENTIONS.md §listings; otherDayLedes since session 25), not at the lede.
    flagged: 'Grain prices slide on harvest hopes',
  },
  {
    name: 'FR : une dépêche datée sans lieu après un autre titre',
    paragraphs: ['Fjordline rachète un rival', 'OSLO, 9 avril - Fjordline Shipping a accepté mercredi de racheter un concurrent plus petit pour 1,2 milliard de couronnes en numéraire, a indiqué le groupe dans un communiqué.', 'Le conseil a précisé que l’opération ajouterait douze navires à sa flotte dès la deuxième année.', 'Les cours du blé reculent', '8 avril Les contrats à terme sur le blé ont reculé mardi pour la troisième séance, les opérateurs anticipant une récolte abondante.'],
    flagged: 'Les cours du blé reculent',
  },
];

describe('round 26: a lede of another day behind another story’s headline', () => {
  for (const row of OTHER_DAY) it(row.name, () => expect(mergedStoryExcerpts(row.paragraphs).some((s) => s.startsWith(row.flagged))).toBe(true));
});

const FIRST = 'The harbour board voted on Tuesday to sell the old customs house to a hotel group for four million pounds.';
const GLUED: Array<{ name: string; paragraphs: string[]; flagged: string }> = [
  { name: 'EN: a card’s domain glued before the copy', paragraphs: [FIRST, 'Members said the sale would pay for new cranes.', `harbournews.org ${FIRST}`], flagged: 'harbournews.org' },
  { name: 'FR : un libellé de flux collé', paragraphs: ['Le conseil du port a voté mardi la vente de l’ancienne douane à un groupe hôtelier pour quatre millions.', 'Les élus ont dit que la vente financerait de nouvelles grues.', 'Flux RSS Le conseil du port a voté mardi la vente de l’ancienne douane à un groupe hôtelier pour quatre millions.'], flagged: 'Flux RSS' },
];

describe('round 26: a repeat whose glued label is furniture', () => {
  for (const row of GLUED) {
    it(row.name, () => {
      const doc = buildDoc(row.paragraphs);
      expect(findDuplicatedParagraphs(doc, () => false).map((f) => doc.text.slice(f.start, f.end)).some((s) => s.startsWith(row.flagged))).toBe(true);
    });
  }
});
