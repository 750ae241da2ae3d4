/**
 * Helpers for the browser tests that drive many pages through the real content
 * script and watch what the extension does: keep every page request on the
 * loopback server, run the analysis the way the popup does (inject the built
 * content script, ask for the summary) straight from the service worker, and
 * tell our own errors from the noise of a saved real page.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize, resolve, sep } from 'node:path';
import type { HTTPRequest, Page } from 'puppeteer-core';
import type { GetSummaryResponse, HighlightStateResponse } from '../../utils/messages';
import type { Session } from './harness';
import { listenOnLoopback } from './loopback';

/** The built content script, as entrypoints/popup/client.ts injects it. */
const CONTENT_SCRIPT = '/content-scripts/content.js';

/** What the interception saw: allowed loopback requests and the ones aborted. */
export interface RequestLog {
  allowed: string[];
  blocked: string[];
}

/**
 * Abort every request of `page` that would leave 127.0.0.1, and with
 * `documentsOnly` also the loopback subresources (images, styles, scripts a
 * saved page references: absent files, and loading them only costs time).
 */
export async function keepOnLoopback(page: Page, options: { documentsOnly?: boolean; log?: RequestLog } = {}): Promise<RequestLog> {
  const log: RequestLog = options.log ?? { allowed: [], blocked: [] };
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    const local = /^http:\/\/127\.0\.0\.1(:\d+)?\//.test(url) || url.startsWith('data:') || url.startsWith('about:') || url.startsWith('chrome-extension:');
    const wanted = !options.documentsOnly || request.resourceType() === 'document';
    if (local && wanted) {
      log.allowed.push(url);
      void request.continue().catch(() => undefined);
    } else {
      log.blocked.push(url);
      void request.abort('blockedbyclient').catch(() => undefined);
    }
  });
  return log;
}

/** The id of the tab currently showing `page` (asked once: navigation keeps the tab). */
export async function tabIdOfPage(session: Session, page: Page): Promise<number> {
  const url = page.url();
  return (await session.worker.evaluate(`chrome.tabs.query({ url: ${JSON.stringify(url)} }).then((t) => t[0].id)`)) as number;
}

/**
 * Run the analysis in tab `tabId` through the real content script, as the
 * popup does on open: inject the built script, then send it `get-summary`
 * (which also paints the highlights when they are on).
 */
export async function analyzeTab(session: Session, tabId: number): Promise<GetSummaryResponse> {
  return (await session.worker.evaluate(
    `chrome.scripting.executeScript({ target: { tabId: ${tabId} }, files: [${JSON.stringify(CONTENT_SCRIPT)}] })
      .then(() => chrome.tabs.sendMessage(${tabId}, { type: 'get-summary' }))`,
  )) as GetSummaryResponse;
}

/** Turn the highlights of tab `tabId` on or off, as the popup's switch does. */
export async function setHighlights(session: Session, tabId: number, enabled: boolean): Promise<HighlightStateResponse> {
  return (await session.worker.evaluate(
    `chrome.tabs.sendMessage(${tabId}, { type: 'set-highlights', enabled: ${enabled ? 'true' : 'false'} })`,
  )) as HighlightStateResponse;
}

/** One console error or uncaught exception of a page, with where it came from. */
export interface PageProblem {
  kind: 'console' | 'pageerror';
  text: string;
  /** Script URL or stack, when the browser tells. */
  where: string;
}

/** Collect console errors and uncaught exceptions (into `problems`), keeping their source for attribution. */
export function watchProblems(page: Page, problems: PageProblem[] = []): PageProblem[] {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = [message.location()?.url ?? '', ...message.stackTrace().map((f) => f.url ?? '')].join(' ');
    problems.push({ kind: 'console', text: message.text(), where });
  });
  page.on('pageerror', (error) => {
    const text = error instanceof Error ? error.message : String(error);
    const where = error instanceof Error ? (error.stack ?? '') : '';
    problems.push({ kind: 'pageerror', text, where });
  });
  return problems;
}

/**
 * Ours: raised by the extension's code or naming it. The saved pages' own
 * scripts complain about the blocked network, and some reference
 * chrome-extension://invalid/, which is not us: match our id.
 */
export function isOurs(problem: PageProblem, extensionId: string): boolean {
  return `${problem.text} ${problem.where}`.includes(`chrome-extension://${extensionId}`) || /roundup/i.test(problem.text);
}

/**
 * What a saved page may load when served by `startPageServer`: its own markup,
 * inline scripts and inline styles, nothing else. The browser then refuses
 * the hundreds of images, scripts and frames a saved news page references
 * before any request is made (each one would otherwise cost an interception
 * round trip), and nothing can leave the machine even without interception.
 */
export const SAVED_PAGE_CSP = "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'";

/** Serve folders (URL prefix → folder) on a loopback port with SAVED_PAGE_CSP on every answer. */
export async function startPageServer(mounts: Record<string, string>): Promise<{ url: string; close: () => Promise<void> }> {
  const entries = Object.entries(mounts).sort((a, b) => b[0].length - a[0].length);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const mount = entries.find(([prefix]) => path.startsWith(prefix));
    const root = mount ? resolve(mount[1]) : '';
    let file = mount ? resolve(join(root, normalize(path.slice(mount[0].length)))) : '';
    const inside = !!mount && (file === root || file.startsWith(root + sep));
    if (inside && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!inside || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': SAVED_PAGE_CSP });
      res.end('Not found');
      return;
    }
    const type = /\.html?$/i.test(file) ? 'text/html; charset=utf-8' : 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'content-security-policy': SAVED_PAGE_CSP });
    res.end(readFileSync(file));
  });
  const { url, close } = await listenOnLoopback(server);
  return { url, close };
}

/**
 * Stop a loaded page's own scripts from changing it any further, so that a
 * markup comparison can only see our changes: cancel every pending timer and
 * animation frame and make new ones no-ops — in the page's main world only.
 * (Disabling JavaScript through DevTools would also stall the content script,
 * whose isolated world shares the page's timers and yields between steps.)
 */
export async function freezePageScripts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const lastTimer = window.setTimeout(() => undefined, 0);
    for (let id = 0; id <= lastTimer; id++) {
      window.clearTimeout(id);
      window.clearInterval(id);
    }
    const lastFrame = window.requestAnimationFrame(() => undefined);
    for (let id = 0; id <= lastFrame; id++) window.cancelAnimationFrame(id);
    const inert = (): number => 0;
    for (const name of ['setTimeout', 'setInterval', 'requestAnimationFrame', 'requestIdleCallback']) w[name] = inert;
    window.stop();
  });
}
