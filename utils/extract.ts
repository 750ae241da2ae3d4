/**
 * Article extraction: Mozilla Readability on a clone of the page, turned into
 * plain-text paragraphs. DOM-library agnostic: it uses only what both a
 * browser and linkedom provide (nodeType numbers, tagName, childNodes), and
 * never throws to its caller.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { openShadowOf, slottedNodes } from './shadow';
import type { ArticleText, SourceInfo } from './types';

/** Readability refuses pages with more elements than this; huge pages get a clear "too large". */
export const DEFAULT_MAX_ELEMENTS = 60_000;
/**
 * Readability's time grows with the square of the nesting depth (300 nested
 * divs: ~0.5 s, 1,000: ~5 s, 3,000: minutes), and recursion on very deep
 * markup overflows the stack. Real pages stay far below this (the deepest of
 * the 130 corpus pages is 38 levels), so deeper markup is refused up front.
 */
export const DEFAULT_MAX_DEPTH = 250;
/**
 * The longest article text analysed (characters). Long-form articles run to
 * ~150,000 characters; beyond 1,000,000 the page is a book, a log or a feed,
 * and the text analysis would keep the page busy for seconds.
 */
export const DEFAULT_MAX_TEXT_CHARS = 1_000_000;

export type ExtractStatus = 'ok' | 'not-article' | 'too-large' | 'error';

export interface ExtractedArticle extends ArticleText {
  status: ExtractStatus;
  /** A sentence for the user when status is not 'ok'. */
  message: string | null;
  meta: Omit<SourceInfo, 'input' | 'url'>;
  excerpt: string | null;
}

export interface ExtractOptions {
  maxElements?: number;
  maxDepth?: number;
  maxTextChars?: number;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Tags that start a new paragraph in the text we analyse. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN', 'NAV', 'BLOCKQUOTE', 'PRE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'TD', 'TH',
  'FIGURE', 'FIGCAPTION', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY', 'CAPTION',
]);
/** Content that is never article prose. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);

const EMPTY_META: ExtractedArticle['meta'] = {
  title: null, byline: null, siteName: null, publishedTime: null, lang: null,
};

/** Run Readability on a clone of `doc` and return the article as paragraphs. */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractedArticle {
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  // A document can lose its root element (script, or an empty file under
  // linkedom, whose title getter then throws): nothing to read, never a crash.
  if (!doc.documentElement || !doc.body) {
    return failure('not-article', 'This page has no content to read.', { ...EMPTY_META, lang: cleanMeta(doc.documentElement?.getAttribute('lang')) });
  }
  // An SVG or XML document (or linkedom's tree for markup without <html>): Readability needs an HTML root.
  if (doc.documentElement.tagName.toUpperCase() !== 'HTML') {
    return failure('not-article', 'This page is not an HTML document, so there is no article to read.', EMPTY_META);
  }
  const fallbackMeta = { ...EMPTY_META, title: cleanMeta(safeTitle(doc)), lang: cleanMeta(doc.documentElement.getAttribute('lang')) };
  try {
    // One walk gives both bounds (a separate querySelectorAll('*') was a second full pass).
    const { elements: count, depth, hosts } = measureTree(doc.documentElement);
    if (count > maxElements) {
      return failure('too-large', `This page has ${count.toLocaleString('en')} elements, more than Roundup reads (${maxElements.toLocaleString('en')}).`, fallbackMeta);
    }
    if (depth > maxDepth) {
      return failure('too-large', `This page's markup is nested more than ${maxDepth.toLocaleString('en')} levels deep, more than Roundup reads.`, fallbackMeta);
    }
    // Web components: an article in an open shadow root is in the clone as the page shows it (see composedClone).
    const clone = pageAsShown(doc, hosts, { maxElements, maxDepth }, 'copy');
    let parsed: ReturnType<Readability<Node>['parse']>;
    try {
      parsed = new Readability<Node>(clone, { maxElemsToParse: maxElements, serializer: (n) => n }).parse();
    } catch (error) {
      // Readability throws on its element bound and on markup it cannot walk:
      // either way there is no article for us to read, which the user should hear.
      const text = error instanceof Error ? error.message : String(error);
      if (/Aborting parsing document/i.test(text)) throw error;
      return failure('not-article', 'Readability could not find an article in this page’s markup.', fallbackMeta);
    }
    const content = parsed?.content;
    const paragraphs = content ? paragraphsOf(content) : [];
    const words = countWords(paragraphs);
    const meta = {
      title: cleanMeta(parsed?.title) ?? fallbackMeta.title,
      byline: cleanMeta(parsed?.byline),
      siteName: cleanMeta(parsed?.siteName),
      publishedTime: cleanMeta(parsed?.publishedTime),
      lang: cleanMeta(parsed?.lang) ?? fallbackMeta.lang,
    };
    // Readability finds "something" on almost any page; a page counts as an
    // article when it looked readerable up front or yielded real prose.
    const chars = paragraphs.reduce((n, p) => n + p.length, 0);
    const maxTextChars = options.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
    if (chars > maxTextChars) {
      return failure('too-large', `This article is ${chars.toLocaleString('en')} characters long, more than Roundup reads (${maxTextChars.toLocaleString('en')}).`, meta);
    }
    // isProbablyReaderable is a walk of its own over the page, asked only when
    // the word count leaves the question open (Readability works on a clone,
    // so the page it reads is the one it would have read up front).
    if (!parsed || paragraphs.length === 0 || (words < 120 && !safeReaderable(pageAsShown(doc, hosts, { maxElements, maxDepth }, 'read-only')))) {
      return failure('not-article', 'This page does not look like an article: Readability found no article text on it.', meta);
    }
    return { status: 'ok', message: null, paragraphs, meta, excerpt: cleanMeta(parsed.excerpt) };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    if (/Aborting parsing document|Maximum call stack/i.test(text)) {
      return failure('too-large', 'This page is too large for Roundup to read.', fallbackMeta);
    }
    return failure('error', `Roundup could not read this page: ${text}`, fallbackMeta);
  }
}

/**
 * The page as a reader sees it: with `hosts` open shadow roots, a composed
 * clone (their content in place, see composedClone), a new one per call, since
 * Readability changes the copy it parses and the readerable check after it
 * must see the page unchanged; without, the page itself, cloned when it is to
 * be changed ('copy': Readability) and as is when it is only read.
 */
function pageAsShown(doc: Document, hosts: number, bounds: TreeBounds, use: 'copy' | 'read-only'): Document {
  if (hosts > 0) return composedClone(doc, bounds.maxElements, bounds.maxDepth);
  return use === 'copy' ? (doc.cloneNode(true) as Document) : doc;
}

/** The bounds a page is refused at. */
interface TreeBounds {
  maxElements: number;
  maxDepth: number;
}

/** The bounds the page is refused at: elements and levels, and the open shadow hosts among them. */
interface TreeMeasure {
  elements: number;
  depth: number;
  hosts: number;
}

/**
 * The number of elements under `root` (itself included) and the nesting
 * depth, without recursion (the markup may be arbitrarily deep). The count is
 * the browser's document.querySelectorAll('*').length: every element of the
 * tree (linkedom's querySelectorAll skips a few, e.g. in <svg>), plus every
 * element of the open shadow roots, a root's children one level below its
 * host: the composed clone and the text index read those too, and the light
 * DOM alone let a page hide any number of elements or levels there (a chain of
 * 100,000 nested shadow roots passed as a three-level page).
 */
function measureTree(root: Element, stopPast = Infinity): TreeMeasure {
  const measure: TreeMeasure = { elements: 0, depth: 0, hosts: 0 };
  const roots: Array<{ root: ShadowRoot; level: number }> = [];
  measureSubtree(root, 1, measure, roots, stopPast);
  for (let next = roots.pop(); next && measure.elements <= stopPast; next = roots.pop()) {
    for (let child = next.root.firstElementChild; child && measure.elements <= stopPast; child = child.nextElementSibling) {
      measureSubtree(child, next.level, measure, roots, stopPast);
    }
  }
  return measure;
}

/**
 * Counts `top` (at `level`) and the elements under it into `measure`; the open shadow roots met go to `roots`.
 * Past `stopPast` elements the count stops (a caller that only asks "within the bounds?" needs no more).
 */
function measureSubtree(top: Element, level: number, measure: TreeMeasure, roots: Array<{ root: ShadowRoot; level: number }>, stopPast: number): void {
  let node: Element | null = top;
  while (node) {
    if (++measure.elements > stopPast) return;
    const shadow = openShadowOf(node);
    if (shadow) {
      measure.hosts++;
      roots.push({ root: shadow, level: level + 1 });
    }
    if (level > measure.depth) measure.depth = level;
    const child: Element | null = node.firstElementChild;
    if (child) {
      node = child;
      level++;
      continue;
    }
    while (node && node !== top && !node.nextElementSibling) {
      node = node.parentElement;
      level--;
    }
    node = node && node !== top ? node.nextElementSibling : null;
  }
}

/**
 * A copy of `doc` as the page shows it (the composed, or flattened, tree): a
 * host of an open shadow root holds its shadow content instead of its own
 * children, with each <slot> replaced by the host's children assigned to it
 * (or by its fallback content). Readability only sees the light DOM, where a
 * web component's article is not (review F4: shadow-only.html read as "no
 * article"). Copied a node at a time, at most `maxElements` elements and
 * `maxDepth` levels (past them a branch is left out: the bounds the page is
 * refused at). Light children no slot shows are left out, as on screen.
 */
export function composedClone(doc: Document, maxElements = DEFAULT_MAX_ELEMENTS, maxDepth = DEFAULT_MAX_DEPTH): Document {
  const clone = doc.cloneNode(false) as Document;
  let budget = maxElements;
  const copy = (node: Node, into: Node, level: number): void => {
    // Made in the clone's document, never in the page's: a copy made there of a custom element runs the
    // page's constructor (and its adoptedCallback on the move); the clone has no browsing context to run it.
    if (node.nodeType !== ELEMENT_NODE) {
      into.appendChild(clone.importNode(node, false));
      return;
    }
    const el = node as Element;
    if (el.localName === 'slot') {
      const shown = slottedNodes(el);
      if (shown) {
        for (const n of shown) copy(n, into, level);
        return;
      }
    }
    if (--budget < 0 || level > maxDepth) return;
    const element = into.appendChild(clone.importNode(el, false));
    const children = openShadowOf(el) ?? el;
    for (let child = children.firstChild; child; child = child.nextSibling) copy(child, element, level + 1);
  };
  for (let child = doc.firstChild; child; child = child.nextSibling) copy(child, clone, 1);
  return clone;
}

function failure(status: ExtractStatus, message: string, meta: ExtractedArticle['meta']): ExtractedArticle {
  return { status, message, paragraphs: [], meta, excerpt: null };
}

function safeTitle(doc: Document): string | null {
  try {
    return doc.title;
  } catch {
    return null;
  }
}

function safeReaderable(doc: Document): boolean {
  try {
    // linkedom has no layout: treat every node as visible there.
    return isProbablyReaderable(doc, { visibilityChecker: isVisibleWithoutLayout });
  } catch {
    return false;
  }
}

/**
 * Said on the card (as its detail, under "No article text found on this
 * page.") when the page Roundup refused holds an article in an embedded frame
 * of its own origin: frames are not read (each is a document of its own), and
 * the generic hint ("it may be inside an embedded frame or a closed component")
 * left the reader guessing on a page where we can tell. A fixed sentence:
 * nothing of the frame's text or title is carried.
 */
export const FRAMED_ARTICLE_MESSAGE = 'The article on this page is inside an embedded frame, which Roundup does not read.';

/**
 * Frames looked into at most, all levels together (a page of many ad frames is
 * not walked whole): the page's own first, then those one level down, then
 * the next level's, and so on (breadth first). It also bounds the depth: a
 * chain of frames is at most this many levels.
 */
export const MAX_FRAMES_LOOKED = 8;

const PAGE_BOUNDS: TreeBounds = { maxElements: DEFAULT_MAX_ELEMENTS, maxDepth: DEFAULT_MAX_DEPTH };

/** What the page's frames say about a page refused as no article (lookIntoFrames). */
export interface FrameLook {
  /** A frame of the page's own origin looks like an article (FRAMED_ARTICLE_MESSAGE). */
  article: boolean;
  /** No such frame, but one that names a document still shows its initial blank one or is not complete. */
  loading: boolean;
}

/**
 * The page's frames (<iframe>, <frame>), for a page refused as no article, up
 * to MAX_FRAMES_LOOKED of them, breadth first: the page's own in order, then
 * those inside its same-origin frames whose documents are within the bounds
 * the page itself is refused at, then those inside these, at any depth
 * (print-replica and archive sites wrap the article's frame in a viewer frame
 * of the same site, and some wrap that viewer in a frame of its own). A frame
 * whose document is reachable (same origin: a srcdoc frame, a frame of the
 * same site) and within those bounds is asked Readability's cheap test
 * (isProbablyReaderable: enough paragraph text); a frame of another origin
 * has no reachable document and says nothing either way. A frame that names
 * a document (src, srcdoc) and is not loaded yet (a lazy frame below the
 * fold, a popup opened before the frame finished) is `loading`: the refusal
 * is then not kept (page.ts), and the next card looks again. Nothing inside a
 * frame of another origin is looked at (Chromium gives the page no document
 * for it). The frames' elements counted together, at every level, stay within
 * `bounds.maxElements` (the frames' loading is still asked past it).
 */
export function lookIntoFrames(doc: Document, bounds: TreeBounds = PAGE_BOUNDS): FrameLook {
  let loading = false;
  // The frames looked into share the page's own element bound (not one each: 8 frames of 60,000 elements
  // were 480,000 steps in one task, for a hint); a frame past what is left is not looked into.
  let budget = bounds.maxElements;
  const frames = firstFrames(doc, MAX_FRAMES_LOOKED);
  for (let i = 0; i < frames.length; i++) {
    const frame = frames[i]!;
    const inner = frameDocumentOf(frame);
    if (!inner) continue;
    loading ||= stillLoading(frame, inner);
    if (!inner.body || budget <= 0) continue;
    const walked = measureWithin(inner, { maxElements: budget, maxDepth: bounds.maxDepth });
    budget -= walked.elements;
    if (!walked.within) continue;
    if (safeReaderable(inner)) return { article: true, loading: false };
    // One level further down, after every frame of this level (breadth first), while the budget lasts.
    frames.push(...firstFrames(inner, MAX_FRAMES_LOOKED - frames.length));
  }
  return { article: false, loading };
}

/** Whether one of the page's frames looked into (lookIntoFrames) is of the page's origin and looks like an article. */
export function articleInSameOriginFrame(doc: Document, bounds: TreeBounds = PAGE_BOUNDS): boolean {
  return lookIntoFrames(doc, bounds).article;
}

/** The first `most` frames of `doc`, in document order (none when it cannot be asked). */
function firstFrames(doc: Document, most: number): Element[] {
  if (most <= 0) return [];
  try {
    const all = doc.querySelectorAll('iframe, frame');
    return Array.from({ length: Math.min(all.length, most) }, (_, i) => all[i]!);
  } catch {
    return [];
  }
}

/** A frame that names a document (src, srcdoc) still showing its initial blank one, or not complete. */
function stillLoading(frame: Element, inner: Document): boolean {
  const src = frame.getAttribute('src') ?? '';
  if (!frame.hasAttribute('srcdoc') && (src === '' || src === 'about:blank')) return false;
  try {
    return inner.readyState !== 'complete' || inner.URL === 'about:blank';
  } catch {
    return false;
  }
}

/**
 * Whether a frame's document is within the bounds the page itself is refused
 * at, and how many elements the count walked (at most maxElements + 1: what
 * lookIntoFrames' shared budget spends). isProbablyReaderable has no bound of
 * its own (a selector pass, then the text of each paragraph it meets): the
 * page reaches it only after measureTree, and a frame of a web app (100,000
 * nodes of a mail client or an editor) was one long task for a hint. The count
 * stops past maxElements: a frame of a million elements costs maxElements
 * steps, not a million.
 */
function measureWithin(doc: Document, bounds: TreeBounds): { within: boolean; elements: number } {
  const root = doc.documentElement;
  if (!root) return { within: false, elements: 0 };
  const { elements, depth } = measureTree(root, bounds.maxElements);
  return { within: elements <= bounds.maxElements && depth <= bounds.maxDepth, elements };
}

/** A frame's document when the page may read it (same origin), else null. */
function frameDocumentOf(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

function isVisibleWithoutLayout(node: Node): boolean {
  const el = node as Element;
  const style = el.getAttribute?.('style') ?? '';
  return !/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style) && !el.hasAttribute?.('hidden') && el.getAttribute?.('aria-hidden') !== 'true';
}

function cleanMeta(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
}

/**
 * Flatten an element into paragraphs: block elements and line breaks end a
 * paragraph; runs of whitespace (incl. NBSP) inside one become one space,
 * matching what a reader sees. Soft hyphens and zero-width characters are
 * dropped, as the browser does not render them.
 */
export function paragraphsOf(root: Node): string[] {
  const out: string[] = [];
  let buffer = '';
  const flush = (): void => {
    const text = buffer.replace(/[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
    if (text) out.push(text);
    buffer = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      buffer += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}

export function countWords(paragraphs: string[]): number {
  let n = 0;
  for (const p of paragraphs) n += p.split(/\s+/).filter(Boolean).length;
  return n;
}
