/**
 * Articles inside web components, in real Chromium (session 18, item 2): a
 * page whose article is in a custom element's open shadow root was "No article
 * text found" (review F4, shadow-only.html). Now it is read, and its
 * highlights are drawn inside the shadow tree. A closed shadow root stays out,
 * and the card says where the article may be.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { openPopup } from './harness';
import { analyzeTab, tabIdOfPage } from './page-guard';
import { STORY_A, storyBody } from './fixtures/big/articles';
import { useStorySession } from './story-session';
import { within } from './fixtures/big/probe';

const WAIT_MS = 90_000;

/** The story inside a <news-article> custom element's shadow root (`mode`), attached by the page's own script. */
function componentPage(mode: 'open' | 'closed'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${STORY_A.company} raises ${STORY_A.amount}</title></head>
<body><header><a href="/">Example News</a></header><news-article></news-article><footer>© Example News</footer>
<script>window.componentCalls = [];
customElements.define('news-article', class extends HTMLElement {
  constructor() { super(); window.componentCalls.push('constructor'); this.attachShadow({ mode: ${JSON.stringify(mode)} }).innerHTML = ${JSON.stringify(storyBody(STORY_A))}; }
  adoptedCallback() { window.componentCalls.push('adopted'); }
});</script></body></html>`;
}

const rig = useStorySession({ '/open.html': componentPage('open'), '/closed.html': componentPage('closed') });


/** Drawn ranges (a box on screen) whose text is in a shadow tree, and the text of each. */
function drawnInShadow(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const out: string[] = [];
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h) => h.forEach((r) => {
      if (r.startContainer.getRootNode() instanceof ShadowRoot && r.getClientRects().length > 0) out.push(r.toString());
    }));
    return out;
  });
}

describe('robust31: an article inside a web component', () => {
  it('in an open shadow root: read, and highlighted inside the shadow tree', async () => {
    const { session } = rig;
    const page = await rig.show('/open.html');
    const summary = await within(analyzeTab(session, await tabIdOfPage(session, page)), WAIT_MS, 'summary of open.html');
    expect(summary.status).toBe('ok');
    expect(summary.summary.deals[0]?.company).toBe(STORY_A.company);
    expect(summary.summary.deals[0]?.amount?.text).toBe(STORY_A.amount);
    expect(summary.anchored).toBeGreaterThan(0);
    expect(summary.unanchored).toBe(0);
    await expect.poll(() => drawnInShadow(page), { timeout: 10_000 }).toContain(STORY_A.amount);
    expect(await drawnInShadow(page)).toContain(STORY_A.lead);
  });

  it('reading it runs none of the page\'s component code: the host is built once, by the page, and never adopted', async () => {
    const { session } = rig;
    const page = await rig.show('/open.html');
    const summary = await within(analyzeTab(session, await tabIdOfPage(session, page)), WAIT_MS, 'summary of open.html');
    expect(summary.status).toBe('ok');
    // Red on d67cd7d: the composed clone copied the host in the page's document (the page's constructor ran for
    // the copy) and moved it into the clone's (its adoptedCallback ran), once per copy made.
    expect(await page.evaluate(() => (window as unknown as { componentCalls: string[] }).componentCalls)).toEqual(['constructor']);
  });

  it('negative: in a closed shadow root it stays unread, and the card says where the article may be', async () => {
    const { session } = rig;
    const page = await rig.show('/closed.html');
    const popup = await openPopup(session);
    try {
      await popup.waitForFunction(() => /No article text found/.test(document.body.textContent ?? ''), { timeout: WAIT_MS });
      expect(await popup.evaluate(() => document.body.textContent ?? '')).toContain('inside an embedded frame or a closed component');
    } finally {
      await popup.close();
    }
    expect(await drawnInShadow(page)).toEqual([]);
  });
});
