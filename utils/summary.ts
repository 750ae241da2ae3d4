/**
 * The summary: the one object the popup, the exports and the command line
 * share (../shared/contract/SUMMARY.md). Pure: text or a Document in, a
 * Summary out; never throws.
 */
import { findArtifactsInSteps } from './artifacts';
import { countWords, extractArticle, type ExtractOptions, type ExtractStatus } from './extract';
import { readFundingSteps } from './funding';
import type { ArticleText, SourceInfo, Summary } from './types';

export interface Analysis {
  summary: Summary;
  /** 'ok', or why there is no article to read. */
  status: ExtractStatus;
  /** A sentence for the user when status is not 'ok'. */
  message: string | null;
  /** The paragraphs that were analysed (the article text, split). */
  paragraphs: string[];
}

const EMPTY_SOURCE: SourceInfo = {
  input: null, url: null, title: null, byline: null, siteName: null, publishedTime: null, lang: null,
};

/** The steps of the analysis, in order; each ends with a pause point named after it (an extraction that finds no article ends the analysis instead). */
export type AnalysisStep = 'readability' | 'funding' | 'artifacts';

/**
 * The analysis as a sequence of steps, each a few milliseconds on a real
 * article: extraction (Readability), funding, artifacts. Each step yields its
 * name when it is done. The synchronous entry points run it straight through;
 * the content script pauses between steps (analyzeDocumentInSteps) so the
 * page stays responsive, and times each one.
 */
function* analysisSteps(
  doc: Document | null,
  text: ArticleText | null,
  source: Partial<SourceInfo>,
  options: ExtractOptions,
): Generator<AnalysisStep, Analysis, void> {
  let paragraphs: string[];
  let sourceInfo: Partial<SourceInfo> = source;
  let excerpt: string | null = null;
  if (doc) {
    const extracted = extractArticle(doc, options);
    sourceInfo = { ...extracted.meta, ...source };
    if (extracted.status !== 'ok') {
      return { summary: emptySummary(sourceInfo, false), status: extracted.status, message: extracted.message, paragraphs: [] };
    }
    paragraphs = extracted.paragraphs;
    excerpt = extracted.excerpt;
    yield 'readability';
  } else {
    paragraphs = text?.paragraphs ?? [];
  }
  paragraphs = paragraphs.map((p) => p.trim()).filter((p) => p.length > 0);
  const article = { paragraphs };
  const src: SourceInfo = { ...EMPTY_SOURCE, ...sourceInfo };
  // The funding reader yields between sentences too: each of its pauses is a pause of the funding step; a failure gives an empty result.
  const funding = yield* safelyInSteps(() => readFundingSteps(article, { lang: src.lang, title: src.title }), 'funding', { deals: [], investors: [], money: [] });
  yield 'funding';
  const artifacts = yield* safelyInSteps(() => findArtifactsInSteps(article), 'artifacts', []);
  yield 'artifacts';
  const summary: Summary = {
    ...emptySummary(src, paragraphs.length > 0),
    deals: funding.deals,
    investors: funding.investors,
    money: funding.money,
    artifacts,
  };
  summary.article.wordCount = countWords(paragraphs);
  summary.article.excerpt = excerpt ?? firstSentenceOf(paragraphs);
  return { summary, status: 'ok', message: null, paragraphs };
}

function emptySummary(source: Partial<SourceInfo>, isArticle: boolean): Summary {
  return {
    schemaVersion: 1,
    source: { ...EMPTY_SOURCE, ...source },
    article: { isArticle, wordCount: 0, excerpt: null },
    deals: [],
    investors: [],
    money: [],
    artifacts: [],
  };
}

function runToEnd(steps: Generator<AnalysisStep, Analysis, void>): Analysis {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Analyse plain paragraphs (a .txt file, or text already extracted). */
export function summarizeText(article: ArticleText, source: Partial<SourceInfo> = {}, excerpt: string | null = null): Summary {
  const summary = runToEnd(analysisSteps(null, article, source, {})).summary;
  if (excerpt !== null) summary.article.excerpt = excerpt;
  return summary;
}

/** Analyse a page: Readability on a clone, then the text analysis. */
export function analyzeDocument(
  doc: Document,
  source: { url?: string | null; input?: string | null } = {},
  options: ExtractOptions = {},
): Analysis {
  return runToEnd(analysisSteps(doc, null, pageSource(source), options));
}

/**
 * The same analysis, handing control back to the page after each step
 * (`pause` is e.g. a zero-delay timeout, told which step just finished), so
 * no single task of ours holds the main thread for the whole analysis. A
 * `pause` that rejects abandons the analysis (a time budget, a page that
 * went away): the rejection is the result, and no further step runs.
 */
export async function analyzeDocumentInSteps(
  doc: Document,
  source: { url?: string | null; input?: string | null },
  pause: (finished?: AnalysisStep) => Promise<void>,
  options: ExtractOptions = {},
): Promise<Analysis> {
  const steps = analysisSteps(doc, null, pageSource(source), options);
  try {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      await pause(step.value);
    }
  } finally {
    steps.return(undefined as unknown as Analysis);
  }
}

function pageSource(source: { url?: string | null; input?: string | null }): Partial<SourceInfo> {
  return { url: source.url ?? null, input: source.input ?? null };
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
