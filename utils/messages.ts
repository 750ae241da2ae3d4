/**
 * Every message between the popup, the background worker and the content
 * script, in one place: a discriminated union on `type`, the response each
 * request gets, and a runtime validator (messages cross a process boundary,
 * so the receiver checks the shape before it trusts it).
 */
import type { ExtractStatus } from './extract';
import { isCategory, type Category } from './categories';
import type { ArticleToRead } from './article';
import type { SourceInfo, Summary } from './types';

/** Popup → content: the summary of the page, analysing it first if need be. */
export interface GetSummaryRequest {
  type: 'get-summary';
}

/**
 * Popup → content: the article's paragraphs as read, for the clean copy. Asked
 * only when the user clicks "Copy clean text": the article text is the bulk of
 * any answer (serialising it was a 57-253 ms task on a long page), so the
 * summary answer leaves it out.
 */
export interface GetParagraphsRequest {
  type: 'get-paragraphs';
  /**
   * The reading the popup's card shows: the page keeps the paragraphs of its
   * last few readings, so a live page read again meanwhile still answers with
   * the card's own text (its artifacts are substrings of it). Absent: the latest.
   */
  analysisId?: number;
}

/** Popup/background → content: highlights on or off, and which categories show. */
export interface SetHighlightsRequest {
  type: 'set-highlights';
  enabled: boolean;
  /** Categories to change; the others keep their state. */
  categories?: Partial<Record<Category, boolean>>;
}

/** Background → content: flip highlights (the keyboard command). */
export interface ToggleHighlightsRequest {
  type: 'toggle-highlights';
}

/** Popup → content: bring one finding into view and flash it. */
export interface ScrollToRequest {
  type: 'scroll-to';
  findingId: string;
  /** Which mention next: 1 (default) the following one, -1 the previous; repeated requests walk all mentions. */
  step?: 1 | -1;
}

/** Content → background: the page was analysed; show the deal count on the badge. */
export interface AnalysisDoneMessage {
  type: 'analysis-done';
  deals: number;
}

/**
 * Content → background: read this article. The page's content script runs
 * Readability (it needs the page's DOM) and hands the text over; the funding
 * and artifact readers run in the background, off the page's main thread, so
 * their work (and the first compilation of their hundreds of patterns) never
 * freezes the tab.
 */
export interface ReadArticleRequest {
  type: 'read-article';
  article: ArticleToRead;
}

export type RoundupMessage =
  | GetSummaryRequest
  | ReadArticleRequest
  | GetParagraphsRequest
  | SetHighlightsRequest
  | ToggleHighlightsRequest
  | ScrollToRequest
  | AnalysisDoneMessage;

export type RoundupMessageType = RoundupMessage['type'];

/**
 * The page cut highlights loose since the reading (the card's "N of M"): `found` of the `total` findings on
 * the page before are on it now. `rewritten`: the last re-anchor, made on the page as it is, found fewer
 * findings than the reading did, so their text is no longer on the page (a paragraph rewritten, a late
 * component root with another story): the page changed the article. Absent or false: the same text in new
 * nodes (a re-render, or one the re-anchors gave up following). Not the card's `pageChanged`, which any
 * change of the page sets (an ad rotating beside the article, the redraw itself during the fingerprint walk).
 */
export interface Redraw {
  found: number;
  total: number;
  rewritten?: boolean;
}

export interface GetSummaryResponse {
  summary: Summary;
  status: ExtractStatus;
  message: string | null;
  /** Findings painted on the page / not found on it. */
  anchored: number;
  unanchored: number;
  /** Ids of the findings found on the page (the popup offers "scroll to" only for these). */
  anchoredIds: string[];
  highlightsOn: boolean;
  /** How many paragraphs the article has (0: not an article); the text itself comes with get-paragraphs. */
  paragraphCount: number;
  /** Which analysis of the page this is (a new one each time the page is read again): see GetParagraphsResponse. */
  analysisId: number;
  /** How long the last analysis and anchoring took on this page, in ms. */
  timings: { analysisMs: number; anchorMs: number };
  /**
   * A refusal that may succeed if asked again (the reading ran out of time on
   * a busy computer): the popup offers Retry. Size refusals never do.
   */
  retryable?: boolean;
  /**
   * The page changed after this reading was made (a live ticker, an infinite
   * scroll): the popup says so and offers "Read again".
   */
  pageChanged?: boolean;
  /**
   * The page redrew text Roundup had highlighted (a re-render: the same text
   * in new nodes, which cuts the highlights loose), for this reading: of the
   * `total` findings on the page before, `found` are on it again now (the
   * others are not drawn). Null or absent: no redraw seen. Also set when the
   * page rewrote that text (a late component root with another story): see
   * Redraw's `rewritten`.
   */
  redraw?: Redraw | null;
  /**
   * The page took Roundup's highlights away (it can clear the document's
   * highlight registry or remove the stylesheet) more often than Roundup puts
   * them back: they are not shown.
   */
  removedByPage?: boolean;
}

/**
 * The paragraphs of the analysis the summary came from (empty when it is not
 * an article): the popup builds the repaired "clean copy" from them and the
 * summary's artifacts, whose excerpts are substrings of these paragraphs: so
 * `analysisId` says which analysis they come from, and the popup refuses to
 * mix the paragraphs of a newer analysis with an older card's artifacts.
 */
export interface GetParagraphsResponse {
  paragraphs: string[];
  analysisId: number;
}

/**
 * The background's reading: the summary, or null with a sentence for the user
 * when the text would take longer than the reading budget. `readMs` is how
 * long the reading took.
 */
export type ReadArticleResponse =
  | { summary: Summary; readMs: number; message?: undefined }
  | { summary: null; readMs: number; message: string };

export interface HighlightStateResponse {
  enabled: boolean;
  /**
   * Ranges Roundup highlights on the page (every mention of every visible
   * finding): each is drawn whenever it is on screen.
   */
  ranges: number;
  /**
   * Of those, the ranges registered with the browser right now. On a page with
   * many findings only those near the viewport are (the set follows scrolling),
   * so this is at most `ranges`.
   */
  registered: number;
}

export interface ScrollToResponse {
  found: boolean;
  /** 1-based position of the mention shown, among `total` mentions on the page. */
  index?: number;
  total?: number;
}

/** What each request is answered with. */
export interface ResponseOf {
  'get-summary': GetSummaryResponse;
  'get-paragraphs': GetParagraphsResponse;
  'read-article': ReadArticleResponse;
  'set-highlights': HighlightStateResponse;
  'toggle-highlights': HighlightStateResponse;
  'scroll-to': ScrollToResponse;
  'analysis-done': void;
}

export type MessageOf<T extends RoundupMessageType> = Extract<RoundupMessage, { type: T }>;

/**
 * The open card's live link (review: the card kept its first state until the
 * popup was reopened). The popup connects a port of this name to the tab's
 * content script once the card is shown; while it is connected, the content
 * script posts a CardStateMessage whenever what the card shows changed: the
 * page redrew the article and the highlights were found again or lost, the
 * page took them away, or the page was read again. Nothing is sent when no
 * card is open, and the popup never polls.
 */
export const CARD_PORT = 'roundup-card';

/** Content → popup, on the CARD_PORT: the card's state now (the get-summary answer, without a new reading). */
export interface CardStateMessage {
  type: 'card-state';
  state: GetSummaryResponse;
}

/** The storage.local key remembering whether highlights are on. */
export const HIGHLIGHTS_KEY = 'roundup.highlightsOn';
/** The storage.local key remembering the per-category toggles. */
export const CATEGORIES_KEY = 'roundup.categories';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The most article text a read-article request may carry: the content script
 * refuses pages with more text than this before Readability runs, so anything
 * larger is not from it.
 */
export const MAX_ARTICLE_CHARS = 4_000_000;

const SOURCE_FIELDS: ReadonlyArray<keyof SourceInfo> = ['input', 'url', 'title', 'byline', 'siteName', 'publishedTime', 'lang'];

function isStringOrNull(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}

function isArticleToRead(value: unknown): value is ArticleToRead {
  if (!isRecord(value) || !Array.isArray(value.paragraphs) || !isStringOrNull(value.excerpt) || !isRecord(value.source)) return false;
  const source = value.source;
  if (!SOURCE_FIELDS.every((field) => isStringOrNull(source[field]))) return false;
  let chars = 0;
  for (const p of value.paragraphs as unknown[]) {
    if (typeof p !== 'string') return false;
    chars += p.length;
    if (chars > MAX_ARTICLE_CHARS) return false;
  }
  return true;
}

/** True when `value` is a well-formed Roundup message; anything else is ignored by every receiver. */
export function isRoundupMessage(value: unknown): value is RoundupMessage {
  if (!isRecord(value) || typeof value.type !== 'string') return false;
  switch (value.type) {
    case 'get-summary':
    case 'toggle-highlights':
      return true;
    case 'get-paragraphs':
      return value.analysisId === undefined
        || (typeof value.analysisId === 'number' && Number.isInteger(value.analysisId) && value.analysisId >= 0);
    case 'set-highlights': {
      if (typeof value.enabled !== 'boolean') return false;
      if (value.categories === undefined) return true;
      const categories = value.categories;
      return isRecord(categories) && Object.entries(categories).every(([k, v]) => isCategory(k) && typeof v === 'boolean');
    }
    case 'read-article':
      return isArticleToRead(value.article);
    case 'scroll-to':
      return typeof value.findingId === 'string' && value.findingId.length > 0 && value.findingId.length < 200
        && (value.step === undefined || value.step === 1 || value.step === -1);
    case 'analysis-done':
      return typeof value.deals === 'number' && Number.isInteger(value.deals) && value.deals >= 0;
    default:
      return false;
  }
}

/** Every ExtractStatus (a card-state push carries one). */
const EXTRACT_STATUSES: readonly ExtractStatus[] = ['ok', 'not-article', 'too-large', 'error'];

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** `{ found, total }` counts, found at most total (the card's "N of M found again"), and `rewritten` if any. */
function isRedraw(value: unknown): boolean {
  return value === undefined || value === null
    || (isRecord(value) && isCount(value.found) && isCount(value.total) && value.found <= value.total
      && (value.rewritten === undefined || typeof value.rewritten === 'boolean'));
}

/**
 * True when `value` is a card-state push the popup can show: the parts of the
 * answer the card reads (the summary's own shape is the contract's, built by
 * our readers; the port only reaches our content script, but a receiver still
 * checks what it renders from).
 */
export function isCardStateMessage(value: unknown): value is CardStateMessage {
  if (!isRecord(value) || value.type !== 'card-state' || !isRecord(value.state)) return false;
  const s = value.state;
  const summary = s.summary;
  return isRecord(summary) && Array.isArray(summary.deals) && Array.isArray(summary.investors) && Array.isArray(summary.money)
    && Array.isArray(summary.artifacts) && isRecord(summary.source) && isRecord(summary.article)
    && typeof s.status === 'string' && EXTRACT_STATUSES.includes(s.status as ExtractStatus) && isStringOrNull(s.message)
    && isCount(s.anchored) && isCount(s.unanchored) && isCount(s.paragraphCount) && isCount(s.analysisId)
    && Array.isArray(s.anchoredIds) && s.anchoredIds.every((id) => typeof id === 'string')
    && typeof s.highlightsOn === 'boolean' && isRecord(s.timings)
    && isRedraw(s.redraw)
    && (s.removedByPage === undefined || typeof s.removedByPage === 'boolean')
    && (s.pageChanged === undefined || typeof s.pageChanged === 'boolean')
    && (s.retryable === undefined || typeof s.retryable === 'boolean');
}

/** The part of `browser.tabs` used to talk to a content script (passed in, so this module stays pure). */
export interface TabMessenger {
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/** Send a typed request to a tab's content script and get its typed response. */
export async function requestTab<T extends RoundupMessageType>(
  tabs: TabMessenger,
  tabId: number,
  message: MessageOf<T>,
): Promise<ResponseOf[T]> {
  return (await tabs.sendMessage(tabId, message)) as ResponseOf[T];
}
