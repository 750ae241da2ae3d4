import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from '../../utils/artifacts/boilerplate';
import { boilerplateTexts as boilerplate, edgeChromeTexts as edgeChrome, furnitureTexts as furniture, PROSE_A, PROSE_B, PROSE_FR } from '../helpers/ferry-prose';

/**
 * Look-alikes of round 26's furniture readers, on invented lines: an agenda's, a race's, a recipe's or a verse's figure
 * alone on its line; a Title Case subhead that starts with "Search"; a "related" heading whose middle word is no desk;
 * "À la une" heading a press review's list of papers.
 */

const NOT_PLAYER_CLOCKS: Array<[string, string[], string]> = [
  ['an agenda’s times and sessions', [PROSE_A, 'The morning runs as follows.', '8:30', 'Boarding for the first crossing to the island', '9:15', 'Guided walk along the northern cliffs', PROSE_B], '8:30'],
  ['a finishing time under its label', [PROSE_A, 'Her finishing time:', '2:19:40', PROSE_B], '2:19:40'],
  ['a live blog entry', [PROSE_A, '7:50', 'The first ferry left the harbour ten minutes late because of fog, the operator said.', PROSE_B], '7:50'],
  ['a recipe time under a short label', [PROSE_A, 'Baking time', '1:15', 'Leave the loaf to cool for an hour before slicing it.', PROSE_B], '1:15'],
  ['a verse after the sentence citing it', [PROSE_A, 'The chaplain read a single verse from the Psalms.', '4:08', PROSE_B], '4:08'],
  ['FR : un horaire sous son libellé', [PROSE_FR, 'Premier départ :', '6:45', PROSE_FR], '6:45'],
];

describe('round 26 negatives: lone figures that are no player', () => {
  for (const [name, ps, clock] of NOT_PLAYER_CLOCKS) {
    it(name, () => {
      expect(furniture(ps)).not.toContain(clock);
    });
  }
});

const SEARCH_SUBHEADS: Array<[string, string]> = [
  ['a subhead on a rescue', 'Search in the Fog'],
  ['a subhead on exploration', 'Search on Titan'],
  ['FR : un intertitre', 'Rechercher sur Internet'],
];

describe('round 26 negatives: a “Search …” subhead inside the body', () => {
  for (const [name, line] of SEARCH_SUBHEADS) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(false);
      expect(edgeChrome(['Ferry operator adds two island routes', PROSE_A, line, PROSE_B, PROSE_A])).not.toContain(line);
    });
  }
});

const NOT_DESK_HEADERS: Array<[string, string]> = [
  ['a report’s heading on related parties', 'Related party news'],
  ['a heading on scripture', 'Related Psalm reading'],
];

describe('round 26 negatives: a related heading whose middle word is no desk', () => {
  for (const [name, line] of NOT_DESK_HEADERS) it(name, () => expect(isFurnitureLine(line)).toBe(false));
});

describe('round 26 negatives: “À la une” heading a press review', () => {
  it('FR : la une des journaux après le corps', () => {
    expect(boilerplate(['Revue de presse du mardi', PROSE_FR, 'À la une', 'Ouest-Matin', 'Le Courrier', 'La Dépêche', PROSE_FR]).some((s) => s.startsWith('À la une'))).toBe(false);
  });
});
