import { describe, expect, it } from 'vitest';
import { boilerplateTexts as flagged, furnitureTexts as furniture, PROSE_A, PROSE_B, PROSE_FR } from '../helpers/ferry-prose';

/**
 * Look-alikes of round 29's furniture readers (invented, EN and FR): a story's sentence holding a reading goal among its
 * other clauses, a quoted notice, a reading goal with a subject; an article closing on its own subheads and prose.
 */

const NOT_NOTICES: Array<[string, string]> = [
  ['a purpose clause with its own main clause', 'To continue reading the tides, the harbour master checks the gauges twice a day.'],
  ['a quoted notice in a story', 'The site told readers: “To continue reading, subscribe.”'],
  ['a subject who keeps reading', 'She decided to continue reading the ferry timetable.'],
  ['a preview of an event, not of the text', 'You are invited to a preview of the new terminal on Friday.'],
  ['FR : une phrase au but suivi de son propos', 'Pour lire la suite de l’histoire du port, il faut remonter à 1890.'],
  ['FR : un aperçu dans un récit', 'Les élus ont eu un aperçu du chantier, a indiqué la mairie.'],
];

describe('round 29: not an access notice', () => {
  for (const [name, line] of NOT_NOTICES) {
    it(name, () => {
      expect(flagged([PROSE_A, line, PROSE_B])).toEqual([]);
    });
  }
});

const NOT_MODULES: Array<[string, string[]]> = [
  ['the article’s closing subhead over its prose', [
    'What comes next',
    'The council will vote on the terminal budget in the spring, officials said.',
    'The operator expects to add sailings once the pier is finished.',
  ]],
  ['a closing subhead, a headline-shaped line and prose with no card furniture', [
    'Outlook',
    'Fares expected to hold through the winter season',
    'The operator said it had no plans to raise prices before April.',
  ]],
  ['FR : un intertitre final et son texte', [
    'Et après',
    'La mairie votera le budget du quai au printemps, selon ses services.',
  ]],
];

describe('round 29: not a closing module of cards', () => {
  for (const [name, lines] of NOT_MODULES) {
    it(name, () => {
      expect(flagged([PROSE_FR, PROSE_A, PROSE_B, ...lines])).toEqual([]);
    });
  }
});

const NOT_SELF_DESCRIPTIONS: Array<[string, string[]]> = [
  ['a headline about a trusted paper (no full stop)', ['Island’s most trusted newspaper cuts its print days', PROSE_A, PROSE_B]],
  ['a lede reporting on a paper', ['The coast’s most trusted weekly newspaper said on Monday it would close its print plant.', PROSE_A, PROSE_B]],
  ['a lede with figures about the leading source', ['The leading news source lost 12 percent of its readers this year.', PROSE_A, PROSE_B]],
  ['a lede whose object is a praised site, late in the sentence', ['In an unusual step for the island press, the ferry operator now posts its notices on Harbour Today, the coast’s most popular news website.', PROSE_A, PROSE_B]],
  ['a story’s sentence naming a site, mid-text', [PROSE_A, 'Readers call the Gazette the most trusted newspaper on the coast.', PROSE_B]],
  ['FR : un titre sur le premier quotidien', ['Le premier quotidien des îles supprime son édition du dimanche', PROSE_FR, PROSE_FR]],
];

describe('round 29: not an outlet’s description of itself', () => {
  for (const [name, ps] of NOT_SELF_DESCRIPTIONS) {
    it(name, () => {
      expect(furniture(ps)).toEqual([]);
    });
  }
});

const NOT_INLINE_JUMPS: Array<[string, string]> = [
  ['a sentence that ends on its page', 'The full list of routes continues on page 6.'],
  ['a reader told where a chart is, inside a sentence', 'Readers who turn to page 4 of the report will find the fares chart.'],
  ['FR : une phrase qui cite une page', 'Le rapport continue page 6 avec les tarifs des traversées.'],
];

describe('round 29: not a print jump line', () => {
  for (const [name, line] of NOT_INLINE_JUMPS) {
    it(name, () => {
      expect(furniture([PROSE_A, line, PROSE_B])).toEqual([]);
    });
  }
});
