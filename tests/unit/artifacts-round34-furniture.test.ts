import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { PROSE_A, PROSE_B, PROSE_FR } from '../helpers/ferry-prose';

/**
 * Round 34's furniture readers, on invented lines (EN and FR): a site's sales pitch, a paragraph of imperatives to the
 * reader naming what it sells.
 */

const boilerplateFlags = (paragraphs: string[]): string[] =>
  findArtifacts({ paragraphs }).filter((a) => a.kind === 'boilerplate').map((a) => a.text);

const PITCHES: Array<[string, string]> = [
  ['a data vendor’s box', 'Access the most detailed shipping reports on the market, compiled by Harbour Data. Save weeks of research. Gain an edge on rivals.'],
  ['a footer with a coordinated download', 'Discover the latest ferry news and timetable updates. Follow the fares on Quay Wire or download the Quay Wire app to stay informed!'],
  ['a mailing list’s digest pitch after a question', 'Too many messages? Get every post of the list in one daily mail. Subscribe to the digest from the settings page.'],
  ['FR : deux impératifs coordonnés', '>> Découvrez nos analyses exclusives des marchés maritimes, et rejoignez le club des lecteurs du Port'],
];

describe('round 34: a site’s sales pitch', () => {
  for (const [name, line] of PITCHES) {
    it(name, () => {
      expect(boilerplateFlags([PROSE_A, PROSE_B, line, PROSE_A.replace('summer', 'winter')])).toContain(line);
    });
  }
  it('FR : au milieu d’un article en français', () => {
    const line = 'Recevez chaque matin nos alertes sur les traversées. Découvrez nos dossiers sur les ports de l’Atlantique.';
    expect(boilerplateFlags([PROSE_FR, line, PROSE_FR.replace('cet été', 'cet hiver')])).toContain(line);
  });
});
