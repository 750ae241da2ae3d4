import { describe, expect, it } from 'vitest';
import { findArtifactsLocated } from '../../utils/artifacts';

/**
 * Round 36 (artifact text readers, invented rows).
 *
 * merged-stories.ts: a listing page whose items each close on their "read more" link (CONVENTIONS.md §listings: each
 * later story is one merged-stories artifact by its headline). The label alone on its line or glued to the teaser's end;
 * a headline, a teaser of a sentence or three, the next close.
 */

const merged = (paragraphs: string[]): string[] =>
  findArtifactsLocated({ paragraphs }).filter((f) => f.kind === 'merged-stories').map((f) => f.text);

describe('merged stories: items closed by their "read more" link', () => {
  // [name, paragraphs, the later stories' headlines]
  const cases: ReadonlyArray<readonly [string, readonly string[], readonly string[]]> = [
    ['English, the label glued to each teaser', [
      'Harbour board delays the winter timetable',
      'The harbour board put off its vote on the winter timetable after the island towns asked for a second night crossing. Read more',
      'Ferry crews vote to strike over rosters',
      'Crews on the northern route voted to strike next month over the rosters the ferry company wants to bring in for the storm season. Read more',
      'Shipyard wins order for two freight vessels',
      'The Ostrand shipyard will build two freight vessels for a coastal line, its first order in three years.',
      'The yard said the order would keep two hundred welders at work until the spring.Read more',
      'Fishing quotas cut again for the northern banks',
      'The fishing quotas for the northern banks will be cut by a tenth next year, the ministry said on Tuesday. Read more',
    ], ['Ferry crews vote to strike over rosters', 'Shipyard wins order for two freight vessels', 'Fishing quotas cut again for the northern banks']],
    ['English, the label alone on its line, an image’s alt text over a headline', [
      'Port reopens after the storm',
      'The western quay reopened on Monday after three days of repairs to the crane rails and the freight berths damaged by the storm.',
      'Read More »',
      'A ferry leaving the harbour.',
      'Ferry fares frozen for the winter',
      'The ferry company will keep its fares at last year’s level until March, it said after a letter from the mayors of the island towns.',
      'Read More »',
      'Customs office moves to the new terminal',
      'The customs office will move to the new freight terminal in January, closing the old building on the quay after forty years.',
      'Read More »',
    ], ['Ferry fares frozen for the winter', 'Customs office moves to the new terminal']],
    ['French, « Lire la suite » glued and alone', [
      'Le port de Brest rouvre son quai ouest',
      'Le quai ouest a rouvert lundi après trois jours de travaux sur les rails des grues et les postes de fret touchés par la tempête. Lire la suite',
      'Les tarifs du bac gelés pour l’hiver',
      'La compagnie maintiendra les tarifs du bac au niveau de l’an dernier jusqu’en mars, après une lettre des maires des îles.',
      'Lire la suite',
      'Le chantier naval recrute deux cents soudeurs',
      'Le chantier naval cherche deux cents soudeurs pour les trois coques commandées par la marine au printemps.',
      'Lire la suite',
    ], ['Les tarifs du bac gelés pour l’hiver', 'Le chantier naval recrute deux cents soudeurs']],
  ];
  for (const [name, paragraphs, headlines] of cases) {
    it(`reports each later story by its headline (${name})`, () => {
      const found = merged([...paragraphs]);
      for (const h of headlines) expect(found.some((t) => t.startsWith(h))).toBe(true);
      // The first story is the article: its headline is not reported.
      expect(found.some((t) => t.startsWith(paragraphs[0]!))).toBe(false);
    });
  }
});
