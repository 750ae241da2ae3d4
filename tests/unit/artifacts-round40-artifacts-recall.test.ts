import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

/**
 * Round 40 (issue 4, blind batch 28's misses): page controls named by their own standard wording. Positive rows are real
 * lines of the fixtures (the number after each name); negative rows are prose and headings with the same words.
 */
const BODY = 'Small deal activity has steadily continued, with more than 15 transactions closing since November, and the vast majority of buyers continued to be small groups or individuals.';
const BODY2 = 'Cumulus, which owns five stations in this market, will pick up two more here when it buys Citadel, the company said in a statement on Monday.';

interface Row { name: string; paragraphs: string[]; excerpt: string | null }

const ROWS: Row[] = [
  { name: 'a back link glued to the page title (809)', paragraphs: ['November 2020 – February 2021Back to News', 'Independent, Local Owners Continue to Emerge', BODY, BODY2], excerpt: 'Back to News' },
  { name: '"Read more." alone after the excerpt (811)', paragraphs: ['2 Nashville Radio Stations To Be Sold', BODY, BODY2, 'Read more.'], excerpt: 'Read more.' },
  { name: 'an arrowed link to the section list (812)', paragraphs: ['Sold', BODY, BODY2, '« see more Net News'], excerpt: '« see more Net News' },
  { name: 'the full-story pointer as the last sentence (814)', paragraphs: ['Latest Round of Craft Brewery Sellouts Causes Barely a Shrug', BODY, `${BODY2} How did a craft beer industry so opposed to selling out become so inert? Read the full story here.`], excerpt: 'Read the full story here.' },
  { name: 'the to-top button (814)', paragraphs: ['Latest Round of Craft Brewery Sellouts', BODY, BODY2, 'To top'], excerpt: 'To top' },
  { name: 'the tag box heading alone (817)', paragraphs: ['Somerfield offer finalised', BODY, BODY2, 'Topics'], excerpt: 'Topics' },
  { name: 'a reading time under a minute (819)', paragraphs: ['Rossel rachète des quotidiens régionaux de GHM', '23 octobre 2012', 'Temps de lecture : < 1 minute', BODY, BODY2], excerpt: 'Temps de lecture : < 1 minute' },
  { name: 'the skip links’ heading (822, 214)', paragraphs: ['Accessibility links', 'Breaking News', 'US Regulators Approve Creation of World’s Biggest Airline', BODY, BODY2], excerpt: 'Accessibility links' },
  { name: 'an arrowed "More Info" with its source (823)', paragraphs: ['13 November 2013', BODY, BODY2, 'More Info > (The Washington Post)'], excerpt: 'More Info > (The Washington Post)' },
  { name: 'the breadcrumb label alone (824)', paragraphs: ['Vous êtes ici', 'Petits arrangements en famille', BODY, BODY2], excerpt: 'Vous êtes ici' },
  { name: 'a bracketed print refer in a sentence (824)', paragraphs: ['En famille', 'Dans la presse quotidienne régionale, ça a longtemps été « petits meurtres entre ennemis ». Désormais, c’est plutôt « petits arrangements en famille » (lire en page 10).', BODY, BODY2], excerpt: '(lire en page 10)' },
  { name: 'the send-by-email form’s heading (824)', paragraphs: ['En famille', BODY, BODY2, 'Envoyer par mail un article', 'En famille'], excerpt: 'Envoyer par mail un article' },
  // Negatives.
  { name: 'a subhead "Back to basics"', paragraphs: [BODY, 'Back to basics', BODY2, BODY], excerpt: null },
  { name: 'a sentence ending on "back to news"', paragraphs: [`${BODY} The anchor then went back to news.`, BODY2], excerpt: null },
  { name: '"Read on." as a blog’s own paragraph', paragraphs: [BODY, 'Read on.', BODY2], excerpt: null },
  { name: 'a heading "Top"', paragraphs: [BODY, 'Top', BODY2, BODY], excerpt: null },
  { name: 'a sentence asking to read the report', paragraphs: [`${BODY2} Read the full report, published on Monday, before the vote.`, BODY], excerpt: null },
  { name: 'a sentence citing a page with other words', paragraphs: [`${BODY} The plan is described in the annual report (see the chart on page 10).`, BODY2], excerpt: null },
  { name: 'a sentence on accessibility', paragraphs: [`${BODY} Accessibility links the two sites.`, BODY2], excerpt: null },
];

describe('round 40: standard page controls (back links, to-top, read more, skip-link heading, refers)', () => {
  it.each(ROWS)('$name', ({ paragraphs, excerpt }) => {
    const flagged = findArtifacts({ paragraphs }).filter((a) => a.kind === 'boilerplate').map((a) => a.text);
    if (excerpt !== null) expect(flagged.some((t) => t.includes(excerpt))).toBe(true);
    else expect(flagged).toEqual([]);
  });
});
