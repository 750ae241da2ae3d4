/**
 * The popup's ties to the rest of the extension, in real Chromium: "Save to
 * log" stores the page's summary where the log page reads it and "Open deal
 * log" opens that page; the options page's default export format becomes the
 * card's primary copy button.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { StoredLog } from '../../utils/deal-log';
import { launchWithExtension, watchErrors, type Session } from './harness';
import { openCardTab, tabIdOf } from './popup-page';

const baseUrl = inject('baseUrl');
let session: Session;
let tabId: number;

beforeAll(async () => {
  session = await launchWithExtension(inject('testExtensionDir'));
  const article = (await session.browser.pages())[0] ?? (await session.browser.newPage());
  await article.goto(`${baseUrl}/`, { waitUntil: 'load' });
  tabId = await tabIdOf(session, `${baseUrl}/`);
});

afterAll(async () => {
  await session?.close();
});

describe('the card and the deal log', () => {
  it('saves the summary to the log, and opens the log page showing it', async () => {
    const view = await openCardTab(session, tabId);
    const errors = watchErrors(view);
    const company = await view.$eval('.deal-headline .deal-title', (el) => el.textContent ?? '');
    // Scrolled to the middle first, as a reader would: the sticky export footer may cover the bottom of the view.
    await view.$eval('.log-save', (el) => el.scrollIntoView({ block: 'center' }));
    await view.click('.log-save button:not(.link)');
    await view.waitForFunction(() => document.querySelector('.log-save-note')?.textContent === 'Saved to the deal log.', { timeout: 10_000 });
    const stored = (await session.worker.evaluate(`chrome.storage.local.get('roundup.dealLog').then((r) => r['roundup.dealLog'])`)) as StoredLog;
    expect(stored.entries).toHaveLength(1);
    expect(stored.entries[0]?.url).toBe(`${baseUrl}/`);
    expect(company).toContain(stored.entries[0]?.summary.deals[0]?.company ?? '\u0000');

    // Saving the same article again replaces its entry.
    await view.reload();
    await view.waitForSelector('.log-save button');
    // Scrolled to the middle first, as a reader would: the sticky export footer may cover the bottom of the view.
    await view.$eval('.log-save', (el) => el.scrollIntoView({ block: 'center' }));
    await view.click('.log-save button:not(.link)');
    await view.waitForFunction(() => document.querySelector('.log-save-note')?.textContent === 'Updated in the log.', { timeout: 10_000 });
    const again = (await session.worker.evaluate(`chrome.storage.local.get('roundup.dealLog').then((r) => r['roundup.dealLog'])`)) as StoredLog;
    expect(again.entries).toHaveLength(1);

    const opened = session.browser.waitForTarget((t) => t.url() === `chrome-extension://${session.extensionId}/log.html`, { timeout: 10_000 });
    await view.click('.log-save .link');
    const log = await (await opened).asPage();
    await log.waitForSelector('tbody tr', { timeout: 10_000 });
    expect(await log.$$eval('tbody tr', (rows) => rows.length)).toBe(1);
    expect(await log.$eval('tbody tr a', (a) => a.getAttribute('href'))).toBe(`${baseUrl}/`);
    await log.close();
    await view.close();
    expect(errors).toEqual([]);
  });

  it('puts the options page’s default export format first', async () => {
    await session.worker.evaluate(`chrome.storage.local.set({ 'roundup.settings': { schemaVersion: 1, autoRunOrigins: [], exportFormat: 'csv' } })`);
    const view = await openCardTab(session, tabId);
    await view.waitForFunction(() => document.querySelector('.export button')?.getAttribute('data-format') === 'csv', { timeout: 10_000 });
    expect(await view.$eval('.export button', (b) => [b.textContent, b.className])).toEqual(['Copy for spreadsheet', 'primary']);
    await view.close();
  });
});
