/**
 * The scraping-artifact finder: every detector reads the same paragraphs and
 * reports exact offsets; this module orders the findings, keeps one finding
 * per region among the block-level kinds, and turns offsets into excerpts.
 */
import type { Artifact, ArticleText } from '../types';
import { findBoilerplate } from './boilerplate';
import { findBylineNoise } from './bylines';
import { findAltTextCaptions, findBackToBackCaptions, findCutCaptionCopies, findDoubledSentences, findDuplicatedCaptions } from './captions';
import { buildDoc, type ArticleDoc, type Finding } from './context';
import { findDuplicatedParagraphs } from './duplicates';
import { findEscapedEntities } from './entities';
import { findLostHyphens } from './lost-hyphen';
import { findMergedStories } from './merged-stories';
import { findMojibake } from './mojibake';
import { findBrokenPullQuotes } from './pull-quotes';
import { findTruncatedSentences } from './truncated';

export type { Finding } from './context';

/** An artifact with its offsets in the article text. */
export interface LocatedArtifact extends Artifact {
  start: number;
  end: number;
}

/**
 * Kinds that claim whole paragraphs or sentences: where two overlap, the one
 * found first (this order) stands. Inline kinds (hyphens, mojibake, entities,
 * bylines, merged stories) never compete.
 */
const BLOCK_KINDS = new Set(['broken-pull-quote', 'duplicated-caption', 'boilerplate', 'duplicated-paragraph', 'truncated-sentence']);

export function findArtifactsLocated(text: ArticleText): LocatedArtifact[] {
  const doc = buildDoc(text.paragraphs);
  const block: Finding[] = [];
  const claim = (found: Finding[]): void => {
    for (const f of found) if (!block.some((b) => overlaps(b, f))) block.push(f);
  };
  claim(findBrokenPullQuotes(doc));
  claim(findDuplicatedCaptions(doc));
  claim(findAltTextCaptions(doc));
  claim(findBackToBackCaptions(doc));
  claim(findCutCaptionCopies(doc));
  claim(findBoilerplate(doc));
  claim(findDuplicatedParagraphs(doc, (i) => claimedParagraph(doc, block, i)));
  claim(findTruncatedSentences(doc));
  claim(findDoubledSentences(doc));
  const inline = [
    ...findMojibake(doc),
    ...findEscapedEntities(doc),
    ...findLostHyphens(doc),
    ...findBylineNoise(doc).filter((f) => !block.some((b) => contains(b, f))),
    ...findMergedStories(doc),
  ];
  return [...block, ...inline]
    .filter((f) => f.end > f.start)
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((f) => ({ kind: f.kind, text: doc.text.slice(f.start, f.end), message: f.message, fix: f.fix, start: f.start, end: f.end }));
}

export function findArtifacts(text: ArticleText): Artifact[] {
  return findArtifactsLocated(text).map(({ kind, text: excerpt, message, fix }) => ({ kind, text: excerpt, message, fix }));
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function contains(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start <= b.start && b.end <= a.end;
}

function claimedParagraph(doc: ArticleDoc, block: Finding[], i: number): boolean {
  const start = doc.starts[i] ?? 0;
  const span = { start, end: start + (doc.paragraphs[i]?.length ?? 0) };
  return block.some((b) => overlaps(b, span));
}

export { BLOCK_KINDS };
