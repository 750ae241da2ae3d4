/**
 * The popup's switch starts from what the tab shows, in real Chromium
 * (session 19, item 1b): the switch started from the stored setting, one value
 * for all tabs, and showed it until the page's first push arrived. Tab A is
 * turned off by the keyboard command (stored Off), tab B is turned on from its
 * own card (stored On): a popup reopened on A must say Off from its first paint.
 *
 * As in robust32-toggle-switch, the worker does the command's two steps
 * (background.ts, toggleOn). The reopened popup records every text its switch
 * shows from the start (a script added before the popup's own, then the popup
 * loaded again), so a flash of the stored value is seen, not only the end.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { openPopup, pressToggleCommand, watchErrors } from './harness';
import { STORY_A, STORY_B, storyPage } from './fixtures/big/articles';
import { useStorySession } from './story-session';
import { tabIdOf } from './popup-page';

const WAIT_MS = 90_000;

const rig = useStorySession({ '/a.html': storyPage(STORY_A), '/b.html': storyPage(STORY_B) });



/** Wait until `page` has highlights (`some`) or none (the document's registry, seen from the main world; the page registers none). */
async function waitForRanges(page: Page, some: boolean): Promise<void> {
  await page.waitForFunction((want: boolean) => {
    let n = 0;
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h) => (n += h.size));
    return want ? n > 0 : n === 0;
  }, { timeout: 30_000 }, some);
}

const switchText = (): string | undefined => document.querySelector('.legend .switch span')?.textContent ?? undefined;

/** Open the real popup on the front tab and wait for its card's switch. */
async function popupWithSwitch(): Promise<Page> {
  const popup = await openPopup(rig.session);
  await popup.waitForSelector('.legend .switch span', { timeout: WAIT_MS });
  return popup;
}

describe('robust32: the reopened popup’s switch shows the tab’s state on first paint', () => {
  it('tab A off by keyboard, tab B on from its card: the popup on A says Off from its first paint', async () => {
    const { session, url } = rig;
    const a = (await session.browser.pages())[0] ?? (await session.browser.newPage());
    await a.goto(`${url}/a.html`, { waitUntil: 'load' });
    await a.bringToFront();
    let popup = await popupWithSwitch();
    expect(await popup.evaluate(switchText)).toBe('On');
    await popup.close();
    const tabA = await tabIdOf(session, `${url}/a.html`);
    await pressToggleCommand(session, tabA);
    await waitForRanges(a, false);

    // Tab B, read for the first time: its copy starts from the stored Off; its card turns it on (stored On).
    const b = await session.browser.newPage();
    await b.goto(`${url}/b.html`, { waitUntil: 'load' });
    await b.bringToFront();
    popup = await popupWithSwitch();
    expect(await popup.evaluate(switchText)).toBe('Off');
    await popup.$eval('.legend .switch input', (el) => el.scrollIntoView({ block: 'center' }));
    await popup.click('.legend .switch input');
    await waitForRanges(b, true);
    await popup.close();

    // Back on A: the popup is opened, then loaded again with a recorder of the switch's texts from the start.
    await a.bringToFront();
    popup = await openPopup(session);
    await popup.evaluateOnNewDocument(() => {
      const seen: string[] = [];
      (window as unknown as { __switchSeen: string[] }).__switchSeen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('.legend .switch span')?.textContent;
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await popup.reload();
    const errors = watchErrors(popup);
    await popup.waitForSelector('.legend .switch span', { timeout: WAIT_MS });
    const seen = await popup.evaluate(() => (window as unknown as { __switchSeen?: string[] }).__switchSeen);
    expect(seen?.[0]).toBe('Off');
    expect(seen).toEqual(['Off']);
    expect(await popup.$eval('.legend .switch input', (el) => (el as HTMLInputElement).checked)).toBe(false);
    // The switch offers what the page lacks: a click turns A's highlights on.
    await popup.$eval('.legend .switch input', (el) => el.scrollIntoView({ block: 'center' }));
    await popup.click('.legend .switch input');
    await waitForRanges(a, true);
    expect(errors).toEqual([]);
    await popup.close();
  });
});
