/**
 * The page's shape: the fingerprint of its content (URL, element count, text
 * length and hash, open shadow roots included), walked node by node in slices
 * (ShapeWalk) or in one go (pageShape). DOM only: the content script's
 * controller (entrypoints/content/page.ts) decides when to walk and watches
 * for changes. Moved out of entrypoints/content/page.ts, no behaviour change.
 */
import { DEFAULT_MAX_ELEMENTS, DEFAULT_MAX_TEXT_CHARS } from './extract';
import type { WalkSlice } from './page-first-part';
import { openShadowOf } from './shadow';

/**
 * Pages with more visible-or-not text than this are refused before
 * Readability clones and parses them (seconds of main thread on a 10 MB
 * page): the article Readability keeps is part of the page's text, and the
 * article limit is DEFAULT_MAX_TEXT_CHARS, so a page of four times that is a
 * log, a feed or a book, not a news article with some boilerplate around it.
 */
export const MAX_PAGE_TEXT_CHARS = 4 * DEFAULT_MAX_TEXT_CHARS;

/** The page as it is now: its fingerprint, and the size of its text. */
export interface PageShape {
  key: string;
  textChars: number;
  /** Elements in <body> (ours not counted). */
  elements: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SHOW_ELEMENT = 1;
const SHOW_TEXT = 4;
const TEXT_NODE = 3;

/** A <mark> of our fallback painter (it wraps text that was on the page). */
function isOurMark(el: Element): boolean {
  return el.localName === 'mark' && el.hasAttribute('data-roundup-mark');
}

/**
 * A custom element's name has a hyphen (the HTML standard's valid custom
 * element name; no built-in element's has one). Of the built-in elements a
 * few may host a shadow root too (div, span, article, …), but a page's own
 * components are custom elements, and watching every div for a late root
 * would cost a look at most of the page each second.
 */
function isCustomElementName(localName: string): boolean {
  return localName.includes('-');
}

/**
 * URL + element count + length and FNV-1a hash of the text of <body>:
 * changes when the page's content does (a body swapped for one of the same
 * size, a figure edited in place, too), at the cost of one pass over the
 * page. Walked node by node, a slice at a time, so a 10 MB page or a page of
 * 100,000 elements is fingerprinted in small tasks (its textContent alone is
 * a second-long task; even counting its elements with one native call was a
 * 238 ms task on a loaded machine). Elements are counted in the same walk.
 * Our own nodes do not count: the stylesheet sits in <head>, the tooltip on
 * <html>, and fallback <mark>s are skipped (they wrap text that was there,
 * so the text is the same). Past MAX_PAGE_TEXT_CHARS or DEFAULT_MAX_ELEMENTS
 * the walk stops: the page is refused for its size, which is then its
 * identity here.
 *
 * The open shadow roots of web components are walked too, after the light
 * DOM, each once it is met (a root inside a root after it), under the same
 * bounds (their elements and text count with the page's, as the extraction's
 * measureTree counts them): an article in a web component is read and
 * highlighted where it is (utils/shadow.ts), so a change there alone is a
 * changed page ("Read again" reads it again; the card says it changed). A
 * closed shadow root is no script's to read and stays out. `onShadowRoot`
 * hears of each root as it is met (the controller watches it for changes).
 */
export class ShapeWalk {
  private readonly href: string;
  private readonly doc: Document;
  private walker: TreeWalker | null;
  /** Open shadow roots met, in the order met; those from `nextRoot` on are not walked yet. */
  private readonly roots: ShadowRoot[] = [];
  /** A read index, not roots.shift(): shift is O(n) on a large array, quadratic over a page of 30,000 components. */
  private nextRoot = 0;
  /**
   * Custom elements met with no open shadow root: such an element may attach
   * one later (defined or upgraded after this walk) with no record a
   * MutationObserver sees, so the controller looks at them again (lookForLateRoots).
   */
  readonly bareHosts: Element[] = [];
  private elements = 0;
  private chars = 0;
  private hash = FNV_OFFSET;
  private finished = false;
  private readonly hasBody: boolean;
  private readonly maxElements: number;
  private readonly onShadowRoot: ((root: ShadowRoot) => void) | null;

  /** `maxElements`: where the walk stops counting (the page is refused past it). */
  constructor(doc: Document, maxElements = DEFAULT_MAX_ELEMENTS, onShadowRoot: ((root: ShadowRoot) => void) | null = null) {
    this.doc = doc;
    this.maxElements = maxElements;
    this.onShadowRoot = onShadowRoot;
    this.href = doc.location?.href ?? '';
    const body = doc.body;
    this.hasBody = !!body;
    this.walker = body ? doc.createTreeWalker(body, SHOW_ELEMENT | SHOW_TEXT) : null;
    this.finished = !body;
  }

  /** The next node: the light DOM's, then each open shadow root's in turn; null at the end. */
  private nextNode(): Node | null {
    for (;;) {
      const node = this.walker?.nextNode() ?? null;
      if (node) return node;
      const root = this.roots[this.nextRoot++];
      if (!root) return null;
      this.walker = this.doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
    }
  }

  /** An element met: its open shadow root (if any) is walked later; a custom element without one is kept as a bare host. */
  private meet(el: Element): void {
    const root = openShadowOf(el);
    if (!root) {
      if (isCustomElementName(el.localName)) this.bareHosts.push(el);
      return;
    }
    this.roots.push(root);
    try {
      this.onShadowRoot?.(root);
    } catch {
      /* the caller's watch is its business */
    }
  }

  /** Walk nodes until `budgetMs` has passed (at least one node); done when the walk is over. */
  slice(budgetMs: number): WalkSlice {
    const start = performance.now();
    let now = start;
    let lastItemStart = start;
    let items = 0;
    while (!this.finished) {
      lastItemStart = now;
      const node = this.nextNode();
      if (!node) {
        this.finished = true;
        break;
      }
      items++;
      if (node.nodeType !== TEXT_NODE) {
        if (!isOurMark(node as Element) && ++this.elements > this.maxElements) {
          // Refused for its element count: the count is its identity here, no need to walk on.
          this.finished = true;
          break;
        }
        this.meet(node as Element);
      } else {
        const data = (node as Text).data;
        this.chars += data.length;
        if (this.chars > MAX_PAGE_TEXT_CHARS) {
          this.finished = true;
          break;
        }
        let h = this.hash;
        for (let i = 0; i < data.length; i++) {
          h ^= data.charCodeAt(i);
          h = Math.imul(h, FNV_PRIME);
        }
        this.hash = h;
      }
      now = performance.now();
      if (now - start >= budgetMs) break;
    }
    return { done: this.finished, items, start, end: performance.now(), lastItemStart };
  }

  get shape(): PageShape {
    if (!this.hasBody) return { key: `${this.href}|no-body`, textChars: 0, elements: 0 };
    const hash = this.elements > this.maxElements ? 'many' : this.chars > MAX_PAGE_TEXT_CHARS ? 'big' : (this.hash >>> 0).toString(16).padStart(8, '0');
    return { key: `${this.href}|${this.elements}|${this.chars}|${hash}`, textChars: this.chars, elements: this.elements };
  }
}

/** The page's shape in one go (tests, and callers that need no yields). */
export function pageShape(doc: Document): PageShape {
  const walk = new ShapeWalk(doc);
  while (!walk.slice(Number.POSITIVE_INFINITY).done);
  return walk.shape;
}

export function fingerprint(doc: Document): string {
  return pageShape(doc).key;
}
