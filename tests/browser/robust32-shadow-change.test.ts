/**
 * A change inside a web component is a changed page, in real Chromium
 * (session 19, item 3): an article in a custom element's open shadow root is
 * read and highlighted where it is, but the page's fingerprint walked the
 * light DOM only. When the component changed a figure, the open card said the
 * page changed, yet "Read again" kept the old reading (same fingerprint) and
 * showed the old figure. The fingerprint now reads the open shadow roots.
 */
import { describe, expect, it } from 'vitest';
import { watchErrors } from './harness';
import { STORY_A, storyBody } from './fixtures/big/articles';
import { cardHeadline, readAgainUntil, useStorySession } from './story-session';

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

const rig = useStorySession({ '/component.html': componentPage() });

describe('robust32: a change inside a web component is a changed page', () => {
  it('the component edits its round’s figure: the open card says the page changed, and "Read again" shows the new figure', async () => {
    const popup = await rig.openCard('/component.html', WAIT_MS);
    const errors = watchErrors(popup);
    expect(await cardHeadline(popup)).toContain(STORY_A.amount);
    // Only the component's shadow tree changes: the light DOM (header, host, footer) stays as it was.
    await rig.page.evaluate((from, to) => {
      const root = document.querySelector('news-article')!.shadowRoot!;
      for (const el of root.querySelectorAll('h1, p')) el.textContent = (el.textContent ?? '').replace(from, to);
    }, STORY_A.amount, NEW_AMOUNT);
    await readAgainUntil(popup, NEW_AMOUNT, WAIT_MS);
    expect(await cardHeadline(popup)).not.toContain(STORY_A.amount);
    expect(errors).toEqual([]);
  });
});
