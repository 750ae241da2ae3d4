// @vitest-environment happy-dom
/**
 * Review F2 (session 16): the page shares CSS.highlights with Roundup and can
 * clear it (remover.html: CSS.highlights.clear() every 500 ms). The card then
 * said "On" with its counts while nothing was drawn, and opening it again did
 * not paint again. Now the registered count is read from the registry, and the
 * card's next request paints again.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageController } from '../../entrypoints/content/page';
import { readArticleResponse } from '../../utils/summary';
import { loadArticlePage, unloadArticlePage } from '../helpers/article-page';
import { installFakeHighlights, registeredRanges, removeFakeHighlights } from '../helpers/fake-highlights';

let registry: ReturnType<typeof installFakeHighlights>;
beforeEach(() => {
  loadArticlePage();
  registry = installFakeHighlights();
});
afterEach(() => {
  removeFakeHighlights();
  unloadArticlePage();
});

describe('robust28 F2: the page takes Roundup’s highlights away', () => {
  it('after the page clears the registry, the count says none is registered, and the next request paints again', async () => {
    const page = new PageController(document, null, async (article) => readArticleResponse(article, () => performance.now()));
    await page.popupSummary();
    const painted = registeredRanges(registry);
    expect(painted).toBeGreaterThan(0);
    registry.clear();
    const after = await page.apply({ reread: false });
    expect(registeredRanges(registry)).toBe(painted);
    expect(after.registered).toBe(painted);
    registry.clear();
    document.querySelectorAll('style').forEach((s) => s.remove());
    const again = await page.apply({ reread: false });
    expect(again.registered).toBe(painted);
    expect(document.querySelectorAll('style')).toHaveLength(1);
    page.dispose();
  });
});
