import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { findBylineNoise } from '../../utils/artifacts/bylines';
import { buildDoc } from '../../utils/artifacts/context';
import { BODY, CORPS, OTHER_STORY } from '../helpers/artifact-texts';

/** Round 4 look-alikes: clean text with the shapes of the round 4 artifacts. None may be flagged with the kind named. */
const OTHER = OTHER_STORY.slice(0, 2);

interface Row { name: string; paragraphs: string[]; kind: string }

const ROWS: Row[] = [
  { name: 'a plain byline above the body', paragraphs: ['Acme raises $5 million', 'By Jane Doe', ...BODY], kind: 'byline-noise' },
  { name: 'a byline with its date above the body', paragraphs: ['Acme raises $5 million', 'By Jane Doe | March 3, 2024 | Startups', ...BODY], kind: 'byline-noise' },
  { name: 'a sentence that says "by by"-like words', paragraphs: [...BODY, 'By by-laws of the company, the board must approve the round.'], kind: 'byline-noise' },
  { name: 'a parenthesis with words in it after an author label', paragraphs: [...BODY, 'Author: Jane Doe (Reuters)'], kind: 'byline-noise' },
  { name: 'a French byline with its dates alone on its line', paragraphs: ['La start-up lève 5 millions', 'Par Rudy Degardin. Publié le 09 février 2024 à 16h07 - Mis à jour le 12 février 2024 à 13h06', ...CORPS], kind: 'byline-noise' },
  { name: 'an author archive: each post under its headline and byline', paragraphs: ['Acme raises $5 million for robots', 'By Jane Doe', ...BODY, 'Beta buys Gamma in a deal worth millions', 'By Jane Doe', 'Beta Corp said on Monday it would buy its smaller rival Gamma for an undisclosed sum.'], kind: 'byline-noise' },
  { name: 'a sentence about a publication date and an author', paragraphs: ['Le rapport, publié le 9 février 2024, a été rédigé par une équipe de chercheurs de l’université de Lyon.'], kind: 'byline-noise' },
  { name: 'a French stamp and byline alone on the line', paragraphs: ['La start-up lève 5 millions', 'Publié le 9 févr. 2024 à 16h07 par Jean Dupont', ...CORPS], kind: 'byline-noise' },
  { name: 'two authors who share a first name', paragraphs: ['Acme raises $5 million', 'By Jane Doe and Jane Roe', ...BODY], kind: 'byline-noise' },
  { name: 'a byline with its date after a separator', paragraphs: ['Acme raises $5 million', 'By Jane Doe, March 3, 2024', ...BODY], kind: 'byline-noise' },
  { name: 'a byline naming a camel-case outlet', paragraphs: ['Acme raises $5 million', 'By Jane Doe, TechCrunch', ...BODY], kind: 'byline-noise' },
  { name: 'two different bylines', paragraphs: ['Acme raises $5 million', 'By Jane Doe', ...BODY, 'By John Roe', 'The chief executive said the money would last three years.'], kind: 'byline-noise' },
  { name: 'a sentence that starts with "Par" and a name, mid-paragraph, no timestamps', paragraphs: ['Le marché a chuté. Par Rudy Degardin, on entend le rédacteur en chef, qui a publié le bilan le 9 février 2024.'], kind: 'byline-noise' },
  { name: 'a French credit once under a different caption', paragraphs: ['La start-up lève 5 millions', 'Les fondateurs à Lyon.', 'Les bureaux de la start-up à Paris. Crédit photo : Jean Dupont', ...CORPS], kind: 'duplicated-caption' },
  { name: 'one courtesy credit', paragraphs: ['Acme raises $5 million', 'Courtesy Pexels', ...BODY], kind: 'duplicated-caption' },
  { name: 'two different courtesy credits in a row', paragraphs: ['Acme raises $5 million', 'Courtesy Pexels', 'Courtesy Unsplash', ...BODY], kind: 'duplicated-caption' },
  { name: 'a sentence that opens with "Courtesy" twice', paragraphs: [...BODY, 'Courtesy of the founders, every employee got shares.', 'Courtesy of the founders, every employee got shares.'], kind: 'duplicated-caption' },
  { name: 'an agency credit in spaced brackets after a different sentence', paragraphs: [...CORPS, 'Le siège social de Sanofi à Paris.', 'Le siège social parisien du géant pharmaceutique Sanofi. ( ALAIN JOCARD / AFP/Archives )'], kind: 'duplicated-caption' },
  { name: 'the headline twice in a row is not a caption', paragraphs: ['Advertisements', 'Robotics startup cofounded by Synapse CEO is raising funds with exaggerated claims', 'Robotics startup cofounded by Synapse CEO is raising funds with exaggerated claims', ...BODY], kind: 'duplicated-caption' },
  {
    name: 'a rights notice under every feed item',
    paragraphs: ['Acme raises $5 million for warehouse robots', BODY[0]!, '© 2024 TechCrunch. All rights reserved. For personal use only.', BODY[1]!, '© 2024 TechCrunch. All rights reserved. For personal use only.'],
    kind: 'duplicated-paragraph',
  },
  { name: 'a headline that opens the lede before a comma', paragraphs: ['Acme raises $5 million for robots', 'Acme raises $5 million for robots, the company said on Tuesday, and plans to hire.', ...BODY], kind: 'duplicated-paragraph' },
  { name: 'a rights notice, then short related-story teasers', paragraphs: ['Acme raises $5 million', ...BODY, '© 2024 Acme Media. All rights reserved.', 'Beta buys Gamma for $2 billion.', 'Why robots are coming to every warehouse.', 'Ten startups to watch this year.'], kind: 'merged-stories' },
  { name: 'a headline that opens the standfirst after a space', paragraphs: ['Acme raises $5 million for robots', 'Acme raises $5 million for robots and plans to hire fifty engineers in Ohio.', ...BODY], kind: 'duplicated-paragraph' },
  {
    name: 'a tutorial repeating its command and lead-in, wrapped the same way',
    paragraphs: ['Then edit the configuration for the first repository:', '$ hg -R alice config --edit --local', 'and add', ...BODY, 'Then edit the configuration for the first repository:', '$ hg -R alice config --edit --local', 'and add'],
    kind: 'duplicated-paragraph',
  },
  {
    name: 'a short heading repeated with the same line breaks',
    paragraphs: ['Why robots', 'are coming to every warehouse', 'in the country', ...BODY, 'Why robots', 'are coming to every warehouse', 'in the country', 'Warehouse operators say they cannot hire enough people to move the boxes.'],
    kind: 'duplicated-paragraph',
  },
  {
    name: 'a table flattened into a line repeats its figures',
    paragraphs: ['2020-08-01 13:00+00 | 1 | 3.0027 | 500 | 2020-08-01 13:00+00 | 1 | 3.0027 | 500 | 2020-08-01 13:00+00 | 1 | 3.0027 | 500 | rows returned by the query above'],
    kind: 'duplicated-paragraph',
  },
  {
    name: 'a phrase repeated for effect, not in a row',
    paragraphs: ['We will build robots for every warehouse in the country, and then, when that is done, we will build robots for every warehouse in the world, the founder said on Tuesday.'],
    kind: 'duplicated-paragraph',
  },
  {
    name: 'a short refrain repeated in a row',
    paragraphs: ['The crowd chanted “one more round, one more round” as the founders walked on stage to announce the deal on Tuesday morning.'],
    kind: 'duplicated-paragraph',
  },
  { name: 'a [pq] tag that is never closed', paragraphs: [...BODY, '[pq]European politics and culture have created a different mix for journalism startups'], kind: 'broken-pull-quote' },
  { name: 'a shortcode that is not a pull-quote', paragraphs: [...BODY, '[caption id="1"]Workers at the Acme plant in Ohio.[/caption]'], kind: 'broken-pull-quote' },
  { name: 'a short title with a writer’s ellipsis', paragraphs: ['Wait For It...', ...BODY], kind: 'truncated-sentence' },
  { name: 'a newsletter teaser of Title Case items ending "Read more in this issue…"', paragraphs: ['Flying Black Cabs, British Processors to Power AI, No Cars for Sale and Business as usual. Read more in this issue…', ...BODY], kind: 'truncated-sentence' },
  { name: 'a long sentence-case line with a glued ellipsis', paragraphs: [...BODY, 'And then the orders kept coming and coming, week after week, until the factory could not...', 'The chief executive said demand for robots was still growing.'], kind: 'truncated-sentence' },
  { name: 'an initialism with its full stop', paragraphs: [...BODY, 'U.S.', 'The chief executive said the money would last three years.'], kind: 'truncated-sentence' },
  { name: 'a finished sentence ending "in a statement."', paragraphs: [...BODY, 'The company confirmed the round in a statement.'], kind: 'truncated-sentence' },
  { name: 'a quote line ending on an attribution, in quotes', paragraphs: [...BODY, '“We are thrilled,” Executive Chairman David Smith in a statement'], kind: 'truncated-sentence' },
  { name: 'one feed item with its "via" line', paragraphs: ['Twitter Launches Follow Button for Websites', 'via Mashable! by Lauren Indvik on 5/31/11', ...BODY], kind: 'merged-stories' },
  { name: 'a rights notice closing the only story, then one note', paragraphs: ['Acme raises $5 million', ...BODY, '© 2024 Acme Media. All rights reserved.', OTHER[0]!], kind: 'merged-stories' },
  { name: 'a rights notice, then the dek again', paragraphs: ['Acme raises $5 million', BODY[0]!, '© 2024 Acme Media. All rights reserved.', BODY[0]!], kind: 'merged-stories' },
  { name: 'a photo credit with a year mid-article', paragraphs: ['Acme raises $5 million', BODY[0]!, '© 2024 Getty Images', ...BODY.slice(1), ...OTHER], kind: 'merged-stories' },
  {
    name: 'an author archive holding one newsletter with section headings',
    paragraphs: ['Archive for Jordan Parker Erb', 'Dimon’s fintech warning shot – Blackstone’s secret weapon', BODY[0]!, 'Jamie Dimon will spend whatever it takes to battle BNPL', ...BODY.slice(1), 'A look at Blackstone’s secret weapon', ...OTHER],
    kind: 'merged-stories',
  },
  {
    name: 'a timeline section: a heading above a dated entry, once',
    paragraphs: ['Acme raises five million dollars for its warehouse robots', ...BODY, 'How the company got to its first big funding round', 'March 1, 2024', ...OTHER],
    kind: 'merged-stories',
  },
  {
    name: 'a related-story card (headline and date) after a dated article',
    paragraphs: ['Acme raises five million dollars for its warehouse robots', 'March 3, 2024', ...BODY, 'Beta buys its smaller rival Gamma in a deal worth millions', 'March 1, 2024', 'Related'],
    kind: 'merged-stories',
  },
  { name: 'an archive page: a photo credit under the first post', paragraphs: ['Monthly Archives: May 2021', 'News: Live video platform Bright lets you Zoom with creators', ...BODY, 'Image Credits: Bright Media', ...OTHER], kind: 'merged-stories' },
  { name: 'subheadings in an ordinary article', paragraphs: ['Acme raises $5 million', ...BODY, 'Why is Traction So Squishy?', ...OTHER], kind: 'merged-stories' },
];

describe('round 4 structure: look-alikes stay unflagged', () => {
  it.each(ROWS)('$name', ({ paragraphs, kind }) => {
    const found = findArtifacts({ paragraphs }).filter((a) => a.kind === kind);
    expect(found.map((a) => a.text)).toEqual([]);
  });
});

describe('round 4 bylines: a person on the post-meta line is the byline, not an account', () => {
  it.each([
    'By Tyler Smith | Apr 23, 2024 | Tech',
    'by tyler | the best of the week | Tech',
    'by tyler and friends | Apr 23, 2024',
  ])('%s', (line) => {
    expect(findBylineNoise(buildDoc([line, ...BODY]))).toEqual([]);
  });
});
