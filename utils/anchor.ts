/**
 * Find findings on the live page by their text (a text-quote selector, as in
 * the W3C Web Annotation model and the Hypothesis client): the page's visible
 * text nodes are flattened once into one normalised string with a map back to
 * (text node, offset); a finding's text, normalised the same way, is searched
 * in that string and the hit turned back into DOM Ranges. Readability's own
 * offsets are never used: it works on a clone whose text differs from the page.
 *
 * Pure DOM (works in happy-dom and linkedom-like environments): no browser.*.
 */
import { openShadowOf, slottedNodes } from './shadow';

/** Characters the browser does not draw: soft hyphen, zero-width space/joiners, word joiner, BOM. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
/** Any whitespace, incl. NBSP and the narrow/figure spaces. */
const SPACE = /[\s\u00a0\u2007\u202f]/;
/** Letters and digits: a name must not be matched inside a longer word. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Content that is never visible text. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'IFRAME', 'OBJECT', 'SVG', 'MATH', 'HEAD', 'TITLE']);
/** Elements whose edges separate words the way a line break does. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN', 'NAV', 'BLOCKQUOTE', 'PRE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'TD', 'TH',
  'FIGURE', 'FIGCAPTION', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY', 'CAPTION', 'BR', 'BODY',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;


/** The page's visible text, normalised, with a map from each character back to the DOM. */
export interface TextIndex {
  /** Normalised text: whitespace runs → one space, invisible characters dropped, quotes/dashes folded. */
  text: string;
  /** Text nodes, in document order. */
  nodes: Text[];
  /** For each character of `text`: index into `nodes`… */
  nodeAt: Int32Array;
  /** …and the offset in that node's data. */
  offsetAt: Int32Array;
  /** Layout visibility answers, per element, asked lazily for hits only. */
  rendered: WeakMap<Element, boolean>;
}

export interface IndexOptions {
  /** Elements to leave out besides the hidden ones (the extension's own UI). */
  skip?: (element: Element) => boolean;
  /**
   * Stop the walk once this many characters are indexed: a very long page read
   * only in its first part has its findings there, and the index of all of a
   * 10 MB page would be ~10 bytes per character.
   */
  maxChars?: number;
}

/** What to find: a text-quote selector in the terms of the summary. */
export interface AnchorTarget {
  /** The exact text, as in the article text (may span paragraphs, joined by "\n\n"). */
  text: string;
  /** The sentence it was read in; tells apart repeated occurrences. */
  context?: string | null;
  /** Every occurrence, on word boundaries (names), instead of the single best one. */
  everywhere?: boolean;
  /**
   * Every occurrence in the article, inside words too (an artifact standing for every copy of its excerpt: "Ă©" in
   * each French word of a page decoded with the wrong code page); with a reading map, the copies outside it are left.
   */
  copies?: boolean;
  /**
   * Where it is in the reading: the index of the (first) article paragraph it
   * was read in (see readingParagraphOf). With a ReadingMap, the occurrence in
   * that paragraph on the page wins over a copy in a table of contents or a menu.
   */
  paragraph?: number | null;
}

/**
 * Where the reading's paragraphs (Readability's article, in reading order)
 * are on the page: per paragraph, its span [start, end) in the index's text,
 * or -1 when it was not found. A finding is looked for there first, so a
 * heading that is also a table-of-contents entry, or a figure also printed in
 * a teaser, is found in the article the card was read from.
 */
export interface ReadingMap {
  starts: Int32Array;
  ends: Int32Array;
  /** The placed spans alone, in page order (they never overlap): a binary search tells whether a hit is in the article. */
  spans: Array<[number, number]>;
}

/** A paragraph is placed by this many characters of its head (and of its tail). */
const MAP_PROBE = 48;
/** Paragraphs at least this long are distinctive enough to be placed first, in reading order. */
const MAP_LONG = 32;

/**
 * Place the reading's paragraphs on the page, one paragraph per step (the
 * caller runs the steps in time-boxed chunks). Long paragraphs are placed
 * first, each after the previous one (reading order); the short ones
 * (headings, list items, "See also") only in the gap between their placed
 * neighbours, so "See also" is the article's heading, not the contents entry
 * printed before the article's first long paragraph.
 */
export function* mapReadingSteps(index: TextIndex, paragraphs: readonly string[]): Generator<void, ReadingMap> {
  const n = paragraphs.length;
  const starts = new Int32Array(n).fill(-1);
  const ends = new Int32Array(n).fill(-1);
  const text = index.text;
  const needles = paragraphs.map((p) => normalizeForMatch(decodeEntities(p)).trimStart());
  let cursor = 0;
  for (let i = 0; i < n; i++) {
    const needle = needles[i]!;
    if (needle.length < MAP_LONG) continue;
    const head = needle.slice(0, MAP_PROBE);
    const at = text.indexOf(head, cursor);
    yield;
    if (at < 0) continue;
    let end = at + needle.length;
    if (needle.length > MAP_PROBE) {
      // The page may carry more (or less) than the reading inside a paragraph: its end is where its tail is.
      const tail = needle.slice(-MAP_PROBE);
      const tailAt = text.indexOf(tail, at + head.length);
      if (tailAt >= 0 && tailAt + tail.length <= at + 2 * needle.length + 512) end = tailAt + tail.length;
    }
    starts[i] = at;
    ends[i] = Math.min(end, text.length);
    cursor = ends[i]!;
  }
  // The short ones (and long ones not placed in order), within the gap their placed neighbours leave: a run
  // before a placed paragraph is placed backwards from it (a heading sits right above its text, while the
  // contents entry naming it is further up), a run at the end forwards from the last placed paragraph.
  for (let i = 0; i < n; ) {
    if (starts[i]! >= 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && starts[j]! < 0) j++;
    let gapStart = i > 0 ? ends[i - 1]! : 0;
    let gapEnd = j < n ? starts[j]! : text.length;
    if (j < n) {
      for (let k = j - 1; k >= i; k--) {
        const probe = needles[k]!.slice(0, MAP_PROBE);
        const at = probe && gapEnd - gapStart >= probe.length ? text.lastIndexOf(probe, gapEnd - probe.length) : -1;
        yield;
        if (at < gapStart) continue;
        starts[k] = at;
        ends[k] = Math.min(at + needles[k]!.length, gapEnd);
        gapEnd = at;
      }
    } else {
      for (let k = i; k < j; k++) {
        const probe = needles[k]!.slice(0, MAP_PROBE);
        const at = probe && gapEnd - gapStart >= probe.length ? text.indexOf(probe, gapStart) : -1;
        yield;
        if (at < 0 || at + probe.length > gapEnd) continue;
        starts[k] = at;
        ends[k] = Math.min(at + needles[k]!.length, gapEnd);
        gapStart = ends[k]!;
      }
    }
    i = j;
  }
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < n; i++) if (starts[i]! >= 0) spans.push([starts[i]!, ends[i]!]);
  spans.sort((a, b) => a[0] - b[0]);
  return { starts, ends, spans };
}

/** The whole map in one go (tests, and callers that need no yields). */
export function mapReading(index: TextIndex, paragraphs: readonly string[]): ReadingMap {
  const steps = mapReadingSteps(index, paragraphs);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The reading's paragraphs joined as the summary's excerpts join them, with
 * each paragraph's offset: made once per reading, then asked per finding.
 */
export interface ReadingText {
  text: string;
  /** Offset of each paragraph in `text`. */
  offsets: number[];
}

export function readingTextOf(paragraphs: readonly string[]): ReadingText {
  const offsets: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    offsets.push(at);
    at += p.length + 2;
  }
  return { text: paragraphs.join('\n\n'), offsets };
}

/**
 * The paragraph of the reading a finding was read in: that of its sentence
 * (`context`) when given and found, else that of its first occurrence
 * (an excerpt spanning paragraphs: its first paragraph). Null when the
 * reading does not hold it.
 */
export function readingParagraphOf(reading: ReadingText, text: string, context: string | null = null): number | null {
  let at = -1;
  if (context) {
    const c = reading.text.indexOf(context);
    if (c >= 0) {
      const inside = reading.text.indexOf(text, c);
      at = inside >= 0 && inside + text.length <= c + context.length ? inside : c;
    }
  }
  if (at < 0 && text) at = reading.text.indexOf(text);
  if (at < 0) return null;
  // The last paragraph starting at or before `at`.
  let lo = 0;
  let hi = reading.offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((reading.offsets[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return reading.offsets.length ? lo : null;
}

/** Fold the typographic variants that scraping and fonts swap freely; one code unit in, one out. */
function fold(ch: string): string {
  switch (ch) {
    case '\u2018': case '\u2019': case '\u201a': case '\u201b': case '\u2032': case '`':
      return "'";
    case '\u201c': case '\u201d': case '\u201e': case '\u201f': case '\u2033':
      return '"';
    case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
      return '-';
    default:
      return ch;
  }
}

/** The needle side of the normalisation used by the index. */
export function normalizeForMatch(text: string): string {
  let out = '';
  for (const ch of text) {
    if (INVISIBLE.test(ch)) continue;
    if (SPACE.test(ch)) {
      if (out.length > 0 && !out.endsWith(' ')) out += ' ';
      continue;
    }
    out += ch.length === 1 ? fold(ch) : ch;
  }
  return out.trimEnd();
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** "R&amp;D" → "R&D": for excerpts that carry escaped entities the page itself shows decoded. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return safeCodePoint(parseInt(lower.slice(2), 16)) ?? whole;
    if (lower.startsWith('#')) return NAMED_ENTITIES[lower] ?? safeCodePoint(parseInt(lower.slice(1), 10)) ?? whole;
    return NAMED_ENTITIES[lower] ?? whole;
  });
}

function safeCodePoint(code: number): string | null {
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}

/** Hidden by markup alone: cheap, checked for every element while indexing. */
function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

/**
 * Hidden by CSS (display: none from a stylesheet, content-visibility): asks
 * the layout engine, so it is checked only for the elements holding a hit,
 * not for every element of the page.
 */
function isRendered(el: Element | null, cache: WeakMap<Element, boolean>): boolean {
  if (!el) return false;
  const known = cache.get(el);
  if (known !== undefined) return known;
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  let visible = true;
  if (typeof check === 'function') {
    try {
      visible = check.call(el);
    } catch {
      visible = true;
    }
  }
  cache.set(el, visible);
  return visible;
}

/** One slice of a resumable index build: how much it did, on the clock its deadline is checked against. */
export interface IndexSlice {
  done: boolean;
  /** Units done in this slice: nodes visited (and the final join of the text). */
  items: number;
  start: number;
  end: number;
  /** When the slice's last unit started (the deadline is checked after each one). */
  lastItemStart: number;
}

/** Characters come out in blocks this long (String.fromCharCode's argument count stays small). */
const TEXT_BLOCK = 8192;
/** The index's arrays start this long and double when full. */
const INITIAL_CAPACITY = 4096;

/** An element whose end is still to come in the walk: its edge may add a break. */
interface OpenElement {
  element: Element;
  block: boolean;
  /**
   * A <slot> showing its host's nodes: they are walked from this list, not
   * by their siblings in the host (another slot may show those), `next` the
   * one after the node walked now.
   */
  slotted?: { nodes: Node[]; next: number };
}

/**
 * The text index built a slice at a time: a depth-first walk kept on an
 * explicit stack, so it can stop after any text node and go on in a later
 * task. The walk and the characters it keeps are exactly those of a single
 * pass (buildTextIndex is this builder run to the end). A node the page
 * removes between slices ends its branch of the walk; the ranges made from
 * such an index collapse and are anchored again, as after any rewrite.
 */
export class TextIndexBuilder {
  private readonly root: Node;
  private readonly options: IndexOptions;
  private readonly open: OpenElement[] = [];
  private readonly nodes: Text[] = [];
  private readonly blocks: string[] = [];
  private codes = new Uint16Array(INITIAL_CAPACITY);
  private nodeAt = new Int32Array(INITIAL_CAPACITY);
  private offsetAt = new Int32Array(INITIAL_CAPACITY);
  /** Characters kept so far; `flushed` of them are already in `blocks`. */
  private length = 0;
  private flushed = 0;
  private lastIsSpace = true; // no leading space
  /** The next node to visit; null once the walk is over. */
  private cursor: Node | null;
  private built: TextIndex | null = null;

  constructor(root: Node, options: IndexOptions = {}) {
    this.root = root;
    this.options = options;
    this.cursor = root;
  }

  /** True once the index is built (the walk is over and its text joined). */
  get done(): boolean {
    return this.built !== null;
  }

  /**
   * Do units of work until `budgetMs` has passed (checked after each unit, so
   * at least one): a unit is one node of the walk, and, once the walk is
   * over, joining the indexed text. Done when the index is built.
   */
  slice(budgetMs: number): IndexSlice {
    const start = performance.now();
    let lastItemStart = start;
    let items = 0;
    while (!this.built) {
      if (this.cursor) this.visit(this.cursor);
      else this.finish();
      items++;
      const now = performance.now();
      if (now - start >= budgetMs) break;
      lastItemStart = now;
    }
    return { done: this.built !== null, items, start, end: performance.now(), lastItemStart };
  }

  /** The finished index (does whatever is left, in one go, if called early). */
  get index(): TextIndex {
    while (this.cursor) this.visit(this.cursor);
    return this.finish();
  }

  private finish(): TextIndex {
    if (!this.built) {
      this.flush();
      // Views, not copies: the index keeps the arrays it was built in.
      this.built = {
        text: this.blocks.join(''),
        nodes: this.nodes,
        nodeAt: this.nodeAt.subarray(0, this.length),
        offsetAt: this.offsetAt.subarray(0, this.length),
        rendered: new WeakMap(),
      };
    }
    return this.built;
  }

  /** Visit `node` and move the cursor on. */
  private visit(node: Node): void {
    if (this.options.maxChars !== undefined && this.length >= this.options.maxChars) {
      this.cursor = null;
      return;
    }
    if (node.nodeType === TEXT_NODE) {
      this.addText(node as Text);
      this.leave(node);
      return;
    }
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (!skippedElement(el, this.options.skip)) {
        const block = BLOCK_TAGS.has(tag);
        if (block) this.pushBreak();
        // Web components: what the page shows of a host is its open shadow root, where a <slot> shows the
        // host's nodes assigned to it (a closed root is no script's to read, ours included).
        const slotted = tag === 'SLOT' ? slottedNodes(el) : null;
        if (slotted) {
          this.open.push({ element: el, block, slotted: { nodes: slotted, next: 1 } });
          this.cursor = slotted[0]!;
          return;
        }
        const first = (openShadowOf(el) ?? el).firstChild;
        if (first) {
          this.open.push({ element: el, block });
          this.cursor = first;
          return;
        }
        if (block) this.pushBreak();
      }
    }
    this.leave(node);
  }

  /** Past `node`: its next sibling, or up through the ends of the elements it closes. */
  private leave(node: Node): void {
    let at: Node = node;
    for (;;) {
      if (at === this.root) {
        this.cursor = null;
        return;
      }
      const top = this.open[this.open.length - 1];
      const next = top?.slotted ? (top.slotted.nodes[top.slotted.next++] ?? null) : at.nextSibling;
      if (next) {
        this.cursor = next;
        return;
      }
      const parent = this.open.pop();
      if (!parent) {
        this.cursor = null;
        return;
      }
      if (parent.block) this.pushBreak();
      at = parent.element;
    }
  }

  private addText(node: Text): void {
    const data = node.data;
    if (!data) return;
    const n = this.nodes.length;
    this.nodes.push(node);
    this.reserve(data.length);
    const codes = this.codes;
    const nodeAt = this.nodeAt;
    const offsetAt = this.offsetAt;
    let length = this.length;
    let lastIsSpace = this.lastIsSpace;
    for (let i = 0; i < data.length; i++) {
      let code = data.charCodeAt(i);
      // Printable ASCII is neither invisible nor a space, and only the backquote folds: no regex for most text.
      if (code > 32 && code < 127) {
        if (code === 96) code = 39;
        lastIsSpace = false;
      } else if (code === 32 || (code >= 9 && code <= 13)) {
        if (lastIsSpace) continue;
        code = 32;
        lastIsSpace = true;
      } else {
        const ch = data.charAt(i);
        if (INVISIBLE.test(ch)) continue;
        if (SPACE.test(ch)) {
          if (lastIsSpace) continue;
          code = 32;
          lastIsSpace = true;
        } else {
          code = fold(ch).charCodeAt(0);
          lastIsSpace = false;
        }
      }
      codes[length] = code;
      nodeAt[length] = n;
      offsetAt[length] = i;
      length++;
    }
    this.length = length;
    this.lastIsSpace = lastIsSpace;
  }

  private pushBreak(): void {
    if (this.lastIsSpace || this.length === 0) return;
    this.reserve(1);
    const last = this.length - 1;
    this.codes[this.length] = 32;
    // A break has no character of its own: it points just past the previous one.
    this.nodeAt[this.length] = this.nodeAt[last] ?? 0;
    this.offsetAt[this.length] = (this.offsetAt[last] ?? -1) + 1;
    this.length++;
    this.lastIsSpace = true;
  }

  /** Room for `more` characters; full blocks of characters are turned into text as they fill. */
  private reserve(more: number): void {
    if (this.length - this.flushed >= TEXT_BLOCK) this.flush();
    const need = this.length + more;
    if (need <= this.nodeAt.length) return;
    let capacity = this.nodeAt.length * 2;
    while (capacity < need) capacity *= 2;
    const grow = <T extends Uint16Array | Int32Array>(old: T, fresh: T): T => {
      fresh.set(old.subarray(0, this.length));
      return fresh;
    };
    this.codes = grow(this.codes, new Uint16Array(capacity));
    this.nodeAt = grow(this.nodeAt, new Int32Array(capacity));
    this.offsetAt = grow(this.offsetAt, new Int32Array(capacity));
  }

  private flush(): void {
    for (let from = this.flushed; from < this.length; from += TEXT_BLOCK) {
      const to = Math.min(this.length, from + TEXT_BLOCK);
      this.blocks.push(String.fromCharCode.apply(null, this.codes.subarray(from, to) as unknown as number[]));
    }
    this.flushed = this.length;
  }
}

/** One linear pass over the visible text nodes under `root` (the builder run to the end in one go). */
export function buildTextIndex(root: Node, options: IndexOptions = {}): TextIndex {
  return new TextIndexBuilder(root, options).index;
}

/** All start positions of `needle` in `text` (overlapping allowed). */
function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) out.push(at);
  return out;
}

function onWordBoundaries(text: string, start: number, length: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(start + length);
  return !(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after));
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Both ends of a hit sit in elements the browser renders. */
function hitIsRendered(index: TextIndex, start: number, length: number): boolean {
  const first = index.nodes[index.nodeAt[start] ?? -1];
  const last = index.nodes[index.nodeAt[start + length - 1] ?? -1];
  return isRendered(first?.parentElement ?? null, index.rendered) && (last === first || isRendered(last?.parentElement ?? null, index.rendered));
}

/** A Range over normalised positions [start, end). */
export function rangeOf(index: TextIndex, start: number, end: number): Range | null {
  const first = index.nodes[index.nodeAt[start] ?? -1];
  const last = index.nodes[index.nodeAt[end - 1] ?? -1];
  const startOffset = index.offsetAt[start];
  const endOffset = index.offsetAt[end - 1];
  if (!first || !last || startOffset === undefined || endOffset === undefined) return null;
  const range = (first.ownerDocument ?? document).createRange();
  range.setStart(first, startOffset);
  range.setEnd(last, Math.min(endOffset + 1, last.data.length));
  return range;
}

/**
 * Pick the occurrence that fits the sentence best: inside an occurrence of the
 * whole sentence if the page has it, else by how much of the sentence's text
 * before and after agrees with the page (prefix/suffix scoring).
 */
function bestOccurrence(index: TextIndex, needle: string, hits: number[], context: string | null): number {
  if (hits.length === 1 || !context) return hits[0] ?? -1;
  const ctx = normalizeForMatch(decodeEntities(context));
  const inCtx = ctx.indexOf(needle);
  for (const c of occurrences(index.text, ctx)) {
    const inside = hits.find((h) => h >= c && h + needle.length <= c + ctx.length);
    if (inside !== undefined) return inside;
  }
  if (inCtx < 0) return hits[0] ?? -1;
  const prefix = ctx.slice(Math.max(0, inCtx - 64), inCtx);
  const suffix = ctx.slice(inCtx + needle.length, inCtx + needle.length + 64);
  let best = hits[0] ?? -1;
  let bestScore = -1;
  for (const h of hits) {
    const score =
      commonSuffix(prefix, index.text.slice(Math.max(0, h - prefix.length), h)) +
      commonPrefix(suffix, index.text.slice(h + needle.length, h + needle.length + suffix.length));
    if (score > bestScore) {
      bestScore = score;
      best = h;
    }
  }
  return best;
}

/** The hit lies inside the page span of reading paragraph `i`. */
function inParagraph(reading: ReadingMap, i: number, hit: number, length: number): boolean {
  const start = reading.starts[i] ?? -1;
  return start >= 0 && hit >= start && hit + length <= (reading.ends[i] ?? -1);
}

/** The hit lies inside some paragraph of the reading. */
function inReading(reading: ReadingMap, hit: number, length: number): boolean {
  // The last span starting at or before the hit.
  let lo = 0;
  let hi = reading.spans.length - 1;
  if (hi < 0) return false;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (reading.spans[mid]![0] <= hit) lo = mid;
    else hi = mid - 1;
  }
  const span = reading.spans[lo]!;
  return span[0] <= hit && hit + length <= span[1];
}

/**
 * The hits to choose among: those in the finding's own paragraph of the
 * reading, else those anywhere in the article the reading came from, else all
 * (a page whose article could not be placed behaves as without a map).
 */
function preferReading(hits: number[], length: number, reading: ReadingMap | null, paragraph: number | null): number[] {
  if (!reading || hits.length === 0) return hits;
  if (paragraph !== null && paragraph >= 0) {
    const own = hits.filter((h) => inParagraph(reading, paragraph, h, length));
    if (own.length) return own;
  }
  const article = hits.filter((h) => inReading(reading, h, length));
  return article.length ? article : hits;
}

function anchorOne(index: TextIndex, text: string, context: string | null, everywhere: boolean, reading: ReadingMap | null = null, paragraph: number | null = null, copies = false): Range[] {
  for (const variant of new Set([text, decodeEntities(text)])) {
    const needle = normalizeForMatch(variant).trimStart();
    if (!needle) return [];
    let hits = occurrences(index.text, needle).filter((h) => hitIsRendered(index, h, needle.length));
    if (copies) {
      // Non-overlapping, in the article when the reading was placed and holds some.
      let kept: number[] = [];
      for (const h of hits) if (kept.length === 0 || h >= (kept[kept.length - 1] ?? 0) + needle.length) kept.push(h);
      if (reading) {
        const inArticle = kept.filter((h) => inReading(reading, h, needle.length));
        if (inArticle.length) kept = inArticle;
      }
      if (kept.length) return kept.map((h) => rangeOf(index, h, h + needle.length)).filter((r): r is Range => !!r);
      continue;
    }
    if (everywhere) {
      hits = hits.filter((h) => onWordBoundaries(index.text, h, needle.length));
      // Drop overlaps so one spot is painted once.
      let kept: number[] = [];
      for (const h of hits) if (kept.length === 0 || h >= (kept[kept.length - 1] ?? 0) + needle.length) kept.push(h);
      // "Show on page" walks the mentions in this order: the article's first, then the page's others.
      if (reading) kept = [...kept.filter((h) => inReading(reading, h, needle.length)), ...kept.filter((h) => !inReading(reading, h, needle.length))];
      if (kept.length) return kept.map((h) => rangeOf(index, h, h + needle.length)).filter((r): r is Range => !!r);
      continue;
    }
    hits = preferReading(hits, needle.length, reading, paragraph);
    if (hits.length === 0) continue;
    const at = bestOccurrence(index, needle, hits, context);
    const range = at >= 0 ? rangeOf(index, at, at + needle.length) : null;
    return range ? [range] : [];
  }
  return [];
}

/**
 * The Ranges where `target` is on the page; empty when it is not there.
 * Text spanning paragraphs is tried whole first (adjacent blocks), then
 * paragraph by paragraph, so a caption or ad between them does not lose it.
 */
export function anchor(index: TextIndex, target: AnchorTarget, reading: ReadingMap | null = null): Range[] {
  try {
    const context = target.context ?? null;
    const paragraph = target.paragraph ?? null;
    const whole = anchorOne(index, target.text, context, !!target.everywhere, reading, paragraph, !!target.copies);
    if (whole.length || !target.text.includes('\n\n')) return whole;
    // Part k of an excerpt spanning paragraphs is in the reading's paragraph k after its first.
    const parts = target.text.split(/\n\n/).map((p, k) => ({ p, k })).filter(({ p }) => p.trim());
    return parts.flatMap(({ p, k }) => anchorOne(index, p, context, !!target.everywhere, reading, paragraph === null ? null : paragraph + k, !!target.copies));
  } catch {
    return [];
  }
}

/**
 * The text a reader can see under `root` in its own document, walked as the
 * text index walks (no script, style, noscript, textarea…, nothing hidden by
 * markup, nothing `skip` owns), the nodes' text joined as textContent joins it,
 * stopped once `maxChars` are read. Not textContent: a news page repeats its
 * article in a JSON-LD script ("articleBody"), which a rewrite of the shown
 * text leaves as it was, and a 10 MB page's whole text is no one task's work.
 */
export function shownTextOf(root: Node, options: { skip?: (el: Element) => boolean; maxChars?: number } = {}): string {
  const parts: string[] = [];
  let chars = 0;
  const limit = options.maxChars ?? Number.POSITIVE_INFINITY;
  // Iterative (a page may nest elements deeper than a call stack goes).
  let node: Node | null = root.firstChild;
  while (node && chars < limit) {
    if (node.nodeType === TEXT_NODE) {
      parts.push((node as Text).data);
      chars += (node as Text).data.length;
    }
    const enter = node.nodeType === ELEMENT_NODE && node.firstChild && !skippedElement(node as Element, options.skip);
    node = enter ? node.firstChild : nextOutside(node, root);
  }
  return parts.join('');
}

/** The node after `node` and its subtree in document order, within `root`; null past root's end. */
function nextOutside(node: Node, root: Node): Node | null {
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    if (at.nextSibling) return at.nextSibling;
  }
  return null;
}

/** An element whose text the index never reads (see SKIP_TAGS, isHiddenByMarkup). */
function skippedElement(el: Element, skip?: (el: Element) => boolean): boolean {
  return SKIP_TAGS.has(el.tagName.toUpperCase()) || isHiddenByMarkup(el) || (skip?.(el) ?? false);
}

/** At most this many texts are looked for in one pass of textsStillOn (each is a search of the whole page text). */
export const VERBATIM_CHECKS = 32;

/**
 * Which of `texts` the page's text holds verbatim (whitespace runs read as
 * one space), at most VERBATIM_CHECKS of them looked for. A re-finding pass
 * the page changed under (an ad rotating beside the article) says nothing of
 * the text, but the text itself does: a finding's words that are no longer
 * anywhere on the page are gone, whatever else the page did meanwhile; a
 * redraw (the same text in new nodes) keeps them all.
 */
export function textsStillOn(pageText: string, texts: readonly string[]): { checked: number; present: number } {
  const page = pageText.replace(/\s+/g, ' ');
  const looked = [...new Set(texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t !== ''))].slice(0, VERBATIM_CHECKS);
  return { checked: looked.length, present: looked.filter((t) => page.includes(t)).length };
}
