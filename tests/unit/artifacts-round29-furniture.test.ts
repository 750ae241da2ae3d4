import { describe, expect, it } from 'vitest';
import { boilerplateTexts as flagged, furnitureTexts as furniture, PROSE_A, PROSE_B, PROSE_FR } from '../helpers/ferry-prose';

/**
 * Round 29's furniture readers, on invented lines (EN and FR): a reader's access notice read clause by clause (a preview
 * told to the reader, an account action, a reading goal), and a module of other stories' cards closing the text.
 */

const ACCESS_NOTICES: Array<[string, string]> = [
  ['a bare reading goal under a cut article', 'To continue reading…'],
  ['a goal, then its account actions', 'To keep reading this story, please register or sign in.'],
  ['account actions joined before a goal', 'Log in or create an account to continue reading…'],
  ['a preview told to the reader', 'You are viewing an excerpt of this report.'],
  ['FR : un aperçu, puis l’inscription et le but', 'Vous consultez un extrait, connectez-vous pour lire la suite.'],
  ['FR : le but, puis l’action', 'Pour poursuivre votre lecture, abonnez-vous.'],
];

describe('round 29: a reader’s access notice, read clause by clause', () => {
  for (const [name, line] of ACCESS_NOTICES) {
    it(name, () => {
      expect(flagged([PROSE_A, 'The harbour board met on Monday to discuss the new', line])).toContain(line);
    });
  }
});

const MODULES: Array<[string, string[]]> = [
  ['a labelled module of two cards with their dates', [
    'Around the region',
    'Island council approves new ferry terminal budget',
    'Updated 12/03/2025 | harbourtimes.example, staff',
    'The vote came after a long debate over the cost of the pier.',
    'Fishing fleet returns to port as storms clear',
    'Posted 11/03/2025 | harbourtimes.example',
  ]],
  ['a podcast module whose label carries its date', [
    'Harbour Hour Podcast: March 3, 2025',
    'Pier talks stall; ferry fares rise; island school reopens',
    'On this week’s show, our reporters look back at a busy month on the water.',
  ]],
  ['FR : un module « à la une » avec son temps de lecture', [
    'Sur le même littoral',
    'Gazette2 min de lecture',
    'Le port de l’île agrandit son quai principal',
    'Les travaux doivent durer deux ans et coûter plusieurs millions.',
  ]],
];

describe('round 29: a module of other stories’ cards closing the text', () => {
  for (const [name, lines] of MODULES) {
    it(name, () => {
      const found = flagged([PROSE_FR, PROSE_A, PROSE_B, ...lines]).join('\n\n');
      expect(found).toContain(lines[0]);
      expect(found).toContain(lines[lines.length - 1]);
    });
  }
});

const SELF_DESCRIPTIONS: Array<[string, string[], string]> = [
  ['a paper’s description of itself on the first line', ['Proudly the coast’s most trusted weekly newspaper, the Harbour Gazette brings you every tide and every vote.', PROSE_A, PROSE_B], 'Proudly the coast’s most trusted weekly newspaper, the Harbour Gazette brings you every tide and every vote.'],
  ['a name and its slogan set apart by a bar', ['Harbour Notes | Real news from real islanders', 'Ferry operator adds two island routes', PROSE_A, PROSE_B], 'Harbour Notes | Real news from real islanders'],
  ['a line led by the site’s address, up to its first sentence end', [PROSE_A, 'www.harbourgazette.example The leading resource for ferry operators and port managers. Spring 2025 Ferry firms expand', PROSE_B], 'www.harbourgazette.example The leading resource for ferry operators and port managers.'],
  ['FR : le journal se présente en tête', ['Premier quotidien des îles, la Gazette du Port vous informe chaque matin.', PROSE_FR, PROSE_FR], 'Premier quotidien des îles, la Gazette du Port vous informe chaque matin.'],
];

describe('round 29: an outlet’s description of itself', () => {
  for (const [name, ps, line] of SELF_DESCRIPTIONS) {
    it(name, () => {
      expect(furniture(ps)).toContain(line);
    });
  }
});

const INLINE_JUMPS: Array<[string, string, string]> = [
  ['a call to turn after a word cut at its hyphen', 'The ferry firm will add a third route to the is- Turn to page 12 for more harbour news Island council backs pier plan after long debate.', 'Turn to page 12 for more harbour news'],
  ['a continuation between a slug and the next story', 'BY A STAFF WRITER Ferry fares continues on page A4 More than 300 islanders signed the petition against the rise.', 'continues on page A4'],
  ['a call to turn after a sentence end', 'The pier will open in May. Please turn to page 7 Harbour board approves the budget.', 'Please turn to page 7'],
];

describe('round 29: a print jump line run into a flattened replica’s text', () => {
  for (const [name, line, jump] of INLINE_JUMPS) {
    it(name, () => {
      expect(furniture([PROSE_A, line, PROSE_B])).toContain(jump);
    });
  }
});
