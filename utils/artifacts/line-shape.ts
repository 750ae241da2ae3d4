/**
 * Line shapes and the blocks they make: a structural reader, not a phrase list.
 *
 * Every line of the text is classified by its shape alone (lineShapeOf):
 * - prose: a sentence, 8+ words closed by end punctuation (or a very long line);
 * - list-item: a bullet or a number opens it;
 * - label: 1–4 words, no end punctuation, every word capitalised or in capitals
 *   ("Multimedia", "Latest Economic News", "EARLIER STORIES", "DELHI");
 * - link-title: a headline-shaped clause, 4–22 words in title or sentence case
 *   with no end punctuation other than "?" (another story's headline);
 * - other: anything else (datelines, bylines, numbers, URLs, fragments).
 *
 * Then findStoryBlocks reads runs of consecutive label / link-title lines. A
 * label followed by 2+ link-titles, or 3+ link-titles in a row, standing
 * outside the article's own run of prose (before its first or after its last
 * prose line, or between two prose lines whose topic the block does not
 * share) is a related-stories or navigation block. What keeps an article's
 * own lines out: a subhead stands alone (one line, not a run); a list opened
 * by a prose line ending in a colon is the article's list; a run whose titles
 * share their words with the next prose paragraph continues the article; the
 * article's own headline (the first headline-shaped line before any prose) is
 * never part of a block.
 *
 * The shapes are exported for the furniture readers (group 7) too.
 */
import type { ArticleDoc, Finding } from './context';
import { wordCount } from './context';
import { LEX_COUNT_WORDS_EN, LEX_COUNT_WORDS_FR } from '../funding-lexicon';
import { HEADLINE_KICKER_WORDS } from './lexicon';

export type LineShape = 'prose' | 'list-item' | 'label' | 'link-title' | 'other';

/** A sentence has at least this many words... */
const MIN_PROSE_WORDS = 8;
/** ...and a line this long is prose even without its end punctuation (a cut or unpunctuated paragraph). */
const LONG_LINE_WORDS = 30;
/** A headline is at most this many words... */
const MAX_TITLE_WORDS = 22;
/** ...and at least this many (shorter capitalised lines are labels). */
const MIN_TITLE_WORDS = 4;
const MAX_LABEL_WORDS = 4;
const MAX_SENTENCE_CASE_LABEL_WORDS = 3;
const MAX_LINE_CHARS = 200;

/** End punctuation of a sentence (a headline may end on "?" or a closing quote, not on these). */
const SENTENCE_END = /[.!;:…]["'”’»)\]]*$/u;
/** A bullet, dash or number opening a list item. */
const LIST_MARKER = /^(?:[•·▪●◦‣*–—-]|\d{1,2}[.)])\s/u;
/** Starts like a headline: a capital, a digit or an opening quote before one. */
const TITLE_START = /^["'“‘«]?[\p{Lu}\d]/u;
/**
 * A line opening on a byline or a date stamp ("By …", "Par …", "Posted …", "Mis à jour …"). Right under the second copy
 * of a caption, the pair is a headline printed twice (sentence case in French), not alt text. Also read by captions.ts
 * (kept here so that line-shape.ts imports nothing from captions.ts: the cycle captions → boilerplate → line-shape → captions
 * left the pattern undefined when a module was loaded from captions first) (a byline or a stamp is never another story’s headline): the one list of these words. The word ends on a letter
 * boundary read in Unicode ("publié" then a space), which an ASCII \b misses.
 */
export const BYLINE_STAMP_OPENER = /^(?:by|par|written by|posted|published|publié|mis à jour|updated)(?![\p{L}\d])/iu;
/**
 * Words that are not a title: a byline, a credit ("Photo by …", "Prepared by …": "by" and a name in the first three
 * words), a date or clock stamp, an address, a handle, a numbered section ("3.1 Geography").
 */
const NOT_TITLE = new RegExp(String.raw`${BYLINE_STAMP_OPENER.source}|https?:|www\.|@|\d{1,2}:\d\d|^\d[\d\s/.,:-]*$|^\d{1,2}(?:\.\d{1,2})+ `, 'iu');
/** A credit: "by" and a capitalised name within the first three words (case-sensitive, so "… by the numbers" stays a title). */
const CREDIT_LINE = /^\S+(?: \S+)? (?:[Bb]y|[Pp]ar) \p{Lu}/u;
/** A word of a label: capitalised, in capitals, or a digit-led token; small joining words are allowed between them. */
const LABEL_WORD = /^(?:[\p{Lu}\d][\p{L}\d'’.&-]*|&|and|of|the|in|on|for|de|du|des|la|le|les|et|à|en)$/u;

/**
 * A data field of the article's own fact box or table: a short label, a colon, then a figure ("Turnover: £245m (down
 * from £258m)", "Wage bill: 4th highest", "Effectif : 85 salariés"). A run of them after the prose is the article's
 * figures, shaped like a block of headlines; deleting it would drop the article's data.
 */
const DATA_FIELD_SHAPE = /^([^:\n]{2,50}?)\s?:\s[$€£¥₹]?\s?\d\S*/u;
/**
 * A headline's kicker before the colon ("Exclusive: 5 Fintechs That …", "Exclusif : 5 start-up …"): another story's
 * headline, not a field.
 */
const KICKER_LABEL = new RegExp(
  `^(?:${[...HEADLINE_KICKER_WORDS, 'explained', 'decryptage', 'watch', 'video', 'vidéo', 'podcast', 'revealed', 'exposed'].join('|')})$`,
  'iu',
);
/** Title Case right after the figure ("5 Fintechs That Raised …"): a headline; a field's figure is followed by a unit or a note. */
const TITLE_CASE_AFTER = /^\s+\p{Lu}\S*\s+\p{Lu}\S*\s+\p{Lu}/u;
/** A line that is one field of a fact box (see DATA_FIELD_SHAPE), not a kicked headline: never a headline or a label. */
export function isDataFieldLine(line: string): boolean {
  const s = line.trim();
  const m = DATA_FIELD_SHAPE.exec(s);
  return !!m && !KICKER_LABEL.test(m[1]!.trim()) && !TITLE_CASE_AFTER.test(s.slice(m[0].length));
}

/** Every word of the line capitalised or in capitals (joining words aside): "Latest Economic News", "EARLIER STORIES". */
function isCapitalisedLabel(s: string): boolean {
  return s.split(/\s+/u).every((w) => LABEL_WORD.test(w));
}

/** The shape of one line (see the module comment). Linear: one pass for the word count, anchored tests. */
export function lineShapeOf(line: string): LineShape {
  const s = line.trim();
  if (!s || s.length > MAX_LINE_CHARS * 4) return s ? 'prose' : 'other';
  if (LIST_MARKER.test(s)) return 'list-item';
  const words = wordCount(s);
  if (words >= LONG_LINE_WORDS) return 'prose';
  const ended = SENTENCE_END.test(s);
  if (ended) return words >= MIN_PROSE_WORDS && /\p{Ll}/u.test(s) ? 'prose' : 'other';
  if (s.length > MAX_LINE_CHARS || NOT_TITLE.test(s) || CREDIT_LINE.test(s) || !TITLE_START.test(s) || isDataFieldLine(s)) return 'other';
  if (words <= MAX_LABEL_WORDS && isCapitalisedLabel(s)) return 'label';
  // A French or sentence-case label is shorter: "Lire aussi", "En bref", "Most read" (a four-word line in sentence case is a headline).
  if (words <= MAX_SENTENCE_CASE_LABEL_WORDS && !/\d/u.test(s)) return 'label';
  if (words >= MIN_TITLE_WORDS && words <= MAX_TITLE_WORDS && /\p{Ll}/u.test(s)) return 'link-title';
  return 'other';
}

/** One line of the document with its place. */
interface Line { p: number; start: number; end: number; shape: LineShape; text: string }

function linesOf(doc: ArticleDoc): Line[] {
  const out: Line[] = [];
  doc.paragraphs.forEach((para, p) => {
    let from = 0;
    const base = doc.starts[p] ?? 0;
    for (;;) {
      const nl = para.indexOf('\n', from);
      const to = nl < 0 ? para.length : nl;
      const text = para.slice(from, to);
      if (text.trim()) {
        const lead = text.length - text.trimStart().length;
        out.push({ p, start: base + from + lead, end: base + from + text.trimEnd().length, shape: lineShapeOf(text), text: text.trim() });
      }
      if (nl < 0) break;
      from = nl + 1;
    }
  });
  return out;
}

/** Topic words of a text: lower-cased words of 5+ letters, cut to 5 characters ("economy" and "economic" meet). */
function topicWords(s: string): Set<string> {
  const out = new Set<string>();
  for (const m of s.toLowerCase().matchAll(/\p{L}{5,}/gu)) out.add(m[0].slice(0, 5));
  return out;
}

/** How many of the block's titles share at least `least` topic words with the prose around it. */
function titlesSharingTopic(titles: readonly Line[], next: Set<string>, least: number): number {
  let n = 0;
  for (const t of titles) if ([...topicWords(t.text)].filter((w) => next.has(w)).length >= least) n++;
  return n;
}
/** At the article's edges a title carries its topic with this many shared topic words (see findStoryBlocks). */
const EDGE_SHARED_WORDS = 2;

/** A run of titles with no label over it is a block from this many titles on (a table of contents or a list of three is common). */
const MIN_BARE_TITLES = 4;
/** Between two paragraphs a labelled module needs this many titles under its label. */
const MIN_GROUP_TITLES_BETWEEN = 3;

/** Prose this many characters after a block is what "the topic continues" is read against. */
const NEXT_PROSE_CHARS = 600;

/**
 * The prose on both sides of a block: up to `chars` characters of prose lines from the first prose line after it
 * (proseAt[next]) onward, and as many from the last prose line before it (proseAt[next - 1]) backward. It walks the
 * precomputed prose indexes, not the raw lines, so short lines in between (a print page's wrapped column lines, a
 * caption) neither cut the reach nor cost a rescan: each call reads at most `chars` characters of prose on each side
 * (a prose line has 8+ words), whatever the distance in lines (linear over the page).
 */
function proseAround(lines: readonly Line[], proseAt: readonly number[], next: number, chars: number): string {
  let after = '';
  for (let i = next; i >= 0 && i < proseAt.length && after.length < chars; i++) after += ` ${lines[proseAt[i]!]!.text}`;
  let before = '';
  for (let i = (next < 0 ? proseAt.length : next) - 1; i >= 0 && before.length < chars; i--) before += ` ${lines[proseAt[i]!]!.text}`;
  return after + before;
}

/** Where the block stands: the message says it. */
type Place = 'before' | 'between' | 'after';
const BLOCK_MESSAGE: Record<Place, string> = {
  before: 'A block of other stories’ headlines or section links (a related-stories or navigation module) before the article’s first paragraph.',
  between: 'A block of other stories’ headlines or section links (a related-stories or navigation module) between two paragraphs on another topic.',
  after: 'A block of other stories’ headlines or section links (a related-stories or navigation module) after the article’s last paragraph.',
};

/**
 * Related-stories and navigation blocks read from line shapes (see the module
 * comment). One finding per block; a block holding several labelled groups
 * ("Multimedia" + titles, "Latest News" + titles) gives one finding per group.
 */
export function findStoryBlocks(doc: ArticleDoc): Finding[] {
  const lines = linesOf(doc);
  const proseAt: number[] = [];
  lines.forEach((l, k) => { if (l.shape === 'prose') proseAt.push(k); });
  if (proseAt.length < 2) return [];
  const firstProse = proseAt[0]!;
  const out: Finding[] = [];
  // The article's own headline: the first label- or headline-shaped line before any prose.
  let headline = -1;
  for (let k = 0; k < firstProse; k++) if (lines[k]!.shape === 'link-title' || lines[k]!.shape === 'label') { headline = k; break; }
  let nextProseIdx = 0;
  for (let k = 0; k < lines.length;) {
    const shape = lines[k]!.shape;
    if ((shape !== 'label' && shape !== 'link-title') || k === headline) { k++; continue; }
    let e = k;
    while (e + 1 < lines.length && e + 1 !== headline && (lines[e + 1]!.shape === 'label' || lines[e + 1]!.shape === 'link-title')) e++;
    const run = lines.slice(k, e + 1);
    const before = k > 0 ? lines[k - 1]! : null;
    while (nextProseIdx < proseAt.length && proseAt[nextProseIdx]! <= e) nextProseIdx++;
    const nextProse = nextProseIdx < proseAt.length ? proseAt[nextProseIdx]! : -1;
    const start = k;
    k = e + 1;
    // A list the article opens itself: a prose line ending in a colon just before it.
    if (before && /:\s*$/u.test(before.text) && wordCount(before.text) >= 4) continue;
    const titles = run.filter((l) => l.shape === 'link-title');
    const groups = labelledGroups(run);
    const between = start > firstProse && nextProse >= 0;
    // Between two paragraphs only a labelled module is read (a bare run of titles there is more often the article's
    // own list); at the article's edges a bare run needs MIN_BARE_TITLES titles.
    // Between paragraphs the label must be capitalised ("More In Markets"): a sentence-case one ("Lack of funding") is as
    // often the article's own subhead over a list of its points. At the edges a sentence-case label ("Recent posts") needs
    // three titles under it, a capitalised one two.
    // A label that opens on a count ("Four Product Lines", "Trois Chiffres Clés", "5 Things To Know") announces the
    // article's own enumeration, not a module of other stories.
    // Its lines must carry the prose's topic, though: "Ten Most Popular", "5 Most Read" over other stories' headlines is
    // a module.
    const topic = topicWords(proseAround(lines, proseAt, nextProseIdx, NEXT_PROSE_CHARS));
    const modules = (between
      ? groups.filter((g) => g.length > MIN_GROUP_TITLES_BETWEEN && isCapitalisedLabel(g[0]!.text))
      : groups.filter((g) => isCapitalisedLabel(g[0]!.text) || g.length > MIN_GROUP_TITLES_BETWEEN)
    ).filter((g) => !(COUNTING_LABEL.test(g[0]!.text) && carriesTopic(g.filter((l) => l.shape === 'link-title'), topic)));
    const isBlock = modules.length > 0 || (!between && titles.length >= MIN_BARE_TITLES);
    if (!isBlock) continue;
    if (start === headline + 1 && isArticleHeader(run, titles, e + 1 === firstProse, topicWords(lines[firstProse]!.text))) continue;
    if (isParallelList(run) || isCohesive(titles)) continue;
    if (run.some((l) => FIGURE_CAPTION.test(l.text)) || (before && FIGURE_CAPTION.test(before.text))) continue;
    // The block must not carry the article's topic: half its titles or more sharing topic words with the prose next to
    // it are the article's own lines (a run of subheads, a recap "Key points" + its points, a standfirst under a kicker).
    // Between two paragraphs (the one before and the one after) one shared word is enough. At an edge (the article's
    // first or last paragraphs) a related-stories list is often on the same beat ("results", "market", "investors"), so
    // a title shares the topic there only with two words of the prose: the article's own recap repeats its facts.
    const shared = titlesSharingTopic(titles, topic, between ? 1 : EDGE_SHARED_WORDS);
    if (shared * 2 >= titles.length) continue;
    const message = BLOCK_MESSAGE[start < firstProse ? 'before' : nextProse < 0 ? 'after' : 'between'];
    if (modules.length > 0) for (const g of modules) out.push({ kind: 'boilerplate', start: g[0]!.start, end: g[g.length - 1]!.end, message, fix: '' });
    else out.push({ kind: 'boilerplate', start: titles[0]!.start, end: titles[titles.length - 1]!.end, message, fix: '' });
  }
  return out;
}

/**
 * The first word of a line, lower-cased ("" when it opens on a symbol). The indefinite articles count as one word
 * ("Une matinée …", "Un déjeuner …", "Des ateliers …"; "A keynote …", "An awards dinner …"): items opening on them are
 * the noun phrases of one list (a programme, a line-up), where other stories' headlines open on their subjects.
 */
function firstWord(s: string): string {
  const w = /^["'“‘«(]?([\p{L}\d]+)/u.exec(s)?.[1]?.toLowerCase() ?? '';
  return INDEFINITE_ARTICLES.has(w) ? 'a' : w;
}
/** The indefinite articles, EN and FR (a closed class). */
const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'un', 'une', 'des']);

/** A label opening on a cardinal, a digit or a count word of the lexicon: the article's own enumeration. */
const COUNTING_LABEL = new RegExp(`^(?:\\d{1,2}|${[...LEX_COUNT_WORDS_EN, ...LEX_COUNT_WORDS_FR].join('|')})\\s`, 'iu');

/** Kicker, title and standfirst: the lines an article opens with under its headline. */
const MAX_HEADER_TITLES = 2;

/**
 * Lines that carry the prose's topic: half of them or more share a topic word with it (the article's own enumeration,
 * its own title and standfirst). Other stories' headlines share none, or one line in several.
 */
function carriesTopic(titles: readonly Line[], topic: Set<string>): boolean {
  return titles.length > 0 && titlesSharingTopic(titles, topic, 1) * 2 >= titles.length;
}

/**
 * The article's own header right under its headline: a kicker label ("Exclusive", "Analyse") over at most two
 * headline-shaped lines (a second title, a standfirst) on the first paragraph's topic, running straight into it. A
 * module of other stories under the headline carries three titles or more, stands apart from the first paragraph, or
 * speaks of other things ("Picture Desk" over two unrelated headlines).
 */
function isArticleHeader(run: readonly Line[], titles: readonly Line[], touchesProse: boolean, firstParagraph: Set<string>): boolean {
  return touchesProse && run[0]!.shape === 'label' && titles.length <= MAX_HEADER_TITLES && run.length === titles.length + 1
    && carriesTopic(titles, firstParagraph);
}

/**
 * A parallel list: half or more of the run's lines open on the same word or repeat one another ("Example 1: …",
 * "Example 2: …"; "Bug 123 – …"; "Photo / Credit …" pairs; a table of contents of one subject). Other stories'
 * headlines open on different words; a list whose items are cut from one pattern is the page's own.
 */
function isParallelList(run: readonly Line[]): boolean {
  const counts = new Map<string, number>();
  let most = 0;
  for (const l of run) {
    const line = `l:${l.text.toLowerCase()}`;
    const n = (counts.get(line) ?? 0) + 1;
    // A line printed twice in the run ("Photo" over every picture): a gallery or widget the caption and duplicate readers own.
    if (n >= 2) return true;
    counts.set(line, n);
    const word = `w:${firstWord(l.text)}`;
    if (word === 'w:') continue;
    const w = (counts.get(word) ?? 0) + 1;
    counts.set(word, w);
    if (w > most) most = w;
  }
  return most >= 2 && most * 2 >= run.length;
}

/** A table's or figure's own caption ("Table 6-1. …", "Figure 3 –", "Tableau 2 :"): the rows under it are the article's. */
const FIGURE_CAPTION = /^(?:table|tableau|figure|fig\.|chart|graphique|exhibit)\s?\d/iu;

/** Share of the titles one topic word must reach to make the run one subject's list (its own subheads, its table of contents). */
const COHESIVE_SHARE = 0.75;

/** The titles all speak of one thing: a topic word in three quarters of them ("Content depth …" three times). */
function isCohesive(titles: readonly Line[]): boolean {
  if (titles.length < 3) return false;
  const counts = new Map<string, number>();
  for (const t of titles) for (const w of topicWords(t.text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const n of counts.values()) if (n >= COHESIVE_SHARE * titles.length) return true;
  return false;
}

/**
 * The labelled groups of a run: a label followed by 2+ link-titles (up to the
 * next such label). Lines of the run before the first labelled group join a
 * group only when they are link-titles themselves (3+ of them make their own).
 */
function labelledGroups(run: readonly Line[]): Line[][] {
  const heads: number[] = [];
  for (let i = 0; i < run.length; i++) {
    if (run[i]!.shape !== 'label') continue;
    let t = 0;
    for (let j = i + 1; j < run.length && run[j]!.shape === 'link-title'; j++) t++;
    if (t >= 2) heads.push(i);
  }
  const groups: Line[][] = [];
  heads.forEach((h, n) => {
    let to = n + 1 < heads.length ? heads[n + 1]! : run.length;
    // A group ends on its last title: labels after it ("Buy Photo Reprints", a footer link) are not its headlines.
    while (to > h + 1 && run[to - 1]!.shape !== 'link-title') to--;
    groups.push(run.slice(h, to));
  });
  if (heads.length) {
    const lead = run.slice(0, heads[0]!);
    if (lead.filter((l) => l.shape === 'link-title').length >= 3) groups.unshift(lead);
  }
  return groups;
}
