import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

/**
 * Look-alikes of the round 19 print reader, invented. None may be flagged as a lost hyphen.
 */
const NEGATIVE: Array<{ name: string; paragraphs: string[] }> = [
  // A brand with an inner capital and no hyphenated twin in the text.
  { name: 'brands with inner capitals, no twin', paragraphs: ['Shares of BlackRock and PayPal rose after the rate decision on Wednesday.', 'Analysts at GlobalData expect both to keep gaining this quarter.'] },
  // The hyphenated name alone, and its second part alone: nothing glued.
  { name: 'the hyphenated name and its surname alone', paragraphs: ['Samir Al-Haddad chaired the meeting.', 'Haddad later said output would hold until spring.'] },
  // A three-part glued brand is not the two-part twin of a hyphenated pair.
  { name: 'a three-part brand beside a hyphenated pair', paragraphs: ['The Coca-Cola bottler was sold last year.', 'Its buyer, CocaColaBrands, kept the plant open.'] },
  // Lower-case halves: the twin reader reads capitals only.
  { name: 'une entreprise au nom composé en minuscules', paragraphs: ['Le fonds a investi dans la start-up nantaise au printemps.', 'Depuis, la startup a doublé son chiffre d’affaires.'] },
];

describe('round 19 print look-alikes stay unflagged', () => {
  for (const row of NEGATIVE) {
    it(row.name, () => {
      expect(findArtifacts({ paragraphs: row.paragraphs }).filter((a) => a.kind === 'lost-hyphen').map((a) => a.text)).toEqual([]);
    });
  }
});
