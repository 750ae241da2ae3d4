// @vitest-environment happy-dom
/**
 * A live page (a ticker adding a paragraph every 1.5 s) read once per popup
 * open (review item: "stopped reading after 35 s" on a 7-paragraph page that
 * keeps adding text; Retry worked). The popup's request read the page, then
 * its paint saw the page changed, dropped that reading and read again: two
 * readings per open, the second replacing a finished one. Now the card's
 * reading is painted and marked "page changed"; a new popup open reads again.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageController } from '../../entrypoints/content/page';
import type { ArticleReader } from '../../entrypoints/content/reading';
import { readArticleResponse } from '../../utils/summary';
import { loadArticlePage, unloadArticlePage } from '../helpers/article-page';

beforeEach(loadArticlePage);
afterEach(unloadArticlePage);

let ticks = 0;
/** The page's ticker: one more paragraph. */
function tick(): void {
  ticks++;
  const p = document.createElement('p');
  p.textContent = `Update ${ticks}: the company also said it had signed a new customer in Lyon, its ${ticks}th this year.`;
  document.querySelector('article')!.appendChild(p);
}

/** A reader during whose work the page ticks (as a live page does while the worker reads). */
function tickingReader(calls: { n: number }): ArticleReader {
  return async (article) => {
    calls.n++;
    tick();
    return readArticleResponse(article, () => performance.now());
  };
}

/** Let the MutationObserver deliver its records. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('ux3: a page that keeps changing is read once per popup open', () => {
  it('the popup\'s request reads once, paints that reading and says the page changed', async () => {
    const calls = { n: 0 };
    const page = new PageController(document, null, tickingReader(calls));
    const response = await page.popupSummary();
    expect(calls.n).toBe(1);
    expect(response.status).toBe('ok');
    expect(response.summary.deals.map((d) => d.company)).toEqual(['Acme']);
    expect(response.anchored).toBeGreaterThan(0);
    expect(response.pageChanged).toBe(true);
    page.dispose();
  });

  it('the card\'s switches and "Show on page" use the card\'s reading, not a new one', async () => {
    const calls = { n: 0 };
    const page = new PageController(document, null, tickingReader(calls));
    const first = await page.popupSummary();
    tick();
    await settle();
    page.visible = { ...page.visible, money: false };
    await page.apply({ reread: false });
    const shown = await page.scrollTo(first.anchoredIds[0]!);
    expect(shown.found).toBe(true);
    expect(calls.n).toBe(1);
    expect(page.currentResponse().analysisId).toBe(first.analysisId);
    page.dispose();
  });

  it('negative: opening the popup again after the change reads the page as it is then', async () => {
    const calls = { n: 0 };
    const page = new PageController(document, null, tickingReader(calls));
    const first = await page.popupSummary();
    await settle();
    const again = await page.popupSummary();
    expect(calls.n).toBe(2);
    expect(again.analysisId).toBeGreaterThan(first.analysisId);
    expect(again.paragraphCount).toBeGreaterThan(first.paragraphCount);
    page.dispose();
  });

  it('negative: a page that does not change is read once and not marked changed', async () => {
    let n = 0;
    const page = new PageController(document, null, async (article) => {
      n++;
      return readArticleResponse(article, () => performance.now());
    });
    const response = await page.popupSummary();
    await page.apply();
    expect(n).toBe(1);
    expect(response.pageChanged).toBe(false);
    page.dispose();
  });
});
