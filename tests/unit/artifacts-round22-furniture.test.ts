import { describe, it } from 'vitest';
import { expectBoilerplateFlag, furnitureRow, type FurnitureRow } from '../helpers/furniture-rows';

/**
 * Round 22 furniture, by structure, invented rows (no fixture or fresh page copied).
 *
 * A page's tool bar read as text: the text-size control in a run with the share, print and comment buttons, or a run cut
 * after its first label with its separator left dangling. The text-size control recurs on three outlets of the blind
 * batches, each in its own words (glued font labels, a question with a bar, a one-word "adjust" button).
 */
const TOOL_BARS: FurnitureRow[] = [
  furnitureRow('text size, then share and print', 'top', 'Adjust Share Print'),
  furnitureRow('font size before the comment button', 'middle', 'Font size Comments Email'),
  furnitureRow('a question to resize the text, cut after its bar', 'top', 'Text too small? |'),
  furnitureRow('a text-size button cut after its bar', 'middle', 'Adjust |'),
  furnitureRow('a plus and a minus before print', 'top', 'A+ A- Print'),
];

describe('round 22: a tool bar with its text-size control', () => {
  for (const row of TOOL_BARS) it(row.name, () => expectBoilerplateFlag(row));
});
