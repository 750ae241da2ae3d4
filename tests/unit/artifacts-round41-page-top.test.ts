import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

/**
 * Round 41 (issue 4, misses at the top of the page): a label or an agency's credit printed twice in a row. Positive rows
 * are real lines of the fixtures (the number after each name); negative rows are headlines and credits with a doubled
 * word that is a name, or the label printed once.
 */
const BODY = 'Small deal activity has steadily continued, with more than 15 transactions closing since November, and the vast majority of buyers continued to be small groups or individuals.';
const BODY2 = 'Cumulus, which owns five stations in this market, will pick up two more here when it buys Citadel, the company said in a statement on Monday.';

type Kind = 'boilerplate' | 'byline-noise';
/** excerpt: the text a flag must hold; absent (negative rows): the text no flag may touch. */
interface Row { name: string; kind: Kind; paragraphs: string[]; excerpt: string | null; absent?: string }

const ROWS: Row[] = [
  { name: 'category labels glued before a teaser headline (807)', kind: 'boilerplate', paragraphs: ['Hospitals Hospitals & Health Systems Report: There were fewer, but larger, hospital mergers and acquisitions in 2018 byChris StewartJanuary 15, 2019'], excerpt: 'Hospitals Hospitals' },
  { name: 'a feed’s section label doubled above the story (692)', kind: 'boilerplate', paragraphs: ['Business Business Latest News, Business Business Headlines', 'Postmedia and Nordstar to merge', BODY, BODY2], excerpt: 'Business Business' },
  { name: 'a site name glued three times at the top (142)', kind: 'boilerplate', paragraphs: ['World of SoftwareWorld of SoftwareWorld of Software', 'Biotech Startup M&A Is Reliably Delivering Some Big Exits', BODY, BODY2], excerpt: 'World of SoftwareWorld of Software' },
  { name: 'an agency credit glued twice as the first line (591)', kind: 'byline-noise', paragraphs: ['ReutersReuters', 'Mergers and acquisitions', BODY, BODY2], excerpt: 'ReutersReuters' },
  // Negatives.
  { name: 'a headline opening on a reduplicated place name', kind: 'boilerplate', paragraphs: ['Walla Walla hospital agrees to merge with Providence', BODY, BODY2], excerpt: null, absent: 'Walla Walla' },
  { name: 'a headline opening on a band’s name', kind: 'boilerplate', paragraphs: ['Duran Duran sells its catalogue to Hipgnosis', BODY, BODY2], excerpt: null, absent: 'Duran Duran' },
  { name: 'a doubled brand as the headline’s subject (397)', kind: 'boilerplate', paragraphs: ['ManoMano', 'ManoMano lève 355 millions d’euros', BODY, BODY2], excerpt: null, absent: 'ManoMano' },
  { name: 'a section label once before the headline (814)', kind: 'boilerplate', paragraphs: ['News', 'Latest Round of Craft Brewery Sellouts Causes Barely a Shrug', BODY, BODY2], excerpt: null, absent: 'News' },
  { name: 'a doubled word inside the body', kind: 'boilerplate', paragraphs: ['Deal talks', BODY, 'Very very few buyers came back after the first round, the broker said on Monday.', BODY2], excerpt: null, absent: 'Very very' },
  { name: 'a label and a plural ("Business Businesses")', kind: 'boilerplate', paragraphs: ['Business Businesses are merging at a record pace', BODY, BODY2], excerpt: null, absent: 'Business Businesses' },
  { name: 'an agency credit printed once', kind: 'byline-noise', paragraphs: ['Reuters', 'Mergers and acquisitions', BODY, BODY2], excerpt: null, absent: 'Reuters' },
  { name: 'a company doubled in a brand (NowNow, 44)', kind: 'byline-noise', paragraphs: ['NowNow', 'Axios NowNow raises a seed round', BODY, BODY2], excerpt: null, absent: 'NowNow' },
];

describe('round 41: labels and credits printed twice at the top of the page', () => {
  it.each(ROWS)('$name', ({ kind, paragraphs, excerpt, absent }) => {
    const flagged = findArtifacts({ paragraphs }).filter((a) => a.kind === kind).map((a) => a.text);
    if (excerpt !== null) expect(flagged.some((t) => t.includes(excerpt))).toBe(true);
    else expect(flagged.filter((t) => t.includes(absent ?? ''))).toEqual([]);
  });
});
