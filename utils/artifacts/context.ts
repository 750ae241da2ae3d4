/**
 * What every artifact detector reads: the paragraphs, the article text they
 * make (joined by a blank line) and where each paragraph starts in it, so a
 * detector can report exact offsets instead of copies.
 */
import type { ArtifactKind } from '../types';
import { PARAGRAPH_SEPARATOR } from '../types';

export interface ArticleDoc {
  paragraphs: string[];
  text: string;
  /** Offset of paragraphs[i] in text. */
  starts: number[];
}

/** An artifact with its place in the text; findArtifacts reports the excerpt. */
export interface Finding {
  kind: ArtifactKind;
  start: number;
  end: number;
  message: string;
  fix: string | null;
}

export function buildDoc(paragraphs: string[]): ArticleDoc {
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.length + PARAGRAPH_SEPARATOR.length;
  }
  return { paragraphs, text: paragraphs.join(PARAGRAPH_SEPARATOR), starts };
}

/** Start of paragraph i in the text. */
export function startOf(doc: ArticleDoc, i: number): number {
  return doc.starts[i] ?? 0;
}

/** End (exclusive) of paragraph i in the text. */
export function endOf(doc: ArticleDoc, i: number): number {
  return (doc.starts[i] ?? 0) + (doc.paragraphs[i]?.length ?? 0);
}

/** Lower-case letters and digits only: the key two copies of a text share despite spacing, quotes and `??` markers. */
export function looseKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function wordCount(s: string): number {
  const m = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return m ? m.length : 0;
}

/** Ends like a finished sentence: terminal punctuation, possibly followed by closing quotes or brackets. */
export const TERMINAL_END = /[.!?…:;]["'”’»)\]]*$|["”’»]$/u;

/** Paragraph i and j are prose: at least a handful of words and a lower-case letter. */
export function isProse(p: string): boolean {
  return wordCount(p) >= 6 && /\p{Ll}/u.test(p);
}
