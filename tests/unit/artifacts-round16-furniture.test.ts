import { describe, it } from 'vitest';
import { expectBoilerplateFlag, furnitureRow, type FurnitureRow } from '../helpers/furniture-rows';

/**
 * Round 16 furniture, by shape, EN and FR, invented rows (no fixture or fresh page copied).
 */
const ROWS: FurnitureRow[] = [
  // A print jump line in the forms the edge-chrome copy used to read (now one rule in the lexicon): the page in words, the
  // short "cont'd", a continuation with no preposition, the German and Spanish jump lines.
  furnitureRow('continued from page in words', 'top', '(Continued From Page Three)'),
  furnitureRow('contd on page', 'end', 'Cont’d on page 9'),
  furnitureRow('continued with no preposition', 'end', 'Continued page 14'),
  furnitureRow('fortsetzung auf seite', 'end', 'Fortsetzung auf Seite 7'),
  furnitureRow('continúa en la página', 'end', 'Continúa en la página 12'),
];

describe('round 16 furniture is boilerplate', () => {
  for (const row of ROWS) it(row.name, () => expectBoilerplateFlag(row));
});
