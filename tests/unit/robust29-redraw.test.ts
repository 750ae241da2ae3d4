// @vitest-environment happy-dom
/**
 * Review F3 (session 16): a page that re-renders its article (the same text in
 * new nodes: React, hydration; mutate.html did `a.innerHTML = orig` every
 * 100 ms) cut every highlight loose, silently: nothing was drawn, and the
 * card's switch and counts still said they were on. Now the page's
 * MutationObserver schedules a re-anchor (debounced, at most one per interval,
 * REANCHOR_MAX_ATTEMPTS in a row), and the card's counts are the findings on
 * the page now, with "N of M found again".
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageController } from '../../entrypoints/content/page';
import { REANCHOR_MAX_ATTEMPTS } from '../../entrypoints/content/reanchor';
import { isLiveRange } from '../../utils/live-range';
import { readArticleResponse } from '../../utils/summary';
import { loadArticlePage, unloadArticlePage } from '../helpers/article-page';
import type { FakeHighlight } from '../helpers/fake-highlights';

beforeEach(loadArticlePage);
afterEach(unloadArticlePage);

const registry = (): Map<string, FakeHighlight> => (window as unknown as { CSS: { highlights: Map<string, FakeHighlight> } }).CSS.highlights;
/** Registered ranges that still cover text. */
function liveRegistered(): number {
  let n = 0;
  registry().forEach((h) => h.ranges.forEach((r) => { if (isLiveRange(r)) n++; }));
  return n;
}
/** The page's re-render: the same markup, new nodes. */
function redraw(): void {
  const article = document.querySelector('article')!;
  article.innerHTML = article.innerHTML;
}
const reader = async (article: Parameters<typeof readArticleResponse>[0]) => readArticleResponse(article, () => performance.now());
const fast = { reanchorDebounceMs: 5, reanchorEveryMs: 20 };

describe('robust29 F3: a page that redraws its article', () => {
  it('gets its highlights back without a new reading, and the card says so', async () => {
    let reads = 0;
    const page = new PageController(document, null, async (a) => (reads++, reader(a)), fast);
    const first = await page.popupSummary();
    const painted = liveRegistered();
    expect(painted).toBeGreaterThan(0);
    redraw();
    await vi.waitFor(() => expect(liveRegistered()).toBe(0), { timeout: 1000 }).catch(() => undefined);
    await vi.waitFor(() => expect(liveRegistered()).toBe(painted), { timeout: 5000, interval: 10 });
    expect(reads).toBe(1);
    const now = page.currentResponse();
    expect(now.anchored).toBe(first.anchored);
    expect(now.redraw).toEqual({ found: first.anchored, total: first.anchored });
    page.dispose();
  });

  it('a page that keeps redrawing is given up on after the attempts, and the card counts what is on the page', async () => {
    const page = new PageController(document, null, reader, { reanchorDebounceMs: 30, reanchorEveryMs: 40 });
    const first = await page.popupSummary();
    const anchorings = (): number => page.trace.records.filter((r) => r.name === 'findings').length;
    const before = anchorings();
    // Redraw much faster than the re-anchors (every 5 ms), for well past the attempts.
    const timer = setInterval(redraw, 5);
    try {
      await new Promise((resolve) => setTimeout(resolve, 40 * (REANCHOR_MAX_ATTEMPTS + 5)));
      const reanchors = anchorings() - before;
      expect(reanchors).toBeGreaterThan(0);
      expect(reanchors).toBeLessThanOrEqual(REANCHOR_MAX_ATTEMPTS);
      expect(page.currentResponse().redraw).toEqual({ found: 0, total: first.anchored });
      // The popup opened meanwhile: it finds them again, but counts after the page's next redraw.
      const during = await page.popupSummary();
      expect(during.highlightsOn).toBe(true);
      expect(during.anchored).toBe(0);
      expect(during.anchoredIds).toEqual([]);
      expect(during.redraw).toEqual({ found: 0, total: first.anchored });
    } finally {
      clearInterval(timer);
    }
    // The page stopped: the next popup open finds them all, and they stay.
    const after = await page.popupSummary();
    expect(after.anchored).toBe(first.anchored);
    expect(after.redraw).toEqual({ found: first.anchored, total: first.anchored });
    page.dispose();
  });

  it('a copy injected while the page keeps redrawing (each popup open injects one) counts after a moment, not its fresh paint', async () => {
    const timer = setInterval(redraw, 50);
    try {
      // The page redraws right after the reading too, so the race does not depend on how fast the reading is (on a
      // quiet machine it finished before the timer's first redraw, and the card rightly counted what it had painted).
      const redrawAfterReading: typeof reader = async (a) => { const r = await reader(a); redraw(); return r; };
      const page = new PageController(document, null, redrawAfterReading, { reanchorDebounceMs: 120, reanchorEveryMs: 150 });
      const during = await page.popupSummary();
      expect(during.highlightsOn).toBe(true);
      expect(during.anchored).toBe(0);
      // Said as a redraw (found, then cut loose), or, when the reading's own anchoring met a redraw, as not found.
      if (during.redraw) expect(during.redraw.found).toBe(0);
      expect((during.redraw?.total ?? 0) + during.unanchored).toBeGreaterThan(0);
      page.dispose();
    } finally {
      clearInterval(timer);
    }
  });

  it('negative: a page that does not redraw has no redraw note', async () => {
    const page = new PageController(document, null, reader, fast);
    const first = await page.popupSummary();
    expect(first.redraw ?? null).toBeNull();
    page.dispose();
  });
});
