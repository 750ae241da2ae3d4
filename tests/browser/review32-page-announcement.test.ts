/**
 * What the page hears when Roundup is injected, in real Chromium (review of
 * session 19). WXT 0.20's content script context announces each start with
 * window.postMessage by default, its type carrying the extension's id
 * ('<id>:content:wxt:content-script-started'): every page's own message
 * listeners learned that Roundup was opened on it, and the id that names
 * WXT's events (a page can fire them: see the review's S2). Session 21 (review
 * of session 20, item 5): WXT's context still fired its start event on the
 * page's document under that name, which a page knowing the (public) id heard
 * at each injection; a silent context stands in for WXT's now
 * (entrypoints/content/silent-context.ts, aliased in wxt.config.ts).
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { pressToggleCommand } from './harness';
import { STORY_A, storyBody, storyPage } from './fixtures/big/articles';
import { useStorySession } from './story-session';
import { analyzeTab, tabIdOfPage } from './page-guard';

/** A story page that records every message event it is sent (a page's own listener, from its first script). */
const SPYING_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${STORY_A.company} raises ${STORY_A.amount}</title>
<script>window.__heard = []; addEventListener('message', (e) => { try { window.__heard.push(JSON.stringify(e.data)); } catch { window.__heard.push('?'); } });</script>
</head><body>${storyBody(STORY_A)}</body></html>`;

const rig = useStorySession({ '/spy.html': SPYING_PAGE, '/listen.html': storyPage(STORY_A) });

describe('review32: an injection is not announced to the page', () => {
  it('the popup’s injection and the keyboard command’s: no message carrying the extension’s id', async () => {
    const { session } = rig;
    const page = await rig.show('/spy.html');
    const tabId = await tabIdOfPage(session, page);
    expect((await analyzeTab(session, tabId)).status).toBe('ok');
    // The keyboard command injects a second copy (background.ts, toggleOn).
    await pressToggleCommand(session, tabId);
    const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
    expect(heard.filter((m) => m.includes(session.extensionId) || m.includes('content-script-started'))).toEqual([]);
  });

  it('a page listening on its document under WXT’s start event name (the id is public) hears no injection', async () => {
    const { session } = rig;
    const page = await rig.show('/listen.html');
    await page.evaluate((id: string) => {
      const heard: string[] = [];
      (window as unknown as { __started: string[] }).__started = heard;
      for (const name of ['content-script-started', 'locationchange']) {
        document.addEventListener(`${id}:content:wxt:${name}`, (e) => heard.push(`${e.type} ${JSON.stringify((e as CustomEvent).detail)}`));
      }
    }, session.extensionId);
    const tabId = await tabIdOfPage(session, page);
    expect((await analyzeTab(session, tabId)).status).toBe('ok');
    await pressToggleCommand(session, tabId);
    // Both injections (the popup's, the keyboard command's) have run once these calls resolve.
    expect(await page.evaluate(() => (window as unknown as { __started: string[] }).__started)).toEqual([]);
  });
});
