import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { expectBoilerplateFlag, furnitureRow, type FurnitureRow } from '../helpers/furniture-rows';

/**
 * Round 16 furniture, by shape, EN and FR, invented rows (no fixture or fresh page copied).
 */
const ROWS: FurnitureRow[] = [
  // A print jump line in the forms the edge-chrome copy used to read (now one rule in the lexicon): the page in words, the
  // short "cont'd", a continuation with no preposition, the German and Spanish jump lines.
  furnitureRow('continued from page in words', 'top', '(Continued From Page Three)'),
  furnitureRow('contd on page', 'end', 'Cont’d on page 9'),
  furnitureRow('continued with no preposition', 'end', 'Continued page 14'),
  furnitureRow('fortsetzung auf seite', 'end', 'Fortsetzung auf Seite 7'),
  furnitureRow('continúa en la página', 'end', 'Continúa en la página 12'),
  // A story link's label alone on its line, under its teaser.
  furnitureRow('full story label', 'middle', 'Full Story'),
  furnitureRow('bracketed full story in capitals', 'end', '[FULL STORY]'),
  // A pointer to the rest of the story in the print paper.
  furnitureRow('read more in a named paper', 'end', 'Read more in the Lakeside Morning Ledger.'),
  furnitureRow('read more in this week’s paper, capitals', 'end', 'READ MORE IN THIS WEEK’S HERALD!'),
  furnitureRow('find the full story in a weekday’s edition', 'end', 'Find the full story in Thursday’s edition.'),
  furnitureRow('lire la suite dans notre édition', 'end', 'Lire la suite dans notre édition de samedi.', true),
  // A blog theme's category line, its label glued to the category.
  furnitureRow('posted in glued', 'top', 'Posted inCity Hall & Courts'),
  furnitureRow('filed under glued', 'end', 'Filed underHarbour News'),
  furnitureRow('publié dans collé', 'top', 'Publié dansVie locale', true),
  // A site's slogan above the headline: a scope of news, a hometown source.
  furnitureRow('hometown news source slogan', 'top', 'Your Community News Source'),
  furnitureRow('slogan de portée', 'top', 'L’info locale, régionale et internationale', true),
  // A form's anti-spam notice.
  furnitureRow('captcha notice', 'top', 'This form is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.'),
  furnitureRow('avis captcha', 'end', 'Ce site est protégé par reCAPTCHA, et les règles de confidentialité de Google s’appliquent.', true),
];

describe('round 16 furniture is boilerplate', () => {
  for (const row of ROWS) it(row.name, () => expectBoilerplateFlag(row));
});

/** A "read more" label glued to a teaser cut with no full stop: the flag is the label only. */
describe('round 16: a read-more label glued to or bracketed after a cut teaser', () => {
  const rows: Array<[string, string, string]> = [
    ['title case glued to a lower-case letter', 'The harbour board met on Tuesday for the first time since the spring, and all seven members were atContinue Reading', 'Continue Reading'],
    ['read more glued', 'Parents lined up outside the new library on Saturday morning as the doors opened to a crowd of nearlyRead More', 'Read More'],
    ['bracketed capitals', 'The port authority said the dredging would resume once the permits for the outer channel were signed [FULL STORY]', '[FULL STORY]'],
    ['a short hard-wrapped last line with a bracketed label', 'the harbour dues [READ MORE]', '[READ MORE]'],
    ['a pointer to the paper after the last sentence', 'The harbour board cut the dredging budget by a third on Monday. The ferry line keeps its winter timetable. Read more in the Lakeside Morning Ledger.', 'Read more in the Lakeside Morning Ledger.'],
    ['lire la suite entre crochets', 'Le conseil municipal a voté mardi soir un budget en hausse pour les travaux du quai et du marché couvert [Lire la suite]', '[Lire la suite]'],
  ];
  for (const [name, paragraph, text] of rows) {
    it(name, () => {
      const found = findArtifacts({ paragraphs: ['Harbour budget passes', 'The council met on Monday to vote on the plan for the harbour and its new quay.', paragraph, 'The vote came after months of talks with the port authority and the unions.'] });
      expect(found.some((a) => a.kind === 'boilerplate' && a.text === text), JSON.stringify(found.map((a) => [a.kind, a.text]))).toBe(true);
    });
  }
});

/** A flattened print front page: its masthead marks at the head of the page text. */
describe('round 16: a print masthead at the head of the page text', () => {
  const rows: Array<[string, string, string]> = [
    ['founded and volume', 'THE RIVERTON LEDGER. FOUNDED BY J. K. MARSH, APRIL 1871. VOL. 52. BRIDGE VOTE SET FOR MAY The county board will vote on the river bridge next month, officials said on Monday.', 'THE RIVERTON LEDGER. FOUNDED BY J. K. MARSH, APRIL 1871. VOL. 52'],
    ['year, number and pages', 'OAK VALLEY TIMES (Established 1921) 44th YEAR, NO. 31 TWELVE PAGES FRIDAY, MAY 3, 1957 Mill Reopens After Fire The mill on Front Street reopened on Thursday after a fire in March.', 'OAK VALLEY TIMES (Established 1921) 44th YEAR, NO. 31 TWELVE PAGES FRIDAY, MAY 3, 1957'],
    ['price and postal number', 'AWARD WINNER 2015 Pine County 50 CENTS USPS 123-456 Pine Ridge, Ohio SPORTS, 4B The school board approved the new bus routes on Monday night after a long debate.', 'AWARD WINNER 2015 Pine County 50 CENTS USPS 123-456'],
  ];
  for (const [name, paragraph, text] of rows) {
    it(name, () => {
      const found = findArtifacts({ paragraphs: [paragraph, 'The vote came after months of talks with the port authority and the unions, the clerk said.'] });
      expect(found.some((a) => a.kind === 'boilerplate' && a.text === text), JSON.stringify(found.map((a) => [a.kind, a.text]))).toBe(true);
    });
  }
});
