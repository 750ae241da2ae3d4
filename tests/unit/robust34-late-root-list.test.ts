// @vitest-environment happy-dom
/**
 * The late-root look after an in-page navigation (review of session 20's
 * product, item 3). The 1 s wake-up (lookForLateRoots) looks at the custom
 * elements the last fingerprint walk met with no open shadow root. Before,
 * the walk handed its list over as it started filling it, while the held
 * fingerprint was still the old URL's (no mutation seen: the app had not
 * drawn yet): a wake-up during the new walk looked at a half-built list
 * against the old fingerprint (it corrected itself on the next tick, after
 * a wasted walk). Now the look reads a walk's list only once that walk is
 * whole, and only with the fingerprint of the URL the page is on.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageController } from '../../entrypoints/content/page';
import { readArticleResponse } from '../../utils/summary';
import { installFakeHighlights, removeFakeHighlights } from '../helpers/fake-highlights';

const START = location.href;
/** Disposed after each row, failed or not (a live controller would hear the next row's page). */
const pages: PageController[] = [];

afterEach(() => {
  for (const page of pages.splice(0)) page.dispose();
  vi.restoreAllMocks();
  removeFakeHighlights();
  document.body.innerHTML = '';
  history.replaceState(null, '', START);
});

const STORY = [
  'Quillmark Labs, a Ghent-based maker of invoice software for builders, has raised €9 million in a Series A round led by Harrow Ventures, it said on Tuesday.',
  'The company will use the money to hire engineers in Ghent and Lille and to open a sales office in Rotterdam before the end of the year.',
  'Its software reads the delivery notes of building sites and turns them into invoices, and the company says its customers are paid two weeks sooner.',
  'Quillmark was founded in 2021 by a former site manager and a software engineer, and now counts four hundred building firms among its customers.',
].map((t) => `<p>${t}</p>`).join('');

const reader = async (article: Parameters<typeof readArticleResponse>[0]) => readArticleResponse(article, () => performance.now());

/** A page read once: a component with no root yet first, then the story. */
async function readPage(): Promise<{ page: PageController; host: Element; told: ReturnType<typeof vi.fn> }> {
  installFakeHighlights();
  document.title = 'Quillmark Labs raises money';
  document.body.innerHTML = `<news-widget></news-widget><article><h1>Quillmark Labs raises money</h1>${STORY}</article>`;
  const page = new PageController(document, null, reader);
  pages.push(page);
  await page.popupSummary();
  const told = vi.fn();
  page.onCardChange = told;
  return { page, host: document.querySelector('news-widget')!, told };
}

/** Each performance.now() call 50 ms after the last: every slice of a walk is one node, then a yield. */
function slowClock(): () => void {
  let t = performance.now();
  const spy = vi.spyOn(performance, 'now').mockImplementation(() => (t += 50));
  return () => spy.mockRestore();
}

describe('robust34: the late-root look waits for the rebuilt host list', () => {
  it('during the walk after an in-page navigation, the look does not read the list being built; once it is whole, it does', async () => {
    const { page, host, told } = await readPage();
    history.pushState(null, '', '/next-story');
    const restore = slowClock();
    const reading = page.ensureAnalysis();
    // The walk's first slice met <news-widget> with no root, and yielded.
    await new Promise((resolve) => setTimeout(resolve, 0));
    restore();
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Markets open higher.</p>';
    page.lookForLateRoots();
    expect(told).not.toHaveBeenCalled();
    await reading;
    told.mockClear();
    // The walk met the host before its root: the whole list has it, and the next look finds the root.
    expect(page.changedSinceReading).toBe(false);
    page.lookForLateRoots();
    expect(told).toHaveBeenCalled();
    expect(page.changedSinceReading).toBe(true);
  });

  it('after an in-page navigation and before the new walk, the old page’s list is not looked at', async () => {
    const { page, host, told } = await readPage();
    history.pushState(null, '', '/next-story');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Markets open higher.</p>';
    page.lookForLateRoots();
    expect(told).not.toHaveBeenCalled();
    // The new walk meets the root itself: it is in the fingerprint, not a late root.
    await page.ensureAnalysis();
    told.mockClear();
    page.lookForLateRoots();
    expect(told).not.toHaveBeenCalled();
    expect(page.changedSinceReading).toBe(false);
  });

  it('negative: on the same URL, a root attached after the walk is still found by the next look', async () => {
    const { page, host, told } = await readPage();
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Markets open higher.</p>';
    page.lookForLateRoots();
    expect(told).toHaveBeenCalled();
    expect(page.changedSinceReading).toBe(true);
  });
});
