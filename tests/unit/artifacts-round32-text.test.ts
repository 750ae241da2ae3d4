import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../utils/artifacts/context';
import { findBylineNoise } from '../../utils/artifacts/bylines';
import { findMergedStories } from '../../utils/artifacts/merged-stories';
import { PROSE_A, PROSE_B, PROSE_FR } from '../helpers/ferry-prose';

/**
 * Round 32, artifacts text detectors: the author box's name printed again under a byline that carries the writer's role
 * (bylines.ts nameCardUnderByline; English only: the role nouns the byline readers share, JOURNALIST_ROLES, are English);
 * a byline's label left alone above the text, its name lost (EMPTY_BYLINE_LABEL, EN and FR); a listing's items under date
 * lines whose author cell is empty ("/ 3 March 2021", merged-stories.ts EMPTY_CELL_DATE, EN and FR); a date stamp with the
 * comment counter glued after it (bylines.ts STAMP_THEN_COUNTER, EN and FR). Invented rows; the
 * look-alikes are in the .negatives file.
 */
const bylineTexts = (paragraphs: string[]): string[] => {
  const doc = buildDoc(paragraphs);
  return findBylineNoise(doc).filter((f) => f.kind === 'byline-noise').map((f) => doc.text.slice(f.start, f.end));
};

describe('round 32: the author card’s name under a byline with the writer’s role (bylines.ts nameCardUnderByline)', () => {
  it.each([
    {
      name: 'EN: role glued after the name, the card’s bio line, then the name again',
      paragraphs: ['Harbour fees to double next spring', 'Dana Whitlock Staff Writer, Harbour Gazette', 'Dana Whitlock', 'covers shipping and ports.', 'Dana Whitlock', PROSE_A, PROSE_B],
      from: 'Dana Whitlock Staff Writer',
    },
    {
      name: 'EN: a dash, the outlet and the role, then the bare name right under it',
      paragraphs: ['Bakery chain plans twelve shops', 'Marcus Ferreira — Valley Courier business commentator', 'Marcus Ferreira', PROSE_A, PROSE_B],
      from: 'Marcus Ferreira — Valley Courier',
    },
    {
      name: 'EN: a comma and the desk before the role, a read-time label between',
      paragraphs: ['Mountain passes close after snow', 'Priya Nandakumar, Courier transport reporter', '4 min read', 'Priya Nandakumar', PROSE_A, PROSE_B],
      from: 'Priya Nandakumar, Courier transport reporter',
    },
  ])('$name', ({ paragraphs, from }) => {
    expect(bylineTexts(paragraphs).some((t) => t.startsWith(from) && t.includes('\n'))).toBe(true);
  });
});

describe('round 32: a byline label with its name lost (bylines.ts EMPTY_BYLINE_LABEL)', () => {
  it.each([
    { name: 'EN: "By" over the lead image’s alt text', paragraphs: ['Harbour fees to double next spring', 'By', 'lead photo of the harbour at dawn', PROSE_A, PROSE_B], label: 'By' },
    { name: 'EN: "Posted by on", the name and the date fields both empty', paragraphs: ['Harbour fees to double next spring', 'Posted by on', PROSE_A, PROSE_B], label: 'Posted by on' },
    { name: 'FR : « Publié par le » au-dessus du chapeau', paragraphs: ['Le port double ses droits de quai', 'Publié par le', PROSE_FR, PROSE_FR], label: 'Publié par le' },
    // META_VALUE_START read a line opening on some months' letters as the label's value ("Marseille" for "mars", "Main"
    // for "mai"): its month alternation was not grouped. Red before the fix, for this label reader and the one above.
    { name: 'FR : « Par » sur une légende qui commence comme un mois (« Marseille »)', paragraphs: ['Le port double ses droits de quai', 'Par', 'Marseille, le port au lever du jour', PROSE_FR, PROSE_FR], label: 'Par' },
    { name: 'EN: an empty "Author:" field over alt text opening on a month’s letters ("Main" for "mai")', paragraphs: ['Harbour fees to double next spring', 'Author:', 'Main quay of the harbour at dawn', PROSE_A, PROSE_B], label: 'Author:' },
  ])('$name', ({ paragraphs, label }) => {
    expect(bylineTexts(paragraphs)).toContain(label);
  });
});

describe('round 32: a listing whose items stand under a date line with an empty author cell (merged-stories.ts EMPTY_CELL_DATE)', () => {
  const merged = (paragraphs: string[]): string[] => {
    const doc = buildDoc(paragraphs);
    return findMergedStories(doc).filter((f) => f.kind === 'merged-stories').map((f) => doc.text.slice(f.start, f.end));
  };
  it.each([
    {
      name: 'EN: "/ 3 March 2021" over each item’s headline',
      paragraphs: ['/ 3 March 2021', 'Harbour board votes to double cruise fees', `${PROSE_A} ${PROSE_B}`, '/ 12 February 2021', 'Bakery chain to open twelve shops in the north', 'A bakery chain will open twelve shops in the north of the county before the end of the year, its owner said.'],
      second: 'Bakery chain to open twelve shops in the north',
    },
    {
      name: 'FR : « | 3 mars 2021 » au-dessus de chaque titre',
      paragraphs: ['| 3 mars 2021', 'Le port double les droits des paquebots à quai', `${PROSE_FR} ${PROSE_FR}`, '| 12 février 2021', 'Une chaîne de boulangeries ouvre douze magasins dans le nord', 'Une chaîne de boulangeries ouvrira douze magasins dans le nord du département avant la fin de l’année, a indiqué son patron.'],
      second: 'Une chaîne de boulangeries ouvre douze magasins dans le nord',
    },
  ])('$name', ({ paragraphs, second }) => {
    expect(merged(paragraphs).some((t) => t.includes(second))).toBe(true);
  });
});

describe('round 32: a date stamp with the comment counter glued after it (bylines.ts STAMP_THEN_COUNTER)', () => {
  it.each([
    { name: 'EN: a relative age and the count after the headline', paragraphs: ['Harbour board doubles cruise fees 3 years ago 12', PROSE_A, PROSE_B], stamp: '3 years ago 12' },
    { name: 'EN: the byline’s date and a zero count', paragraphs: ['Harbour fees to double next spring', 'By Dana Whitlock March 3, 2024 0', PROSE_A, PROSE_B], stamp: 'March 3, 2024 0' },
    { name: 'FR : la date de la signature et le compteur', paragraphs: ['Le port double ses droits de quai', 'Par Jeanne Dupont, 3 mars 2024 4', PROSE_FR, PROSE_FR], stamp: '3 mars 2024 4' },
  ])('$name', ({ paragraphs, stamp }) => {
    expect(bylineTexts(paragraphs)).toContain(stamp);
  });
});
