import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of furniture in clean articles, invented (the review of round 15's shapes, with other words): an app call
 * quoted as someone's advice, a page number in prose before a capitalised word. None may be flagged as boilerplate.
 */
const mid = (line: string): string[] => [HEADLINE, BODY[0]!, line, ...BODY.slice(1)];
const milieu = (line: string): string[] => [TITRE, CORPS[0]!, line, ...CORPS.slice(1)];

const NEGATIVE: Array<{ name: string; paragraphs: string[] }> = [
  // An app call followed by a comma and a reporting incise: reported advice inside a news sentence.
  { name: 'an app call urged by the council', paragraphs: mid('The storm warning went out at dawn. Get the app, the council urged drivers, to follow road closures.') },
  { name: 'an app call with a named speaker', paragraphs: mid('Fares rise in May. Download our app, Smith told commuters on the platform, for the new timetable.') },
  { name: 'une application conseillée en incise', paragraphs: milieu('Le port a fermé ses quais mardi. Installez l’application, recommande-t-il aux plaisanciers du bassin.') },
  { name: 'une application avec incise nominale', paragraphs: milieu('Les bus changent d’horaire. Téléchargez notre application, conseille la régie aux usagers du réseau.') },
  // A page number in ordinary case with a bare number, then prose with a capital: a report's page heading or a sentence.
  { name: 'a page number before a capitalised sentence', paragraphs: mid('The plan fills 40 pages. Page 9 The Council lists its goals for the quay.') },
  { name: 'pages before a capitalised sentence', paragraphs: mid('The audit is long. Pages 3-4 The Treasurer explains the shortfall in detail.') },
  { name: 'une page avant une phrase', paragraphs: milieu('Le rapport compte 60 pages. Page 21 Le Conseil détaille ses choix pour le port.') },
];

describe('round 16 furniture look-alikes are not boilerplate', () => {
  for (const row of NEGATIVE) {
    it(row.name, () => {
      const flags = findArtifacts({ paragraphs: row.paragraphs }).filter((a) => a.kind === 'boilerplate');
      expect(flags.map((a) => a.text)).toEqual([]);
    });
  }
});
