// @vitest-environment happy-dom
/**
 * The removal watch on the content script's own wake-up (session 19, item 2):
 * a registry cleared with no markup change (CSS.highlights.clear() from the
 * page's own timer) waited for the growing look (up to 16 s). The content
 * script already wakes every second (its extension context check): with the
 * `removalTick` option the controller runs no timer of its own and looks on
 * that wake-up (lookForRemoval). These rows check the look; what it costs is
 * in `npm run bench -- --phases removal` (never a timed assertion here).
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
  const page = new PageController(document, null, reader, { removalTick: true });
  await page.popupSummary();
  const painted = registeredRanges(registry());
  expect(painted).toBeGreaterThan(0);
  return { page, painted };
}

describe('robust32: the removal watch looks on the content script’s wake-up', () => {
  it('a registry cleared is painted again at the next wake-up, with no timer of ours in between', async () => {
    const { page, painted } = await ticking();
    expect(page.removalWatch.scheduled).toBe(false);
    registry().clear();
    page.lookForRemoval();
    expect(registeredRanges(registry())).toBe(painted);
    expect(page.currentResponse().removedByPage).toBe(false);
    expect(page.removalWatch.scheduled).toBe(false);
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

  it('negative: highlights in place, a look paints nothing; pokes (markup, pointer) schedule nothing', async () => {
    const { page } = await ticking();
    const paints = count(page, 'paint');
    page.lookForRemoval();
    page.lookForRemoval();
    expect(count(page, 'removal-check')).toBe(2);
    expect(count(page, 'paint')).toBe(paints);
    page.pokeRemovalWatch();
    document.body.appendChild(document.createElement('p')).textContent = 'Live: markets open higher.';
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(page.removalWatch.scheduled).toBe(false);
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

  it('negative: a controller without the option keeps its own timer and ignores the wake-up', async () => {
    const page = new PageController(document, null, reader, { removalCheckMs: 60_000 });
    await page.popupSummary();
    expect(page.removalWatch.scheduled).toBe(true);
    registry().clear();
    page.lookForRemoval();
    expect(registeredRanges(registry())).toBe(0);
    page.dispose();
  });
});
