/**
 * Reading the page: the article handed to the reader (the background worker)
 * and its answer made an analysis, with a time limit; the first part of a
 * page too long to read whole; the answer without analysis for a page too
 * large. PageController decides when to read and keeps the result.
 */
import { articleOf, emptySummary, type Analysis, type ArticleToRead } from '../../utils/article';
import type { ReadArticleResponse } from '../../utils/messages';
import { FIRST_PART_NOTE, FirstPartWalk } from '../../utils/page-first-part';
import { MAX_PAGE_TEXT_CHARS } from '../../utils/page-shape';
import { CHUNK_MS, type StepTrace, yieldToPage } from './trace';

/**
 * How long we wait for the reader's answer. The reader gives up on its own
 * after READ_BUDGET_MS (utils/summary.ts); this is for a reader that never
 * answers at all (its worker was stopped mid-reading).
 */
export const READ_TIMEOUT_MS = 60_000;

/**
 * Reads the article text (funding, investors, money, artifacts). In the
 * extension it is the background worker, reached by a read-article message,
 * so the readers never run on the page's main thread; tests pass the readers
 * themselves.
 */
export type ArticleReader = (article: ArticleToRead) => Promise<ReadArticleResponse>;

/** What a reading works with: the page, the trace of our tasks on it, and the reader. */
export interface ReadingIO {
  doc: Document;
  trace: StepTrace;
  reader: ArticleReader;
}

/** `promise`, or a rejection once `ms` have passed without its answer. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms / 1000} s`)), ms);
    promise.then(
      (value) => { clearTimeout(timer); resolve(value); },
      (error: unknown) => { clearTimeout(timer); reject(error instanceof Error ? error : new Error(String(error))); },
    );
  });
}

/** An answer without analysis: the page is too large, and the message says why. */
export function refusal(doc: Document, message: string): Analysis {
  let title: string | null = null;
  try {
    title = doc.title.replace(/\s+/g, ' ').trim() || null;
  } catch {
    /* no title */
  }
  const lang = doc.documentElement?.getAttribute('lang')?.trim() || null;
  return { status: 'too-large', message, paragraphs: [], summary: emptySummary({ url: doc.location?.href ?? null, title, lang }, false) };
}

/**
 * The first part of a page too long to read whole, walked without Readability
 * (FirstPartWalk) and read; null when the work was dropped meanwhile. A real
 * refusal only when the page has no paragraph to read at all.
 */
export async function readFirstPart(io: ReadingIO, gone: () => boolean): Promise<{ analysis: Analysis; workMs: number; readerGaveUp: boolean; firstPart: boolean } | null> {
  let workMs = 0;
  const walk = new FirstPartWalk(io.doc);
  for (;;) {
    await yieldToPage(io.trace);
    if (gone()) return null;
    const slice = walk.slice(CHUNK_MS);
    io.trace.add({ name: 'first-part', start: slice.start, end: slice.end, items: slice.items, lastItemStart: slice.lastItemStart });
    workMs += slice.end - slice.start;
    if (slice.done) break;
  }
  if (walk.paragraphs.length === 0) {
    return { analysis: refusal(io.doc, `This page has over ${MAX_PAGE_TEXT_CHARS.toLocaleString('en')} characters of text, more than Roundup reads.`), workMs, readerGaveUp: false, firstPart: false };
  }
  await yieldToPage(io.trace);
  if (gone()) return null;
  const article = articleOf(walk.paragraphs, refusal(io.doc, '').summary.source, null);
  const outcome = await readArticle(io, article, gone);
  if (!outcome) return null;
  workMs += outcome.readMs;
  const analysis = outcome.analysis;
  if (outcome.gaveUp) return { analysis, workMs, readerGaveUp: true, firstPart: false };
  analysis.message = walk.cut ? FIRST_PART_NOTE : 'Read the paragraphs of a very long page, without its other text.';
  return { analysis, workMs, readerGaveUp: false, firstPart: true };
}

/**
 * Hand `article` to the reader and make the analysis of its answer; null
 * when the work was dropped meanwhile. A reading that ran out of time is
 * not kept (gaveUp): the next request reads again (by then the worker is warm).
 */
export async function readArticle(io: ReadingIO, article: ArticleToRead, gone: () => boolean): Promise<{ analysis: Analysis; readMs: number; gaveUp: boolean } | null> {
  const sent = performance.now();
  const reply = withTimeout(io.reader(article), READ_TIMEOUT_MS);
  io.trace.add({ name: 'send', start: sent, end: performance.now(), whole: true });
  let response: ReadArticleResponse;
  try {
    response = await reply;
  } catch (error) {
    if (gone()) return null;
    // The popup offers Retry on an error: no "open again" advice here.
    throw new Error(`its reader did not answer (${error instanceof Error ? error.message : String(error)}).`);
  }
  const analysis: Analysis = response.summary
    ? { summary: response.summary, status: 'ok', message: null, paragraphs: article.paragraphs }
    : refusal(io.doc, response.message);
  return { analysis, readMs: response.readMs, gaveUp: !response.summary };
}
