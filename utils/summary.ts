/**
 * The summary: the one object the popup, the exports and the command line
 * share (../shared/contract/SUMMARY.md). Pure: text or a Document in, a
 * Summary out; never throws.
 */
import { findArtifacts } from './artifacts';
import { countWords, extractArticle, type ExtractOptions, type ExtractStatus } from './extract';
import { readFunding } from './funding';
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

/** Analyse plain paragraphs (a .txt file, or text already extracted). */
export function summarizeText(article: ArticleText, source: Partial<SourceInfo> = {}, excerpt: string | null = null): Summary {
  const paragraphs = article.paragraphs.map((p) => p.trim()).filter((p) => p.length > 0);
  const text = { paragraphs };
  const src: SourceInfo = { ...EMPTY_SOURCE, ...source };
  const funding = safely(() => readFunding(text, { lang: src.lang }), { deals: [], investors: [], money: [] });
  const artifacts = safely(() => findArtifacts(text), []);
  return {
    schemaVersion: 1,
    source: src,
    article: {
      isArticle: paragraphs.length > 0,
      wordCount: countWords(paragraphs),
      excerpt: excerpt ?? firstSentenceOf(paragraphs),
    },
    deals: funding.deals,
    investors: funding.investors,
    money: funding.money,
    artifacts,
  };
}

/** Analyse a page: Readability on a clone, then the text analysis. */
export function analyzeDocument(
  doc: Document,
  source: { url?: string | null; input?: string | null } = {},
  options: ExtractOptions = {},
): Analysis {
  const extracted = extractArticle(doc, options);
  const sourceInfo: Partial<SourceInfo> = { ...extracted.meta, url: source.url ?? null, input: source.input ?? null };
  if (extracted.status !== 'ok') {
    const summary = summarizeText({ paragraphs: [] }, sourceInfo);
    summary.article.isArticle = false;
    return { summary, status: extracted.status, message: extracted.message, paragraphs: [] };
  }
  const summary = summarizeText(extracted, sourceInfo, extracted.excerpt);
  return { summary, status: 'ok', message: null, paragraphs: summary.article.isArticle ? extracted.paragraphs : [] };
}

function firstSentenceOf(paragraphs: string[]): string | null {
  const first = paragraphs.find((p) => p.split(/\s+/).length >= 8) ?? paragraphs[0];
  if (!first) return null;
  return first.length > 280 ? `${first.slice(0, 277)}…` : first;
}

/** The analysis must never break the caller: a bug in one reader costs only its part. */
function safely<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch (error) {
    if (typeof console !== 'undefined') console.error('[roundup] analysis step failed:', error);
    return fallback;
  }
}
