import { describe, expect, it } from 'vitest';
import { findArtifactsLocated } from '../../utils/artifacts';

/**
 * Round 34, second shift (artifact text readers, invented rows).
 *
 * merged-stories.ts: an OCR front page read across its columns runs a second story's Title Case headline into the
 * first story's text, credited to a wire without a writer's name: the agency's byline ("… Weather Prevails By The
 * Associated Press The …") or the dateline alone, its agency maybe misread by the OCR ("… Of Investigation WASHINGTON
 * If) — The …"). The headline before the credit is where the second story starts.
 */

const merged = (paragraphs: string[]): string[] =>
  findArtifactsLocated({ paragraphs }).filter((f) => f.kind === 'merged-stories').map((f) => f.text);

const MASTHEAD = 'THE VALLEY HERALD Tuesday, March 3, 1953 Five Cents';

describe('merged stories: an OCR page runs a second headline and its wire credit into the text', () => {
  it('reads a Title Case headline followed by the agency byline as the next story', () => {
    const found = merged([
      MASTHEAD,
      'Mayor Hollis told the council on Monday that the bridge repairs would run well into the spring and that the town had set money aside for the work Harbor Board Approves New Ferry Schedule For Winter Months By The Associated Press Ferries on the western route will run twice a day from November, the state board said yesterday after a long hearing.',
    ]);
    expect(found.some((t) => t.includes('Harbor Board Approves New Ferry Schedule') && t.endsWith('By The Associated Press'))).toBe(true);
  });

  it('reads a headline followed by a dateline whose agency the OCR misread', () => {
    const found = merged([
      MASTHEAD,
      'The county clerk said the new ballots would be printed by Friday and mailed to every voter before the end of the month. Grain Growers Vote To Hold 40 Per Cent Of Wheat Off Market DENVER fAP) — Wheat growers in three states voted today to hold back part of their crop until prices rise, their association said.',
    ]);
    expect(found.some((t) => t.startsWith('Grain Growers Vote To Hold 40 Per Cent') && t.includes('DENVER fAP) —'))).toBe(true);
  });
});
