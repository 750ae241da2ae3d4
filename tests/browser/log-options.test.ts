/**
 * The deal log and options pages in real Chromium with the test build:
 * a pre-saved log (written through the service worker) shows as rows, a
 * hostile title stays text, "Remove" deletes one entry, and both the log and
 * the "run automatically" registration survive a browser restart on the same
 * profile. The test build already holds http://127.0.0.1/*, so adding that
 * site resolves permissions.request without a prompt (a real click supplies
 * the user gesture) and the auto-run path runs end to end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LogEntry } from '../../utils/deal-log';
import type { Summary } from '../../utils/types';
import { extensionWorker, launchChromium, watchErrors } from './harness';

const baseUrl = inject('baseUrl');
const extensionDir = inject('testExtensionDir');
const HOSTILE = '<img src=x onerror=alert(1)>';

interface Running {
  browser: Browser;
  extensionId: string;
  worker: () => Promise<WebWorker>;
}

/** Launch on a given profile (the harness deletes its profile on close; a restart needs to keep it). */
async function launch(profile: string): Promise<Running> {
  const browser = await launchChromium(extensionDir, profile);
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 20_000 });
  const extensionId = new URL(target.url()).host;
  // The worker may be stopped and restarted by Chromium between steps: look it up each time.
  const worker = async (): Promise<WebWorker> => {
    const t = await browser.waitForTarget((x) => x.type() === 'service_worker' && x.url().startsWith(`chrome-extension://${extensionId}/`), { timeout: 20_000 });
    return extensionWorker(t);
  };
  return { browser, extensionId, worker };
}

function summary(url: string, title: string, company: string, amount: string): Summary {
  return {
    schemaVersion: 1,
    source: { input: null, url, title, byline: null, siteName: null, publishedTime: null, lang: 'en' },
    article: { isArticle: true, wordCount: 200, excerpt: null },
    deals: [{
      company, round: 'Series A', status: 'announced', amount: { value: 5e6, currency: 'USD', text: amount, qualifier: null, equivalent: null },
      valuation: null, leadInvestors: ['Lead Fund'], investors: [], date: null, evidence: [`${company} raised ${amount}.`],
    }],
    investors: [{ name: 'Lead Fund', role: 'lead', deals: [0] }],
    money: [],
    artifacts: [],
  };
}

const entries: LogEntry[] = [
  { id: 'keep', savedAt: '2025-03-02T09:00:00.000Z', url: 'https://news.example/acme', title: 'Acme raises $5m', summary: summary('https://news.example/acme', 'Acme raises $5m', 'Acme', '$5m') },
  { id: 'drop', savedAt: '2025-03-01T09:00:00.000Z', url: 'https://news.example/evil', title: HOSTILE, summary: summary('https://news.example/evil', HOSTILE, 'Evil Corp', '$7m') },
];

async function storageGet(run: Running, key: string): Promise<unknown> {
  const w = await run.worker();
  return w.evaluate(`chrome.storage.local.get(${JSON.stringify(key)}).then((r) => r[${JSON.stringify(key)}])`);
}

/** A new tab on one of the extension's pages (`log.html`, `options.html`), once `ready` shows; `prepare` runs before it loads. */
async function openExtensionPage(run: Running, file: string, ready: string, prepare: (page: Page) => void = () => undefined): Promise<Page> {
  const page = await run.browser.newPage();
  prepare(page);
  await page.goto(`chrome-extension://${run.extensionId}/${file}`, { waitUntil: 'load' });
  await page.waitForSelector(ready, { timeout: 30_000 });
  return page;
}

/** The content scripts registered at run time (the auto-run sites'). */
async function registeredScripts(run: Running): Promise<Array<{ id: string; matches: string[]; js: string[] }>> {
  return (await (await run.worker()).evaluate('chrome.scripting.getRegisteredContentScripts()')) as Array<{ id: string; matches: string[]; js: string[] }>;
}

/** A new tab on the sample article gets Roundup's highlights with no click (the auto-run script ran there). */
async function autoRunHighlights(run: Running): Promise<void> {
  const article = await run.browser.newPage();
  await article.goto(`${baseUrl}/`, { waitUntil: 'load' });
  await article.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0, { timeout: 90_000 });
  await article.close();
}

async function rowTexts(page: Page): Promise<string[]> {
  return page.$$eval('tbody tr', (rows) => rows.map((r) => r.querySelector('th')?.textContent ?? ''));
}

let profile: string;
let run: Running | null = null;

beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'roundup-log-'));
  run = await launch(profile);
});

afterAll(async () => {
  await run?.browser.close().catch(() => undefined);
  rmSync(profile, { recursive: true, force: true });
});

describe('the deal log page', () => {
  it('lists a pre-saved log, renders a hostile title as text, and removes a row', async () => {
    const r = run!;
    const w = await r.worker();
    await w.evaluate(`chrome.storage.local.set({ 'roundup.dealLog': ${JSON.stringify({ schemaVersion: 2, entries })} })`);

    let errors: string[] = [];
    let dialogs = 0;
    const page = await openExtensionPage(r, 'log.html', 'tbody tr', (p) => {
      errors = watchErrors(p);
      p.on('dialog', (d) => ((dialogs += 1), void d.dismiss()));
    });
    expect(await rowTexts(page)).toEqual(['Acme', 'Evil Corp']);
    const links = await page.$$eval('tbody a', (as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toEqual([['Acme raises $5m', 'https://news.example/acme'], [HOSTILE, 'https://news.example/evil']]);
    expect(await page.$('tbody img')).toBeNull();

    await page.click(`button[aria-label="Remove “${HOSTILE}” from the log"]`);
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
    expect(await rowTexts(page)).toEqual(['Acme']);
    const stored = (await storageGet(r, 'roundup.dealLog')) as { entries: LogEntry[] };
    expect(stored.entries.map((e) => e.id)).toEqual(['keep']);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows a save made elsewhere without a reload', async () => {
    const r = run!;
    const page = await openExtensionPage(r, 'log.html', 'tbody tr');
    const extra = { ...entries[0]!, id: 'extra', url: 'https://news.example/beta', title: 'Beta', summary: summary('https://news.example/beta', 'Beta', 'Beta', '$9m') };
    const w = await r.worker();
    await w.evaluate(`chrome.storage.local.get('roundup.dealLog').then((r) => chrome.storage.local.set({ 'roundup.dealLog': { schemaVersion: 2, entries: [${JSON.stringify(extra)}, ...r['roundup.dealLog'].entries] } }))`);
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 2, { timeout: 10_000 });
    expect(await rowTexts(page)).toEqual(['Beta', 'Acme']);
    await page.close();
  });
});

describe('the options page', () => {
  it('adds a site: the content script then runs there by itself, without the popup', async () => {
    const r = run!;
    let errors: string[] = [];
    const page = await openExtensionPage(r, 'options.html', '#site-input', (p) => (errors = watchErrors(p)));
    await page.type('#site-input', 'http://127.0.0.1');
    await page.click('button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('.sites .badge.on') !== null, { timeout: 10_000 });

    expect(await registeredScripts(r)).toEqual([expect.objectContaining({ id: 'roundup-auto', matches: ['http://127.0.0.1/*'], js: ['content-scripts/content.js'] })]);
    const settings = (await storageGet(r, 'roundup.settings')) as { autoRunOrigins: string[] };
    expect(settings.autoRunOrigins).toEqual(['http://127.0.0.1/*']);

    await autoRunHighlights(r);

    await page.click('input[name="export-format"][value="csv"]');
    await page.waitForFunction(() => /saved/.test(document.querySelector('.note')?.textContent ?? ''));
    expect(((await storageGet(r, 'roundup.settings')) as { exportFormat: string }).exportFormat).toBe('csv');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('after a browser restart on the same profile', () => {
  it('keeps the log', async () => {
    await run!.browser.close();
    run = await launch(profile);
    const r = run;
    const page = await openExtensionPage(r, 'log.html', 'tbody tr');
    expect(await rowTexts(page)).toEqual(['Beta', 'Acme']);
    await page.close();
  });

  it('keeps the auto-run site in the settings, and the options page re-registers it from them', async () => {
    // Chromium drops dynamic content scripts when it reloads an unpacked extension
    // (every --load-extension launch): registration must be rebuilt from the
    // settings, by the options page on load and by the background on startup.
    const r = run!;
    expect(((await storageGet(r, 'roundup.settings')) as { autoRunOrigins: string[] }).autoRunOrigins).toEqual(['http://127.0.0.1/*']);
    // The background re-registers on its own (onStartup/onInstalled), before any page of ours opens.
    const registered = async (): Promise<string[]> => (await registeredScripts(r)).map((s) => s.id);
    await expect.poll(registered, { timeout: 10_000 }).toEqual(['roundup-auto']);
    const page = await openExtensionPage(r, 'options.html', '.sites .badge.on');
    expect(await registered()).toEqual(['roundup-auto']);
    await autoRunHighlights(r);
    await page.close();
  });

  it('removing the site unregisters the script', async () => {
    const r = run!;
    const page = await openExtensionPage(r, 'options.html', '.sites li');
    await page.click('button[aria-label="Remove http://127.0.0.1/*"]');
    await page.waitForFunction(() => document.querySelector('.sites') === null, { timeout: 10_000 });
    await expect.poll(async () => (await registeredScripts(r)).length, { timeout: 5_000 }).toBe(0);
  });
});
