/**
 * Pull-quotes spliced into the body. Two shapes:
 * 1. A sentence cut off (paragraph ending without punctuation, often on
 *    "the", "a", "of"), one to three short insert paragraphs (the quote, an
 *    orphan attribution "Charles Jacobs,"), then the sentence's continuation
 *    starting in lower case. Fix: remove the insert, rejoin the sentence.
 * 2. A short quote paragraph that repeats a sentence found elsewhere in the
 *    body, usually followed by an orphan attribution line.
 */
import type { ArticleDoc, Finding } from './context';
import { tail, wordCount } from './context';

/** An insert is short: a quote and a name, not an article section. */
const MAX_INSERT_PARAGRAPHS = 3;
const MAX_INSERT_WORDS = 70;

/** Ends mid-sentence: on a letter, digit or comma, not on terminal punctuation or a colon. */
const CUT_END = /[\p{L}\p{N},]$/u;
/** A pull-quote ends on its closing quotation mark (or a trimming ellipsis). */
const QUOTE_END = /[.!?,…]["”’]$|(?:\.\.\.|…)["”’]$/u;
/** The continuation starts in lower case ("firm said in a report…"). */
const LOWER_START = /^\p{Ll}/u;

/**
 * An attribution line left alone: a name (optionally after a role) and
 * maybe a comma. "Charles Jacobs,", "News industry analyst Ken Doctor".
 */
const ORPHAN_ATTRIBUTION = /^(?:[\p{L}'’.-]+ ){0,4}\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2},?$|^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2},$/u;

export function isOrphanAttribution(p: string): boolean {
  return wordCount(p) <= 7 && ORPHAN_ATTRIBUTION.test(p) && !/\b(?:said|says|told|added)\b/.test(p);
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Sentences are matched on their first words: a pull-quote trims or reworks the rest. */
const OPENING_WORDS = 6;

function openingKey(s: string): string | null {
  const words = s.toLowerCase().match(WORD);
  if (!words || words.length < OPENING_WORDS + 2) return null;
  return words.slice(0, OPENING_WORDS).join(' ');
}

/** Sentence openings in a paragraph: its start and after each sentence end (cheap split, no offsets needed). */
function sentenceOpenings(p: string): string[] {
  return p.split(/(?<=[.!?]["'”’)]*)\s+(?=["'“‘]?\p{Lu})/u);
}

export function findBrokenPullQuotes(doc: ArticleDoc): Finding[] {
  const out: Finding[] = [];
  const ps = doc.paragraphs;
  const used = new Set<number>();
  for (let i = 0; i + 2 < ps.length; i++) {
    const before = ps[i]!;
    if (!CUT_END.test(tail(before)) || wordCount(before) < 8) continue;
    for (let n = 1; n <= MAX_INSERT_PARAGRAPHS && i + n + 1 < ps.length; n++) {
      const insert = ps.slice(i + 1, i + 1 + n);
      const after = ps[i + 1 + n]!;
      if (insert.reduce((s, p) => s + wordCount(p), 0) > MAX_INSERT_WORDS) break;
      if (!LOWER_START.test(after)) continue;
      // The insert must look like a quote or an attribution, not like continued prose.
      if (!insert.some((p) => isOrphanAttribution(p) || QUOTE_END.test(tail(p)))) continue;
      if (wordCount(after) < 4) continue;
      const cutWord = /[\p{L}\p{N}'’,-]+$/u.exec(tail(before))![0];
      const nextWord = /^[\p{L}\p{N}'’-]+/u.exec(after)?.[0] ?? '';
      const start = (doc.starts[i] ?? 0) + before.length - cutWord.length;
      const end = (doc.starts[i + 1 + n] ?? 0) + nextWord.length;
      out.push({
        kind: 'broken-pull-quote',
        start,
        end,
        message: 'A pull-quote was spliced into the middle of a sentence; removing it rejoins the sentence.',
        fix: `${cutWord} ${nextWord}`,
      });
      for (let k = i; k <= i + 1 + n; k++) used.add(k);
      i = i + n;
      break;
    }
  }
  findRepeatedQuotes(doc, used, out);
  return out.sort((a, b) => a.start - b.start);
}

/** Shape 2: a short stand-alone quote that repeats a sentence of another paragraph. */
function findRepeatedQuotes(doc: ArticleDoc, used: Set<number>, out: Finding[]): void {
  const ps = doc.paragraphs;
  // Shape 2 needs an orphan attribution line; without one, skip indexing every sentence.
  const attributions = ps.map((p, i) => (i > 1 && !used.has(i) && p.length < 80 && isOrphanAttribution(p) ? i : -1)).filter((i) => i >= 0);
  if (attributions.length === 0) return;
  const openings = new Map<string, number[]>();
  ps.forEach((p, i) => {
    for (const s of sentenceOpenings(p)) {
      const key = openingKey(s);
      if (!key) continue;
      const list = openings.get(key);
      if (!list) openings.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  for (const a of attributions) {
    const i = a - 1;
    if (used.has(i)) continue;
    const p = ps[i]!;
    const words = wordCount(p);
    if (words > 45 || sentenceOpenings(p).length > 2) continue;
    const key = openingKey(p);
    if (!key) continue;
    const elsewhere = (openings.get(key) ?? []).filter((k) => k !== i && !used.has(k));
    // The quote is the shorter copy; the body sentence carries more.
    if (!elsewhere.some((k) => ps[k]!.length > p.length + 20)) continue;
    const last = a;
    const start = doc.starts[i] ?? 0;
    out.push({
      kind: 'broken-pull-quote',
      start,
      end: (doc.starts[last] ?? 0) + ps[last]!.length,
      message: 'A pull-quote repeating a sentence of the article was left between paragraphs.',
      fix: '',
    });
    used.add(i);
    used.add(last);
  }
}
