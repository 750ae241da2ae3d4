/**
 * A web component that attaches its shadow root after the page was read, in
 * real Chromium (review of session 19, item 3). The server sends the story
 * inside <news-article> as plain children (what a page shows before its
 * scripts run); the component's script, loaded later, attaches an open shadow
 * root and renders the corrected story there, which the page then shows
 * instead. attachShadow and the filling of a root nobody watches leave no
 * mutation record: the open card kept the first reading, "changed" was never
 * said, and reopening the card read nothing new. The content script's 1 s
 * wake-up now looks at the custom elements the last walk met without a root.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it, vi } from 'vitest';
import { watchErrors } from './harness';
import { STORY_A, storyBody } from './fixtures/big/articles';
import { cardHeadline, readAgainUntil, useStorySession } from './story-session';

const WAIT_MS = 90_000;
const NEW_AMOUNT = '$60 million';

/** The story as the server sends it: <news-article> with light children, and no definition of the element yet. */
function lateComponentPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${STORY_A.company} raises money</title></head>
<body><header><a href="/">Example News</a></header><news-article>${storyBody(STORY_A)}</news-article><footer>© Example News</footer></body></html>`;
}

const rig = useStorySession({ '/late.html': lateComponentPage() });

/** The page's own script, late: define the component, which attaches its root and renders the corrected story. */
function defineComponent(page: Page, html: string): Promise<void> {
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
function rangesInShadow(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h) => {
      for (const r of h) if (r.startContainer.getRootNode() instanceof ShadowRoot) n++;
    });
    return n;
  });
}

describe('robust33: a shadow root attached after the page was read', () => {
  it('the open card says the page changed; "Read again" reads the component’s story and highlights it in its root', async () => {
    const popup = await rig.openCard('/late.html', WAIT_MS);
    const errors = watchErrors(popup);
    expect(await cardHeadline(popup)).toContain(STORY_A.amount);
    expect(await rangesInShadow(rig.page)).toBe(0);

    await defineComponent(rig.page, storyBody({ ...STORY_A, amount: NEW_AMOUNT }));
    await readAgainUntil(popup, NEW_AMOUNT, WAIT_MS);
    expect(await cardHeadline(popup)).not.toContain(STORY_A.amount);
    await vi.waitFor(async () => expect(await rangesInShadow(rig.page)).toBeGreaterThan(0), { timeout: 30_000, interval: 200 });
    expect(errors).toEqual([]);
  });
});
