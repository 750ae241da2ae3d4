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
import { REPORTING_VERBS, tail, wordCount } from './context';
import { endsWithCredit } from './captions';
import { lineRules } from './lexicon';
import { isTickerLine } from './ui-labels';

/** An insert is short: a quote and a name, not an article section. */
const MAX_INSERT_PARAGRAPHS = 3;
const MAX_INSERT_WORDS = 70;
/** A label left in the insert ("Advertisement", "Story continues below") is a few words, never a sentence of prose. */
const MAX_LABEL_WORDS = 8;

/** Ends mid-sentence: on a letter, digit or comma, not on terminal punctuation or a colon. */
const CUT_END = /[\p{L}\p{N},]$/u;
/** The cut word at a CUT_END: every line CUT_END accepts ends on one (its last character is in this class too). */
const CUT_WORD = /[\p{L}\p{N}'’,-]+$/u;
/** A pull-quote ends on its closing quotation mark (or a trimming ellipsis). */
const QUOTE_END = /[.!?,…]\s?["”’»]$|(?:\.\.\.|…)\s?["”’»]$/u;
/** A line that is one quotation from mark to mark, punctuated or not: "« Nous voulons … »", "“Build it here”". */
const WHOLLY_QUOTED = /^["“«‘]\s?[^"“”«»\n]{3,400}\s?["”»’]$/u;
/** The continuation starts in lower case ("firm said in a report…"). */
const LOWER_START = /^\p{Ll}/u;

/**
 * An attribution line left alone: a name (optionally after a role) and
 * maybe a comma. "Charles Jacobs,", "News industry analyst Ken Doctor".
 */
const ORPHAN_ATTRIBUTION = /^(?:[\p{L}'’.-]+ ){0,4}\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2},?$|^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2},$/u;

/**
 * The attribution a pull-quote box prints under its quote, after a dash:
 * "— Jane Doe, chief executive of Acme", "– Marie Curie, fondatrice". A name
 * of two or three capitalised words, then maybe a comma and a short title.
 */
const DASH_ATTRIBUTION = /^[—–-]\s?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}(?:,\s[^.!?\n]{2,80})?$/u;

/**
 * A pull-quote box read as one line: the quote, then its dash attribution ("“We have never seen demand like this.”
 * — Jane Doe, chief executive", "« Nous n’avons jamais vu ça » — Jean Dupont, fondateur").
 */
const QUOTE_WITH_ATTRIBUTION = /^["“«‘]\s?[^"“”«»\n]{3,300}\s?["”»’]\s?[—–]\s?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}(?:,\s[^.!?\n]{2,80})?$/u;

/**
 * A print "big number" call-out: a figure and its capitalised label, no sentence ("31 Points fall of the FTSE
 * 100 Index", "£2.1bn Value of the deal", "40% Share of sales online", "5 M€ Levés par Robotix"). Read only
 * between the two halves of a cut sentence; the capital keeps hard-wrapped prose ("200 engineers and …") out,
 * and a year is a heading's date ("2021 Planning underway"), not a figure.
 */
const BIG_NUMBER = /^(?!(?:19|20)\d\d\s)[£$€]?\d{1,6}(?:[.,]\d{1,3})?\s?(?:%|bn|m|k|M€|Md€|per ?cent|million|billion|milliards?)?\s\p{Lu}[\p{L}'’-]*(?: [\p{L}\p{N}'’&-]+){0,10}$/u;

export function isOrphanAttribution(p: string): boolean {
  return (wordCount(p) <= 7 && ORPHAN_ATTRIBUTION.test(p) && !/\b(?:said|says|told|added)\b/.test(p)) || isDashAttribution(p);
}

function isDashAttribution(p: string): boolean {
  return p.length <= 120 && DASH_ATTRIBUTION.test(p) && !/\b(?:said|says|told|added|a déclaré|dit)\b|@|\d{4}/u.test(p);
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Sentences are matched on their first words: a pull-quote trims or reworks the rest. */
const OPENING_WORDS = 6;

function openingKey(s: string): string | null {
  // The first eight words are all it reads: a long sentence is not lower-cased and split whole.
  const words: string[] = [];
  OPENING_WORD.lastIndex = 0;
  for (let m = OPENING_WORD.exec(s); m !== null && words.length < OPENING_WORDS + 2; m = OPENING_WORD.exec(s)) words.push(m[0].toLowerCase());
  if (words.length < OPENING_WORDS + 2) return null;
  return words.slice(0, OPENING_WORDS).join(' ');
}
const OPENING_WORD = /[\p{L}\p{N}]+/gu;

/** Sentence openings in a paragraph: its start and after each sentence end (cheap split, no offsets needed). */
function sentenceOpenings(p: string): string[] {
  return p.split(/(?<=[.!?]["'”’)]*)\s+(?=["'“‘]?\p{Lu})/u);
}

/**
 * An unquoted pull-quote is a sentence of the body printed again in a box:
 * one full sentence of 6 to 45 words whose opening comes back elsewhere in
 * the text. Each test reads the whole text once, so a document gets a few
 * (hard-wrapped print text has a cut line before a lower-case one on every
 * line).
 */
const MAX_ECHO_CHECKS = 16;
const ECHO_KEY_LENGTH = 50;
function repeatedInText(doc: ArticleDoc, i: number): boolean {
  const p = doc.paragraphs[i]!;
  const words = wordCount(p);
  if (words < 6 || words > MAX_ECHO_WORDS || !/[.!?…]["”’»]?$/u.test(p) || !/^\p{Lu}/u.test(p)) return false;
  const key = p.slice(0, Math.min(ECHO_KEY_LENGTH, p.length - 1));
  const own = doc.starts[i] ?? 0;
  const first = doc.text.indexOf(key);
  return first >= 0 && (first !== own || doc.text.indexOf(key, own + 1) >= 0);
}

/**
 * A comment's or a card's time line (the lexicon's 'source-age'): in French it starts in lower case ("il y a 5 heures"),
 * and under a name it is no resumed sentence.
 */
const RELATIVE_TIME_LINE = lineRules(['source-age'])[0]!.re;

/**
 * Hard-wrapped text (a release kept at its e-mail line length, a print page read line by line): many lines stop mid-sentence
 * and the next goes on in lower case ("… in two editorial" / "offices, Reuters and dpa-AFX\", said …"). There a line break
 * inside a sentence is the wrap, and a quoted line between two such halves is the text itself, not a box spliced in (two
 * false alarms so, a hard-wrapped OTS release and a USA Today print page). Splices in web text and in print pages read by
 * column keep their lines whole around the box (the joins there are a few).
 * Read around each candidate, not for the whole text (review B7: a global switch lost any real box anywhere in a
 * hard-wrapped text): a candidate is the wrap's when the lines around its span (WRAP_REACH lines either side, and the span's
 * own breaks but not the resumption the candidate is about) hold MIN_LOCAL_WRAP_JOINS wrap joins or more.
 */
const WRAP_JOIN_END = /[\p{Ll},]$/u;

function isWrapJoin(ps: readonly string[], k: number): boolean {
  return WRAP_JOIN_END.test(ps[k]!) && LOWER_START.test(ps[k + 1] ?? '');
}

const WRAP_REACH = 4;
const MIN_LOCAL_WRAP_JOINS = 3;

/** Whether the text around the span from the cut line `i` through its `n` inserted lines is hard-wrapped (see above). */
function wrappedSpan(ps: readonly string[], i: number, n: number): boolean {
  let joins = 0;
  const last = Math.min(ps.length - 2, i + n + WRAP_REACH);
  for (let k = Math.max(0, i - WRAP_REACH); k <= last; k++) if (k !== i + n && isWrapJoin(ps, k)) joins++;
  return joins >= MIN_LOCAL_WRAP_JOINS;
}

export function findBrokenPullQuotes(doc: ArticleDoc): Finding[] {
  const out: Finding[] = [];
  const ps = doc.paragraphs;
  const used = new Set<number>();
  let echoChecks = MAX_ECHO_CHECKS;
  for (let i = 0; i + 2 < ps.length; i++) {
    const before = ps[i]!;
    if (!CUT_END.test(tail(before)) || wordCount(before) < 8) continue;
    for (let n = 1; n <= MAX_INSERT_PARAGRAPHS && i + n + 1 < ps.length; n++) {
      const insert = ps.slice(i + 1, i + 1 + n);
      const after = ps[i + 1 + n]!;
      if (insert.reduce((s, p) => s + wordCount(p), 0) > MAX_INSERT_WORDS) break;
      if (!LOWER_START.test(after)) continue;
      // Hard-wrapped text: a line break inside the span falls inside the sentence, so the quote line is the text's own.
      if (wrappedSpan(ps, i, n)) continue;
      // The insert must look like a quote or an attribution, not like continued prose.
      const quoteLike = (p: string): boolean => isOrphanAttribution(p) || QUOTE_END.test(tail(p)) || WHOLLY_QUOTED.test(p) || QUOTE_WITH_ATTRIBUTION.test(p) || BIG_NUMBER.test(p) || (n === 1 && echoChecks-- > 0 && repeatedInText(doc, i + 1));
      if (!insert.some(quoteLike)) continue;
      // A ticker line (a stock page's quote link, kept as a line) between the halves is a link split, not a box.
      if (insert.some(isTickerLine)) continue;
      // A call-out box is the figure and a label: any longer line with it is prose (a list, a blog's notes).
      if (insert.some((p) => BIG_NUMBER.test(p)) && !insert.some((p) => !BIG_NUMBER.test(p) && quoteLike(p)) && insert.some((p) => !BIG_NUMBER.test(p) && wordCount(p) > MAX_LABEL_WORDS)) continue;
      // A call-out's label may run onto a second line ("31 Points fall of the FTSE 100 Index" / "in London last night"):
      // a short unpunctuated line before the real continuation belongs to the box.
      if (BIG_NUMBER.test(insert[insert.length - 1]!) && wordCount(after) <= MAX_LABEL_WORDS && !/[.!?:;]["”’]?$/u.test(after) && LOWER_START.test(ps[i + 2 + n] ?? '')) continue;
      // A box holds a quote, its name and maybe a label: a full unquoted sentence of prose is the body itself.
      if (insert.some((p) => !quoteLike(p) && wordCount(p) > MAX_LABEL_WORDS && /[.!?]$/u.test(p))) continue;
      if (wordCount(after) < 4 || RELATIVE_TIME_LINE.test(after)) continue;
      // CUT_END guarantees a last word (see CUT_WORD); if the patterns ever disagree, no finding (never a throw).
      const cutWord = CUT_WORD.exec(tail(before))?.[0];
      if (cutWord === undefined) break;
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
  findCreditBoxSplits(doc, used, out);
  findRepeatedQuotes(doc, used, out);
  findEchoedSentences(doc, used, out);
  findShortcodeQuotes(doc, used, out);
  findAttributedQuotes(doc, used, out);
  findTitledAttributionQuotes(doc, used, out);
  findUnclosedQuoteLines(doc, used, out);
  return dropCreditedCaptions(doc, out).sort((a, b) => a.start - b.start);
}

/**
 * A box's credit line: a labelled credit ("Map: Jane Doe/Staff", "Sources: Houston Municipal Courts; U.S. Census",
 * "Graphic: …", "Infographie : …", "Crédit photo : …") or a print photo credit ("Jon Shapley/Staff photographer",
 * "Jane Doe/Getty Images", "Jean Dupont/AFP").
 */
const CREDIT_LINE = /^(?:[Mm]aps?|[Gg]raphics?|[Cc]harts?|[Pp]hotos?|[Pp]hotograph|[Ii]llustration|[Ii]mages?|[Pp]ictures?|[Ss]ources?|[Cc]redits?|[Cc]artes?|[Ii]nfographie|[Gg]raphiques?|[Cc]rédits?(?: photo)?|PHOTO|SOURCE)\s?:\s?\S.{0,100}$|^\p{Lu}[\p{L}.'’ -]{1,40}\/(?:[Ss]taff(?: [Pp]hotographer| [Ii]llustration| [Gg]raphic| [Aa]rtist)?|Getty Images|AP|AFP|Reuters|Bloomberg|Contributor|Correspondent|Handout|[Ff]or the [\p{L} ]{3,40})$/u;
/** A print box (a map, a chart, a photo and its caption) spans many short lines, but not a page. */
const MAX_BOX_PARAGRAPHS = 30;
const MAX_BOX_WORDS = 200;
/** A hard-wrapped print line: a few words are enough to show the sentence stops. */
const MIN_BOX_CUT_WORDS = 4;

/**
 * A print replica's photo or graphic box read into the middle of a sentence: the line before stops
 * mid-sentence ("At that time, he said — and city records"), the box follows (its title, caption,
 * labels and a credit line: "Map: Jane Doe/Staff"), then the sentence resumes in lower case ("show —
 * the police had not …"). The credit is what makes the block a box, not a column of the text.
 */
function findCreditBoxSplits(doc: ArticleDoc, used: Set<number>, out: Finding[]): void {
  const ps = doc.paragraphs;
  for (let i = 0; i + 2 < ps.length; i++) {
    const before = ps[i]!;
    if (used.has(i) || !CUT_END.test(tail(before)) || wordCount(before) < MIN_BOX_CUT_WORDS) continue;
    // The box opens like a title or a caption, never on a lower-case word (that is the sentence going on).
    if (!/^[\p{Lu}\p{N}"“‘«]/u.test(ps[i + 1]!)) continue;
    let words = 0;
    let credited = false;
    for (let k = i + 1; k < ps.length - 1 && k - i <= MAX_BOX_PARAGRAPHS; k++) {
      const line = ps[k]!;
      words += wordCount(line);
      if (words > MAX_BOX_WORDS || used.has(k)) break;
      if (CREDIT_LINE.test(line)) credited = true;
      const after = ps[k + 1]!;
      if (!credited || !LOWER_START.test(after) || wordCount(after) < MIN_BOX_CUT_WORDS) continue;
      // The box ends on its credit or on a finished caption sentence.
      if (!CREDIT_LINE.test(line) && !/[.!?]["”’)]?$/u.test(line)) continue;
      // CUT_END above guarantees a last word here; if the two patterns ever disagree, no finding (never a throw).
      const cutWord = CUT_WORD.exec(tail(before))?.[0];
      if (cutWord === undefined) break;
      const nextWord = /^[\p{L}\p{N}'’-]+/u.exec(after)?.[0] ?? '';
      out.push({
        kind: 'broken-pull-quote',
        start: (doc.starts[i] ?? 0) + before.length - cutWord.length,
        end: (doc.starts[k + 1] ?? 0) + nextWord.length,
        message: 'A photo or graphic box (with its credit) was printed in the middle of a sentence; removing it rejoins the sentence.',
        fix: `${cutWord} ${nextWord}`,
      });
      for (let m = i; m <= k + 1; m++) used.add(m);
      i = k;
      break;
    }
  }
}

/**
 * A repeated line that closes on a photo credit ("… in the city. Photo: Jane Doe", "… au siège (AFP)")
 * is a caption printed again with its photo, however many copies there are: a pull-quote box never
 * carries a photographer. Such repeats are left to the caption detectors.
 */
function dropCreditedCaptions(doc: ArticleDoc, found: Finding[]): Finding[] {
  // Each finding looks up the paragraph it starts in (binary search): no pass over every paragraph per finding.
  const paragraphOf = (at: number): number => {
    let lo = 0;
    let hi = doc.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((doc.starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return found.filter((f) => !endsWithCredit(doc.paragraphs[paragraphOf(f.start)] ?? ''));
}

/**
 * A pull-quote left in its unrendered CMS shortcode: "[pq]European politics …
 * [/pq]", "[pullquote align="right"]…[/pullquote]". The markup alone says
 * what it is, whether or not its words come back in the body. The name must
 * close with the same name; the quote is a sentence or two.
 */
const PULL_QUOTE_SHORTCODE = /\[(pq|pullquote|pull-quote|pull_quote|pquote|perfectpullquote)(?:\s[^\]]{0,100})?\]([^[\]]{1,800})\[\/\1\]/giu;

function findShortcodeQuotes(doc: ArticleDoc, used: Set<number>, out: Finding[]): void {
  doc.paragraphs.forEach((p, i) => {
    if (used.has(i) || !p.includes('[/')) return;
    PULL_QUOTE_SHORTCODE.lastIndex = 0;
    for (let m = PULL_QUOTE_SHORTCODE.exec(p); m !== null; m = PULL_QUOTE_SHORTCODE.exec(p)) {
      if (wordCount(m[2]!) < 3) continue;
      const start = (doc.starts[i] ?? 0) + m.index;
      out.push({ kind: 'broken-pull-quote', start, end: start + m[0].length, message: 'A pull-quote was left in the text with its unrendered shortcode ([pq]…[/pq]).', fix: '' });
    }
  });
}

/** A pull-quote is one sentence of some length: shorter ones are slogans and refrains. */
const MIN_ECHO_WORDS = 8;
const MAX_ECHO_WORDS = 45;
/** A stand-alone sentence: terminal punctuation, maybe inside closing quotes. */
const SENTENCE_END = /[.!?…]["'”’]?$|["”’]$/u;
/** Printed inside quotation marks: a pull-quote's usual dress. */
const QUOTED = /^["“‘«]/u;
/** Opening on an ellipsis ("“… Fares have increased …”"): the writer excerpts a quote to discuss it. */
const EXCERPT = /^["“‘«]?\s*(?:…|\.\.\.)/u;
/** Words an unquoted pull-quote's body sentence carries after it. */
const MIN_CONTINUATION_WORDS = 3;
/** With small changes, this share of the quote's words must come back in the body sentence. */
const ECHO_SHARE = 0.8;
/** A body paragraph: the article has started once one is seen (a standfirst above it repeats the lede on purpose). */
function isBodyText(p: string): boolean {
  return wordCount(p) >= 12 && /[.!?]["'”’)]*$/u.test(tail(p, 8));
}

/**
 * Shape 3: a one-sentence paragraph in the body that comes back inside another
 * paragraph, not at its start (a repeat at the start is a duplicated paragraph):
 * - word for word, or continued there ("… as possible." → "… as possible, and
 *   yet we've fallen short");
 * - or, printed in quotation marks, with small changes (the same opening and
 *   most of its words).
 * An orphan attribution line right after it goes with it.
 */
function findEchoedSentences(doc: ArticleDoc, used: Set<number>, out: Finding[]): void {
  const ps = doc.paragraphs;
  const firstBody = ps.findIndex(isBodyText);
  if (firstBody < 0) return;
  const candidates: number[] = [];
  for (let i = firstBody + 1; i < ps.length; i++) {
    const p = ps[i]!;
    if (used.has(i) || p.length > 400 || !SENTENCE_END.test(p) || EXCERPT.test(p)) continue;
    const n = wordCount(p);
    if (n < MIN_ECHO_WORDS || n > MAX_ECHO_WORDS || sentenceOpenings(p).length !== 1) continue;
    candidates.push(i);
  }
  if (candidates.length === 0) return;
  // Sentences after the first of each paragraph, by their opening words: one pass over the text.
  const inner = new Map<string, Array<{ k: number; sentence: string }>>();
  ps.forEach((p, k) => {
    const sentences = sentenceOpenings(p);
    for (let j = 1; j < sentences.length; j++) {
      const key = openingKey(sentences[j]!);
      if (!key) continue;
      const list = inner.get(key);
      if (!list) inner.set(key, [{ k, sentence: sentences[j]! }]);
      else if (list.length < 8) list.push({ k, sentence: sentences[j]! });
    }
  });
  for (const i of candidates) {
    const p = ps[i]!;
    const key = openingKey(p);
    if (!key) continue;
    const quoteWords = p.toLowerCase().match(WORD) ?? [];
    const echo = (inner.get(key) ?? []).find(({ k, sentence }) => k !== i && echoes(quoteWords, sentence.toLowerCase().match(WORD) ?? [], QUOTED.test(p)));
    if (!echo) continue;
    const last = i + 1 < ps.length && !used.has(i + 1) && isOrphanAttribution(ps[i + 1]!) ? i + 1 : i;
    out.push({
      kind: 'broken-pull-quote',
      start: doc.starts[i] ?? 0,
      end: (doc.starts[last] ?? 0) + ps[last]!.length,
      message: 'A pull-quote repeating a sentence of the article was left between paragraphs.',
      fix: '',
    });
    for (let k = i; k <= last; k++) used.add(k);
  }
}

/**
 * The body sentence repeats the quote: all its words, in order, at its start
 * (the body may go on after them); or, for a quoted pull-quote, most of them.
 */
function echoes(quote: string[], body: string[], quoted: boolean): boolean {
  // Unquoted, the body must go on after it ("…, and yet …"): a sentence merely printed twice is a
  // refrain or filler text as often as a pull-quote.
  if (body.length >= quote.length + (quoted ? 0 : MIN_CONTINUATION_WORDS) && quote.every((w, j) => body[j] === w)) return true;
  if (!quoted) return false;
  const inBody = new Set(body);
  return quote.filter((w) => inBody.has(w)).length >= ECHO_SHARE * quote.length;
}

/** Shape 2: a short stand-alone quote that repeats a sentence of another paragraph. */
function findRepeatedQuotes(doc: ArticleDoc, used: Set<number>, out: Finding[]): void {
  const ps = doc.paragraphs;
  // Shape 2 needs an orphan attribution line; without one, skip indexing every sentence.
  const attributions = ps.map((p, i) => (i > 1 && !used.has(i) && p.length < 80 && isOrphanAttribution(p) ? i : -1)).filter((i) => i >= 0);
  if (attributions.length === 0) return;
  // A pull-quote box sits inside the body: the first sentence-like paragraph, or one above it, that the
  // lede repeats is the standfirst (a synopsis) with its byline under it, which duplicates.ts judges.
  const firstBody = ps.findIndex(isBodyText);
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
    if (used.has(i) || i <= firstBody) continue;
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

/** A pull-quote box's quote is a sentence or two. */
const MAX_BOX_QUOTE_WORDS = 45;

/**
 * Shape 4: a pull-quote box rendered as text, the quote on one line and its
 * dashed attribution on the next ("“Demand has never been higher.”" /
 * "— Jane Doe, chief executive"). Body quotes carry "said"; a dashed name
 * under a line in quotation marks is the box's layout. Only inside the body:
 * an epigraph above the first paragraph is the writer's choice.
 */
function findAttributedQuotes(doc: ArticleDoc, used: Set<number>, out: Finding[]): void {
  const ps = doc.paragraphs;
  const firstBody = ps.findIndex(isBodyText);
  if (firstBody < 0) return;
  for (let a = firstBody + 2; a < ps.length; a++) {
    const q = a - 1;
    if (used.has(a) || used.has(q) || !isDashAttribution(ps[a]!)) continue;
    const quote = ps[q]!;
    if (!WHOLLY_QUOTED.test(quote) || wordCount(quote) > MAX_BOX_QUOTE_WORDS || wordCount(quote) < 4) continue;
    out.push({
      kind: 'broken-pull-quote',
      start: doc.starts[q] ?? 0,
      end: (doc.starts[a] ?? 0) + ps[a]!.length,
      message: 'A pull-quote box (the quote and its attribution line) was left between paragraphs.',
      fix: '',
    });
    used.add(q);
    used.add(a);
  }
}

/** A paragraph that ends on a closing quotation mark right after a word, with no full stop. */
const UNPUNCTUATED_QUOTE_END = /[\p{L}\p{N}]\s?["”»]$/u;
/** An opening quotation mark inside the line, not at its start (the partial quote the box lifted; a line quoted whole is a post or a slogan). */
const OPENS_QUOTE = /^[^"“«‘]\P{Cc}*?\s["“«]\s?\p{L}/u;
/** Shorter lines ending on a quotation are headings ("Why “this time is different”"). */
const MIN_UNCLOSED_WORDS = 14;

/**
 * Shape 5: a pull-quote lifted from a body sentence with its partial quote
 * ("La capitale … est la métropole “qui a enregistré … en 2021"") and printed
 * as a paragraph: a sentence's length, but no full stop after the closing
 * mark, which body prose always has. Inside the body only, never the last
 * paragraph's role of a heading: short lines are left alone.
 */
function findUnclosedQuoteLines(doc: ArticleDoc, used: Set<number>, out: Finding[]): void {
  const ps = doc.paragraphs;
  const firstBody = ps.findIndex(isBodyText);
  if (firstBody < 0) return;
  for (let i = firstBody + 1; i < ps.length; i++) {
    const p = ps[i]!;
    if (used.has(i) || p.length > 400 || !UNPUNCTUATED_QUOTE_END.test(tail(p, 4))) continue;
    const n = wordCount(p);
    if (n < MIN_UNCLOSED_WORDS || n > MAX_BOX_QUOTE_WORDS || !OPENS_QUOTE.test(p) || /[.!?]\s/u.test(p)) continue;
    out.push({
      kind: 'broken-pull-quote',
      start: doc.starts[i] ?? 0,
      end: (doc.starts[i] ?? 0) + p.length,
      message: 'A pull-quote lifted from the article was left between paragraphs (a partial quotation with no full stop).',
      fix: '',
    });
    used.add(i);
  }
}

/**
 * A pull-quote attribution under its quote: a name, a comma and a role ("Darren Jones, Chair of the
 * Business and Trade Committee", "Jean Dupont, président de Robotix"), no verb of speech.
 */
const TITLED_ATTRIBUTION = /^(?<name>\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}), (?<role>[^.!?\n]{3,90})$/u;
/** The role names a position. */
const ROLE_WORD = /(?<![\p{L}-])(?:chief|chair|chairman|chairwoman|director|founder|co-founder|cofounder|president|CEO|CFO|CTO|minister|MP|head|professor|analyst|executive|officer|partner|secretary|spokesperson|spokesman|spokeswoman|manager|leader|governor|mayor|senator|economist|fondateur|fondatrice|cofondateur|cofondatrice|directeur|directrice|président|présidente|ministre|porte-parole|PDG|DG|associé|associée|responsable|économiste)(?![\p{L}-])/iu;
/** A verb of speech (the one list, REPORTING_VERBS): "said", "a déclaré", "précise". */
const SPEECH_VERB = new RegExp(String.raw`(?<![\p{L}])(?:${REPORTING_VERBS.en.join('|')}|a (?:${REPORTING_VERBS.frParticiple.join('|')})|${REPORTING_VERBS.frPresent.join('|')})(?![\p{L}])`, 'u');

/**
 * Shape 5: a pull-quote printed without quotation marks and without a full stop, then its
 * attribution line with a role ("… because they cannot make ends meet" / "Darren Jones, Chair of
 * the Committee"). The unpunctuated line is what a box leaves (body sentences close on a stop);
 * the named person must be named again elsewhere in the text (the article reports the remark).
 */
function findTitledAttributionQuotes(doc: ArticleDoc, used: Set<number>, out: Finding[]): void {
  const ps = doc.paragraphs;
  const firstBody = ps.findIndex(isBodyText);
  if (firstBody < 0) return;
  // Each name check reads the whole text (twice), like the echo check: a document gets a few (MAX_ECHO_CHECKS).
  let nameChecks = MAX_ECHO_CHECKS;
  for (let a = firstBody + 2; a + 1 < ps.length; a++) {
    const q = a - 1;
    const line = ps[a]!;
    if (used.has(a) || used.has(q) || line.length > 140 || !line.includes(', ')) continue;
    const m = TITLED_ATTRIBUTION.exec(line.trim());
    if (!m || !ROLE_WORD.test(m.groups!.role!) || SPEECH_VERB.test(line)) continue;
    const quote = ps[q]!.trim();
    const words = wordCount(quote);
    if (words < 10 || words > MAX_BOX_QUOTE_WORDS || !/^\p{Lu}/u.test(quote) || !/[\p{L}\p{N}]$/u.test(quote) || !isBodyText(ps[q - 1]!) || !isBodyText(ps[a + 1]!)) continue;
    const name = m.groups!.name!;
    const own = doc.starts[a] ?? 0;
    if (nameChecks-- <= 0) return;
    if (doc.text.indexOf(name) === own && doc.text.indexOf(name, own + name.length) < 0) continue;
    out.push({
      kind: 'broken-pull-quote',
      start: doc.starts[q] ?? 0,
      end: own + line.length,
      message: 'A pull-quote (a quote with no quotation marks, and its attribution line) was left between paragraphs.',
      fix: '',
    });
    used.add(q);
    used.add(a);
  }
}
