/**
 * A frame that loads its document after the page was read, in real Chromium
 * (review of session 20's product, item 4). The frame check ran once, when the
 * page was refused as no article; a lazy frame below the fold still showed its
 * blank document then, and the refusal was kept for the top page's fingerprint
 * (which does not see into frames): once the frame had loaded its story, the
 * card still gave the generic hint. A refusal made while a frame is loading is
 * no longer kept: the card's next ask looks again.
 */
import { describe, expect, it } from 'vitest';
import { openPopup, watchErrors } from './harness';
import { STORY_A, storyPage } from './fixtures/big/articles';
import { useStorySession } from './story-session';
import { FRAMED_ARTICLE_MESSAGE } from '../../utils/extract';
import { NOT_FOUND_HINT } from '../../components/SummaryCard';

const WAIT_MS = 90_000;

/** The story in a lazy frame far below the fold: Chromium loads it only when it is scrolled near. */
const LAZY_FRAMED = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${STORY_A.company} raises ${STORY_A.amount}</title></head>
<body><header><a href="/">Example News</a></header><div style="height:30000px"></div>
<iframe src="/story.html" loading="lazy" title="Story" style="width:100%;height:700px;border:0"></iframe>
<footer>© Example News</footer></body></html>`;

const rig = useStorySession({ '/lazy.html': LAZY_FRAMED, '/story.html': storyPage(STORY_A) });

/** The text of a card opened on the tab now, once it is done. */
async function cardText(): Promise<{ text: string; errors: string[] }> {
  const popup = await openPopup(rig.session);
  const errors = watchErrors(popup);
  try {
    await popup.waitForFunction(() => !document.querySelector('.status-busy') && !!document.querySelector('.status'), { timeout: WAIT_MS });
    return { text: await popup.$eval('.popup', (el) => (el.textContent ?? '').replace(/\s+/g, ' ')), errors };
  } finally {
    await popup.close();
  }
}

const frameShowsStory = (): Promise<boolean> =>
  rig.page.evaluate(() => !!document.querySelector('iframe')?.contentDocument?.querySelector('p'));

describe('robust33: a frame that loads after the page was read', () => {
  it('the first card gives the generic hint; once the frame has loaded its story, the next card says the article is in a frame', async () => {
    await rig.page.goto(`${rig.url}/lazy.html`, { waitUntil: 'load' });
    await rig.page.bringToFront();
    expect(await frameShowsStory()).toBe(false);
    const before = await cardText();
    expect(before.text).toContain('No article text found on this page.');
    expect(before.text).toContain(NOT_FOUND_HINT);
    expect(await frameShowsStory()).toBe(false);

    await rig.page.evaluate(() => document.querySelector('iframe')?.scrollIntoView());
    await rig.page.waitForFunction(() => document.querySelector('iframe')?.contentDocument?.readyState === 'complete'
      && !!document.querySelector('iframe')?.contentDocument?.querySelector('p'), { timeout: WAIT_MS });
    await rig.page.bringToFront();
    const after = await cardText();
    expect(after.text).toContain(FRAMED_ARTICLE_MESSAGE);
    expect(after.text).not.toContain(NOT_FOUND_HINT);
    expect([...before.errors, ...after.errors]).toEqual([]);
  });
});
