/**
 * A change inside a web component is a changed page, in real Chromium
 * (session 19, item 3): an article in a custom element's open shadow root is
 * read and highlighted where it is, but the page's fingerprint walked the
 * light DOM only. When the component changed a figure, the open card said the
 * page changed, yet "Read again" kept the old reading (same fingerprint) and
 * showed the old figure. The fingerprint now reads the open shadow roots.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, openPopup, watchErrors, type Session } from './harness';
import { STORY_A, startStoryServer, storyBody } from './fixtures/big/articles';

const WAIT_MS = 90_000;
const NEW_AMOUNT = '$60 million';

/** The story inside a <news-article> custom element's open shadow root, attached by the page's own script. */
function componentPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${STORY_A.company} raises money</title></head>
<body><header><a href="/">Example News</a></header><news-article></news-article><footer>© Example News</footer>
<script>customElements.define('news-article', class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(storyBody(STORY_A))}; }
});</script></body></html>`;
}

let session: Session;
let server: { url: string; close: () => Promise<void> };
let page: Page;
let popup: Page | null = null;

beforeAll(async () => {
  server = await startStoryServer({ '/component.html': componentPage() });
  session = await launchWithExtension(inject('testExtensionDir'));
  page = (await session.browser.pages())[0] ?? (await session.browser.newPage());
});

afterAll(async () => {
  await popup?.close().catch(() => undefined);
  await session?.close();
  await server?.close();
});

const headline = (view: Page): Promise<string> => view.$eval('.deal-headline', (el) => el.textContent ?? '');

describe('robust32: a change inside a web component is a changed page', () => {
  it('the component edits its round’s figure: the open card says the page changed, and "Read again" shows the new figure', async () => {
    await page.goto(`${server.url}/component.html`, { waitUntil: 'load' });
    await page.bringToFront();
    popup = await openPopup(session);
    const errors = watchErrors(popup);
    await popup.waitForSelector('.deal-headline', { timeout: WAIT_MS });
    expect(await headline(popup)).toContain(STORY_A.amount);
    // Only the component's shadow tree changes: the light DOM (header, host, footer) stays as it was.
    await page.evaluate((from, to) => {
      const root = document.querySelector('news-article')!.shadowRoot!;
      for (const el of root.querySelectorAll('h1, p')) el.textContent = (el.textContent ?? '').replace(from, to);
    }, STORY_A.amount, NEW_AMOUNT);
    await popup.waitForFunction(() => /changed after Roundup read it/.test(document.querySelector('.card')?.textContent ?? ''), { timeout: 30_000 });
    const readAgain = await popup.waitForSelector('.card .status-action', { timeout: 10_000 });
    await readAgain!.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await readAgain!.click();
    await popup.waitForFunction((amount) => (document.querySelector('.deal-headline')?.textContent ?? '').includes(amount), { timeout: WAIT_MS }, NEW_AMOUNT);
    expect(await headline(popup)).not.toContain(STORY_A.amount);
    expect(errors).toEqual([]);
  });
});
