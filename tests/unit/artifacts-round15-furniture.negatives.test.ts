import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of the round 15 furniture in clean articles, invented: headlines ending in "Stories", day words before a
 * date in a subhead, apps named in sentences with a subject. None may be flagged as boilerplate.
 */
const mid = (line: string): string[] => [HEADLINE, BODY[0]!, line, ...BODY.slice(1)];
const top = (line: string): string[] => [line, HEADLINE, ...BODY];
const milieu = (line: string): string[] => [TITRE, CORPS[0]!, line, ...CORPS.slice(1)];

const NEGATIVE: Array<{ name: string; paragraphs: string[] }> = [
  { name: 'a three-word headline ending in Stories', paragraphs: top('Forgotten Lighthouse Stories') },
  { name: 'a headline of war stories', paragraphs: top('Untold Border Stories') },
  { name: 'a day word and a date before a lower-case word', paragraphs: mid('Last week — May 2nd-quarter sales') },
  { name: 'yesterday before a date and an ordinal', paragraphs: mid('Yesterday – June 3rd') },
  { name: 'hier avant un ordinal', paragraphs: milieu('Hier — 3 juin 2e tour') },
  { name: 'an app in a sentence with a subject', paragraphs: mid('Readers can download the app for free, the publisher said on Monday.') },
  { name: 'a review of apps', paragraphs: mid('Get the best apps for students this year.') },
  { name: 'an app after a lower-case clause', paragraphs: mid('Shoppers who get the app save money, the chain said.') },
  { name: 'a page inside a sentence', paragraphs: mid('The full table is printed on page 12, the clerk said.') },
  { name: 'a page opening a sentence', paragraphs: mid('The vote was close. Page 4 of the minutes records a tie.') },
  { name: 'a page range going on', paragraphs: mid('She read it twice. Pages 4-5 show the new quay.') },
  { name: 'a sentence about a page', paragraphs: mid('The chart is on page 4.') },
  { name: 'see as a verb with a page', paragraphs: mid('See you on page one, the editor joked to the young reporters.') },
  { name: 'une page dans une phrase', paragraphs: milieu('Le rapport consacre la page 12 au port, selon le maire.') },
  { name: 'une application dans une phrase', paragraphs: milieu('Les clients peuvent télécharger l’application gratuite depuis lundi, selon la banque.') },
];

describe('round 15 furniture look-alikes are not boilerplate', () => {
  for (const row of NEGATIVE) {
    it(row.name, () => {
      const flags = findArtifacts({ paragraphs: row.paragraphs }).filter((a) => a.kind === 'boilerplate');
      expect(flags.map((a) => a.text)).toEqual([]);
    });
  }
});
