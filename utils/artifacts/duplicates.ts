/**
 * Paragraphs printed twice: a standfirst repeated as a body paragraph, a
 * teaser repeated by a print replica. Hash map on a loose key, so one pass.
 */
import type { ArticleDoc, Finding } from './context';
import { looseKey, wordCount } from './context';

/** Shorter repeats are legitimate refrains ("Read the full story"), not duplicated paragraphs. */
const MIN_WORDS = 8;
/** A paragraph glued in front of another is looked up among prefixes this long at most. */
const MAX_PREFIX_WORDS = 60;

const WORD_AT = /[\p{L}\p{N}]+/gu;

/** Reference-list entries ("^ Bogue, Mike (2017)…", "[3] …") legitimately repeat a source. */
const REFERENCE = /^(?:\^|↑|\[\d+\])/u;
/** A finished sentence; short repeats without one are headings, repeated on purpose (table of contents). */
const ENDS_SENTENCE = /[.!?]["'”’)]*$/u;

function letterWords(p: string): number {
  return p.match(/\p{L}{2,}/gu)?.length ?? 0;
}

export function findDuplicatedParagraphs(doc: ArticleDoc, skip: (i: number) => boolean): Finding[] {
  const first = new Map<string, number>();
  const out: Finding[] = [];
  const candidate = (i: number, p: string): boolean =>
    !skip(i) && letterWords(p) >= MIN_WORDS && !/&(?:lt|gt|amp);/.test(p) && !REFERENCE.test(p);
  doc.paragraphs.forEach((p, i) => {
    if (!candidate(i, p)) return;
    const key = looseKey(p);
    const seen = first.get(key);
    if (seen === undefined) {
      first.set(key, i);
      return;
    }
    // A short repeat without a full stop is a heading repeated on purpose (table of contents, credit).
    if (!ENDS_SENTENCE.test(p) && letterWords(p) < 12) return;
    out.push(paragraphFinding(doc, i, 'This paragraph repeats an earlier one word for word.'));
  });
  // A short paragraph that also opens another paragraph (a teaser glued to the next line).
  const reported = new Set(out.map((f) => f.start));
  doc.paragraphs.forEach((p, i) => {
    if (skip(i)) return;
    let key = '';
    let words = 0;
    for (const m of p.matchAll(WORD_AT)) {
      key += m[0].toLowerCase();
      words++;
      if (words > MAX_PREFIX_WORDS) break;
      if (words < MIN_WORDS) continue;
      const other = first.get(key);
      if (other === undefined || other === i) continue;
      if (looseKey(p) === key) break; // the whole paragraph: handled above
      const start = doc.starts[other] ?? 0;
      if (!reported.has(start)) {
        reported.add(start);
        out.push(paragraphFinding(doc, other, 'This paragraph is repeated inside another paragraph.'));
      }
      break;
    }
  });
  return out;
}

function paragraphFinding(doc: ArticleDoc, i: number, message: string): Finding {
  const start = doc.starts[i] ?? 0;
  return { kind: 'duplicated-paragraph', start, end: start + doc.paragraphs[i]!.length, message, fix: '' };
}
