/**
 * What the page hears when Roundup is injected, in real Chromium (review of
 * session 19). WXT 0.20's content script context announces each start with
 * window.postMessage by default, its type carrying the extension's id
 * ('<id>:content:wxt:content-script-started'): every page's own message
 * listeners learned that Roundup was opened on it, and the id that names
 * WXT's events (a page can fire them: see the review's S2).
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { pressToggleCommand } from './harness';
import { STORY_A, storyBody } from './fixtures/big/articles';
import { useStorySession } from './story-session';
import { analyzeTab, tabIdOfPage } from './page-guard';

/** A story page that records every message event it is sent (a page's own listener, from its first script). */
const SPYING_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${STORY_A.company} raises ${STORY_A.amount}</title>
<script>window.__heard = []; addEventListener('message', (e) => { try { window.__heard.push(JSON.stringify(e.data)); } catch { window.__heard.push('?'); } });</script>
</head><body>${storyBody(STORY_A)}</body></html>`;

const rig = useStorySession({ '/spy.html': SPYING_PAGE });

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
});
