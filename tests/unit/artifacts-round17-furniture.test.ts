import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';
import { expectBoilerplateFlag, furnitureRow, type FurnitureRow } from '../helpers/furniture-rows';

/**
 * Round 17 furniture, by shape, EN and FR, invented rows (no fixture or fresh page copied).
 */

/**
 * A site notice as a full sentence: the site ("this site", "our app", "cet article") speaks to the reader ("you",
 * "votre", an imperative) about its machinery (ads, access, account, alerts, e-mail, cookies). Seen in the blind
 * misses of four outlets (an ads-support notice, an access-check preview, a channel invitation, a billing notice) and
 * on fresh pages (a newsletter's e-mail use notice, a subscribe-for-access line).
 */
const SITE_NOTICES: FurnitureRow[] = [
  furnitureRow('ads keep this site free', 'middle', 'Every ad you see on this site helps pay for the reporters who cover your town.'),
  furnitureRow('access being checked', 'top', 'We are still confirming your access to this article, so only its first lines are shown for now.'),
  furnitureRow('alerts on our channel', 'end', 'Join our free Telegram channel to get alerts on the stories that matter to your county.'),
  furnitureRow('an e-mail address used for the newsletter', 'end', 'Your email address will only be used to send you this newsletter and nothing else.'),
  furnitureRow('an account needed on our site', 'middle', 'You need a free account on our website to save this story and read it later.'),
  furnitureRow('la publicité fait vivre ce site', 'middle', 'Les publicités que vous voyez sur ce site financent le travail de notre rédaction locale.', true),
  furnitureRow('votre accès en cours de vérification', 'top', 'Nous vérifions votre accès à cet article : seul son début est affiché pour le moment.', true),
  furnitureRow('suivez notre chaîne pour les alertes', 'end', 'Suivez notre chaîne officielle pour recevoir les alertes de la rédaction.', true),
];

describe('round 17: a site notice to the reader about the site', () => {
  for (const row of SITE_NOTICES) it(row.name, () => expectBoilerplateFlag(row));
});

/**
 * A print masthead or running head at the head of the page text, read by more kinds of marks: the issue date as a
 * masthead sets it (weekday before the month, or the month in capitals, a bullet and the year), a section folio
 * ("2—Sec. D"), the publishing days ("PUBLISHED TUESDAYS AND FRIDAYS"); with three kinds, mixed case counts too. Blind
 * misses on two archives (a running head with section folio, paper and date; a weekly's masthead) and fresh archive pages
 * of five more papers.
 */
describe('round 17: a print masthead or running head read by its marks', () => {
  const rows: Array<[string, string, string]> = [
    ['running head: folio, section, paper, date with a bullet', '6—Sec. C THE LAKESIDE LEDGER, OCTOBER 12 • 1951 Ferry Line Adds Winter Boat The ferry line will add a third boat this winter, its owners said on Monday after a long season.', '6—Sec. C THE LAKESIDE LEDGER, OCTOBER 12 • 1951'],
    ['masthead: paper, weekday date, publishing days', 'PINE HOLLOW GAZETTE 12th YEAR, NO. 8 PINE HOLLOW, OREGON THURSDAY, MAY 4, 1939 PUBLISHED MONDAYS AND THURSDAYS Dam Vote Set For June The county will vote on the new dam in June, the clerk said on Wednesday.', 'PINE HOLLOW GAZETTE 12th YEAR, NO. 8 PINE HOLLOW, OREGON THURSDAY, MAY 4, 1939 PUBLISHED MONDAYS AND THURSDAYS'],
    ['mixed case masthead with three kinds', 'VOL. 22 NO. 14 Pine Hollow, Oregon, Thursday, May 4, 1939 Established 1917 Dam Vote Set For June The county will vote on the new dam in June, the clerk said on Wednesday.', 'VOL. 22 NO. 14 Pine Hollow, Oregon, Thursday, May 4, 1939 Established 1917'],
    ['tête de journal : titre, année, numéro et date', 'LE COURRIER DU LAC 41e ANNÉE, N° 12 MERCREDI 12 MARS 1952 Le conseil vote le budget du port Le conseil municipal a voté lundi soir le budget du port après un long débat.', 'LE COURRIER DU LAC 41e ANNÉE, N° 12 MERCREDI 12 MARS 1952'],
  ];
  for (const [name, paragraph, text] of rows) {
    it(name, () => {
      const found = findArtifacts({ paragraphs: [paragraph, 'The vote came after months of talks with the port authority and the unions, the clerk said.'] });
      expect(found.some((a) => a.kind === 'boilerplate' && a.text === text), JSON.stringify(found.map((a) => [a.kind, a.text]))).toBe(true);
    });
  }
});

/**
 * A news desk's or station's name alone above the story or under it: a desk noun and "News". Blind misses on two outlets
 * (a station's name over a bulletin; a section heading over a listing) and three fresh pages (an industry desk's label,
 * a radio site's top-news label, a world-news label).
 */
const NEWS_DESKS: FurnitureRow[] = [
  furnitureRow('a station’s name over the story', 'top', 'KXLB Radio News'),
  furnitureRow('a desk label over the story', 'top', 'Industry News'),
  furnitureRow('a desk label with two words', 'top', 'Top Business News'),
  furnitureRow('a station’s name as the last line', 'end', 'KLKS TV News'),
];

describe('round 17: a news desk’s or station’s name alone', () => {
  for (const row of NEWS_DESKS) it(row.name, () => expectBoilerplateFlag(row));
});

/**
 * The merge in index.ts: a doubled byline closing a boilerplate block at the text's end (the next story's author box
 * under a share bar or a topic tag) keeps its byline-noise flag; the block ends before it. Blind miss 263 (the author's
 * name twice under a topic tag, swallowed by the tail's furniture block).
 */
describe('round 17: a doubled byline closing a furniture block keeps its flag', () => {
  const rows: Array<[string, string[], string, string]> = [
    ['under a related label and a topic tag', [HEADLINE, ...BODY, 'Related', 'Topic |   Harbour works', 'Jane Holloway', 'Jane Holloway'], 'Related\n\nTopic |   Harbour works', 'Jane Holloway\n\nJane Holloway'],
    ['under a share label', [HEADLINE, ...BODY, 'Share this story', 'Jane Holloway', 'Jane Holloway'], 'Share this story', 'Jane Holloway\n\nJane Holloway'],
    ['sous un bouton de partage', [TITRE, ...CORPS, 'Partager cet article', 'Marie Dupont', 'Marie Dupont'], 'Partager cet article', 'Marie Dupont\n\nMarie Dupont'],
  ];
  for (const [name, paragraphs, furniture, byline] of rows) {
    it(name, () => {
      const found = findArtifacts({ paragraphs }).map((a) => [a.kind, a.text]);
      expect(found).toContainEqual(['boilerplate', furniture]);
      expect(found).toContainEqual(['byline-noise', byline]);
    });
  }
});
