// @vitest-environment happy-dom
/**
 * The removal watch on the content script's own wake-up (session 19, item 2):
 * a registry cleared with no markup change (CSS.highlights.clear() from the
 * page's own timer) waited for the growing look (up to 16 s). The content
 * script already wakes every second (its extension context check): the
 * controller runs no timer of its own and looks on that wake-up
 * (lookForRemoval). Session 20 removed the growing-waits timer the controller
 * still ran without the `removalTick` option (only unit tests made such a
 * controller); its rows (robust31-removal-watch) moved here. These rows check
 * the look; what it costs is in `npm run bench -- --phases removal` (never a
 * timed assertion here).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageController, REMOVAL_MAX_REPAINTS } from '../../entrypoints/content/page';
import { readArticleResponse } from '../../utils/summary';
import { loadArticlePage, unloadArticlePage } from '../helpers/article-page';
import { registeredRanges, type FakeHighlight } from '../helpers/fake-highlights';

beforeEach(loadArticlePage);
afterEach(unloadArticlePage);

const registry = (): Map<string, FakeHighlight> => (window as unknown as { CSS: { highlights: Map<string, FakeHighlight> } }).CSS.highlights;
const reader = async (article: Parameters<typeof readArticleResponse>[0]) => readArticleResponse(article, () => performance.now());
const count = (page: PageController, name: string): number => page.trace.records.filter((r) => r.name === name).length;

/** A controller as main.ts makes it, with its article read and painted. */
async function ticking(): Promise<{ page: PageController; painted: number }> {
  const page = new PageController(document, null, reader);
  await page.popupSummary();
  const painted = registeredRanges(registry());
  expect(painted).toBeGreaterThan(0);
  return { page, painted };
}

describe('robust32: the removal watch looks on the content script’s wake-up', () => {
  it('a registry cleared is painted again at the next wake-up, with no timer of ours in between', async () => {
    const { page, painted } = await ticking();
    registry().clear();
    page.lookForRemoval();
    expect(registeredRanges(registry())).toBe(painted);
    expect(page.currentResponse().removedByPage).toBe(false);
    page.dispose();
  });

  it('a page that keeps clearing it: painted again REMOVAL_MAX_REPAINTS times, then the card is told they were removed', async () => {
    const { page } = await ticking();
    const told = vi.fn();
    page.onCardChange = told;
    for (let i = 0; i <= REMOVAL_MAX_REPAINTS; i++) {
      registry().clear();
      page.lookForRemoval();
    }
    expect(page.currentResponse().removedByPage).toBe(true);
    expect(told).toHaveBeenCalledTimes(1);
    // Given up on: later wake-ups do not look again.
    const looks = count(page, 'removal-check');
    page.lookForRemoval();
    expect(count(page, 'removal-check')).toBe(looks);
    page.dispose();
  });

  it('negative: highlights in place, a look paints nothing', async () => {
    const { page } = await ticking();
    const paints = count(page, 'paint');
    page.lookForRemoval();
    page.lookForRemoval();
    expect(count(page, 'removal-check')).toBe(2);
    expect(count(page, 'paint')).toBe(paints);
    page.dispose();
  });

  it("the page takes our stylesheet out as well (what the old timer's markup poke was for): both back at the next wake-up", async () => {
    const { page, painted } = await ticking();
    const styles = (): number => document.head.querySelectorAll('style').length;
    const before = styles();
    expect(before).toBeGreaterThan(0);
    registry().clear();
    document.head.querySelectorAll('style').forEach((s) => s.remove());
    document.body.appendChild(document.createElement('p')).textContent = 'Live: markets open higher.';
    page.lookForRemoval();
    expect(registeredRanges(registry())).toBe(painted);
    expect(styles()).toBe(before);
    page.dispose();
  });

  it('negative: highlights off, or the tab hidden, the wake-up does not look', async () => {
    const { page } = await ticking();
    page.enabled = false;
    await page.apply({ reread: false });
    page.lookForRemoval();
    expect(count(page, 'removal-check')).toBe(0);
    page.enabled = true;
    await page.apply({ reread: false });
    const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    try {
      registry().clear();
      page.lookForRemoval();
      expect(count(page, 'removal-check')).toBe(0);
      expect(registeredRanges(registry())).toBe(0);
    } finally {
      hidden.mockRestore();
    }
    page.dispose();
  });
});
