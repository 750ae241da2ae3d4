import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of the round 17 furniture shapes in clean articles, invented. None may be flagged as boilerplate.
 */
const mid = (line: string): string[] => [HEADLINE, BODY[0]!, line, ...BODY.slice(1)];
const milieu = (line: string): string[] => [TITRE, CORPS[0]!, line, ...CORPS.slice(1)];

const NEGATIVE: Array<{ name: string; paragraphs: string[] }> = [
  // Site notice look-alikes: an article about a site's ads or access, in the third person; a quoted notice; a long paragraph.
  { name: 'a company’s site and its ads, third person', paragraphs: mid('The startup said the ads on its site now bring in more than its subscriptions, and that access will stay free.') },
  { name: 'a quoted notice', paragraphs: mid('“By using this site you agree to our ads,” the banner read, according to the complaint filed on Monday.') },
  { name: 'second person in an op-ed about an app, no site deixis', paragraphs: mid('If you open a banking app today, you will find more ads than features, and your account settings buried.') },
  { name: 'this story without the site’s machinery', paragraphs: mid('You may remember this story from last year, when the harbour flooded twice in a week.') },
  { name: 'une entreprise et ses publicités', paragraphs: milieu('La société a expliqué que les publicités de son site rapportent désormais plus que ses abonnements.') },
  { name: 'un éditorial à la deuxième personne sans le site', paragraphs: milieu('Si vous ouvrez une application bancaire, vous verrez plus de publicités que de services.') },
  {
    name: 'a long paragraph about privacy that names this site once',
    paragraphs: mid('Regulators in three countries have asked publishers to explain how they use the data of their readers. One lawyer said that on a site like this one, you would expect a notice about ads and cookies, but that many publishers still bury it. The agency will publish its findings in the spring, after it hears from the companies. Publishers have until March to answer, and several have asked for more time to gather their records.'),
  },
];

describe('round 17 furniture negatives: look-alikes stay unflagged', () => {
  for (const row of NEGATIVE) {
    it(row.name, () => {
      const found = findArtifacts({ paragraphs: row.paragraphs }).filter((a) => a.kind === 'boilerplate');
      expect(found.map((a) => a.text)).toEqual([]);
    });
  }
});

/** Masthead and desk-name look-alikes: a date and a section in a sentence, a headline ending in "News". */
const NEGATIVE_PRINT: Array<{ name: string; paragraphs: string[] }> = [
  { name: 'a weekday date and a section in prose', paragraphs: ['On Tuesday, March 3, 1948 the council, in Sec. B of its report, backed the plan for a new bridge over the river after a long debate.', ...BODY] },
  { name: 'une date et un numéro dans une phrase', paragraphs: ['Le mercredi 12 mars 1952, le conseil a publié le rapport n° 12 sur le port, après un long débat.', ...CORPS] },
  { name: 'a volume and a date in a citation', paragraphs: ['The study, printed in Vol. 4 on Friday, May 5, 1939, found that the harbour silted up every decade.', ...BODY] },
  { name: 'a headline ending in “the News”', paragraphs: ['Markets Cheer the News', HEADLINE, ...BODY] },
  { name: 'a two-word headline ending in News', paragraphs: ['Bad News', HEADLINE, ...BODY] },
  { name: 'Business News inside a sentence', paragraphs: mid('The group sold its Business News unit last year to a rival publisher.') },
];

describe('round 17 furniture negatives: print and desk-name look-alikes stay unflagged', () => {
  for (const row of NEGATIVE_PRINT) {
    it(row.name, () => {
      const found = findArtifacts({ paragraphs: row.paragraphs }).filter((a) => a.kind === 'boilerplate');
      expect(found.map((a) => a.text)).toEqual([]);
    });
  }
});

/** A name printed once under a share label is no doubled byline: the merge gives nothing back to byline-noise. */
describe('round 17 negatives: a single name under a furniture block', () => {
  for (const paragraphs of [[HEADLINE, ...BODY, 'Share this story', 'Jane Holloway'], [TITRE, ...CORPS, 'Partager cet article', 'Marie Dupont']]) {
    it(paragraphs.at(-2)!, () => {
      expect(findArtifacts({ paragraphs }).filter((a) => a.kind === 'byline-noise')).toEqual([]);
    });
  }
});
