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
  /** looseKey of each paragraph, computed once on first use (keysOf). */
  keys?: string[];
}

/** The loose key of every paragraph, computed once per document: several detectors compare them. */
export function keysOf(doc: ArticleDoc): string[] {
  if (!doc.keys) doc.keys = doc.paragraphs.map(looseKey);
  return doc.keys;
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
  // A hand loop instead of a regex: this runs on every paragraph of a 10 MB text.
  // Kept: ASCII letters and digits, letters from Latin-1 up, CJK; dropped: ASCII and
  // Latin-1 punctuation, general punctuation, arrows, symbols, CJK punctuation.
  const lower = s.toLowerCase();
  let out = '';
  let runStart = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    const keep = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x1fff && c !== 0xd7 && c !== 0xf7)
      || (c >= 0x2c00 && c <= 0x2fff) || (c >= 0x3040 && c <= 0xffef);
    if (keep) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      out += lower.slice(runStart, i);
      runStart = -1;
    }
  }
  return out;
}

/** The last characters of a paragraph: end-anchored regexes read this, not the whole paragraph (V8 scans every start). */
export function tail(s: string, n = 80): string {
  return s.length > n ? s.slice(-n) : s;
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
