import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';
import { ARTICLES, STORIES, cut, cutAt } from './artifacts-round11-text.rows';

/**
 * Round 11 (fresh-page sweep of section, tag and aggregator pages): general
 * shapes behind what the detectors missed, each with invented instances of
 * other outlets' wording (EN and FR). A row passes when a finding of its kind
 * covers its text.
 */
type Row = { name: string; paragraphs: string[]; kind: string; text: string };

/** Three or more items in a row, each cut by the template at the same length, no ellipsis. */
const FIXED_LENGTH_TEASERS: Row[] = [
  { name: 'a business section page: five items cut at 300 characters under a section label', paragraphs: ['Business', ...cut(STORIES, 300)], kind: 'truncated-sentence', text: cutAt(STORIES[0]!, 300).slice(-20) },
  { name: 'an aggregator page: four items cut at 250 characters', paragraphs: cut(STORIES.slice(1), 250), kind: 'merged-stories', text: cutAt(STORIES[1]!, 250).slice(0, 40) },
  { name: 'a tag page after a full story: three items cut at 200 characters', paragraphs: [HEADLINE, ...BODY, ...cut(STORIES.slice(2), 200)], kind: 'merged-stories', text: cutAt(STORIES[2]!, 200).slice(0, 40) },
  { name: 'French: a regional section page, items cut at 280 characters', paragraphs: ['Actualités', ...cut(ARTICLES, 280)], kind: 'truncated-sentence', text: cutAt(ARTICLES[0]!, 280).slice(-20) },
  { name: 'French: a topic page after a full story, items cut at 220 characters (one ends on its full stop by chance)', paragraphs: [TITRE, ...CORPS, ...cut(ARTICLES, 220)], kind: 'merged-stories', text: cutAt(ARTICLES[0]!, 220).slice(0, 40) },
];

describe('round 11 text artifacts: fresh-page shapes are flagged', () => {
  it.each([...FIXED_LENGTH_TEASERS])('$kind: $name', ({ paragraphs, kind, text }) => {
    const found = findArtifacts({ paragraphs });
    const mine = found.filter((a) => a.kind === kind);
    expect(mine.some((a) => a.text.includes(text)), JSON.stringify(found.map((a) => `${a.kind}: ${a.text}`))).toBe(true);
  });

  it('a run of cut items is one finding per kind, not one per item', () => {
    const found = findArtifacts({ paragraphs: ['Business', ...cut(STORIES, 300)] });
    expect(found.filter((a) => a.kind === 'truncated-sentence')).toHaveLength(1);
    expect(found.filter((a) => a.kind === 'merged-stories')).toHaveLength(1);
  });
});
