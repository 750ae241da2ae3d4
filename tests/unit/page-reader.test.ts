// @vitest-environment happy-dom
/**
 * The page controller hands the article's text to a reader (the background
 * worker, in the extension) and builds its answer from the reading: what the
 * reader is sent, a reader that gives up, a reader that never answers, and a
 * page that changes while the reader works.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageController } from '../../entrypoints/content/page';
import type { ArticleReader } from '../../entrypoints/content/reading';
import type { ArticleToRead } from '../../utils/article';
import { readArticleResponse } from '../../utils/summary';
import { ARTICLE_HTML, loadArticlePage, unloadArticlePage } from '../helpers/article-page';


beforeEach(loadArticlePage);
afterEach(unloadArticlePage);

describe('PageController and its reader', () => {
  it('sends the article as Readability read it, and answers with the reading', async () => {
    const sent: ArticleToRead[] = [];
    const reader: ArticleReader = async (article) => {
      sent.push(article);
      return readArticleResponse(article, () => performance.now());
    };
    const page = new PageController(document, null, reader);
    const response = await page.summaryResponse();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.paragraphs.some((p) => p.includes('has raised $5 million'))).toBe(true);
    expect(sent[0]!.paragraphs.every((p) => p === p.trim() && p.length > 0)).toBe(true);
    expect(response.status).toBe('ok');
    expect(response.summary.deals.map((d) => d.company)).toEqual(['Acme']);
    expect(response.paragraphCount).toBe(sent[0]!.paragraphs.length);
    page.dispose();
  });

  it('a reader that gives up: the answer says so, with the reader’s sentence, and the next request reads again', async () => {
    let calls = 0;
    const reader: ArticleReader = async (article) => {
      calls++;
      // The first reading runs out of time (a cold worker on a busy computer); the second one finishes.
      return calls === 1 ? readArticleResponse(article, () => calls * 0, -1) : readArticleResponse(article, () => performance.now());
    };
    const page = new PageController(document, null, reader);
    const response = await page.summaryResponse();
    expect(response.status).toBe('too-large');
    expect(response.message).toMatch(/^Roundup stopped reading after 0\.0 s: the computer is busy\. Open Roundup again to retry\.$/);
    expect(response.summary.deals).toEqual([]);
    expect(response.summary.source.title).toBe('Acme raises $5 million');
    const again = await page.summaryResponse();
    expect(calls).toBe(2);
    expect(again.status).toBe('ok');
    expect(again.summary.deals.map((d) => d.company)).toEqual(['Acme']);
    page.dispose();
  });

  it('a reader that fails: a clear error, and the next request reads again', async () => {
    let calls = 0;
    const reader: ArticleReader = async (article) => {
      calls++;
      if (calls === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
      return readArticleResponse(article, () => performance.now());
    };
    const page = new PageController(document, null, reader);
    await expect(page.summaryResponse()).rejects.toThrow(/reader did not answer \(Could not establish connection/);
    const again = await page.summaryResponse();
    expect(calls).toBe(2);
    expect(again.summary.deals).toHaveLength(1);
    page.dispose();
  });

  it('the page changes while the reader works: the reading is dropped and the new content is read', async () => {
    const sent: ArticleToRead[] = [];
    let page: PageController | null = null;
    const reader: ArticleReader = async (article) => {
      sent.push(article);
      if (sent.length === 1) {
        // The page replaces its article meanwhile (a single-page app's navigation, an edit).
        document.body.innerHTML = ARTICLE_HTML.replaceAll('Acme', 'Brightwave').replaceAll('$5 million', '$7 million');
        page!.invalidate();
      }
      return readArticleResponse(article, () => performance.now());
    };
    page = new PageController(document, null, reader);
    const response = await page.summaryResponse();
    expect(sent.length).toBe(2);
    expect(response.summary.deals.map((d) => [d.company, d.amount?.value])).toEqual([['Brightwave', 7_000_000]]);
    page.dispose();
  });
});
