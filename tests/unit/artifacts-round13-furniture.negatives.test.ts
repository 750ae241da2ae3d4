import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of the round 13 furniture in clean articles: file names, ages, subscribers, latest news, feedback, sales,
 * full stories, leaders and numbers as the story's own words, in sentences and headlines with a subject and a verb.
 * None may be flagged as boilerplate.
 */
const mid = (line: string): string[] => [HEADLINE, BODY[0]!, line, ...BODY.slice(1)];
const end = (line: string): string[] => [HEADLINE, ...BODY, line];
const top = (line: string): string[] => [line, HEADLINE, ...BODY];
const fin = (line: string): string[] => [TITRE, ...CORPS, line];
const milieu = (line: string): string[] => [TITRE, CORPS[0]!, line, ...CORPS.slice(1)];

const NEGATIVE: Array<{ name: string; paragraphs: string[] }> = [
  { name: 'a file name in a sentence', paragraphs: mid('Investigators found a file named IMG_2034.JPG on the laptop, and it showed the warehouse at night.') },
  { name: 'a file name with a sentence end', paragraphs: mid('The leaked chart was saved as forecast-2024.png.') },
  { name: 'a typed image address', paragraphs: mid('https://example.com/photos/forecast.png') },
  { name: 'an age in a sentence', paragraphs: mid('The fire started 2 hours ago, firefighters said.') },
  { name: 'an age closing a sentence without separator', paragraphs: mid('He left the company 3 years ago') },
  { name: 'a French age in a sentence', paragraphs: milieu('Il y a 3 ans, la ville a fermé sa dernière usine.') },
  { name: 'subscribers in a sentence', paragraphs: end('The archive is available to subscribers of the print edition, the paper said, and to libraries.') },
  { name: 'abonnés in a sentence', paragraphs: fin('Le service est accessible aux abonnés depuis lundi, a indiqué la direction.') },
  // Once 'Recent posts' over two post titles: a blog's module of other posts, boilerplate by the blind gold of 510 and
  // read so since round 30. The look-alike kept is the article's own heading over its own list.
  { name: 'an own heading over its own list', paragraphs: [HEADLINE, ...BODY, 'What comes next', 'How Acme builds robots', 'Why warehouses want them'] },
  { name: 'a live-news subhead', paragraphs: mid('The latest from Kyiv') },
  { name: 'latest in a sentence', paragraphs: end('Latest stories from the front suggest the offensive has stalled.') },
  { name: 'more proof question', paragraphs: mid('Want more proof?') },
  { name: 'a question about news habits', paragraphs: mid('Do readers want more news about their town?') },
  { name: 'a sale headline', paragraphs: top('Holiday sale: retailer cuts TV prices by $50 for a month') },
  { name: 'a sale sentence', paragraphs: end('The Presidents Day sale ran for a week, and subscriptions cost 99 cents, the company said.') },
  { name: 'a special report on a price rise', paragraphs: top('Special report: Netflix raises its price to $15 a month') },
  { name: 'a deal pun on a price', paragraphs: top('Deal or no deal: Disney+ now costs $14 per month') },
  { name: 'une offre choc dans un titre', paragraphs: [ 'Offre choc : Free lance un forfait à 9,99 € par mois', TITRE, ...CORPS] },
  { name: 'a day word opening a sentence with a date', paragraphs: mid('Today — Monday, June 3 is the deadline for filings') },
  { name: 'unread messages in a sentence', paragraphs: mid('All unread messages were deleted by the server, he said.') },
  { name: 'full story in a sentence', paragraphs: end('Read the full story in Sunday’s edition, the editor wrote.') },
  { name: 'an ellipsis in prose', paragraphs: mid('He paused... then spoke again about the harbor and the new ferry.') },
  { name: 'a ranking subhead', paragraphs: mid('No. 1') },
  { name: 'a volume in a sentence', paragraphs: end('Vol. 2 of the memoir comes out in May, the publisher said.') },
  { name: 'a French ranking subhead', paragraphs: milieu('N° 1 : Lyon') },
];

describe('round 13 furniture look-alikes are not boilerplate', () => {
  for (const row of NEGATIVE) {
    it(row.name, () => {
      const found = findArtifacts({ paragraphs: row.paragraphs }).filter((a) => a.kind === 'boilerplate');
      expect(found.map((a) => a.text)).toEqual([]);
    });
  }
});
