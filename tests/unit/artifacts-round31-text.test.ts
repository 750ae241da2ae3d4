import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../utils/artifacts/context';
import { findMergedStories } from '../../utils/artifacts/merged-stories';

/**
 * Round 31, artifacts text detectors: readers of structure for the weakest kinds of the fixtures (merged stories on print
 * replicas). Invented rows, EN and FR; the look-alikes are in the .negatives file.
 */
const merged = (paragraphs: string[]): string[] => {
  const doc = buildDoc(paragraphs);
  return findMergedStories(doc).filter((f) => f.kind === 'merged-stories').map((f) => doc.text.slice(f.start, f.end));
};

describe('round 31: a print page flattened into one run, the next story after a jump line (merged-stories.ts afterJumpLine)', () => {
  const front = 'The harbour board voted on Tuesday to double the fees that visiting cruise ships pay at the quay, and the mayor said the money would go to the sea wall.';
  it.each([
    {
      name: 'EN: a bracketed jump with the story’s keyword and a section page',
      paragraph: `${front} HARBOUR crews repair the sea wall after the storm. [See Harbour, B4] Snow closed three mountain passes overnight, stranding dozens of lorries on the way to the border.`,
      lede: 'Snow closed three mountain passes overnight, stranding dozens of lorries on the way to the border.',
    },
    {
      name: 'EN: "Please see … on Page …", in capitals',
      paragraph: `${front} PLEASE SEE FEES ON PAGE 6 A bakery chain will open twelve shops in the north of the county before the end of the year.`,
      lede: 'A bakery chain will open twelve shops in the north of the county before the end of the year.',
    },
    {
      name: 'EN: "Continued on Page …"',
      paragraph: `${front} Continued on Page 4 Voters in the valley will choose a new sheriff in March after the incumbent said she would retire.`,
      lede: 'Voters in the valley will choose a new sheriff in March after the incumbent said she would retire.',
    },
    {
      name: 'FR : « Suite page … »',
      paragraph: `Le conseil portuaire a voté mardi le doublement des droits payés par les paquebots à quai, et le maire a promis l’argent à la digue. Suite page 7 La neige a fermé trois cols de montagne dans la nuit, bloquant des dizaines de camions avant la frontière.`,
      lede: 'La neige a fermé trois cols de montagne dans la nuit, bloquant des dizaines de camions avant la frontière.',
    },
  ])('$name', ({ paragraph, lede }) => {
    expect(merged([paragraph])).toContain(lede);
  });
});
