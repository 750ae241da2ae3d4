// @vitest-environment happy-dom
/**
 * A page that empties Roundup's highlights without unregistering them (review
 * of session 19): the page shares CSS.highlights with us and can iterate it,
 * so it can call clear() or delete() on each Highlight it finds. The removal
 * watch compared only the registry's entries with ours, so such a page kept
 * nothing painted while the card said "On". A highlight that holds fewer
 * ranges than we left in it is now removed by the page too.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageController, REMOVAL_MAX_REPAINTS } from '../../entrypoints/content/page';
import { readArticleResponse } from '../../utils/summary';
import { loadArticlePage, unloadArticlePage } from '../helpers/article-page';
import { registeredRanges, type FakeHighlight } from '../helpers/fake-highlights';

beforeEach(loadArticlePage);
afterEach(unloadArticlePage);

const registry = (): Map<string, FakeHighlight> => (window as unknown as { CSS: { highlights: Map<string, FakeHighlight> } }).CSS.highlights;
const reader = async (article: Parameters<typeof readArticleResponse>[0]) => readArticleResponse(article, () => performance.now());
const paints = (page: PageController): number => page.trace.records.filter((r) => r.name === 'paint').length;

/** A controller as main.ts makes it (looking on its wake-up), its article read and painted. */
async function painted(): Promise<{ page: PageController; ranges: number }> {
  const page = new PageController(document, null, reader);
  await page.popupSummary();
  const ranges = registeredRanges(registry());
  expect(ranges).toBeGreaterThan(0);
  return { page, ranges };
}

describe('review32: highlights emptied by the page, still registered', () => {
  it('every highlight emptied (h.clear()): painted again at the next look', async () => {
    const { page, ranges } = await painted();
    for (const h of registry().values()) h.ranges.clear();
    expect(registeredRanges(registry())).toBe(0);
    page.lookForRemoval();
    expect(registeredRanges(registry())).toBe(ranges);
    expect(page.currentResponse().removedByPage).toBe(false);
    page.dispose();
  });

  it('one range deleted from one highlight (h.delete()): painted again', async () => {
    const { page, ranges } = await painted();
    const [first] = registry().values();
    const [range] = first!.ranges;
    first!.delete(range!);
    page.lookForRemoval();
    expect(registeredRanges(registry())).toBe(ranges);
    page.dispose();
  });

  it('a page that keeps emptying them: the card is told they were removed', async () => {
    const { page } = await painted();
    for (let i = 0; i <= REMOVAL_MAX_REPAINTS; i++) {
      for (const h of registry().values()) h.ranges.clear();
      page.lookForRemoval();
    }
    expect(page.currentResponse().removedByPage).toBe(true);
    page.dispose();
  });

  it('negative: highlights untouched, or the page adding a range of its own to one: nothing painted again', async () => {
    const { page } = await painted();
    const before = paints(page);
    page.lookForRemoval();
    const [first] = registry().values();
    first!.add(document.createRange());
    page.lookForRemoval();
    expect(paints(page)).toBe(before);
    expect(page.currentResponse().removedByPage).toBe(false);
    page.dispose();
  });
});
