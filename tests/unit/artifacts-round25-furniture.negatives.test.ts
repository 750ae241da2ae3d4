import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from '../../utils/artifacts/boilerplate';
import { edgeChromeTexts as edgeChrome, furnitureTexts as furniture } from '../helpers/ferry-prose';

/**
 * Look-alikes of round 25's furniture readers, on invented lines: none is furniture.
 */
const PROSE_ABOVE = 'The harbour fund closed its second round on Monday, its managers said in a statement to investors.';
const PROSE_BELOW = 'The fund said it would invest the money in three ports on the northern coast over the next two years.';

const NOT_PLAYER_CLOCKS: Array<[string, string[], string]> = [
  ['a time of day in a live blog', [PROSE_ABOVE, '14:05', PROSE_BELOW], '14:05'],
  ['a timetable of departures', ['Departures', '6:45', '7:15', '7:45', PROSE_BELOW], '7:15'],
  ['a score line among results', [PROSE_ABOVE, '2:1', PROSE_BELOW], '2:1'],
  ['a clock inside a sentence', ['The vote closed at 1:47 on Tuesday, officials said.', PROSE_BELOW], '1:47'],
  ['a live blog with many entries', [PROSE_ABOVE, '9:05', PROSE_BELOW, '9:20', PROSE_ABOVE, '9:41', PROSE_BELOW, '9:58', PROSE_ABOVE, '0:12', PROSE_BELOW], '9:05'],
  ['FR : une heure dans un direct', ['Le conseil a voté la fusion à une large majorité.', '18:30', 'Le président du port a salué le vote.'], '18:30'],
];

describe('round 25 negatives: clock look-alikes', () => {
  for (const [name, ps, clock] of NOT_PLAYER_CLOCKS) {
    it(name, () => {
      expect(furniture(ps)).not.toContain(clock);
    });
  }
});

const NOT_HEADERS: Array<[string, string]> = [
  ['a related cost in a line', 'related costs rose'],
  ['related parties alone', 'Related parties'],
  ['a headline on related news', 'Regulators weigh related news rules for brokers'],
  ['FR : une phrase sur la une', 'À la une de tous les journaux'],
  ['FR : un titre de la une', 'La une du journal a changé'],
];

describe('round 25 negatives: header look-alikes', () => {
  for (const [name, line] of NOT_HEADERS) it(name, () => expect(isFurnitureLine(line)).toBe(false));
});

const NOT_PREFIXED_LABELS: Array<[string, string, string]> = [
  ['a headline behind the prefix', ' date 2023-05-02 Harbour fund closes its second round', 'Harbour fund closes its second round'],
  ['a sentence behind the prefix', ' date 2023-05-02 The fund said it would not miss its target.', 'The fund said it would not miss its target.'],
  ['FR : un titre derrière le préfixe', ' date 2023-05-02 Le fonds portuaire boucle son tour de table', 'Le fonds portuaire boucle son tour de table'],
];

describe('round 25 negatives: lines behind the store prefix that are no label', () => {
  for (const [name, first, line] of NOT_PREFIXED_LABELS) {
    it(name, () => {
      expect(edgeChrome([first, PROSE_ABOVE, PROSE_BELOW])).not.toContain(line);
    });
  }
});

const NOT_SITE_CONTROLS: Array<[string, string]> = [
  ['a search on foot', 'Search on foot'],
  ['a sentence about a search', 'The search on Mars continued for a decade.'],
  ['a headline with a verb after the name', 'Search on for the missing fund manager'],
  ['a click to follow in a sentence', 'Readers click to follow the fund’s updates.'],
  ['FR : une recherche en phrase', 'Rechercher sur le terrain reste indispensable, dit-il.'],
  ['FR : un suivi en phrase', 'Cliquez pour suivre le direct du conseil municipal'],
];

describe('round 25 negatives: page-control look-alikes', () => {
  for (const [name, line] of NOT_SITE_CONTROLS) it(name, () => expect(isFurnitureLine(line)).toBe(false));
});
