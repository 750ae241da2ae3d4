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
  await settleCard(view);
  await view.bringToFront();
  return view;
}

/**
 * Wait until the card (popup or tab) is no longer reading, and press Retry, at most twice, on a
 * reading the worker stopped at its time budget ("Roundup stopped reading after 30.2 s"), as a
 * reader would: on a busy machine a fresh worker's first (cold) reading may be refused, and a card
 * that has a title is not yet a reading (the refusal has one too; its exports are not offered).
 * Other refusals (not an article, too large) and finished readings are left as they are.
 */
export async function settleCard(view: Page): Promise<void> {
  const settled = (): Promise<unknown> =>
    view.waitForFunction(() => !document.querySelector('.status-busy') && !!document.querySelector('.export button[data-format], .card .status, .status-action'), { timeout: 90_000 });
  await settled();
  for (let i = 0; i < 2; i++) {
    const stopped = await view.$$eval('.status', (els) => els.some((el) => /stopped reading/i.test(el.textContent ?? '') && !!el.querySelector('.status-action')));
    if (!stopped) return;
    await view.click('.status-action');
    await view.waitForSelector('.status-busy', { timeout: 5_000 }).catch(() => undefined); // may be gone already
    await settled();
  }
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

/** What the clipboard holds, by MIME type ("text/plain", "text/html"), read from the card's page. */
export function clipboardByType(view: Page): Promise<Record<string, string>> {
  return view.evaluate(async () => {
    const out: Record<string, string> = {};
    for (const item of await navigator.clipboard.read()) {
      for (const type of item.types) out[type] = await (await item.getType(type)).text();
    }
    return out;
  });
}
