/**
 * One Chromium with the test build and one story server for a browser test
 * file, started before its rows and closed after them with every tab it
 * opened: what several files wrote again as their own beforeAll/afterAll
 * (duplicates flagged the pairs). Apart from harness.ts because it registers
 * vitest hooks, and harness.ts is also loaded by `npm run bench`, outside
 * vitest.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchWithExtension, openPopup, type Session } from './harness';
import { startStoryServer, storyBody, type StoryFacts } from './fixtures/big/articles';
import type { GetSummaryResponse } from '../../utils/messages';

export interface StorySession {
  readonly session: Session;
  /** The story server's origin ("http://127.0.0.1:port"). */
  readonly url: string;
  /** The browser's first tab. */
  readonly page: Page;
  /** Close `page` (a popup, say) with the session, if it is still open then. */
  keep: (page: Page) => Page;
  /** A new tab on `path` of the story server, in front, closed with the session. */
  open: (path: string) => Promise<Page>;
  /** The first tab on `path` of the story server, in front. */
  show: (path: string) => Promise<Page>;
  /** The first tab on `path`, in front, and its popup once the card shows a deal (the popup is closed with the session). */
  openCard: (path: string, timeoutMs: number) => Promise<Page>;
}

/** Register this file's Chromium and story server (path → HTML) for its rows. */
export function useStorySession(routes: Record<string, string>): StorySession {
  let session: Session | null = null;
  let server: { url: string; close: () => Promise<void> } | null = null;
  let first: Page | null = null;
  const kept: Page[] = [];
  const started = <T>(value: T | null): T => {
    if (value === null) throw new Error('the story session is not started: use it inside a test');
    return value;
  };

  beforeAll(async () => {
    server = await startStoryServer(routes);
    session = await launchWithExtension(inject('testExtensionDir'));
    first = (await session.browser.pages())[0] ?? (await session.browser.newPage());
  });

  afterAll(async () => {
    for (const p of kept) await p.close().catch(() => undefined);
    await session?.close();
    await server?.close();
  });

  const show = async (path: string): Promise<Page> => {
    const page = started(first);
    await page.goto(`${started(server).url}${path}`, { waitUntil: 'load' });
    await page.bringToFront();
    return page;
  };
  const keep = (page: Page): Page => {
    kept.push(page);
    return page;
  };
  return {
    get session() {
      return started(session);
    },
    get url() {
      return started(server).url;
    },
    get page() {
      return started(first);
    },
    keep,
    open: async (path) => {
      const page = keep(await started(session).browser.newPage());
      await page.goto(`${started(server).url}${path}`, { waitUntil: 'load' });
      await page.bringToFront();
      return page;
    },
    show,
    openCard: async (path, timeoutMs) => {
      await show(path);
      const popup = keep(await openPopup(started(session)));
      await popup.waitForSelector('.deal-headline', { timeout: timeoutMs });
      return popup;
    },
  };
}

/** The card's main deal line. */
export function cardHeadline(popup: Page): Promise<string> {
  return popup.$eval('.deal-headline', (el) => el.textContent ?? '');
}

/** The open card says the page changed after it was read; its "Read again" is clicked and the main deal comes to hold `amount`. */
export async function readAgainUntil(popup: Page, amount: string, timeoutMs: number): Promise<void> {
  await popup.waitForFunction(() => /changed after Roundup read it/.test(document.querySelector('.card')?.textContent ?? ''), { timeout: 30_000 });
  const readAgain = await popup.waitForSelector('.card .status-action', { timeout: 10_000 });
  await readAgain!.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await readAgain!.click();
  await popup.waitForFunction((want) => (document.querySelector('.deal-headline')?.textContent ?? '').includes(want), { timeout: timeoutMs }, amount);
}

/** 'get-summary' to the copy of the content script running in tab `tabId` (no injection). */
export async function summaryOf(session: Session, tabId: number): Promise<GetSummaryResponse> {
  return (await session.worker.evaluate(`chrome.tabs.sendMessage(${tabId}, { type: 'get-summary' })`)) as GetSummaryResponse;
}

/** Ranges in the page's highlight registry (the document's, seen from the main world too; the test pages register none). */
export function highlightedRanges(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h) => (n += h.size));
    return n;
  });
}

/**
 * A story page whose article is sent inside <news-article> as plain children (what a page shows before its
 * scripts run), with no definition of the element yet: defineLateComponent then plays the component's late script.
 */
export function lateComponentPage(f: StoryFacts): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${f.company} raises money</title></head>
<body><header><a href="/">Example News</a></header><news-article>${storyBody(f)}</news-article><footer>© Example News</footer></body></html>`;
}

/** The page's own script, late: define <news-article>, which attaches an open shadow root and renders `html` there. */
export function defineLateComponent(page: Page, html: string): Promise<void> {
  return page.evaluate((body: string) => {
    customElements.define('news-article', class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = body;
      }
    });
  }, html);
}

/** Ranges painted inside a shadow root (seen from the main world: the registry is the document's). */
export function rangesInShadow(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h) => {
      for (const r of h) if (r.startContainer.getRootNode() instanceof ShadowRoot) n++;
    });
    return n;
  });
}

/** The legend's switch word and its sentence (none: ''). */
export function legendOf(popup: Page): Promise<{ state: string; note: string }> {
  return popup.evaluate(() => ({
    state: document.querySelector('.legend .switch span')?.textContent ?? '',
    note: document.querySelector('.legend [role="status"]')?.textContent ?? '',
  }));
}
