/**
 * What the popup components need from the outside world, as an interface:
 * the real one talks to the tab (entrypoints/popup/client.ts), tests pass a fake.
 */
import type { Category, CategoryVisibility } from '../utils/categories';
import type { CopyKind } from '../utils/settings';
import type { GetParagraphsResponse, GetSummaryResponse, HighlightStateResponse, ScrollToResponse } from '../utils/messages';
import type { Summary } from '../utils/types';

/** The outcome of opening the popup on a tab. */
export type LoadResult =
  | { kind: 'ready'; data: GetSummaryResponse }
  /** A page no extension may read (chrome://, the Web Store, a PDF, file:// without access). */
  | { kind: 'restricted'; message: string }
  | { kind: 'error'; message: string };

export interface Preferences {
  highlightsOn: boolean;
  visible: CategoryVisibility;
}

export interface PageClient {
  load(): Promise<LoadResult>;
  loadPreferences(): Promise<Preferences>;
  savePreferences(preferences: Preferences): Promise<void>;
  setHighlights(enabled: boolean, categories?: Partial<Record<Category, boolean>>): Promise<HighlightStateResponse>;
  scrollTo(findingId: string): Promise<ScrollToResponse>;
  /**
   * The article's paragraphs, for the clean copy: asked only when the user
   * clicks it (the summary comes without the article text, the bulk of any answer).
   * `analysisId`: the card's reading, whose paragraphs the page keeps a while.
   */
  loadParagraphs(analysisId?: number): Promise<GetParagraphsResponse>;
  /** Put text on the clipboard; must run inside the click handler (user activation). */
  copy(text: string): Promise<void>;
  /** Put HTML (with a plain-text fallback) on the clipboard, for rich paste; same rule as `copy`. */
  copyRich(html: string, text: string): Promise<void>;
  /** The export format chosen on the options page (the primary copy button). */
  loadExportFormat(): Promise<CopyKind>;
  /** Store the summary in the deal log (saving the same article again replaces its entry). */
  saveToLog(summary: Summary): Promise<unknown>;
  /** Open the deal log page in a new tab. */
  openLog(): void;
  /**
   * Hear the page's changes to the card shown (highlights found again or lost
   * after a redraw, taken away by the page, a new reading): `onState` gets the
   * card's new state each time, pushed by the page (no polling). Returns the
   * unsubscribe. Absent: the card keeps its state (a test's fake client).
   */
  subscribe?(onState: (state: GetSummaryResponse) => void): () => void;
}
