/**
 * A web component attaching its shadow root after the page was read, with the
 * popup closed, in real Chromium (review of session 20's product, item 2).
 * What Roundup does when a page changes with no card open: it keeps the
 * reading (the next card reads again) and finds redrawn highlights again in
 * the page's new nodes within a second, without a new reading. The late root
 * shows the story in the component instead of the light text the highlights
 * were on; before, those stayed on the hidden light text (nothing to see on
 * the page) until the next card or "Read again". Now the 1 s wake-up's
 * late-root look counts it as a redraw: the highlights move into the root.
 */
import { describe, expect, it, vi } from 'vitest';
import { STORY_A, storyBody } from './fixtures/big/articles';
import { IsolatedWorld } from './fixtures/big/probe';
import { defineLateComponent, highlightedRanges, lateComponentPage, rangesInShadow, useStorySession } from './story-session';

const WAIT_MS = 90_000;

const rig = useStorySession({ '/late-closed.html': lateComponentPage(STORY_A) });

describe('robust34: a late shadow root with the popup closed', () => {
  it('the component renders the story in its root: the highlights move there by themselves, with no new reading', async () => {
    const popup = await rig.openCard('/late-closed.html', WAIT_MS);
    await popup.close();
    const page = rig.page;
    const painted = await highlightedRanges(page);
    expect(painted).toBeGreaterThan(0);
    expect(await rangesInShadow(page)).toBe(0);
    const world = await IsolatedWorld.attach(page);
    try {
      const readings = async (): Promise<number> => ((await world.trace())?.records ?? []).filter((r) => r.name === 'readability').length;
      const before = await readings();
      expect(before).toBeGreaterThan(0);

      await defineLateComponent(page, storyBody(STORY_A));
      await vi.waitFor(async () => expect(await rangesInShadow(page)).toBe(painted), { timeout: 30_000, interval: 200 });
      expect(await highlightedRanges(page)).toBe(painted);
      expect(await readings()).toBe(before);
    } finally {
      await world.detach();
    }
  });
});
