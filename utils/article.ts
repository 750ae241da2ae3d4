/**
 * The page's half of the analysis: Readability on the page, and the article
 * it hands to the text readers. Kept apart from the readers (utils/summary.ts)
 * so the content script, which runs only this half, does not carry them.
 */
import { declaredUrl } from './declared-url';
import { extractArticle, type ExtractOptions, type ExtractStatus } from './extract';
import type { SourceInfo, Summary } from './types';

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

/**
 * The article as Readability handed it over, ready for the text readers. In
 * the extension the page's content script makes it (Readability needs the
 * page's DOM) and the background reads it (off the page's main thread).
 */
export interface ArticleToRead {
  /** The article's paragraphs, trimmed, none empty. */
  paragraphs: string[];
  source: SourceInfo;
  /** Readability's excerpt of the page, when it gave one. */
  excerpt: string | null;
}

/** Readability's part: the article to read, or the whole analysis when there is nothing to read (not an article, too large). */
export type PreparedArticle = { article: ArticleToRead; analysis?: undefined } | { article?: undefined; analysis: Analysis };

/** Extract the article from `doc` (Readability, on a clone). */
export function prepareArticle(
  doc: Document,
  source: { url?: string | null; input?: string | null } = {},
  options: ExtractOptions = {},
): PreparedArticle {
  const extracted = extractArticle(doc, options);
  const sourceInfo: Partial<SourceInfo> = { ...extracted.meta, ...pageSource(source) };
  // A saved page read from a file has no address of its own, but usually declares one (canonical link,
  // og:url, a saver's source-url): the readers weigh its country domain, and the summary should name it.
  if (!sourceInfo.url) sourceInfo.url = declaredUrl(doc);
  if (extracted.status !== 'ok') {
    return { analysis: { summary: emptySummary(sourceInfo, false), status: extracted.status, message: extracted.message, paragraphs: [] } };
  }
  return { article: articleOf(extracted.paragraphs, sourceInfo, extracted.excerpt) };
}

export function articleOf(paragraphs: string[], source: Partial<SourceInfo>, excerpt: string | null): ArticleToRead {
  return {
    paragraphs: paragraphs.map((p) => p.trim()).filter((p) => p.length > 0),
    source: { ...EMPTY_SOURCE, ...source },
    excerpt,
  };
}

export function emptySummary(source: Partial<SourceInfo>, isArticle: boolean): Summary {
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

function pageSource(source: { url?: string | null; input?: string | null }): Partial<SourceInfo> {
  return { url: source.url ?? null, input: source.input ?? null };
}
