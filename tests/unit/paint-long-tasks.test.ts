// @vitest-environment happy-dom
/**
 * Painting in two steps (issue 7, long tasks): Chromium rebuilds its markers
 * for every registered highlight range at the next rendering update, so the
 * first paint registers only the ranges in or near the viewport and the rest
 * wait for paintRest. Every range is painted in the end; the <mark> fallback
 * and a paint without `nearViewport` stay one step.
 *
 * happy-dom has no layout and no Highlight API: ranges get a box from a stub
 * (paragraph i sits at y = 100·i − scroll) and a registry stands in.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALL_VISIBLE, type Finding } from '../../utils/categories';
import { HighlightPainter, PLAIN_HIGHLIGHT_NAMES, splitNearViewport, type AnchoredFinding, type NearViewport, type Stroke } from '../../utils/highlight';
import { FakeHighlight, installFakeHighlights, registeredRanges, removeFakeHighlights } from '../helpers/fake-highlights';

const PARAGRAPHS = 300;
const VIEW_HEIGHT = 900;
const LINE = 100;

let registry: Map<string, FakeHighlight>;
let scroll = 0;

/** One range over each paragraph's first word, with a box where its paragraph is. */
function paragraphRanges(): Range[] {
  return [...document.querySelectorAll('p')].map((p, i) => {
    const range = document.createRange();
    range.setStart(p.firstChild!, 0);
    range.setEnd(p.firstChild!, 4);
    Object.defineProperty(range, 'getBoundingClientRect', {
      value: () => ({ top: i * LINE - scroll, bottom: i * LINE - scroll + 20, left: 0, right: 40, width: 40, height: 20 }),
    });
    return range;
  });
}

function finding(id: string, category: Finding['category']): Finding {
  return { id, category, label: id, text: 'Word', context: null, everywhere: false } as unknown as Finding;
}

/** Each range its own finding, categories in turn. */
function anchoredOf(ranges: Range[]): AnchoredFinding[] {
  const categories: Finding['category'][] = ['round', 'money', 'investor', 'lead', 'artifact'];
  return ranges.map((r, i) => ({ finding: finding(`f${i}`, categories[i % categories.length]!), ranges: [r] }));
}

function registered(): number {
  return registeredRanges(registry);
}

function paragraphIndex(r: Range): number {
  return [...document.querySelectorAll('p')].indexOf(r.startContainer.parentElement as HTMLParagraphElement);
}

beforeEach(() => {
  scroll = 0;
  registry = installFakeHighlights();
  const view = document.defaultView as unknown as object;
  Object.defineProperty(view, 'innerHeight', { configurable: true, value: VIEW_HEIGHT });
  document.body.innerHTML = Array.from({ length: PARAGRAPHS }, (_, i) => `<p>Word number ${i}.</p>`).join('');
});

afterEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
  removeFakeHighlights();
});

describe('splitNearViewport: what is painted first', () => {
  const rows: Array<{ name: string; scroll: number; near: NearViewport; first: [number, number] }> = [
    // Paragraph i's box is [100i − scroll, 100i − scroll + 20]: near means bottom ≥ −margin and top ≤ 900 + margin.
    { name: 'top of the page, one screen of margin', scroll: 0, near: { marginPx: 900, maxRanges: 1000 }, first: [0, 18] },
    { name: 'scrolled down: around the viewport only', scroll: 10_000, near: { marginPx: 900, maxRanges: 1000 }, first: [91, 118] },
    { name: 'no margin', scroll: 5_000, near: { marginPx: 0, maxRanges: 1000 }, first: [50, 59] },
    { name: 'capped', scroll: 0, near: { marginPx: 900, maxRanges: 5 }, first: [0, 4] },
    { name: 'scrolled past the end: nothing first', scroll: 100_000, near: { marginPx: 900, maxRanges: 1000 }, first: [0, -1] },
  ];
  for (const row of rows) {
    it(row.name, () => {
      scroll = row.scroll;
      const strokes: Stroke[] = paragraphRanges().map((range) => ({ range, category: 'round' }));
      // The input order is not the document's (categories come one after the other): shuffle it.
      const shuffled = strokes.filter((_, i) => i % 2 === 1).concat(strokes.filter((_, i) => i % 2 === 0).reverse());
      const { first, rest } = splitNearViewport(shuffled, VIEW_HEIGHT, row.near);
      const [from, to] = row.first;
      expect(first.map((s) => paragraphIndex(s.range))).toEqual(Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k));
      expect(first.length + rest.length).toBe(PARAGRAPHS);
      expect(new Set([...first, ...rest]).size).toBe(PARAGRAPHS);
    });
  }
});

describe('HighlightPainter: near the viewport first, every range in the end', () => {
  it('registers the near ranges now and the others on paintRest', () => {
    scroll = 10_000;
    const painter = new HighlightPainter(document, { names: PLAIN_HIGHLIGHT_NAMES });
    painter.paint(anchoredOf(paragraphRanges()), ALL_VISIBLE, { nearViewport: { marginPx: 900, maxRanges: 150 } });
    expect(registered()).toBe(28);
    expect(painter.pendingCount).toBe(PARAGRAPHS - 28);
    expect(painter.rangeCount).toBe(PARAGRAPHS);
    expect(painter.paintRest()).toBe(PARAGRAPHS - 28);
    expect(registered()).toBe(PARAGRAPHS);
    expect(painter.pendingCount).toBe(0);
    // One highlight per category, each with its priority, whichever step registered its ranges.
    expect([...registry.keys()].sort()).toEqual(['roundup-artifact', 'roundup-investor', 'roundup-lead', 'roundup-money', 'roundup-round']);
    expect(registry.get('roundup-round')!.size).toBe(PARAGRAPHS / 5);
    painter.clear();
    expect(registry.size).toBe(0);
  });
});

describe('HighlightPainter: one step when it must be (negatives)', () => {
  it('without nearViewport everything is registered at once', () => {
    const painter = new HighlightPainter(document, { names: PLAIN_HIGHLIGHT_NAMES });
    painter.paint(anchoredOf(paragraphRanges()), ALL_VISIBLE);
    expect(registered()).toBe(PARAGRAPHS);
    expect(painter.pendingCount).toBe(0);
    expect(painter.paintRest()).toBe(0);
  });

  it('the <mark> fallback wraps every range at once (it changes the DOM: no second step)', () => {
    const painter = new HighlightPainter(document, { useHighlightApi: false, names: PLAIN_HIGHLIGHT_NAMES });
    painter.paint(anchoredOf(paragraphRanges()).slice(0, 40), ALL_VISIBLE, { nearViewport: { marginPx: 0, maxRanges: 1 } });
    expect(document.querySelectorAll('mark[data-roundup-mark]').length).toBe(40);
    expect(painter.pendingCount).toBe(0);
    painter.clear();
  });

  it('clear() drops what was waiting: a late paintRest registers nothing', () => {
    const painter = new HighlightPainter(document, { names: PLAIN_HIGHLIGHT_NAMES });
    painter.paint(anchoredOf(paragraphRanges()), ALL_VISIBLE, { nearViewport: { marginPx: 0, maxRanges: 150 } });
    expect(painter.pendingCount).toBeGreaterThan(0);
    painter.clear();
    expect(painter.paintRest()).toBe(0);
    expect(registry.size).toBe(0);
  });

  it('a new paint replaces the waiting ranges of the old one', () => {
    const painter = new HighlightPainter(document, { names: PLAIN_HIGHLIGHT_NAMES });
    const ranges = paragraphRanges();
    painter.paint(anchoredOf(ranges), ALL_VISIBLE, { nearViewport: { marginPx: 0, maxRanges: 150 } });
    painter.paint(anchoredOf(ranges.slice(0, 20)), ALL_VISIBLE, { nearViewport: { marginPx: 0, maxRanges: 150 } });
    painter.paintRest();
    expect(registered()).toBe(20);
  });

  it('hidden categories are neither painted nor queued', () => {
    const painter = new HighlightPainter(document, { names: PLAIN_HIGHLIGHT_NAMES });
    painter.paint(anchoredOf(paragraphRanges()), { ...ALL_VISIBLE, round: false }, { nearViewport: { marginPx: 0, maxRanges: 150 } });
    painter.paintRest();
    expect(registry.has('roundup-round')).toBe(false);
    expect(registered()).toBe(PARAGRAPHS - PARAGRAPHS / 5);
  });
});
