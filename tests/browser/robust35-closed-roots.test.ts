/**
 * Closed shadow roots, decided (session 22, item 4): Roundup does not read them, though Chromium gives content
 * scripts chrome.dom.openOrClosedShadowRoot (Firefox: element.openOrClosedShadowRoot). That API hands over
 * every closed root on the page, the page's own and those other extensions attach there for their private
 * UI (password managers' and writing assistants' inline menus, Roundup's own tooltip): this row shows it, in
 * real Chromium, for a root attached from another isolated world. Read, such a root's text would enter the
 * card, its exports and the deal log; highlighted, its nodes would sit in the highlight registry every page
 * script can list, handing the page what that extension hid from it. No test of ours can tell a page's
 * component from another extension's (both are closed roots on page elements), so closed roots stay out:
 * this row fails if a change starts reading them.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTab, tabIdOfPage } from './page-guard';
import { STORY_A, storyPage } from './fixtures/big/articles';
import { IsolatedWorld, within } from './fixtures/big/probe';
import { rangesInShadow, useStorySession } from './story-session';

const WAIT_MS = 90_000;
/** Another extension's private text: a saved login, and a sentence the readers would take for a round. */
const PRIVATE = 'Saved login: alice@example.com. Brightwater Labs raised $9 million in a seed round led by Kestrel Partners.';

// The other extension's UI sits inside the article, where a reading of closed roots would take its text in.
const rig = useStorySession({ '/with-extension-ui.html': storyPage(STORY_A).replace('</article>', '<div id="other-extension-ui"></div></article>') });

describe('robust35: closed shadow roots stay unread', () => {
  it('another extension’s closed root next to the article: reachable through chrome.dom, yet neither read nor highlighted', async () => {
    const { session } = rig;
    const page = await rig.show('/with-extension-ui.html');
    // Another extension's content script: an isolated world of its own attaches a closed root on a page element.
    const cdp = await page.createCDPSession();
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'OtherExtension' })) as { executionContextId: number };
    await cdp.send('Runtime.evaluate', {
      contextId: executionContextId,
      expression: `document.getElementById('other-extension-ui').attachShadow({ mode: 'closed' }).innerHTML = ${JSON.stringify(`<p>${PRIVATE}</p>`)}; true`,
    });
    await cdp.detach();

    const summary = await within(analyzeTab(session, await tabIdOfPage(session, page)), WAIT_MS, 'summary of with-extension-ui.html');
    expect(summary.status).toBe('ok');
    expect(summary.summary.deals.map((d) => d.company)).toEqual([STORY_A.company]);
    expect(JSON.stringify(summary)).not.toMatch(/alice@example\.com|Brightwater|Kestrel/);
    expect(await rangesInShadow(page)).toBe(0);

    // The premise: from Roundup's own world, the API would hand that root over, text and all.
    const world = await IsolatedWorld.attach(page);
    try {
      const seen = await world.evaluateAll<string>(`String(chrome.dom?.openOrClosedShadowRoot(document.getElementById('other-extension-ui'))?.textContent)`);
      expect(seen.at(-1)).toBe(PRIVATE);
    } finally {
      await world.detach();
    }
  });
});
