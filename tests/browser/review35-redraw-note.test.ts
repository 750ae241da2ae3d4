/**
 * Review of session 22 (f7c7fd1), in real Chromium: the legend's sentence tells "the page redrew the article"
 * (the same text in new nodes) from "the page changed the article" (the text the highlights were on is gone).
 * It was decided by the card's `pageChanged`, which is true after any change of the page, including the
 * redraws themselves: a page that keeps re-rendering the same article, which the re-anchors give up
 * following after five tries (README: "The page redrew the article; 0 of 10 highlights found again"), with an
 * ad beside it rotating its text (which changes the page, not the article), was told "The page changed the
 * article; 0 of N highlights are still on it", though not a word of the article changed.
 * The late root that replaces the story (robust35-late-root-text) still says "changed".
 *
 * Session 23 (robust36): the other way round, a page whose article text really went beside an ad rotating
 * faster than a re-finding pass kept "redrew" (and then gave up on it): every pass the ad changed the page under
 * was taken as no evidence about the text. Such a pass now asks the text itself: words the reading found that
 * are nowhere on the page any more are gone, whatever the ad did; a redraw keeps them all (the first test).
 */
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchErrors } from './harness';
import { STORY_A, storyPage } from './fixtures/big/articles';
import { legendOf, useStorySession } from './story-session';

const WAIT_MS = 90_000;

/** An ad box beside the article, outside it, whose text the page rotates. */
const WITH_AD = storyPage(STORY_A).replace('</article>', '</article><aside id="ad">Sponsored: offer 0</aside>');

const rig = useStorySession({ '/keeps-redrawing.html': WITH_AD, '/text-gone-ad.html': WITH_AD });

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

  it('robust36: the text goes while the ad rotates faster than a pass: the open card says the page changed the article, never that it redrew it', async () => {
    const popup = (open = await rig.openCard('/text-gone-ad.html', WAIT_MS));
    const errors = watchErrors(popup);
    await vi.waitFor(async () => expect((await legendOf(popup)).state).toBe('On'), { timeout: 30_000, interval: 200 });
    const counts = await popup.$$eval('.legend .count', (els) => els.map((el) => Number(el.textContent)));
    const total = counts.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(0);
    // The ad rotates every 5 ms (a pass yields to the page between its slices, so each one is overtaken);
    // then the page drops the article's headline and lede once (the later paragraphs kept, in new nodes).
    await rig.page.evaluate(() => {
      const ad = document.getElementById('ad')!;
      let n = 0;
      setInterval(() => (ad.textContent = `Sponsored: offer ${++n}`), 5);
      setTimeout(() => {
        const article = document.querySelector('article')!;
        article.innerHTML = [...article.querySelectorAll('p')].slice(1).map((p) => p.outerHTML).join('');
      }, 300);
    });
    await vi.waitFor(async () => {
      const { state, note } = await legendOf(popup);
      expect(state).not.toBe('On');
      expect(note).toMatch(new RegExp(`^The page changed the article; \\d+ of ${total} highlights are still on it\\.$`));
    }, { timeout: 30_000, interval: 200 });
    // Still so once the re-finding passes have given up following the ad (five tries in a row).
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect((await legendOf(popup)).note).toMatch(/^The page changed the article;/);
    expect(await popup.$eval('.card', (el) => el.textContent ?? '')).not.toContain('redrew');
    expect(errors).toEqual([]);
  });
});
