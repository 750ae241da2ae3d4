/**
 * Paint findings on the page without touching its DOM: the CSS Custom
 * Highlight API (one named highlight per category, styled by one <style>
 * element in <head>). The document's highlight registry and <head> are shared
 * with the page's own scripts (review F2): the names and the style's id are
 * random for each painter (one per injection), so a page cannot pick out
 * Roundup's highlights by name or learn the extension from them; it can still
 * list every highlight and read the text of its ranges. Where the API is missing, <mark> elements wrap the text
 * instead and are unwrapped without a trace. Turning highlights off leaves
 * document.body exactly as it was. Pure DOM, no browser.*.
 */
import { CATEGORIES, CATEGORY_STYLES, type Category, type CategoryVisibility, type Finding } from './categories';

export interface AnchoredFinding {
  finding: Finding;
  ranges: Range[];
}

const PREFIX = 'roundup-';
const MARK_ATTR = 'data-roundup-mark';
/** Later categories win where highlights overlap: a deal amount inside a flagged artifact shows as the amount. */
const PRIORITY: Record<Category, number> = { artifact: 0, money: 1, investor: 2, lead: 3, valuation: 4, round: 5 };
/** The flash of a "Show on page" click is drawn over every category. */
export const FLASH_PRIORITY = 10;

interface HighlightLike {
  priority: number;
  size: number;
  add(range: Range): unknown;
  delete(range: Range): boolean;
}
interface HighlightCtor {
  new (...ranges: Range[]): HighlightLike;
}

/** Where to paint first: the ranges within `marginPx` of the viewport, at most `maxRanges` of them. */
export interface NearViewport {
  marginPx: number;
  maxRanges: number;
}

/**
 * Painting a page with many ranges: above `threshold` ranges only those
 * within `marginPx` of the viewport (at most `maxRanges`) are registered, and
 * the registered set follows scrolling and resizing. Chromium rebuilds its
 * markers for every registered range at each rendering update after a DOM or
 * style change, so with hundreds registered any change the page makes costs a
 * long frame; with the window it costs what a page of findings costs.
 */
export interface ViewportWindow extends NearViewport {
  threshold: number;
  /** Told after each change of the registered set (the content script traces it). */
  onUpdate?: (info: { start: number; end: number; registered: number }) => void;
}

/** The window's state: every stroke in document order, and the slice of them registered. */
interface WindowState {
  options: ViewportWindow;
  sorted: Stroke[];
  lo: number;
  end: number;
  /** The document's vertical span (page coordinates) the registered slice covers; outside it, re-window. */
  coveredTop: number;
  coveredBottom: number;
  /** Set by the scroll of an element or a layout change: the page coordinates say nothing then. */
  dirty: boolean;
  frame: number;
  detach: () => void;
}

/** One range to paint, with its category. */
export interface Stroke {
  range: Range;
  category: Category;
}
interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
  has(name: string): boolean;
  get(name: string): unknown;
}

function highlightApi(win: Window): { registry: HighlightRegistry; Highlight: HighlightCtor } | null {
  const w = win as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor };
  if (w.CSS?.highlights && typeof w.Highlight === 'function') return { registry: w.CSS.highlights, Highlight: w.Highlight };
  return null;
}

export function highlightName(category: Category): string {
  return PREFIX + category;
}

/** The names one painter registers: a highlight per category, the flash, and the stylesheet's id. */
export interface HighlightNames {
  of: (category: Category) => string;
  flash: string;
  styleId: string;
}

/** The readable names (the stylesheet's tests, the command line's previews): never on a live page. */
export const PLAIN_HIGHLIGHT_NAMES: HighlightNames = { of: highlightName, flash: `${PREFIX}flash`, styleId: `${PREFIX}highlight-style` };

/** A CSS identifier nobody can guess: a letter and 16 random hex digits. */
function randomIdent(): string {
  const bytes = new Uint8Array(8);
  const crypto = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  if (crypto?.getRandomValues) crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return `h${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Random names for one injection (stable while it lives): nothing in them
 * says Roundup or which category a highlight is (the stylesheet's colours do).
 */
export function randomHighlightNames(): HighlightNames {
  const token = randomIdent();
  const names = new Map(CATEGORIES.map((c, i) => [c, `${token}-${i}`]));
  return { of: (c) => names.get(c) ?? `${token}-x`, flash: `${token}-f`, styleId: randomIdent() };
}

/** The stylesheet: one rule per category for the Highlight API and the <mark> fallback. */
export function highlightCss(names: HighlightNames = PLAIN_HIGHLIGHT_NAMES): string {
  const rules = CATEGORIES.map((c) => {
    const s = CATEGORY_STYLES[c];
    const look = `background-color: ${s.fill}; text-decoration: underline ${s.lineStyle} ${s.lineWidth}px ${s.line}; text-underline-offset: 3px;`;
    return `::highlight(${names.of(c)}) { ${look} }\nmark[${MARK_ATTR}="${c}"] { color: inherit; ${look} }`;
  });
  rules.push(`::highlight(${names.flash}) { background-color: rgba(255, 214, 0, 0.9); color: #000; }`);
  rules.push(`mark[${MARK_ATTR}="flash"] { background-color: rgba(255, 214, 0, 0.9); color: #000; }`);
  return rules.join('\n');
}

export class HighlightPainter {
  private readonly doc: Document;
  private readonly api: ReturnType<typeof highlightApi>;
  private painted: AnchoredFinding[] = [];
  /** Ranges of `painted` not registered yet (see paint's nearViewport). */
  private pending: Stroke[] = [];
  /** The registered highlight of each category. */
  private readonly highlights = new Map<Category, HighlightLike>();
  /**
   * How many ranges each of them held after our own last change: the page
   * can empty a highlight it finds in the shared registry (h.clear(),
   * h.delete()) and leave it registered, which only its size shows.
   */
  private readonly sizes = new Map<Category, number>();
  private marks: HTMLElement[] = [];
  private style: HTMLStyleElement | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | null = null;
  /** Set while only the ranges near the viewport are registered (see ViewportWindow). */
  private window: WindowState | null = null;
  /** This painter's highlight names and stylesheet id: random unless given (see randomHighlightNames). */
  readonly names: HighlightNames;

  constructor(doc: Document, options: { useHighlightApi?: boolean; names?: HighlightNames } = {}) {
    this.doc = doc;
    const win = doc.defaultView;
    this.api = options.useHighlightApi === false || !win ? null : highlightApi(win);
    this.names = options.names ?? randomHighlightNames();
  }

  /** True for our stylesheet (its coming and going is not a change of the page). */
  ownsNode(node: Node): boolean {
    return node === this.style || (node.nodeType === 1 && (node as Element).localName === 'style' && (node as Element).id === this.names.styleId);
  }

  /** True when painting uses the Highlight API (no DOM change at all). */
  get usesHighlightApi(): boolean {
    return this.api !== null;
  }

  /** Ranges painted now, or queued for paintRest (they will be, in the page's next idle time). */
  get rangeCount(): number {
    return this.painted.reduce((n, a) => n + a.ranges.length, 0);
  }

  /** Ranges queued for paintRest. */
  get pendingCount(): number {
    return this.pending.length;
  }

  /**
   * Ranges registered with the browser now (the others are not drawn until
   * registered). Counted in the document's registry, not in our own list: the
   * page shares that registry and can delete or clear it (review F2), and then
   * nothing is drawn.
   */
  get registeredCount(): number {
    let n = 0;
    for (const [c, h] of this.highlights) if (this.api?.registry.get(this.names.of(c)) === h) n += h.size;
    return n;
  }

  /** True when something the page did took away what we painted: a highlight gone from the registry, or our stylesheet. */
  get removed(): boolean {
    if (this.painted.length === 0) return false;
    if (this.style && !this.style.isConnected) return true;
    for (const [c, h] of this.highlights) {
      if (this.api?.registry.get(this.names.of(c)) !== h || h.size < (this.sizes.get(c) ?? 0)) return true;
    }
    return false;
  }

  /** After our own change to the highlights: what each holds (see `sizes`). */
  private recordSizes(): void {
    this.sizes.clear();
    for (const [c, h] of this.highlights) this.sizes.set(c, h.size);
  }

  /** True while the registered set follows the viewport (a page with more than the window's threshold of ranges). */
  get windowed(): boolean {
    return this.window !== null;
  }

  /**
   * Replace whatever is painted with `findings`, showing only the visible
   * categories. With `nearViewport` (Highlight API only), only the ranges in
   * or near the viewport are registered now and the others wait for
   * paintRest: Chromium rebuilds its markers for every registered range at
   * the next rendering update, so the first paint after our task stays small.
   */
  paint(findings: AnchoredFinding[], visible: CategoryVisibility, options: { nearViewport?: NearViewport; window?: ViewportWindow } = {}): void {
    // Repainting keeps our stylesheet: taking it out and back in would dirty the page's style for the boxes below.
    this.unpaint();
    this.painted = findings.filter((a) => visible[a.finding.category] && a.ranges.length > 0);
    if (this.painted.length === 0) {
      this.clear();
      return;
    }
    if (this.api) {
      const strokes = this.painted.flatMap((a) => a.ranges.map((range) => ({ range, category: a.finding.category })));
      const win = this.doc.defaultView;
      if (options.window && win && strokes.length > options.window.threshold) {
        this.startWindow(win, strokes, options.window);
        return;
      }
      // Boxes are asked before our stylesheet goes in: on a clean layout they cost no style recalculation in our task.
      const split = options.nearViewport && win ? splitNearViewport(strokes, win.innerHeight, options.nearViewport) : { first: strokes, rest: [] };
      this.ensureStyle();
      this.register(split.first);
      this.pending = split.rest;
    } else {
      this.ensureStyle();
      // Wrap from the last range to the first so earlier ranges stay valid.
      const all = this.painted.flatMap((a) => a.ranges.map((r) => ({ r, c: a.finding.category as string })));
      for (let i = all.length - 1; i >= 0; i--) {
        const item = all[i];
        if (item) this.marks.push(...wrapRange(this.doc, item.r, item.c));
      }
    }
  }

  /** Register the ranges paint() left for later (all in one go: one rebuild of the browser's markers). */
  paintRest(): number {
    const rest = this.pending;
    this.pending = [];
    this.register(rest);
    return rest.length;
  }

  /**
   * Register the ranges near the viewport and follow scrolling (capture: an
   * element's scroll too) and resizing, at most once per animation frame.
   */
  private startWindow(win: Window, strokes: Stroke[], options: ViewportWindow): void {
    // Boxes are asked before our stylesheet goes in (see paint); sorted once, searched at every update.
    const sorted = [...strokes].sort(byStart);
    const state: WindowState = { options, sorted, lo: 0, end: 0, coveredTop: 0, coveredBottom: 0, dirty: false, frame: 0, detach: () => undefined };
    this.window = state;
    // (Within paint's own task: not announced as an update.)
    this.moveWindow(win, state, false);
    this.ensureStyle();
    const onScroll = (event: Event): void => {
      // Scrolling an element moves its text but not the page: re-window without the page-coordinate shortcut.
      if (event.target !== this.doc && event.target !== win) state.dirty = true;
      this.scheduleWindow(win, state);
    };
    const onResize = (): void => {
      state.dirty = true;
      this.scheduleWindow(win, state);
    };
    const listen = { capture: true, passive: true } as const;
    win.addEventListener('scroll', onScroll, listen);
    win.addEventListener('resize', onResize, listen);
    // The page growing or shrinking (images, ads, a feed) moves the text under a window that did not scroll.
    const Observer = (win as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
    let observer: ResizeObserver | null = null;
    if (typeof Observer === 'function' && this.doc.body) {
      let first = true;
      observer = new Observer(() => {
        // (The observer reports the size it starts with: no change.)
        if (first) return void (first = false);
        onResize();
      });
      observer.observe(this.doc.body);
    }
    state.detach = (): void => {
      win.removeEventListener('scroll', onScroll, listen);
      win.removeEventListener('resize', onResize, listen);
      observer?.disconnect();
      if (state.frame) win.cancelAnimationFrame(state.frame);
      state.frame = 0;
    };
  }

  private scheduleWindow(win: Window, state: WindowState): void {
    if (state.frame || this.window !== state) return;
    state.frame = win.requestAnimationFrame(() => {
      state.frame = 0;
      if (this.window !== state) return;
      try {
        this.moveWindow(win, state);
      } catch {
        /* the page changed under us: the next scroll tries again */
      }
    });
  }

  /**
   * Re-window when the viewport came within one margin's half of the covered
   * span's edge (or the layout changed): a few box queries (a binary search),
   * and the registered set changes only at its ends.
   */
  private moveWindow(win: Window, state: WindowState, announce = true): void {
    const { marginPx } = state.options;
    const height = win.innerHeight;
    const scrollY = win.scrollY;
    const registeredBefore = state.end - state.lo;
    if (!state.dirty && registeredBefore > 0 && scrollY - state.coveredTop >= marginPx / 2 && state.coveredBottom - (scrollY + height) >= marginPx / 2) return;
    state.dirty = false;
    const start = performance.now();
    const next = windowOf(state.sorted, height, state.options);
    const { sorted } = state;
    // Covered: the margins, or up to the first range left out by the cap.
    state.coveredTop = scrollY - marginPx;
    state.coveredBottom = scrollY + height + marginPx;
    const cut = sorted[next.end];
    if (cut && next.end - next.lo >= state.options.maxRanges) state.coveredBottom = Math.min(state.coveredBottom, scrollY + safeTop(cut.range));
    if (next.lo === state.lo && next.end === state.end && registeredBefore > 0) return;
    const leaving: Stroke[] = [];
    for (let i = state.lo; i < state.end; i++) if (i < next.lo || i >= next.end) leaving.push(sorted[i]!);
    const entering: Stroke[] = [];
    for (let i = next.lo; i < next.end; i++) if (i < state.lo || i >= state.end || registeredBefore === 0) entering.push(sorted[i]!);
    for (const s of leaving) this.highlights.get(s.category)?.delete(s.range);
    state.lo = next.lo;
    state.end = next.end;
    this.register(entering);
    this.recordSizes();
    if (announce) state.options.onUpdate?.({ start, end: performance.now(), registered: state.end - state.lo });
  }

  private register(strokes: Stroke[]): void {
    const api = this.api;
    if (!api || strokes.length === 0) return;
    const byCategory = new Map<Category, Range[]>();
    for (const s of strokes) {
      const list = byCategory.get(s.category);
      if (list) list.push(s.range);
      else byCategory.set(s.category, [s.range]);
    }
    for (const c of CATEGORIES) {
      const ranges = byCategory.get(c);
      if (!ranges) continue;
      const existing = this.highlights.get(c);
      if (existing) {
        for (const r of ranges) existing.add(r);
        continue;
      }
      const h = new api.Highlight(...ranges);
      h.priority = PRIORITY[c];
      api.registry.set(this.names.of(c), h);
      this.highlights.set(c, h);
    }
    this.recordSizes();
  }

  /** Remove every highlight, mark and the stylesheet. */
  clear(): void {
    this.unpaint();
    this.style?.remove();
    this.style = null;
  }

  /** Remove every highlight and mark; the stylesheet stays (a repaint would only put it back). */
  private unpaint(): void {
    this.stopFlash();
    this.window?.detach();
    this.window = null;
    if (this.api) for (const c of CATEGORIES) this.api.registry.delete(this.names.of(c));
    this.highlights.clear();
    this.sizes.clear();
    unwrapMarks(this.marks);
    this.marks = [];
    this.painted = [];
    this.pending = [];
  }

  /** The painted finding under the viewport point (x, y), if any. */
  findingAt(x: number, y: number): AnchoredFinding | null {
    const caret = caretAt(this.doc, x, y);
    // Highest priority first: the one drawn on top is the one explained.
    const order = [...this.painted].sort((a, b) => PRIORITY[b.finding.category] - PRIORITY[a.finding.category]);
    for (const item of order) {
      for (const range of item.ranges) {
        if (caret && !safeIsPointInRange(range, caret.node, caret.offset)) continue;
        if (pointInRects(range, x, y)) return item;
      }
    }
    return null;
  }

  /** Flash `ranges` for a moment (after a scroll), even when highlights are off. */
  flash(ranges: Range[], ms = 1600): void {
    if (!ranges.length) return;
    this.stopFlash();
    this.ensureStyle();
    let marks: HTMLElement[] = [];
    if (this.api) {
      const flash = new this.api.Highlight(...ranges);
      // On top of every category.
      flash.priority = FLASH_PRIORITY;
      this.api.registry.set(this.names.flash, flash);
    } else {
      for (let i = ranges.length - 1; i >= 0; i--) {
        const r = ranges[i];
        if (r) marks = marks.concat(wrapRange(this.doc, r, 'flash'));
      }
    }
    const win = this.doc.defaultView;
    this.flashStop = (): void => {
      this.api?.registry.delete(this.names.flash);
      unwrapMarks(marks);
      if (this.painted.length === 0) {
        this.style?.remove();
        this.style = null;
      }
    };
    this.flashTimer = (win ?? globalThis).setTimeout(() => this.stopFlash(), ms) as ReturnType<typeof setTimeout>;
  }

  private flashStop: (() => void) | null = null;

  private stopFlash(): void {
    if (this.flashTimer !== null) clearTimeout(this.flashTimer);
    this.flashTimer = null;
    const stop = this.flashStop;
    this.flashStop = null;
    stop?.();
  }

  private ensureStyle(): void {
    if (this.style?.isConnected) return;
    const style = this.doc.createElement('style');
    style.id = this.names.styleId;
    style.textContent = highlightCss(this.names);
    (this.doc.head ?? this.doc.documentElement).appendChild(style);
    this.style = style;
  }
}

/** Document order of two ranges' starts; ranges the page cut loose compare equal (they paint nothing anyway). */
function byStart(a: Stroke, b: Stroke): number {
  try {
    return a.range.compareBoundaryPoints(0 /* Range.START_TO_START */, b.range);
  } catch {
    return 0;
  }
}

/**
 * The strokes in or within `marginPx` of a viewport `height` tall (at most
 * `maxRanges`), and the others. Sorted in document order, a page's ranges
 * run down the page, so a binary search on their boxes finds the first one
 * near the viewport in a few layout queries instead of one per range; where
 * the layout is not in document order (columns, floats, fixed boxes) a range
 * merely lands in the later batch.
 */
export function splitNearViewport(strokes: Stroke[], height: number, near: NearViewport): { first: Stroke[]; rest: Stroke[] } {
  const sorted = [...strokes].sort(byStart);
  const { lo, end } = windowOf(sorted, height, near);
  return { first: sorted.slice(lo, end), rest: [...sorted.slice(0, lo), ...sorted.slice(end)] };
}

/**
 * The slice [lo, end) of `sorted` (strokes in document order) in or within
 * `marginPx` of a viewport `height` tall, at most `maxRanges` long: a binary
 * search for the first one whose box ends below the top margin, then a walk
 * down while the boxes start above the bottom margin.
 */
export function windowOf(sorted: Stroke[], height: number, near: NearViewport): { lo: number; end: number } {
  const top = -near.marginPx;
  const bottom = height + near.marginPx;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (safeBottom(sorted[mid]!.range) < top) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < sorted.length && end - lo < near.maxRanges && safeTop(sorted[end]!.range) <= bottom) end++;
  return { lo, end };
}

/** A range's box edges; a range the page cut loose has none (it sits nowhere: above everything). */
function safeTop(range: Range): number {
  try {
    return range.getBoundingClientRect().top;
  } catch {
    return Number.NEGATIVE_INFINITY;
  }
}

function safeBottom(range: Range): number {
  try {
    return range.getBoundingClientRect().bottom;
  } catch {
    return Number.NEGATIVE_INFINITY;
  }
}

function safeIsPointInRange(range: Range, node: Node, offset: number): boolean {
  try {
    return range.isPointInRange(node, offset);
  } catch {
    return false;
  }
}

function pointInRects(range: Range, x: number, y: number): boolean {
  const rects = range.getClientRects();
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (r && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  try {
    if (typeof d.caretPositionFromPoint === 'function') {
      const p = d.caretPositionFromPoint(x, y);
      return p ? { node: p.offsetNode, offset: p.offset } : null;
    }
    if (typeof d.caretRangeFromPoint === 'function') {
      const r = d.caretRangeFromPoint(x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : null;
    }
  } catch {
    /* fall through to rectangle tests only */
  }
  return null;
}

/** Wrap the text a range covers in <mark> elements, one per text node touched. */
function wrapRange(doc: Document, range: Range, category: string): HTMLElement[] {
  const marks: HTMLElement[] = [];
  const texts: Text[] = [];
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) texts.push(root as Text);
  else {
    const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) texts.push(n as Text);
  }
  for (const text of texts) {
    let node = text;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end <= start || !node.parentNode) continue;
    if (end < node.data.length) node.splitText(end);
    if (start > 0) node = node.splitText(start);
    const mark = doc.createElement('mark');
    mark.setAttribute(MARK_ATTR, category);
    node.parentNode?.insertBefore(mark, node);
    mark.appendChild(node);
    marks.push(mark);
  }
  return marks;
}

/** Put the marked text back and merge the split text nodes, so the markup is as before. */
function unwrapMarks(marks: HTMLElement[]): void {
  const parents = new Set<Node>();
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}
