/**
 * A page cannot switch Roundup off on itself (review of session 19, S2), in
 * real Chromium. WXT stops a content script's context when a document event
 * named `<extension id>:content:wxt:content-script-started` carries another
 * copy's message id, and re-reads on `<id>:content:wxt:locationchange` on
 * window: both names can be fired by the page's own scripts (the id is public).
 * Our copy keeps its own lifetime (newer copies take over through the window
 * slot; the extension going away is seen on the 1 s tick) and compares the
 * URL on that tick, so neither event does anything.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, type Session } from './harness';
import { STORY_A, startStoryServer, storyPage } from './fixtures/big/articles';
import { analyzeTab, tabIdOfPage } from './page-guard';
import type { GetSummaryResponse } from '../../utils/messages';

let session: Session;
let server: { url: string; close: () => Promise<void> };
const opened: Page[] = [];

beforeAll(async () => {
  server = await startStoryServer({ '/a.html': storyPage(STORY_A), '/b.html': storyPage(STORY_A) });
  session = await launchWithExtension(inject('testExtensionDir'));
});

afterAll(async () => {
  for (const p of opened) await p.close().catch(() => undefined);
  await session?.close();
  await server?.close();
});

async function openRead(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.browser.newPage();
  opened.push(page);
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  await page.bringToFront();
  const tabId = await tabIdOfPage(session, page);
  expect((await analyzeTab(session, tabId)).analysisId).toBe(1);
  return { page, tabId };
}

/** Ranges in the page's highlight registry (what is painted). */
function highlighted(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h) => (n += h.size));
    return n;
  });
}

/** 'get-summary' to the copy running in the tab (no injection). */
function summaryOf(tabId: number): Promise<GetSummaryResponse> {
  return session.worker.evaluate(`chrome.tabs.sendMessage(${tabId}, { type: 'get-summary' })`) as Promise<GetSummaryResponse>;
}

describe('review32: events the page fires under WXT’s names', () => {
  it('a forged "content script started" event leaves the highlights painted and the messages answered', async () => {
    const { page, tabId } = await openRead('/a.html');
    expect(await highlighted(page)).toBeGreaterThan(0);
    await page.evaluate((id: string) => {
      document.dispatchEvent(new CustomEvent(`${id}:content:wxt:content-script-started`, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
    }, session.extensionId);
    // WXT stops a context synchronously on this event: a stopped copy would have unpainted already.
    expect(await highlighted(page)).toBeGreaterThan(0);
    const summary = await summaryOf(tabId);
    expect(summary.analysisId).toBe(1);
    expect(await highlighted(page)).toBeGreaterThan(0);
  });

  it('a forged location change does not drop the reading', async () => {
    const { page, tabId } = await openRead('/b.html');
    expect(await highlighted(page)).toBeGreaterThan(0);
    await page.evaluate((id: string) => {
      window.dispatchEvent(new CustomEvent(`${id}:content:wxt:locationchange`, { detail: { newUrl: new URL('https://example.invalid/'), oldUrl: new URL(location.href) } }));
    }, session.extensionId);
    // A handled location change forgets the reading at once (unpainted, the next summary reads anew).
    expect(await highlighted(page)).toBeGreaterThan(0);
    expect((await summaryOf(tabId)).analysisId).toBe(1);
  });
});
