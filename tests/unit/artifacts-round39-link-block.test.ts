import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

/**
 * Round 39: a block of links closing the text with no module label (boilerplate.ts tailLinkBlock). Positive rows are
 * the closing blocks of This is Money's round-up (661) and The Standard (Kenya)'s related widget (637); negative rows
 * are an article's own closing list (numbered, field-labelled, opened by a colon) and a cut last sentence.
 */
const STANDARD_BODY = [
  'Kenya\'s Nairobi Stock Exchange on Friday reported a 16 percent rise in pretax profit, helped by a surge in equity turnover.',
  'Total income climbed 32 percent to 821.9 million shillings, mainly driven by a 39 percent increase in equity turnover to 431 billion shillings in 2014.',
  'The board recommended a first and final dividend for 2014 of 0.38 shillings.',
];
const THISISMONEY_BODY = [
  'Here is This is Money\'s round-up of some of the bigger stories in the newspapers this weekend.',
  'Institutional shareholders in Virgin Mobile have told the company\'s board that it should reject any takeover bid from NTL of less than 400p per share.',
  'The departing bosses of the Compass catering group, Sir Francis Mackay and Mike Bailey, have both enjoyed a £1m boost to their pensions.',
];

interface Row { name: string; paragraphs: string[]; excerpt: string | null }

const ROWS: Row[] = [
  {
    name: 'a related widget: section kickers over headlines, a card byline with its age (637)',
    paragraphs: [...STANDARD_BODY, 'Business', 'Government splashes Sh100m for comfort zones in counties', 'Sci & Tech', 'Rethink data policies to increase internet access, ICT players tell State', 'Business', 'Premium Kenya leads global push to raise Sh322tr from climate taxes', 'By Brian Ngugi 23 hrs ago', 'Business', 'Harambee Sacco eyes Sh4bn in member\'s capital expansion share drive'],
    excerpt: 'Government splashes Sh100m for comfort zones in counties',
  },
  {
    name: 'a link box of short feature links, one printed twice (661)',
    paragraphs: [...THISISMONEY_BODY, 'This is Money 2006 predictions', 'UK house prices', 'World stock markets', 'The UK stock market', 'Midas share tips', 'A full round-up of newspaper and magazine tips', 'A full round-up of newspaper and magazine tips', 'Daily Mail share tips'],
    excerpt: 'UK house prices',
  },
  // Negative: a listicle's items (layoffs.fyi's "How it started / How it's going" list, batch 3's 32).
  {
    name: 'an article ending on its numbered list with field labels',
    paragraphs: [...STANDARD_BODY, '6. Skillz', 'How it started: Laid off 21 employees in April', 'How it’s going: IPO in December via SPAC, now trading at a market cap of $7 billion', '5. Metromile', 'How it started: Laid off 100 employees (33%) in April', 'How it’s going: In November, announced plans to IPO in Q1 2021 via SPAC'],
    excerpt: null,
  },
  {
    name: 'an article ending on items under repeated field labels, no numbers',
    paragraphs: [...STANDARD_BODY, 'Buyer: Safaricom', 'Target: M-Pesa Holdings', 'Buyer: Equity Group', 'Target: Spire Bank', 'Value: Sh1.2 billion'],
    excerpt: null,
  },
  {
    name: 'an article ending on a list its last sentence opened with a colon',
    paragraphs: [...STANDARD_BODY, 'The bourse listed the companies it expects to join the market next year:', 'Kenya Pipeline Company', 'Kenya Electricity Generating Company', 'National Bank of Kenya', 'Housing Finance Group', 'Rea Vipingo Plantations'],
    excerpt: null,
  },
  {
    name: 'four short lines only (a closing credit block, not a link box)',
    paragraphs: [...STANDARD_BODY, 'Reporting by Duncan Miriri', 'Editing by Mark Potter', 'Our Standards', 'Thomson Reuters Trust Principles'],
    excerpt: null,
  },
];

describe('round 39: a closing block of links with no label', () => {
  it.each(ROWS)('$name', ({ paragraphs, excerpt }) => {
    const flagged = findArtifacts({ paragraphs }).filter((a) => a.kind === 'boilerplate').map((a) => a.text);
    if (excerpt !== null) expect(flagged.some((t) => t.includes(excerpt))).toBe(true);
    else expect(flagged.filter((t) => paragraphs.slice(3).some((p) => t.includes(p)))).toEqual([]);
  });
});
