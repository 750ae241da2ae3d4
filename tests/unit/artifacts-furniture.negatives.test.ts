/**
 * Look-alikes of shape-based furniture in clean articles: code, tables of
 * figures, transcripts, headlines and standfirsts, datelines, citations,
 * captions, quotes. None may be flagged as boilerplate.
 */
import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { HEADLINE } from '../helpers/artifact-texts';

const BODY = [
  'Acme Robotics said on Tuesday it had raised new money from a group of investors led by a large fund.',
  'The company plans to use the proceeds to hire engineers and expand its factories in Ohio and Texas.',
  'Its chief executive said demand for warehouse robots had doubled over the past year alone, and more orders were coming.',
];

const NEGATIVE: Array<{ name: string; paragraphs: string[] }> = [
  // Templates in code.
  { name: 'a code line with a ${…} placeholder', paragraphs: ['const greeting = `Hello ${user.name}`;', HEADLINE, ...BODY] },
  { name: 'a docs sentence showing a {{…}} placeholder with code around it', paragraphs: ['Use <title>{{ page.title }}</title> in the layout file.', HEADLINE, ...BODY] },
  // Figures.
  { name: 'a table of yearly changes inside the body', paragraphs: [HEADLINE, BODY[0]!, '2021', '+12 %', '2022', '+8 %', '2023', '-3 %', ...BODY.slice(1)] },
  { name: 'a numbered list above the body (no changes)', paragraphs: [HEADLINE, '1.', '2.', '3.', '4.', '5.', '6.', ...BODY] },
  { name: 'an ISIN in prose', paragraphs: [HEADLINE, 'Acme’s shares, ISIN US0378331005, rose 4% on Tuesday after it said it had raised new money from investors.', ...BODY] },
  // Pipes.
  { name: 'a headline with the site name', paragraphs: ['Acme raises $50 million for robots | RoboWire', ...BODY] },
  { name: 'a byline with date and section (a byline, not a meta bar)', paragraphs: [HEADLINE, 'by Jane Doe | Apr 23, 2024 | Tech', ...BODY] },
  { name: 'a table row inside the body', paragraphs: [HEADLINE, BODY[0]!, 'Revenue | 2023 | 12', BODY[1]!, BODY[2]!] },
  { name: 'a company and a report title above the body', paragraphs: ['Acme Robotics | 2024 results', HEADLINE, ...BODY] },
  // Edge lines that are the article's.
  { name: 'a headline starting with "Back to"', paragraphs: ['Back to the office: why Acme wants its engineers at their desks again', ...BODY] },
  { name: 'a bare date line above the headline', paragraphs: ['Tuesday, May 31, 2011', HEADLINE, ...BODY] },
  { name: 'a date and time under the headline', paragraphs: [HEADLINE, 'June 14, 2021 at 06:00AM', ...BODY] },
  { name: 'a headline with "Breaking news:"', paragraphs: ['Breaking news: Acme raises $50 million', ...BODY] },
  { name: 'a last line introducing a lost quote', paragraphs: [HEADLINE, ...BODY, 'The statement reads:'] },
  { name: 'a long lead-in as the last line', paragraphs: [HEADLINE, ...BODY, 'Here is the full statement from the company:'] },
  { name: 'transcript speaker labels in capitals', paragraphs: [HEADLINE, 'JANE DOE:', ...BODY.slice(0, 2), 'JOHN ROE:', BODY[2]!] },
  { name: 'an editor’s note label', paragraphs: [HEADLINE, 'EDITOR’S NOTE:', ...BODY] },
  { name: 'a source line with an address inside the body', paragraphs: [HEADLINE, BODY[0]!, 'Source: https://example.com/acme-filing', ...BODY.slice(1)] },
  { name: 'a Title Case headline over a standfirst', paragraphs: ['Acme Robotics Raises Fifty Million', 'The warehouse robot maker plans to double its staff', ...BODY] },
  // Inline look-alikes.
  { name: 'a one-word heading, no full stop before it', paragraphs: [HEADLINE, 'The film, produced by Acme, is simply called Story', ...BODY] },
  { name: 'a sentence ending in "Video games"', paragraphs: [HEADLINE, `${BODY[0]} The next market is obvious. Video games`, ...BODY.slice(1)] },
  { name: 'a typed image address', paragraphs: [HEADLINE, `${BODY[0]} The chart is at https://example.com/img/2024/02/chart.png for readers.`, ...BODY.slice(1)] },
  { name: 'a relative path in a how-to', paragraphs: [HEADLINE, 'Put the file in public/images/brand/logo.png and restart the server, the guide says.', ...BODY] },
  { name: 'a hyphenated "-logo" word before a space', paragraphs: [HEADLINE, 'The company unveiled its new-logo design on Tuesday, along with a new name for its robots.', ...BODY] },
  { name: 'prose opening with "Home"', paragraphs: ['Home prices > incomes in most US cities, a report said on Tuesday, and the gap is widening.', ...BODY] },
  // Label additions.
  { name: 'a sentence about copyright law', paragraphs: [HEADLINE, 'Copyright law gives authors rights over copies, the court said.', ...BODY] },
  { name: 'a photo credit with © and a caption', paragraphs: [HEADLINE, '© Reuters. FILE PHOTO: The logo of Acme Robotics is seen in the window of a building in London', ...BODY] },
  { name: 'topics as a sentence', paragraphs: [HEADLINE, 'Topics: the board will discuss pay and strategy.', ...BODY] },
  { name: 'a press release contact lead-in', paragraphs: [HEADLINE, ...BODY, 'For more information:', 'Jane Doe, Acme Robotics'] },
  { name: 'an author and a date between pipes (metadata)', paragraphs: [HEADLINE, 'Jane Doe | March 3, 2021', ...BODY] },
  { name: 'a date and a section between pipes (metadata)', paragraphs: [HEADLINE, 'March 3, 2021 | Technology', ...BODY] },
  { name: 'a date and time alone at the end (the page’s stamp)', paragraphs: [HEADLINE, ...BODY, '2021-06-14 06:00'] },
  { name: 'an arrow inside a headline sentence', paragraphs: ['Revenue > costs: how Acme became profitable, in its own words', ...BODY] },
  { name: 'a lower-case comparison above the body', paragraphs: ['speed > safety', HEADLINE, ...BODY] },
  { name: 'a dateline in capitals on its own line', paragraphs: [HEADLINE, 'NEW DELHI:', ...BODY] },
  { name: 'a press release’s website line at the end', paragraphs: [HEADLINE, ...BODY, 'Website: https://acme.example.com'] },
  { name: 'a source line with an address at the end', paragraphs: [HEADLINE, ...BODY, 'Source: https://example.com/acme-filing'] },
  { name: 'a first paragraph opening like a tagline', paragraphs: ['The latest news from the warehouse robot market is that demand has doubled.', ...BODY] },
  { name: 'a lower-case "posted in" sentence', paragraphs: [HEADLINE, 'posted in 2019, the video went viral', ...BODY] },
  { name: 'a contact block’s field labels', paragraphs: [HEADLINE, ...BODY, 'Media contact:', 'Jane Doe', 'Email:', 'jane@acme.example.com'] },
  { name: 'a pipe list glued after a sentence with no label in it', paragraphs: [HEADLINE, `${BODY[0]} Ohio | Texas | Nevada`, ...BODY.slice(1)] },
  { name: 'a sentence about following a company on social media', paragraphs: [HEADLINE, ...BODY, 'Follow the money: how Acme spent its last round'] },
  { name: 'one-line quotes inside a markets story', paragraphs: [HEADLINE, BODY[0]!, 'CAC 40 8 025.80 +0.83 %', 'DAX 23 464.63 -0.97 %', 'Nasdaq 17,842.11 ▼1.2%', ...BODY.slice(1)] },
  { name: 'two one-line quotes above the headline', paragraphs: ['CAC 40 8 025.80 +0.83 %', 'DAX 23 464.63 -0.97 %', HEADLINE, ...BODY] },
  { name: 'a comma list above a sentence-case standfirst', paragraphs: ['Apple, Google, Microsoft', 'The three giants are racing to build warehouse robots', ...BODY] },
  { name: 'a comma list inside the body', paragraphs: [HEADLINE, BODY[0]!, 'Fintech, Startups, Venture Capital', ...BODY.slice(1)] },
  { name: 'a bare date line above a Title Case headline', paragraphs: ['Tuesday, May 31, 2011', 'Acme Launches Follow Button for Websites', ...BODY] },
  { name: 'a day and date above a Title Case headline', paragraphs: ['Monday, June 3', 'Acme Launches Follow Button for Websites', ...BODY] },
  { name: 'a sentence about a company powered by software', paragraphs: [HEADLINE, 'Powered by WordPress, the site now serves millions of readers a month, Acme said.', ...BODY] },
  { name: 'a fact-box label field', paragraphs: [HEADLINE, 'Label: Warner Records', ...BODY] },
  { name: 'a "Written by" byline', paragraphs: [HEADLINE, 'Written by Jane Doe', ...BODY] },
  { name: 'a lone "Home" heading inside the body', paragraphs: [HEADLINE, BODY[0]!, 'Home', ...BODY.slice(1)] },
  { name: 'a Title Case heading inside the body', paragraphs: [HEADLINE, BODY[0]!, 'Frequently Asked Questions About Warehouse Robots', ...BODY.slice(1)] },
  { name: 'a names row inside the body', paragraphs: [HEADLINE, BODY[0]!, 'Jane Doe John Roe Mary Major Richard Miles', ...BODY.slice(1)] },
  { name: 'a French sentence about subscribers', paragraphs: ['Botco lève 12 millions d’euros', 'Les abonnés du service ont doublé en un an, selon la société, qui vise désormais l’Allemagne.'] },
];

describe('furniture by shape: look-alikes stay', () => {
  it.each(NEGATIVE)('$name', ({ paragraphs }) => {
    const found = findArtifacts({ paragraphs }).filter((a) => a.kind === 'boilerplate');
    expect(found.map((a) => a.text)).toEqual([]);
  });
});
