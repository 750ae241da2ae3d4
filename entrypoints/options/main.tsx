import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp, type OptionsClient } from '@/components/OptionsApp';
import { syncAutoRunRegistration } from '@/utils/auto-run';
import { browserStore } from '@/utils/browser-store';
import { clearLog, loadLog } from '@/utils/deal-log';
import { CATEGORIES_KEY } from '@/utils/messages';
import { loadSettings, updateSettings } from '@/utils/settings';
import '~/assets/palette.css';
import '../log/style.css';
import './style.css';

const client: OptionsClient = {
  loadSettings: () => loadSettings(browserStore),
  async updateSettings(patch) {
    const next = await updateSettings(browserStore, patch);
    // The content script reads its category toggles from CATEGORIES_KEY:
    // changing the defaults here resets them there, so the next page follows.
    if (patch.highlightCategories) await browserStore.set(CATEGORIES_KEY, next.highlightCategories);
    return next;
  },
  requestSite: (pattern) => browser.permissions.request({ origins: [pattern] }),
  releaseSite: async (pattern) => {
    await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
  },
  syncAutoRun: (origins) => syncAutoRunRegistration(browser, origins),
  logCount: async () => (await loadLog(browserStore)).entries.length,
  clearLog: () => clearLog(browserStore),
  openLog: () => void browser.tabs.create({ url: browser.runtime.getURL('/log.html') }),
};

render(<OptionsApp client={client} />, document.getElementById('app') as HTMLElement);
