// @vitest-environment happy-dom
/**
 * The popup side of the live card (session 18, item 1): the card subscribes
 * once it is shown, and what the page pushes changes the card in place (the
 * same reading: counts, "Lost", "Removed by the page") or replaces it (a new
 * reading), without loading again.
 */
import { act, cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoadResult } from '../../components/client';
import { PopupApp, pushedView, type View } from '../../components/PopupApp';
import type { GetSummaryResponse } from '../../utils/messages';
import type { Summary } from '../../utils/types';
import { fakePageClient } from '../helpers/fake-page-client';

afterEach(cleanup);

const LEDE = 'Acme raised $5 million in a Series A round led by Big Fund.';

function summary(company = 'Acme'): Summary {
  const round = { value: 5e6, currency: 'USD', text: '$5 million', qualifier: null, equivalent: null };
  return {
    schemaVersion: 1,
    source: { input: null, url: 'https://example.com/a', title: `${company} raises $5 million`, byline: null, siteName: 'Example News', publishedTime: null, lang: 'en' },
    article: { isArticle: true, wordCount: 40, excerpt: null },
    deals: [{ company, round: 'Series A', status: 'announced', amount: round, valuation: null, leadInvestors: ['Big Fund'], investors: [], date: null, evidence: [LEDE] }],
    investors: [{ name: 'Big Fund', role: 'lead', deals: [0] }],
    money: [{ ...round, kind: 'round', sentence: LEDE }],
    artifacts: [],
  };
}

function state(extra: Partial<GetSummaryResponse> = {}): GetSummaryResponse {
  return {
    summary: summary(), status: 'ok', message: null, anchored: 2, unanchored: 0, anchoredIds: ['deal-0-amount', 'investor-0'],
    highlightsOn: true, paragraphCount: 1, analysisId: 7, timings: { analysisMs: 1, anchorMs: 1 }, ...extra,
  };
}

describe('pushedView: what a push does to the view', () => {
  const ready: View = { phase: 'ready', data: state() };
  const rows: Array<[string, View, GetSummaryResponse, 'kept' | 'shown']> = [
    ['the same reading, lost in a redraw: shown', ready, state({ anchored: 0, anchoredIds: [], redraw: { found: 0, total: 2 } }), 'shown'],
    ['a newer reading: shown', ready, state({ analysisId: 8 }), 'shown'],
    ['an older reading (overtaken by the card’s own answer): kept', ready, state({ analysisId: 6 }), 'kept'],
    ['while loading (Read again under way): kept', { phase: 'loading' }, state({ analysisId: 8 }), 'kept'],
    ['an error card: kept', { phase: 'error', message: 'x' }, state(), 'kept'],
    ['a page the browser refuses: kept', { phase: 'restricted', message: 'x' }, state(), 'kept'],
  ];
  it.each(rows)('%s', (_, view, pushed, outcome) => {
    const next = pushedView(view, pushed);
    if (outcome === 'kept') expect(next).toBe(view);
    else expect(next).toEqual({ phase: 'ready', data: pushed });
  });
});

/** A client whose card can be pushed to (as the page does through the card's port). */
function pushable(result: LoadResult) {
  let listener: ((s: GetSummaryResponse) => void) | null = null;
  const unsubscribe = vi.fn(() => { listener = null; });
  const client = fakePageClient(result, [LEDE], {
    subscribe: vi.fn((onState: (s: GetSummaryResponse) => void) => {
      listener = onState;
      return unsubscribe;
    }),
  });
  const push = (s: GetSummaryResponse): void => void act(() => listener?.(s));
  return { client, push, unsubscribe, subscribed: () => listener !== null };
}

const switchText = (): string => document.querySelector('.legend .switch span')?.textContent ?? '';

describe('PopupApp: the open card follows the page', () => {
  it('a redraw that lost the highlights: the card says so in place, without loading again', async () => {
    const { client, push } = pushable({ kind: 'ready', data: state() });
    render(<PopupApp client={client} />);
    await screen.findByText('Acme raises $5 million');
    expect(switchText()).toBe('On');
    push(state({ anchored: 0, anchoredIds: [], redraw: { found: 0, total: 2 } }));
    await waitFor(() => expect(switchText()).toBe('Lost'));
    expect(screen.getByText('The page redrew the article; 0 of 2 highlights found again.')).toBeTruthy();
    // The card's "Show" buttons go with the ranges: none is offered for text no longer on the page.
    expect(document.querySelectorAll('.card button.show')).toHaveLength(0);
    push(state({ removedByPage: true }));
    await waitFor(() => expect(switchText()).toBe('Removed by the page'));
    expect(client.load).toHaveBeenCalledTimes(1);
  });

  it('a new reading pushed replaces the card and is announced', async () => {
    const { client, push } = pushable({ kind: 'ready', data: state() });
    render(<PopupApp client={client} />);
    await screen.findByText('Acme raises $5 million');
    push(state({ analysisId: 8, summary: summary('Zenith') }));
    await screen.findByText('Zenith raises $5 million');
    await waitFor(() => expect(screen.getByTestId('card-announcement').textContent).toContain('New card: Zenith raises $5 million.'));
    // The old card's focused control went with it: focus is on the new card's title, as after "Read again".
    expect(document.activeElement?.classList.contains('article-title')).toBe(true);
    expect(client.load).toHaveBeenCalledTimes(1);
  });

  it('negative: an older reading pushed late changes nothing; a refused page is not subscribed to', async () => {
    const { client, push } = pushable({ kind: 'ready', data: state() });
    render(<PopupApp client={client} />);
    await screen.findByText('Acme raises $5 million');
    push(state({ analysisId: 6, summary: summary('Zenith'), redraw: { found: 0, total: 2 } }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByText('Zenith raises $5 million')).toBeNull();
    expect(switchText()).toBe('On');
    cleanup();
    const refused = pushable({ kind: 'restricted', message: 'Browsers do not let extensions read this page.' });
    render(<PopupApp client={refused.client} />);
    await screen.findByText('Browsers do not let extensions read this page.');
    expect(refused.subscribed()).toBe(false);
  });

  it('the subscription ends with the popup', async () => {
    const { client, unsubscribe } = pushable({ kind: 'ready', data: state() });
    const view = render(<PopupApp client={client} />);
    await screen.findByText('Acme raises $5 million');
    view.unmount();
    expect(unsubscribe).toHaveBeenCalledTimes(1);
  });
});
