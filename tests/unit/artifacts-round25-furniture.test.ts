import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from '../../utils/artifacts/boilerplate';
import { edgeChromeTexts as edgeChrome, furnitureTexts as furniture } from '../helpers/ferry-prose';

/**
 * Round 25's furniture readers, on invented lines (EN and FR): a media player's clock alone on its line, a "related"
 * header naming its desk and the French front-page header, and a label behind the page store's date prefix.
 */
const PROSE_ABOVE = 'The harbour fund closed its second round on Monday, its managers said in a statement to investors.';
const PROSE_BELOW = 'The fund said it would invest the money in three ports on the northern coast over the next two years.';
const VIDEO_TITLE = 'Harbour workers rally outside the port authority';
const PROSE_FR = 'Le fonds portuaire a bouclé lundi son deuxième tour de table, ont indiqué ses gérants dans un communiqué.';

const PLAYER_CLOCKS: Array<[string, string[]]> = [
  ['a clip length above a video title', [PROSE_ABOVE, '2:36', VIDEO_TITLE, PROSE_BELOW]],
  ['a player at zero under an empty date label', ['Updated:', '0:00', PROSE_ABOVE, PROSE_BELOW]],
  ['a long clip in hours', [PROSE_ABOVE, '1:12:09', VIDEO_TITLE, PROSE_BELOW]],
  ['a length with its unit', [PROSE_ABOVE, '03:40 min', VIDEO_TITLE, PROSE_BELOW]],
  ['FR : une durée de vidéo', [PROSE_FR, '4:05', 'Les dockers manifestent devant le port', PROSE_FR]],
];

describe('round 25: a media player’s clock on a line of its own', () => {
  for (const [name, ps] of PLAYER_CLOCKS) {
    it(name, () => {
      const clock = ps.find((p) => /^\d/u.test(p))!;
      expect(furniture(ps)).toContain(clock);
    });
  }
});

const RELATED_HEADERS: Array<[string, string]> = [
  ['a related header naming its desk', 'related markets news'],
  ['in Title Case', 'Related Business Stories'],
  ['with a colon', 'Related energy coverage:'],
];

describe('round 25: a related-links header naming its topic, and “À la une”', () => {
  for (const [name, line] of RELATED_HEADERS) it(name, () => expect(isFurnitureLine(line)).toBe(true));
});

const PREFIXED_LABELS: Array<[string, string, string]> = [
  ['a module heading behind the store prefix', ' date 2023-05-02 Don’t Miss', 'Don’t Miss'],
  ['a related header behind the prefix', ' date 2023-05-02 Related Stories', 'Related Stories'],
  ['FR : un titre de module derrière le préfixe', ' date 2023-05-02 Les plus lus', 'Les plus lus'],
];

describe('round 25: a label behind the page store’s date prefix', () => {
  for (const [name, first, want] of PREFIXED_LABELS) {
    it(name, () => {
      expect(edgeChrome([first, 'Harbour fund closes its second round', PROSE_ABOVE, PROSE_BELOW])).toContain(want);
    });
  }
});

const SITE_CONTROLS: Array<[string, string]> = [
  ['a follow button’s prompt', 'Click to follow'],
  ['a follow prompt on a phone', 'Tap to follow'],
  ['FR : un bouton de suivi', 'Cliquez pour suivre'],
];

describe('round 25: a page control’s label naming its site', () => {
  for (const [name, line] of SITE_CONTROLS) it(name, () => expect(isFurnitureLine(line)).toBe(true));
});

// Round 26: a search box's placeholder is read above the body only (edge-chrome.ts); alone, "Search in Vain" is a subhead.
const SEARCH_BOXES: Array<[string, string]> = [
  ['a search box naming its site', 'Search on The Harbour Post'],
  ['a search box in capitals', 'SEARCH IN Quayside Daily'],
  ['FR : une boîte de recherche', 'Rechercher sur Le Quotidien du Port'],
];

describe('round 25: a search box naming its site, above the body', () => {
  for (const [name, line] of SEARCH_BOXES) {
    it(name, () => {
      expect(edgeChrome([line, 'Harbour fund closes its second round', PROSE_ABOVE, PROSE_BELOW])).toContain(line);
    });
  }
});
