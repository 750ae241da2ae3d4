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
import { cutBeforePrompt } from './truncated';

/**
 * A dateline: "BEIJING —", "SIOUX FALLS, S.D. –", "DALIAN --", "LONDON (Reuters) -",
 * "NEW YORK, March 3 —", "SAN FRANCISCO, March 3 (Reuters) -", "PARIS (AFP) –".
 * A plain hyphen counts only between spaces and after an agency or a date
 * (an all-caps word and a hyphen start many a sentence).
 */
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const PLACE = String.raw`\p{Lu}[\p{Lu} .'’-]{2,30}(?:, [\p{Lu}][\p{L}.]{1,12}(?: [\p{Lu}][\p{L}.]{1,12})?)?`;
const AGENCY = String.raw`\((?:Reuters|AP|AFP|Bloomberg|IANS|PTI|ANI|UPI|Xinhua|dpa|AFX|CNN|CNBC|Dow Jones|Agence France-Presse|The Associated Press|Associated Press|Business Wire|PRNewswire|GLOBE NEWSWIRE|Globe Newswire)\)`;
const DATELINE = new RegExp(String.raw`^${PLACE}(?:(?:,? ${MONTH} \d{1,2}(?:, \d{4})?)? ?(?:—|--|–) ?\S|(?:,? ${MONTH} \d{1,2}(?:, \d{4})?)? ?${AGENCY} ?(?:—|--|–|-) ?\S|,? ${MONTH} \d{1,2}(?:, \d{4})? -- ?\S|,? ${MONTH} \d{1,2}(?:, \d{4})? - \S)`, 'u');
/** A headline with an all-caps byline glued to its end. */
const HEADLINE_BYLINE = /^(?:(?!By\b)[^\s@]+ ){3,25}By \p{Lu}{2,}(?: \p{Lu}{2,})+\b/u;
/** A byline on its own line: "By Jane Doe", "By Jane Doe and John Roe, Reuters". */
const BYLINE_LINE = /^By \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}(?:,? (?:and|&) \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3})?(?:[,|] ?[\p{L} .]{2,30})?$/u;
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
const MIN_STORY_WORDS = 100;
/** A subject is named this often before it can be missed. */
const MIN_SUBJECT_MENTIONS = 3;
/** Above this many characters the topic-shift rule stays silent. */
const MAX_TOPIC_TEXT = 400_000;
/** The topic-shift rule looks at this many candidate ledes at most (keeps it linear). */
const MAX_CANDIDATES = 24;

/** A date alone on its line: "23 Jun 2021", "June 3, 2011". */
const DATE_ONLY = new RegExp(String.raw`^(?:\d{1,2} ${MONTH} \d{4}|${MONTH} \d{1,2},? \d{4})$`, 'u');

function hasBodyBetween(ps: string[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (isBodyParagraph(ps[k]!)) return true;
  return false;
}

/**
 * An author archive or blog index: the page opens with a post's date line
 * above its headline, and the same shape (a date alone, then a headline)
 * comes back after the first post's body. The second date line is reported.
 */
function repeatedDateHeaders(doc: ArticleDoc, flag: (i: number, message: string) => void): void {
  const ps = doc.paragraphs;
  let first = -1;
  for (let i = 0; i + 1 < ps.length; i++) {
    if (!DATE_ONLY.test(ps[i]!.trim()) || !isHeadline(ps[i + 1]!)) continue;
    if (first < 0) first = i;
    else if (hasBodyBetween(ps, first, i)) flag(i, 'A second post (its date and headline) follows the first one.');
  }
}

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
    else if (proseSeen >= 2 && isHeadline(p) && BYLINE_LINE.test(ps[i + 1] ?? '') && isProse(ps[i + 2] ?? '')) flag(i, 'A second story’s headline and byline start here.');
    const stamp = PUBLISHED.exec(p);
    if (stamp) stamps.push({ i, value: stamp[1]!.trim() });
    if (isBodyParagraph(p)) proseSeen++;
    if (isProse(p)) textSeen++;
  });
  repeatedDateHeaders(doc, flag);
  teaserThenHeadline(doc, flag);
  // A second, different publication stamp: the text is a listing of several stories.
  for (let k = 1; k < stamps.length; k++) {
    const prev = stamps[k - 1]!;
    const cur = stamps[k]!;
    if (cur.value === prev.value || cur.i - prev.i < 3) continue;
    let h = cur.i - 1;
    while (h > prev.i && !isHeadline(ps[h]!)) h--;
    if (h > prev.i) flag(h, 'A second story (headline, byline and date) follows the first one.');
    // A blog index: the second post's headline is too short or split over lines; its stamp line marks it.
    else if (hasBodyBetween(ps, prev.i, cur.i)) flag(cur.i, 'A second post (headline, author and date) follows the first one.');
  }
  findTopicShift(doc, firstProse, flag);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A tag or index page: a teaser cut mid-sentence, its "Read More" link, then
 * the next story's headline and body. The cut and the prompt together are
 * what make the line below a new story, not a related link inside this one.
 */
function teaserThenHeadline(doc: ArticleDoc, flag: (i: number, message: string) => void): void {
  const ps = doc.paragraphs;
  for (let i = 1; i + 3 < ps.length; i++) {
    const head = ps[i + 2]!;
    const words = wordCount(head);
    if (words < 3 || words > 25 || /[.!:]["'”’]?$/u.test(head) || !/^["'‘“\p{Lu}\p{N}]/u.test(head) || !isProse(ps[i + 3]!)) continue;
    if (!cutBeforePrompt(ps[i]!, ps[i + 1])) continue;
    flag(i + 2, 'A second story (its headline and body) follows the first one’s “Read More” link.');
    i += 3;
  }
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
  // Entity counting is the costly part; a text this long is not one news story anyway.
  if (candidates.length === 0 || doc.text.length > MAX_TOPIC_TEXT) return;
  const lists = ps.map(entitiesOf);
  const words = ps.map(wordCount);
  const totalWords = words.reduce((a, b) => a + b, 0);
  const total = countIn(lists, firstProse, ps.length);
  // Walk the candidates in order, growing the "before" counts: linear in the text.
  const before = new Map<string, number>();
  let beforeWords = 0;
  let at = firstProse;
  for (const b of candidates) {
    for (; at < b; at++) {
      beforeWords += words[at]!;
      for (const e of lists[at]!) before.set(e, (before.get(e) ?? 0) + 1);
    }
    if (beforeWords < MIN_STORY_WORDS || totalWords - beforeWords < MIN_STORY_WORDS) continue;
    const afterCount = (e: string): number => (total.get(e) ?? 0) - (before.get(e) ?? 0);
    const top3 = topN(before, 3);
    const subject = top3[0];
    if (!subject || subject[1] < MIN_SUBJECT_MENTIONS || afterCount(subject[0]) > 0) continue;
    // The new story must not refer back to the first one's other main names either.
    if (top3.filter(([e]) => afterCount(e) > 0).length > 1) continue;
    let newSubject: [string, number] | null = null;
    for (const [e, n] of total) {
      if (before.has(e)) continue;
      if (!newSubject || n > newSubject[1]) newSubject = [e, n];
    }
    if (!newSubject || newSubject[1] < MIN_SUBJECT_MENTIONS) continue;
    const opening = lists.slice(firstProse, Math.min(b, firstProse + OPENING_PARAGRAPHS)).flat();
    const oldName = displayName(opening, (e) => (afterCount(e) > 0 ? 0 : before.get(e) ?? 0), subject[0]);
    flag(b, `A second story (about ${newSubject[0]}) runs on from here; ${oldName} is never mentioned again.`);
    return;
  }
}

/** Company suffixes and generic words: parts of a name, never the name a reader knows a story by. */
const NAME_PART = /^(?:Ltd|Inc|Co|Corp|Corporation|Group|Holdings|LLC|PLC|SA|AG|GmbH|Series|Fund|Capital|Ventures|Partners|Company)$/;

/** The story's opening: its subject is named here first. */
const OPENING_PARAGRAPHS = 3;

/**
 * The name a reader knows a story by: the first entity its opening names
 * that the story names often (and only that story, per `count`), the most
 * frequent entity otherwise: "SenseTime" rather than "AI" or "Ltd". Only the
 * message uses it; detection does not.
 */
function displayName(opening: string[], count: (e: string) => number, fallback: string): string {
  for (const e of opening) if (!NAME_PART.test(e) && count(e) >= MIN_SUBJECT_MENTIONS) return e;
  return fallback;
}

/** The n most frequent entries, in one pass. */
function topN(counts: Map<string, number>, n: number): Array<[string, number]> {
  const best: Array<[string, number]> = [];
  for (const e of counts) {
    if (best.length < n || e[1] > best[best.length - 1]![1]) {
      best.push(e);
      best.sort((x, y) => y[1] - x[1]);
      if (best.length > n) best.pop();
    }
  }
  return best;
}
