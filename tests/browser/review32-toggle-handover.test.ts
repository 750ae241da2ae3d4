/**
 * The keyboard toggle's new copy of the content script, in real Chromium
 * (review of session 19). The command injects a new copy; WXT stops the
 * running one when the new copy's context starts, before its main runs, and
 * the old copy emptied the window slot, so the new copy never got the reading
 * (it read the page again, numbered 1, and an open card on a later reading
 * dropped all its pushes: the switch kept "On") nor the page's on/off (it
 * flipped the stored switch, the last one of any tab: after a tab switch a
 * press did nothing).
 *
 * The command cannot be pressed in headless Chromium: the worker does what
 * background.ts's toggleOn does (inject, then 'toggle-highlights').
 */
import type { Page } from 'puppeteer-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { openPopup, pressToggleCommand, watchErrors } from './harness';
import { STORY_A, STORY_B, storyPage } from './fixtures/big/articles';
import { analyzeTab, tabIdOfPage } from './page-guard';
import { summaryOf, useStorySession } from './story-session';
import { HIGHLIGHTS_KEY } from '../../utils/messages';

const WAIT_MS = 30_000;

const rig = useStorySession({ '/a.html': storyPage(STORY_A), '/b.html': storyPage(STORY_B), '/c.html': storyPage(STORY_A) });

async function open(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await rig.open(path);
  return { page, tabId: await tabIdOfPage(rig.session, page) };
}

/** The switch as the popup stores it (one value for every tab). */
async function storeSwitch(on: boolean): Promise<void> {
  await rig.session.worker.evaluate(`chrome.storage.local.set({ ${JSON.stringify(HIGHLIGHTS_KEY)}: ${on ? 'true' : 'false'} })`);
}

// Each row starts from the default: highlights on (a press stores its own on/off).
beforeEach(() => storeSwitch(true));


/** Waits until the page's highlight registry holds ranges (`on`) or none. */
async function highlightsBecome(page: Page, on: boolean): Promise<void> {
  await page.waitForFunction((want: boolean) => {
    let n = 0;
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h) => (n += h.size));
    return want ? n > 0 : n === 0;
  }, { timeout: WAIT_MS }, on);
}

describe('review32: the keyboard toggle’s new copy takes over from the running one', () => {
  it('a card on the page’s second reading: the new copy keeps that reading, and the open card’s switch follows the press', async () => {
    const { page, tabId } = await open('/a.html');
    expect((await analyzeTab(rig.session, tabId)).analysisId).toBe(1);
    await page.evaluate(() => document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>The company also named a new chief operating officer, who joins from a large parcel firm next month.</p>'));
    expect((await summaryOf(rig.session, tabId)).analysisId).toBe(2);
    const popup = await openPopup(rig.session);
    rig.keep(popup);
    const errors = watchErrors(popup);
    await popup.waitForSelector('.legend .switch span', { timeout: 90_000 });
    expect(await popup.$eval('.legend .switch span', (el) => el.textContent)).toBe('On');

    await pressToggleCommand(rig.session, tabId);
    await highlightsBecome(page, false);
    await popup.waitForFunction(() => document.querySelector('.legend .switch span')?.textContent === 'Off', { timeout: WAIT_MS });
    expect((await summaryOf(rig.session, tabId)).analysisId).toBe(2);
    expect(errors).toEqual([]);
    await popup.close();
  });

  it('after a tab switch, each press flips what that page shows, not the last switch of another tab', async () => {
    const a = await open('/b.html');
    expect((await analyzeTab(rig.session, a.tabId)).status).toBe('ok');
    await pressToggleCommand(rig.session, a.tabId);
    await highlightsBecome(a.page, false);
    // Tab B: read, then turned on from its popup (which stores the switch for every tab).
    const b = await open('/c.html');
    await analyzeTab(rig.session, b.tabId);
    await rig.session.worker.evaluate(`chrome.tabs.sendMessage(${b.tabId}, { type: 'set-highlights', enabled: true })`);
    await storeSwitch(true);
    await highlightsBecome(b.page, true);

    await a.page.bringToFront();
    await pressToggleCommand(rig.session, a.tabId);
    await highlightsBecome(a.page, true);
    await b.page.bringToFront();
    await pressToggleCommand(rig.session, b.tabId);
    await highlightsBecome(b.page, false);
  });
});
