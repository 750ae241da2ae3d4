import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from '../../utils/artifacts/boilerplate';
import { boilerplateTexts as boilerplate, edgeChromeTexts as edgeChrome, PROSE_A, PROSE_B, PROSE_FR } from '../helpers/ferry-prose';

/**
 * Look-alikes of round 30's furniture readers (invented, EN and FR): a digest's own section heads and a report's subheads
 * with a place word, sentences that tell a duration of reading, and a story's own date over its headline.
 */

const NOT_MODULE_HEADINGS: Array<[string, string]> = [
  ['a digest’s own section head', 'Top News'],
  ['a digest’s other items', 'Other news'],
  ['a subhead that goes on after the item noun', 'More stories of success from the islands'],
  ['a place word before a noun that is not the site’s items', 'Recent posts at the harbour'],
  ['a singular item noun', 'Recent story'],
  ['FR : un intertitre qui poursuit après le nom', 'Autres articles du code des transports'],
];

describe('round 30: not a module heading', () => {
  for (const [name, line] of NOT_MODULE_HEADINGS) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(false);
    });
  }
});

const NOT_READING_TIMES: Array<[string, string]> = [
  ['a hedged duration without a lead', 'about 4 minutes'],
  ['a sentence telling how long something took', 'The crossing will take you 40 minutes.'],
  ['a sentence about reading with its own clause', 'The report takes 5 minutes to read and sets out the plan.'],
  ['FR : une durée dans une phrase', 'La traversée dure 40 minutes, a précisé la compagnie.'],
];

describe('round 30: not a reading-time line', () => {
  for (const [name, line] of NOT_READING_TIMES) {
    it(name, () => {
      expect(boilerplate([PROSE_A, line, PROSE_B])).toEqual([]);
    });
  }
});

const NOT_DATE_BARS: Array<[string, string[]]> = [
  ['a blog post’s date over its headline', ['Tuesday, March 4, 2025', 'Ferry operator lifts its forecast after a busy summer']],
  ['a date over an author’s two-word name', ['Tuesday, March 4, 2025', 'Jane Harbour', 'Ferry operator lifts its forecast after a busy summer']],
  ['a date without its weekday over a label', ['March 4, 2025', 'Markets', 'Ferry operator lifts its forecast after a busy summer']],
  ['FR : une date et un intertitre au milieu du texte', [PROSE_FR, 'Mardi 4 mars 2025', 'Bilan', 'L’exploitant des ferries relève sa prévision annuelle']],
];

describe('round 30: not a site’s date bar', () => {
  for (const [name, top] of NOT_DATE_BARS) {
    it(name, () => {
      expect(edgeChrome([...top, PROSE_A, PROSE_B])).toEqual([]);
    });
  }
});

const NOT_GLUED_BUTTONS: Array<[string, string[]]> = [
  ['a camel-case name closing a short line', [PROSE_A, PROSE_B, 'Photos by Harbour PayPal McDonald']],
  ['a sentence end glued to a button', [PROSE_A, PROSE_B, 'The ferry leaves at noon.Subscribe']],
  ['a glued line inside the body', [PROSE_A, 'Get Harbour News Alerts FREESign up today!', PROSE_B]],
  ['FR : un nom en casse mixte', [PROSE_FR, PROSE_B, 'Photo de la compagnie BretagneFerries']],
];

describe('round 30: not a promo glued to its button', () => {
  for (const [name, ps] of NOT_GLUED_BUTTONS) {
    it(name, () => {
      expect(edgeChrome(ps)).toEqual([]);
    });
  }
});
