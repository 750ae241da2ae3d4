import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../utils/artifacts/context';
import { mergedStoryExcerpts } from '../helpers/merged-story-rows';
import { findTruncatedSentences } from '../../utils/artifacts/truncated';

/**
 * Round 24, group 5: what the narrowed merged-story readers still find. Invented rows, EN and FR.
 */
const merged = mergedStoryExcerpts;

describe('round 24: a dated lede breaking into one story is still a second story (datedItemOfPage leaves it)', () => {
  it.each([
    ['a headline and a wire dateline after a story that ended its sentences', [
      'Ferry operator adds winter crossings to the islands',
      'The ferry operator said on Monday it would add four winter crossings to the islands from December.',
      'The extra sailings follow complaints from island shops that deliveries had been late all last winter.',
      'Storm cuts power to thousands of homes',
      'WASHINGTON (AP) — A storm cut power to thousands of homes across the region on Monday, officials said on Tuesday.',
      'Crews worked through the night to restore power to hospitals and schools.',
    ], 'WASHINGTON (AP)'],
    ['un titre et une dépêche datée après un article fini', [
      'La compagnie de ferries ajoute des traversées d’hiver',
      'La compagnie de ferries a annoncé lundi quatre traversées supplémentaires vers les îles à partir de décembre.',
      'Ces rotations répondent aux plaintes des commerçants, dont les livraisons avaient pris du retard l’hiver dernier.',
      'Une tempête prive de courant des milliers de foyers',
      'RENNES (AFP) — Une tempête a privé de courant des milliers de foyers lundi dans toute la région, selon les autorités.',
      'Les équipes ont travaillé toute la nuit pour rétablir le courant dans les hôpitaux et les écoles.',
    ], 'RENNES (AFP)'],
  ])('%s', (_name, paragraphs, expected) => {
    expect(merged(paragraphs).join('\n')).toContain(expected);
  });
});

describe('round 24: items of a listing closed the same way are still two stories (storyAfterClosedItem)', () => {
  it.each([
    ['a cut teaser, then a headline and the last teaser stopped by the excerpt', [
      'Ferry operator adds winter crossings',
      'The ferry operator will add four winter crossings to the islands from December, it said on Monday, after a busy …',
      'Island bakery wins national bread prize',
      'A small island bakery has won the national bread prize for its rye loaf, beating more than two hundred',
    ], 'Island bakery wins national bread prize'],
    ['deux articles fermés par leur lien « Lire la suite »', [
      'La compagnie de ferries ajoute des traversées',
      'La compagnie de ferries ajoutera quatre traversées d’hiver vers les îles à partir de décembre. Lire la suite',
      'Une boulangerie de l’île remporte le prix du pain',
      'Une petite boulangerie de l’île a remporté le prix national du pain pour sa miche de seigle. Lire la suite',
      'Le port de pêche rouvre après les travaux',
    ], 'Une boulangerie de l’île remporte le prix du pain'],
  ])('%s', (_name, paragraphs, expected) => {
    expect(merged(paragraphs).join('\n')).toContain(expected);
  });
});

const truncated = (paragraphs: string[]): string[] => {
  const doc = buildDoc(paragraphs);
  return findTruncatedSentences(doc).map((f) => doc.text.slice(f.start, f.end));
};

describe('round 24: a listing teaser stopped with no mark before the next item (cutBeforeNextItem)', () => {
  it.each([
    ['a tag page: the teaser stops mid-clause, then the next headline and its lede', [
      'Grocer closes three stores in the north',
      'A regional grocer said on Monday it would close three stores next month. The closures could leave',
      'Shoppers turn to cheaper brands as prices climb',
      'Shoppers are buying more store brands as food prices keep rising, a survey of grocers found on Tuesday.',
    ], 'The closures could leave'],
    ['une page de rubrique : l’extrait s’arrête en pleine phrase avant le titre suivant', [
      'Un épicier ferme trois magasins dans le nord',
      'Un épicier régional fermera trois magasins le mois prochain. Selon la direction, les salariés pourront',
      'Les clients se tournent vers les marques de distributeur',
      'Les clients achètent davantage de marques de distributeur à mesure que les prix montent, selon une enquête.',
    ], 'Selon la direction, les salariés pourront'],
    ['the listing’s last teaser, stopped the same way as the one above', [
      'Grocer closes three stores in the north',
      'A regional grocer said on Monday it would close three stores next month. The closures could leave',
      'Shoppers turn to cheaper brands as prices climb',
      'Shoppers are buying more store brands as food prices keep rising. The shift is strongest among young',
    ], 'The shift is strongest among young'],
  ])('%s', (_name, paragraphs, expected) => {
    expect(truncated(paragraphs)).toContain(expected);
  });
});
