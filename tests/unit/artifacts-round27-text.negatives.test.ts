import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../utils/artifacts/context';
import { findBylineNoise } from '../../utils/artifacts/bylines';
import { findTruncatedSentences } from '../../utils/artifacts/truncated';

/**
 * Round 27 look-alikes: lines that end without a stop legitimately (headings, list items, lead-ins, a wrapped
 * paragraph, a month in lower case), and quotes whose speaker is there. Invented rows, EN and FR.
 */
const truncated = (paragraphs: string[]): string[] => {
  const doc = buildDoc(paragraphs);
  return findTruncatedSentences(doc).map((f) => doc.text.slice(f.start, f.end));
};

describe('round 27 negatives: lines without a stop that are not stripped figures', () => {
  it.each([
    {
      name: 'EN: sentence-case headings ending on nouns',
      paragraphs: ['Results for the quarter', 'Sales rose 4 percent to 210 million crowns in the three months.', 'Outlook for the full year', 'The group expects volumes to improve in the autumn.'],
    },
    {
      name: 'EN: one line alone ending on "was" is left to the single-line readers',
      paragraphs: ['The board met on Monday to discuss the sale.', 'What it decided was', 'not disclosed to shareholders until the following week.'],
    },
    {
      name: 'EN: list items after markers',
      paragraphs: ['The plan has three parts:', '- Costs for the year will be cut by the', '- Sales staff in the north will be moved to the', 'The board approved it on Monday.'],
    },
    {
      name: 'EN/FR: whole clauses with no stop ("was reached", "ont voté contre", "est atteint") are no figure slot',
      paragraphs: ['After two days of talks an agreement was reached', 'Les élus de l’opposition ont voté contre', 'Pour le groupe, l’objectif de marge est atteint', 'The board will meet again in the spring.'],
    },
    {
      name: 'EN: function words before a dropped code span or formula are no figure slot',
      paragraphs: ['The function takes the same arguments as those passed to the', 'request(url, options)', 'A matrix is symmetric if and only if it is such that', 'A = transpose(A)', 'The values it returns are listed below.'],
    },
    {
      name: 'EN: a wrapped paragraph goes on in lower case',
      paragraphs: ['Revenue for the quarter was', 'higher than a year earlier at 210 million crowns.', 'Net profit in the six months ended', 'in June rose by a fifth.'],
    },
    {
      name: 'FR : intertitres et amorce de citation',
      paragraphs: ['Résultats du semestre', 'Le chiffre d’affaires progresse de 4 % à 210 millions d’euros.', 'Perspectives pour l’exercice', 'Le directeur financier a précisé :', '« Les volumes devraient se redresser à l’automne. »'],
    },
  ])('$name', ({ paragraphs }) => {
    expect(truncated(paragraphs)).toEqual([]);
  });
});

describe('round 27 negatives: quotes with their speaker', () => {
  it.each([
    { name: 'EN: speaker after the verb', paragraphs: ['“We saw strong demand on every route we opened this year,” said Ana Ruiz, the chief executive.', 'Bookings are ahead of last year.'] },
    { name: 'EN: the verb closes the sentence after the speaker', paragraphs: ['“We saw strong demand on every route we opened this year,” the chief executive said.', 'Bookings are ahead of last year.'] },
    { name: 'FR : le nom suit le verbe', paragraphs: ['« Nous avons vu une forte demande sur toutes les lignes », a déclaré Ana Ruiz, directrice générale.', 'Les réservations sont en avance.'] },
  ])('$name', ({ paragraphs }) => {
    expect(truncated(paragraphs)).toEqual([]);
  });
});

const bylineNoise = (paragraphs: string[]): string[] => {
  const doc = buildDoc(paragraphs);
  return findBylineNoise(doc).map((f) => doc.text.slice(f.start, f.end));
};
const LEDE = 'Shares of regional carriers fell sharply on Tuesday after fuel prices climbed for a third week in a row.';

describe('round 27 negatives: labels whose value is on the next line', () => {
  it.each([
    { name: 'EN: the author name under its label', paragraphs: ['Carriers slide on fuel costs', 'Author:', 'Dana Whitfield', LEDE] },
    { name: 'EN: the date under its label', paragraphs: ['Carriers slide on fuel costs', 'Published:', 'March 4, 2021', LEDE] },
    { name: 'FR : la date sous le libellé', paragraphs: ['Les transporteurs reculent', 'Publié le :', '16/03/2021 à 09:12', LEDE] },
    { name: 'EN: a label word inside a sentence', paragraphs: ['Carriers slide on fuel costs', 'Updated: the company revised its outlook after the close.', LEDE] },
  ])('$name', ({ paragraphs }) => {
    expect(bylineNoise(paragraphs)).toEqual([]);
  });
});
