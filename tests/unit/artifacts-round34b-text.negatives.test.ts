import { describe, expect, it } from 'vitest';
import { findArtifactsLocated } from '../../utils/artifacts';

/**
 * Round 34, second shift (artifact text readers): look-alikes of a second story's headline and wire credit run into
 * the text, which are one story (invented rows).
 */

const merged = (paragraphs: string[]): string[] =>
  findArtifactsLocated({ paragraphs }).filter((f) => f.kind === 'merged-stories').map((f) => f.text);

describe('merged stories: a wire credit that is not a second story’s', () => {
  it('leaves a dateline quoted in the middle of an article', () => {
    expect(merged([
      'How the wire writes a lede',
      'Editors at the agency still open their stories with a line such as NEW YORK (AP) — before the first sentence, a habit kept from the teleprinter days when every paper set it in bold capitals.',
      'The style guide says the place comes first and the agency after it, and that the dash is never dropped.',
    ])).toEqual([]);
  });

  it('leaves the page’s own headline and agency byline opening the text', () => {
    expect(merged([
      'Harbor Board Approves New Ferry Schedule For Winter Months By The Associated Press Ferries on the western route will run twice a day from November, the state board said yesterday after a long hearing on the timetable.',
      'The board said the change would save fuel and keep the crossing open through the storm season.',
    ])).toEqual([]);
  });

  it('leaves a Title Case phrase before a credit inside a sentence', () => {
    expect(merged([
      'Port traffic rose again',
      'Traffic at the port rose for a third month, according to figures in a report Published Late Monday By The Associated Press, which counted ships rather than tonnes and left out the ferries entirely.',
      'Le trafic du port a augmenté pour le troisième mois, selon des chiffres transmis Par l’AFP, qui compte les navires et non les tonnes.',
    ])).toEqual([]);
  });

  it('leaves a capitalised subhead followed by the text, with no credit', () => {
    expect(merged([
      'Harbor board sets winter timetable',
      'The state board set the winter timetable for the western ferries on Monday after a long hearing with the crews and the towns they serve.',
      'What Changes For Passengers This Winter',
      'Ferries will run twice a day from November, and the last crossing will leave at six in the evening instead of eight.',
    ])).toEqual([]);
  });
});
