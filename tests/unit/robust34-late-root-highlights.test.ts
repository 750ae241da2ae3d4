// @vitest-environment happy-dom
/**
 * A late shadow root while the popup is closed (review of session 20's
 * product, item 2). What Roundup does when the page changes with no card
 * open: the reading is kept (the next card reads again), and highlights the
 * page redrew are found again in its new nodes within a second, without a new
 * reading. A component that attaches its open shadow root after the reading
 * shows the root instead of the light text our highlights were on: that is
 * the page redrawing the article, but the light nodes stay connected, so the
 * ranges looked live and the highlights stayed on text nobody sees until the
 * next card. A range on a host's light child that no slot of its open root
 * shows is now not live (shownThroughShadowHosts): the wake-up's late-root
 * look drops the fingerprint as before, and the re-anchor it schedules finds
 * the findings in the root.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageController } from '../../entrypoints/content/page';
import { isLiveRange } from '../../utils/live-range';
import { shownThroughShadowHosts } from '../../utils/shadow';
import { readArticleResponse } from '../../utils/summary';
import { installFakeHighlights, removeFakeHighlights, type FakeHighlight } from '../helpers/fake-highlights';

const pages: PageController[] = [];

afterEach(() => {
  for (const page of pages.splice(0)) page.dispose();
  removeFakeHighlights();
  document.body.innerHTML = '';
});

const STORY = [
  'Orvella Foods, a Valencia-based maker of plant-based cheese, has raised €8 million in a Series A round led by Saltmarsh Capital, it said on Thursday.',
  'The company will use the money to build a second dairy-free plant near Valencia and to start selling its cheeses in France and Germany next spring.',
  'Its cheeses are made from fermented almonds and oats, and the company says supermarket chains in Spain now stock them in more than a thousand stores.',
  'Orvella was founded in 2020 by a cheesemaker and a food chemist, and employs sixty people at its first plant on the edge of the city.',
].map((t) => `<p>${t}</p>`).join('');
const ARTICLE = `<article><h1>Orvella Foods raises money</h1>${STORY}</article>`;

const reader = async (article: Parameters<typeof readArticleResponse>[0]) => readArticleResponse(article, () => performance.now());

/** Ranges painted now, and how many of them are inside a shadow root. */
function painted(registry: Map<string, FakeHighlight>): { all: number; inRoot: number } {
  let all = 0;
  let inRoot = 0;
  registry.forEach((h) => h.ranges.forEach((r) => {
    all++;
    if (r.startContainer.getRootNode() !== document) inRoot++;
  }));
  return { all, inRoot };
}

/** The story sent as <news-story>'s light children (before the component's script runs), read and painted. */
async function readBeforeTheComponent(extra = ''): Promise<{ page: PageController; registry: Map<string, FakeHighlight>; firstId: number }> {
  const registry = installFakeHighlights();
  document.title = 'Orvella Foods raises money';
  document.body.innerHTML = `<header><a href="/">News</a></header><news-story>${ARTICLE}</news-story>${extra}<footer>© News</footer>`;
  const page = new PageController(document, null, reader, { reanchorDebounceMs: 5, reanchorEveryMs: 5 });
  pages.push(page);
  const read = await page.popupSummary();
  expect(read.anchored).toBeGreaterThan(0);
  return { page, registry, firstId: read.analysisId };
}

/** A window for an absence (nothing painted, nothing moved): a slow machine can only make such a row pass. */
const settle = (ms = 200): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('shownThroughShadowHosts', () => {
  it('a light child of a host with an open root is shown only through a slot', () => {
    document.body.innerHTML = '<news-story><p id="lede">Lede.</p><p id="named" slot="byline">By A.</p></news-story><p id="plain">Plain.</p>';
    const host = document.querySelector('news-story')!;
    const text = (id: string): Node => document.getElementById(id)!.firstChild!;
    // No root yet: the light children are what the page shows.
    expect(shownThroughShadowHosts(text('lede'))).toBe(true);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div>Rendered by the component.</div>';
    expect(shownThroughShadowHosts(text('lede'))).toBe(false);
    expect(shownThroughShadowHosts(text('plain'))).toBe(true);
    expect(shownThroughShadowHosts(root.querySelector('div')!.firstChild!)).toBe(true);
    // A default slot shows the unnamed children; a named one only its own.
    root.innerHTML = '<slot></slot>';
    expect(shownThroughShadowHosts(text('lede'))).toBe(true);
    expect(shownThroughShadowHosts(text('named'))).toBe(false);
  });

  it('a root inside a host no slot shows is hidden with it; a closed root cannot be told and counts as shown', () => {
    document.body.innerHTML = '<outer-box><inner-card></inner-card></outer-box><closed-box><p id="c">Kept.</p></closed-box>';
    const inner = document.querySelector('inner-card')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<p>Card text.</p>';
    const cardText = inner.querySelector('p')!.firstChild!;
    expect(shownThroughShadowHosts(cardText)).toBe(true);
    document.querySelector('outer-box')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Box.</p>';
    expect(shownThroughShadowHosts(cardText)).toBe(false);
    document.querySelector('closed-box')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>Closed.</p>';
    expect(shownThroughShadowHosts(document.getElementById('c')!.firstChild!)).toBe(true);
  });
});

describe('robust34: a late shadow root over the painted article, with no card open', () => {
  it('the root shows the same story: the highlights move into it within the wake-up, with no new reading', async () => {
    const { page, registry, firstId } = await readBeforeTheComponent();
    expect(painted(registry).inRoot).toBe(0);
    const before = painted(registry).all;
    document.querySelector('news-story')!.attachShadow({ mode: 'open' }).innerHTML = ARTICLE;
    const lost = [...registry.values()].flatMap((h) => [...h.ranges]);
    expect(lost.some(isLiveRange)).toBe(false);
    page.lookForLateRoots();
    // The re-anchor (debounced, then a chunked anchoring that yields) has no fixed duration on a loaded machine.
    await vi.waitFor(() => expect(painted(registry).inRoot).toBe(before), { timeout: 20_000, interval: 20 });
    expect(painted(registry).all).toBe(before);
    // The same reading (the card opened now reads again: the fingerprint changed).
    const state = page.currentResponse();
    expect(state.analysisId).toBe(firstId);
    expect(state.pageChanged).toBe(true);
  });

  it('negative: a late root elsewhere (a widget after the story) leaves the highlights where they are', async () => {
    const { page, registry } = await readBeforeTheComponent('<share-bar><a href="/s">Share</a></share-bar>');
    const ranges = (): Range[] => [...registry.values()].flatMap((h) => [...h.ranges]);
    const before = ranges();
    document.querySelector('share-bar')!.attachShadow({ mode: 'open' }).innerHTML = '<button>Share this story</button>';
    page.lookForLateRoots();
    await settle();
    expect(page.changedSinceReading).toBe(true);
    expect(ranges()).toEqual(before);
    expect(before.every(isLiveRange)).toBe(true);
  });

  it('negative: highlights off, nothing is painted or re-anchored; the card’s next reading reads the root', async () => {
    const { page, registry, firstId } = await readBeforeTheComponent();
    page.enabled = false;
    await page.apply({ reread: false });
    document.querySelector('news-story')!.attachShadow({ mode: 'open' }).innerHTML = ARTICLE;
    page.lookForLateRoots();
    await settle();
    expect(painted(registry).all).toBe(0);
    const again = await page.popupSummary();
    expect(again.analysisId).toBe(firstId + 1);
    expect(again.anchored).toBeGreaterThan(0);
  });
});
