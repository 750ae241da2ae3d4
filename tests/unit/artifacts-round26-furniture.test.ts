import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from '../../utils/artifacts/boilerplate';
import { edgeChromeTexts as edgeChrome, furnitureTexts as furniture, PROSE_A, PROSE_B, PROSE_FR } from '../helpers/ferry-prose';

/**
 * Round 26's furniture readers, on invented lines (EN and FR): a player's clock read by its neighbours (an empty date
 * label above it, or a clip title under it), a search box's placeholder above the body, a "related" header naming a
 * desk, and "À la une" over headlines.
 */

const PLAYER_CLOCKS: Array<[string, string[], string]> = [
  ['a clip length over its title', [PROSE_A, '3:12', 'Ferry crews rescue stranded kayakers', PROSE_B], '3:12'],
  ['a player at zero under a posted label', ['Posted:', '0:00', PROSE_A, PROSE_B], '0:00'],
  ['FR : une durée sous « Mis à jour : »', ['Mis à jour :', '1:48', PROSE_FR, PROSE_FR], '1:48'],
];

describe('round 26: a player’s clock read by its neighbours', () => {
  for (const [name, ps, clock] of PLAYER_CLOCKS) {
    it(name, () => {
      expect(furniture(ps)).toContain(clock);
    });
  }
});

const SEARCH_BOXES: Array<[string, string]> = [
  ['a search box above the headline', 'Search on The Island Courier'],
  ['FR : une boîte de recherche en tête', 'Rechercher sur Le Petit Insulaire'],
];

describe('round 26: a search box’s placeholder above the body', () => {
  for (const [name, line] of SEARCH_BOXES) {
    it(name, () => {
      expect(edgeChrome([line, 'Ferry operator adds two island routes', PROSE_A, PROSE_B])).toContain(line);
    });
  }
});

const RELATED_DESK_HEADERS: Array<[string, string]> = [
  ['a related header naming the investing desk', 'Related Investing News'],
  ['a related header naming the sports desk', 'related sports stories'],
];

describe('round 26: a related header naming a desk', () => {
  for (const [name, line] of RELATED_DESK_HEADERS) it(name, () => expect(isFurnitureLine(line)).toBe(true));
});
