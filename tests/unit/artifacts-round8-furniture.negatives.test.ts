import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of the round 8 furniture in clean articles: the words of menus,
 * tags, comment engines, membership walls, billing dialogs, kickers and
 * "read also" links inside sentences or headings the story owns. None may be
 * flagged as boilerplate.
 */

/** `line`: where the row holds real furniture too (an ad label), only this line must stay unflagged. */
const NEGATIVE: Array<{ name: string; paragraphs: string[]; line?: string }> = [
  // Menus and navigation in prose.
  { name: 'a headline about mobile navigation', paragraphs: ['Mobile navigation startup Waymap raises $5 million', ...BODY] },
  { name: 'a sentence about a main menu', paragraphs: [HEADLINE, 'The main menu of the app now lists robots by warehouse, the company said.', ...BODY] },
  { name: 'a sentence about skip links', paragraphs: [HEADLINE, 'Screen readers rely on skip to content links, accessibility experts said.', ...BODY] },
  // Hash signs in prose.
  { name: 'a sentence naming C# and F#', paragraphs: [HEADLINE, 'Its engineers write in C# and F# rather than Python, the founder said.', ...BODY] },
  { name: 'a line with a single hash', paragraphs: [HEADLINE, 'Room # 12 was booked for the launch', ...BODY] },
  // Comment engines, membership and billing in prose.
  { name: 'a story about Disqus', paragraphs: [HEADLINE, 'Comments powered by Disqus were switched off on the site last year, the editor said.', ...BODY] },
  { name: 'a sentence about joining a community', paragraphs: [HEADLINE, 'The founders said they wanted to join our family of investors, according to a statement.', ...BODY] },
  { name: 'a story about billing problems', paragraphs: [HEADLINE, 'Customers complained about billing details that were wrong for months, the regulator said.', ...BODY] },
  { name: 'a French sentence about a community', paragraphs: [TITRE, 'Robotix veut rejoindre la communauté des industriels lyonnais, explique son fondateur.', ...CORPS] },
  // Kickers and labels in prose and headings.
  { name: 'a headline starting with News', paragraphs: ['News Corp Buys Startup', ...BODY] },
  { name: 'a lower-case sentence fragment', paragraphs: [HEADLINE, ...BODY, 'news about Acme travels fast in the valley.'] },
  { name: 'a sentence with synopsis', paragraphs: [HEADLINE, 'The synopsis of the film was written by the founder, who studied screenwriting.', ...BODY] },
  { name: 'a sentence about an edition online', paragraphs: [HEADLINE, 'The paper said its print edition is available online now, after a strike ended, according to the union.', ...BODY] },
  // "Read also" words in prose.
  { name: 'a French sentence with lire aussi', paragraphs: [TITRE, 'À lire aussi les analyses des investisseurs, la filière se porte bien.', ...CORPS] },
  { name: 'a headline starting with Related', paragraphs: ['Related Companies raises $2 billion for a new fund', ...BODY] },
  // Weather, speeds and prices in prose.
  { name: 'a sentence about temperatures', paragraphs: [HEADLINE, 'Temperatures hit 18°C in Lyon on Monday, the forecaster said.', ...BODY] },
  { name: 'speed words without a player', paragraphs: [HEADLINE, ...BODY, 'Fast', 'Slow'] },
  { name: 'a price in a sentence', paragraphs: [HEADLINE, 'The paper costs $1.50 on Monday, June 3, 2019, up from $1, the publisher said.', ...BODY] },
  { name: 'a French sentence with prices', paragraphs: [TITRE, 'Le ticket coûte 3,60 € en Belgique et 5,90 € en Suisse, précise la société.', ...CORPS] },
  // Archives, ad slots and closing lines in the body.
  { name: 'a sentence about exploring documents', paragraphs: [HEADLINE, 'Explore the documents the court released on Monday, the lawyers urged reporters.', ...BODY] },
  { name: 'a Categories heading inside the body', paragraphs: [HEADLINE, BODY[0]!, 'Categories', ...BODY.slice(1)] },
  { name: 'a dek about the story above a section label', paragraphs: ['Acme Robotics will hire engineers for its warehouse robots, its chief executive said on Tuesday.', 'BUSINESS', HEADLINE, ...BODY, 'Acme Robotics was founded in 2015 and sells warehouse robots to retailers.', 'The robots move shelves to workers, the company says.'] },
  { name: 'a short kicker above a section label', paragraphs: ['Exclusive interview', 'BUSINESS', HEADLINE, ...BODY, 'Acme Robotics was founded in 2015 and sells warehouse robots to retailers.', 'The robots move shelves to workers, the company says.'] , line: 'Exclusive interview' },
  { name: 'an archive named inside the body', paragraphs: [HEADLINE, BODY[0]!, 'The National Archives', ...BODY.slice(1)] },
  { name: 'a sentence between two ad slots', paragraphs: [HEADLINE, BODY[0]!, 'Advertisement', 'Robot makers flock to Shenzhen for cheap parts, the report said.', 'Advertisement', ...BODY.slice(1)], line: 'Robot makers flock to Shenzhen for cheap parts, the report said.' },
  { name: 'a photo credit above a share prompt', paragraphs: [HEADLINE, ...BODY, 'Top photo by Jane Doe Smith', 'Share this:'], line: 'Top photo by Jane Doe Smith' },
];

describe('round 8 furniture look-alikes: not boilerplate', () => {
  it.each(NEGATIVE)('$name', ({ paragraphs, line }) => {
    const found = findArtifacts({ paragraphs }).filter((a) => a.kind === 'boilerplate' && (line === undefined || a.text.includes(line)));
    expect(found.map((a) => a.text)).toEqual([]);
  });
});
