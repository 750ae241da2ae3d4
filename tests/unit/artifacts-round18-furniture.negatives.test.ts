import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of the round 18 furniture shapes in clean articles, invented (the shapes of the round A review's inputs,
 * other words). None may be flagged as boilerplate; each was flagged before its fix.
 */
const mid = (line: string): string[] => [HEADLINE, BODY[0]!, line, ...BODY.slice(1)];
const milieu = (line: string): string[] => [TITRE, CORPS[0]!, line, ...CORPS.slice(1)];
const top = (line: string): string[] => [line, HEADLINE, ...BODY];
const last = (line: string): string[] => [HEADLINE, ...BODY, line];

const NEGATIVE: Array<{ name: string; paragraphs: string[] }> = [
  // A site notice needs the site's own nouns: an app, an application or members belong to a product or a club.
  { name: 'a product’s app and the reader’s account', paragraphs: mid('With this app, your pension account grows a little every month and can be paused whenever you like.') },
  { name: 'an app’s offer in a product story', paragraphs: mid('Install this app and your first week of membership costs nothing, the founders point out.') },
  { name: 'a club’s members and their access', paragraphs: mid('For our members, your access to the pool is part of the yearly fee, the club’s brochure goes on.') },
  { name: 'une appli et l’accès du client', paragraphs: milieu('Notre appli vous ouvre l’accès à vos factures en un clic, assure le cofondateur.') },
  // The site named in one sentence, the machinery in another: a remembered site, not a notice.
  { name: 'a remembered website, an account in the next sentence', paragraphs: mid('Do you recall this website? Back in 2003, half the town kept an account on it.') },
  // A French site noun with a "de" complement is a kind of site the story is about.
  { name: 'un site d’un certain genre', paragraphs: milieu('Ce site de covoiturage vous oblige à ouvrir un compte avant de réserver le moindre trajet.') },
  // The machinery after "how"/"comment": what an explainer explains.
  { name: 'an explainer’s opening about cookies', paragraphs: mid('In this article we show you how browsers decide which cookies to keep.') },
  { name: 'l’annonce d’un article explicatif', paragraphs: milieu('Dans cet article, nous vous montrons comment les navigateurs gèrent les publicités ciblées.') },
  // A headline ending in a desk noun and "News": a capitalised word before it that is not call letters.
  { name: 'a headline over the story: one word before a desk noun', paragraphs: top('Bogus World News') },
  { name: 'a headline over the story: two words before a desk noun', paragraphs: top('Lawmakers Debate Local News') },
  { name: 'a headline as the last line', paragraphs: last('Streamer Drops Sports News') },
  // Minutes set in Title Case: a number, a section letter and a date are no masthead without a third masthead mark.
  {
    name: 'an ordinance’s heading in Title Case',
    paragraphs: ['Ordinance No. 48, Sec. B, Passed Monday, April 8, 2019 By The Town Board Of Millbrook The board voted to widen the bridge on the north road after a year of hearings.', ...BODY],
  },
  {
    name: 'a motion’s heading in Title Case',
    paragraphs: ['Motion No. 3, Sec. C, Carried Friday, June 2, 2023 By The Harbour Commission Of Eastport The commission agreed to dredge the inner basin before the winter storms.', ...BODY],
  },
  // A complete-story subhead is no link label: the article comes after a verb only.
  { name: 'a subhead “The Complete Story”', paragraphs: mid('The Complete Story') },
  // "You've read of …" with no empty counter slot is prose.
  { name: 'reading about free stories, prose', paragraphs: mid('You’ve read of free stories like this before: a town that found its lost bell.') },
  { name: 'des articles lus, en prose', paragraphs: milieu('Vous avez lu des articles gratuits sur ce sujet, mais celui-ci va plus loin.') },
  // A label inside the last sentence, not a sentence of its own; "read on" ends prose.
  { name: 'a label inside the last sentence', paragraphs: mid('The board met on Monday to weigh the plan for the new quay, and members were asked to read the full story before voting.') },
  { name: 'read on, as prose', paragraphs: mid('The board met on Monday to weigh the plan for the new quay at the north end of the harbour. Read on.') },
  // Mail sent to other people's inboxes, a postal letterbox: no newsletter box.
  { name: 'scam e-mails sent to inboxes', paragraphs: mid('The scam e-mails were sent straight to inboxes across the county, police said on Tuesday.') },
  { name: 'des colis livrés dans la boîte aux lettres', paragraphs: milieu('Les colis sont livrés directement dans votre boîte aux lettres, promet le transporteur.') },
  { name: 'thanks for signing up, in a story', paragraphs: mid('Thanks for signing up so many volunteers, the mayor wrote to the club before the newsletter went out.') },
  // "Read at/on" with a place, not an address; a print-friendly product in a sentence.
  { name: 'read at a place', paragraphs: mid('Read at St. Anne’s Hall.') },
  { name: 'a print-friendly product in prose', paragraphs: mid('The startup sells printer-friendly versions of its maps to schools across the region.') },
];

describe('round 18 furniture negatives: look-alikes stay unflagged', () => {
  for (const row of NEGATIVE) {
    it(row.name, () => {
      const found = findArtifacts({ paragraphs: row.paragraphs }).filter((a) => a.kind === 'boilerplate');
      expect(found.map((a) => a.text)).toEqual([]);
    });
  }
});
