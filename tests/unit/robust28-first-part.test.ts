// @vitest-environment happy-dom
/**
 * Review F5 (session 16): an article of 1-4 million characters was refused
 * outright ("This article is 2,650,785 characters long, more than Roundup reads
 * (1,000,000).") while the README promises a very long page is read in its
 * first 100,000 characters, as a page over 4 million already was. Now every
 * article too long to read whole is read in its first part, with the same note.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PageController } from '../../entrypoints/content/page';
import type { ArticleReader } from '../../entrypoints/content/reading';
import { MAX_PAGE_TEXT_CHARS } from '../../utils/page-shape';
import { FIRST_PART_CHARS, firstPartOf } from '../../utils/page-first-part';
import { articleOf, type ArticleToRead } from '../../utils/article';
import { DEFAULT_MAX_TEXT_CHARS } from '../../utils/extract';
import { readArticleResponse } from '../../utils/summary';
import { installFakeHighlights, removeFakeHighlights } from '../helpers/fake-highlights';

afterEach(() => {
  removeFakeHighlights();
  document.body.innerHTML = '';
});

const DEAL = 'Paris-based Kiplo a levé 12 millions d’euros lors d’une série A menée par Partech, avec la participation de Bpifrance et d’Elaia.';
const FILLER = 'growth said startup market results further results analysts quarter market results the analysts expect the further startup revenue market round. ';

/** A reader that reads only the start of the first three paragraphs (the filler has nothing) and keeps what it was sent. */
function firstParagraphsReader(sent: ArticleToRead[]): ArticleReader {
  return async (article) => {
    sent.push(article);
    const head = article.paragraphs.slice(0, 3).map((p) => p.slice(0, 400));
    return readArticleResponse(articleOf(head, article.source, article.excerpt), () => performance.now());
  };
}

const chars = (paragraphs: string[]): number => paragraphs.reduce((n, p) => n + p.length, 0);

describe('robust28 F5: an article of 1-4 million characters is read in its first part', () => {
  it('one paragraph of 1.1 M characters (hugepara.html had 2.6 M): its first 100,000 characters are read, with the note', async () => {
    installFakeHighlights();
    const huge = `${DEAL} ${FILLER.repeat(Math.ceil(1_100_000 / FILLER.length))}`;
    document.body.innerHTML = `<article><h1>Kiplo lève 12 millions d’euros</h1><p>${huge}</p></article>`;
    const sent: ArticleToRead[] = [];
    const page = new PageController(document, null, firstParagraphsReader(sent));
    const response = await page.popupSummary();
    expect(response.status).toBe('ok');
    expect(response.message).toBe('Read the first 100,000 characters of a very long page.');
    expect(sent).toHaveLength(1);
    expect(chars(sent[0]!.paragraphs)).toBeLessThanOrEqual(FIRST_PART_CHARS);
    expect(sent[0]!.paragraphs.join(' ')).toContain(DEAL);
    expect(response.summary.deals.map((d) => d.company)).toEqual(['Kiplo']);
    expect(response.retryable).toBe(false);
    page.dispose();
  }, 120_000);

  it('many paragraphs, 1.2 M characters in all (p50k.html): the first paragraphs up to 100,000 characters, in order', async () => {
    installFakeHighlights();
    const para = FILLER.repeat(40).trim();
    const count = Math.ceil(1_200_000 / para.length);
    document.body.innerHTML = `<article><h1>Kiplo lève 12 millions d’euros</h1><p>${DEAL}</p>${`<p>${para}</p>`.repeat(count)}</article>`;
    const sent: ArticleToRead[] = [];
    const page = new PageController(document, null, firstParagraphsReader(sent));
    const response = await page.popupSummary();
    expect(response.status).toBe('ok');
    expect(response.message).toBe('Read the first 100,000 characters of a very long page.');
    expect(sent[0]!.paragraphs).toContain(DEAL);
    expect(chars(sent[0]!.paragraphs)).toBeLessThanOrEqual(FIRST_PART_CHARS);
    expect(chars(sent[0]!.paragraphs)).toBeGreaterThan(FIRST_PART_CHARS - para.length - 1);
    expect(response.summary.deals.map((d) => d.company)).toEqual(['Kiplo']);
    page.dispose();
  }, 120_000);
});

describe('robust28 F5: firstPartOf', () => {
  it('null (read whole) at or under the limit', () => {
    expect(firstPartOf(['a'.repeat(10), 'b'.repeat(10)], 20, 5)).toBeNull();
  });
  it('over the limit: whole paragraphs up to the budget; a first paragraph alone over it is cut at a word', () => {
    expect(firstPartOf(['aaaa', 'bbbb', 'cccc'], 10, 9)).toEqual(['aaaa', 'bbbb']);
    expect(firstPartOf([`${'word '.repeat(30)}`.trim(), 'next'], 10, 100)).toEqual([`${'word '.repeat(20)}`.trim()]);
  });
  it('the page limits stay ordered: the first part is under what is read whole, which is under the walk path', () => {
    expect(FIRST_PART_CHARS).toBeLessThan(DEFAULT_MAX_TEXT_CHARS);
    expect(DEFAULT_MAX_TEXT_CHARS).toBeLessThan(MAX_PAGE_TEXT_CHARS);
  });
});
