/**
 * The open card follows the page, in real Chromium (session 18, item 1): with
 * the popup open, a page that redraws its article without the highlighted
 * text, or that keeps taking Roundup's highlights away, changed nothing in
 * the card until it was opened again. Now the content script pushes the card's
 * state through the card's port (CARD_PORT) and the popup shows it: the same
 * popup, never reopened, says "Lost" / "Removed by the page".
 */
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openPopup, watchErrors } from './harness';
import { STORY_A, STORY_B, storyBody, storyPage } from './fixtures/big/articles';
import { useStorySession } from './story-session';

const WAIT_MS = 90_000;

/** The popup of the test under way: closed after it, passed or not (a popup left open is the next test's). */
let open: Page | null = null;

const rig = useStorySession({ '/lost.html': storyPage(STORY_A), '/removed.html': storyPage(STORY_A), '/spa.html': storyPage(STORY_A) });

afterEach(async () => {
  await open?.close().catch(() => undefined);
  open = null;
});

/** The legend's switch state ("On", "Lost", "Removed by the page", "3 of 5"). */
function switchState(popup: Page): Promise<string> {
  return popup.$eval('.legend .switch span', (el) => el.textContent ?? '');
}

/** Open the real popup on `path` and wait for its card with the highlights on. */
async function cardOn(path: string): Promise<{ popup: Page; errors: string[] }> {
  await rig.show(path);
  const popup = await openPopup(rig.session);
  open = popup;
  const errors = watchErrors(popup);
  await popup.waitForSelector('.legend .switch span', { timeout: WAIT_MS });
  expect(await switchState(popup)).toBe('On');
  // Marks this very document: a reopened popup would not carry it.
  await popup.evaluate(() => ((window as unknown as { __sameCard?: boolean }).__sameCard = true));
  return { popup, errors };
}

async function sameCard(popup: Page): Promise<boolean> {
  return popup.evaluate(() => (window as unknown as { __sameCard?: boolean }).__sameCard === true);
}

describe('robust31: the open card follows the page', () => {
  it('the page redraws its article without the highlighted text: the open card says they are lost, and that the page changed', async () => {
    const { page } = rig;
    const { popup, errors } = await cardOn('/lost.html');
    const counts = await popup.$$eval('.legend .count', (els) => els.map((el) => Number(el.textContent)));
    const total = counts.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(0);
    // The re-render keeps the article's later paragraphs, in new nodes; its headline and lede (the round, its lead) are gone.
    await page.evaluate(() => {
      const article = document.querySelector('article')!;
      const kept = [...article.querySelectorAll('p')].slice(1).map((p) => p.outerHTML).join('');
      article.innerHTML = kept;
    });
    await popup.waitForFunction(() => document.querySelector('.legend .switch span')?.textContent === 'Lost', { timeout: 20_000 });
    // The text changed (not the same text redrawn): the card offers to read it again, as a reopened popup would,
    // and its note says none of the highlights is on the text the page shows now (session 22: it said "redrew").
    await popup.waitForFunction(() => /changed after Roundup read it/.test(document.querySelector('.card')?.textContent ?? ''), { timeout: 20_000 });
    const note = await popup.$eval('.legend [role="status"]', (el) => el.textContent ?? '');
    expect(note).toBe(`The page changed the article; 0 of ${total} highlights are still on it.`);
    expect(await sameCard(popup)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('the page keeps taking the highlights away: the open card switches to "Removed by the page"', async () => {
    const { page } = rig;
    const { popup, errors } = await cardOn('/removed.html');
    // The page clears the shared highlight registry over and over (remover.html's trick).
    await page.evaluate(() => {
      setInterval(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.clear(), 100);
    });
    await popup.waitForFunction(() => document.querySelector('.legend .switch span')?.textContent === 'Removed by the page', { timeout: 30_000 });
    expect(await popup.$eval('.legend [role="status"]', (el) => el.textContent ?? '')).toBe('The page removed Roundup’s highlights: they are not shown.');
    expect(await sameCard(popup)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('an in-page navigation to another story is read again: the open card is replaced by the new one, and says so', async () => {
    const { page } = rig;
    const { popup, errors } = await cardOn('/spa.html');
    expect(await popup.$eval('.article-title', (el) => el.textContent ?? '')).toContain(STORY_A.company);
    // A single-page app: a new address and a new story, no page load.
    await page.evaluate((html, title) => {
      history.pushState({}, '', '/spa.html?story=b');
      document.title = title;
      document.body.innerHTML = html;
    }, storyBody(STORY_B), `${STORY_B.company} raises ${STORY_B.amount}`);
    await popup.waitForFunction((company) => (document.querySelector('.article-title')?.textContent ?? '').includes(company), { timeout: 60_000 }, STORY_B.company);
    expect(await popup.$eval('.deal-headline', (el) => el.textContent ?? '')).toContain(STORY_B.amount);
    expect(await popup.$eval('[data-testid="card-announcement"]', (el) => el.textContent ?? '')).toContain(`New card: ${STORY_B.company}`);
    expect(await sameCard(popup)).toBe(true);
    expect(errors).toEqual([]);
  });
});
