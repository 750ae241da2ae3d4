import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

/**
 * Round 40 (issue 4, blind batch 28's misses), second landing: a byline glued to the headline and its date with no space
 * (807, as 69), a post template with its date field empty (821), a wire's "FILE -" caption printed twice (822), and a
 * header promo printed twice, each copy closed by its "read more" link, read as a listing (819's false alarm).
 */
const BODY = 'Small deal activity has steadily continued, with more than 15 transactions closing since November, and the vast majority of buyers continued to be small groups or individuals.';
const BODY2 = 'Antitrust regulators at the Justice Department had filed suit in August to block the $16 billion merger, claiming it would limit competition in the air travel market.';
const FR = 'Depuis trois ans, une vingtaine de quotidiens régionaux, un tiers du secteur de la presse quotidienne régionale, ont changé de mains et de propriétaires.';
const CAPTION = 'FILE - A U.S. Airways jet passes an American Airlines jet at Sky Harbor International Airport in Phoenix, Arizona, Feb. 14, 2013.';
const PROMO = 'Yann Barthès, Dilcrah, Netflix, Frontex, Bellingcat... Découvrez les publications papier et numériques de l\'Observatoire du journalisme.';
const RC = 'C’est le belge Rossel (éditeur du quotidien Le Soir et du groupe La Voix du Nord) qui a été choisi pour racheter les activités du pôle presse du groupe.';

interface Row { name: string; paragraphs: string[]; kind: string; excerpt: string | null }

const ROWS: Row[] = [
  { name: 'a byline glued to the headline and to its month-first date (807)', paragraphs: ['Hospitals Report: There were fewer, but larger, hospital mergers and acquisitions in 2018 byChris StewartJanuary 15, 2019', BODY, BODY2], kind: 'byline-noise', excerpt: 'byChris StewartJanuary 15, 2019' },
  { name: 'a post header with its date field empty (821)', paragraphs: ['Quotidiens régionaux : les nouveaux empires', 'Publié le par lebramentombe', FR, FR.replace('trois', 'quatre')], kind: 'byline-noise', excerpt: 'Publié le par lebramentombe' },
  { name: 'a wire’s file-photo caption printed twice (822)', paragraphs: ['US Regulators Approve Creation of World’s Biggest Airline', CAPTION, CAPTION, BODY, BODY2], kind: 'duplicated-caption', excerpt: CAPTION },
  // Negatives.
  { name: 'a full post header', paragraphs: ['Quotidiens régionaux : les nouveaux empires', 'Publié le 12 mars 2011 par lebramentombe', FR, FR.replace('trois', 'quatre')], kind: 'byline-noise', excerpt: null },
  { name: 'a byline with its date set apart', paragraphs: ['Hospital mergers in 2018', 'By Chris Stewart', 'January 15, 2019', BODY, BODY2], kind: 'byline-noise', excerpt: null },
  { name: 'a sentence with "file" in it', paragraphs: ['Airline merger', 'File sharing between the two carriers began in March, the airlines said in a statement.', BODY, BODY2], kind: 'duplicated-caption', excerpt: null },
  { name: 'a header promo printed twice is no listing (819)', paragraphs: ['Ojim.fr', 'PUBLICATIONS', PROMO, '→ En savoir plus', 'PUBLICATIONS', PROMO, '→ En savoir plus', 'Rossel rachète des quotidiens régionaux de GHM', '23 octobre 2012', RC, FR], kind: 'merged-stories', excerpt: null },
];

describe('round 40: glued and emptied bylines, file-photo captions, a promo printed twice', () => {
  it.each(ROWS)('$name', ({ paragraphs, kind, excerpt }) => {
    const flagged = findArtifacts({ paragraphs }).filter((a) => a.kind === kind).map((a) => a.text);
    if (excerpt !== null) expect(flagged.some((t) => t.includes(excerpt))).toBe(true);
    else expect(flagged).toEqual([]);
  });
});
