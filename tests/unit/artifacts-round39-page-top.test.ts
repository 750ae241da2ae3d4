import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

/**
 * Round 39: a site's tagline above its page chrome and the headline (edge-chrome.ts mastheadTagline). Positive rows
 * are the heads of Press Gazette (609), Gust's blog (182) and Dan Kennedy's Media Nation (726); negative rows are
 * article heads with no furniture between their first line and the headline (a dek over a date line, a kicker), or
 * whose first line is the headline itself.
 */
const GAZETTE_BODY = [
  'Gannett, the US parent company of regional publisher Newsquest, has rejected a takeover bid from publishing rival MNG Enterprises.',
  'MNG, also known as Digital First Media, made a cash offer for Gannett of $12 per share on 14 January after building up a 7.5 per cent stake in the publisher, which bought Newsquest in 1999.',
  'The company added: “Gannett does not believe MNG’s proposal is credible.”',
];
const ALDEN_BODY = [
  'The hedge fund Alden Global Capital, notorious for hollowing out its newspapers, is shutting down eight weekly newspapers in Minnesota. Louis Krauss of the Minneapolis-based Star Tribune reports that six of the papers are part of the Southwest News Media group.',
  'Alden owns 68 dailies and more than 300 weekly publications through its MediaNews Group as well as another seven larger-market dailies through Tribune Publishing.',
];

interface Row { name: string; paragraphs: string[]; excerpt: string | null }

const ROWS: Row[] = [
  {
    name: 'a motto between the newsletter bar and the breadcrumb (609)',
    paragraphs: ['View all newsletters', 'Sign up for our free email newsletters', 'Fighting for quality news media in the digital age.', '1. News', 'February 4, 2019updated 30 Sep 2022 7:27am', 'Newsquest’s US parent company Gannett rejects takeover bid from rival publisher', 'By Charlotte Tobitt', ...GAZETTE_BODY],
    excerpt: 'Fighting for quality news media in the digital age.',
  },
  {
    name: 'a tagline wrapped over two lines above the archive heading (182)',
    paragraphs: ['Thoughts on startups by investors that', 'fund them & entrepreneurs that run them', 'Blog Archives', 'How do I shake off needy investors?', 'Does the company have a board of directors? Are there any investor representatives on it?  If there is a “lead” Investor with whom you have a good relationship, you might try having him act as your front man.', 'What happens when a company is acquired for less money than it raised in funding?'],
    excerpt: 'Thoughts on startups by investors that',
  },
  {
    name: 'the blogger’s name and motto above the tag heading (726)',
    paragraphs: ['By Dan Kennedy • The press, politics, technology, culture and other passions', 'Tag: Tribune Publishing Page 1 of 4', 'Alden Global Capital to close eight weekly papers in Minnesota', ...ALDEN_BODY],
    excerpt: 'By Dan Kennedy • The press, politics, technology, culture and other passions',
  },
  // Negatives: the first line is the article's own (headline, dek), with no furniture between it and what follows.
  {
    name: 'a headline, its byline and the body',
    paragraphs: ['Newsquest’s US parent company Gannett rejects takeover bid from rival publisher', 'By Charlotte Tobitt', ...GAZETTE_BODY],
    excerpt: null,
  },
  {
    name: 'a dek over a date line and the headline, no furniture',
    paragraphs: ['Gannett says the unsolicited offer undervalues the company.', 'February 4, 2019', 'Newsquest’s US parent company Gannett rejects takeover bid from rival publisher', 'By Charlotte Tobitt', ...GAZETTE_BODY],
    excerpt: null,
  },
  {
    name: 'a headline over a tag line and the body (no second title under the tags)',
    paragraphs: ['Alden Global Capital to close eight weekly papers in Minnesota', 'Tag: Tribune Publishing Page 1 of 4', ...ALDEN_BODY],
    excerpt: null,
  },
];

describe('round 39: a site tagline above the page chrome', () => {
  it.each(ROWS)('$name', ({ paragraphs, excerpt }) => {
    const flagged = findArtifacts({ paragraphs }).filter((a) => a.kind === 'boilerplate').map((a) => a.text);
    if (excerpt !== null) expect(flagged.some((t) => t.includes(excerpt))).toBe(true);
    else expect(flagged.filter((t) => t.includes(paragraphs[0]!))).toEqual([]);
  });
});
