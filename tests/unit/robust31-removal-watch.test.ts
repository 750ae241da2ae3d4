// @vitest-environment happy-dom
/**
 * The removal watch (session 18, item 3): while highlights were painted, a
 * 2 s timer looked whether the page took them away, for as long as the tab
 * was open (3.4-4.7 ms of main thread per 20 s idle on the sample article
 * in Chromium; 1.2 ms with the growing waits). A registry cleared leaves no trace a MutationObserver sees, so
 * the watch still looks, but less and less often while the page leaves them
 * alone, and soon again when the page changes its markup or the reader looks.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageController, REMOVAL_BACKOFF } from '../../entrypoints/content/page';
import { readArticleResponse } from '../../utils/summary';
import { loadArticlePage, unloadArticlePage } from '../helpers/article-page';
import { registeredRanges, type FakeHighlight } from '../helpers/fake-highlights';

beforeEach(loadArticlePage);
afterEach(unloadArticlePage);

const registry = (): Map<string, FakeHighlight> => (window as unknown as { CSS: { highlights: Map<string, FakeHighlight> } }).CSS.highlights;
const reader = async (article: Parameters<typeof readArticleResponse>[0]) => readArticleResponse(article, () => performance.now());
const BASE = 10;
const looks = (page: PageController): number => page.trace.records.filter((r) => r.name === 'removal-check').length;

describe('robust31: the removal watch looks less often on a quiet page', () => {
  it('each look that finds the highlights in place doubles the wait, up to REMOVAL_BACKOFF times the first', async () => {
    const page = new PageController(document, null, reader, { removalCheckMs: BASE });
    await page.popupSummary();
    expect(page.removalWatch).toEqual({ wait: BASE, scheduled: true });
    await vi.waitFor(() => expect(looks(page)).toBeGreaterThanOrEqual(1), { timeout: 3000, interval: 2 });
    expect(page.removalWatch.wait).toBeGreaterThanOrEqual(2 * BASE);
    await vi.waitFor(() => expect(looks(page)).toBeGreaterThanOrEqual(5), { timeout: 5000, interval: 5 });
    expect(page.removalWatch).toEqual({ wait: BASE * REMOVAL_BACKOFF, scheduled: true });
    page.dispose();
  });

  it('the page changing its markup, or the reader looking, brings the next look back soon', async () => {
    const page = new PageController(document, null, reader, { removalCheckMs: BASE });
    await page.popupSummary();
    await vi.waitFor(() => expect(page.removalWatch.wait).toBe(BASE * REMOVAL_BACKOFF), { timeout: 5000, interval: 5 });
    // The page adds a line somewhere (seen by the observer of the painted page).
    document.body.appendChild(document.createElement('p')).textContent = 'Live: markets open higher.';
    await vi.waitFor(() => expect(page.removalWatch.wait).toBe(BASE), { timeout: 3000, interval: 2 });
    await vi.waitFor(() => expect(page.removalWatch.wait).toBe(BASE * REMOVAL_BACKOFF), { timeout: 5000, interval: 5 });
    page.pokeRemovalWatch();
    expect(page.removalWatch).toEqual({ wait: BASE, scheduled: true });
    page.dispose();
  });

  it('a registry cleared after the looks grew sparse is still painted again', async () => {
    const page = new PageController(document, null, reader, { removalCheckMs: BASE });
    await page.popupSummary();
    const painted = registeredRanges(registry());
    await vi.waitFor(() => expect(page.removalWatch.wait).toBe(BASE * REMOVAL_BACKOFF), { timeout: 5000, interval: 5 });
    registry().clear();
    await vi.waitFor(() => expect(registeredRanges(registry())).toBe(painted), { timeout: 3000, interval: 5 });
    // Painted again: the watch starts over from the first wait.
    expect(page.removalWatch.wait).toBeLessThan(BASE * REMOVAL_BACKOFF);
    expect(page.currentResponse().removedByPage).toBe(false);
    page.dispose();
  });

  it('negative: highlights off, nothing is looked at and a poke does nothing', async () => {
    const page = new PageController(document, null, reader, { removalCheckMs: BASE });
    await page.popupSummary();
    page.enabled = false;
    await page.apply({ reread: false });
    expect(page.removalWatch.scheduled).toBe(false);
    page.pokeRemovalWatch();
    expect(page.removalWatch.scheduled).toBe(false);
    const before = looks(page);
    await new Promise((resolve) => setTimeout(resolve, 5 * BASE));
    expect(looks(page)).toBe(before);
    page.dispose();
  });
});
