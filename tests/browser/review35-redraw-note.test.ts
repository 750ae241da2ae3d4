/**
 * Review of session 22 (f7c7fd1), in real Chromium: the legend's sentence tells "the page redrew the article"
 * (the same text in new nodes) from "the page changed the article" (the text the highlights were on is gone).
 * It was decided by the card's `pageChanged`, which is true after any change of the page, including the
 * redraws themselves: a page that keeps re-rendering the same article, which the re-anchors give up
 * following after five tries (README: "The page redrew the article; 0 of 10 highlights found again"), with an
 * ad beside it rotating its text (which changes the page, not the article), was told "The page changed the
 * article; 0 of N highlights are still on it", though not a word of the article changed.
 * The late root that replaces the story (robust35-late-root-text) still says "changed".
 */
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchErrors } from './harness';
import { STORY_A, storyPage } from './fixtures/big/articles';
import { legendOf, useStorySession } from './story-session';

const WAIT_MS = 90_000;

/** An ad box beside the article, outside it, whose text the page rotates. */
const WITH_AD = storyPage(STORY_A).replace('</article>', '</article><aside id="ad">Sponsored: offer 0</aside>');

const rig = useStorySession({ '/keeps-redrawing.html': WITH_AD });

let open: Page | null = null;
afterEach(async () => {
  await open?.close().catch(() => undefined);
  open = null;
});

describe('review35: a page that keeps redrawing the same article, an ad rotating beside it', () => {
  it('the open card says the page redrew it, never that it changed it', async () => {
    const popup = (open = await rig.openCard('/keeps-redrawing.html', WAIT_MS));
    const errors = watchErrors(popup);
    await vi.waitFor(async () => expect((await legendOf(popup)).state).toBe('On'), { timeout: 30_000, interval: 200 });
    // A framework re-rendering the article every 100 ms (the same markup, new nodes, not one word changed)
    // and rotating the ad beside it.
    await rig.page.evaluate(() => {
      const article = document.querySelector('article')!;
      const ad = document.getElementById('ad')!;
      const html = article.innerHTML;
      let n = 0;
      setInterval(() => {
        article.innerHTML = html;
        ad.textContent = `Sponsored: offer ${++n}`;
      }, 100);
    });
    // The re-anchors give up after five tries in a row; the card's note then stays.
    await vi.waitFor(async () => expect((await legendOf(popup)).note).not.toBe(''), { timeout: 60_000, interval: 200 });
    await vi.waitFor(async () => {
      const { state, note } = await legendOf(popup);
      expect(state).not.toBe('On');
      expect(note).toMatch(/^The page redrew the article; \d+ of \d+ highlights found again\.$/);
    }, { timeout: 30_000, interval: 200 });
    expect(await popup.$eval('.card', (el) => el.textContent ?? '')).not.toContain('changed the article');
    expect(errors).toEqual([]);
  });
});
