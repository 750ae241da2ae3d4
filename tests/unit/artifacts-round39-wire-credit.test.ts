import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

/**
 * Round 39: a wire credit line a reposting site ran its own byline field into (bylines.ts SITE_FIELD_IN_AGENCY_CREDIT).
 * Positive rows are two local sites reposting The Canadian Press (castanet 512, darpanmagazine 561); negative rows are
 * the agency's own credit as page metadata (a dated agency line as China Daily prints it, 319; a writer's credit naming
 * the agency; a desk that names its agency with a joiner; a "(CP)" dateline).
 */
const BODY = 'The owner of Canada\'s largest group of newspapers reports it had a $13.5-million profit in its fourth quarter ended Aug. 31, which it attributed to cost cutting and assistance from government wage subsidies.';

interface Row { name: string; paragraphs: string[]; excerpt: string | null }

const ROWS: Row[] = [
  {
    name: 'the agency credit with an emptied field and the site’s story number (512)',
    paragraphs: ['Postmedia Q4 profit rises to $13.5 million despite lower revenue', 'Subsidy boosts Postmedia', 'The Canadian Press - | Story: 313585', BODY],
    excerpt: 'The Canadian Press - | Story: 313585',
  },
  {
    name: 'the site’s desk byline run into the agency credit and its timestamp (561)',
    paragraphs: ['Husky Energy Issues More Layoff Notices, Says Step Difficult But Necessary', 'Darpan News Desk The Canadian Press, 10 Feb, 2016 11:48 AM', 'CALGARY — Slumping world oil prices continue to hit Calgary’s energy industry hard as more layoffs have been announced.', BODY],
    excerpt: 'Darpan News Desk The Canadian Press, 10 Feb, 2016 11:48 AM',
  },
  // Negatives.
  {
    name: 'the agency’s credit with its date, as the page prints it (319)',
    paragraphs: ['China comes out better with job creation despite slower economic growth', 'Xinhua | Updated: 2019-12-09 16:22', 'BEIJING - Despite external uncertainties and concerns of a softening economy, China has kept delivering impressive job gains with a resilient economy and nimble governance.', BODY],
    excerpt: null,
  },
  {
    name: 'a writer’s byline naming the agency',
    paragraphs: ['Husky Energy Issues More Layoff Notices', 'By Jane Doe, The Canadian Press', BODY, BODY],
    excerpt: null,
  },
  {
    name: 'the agency’s credit with its date alone',
    paragraphs: ['Husky Energy Issues More Layoff Notices', 'The Canadian Press, 10 Feb, 2016 11:48 AM', BODY, BODY],
    excerpt: null,
  },
  {
    name: 'a desk naming its agency with a joiner',
    paragraphs: ['Husky Energy Issues More Layoff Notices', 'Darpan News Desk with The Canadian Press', BODY, BODY],
    excerpt: null,
  },
  {
    name: 'a "(CP)" dateline',
    paragraphs: ['Postmedia Q4 profit rises', 'TORONTO (CP) — The owner of Canada\'s largest group of newspapers reports it had a $13.5-million profit in its fourth quarter ended Aug. 31.', BODY],
    excerpt: null,
  },
];

describe('round 39: a reposting site’s byline field run into a wire credit', () => {
  it.each(ROWS)('$name', ({ paragraphs, excerpt }) => {
    const flagged = findArtifacts({ paragraphs }).filter((a) => a.kind === 'byline-noise').map((a) => a.text);
    if (excerpt !== null) expect(flagged).toContain(excerpt);
    else expect(flagged).toEqual([]);
  });
});
