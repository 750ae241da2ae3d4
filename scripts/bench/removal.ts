/**
 * Phase 'removal', in Chromium (session 19, item 2): what watching for a page
 * that takes Roundup's highlights away costs an idle tab, and how long a
 * registry the page cleared (CSS.highlights.clear(), no markup change, no
 * pointer, no scroll) stays unpainted. On the sample article, the test build
 * injected as the popup does:
 *   idle cost    the renderer's main-thread TaskDuration (DevTools Performance
 *                metrics) over WINDOW_MS with the highlights on, minus the same
 *                window with them off (both have the content script's own
 *                1 s context check); median of `rounds` window pairs
 *   repaint      from a clear in the page's main world to the first moment the
 *                registry holds ranges again (polled every 20 ms from the main
 *                world), each after IDLE_BEFORE_CLEAR_MS of quiet, so a watch
 *                whose waits grow on a quiet page is measured at its slowest;
 *                REMOVAL_MAX_REPAINTS samples (one more and the card says the
 *                page removed them)
 */
import type { Page } from 'puppeteer-core';
import { REMOVAL_MAX_REPAINTS } from '../../entrypoints/content/page';
import { launchWithExtension, type Session } from '../../tests/browser/harness';
import { analyzeTab, keepOnLoopback, setHighlights, startPageServer, tabIdOfPage } from '../../tests/browser/page-guard';
import { median, progress } from './stats';

const WINDOW_MS = 20_000;
const SETTLE_MS = 1_000;
const IDLE_BEFORE_CLEAR_MS = 20_000;
const REPAINT_GIVE_UP_MS = 40_000;

export interface RemovalBench {
  windowMs: number;
  /** Main-thread ms per window, highlights on / off, per round. */
  onMs: number[];
  offMs: number[];
  /** Median over rounds of (on − off), ms per window. */
  idleCostMs: number;
  /** Each clear's time until painted again (ms; Infinity: not within REPAINT_GIVE_UP_MS). */
  repaintMs: number[];
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The renderer's main-thread busy time (ms) while `ms` pass, from DevTools' Performance metrics. */
async function busyDuring(page: Page, ms: number): Promise<number> {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('Performance.enable');
    const taskSeconds = async (): Promise<number> => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
    const before = await taskSeconds();
    await sleep(ms);
    return ((await taskSeconds()) - before) * 1000;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Clear the page's highlight registry from its main world; ms until it holds ranges again. */
function clearAndTimeRepaint(page: Page): Promise<number> {
  return page.evaluate((giveUp: number) => new Promise<number>((resolve) => {
    const registry = (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights;
    const t0 = performance.now();
    registry.clear();
    const poll = (): void => {
      let n = 0;
      registry.forEach((h) => (n += h.size));
      const waited = performance.now() - t0;
      if (n > 0) resolve(waited);
      else if (waited > giveUp) resolve(Number.POSITIVE_INFINITY);
      else setTimeout(poll, 20);
    };
    setTimeout(poll, 20);
  }), REPAINT_GIVE_UP_MS);
}

export async function benchRemoval(options: { extensionDir: string; sampleDir: string; rounds: number }): Promise<RemovalBench | string> {
  const server = await startPageServer({ '/': options.sampleDir });
  let session: Session;
  try {
    session = await launchWithExtension(options.extensionDir);
  } catch (error) {
    await server.close();
    return `Chromium did not start with the extension: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
  try {
    const page = (await session.browser.pages())[0] ?? (await session.browser.newPage());
    await keepOnLoopback(page, { documentsOnly: true });
    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    await page.bringToFront();
    const tabId = await tabIdOfPage(session, page);
    const first = await analyzeTab(session, tabId);
    if (first.status !== 'ok' || first.anchored === 0) return `the sample was not read and painted (${first.status})`;
    const onMs: number[] = [];
    const offMs: number[] = [];
    for (let r = 0; r < options.rounds; r++) {
      progress(`removal: idle windows, round ${r + 1}/${options.rounds}`);
      await setHighlights(session, tabId, true);
      await sleep(SETTLE_MS);
      onMs.push(await busyDuring(page, WINDOW_MS));
      await setHighlights(session, tabId, false);
      await sleep(SETTLE_MS);
      offMs.push(await busyDuring(page, WINDOW_MS));
    }
    await setHighlights(session, tabId, true);
    const repaintMs: number[] = [];
    for (let i = 0; i < REMOVAL_MAX_REPAINTS; i++) {
      progress(`removal: clear ${i + 1}/${REMOVAL_MAX_REPAINTS} after ${IDLE_BEFORE_CLEAR_MS / 1000} s of quiet`);
      await sleep(IDLE_BEFORE_CLEAR_MS);
      repaintMs.push(await clearAndTimeRepaint(page));
    }
    return { windowMs: WINDOW_MS, onMs, offMs, idleCostMs: median(onMs.map((on, i) => on - offMs[i]!)), repaintMs };
  } catch (error) {
    return `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  } finally {
    await session.close();
    await server.close();
  }
}
