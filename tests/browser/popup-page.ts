/**
 * The popup card in a tab of its own (popup.html?tab=N), as the screenshot
 * test does: a real popup window closes when it loses focus and clips at
 * 600 px, while a tab stays open for clipboard reads, axe and screenshots.
 */
import type { Page } from 'puppeteer-core';
import type { Session } from './harness';

/** The id of the tab showing `url` (opened by the test beforehand). */
export async function tabIdOf(session: Session, url: string): Promise<number> {
  return (await session.worker.evaluate(`chrome.tabs.query({ url: ${JSON.stringify(url)} }).then((t) => t[0].id)`)) as number;
}

/** Open the card for tab `tabId` in a new, focused tab, 380 px wide like the popup. */
export async function openCardTab(session: Session, tabId: number): Promise<Page> {
  const view = await session.browser.newPage();
  await view.setViewport({ width: 380, height: 600 });
  await view.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  // Generous: each test file starts a fresh browser, whose worker's first reading compiles every pattern (seconds on a loaded CI box).
  await view.waitForSelector('.card', { timeout: 90_000 });
  await view.bringToFront();
  return view;
}

/** Let the extension's pages read and write the clipboard without a prompt. */
export async function grantClipboard(session: Session): Promise<void> {
  await session.browser
    .defaultBrowserContext()
    .overridePermissions(`chrome-extension://${session.extensionId}`, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
}

export const SENTINEL = 'roundup-test: clipboard not written';

/**
 * Click a copy button and wait until its note changes (each format's note is
 * its own) and the clipboard no longer holds the sentinel written before the
 * click, or says there was nothing of that format to copy; returns the note's text.
 */
export async function clickCopy(view: Page, format: string): Promise<string> {
  const before = await view.$eval('.copy-note', (el) => el.textContent ?? '');
  await view.evaluate((s) => navigator.clipboard.writeText(s), SENTINEL);
  await view.click(`.export button[data-format="${format}"]`);
  await view.waitForFunction(
    (was) => {
      const now = document.querySelector('.copy-note')?.textContent ?? '';
      // "No round to copy": the spreadsheet copy on a page with no round copies nothing, and says so.
      return now !== was && /Copied|Could not|No round to copy/.test(now);
    },
    { timeout: 30_000 },
    before,
  );
  return view.$eval('.copy-note', (el) => el.textContent ?? '');
}
