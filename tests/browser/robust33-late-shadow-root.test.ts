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
import { describe, expect, it, vi } from 'vitest';
import { watchErrors } from './harness';
import { STORY_A, storyBody } from './fixtures/big/articles';
import { cardHeadline, defineLateComponent, lateComponentPage, rangesInShadow, readAgainUntil, useStorySession } from './story-session';

const WAIT_MS = 90_000;
const NEW_AMOUNT = '$60 million';

const rig = useStorySession({ '/late.html': lateComponentPage(STORY_A) });

describe('robust33: a shadow root attached after the page was read', () => {
  it('the open card says the page changed; "Read again" reads the component’s story and highlights it in its root', async () => {
    const popup = await rig.openCard('/late.html', WAIT_MS);
    const errors = watchErrors(popup);
    expect(await cardHeadline(popup)).toContain(STORY_A.amount);
    expect(await rangesInShadow(rig.page)).toBe(0);

    await defineLateComponent(rig.page, storyBody({ ...STORY_A, amount: NEW_AMOUNT }));
    await readAgainUntil(popup, NEW_AMOUNT, WAIT_MS);
    expect(await cardHeadline(popup)).not.toContain(STORY_A.amount);
    await vi.waitFor(async () => expect(await rangesInShadow(rig.page)).toBeGreaterThan(0), { timeout: 30_000, interval: 200 });
    expect(errors).toEqual([]);
  });
});
