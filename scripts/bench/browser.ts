/**
 * Phase 5, in Chromium: the built content script on the same pages, as the
 * popup runs it, and the popup itself.
 *
 * Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium) loads the test
 * build (.output/test-chrome-mv3: the shipped code with host access to
 * http://127.0.0.1/* so automation can stand in for the user's click). Pages
 * come from a loopback server whose CSP refuses every subresource (nothing
 * leaves the machine, and no late image or script muddies the timings); the
 * page's own timers are frozen after load so that its tasks do not count as
 * ours. Per page:
 *   readability   in the page's main world: doc.cloneNode(true) + Readability
 *                 .parse() with extract.ts's options, median of 3 runs, before
 *                 our script is injected (the baseline, browser-side)
 *   toPaint       page clock from just before chrome.scripting.executeScript
 *                 to the frame after the get-summary answer (which paints the
 *                 highlights): injection + analysis + anchoring + paint + the
 *                 messaging round trips, i.e. what the user waits for
 *   busy          main-thread time of our own steps, from the content script's
 *                 timings (analysis steps + anchoring), waits excluded
 *   longestTask   the longest 'longtask' entry (PerformanceObserver in the
 *                 page) between injection and paint
 *   oursBeyondR   the longest task of ours with Readability's parse taken out:
 *                 with the content script's step trace, a task that holds the
 *                 'readability' step counts without that step; without the
 *                 trace, longestTask − readability (target: ≤ 50 ms)
 *   popupToCard   the real popup (chrome.action.openPopup()) on the analysed
 *                 tab, until its card (or status message) is in the DOM: wall
 *                 clock on the bench's side, and the popup's own clock
 *                 (from its navigation start)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { DEFAULT_MAX_ELEMENTS } from '../../utils/extract';
import { CHROMIUM, launchWithExtension, type Session } from '../../tests/browser/harness';
import { freezePageScripts, keepOnLoopback, startPageServer, tabIdOfPage } from '../../tests/browser/page-guard';
import { median, progress } from './stats';

export interface BrowserPage {
  page: string;
  status: string;
  readability: number;
  toPaint: number;
  busy: number;
  longestTask: number;
  oursBeyondReadability: number;
  /** How oursBeyondReadability was attributed: 'trace' (the content script's step records) or 'estimate'. */
  attribution: 'trace' | 'estimate' | 'none';
  popupWall: number;
  popupClock: number;
  /** The popup's DOMContentLoaded (its own clock): how much of popupClock is loading the page and its scripts. */
  popupLoaded: number;
  failure: string | null;
}

export interface BrowserOptions {
  root: string;
  /** URL prefix → folder, for the loopback server. */
  mounts: Record<string, string>;
  /** Page name → URL path on the server. */
  pages: { name: string; path: string }[];
  rounds: number;
  build: boolean;
}

const CONTENT_SCRIPT = '/content-scripts/content.js';
const PAGE_TIMEOUT_MS = 30_000;

/** Why the phase cannot run here, or null. */
export function browserUnavailable(): string | null {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`;
  return null;
}

/** The test build of the extension, built now unless told to reuse the last one. */
export function testBuild(root: string, build: boolean): string {
  const dir = join(root, '.output/test-chrome-mv3');
  if (build || !existsSync(join(dir, 'manifest.json'))) {
    progress('browser: building the test extension (ROUNDUP_TEST_HOSTS=1 wxt build)…');
    execFileSync(process.execPath, [join(root, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
      cwd: root,
      env: { ...process.env, ROUNDUP_TEST_HOSTS: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return dir;
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what}: timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** Set up the page's side before injection: Readability, the long-task log, unfrozen timers for us. */
async function preparePage(page: Page, readabilitySource: string): Promise<number> {
  // Keep private copies of the timers before freezePageScripts makes the page's inert.
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    w.__benchRaf = window.requestAnimationFrame.bind(window);
    w.__benchTimeout = window.setTimeout.bind(window);
  });
  await freezePageScripts(page);
  await page.evaluate(`${readabilitySource}\n;window.__BenchReadability = Readability;`);
  return (await page.evaluate((maxElems: number) => {
    const R = (window as unknown as { __BenchReadability: new (d: Document, o: object) => { parse: () => unknown } }).__BenchReadability;
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      try {
        new R(document.cloneNode(true) as Document, { maxElemsToParse: maxElems, serializer: (n: Node) => n }).parse();
      } catch {
        /* the pipeline pays the same */
      }
      runs.push(performance.now() - t);
    }
    runs.sort((a, b) => a - b);
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __benchTasks: typeof tasks }).__benchTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
    return runs[1]!;
  }, DEFAULT_MAX_ELEMENTS)) as number;
}

interface TraceRecord {
  name: string;
  start: number;
  end: number;
}

/** The content script's step records, when this build keeps them (read in our isolated world). */
async function readTrace(session: Session, tabId: number): Promise<TraceRecord[] | null> {
  try {
    return (await session.worker.evaluate(
      `chrome.scripting.executeScript({ target: { tabId: ${tabId} }, func: () => {
        const slot = window[Symbol.for('roundup.content-script')];
        return slot && typeof slot.trace === 'function' ? slot.trace().records.map((r) => ({ name: r.name, start: r.start, end: r.end })) : null;
      } }).then((r) => r[0] ? r[0].result : null)`,
    )) as TraceRecord[] | null;
  } catch {
    return null;
  }
}

async function measurePopup(session: Session, page: Page): Promise<{ wall: number; clock: number; loaded: number }> {
  await page.bringToFront();
  const url = `chrome-extension://${session.extensionId}/popup.html`;
  const waiting = session.browser.waitForTarget((t) => t.url() === url, { timeout: 15_000 });
  const t0 = performance.now();
  await session.worker.evaluate('chrome.action.openPopup()');
  const popup = await (await waiting).asPage();
  try {
    await popup.waitForSelector('.card, .status-error, .status-warning', { timeout: 15_000 });
    const wall = performance.now() - t0;
    const { clock, loaded } = (await popup.evaluate(() => ({
      clock: performance.now(),
      loaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? NaN,
    }))) as { clock: number; loaded: number };
    return { wall, clock, loaded };
  } finally {
    await popup.close().catch(() => undefined);
  }
}

async function measurePage(session: Session, page: Page, url: string, name: string, readabilitySource: string): Promise<BrowserPage> {
  const row: BrowserPage = { page: name, status: '', readability: NaN, toPaint: NaN, busy: NaN, longestTask: NaN, oursBeyondReadability: NaN, attribution: 'none', popupWall: NaN, popupClock: NaN, popupLoaded: NaN, failure: null };
  let step = 'load';
  try {
    await withTimeout((async () => {
      await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
      step = 'readability';
      row.readability = await preparePage(page, readabilitySource);
      const tabId = await tabIdOfPage(session, page);
      step = 'analyse';
      const t0 = (await page.evaluate(() => performance.now())) as number;
      const response = (await session.worker.evaluate(
        `chrome.scripting.executeScript({ target: { tabId: ${tabId} }, files: [${JSON.stringify(CONTENT_SCRIPT)}] })
          .then(() => chrome.tabs.sendMessage(${tabId}, { type: 'get-summary' }))`,
      )) as { status: string; timings?: { analysisMs?: number; anchorMs?: number } };
      // The frame after the answer: the highlights are painted; then let the long-task entries arrive.
      const { paint, tasks } = (await page.evaluate(() => new Promise((resolve) => {
        const w = window as unknown as { __benchRaf: (f: () => void) => void; __benchTimeout: (f: () => void, ms: number) => void; __benchTasks: { start: number; duration: number }[] };
        w.__benchRaf(() => w.__benchRaf(() => {
          const paint = performance.now();
          w.__benchTimeout(() => resolve({ paint, tasks: w.__benchTasks.slice() }), 100);
        }));
      }))) as { paint: number; tasks: { start: number; duration: number }[] };
      row.status = response.status;
      row.toPaint = paint - t0;
      row.busy = (response.timings?.analysisMs ?? NaN) + (response.timings?.anchorMs ?? 0);
      const ours = tasks.filter((t) => t.start >= t0 - 1 && t.start <= paint);
      row.longestTask = ours.reduce((m, t) => Math.max(m, t.duration), 0);
      const trace = await readTrace(session, tabId);
      const readabilitySteps = (trace ?? []).filter((r) => r.name === 'readability' && r.start >= t0 - 1);
      if (trace && readabilitySteps.length > 0) {
        row.attribution = 'trace';
        row.oursBeyondReadability = ours.reduce((m, t) => {
          const inside = readabilitySteps.filter((r) => r.start >= t.start - 1 && r.end <= t.start + t.duration + 1).reduce((n, r) => n + (r.end - r.start), 0);
          return Math.max(m, t.duration - inside);
        }, 0);
      } else {
        row.attribution = 'estimate';
        row.oursBeyondReadability = Math.max(0, row.longestTask - row.readability);
      }
      step = 'popup';
      const popup = await measurePopup(session, page);
      row.popupWall = popup.wall;
      row.popupClock = popup.clock;
      row.popupLoaded = popup.loaded;
    })(), PAGE_TIMEOUT_MS * 2, name);
  } catch (error) {
    row.failure = `${step}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
  return row;
}

async function openTab(session: Session, baseUrl: string): Promise<Page> {
  const page = await session.browser.newPage();
  await keepOnLoopback(page, { documentsOnly: true });
  page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
  await page.goto(`${baseUrl}/`, { waitUntil: 'load' });
  return page;
}

/** Per page: the median over `rounds` loads of each figure. */
export async function benchBrowser(options: BrowserOptions): Promise<{ pages: BrowserPage[]; extensionDir: string } | string> {
  const missing = browserUnavailable();
  if (missing) return missing;
  let extensionDir: string;
  try {
    extensionDir = testBuild(options.root, options.build);
  } catch (error) {
    return `the test build failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
  const require = createRequire(join(options.root, 'package.json'));
  const readabilitySource = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
  const server = await startPageServer(options.mounts);
  let session: Session;
  try {
    session = await launchWithExtension(extensionDir);
  } catch (error) {
    await server.close();
    return `Chromium did not start with the extension: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
  const samples = new Map<string, BrowserPage[]>();
  try {
    const first = (await session.browser.pages())[0];
    let page = await openTab(session, server.url);
    await first?.close().catch(() => undefined);
    // Warm-up (not kept): the first injection and popup of a session pay for compiling our scripts.
    const warm = options.pages[0];
    if (warm) await measurePage(session, page, `${server.url}${warm.path}`, warm.name, readabilitySource);
    for (let round = 0; round < options.rounds; round++) {
      const started = performance.now();
      for (const p of options.pages) {
        const row = await measurePage(session, page, `${server.url}${p.path}`, p.name, readabilitySource);
        if (row.failure) {
          // Whatever wedged this page must not spoil the next: a fresh tab.
          const fresh = await openTab(session, server.url);
          await page.close().catch(() => undefined);
          page = fresh;
        }
        samples.set(p.name, [...(samples.get(p.name) ?? []), row]);
      }
      progress(`browser: round ${round + 1}/${options.rounds} (${options.pages.length} pages) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    await session.close();
    await server.close();
  }
  const pages: BrowserPage[] = [];
  for (const [name, rows] of samples) {
    const ok = rows.filter((r) => !r.failure);
    if (ok.length === 0) {
      pages.push(rows[0]!);
      continue;
    }
    const med = (k: keyof BrowserPage): number => median(ok.map((r) => r[k] as number).filter((x) => Number.isFinite(x)));
    pages.push({
      page: name,
      status: ok[0]!.status,
      readability: med('readability'),
      toPaint: med('toPaint'),
      busy: med('busy'),
      longestTask: med('longestTask'),
      oursBeyondReadability: med('oursBeyondReadability'),
      attribution: ok[0]!.attribution,
      popupWall: med('popupWall'),
      popupClock: med('popupClock'),
      popupLoaded: med('popupLoaded'),
      failure: null,
    });
  }
  return { pages, extensionDir };
}
