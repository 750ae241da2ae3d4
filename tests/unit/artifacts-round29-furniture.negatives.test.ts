import { describe, expect, it } from 'vitest';
import { findBoilerplate } from '../../utils/artifacts/boilerplate';
import { buildDoc } from '../../utils/artifacts/context';
import { PROSE_A, PROSE_B, PROSE_FR, slices } from '../helpers/ferry-prose';

/**
 * Look-alikes of round 29's furniture readers (invented, EN and FR): a story's sentence holding a reading goal among its
 * other clauses, a quoted notice, a reading goal with a subject; an article closing on its own subheads and prose.
 */

const flagged = (ps: string[]): string[] => {
  const doc = buildDoc(ps);
  return slices(doc, findBoilerplate(doc));
};

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
