/**
 * The popup on pages other than the sample: a page that is not an article,
 * a browser page no extension may read, and a few real pages from the shared
 * Readability corpus (skipped when ../shared is absent). Requests leaving the
 * loopback server are blocked, as the tests have no network.
 */
import type { Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, openPopup, watchErrors, type Session } from './harness';

const baseUrl = inject('baseUrl');
const CORPUS_DIR = '/work/shared/corpus/readability';
/** A spread of real layouts: news, blog, long-form. */
const CORPUS_PAGES = ['bbc-1', 'ars-1', 'aclu'];

let session: Session;
let page: Page;
let errors: string[];

beforeAll(async () => {
  session = await launchWithExtension(inject('testExtensionDir'));
  page = (await session.browser.pages())[0] ?? (await session.browser.newPage());
  errors = watchErrors(page);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(baseUrl) || url.startsWith('chrome') || url.startsWith('data:') || url.startsWith('about:')) void request.continue();
    else void request.abort('blockedbyclient');
  });
});

afterAll(async () => {
  await session?.close();
});

/** The popup's settled state: the card, or a status sentence. */
async function popupOutcome(): Promise<{ popup: Page; card: boolean; status: string }> {
  await page.bringToFront();
  const popup = await openPopup(session);
  await popup.waitForSelector('.card, .status-warning, .status-error', { timeout: 60_000 });
  const card = (await popup.$('.card')) !== null;
  const status = await popup.evaluate(() => [...document.querySelectorAll('.status')].map((s) => s.textContent ?? '').join(' | '));
  return { popup, card, status };
}

/** The content script's own timings for the page in the tab (asked through the service worker). */
async function pageTimings(): Promise<{ analysisMs: number; anchorMs: number }> {
  const url = page.url();
  return (await session.worker.evaluate(
    `chrome.tabs.query({ url: ${JSON.stringify(url)} }).then((t) => chrome.tabs.sendMessage(t[0].id, { type: 'get-summary' })).then((r) => r.timings)`,
  )) as { analysisMs: number; anchorMs: number };
}

/** Our own errors only: a real page's scripts may complain about the blocked network. */
function ownErrors(): string[] {
  return errors.filter((e) => /roundup|chrome-extension:/i.test(e));
}

describe('pages that are not news articles', () => {
  it('says so for a page that is not an article, and leaves it untouched', async () => {
    await page.goto(`${baseUrl}/fixtures/not-article.html`, { waitUntil: 'load' });
    const before = await page.evaluate(() => document.body.innerHTML);
    const { popup, card, status } = await popupOutcome();
    expect(card).toBe(true);
    expect(status).toMatch(/no article text found on this page/i);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    await popup.close();
  });

  it('explains that a browser page cannot be read', async () => {
    await page.goto('chrome://version', { waitUntil: 'load' });
    const { popup, card, status } = await popupOutcome();
    expect(card).toBe(false);
    expect(status).toMatch(/browser page|does not let/i);
    await popup.close();
  });
});

describe.skipIf(!inject('corpusAvailable') || !existsSync(CORPUS_DIR))('real pages from the Readability corpus', () => {
  for (const slug of CORPUS_PAGES) {
    it(`analyses ${slug} without breaking it`, async () => {
      if (!existsSync(`${CORPUS_DIR}/${slug}/source.html`)) return;
      await page.goto(`${baseUrl}/corpus/${slug}/source.html`, { waitUntil: 'domcontentloaded' });
      const { popup, card, status } = await popupOutcome();
      expect(status).not.toMatch(/could not analyse/i);
      expect(card).toBe(true);
      await popup.close();
      expect(ownErrors()).toEqual([]);
      const timings = await pageTimings();
      console.log(`${slug}: analysis ${timings.analysisMs.toFixed(1)} ms, anchoring ${timings.anchorMs.toFixed(1)} ms`);
    });
  }
});
