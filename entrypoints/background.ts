/**
 * The background worker: reading the article text the content script sends
 * (off the page's main thread: only an extension context can do that), the
 * toolbar badge (deals found on a tab, cleared when the tab navigates), the
 * keyboard command that toggles highlights, and the "run automatically"
 * registration rebuilt from the settings (Chromium drops dynamic content
 * scripts when it reloads an unpacked extension, and a site's permission can
 * be revoked from the browser's own UI).
 */
import { syncAutoRunFromSettings } from '../utils/browser-store';
import { isRoundupMessage, type RoundupMessage } from '../utils/messages';
import { articleReader } from '../utils/summary';

const CONTENT_SCRIPT = '/content-scripts/content.js';

export default defineBackground(() => {
  // One reader per worker: its first reading, which compiles the readers' patterns, gets the longer budget.
  const readArticle = articleReader();
  const resyncAutoRun = (): void => void syncAutoRunFromSettings().catch(() => undefined);
  browser.runtime.onStartup.addListener(resyncAutoRun);
  browser.runtime.onInstalled.addListener(resyncAutoRun);
  browser.permissions.onRemoved.addListener(resyncAutoRun);

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own content scripts (in a tab) talk to us this way; anything else is ignored.
    if (sender.id !== browser.runtime.id || !isRoundupMessage(message)) return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    if (message.type === 'read-article') return Promise.resolve(readArticle(message.article, () => performance.now()));
    if (message.type === 'analysis-done') void setBadge(tabId, message.deals);
    return undefined;
  });

  // A new page in the tab: the count was for the old one.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' || change.url !== undefined) void setBadge(tabId, 0);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-highlights') return;
    void toggleOn(tab?.id);
  });
});

async function setBadge(tabId: number, deals: number): Promise<void> {
  // Firefox MV2 has browserAction, not action.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  try {
    await action.setBadgeText({ tabId, text: deals > 0 ? String(deals) : '' });
    if (deals > 0) await action.setBadgeBackgroundColor({ tabId, color: '#15803d' });
  } catch {
    /* the tab closed meanwhile */
  }
}

/** The command grants activeTab: inject (idempotent) and flip the highlights. */
async function toggleOn(tabId: number | undefined): Promise<void> {
  try {
    const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id === undefined) return;
    await browser.scripting.executeScript({ target: { tabId: id }, files: [CONTENT_SCRIPT] });
    const message: RoundupMessage = { type: 'toggle-highlights' };
    await browser.tabs.sendMessage(id, message);
  } catch {
    /* a page we may not script (chrome://, the Web Store): nothing to toggle */
  }
}
