import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

/**
 * Round 39: a "By:" byline crediting a desk or an agency, run into the first sentence (bylines.ts colonBylineIntoText).
 * Positive rows are Editor & Publisher's archive pages (576, 677); negative rows are a "By:" byline alone on its line
 * (clean 125, 463) and a person's name run into the text, where the name's end cannot be told.
 */
const BODY = 'The Daily Press cited slumping circulation and competition from the Internet for the cuts. It will now redirect resources to the Web, where readership is growing.';

interface Row { name: string; paragraphs: string[]; excerpt: string | null }

const ROWS: Row[] = [
  {
    name: 'a staff credit run into the lede (576)',
    paragraphs: ['Newport News Paper Announces 25 Buyouts', 'By: E&P Staff The Daily Press of Newport News, Va. announced that it will buy out 25 veteran employees with at least 10 years experience. The move is part of an effort to cut $1 million worth of annual expenses.', BODY],
    excerpt: 'By: E&P Staff',
  },
  {
    name: 'an agency in brackets run into the lede (677)',
    paragraphs: ['Topix for Today: Gannett, KR, Tribune Invest in News Site', 'By: (AP) Three major newspaper companies are investing in, a startup technology company that collects and sorts news stories from various sources on the Internet.', 'Gannett Co., Knight Ridder Inc., and Tribune Co. are each taking a 25 percent stake in the Palo Alto, Calif.-based company, while its founders will retain the remaining share.'],
    excerpt: 'By: (AP)',
  },
  // Negatives.
  {
    name: 'a "By:" byline alone on its line (125)',
    paragraphs: ['PressPoint Brings Pagination to Small Papers', 'By: Jim Rosenberg', BODY, BODY],
    excerpt: null,
  },
  {
    name: 'an agency byline with the writers in capitals and the date (463)',
    paragraphs: ['Retailers face more store closures', 'By: Bloomberg LINDSEY RUPP and MOLLY SMITH January 23, 2017 0', 'Reeling from a shaky holiday season and slowing mall traffic, U.S. retailers are facing increasing pressure to close stores as more of their business migrates to the internet.'],
    excerpt: null,
  },
  {
    name: 'a person’s name run into the text (where the name ends is not told)',
    paragraphs: ['Newport News Paper Announces 25 Buyouts', 'By: Mark Fitzgerald The Daily Press of Newport News, Va. announced that it will buy out 25 veteran employees with at least 10 years experience.', BODY],
    excerpt: null,
  },
];

describe('round 39: a "By:" desk or agency byline run into the text', () => {
  it.each(ROWS)('$name', ({ paragraphs, excerpt }) => {
    const flagged = findArtifacts({ paragraphs }).filter((a) => a.kind === 'byline-noise').map((a) => a.text);
    if (excerpt !== null) expect(flagged).toContain(excerpt);
    else expect(flagged.filter((t) => t.startsWith('By:'))).toEqual([]);
  });
});
