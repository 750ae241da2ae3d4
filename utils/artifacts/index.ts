/**
 * The scraping-artifact finder: every detector reads the same paragraphs and
 * reports exact offsets; this module orders the findings, keeps one finding
 * per region among the block-level kinds, and turns offsets into excerpts.
 */
import type { Artifact, ArticleText } from '../types';
import { findAgencyCreditLines, findBoilerplate, isFurnitureLine } from './boilerplate';
import { findAuthorBios } from './bios';
import { findBylineNoise } from './bylines';
import { endsWithCredit, findAltTextCaptions, findBackToBackCaptions, findCutCaptionCopies, findDoubledSentences, findDuplicatedCaptions, findMarkupCaptionTwins } from './captions';
import { buildDoc, type ArticleDoc, type Finding } from './context';
import { findDuplicatedParagraphs } from './duplicates';
import { findEdgeChrome } from './edge-chrome';
import { findEscapedEntities } from './entities';
import { findFurniture } from './furniture';
import { findLostHyphens } from './lost-hyphen';
import { findMergedStories } from './merged-stories';
import { findMojibake } from './mojibake';
import { findAddressedMediumNotes, findPrompts } from './prompts';
import { findBrokenPullQuotes } from './pull-quotes';
import { findStoryBlocks } from './line-shape';
import { findTruncatedSentences } from './truncated';
import { withCopyCount } from './copies';
import { findGluedViewerLabels, findUiClutter } from './ui-labels';

export type { Finding } from './context';

/** An artifact with its offsets in the article text. */
export interface LocatedArtifact extends Artifact {
  start: number;
  end: number;
}

/**
 * Kinds that claim whole paragraphs or sentences: where two overlap, the one
 * found first (this order) stands. Inline kinds (hyphens, mojibake, entities,
 * bylines, merged stories) never compete.
 */
const BLOCK_KINDS = new Set(['broken-pull-quote', 'duplicated-caption', 'boilerplate', 'duplicated-paragraph', 'truncated-sentence']);

/**
 * The finder as a sequence of steps, one detector each: it yields after every
 * detector so the content script can hand the main thread back to the page
 * between them (no clock in here: the caller decides when to really pause).
 * Draining it gives exactly findArtifactsLocated's result.
 */
export function* findArtifactsSteps(text: ArticleText): Generator<void, LocatedArtifact[], void> {
  const doc = buildDoc(text.paragraphs);
  yield;
  const block: Finding[] = [];
  // Claimed regions, kept sorted and disjoint so each claim is a binary search, not a scan of all
  // earlier claims (a page of 20,000 repeated paragraphs made that scan quadratic: seconds).
  const claimed = new DisjointSpans();
  const nested = new DisjointSpans();
  const claim = (found: Finding[]): void => {
    for (const f of found) {
      if (f.nested ? nested.overlapping(f) || claimed.overlapping(f)?.kind === f.kind : claimed.overlapping(f) || nested.overlapping(f)) continue;
      (f.nested ? nested : claimed).add(f);
      block.push(f);
    }
  };
  claim(findBrokenPullQuotes(doc));
  yield;
  claim(findDuplicatedCaptions(doc));
  yield;
  claim(findAltTextCaptions(doc));
  yield;
  claim(findBackToBackCaptions(doc));
  yield;
  claim(findCutCaptionCopies(doc));
  yield;
  claim(findMarkupCaptionTwins(doc));
  yield;
  // A module's heading over a list of links whose titles the caption readers already took (a teaser printed twice: alt
  // text and title) keeps its heading: the line is furniture by the label rules on its own (561's "MORE Health ARTICLES").
  claim(headingsWhereClaimed(doc, claimed, findBoilerplate(doc)));
  yield;
  // Furniture by shape after the label rules: a line both would flag keeps the label's message.
  claim(findFurniture(doc, isFurnitureLine));
  yield;
  // Prompts, sponsor copy and short chrome the label and shape rules leave: after them, so a line both read keeps their message.
  // A block of lines of which another rule already took one keeps its other lines.
  claim(splitWhereClaimed(doc, claimed, findPrompts(doc, isFurnitureLine)));
  yield;
  claim(splitWhereClaimed(doc, claimed, findEdgeChrome(doc, isFurnitureLine)));
  yield;
  // The site's notes to the reader about its own medium, read by who speaks to whom: after every rule above, so a block
  // one of them reads keeps its flag; only lines none of them took.
  claim(findAddressedMediumNotes(doc));
  yield;
  // An agency's photo credit alone on a line (the whole-paragraph credit rule reads a paragraph that is only a credit).
  claim(findAgencyCreditLines(doc));
  yield;
  // Glued or doubled button labels, CMS and paywall labels, offers: after the label lists, whose messages are more specific.
  claim(findUiClutter(doc));
  // A photo viewer's button glued to a caption line ("… Photo: Jane Roe Expand"): a nested second reading of the caption.
  claim(findGluedViewerLabels(doc, endsWithCredit));
  yield;
  // A paragraph with only a short label glued at its head or tail claimed ("… rates. Read the full story.") is still read
  // for repeats; its copy is reported without the label, so the two findings sit side by side.
  claim(besideEdgeLabels(doc, claimed, findDuplicatedParagraphs(doc, (i) => claimedParagraph(doc, claimed, i))));
  yield;
  // Blocks of other stories' headlines or navigation read by line shape (line-shape.ts): a label over link titles at the
  // article's edges, or between paragraphs a label over titles that share no topic with them. Before the truncated step,
  // which used to carry this reader.
  claim(findStoryBlocks(doc));
  yield;
  claim(findTruncatedSentences(doc));
  yield;
  claim(findDoubledSentences(doc));
  yield;
  const inline: Finding[] = [...findMojibake(doc), ...findEscapedEntities(doc)];
  yield;
  inline.push(...findLostHyphens(doc));
  yield;
  // A byline finding inside a claimed block goes with the block, except a doubled byline closing a boilerplate block (a
  // meta bar or teaser's tail swallowed the author's name printed twice): the block gives those paragraphs back, ends
  // before them, and the byline-noise flag stands.
  inline.push(...[...findBylineNoise(doc), ...findAuthorBios(doc)].filter((f) => {
    const b = claimed.overlapping(f);
    if (!b || !contains(b, f)) return true;
    if (f.kind === 'byline-noise' && b.kind === 'boilerplate' && b.start < f.start && doc.text.slice(f.end, b.end).trim() === '') {
      const end = endBefore(doc, f.start);
      if (end > b.start) { b.end = end; return true; }
    }
    return false;
  }));
  yield;
  const merged = findMergedStories(doc);
  inline.push(...merged);
  // A related-links list read after a "Read More" may have swallowed the next story's headline:
  // the list ends before it, so the repaired copy keeps the headline.
  for (const m of merged) {
    const b = claimed.overlapping({ start: m.start, end: m.start + 1 });
    if (b && b.kind === 'boilerplate' && b.start < m.start) b.end = endBefore(doc, m.start);
  }
  return onceForEveryCopy(doc, [...block, ...inline]
    .filter((f) => f.end > f.start)
    .sort((a, b) => a.start - b.start || b.end - a.end))
    .map((f) => ({ kind: f.kind, text: doc.text.slice(f.start, f.end), message: f.message, fix: f.fix, start: f.start, end: f.end }));
}

export function findArtifactsLocated(text: ArticleText): LocatedArtifact[] {
  const steps = findArtifactsSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The finder in steps, with the contract's artifacts (no offsets) as its result. */
export function* findArtifactsInSteps(text: ArticleText): Generator<void, Artifact[], void> {
  return (yield* findArtifactsSteps(text)).map(withoutOffsets);
}

export function findArtifacts(text: ArticleText): Artifact[] {
  return findArtifactsLocated(text).map(withoutOffsets);
}

function withoutOffsets({ kind, text: excerpt, message, fix }: LocatedArtifact): Artifact {
  return { kind, text: excerpt, message, fix };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function contains(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start <= b.start && b.end <= a.end;
}

/** The end of the last paragraph that ends before `at`. */
function endBefore(doc: ArticleDoc, at: number): number {
  let end = 0;
  for (let i = 0; i < doc.paragraphs.length && (doc.starts[i] ?? 0) < at; i++) {
    const e = (doc.starts[i] ?? 0) + (doc.paragraphs[i]?.length ?? 0);
    if (e <= at) end = e;
  }
  return end;
}

/**
 * Findings that span several paragraphs, cut into one per paragraph where
 * the block overlaps a region already claimed, so the lines no other rule
 * took are still reported. One binary search per paragraph of the block.
 */
function splitWhereClaimed(doc: ArticleDoc, claimed: DisjointSpans, found: Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of found) {
    if (!claimed.overlapping(f)) { out.push(f); continue; }
    for (let i = paragraphAt(doc, f.start); i < doc.paragraphs.length && (doc.starts[i] ?? 0) < f.end; i++) {
      const start = Math.max(f.start, doc.starts[i] ?? 0);
      const end = Math.min(f.end, (doc.starts[i] ?? 0) + doc.paragraphs[i]!.length);
      if (end > start) out.push({ ...f, start, end });
    }
  }
  return out;
}

/**
 * A block finding that overlaps an earlier claim keeps only its first paragraph, when that paragraph is a label on its own
 * (isFurnitureLine: a module's heading): the block's other lines stay with the rule that claimed them. A block opened by
 * a line that is not a label (a title, a sentence) is dropped as before.
 */
function headingsWhereClaimed(doc: ArticleDoc, claimed: DisjointSpans, found: Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of found) {
    if (!claimed.overlapping(f)) { out.push(f); continue; }
    const i = paragraphAt(doc, f.start);
    const start = doc.starts[i] ?? 0;
    const end = start + doc.paragraphs[i]!.length;
    if (f.start === start && end < f.end && isFurnitureLine(doc.paragraphs[i]!)) out.push({ ...f, start, end });
    out.push(...tailPastClaim(doc, claimed, f));
  }
  return out;
}

/**
 * The paragraphs of a block finding after the last earlier claim inside it: a narrower reader (teaser cards printed
 * twice) took the block's middle, and the lines after it (an edition picker, a topic tag) are still the block's.
 */
function tailPastClaim(doc: ArticleDoc, claimed: DisjointSpans, f: Finding): Finding[] {
  const last = claimed.allOverlapping(f, 1)[0];
  if (!last || last.end >= f.end) return [];
  // The paragraph after the one the claim ends in (claims end at a paragraph's end or inside it).
  const start = doc.starts[paragraphAt(doc, last.end) + 1];
  return start !== undefined && start < f.end ? [{ ...f, start }] : [];
}

/** Index of the paragraph holding offset `at`. */
function paragraphAt(doc: ArticleDoc, at: number): number {
  let lo = 0;
  let hi = doc.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((doc.starts[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A label glued at a paragraph's head or tail ("Read the full story.") is this many characters at most. */
const MAX_EDGE_LABEL_CHARS = 40;
/** ... and leaves at least this share of the paragraph unclaimed. */
const MIN_UNCLAIMED_SHARE = 0.75;

/**
 * The paragraph's unclaimed body when the only claims on it are short boilerplate labels glued at its
 * head or tail (furniture run into the text); undefined otherwise (no claim, or a claim covering more).
 */
function besideEdgeLabelsSpan(doc: ArticleDoc, claimed: DisjointSpans, i: number): { start: number; end: number } | undefined {
  const pStart = doc.starts[i] ?? 0;
  const p = doc.paragraphs[i] ?? '';
  const pEnd = pStart + p.length;
  const on = claimed.allOverlapping({ start: pStart, end: pEnd }, 3);
  if (on.length === 0 || on.length > 2) return undefined;
  let start = pStart;
  let end = pEnd;
  for (const c of on) {
    if (c.kind !== 'boilerplate' || c.nested) return undefined;
    const from = Math.max(c.start, pStart);
    const to = Math.min(c.end, pEnd);
    if (to - from > MAX_EDGE_LABEL_CHARS) return undefined;
    if (from <= pStart) start = Math.max(start, to);
    else if (to >= pEnd) end = Math.min(end, from);
    else return undefined;
  }
  // The body left, without the spaces that joined it to the labels.
  while (start < end && /\s/u.test(doc.text[start]!)) start++;
  while (end > start && /\s/u.test(doc.text[end - 1]!)) end--;
  return end - start >= MIN_UNCLAIMED_SHARE * p.length ? { start, end } : undefined;
}

/** Claimed for the duplicate reader: a claim covers it, other than short labels glued at its edges. */
function claimedParagraph(doc: ArticleDoc, claimed: DisjointSpans, i: number): boolean {
  const start = doc.starts[i] ?? 0;
  return claimed.overlapping({ start, end: start + (doc.paragraphs[i]?.length ?? 0) }) !== undefined && !besideEdgeLabelsSpan(doc, claimed, i);
}

/** A whole-paragraph repeat of a paragraph with labels glued at its edges is cut to the body beside them. */
function besideEdgeLabels(doc: ArticleDoc, claimed: DisjointSpans, found: Finding[]): Finding[] {
  return found.map((f) => {
    if (f.nested || !claimed.overlapping(f)) return f;
    const i = paragraphAt(doc, f.start);
    if (f.start !== (doc.starts[i] ?? 0) || f.end !== f.start + (doc.paragraphs[i]?.length ?? 0)) return f;
    const body = besideEdgeLabelsSpan(doc, claimed, i);
    return body ? { ...f, ...body } : f;
  });
}

/**
 * Spans that do not overlap one another, sorted by start: since they are
 * disjoint their ends are sorted too, so the only one that can overlap a
 * query is the last that starts before the query ends.
 */
class DisjointSpans {
  private readonly spans: Finding[] = [];

  /** Index of the first span starting at or after `at`. */
  private firstFrom(at: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  overlapping(span: { start: number; end: number }): Finding | undefined {
    const before = this.spans[this.firstFrom(span.end) - 1];
    return before && overlaps(before, span) ? before : undefined;
  }

  /**
   * The spans overlapping `span`, in order, `max` at most (the last ones: disjoint and sorted, so the walk goes back
   * from the last starting before its end, and stops there).
   */
  allOverlapping(span: { start: number; end: number }, max: number): Finding[] {
    const out: Finding[] = [];
    for (let k = this.firstFrom(span.end) - 1; k >= 0 && this.spans[k]!.end > span.start && out.length < max; k--) out.unshift(this.spans[k]!);
    return out;
  }

  /** Add a span that overlaps none already here. */
  add(f: Finding): void {
    this.spans.splice(this.firstFrom(f.start), 0, f);
  }
}

export { BLOCK_KINDS };

/** Kinds whose finding is a broken sequence or word inside a sentence: one damage, repeated at many places. */
const REPEATABLE_INLINE_KINDS = new Set(['mojibake', 'escaped-entity', 'lost-hyphen']);
/**
 * From this many places on, a damage is one finding. Two places stay two rows an editor checks one by one, and the
 * annotators mark a pair at each place (130's two stray "Â", 32's two "Β"); a damage running through the text they mark
 * once with a note (150's "Ă©" for "é" in 42 French words, 219's "??" "throughout the post", 587's "recurs in every
 * curly quote", dev 12's escaped span "occurs 4 times").
 */
const MIN_COPIES_AS_ONE = 3;
/** Characters of text the every-copy check may scan in all (past it, a page of many distinct repeats keeps them one by one). */
const COPY_SCAN_BUDGET = 20_000_000;

/**
 * One finding for a damage repeated all through the text. The dev README: "a repeated artifact is annotated once; the
 * note says how many copies". A card listing the same broken sequence 42 times tells the editor nothing its first row
 * did not, and each row after the first is a false alarm against such a gold. Where every occurrence of an inline
 * finding's excerpt in the text is flagged alike (same kind, message and fix), MIN_COPIES_AS_ONE times or more, they
 * become the first one, its message saying how many ("(found 42 times).", copies.ts): the highlighter paints and the
 * clean copy repairs every occurrence of that excerpt. An excerpt that also occurs unflagged, or flagged with another
 * repair (a lost-bytes "â" that is an opening quote here and an apostrophe there), keeps one finding per place.
 */
function onceForEveryCopy(doc: ArticleDoc, found: Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of found) {
    if (!REPEATABLE_INLINE_KINDS.has(f.kind) || f.nested) continue;
    const key = `${f.kind}\u0000${doc.text.slice(f.start, f.end)}\u0000${f.message}\u0000${f.fix ?? '\u0001'}`;
    const g = groups.get(key);
    if (g) g.push(f);
    else groups.set(key, [f]);
  }
  let budget = COPY_SCAN_BUDGET;
  const dropped = new Set<Finding>();
  for (const g of groups.values()) {
    if (g.length < MIN_COPIES_AS_ONE) continue;
    if ((budget -= doc.text.length) < 0) break;
    const first = g[0]!;
    const excerpt = doc.text.slice(first.start, first.end);
    let n = 0;
    let every = true;
    for (let at = doc.text.indexOf(excerpt); at >= 0; at = doc.text.indexOf(excerpt, at + 1)) {
      if (g[n]?.start !== at) { every = false; break; }
      n++;
    }
    if (!every || n !== g.length) continue;
    for (const f of g.slice(1)) dropped.add(f);
    first.message = withCopyCount(first.message, g.length);
  }
  return dropped.size ? found.filter((f) => !dropped.has(f)) : found;
}
