import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../utils/artifacts/context';
import { findMergedStories } from '../../utils/artifacts/merged-stories';
import { PROSE_A, PROSE_B } from '../helpers/ferry-prose';

/**
 * Round 31, artifacts text detectors: look-alikes of the round's new readers that must stay unflagged (a reference to a
 * page inside a sentence, a count after "See", a jump line that ends its paragraph). Invented
 * rows, EN and FR.
 */
const merged = (paragraphs: string[]): string[] => {
  const doc = buildDoc(paragraphs);
  return findMergedStories(doc).filter((f) => f.kind === 'merged-stories').map((f) => doc.text.slice(f.start, f.end));
};

describe('round 31 negatives: a page reference that is not a jump line before another story (afterJumpLine)', () => {
  const front = 'The harbour board voted on Tuesday to double the fees that visiting cruise ships pay at the quay, and the mayor said';
  it.each([
    { name: 'EN: a reader’s reference closed by its full stop', paragraphs: [`${front} the details are in the annual report (see page 14). The fees take effect in May for every ship that docks.`] },
    { name: 'EN: "See" before a count, not a page', paragraphs: [`${front} the board had no choice. See 5 Ways The Port Could Spend The Money on the board’s website this week.`] },
    { name: 'EN: the jump line ends its paragraph, the page goes on below', paragraphs: [`${front} the money would go to the sea wall. [See Harbour, B4]`, PROSE_A, PROSE_B] },
    { name: 'EN: a lower-case clause after the reference', paragraphs: [`${front} the money, as shown in the budget (see Table A1) and in the minutes, would go to the sea wall next year.`] },
    { name: 'FR : un renvoi dans la phrase, fermé par son point', paragraphs: ['Le conseil portuaire a voté mardi le doublement des droits payés par les paquebots, comme le détaille le rapport (voir page 12). La mesure entre en vigueur en mai.'] },
  ])('$name', ({ paragraphs }) => {
    expect(merged(paragraphs)).toEqual([]);
  });
});
