import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../utils/artifacts/context';
import { findBylineNoise } from '../../utils/artifacts/bylines';
import { findMergedStories } from '../../utils/artifacts/merged-stories';
import { PROSE_A, PROSE_B, PROSE_FR } from '../helpers/ferry-prose';

/**
 * Round 32, artifacts text detectors: look-alikes of the round's new readers that must stay unflagged (a byline with its
 * role and no card under it; a name line far below it, or under a line that opens with the name but holds no role; a card
 * of another person; a byline label whose name or date is on the next line, or a "By" after the body; one story's date
 * line with an empty author cell, or a second date line over a sentence; a date with its time, a year in a headline, a
 * date and a figure inside the body). Invented rows.
 */
const bylineTexts = (paragraphs: string[]): string[] => {
  const doc = buildDoc(paragraphs);
  return findBylineNoise(doc).filter((f) => f.kind === 'byline-noise').map((f) => doc.text.slice(f.start, f.end));
};

describe('round 32 negatives: a name line that is not the byline’s author card (nameCardUnderByline)', () => {
  it.each([
    { name: 'EN: the byline with its role, then the story', paragraphs: ['Harbour fees to double next spring', 'Dana Whitlock, staff writer', PROSE_A, PROSE_B] },
    { name: 'EN: the name again only after the body (an author box at the foot, beyond the reach)', paragraphs: ['Harbour fees to double next spring', 'Dana Whitlock, staff writer', PROSE_A, PROSE_B, 'Dana Whitlock'] },
    { name: 'EN: a place named after a person, no role after it', paragraphs: ['Marcus Ferreira Park reopens after the storm', 'Marcus Ferreira', PROSE_A, PROSE_B] },
    { name: 'EN: a sentence that opens with the name, then a caption’s name line', paragraphs: [PROSE_A, 'Marcus Ferreira said the bakery would open twelve shops in the north of the county.', 'Marcus Ferreira', PROSE_B] },
    { name: 'EN: the byline’s role, then another person’s name (a co-author line)', paragraphs: ['Mountain passes close after snow', 'Priya Nandakumar, Courier transport reporter', 'Jonas Albrecht', PROSE_A, PROSE_B] },
  ])('$name', ({ paragraphs }) => {
    expect(bylineTexts(paragraphs)).toEqual([]);
  });
});

describe('round 32 negatives: a byline label whose name is there after all (EMPTY_BYLINE_LABEL)', () => {
  const emptyLabels = (paragraphs: string[]): string[] => {
    const doc = buildDoc(paragraphs);
    return findBylineNoise(doc).filter((f) => f.message.includes('without the author’s name')).map((f) => doc.text.slice(f.start, f.end));
  };
  it.each([
    { name: 'EN: "By" over the name (a split byline, read as such)', paragraphs: ['Harbour fees to double next spring', 'By', 'Dana Whitlock', PROSE_A, PROSE_B] },
    { name: 'EN: "By" over a bulleted agency', paragraphs: ['Harbour fees to double next spring', 'By', '• Bloomberg', PROSE_A, PROSE_B] },
    { name: 'FR : « Par » sur un nom en capitales', paragraphs: ['Le port double ses droits de quai', 'Par', 'MARIE DUPONT', PROSE_FR, PROSE_FR] },
    { name: 'EN: "Written by" over the date (a value of the template)', paragraphs: ['Harbour fees to double next spring', 'Written by', 'March 3, 2024', PROSE_A, PROSE_B] },
    { name: 'EN: a lone "By" after the body starts (a list’s lead-in, not the header)', paragraphs: ['Harbour fees to double next spring', PROSE_A, 'By', 'the numbers, the harbour is busier than ever', PROSE_B] },
  ])('$name', ({ paragraphs }) => {
    expect(emptyLabels(paragraphs)).toEqual([]);
  });
});

describe('round 32 negatives: date lines with an empty author cell that head no second item (EMPTY_CELL_DATE)', () => {
  const merged = (paragraphs: string[]): string[] => {
    const doc = buildDoc(paragraphs);
    return findMergedStories(doc).filter((f) => f.kind === 'merged-stories').map((f) => doc.text.slice(f.start, f.end));
  };
  it.each([
    { name: 'EN: one story under its "/ 3 March 2021" line', paragraphs: ['/ 3 March 2021', 'Harbour board votes to double cruise fees', PROSE_A, PROSE_B] },
    { name: 'EN: a second date line over a sentence, not a headline (an update inside the story)', paragraphs: ['/ 3 March 2021', 'Harbour board votes to double cruise fees', `${PROSE_A} ${PROSE_B}`, '/ 12 March 2021', 'The board confirmed the new fees at its next meeting, the mayor said.'] },
    { name: 'FR : une seule brève sous « | 3 mars 2021 »', paragraphs: ['| 3 mars 2021', 'Le port double les droits des paquebots à quai', PROSE_FR, PROSE_FR] },
  ])('$name', ({ paragraphs }) => {
    expect(merged(paragraphs)).toEqual([]);
  });
});

describe('round 32 negatives: a date and a number that are no glued counter (STAMP_THEN_COUNTER)', () => {
  const counters = (paragraphs: string[]): string[] => {
    const doc = buildDoc(paragraphs);
    return findBylineNoise(doc).filter((f) => f.message.includes('counter glued')).map((f) => doc.text.slice(f.start, f.end));
  };
  it.each([
    { name: 'EN: the byline’s date with its time', paragraphs: ['Harbour fees to double next spring', 'By Dana Whitlock March 3, 2024 10:30', PROSE_A, PROSE_B] },
    { name: 'EN: a headline ending on a year and a rank', paragraphs: ['The harbour’s best year since 2019 and its top 10', PROSE_A, PROSE_B] },
    { name: 'EN: a date and a count inside the body', paragraphs: [PROSE_A, 'Ships docked on March 3, 2024 12', PROSE_B] },
    { name: 'FR : la date et l’heure de la signature', paragraphs: ['Le port double ses droits de quai', 'Par Jeanne Dupont, 3 mars 2024 à 16h07', PROSE_FR, PROSE_FR] },
  ])('$name', ({ paragraphs }) => {
    expect(counters(paragraphs)).toEqual([]);
  });
});
