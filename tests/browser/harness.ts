/**
 * Puppeteer plumbing for the browser tests: launch Debian's Chromium with the
 * test build loaded, find the extension's service worker, open the real
 * popup through chrome.action.openPopup(), and collect page console errors.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page, type Target, type WebWorker } from 'puppeteer-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Session {
  browser: Browser;
  worker: WebWorker;
  extensionId: string;
  close: () => Promise<void>;
}

/**
 * Debian's Chromium, headless, with the extension in `extensionDir` loaded, on the profile folder
 * `profile` (kept: the caller removes it); `extraArgs` adds flags (a proxy, say).
 */
export function launchChromium(extensionDir: string, profile: string, extraArgs: string[] = []): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    pipe: true,
    enableExtensions: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--window-size=1200,900',
    ],
    defaultViewport: { width: 1200, height: 900 },
  });
}

/** Launch Debian's Chromium with the built extension loaded, on a fresh profile removed on close; `extraArgs` adds flags. */
export async function launchWithExtension(extensionDir: string, extraArgs: string[] = []): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'roundup-chromium-'));
  const browser = await launchChromium(extensionDir, profile, extraArgs);
  const close = async (): Promise<void> => {
    await browser.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 20_000 });
    const worker = await extensionWorker(target);
    const extensionId = new URL(target.url()).host;
    return { browser, worker, extensionId, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * The extension's service worker, once its extension APIs are bound. Puppeteer
 * can attach to a worker whose script has not run yet (it holds new workers
 * at their first statement until attached), and an evaluate there sees no
 * `chrome`; on a cold machine that window is wide enough to hit (CI did,
 * 2026-11-28). Poll until `chrome.storage` exists, then hand the worker out.
 */
export async function extensionWorker(target: Target, timeoutMs = 20_000): Promise<WebWorker> {
  const worker = await target.worker();
  if (!worker) throw new Error('no extension service worker');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ready = await worker.evaluate("typeof chrome === 'object' && chrome !== null && !!chrome.storage && !!chrome.storage.local").catch(() => false);
    if (ready === true) return worker;
    if (Date.now() > deadline) throw new Error('the extension service worker never got its chrome.* APIs');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Open the toolbar popup for the focused tab, as a click on the button would. */
export async function openPopup(session: Session): Promise<Page> {
  const url = `chrome-extension://${session.extensionId}/popup.html`;
  const waiting = session.browser.waitForTarget((t) => t.url() === url, { timeout: 15_000 });
  await session.worker.evaluate('chrome.action.openPopup()');
  const target = await waiting;
  const popup = await target.asPage();
  await popup.waitForSelector('.popup', { timeout: 15_000 });
  return popup;
}

/**
 * The keyboard command's two steps, run from the service worker (background.ts, toggleOn): inject a fresh copy of the
 * content script, then ask it to flip the highlights. Headless Chromium cannot press the shortcut itself.
 */
export async function pressToggleCommand(session: Session, tabId: number): Promise<void> {
  await session.worker.evaluate(
    `chrome.scripting.executeScript({ target: { tabId: ${tabId} }, files: ['/content-scripts/content.js'] })
      .then(() => chrome.tabs.sendMessage(${tabId}, { type: 'toggle-highlights' }))`,
  );
}

/** Collect console errors and uncaught exceptions of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
  return errors;
}

/**
 * Hover the first occurrence of `text` in the page's light DOM, as a reader's mouse would (from below-left, in a few
 * steps), after scrolling it to the middle of the window; resolves once Roundup's tooltip element exists.
 */
export async function hoverText(page: Page, text: string, timeoutMs: number): Promise<void> {
  const point = await page.evaluate(settledPointOf, text, timeoutMs);
  if (!point) throw new Error(`hoverText: "${text}" is not in the page`);
  await page.mouse.move(point.x - 40, point.y + 60);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await page.waitForSelector('roundup-tooltip', { timeout: timeoutMs });
}

/**
 * (In the page.) Scroll the first occurrence of `t` to the middle and give the point to hover once its box stays
 * put from one frame to the next: a page's own smooth scrolling can take any time on a loaded machine, and a point
 * read while it still moves leaves the mouse beside the text (no tooltip: the row fails after its timeout).
 */
async function settledPointOf(t: string, withinMs: number): Promise<{ x: number; y: number } | null> {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let r: Range | null = null;
  for (let n = walker.nextNode(); n && !r; n = walker.nextNode()) {
    const at = (n.nodeValue ?? '').indexOf(t);
    if (at < 0) continue;
    r = document.createRange();
    r.setStart(n, at);
    r.setEnd(n, at + t.length);
  }
  if (!r) return null;
  r.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
  let last: { x: number; y: number } | null = null;
  const giveUpAt = performance.now() + withinMs;
  for (;;) {
    const box = r.getBoundingClientRect();
    const now = { x: box.left + Math.min(8, box.width / 2), y: box.top + box.height / 2 };
    if ((last && now.x === last.x && now.y === last.y) || performance.now() > giveUpAt) return now;
    last = now;
    await new Promise((next) => requestAnimationFrame(next));
  }
}
