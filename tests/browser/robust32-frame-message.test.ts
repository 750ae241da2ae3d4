/**
 * What the card says when Roundup reads no article, in real Chromium (session
 * 19, item 5): same-origin frames are not read (decided in session 18: not
 * worth a painter per frame), so a page whose story is in a frame, like a page
 * with no story at all, is refused. The card must say so in a reader's words,
 * not the extractor's ("Readability"), and say where a story it missed may be;
 * it offers no copy button (its exports would look like results).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, openPopup, watchErrors, type Session } from './harness';
import { STORY_A, startStoryServer, storyPage } from './fixtures/big/articles';

const WAIT_MS = 90_000;

/** The top page of a site that shows its story in a same-origin frame. */
const FRAMED = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${STORY_A.company} raises ${STORY_A.amount}</title></head>
<body><header><a href="/">Example News</a> · <a href="/markets">Markets</a></header>
<iframe src="/story.html" title="Story" style="width:100%;height:700px;border:0"></iframe>
<footer>© Example News</footer></body></html>`;

/** A section front: links, no story. */
const SECTION = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Markets — Example News</title></head>
<body><header><a href="/">Example News</a></header><main><h1>Markets</h1><ul>
${['Stocks close higher', 'Oil slips', 'Bond yields steady', 'Dollar firms', 'Gold edges up'].map((t, i) => `<li><a href="/m/${i}">${t}</a></li>`).join('\n')}
</ul></main><footer>© Example News</footer></body></html>`;

let session: Session;
let server: { url: string; close: () => Promise<void> };
let page: Page;

beforeAll(async () => {
  server = await startStoryServer({ '/framed.html': FRAMED, '/story.html': storyPage(STORY_A), '/section.html': SECTION });
  session = await launchWithExtension(inject('testExtensionDir'));
  page = (await session.browser.pages())[0] ?? (await session.browser.newPage());
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The card's refusal on `path`: its sentence, its detail, and whether any copy button is offered. */
async function refusalOn(path: string): Promise<{ text: string; buttons: number; deals: number; errors: string[] }> {
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  await page.bringToFront();
  const popup = await openPopup(session);
  const errors = watchErrors(popup);
  try {
    await popup.waitForFunction(() => !document.querySelector('.status-busy') && !!document.querySelector('.status'), { timeout: WAIT_MS });
    const text = await popup.$eval('.popup', (el) => (el.textContent ?? '').replace(/\s+/g, ' '));
    const buttons = (await popup.$$('.export button[data-format]')).length;
    const deals = (await popup.$$('.deal-headline')).length;
    return { text, buttons, deals, errors };
  } finally {
    await popup.close();
  }
}

describe('robust32: the card when no article is read', () => {
  it('the story is in a same-origin frame: "No article text found", and where it may be', async () => {
    const { text, buttons, deals, errors } = await refusalOn('/framed.html');
    expect(text).toContain('No article text found on this page.');
    expect(text).toContain('If the page shows an article, it may be inside an embedded frame or a closed component, which Roundup cannot read.');
    expect(text).not.toMatch(/Readability/);
    // The page's own title heads the card (it is the top page's); nothing of the framed story passes for a result.
    expect(deals).toBe(0);
    expect(buttons).toBe(0);
    expect(errors).toEqual([]);
  });

  it('negative: a section front with no story says the same, in the same words, and offers no export', async () => {
    const { text, buttons, deals, errors } = await refusalOn('/section.html');
    expect(text).toContain('No article text found on this page.');
    expect(text).not.toMatch(/Readability/);
    expect(deals).toBe(0);
    expect(buttons).toBe(0);
    expect(errors).toEqual([]);
  });
});
