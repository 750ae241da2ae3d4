import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from '../../utils/artifacts/boilerplate';
import { furnitureTexts as furniture } from '../helpers/ferry-prose';

/**
 * Round 24's furniture readers, on invented lines. A loader's placeholder, alone or after the store's prefix.
 */
const PROSE_ABOVE = 'The harbour fund closed its second round on Monday, its managers said in a statement to investors.';
const PROSE_BELOW = 'The fund said it would invest the money in three ports on the northern coast over the next two years.';

const LOADER_LINES: Array<[string, string, string]> = [
  ['a loader after a prefix', ' ref 2024-03-04 Loading stories...', 'Loading stories...'],
  ['an infinite scroll’s next item', 'Next article loading loading..', 'Next article loading loading..'],
  ['a loader with more content', 'Loading more results…', 'Loading more results…'],
  ['FR : un chargement d’articles', 'Chargement des actualités…', 'Chargement des actualités…'],
  ['FR : l’article suivant', 'Article suivant en cours de chargement...', 'Article suivant en cours de chargement...'],
];

describe('round 24: a loader’s placeholder', () => {
  for (const [name, line, want] of LOADER_LINES) {
    it(name, () => {
      expect(furniture([PROSE_ABOVE, line, PROSE_BELOW])).toEqual([want]);
    });
  }
});

/** The script notice in its other wordings, alone on its line. */
const SCRIPT_NOTICES: Array<[string, string]> = [
  ['ensure the script is enabled', 'Please ensure JavaScript is enabled to read the full page'],
  ['make sure the script is on', 'Please make sure that JavaScript is turned on in your browser'],
  ['FR : activer le script', 'Veuillez activer JavaScript pour afficher cette page'],
];

describe('round 24: a notice that the page needs its script', () => {
  for (const [name, line] of SCRIPT_NOTICES) it(name, () => expect(isFurnitureLine(line)).toBe(true));
});
