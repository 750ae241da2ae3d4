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
import { isProse, tail, wordCount } from './context';
import { cutBeforePrompt, cutTeaserRuns, isPaywallNotice } from './truncated';
import { isFurnitureLine } from './boilerplate';
import { gluedStampAfterHeadline } from './bylines';
import { AD_SLOT_LABEL, EN_MONTH_NAMES, EN_WEEKDAY_NAMES, WIRE_AGENCIES, alternation, lineRules, readMoreLabelPattern } from './lexicon';
import { ARCHIVE_HEADER, headlineRetells, opensAsDigest, pageKindOf } from './page-kind';
import { lineShapeOf } from './line-shape';

/**
 * A dateline: "BEIJING —", "SIOUX FALLS, S.D. –", "DALIAN --", "LONDON (Reuters) -",
 * "NEW YORK, March 3 —", "SAN FRANCISCO, March 3 (Reuters) -", "PARIS (AFP) –".
 * A plain hyphen counts only between spaces and after an agency or a date
 * (an all-caps word and a hyphen start many a sentence).
 */
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const PLACE = String.raw`\p{Lu}[\p{Lu} .'’-]{2,30}(?:, [\p{Lu}][\p{L}.]{1,12}(?: [\p{Lu}][\p{L}.]{1,12})?)?`;
const AGENCY = String.raw`\((?:${alternation([...WIRE_AGENCIES, 'CNN', 'CNBC', 'Business Wire', 'PRNewswire', 'GLOBE NEWSWIRE', 'Globe Newswire'])})\)`;
/**
 * A dateline: a place in capitals and a dash ("BEIJING —"), maybe a date or an agency; also, as wires print them, an
 * agency alone ("(CNN) —", "(Reuters) -") or a place in title case before the agency ("Marseille (AFP) -",
 * "Saint-Étienne (AFP) -").
 */
const TITLE_PLACE_AGENCY = String.raw`\p{Lu}\p{Ll}+(?:[ -]\p{Lu}?\p{Ll}+){0,3} ${AGENCY} ?(?:—|--|–|-) ?\S|${AGENCY} ?(?:—|--|–|-) ?\S`;
const DATELINE = new RegExp(String.raw`^(?:${TITLE_PLACE_AGENCY})|^${PLACE}(?:(?:,? ${MONTH} \d{1,2}(?:, \d{4})?)? ?(?:—|--|–) ?\S|(?:,? ${MONTH} \d{1,2}(?:, \d{4})?)? ?${AGENCY} ?(?:—|--|–|-) ?\S|,? ${MONTH} \d{1,2}(?:, \d{4})? -- ?\S|,? ${MONTH} \d{1,2}(?:, \d{4})? - \S)`, 'u');
/** A headline with an all-caps byline glued to its end. */
const HEADLINE_BYLINE = /^(?:(?!By\b)[^\s@]+ ){3,25}By \p{Lu}{2,}(?: \p{Lu}{2,})+\b/u;
/**
 * A byline on its own line: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By Jane Doe | March 3, 2024",
 * "Par Jean Dupont", and the print replicas' "By LI YANG in Beijing | China Daily" (a city, then the outlet). The word "By" may be
 * set in capitals before a name in title case ("BY Jane Doe", "PAR Jean Dupont"), as DATE_BYLINE reads it too; in capitals before
 * capitals it is a section label ("BY THE NUMBERS"), not read.
 */
const BYLINE_LINE = new RegExp(String.raw`^(?:(?:By|Par) \p{Lu}[\p{L}'’.-]+|(?:BY|PAR) \p{Lu}\p{Ll}[\p{L}'’.-]*)(?: \p{Lu}[\p{L}'’.-]+){0,3}(?:,? (?:and|&|et) \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3})?(?: (?:in|à) \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,2})?(?: ?[,|] ?[\p{L} .]{2,30})?(?:(?: on|,| [|•·–—]) (?:${MONTH} \d{1,2},? \d{4}|\d{1,2} ${MONTH} \d{4}|\d{1,2}\/\d{1,2}\/\d{2,4}))?$`, 'u');
/** A publication stamp of a story block. */
const PUBLISHED = /^(?:published|posted|first published)\b:?\s*(.{4,60})$/i;
/**
 * A feed reader's or a reposting blog's item line: "via Mashable! by Lauren
 * Indvik on 5/31/11", "via TechCrunch by Jane Doe on March 3, 2024". Like a
 * "Published" stamp, a second, different one starts the next item.
 */
const FEED_META = new RegExp(String.raw`^via (\S.{1,60}? by \p{Lu}.{1,50}? on (?:\d{1,2}\/\d{1,2}\/\d{2,4}|${MONTH} \d{1,2},? \d{4}|\d{1,2} ${MONTH} \d{4}))$`, 'u');
/**
 * An update stamp with a calendar date: "Updated: 9:24pm, 2 Sep, 2019", "Last updated March 3, 2024 at 5:02 p.m.",
 * "Mis à jour le 3 mars 2024 à 17h02". A listing prints one per item. Only the date is compared: a live blog
 * stamps its entries of one day with different times.
 */
const UPDATED = /^(?:last )?updated:?\s|^mis à jour:?\s(?:le\s)?|^actualisé:?\s(?:le\s)?/iu;
const FR_MONTH = String.raw`(?:janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec)[a-zéû]*\.?`;
const STAMP_DATE = new RegExp(String.raw`\b(?:\d{1,2}(?:er)? (?:${MONTH}|${FR_MONTH}),? \d{4}|${MONTH} \d{1,2},? \d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2})\b`, 'iu');

/**
 * A listing item's date-and-byline line, date first: "November 22, 2013 | By Jane Doe", "3 March 2024 • By John Roe",
 * "3 mars 2024 | Par Jean Dupont". Like a "Published" stamp, a second, different one starts the next item.
 */
const DATE_BYLINE = new RegExp(String.raw`^((?:${MONTH} \d{1,2},? \d{4}|\d{1,2}(?:er)? (?:${MONTH}|${FR_MONTH}) \d{4}) ?[|•·–—-] ?(?:By|BY|Par|PAR) \p{Lu}[\p{L}'’. -]{1,60})$`, 'u');

/** A feed's age line ("CHINA DAILY - 2 hours ago", "5 mins ago", "il y a 3 heures"): the lexicon's one pattern for it. */
const SOURCE_AGE = lineRules(['source-age'])[0]!.re;
/** The source named before the age ("REUTERS - 3h ago", "AFP · il y a 2 heures"): where the age starts after its separator. */
const AGE_AFTER_SOURCE = /[-–—·•|]\s?(?=\d|il y a)/iu;
/** A card's day without a year, maybe after the source: "Jun 22", "22 October", "3 mars", "Reuters | Jun 22". */
const CARD_DAY = new RegExp(String.raw`^(?:\p{Lu}[\p{L} .&'’-]{1,40} ?[-–—|•·] ?)?(${MONTH} \d{1,2}|\d{1,2} (?:${MONTH}|${FR_MONTH}))$`, 'u');

/**
 * A listing card's time line, alone under or over the item's headline: the source and an age ("CHINA DAILY -
 * 2 hours ago", "Reuters · 3h ago", "AFP – il y a 2 heures"), or a day without a year ("Jun 22", "22 October",
 * "3 mars"). An article prints its own date once; a second card's line, with another value and a headline
 * beside each, is the next story. An age with no source ("12 mins ago", "Il y a 1 heure") is a live blog's
 * entry stamp over its subhead and text: one story told in posts, so it makes no card.
 */
function cardStamp(p: string): string | null {
  const line = p.trim();
  if (SOURCE_AGE.test(line)) {
    const m = AGE_AFTER_SOURCE.exec(line);
    return m && m.index > 0 ? line.slice(m.index + m[0].length).toLowerCase() : null;
  }
  return CARD_DAY.exec(line)?.[1]?.toLowerCase() ?? null;
}

function updateStampDate(p: string): string | null {
  if (!UPDATED.test(p)) return null;
  return STAMP_DATE.exec(p)?.[0].toLowerCase().replace(/[,.]/gu, '') ?? null;
}

/** Stamp lines are short. */
const MAX_STAMP_WORDS = 20;
/** A news lede: who said or announced what, on which day. */
const LEDE = /\b(?:said|says|announced|reported|disclosed|revealed|confirmed)(?: on)? (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b/;

/** Capitalised words and acronyms not at the start of a sentence: a cheap stand-in for named entities. */
const ENTITY = /(?<=[\p{L}\p{N},;:()’'"”]\s+|\p{Ll}\s*[—–-]\s*)\p{Lu}[\p{L}\p{N}&-]*(?:\s+\p{Lu}[\p{L}\p{N}&-]*)*/gu;
/** Title case of a lexicon word ("january" → "January"). */
const titleCase = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
/** Capitalised words that name no one: weekdays and months (the lexicon's lists, title-cased), titles and articles. */
const NOT_ENTITY = new Set([
  'I', ...EN_WEEKDAY_NAMES.map(titleCase), ...EN_MONTH_NAMES.map(titleCase),
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
const MAX_TOPIC_TEXT = 150_000;
/** The topic-shift rule looks at this many candidate ledes at most (keeps it linear). */
const MAX_CANDIDATES = 24;

/** A date alone on its line: "23 Jun 2021", "June 3, 2011". */
const DATE_ONLY = new RegExp(String.raw`^(?:\d{1,2} ${MONTH} \d{4}|${MONTH} \d{1,2},? \d{4})$`, 'u');

/**
 * What the rules ask of every paragraph, worked out once per document (on a
 * 200 KB page, counting words again in every rule was most of this detector's
 * time).
 */
interface Shape {
  words: number[];
  prose: boolean[];
  body: boolean[];
}

function shapeOf(ps: readonly string[]): Shape {
  const words = ps.map(wordCount);
  return {
    words,
    prose: ps.map((p, i) => words[i]! >= 6 && /\p{Ll}/u.test(p)),
    body: ps.map((p, i) => words[i]! >= 15 && /[.!?]["'”’)]*$/u.test(tail(p, 8))),
  };
}

/** A headline split over lines is a few words a line (a blog template's narrow title column: 'Empowering Entrepreneurs at'). */
const MAX_SPLIT_HEADLINE_LINE_WORDS = 8;
const MAX_SPLIT_HEADLINE_LINES = 3;

/**
 * The first of the short lines right above a post's stamp line (two or three, none ending a sentence, none body text,
 * all after the previous stamp): the post's headline split over its lines. Undefined when no such lines stand there.
 */
function splitHeadlineAbove(ps: readonly string[], shape: Shape, floor: number, stamp: number): number | undefined {
  let top: number | undefined;
  for (let k = stamp - 1; k > floor && stamp - k <= MAX_SPLIT_HEADLINE_LINES; k--) {
    if (shape.body[k] || shape.words[k]! > MAX_SPLIT_HEADLINE_LINE_WORDS || /[.!?:]["'”’)]*$/u.test(ps[k]!.trim())) break;
    top = k;
  }
  // Split means two lines at least: one short line alone over a stamp is a module label ('ARTICLES BY DATE'), not a title.
  return top !== undefined && top < stamp - 1 ? top : undefined;
}

function hasBodyBetween(shape: Shape, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (shape.body[k]) return true;
  return false;
}

/**
 * A listing item's date line with its author cell left empty: the template's "author / date" or "By author, date" printed
 * with no author ("/ 28 September 2007" on the Mail & Guardian's tag pages, 627; "By May 26, 2023" on Filmmaker's listing,
 * 323). Read as the item's date line, like DATE_ONLY.
 */
const EMPTY_CELL_DATE = new RegExp(String.raw`^(?:(?:By|BY|Par|PAR) |[/|•·] ?)(?:${MONTH} \d{1,2},? \d{4}|\d{1,2}(?:er)? (?:${MONTH}|${FR_MONTH}) \d{4})$`, 'u');

/** An empty author cell before a date ("By ", "/ "): not part of the date. */
const EMPTY_CELL = /^(?:(?:By|BY|Par|PAR) |[/|•·] ?)/u;

/**
 * A date line later than the first post's: a blog index or author archive lists its posts newest first, a chronology
 * (an article's timeline, headline / 'March 4, 2021' / paragraph) tells them oldest first. Dates the runtime cannot
 * read (French months) answer false: the old reading stands.
 */
function laterThan(line: string, earlier: string): boolean {
  const a = Date.parse(line.replace(EMPTY_CELL, ''));
  const b = Date.parse(earlier.replace(EMPTY_CELL, ''));
  return !Number.isNaN(a) && !Number.isNaN(b) && a > b;
}

/**
 * An author archive or blog index: the page opens with a post's date line
 * above its headline (or its headline above a date line), and the same shape
 * comes back after the first post's body. The second pair's first line is
 * reported (with the headline under it when that line is an empty-cell date).
 */
function repeatedDateHeaders(doc: ArticleDoc, shape: Shape, flag: (i: number, message: string, last?: number) => void): void {
  const ps = doc.paragraphs;
  const isDate = (i: number): boolean => shape.words[i]! <= 5 && (DATE_ONLY.test(ps[i]!.trim()) || EMPTY_CELL_DATE.test(ps[i]!.trim()));
  let first = -1;
  let firstDate = '';
  let order: 'date-first' | 'headline-first' | undefined;
  for (let i = 0; i + 1 < ps.length; i++) {
    let pair: typeof order;
    if (isDate(i) && isHeadline(ps[i + 1]!, shape.words[i + 1]!)) pair = 'date-first';
    // Headline then date: only with a body paragraph right under it (a related-story card has none).
    else if (isHeadline(ps[i]!, shape.words[i]!) && isDate(i + 1) && shape.body[i + 2]) pair = 'headline-first';
    if (!pair) continue;
    const date = ps[pair === 'date-first' ? i : i + 1]!.trim();
    if (first < 0) {
      first = i;
      order = pair;
      firstDate = date;
    } else if (pair === order && hasBodyBetween(shape, first, i) && !laterThan(date, firstDate)) {
      // The excerpt is the later post's headline (CONVENTIONS.md §listings): its date line, empty author cell or not, is
      // the post's metadata, outside the excerpt.
      const headline = pair === 'date-first' ? i + 1 : i;
      flag(headline, pair === 'date-first' ? 'A second post (its date and headline) follows the first one.' : 'A second post (its headline and date) follows the first one.', headline);
    }
    i++;
  }
}

/**
 * One reading per text: the pipeline reports these findings and the duplicates detector asks where other stories
 * start (a repeat on either side of a story boundary is each story's own), so the second caller reuses the first's.
 */
const MERGED_STORIES_MEMO = new WeakMap<ArticleDoc, readonly Finding[]>();

export function findMergedStories(doc: ArticleDoc): readonly Finding[] {
  let found = MERGED_STORIES_MEMO.get(doc);
  if (!found) {
    found = readMergedStories(doc);
    MERGED_STORIES_MEMO.set(doc, found);
  }
  return found;
}

/** A teaser stopped by a listing's excerpt: it ends on a word, with no mark at all ("… The merger could be worth"). */
const CUT_WITHOUT_MARK = /\p{Ll}$/u;
/** A cut teaser keeps a clause's worth of words: a shorter line ending on a word is a label. */
const MIN_CUT_TEASER_WORDS = 4;

/**
 * A dateline breaks into a story only when the text was one story before it. It is a page's next item, by design, on a
 * digest that says so at its top (opensAsDigest: the wire's business digests print one dated lede after another), or
 * when it opens the lede under its own headline and the page is made of such items: the first story too stood under its
 * headline with a dated lede (a wire roundup, an aggregator's cards: headline, "CITY (AP) — …", headline, "CITY — …"),
 * or the item above was stopped by the excerpt mid-clause with no mark (a tag page cuts every post). A listing's items
 * are read by the page-kind and closed-item readers; a dated lede run straight on from the story's prose, or under a
 * headline after a story that ended its sentences, is still a second story.
 */
function datedItemOfPage(ps: readonly string[], shape: Shape, i: number, firstBody: number): boolean {
  if (opensAsDigest(ps)) return true;
  const above = ps[i - 1]!;
  if (shape.body[i - 1] || !isItemHeadline(above.trim(), shape.words[i - 1]!)) return false;
  const before = ps[i - 2];
  if (before !== undefined && shape.words[i - 2]! >= MIN_CUT_TEASER_WORDS && CUT_WITHOUT_MARK.test(before.trimEnd())) return true;
  return firstBody > 0 && firstBody < i && DATELINE.test(ps[firstBody]!) && !shape.body[firstBody - 1]
    && isItemHeadline(ps[firstBody - 1]!.trim(), shape.words[firstBody - 1]!);
}

/**
 * A dateline opens a lede: a sentence after the dash ("PARIS — The group said on Tuesday it would …"). A shorter line of
 * the same shape is a list's item pairing two names ("Danone – Michel et Augustin (50 millions)": buyer – target, a
 * ranking of deals), not another story.
 */
const MIN_DATELINE_LEDE_WORDS = 10;

function readMergedStories(doc: ArticleDoc): Finding[] {
  const ps = doc.paragraphs;
  const out: Finding[] = [];
  const shape = shapeOf(ps);
  const firstProse = shape.prose.indexOf(true);
  if (firstProse < 0) return out;
  const firstBody = shape.body.indexOf(true);
  // The finding covers paragraph i, or i to `last` (a date line and the headline under it).
  const flag = (i: number, message: string, last = i): void => {
    if (out.some((f) => f.start === (doc.starts[i] ?? 0))) return;
    const start = doc.starts[i] ?? 0;
    out.push({ kind: 'merged-stories', start, end: (doc.starts[last] ?? 0) + ps[last]!.length, message, fix: null });
  };
  let proseSeen = 0;
  let textSeen = 0;
  const stamps: Array<{ i: number; value: string }> = [];
  const updates: Array<{ i: number; value: string }> = [];
  const cards: Array<{ i: number; value: string }> = [];
  // The paragraphs read so far, as printed: a dateline paragraph printed again word for word (the preview above a
  // paywall notice, then the full text) is the story's own lede copied, a duplicated paragraph, not another story's.
  const printed = new Set<string>();
  ps.forEach((p, i) => {
    const again = printed.has(p.trim());
    printed.add(p.trim());
    if (proseSeen >= 2 && shape.words[i]! >= MIN_DATELINE_LEDE_WORDS && shape.prose[i] && !again && DATELINE.test(p) && !datedItemOfPage(ps, shape, i, firstBody)) flag(i, 'A new dateline starts a second story in the middle of this one.');
    if (textSeen >= 1 && p.includes('By ') && HEADLINE_BYLINE.test(p)) flag(i, 'A second story’s headline and byline run into the text here.');
    else if (proseSeen >= 2 && isHeadline(p, shape.words[i]!) && BYLINE_LINE.test(ps[i + 1] ?? '') && shape.prose[i + 2]) flag(i, 'A second story’s headline and byline start here.');
    if (shape.words[i]! <= MAX_STAMP_WORDS) {
      const stamp = PUBLISHED.exec(p) ?? FEED_META.exec(p) ?? DATE_BYLINE.exec(p);
      if (stamp) stamps.push({ i, value: stamp[1]!.trim() });
      const updated = updateStampDate(p);
      if (updated) updates.push({ i, value: updated });
      const card = shape.words[i]! <= 8 ? cardStamp(p) : null;
      if (card) cards.push({ i, value: card });
    }
    if (shape.body[i]) proseSeen++;
    if (shape.prose[i]) textSeen++;
  });
  gluedSearchResult(doc, shape, out);
  inlineHeadlineByline(doc, shape, out);
  storyAfterClosedItem(doc, shape, flag);
  stampGluedItems(doc, out);
  titleCaseStoryAfterStory(doc, shape, flag);
  repeatedDateHeaders(doc, shape, flag);
  teaserThenHeadline(doc, shape, flag);
  closedItemHeadline(doc, shape, flag);
  afterRightsFooter(doc, shape, flag);
  archiveSecondPost(doc, shape, flag);
  // A second, different publication stamp (or update stamp of another day): the text is a listing of several stories.
  const pairs: Array<[{ i: number; value: string }, { i: number; value: string }]> = [];
  for (let k = 1; k < stamps.length; k++) pairs.push([stamps[k - 1]!, stamps[k]!]);
  for (let k = 1; k < updates.length; k++) pairs.push([updates[k - 1]!, updates[k]!]);
  const updatePairs = new Set(pairs.slice(Math.max(0, stamps.length - 1)).map(([, cur]) => cur.i));
  for (const [prev, cur] of pairs) {
    if (cur.value === prev.value || cur.i - prev.i < 3) continue;
    let h = cur.i - 1;
    // A stamp line ("Published: 1:45pm, 22 Apr, 2019" over the update stamp) has a headline's word count, not its shape.
    while (h > prev.i && (!isHeadline(ps[h]!, shape.words[h]!) || PUBLISHED.test(ps[h]!) || UPDATED.test(ps[h]!))) h--;
    // An update stamp sits right under its item's headline, dek and names: body text between them is one story's subhead.
    if (h > prev.i && updatePairs.has(cur.i) && hasBodyBetween(shape, h, cur.i)) continue;
    if (h > prev.i) flag(h, 'A second story (headline, byline and date) follows the first one.');
    // A blog index: the second post's headline is too short, cut or split over lines; its stamp line marks it.
    else if (hasBodyBetween(shape, prev.i, cur.i)) {
      const top = splitHeadlineAbove(ps, shape, prev.i, cur.i);
      // The excerpt is the post's headline, split over its short lines above the stamp (CONVENTIONS.md §listings); the
      // stamp line is the post's metadata. With no such lines the stamp marks the post.
      flag(top ?? cur.i, 'A second post (headline, author and date) follows the first one.', top === undefined ? cur.i : cur.i - 1);
    }
  }
  listingCards(doc, shape, cards, flag);
  pageKindStories(doc, flag);
  linkPreviewCards(doc, shape, flag);
  afterSeparator(doc, shape, flag);
  afterJumpLine(doc, out);
  otherDayLedes(doc, shape, flag);
  gluedPromptThenStamp(doc, shape, flag);
  readMoreItems(doc, shape, flag);
  headlessTeaserRun(doc, shape, out);
  trailingHeadline(doc, flag);
  trailingTeaser(doc, flag);
  // Teasers of other stories listed after the article (a sidebar read as text): the list is the merge.
  for (const [a, b] of cutTeaserRuns(ps)) {
    const start = doc.starts[a] ?? 0;
    out.push({ kind: 'merged-stories', start, end: (doc.starts[b] ?? 0) + ps[b]!.length, message: `Teasers of ${b - a + 1} other stories, each cut off mid-sentence, follow one another (a listing page read as one text).`, fix: null });
  }
  findTopicShift(doc, shape, firstProse, flag);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A wire lede with its date: "SYDNEY, May 15 Australian …", "TORONTO Oct 17 Canada's …", "June 15 Stock futures …",
 * "LONDON, June 23 (Reuters) - …". A wire mirror's page keeps the day of every item it prints (its own story and the
 * "more news" ledes around it) and often loses the dash after the date. Groups: 1 the place in capitals, 2 the month,
 * 3 the day (English order); 4 the day and 5 the month (French order: "PARIS, 15 mai …"). The place is bounded (30 characters) and the date is fixed text, so the match is linear.
 */
const WIRE_DATED_LEDE = new RegExp(String.raw`^(?:(\p{Lu}[\p{Lu} .'’-]{2,30}),? )?(?:(${MONTH}) (\d{1,2})|(\d{1,2})(?:er)? (${FR_MONTH}))(?:,? \d{4})?(?: ${AGENCY})?(?: ?(?:—|--|–|-))? ?(?=["“‘'«\p{Lu}])`, 'u');
/** A page whose ledes carry more days than this is a chronology (a timeline's entries), not a story among teasers. */
const MAX_WIRE_DAYS = 3;
/** A lede's item counts at least this many words with the paragraphs under it before it can be the page's own story. */
const MIN_OWN_STORY_WORDS = 40;

/**
 * A page that opens as a digest prints its dated items by design, unless the digest's sign (its label or its "The
 * following are the top stories" line) belongs to an item of another day printed above the page's own story: that
 * item's headline line or its block, before the story's lede.
 */
function digestIsPage(ps: readonly string[], ledes: ReadonlyArray<{ i: number; day: string }>, own: number): boolean {
  let sign = -1;
  for (let k = 0; k < Math.min(ps.length, DIGEST_ZONE_LINES) && sign < 0; k++) if (opensAsDigest(ps.slice(k, k + 1))) sign = k;
  if (sign < 0) return false;
  const ownLede = ledes[own]!;
  return !ledes.some((l, k) => k < own && l.day !== ownLede.day && sign >= l.i - 1 && sign < ledes[k + 1]!.i);
}
/** The digest's sign is looked for on the page's first lines only, as page-kind does. */
const DIGEST_ZONE_LINES = 6;

/**
 * Ledes of other days around the page's own story (a wire mirror's "more news" teasers extracted with the story): the
 * page's story is the dated lede with the most text under it (up to the next dated lede); a dated lede of another day,
 * before or after it, opens another story. Precision first: the page must name a place in capitals over at least one
 * lede (a wire page, not a list of dated notes), carry at most three days (a timeline carries more), and not open as a
 * digest (whose dated items are the piece by design). A lede of the story's own day is left to the dateline rule, and a
 * lede printed again is the duplicates detector's.
 */
/**
 * Whether another story's furniture stands between the page's own lede and a dated paragraph: a line that is neither
 * the story's sentences (body), nor a label introducing its list ("Key dates:", "Chronologie :"), nor another dated
 * entry: a teaser's headline or a sign-off. A dated paragraph after the lede with no place of its own and no such line
 * before it is the story's own chronology or back-story ("March 3 - X makes a first approach …", "May 14 Residents had been warned
 * …"), seen on wire stories in English and French; a teaser of another day carries its place or its own headline.
 */
const LIST_LABEL_END = /:\s*$/u;

function storyBreakBetween(ps: readonly string[], shape: Shape, ledes: ReadonlyArray<{ i: number }>, a: number, b: number): boolean {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const dated = new Set(ledes.map((l) => l.i));
  for (let j = lo + 1; j < hi; j++) {
    const p = ps[j]!.trim();
    if (p === '' || shape.body[j] || dated.has(j) || LIST_LABEL_END.test(p)) continue;
    return true;
  }
  return false;
}

function otherDayLedes(doc: ArticleDoc, shape: Shape, flag: (i: number, message: string) => void): void {
  const ps = doc.paragraphs;
  const ledes: Array<{ i: number; day: string; place: boolean }> = [];
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    // A digit within the first 40 characters: most paragraphs are ruled out before the pattern runs.
    if (!/\d/.test(p.slice(0, 40))) continue;
    const m = WIRE_DATED_LEDE.exec(p);
    if (m) ledes.push({ i, day: m[2] ? `${m[2].slice(0, 3).toLowerCase()} ${m[3]}` : `${m[5]!.slice(0, 3)} ${m[4]}`, place: m[1] !== undefined });
  }
  if (ledes.length < 2 || !ledes.some((l) => l.place)) return;
  const days = new Set(ledes.map((l) => l.day));
  if (days.size < 2 || days.size > MAX_WIRE_DAYS) return;
  let own = -1;
  let ownWords = 0;
  ledes.forEach((l, k) => {
    const end = k + 1 < ledes.length ? ledes[k + 1]!.i : ps.length;
    let words = 0;
    for (let j = l.i; j < end; j++) words += shape.words[j]!;
    if (words > ownWords) {
      own = k;
      ownWords = words;
    }
  });
  if (own < 0 || ownWords < MIN_OWN_STORY_WORDS) return;
  const ownDay = ledes[own]!.day;
  if (digestIsPage(ps, ledes, own)) return;
  const seen = new Set<string>();
  ledes.forEach((l, k) => {
    const p = ps[l.i]!.trim();
    const again = seen.has(p);
    seen.add(p);
    if (k === own || l.day === ownDay || again || !shape.prose[l.i]) return;
    if (!l.place && l.i > ledes[own]!.i && !storyBreakBetween(ps, shape, ledes, ledes[own]!.i, l.i)) return;
    // The other story's headline, when it stands right above its lede, is what the listing reports (CONVENTIONS.md
    // §listings: "PRESS DIGEST- British Business - May 15" over "May 15 The following are …", 461; "Sri Lankan shares hit
    // 3-wk high as blue chips gain" over "COLOMBO, June 15 …", 462); with no headline there, the lede is the story's first line.
    const h = l.i - 1;
    const headed = h >= 0 && !shape.body[h] && isItemHeadline(ps[h]!.trim(), shape.words[h]!);
    flag(headed ? h : l.i, 'A lede of another day (another wire story) is printed with this one.');
  });
}

/**
 * A listing page read as one text (page-kind.ts reads the page's structure: a run of short headline-and-teaser
 * cards): every story after the first is merged in. Its
 * headline is reported. The page-kind reading decides; the rules above catch the shapes it leaves (a dateline,
 * a second stamp, a glued card) on pages it reads as one article.
 */
function pageKindStories(doc: ArticleDoc, flag: (i: number, message: string) => void): void {
  // Archives are read by archiveSecondPost, which asks for two paragraphs of prose per post (an archive may hold one
  // newsletter whose sections look like posts).
  const page = pageKindOf(doc);
  if (page.kind !== 'listing') return;
  for (const i of page.stories.slice(1)) flag(i, 'Another story follows the first one (a listing page: its headline and teaser).');
}

/** A site's address as cards print it: one to three labels and a usual ending ("houstonpublicmedia.org", "lemonde.fr"). */
const DOMAIN = String.raw`(?:[a-z0-9-]{1,40}\.){1,3}(?:com|org|net|news|info|gov|co\.uk|co|fr|uk|in|cn|ca|au|de|es|it|be|ch|io|tv|fm)`;

/**
 * A link-preview card flattened to text: its footer names the site's domain, and with no break after it the
 * domain runs into the next card's title ("houstonpublicmedia.orgHouston to protect 7,400 acres … — Houston
 * Public Media", "lemonde.frLa mairie de Lyon …"). A domain glued to a capitalised headline, twice or more in
 * a text, after a teaser: each such title is another story. The same title again is the card printed twice
 * (duplicates' business), not a new story.
 */
const GLUED_DOMAIN_TITLE = new RegExp(String.raw`^${DOMAIN}(?=["'‘“\p{Lu}])(.{20,300})$`, 'u');

/** A card's source line: a bare domain, maybe glued after a place or a section ("NJocnjdaily.com", "Politics lemonde.fr"). */
const SOURCE_DOMAIN_LINE = new RegExp(String.raw`(?:^|[\p{L} ,])${DOMAIN}$`, 'u');

/** A link card's line is short: longer paragraphs are text, not cards. */
const MAX_CARD_LINE = 340;
/** The site name closing a card title (" — Houston Public Media", " | Le Monde"): up to five capitalised words at the end. */
const SITE_SUFFIX = /\s*(?:—|–|-|\||•|·|\S)\s*\p{Lu}[\p{L}&'’.]*(?: \p{Lu}[\p{L}&'’.]*){0,4}$/u;
/** How much of a title's end can hold the site name: the suffix regex is unanchored at its start, so it reads only this tail. */
const SITE_SUFFIX_TAIL = 120;

/** A card title without its site name, in lower case, for comparing cards. Reads only the tail of short lines. */
function cardTitle(line: string): string {
  if (line.length > MAX_CARD_LINE) return line.toLowerCase();
  const cut = Math.max(0, line.length - SITE_SUFFIX_TAIL);
  return (line.slice(0, cut) + line.slice(cut).replace(SITE_SUFFIX, '')).toLowerCase();
}

function linkPreviewCards(doc: ArticleDoc, shape: Shape, flag: (i: number, message: string) => void): void {
  const ps = doc.paragraphs;
  const hits: Array<{ i: number; title: string }> = [];
  ps.forEach((p, i) => {
    // The card's source alone on its line ("peoriatimes.com", "Ocean City, NJocnjdaily.com"), its title under it.
    if (p.length <= 60 && SOURCE_DOMAIN_LINE.test(p.trim())) {
      const title = ps[i + 1] ?? '';
      const words = shape.words[i + 1] ?? 0;
      // Under its source line a title may be short ("Mayor & Council Meeting"): the line above vouches for it.
      if (isHeadline(title, words) || (words >= 2 && isSeparatedHeadline(title, Math.max(words, 4)))) {
        if (shape.prose[i + 2]) hits.push({ i: i + 1, title: title.toLowerCase() });
      }
      return;
    }
    if (p.length > MAX_CARD_LINE || shape.words[i]! < 5) return;
    const m = GLUED_DOMAIN_TITLE.exec(p);
    if (m && !/[.!?]["'”’]?$/u.test(m[1]!)) hits.push({ i, title: cardTitle(m[1]!) });
  });
  if (hits.length < 2) return;
  const seen = new Set<string>();
  // Titles are short: a longer paragraph above the cards cannot equal one, and is not read (keeps this linear).
  for (const first of ps.slice(0, hits[0]!.i)) if (first.length <= MAX_CARD_LINE) seen.add(cardTitle(first));
  for (const { i, title } of hits) {
    // The previous card's teaser ends right above the title, or above the source line over it.
    const teaser = (i > 0 && shape.prose[i - 1]) || (i > 1 && shape.prose[i - 2]) || (i > 2 && shape.prose[i - 3]);
    if (!seen.has(title) && teaser) flag(i, 'Another story’s link card (its site, then its title) follows the previous card’s teaser.');
    seen.add(title);
  }
}

/**
 * The "read more" labels as a link prints them (Sentence case, Title Case, CAPITALS), from the lexicon's one list:
 * a lower-case "read more" inside a sentence is prose, not a link.
 */
const READ_MORE_AS_WRITTEN = readMoreLabelPattern('as-written');
/** A teaser's cut with its "Read more" link glued on: "… The Sweet East stars…  Read more", "… la ville…Lire la suite". */
const GLUED_READ_MORE = new RegExp(String.raw`(?:…|\.\.\.)\s*\[?(?:${READ_MORE_AS_WRITTEN})\]?\s*$`, 'u');
/** The item's date line under it, maybe with an empty byline: "By May 27, 2023", "May 27, 2023", "Par 3 mars 2024", "3 mars 2024". */
const ITEM_DATE_LINE = new RegExp(String.raw`^(?:(?:By|BY|Par|PAR) )?(?:${MONTH} \d{1,2},? \d{4}|\d{1,2}(?:er)? (?:${MONTH}|${FR_MONTH}) \d{4})$`, 'u');

/**
 * A listing page's item: a teaser cut with its "Read more" glued on, the item's date line, then the next
 * item's headline and text ("… stars…  Read more" / "By May 27, 2023" / "“Giving Birth to Ourselves”: Kira
 * Kovalenko on …"). The glued link and the date line together close an item; the headline below opens another.
 */
function gluedPromptThenStamp(doc: ArticleDoc, shape: Shape, flag: (i: number, message: string) => void): void {
  const ps = doc.paragraphs;
  for (let i = 0; i + 3 < ps.length; i++) {
    if (!GLUED_READ_MORE.test(tail(ps[i]!)) || !ITEM_DATE_LINE.test(ps[i + 1]!.trim())) continue;
    const head = ps[i + 2]!;
    const words = shape.words[i + 2]!;
    if (words < 3 || words > 30 || /[.!]["'”’]?$/u.test(head) || !/^["'‘“«\p{Lu}\p{N}]/u.test(head)) continue;
    if (!shape.prose[i + 3] && !shape.prose[i + 4]) continue;
    flag(i + 2, 'A second story (its headline and text) follows the first one’s cut teaser, “Read more” link and date line (a listing page).');
    i += 2;
  }
}

/**
 * A "read more" link closing an item: the label alone on its line ("Read more", "Read More »", "Continue reading…") or
 * glued to the end of the teaser ("… from a US rival. Read more", "… via a share issueRead more"). As written (Sentence
 * case, Title Case, capitals): a lower-case "read more" ends a sentence of prose, not a link.
 */
const READ_MORE_CLOSE = new RegExp(String.raw`(?:^|[^\p{L}]|\p{Ll})(?:${READ_MORE_AS_WRITTEN})\s?(?:»|›|>|→|\.\.\.|…)?$`, 'u');
/** An item's headline after the close: one to thirty words (a question headline runs long), no sentence stop or clause mark at its end. */
const MAX_ITEM_HEADLINE_WORDS = 30;
const ITEM_HEADLINE_END = /[.,;:]["'”’»)]*$/u;
/** A photo credit cut after its first name leaves "Mike Mozart and" above the headline: a headline never ends on "and". */
const CUT_CREDIT_END = /\s(?:and|&|et|und)$/u;
/** A teaser's sentence: eight words or more with a lower-case letter (a link's title or a label is shorter). */
const MIN_TEASER_SENTENCE_WORDS = 8;
/** A listing's item is a teaser of a paragraph or three before its own "read more": more is an article going on. */
const MAX_ITEM_BODY = 3;
/** The teaser's text read for the headline's words: its first lines, as headlineRetells reads them. */
const MAX_TEASER_READ = 600;
/** Lines looked at past the close for the headline: the close's own next line, or one more after an image's alt text or a date. */
const HEADLINE_REACH = 2;
/** Items needed to read a run of them, and the share that must retell their headline in their teaser. */
const MIN_READ_MORE_ITEMS = 2;

/**
 * A listing's bracketed "more" link after the teaser's last sentence ("… is now available everywhere? [More]"): the same
 * link as "Read more" in a tag page's own words (furniture.ts reads the label itself as GLUED_TAIL_FURNITURE 'more'; a
 * consumer-news tag page, 762). Bracketed and capitalised: a sentence of prose never ends on it.
 */
const BRACKETED_MORE_CLOSE = /\s\[(?:More|MORE)(?:\s?(?:\.{3}|…|»|›|→))?\]$/u;

/** Whether ps[i] closes an item with its "read more" link. The label is short: only a paragraph's tail is read. */
function closesItem(ps: readonly string[], i: number): boolean {
  const end = tail(ps[i]!.trimEnd(), 40);
  return READ_MORE_CLOSE.test(end) || BRACKETED_MORE_CLOSE.test(end);
}

/**
 * The item opening after a close at `i`: its headline (at i+1, or i+2 after one short line such as an image's alt text),
 * then a teaser of one to three sentences of prose, up to the next close or the text's end. Returns the headline's index
 * and whether the headline retells its teaser, or null.
 */
function itemAfterClose(ps: readonly string[], shape: Shape, i: number): { h: number; retells: boolean; headless?: boolean } | null {
  for (let h = i + 1; h <= i + HEADLINE_REACH && h < ps.length; h++) {
    const head = ps[h]!.trim();
    const words = shape.words[h]!;
    if (closesItem(ps, h)) return null;
    if (words < 1 || words > MAX_ITEM_HEADLINE_WORDS || ITEM_HEADLINE_END.test(head) || CUT_CREDIT_END.test(head) || isFurnitureLine(head)) continue;
    let teaser = '';
    let body = 0;
    for (let k = h + 1; k < ps.length && teaser.length < MAX_TEASER_READ; k++) {
      if (shape.words[k]! >= MIN_TEASER_SENTENCE_WORDS && /\p{Ll}/u.test(ps[k]!)) body++;
      if (body > MAX_ITEM_BODY) return null;
      teaser += ' ' + ps[k]!;
      if (closesItem(ps, k)) break;
    }
    if (body === 0 && h === ps.length - 1) return { h, retells: false, headless: true };
    return body > 0 ? { h, retells: headlineRetells(head, teaser) } : null;
  }
  return null;
}

/**
 * Round 40: the block after a close is a copy of a block above it, its heading and its first line printed again (a
 * header promo printed twice, each copy closed by its "→ En savoir plus": a media watchdog's page, 819). A widget printed
 * twice is one widget, not a second story of a listing: its copy is not an item.
 */
function repeatsEarlierBlock(ps: readonly string[], h: number, close: number): boolean {
  const head = ps[h]!.trim();
  const next = ps[h + 1]?.trim();
  if (next === undefined) return false;
  for (let k = 0; k + 1 < close; k++) if (ps[k]!.trim() === head && ps[k + 1]!.trim() === next) return true;
  return false;
}

/**
 * A tag, section or archive page whose items each end on their "read more" link (FT Alphaville's tag pages, NJBIZ's
 * section listing, Business Standard's headline list, Gust's blog archive): the article, its "Read more", then another
 * story's headline and teaser, closed by its own "Read more", and so on. Each headline after a close opens another story.
 * Precision first: two such items at least, each a short teaser (up to three sentences of prose before its own close or
 * the text's end: an article's related link under a "Read more" label is followed by the article going on), and half of
 * them at least retelling their headline in their teaser (a card's headline names what its teaser tells).
 */
function readMoreItems(doc: ArticleDoc, shape: Shape, flag: (i: number, message: string) => void): void {
  const ps = doc.paragraphs;
  const items: Array<{ h: number; retells: boolean }> = [];
  let last: number | null = null;
  for (let i = 0; i + 1 < ps.length; i++) {
    if (!closesItem(ps, i)) continue;
    const item = itemAfterClose(ps, shape, i);
    if (item?.headless) last = item.h;
    else if (item) {
      // A block printed twice is one widget: its copy is no item, but the reader still steps past it.
      if (!repeatsEarlierBlock(ps, item.h, i)) items.push(item);
      i = item.h;
    }
  }
  if (items.length < MIN_READ_MORE_ITEMS || items.filter((t) => t.retells).length * 2 < items.length) return;
  // The listing's last headline, its teaser lost where the text ends: an item once the others have proved the listing.
  if (last !== null) items.push({ h: last, retells: false });
  for (const { h } of items) flag(h, 'Another story (its headline and teaser) follows the previous one’s “Read more” link (a listing page).');
}

/**
 * A tag or search page whose first item is printed as a card (its summary and its excerpt: the same teaser twice in a
 * row, at the top) and whose other items as their teaser alone, each headline lost (indaily's tag pages, 385;
 * mediamergers' tag pages, 400; globalspark's search results, 662). The teasers read like an article's short
 * paragraphs; what tells them apart is that none leans on the text above it: each is a story's opening, naming its
 * subject in full. A body paragraph of one story continues the one before it somewhere: it opens on a pronoun, a
 * conjunction, a quotation (someone speaking) or a definite "the company" (TEASER_CONTINUES), or quotes someone the story named already ("it said",
 * "he added") or adds to what was told ("will also": CONTINUES_INSIDE). Precision first: the doubled teaser within
 * the first lines, then every paragraph of prose down to the text's end standing alone, four at least; lines of the
 * site speaking to its reader, furniture and short lines (labels, sign-up confirmations) are passed over. Each teaser
 * is one later story (CONVENTIONS.md §listings: its first sentence when it has no headline). A standfirst printed
 * twice over an article (574, 80, 653, 216) is followed by paragraphs that continue it.
 */
const TEASER_CONTINUES = /^(?:["“«]|It|Its|It[’']s|He|She|They|We|I|You|His|Her|Their|Our|This|That|These|Those|There|But|And|Or|So|Also|Yet|Still|However|Meanwhile|Moreover|Furthermore|Instead|Then|Now|Here|Such|Both|Neither|Either|Other|Another|The (?:company|firm|group|startup|deal|move|acquisition|transaction|announcement|agreement|report|news|decision|plan|proposal|offer)|Il|Elle|Ils|Elles|Mais|Et|Cette|Ce|Cela|Ces|Son|Sa|Ses|Leur|Leurs)\b/u;
const CONTINUES_INSIDE = /\b(?:it|he|she|they|we|the company|the firm|the group) (?:said|says|added|adds|told|noted|explained|wrote|writes)\b|\b(?:said|says|added|adds) (?:it|he|she|they)\b|(?<!\b(?:which|who|that) )\balso\b|\b(?:il|elle|ils|elles) (?:a|ont) (?:précisé|ajouté|indiqué|expliqué)\b|\b(?:aussi|également)\b/u;
/**
 * The site speaking to its reader between the items (a sign-up box: "Get InDaily in your inbox"): passed over. Second
 * person only, in lower case or capitalised: "US" is a country, "our" and "we" a quoted speaker's as often.
 */
const SITE_TO_READER = /(?<![\p{L}])(?:[Yy]ou|[Yy]our|[Yy]ours|[Vv]ous|[Vv]otre|[Vv]os)(?![\p{L}])/u;
/** The doubled teaser stands within the first lines (after the first item's headline, maybe a label). */
const DOUBLED_TEASER_ZONE = 5;
/** A teaser: a sentence's worth of words at least, a few sentences at most. */
const MIN_HEADLESS_TEASER_WORDS = 12;
const MAX_HEADLESS_TEASER_WORDS = 150;
/** Teasers needed after the doubled one. */
const MIN_HEADLESS_TEASERS = 4;
/** A teaser's first sentence, the excerpt reported: up to a stop followed by a capital. */
const FIRST_SENTENCE_END = /(?<!(?:^|[\s(])(?:\p{Lu}\.)*\p{Lu})[.!?]["'”’)]*(?= ["'“‘«]?\p{Lu})/u;

/**
 * Round 39: two more cues of a headless listing besides the doubled first teaser, each with the teasers' own test below
 * and one more (TEASERS_APART):
 * - LISTING_LABEL: the text opens on the listing's own label, a category name of one to four words ("Mergers &
 *   acquisitions"), right above the first teaser (a trade site's category page, 143);
 * - a repeated item link: the same short line between every two teasers ("• Show Article Details", a broker's news feed,
 *   761), printed at least MIN_ITEM_LINKS times, each copy right above a teaser.
 * An article's paragraphs under a section label, or between repeated "Advertisement" slots, lean on one another: they name
 * the same company or person again. TEASERS_APART asks that at most a quarter of the consecutive teasers share a
 * capitalised name (entitiesOf), as separate stories do.
 */
const LISTING_LABEL = /^\p{Lu}[\p{L}&’' -]{2,40}$/u;
const MAX_LISTING_LABEL_WORDS = 4;
const MIN_ITEM_LINKS = 3;
const MAX_ITEM_LINK_WORDS = 4;

/** At most a quarter of consecutive teasers share a capitalised name. */
function teasersApart(ps: readonly string[], teasers: readonly number[]): boolean {
  let shared = 0;
  for (let k = 1; k < teasers.length; k++) {
    const before = new Set(entitiesOf(ps[teasers[k - 1]!]!));
    if (entitiesOf(ps[teasers[k]!]!).some((e) => before.has(e))) shared++;
  }
  return shared * 4 <= teasers.length - 1;
}

/** The first item of a headless listing and the line that links each item, by the cues above; null when none holds. */
function headlessListingStart(ps: readonly string[], shape: Shape): { first: number; link: string | null; doubled: boolean } | null {
  for (let i = 0; i + 1 < Math.min(ps.length, DOUBLED_TEASER_ZONE); i++) {
    const p = ps[i]!.trim();
    if (shape.words[i]! >= MIN_HEADLESS_TEASER_WORDS && /[.!?…]["'”’)]*$/u.test(p) && p === ps[i + 1]!.trim()) return { first: i + 1, link: null, doubled: true };
  }
  const top = ps[0]?.trim() ?? '';
  if (ps.length > 2 && LISTING_LABEL.test(top) && shape.words[0]! <= MAX_LISTING_LABEL_WORDS && shape.words[1]! >= MIN_HEADLESS_TEASER_WORDS && !isFurnitureLine(top)) return { first: 1, link: null, doubled: false };
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < ps.length; i++) {
    const p = ps[i]!.trim();
    if (shape.words[i]! < 1 || shape.words[i]! > MAX_ITEM_LINK_WORDS || /[.!?]$/u.test(p) || shape.words[i + 1]! < MIN_HEADLESS_TEASER_WORDS) continue;
    counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  for (const [link, n] of counts) {
    // An ad slot's label between paragraphs ("Advertisement" three times) is placed inside one story, not between stories.
    if (n < MIN_ITEM_LINKS || AD_SLOT_LABEL.test(link)) continue;
    const first = ps.findIndex((p, i) => i > 0 && ps[i - 1]!.trim() === link);
    return { first, link, doubled: false };
  }
  return null;
}

function headlessTeaserRun(doc: ArticleDoc, shape: Shape, out: Finding[]): void {
  const ps = doc.paragraphs;
  const start = headlessListingStart(ps, shape);
  if (!start) return;
  const teasers: number[] = [];
  let short = -1;
  for (let i = start.first + 1; i < ps.length; i++) {
    const p = ps[i]!.trim();
    const n = shape.words[i]!;
    if (p === start.link) continue;
    // A short line between two teasers of a listing with no doubled card is the article's own subhead ("VALEURS EN
    // HAUSSE" in a market report under its "LA TENDANCE" label, 484): the listing's items stand back to back.
    if (n < MIN_HEADLESS_TEASER_WORDS && !start.doubled && !isFurnitureLine(p)) short = i;
    if (n < MIN_HEADLESS_TEASER_WORDS || (SITE_TO_READER.test(p) && !/["“”«»]/u.test(p)) || isFurnitureLine(p)) continue;
    if (short > start.first) return;
    if (n > MAX_HEADLESS_TEASER_WORDS || !/^["“‘«]?\p{Lu}/u.test(p) || !/\p{Ll}/u.test(p) || TEASER_CONTINUES.test(p) || CONTINUES_INSIDE.test(p)) return;
    teasers.push(i);
  }
  if (teasers.length < MIN_HEADLESS_TEASERS) return;
  if (!start.doubled && !teasersApart(ps, [start.first, ...teasers])) return;
  // The link line between the items is the listing's link label (CONVENTIONS.md §listings: boilerplate, annotated once).
  if (start.link !== null) {
    // The first copy of the link stands right above the first item (headlessListingStart).
    const at = start.first - 1;
    const begin = (doc.starts[at] ?? 0) + ps[at]!.indexOf(start.link);
    out.push({ kind: 'boilerplate', start: begin, end: begin + start.link.length, message: 'A link label printed between the items of a listing.', fix: '' });
  }
  for (const i of teasers) {
    const p = ps[i]!;
    const stop = FIRST_SENTENCE_END.exec(p);
    const begin = doc.starts[i] ?? 0;
    out.push({ kind: 'merged-stories', start: begin, end: begin + (stop ? stop.index + stop[0].length : p.length), message: start.doubled
      ? 'Another story’s teaser, its headline lost, follows the first item (a tag or search page whose first item is printed with its teaser twice).'
      : 'Another story’s teaser, its headline lost, follows the first item (a category page or news feed of teasers, each a story of its own).', fix: null });
  }
}

/** A separator line alone: "-", "—", "* * *", "***", "###", "• • •", "~~~". */
const SEPARATOR_LINE = /^(?:[-–—*•·_=~#] ?){1,5}$/u;
/**
 * The words a lede opens on after its place: determiners, pronouns, prepositions, conjunctions and numbers, EN and FR
 * ("The", "A", "After", "Two", "Le", "Selon", "Depuis", "Deux"). A class of words, not a list of one page's ledes.
 */
const LEDE_FUNCTION_WORD = String.raw`(?:A|An|The|This|That|These|Those|Its|His|Her|Their|Our|Some|Several|Many|In|On|At|After|Before|As|When|While|For|With|Since|Amid|Despite|Following|During|Over|Under|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Le|La|Les|Un|Une|Des|Du|Ce|Cet|Cette|Ces|Son|Sa|Ses|Leur|Leurs|Dans|En|Au|Aux|Après|Avant|Depuis|Selon|Pour|Lors|Alors|Malgré|Pendant|Deux|Trois|Quatre|Cinq|Six|Sept|Huit|Neuf|Dix|Plusieurs|Quelques)`;
/**
 * A dateline run into the lede without its dash, as Indian and wire listings print it: "Mumbai A 21-year-old …",
 * "New Delhi The government …", "MUMBAI: Police …", "Rennes Le maire …", "Lyon : Les pompiers …". A place (one to
 * three capitalised words), then either a colon and any capitalised word or number (the colon closes the place), or
 * a function word, an elided article or a number opening the lede. The caller asks for it only under a separator
 * and a headline.
 */
const GLUED_DATELINE = new RegExp(String.raw`^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}(?: ?: ["“«]?[\p{Lu}\d]| ${LEDE_FUNCTION_WORD} | L['’]\p{L}| \d)`, 'u');
/** A headline after a separator: four to twenty-five words, no sentence punctuation at its end. */
function isSeparatedHeadline(p: string, words: number): boolean {
  return words >= 4 && words <= 25 && !/[.!?:;]["'”’]?$/u.test(p) && /^["'‘“\p{Lu}\p{N}]/u.test(p);
}

/**
 * A listing's next item after a separator line: the article, a lone "-" (or "* * *"), then another story's
 * headline and its lede opening on a dateline ("-" / "21-year-old arrested for killing lover" / "Mumbai A
 * 21-year-old man was arrested …"). A section break inside one story is followed by prose, or by a subhead
 * whose paragraph carries on without a dateline.
 */
function afterSeparator(doc: ArticleDoc, shape: Shape, flag: (i: number, message: string) => void): void {
  const ps = doc.paragraphs;
  let body = 0;
  for (let i = 0; i + 2 < ps.length; i++) {
    if (shape.body[i]) body++;
    if (body < 2 || ps[i]!.length > 12 || !SEPARATOR_LINE.test(ps[i]!.trim())) continue;
    const lede = ps[i + 2]!;
    if (!isSeparatedHeadline(ps[i + 1]!, shape.words[i + 1]!) || shape.words[i + 2]! < 8) continue;
    if (DATELINE.test(lede) || GLUED_DATELINE.test(lede)) flag(i + 1, 'Another story (its headline, then a lede opening on a dateline) follows a separator line.');
  }
}

/**
 * A print page's jump line, where the front-page part of a story stops and names the page it goes on
 * ("[See Tulare Lake, A8]", "(See HOMELESS, Page A6)", "Please see TAXES on page 4", "See page 12", "Continued on Page 4",
 * "Suite page 5", "Suite en page 12", "Voir page 3"): a "see" or "continued" word, maybe the story's keyword, then a page
 * (a section letter and a number, or "page" and a number: a bare number is a count, "See 5 ways"). Bounded parts, no
 * nesting: linear. A reader's "see page 4." inside a sentence ends on its full stop, so no lede follows it.
 */
const JUMP_PAGE = String.raw`(?:(?:[Pp]age|PAGE|p\.) ?[A-Z]?\d{1,3}|[A-Z]\d{1,2})`;
const JUMP_LINE = new RegExp(String.raw`[[(]?(?:(?:Please see|PLEASE SEE|See|SEE)(?: [\p{Lu}][\p{L}'’-]*(?: [\p{Lu}][\p{L}'’-]*){0,3},?)?(?: on)? ${JUMP_PAGE}|(?:Continued|CONTINUED|Cont\.) on ${JUMP_PAGE}|(?:Suite|SUITE|Voir|VOIR)(?: en)? (?:page|PAGE|p\.) ?\d{1,3})[\])]?(?= )`, 'gu');
/** The new story after the jump: a capitalised sentence of some length (a lede), not a word or two of furniture. */
const LEDE_AFTER_JUMP = /^ ["“‘«]?\p{Lu}[\p{L}'’-]*(?: [^ ]+){7}/u;
/** Prose that the jump line closes: this many words of the paragraph before it. */
const MIN_WORDS_BEFORE_JUMP = 12;
/** The lede reported: up to its first sentence end, at most this many characters. */
const MAX_JUMP_LEDE = 240;

/**
 * A print replica flattened into one run of text (a flipbook's or a document site's text layer): a front-page story ends on
 * its jump line and, with no break, the next front-page story's lede starts ("… protect a dairy. [See Tulare Lake, A8] The
 * robocalls poured in, …"). A jump line ends its story's part on the page by definition; a sentence after it in the same
 * paragraph is another story (the replica prints that story's headline wherever the layout put it). A jump line at the end
 * of a paragraph, or followed by a few words only, is left alone. The lede, up to its first sentence end, is reported.
 */
function afterJumpLine(doc: ArticleDoc, out: Finding[]): void {
  doc.paragraphs.forEach((p, i) => {
    if (p.length < 80 || !/\d/.test(p)) return;
    for (const m of p.matchAll(JUMP_LINE)) {
      const at = m.index! + m[0].length;
      if (wordCount(p.slice(0, m.index!)) < MIN_WORDS_BEFORE_JUMP || !LEDE_AFTER_JUMP.test(p.slice(at, at + 200))) continue;
      const rest = p.slice(at + 1, at + 1 + MAX_JUMP_LEDE);
      const stop = /[.!?]["'”’)]*(?= |$)/u.exec(rest);
      const start = (doc.starts[i] ?? 0) + at + 1;
      out.push({ kind: 'merged-stories', start, end: start + (stop ? stop.index + stop[0].length : rest.length), message: 'Another front-page story starts right after this one’s jump line (“See …, page …”): a print page read as one text.', fix: null });
    }
  });
}

/** A card's byline: a name, a comma, the role in lower case ("Jane Doe, foreign news reporter", "Jean Dupont, journaliste"). */
const NAME_ROLE = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}, \p{Ll}/u;

/**
 * A listing page's cards: each a headline with a time line under or over it ("2 hours ago", "Jun 22"), then
 * a teaser. Two time lines of different values, each with a headline beside it and body text between them,
 * make the second card another story; its headline is reported (the one above its time line, else the one
 * under it). A headline is required on both cards: comment threads print "2 hours ago" under each name.
 */
function listingCards(doc: ArticleDoc, shape: Shape, cards: ReadonlyArray<{ i: number; value: string }>, flag: (i: number, message: string) => void): void {
  const ps = doc.paragraphs;
  const headline = (i: number): boolean => i >= 0 && i < ps.length && isHeadline(ps[i]!, shape.words[i]!) && !NAME_ROLE.test(ps[i]!);
  for (let k = 1; k < cards.length; k++) {
    const prev = cards[k - 1]!;
    const cur = cards[k]!;
    if (cur.value === prev.value || cur.i - prev.i < 3 || !hasBodyBetween(shape, prev.i, cur.i)) continue;
    if (!headline(prev.i - 1) && !headline(prev.i + 1)) continue;
    const h = headline(cur.i - 1) && cur.i - 1 > prev.i + 1 ? cur.i - 1 : headline(cur.i + 1) ? cur.i + 1 : -1;
    if (h >= 0) flag(h, 'A second story (a listing card: headline and time line) follows the first one.');
  }
}

/**
 * A topic page's expander button closing an item, its labels often glued:
 * "Show less", "Watch VideoShow less", "Keep reading...Show less",
 * "Read more…Show more". An article's own text never has it on a line alone.
 */
const EXPANDER = new RegExp(String.raw`^(?:(?:watch video|voir la vidéo|${readMoreLabelPattern('any')})(?:\.\.\.|…)?\s*)?(?:show less|show more|voir moins|afficher moins)$`, 'iu');

/**
 * A tag or index page: a teaser cut mid-sentence, its "Read More" link (or the
 * item's "Show less" expander, after which no cut is needed), then
 * the next story's headline and body. The cut and the prompt together are
 * what make the line below a new story, not a related link inside this one.
 */
function teaserThenHeadline(doc: ArticleDoc, shape: Shape, flag: (i: number, message: string) => void): void {
  const ps = doc.paragraphs;
  for (let i = 1; i + 3 < ps.length; i++) {
    const head = ps[i + 2]!;
    const words = shape.words[i + 2]!;
    if (words < 3 || words > 25 || /[.!:]["'”’]?$/u.test(head) || !/^["'‘“\p{Lu}\p{N}]/u.test(head) || !shape.prose[i + 3]) continue;
    const expander = EXPANDER.test(ps[i + 1]!.trim()) && shape.prose[i]!;
    // A paywall notice under the cut is followed by the paywall's lines, not by another story.
    if (!expander && (isPaywallNotice(ps[i + 1]!) || !cutBeforePrompt(ps[i]!, ps[i + 1]))) continue;
    flag(i + 2, expander ? 'A second story (its headline and body) follows the first one’s “Show less” button (a tag or topic page).' : 'A second story (its headline and body) follows the first one’s “Read More” link.');
    i += 3;
  }
}

/** Text of some length before an item: a story's paragraph or another item's teaser (cut or not), not a tagline. */
const MIN_TEXT_BEFORE_ITEM_WORDS = 15;

/**
 * A listing of items, each a headline, a teaser cut mid-sentence and a "Read More" prompt (two such items at least:
 * one is an article's own paywall cut). The item the first prompt closes began at its headline, right above its
 * teaser: when text of some length stands before that headline (the article, or an item whose teaser has no
 * prompt), that headline starts a second story. An article's own subhead is followed by its own paragraph, which
 * no prompt closes mid-sentence.
 */
function closedItemHeadline(doc: ArticleDoc, shape: Shape, flag: (i: number, message: string) => void): void {
  const ps = doc.paragraphs;
  const closed: number[] = [];
  for (let i = 1; i + 1 < ps.length && closed.length < 2; i++) {
    // The prompt test is the costly part: only a line of a few words can be one.
    if (shape.words[i + 1]! > 8 || !shape.prose[i]) continue;
    if (!isPaywallNotice(ps[i + 1]!) && cutBeforePrompt(ps[i]!, ps[i + 1])) closed.push(i);
  }
  if (closed.length < 2) return;
  const h = closed[0]! - 1;
  const head = ps[h]!;
  if (h < 1 || shape.words[h]! < 3 || shape.words[h]! > 25 || /[.!:;,]["'”’]?$/u.test(head) || !/^["'‘“\p{Lu}\p{N}]/u.test(head)) return;
  for (let j = 0; j < h; j++) {
    if (shape.prose[j] && shape.words[j]! >= MIN_TEXT_BEFORE_ITEM_WORDS) {
      flag(h, 'A second story (its headline and a teaser closed by “Read More”) follows the first one.');
      return;
    }
  }
}

/** Lines of a list page, each a headline glued to its stamp: three make the page's template. */
const MIN_STAMPED_ITEMS = 3;
/** The headline before the stamp is a headline's length. */
const MAX_STAMPED_HEADLINE_WORDS = 25;

/**
 * A news list page flattened one item a line: the headline, its date-and-time stamp glued to it, then the teaser
 * ("Kirin to sell Australian dairy unit to China’s Mengniu for AU$600 mil.2019/11/26 12:15SYDNEY, NNA – …", 699). The
 * glued stamp is bylines.ts's, numeric or with its month name, clock and zone (CLOCK_STAMP, seen glued under a headline on
 * a finance portal's and a mail archive's wire copies); one such line is one story's header. A run of three or more lines
 * opening so is a list's items (one stamp per item is what a list page prints), and each
 * one after the first is a later story, reported by its headline (the text before the stamp, CONVENTIONS.md
 * §listings). A story quoting a date and time writes it after a preposition with its space, never glued to a headline.
 */
function stampGluedItems(doc: ArticleDoc, out: Finding[]): void {
  const ps = doc.paragraphs;
  const items: Array<{ i: number; end: number }> = [];
  for (let i = 0; i < ps.length; i++) {
    const at = gluedStampAfterHeadline(ps[i]!);
    if (at > 0 && wordCount(ps[i]!.slice(0, at)) <= MAX_STAMPED_HEADLINE_WORDS) items.push({ i, end: at });
  }
  if (items.length < MIN_STAMPED_ITEMS) return;
  for (const { i, end } of items.slice(1)) {
    const start = doc.starts[i] ?? 0;
    if (out.some((f) => f.start === start)) continue;
    out.push({ kind: 'merged-stories', start, end: start + end, message: 'Another story (its headline and time stamp) follows the first one on a list page.', fix: null });
  }
}

/** A headline: six to twenty-five words (counted by the caller), no sentence punctuation at its end, not a byline. */
function isHeadline(p: string, words: number): boolean {
  return words >= 6 && words <= 25 && !/[.!?:]["'”’]?$/.test(p) && /^["'‘“\p{Lu}]/u.test(p) && !/^By /.test(p);
}

function findTopicShift(doc: ArticleDoc, shape: Shape, firstProse: number, flag: (i: number, m: string) => void): void {
  const ps = doc.paragraphs;
  // Entity counting is the costly part; a text this long is not one news story anyway.
  if (doc.text.length > MAX_TOPIC_TEXT) return;
  const candidates: number[] = [];
  for (let i = firstProse + MIN_STORY_PARAGRAPHS; i < ps.length - MIN_STORY_PARAGRAPHS + 1; i++) {
    if (LEDE.test(ps[i]!) || (shape.prose[i] && DATELINE.test(ps[i]!))) candidates.push(i);
    if (candidates.length >= MAX_CANDIDATES) break;
  }
  if (candidates.length === 0) return;
  const lists = ps.map((p, i) => (i < firstProse ? [] : entitiesOf(p)));
  const words = shape.words;
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

/**
 * A rights notice that closes a story: "© 2024 TechCrunch. All rights
 * reserved.", "Copyright 2024 Acme Media - Tous droits réservés". The year
 * and the rights words together, so a photo credit ("© Getty Images") is not
 * one.
 */
const RIGHTS_FOOTER = /^(?:©|\(c\)|copyright\b)[^.!?]{0,20}\b(?:19|20)\d{2}\b.{0,80}\b(?:all rights reserved|tous droits réservés|for personal use only)\b|^(?:all rights reserved|tous droits réservés)\b.{0,40}(?:19|20)\d{2}/iu;
/** Body paragraphs that must follow the notice: a second story, not a closing note. */
const MIN_BODY_AFTER_FOOTER = 2;

/**
 * A feed reader or a print replica: a story, its rights notice, then more
 * body text that is not a copy of what came before (a feed repeats its dek
 * under each notice). The first new paragraph after the last notice opens a
 * second story.
 */
function afterRightsFooter(doc: ArticleDoc, shape: Shape, flag: (i: number, message: string) => void): void {
  const ps = doc.paragraphs;
  let footer = -1;
  let proseBefore = false;
  const before = new Set<string>();
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    if (footer < 0) {
      if (shape.prose[i]) proseBefore = true;
      if (proseBefore && p.length <= 200 && RIGHTS_FOOTER.test(p)) footer = i;
      else before.add(p.trim());
      continue;
    }
    // Notices and copies of earlier paragraphs belong to the first item.
    if (p.length <= 200 && RIGHTS_FOOTER.test(p)) continue;
    if (before.has(p.trim())) continue;
    // The new story opens with a body paragraph (a related-links teaser under the notice is a phrase or two).
    if (!shape.body[i]) return;
    let bodies = 0;
    for (let k = i; k < ps.length && k < i + 8 && bodies < MIN_BODY_AFTER_FOOTER; k++) if (shape.body[k] || (shape.prose[k] && /[.!?]["'”’)]*$/u.test(tail(ps[k]!, 8)))) bodies++;
    if (bodies >= MIN_BODY_AFTER_FOOTER) flag(i, 'A second story starts after the first one’s copyright notice.');
    return;
  }
}

/** The archive heading (ARCHIVE_HEADER, read in page-kind.ts) sits at the very top. */
const ARCHIVE_HEADER_ZONE = 3;
/**
 * A post headline on an archive page: a few words, a capital, no full stop, exclamation or colon at its end (a post's
 * closing cheer, "Congrats to … the Day team!", 743, is its last sentence), and no bar between link labels (a post's
 * footer of links, "Leave a comment | Read comments", 726).
 */
const LINK_BAR = / \| /u;
/** A post headline runs up to fifteen words; under a footer of link labels, which closes a post, as long as any headline. */
const MAX_POST_HEADLINE_WORDS = 15;
const MAX_HEADLINE_AFTER_FOOTER_WORDS = 25;
function isPostHeadline(p: string, words: number, maxWords = MAX_POST_HEADLINE_WORDS): boolean {
  return words >= 4 && words <= maxWords && /^["'‘“\p{Lu}\p{N}]/u.test(p) && !/[.,;:!]["'”’)]*$/u.test(p) && !LINK_BAR.test(p) && !LIST_LEAD.test(p) && !CREDIT_LABEL.test(p) && !isFurnitureLine(p);
}
/** An excerpt's cut: a word, then an ellipsis closing the paragraph ("… his 130 days as a special government employee. ..."). */
const CUT_TEASER_END = /[\p{L}\p{N},.]\s?(?:\.\.\.|…)$/u;
/** A photo credit or source line ("Image Credits: Bright", "Source: Acme") has a headline's shape but is none. */
const CREDIT_LABEL = /\b(?:credits?|photo|image|picture|source|courtesy|crédits?)\s?:/iu;
const LIST_LEAD = /^(?:\d{1,2}[.)]|[-•*–—#])\s/u;

/**
 * A category or tag archive page: after its heading, the first post's
 * headline and body, then the next post's headline. The first headline-like
 * line after the first post's headline is reported when two paragraphs of
 * prose come between them (a digest's section headings come sooner).
 */
function archiveSecondPost(doc: ArticleDoc, shape: Shape, flag: (i: number, message: string) => void): void {
  const ps = doc.paragraphs;
  let header = -1;
  for (let i = 0; i < Math.min(ps.length, ARCHIVE_HEADER_ZONE); i++) if (ps[i]!.length <= 120 && ARCHIVE_HEADER.test(ps[i]!)) header = i;
  if (header < 0) return;
  let first = -1;
  let prose = 0;
  for (let i = header + 1; i < ps.length; i++) {
    const p = ps[i]!;
    if (first < 0) {
      if (isPostHeadline(p, shape.words[i]!)) first = i;
      continue;
    }
    // The next headline-like line decides: after two paragraphs of prose it heads the next post;
    // sooner, the page is a digest with section headings (one piece).
    // A teaser cut by an ellipsis just before ends the first post on its own: the page lists excerpts
    // (Blogger's "Showing posts with the label …"), and the next headline may be the page's last line.
    const afterCutTeaser = i > first + 1 && shape.prose[i - 1]! && CUT_TEASER_END.test(ps[i - 1]!);
    const afterFooter = LINK_BAR.test(ps[i - 1]!) && !shape.prose[i - 1];
    if (isPostHeadline(p, shape.words[i]!, afterFooter ? MAX_HEADLINE_AFTER_FOOTER_WORDS : MAX_POST_HEADLINE_WORDS) && (i + 1 < ps.length || afterCutTeaser)) {
      if (prose >= 2 || afterCutTeaser) flag(i, 'An archive page: a second post (its headline) follows the first one.');
      return;
    }
    if (shape.prose[i]) prose++;
  }
}

/**
 * A search or aggregator result's headline with its source, glued to the
 * first word of the result's text: "… values it at $1 billion – CNBCWhat
 * happened: …", "… raises €5m – TechCrunchThe startup …". An all-caps source
 * runs into a capitalised word of three letters or more (a plural acronym,
 * "FPGAs", is one word); a capitalised one into a sentence opener.
 */
const GLUED_RESULT = /^[^.!?\n]{20,200}? [–—|-] (?:\p{Lu}{2,}(?=\p{Lu}\p{Ll}{2})|(?:\p{Lu}\p{Ll}+ ){0,2}\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?=(?:The|This|What|Why|How|When|In|A|An|It|After|As|On|For|With|Le|La|Les|Un|Une|Ce|Cette|Dans|Après|Pour|Selon)\b))\p{Lu}\p{Ll}*(?: \p{Ll}+:)?/u;

/** After a complete item, a paragraph that opens with the next result's glued headline. */
function gluedSearchResult(doc: ArticleDoc, shape: Shape, out: Finding[]): void {
  const ps = doc.paragraphs;
  let bodySeen = false;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    if (bodySeen && p.length > 40) {
      const m = GLUED_RESULT.exec(p.slice(0, 320));
      if (m) {
        const start = doc.starts[i] ?? 0;
        out.push({ kind: 'merged-stories', start, end: start + m[0].length, message: 'A second search result (its headline and source, glued to its text) follows the first one.', fix: null });
      }
    }
    if (shape.body[i]) bodySeen = true;
  }
}

/**
 * A wire story's byline and dateline inside a paragraph (an OCR page or a
 * print replica run together): "… values. Bobo Holloman Wants Another Chance
 * By BILL FERGUSON • ATLANTA, (UP) —Bobo …". The byline in capitals, the
 * place in capitals, the agency: the next story starts at the headline
 * before them.
 */
const INLINE_BYLINE_DATELINE = /(?<= )By \p{Lu}{2,}(?: \p{Lu}\.?)?(?: \p{Lu}[\p{Lu}'’-]+){1,2}\s?[•·,—–-]?\s?\p{Lu}{3,}(?: \p{Lu}{3,})?,?\s?\((?:UP|UPI|AP|Reuters|AFP|INS|NEA|CP)\)\s?[—–-]/gu;
/** The same byline and dateline opening a paragraph: the headline is the line above. */
const LEADING_BYLINE_DATELINE = new RegExp(`^${INLINE_BYLINE_DATELINE.source.replace('(?<= )', '')}`, 'u');
/** Small words a Title Case headline holds in lower case. */
const HEADLINE_SMALL = /^(?:a|an|the|of|to|in|on|at|for|and|or|with|from|by|as|is|de|la|le|les|et|du|des|à)$/u;
/** A headline is a few words. */
const MAX_INLINE_HEADLINE_WORDS = 14;

/**
 * A wire credit without a writer's name after a headline inside a paragraph (an OCR front page read across its
 * columns): the agency's byline ("… arrived here Report Police Closed Churches in Italy … Weather Prevails By The
 * Associated Press The U. S. …", "Par l’AFP") or the dateline alone, its agency maybe misread by the OCR ("… Of
 * Investigation WASHINGTON If) — The …"). The agency names are the lexicon's, with the old wires' full names.
 */
const OLD_WIRES = ['United Press', 'United Press International', 'International News Service'];
const INLINE_WIRE_CREDIT = new RegExp(String.raw`(?<= )(?:(?:By|Par) (?:[Tt]he |l['’])?(?:${alternation([...WIRE_AGENCIES, ...OLD_WIRES])})(?= \p{Lu})|\p{Lu}{3,}(?: \p{Lu}{3,})?,? ?(?:\((?:UP|UPI|AP|Reuters|AFP|INS|NEA|CP)\)|[\p{L}\d]{1,3}\))\s?[—–-])`, 'gu');
/** A headline over a wire credit alone is a full one: four words at least, and no byline among them. */
const MIN_CREDITED_HEADLINE_WORDS = 4;

/**
 * Where the headline before index `at` of p starts: its words walked back (capitalised, figures, or small words between
 * them), small words before its first capital left to the text before. Null when no headline of `min` words is there.
 */
function headlineBefore(p: string, at: number, min: number): number | null {
  const words = p.slice(Math.max(0, at - 200), at).trimEnd().split(' ');
  let taken = 0;
  let chars = 0;
  for (let w = words.length - 1; w >= 0 && taken < MAX_INLINE_HEADLINE_WORDS; w--) {
    const word = words[w]!;
    if (!/^[\p{Lu}\d][\p{L}\p{N}'’-]*$/u.test(word) && !HEADLINE_SMALL.test(word)) break;
    taken++;
    chars += word.length + 1;
  }
  let from = at - chars;
  while (from < at && !/\p{Lu}/u.test(p[from]!)) from++;
  return wordCount(p.slice(from, at).trim()) >= min ? from : null;
}

/** A headline word in capitals (a banner, a byline's name) or the byline's "By": the credit after it is not a headline's. */
const NOT_CREDITED_HEADLINE_WORD = /^(?:\p{Lu}{2,}|By|BY|Par|PAR)$/u;

function inlineHeadlineByline(doc: ArticleDoc, shape: Shape, out: Finding[]): void {
  const ps = doc.paragraphs;
  let textBefore = false;
  const push = (i: number, from: number, end: number, message: string): void => {
    const p = ps[i]!;
    const start = (doc.starts[i] ?? 0) + from;
    // The headline-and-byline rule may have taken the whole paragraph: this finding says where the story starts.
    const whole = out.findIndex((f) => f.start === (doc.starts[i] ?? 0) && f.end === (doc.starts[i] ?? 0) + p.length);
    if (whole >= 0) out.splice(whole, 1);
    out.push({ kind: 'merged-stories', start, end: (doc.starts[i] ?? 0) + end, message, fix: null });
  };
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    // On its own line under a headline line: "Bobo Holloman Wants Another Chance" / "By BILL FERGUSON • ATLANTA, (UP) — …".
    const lead = textBefore && i > 0 && p.startsWith('By ') ? LEADING_BYLINE_DATELINE.exec(p) : null;
    const above = shape.words[i - 1] ?? 0;
    const taken: Array<[number, number]> = [];
    if (lead && above >= 3 && above <= 25 && !/[.!?]["'”’)]*$/u.test(ps[i - 1]!) && !shape.body[i - 1]) {
      out.push({ kind: 'merged-stories', start: doc.starts[i - 1] ?? 0, end: (doc.starts[i] ?? 0) + lead[0].length, message: 'A second story’s headline, byline and dateline start here.', fix: null });
    } else if (p.includes('By ') && p.includes('(')) {
      INLINE_BYLINE_DATELINE.lastIndex = 0;
      for (const m of p.matchAll(INLINE_BYLINE_DATELINE)) {
        taken.push([m.index!, m.index! + m[0].length]);
        const from = headlineBefore(p, m.index!, 3);
        if (from === null || (from === 0 && !textBefore)) continue;
        push(i, from, m.index! + m[0].length, 'A second story’s headline, byline and dateline run into the text here.');
      }
    }
    for (const m of p.matchAll(INLINE_WIRE_CREDIT)) {
      if (taken.some(([a, b]) => m.index! >= a && m.index! < b)) continue;
      const from = headlineBefore(p, m.index!, MIN_CREDITED_HEADLINE_WORDS);
      // Text of this story before the headline, in this paragraph: a headline opening a paragraph is the page's own.
      if (from === null || from === 0) continue;
      if (p.slice(from, m.index!).trim().split(' ').some((w) => NOT_CREDITED_HEADLINE_WORD.test(w))) continue;
      push(i, from, m.index! + m[0].length, 'A second story’s headline and wire credit run into the text here.');
    }
    if (shape.prose[i]) textBefore = true;
  }
}

/** A section label or kicker: one to three capitalised words ("TIME Innovation", "Tech Briefing"). */
const KICKER = /^\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*){0,2}$/u;
/**
 * A story's lede is a statement; a line that ends on a colon introduces a list, the page's own promo or menu
 * ("Try Our Tools / See what our assistant can do for you:", "Services / Voici ce que nous proposons :"): a label over
 * it is the page's furniture, not a second post's kicker.
 */
const LEDE_INTRODUCES_LIST = /:\s*$/u;
/** Body paragraphs of the first story before its subject can be read as closed (storyAfterClosedItem). */
const MIN_BODY_BEFORE_NEXT_STORY = 3;

/**
 * The close of an item on a listing or tag page: its teaser with the "read more" link glued to its end, with or without
 * a space, after a cut or a finished sentence ("… hold sway over people. At present, more than half … Read more", "…
 * were all inContinue Reading", "… la mairie… Lire la suite"). The link closes the item: what follows is the next one.
 */
const ITEM_CLOSED_BY_LINK = new RegExp(String.raw`(?:[\p{L}\p{N},.!?"”’)\]]|…)\s?\[?(?:${READ_MORE_AS_WRITTEN})\]?\s*$`, 'u');
/**
 * The link as the template prints it on a teaser: after the cut's ellipsis ("… actively … Read more", "… qui […] Lire
 * l’article"), or glued to the last
 * word with no space ("… were all inContinue Reading"). A writer's "Read more" after a finished sentence is not one.
 */
const LINK_ON_CUT_TEASER = new RegExp(String.raw`(?:…|\.\.\.)[\])]?\s?\[?(?:${READ_MORE_AS_WRITTEN})\]?\s*$|\p{Ll}(?:${READ_MORE_AS_WRITTEN})\s*$`, 'u');
/** A paragraph that ends its sentence (a full stop, "!" or "?", maybe inside a closing quote or bracket). */
const SENTENCE_CLOSED = /[.!?]["'”’»)\]]*$/u;
/** A listing item's teaser is a paragraph or two under its headline; a longer item above a link is an article's body. */
const MAX_ITEM_PROSE = 2;
/** A teaser cut by the template's ellipsis ("… the royal families are actively …", "… plus de…", "… le PIB (…)"). */
const ITEM_CUT_BY_ELLIPSIS = /(?:[\p{L}\p{N},;]\s?(?:…|\.\.\.)|\p{L}\s[[(](?:…|\.\.\.)[\])])["'”’»)]*$/u;
/** A bullet the listing template prints before each item's headline ("• Study finds …"). */
const ITEM_BULLET = /^[•·▪●◦‣*]\s+/u;
/**
 * A lede that opens on a personal or possessive pronoun speaks of someone named above it: a section of the story above,
 * not a new one (a new story names its subject). EN and FR, a closed class.
 */
const ANAPHORIC_OPENER = /^(?:It|Its|He|She|They|Their|His|Her|Il|Elle|Ils|Elles|Son|Sa|Ses|Leur|Leurs)\b/u;

/** A story's headline on a listing: four to twenty-five words, a capital or a figure first, no sentence punctuation at its end. */
function isItemHeadline(p: string, words: number): boolean {
  return words >= 4 && words <= 25 && p.length <= 220 && /^["'‘“«\p{Lu}\p{N}]/u.test(p) && !/[.!:;,]["'”’»)]*$/u.test(p)
    && !/^(?:By|Par) /u.test(p) && !LIST_LEAD.test(p) && !CREDIT_LABEL.test(p) && !isFurnitureLine(p);
}

/**
 * The next item of a listing, tag or section page after the one the text opened with: the item above is closed, then
 * another story's headline (maybe under a section kicker, maybe printed twice: its link and its title), then its own lede.
 * What closes the item above, by structure:
 * - its "read more" link glued to the teaser's end (ITEM_CLOSED_BY_LINK): the link ends an item, whatever comes next;
 * - its teaser cut by the template's ellipsis, when the item below is cut the same way (two parallel cut teasers);
 * - its subject, under a section kicker: a complete story (three body paragraphs) whose most named name (three times or
 *   more) is never named again from the kicker on, while the new lede names someone the story above never did.
 * A subhead of the story is followed by its own section: it names the story's subject again further down, or its lede
 * opens on a pronoun for someone named above (ANAPHORIC_OPENER), or it introduces a list (a colon). A digest says so at
 * its top and is one piece. The headline is reported; its kicker is the story's metadata (CONVENTIONS.md §listings).
 */
function storyAfterClosedItem(doc: ArticleDoc, shape: Shape, flag: (i: number, message: string) => void): void {
  const ps = doc.paragraphs;
  if (opensAsDigest(ps)) return;
  let bodies = 0;
  let subjectTries = 0;
  let itemProse = 0;
  const counts = new Map<string, number>();
  for (let i = 1; i + 1 < ps.length; i++) {
    const prev = ps[i - 1]!;
    if (shape.body[i - 1]) {
      bodies++;
      for (const e of entitiesOf(prev)) counts.set(e, (counts.get(e) ?? 0) + 1);
    }
    // Prose paragraphs of the item above since its headline (a headline-shaped line starts an item).
    if (shape.prose[i - 1]) itemProse++;
    else if (isItemHeadline(prev.trim().replace(ITEM_BULLET, ''), shape.words[i - 1]!)) itemProse = 0;
    if (!shape.prose[i - 1]) continue;
    const end = tail(prev, 60);
    // The link closes a teaser: printed on its cut or glued to it, or under an item of a paragraph or two.
    const byLink = ITEM_CLOSED_BY_LINK.test(end) && (itemProse <= MAX_ITEM_PROSE || LINK_ON_CUT_TEASER.test(end));
    const byCut = !byLink && ITEM_CUT_BY_ELLIPSIS.test(end);
    const bySubject = !byLink && !byCut && bodies >= MIN_BODY_BEFORE_NEXT_STORY && shape.body[i - 1]! && /[.!?]["'”’)]*$/u.test(end);
    if (!byLink && !byCut && !bySubject) continue;
    // The headline, maybe under a section kicker of one to three capitalised words.
    let h = i;
    if (shape.words[i]! <= 3 && KICKER.test(ps[i]!.trim()) && !isFurnitureLine(ps[i]!) && i + 2 < ps.length) h = i + 1;
    const head = ps[h]!.trim().replace(ITEM_BULLET, '');
    if (!isItemHeadline(head, wordCount(head))) continue;
    // Its lede, under the headline printed a second time if the template prints its link and its title.
    let t = h + 1;
    if (t < ps.length && ps[t]!.trim() === ps[h]!.trim()) t++;
    if (t >= ps.length || !shape.prose[t]) continue;
    const lede = ps[t]!.trim();
    // A story's headline retells its lede (a content word in common); a related link's headline above the article's next
    // paragraph does not. A section kicker over the headline marks a post already ("Five Best Ideas of the Day" over its
    // first idea).
    if (ANAPHORIC_OPENER.test(lede) || LEDE_INTRODUCES_LIST.test(tail(lede, 8)) || (h === i && !headlineRetells(head, lede))) continue;
    // A cut closes an item only when the next one is cut the same way, or is the text's last and stops where the excerpt
    // stopped, with no mark at all: a writer's trailing "..." over a subhead and a last paragraph that ends its sentence is
    // one article's close (review F5).
    const ledeEnd = tail(lede, 12);
    if (byCut && !ITEM_CUT_BY_ELLIPSIS.test(ledeEnd) && (t < ps.length - 1 || SENTENCE_CLOSED.test(ledeEnd))) continue;
    // A writer's "Read more" after a finished sentence is an inline related link as often as a teaser's: what stands under
    // it is another item only when that item closes the same way, by a link or a cut (review F6: an article's related
    // headline over its own next paragraph).
    if (byLink && !LINK_ON_CUT_TEASER.test(end) && !ITEM_CLOSED_BY_LINK.test(tail(lede, 60)) && !ITEM_CUT_BY_ELLIPSIS.test(ledeEnd)) continue;
    if (bySubject) {
      // Without a link or a cut to close the item above, a section kicker must stand over the headline: a long subhead
      // over a last section on another name is an article's own (five such flags on the 130 Readability pages).
      if (h === i) continue;
      // Each try scans the rest of the text for the subject: a bounded number of tries keeps the reader linear.
      if (++subjectTries > MAX_CANDIDATES) continue;
      let subject = '';
      let most = 0;
      for (const [e, n] of counts) if (n > most) { subject = e; most = n; }
      if (most < MIN_SUBJECT_MENTIONS) continue;
      let again = false;
      for (let k = h; k < ps.length && !again; k++) again = ps[k]!.includes(subject);
      if (again || !entitiesOf(`${head}. ${lede.slice(0, 400)}`).some((e) => !counts.has(e))) continue;
    }
    // The excerpt is the second story's headline (CONVENTIONS.md §listings): its kicker or section label over it is the
    // story's metadata, outside the excerpt ('TIME Innovation' over 'Five Best Ideas of the Day: August 4', 145).
    flag(h, byLink ? 'Another story (its headline and lede) follows the first one’s teaser and “Read more” link (a listing page).'
      : byCut ? 'Another story (its headline and cut teaser) follows the first one’s cut teaser (a listing page).'
        : 'A second story (its headline and lede, on another subject) follows the end of the first one.');
    if (bySubject) return;
  }
}

/**
 * A headline in Title Case, every word of four letters or more capitalised ("Beer Guys Sue Two Giants", "Oldfield Partners
 * LLP Sells 53900 Shares of Barrick Gold Corp"), three such words at least: a news headline's style. An article's subhead
 * is in sentence case as often; in Title Case it is still told apart by what follows (titleCaseStoryAfterStory).
 */
function isTitleCaseHeadline(p: string): boolean {
  const long = p.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  return long.length >= 3 && long.every((w) => /^\p{Lu}/u.test(w));
}
/**
 * The headline and its lede name one new subject: a word of the headline (four letters or more) that the lede writes with
 * a capital, as a name ("Barrick" in "… reported by Barrick Gold Corporation", "AVRICORE HEALTH INC."), and that the text
 * above never writes at all. A how-to's Title Case subhead ("Make a List of Everything You Own") is told in common words
 * its section writes in lower case. Reads the lede's first 400 characters.
 */
function namesNewSubject(head: string, lede: string, above: string): boolean {
  const capitalised = new Set<string>();
  for (const m of lede.slice(0, 400).matchAll(/\p{Lu}[\p{L}'’-]{3,}/gu)) capitalised.add(m[0].toLowerCase());
  const aboveLower = above.toLowerCase();
  for (const m of head.matchAll(/\p{L}[\p{L}'’-]{3,}/gu)) {
    const w = m[0].toLowerCase();
    if (capitalised.has(w) && !aboveLower.includes(w)) return true;
  }
  return false;
}
/** A date line under a headline ("Friday, July 10, 2020 - 9:39pm", "June 3, 2011"): a few words with a figure. */
const MAX_DATE_UNDER_HEADLINE_WORDS = 8;

/**
 * A second story run on after a complete first one, under its own Title Case headline and nothing else (a mirror's page
 * or a press-release feed: wobko 690, jotup 718): the first story told in three body
 * paragraphs or more, ended on a finished sentence; then the headline (maybe its date line under it), then a lede that
 * retells the headline. What tells it from the article's own subhead: the first story's most named name (three times or
 * more) is never named again from the headline on, and the headline and lede share a name the text above never writes
 * (namesNewSubject); a subhead's section, or a later one, names the story's subject again, and a how-to's Title Case subheads
 * name no one (two lifehacker pages of the Readability set, "Make a List of Everything You Own …"). Only the first such headline is reported: the
 * subject test speaks for the story above it. A date line under the headline ("Friday, July 10, 2020 - 9:39pm") is the
 * second story's metadata.
 */
function titleCaseStoryAfterStory(doc: ArticleDoc, shape: Shape, flag: (i: number, message: string) => void): void {
  const ps = doc.paragraphs;
  if (opensAsDigest(ps)) return;
  let bodies = 0;
  let tries = 0;
  const counts = new Map<string, number>();
  for (let i = 1; i + 1 < ps.length; i++) {
    if (shape.body[i - 1]) {
      bodies++;
      for (const e of entitiesOf(ps[i - 1]!)) counts.set(e, (counts.get(e) ?? 0) + 1);
    }
    if (bodies < MIN_BODY_BEFORE_NEXT_STORY || !shape.prose[i - 1] || !SENTENCE_CLOSED.test(tail(ps[i - 1]!.trimEnd(), 8))) continue;
    const head = ps[i]!.trim();
    if (!isItemHeadline(head, shape.words[i]!) || !isTitleCaseHeadline(head)) continue;
    let t = i + 1;
    if (t + 1 < ps.length && shape.words[t]! <= MAX_DATE_UNDER_HEADLINE_WORDS && /\d/u.test(ps[t]!) && !SENTENCE_CLOSED.test(ps[t]!.trimEnd())) t++;
    if (!shape.prose[t]) continue;
    const lede = ps[t]!.trim();
    if (ANAPHORIC_OPENER.test(lede) || !headlineRetells(head, lede)) continue;
    if (++tries > MAX_CANDIDATES) return;
    let subject = '';
    let most = 0;
    for (const [e, n] of counts) if (n > most) { subject = e; most = n; }
    if (most < MIN_SUBJECT_MENTIONS) continue;
    let again = false;
    for (let k = i; k < ps.length && !again; k++) again = ps[k]!.includes(subject);
    if (again || !namesNewSubject(head, lede, doc.text.slice(0, doc.starts[i] ?? 0))) continue;
    flag(i, 'A second story (its Title Case headline and lede, on another subject) follows the end of the first one.');
    return;
  }
}

/**
 * A listing page cut off after its next item's headline: the text's very last line is another story's headline, with
 * nothing under it ("… the end of the story." / "Rival to buy data startup Acme for $2 billion"). Read by position and line
 * shape, not by words: the last line of the text is headline-shaped (line-shape.ts's link-title: a clause of four words
 * or more with no end punctuation), written in sentence case (a Title Case line at the end is a teaser block's or a
 * subhead's), right under a paragraph of prose (a related-links list sits under its label or other link lines), and it
 * names someone or something the text above never names (a name inside it, INNER_NAME: its own subhead or recap names the
 * story's subject). What
 * keeps the site's own lines out: a line that addresses the reader ("Start your subscription", "your account", "vos
 * articles") is the site speaking, a label with a colon introduces something, a question is a prompt or a FAQ entry, a
 * line of sentences or one describing a person ("Jane Roe is a reporter …") is a contributor's note, and furniture lines
 * are boilerplate's.
 */
const MIN_TRAILING_HEADLINE_WORDS = 4;
const MAX_TRAILING_HEADLINE_WORDS = 20;
/** The story above: this many prose lines at least. */
const MIN_PROSE_ABOVE = 2;
/** The reader addressed: second-person and first-person plural words, EN and FR (the site speaking to its reader). */
const ADDRESSES_READER = /(?<![\p{L}])(?:you|your|yours|our|us|vous|votre|vos|nos|notre)(?![\p{L}])/iu;
/**
 * A name inside the headline: a capitalised word after its first word, in lower case after its capital (a sentence-case
 * headline capitalises only its first word and its names; an acronym such as "R&D" or "CEO" is as often a common noun).
 */
const INNER_NAME = /(?<=[\p{L}\p{N},;'’"”)] )\p{Lu}\p{Ll}{2,}/gu;
/** A sentence closed inside the line: a note or a bio of sentences, not a headline. */
const TRAILING_INNER_SENTENCE = /[.!?]["'”’)]*\s+\p{Lu}/u;
/**
 * A name, a copula and an article opening the line: a contributor's note describing its writer ("Jane Roe is a reporter
 * in Lyon", "Ana Ruiz es politóloga", "Marc Dupont est un ancien banquier"), in any of the languages read, not a headline.
 */
const DESCRIBES_PERSON = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3} (?:is|was|es|est|ist|é) (?:a|an|the|un|une|una|el|la|le|ein|eine|um|uma)(?![\p{L}])/u;
/** The possessive's tail, left off a name before it is looked for ("Uptown's" → "Uptown"). */
const POSSESSIVE_TAIL = /['’]s$/u;

function isSentenceCase(line: string): boolean {
  const long = line.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  return long.filter((w) => /^\p{Lu}/u.test(w)).length * 3 < long.length * 2;
}

/** A line shaped as a headline that is not one: a question, a label with its colon, words to the reader, a sentence inside, a person described. */
function refusedAsTrailingHeadline(line: string): boolean {
  return /[?:]/u.test(line) || ADDRESSES_READER.test(line) || TRAILING_INNER_SENTENCE.test(line) || DESCRIBES_PERSON.test(line);
}

/** Whether `line` (paragraph `at`) names what the text above it never names: another story's subject. */
function namesWhatTextAboveNever(doc: ArticleDoc, line: string, at: number): boolean {
  const textAbove = doc.text.slice(0, doc.starts[at] ?? 0);
  const names = [...line.matchAll(INNER_NAME)].map((m) => m[0].replace(POSSESSIVE_TAIL, ''));
  return names.length > 0 && !names.some((n) => textAbove.includes(n));
}

function trailingHeadline(doc: ArticleDoc, flag: (i: number, message: string) => void): void {
  const ps = doc.paragraphs;
  let last = ps.length - 1;
  while (last >= 0 && !ps[last]!.trim()) last--;
  if (last < 1) return;
  const line = ps[last]!.trim();
  if (line.includes('\n') || lineShapeOf(line) !== 'link-title' || isFurnitureLine(line)) return;
  const words = wordCount(line);
  if (words < MIN_TRAILING_HEADLINE_WORDS || words > MAX_TRAILING_HEADLINE_WORDS || !isSentenceCase(line)) return;
  if (refusedAsTrailingHeadline(line)) return;
  // Right under prose: the last line of the paragraph above is a sentence or a teaser (a list's link line is not).
  const above = ps[last - 1]!.trim();
  const aboveLine = above.slice(above.lastIndexOf('\n') + 1);
  if (lineShapeOf(aboveLine) !== 'prose' || isFurnitureLine(aboveLine)) return;
  let prose = 0;
  for (let k = 0; k < last && prose < MIN_PROSE_ABOVE; k++) if (lineShapeOf(ps[k]!) === 'prose') prose++;
  if (prose < MIN_PROSE_ABOVE) return;
  if (!namesWhatTextAboveNever(doc, line, last)) return;
  flag(last, 'The text ends on another story’s headline, with nothing under it (a listing page cut off after its next item).');
}

/**
 * The next story's teaser run on after the article: the text ends on a headline and, under it, that story's opening cut by
 * the listing ("… commandent 27 tramways Citadis supplémentaires au Francilien Alstom" / "Alstom …, va fournir … 27 rames
 * Citadis de nouvelle génération qui renforceront le...", FirstEco 847; Le Figaro's edition page 552 ends the same way). The
 * teaser's cut mark is what trailingHeadline lacks, so a Title Case headline is read too (French names capitalise most
 * of it). Kept out as there: a furniture line, a question or a label with its colon, a line of sentences; and the headline
 * names something the text above never names (INNER_NAME), so an article's own subhead over its cut last paragraph stays.
 */
const TEASER_CUT_END = /(?:\.{3}|…)$/u;
const MIN_TRAILING_TEASER_WORDS = 8;
const MAX_TRAILING_TEASER_HEADLINE_WORDS = 30;
/** A story's worth of prose above the headline: a short brief counts (847's item is one paragraph of 72 words). */
const MIN_ARTICLE_WORDS_ABOVE_TEASER = 40;

function trailingTeaser(doc: ArticleDoc, flag: (i: number, message: string) => void): void {
  const ps = doc.paragraphs;
  const last = ps.length - 1;
  if (last < 2) return;
  const teaser = ps[last]!.trim();
  const head = ps[last - 1]!.trim();
  if (teaser.includes('\n') || head.includes('\n') || !TEASER_CUT_END.test(teaser) || wordCount(teaser) < MIN_TRAILING_TEASER_WORDS) return;
  const headShape = lineShapeOf(head);
  if (headShape !== 'link-title' && !(headShape === 'prose' && !/[.!?:;,…]["'”’)]*$/u.test(head))) return;
  const words = wordCount(head);
  if (words < MIN_TRAILING_HEADLINE_WORDS || words > MAX_TRAILING_TEASER_HEADLINE_WORDS || isFurnitureLine(head)) return;
  if (refusedAsTrailingHeadline(head)) return;
  // Right under the article's last paragraph, with a whole story above it (one long paragraph may be all of it: 847).
  if (lineShapeOf(ps[last - 2]!) !== 'prose' || isFurnitureLine(ps[last - 2]!)) return;
  let proseWords = 0;
  for (let k = 0; k < last - 1; k++) if (lineShapeOf(ps[k]!) === 'prose') proseWords += wordCount(ps[k]!);
  if (proseWords < MIN_ARTICLE_WORDS_ABOVE_TEASER) return;
  if (!namesWhatTextAboveNever(doc, head, last - 1)) return;
  flag(last - 1, 'The text ends on another story’s headline and its cut teaser (the next story run on after this one).');
}
