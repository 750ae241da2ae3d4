import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of the round 14 furniture in clean articles: archives, reading, following, alerts, live coverage, full stories
 * and arrows as the story's own words, in sentences and headlines with a subject and a verb. None may be flagged as boilerplate.
 */
const mid = (line: string): string[] => [HEADLINE, BODY[0]!, line, ...BODY.slice(1)];
const end = (line: string): string[] => [HEADLINE, ...BODY, line];
const top = (line: string): string[] => [line, HEADLINE, ...BODY];
const milieu = (line: string): string[] => [TITRE, CORPS[0]!, line, ...CORPS.slice(1)];

const NEGATIVE: Array<{ name: string; paragraphs: string[] }> = [
  { name: 'archives in a sentence', paragraphs: mid('Archives show the mill closed in 1921, the historian said.') },
  { name: 'les archives dans une phrase', paragraphs: milieu('Les archives de la ville montrent que le moulin a fermé en 1921.') },
  { name: 'browsing in a sentence', paragraphs: mid('Browsing the shelves, she found the missing ledger.') },
  { name: 'read as a verb before a colon', paragraphs: mid('Read: the mayor said the budget would be balanced by spring.') },
  { name: 'a pipe in a table row', paragraphs: mid('Revenue | 2023 | 2024') },
  { name: 'follow without coverage nouns', paragraphs: mid('Follow every rule: the council said fines would double next year.') },
  { name: 'suivez sans rubrique', paragraphs: milieu('Suivez tous les conseils : la préfecture recommande de rester chez soi.') },
  { name: 'alerts in a sentence', paragraphs: mid('There are no new alerts at this time, the weather service said on Monday.') },
  { name: 'live on in a sentence', paragraphs: mid('The concert will be shown live on Sky Arts next week.') },
  { name: 'full story in a sentence', paragraphs: end('Read the full story in Sunday’s edition, the editor wrote.') },
  { name: 'an arrow in prose', paragraphs: mid('← The chart shows prices falling since March.') },
  { name: 'an archive in a sentence at the top', paragraphs: top('Archive footage shows the fire spreading across the hills.') },
  { name: 'a year as a subhead', paragraphs: mid('2023') },
  { name: 'a headline ending in Stories', paragraphs: top('Readers Share Their Winter Stories From the Valley') },
  { name: 'subscriptions in a sentence', paragraphs: mid('A subscription to the museum is required for members, the board said, and costs $40 a year.') },
  { name: 'un abonnement dans une phrase', paragraphs: milieu('Le maire estime qu’un abonnement au réseau est nécessaire pour les familles, a-t-il dit.') },
  { name: 'short lines of a poem', paragraphs: [HEADLINE, BODY[0]!, 'For access to the sea', 'the town built a road', 'and a harbour wall.', ...BODY.slice(1)] },
  { name: 'share close ties in prose', paragraphs: mid('The two towns share close ties, and their mayors meet every spring to plan the fair.') },
  { name: 'a site named in a sentence', paragraphs: mid('Shoppers flocked to dailyglobe.com - the latest of several sites to cut prices - on Monday.') },
  { name: 'a brand glued of two words', paragraphs: mid('PricewaterhouseCoopers') },
  { name: 'a brand closing a sentence without stop', paragraphs: mid('The audit was led by PricewaterhouseCoopers') },
  { name: 'a hashtag closing a line', paragraphs: mid('Thousands marched under the banner #BlackLivesMatter') },
  { name: 'a hyphenated compound as a subhead', paragraphs: milieu('Etats-Unis-Chine :') },
  { name: 'scanning in a sentence', paragraphs: mid('Visitors scan the code at the gate to download the museum map, the curator said, and the app is free.') },
  { name: 'a headline about going home', paragraphs: top('Back to Home Ground: the Club Returns to Its Old Stadium') },
];

describe('round 14 furniture look-alikes are not boilerplate', () => {
  for (const row of NEGATIVE) {
    it(row.name, () => {
      const found = findArtifacts({ paragraphs: row.paragraphs }).filter((a) => a.kind === 'boilerplate');
      expect(found.map((a) => a.text)).toEqual([]);
    });
  }
});
