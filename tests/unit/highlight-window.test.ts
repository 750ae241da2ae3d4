// @vitest-environment happy-dom
/**
 * The viewport window (issue 7): above a threshold of ranges only those near
 * the viewport are registered with the browser (Chromium rebuilds the markers
 * of every registered range at each rendering update after a DOM or style
 * change), and the registered set follows scrolling, so every finding is
 * highlighted whenever it is on screen. Below the threshold, and with the
 * <mark> fallback, everything is painted as before.
 *
 * happy-dom has no layout and no Highlight API: range i gets a box at
 * y = 100·i − scrollY from a stub, a registry stands in, and animation frames
 * are flushed by hand.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALL_VISIBLE, type Finding } from '../../utils/categories';
import { HighlightPainter, PLAIN_HIGHLIGHT_NAMES, windowOf, type AnchoredFinding, type Stroke, type ViewportWindow } from '../../utils/highlight';
import { FakeHighlight, installFakeHighlights, removeFakeHighlights } from '../helpers/fake-highlights';

const VIEW_HEIGHT = 900;
const LINE = 100;
const WINDOW: ViewportWindow = { threshold: 300, marginPx: 2 * VIEW_HEIGHT, maxRanges: 150 };

let registry: Map<string, FakeHighlight>;
let scrollY = 0;
/** Layout shift: every box moves down by this much (an image loading above, say). */
let shift = 0;
let frames: Array<() => void> = [];

function setUp(paragraphs: number): void {
  document.body.innerHTML = Array.from({ length: paragraphs }, (_, i) => `<p>Word number ${i}.</p>`).join('');
}

/** One range over each paragraph's first word, with a box where its paragraph is. */
function paragraphRanges(): Range[] {
  return [...document.querySelectorAll('p')].map((p, i) => {
    const range = document.createRange();
    range.setStart(p.firstChild!, 0);
    range.setEnd(p.firstChild!, 4);
    Object.defineProperty(range, 'getBoundingClientRect', {
      value: () => {
        const top = i * LINE + shift - scrollY;
        return { top, bottom: top + 20, left: 0, right: 40, width: 40, height: 20 };
      },
    });
    return range;
  });
}

function finding(id: string, category: Finding['category']): Finding {
  return { id, category, label: id, text: 'Word', context: null, everywhere: false } as unknown as Finding;
}

/** Each range its own finding, categories in turn (listed out of document order, as findings are). */
function anchoredOf(ranges: Range[]): AnchoredFinding[] {
  const categories: Finding['category'][] = ['round', 'money', 'investor', 'lead', 'artifact'];
  const list = ranges.map((r, i) => ({ finding: finding(`f${i}`, categories[i % categories.length]!), ranges: [r] }));
  return [...list.filter((_, i) => i % 2 === 1), ...list.filter((_, i) => i % 2 === 0)];
}

/** The paragraph indexes of the ranges registered now (the flash not counted). */
function registeredIndexes(): number[] {
  const paragraphs = [...document.querySelectorAll('p')];
  const out: number[] = [];
  registry.forEach((h, name) => {
    if (name === 'roundup-flash') return;
    for (const r of h.ranges) out.push(paragraphs.indexOf(r.startContainer.parentElement as HTMLParagraphElement));
  });
  return out.sort((a, b) => a - b);
}

function scrollTo(y: number, target: EventTarget = document): void {
  scrollY = y;
  target.dispatchEvent(new Event('scroll'));
}

function flushFrames(): void {
  const run = frames;
  frames = [];
  for (const f of run) f();
}

beforeEach(() => {
  scrollY = 0;
  shift = 0;
  frames = [];
  registry = installFakeHighlights();
  const view = document.defaultView as unknown as object;
  Object.defineProperty(view, 'innerHeight', { configurable: true, value: VIEW_HEIGHT });
  Object.defineProperty(view, 'scrollY', { configurable: true, get: () => scrollY });
  Object.defineProperty(view, 'requestAnimationFrame', {
    configurable: true,
    value: (f: () => void) => frames.push(f),
  });
  Object.defineProperty(view, 'cancelAnimationFrame', { configurable: true, value: () => { frames = []; } });
});

afterEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
  const view = document.defaultView as unknown as Record<string, unknown>;
  for (const key of ['scrollY', 'requestAnimationFrame', 'cancelAnimationFrame']) delete view[key];
  removeFakeHighlights();
});

/** Every paragraph whose box is in the viewport now. */
function onScreen(total: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < total; i++) {
    const top = i * LINE + shift - scrollY;
    if (top + 20 >= 0 && top <= VIEW_HEIGHT) out.push(i);
  }
  return out;
}

describe('a page with 1,000 ranges: the registered set is bounded and follows the viewport', () => {
  const TOTAL = 1000;
  let painter: HighlightPainter;
  let updates: number;

  beforeEach(() => {
    setUp(TOTAL);
    updates = 0;
    painter = new HighlightPainter(document, { names: PLAIN_HIGHLIGHT_NAMES });
    painter.paint(anchoredOf(paragraphRanges()), ALL_VISIBLE, { window: { ...WINDOW, onUpdate: () => updates++ } });
  });

  afterEach(() => painter.clear());

  it('registers only the ranges within the margins, at most maxRanges, and counts them all as painted', () => {
    expect(painter.windowed).toBe(true);
    expect(painter.rangeCount).toBe(TOTAL);
    const got = registeredIndexes();
    expect(got.length).toBe(painter.registeredCount);
    expect(got.length).toBeGreaterThan(0);
    expect(got.length).toBeLessThanOrEqual(WINDOW.maxRanges);
    // Top of the page: paragraphs 0..(900 + 1800)/100.
    expect(got).toEqual(Array.from({ length: 28 }, (_, i) => i));
  });

  it.each([
    ['to the middle', 50_000],
    ['to the end', TOTAL * LINE - VIEW_HEIGHT],
    ['back to the top', 0],
    ['a little past the first window', 1_000],
  ])('scrolled %s: what is on screen is registered, nothing beyond the margins is', (_, y) => {
    scrollTo(40_000);
    flushFrames();
    scrollTo(y);
    flushFrames();
    const got = registeredIndexes();
    for (const i of onScreen(TOTAL)) expect(got).toContain(i);
    expect(got.length).toBeLessThanOrEqual(WINDOW.maxRanges);
    for (const i of got) {
      const top = i * LINE - scrollY;
      expect(top).toBeGreaterThanOrEqual(-WINDOW.marginPx - 20);
      expect(top).toBeLessThanOrEqual(VIEW_HEIGHT + WINDOW.marginPx);
    }
  });

  it('many scroll events before a frame: one update at the frame', () => {
    for (let y = 10_000; y <= 20_000; y += 500) scrollTo(y);
    expect(updates).toBe(0);
    expect(frames.length).toBe(1);
    flushFrames();
    expect(updates).toBe(1);
  });

  it('a scroll of less than one screen leaves the registered set alone (no rebuild of the markers)', () => {
    const before = registeredIndexes();
    scrollTo(VIEW_HEIGHT - 100);
    flushFrames();
    expect(updates).toBe(0);
    expect(registeredIndexes()).toEqual(before);
  });

  it('an element scrolled, or the layout moved: re-windowed even though the page did not scroll', () => {
    shift = -30_000;
    const inner = document.createElement('div');
    document.body.appendChild(inner);
    inner.dispatchEvent(new Event('scroll'));
    flushFrames();
    expect(updates).toBe(1);
    const got = registeredIndexes();
    for (const i of onScreen(TOTAL)) expect(got).toContain(i);
    expect(got[0]).toBeGreaterThan(200);
  });

  it('a resize re-windows', () => {
    shift = -5_000;
    window.dispatchEvent(new Event('resize'));
    flushFrames();
    expect(updates).toBe(1);
    for (const i of onScreen(TOTAL)) expect(registeredIndexes()).toContain(i);
  });

  it('a flash far from the viewport shows at once, and its range is registered once scrolled to', () => {
    const target = paragraphRanges()[700]!;
    // (Ranges are compared by identity: flash the painted one.)
    const painted = [...document.querySelectorAll('p')][700]!;
    painter.flash([target]);
    expect(registry.get('roundup-flash')?.size).toBe(1);
    scrollTo(700 * LINE - VIEW_HEIGHT / 2);
    flushFrames();
    expect(registeredIndexes()).toContain([...document.querySelectorAll('p')].indexOf(painted));
  });

  it('clear(): everything unregistered, and scrolling registers nothing any more', () => {
    scrollTo(30_000);
    painter.clear();
    expect(registry.size).toBe(0);
    expect(painter.windowed).toBe(false);
    expect(frames).toEqual([]);
    scrollTo(60_000);
    flushFrames();
    expect(registry.size).toBe(0);
    expect(updates).toBe(0);
  });

  it('clear() removes the scroll and resize listeners it added', () => {
    const removed = vi.spyOn(window, 'removeEventListener');
    painter.clear();
    const types = removed.mock.calls.map((c) => c[0]);
    expect(types).toContain('scroll');
    expect(types).toContain('resize');
    removed.mockRestore();
  });

  it('a repaint replaces the window: one set of listeners, the new findings only', () => {
    const added = vi.spyOn(window, 'addEventListener');
    painter.paint(anchoredOf(paragraphRanges()).slice(0, 400), ALL_VISIBLE, { window: WINDOW });
    expect(added.mock.calls.filter((c) => c[0] === 'scroll')).toHaveLength(1);
    added.mockRestore();
    expect(painter.rangeCount).toBe(400);
    expect(painter.registeredCount).toBeLessThanOrEqual(WINDOW.maxRanges);
  });
});

describe('negatives: no window where it is not wanted', () => {
  it('below the threshold every range is registered, and no scroll listener is added', () => {
    setUp(200);
    const added = vi.spyOn(window, 'addEventListener');
    const painter = new HighlightPainter(document, { names: PLAIN_HIGHLIGHT_NAMES });
    painter.paint(anchoredOf(paragraphRanges()), ALL_VISIBLE, { window: WINDOW });
    expect(painter.windowed).toBe(false);
    expect(painter.registeredCount).toBe(200);
    expect(added.mock.calls.filter((c) => c[0] === 'scroll')).toEqual([]);
    added.mockRestore();
    painter.clear();
  });

  it('categories switched off do not count toward the threshold', () => {
    setUp(500);
    const painter = new HighlightPainter(document, { names: PLAIN_HIGHLIGHT_NAMES });
    // Only 'round' visible: every fifth range, 100 of them.
    const visible = { ...ALL_VISIBLE, money: false, investor: false, lead: false, artifact: false };
    painter.paint(anchoredOf(paragraphRanges()), visible, { window: WINDOW });
    expect(painter.windowed).toBe(false);
    expect(painter.registeredCount).toBe(100);
    painter.clear();
  });

  it('the <mark> fallback marks every range (no Highlight API, no window)', () => {
    setUp(400);
    const painter = new HighlightPainter(document, { useHighlightApi: false, names: PLAIN_HIGHLIGHT_NAMES });
    painter.paint(anchoredOf(paragraphRanges()), ALL_VISIBLE, { window: WINDOW });
    expect(painter.windowed).toBe(false);
    expect(document.querySelectorAll('mark[data-roundup-mark]').length).toBe(400);
    painter.clear();
    expect(document.querySelectorAll('mark').length).toBe(0);
  });
});

describe('windowOf', () => {
  function strokes(n: number): Stroke[] {
    setUp(n);
    return paragraphRanges().map((range) => ({ range, category: 'round' as const }));
  }
  it.each([
    // [scrollY, margin, max, lo, end]
    [0, 0, 150, 0, 10],
    [0, 1800, 150, 0, 28],
    [5_000, 0, 150, 50, 60],
    [5_000, 1800, 10, 32, 42],
    [100_000, 1800, 150, 0, 0],
  ])('scrollY %i, margin %i, max %i → [%i, %i)', (y, marginPx, maxRanges, lo, end) => {
    const sorted = strokes(300);
    scrollY = y;
    const got = windowOf(sorted, VIEW_HEIGHT, { marginPx, maxRanges });
    if (end === 0) expect(got.end - got.lo).toBe(0);
    else expect(got).toEqual({ lo, end });
  });
});
