// @vitest-environment happy-dom
/**
 * A page too long to read whole (review item: the 10 MB page's deal is in its
 * first paragraph, but the popup only said the page was too long): its first
 * paragraphs, in text order, up to FIRST_PART_CHARS, are read, and the answer
 * says so in its message (status 'ok').
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PageController } from '../../entrypoints/content/page';
import type { ArticleReader } from '../../entrypoints/content/reading';
import { MAX_PAGE_TEXT_CHARS } from '../../utils/page-shape';
import { FIRST_PART_CHARS, FirstPartWalk } from '../../utils/page-first-part';
import type { ArticleToRead } from '../../utils/article';
import { articleOf } from '../../utils/article';
import { readArticleResponse } from '../../utils/summary';
import { installFakeHighlights, removeFakeHighlights } from '../helpers/fake-highlights';

afterEach(() => {
  removeFakeHighlights();
  document.body.innerHTML = '';
});

const DEAL = 'Paris-based Kiplo a levé 12 millions d’euros lors d’une série A menée par Partech, avec la participation de Bpifrance et d’Elaia.';
const FILLER = 'growth said startup market results further results analysts quarter market results the analysts expect the further startup revenue market round. '.repeat(3).trim();

/** A page of `chars` characters of text: the deal first, then filler paragraphs. */
function longPage(chars: number): void {
  const count = Math.ceil(chars / (FILLER.length + 1));
  document.body.innerHTML = `<article><h1>Kiplo lève 12 millions d’euros</h1><p>${DEAL}</p>${`<p>${FILLER}</p>`.repeat(count)}</article>`;
}

/** A reader that reads only the first paragraphs (the filler has nothing) and keeps what it was sent. */
function firstParagraphsReader(sent: ArticleToRead[]): ArticleReader {
  return async (article) => {
    sent.push(article);
    const head = articleOf(article.paragraphs.slice(0, 3), article.source, article.excerpt);
    return readArticleResponse(head, () => performance.now());
  };
}

describe('ux3: a very long page is read in its first part', () => {
  it('the deal in the first paragraph of a page over the limit is found, and the message says only the first part was read', async () => {
    installFakeHighlights();
    longPage(MAX_PAGE_TEXT_CHARS + 50_000);
    const sent: ArticleToRead[] = [];
    const page = new PageController(document, null, firstParagraphsReader(sent));
    const response = await page.popupSummary();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.paragraphs[1]).toBe(DEAL);
    const chars = sent[0]!.paragraphs.reduce((n, p) => n + p.length, 0);
    expect(chars).toBeLessThanOrEqual(FIRST_PART_CHARS);
    expect(chars).toBeGreaterThan(FIRST_PART_CHARS - 1000);
    expect(response.status).toBe('ok');
    expect(response.message).toBe(`Read the first ${FIRST_PART_CHARS.toLocaleString('en')} characters of a very long page.`);
    expect(response.message).toBe('Read the first 100,000 characters of a very long page.');
    expect(response.summary.deals.map((d) => d.company)).toEqual(['Kiplo']);
    expect(response.anchored).toBeGreaterThan(0);
    page.dispose();
  }, 120_000);

  it('negative: a page under the limit is read whole by Readability, with no such message', async () => {
    installFakeHighlights();
    longPage(20_000);
    const sent: ArticleToRead[] = [];
    const page = new PageController(document, null, firstParagraphsReader(sent));
    const response = await page.popupSummary();
    expect(response.status).toBe('ok');
    expect(response.message).toBeNull();
    expect(sent[0]!.paragraphs.length).toBeGreaterThan(40);
    page.dispose();
  });
});

describe('ux3: FirstPartWalk takes paragraphs in text order', () => {
  const walk = (html: string, budget = FIRST_PART_CHARS): FirstPartWalk => {
    document.body.innerHTML = html;
    const w = new FirstPartWalk(document, budget);
    while (!w.slice(1).done);
    return w;
  };

  it('paragraphs, headings and list items once each, in order, through wrappers', () => {
    const w = walk('<div><div><h1>Title</h1><p>One  two</p></div><ul><li><p>Item</p></li></ul><p>Last</p></div>');
    expect(w.paragraphs).toEqual(['Title', 'One two', 'Item', 'Last']);
    expect(w.cut).toBe(false);
  });

  it('negative: scripts, navigation, forms and hidden blocks are not text of the article', () => {
    const w = walk('<nav><p>Menu</p></nav><script>var x = 1;</script><p hidden>Secret</p><form><p>Sign in</p></form><p>Story</p>');
    expect(w.paragraphs).toEqual(['Story']);
  });

  it('stops before the paragraph that would pass the budget, and says it cut', () => {
    const w = walk('<p>aaaa</p><p>bbbb</p><p>cccc</p>', 9);
    expect(w.paragraphs).toEqual(['aaaa', 'bbbb']);
    expect(w.cut).toBe(true);
  });

  it('cuts a first paragraph longer than the whole budget at a word, instead of taking all of it', () => {
    const w = walk(`<p>${'word '.repeat(100)}</p><p>next</p>`, 52);
    expect(w.paragraphs).toEqual([Array(10).fill('word').join(' ')]);
    expect(w.cut).toBe(true);
  });
});
