// @vitest-environment happy-dom
/**
 * A page that changes under the card (a live ticker, an infinite scroll): the
 * page keeps the paragraphs of the card's own reading for the clean copy, the
 * answer says when the page changed after its reading, a reading that ran out
 * of time is marked retryable (a size refusal is not), and the request for the
 * card's paragraphs is validated.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEPT_READINGS, PageController } from '../../entrypoints/content/page';
import type { ArticleReader } from '../../entrypoints/content/reading';
import { isRoundupMessage } from '../../utils/messages';
import { readArticleResponse } from '../../utils/summary';
import { loadArticlePage, unloadArticlePage } from '../helpers/article-page';
import { removeFakeHighlights } from '../helpers/fake-highlights';


const reader: ArticleReader = async (article) => readArticleResponse(article, () => performance.now());

/** The infinite scroll / live page: one more paragraph at the end of the article. */
function addParagraph(n: number): void {
  const p = document.createElement('p');
  p.textContent = `Windra, a Lyon startup number ${n}, raised €3 million in a seed round led by Kima Ventures, its founder said in a statement on Monday.`;
  document.querySelector('article')!.appendChild(p);
}

/** Let the MutationObserver's callback run. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(loadArticlePage);
afterEach(unloadArticlePage);

describe('a page read again while a card is open', () => {
  it('answers the card’s own reading’s paragraphs after the page was read again, the new ones for the new card', async () => {
    const page = new PageController(document, null, reader);
    const first = await page.summaryResponse();
    addParagraph(1);
    await settle();
    const second = await page.summaryResponse();
    expect(second.analysisId).not.toBe(first.analysisId);
    expect(second.summary.article.wordCount).toBeGreaterThan(first.summary.article.wordCount);
    const old = page.paragraphsResponse(first.analysisId);
    expect(old.analysisId).toBe(first.analysisId);
    expect(old.paragraphs.some((p) => p.includes('Windra'))).toBe(false);
    expect(old.paragraphs).toHaveLength(first.paragraphCount);
    const now = page.paragraphsResponse(second.analysisId);
    expect(now.analysisId).toBe(second.analysisId);
    expect(now.paragraphs.some((p) => p.includes('Windra'))).toBe(true);
    // Without an id (an older popup's request): the current reading.
    expect(page.paragraphsResponse().analysisId).toBe(second.analysisId);
    page.dispose();
  });

  it(`keeps only the last ${KEPT_READINGS} readings: an older card gets the current reading's id (the popup then reads again)`, async () => {
    const page = new PageController(document, null, reader);
    const first = await page.summaryResponse();
    let latest = first;
    for (let i = 1; i <= KEPT_READINGS; i++) {
      addParagraph(i);
      await settle();
      latest = await page.summaryResponse();
    }
    const answer = page.paragraphsResponse(first.analysisId);
    expect(answer.analysisId).toBe(latest.analysisId);
    expect(answer.analysisId).not.toBe(first.analysisId);
    page.dispose();
  });

  it('says when the page changed after the reading, and not before', async () => {
    const page = new PageController(document, null, reader);
    await page.summaryResponse();
    expect(page.currentResponse().pageChanged).toBe(false);
    addParagraph(1);
    await settle();
    expect(page.currentResponse().pageChanged).toBe(true);
    // Read again: the new reading is the page as it is.
    const again = await page.summaryResponse();
    expect(again.pageChanged).toBe(false);
    expect(again.summary.deals.map((d) => d.company)).toContain('Windra');
    page.dispose();
  });
});

describe('our own highlights are not a change of the page', () => {
  it('the <mark> fallback painter (no Highlight API) wrapping the findings does not make the card say the page changed', async () => {
    removeFakeHighlights();
    const page = new PageController(document, null, reader);
    // The reading paints at once (highlights are on by default).
    await page.summaryResponse();
    expect(document.querySelectorAll('mark[data-roundup-mark]').length).toBeGreaterThan(0);
    await settle();
    expect(page.currentResponse().pageChanged).toBe(false);
    // The page's own change still counts.
    addParagraph(1);
    await settle();
    expect(page.currentResponse().pageChanged).toBe(true);
    page.dispose();
  });
});

describe('refusals that may succeed later', () => {
  it('a reading that ran out of time is retryable; the next reading is not', async () => {
    let calls = 0;
    const slow: ArticleReader = async (article) => {
      calls++;
      return calls === 1 ? readArticleResponse(article, () => 0, -1) : readArticleResponse(article, () => performance.now());
    };
    const page = new PageController(document, null, slow);
    const refused = await page.summaryResponse();
    expect(refused.status).toBe('too-large');
    expect(refused.retryable).toBe(true);
    const again = await page.summaryResponse();
    expect(again.status).toBe('ok');
    expect(again.retryable).toBe(false);
    page.dispose();
  });

  it('a page of one 5 MB paragraph is read in its first part, which is not retryable', async () => {
    document.body.innerHTML = `<article><p>${'word '.repeat(1_000_001)}</p></article>`;
    const page = new PageController(document, null, reader);
    const answer = await page.summaryResponse();
    expect(answer.status).toBe('ok');
    expect(answer.message).toMatch(/^Read the first 100,000 characters/);
    expect(answer.summary.article.wordCount).toBeLessThanOrEqual(20_000);
    expect(answer.retryable).toBe(false);
    page.dispose();
  });

  it('a page over the limit with no paragraph to read is refused, and the refusal is not retryable', async () => {
    document.body.innerHTML = `<div>${'word '.repeat(1_000_001)}</div>`;
    const page = new PageController(document, null, reader);
    const refused = await page.summaryResponse();
    expect(refused.status).toBe('too-large');
    expect(refused.retryable).toBe(false);
    page.dispose();
  });

  it('a reader that fails: the error leaves "open again" advice to the popup’s Retry button', async () => {
    const failing: ArticleReader = async () => {
      throw new Error('Receiving end does not exist.');
    };
    const page = new PageController(document, null, failing);
    const error = await page.summaryResponse().then(() => null, (e: unknown) => e as Error);
    expect(error?.message).toMatch(/reader did not answer \(Receiving end does not exist\.\)\.$/);
    expect(error?.message).not.toMatch(/Open Roundup again/);
    page.dispose();
  });
});

describe('get-paragraphs names the card’s reading', () => {
  it('accepts no id or an id that can name a reading, and refuses any other', () => {
    const rows: Array<[unknown, boolean]> = [
      [{ type: 'get-paragraphs' }, true],
      [{ type: 'get-paragraphs', analysisId: 0 }, true],
      [{ type: 'get-paragraphs', analysisId: 12 }, true],
      [{ type: 'get-paragraphs', analysisId: -1 }, false],
      [{ type: 'get-paragraphs', analysisId: 1.5 }, false],
      [{ type: 'get-paragraphs', analysisId: '3' }, false],
      [{ type: 'get-paragraphs', analysisId: null }, false],
    ];
    expect(rows.map(([message]) => isRoundupMessage(message))).toEqual(rows.map(([, ok]) => ok));
  });
});
