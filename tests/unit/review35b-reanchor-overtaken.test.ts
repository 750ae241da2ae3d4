// @vitest-environment happy-dom
/**
 * Review of session 22, R2: a re-anchor the page changed under is no evidence
 * that the highlighted text is gone. On a long page the text index is built in
 * slices; a redraw landing between two of them leaves the index on a page that
 * no longer is, fewer findings are found, and the card said "The page changed
 * the article" for up to a second although the page had only redrawn it. Such
 * a pass now decides nothing about the text; the next one (which the change
 * scheduled) does.
 *
 * Made deterministic without timing: the page's change is made from inside the
 * re-anchor, right after its text index was built (the controller's trace
 * records each slice as it ends), which is exactly where a redraw between
 * slices lands.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageController } from '../../entrypoints/content/page';
import type { GetSummaryResponse } from '../../utils/messages';
import { readArticleResponse } from '../../utils/summary';
import { loadArticlePage, unloadArticlePage } from '../helpers/article-page';

beforeEach(loadArticlePage);
afterEach(unloadArticlePage);

const reader = async (article: Parameters<typeof readArticleResponse>[0]) => readArticleResponse(article, () => performance.now());
const fast = { reanchorDebounceMs: 5, reanchorEveryMs: 20 };

type Redraw = GetSummaryResponse['redraw'];

/**
 * Read the page; then `before` acts on the article (which schedules a
 * re-anchor), and `during` acts on the page once, right after that re-anchor's
 * text index was built. Returns what the card was told after each re-anchor,
 * until `done` says enough was told.
 */
async function redrawsTold(before: (article: Element) => void, during: () => void, done: (told: Redraw[]) => boolean): Promise<{ total: number; told: Redraw[] }> {
  const page = new PageController(document, null, reader, fast);
  try {
    const first = await page.popupSummary();
    const add = page.trace.add.bind(page.trace);
    let armed = true;
    vi.spyOn(page.trace, 'add').mockImplementation((record) => {
      add(record);
      if (armed && record.name === 'index') {
        armed = false;
        during();
      }
    });
    const told: Redraw[] = [];
    page.onCardChange = () => void told.push(page.currentResponse().redraw);
    before(document.querySelector('article')!);
    await vi.waitFor(() => expect(done(told)).toBe(true), { timeout: 20_000, interval: 5 });
    expect(armed).toBe(false);
    return { total: first.anchored, told };
  } finally {
    page.dispose();
  }
}

/** The article's first paragraph dropped, an ad beside it changing once during the re-anchor; told until "rewritten". */
async function ledeDroppedBesideAd(): Promise<{ total: number; told: Redraw[] }> {
  const ad = document.body.appendChild(document.createElement('aside'));
  ad.textContent = 'Sponsored: offer 1';
  return redrawsTold(
    (article) => (article.innerHTML = [...article.querySelectorAll('p')].slice(1).map((p) => p.outerHTML).join('')),
    () => (ad.textContent = 'Sponsored: offer 2'),
    (t) => t.some((r) => r?.rewritten),
  );
}

describe('a re-anchor the page changed under decides nothing about the text (R2)', () => {
  it('the article taken down and drawn again while it is re-found: never "rewritten", then all found again', async () => {
    const html = document.querySelector('article')!.innerHTML;
    const { total, told } = await redrawsTold(
      // A framework's redraw in two steps: the old nodes go, the new ones (the same text) come a moment later.
      (article) => (article.innerHTML = '<p>Loading…</p>'),
      () => (document.querySelector('article')!.innerHTML = html),
      (t) => t.some((r) => !!r && r.found === r.total),
    );
    expect(total).toBeGreaterThan(0);
    // Red before the fix: the first re-anchor indexed the placeholder and said { found: 0, total, rewritten: true }.
    expect(told.filter((r) => r?.rewritten)).toEqual([]);
    expect(told.at(-1)).toEqual({ found: total, total });
  });

  it('negative: the text really gone, an ad changing during the first re-anchor: the next one says "rewritten"', async () => {
    const { total, told } = await ledeDroppedBesideAd();
    // The overtaken pass already decides, from the text (robust36-text-gone-ad): the lost words are nowhere on
    // the page, which no redraw does (it said { found: 0, total } until the next pass, and never beside an ad
    // rotating faster than a pass).
    expect(told[0]).toEqual({ found: 0, total, rewritten: true });
    expect(told.at(-1)).toEqual({ found: 0, total, rewritten: true });
  });

  it('the lede gone on a news page whose JSON-LD script still holds it: "rewritten" at the overtaken pass (review of session 23, P1)', async () => {
    const lede = document.querySelector('article p')!.textContent!;
    const jsonLd = document.body.appendChild(document.createElement('script'));
    jsonLd.type = 'application/ld+json';
    jsonLd.textContent = JSON.stringify({ '@type': 'NewsArticle', articleBody: lede });
    const { total, told } = await ledeDroppedBesideAd();
    // Red before the fix: the page's textContent held the script's copy of the lede, so the pass said { found: 0, total }.
    expect(told[0]).toEqual({ found: 0, total, rewritten: true });
  });
});
