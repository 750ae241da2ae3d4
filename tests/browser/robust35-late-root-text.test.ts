/**
 * A web component attaching its shadow root after the page was read, with text other than the text Roundup
 * read, in real Chromium (session 22, item 1). README's product section: a redraw (the same text in new nodes,
 * a late root showing the story read) gets the highlights back without a new reading; a page that changed
 * keeps the card's reading and offers "Read again". A late root that replaces the story read (the amount
 * corrected) is the article changing: the open card said "changed" and also "The page redrew the article;
 * 1 of 3 highlights found again". It now says the page changed the article and how many highlights are still
 * on it; "Read again" reads the root's story and highlights it there. A late root that adds text (the story
 * read and a related box) is no loss: every highlight moves into the root and the switch says "On".
 */
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchErrors } from './harness';
import { STORY_A, storyBody } from './fixtures/big/articles';
import { defineLateComponent, highlightedRanges, lateComponentPage, legendOf, rangesInShadow, readAgainUntil, useStorySession } from './story-session';

const WAIT_MS = 90_000;
const NEW_AMOUNT = '$60 million';
/** The story read, and a box the component adds after it. */
const WITH_RELATED = storyBody(STORY_A).replace('</article>', '<aside><p>Related: five warehouse robots to watch this year, from picking arms to forklifts that move pallets all night.</p></aside></article>');

const rig = useStorySession({ '/replaced.html': lateComponentPage(STORY_A), '/added.html': lateComponentPage(STORY_A) });

/** The row's popup, closed after it: the next row's popup would otherwise be found as this one. */
let open: Page | null = null;
afterEach(async () => {
  await open?.close().catch(() => undefined);
  open = null;
});

describe('robust35: a late shadow root with other text than the one read', () => {
  it('a root that replaces the story: the open card says the page changed the article, N of M still on it, never "redrew"; Read again highlights the new story in the root', async () => {
    const popup = (open = await rig.openCard('/replaced.html', WAIT_MS));
    const errors = watchErrors(popup);
    const painted = await highlightedRanges(rig.page);
    expect(painted).toBeGreaterThan(1);

    await defineLateComponent(rig.page, storyBody({ ...STORY_A, amount: NEW_AMOUNT }));
    await popup.waitForFunction(() => /changed after Roundup read it/.test(document.querySelector('.card')?.textContent ?? ''), { timeout: 30_000 });
    // The lead is still on the page (in the root); the two amounts read are not.
    await vi.waitFor(async () => expect((await legendOf(popup)).state).toBe(`1 of ${painted}`), { timeout: 30_000, interval: 200 });
    const { note } = await legendOf(popup);
    expect(note).toBe(`The page changed the article; 1 of ${painted} highlights are still on it.`);
    expect(await popup.$eval('.card', (el) => el.textContent ?? '')).not.toContain('redrew');

    await readAgainUntil(popup, NEW_AMOUNT, WAIT_MS);
    await vi.waitFor(async () => expect(await rangesInShadow(rig.page)).toBe(painted), { timeout: 30_000, interval: 200 });
    expect(await legendOf(popup)).toEqual({ state: 'On', note: '' });
    expect(errors).toEqual([]);
  });

  it('negative: a root that shows the story read and adds a box: every highlight moves into the root, "On", no note', async () => {
    const popup = (open = await rig.openCard('/added.html', WAIT_MS));
    const errors = watchErrors(popup);
    const painted = await highlightedRanges(rig.page);
    await defineLateComponent(rig.page, WITH_RELATED);
    await vi.waitFor(async () => expect(await rangesInShadow(rig.page)).toBe(painted), { timeout: 30_000, interval: 200 });
    // Text was added (as with a new paragraph, the card offers to read again); nothing read was lost.
    await popup.waitForFunction(() => /changed after Roundup read it/.test(document.querySelector('.card')?.textContent ?? ''), { timeout: 30_000 });
    expect(await legendOf(popup)).toEqual({ state: 'On', note: '' });
    expect(errors).toEqual([]);
  });
});
