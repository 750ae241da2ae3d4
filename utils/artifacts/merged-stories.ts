/**
 * A second, unrelated story run into the first. Conservative signals only:
 * - a dateline ("BEIJING —") opening a paragraph deep in the body;
 * - a headline glued to an all-caps byline ("… debate By HAN BAOYI in London");
 * - a second, different "Published:" stamp (a listing of several stories);
 * - a new lede ("…, the ministry said on Monday.") after which the first
 *   story's main subject is never named again while a new one dominates.
 * The excerpt is the first paragraph of the second story.
 */
import type { ArticleDoc, Finding } from './context';
import { isProse, wordCount } from './context';

/** "BEIJING —", "SIOUX FALLS, S.D. –", "DALIAN --". */
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]{2,30}(?:, [\p{Lu}][\p{L}.]{1,12}(?: [\p{Lu}][\p{L}.]{1,12})?)? ?(?:—|--|–) ?\S/u;
/** A headline with an all-caps byline glued to its end. */
const HEADLINE_BYLINE = /^(?:(?!By\b)[^\s@]+ ){3,25}By \p{Lu}{2,}(?: \p{Lu}{2,})+\b/u;
/** A publication stamp of a story block. */
const PUBLISHED = /^(?:published|posted|first published)\b:?\s*(.{4,60})$/i;
/** A news lede: who said or announced what, on which day. */
const LEDE = /\b(?:said|says|announced|reported|disclosed|revealed|confirmed)(?: on)? (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b/;

/** Capitalised words and acronyms not at the start of a sentence: a cheap stand-in for named entities. */
const ENTITY = /(?<=[\p{L}\p{N},;:()’'"”]\s+|\p{Ll}\s*[—–-]\s*)\p{Lu}[\p{L}\p{N}&-]*(?:\s+\p{Lu}[\p{L}\p{N}&-]*)*/gu;
const NOT_ENTITY = new Set([
  'I', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February',
  'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Mr', 'Ms', 'Mrs', 'Dr', 'The', 'A', 'An',
]);

function entitiesOf(p: string): string[] {
  const out: string[] = [];
  for (const m of p.matchAll(ENTITY)) {
    // Count each word of a name: "SenseTime Group Ltd" and "SenseTime" share "SenseTime".
    for (const w of m[0].split(/\s+/)) {
      const word = w.replace(/['’]s$/, '').replace(/-$/, '');
      if (word.length >= 2 && !NOT_ENTITY.has(word)) out.push(word);
    }
  }
  return out;
}

function countIn(lists: string[][], from: number, to: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = from; i < to; i++) for (const e of lists[i]!) counts.set(e, (counts.get(e) ?? 0) + 1);
  return counts;
}

/** Minimum size of each story for the topic-shift rule to speak. */
const MIN_STORY_PARAGRAPHS = 4;
const MIN_STORY_WORDS = 120;
/** A subject is named this often before it can be missed. */
const MIN_SUBJECT_MENTIONS = 3;
/** The topic-shift rule looks at this many candidate ledes at most (keeps it linear). */
const MAX_CANDIDATES = 24;

export function findMergedStories(doc: ArticleDoc): Finding[] {
  const ps = doc.paragraphs;
  const out: Finding[] = [];
  const firstProse = ps.findIndex(isProse);
  if (firstProse < 0) return out;
  const flag = (i: number, message: string): void => {
    if (out.some((f) => f.start === (doc.starts[i] ?? 0))) return;
    const start = doc.starts[i] ?? 0;
    out.push({ kind: 'merged-stories', start, end: start + ps[i]!.length, message, fix: null });
  };
  let proseSeen = 0;
  let textSeen = 0;
  const stamps: Array<{ i: number; value: string }> = [];
  ps.forEach((p, i) => {
    if (proseSeen >= 2 && DATELINE.test(p) && isProse(p)) flag(i, 'A new dateline starts a second story in the middle of this one.');
    if (textSeen >= 1 && HEADLINE_BYLINE.test(p)) flag(i, 'A second story’s headline and byline run into the text here.');
    const stamp = PUBLISHED.exec(p);
    if (stamp) stamps.push({ i, value: stamp[1]!.trim() });
    if (isBodyParagraph(p)) proseSeen++;
    if (isProse(p)) textSeen++;
  });
  // A second, different publication stamp: the text is a listing of several stories.
  for (let k = 1; k < stamps.length; k++) {
    const prev = stamps[k - 1]!;
    const cur = stamps[k]!;
    if (cur.value === prev.value || cur.i - prev.i < 3) continue;
    let h = cur.i - 1;
    while (h > prev.i && !isHeadline(ps[h]!)) h--;
    if (h > prev.i) flag(h, 'A second story (headline, byline and date) follows the first one.');
  }
  findTopicShift(doc, firstProse, flag);
  return out.sort((a, b) => a.start - b.start);
}

/** A real body paragraph: a full sentence or more, not a headline or a byline. */
function isBodyParagraph(p: string): boolean {
  return wordCount(p) >= 15 && /[.!?]["'”’)]*$/u.test(p);
}

function isHeadline(p: string): boolean {
  const words = wordCount(p);
  return words >= 6 && words <= 25 && !/[.!?:]["'”’]?$/.test(p) && /^["'‘“\p{Lu}]/u.test(p) && !/^By /.test(p);
}

function findTopicShift(doc: ArticleDoc, firstProse: number, flag: (i: number, m: string) => void): void {
  const ps = doc.paragraphs;
  const candidates: number[] = [];
  for (let i = firstProse + MIN_STORY_PARAGRAPHS; i < ps.length - MIN_STORY_PARAGRAPHS + 1; i++) {
    if (LEDE.test(ps[i]!) || (DATELINE.test(ps[i]!) && isProse(ps[i]!))) candidates.push(i);
    if (candidates.length >= MAX_CANDIDATES) break;
  }
  if (candidates.length === 0) return;
  const lists = ps.map(entitiesOf);
  for (const b of candidates) {
    const beforeWords = wordsIn(ps, firstProse, b);
    const afterWords = wordsIn(ps, b, ps.length);
    if (beforeWords < MIN_STORY_WORDS || afterWords < MIN_STORY_WORDS) continue;
    const before = countIn(lists, firstProse, b);
    const after = countIn(lists, b, ps.length);
    const subject = top(before);
    const newSubject = top(new Map([...after].filter(([e]) => !before.has(e))));
    if (!subject || !newSubject) continue;
    if (subject[1] < MIN_SUBJECT_MENTIONS || newSubject[1] < MIN_SUBJECT_MENTIONS) continue;
    if (after.has(subject[0])) continue;
    // The new story must not refer back to the first one's other main names either.
    const shared = topN(before, 3).filter((e) => after.has(e)).length;
    if (shared > 1) continue;
    flag(b, `A second story (about ${newSubject[0]}) runs on from here; ${subject[0]} is never mentioned again.`);
    return;
  }
}

function wordsIn(ps: string[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n += wordCount(ps[i]!);
  return n;
}

function top(counts: Map<string, number>): [string, number] | null {
  let best: [string, number] | null = null;
  for (const e of counts) if (!best || e[1] > best[1]) best = e;
  return best;
}

function topN(counts: Map<string, number>, n: number): string[] {
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, n).map(([e]) => e);
}
