/**
 * The summary: the one object the popup, the exports and the command line
 * share (../shared/contract/SUMMARY.md). Pure: text or a Document in, a
 * Summary out; never throws.
 */
import { findArtifactsInSteps } from './artifacts';
import { articleOf, emptySummary, prepareArticle, type Analysis, type ArticleToRead } from './article';
import { countWords, type ExtractOptions } from './extract';
import { readFundingSteps } from './funding';
import { firstDealRoleOf } from './investor-roles';
import type { ReadArticleResponse } from './messages';
import type { ArticleText, SourceInfo, Summary } from './types';

/** The readers' steps, in order; each pause is named after the reader that paused. */
export type AnalysisStep = 'funding' | 'artifacts';

/**
 * The text readers' part, as steps: funding, then artifacts, each yielding
 * its name at its pauses (the funding reader pauses between sentences, the
 * artifact finder between detectors), so a caller can stop between them.
 */
export function* readArticleSteps(article: ArticleToRead): Generator<AnalysisStep, Analysis, void> {
  const { paragraphs, source } = article;
  const text = { paragraphs };
  // A failure in one reader gives its empty result; the other still runs.
  const funding = yield* safelyInSteps(() => readFundingSteps(text, { lang: source.lang, title: source.title, url: source.url }), 'funding', { deals: [], investors: [], money: [] });
  yield 'funding';
  const artifacts = yield* safelyInSteps(() => findArtifactsInSteps(text), 'artifacts', []);
  yield 'artifacts';
  const summary: Summary = {
    ...emptySummary(source, paragraphs.length > 0),
    deals: funding.deals,
    // One role per investor (the contract): the role in its first deal, main deal first, as the card's first tag says.
    investors: funding.investors.map((i) => ({ ...i, role: firstDealRoleOf(i, funding.deals) })),
    money: funding.money,
    artifacts,
  };
  summary.article.wordCount = countWords(paragraphs);
  // Readability's excerpt is the page's description meta, which some sites fill with their name or the byline:
  // that is not an excerpt (null then); with no excerpt at all, the first sentence stands in.
  summary.article.excerpt = article.excerpt === null ? firstSentenceOf(paragraphs) : excerptOrNull(article.excerpt, source);
  return { summary, status: 'ok', message: null, paragraphs };
}

/**
 * How long the readers may work on one article before it is refused. A long
 * real article reads in well under a second warm; this is for text built to be
 * slow, and it keeps a stuck reading from holding the worker. It leaves room
 * for a worker's first reading, which compiles every pattern (about 2 s of CPU,
 * over 10 s wall on a loaded machine: 15 s refused real articles there).
 */
export const READ_BUDGET_MS = 30_000;

/** The result of reading an article within a time budget: the analysis, or how long was spent before giving up. */
export type BudgetedReading = { analysis: Analysis; elapsedMs: number } | { analysis: null; elapsedMs: number };

/**
 * Read `article`, giving up once `budgetMs` have passed on `now`'s clock
 * (checked between steps): a page of text that would take longer is refused
 * rather than read for minutes.
 */
export function readArticleWithin(article: ArticleToRead, budgetMs: number, now: () => number): BudgetedReading {
  const start = now();
  const steps = readArticleSteps(article);
  try {
    for (;;) {
      const step = steps.next();
      if (step.done) return { analysis: step.value, elapsedMs: now() - start };
      if (now() - start > budgetMs) return { analysis: null, elapsedMs: now() - start };
    }
  } finally {
    steps.return(undefined as unknown as Analysis);
  }
}

/**
 * The budget of a worker's first reading. The first reading compiles every
 * reader's pattern: in Chromium on a loaded machine the first money pass alone
 * ran 15-22 s as ONE step (review F1), which the budget cannot cut, so a short
 * article was refused as "very long". The first reading gets more time; it stays
 * under the content script's READ_TIMEOUT_MS (60 s) so its answer still arrives.
 */
export const COLD_READ_BUDGET_MS = 50_000;

/** Under this many characters an article is short: a reading that runs out of time is the computer's fault, not its length. */
export const SHORT_ARTICLE_CHARS = 20_000;

/**
 * The answer to a read-article request: the reading within `budgetMs`, or why there is none. Pure: the caller says which
 * budget applies (see `articleReader` for a worker's first reading).
 */
export function readArticleResponse(article: ArticleToRead, now: () => number, budgetMs = READ_BUDGET_MS): ReadArticleResponse {
  const reading = readArticleWithin(article, budgetMs, now);
  const readMs = Math.round(reading.elapsedMs);
  if (reading.analysis) return { summary: reading.analysis.summary, readMs };
  // A first reading in a freshly started worker also compiles every reader's patterns, which on a busy computer can take
  // seconds: the sentence blames the article's length only when it is long, and the page reads again on the next request.
  const chars = article.paragraphs.reduce((n, p) => n + p.length, 0);
  const why = chars < SHORT_ARTICLE_CHARS ? 'the computer is busy' : 'the article is very long, or the computer is busy';
  return {
    summary: null,
    readMs,
    message: `Roundup stopped reading after ${(reading.elapsedMs / 1000).toFixed(1)} s: ${why}. Open Roundup again to retry.`,
  };
}

/**
 * A worker's reader of articles: its first reading gets COLD_READ_BUDGET_MS (the patterns compile on it), later ones
 * READ_BUDGET_MS. The state (whether a reading has run) lives in the returned closure, which the background worker owns:
 * the core keeps no global.
 */
export function articleReader(): (article: ArticleToRead, now: () => number) => ReadArticleResponse {
  let warm = false;
  return (article, now) => {
    const response = readArticleResponse(article, now, warm ? READ_BUDGET_MS : COLD_READ_BUDGET_MS);
    warm = true;
    return response;
  };
}

/** Read an article straight through (the command line, the tests). */
function readArticle(article: ArticleToRead): Analysis {
  const steps = readArticleSteps(article);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Analyse plain paragraphs (a .txt file, or text already extracted). */
export function summarizeText(article: ArticleText, source: Partial<SourceInfo> = {}, excerpt: string | null = null): Summary {
  const summary = readArticle(articleOf(article.paragraphs, source, null)).summary;
  if (excerpt !== null) summary.article.excerpt = excerpt;
  return summary;
}

/** Analyse a page: Readability on a clone, then the text analysis. */
export function analyzeDocument(
  doc: Document,
  source: { url?: string | null; input?: string | null } = {},
  options: ExtractOptions = {},
): Analysis {
  const prepared = prepareArticle(doc, source, options);
  return prepared.analysis ?? readArticle(prepared.article);
}

/**
 * An excerpt that only names the site or the writer ("TechCrunch", "By Jane Roe",
 * "Jane Roe, TechCrunch") is no excerpt: null. A real summary sentence stays.
 */
function excerptOrNull(excerpt: string, source: { siteName: string | null; byline: string | null }): string | null {
  const norm = (s: string | null): string => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const text = norm(excerpt).replace(/^(?:by|par)\s+/, '');
  // One or two words ("Print", "Share") is a page control's label, not a summary.
  if (!text || text.split(' ').length <= 2) return null;
  const names = [norm(source.siteName), norm(source.byline).replace(/^(?:by|par)\s+/, '')].filter((n) => n.length > 0);
  if (names.some((n) => n === text)) return null;
  // Only names left once the site and the byline are taken out, in a short line: a byline-and-site line.
  let rest = ` ${text} `;
  for (const n of names) rest = rest.split(` ${n} `).join(' ');
  const words = text.split(' ').length;
  if (words <= 8 && names.some((n) => ` ${text} `.includes(` ${n} `)) && rest.trim().split(/\s+/).filter(Boolean).length <= 2) return null;
  return excerpt;
}

function firstSentenceOf(paragraphs: string[]): string | null {
  const first = paragraphs.find((p) => p.split(/\s+/).length >= 8) ?? paragraphs[0];
  if (!first) return null;
  if (first.length <= 280) return first;
  // Never cut between the two halves of a surrogate pair (an emoji, a rare CJK character).
  const cut = /[\ud800-\udbff]/.test(first[276] ?? '') ? 276 : 277;
  return `${first.slice(0, cut)}…`;
}

/**
 * The analysis must never break the caller: a bug in one reader costs only its
 * part. The reader works in steps: its pauses become pauses named `step`; a
 * throw at any point gives `fallback`.
 */
function* safelyInSteps<T, S>(start: () => Generator<void, T, void>, step: S, fallback: T): Generator<S, T, void> {
  try {
    const steps = start();
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      yield step;
    }
  } catch (error) {
    if (typeof console !== 'undefined') console.error('[roundup] analysis step failed:', error);
    return fallback;
  }
}
