import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../utils/artifacts/context';
import { findDuplicatedParagraphs } from '../../utils/artifacts/duplicates';
import { mergedStoryExcerpts } from '../helpers/merged-story-rows';

/** Round 25, artifacts text detectors: look-alikes of the round-25 readers that must stay silent. Invented rows. */

const STORY_EN = [
  'Harbor Lines beats forecasts as freight volumes climb',
  'OSLO, March 4 Harbor Lines reported a higher quarterly profit on Tuesday as freight volumes climbed across its northern routes, the shipping group said in a statement.',
  'The group raised its dividend and said bookings for the spring season were ahead of last year, helped by new contracts with two grocery chains.',
];

/** Dated ledes that are not other stories. */
const NOT_OTHER_DAY: Array<{ name: string; paragraphs: string[] }> = [
  {
    name: 'EN: a second lede of the same day (left to the dateline rule)',
    paragraphs: [...STORY_EN, 'BERGEN, March 4 A smaller rival of the group also said its volumes rose in the quarter, though it kept its own outlook for the year unchanged.'],
  },
  {
    name: 'EN: a timeline of dated entries (more than three days)',
    paragraphs: [
      ...STORY_EN,
      'Key dates in the group\'s restructuring:',
      'Jan 12 The board hires advisers to review the group\'s northern routes and its fleet of older vessels.',
      'Feb 20 Lenders agree to extend the group\'s loans by two years while the review goes on.',
      'April 2 The group sells four older vessels to a rival and closes two of its smaller offices.',
      'June 15 Shareholders approve the plan at a meeting in the capital after a long debate.',
    ],
  },
  {
    name: 'EN: dated notes with no place in capitals (not a wire page)',
    paragraphs: [
      'Harbor Lines beats forecasts as freight volumes climb',
      'March 4 Harbor Lines reported a higher quarterly profit on Tuesday as freight volumes climbed across its northern routes, the shipping group said in a statement.',
      'The group raised its dividend and said bookings for the spring season were ahead of last year, helped by new contracts with two grocery chains.',
      'July 9 The group will report its half-year figures and hold a call with analysts and investors in the morning.',
    ],
  },
  {
    name: 'EN: a digest whose sign opens the page carries items of several days',
    paragraphs: [
      'WEEKLY DIGEST - Shipping',
      'A look back at the week in shipping, with the main stories from our reporters in the region and their updates.',
      'OSLO, March 2 Harbor Lines reported a higher quarterly profit as freight volumes climbed across its northern routes, the group said.',
      'The group raised its dividend and said bookings for the spring season were ahead of last year, helped by new contracts with two grocery chains.',
      'BERGEN, March 4 A smaller rival said its volumes rose in the quarter, though it kept its own outlook for the year unchanged.',
    ],
  },
  {
    name: 'FR: une chronologie datée de plus de trois jours',
    paragraphs: [
      'Le transporteur Brisac relève ses prévisions',
      'LYON, 4 mars Le transporteur Brisac a relevé mardi ses prévisions annuelles grâce à la hausse des volumes sur ses lignes du nord, a indiqué le groupe dans un communiqué.',
      'Le groupe a aussi augmenté son dividende et jugé que les réservations du printemps dépassaient nettement celles de l’an dernier.',
      '12 janvier Le conseil engage des conseillers pour revoir les lignes du nord.',
      '20 février Les banques acceptent de prolonger les prêts de deux ans.',
      '2 avril Le groupe vend quatre navires anciens à un concurrent.',
    ],
  },
];

describe('round 25 negatives: dated ledes that are not other stories', () => {
  for (const row of NOT_OTHER_DAY) {
    it(row.name, () => {
      expect(mergedStoryExcerpts(row.paragraphs)).toEqual([]);
    });
  }
});

/** The repeats the duplicates detector reports in a list of paragraphs (no other detector's claim). */
function repeats(paragraphs: string[]): string[] {
  const doc = buildDoc(paragraphs);
  return findDuplicatedParagraphs(doc, () => false).map((f) => doc.text.slice(f.start, f.end));
}

const BUDGET_EN = 'The city approved a new budget on Monday after a long debate among council members.';
const BUDGET_FR = 'Le conseil municipal a adopté lundi un nouveau budget après un long débat entre les élus.';
const BETWEEN_EN = 'Officials said the plan would cut waste in several departments.';

/** Lines that hold an earlier paragraph's words but are not a label glued to a copy. */
const NOT_GLUED_LABEL: Array<{ name: string; paragraphs: string[] }> = [
  { name: 'EN: a clause before the words (the writer restates them)', paragraphs: [BUDGET_EN, BETWEEN_EN, `In other words, ${BUDGET_EN.charAt(0).toLowerCase()}${BUDGET_EN.slice(1)}`] },
  { name: 'EN: a quote introduced by a colon', paragraphs: [BUDGET_EN, BETWEEN_EN, `The mayor repeated: ${BUDGET_EN}`] },
  { name: 'EN: a label before a longer paragraph (the copy goes on: not the same paragraph)', paragraphs: [BUDGET_EN, BETWEEN_EN, `Keep Reading ${BUDGET_EN} Fees for parking will also rise next year.`] },
  { name: 'EN: a lead-in longer than a label', paragraphs: [BUDGET_EN, BETWEEN_EN, `As the council clerk wrote in the minutes ${BUDGET_EN}`] },
  { name: 'EN: a shell prompt before a command printed again (a listing, not furniture)', paragraphs: ['$ make deploy target staging after the build and the tests of the harbour app', BETWEEN_EN, '$ cd app $ make deploy target staging after the build and the tests of the harbour app'] },
  { name: 'FR: une incise avant les mêmes mots', paragraphs: [BUDGET_FR, 'Selon la mairie, le plan réduira les dépenses de plusieurs services.', `Autrement dit, ${BUDGET_FR.charAt(0).toLowerCase()}${BUDGET_FR.slice(1)}`] },
];

describe('round 25 negatives: an earlier paragraph\'s words that are no glued copy', () => {
  for (const row of NOT_GLUED_LABEL) {
    it(row.name, () => {
      expect(repeats(row.paragraphs)).toEqual([]);
    });
  }
});

/** A "Read More" after a cut paragraph that opens no listing. */
const NOT_CLOSED_ITEM: Array<{ name: string; paragraphs: string[] }> = [
  {
    name: 'EN: one article cut by its paywall under a subhead (one prompt only)',
    paragraphs: [
      'Harbor Lines beats forecasts as freight volumes climb',
      'Harbor Lines reported a higher quarterly profit on Tuesday as freight volumes climbed across its northern routes, the shipping group said in a statement.',
      'What the new routes mean for the group',
      'The group said the northern routes would carry most of its growth next year, and that it expected to add two more vessels to the line before',
      'Read more >',
    ],
  },
  {
    name: 'EN: the first item of the listing has nothing but a tagline above it',
    paragraphs: [
      'Notes on shipping from the people who run it',
      'What do board observers actually do at a startup?',
      'An observer sits in on board meetings without a vote, and the role is often given to a smaller investor who wants to follow the company without',
      'Read more >',
      'How long does a seed round usually last before the money runs out?',
      'Founders plan for eighteen months, but the time it really lasts depends on hiring, and most teams find that their first hires cost more than',
      'Read more >',
    ],
  },
];

describe('round 25 negatives: a "Read More" that opens no second story above it', () => {
  for (const row of NOT_CLOSED_ITEM) {
    it(row.name, () => {
      expect(mergedStoryExcerpts(row.paragraphs).filter((f) => !f.startsWith('How long does'))).toEqual([]);
    });
  }
});
