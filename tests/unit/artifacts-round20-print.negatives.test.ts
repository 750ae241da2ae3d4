import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

/**
 * Look-alikes of the glued-twin lost-hyphen reader (round 20, after review A), invented. None may be flagged.
 */
const NEGATIVE: Array<{ name: string; paragraphs: string[] }> = [
  // The family's name hyphenated, the company's name camel-cased before its own capitalised noun.
  { name: 'a family and its holding company', paragraphs: ['The El-Masri family sold half its shares.', 'ElMasri Capital, its listed vehicle, kept the rest.'] },
  { name: 'une famille et sa société', paragraphs: ['La famille Ben-Haim a cédé ses parts.', 'BenHaim Group, sa holding, garde le siège de Lyon.'] },
];

describe('round 20 print look-alikes stay unflagged', () => {
  for (const row of NEGATIVE) {
    it(row.name, () => {
      expect(findArtifacts({ paragraphs: row.paragraphs }).filter((a) => a.kind === 'lost-hyphen').map((a) => a.text)).toEqual([]);
    });
  }
});
