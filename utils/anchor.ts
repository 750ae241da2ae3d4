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
}

/** What to find: a text-quote selector in the terms of the summary. */
export interface AnchorTarget {
  /** The exact text, as in the article text (may span paragraphs, joined by "\n\n"). */
  text: string;
  /** The sentence it was read in; tells apart repeated occurrences. */
  context?: string | null;
  /** Every occurrence, on word boundaries (names), instead of the single best one. */
  everywhere?: boolean;
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

/** One linear pass over the visible text nodes under `root`. */
export function buildTextIndex(root: Node, options: IndexOptions = {}): TextIndex {
  const chars: string[] = [];
  const nodeAt: number[] = [];
  const offsetAt: number[] = [];
  const nodes: Text[] = [];
  let lastIsSpace = true; // no leading space

  const pushBreak = (): void => {
    if (lastIsSpace || chars.length === 0) return;
    chars.push(' ');
    // A break has no character of its own: it points just past the previous one.
    nodeAt.push(nodeAt[nodeAt.length - 1] ?? 0);
    offsetAt.push((offsetAt[offsetAt.length - 1] ?? -1) + 1);
    lastIsSpace = true;
  };

  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (!data) return;
      const n = nodes.length;
      nodes.push(node as Text);
      for (let i = 0; i < data.length; i++) {
        const ch = data.charAt(i);
        if (INVISIBLE.test(ch)) continue;
        if (SPACE.test(ch)) {
          if (lastIsSpace) continue;
          chars.push(' ');
          lastIsSpace = true;
        } else {
          chars.push(fold(ch));
          lastIsSpace = false;
        }
        nodeAt.push(n);
        offsetAt.push(i);
      }
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || options.skip?.(el) || isHiddenByMarkup(el)) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) pushBreak();
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) pushBreak();
  };

  walk(root);
  return { text: chars.join(''), nodes, nodeAt: Int32Array.from(nodeAt), offsetAt: Int32Array.from(offsetAt), rendered: new WeakMap() };
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

function anchorOne(index: TextIndex, text: string, context: string | null, everywhere: boolean): Range[] {
  for (const variant of new Set([text, decodeEntities(text)])) {
    const needle = normalizeForMatch(variant).trimStart();
    if (!needle) return [];
    let hits = occurrences(index.text, needle).filter((h) => hitIsRendered(index, h, needle.length));
    if (everywhere) {
      hits = hits.filter((h) => onWordBoundaries(index.text, h, needle.length));
      // Drop overlaps so one spot is painted once.
      const kept: number[] = [];
      for (const h of hits) if (kept.length === 0 || h >= (kept[kept.length - 1] ?? 0) + needle.length) kept.push(h);
      if (kept.length) return kept.map((h) => rangeOf(index, h, h + needle.length)).filter((r): r is Range => !!r);
      continue;
    }
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
export function anchor(index: TextIndex, target: AnchorTarget): Range[] {
  try {
    const context = target.context ?? null;
    const whole = anchorOne(index, target.text, context, !!target.everywhere);
    if (whole.length || !target.text.includes('\n\n')) return whole;
    const parts = target.text.split(/\n\n+/).filter((p) => p.trim());
    return parts.flatMap((part) => anchorOne(index, part, context, !!target.everywhere));
  } catch {
    return [];
  }
}
