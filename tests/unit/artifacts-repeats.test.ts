/**
 * Repeats: a caption or sentence printed twice inside one paragraph, alt
 * text before its own credited caption, a headline printed twice. Positive
 * rows from real scraped pages; negative rows are repeats a clean article
 * makes on purpose.
 */
import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import type { ArtifactKind } from '../../utils/types';

const BODY = [
  'Acme Robotics said on Tuesday it had raised new money from a group of investors led by a large fund.',
  'The company plans to use the proceeds to hire engineers and expand its factories in Ohio and Texas.',
  'Its chief executive said demand for warehouse robots had doubled over the past year alone.',
];
const CAPTION = 'A logo of Chinese news aggregator Toutiao is pictured in Nanjing, Jiangsu province, China July 4, 2015. — Reuters pic';
const HEADLINE = 'Chinese startup Toutiao raising at least $2 bln in funding round - sources';

interface Row { name: string; paragraphs: string[]; kind: ArtifactKind; text: string }

const POSITIVE: Row[] = [
  {
    name: 'caption with credit twice in the first paragraph',
    paragraphs: [`${CAPTION} ${CAPTION} HONG KONG, Aug 11 — Chinese news aggregator Toutiao is raising at least US$2 billion, people familiar with the matter said.`, ...BODY],
    kind: 'duplicated-caption', text: CAPTION,
  },
  {
    name: 'sentence printed twice in a row mid-paragraph',
    paragraphs: [...BODY, 'Dropbox uses a queue for its tasks. In this section, we describe the high-level architecture of the system and its parts. In this section, we describe the high-level architecture of the system and its parts. Tasks are stored in a database.'],
    kind: 'duplicated-paragraph', text: 'In this section, we describe the high-level architecture of the system and its parts.',
  },
  {
    name: 'alt text before its caption with a credit',
    paragraphs: [...BODY.slice(0, 2), 'Withings lève 23,5 millions d\'euros dont 11 millions auprès de la Bpifrance', 'Withings lève 23,5 millions d\'euros dont 11 millions auprès de la Bpifrance © DR', BODY[2]!],
    kind: 'duplicated-caption', text: 'Withings lève 23,5 millions d\'euros dont 11 millions auprès de la Bpifrance',
  },
  {
    name: 'headline printed twice, far apart',
    paragraphs: [HEADLINE, 'Sections', 'August 11, 2017 / 5:28 AM', HEADLINE, 'Kane Wu, Julie Zhu', ...BODY],
    kind: 'duplicated-paragraph', text: HEADLINE,
  },
  {
    name: 'alt text and caption without credit, back to back',
    paragraphs: [...BODY.slice(0, 1), 'startups like BharatPe, Zilingo, and Trell', 'startups like BharatPe, Zilingo, and Trell', ...BODY.slice(1)],
    kind: 'duplicated-caption', text: 'startups like BharatPe, Zilingo, and Trell',
  },
  {
    name: 'caption split over two lines, then on one line',
    paragraphs: ['The growing importance of the round can be linked with cagey investors.', 'Photo: Priyanka Parashar/Mint', 'The growing importance of the round can be linked with cagey investors. Photo: Priyanka Parashar/Mint', ...BODY],
    kind: 'duplicated-caption', text: 'The growing importance of the round can be linked with cagey investors.\n\nPhoto: Priyanka Parashar/Mint',
  },
];

const NEGATIVE: Array<{ name: string; paragraphs: string[] }> = [
  { name: 'a short refrain repeated in one paragraph', paragraphs: [...BODY, 'We will win. We will win. We will win, he told the crowd that had gathered outside the plant.'] },
  { name: 'two sentences sharing an opening', paragraphs: [...BODY, 'In this section, we describe the architecture of the system. In this section, we also describe how tasks are stored and retried.'] },
  { name: 'a table of contents and its headings', paragraphs: ['Example 6: Divergent changesets', 'Phase-divergence: when a rewritten changeset is made public', 'Conclusion', BODY[0]!, 'Example 6: Divergent changesets', BODY[1]!, 'Phase-divergence: when a rewritten changeset is made public', BODY[2]!] },
  { name: 'the same credit under two photos', paragraphs: ['Photo', 'CreditPhoto Illustration by Andrew B. Myers for The New York Times', ...BODY, 'Photo', 'CreditPhoto Illustration by Andrew B. Myers for The New York Times'] },
  { name: 'a caption repeated with a different credit is not alt text', paragraphs: [...BODY, 'Workers assemble robots at the Acme plant in Dayton', 'A worker at the Acme plant in Dayton © Acme'] },
  { name: 'a changelog line repeated as a list item', paragraphs: [...BODY, '* Lots and lots of other changes', '* Lots and lots of other changes'] },
  { name: 'a sentence repeated back to back as its own paragraph (prose, not a caption)', paragraphs: [...BODY, 'He said it twice.', 'He said it twice.'] },
];

describe('repeats: flagged', () => {
  it.each(POSITIVE)('$name', ({ paragraphs, kind, text }) => {
    const found = findArtifacts({ paragraphs });
    expect(found.some((a) => a.kind === kind && a.text === text), JSON.stringify(found.map((a) => [a.kind, a.text]))).toBe(true);
  });
});

describe('repeats: made on purpose, not flagged', () => {
  it.each(NEGATIVE)('$name', ({ paragraphs }) => {
    expect(findArtifacts({ paragraphs }).filter((a) => a.kind === 'duplicated-caption' || a.kind === 'duplicated-paragraph')).toEqual([]);
  });
});
