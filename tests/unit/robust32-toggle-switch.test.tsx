// @vitest-environment happy-dom
/**
 * The open popup's switch follows the keyboard toggle (session 19, item 1):
 * the card followed the page's pushes, but its on/off switch kept what it was
 * opened with. These rows check the parts: what a push does to the switch
 * (pushedSwitch), the popup showing it, and a new copy of the content script
 * (the keyboard command injects one) keeping the reading's number, without
 * which the card dropped its pushes as older than its own.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoadResult } from '../../components/client';
import { PopupApp, pushedSwitch } from '../../components/PopupApp';
import { PageController } from '../../entrypoints/content/page';
import type { GetSummaryResponse, HighlightStateResponse } from '../../utils/messages';
import { emptySummary } from '../../utils/article';
import { readArticleResponse } from '../../utils/summary';
import { loadArticlePage, unloadArticlePage } from '../helpers/article-page';
import { fakePageClient } from '../helpers/fake-page-client';

beforeEach(loadArticlePage);
afterEach(() => {
  cleanup();
  unloadArticlePage();
});

function state(extra: Partial<GetSummaryResponse> = {}): GetSummaryResponse {
  return {
    summary: emptySummary({ url: 'https://example.com/a', title: 'Acme raises $5 million', lang: 'en' }, true),
    status: 'ok', message: null, anchored: 2, unanchored: 0, anchoredIds: ['deal-0-amount', 'investor-0'],
    highlightsOn: true, paragraphCount: 6, analysisId: 3, timings: { analysisMs: 5, anchorMs: 2 }, redraw: null, removedByPage: false,
    ...extra,
  };
}

describe('pushedSwitch: the switch after a push', () => {
  const rows: Array<[string, boolean, GetSummaryResponse, number, boolean]> = [
    ['the keyboard turned them off: Off', true, state({ highlightsOn: false }), 0, false],
    ['the keyboard turned them on again: On', false, state({ highlightsOn: true }), 0, true],
    ['the same as shown: unchanged', true, state(), 0, true],
    ['negative: a click under way keeps the click (the push was made before the page took it)', false, state({ highlightsOn: true }), 1, false],
    ['negative: two clicks under way, the same', true, state({ highlightsOn: false }), 2, true],
  ];
  it.each(rows)('%s', (_, shown, pushed, underWay, expected) => {
    expect(pushedSwitch(shown, pushed, underWay)).toBe(expected);
  });
});

/** A client whose card can be pushed to; `setHighlights` answers only when `answer` is called. */
function pushable(result: LoadResult) {
  let listener: ((s: GetSummaryResponse) => void) | null = null;
  const waiting: Array<(r: HighlightStateResponse) => void> = [];
  const client = fakePageClient(result, ['x'], {
    subscribe: vi.fn((onState: (s: GetSummaryResponse) => void) => {
      listener = onState;
      return () => void (listener = null);
    }),
    setHighlights: vi.fn((enabled: boolean) => new Promise<HighlightStateResponse>((resolve) => waiting.push(() => resolve({ enabled, ranges: 0, registered: 0 })))),
  });
  const push = (s: GetSummaryResponse): void => void act(() => listener?.(s));
  const answer = async (): Promise<void> => act(async () => waiting.shift()?.({ enabled: false, ranges: 0, registered: 0 }));
  return { client, push, answer };
}

const switchText = (): string => document.querySelector('.legend .switch span')?.textContent ?? '';
const switchInput = (): HTMLInputElement => document.querySelector<HTMLInputElement>('.legend .switch input')!;

describe('PopupApp: the switch follows the page', () => {
  it('the keyboard toggles the page off, then on: the open card’s switch follows, without loading again', async () => {
    const { client, push } = pushable({ kind: 'ready', data: state() });
    render(<PopupApp client={client} />);
    await screen.findByText('Acme raises $5 million');
    expect(switchText()).toBe('On');
    push(state({ highlightsOn: false }));
    await waitFor(() => expect(switchText()).toBe('Off'));
    expect(switchInput().checked).toBe(false);
    push(state({ highlightsOn: true }));
    await waitFor(() => expect(switchText()).toBe('On'));
    expect(switchInput().checked).toBe(true);
    expect(client.load).toHaveBeenCalledTimes(1);
    expect(client.setHighlights).not.toHaveBeenCalled();
  });

  it('negative: a push made before the card’s own click was taken does not undo the click; the page’s next push is followed', async () => {
    const { client, push, answer } = pushable({ kind: 'ready', data: state() });
    render(<PopupApp client={client} />);
    await screen.findByText('Acme raises $5 million');
    fireEvent.click(switchInput());
    await waitFor(() => expect(switchText()).toBe('Off'));
    push(state({ highlightsOn: true, removedByPage: false }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(switchText()).toBe('Off');
    await answer();
    // The page took the click and pushed again (main.ts, set-highlights): that push is its word.
    push(state({ highlightsOn: false }));
    await waitFor(() => expect(switchText()).toBe('Off'));
    expect(client.setHighlights).toHaveBeenCalledTimes(1);
  });

  it('negative: an older reading pushed late moves neither the card nor its switch', async () => {
    const { client, push } = pushable({ kind: 'ready', data: state() });
    render(<PopupApp client={client} />);
    await screen.findByText('Acme raises $5 million');
    push(state({ analysisId: 2, highlightsOn: false }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(switchText()).toBe('On');
  });
});

const reader = async (article: Parameters<typeof readArticleResponse>[0]) => readArticleResponse(article, () => performance.now());

describe('a new copy of the content script keeps the reading’s number', () => {
  it('the keyboard command’s copy takes the cache: its card state has the number the card shows', async () => {
    const first = new PageController(document, null, reader);
    await first.popupSummary();
    // A second reading (the page changed): the number the open card shows is 2, not 1.
    document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>The company also named a new chief operating officer, who joins from a large parcel firm next month.</p>');
    const second = await first.popupSummary();
    expect(second.analysisId).toBe(2);
    const cache = first.cache;
    first.dispose();
    const copy = new PageController(document, cache, reader);
    await copy.apply();
    expect((await copy.cardState())?.analysisId).toBe(2);
    copy.dispose();
  });

  it('negative: a cache from an older copy, with no number, is reading 1 as before', async () => {
    const first = new PageController(document, null, reader);
    await first.popupSummary();
    const { key, analysis } = first.cache!;
    first.dispose();
    const copy = new PageController(document, { key, analysis }, reader);
    await copy.apply();
    expect((await copy.cardState())?.analysisId).toBe(1);
    copy.dispose();
  });
});
