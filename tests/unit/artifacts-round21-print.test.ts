import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

/**
 * Round 21 print, invented rows (no fixture or fresh page copied).
 *
 * An emoji's four UTF-8 bytes read as Greek Windows-1253 with the Windows-1252 fill for its holes ("π" + "Ÿ" + two
 * continuation symbols): a byte pattern, seen on a wire-copy aggregator (blind batch 14) and on a fresh satire page
 * whose headlines kept three such emoji.
 */
const GREEK_EMOJI: Array<{ name: string; paragraphs: string[]; garbled: string; fix: string }> = [
  {
    name: 'a rocket after a market line',
    paragraphs: ['Chip stocks rallied for a third day πŸš€ as traders bet on a rate cut.', 'The index closed at a record high on Friday.'],
    garbled: 'πŸš€', fix: '🚀',
  },
  {
    name: 'un graphique dans une phrase française',
    paragraphs: ['Les ventes en ligne ont encore progressé πŸ“ˆ au troisième trimestre.', 'Le groupe publiera ses comptes annuels en mars.'],
    garbled: 'πŸ“ˆ', fix: '📈',
  },
];

describe('round 21 print: an emoji read as Windows-1253', () => {
  for (const row of GREEK_EMOJI) {
    it(row.name, () => {
      const found = findArtifacts({ paragraphs: row.paragraphs }).filter((a) => a.kind === 'mojibake');
      expect(found.map((a) => [a.text, a.fix])).toContainEqual([row.garbled, row.fix]);
    });
  }
});

/**
 * A duration compound (a spelled count and a singular time unit) whose hyphen was lost at a print line break: the count
 * and unit shape of the age reader ("46-yearold", blind batch 10) without "old" ("twomonth", blind batch 14), two
 * outlets.
 */
const GLUED_DURATIONS: Array<{ name: string; paragraphs: string[]; glued: string; fix: string }> = [
  {
    name: 'a strike pause',
    paragraphs: ['The dockers agreed to a twomonth pause in the strike while talks go on.', 'Both sides will meet again next week.'],
    glued: 'twomonth', fix: 'two-month',
  },
  {
    name: 'a plan opening a sentence',
    paragraphs: ['The council voted on Tuesday. Threeyear budgets will now be the rule for every district.'],
    glued: 'Threeyear', fix: 'Three-year',
  },
  {
    name: 'an English compound quoted in a French story',
    paragraphs: ['Le journal canadien évoque un « tenday shutdown » de l’usine pendant l’été.', 'La direction n’a pas commenté.'],
    glued: 'tenday', fix: 'ten-day',
  },
];

describe('round 21 print: a spelled count glued to its time unit', () => {
  for (const row of GLUED_DURATIONS) {
    it(row.name, () => {
      const found = findArtifacts({ paragraphs: row.paragraphs }).filter((a) => a.kind === 'lost-hyphen');
      expect(found.map((a) => [a.text, a.fix])).toContainEqual([row.glued, row.fix]);
    });
  }
});
