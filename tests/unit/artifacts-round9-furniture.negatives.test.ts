import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of the round 9 furniture in clean articles: the words of
 * folios, paywalls, tag labels, footers and buttons inside sentences,
 * headlines or quotes the story owns, and the page's own dateline (complete
 * date stamps are metadata, not artifacts). None may be flagged as
 * boilerplate.
 */

const NEGATIVE: Array<{ name: string; paragraphs: string[] }> = [
  // Pages and dates in prose; the article's own date stamps.
  { name: 'a sentence citing a page', paragraphs: [HEADLINE, 'Page 3 of the filing lists the investors, the lawyers said.', ...BODY] },
  { name: 'an archive viewer’s page number under its issue date', paragraphs: [HEADLINE, 'Issue Date:', 'Saturday, June 18, 1955', 'Page 19', ...BODY] },
  { name: 'a bare date line', paragraphs: ['Thursday, March 3, 2022', HEADLINE, ...BODY] },
  { name: 'a published stamp', paragraphs: ['Published Nov 3, 2023', HEADLINE, ...BODY] },
  { name: 'an updated stamp with a time', paragraphs: ['Updated Nov. 3, 2023 3:45 p.m. ET', HEADLINE, ...BODY] },
  { name: 'a French publication stamp', paragraphs: ['Publié le 3 mars 2023 à 10h, mis à jour le 3 mars 2023 à 12h05', TITRE, ...CORPS] },
  { name: 'a model number and a date in a sentence', paragraphs: [HEADLINE, 'The A4 robot ships on Thursday, March 3, 2022, the company said.', ...BODY] },
  // Paywall words in prose.
  { name: 'a sentence about free articles', paragraphs: [HEADLINE, 'Readers have read 3 of 5 free articles on average, the publisher told investors.', ...BODY] },
  { name: 'subscribers in a figure', paragraphs: [HEADLINE, 'Subscribers rose 12% in the quarter.', ...BODY] },
  { name: 'a French sentence about remaining articles', paragraphs: [TITRE, 'Il vous reste deux jours pour candidater, rappelle la région.', ...CORPS] },
  // Tag and footer words in prose and headings.
  { name: 'a headline starting with Tagged', paragraphs: ['Tagged raises $20 million for its social app', ...BODY] },
  { name: 'a sentence about privacy policy', paragraphs: [HEADLINE, 'The privacy policy and the terms of use changed in May, the regulator said.', ...BODY] },
  { name: 'a heading Careers alone', paragraphs: [HEADLINE, BODY[0]!, 'Careers', ...BODY.slice(1)] },
  { name: 'a French sentence about legal notices', paragraphs: [TITRE, 'Les mentions légales du site ont été mises à jour, précise la société.', ...CORPS] },
  // Button words in prose, quotes and headings.
  { name: 'a sentence about an app', paragraphs: [HEADLINE, 'Open in app stores next week, the product costs $5.', ...BODY] },
  { name: 'a quoted jump', paragraphs: [HEADLINE, '“Jump to conclusions at your peril,” the founder said.', ...BODY] },
  { name: 'a headline about reprints', paragraphs: ['Reprints of the founder’s memoir sell out', ...BODY] },
  { name: 'a French sentence with réagir', paragraphs: [TITRE, 'Réagir à cet article n’est pas simple, reconnaît le fondateur.', ...CORPS] },
  { name: 'a French sentence with lire également', paragraphs: [TITRE, 'À lire également les analyses des investisseurs, la filière se porte bien.', ...CORPS] },
  { name: 'a French reading in a sentence', paragraphs: [TITRE, 'Lecture 3 min. plus tard, le robot avait fini le rayon.', ...CORPS] },
  // Ad, player, podcast and comment words in prose.
  { name: 'a sentence about sponsored stories', paragraphs: [HEADLINE, 'Sponsored stories made up a tenth of revenue, the filing shows.', ...BODY] },
  { name: 'a French sentence about skipping ads', paragraphs: [TITRE, 'Passer la publicité à la télévision coûte cher, note le fondateur.', ...CORPS] },
  { name: 'a headline about podcasts', paragraphs: ['Subscribe to podcasts wherever you are: Acme raises $5 million', ...BODY] },
  { name: 'a quoted conversation', paragraphs: [HEADLINE, '“Start the conversation with customers early,” the founder said.', ...BODY] },
  { name: 'a French sentence about continuing', paragraphs: [TITRE, 'Continuer à lire les contrats prend du temps, explique la juriste.', ...CORPS] },
  { name: 'a French headline on associated topics', paragraphs: ['Sujets associés à la robotique : Robotix lève 5 millions', ...CORPS] },
];

describe('round 9 furniture look-alikes: not boilerplate', () => {
  it.each(NEGATIVE)('$name', ({ paragraphs }) => {
    const found = findArtifacts({ paragraphs }).filter((a) => a.kind === 'boilerplate');
    expect(found.map((a) => a.text)).toEqual([]);
  });
});
