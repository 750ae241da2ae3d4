/**
 * browser.storage.local as a KeyValueStore (utils/deal-log.ts, utils/settings.ts),
 * plus a change watcher so an open log or options page follows saves made
 * elsewhere (the popup, another tab). The only module of the log and settings
 * code that touches browser.*.
 */
import { browser } from 'wxt/browser';
import { syncAutoRunRegistration } from './auto-run';
import type { KeyValueStore } from './deal-log';
import { loadSettings } from './settings';

export const browserStore: KeyValueStore = {
  async get(key) {
    const got = await browser.storage.local.get(key);
    return got[key];
  },
  async set(key, value) {
    await browser.storage.local.set({ [key]: value });
  },
  async remove(key) {
    await browser.storage.local.remove(key);
  },
};

/** Call `onChange` with the new value whenever `key` changes in storage.local; returns the unsubscribe. */
export function watchKey(key: string, onChange: (value: unknown) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'local') return;
    const change = changes[key];
    if (change) onChange(change.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Bring the "run automatically" registration in line with the stored settings
 * and the permissions actually granted. The background calls this on startup,
 * on install/update and on permissions.onRemoved; the options page after each change.
 */
export async function syncAutoRunFromSettings(): Promise<string[]> {
  const settings = await loadSettings(browserStore);
  return syncAutoRunRegistration(browser, settings.autoRunOrigins);
}
