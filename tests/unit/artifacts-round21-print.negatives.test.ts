import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

/**
 * Look-alikes of the round 21 print readers, invented. None may be flagged as mojibake or as a lost hyphen.
 */
const NOT_GREEK_EMOJI: Array<{ name: string; paragraphs: string[] }> = [
  // Pi as a symbol, then a letter with a diaeresis: no emoji bytes.
  { name: 'pi in a formula', paragraphs: ['The area is πr², and the team rounded π to 3.14 for the model.', 'Ÿ is a rare capital letter in French place names.'] },
  // An emoji decoded correctly.
  { name: 'a real rocket emoji', paragraphs: ['Chip stocks rallied for a third day 🚀 as traders bet on a rate cut.', 'The index closed at a record high.'] },
  // Greek prose: its letters are words, not bytes.
  { name: 'un passage en grec', paragraphs: ['Le slogan « Πάμε μπροστά » a été repris par le parti.', 'Il signifie « allons de l’avant ».'] },
];

describe('round 21 print: Windows-1253 emoji look-alikes stay unflagged', () => {
  for (const row of NOT_GREEK_EMOJI) {
    it(row.name, () => {
      expect(findArtifacts({ paragraphs: row.paragraphs }).filter((a) => a.kind === 'mojibake').map((a) => a.text)).toEqual([]);
    });
  }
});

const NOT_GLUED_DURATIONS: Array<{ name: string; paragraphs: string[] }> = [
  // The hyphen kept, and plurals with a space.
  { name: 'hyphenated and spaced durations', paragraphs: ['The two-month pause ended after three years of talks.', 'A ten-day shutdown followed in the summer.'] },
  // Words that start like a count and a unit: "weekend", "today", "someday", "Monday".
  { name: 'words with a unit inside', paragraphs: ['Someday the plant may reopen; today it stands empty every weekend, even on Monday.'] },
  // A brand in the middle of a sentence and a figure glued to a unit (a brand's spelling).
  { name: 'a brand and a figure', paragraphs: ['Shares of Oneday Foods rose after its 24hour stores posted record sales.'] },
  // A count and a unit in French, never hyphenated.
  { name: 'des durées en français', paragraphs: ['La grève a duré deux mois et trois semaines, puis dix jours de négociation.'] },
];

describe('round 21 print: duration look-alikes stay unflagged', () => {
  for (const row of NOT_GLUED_DURATIONS) {
    it(row.name, () => {
      expect(findArtifacts({ paragraphs: row.paragraphs }).filter((a) => a.kind === 'lost-hyphen').map((a) => a.text)).toEqual([]);
    });
  }
});
