/**
 * Pages that change under the content script, in real Chromium (issue 7):
 * back/forward cache, content replaced after load, a tab discarded and
 * restored, and the extension reloaded while a page is open. The popup must
 * never show a summary of another page (results are keyed by URL and a
 * fingerprint of the content), and an old copy of the script must leave the
 * page clean, without errors.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GetSummaryResponse } from '../../utils/messages';
import { launchWithExtension, openPopup, type Session } from './harness';
import { analyzeTab, tabIdOfPage, watchProblems, isOurs, type PageProblem } from './page-guard';
import { STORY_A, STORY_B, startStoryServer, storyBody, storyPage } from './fixtures/big/articles';
import { IsolatedWorld, within } from './fixtures/big/probe';

const WAIT_MS = 60_000;

let session: Session;
let server: { url: string; close: () => Promise<void> };
let page: Page;
let problems: PageProblem[];

beforeAll(async () => {
  server = await startStoryServer({ '/a.html': storyPage(STORY_A), '/b.html': storyPage(STORY_B), '/c.html': storyPage(STORY_A) });
  session = await launchWithExtension(inject('testExtensionDir'));
  page = (await session.browser.pages())[0] ?? (await session.browser.newPage());
  problems = watchProblems(page);
  // Tells the test whether a shown page came out of the back/forward cache.
  await page.evaluateOnNewDocument(() => {
    window.addEventListener('pageshow', (e) => {
      (window as unknown as { __restored?: boolean }).__restored = e.persisted;
    });
  });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The summary through the real popup's message path, bounded. */
async function summaryOf(p: Page): Promise<GetSummaryResponse> {
  const tabId = await tabIdOfPage(session, p);
  return within(analyzeTab(session, tabId), WAIT_MS, `summary of ${p.url()}`);
}

/** What the real popup shows for the focused tab. */
async function popupText(p: Page): Promise<string> {
  await p.bringToFront();
  const popup = await openPopup(session);
  await popup.waitForSelector('.card, .status-warning, .status-error', { timeout: WAIT_MS });
  await popup.waitForSelector('.article-title', { timeout: WAIT_MS });
  // The card without the page's own <title> (which a body swap leaves as it was).
  const text = await popup.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelector('.article-title')?.remove();
    return copy.textContent ?? '';
  });
  await popup.close();
  return text;
}

function companyOf(r: GetSummaryResponse): string {
  return JSON.stringify(r.summary.deals.map((d) => [d.company, d.amount?.text]));
}

async function highlightCount(p: Page): Promise<number> {
  return p.evaluate(() => {
    let n = 0;
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h) => (n += h.size));
    return n;
  });
}

async function highlightedText(p: Page): Promise<string> {
  return p.evaluate(() => {
    const out: string[] = [];
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h) => h.forEach((r) => out.push(r.toString())));
    return out.join(' | ');
  });
}

function ourProblems(): PageProblem[] {
  return problems.filter((p) => isOurs(p, session.extensionId) || /extension context|roundup/i.test(p.text));
}

/**
 * The old copy after the extension's reload, stopped whole (main.ts stop(), on its 1 s context check): its slot is
 * gone (stop()'s last step) and nothing of ours listens on the page's document any more. Its own lifetime, not WXT's
 * context's (the build's context is a silent stand-in, entrypoints/content/silent-context.ts): this is the order
 * that must not depend on WXT's. An old context Chromium has already destroyed reports nothing (nothing runs there).
 */
async function oldCopyStoppedWhole(world: IsolatedWorld): Promise<void> {
  await expect.poll(() => world.evaluateAll<boolean>(`Symbol.for('roundup.content-script') in window`), { timeout: WAIT_MS }).not.toContain(true);
  expect((await world.documentListeners()).flat().filter((type) => type.startsWith('mouse'))).toEqual([]);
}

/**
 * The page does what brings a running copy's highlights back (the registry cleared, the article redrawn, an in-page
 * navigation, a hover on the story): the stopped copy paints nothing and shows no tooltip. An absence is seen over a
 * window only: three of the old copy's 1 s context checks (a slow machine can only make this pass, never fail).
 */
async function pageActsAsIfWatched(p: Page): Promise<void> {
  await p.evaluate(() => {
    (CSS as unknown as { highlights: Map<string, unknown> }).highlights.clear();
    for (const para of document.querySelectorAll('p')) para.replaceWith(para.cloneNode(true));
    history.pushState(null, '', `${location.pathname}?after-reload`);
  });
  const box = await p.evaluate(() => {
    const r = document.querySelector('p')?.getBoundingClientRect();
    return r ? { x: r.left + 20, y: r.top + r.height / 2 } : null;
  });
  if (box) await p.mouse.move(box.x, box.y, { steps: 3 });
  for (let check = 0; check < 3; check++) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await highlightCount(p)).toBe(0);
    expect(await p.evaluate(() => document.querySelector('roundup-tooltip'))).toBeNull();
  }
}

describe('pages that change under the content script', () => {
  it('back/forward cache: back on A, the popup shows A, never B, and A keeps its highlights', async () => {
    await page.goto(`${server.url}/a.html`, { waitUntil: 'load' });
    await page.bringToFront();
    const a = await summaryOf(page);
    expect(companyOf(a)).toContain(STORY_A.company);
    await page.goto(`${server.url}/b.html`, { waitUntil: 'load' });
    const b = await summaryOf(page);
    expect(companyOf(b)).toContain(STORY_B.company);
    await page.goBack({ waitUntil: 'load' });
    const restored = await page.evaluate(() => (window as unknown as { __restored?: boolean }).__restored ?? null);
    console.log(`back to A: ${restored ? 'restored from the back/forward cache' : 'loaded again (not from the back/forward cache)'}`);
    const text = await popupText(page);
    expect(text).toContain(STORY_A.company);
    expect(text).not.toContain(STORY_B.company);
    const again = await summaryOf(page);
    expect(companyOf(again)).toContain(STORY_A.company);
    expect(companyOf(again)).not.toContain(STORY_B.company);
    expect(await highlightCount(page)).toBeGreaterThan(0);
    expect(await highlightedText(page)).not.toContain(STORY_B.company);
    expect(ourProblems()).toEqual([]);
  });

  it('content replaced after load: the next popup open analyses the new content', async () => {
    await page.goto(`${server.url}/c.html`, { waitUntil: 'load' });
    const first = await summaryOf(page);
    expect(companyOf(first)).toContain(STORY_A.company);
    expect(await highlightedText(page)).toContain(STORY_A.amount);
    // Same URL, a new story in the body (as a single-page app or a live blog swaps it).
    await page.evaluate((html) => {
      const body = document.createElement('body');
      body.innerHTML = html;
      document.documentElement.replaceChild(body, document.body);
    }, storyBody(STORY_B));
    // (The page's <title> still names A: only the body changed, and the card shows the title as it is.)
    const text = await popupText(page);
    expect(text).toContain(STORY_B.company);
    expect(text).toContain(STORY_B.amount);
    expect(text).not.toContain(STORY_A.amount);
    expect(text).not.toContain(STORY_A.lead);
    const after = await summaryOf(page);
    expect(companyOf(after)).toContain(STORY_B.company);
    // The highlights follow: the new story's text is painted, nothing is left of the old one.
    await page.waitForFunction(
      (b) => {
        const out: string[] = [];
        (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h) => h.forEach((r) => out.push(r.toString())));
        return out.join(' | ').includes(b);
      },
      { timeout: WAIT_MS },
      STORY_B.amount,
    );
    expect(await highlightedText(page)).not.toContain(STORY_A.amount);
    expect(await highlightedText(page)).not.toContain(STORY_A.lead);
    // A text edit that keeps the length and the element count changes the fingerprint too.
    await page.evaluate((from, to) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeValue?.includes(from)) n.nodeValue = n.nodeValue.split(from).join(to);
    }, '$230 million', '$320 million');
    const edited = await summaryOf(page);
    expect(JSON.stringify(edited.summary.deals)).toContain('$320 million');
    expect(JSON.stringify(edited.summary.deals)).not.toContain('$230 million');
    expect(ourProblems()).toEqual([]);
  });

  it('a discarded tab, restored: the popup analyses it again cleanly', async () => {
    await page.goto(`${server.url}/a.html`, { waitUntil: 'load' });
    const before = await summaryOf(page);
    expect(companyOf(before)).toContain(STORY_A.company);
    const tabId = await tabIdOfPage(session, page);
    // A tab in the background can be discarded; focus another one first.
    const other = await session.browser.newPage();
    await other.bringToFront();
    const discardedId = (await session.worker.evaluate(`chrome.tabs.discard(${tabId}).then((t) => t ? t.id : null)`)) as number | null;
    expect(discardedId).not.toBeNull();
    const discarded = (await session.worker.evaluate(`chrome.tabs.get(${discardedId}).then((t) => t.discarded)`)) as boolean;
    expect(discarded).toBe(true);
    // Activating it reloads it, without the old content script.
    await session.worker.evaluate(`chrome.tabs.update(${discardedId}, { active: true })`);
    await expect
      .poll(() => session.worker.evaluate(`chrome.tabs.get(${discardedId}).then((t) => !t.discarded && t.status === 'complete')`), { timeout: WAIT_MS })
      .toBe(true);
    await other.close();
    const target = await session.browser.waitForTarget((t) => t.type() === 'page' && t.url() === `${server.url}/a.html`, { timeout: WAIT_MS });
    const restored = (await target.page())!;
    const restoredProblems = watchProblems(restored);
    const text = await popupText(restored);
    expect(text).toContain(STORY_A.company);
    const after = (await within(analyzeTab(session, discardedId!), WAIT_MS, 'summary after restore')) as GetSummaryResponse;
    expect(companyOf(after)).toContain(STORY_A.company);
    expect(await highlightCount(restored)).toBeGreaterThan(0);
    expect(restoredProblems.filter((p) => isOurs(p, session.extensionId))).toEqual([]);
    page = restored;
    problems = restoredProblems;
  });

  it('the extension reloaded: the old copy takes its highlights, style and tooltip away without errors', async () => {
    await page.goto(`${server.url}/a.html`, { waitUntil: 'load' });
    await page.bringToFront();
    await summaryOf(page);
    await expect.poll(() => highlightCount(page), { timeout: WAIT_MS }).toBeGreaterThan(0);
    const world = await IsolatedWorld.attach(page);
    try {
      // The copy listens on the page's document (the tooltip's mousemove): what the old copy must take away.
      expect((await world.documentListeners()).flat()).toContain('mousemove');
      await session.worker.evaluate('setTimeout(() => chrome.runtime.reload(), 50)').catch(() => undefined);
      // The old copy notices within its context check and leaves nothing behind.
      await expect.poll(() => highlightCount(page), { timeout: WAIT_MS }).toBe(0);
      // (Its id is random per injection: no stylesheet of highlight rules is left.)
      expect(await page.evaluate(() => [...document.querySelectorAll('style')].some((s) => (s.textContent ?? '').includes('::highlight(')))).toBe(false);
      expect(await page.evaluate(() => document.querySelector('roundup-tooltip'))).toBeNull();
      await oldCopyStoppedWhole(world);
      await pageActsAsIfWatched(page);
    } finally {
      await world.detach();
    }
    await page.mouse.move(200, 200);
    await page.mouse.move(220, 240, { steps: 3 });
    expect(ourProblems()).toEqual([]);
  });

  // In this headless Chromium an unpacked extension loaded with --load-extension does not come
  // back after chrome.runtime.reload() (its pages stop loading), so a new copy cannot be injected
  // here; the take-over from an older copy is covered by every test that injects twice.
  it.todo('the extension reloaded: a new copy, injected by the popup, analyses and paints again');
});
