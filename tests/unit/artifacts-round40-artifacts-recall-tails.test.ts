import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

/**
 * Round 40 (issue 4), third landing: a quote link's "… here" pointer run on as a paragraph's last sentence (534),
 * and a size switcher's labels one per line (822). Positive rows are real lines of the fixtures; negative rows are prose
 * with the same words and lone codes.
 */
const BODY = 'Antitrust regulators at the Justice Department had filed suit in August to block the $16 billion merger, claiming it would limit competition in the air travel market.';
const BODY2 = 'The merger follows the marriage of other air carriers in the U.S., with Delta joining with Northwest and United with Continental.';
const LAST = 'Shares of American Express, which closed at $47.00 in regular Wednesday trade, were last 1 percent lower in extended trading.';

interface Row { name: string; paragraphs: string[]; excerpt: string | null }

const ROWS: Row[] = [
  { name: 'a quote link run on after the last sentence (534)', paragraphs: ['American Express profit rises', BODY, `${LAST} Get real-time quotes for American Express here.`], excerpt: 'Get real-time quotes for American Express here.' },
  { name: 'a size switcher’s labels one per line (822)', paragraphs: ['US Regulators Approve Creation of World’s Biggest Airline', BODY, BODY2, 'VOA News', 'The Voice of America provides news and information in more than 40 languages to an estimated weekly audience of over 326 million people. Stories with the VOA News byline are the work of multiple VOA journalists and may contain information from wire service reports.', 'XS', 'SM', 'MD', 'LG'], excerpt: 'XS\n\nSM\n\nMD\n\nLG' },
  // Negatives.
  { name: 'a sentence with a subject pointing here', paragraphs: ['American Express profit rises', BODY, `${LAST} You can read the full report here.`], excerpt: null },
  { name: 'an editor’s note pointing to the series (133)', paragraphs: ['Worldcrunch, week six', 'Editor’s Note: Jeff Israely, a former Time magazine foreign correspondent in Europe, is in the early stages of a news startup called Worldcrunch. He occasionally describes and comments on his startup process here at the Lab. Read his past installments here.', BODY, BODY2], excerpt: null },
  { name: 'a sentence ending on "here" that is no pointer', paragraphs: ['American Express profit rises', BODY, `${LAST} Get out of here.`], excerpt: null },
  { name: 'two codes only', paragraphs: ['Phone makers', BODY, 'LG', 'XL', BODY2], excerpt: null },
  { name: 'codes out of the scale’s order', paragraphs: ['Phone makers', BODY, 'LG', 'MD', 'XS', BODY2], excerpt: null },
];

describe('round 40: glued "here" pointers and size switchers', () => {
  it.each(ROWS)('$name', ({ paragraphs, excerpt }) => {
    const flagged = findArtifacts({ paragraphs }).filter((a) => a.kind === 'boilerplate').map((a) => a.text);
    if (excerpt !== null) expect(flagged.some((t) => t.includes(excerpt))).toBe(true);
    else expect(flagged).toEqual([]);
  });
});
