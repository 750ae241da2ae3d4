import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { PROSE_A, PROSE_B, PROSE_FR } from '../helpers/ferry-prose';

/**
 * Look-alikes of round 34's furniture readers (invented, EN and FR): imperatives that are a reader's tips, a quotation, a
 * company's name or a single call, not a site's pitch.
 */

const boilerplateFlags = (paragraphs: string[]): string[] =>
  findArtifacts({ paragraphs }).filter((a) => a.kind === 'boilerplate').map((a) => a.text);

const NOT_PITCHES: Array<[string, string]> = [
  ['a reader’s tips, no offer named', 'Save early for the crossing. Book a cabin in advance. Stay on deck when the sea is calm.'],
  ['a quotation of imperatives', '“Get the news out. Download the timetable app and share it,” the harbour master said.'],
  ['names made of the verbs', 'Access Ferries shares rose on the news. Discover Lines fell after its report.'],
  ['one imperative, the rest reported', 'Read the full report on the company site. The operator expects its app to carry a million passengers.'],
  ['a first person after the imperative', 'Join us on the quay, we said to the crews, and read the news together.'],
  ['FR : des conseils sans offre', 'Réservez tôt votre traversée. Arrivez une heure avant le départ.'],
];

describe('round 34 negatives: imperatives that are not a site’s pitch', () => {
  for (const [name, line] of NOT_PITCHES) {
    it(name, () => {
      expect(boilerplateFlags([PROSE_A, PROSE_B, line, PROSE_A.replace('summer', 'winter')])).not.toContain(line);
    });
  }
  it('FR : au milieu d’un article, des impératifs rapportés', () => {
    const line = '« Téléchargez l’application et suivez les alertes », a déclaré le directeur du port.';
    expect(boilerplateFlags([PROSE_FR, line, PROSE_FR.replace('cet été', 'cet hiver')])).not.toContain(line);
  });
});
