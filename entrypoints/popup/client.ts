/** The popup's link to the active tab: inject the content script, then talk to it. */
import { browser } from 'wxt/browser';
import type { LoadResult, PageClient, Preferences } from '../../components/client';
import { browserStore } from '../../utils/browser-store';
import { readVisibility } from '../../utils/categories';
import { saveToLogWithOutcome } from '../../utils/deal-log';
import { loadSettings } from '../../utils/settings';
import { CARD_PORT, CATEGORIES_KEY, HIGHLIGHTS_KEY, isCardStateMessage, requestTab, type GetSummaryResponse, type RoundupMessage } from '../../utils/messages';
import { injectionFailure, restrictedReason } from './restricted';

const CONTENT_SCRIPT = '/content-scripts/content.js';

export function createBrowserClient(): PageClient {
  let tabId: number | null = null;
  const tab = (): number => {
    if (tabId === null) throw new Error('No page is open in this tab.');
    return tabId;
  };

  return {
    async load(): Promise<LoadResult> {
      // popup.html?tab=N shows the card for tab N in a tab of its own (debugging, screenshots).
      const forced = Number(new URLSearchParams(location.search).get('tab'));
      const active = Number.isInteger(forced) && forced > 0
        ? await browser.tabs.get(forced).catch(() => undefined)
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (active?.id === undefined) return { kind: 'error', message: 'There is no open tab to read.' };
      tabId = active.id;
      const early = restrictedReason(active.url);
      if (early) return { kind: 'restricted', message: early };
      // A copy already running (popup opened before) answers at once; else inject one.
      try {
        return { kind: 'ready', data: await requestTab(browser.tabs, tabId, { type: 'get-summary' }) };
      } catch {
        /* not injected yet */
      }
      try {
        await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
      } catch (error) {
        const failure = injectionFailure(active.url, error);
        return { kind: failure.restricted ? 'restricted' : 'error', message: failure.message };
      }
      try {
        return { kind: 'ready', data: await requestTab(browser.tabs, tabId, { type: 'get-summary' }) };
      } catch (error) {
        return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
      }
    },

    async loadPreferences(): Promise<Preferences> {
      const stored = await browser.storage.local.get([HIGHLIGHTS_KEY, CATEGORIES_KEY]);
      return {
        highlightsOn: typeof stored[HIGHLIGHTS_KEY] === 'boolean' ? stored[HIGHLIGHTS_KEY] : true,
        visible: readVisibility(stored[CATEGORIES_KEY]),
      };
    },

    async savePreferences(preferences: Preferences): Promise<void> {
      await browser.storage.local.set({ [HIGHLIGHTS_KEY]: preferences.highlightsOn, [CATEGORIES_KEY]: preferences.visible });
    },

    setHighlights(enabled, categories) {
      const message: RoundupMessage = { type: 'set-highlights', enabled, categories };
      return requestTab(browser.tabs, tab(), message);
    },

    scrollTo(findingId) {
      return requestTab(browser.tabs, tab(), { type: 'scroll-to', findingId });
    },

    loadParagraphs(analysisId) {
      return requestTab(browser.tabs, tab(), analysisId === undefined ? { type: 'get-paragraphs' } : { type: 'get-paragraphs', analysisId });
    },

    copy(text) {
      // Called straight from the click handler: the popup has focus and a user gesture.
      return navigator.clipboard.writeText(text);
    },

    copyRich(html, text) {
      // Same rule as copy(): the ClipboardItem is built and written inside the click.
      return navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
    },

    async loadExportFormat() {
      return (await loadSettings(browserStore)).exportFormat;
    },

    // The outcome (updated or new, what the 500-entry cap dropped) gives the save button its words.
    saveToLog: (summary) => saveToLogWithOutcome(browserStore, summary),

    openLog: () => void browser.tabs.create({ url: browser.runtime.getURL('/log.html') }),

    subscribe: (onState) => subscribeToCard(tab(), onState),
  };
}

/**
 * How many times in a row the card's port is connected again after it closed
 * with no state received in between: a new copy of the content script (the
 * keyboard toggle injects one) answers the next connection; a page gone does not.
 */
const CARD_RECONNECTS = 2;

/** The card's port to the tab's content script (top frame): its pushed states go to `onState`. */
function subscribeToCard(tabId: number, onState: (state: GetSummaryResponse) => void): () => void {
  let port: ReturnType<typeof browser.tabs.connect> | null = null;
  let closed = false;
  let reconnects = 0;
  const connect = (): void => {
    if (closed) return;
    try {
      port = browser.tabs.connect(tabId, { name: CARD_PORT, frameId: 0 });
    } catch {
      return;
    }
    port.onMessage.addListener((message: unknown) => {
      // Shown only in the shape the card reads (see isCardStateMessage).
      if (closed || !isCardStateMessage(message)) return;
      reconnects = 0;
      onState(message.state);
    });
    port.onDisconnect.addListener(() => {
      // Read, so a port no copy answered ("Receiving end does not exist") is not logged as unchecked.
      void browser.runtime.lastError;
      port = null;
      if (!closed && reconnects++ < CARD_RECONNECTS) connect();
    });
  };
  connect();
  return () => {
    closed = true;
    port?.disconnect();
    port = null;
  };
}
