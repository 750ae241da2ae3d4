// @vitest-environment happy-dom
/**
 * The open card follows the page (session 18, item 1): the card kept its first
 * state until the popup was reopened. The content script now tells an open
 * card (its port, CARD_PORT) when what it shows changed; these rows check the
 * parts: the push's shape check, what counts as a change, the link that sends
 * only changes, and the page controller telling it after a redraw or a removal.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardLink, cardStateKey, type CardPort } from '../../entrypoints/content/card-link';
import { PageController, REMOVAL_MAX_REPAINTS } from '../../entrypoints/content/page';
import { isCardStateMessage, isRoundupMessage, type GetSummaryResponse } from '../../utils/messages';
import { emptySummary } from '../../utils/article';
import { readArticleResponse } from '../../utils/summary';
import { loadArticlePage, unloadArticlePage } from '../helpers/article-page';
import type { FakeHighlight } from '../helpers/fake-highlights';

beforeEach(loadArticlePage);
afterEach(unloadArticlePage);

function state(extra: Partial<GetSummaryResponse> = {}): GetSummaryResponse {
  return {
    summary: emptySummary({ url: 'https://example.com/a', title: 'A', lang: 'en' }, true),
    status: 'ok', message: null, anchored: 2, unanchored: 0, anchoredIds: ['deal-0-amount', 'investor-0'],
    highlightsOn: true, paragraphCount: 6, analysisId: 3, timings: { analysisMs: 5, anchorMs: 2 }, redraw: null, removedByPage: false,
    ...extra,
  };
}

describe('isCardStateMessage: the popup shows only a push of the card’s shape', () => {
  const rows: Array<[string, unknown, boolean]> = [
    ['a state', { type: 'card-state', state: state() }, true],
    ['a redraw note and a removal', { type: 'card-state', state: state({ redraw: { found: 0, total: 2 }, removedByPage: true, pageChanged: true }) }, true],
    ['another type', { type: 'get-summary', state: state() }, false],
    ['no state', { type: 'card-state' }, false],
    ['no summary', { type: 'card-state', state: { ...state(), summary: null } }, false],
    ['a summary without its lists', { type: 'card-state', state: { ...state(), summary: { source: {}, article: {} } } }, false],
    ['an unknown status', { type: 'card-state', state: state({ status: 'fine' as GetSummaryResponse['status'] }) }, false],
    ['a negative count', { type: 'card-state', state: state({ anchored: -1 }) }, false],
    ['more found again than there were', { type: 'card-state', state: state({ redraw: { found: 3, total: 2 } }) }, false],
    ['a redraw of text the page rewrote', { type: 'card-state', state: state({ redraw: { found: 1, total: 2, rewritten: true }, pageChanged: true }) }, true],
    ['a rewritten text that is not a yes or no', { type: 'card-state', state: { ...state(), redraw: { found: 0, total: 2, rewritten: 'yes' } } }, false],
    ['an id that is not text', { type: 'card-state', state: { ...state(), anchoredIds: [1] } }, false],
    ['a removal that is not a yes or no', { type: 'card-state', state: { ...state(), removedByPage: 'yes' } }, false],
    ['markup for a message', { type: 'card-state', state: { ...state(), message: { html: '<b>x</b>' } } }, false],
  ];
  it.each(rows)('%s', (_, value, ok) => {
    expect(isCardStateMessage(value)).toBe(ok);
  });

  it('negative: a push is no request the content script or the worker answers', () => {
    expect(isRoundupMessage({ type: 'card-state', state: state() })).toBe(false);
  });
});

describe('cardStateKey: what the card shows of a state', () => {
  it('the same when only the timings (a re-anchor) or the summary object differ', () => {
    expect(cardStateKey(state({ timings: { analysisMs: 5, anchorMs: 9 } }))).toBe(cardStateKey(state()));
    expect(cardStateKey(state({ summary: emptySummary({ url: null, title: null, lang: null }, false) }))).toBe(cardStateKey(state()));
  });
  const changes: Array<[string, Partial<GetSummaryResponse>]> = [
    ['lost in a redraw', { redraw: { found: 0, total: 2 }, anchored: 0, anchoredIds: [] }],
    ['found again in part', { redraw: { found: 1, total: 2 }, anchored: 1, anchoredIds: ['investor-0'] }],
    ['taken away by the page', { removedByPage: true }],
    ['the page changed', { pageChanged: true }],
    ['a new reading', { analysisId: 4 }],
    ['switched off', { highlightsOn: false }],
  ];
  it.each(changes)('differs when %s', (_, extra) => {
    expect(cardStateKey(state(extra))).not.toBe(cardStateKey(state()));
  });
});

interface FakePort extends CardPort {
  posted: unknown[];
  hangUp: () => void;
  disconnected: boolean;
}

function fakePort(): FakePort {
  const listeners: Array<() => void> = [];
  const port: FakePort = {
    posted: [],
    disconnected: false,
    postMessage: (message) => void port.posted.push(message),
    disconnect: () => void (port.disconnected = true),
    onDisconnect: { addListener: (cb) => void listeners.push(cb) },
    hangUp: () => listeners.forEach((cb) => cb()),
  };
  return port;
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('CardLink: a card hears each change once', () => {
  it('sends the state on connection, then only what changed', async () => {
    let now = state();
    const link = new CardLink(async () => now);
    const port = fakePort();
    link.add(port);
    await settle();
    expect(port.posted).toEqual([{ type: 'card-state', state: now }]);
    link.changed();
    await settle();
    expect(port.posted).toHaveLength(1);
    now = state({ redraw: { found: 0, total: 2 }, anchored: 0, anchoredIds: [] });
    link.changed();
    await settle();
    expect(port.posted).toHaveLength(2);
    expect(port.posted[1]).toEqual({ type: 'card-state', state: now });
  });

  it('a change during a push is taken once after it, with the state then', async () => {
    let calls = 0;
    let now = state();
    const link = new CardLink(async () => (calls++, now));
    const port = fakePort();
    link.add(port);
    now = state({ removedByPage: true });
    link.changed();
    link.changed();
    link.changed();
    await vi.waitFor(() => expect(port.posted).toHaveLength(2));
    expect(calls).toBe(2);
    expect((port.posted[1] as { state: GetSummaryResponse }).state.removedByPage).toBe(true);
  });

  it('negative: no card connected, nothing is computed; none while there is no reading', async () => {
    const read = vi.fn(async () => null);
    const link = new CardLink(read);
    link.changed();
    await settle();
    expect(read).not.toHaveBeenCalled();
    const port = fakePort();
    link.add(port);
    await settle();
    expect(read).toHaveBeenCalledTimes(1);
    expect(port.posted).toEqual([]);
  });

  it('a card that went away is not sent to; closing lets the others go', async () => {
    let now = state();
    const link = new CardLink(async () => now);
    const gone = fakePort();
    const stays = fakePort();
    link.add(gone);
    link.add(stays);
    await settle();
    gone.hangUp();
    expect(link.connected).toBe(1);
    now = state({ analysisId: 9 });
    link.changed();
    await settle();
    expect(gone.posted).toHaveLength(1);
    expect(stays.posted.at(-1)).toEqual({ type: 'card-state', state: now });
    link.close();
    expect(stays.disconnected).toBe(true);
    expect(link.connected).toBe(0);
  });
});

const registry = (): Map<string, FakeHighlight> => (window as unknown as { CSS: { highlights: Map<string, FakeHighlight> } }).CSS.highlights;
const reader = async (article: Parameters<typeof readArticleResponse>[0]) => readArticleResponse(article, () => performance.now());
const fast = { reanchorDebounceMs: 5, reanchorEveryMs: 20 };

/** Read the page, let `change` act on its article with the card open, and take the card's state once it is told. */
async function cardAfter(change: (article: Element) => void): Promise<{ first: GetSummaryResponse; now: GetSummaryResponse | null }> {
  const page = new PageController(document, null, reader, fast);
  try {
    const first = await page.popupSummary();
    const told = vi.fn();
    page.onCardChange = told;
    change(document.querySelector('article')!);
    await vi.waitFor(() => expect(told).toHaveBeenCalled(), { timeout: 3000, interval: 5 });
    return { first, now: await page.cardState() };
  } finally {
    page.dispose();
  }
}

describe('PageController tells an open card what changed on the page', () => {
  it('the article redrawn without its lede: told, and the card state says lost and changed', async () => {
    const { first, now } = await cardAfter((article) => {
      article.innerHTML = [...article.querySelectorAll('p')].slice(1).map((p) => p.outerHTML).join('');
    });
    expect(first.anchored).toBeGreaterThan(0);
    expect(now?.analysisId).toBe(first.analysisId);
    expect(now?.anchored).toBe(0);
    // The lede's text is gone, not redrawn: the re-anchor did not find it (the card says "changed", review of session 22).
    expect(now?.redraw).toEqual({ found: 0, total: first.anchored, rewritten: true });
    expect(now?.pageChanged).toBe(true);
  });

  it('negative: the same text redrawn is found again and is no changed page', async () => {
    const { first, now } = await cardAfter((article) => (article.innerHTML = article.innerHTML));
    expect(now?.anchored).toBe(first.anchored);
    expect(now?.redraw).toEqual({ found: first.anchored, total: first.anchored });
    expect(now?.pageChanged).toBe(false);
  });

  it('negative: the same text redrawn while an ad beside it rotates: a changed page, but no text the highlights were on is gone', async () => {
    const ad = document.body.appendChild(document.createElement('aside'));
    ad.textContent = 'Sponsored: offer 1';
    try {
      const { first, now } = await cardAfter((article) => {
        article.innerHTML = article.innerHTML;
        ad.textContent = 'Sponsored: offer 2';
      });
      expect(now?.redraw).toEqual({ found: first.anchored, total: first.anchored });
      expect(now?.pageChanged).toBe(true);
    } finally {
      ad.remove();
    }
  });

  it('the page keeps taking the highlights away: told when the card is to say so', async () => {
    const page = new PageController(document, null, reader, fast);
    await page.popupSummary();
    const told = vi.fn();
    page.onCardChange = told;
    // Cleared before each of the content script's wake-ups (main.ts's tick calls lookForRemoval).
    for (let i = 0; i <= REMOVAL_MAX_REPAINTS; i++) {
      expect(told).not.toHaveBeenCalled();
      registry().clear();
      page.lookForRemoval();
    }
    expect(told).toHaveBeenCalledTimes(1);
    expect((await page.cardState())?.removedByPage).toBe(true);
    page.dispose();
  });

  it('negative: no reading yet, no state to push; a disposed page tells nothing', async () => {
    const page = new PageController(document, null, reader, fast);
    expect(await page.cardState()).toBeNull();
    await page.popupSummary();
    const told = vi.fn();
    page.onCardChange = told;
    page.dispose();
    document.querySelector('article')!.innerHTML = '<p>Gone.</p>';
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(told).not.toHaveBeenCalled();
    expect(await page.cardState()).toBeNull();
  });
});
