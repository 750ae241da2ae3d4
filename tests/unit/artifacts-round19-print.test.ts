import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

/**
 * Round 19 print, invented rows (no fixture or fresh page copied). A capitalised compound the text writes with its hyphen
 * and, elsewhere, glued with both capitals kept: the writer's own spelling is the evidence, whatever the parts' length.
 * Blind misses: a name with a two-letter particle glued on a print replica (364); the double-barrelled place of 306.
 */
const ROWS: Array<{ name: string; paragraphs: string[]; glued: string; fix: string }> = [
  {
    name: 'a minister’s name with its particle, hyphenated once and glued once',
    paragraphs: ['Oil minister Samir Al-Haddad opened the meeting with a call for restraint.', 'Later in the day, AlHaddad told delegates that output would hold until spring.'],
    glued: 'AlHaddad', fix: 'Al-Haddad',
  },
  {
    name: 'a double-barrelled firm opening a sentence',
    paragraphs: ['The Brent-Marsh partnership was formed in 1998 to run the river ferries.', 'BrentMarsh posted its first loss since then, the annual report shows.'],
    glued: 'BrentMarsh', fix: 'Brent-Marsh',
  },
  {
    name: 'un nom à particule, avec et sans trait d’union',
    paragraphs: ['La ministre Aïcha El-Amrani a présenté le budget devant la commission.', 'Interrogée ensuite, ElAmrani a défendu la baisse des crédits régionaux.'],
    glued: 'ElAmrani', fix: 'El-Amrani',
  },
];

describe('round 19 print: a capitalised compound glued where the text writes its hyphen', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      const found = findArtifacts({ paragraphs: row.paragraphs }).filter((a) => a.kind === 'lost-hyphen');
      expect(found.map((a) => [a.text, a.fix])).toContainEqual([row.glued, row.fix]);
    });
  }
});
