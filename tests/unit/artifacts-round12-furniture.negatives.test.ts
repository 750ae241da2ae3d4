import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of the round 12 furniture in clean articles: a desk's topic above the headline (fixtures mark it both
 * ways, so it is left alone), short headlines, browsers, cookies, font sizes, subscriptions, live events, local news,
 * picks and editions as the story's own subject, in sentences and headlines with a subject and a verb, and a price or
 * date opening a sentence of prose. None may be flagged as boilerplate.
 */
const mid = (line: string): string[] => [HEADLINE, BODY[0]!, line, ...BODY.slice(1)];
const end = (line: string): string[] => [HEADLINE, ...BODY, line];
const top = (line: string): string[] => [line, HEADLINE, ...BODY];
const haut = (line: string): string[] => [line, TITRE, ...CORPS];
const fin = (line: string): string[] => [TITRE, ...CORPS, line];

const NEGATIVE: Array<{ name: string; paragraphs: string[] }> = [
  { name: 'a desk topic above the headline (metadata on a clean text)', paragraphs: haut('Économie') },
  { name: 'an English desk topic above the headline', paragraphs: top('Business') },
  { name: 'a two-line publication and section', paragraphs: ['The Week', 'City profiles', ...BODY] },
  { name: 'a short headline as the first line', paragraphs: ['Transformation et rupture', ...CORPS] },
  { name: 'a kicker as the only line before nothing', paragraphs: ['Analysis'] },
  { name: 'a one-word menu item at the top', paragraphs: top('Home') },
  { name: 'a browser headline', paragraphs: top('Microsoft ends support for Internet Explorer 11 after 25 years') },
  { name: 'a browser sentence', paragraphs: end('Internet Explorer 11 is no longer supported by most banks, which now ask customers to switch browsers.') },
  { name: 'a French browser sentence', paragraphs: fin('Selon l’éditeur, votre navigateur est probablement déjà à jour si vous utilisez Chrome.') },
  { name: 'a font sentence', paragraphs: end('The app lets readers choose a larger font size and a darker theme.') },
  { name: 'a grade alone', paragraphs: mid('A+') },
  { name: 'a cookie story sentence', paragraphs: end('By continuing to collect cookies without consent, the site broke the law, the regulator said.') },
  { name: 'a French cookie story sentence', paragraphs: fin('La Cnil estime que le site, en poursuivant la collecte de cookies sans consentement, a enfreint la loi.') },
  { name: 'a subscriber headline', paragraphs: top('Not a subscriber? Netflix says 10 million people share passwords') },
  { name: 'a magazine sentence', paragraphs: end('You are reading an article that first ran in the magazine’s March issue, the editor noted.') },
  { name: 'a live-updates sentence', paragraphs: end('Latest updates on the election will be published every hour, the commission said.') },
  { name: 'a local-news sentence', paragraphs: end('Find out what’s happening in your town council by attending its monthly meetings.') },
  { name: 'a you-are-here sentence', paragraphs: end('You are here because the founders wanted a place to talk, she said.') },
  { name: 'picks in a sentence', paragraphs: end('Our editors’ top picks for the holidays include two robot vacuums.') },
  { name: 'a fraction in prose', paragraphs: mid('Sales rose 3 / 4 of a point') },
  { name: 'a language sentence', paragraphs: end('The app is available in English, Français and Español.') },
  { name: 'a price opening a sentence of prose', paragraphs: ['$3.66 is what a gallon of gas cost on Sunday, July 9, 2023 in the valley, drivers said.', ...BODY] },
  { name: 'a dateline opening a paragraph', paragraphs: ['SUNDAY, JULY 9, 2023 — The lake returned this spring after heavy storms.', ...BODY] },
  { name: 'a word limit reported in a story', paragraphs: end('Submissions should not exceed 400 words, the festival said, and the jury will read every one.') },
  { name: 'a word limit in prose', paragraphs: end('The rules say essays must be under 500 words, which many students found hard.') },
  { name: 'one title line at both edges (the headline repeated)', paragraphs: [HEADLINE, ...BODY, HEADLINE] },
  { name: 'a sentence repeated at both edges', paragraphs: ['The port reopened on Monday after the storm.', 'The ferries sail again today.', ...BODY, 'The port reopened on Monday after the storm.', 'The ferries sail again today.'] },
];

describe('round 12 furniture look-alikes are not boilerplate', () => {
  for (const row of NEGATIVE) {
    it(row.name, () => {
      const found = findArtifacts({ paragraphs: row.paragraphs }).filter((a) => a.kind === 'boilerplate');
      expect(found.map((a) => a.text)).toEqual([]);
    });
  }
});
