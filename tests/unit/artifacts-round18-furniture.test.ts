import { describe, it } from 'vitest';
import { expectBoilerplateFlag, furnitureRow, type FurnitureRow } from '../helpers/furniture-rows';

/**
 * Round 18 furniture, by shape, invented rows (no fixture or fresh page copied).
 */

/**
 * A desk's name alone above the story or under it, its desk noun from the lexicon's one class (the section nouns a
 * headline's section suffix also reads), with call letters or an acronym before it.
 */
const NEWS_DESKS: FurnitureRow[] = [
  furnitureRow('a health desk label over the story', 'top', 'Health News'),
  furnitureRow('a desk label with two desk nouns', 'top', 'Latest Science News'),
  furnitureRow('call letters and a desk noun as the last line', 'end', 'WBRX Energy News'),
];

describe('round 18: a news desk’s name alone, from the lexicon’s desk nouns', () => {
  for (const row of NEWS_DESKS) it(row.name, () => expectBoilerplateFlag(row));
});
