import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of the round 6 shapes in clean articles: an ellipsis a writer
 * ends on, brackets that close, an issue number, a section heading asking
 * the intro's question again, UI words inside sentences. None may be flagged.
 */

const NEGATIVE: Array<{ name: string; paragraphs: string[] }> = [
  { name: 'a writer’s trailing ellipsis after a word', paragraphs: [HEADLINE, 'The founders kept waiting for the call that never came, and then it did...', ...BODY] },
  { name: 'a quote ending in a comma ellipsis', paragraphs: [HEADLINE, '“We will build it here, in Ohio, ...', ...BODY] },
  { name: 'a short label ending on a bracket', paragraphs: [HEADLINE, BODY[0]!, 'Revenue (', ...BODY.slice(1)] },
  { name: 'a bracket closed on the next line (a split link)', paragraphs: [HEADLINE, 'It may be followed by more rounds of funding later on (', 'Series B, Series C, etc).', ...BODY] },
  { name: 'brackets that close', paragraphs: [HEADLINE, 'The list is on the agency’s web site (grants.example.gov).', ...BODY] },
  { name: 'an issue number alone', paragraphs: ['#168', HEADLINE, ...BODY] },
  { name: 'a section heading repeating the intro’s question (French)', paragraphs: [TITRE, 'Qu’est-ce qu’une levée de fonds ? Comment la préparer ? Ce guide répond à ces questions, étape par étape, pour les fondateurs.', CORPS[0]!, 'Qu’est-ce qu’une levée de fonds ?', ...CORPS.slice(1)] },
  { name: 'a section heading repeating the intro’s question (English)', paragraphs: [HEADLINE, 'What is a seed round? How do you raise one? This guide answers both, step by step, for first-time founders.', BODY[0]!, 'What is a seed round?', ...BODY.slice(1)] },
  { name: 'a sentence made of label words', paragraphs: [HEADLINE, 'Share prices rose after the print edition went to press, the email said.', ...BODY] },
  { name: 'one word of a label list as a heading', paragraphs: [HEADLINE, BODY[0]!, 'Download', ...BODY.slice(1)] },
  { name: 'a report on a discount', paragraphs: [HEADLINE, 'The retailer said shoppers could get 25% off most items during the sale, according to its filing.', ...BODY] },
  { name: 'a report on prices (French)', paragraphs: [TITRE, 'Les prix ont baissé de 20 % en un an, selon l’Insee, et la demande a suivi.', ...CORPS] },
  { name: 'a headline about a conversation', paragraphs: ['Acme joins the conversation on warehouse safety', ...BODY] },
  { name: 'a sentence about trying it now', paragraphs: [HEADLINE, 'Customers can try it now in three cities, and more will follow next year, the company said.', ...BODY] },
  { name: 'a founder’s degree in the story', paragraphs: [HEADLINE, 'Jane Doe', 'Jane Doe, a graduate of MIT, founded Acme in 2019 after a decade at Boeing.', ...BODY] },
  { name: 'a plain French byline', paragraphs: [TITRE, 'Écrit par Maxime Martin.', ...CORPS] },
  { name: 'a profile sentence in the body', paragraphs: [TITRE, ...CORPS, 'Diplômée de HEC, la fondatrice a travaillé dix ans chez L’Oréal avant de lancer Robotix.'] },
  { name: 'a page number inside a sentence', paragraphs: [HEADLINE, 'The figures are on page 2 of 5 of the filing, the company said.', ...BODY] },
  { name: 'a numbered list in the body', paragraphs: [HEADLINE, BODY[0]!, '1. Pick a lead investor', '2. Agree the valuation', '3. Sign the term sheet', ...BODY.slice(1)] },
  { name: 'a numbered list followed by a different heading', paragraphs: [HEADLINE, BODY[0]!, '1. Seed', '2. Series A', '3. Series B', 'What comes next', ...BODY.slice(1)] },
  { name: 'a story about a podcast', paragraphs: [HEADLINE, 'Listeners can now listen on Spotify and Apple Podcasts, the company said in a statement on Tuesday.', ...BODY] },
];

describe('round 6: look-alikes stay', () => {
  it.each(NEGATIVE)('$name', ({ paragraphs }) => {
    expect(findArtifacts({ paragraphs }).map((a) => `${a.kind}: ${a.text}`)).toEqual([]);
  });
});
