/**
 * Review F3 (session 16), in real Chromium: a page that re-renders its article
 * (the same text in new nodes, as React or hydration does) cut every
 * highlight loose: the ranges collapse, nothing is drawn, and the card still
 * said they were on. Now the content script's MutationObserver re-anchors the
 * findings (no new reading) and paints them again by itself; the card's answer
 * counts the findings on the page and says the page redrew it.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { analyzeTab, tabIdOfPage } from './page-guard';
import { STORY_A, storyPage } from './fixtures/big/articles';
import { useStorySession } from './story-session';
import { within } from './fixtures/big/probe';

const WAIT_MS = 60_000;

const rig = useStorySession({ '/redraw.html': storyPage(STORY_A) });


/** Registered ranges the browser draws (a range cut loose has no box). */
async function drawnRanges(p: Page): Promise<number> {
  return p.evaluate(() => {
    let n = 0;
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h) => h.forEach((r) => { if (r.getClientRects().length > 0) n++; }));
    return n;
  });
}

describe('robust29 F3: a page that redraws its article', () => {
  it('the highlights come back by themselves after a re-render, without a new reading', async () => {
    const { session } = rig;
    const page = await rig.show('/redraw.html');
    const tabId = await tabIdOfPage(session, page);
    const first = await within(analyzeTab(session, tabId), WAIT_MS, 'first summary');
    expect(first.anchored).toBeGreaterThan(0);
    await expect.poll(() => drawnRanges(page), { timeout: WAIT_MS }).toBeGreaterThan(0);
    const drawn = await drawnRanges(page);
    // The page's re-render: the same markup, new nodes. At once nothing of ours is drawn.
    const lost = await page.evaluate(() => {
      const a = document.querySelector('article')!;
      a.innerHTML = a.innerHTML;
      let n = 0;
      (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h) => h.forEach((r) => { if (r.getClientRects().length > 0) n++; }));
      return n;
    });
    expect(lost).toBe(0);
    // No popup, no message: the observer re-anchors and paints again.
    await expect.poll(() => drawnRanges(page), { timeout: 10_000, interval: 100 }).toBe(drawn);
    const after = (await session.worker.evaluate(`chrome.tabs.sendMessage(${tabId}, { type: 'get-summary' })`)) as typeof first;
    expect(after.analysisId).toBe(first.analysisId);
    expect(after.anchored).toBe(first.anchored);
    expect(after.redraw).toEqual({ found: first.anchored, total: first.anchored });
  });
});
