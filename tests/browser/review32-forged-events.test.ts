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
import { describe, expect, it } from 'vitest';
import { STORY_A, storyPage } from './fixtures/big/articles';
import { analyzeTab, tabIdOfPage } from './page-guard';
import { highlightedRanges as highlighted, summaryOf, useStorySession } from './story-session';

const rig = useStorySession({ '/a.html': storyPage(STORY_A), '/b.html': storyPage(STORY_A) });

async function openRead(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await rig.open(path);
  const tabId = await tabIdOfPage(rig.session, page);
  expect((await analyzeTab(rig.session, tabId)).analysisId).toBe(1);
  return { page, tabId };
}


describe('review32: events the page fires under WXT’s names', () => {
  it('a forged "content script started" event leaves the highlights painted and the messages answered', async () => {
    const { page, tabId } = await openRead('/a.html');
    expect(await highlighted(page)).toBeGreaterThan(0);
    await page.evaluate((id: string) => {
      document.dispatchEvent(new CustomEvent(`${id}:content:wxt:content-script-started`, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
    }, rig.session.extensionId);
    // WXT stops a context synchronously on this event: a stopped copy would have unpainted already.
    expect(await highlighted(page)).toBeGreaterThan(0);
    const summary = await summaryOf(rig.session, tabId);
    expect(summary.analysisId).toBe(1);
    expect(await highlighted(page)).toBeGreaterThan(0);
  });

  it('a forged location change does not drop the reading', async () => {
    const { page, tabId } = await openRead('/b.html');
    expect(await highlighted(page)).toBeGreaterThan(0);
    await page.evaluate((id: string) => {
      window.dispatchEvent(new CustomEvent(`${id}:content:wxt:locationchange`, { detail: { newUrl: new URL('https://example.invalid/'), oldUrl: new URL(location.href) } }));
    }, rig.session.extensionId);
    // A handled location change forgets the reading at once (unpainted, the next summary reads anew).
    expect(await highlighted(page)).toBeGreaterThan(0);
    expect((await summaryOf(rig.session, tabId)).analysisId).toBe(1);
  });
});
