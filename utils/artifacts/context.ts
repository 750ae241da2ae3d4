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
  /**
   * A second reading of a region another finding of the same detector
   * claims (a cut copy is both a repeat and a cut sentence): it does not
   * compete with the block finding it sits in.
   */
  nested?: boolean;
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

/** Key characters kept verbatim; the rest of a long paragraph is folded into a hash (equality stays exact up to a 32-bit collision). */
const KEY_HEAD = 600;

/** Kept in a key: ASCII letters and digits, letters from Latin-1 up, CJK; dropped: punctuation, symbols, arrows, CJK punctuation. */
function keyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x1fff && c !== 0xd7 && c !== 0xf7)
    || (c >= 0x2c00 && c <= 0x2fff) || (c >= 0x3040 && c <= 0xffef);
}

/**
 * Lower-case letters and digits only: the key two copies of a text share
 * despite spacing, quotes and `??` markers. The first KEY_HEAD characters
 * are kept (prefix comparisons need them); the rest is hashed, so a 10 MB
 * text does not hold a second copy of itself in keys (the garbage collector
 * was the largest cost).
 */
export function looseKey(s: string): string {
  const lower = s.toLowerCase();
  const codes: number[] = [];
  let hash = 0x811c9dc5;
  let extra = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (!keyChar(c)) continue;
    if (codes.length < KEY_HEAD) codes.push(c);
    else {
      hash = Math.imul(hash ^ c, 16777619);
      extra++;
    }
  }
  const head = String.fromCharCode.apply(null, codes);
  return extra === 0 ? head : `${head}#${(hash >>> 0).toString(36)}:${extra}`;
}

/** The last characters of a paragraph: end-anchored regexes read this, not the whole paragraph (V8 scans every start). */
export function tail(s: string, n = 80): string {
  return s.length > n ? s.slice(-n) : s;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Words: a letter or digit, then letters, digits and ' ’ . - (what
 * /[\p{L}\p{N}][\p{L}\p{N}'’.-]*\/gu would match, counted without building
 * the match array: every detector asks this of every paragraph).
 */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let word: boolean;
    if (c < 128) word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    else if (c >= 0xd800 && c <= 0xdbff) {
      word = LETTER_OR_DIGIT.test(s.slice(i, i + 2));
      if (word && !inWord) n++;
      inWord = word;
      i++;
      continue;
    } else word = LETTER_OR_DIGIT.test(s[i]!);
    if (word) {
      if (!inWord) n++;
      inWord = true;
    } else if (!(inWord && (c === 39 || c === 0x2019 || c === 46 || c === 45))) inWord = false;
  }
  return n;
}

/**
 * The verbs that report speech, a closed class, EN and FR: one list for the pull-quote attribution reader (a line with one
 * is a sentence, not an attribution box) and the speakerless-quote reader ("“…,” said" with no speaker). The French past
 * participles go after "a" ("a précisé"); the present forms stand alone ("», précise").
 */
export const REPORTING_VERBS: { readonly en: readonly string[]; readonly frParticiple: readonly string[]; readonly frPresent: readonly string[] } = {
  en: ['said', 'says', 'told', 'added', 'adds', 'noted', 'notes', 'explained', 'explains'],
  frParticiple: ['déclaré', 'dit', 'indiqué', 'expliqué', 'ajouté', 'précisé', 'souligné', 'affirmé'],
  frPresent: ['déclare', 'indique', 'explique', 'ajoute', 'précise', 'souligne', 'affirme'],
};

/** Ends like a finished sentence: terminal punctuation, possibly followed by closing quotes or brackets. */
export const TERMINAL_END = /[.!?…:;]["'”’»)\]]*$|["”’»]$/u;

/** Paragraph i and j are prose: at least a handful of words and a lower-case letter. */
export function isProse(p: string): boolean {
  return wordCount(p) >= 6 && /\p{Ll}/u.test(p);
}

/** A chrome line is short: at most this many words and characters. */
const MAX_CHROME_WORDS = 8;
const MAX_CHROME_CHARS = 80;
/** A caption is printed twice (alt text and caption), a title two or three times: a line printed this often is chrome. */
const MIN_CHROME_COPIES = 3;
/** The first sentence of prose (this many words, closed by end punctuation) ends the head. */
const MIN_HEAD_PROSE_WORDS = 8;

/**
 * Page chrome printed over and over: the site's name, an update stamp, a
 * section label ("Last Updated : GMT 09:07", "Site, site", "Channels")
 * printed three times or more as short lines that close no sentence, one
 * copy at least in the head (before the first sentence of prose). A
 * caption is printed twice (its alt text and itself); a short non-sentence
 * line the page prints three times or more is the template's, not the
 * article's, unless it is the first line (the headline, printed as page
 * title, heading and share card). Read on a news site's
 * head (site name and stamp interleaved), a column page's repeated channel
 * label and a podcast page's repeated header fields.
 *
 * Returns the keys of such lines and
 * the runs, in the head, of consecutive paragraphs made only of repeated short lines
 * (printed twice or more), two different lines at least, with two chrome
 * lines at least among them (the site name between two update stamps): the
 * block of chrome, reported as boilerplate by the caption reader. One pass to
 * count keys, one to read the runs.
 */
export interface RepeatedChrome {
  keys: Set<string>;
  runs: Array<{ from: number; to: number }>;
}

function isShortNonSentence(p: string): boolean {
  return p.length <= MAX_CHROME_CHARS && !TERMINAL_END.test(p.trimEnd()) && wordCount(p) <= MAX_CHROME_WORDS;
}

export function repeatedChromeOf(doc: ArticleDoc): RepeatedChrome {
  const keys = keysOf(doc);
  const ps = doc.paragraphs;
  // The head: the lines before the first sentence of prose, where the template prints its name and stamps. A table or a
  // list inside the body repeats its cells ("Auckland", "Next") and is not read here.
  let head = 0;
  while (head < ps.length && !(wordCount(ps[head]!) >= MIN_HEAD_PROSE_WORDS && TERMINAL_END.test(tail(ps[head]!).trimEnd()))) head++;
  const counts = new Map<string, number>();
  ps.forEach((p, i) => {
    const k = keys[i]!;
    if (k.length >= 3 && isShortNonSentence(p)) counts.set(k, (counts.get(k) ?? 0) + 1);
  });
  const chrome = new Set<string>();
  // The first line is the page title: a headline printed three times (title, heading, share card) is a repeated title.
  const inHead = new Set<string>();
  for (let i = 0; i < head; i++) inHead.add(keys[i]!);
  for (const [k, n] of counts) if (n >= MIN_CHROME_COPIES && k !== keys[0] && inHead.has(k)) chrome.add(k);
  const runs: Array<{ from: number; to: number }> = [];
  if (chrome.size === 0) return { keys: chrome, runs };
  const repeated = (i: number): boolean => (counts.get(keys[i]!) ?? 0) >= 2 && isShortNonSentence(ps[i]!);
  for (let i = 0; i < head; i++) {
    if (!repeated(i)) continue;
    let j = i;
    while (j + 1 < head && repeated(j + 1)) j++;
    // Two chrome lines at least: a headline printed twice next to one copy of the site name is not a block of chrome.
    // Two different lines in it: one label printed over and over ("Channels" five times) is read by the furniture rules.
    let chromeLines = 0;
    const distinct = new Set<string>();
    for (let k = i; k <= j; k++) {
      if (chrome.has(keys[k]!)) chromeLines++;
      distinct.add(keys[k]!);
    }
    if (chromeLines >= 2 && distinct.size >= 2) runs.push({ from: i, to: j });
    i = j;
  }
  return { keys: chrome, runs };
}
