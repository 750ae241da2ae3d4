import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from '../../utils/artifacts/boilerplate';
import { boilerplateTexts as boilerplate, edgeChromeTexts as edgeChrome, PROSE_A, PROSE_B, PROSE_FR } from '../helpers/ferry-prose';

/**
 * Round 30's furniture readers, on invented lines (EN and FR): a module's heading read by its shape (a place word, desk
 * nouns, a plural item noun), a reading-time line read by its parts (lead, duration, reading words), and a site's date bar
 * with its section labels above the headline.
 */

const MODULE_HEADINGS: Array<[string, string]> = [
  ['a recent-items heading', 'Recent Posts'],
  ['a desk noun between place word and item noun, in capitals', 'MORE Sports STORIES'],
  ['two desk nouns', 'Latest Business Finance Headlines'],
  ['an earlier-items heading', 'Earlier Stories'],
  ['FR : les dernières actualités', 'Nos dernières actualités'],
  ['FR : des articles similaires', 'Articles similaires'],
];

describe('round 30: a module heading read by its shape', () => {
  for (const [name, line] of MODULE_HEADINGS) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(true);
      expect(boilerplate([PROSE_A, PROSE_B, line, 'Harbour pilots vote to strike over night shifts'])[0]).toContain(line);
    });
  }
});

const READING_TIMES: Array<[string, string]> = [
  ['the article addressing the reader with its duration', 'This story will take you 4 minute(s) to read'],
  ['an estimated reading time with its lead', 'Estimated reading time: 6 minutes'],
  ['a duration with the reading words after it', '5 minutes to read'],
  ['a hedged duration after its lead', 'Reading time: about 7 min'],
  ['FR : durée de lecture, environ', 'Durée de lecture : environ 3 minutes'],
  ['FR : temps de lecture estimé', 'Temps de lecture estimé : 6 min'],
  ['FR : l’article se lit en', 'Cet article se lit en 2 minutes'],
];

describe('round 30: a reading-time line read by its parts', () => {
  for (const [name, line] of READING_TIMES) {
    it(name, () => {
      expect(boilerplate([line, PROSE_A, PROSE_B])).toContain(line);
    });
  }
});

const DATE_BARS: Array<[string, string[]]> = [
  ['a date bar over one section label', ['Tuesday, March 4, 2025', 'Markets', 'Ferry operator lifts its forecast after a busy summer']],
  ['a date bar over an ad marker and a section label', ['Friday, June 13, 2025', 'ADVT', 'Travel', 'Ferry operator lifts its forecast after a busy summer']],
  ['FR : la date du jour et la rubrique', ['Mardi 4 mars 2025', 'Économie', 'L’exploitant des ferries relève sa prévision annuelle']],
];

describe('round 30: a site’s date bar with its section labels above the headline', () => {
  for (const [name, top] of DATE_BARS) {
    it(name, () => {
      const labels = top.slice(0, -1);
      expect(edgeChrome([...top, PROSE_A, PROSE_B, PROSE_FR])).toContain(labels.join('\n\n'));
    });
  }
});

const GLUED_BUTTONS: Array<[string, string]> = [
  ['a promo run into its sign-up button', 'Get Harbour News Alerts FREESign up today!'],
  ['a lower-case promo run into a subscribe button', 'Our weekly ferry letterSubscribe'],
  ['FR : une offre collée à son bouton', 'Recevez les horaires chaque matinAbonnez-vous'],
];

describe('round 30: a promo and its button run together, after the body', () => {
  for (const [name, line] of GLUED_BUTTONS) {
    it(name, () => {
      expect(edgeChrome([PROSE_A, PROSE_B, PROSE_FR, line])).toContain(line);
    });
  }
});
