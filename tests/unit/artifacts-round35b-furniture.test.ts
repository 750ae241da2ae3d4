import { describe, expect, it } from 'vitest';
import { boilerplateTexts as boilerplate, PROSE_B } from '../helpers/ferry-prose';

/**
 * Round 35 (second shift): a release portal's label of the distribution wire, a line holding only the wire's name above
 * a dateline that names the same wire in its mark. Invented releases (EN, and a French release of a wire's French desk).
 */

const WIRE_LABELS: Array<[string, string[]]> = [
  ['a one-word wire over a parenthesised mark', ['GlobeNewswire', 'Harbour Ferries Completes Purchase of Two Island Routes',
    'HALIFAX, March 3, 2021 (GLOBE NEWSWIRE) -- Harbour Ferries Inc. today completed the purchase of two routes to the islands.', PROSE_B]],
  ['a two-word wire over a slashed mark on a split place line', ['PR Newswire', 'Quay Lines Names a New Chief Executive', 'PORTLAND',
    ', Oct. 9, 2024 /PRNewswire/ — Quay Lines said on Wednesday that its board had named a new chief executive for the fleet.', PROSE_B]],
  ['a wire in capitals over its mark with a relay', ['BUSINESS WIRE', 'Tidewater Freight Reports Quarterly Sales',
    'SEATTLE--(BUSINESS WIRE via COMTEX)-- Tidewater Freight reported higher quarterly sales on stronger demand at its ports.', PROSE_B]],
  ['FR : le fil au-dessus du communiqué', ['GlobeNewswire', 'Les Ferries du Port achèvent le rachat de deux lignes',
    'MONTRÉAL, 3 mars 2021 (GLOBE NEWSWIRE) -- Les Ferries du Port ont finalisé le rachat de deux lignes vers les îles.',
    'La société prévoit d’ajouter deux départs par jour avant la fin de l’année prochaine.']],
];

describe('round 35b: a release portal’s label of the wire that carried the release', () => {
  for (const [name, paragraphs] of WIRE_LABELS) {
    it(name, () => {
      expect(boilerplate(paragraphs)).toContain(paragraphs[0]);
    });
  }
});
