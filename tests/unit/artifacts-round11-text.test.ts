import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';
import { ARTICLES, STORIES, cut, cutAt } from './artifacts-round11-text.rows';

/**
 * Round 11 (fresh-page sweep of section, tag and aggregator pages): general
 * shapes behind what the detectors missed, each with invented instances of
 * other outlets' wording (EN and FR). A row passes when a finding of its kind
 * covers its text.
 */
type Row = { name: string; paragraphs: string[]; kind: string; text: string };

/** Three or more items in a row, each cut by the template at the same length, no ellipsis. */
const FIXED_LENGTH_TEASERS: Row[] = [
  { name: 'a business section page: five items cut at 300 characters under a section label', paragraphs: ['Business', ...cut(STORIES, 300)], kind: 'truncated-sentence', text: cutAt(STORIES[0]!, 300).slice(-20) },
  { name: 'an aggregator page: four items cut at 250 characters', paragraphs: cut(STORIES.slice(1), 250), kind: 'merged-stories', text: cutAt(STORIES[1]!, 250).slice(0, 40) },
  { name: 'a tag page after a full story: three items cut at 200 characters', paragraphs: [HEADLINE, ...BODY, ...cut(STORIES.slice(2), 200)], kind: 'merged-stories', text: cutAt(STORIES[2]!, 200).slice(0, 40) },
  { name: 'a section label between the first item and the rest ("Business")', paragraphs: [cutAt(STORIES[4]!, 300), 'Business', ...cut(STORIES.slice(0, 3), 300)], kind: 'truncated-sentence', text: cutAt(STORIES[4]!, 300).slice(-20) },
  { name: 'French: a section label between items ("Économie")', paragraphs: [cutAt(ARTICLES[3]!, 260), 'Économie', ...cut(ARTICLES.slice(0, 2), 260)], kind: 'merged-stories', text: cutAt(ARTICLES[0]!, 260).slice(0, 40) },
  { name: 'French: a regional section page, items cut at 280 characters', paragraphs: ['Actualités', ...cut(ARTICLES, 280)], kind: 'truncated-sentence', text: cutAt(ARTICLES[0]!, 280).slice(-20) },
  { name: 'French: a topic page after a full story, items cut at 220 characters (one ends on its full stop by chance)', paragraphs: [TITRE, ...CORPS, ...cut(ARTICLES, 220)], kind: 'merged-stories', text: cutAt(ARTICLES[0]!, 220).slice(0, 40) },
];

const OTHER_HEADLINE = 'Regional grocery chain lines up lenders for a last-ditch rescue of its stores';
const AUTRE_TITRE = 'Le conseil municipal reporte d’un an l’ouverture du nouveau collège de la ville';

/** A topic or column page: the next item's headline, dek, names and an update stamp of another day. */
const UPDATE_STAMPS: Row[] = [
  { name: 'a column page: "Updated: 8:42am, 14 Mar, 2021" then another item stamped "12 Mar"', paragraphs: [HEADLINE, 'Jane Doe', 'Updated: 8:42am, 14 Mar, 2021', 'TOP PICKS', 'Markets', OTHER_HEADLINE, 'John Roe', 'Updated: 6:05pm, 12 Mar, 2021', 'READ FULL ARTICLE'], kind: 'merged-stories', text: OTHER_HEADLINE },
  { name: '"Last updated March 3, 2024" then "Last updated March 1, 2024"', paragraphs: [HEADLINE, 'Last updated March 3, 2024 at 5:02 p.m.', ...BODY, OTHER_HEADLINE, 'By John Roe', 'Last updated March 1, 2024 at 9:40 a.m.', STORIES[0]!], kind: 'merged-stories', text: OTHER_HEADLINE },
  { name: 'French: "Mis à jour le 3 mars 2024" then "Mis à jour le 28 février 2024"', paragraphs: [TITRE, 'Mis à jour le 3 mars 2024 à 17h02', ...CORPS, AUTRE_TITRE, 'Par Jean Dupont', 'Mis à jour le 28 février 2024 à 08h15', ARTICLES[0]!], kind: 'merged-stories', text: AUTRE_TITRE },
];

/** The author's name printed twice: author box and byline, or a column's name before "by"/"de". */
const NAME_AGAIN: Row[] = [
  { name: 'a column name of two words before "by": "The View by Name"', paragraphs: ['Jane Doe', 'Opinion', 'Opinion', 'The View by Jane Doe', HEADLINE, ...BODY], kind: 'byline-noise', text: 'The View by Jane Doe' },
  { name: 'a column name of three words: "Inside The Market by Name"', paragraphs: [HEADLINE, 'John Roe', 'Inside The Market by John Roe', ...BODY], kind: 'byline-noise', text: 'Inside The Market by John Roe' },
  { name: 'French: "La chronique de Jean Dupont" under the author box', paragraphs: [TITRE, 'Jean Dupont', 'La chronique de Jean Dupont', ...CORPS], kind: 'byline-noise', text: 'La chronique de Jean Dupont' },
  { name: 'the bare name line twice in a row under the dek', paragraphs: [HEADLINE, 'Demand for warehouse robots keeps rising across the region', 'Jane Doe', 'Jane Doe', ...BODY], kind: 'byline-noise', text: 'Jane Doe' },
  { name: 'French: a hyphenated bare name twice in a row', paragraphs: [TITRE, 'Économie', 'Marie-Claire Dupont', 'Marie-Claire Dupont', ...CORPS], kind: 'byline-noise', text: 'Marie-Claire Dupont' },
];

/** A print replica's photo or graphic box, with its credit, read into the middle of a sentence. */
const CREDITED_BOXES: Row[] = [
  { name: 'a map box with "Sources:" and "Map: Name/Staff" between two halves of a sentence', paragraphs: [HEADLINE, 'The company said on Tuesday it had', 'raised new money and that its plant', 'Robots per warehouse, by state', 'Ohio leads the region in new installations.', '42', '17', 'Sources: company filings', 'Map: Jane Doe/Staff', 'in Ohio would double its output next year.', ...BODY.slice(1)], kind: 'broken-pull-quote', text: 'Map: Jane Doe/Staff' },
  { name: 'a photo box: credit, then caption, between two halves of a sentence', paragraphs: [HEADLINE, 'Acme Robotics said the new money would let it', 'hire engineers and expand its', 'John Roe/Staff photographer', 'Workers test a robot arm at the Acme plant in Columbus on Monday.', 'factories in Ohio and Texas, its chief executive said.', ...BODY.slice(1)], kind: 'broken-pull-quote', text: 'John Roe/Staff photographer' },
  { name: 'a chart box with "Graphic:" and a Getty photo credit', paragraphs: [HEADLINE, 'Demand for warehouse robots has doubled, said the', 'Sales of robots, 2019-2024', 'Graphic: Jane Doe', 'Jane Doe/Getty Images', 'chief executive, who expects more orders next year.', ...BODY.slice(1)], kind: 'broken-pull-quote', text: 'Graphic: Jane Doe' },
  { name: 'French: an "Infographie :" box between two halves of a sentence', paragraphs: [TITRE, 'La start-up lyonnaise a levé 5 millions d’euros auprès de', 'Les levées de fonds à Lyon', 'Le montant levé a doublé en un an.', 'Infographie : Jean Dupont', 'plusieurs fonds pour recruter une vingtaine de personnes.', ...CORPS.slice(1)], kind: 'broken-pull-quote', text: 'Infographie : Jean Dupont' },
  { name: 'French: a photo credit "Name/AFP" and caption in a hard-wrapped column', paragraphs: [TITRE, 'Elle compte ouvrir des bureaux à Paris et à Berlin avant', 'Jean Dupont/AFP', 'Le fondateur de Robotix dans ses locaux lyonnais, le 3 mars.', 'la fin de l’année, selon son fondateur.', ...CORPS.slice(2)], kind: 'broken-pull-quote', text: 'Jean Dupont/AFP' },
];

/** A caption printed twice back to back (alt text, then caption) over one credit line. */
const CAPTION_TWICE_OVER_CREDIT: Row[] = [
  { name: 'a Getty caption "PLACE - MONTH DD: …" twice, then "Name/Getty Images"', paragraphs: [HEADLINE, 'COLUMBUS, OH - MARCH 03: The Acme Robotics plant is seen on March 3, 2024 in Columbus, Ohio.', 'COLUMBUS, OH - MARCH 03: The Acme Robotics plant is seen on March 3, 2024 in Columbus, Ohio.', 'Jane Doe/Getty Images', ...BODY], kind: 'duplicated-caption', text: 'The Acme Robotics plant is seen' },
  { name: 'a caption twice, then "Photo: Name"', paragraphs: [HEADLINE, BODY[0]!, 'Workers test a robot arm at the Acme plant in Columbus on Monday.', 'Workers test a robot arm at the Acme plant in Columbus on Monday.', 'Photo: John Roe', ...BODY.slice(1)], kind: 'duplicated-caption', text: 'Workers test a robot arm' },
  { name: 'French: a caption twice, then "Jean Dupont/AFP"', paragraphs: [TITRE, 'Le fondateur de Robotix présente un robot dans ses locaux lyonnais, le 3 mars.', 'Le fondateur de Robotix présente un robot dans ses locaux lyonnais, le 3 mars.', 'Jean Dupont/AFP', ...CORPS], kind: 'duplicated-caption', text: 'Le fondateur de Robotix présente' },
];

/** A listing's date-and-byline lines, date first: a second, different one starts the next item. */
const DATE_BYLINES: Row[] = [
  { name: 'LA Times keyword page: "November 22, 2013 | By Name" twice with teasers', paragraphs: ['FEATURED ARTICLES', 'November 22, 2013 | By Jane Doe', STORIES[0]!, 'ARTICLES BY DATE', 'April 22, 2014 | By John Roe', STORIES[1]!], kind: 'merged-stories', text: 'April 22, 2014 | By John Roe' },
  { name: 'a bullet between date and byline: "3 March 2024 • By Name"', paragraphs: ['3 March 2024 • By Jane Doe', ...BODY, '28 February 2024 • By John Roe', STORIES[2]!], kind: 'merged-stories', text: '28 February 2024 • By John Roe' },
  { name: 'French: "3 mars 2024 | Par Jean Dupont" then another date and author', paragraphs: ['3 mars 2024 | Par Jean Dupont', ...CORPS, '1er mars 2024 | Par Marie Durand', ARTICLES[0]!], kind: 'merged-stories', text: '1er mars 2024 | Par Marie Durand' },
];

describe('round 11 text artifacts: fresh-page shapes are flagged', () => {
  it.each([...FIXED_LENGTH_TEASERS, ...UPDATE_STAMPS, ...NAME_AGAIN, ...CREDITED_BOXES, ...CAPTION_TWICE_OVER_CREDIT, ...DATE_BYLINES])('$kind: $name', ({ paragraphs, kind, text }) => {
    const found = findArtifacts({ paragraphs });
    const mine = found.filter((a) => a.kind === kind);
    expect(mine.some((a) => a.text.includes(text)), JSON.stringify(found.map((a) => `${a.kind}: ${a.text}`))).toBe(true);
  });

  it('a run of cut items is one finding per kind, not one per item', () => {
    const found = findArtifacts({ paragraphs: ['Business', ...cut(STORIES, 300)] });
    expect(found.filter((a) => a.kind === 'truncated-sentence')).toHaveLength(1);
    expect(found.filter((a) => a.kind === 'merged-stories')).toHaveLength(1);
  });
});
