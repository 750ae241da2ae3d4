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

describe('duplicated caption: long lines that are not a credited caption twice', () => {
  const para = 'The board set the winter timetable on Monday after a long hearing with the crews, the island councils and the freight line, which had asked for a later last crossing. The ferries will run twice a day from November, and the last crossing will leave at six in the evening instead of eight, the board said, adding that the timetable would be reviewed in spring once the new berth opens.';
  it('leaves a long credited caption followed by a different credited caption', () => {
    const a = 'Harbour Board ferries at the western quay in Port Elwyn, where the crossing to the islands will run twice a day from the winter timetable agreed in March with the coastal freight line and the island councils. Photo: Jane Harlow/Valley Herald';
    const b = 'The new ticket office on the western quay in Port Elwyn, which the ferries and the coastal freight line will share from the winter timetable, when the last crossing leaves at six in the evening. Photo: Jane Harlow/Valley Herald';
    expect(findArtifactsLocated({ paragraphs: ['Harbour board sets the winter timetable', a + b, para] }).filter((f) => f.kind === 'duplicated-caption')).toEqual([]);
  });
  it('leaves a long uncredited paragraph glued to its own copy as a paragraph, not a caption', () => {
    expect(findArtifactsLocated({ paragraphs: ['Harbour board sets the winter timetable', para + para] }).filter((f) => f.kind === 'duplicated-caption')).toEqual([]);
  });
});

describe('duplicated caption: a repeated paragraph with something else glued to its end', () => {
  const para = 'The board set the winter timetable on Monday after a long hearing with the crews and the towns they serve. The last crossing will leave at six in the evening.';
  for (const [name, glued] of [['a read-more link', 'Read More'], ['a sentence', 'The board will review it in spring.']] as const) {
    it(`keeps ${name} glued to a paragraph's copy a duplicated paragraph`, () => {
      const found = findArtifactsLocated({ paragraphs: ['Harbour board sets the winter timetable', para, para + glued, 'Ferries will run twice a day from November, the board said, and the islands will get a third boat at weekends.'] });
      expect(found.filter((f) => f.kind === 'duplicated-caption')).toEqual([]);
    });
  }
});
