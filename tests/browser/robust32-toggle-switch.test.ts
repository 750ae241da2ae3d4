/**
 * The popup's on/off switch follows the keyboard toggle, in real Chromium
 * (session 19, item 1): with the popup open, the keyboard command turned the
 * page's highlights off, yet the open card's switch still said "On" (and a
 * click on it then sent the opposite of what the reader meant). The card's
 * state pushed through its port carries highlightsOn; the switch now follows it.
 *
 * The command itself cannot be pressed in headless Chromium (the browser's
 * accelerators are not there), so the worker does what its command listener
 * does (background.ts, toggleOn): inject the content script (a new copy that
 * takes over from the running one) and send it 'toggle-highlights'.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { openPopup, pressToggleCommand, watchErrors } from './harness';
import { STORY_A, storyPage } from './fixtures/big/articles';
import { tabIdOf } from './popup-page';
import { highlightedRanges, useStorySession } from './story-session';

const WAIT_MS = 90_000;

const rig = useStorySession({ '/toggle.html': storyPage(STORY_A) });


/** The switch as the reader sees it: its words and whether the checkbox is ticked. */
function switchShown(view: Page): Promise<{ text: string; checked: boolean }> {
  return view.$eval('.legend .switch', (el) => ({
    text: el.querySelector('span')?.textContent ?? '',
    checked: (el.querySelector('input') as HTMLInputElement | null)?.checked ?? false,
  }));
}


describe('robust32: the open popup’s switch follows the keyboard toggle', () => {
  it('the keyboard turns the highlights off, then on again: the same open popup’s switch says so each time', async () => {
    const { page, session } = rig;
    const highlighted = (): Promise<number> => highlightedRanges(page);
    const url = `${rig.url}/toggle.html`;
    await page.goto(url, { waitUntil: 'load' });
    await page.bringToFront();
    const popup = rig.keep(await openPopup(session));
    const errors = watchErrors(popup);
    await popup.waitForSelector('.legend .switch span', { timeout: WAIT_MS });
    expect(await switchShown(popup)).toEqual({ text: 'On', checked: true });
    expect(await highlighted()).toBeGreaterThan(0);
    // Marks this very document: a reopened popup would not carry it.
    await popup.evaluate(() => ((window as unknown as { __sameCard?: boolean }).__sameCard = true));
    const tabId = await tabIdOf(session, url);

    await pressToggleCommand(session, tabId);
    await popup.waitForFunction(() => document.querySelector('.legend .switch span')?.textContent === 'Off', { timeout: 30_000 });
    expect(await switchShown(popup)).toEqual({ text: 'Off', checked: false });
    expect(await highlighted()).toBe(0);

    await pressToggleCommand(session, tabId);
    await popup.waitForFunction(() => document.querySelector('.legend .switch span')?.textContent === 'On', { timeout: 30_000 });
    expect(await switchShown(popup)).toEqual({ text: 'On', checked: true });
    expect(await highlighted()).toBeGreaterThan(0);

    // The switch then does what the reader sees it offer: a click turns the highlights off.
    // Above the sticky export bar, where a reader scrolls to reach it (the popup is shorter than the card).
    await popup.$eval('.legend .switch input', (el) => el.scrollIntoView({ block: 'center' }));
    await popup.click('.legend .switch input');
    await popup.waitForFunction(() => document.querySelector('.legend .switch span')?.textContent === 'Off', { timeout: 30_000 });
    await page.waitForFunction(() => {
      let n = 0;
      (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h) => (n += h.size));
      return n === 0;
    }, { timeout: 30_000 });
    expect(await switchShown(popup)).toEqual({ text: 'Off', checked: false });
    expect(await popup.evaluate(() => (window as unknown as { __sameCard?: boolean }).__sameCard === true)).toBe(true);
    expect(errors).toEqual([]);
  });
});
