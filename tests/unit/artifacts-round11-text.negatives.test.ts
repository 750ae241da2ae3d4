import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';
import { ARTICLES, STORIES, cutAt } from './artifacts-round11-text.rows';

/**
 * Look-alikes of the round 11 shapes in clean text: long paragraphs of
 * similar length that end on their full stop, a hard-wrapped print column,
 * two cut lines only, cuts at very different lengths. None may be flagged
 * (a row with a kind may be flagged only as that kind).
 */
const NEGATIVE: Array<{ name: string; paragraphs: string[]; kind?: string }> = [
  { name: 'long body paragraphs of nearly the same length, each with its full stop', paragraphs: [HEADLINE, ...STORIES] },
  { name: 'French: long body paragraphs of nearly the same length, each with its full stop', paragraphs: [TITRE, ...ARTICLES] },
  { name: 'a hard-wrapped print column: short lines of one width, unpunctuated', paragraphs: [HEADLINE, ...STORIES[0]!.match(/.{1,60}(?:\s|$)/gu)!.map((l) => l.trim()).filter((l) => l !== '' && !/[.!?]$/u.test(l)), BODY[0]!], kind: 'truncated-sentence' },
  { name: 'two cut items only', paragraphs: [HEADLINE, ...BODY, cutAt(STORIES[0]!, 250), cutAt(STORIES[1]!, 250)], kind: 'truncated-sentence' },
  { name: 'unpunctuated paragraphs of very different lengths (a transcript, a list of notes)', paragraphs: [HEADLINE, ...BODY, cutAt(STORIES[0]!, 160), cutAt(STORIES[1]!, 330), cutAt(STORIES[2]!, 200), cutAt(STORIES[3]!, 320)], kind: 'truncated-sentence' },
  { name: 'a bulleted list of long items without full stops (a press release)', paragraphs: [HEADLINE, ...BODY, ...STORIES.slice(0, 4).map((t) => `• ${cutAt(t, 260)}`)], kind: 'truncated-sentence' },
  { name: 'French: a numbered list of long items without full stops', paragraphs: [TITRE, ...CORPS, ...ARTICLES.slice(0, 3).map((t, k) => `${k + 1}. ${cutAt(t, 240)}`)], kind: 'truncated-sentence' },
];

describe('round 11 text artifacts: look-alikes stay', () => {
  it.each(NEGATIVE)('$name', ({ paragraphs, kind }) => {
    expect(findArtifacts({ paragraphs }).filter((a) => a.kind !== kind).map((a) => `${a.kind}: ${a.text}`)).toEqual([]);
  });
});
