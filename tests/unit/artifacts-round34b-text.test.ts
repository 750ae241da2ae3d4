import { describe, expect, it } from 'vitest';
import { findArtifactsLocated } from '../../utils/artifacts';

/**
 * Round 34, second shift (artifact text readers, invented rows).
 *
 * merged-stories.ts: an OCR front page read across its columns runs a second story's Title Case headline into the
 * first story's text, credited to a wire without a writer's name: the agency's byline ("… Weather Prevails By The
 * Associated Press The …") or the dateline alone, its agency maybe misread by the OCR ("… Of Investigation WASHINGTON
 * If) — The …"). The headline before the credit is where the second story starts.
 *
 * captions.ts: a caption closing on its credit glued to a second copy of itself is a caption printed twice up to twice a
 * caption's length (each copy a caption), not only up to 500 characters for the whole line.
 *
 * duplicates.ts: a caption printed twice whose second copy has its credit glued to the last sentence with no break
 * ("… in 2023.Valley Herald file", "… à Brest.Archives Le Télégramme") is a duplicated caption, as with a dash.
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

const LONG_CAPTION = 'Harbour Board ferries at the western quay in Port Elwyn. Harbour Board ferries at the quay and the coastal freight line agreed in March to share the quay, the berths and the ticket office from the winter timetable, when the crossing to the islands runs twice a day. Photo: Jane Harlow/Valley Herald';
const LONG_CAPTION_FR = 'Les navettes du syndicat des ports au quai ouest de Port-Elwyn. Les navettes du syndicat des ports et la ligne de fret côtier ont convenu en mars de partager le quai, les postes d’amarrage et la billetterie à partir de l’horaire d’hiver, quand la traversée vers les îles a lieu deux fois par jour. Crédit photo : Studio Marlin';

describe('duplicated caption: a long credited caption glued to its own copy', () => {
  for (const [name, caption] of [['English', LONG_CAPTION], ['French', LONG_CAPTION_FR]] as const) {
    it(`reports the second copy (${name}, ${caption.length * 2} characters on the line)`, () => {
      const found = findArtifactsLocated({ paragraphs: ['Harbour board sets the winter timetable', caption + caption, 'The board set the winter timetable on Monday after a long hearing with the crews and the towns they serve.'] });
      expect(found.some((f) => f.kind === 'duplicated-caption' && f.text.startsWith(caption.slice(0, 40)) && f.text.length <= caption.length)).toBe(true);
    });
  }
});

describe('duplicated caption: a copy with its credit glued to its last sentence', () => {
  const cases = [
    ['English', 'Ferry captain Ruth Alder checks the manifest before the first winter crossing to the islands at the western quay in Port Elwyn, Nov. 4, 2021. The harbour board has set a new timetable for the coming winter.', 'Valley Herald file'],
    ['French', 'La capitaine Ruth Alder vérifie le manifeste avant la première traversée d’hiver vers les îles, au quai ouest du port de Brest, le 4 novembre 2021. Le syndicat des ports a fixé un nouvel horaire pour l’hiver.', 'Archives Le Télégramme'],
  ] as const;
  for (const [name, caption, credit] of cases) {
    it(`reads the pair as a caption printed twice (${name})`, () => {
      const found = findArtifactsLocated({ paragraphs: ['Harbour board sets the winter timetable', 'By Jane Harlow', caption, caption + credit, 'The board set the winter timetable on Monday after a long hearing with the crews and the towns they serve, and said the last crossing would leave earlier.'] });
      expect(found.some((f) => f.kind === 'duplicated-caption' && f.text.startsWith(caption.slice(0, 30)))).toBe(true);
    });
  }
});
