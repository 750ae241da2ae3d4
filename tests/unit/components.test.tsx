// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoadResult, PageClient } from '../../components/client';
import { PopupApp } from '../../components/PopupApp';
import { ALL_VISIBLE } from '../../utils/categories';
import type { GetSummaryResponse } from '../../utils/messages';
import type { Summary } from '../../utils/types';

afterEach(cleanup);

function summary(overrides: Partial<Summary> = {}): Summary {
  return {
    schemaVersion: 1,
    source: { input: null, url: 'https://example.com/a', title: 'Acme raises $5 million', byline: 'Jo Writer', siteName: 'Example News', publishedTime: null, lang: 'en' },
    article: { isArticle: true, wordCount: 420, excerpt: null },
    deals: [
      {
        company: 'Acme', round: 'Series A', status: 'announced',
        amount: { value: 5e6, currency: 'USD', text: '$5 million', qualifier: null, equivalent: null },
        valuation: null, leadInvestors: ['Big Fund'], investors: ['Small Angel'], date: 'on Monday',
        evidence: ['Acme raised $5 million in a Series A round led by Big Fund.'],
      },
      {
        company: 'Acme', round: 'Seed', status: 'past',
        amount: { value: 1e6, currency: 'USD', text: '$1 million', qualifier: null, equivalent: null },
        valuation: null, leadInvestors: [], investors: [], date: null, evidence: ['It raised $1 million before.'],
      },
    ],
    investors: [
      { name: 'Big Fund', role: 'lead', deals: [0] },
      { name: 'Small Angel', role: 'participant', deals: [0] },
    ],
    money: [],
    artifacts: [{ kind: 'boilerplate', text: 'Sign up for our newsletter', message: 'Newsletter boilerplate inside the article.', fix: '' }],
    ...overrides,
  };
}

const PARAGRAPHS = ['Acme raised $5 million in a Series A round led by Big Fund.', 'Sign up for our newsletter', 'It raised $1 million before.'];

function ready(s: Summary, extra: Partial<GetSummaryResponse> = {}): LoadResult {
  return {
    kind: 'ready',
    data: { summary: s, status: 'ok', message: null, anchored: 4, unanchored: 1, anchoredIds: ['deal-0-amount', 'investor-0', 'artifact-0'], highlightsOn: true, paragraphCount: PARAGRAPHS.length, analysisId: 1, timings: { analysisMs: 1, anchorMs: 1 }, ...extra },
  };
}

function fakeClient(result: LoadResult | Promise<LoadResult>, overrides: Partial<PageClient> = {}): PageClient {
  return {
    load: vi.fn(async () => result),
    loadPreferences: vi.fn(async () => ({ highlightsOn: true, visible: { ...ALL_VISIBLE } })),
    savePreferences: vi.fn(async () => undefined),
    setHighlights: vi.fn(async (enabled: boolean) => ({ enabled, ranges: enabled ? 3 : 0, registered: enabled ? 3 : 0 })),
    loadParagraphs: vi.fn(async () => ({ paragraphs: PARAGRAPHS, analysisId: 1 })),
    scrollTo: vi.fn(async () => ({ found: true })),
    copy: vi.fn(async () => undefined),
    copyRich: vi.fn(async () => undefined),
    loadExportFormat: vi.fn(async () => 'markdown' as const),
    saveToLog: vi.fn(async () => undefined),
    openLog: vi.fn(),
    ...overrides,
  };
}

describe('PopupApp states', () => {
  it('says it is analysing while the page answers', async () => {
    render(<PopupApp client={fakeClient(new Promise<LoadResult>(() => undefined))} />);
    expect(await screen.findByText('Analysing this page…')).toBeTruthy();
  });

  it('explains a page it cannot read', async () => {
    render(<PopupApp client={fakeClient({ kind: 'restricted', message: 'This is a browser page: extensions are not allowed to read it.' })} />);
    expect(await screen.findByText(/browser page/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Copy as/ })).toBeNull();
  });

  it('shows an error with its reason', async () => {
    render(<PopupApp client={fakeClient({ kind: 'error', message: 'boom' })} />);
    expect((await screen.findByRole('alert')).textContent).toContain('boom');
  });

  it('says when the page is not an article', async () => {
    const s = summary({ deals: [], investors: [], artifacts: [] });
    render(<PopupApp client={fakeClient(ready(s, { status: 'not-article', message: 'This page does not look like an article.' }))} />);
    expect(await screen.findByText('This page does not look like an article.')).toBeTruthy();
  });

  it('says no funding round was found and still lists artifacts', async () => {
    render(<PopupApp client={fakeClient(ready(summary({ deals: [], investors: [] })))} />);
    expect(await screen.findByText('No funding round found in this article.')).toBeTruthy();
    expect(screen.getByText('Newsletter boilerplate inside the article.')).toBeTruthy();
  });
});

describe('PopupApp card', () => {
  it('shows the article and the headline deal first, then the earlier one', async () => {
    render(<PopupApp client={fakeClient(ready(summary()))} />);
    await screen.findByText('Acme raises $5 million');
    expect(screen.getByText('Example News · Jo Writer')).toBeTruthy();
    const main = screen.getByRole('article', { name: /Main deal: Acme — Series A/ });
    expect(main.textContent).toContain('$5 million');
    expect(main.textContent).toContain('on Monday');
    expect(screen.getByRole('article', { name: /Earlier round: Acme — Seed/ }).textContent).toContain('$1 million');
    expect(screen.getByRole('heading', { name: /Earlier rounds/ })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /Other deals/ })).toBeNull();
  });

  it('renders page text as text, never as markup', async () => {
    const evil = '<img src=x onerror="alert(1)">Evil Corp';
    const s = summary();
    s.source.title = evil;
    s.investors = [{ name: evil, role: 'lead', deals: [0] }];
    const { container } = render(<PopupApp client={fakeClient(ready(s))} />);
    await screen.findAllByText(evil);
    expect(container.querySelector('img')).toBeNull();
  });

  it('scrolls the page to a finding when a name is clicked, only when it was found', async () => {
    const client = fakeClient(ready(summary()));
    render(<PopupApp client={client} />);
    const buttons = await screen.findAllByRole('button', { name: 'Show on page: Big Fund' });
    fireEvent.click(buttons[0] as HTMLElement);
    await waitFor(() => expect(client.scrollTo).toHaveBeenCalledWith('investor-0'));
    // "Small Angel" was not anchored: plain text, no button.
    expect(screen.queryByRole('button', { name: 'Show on page: Small Angel' })).toBeNull();
  });

  it('turns highlights off and remembers it', async () => {
    const client = fakeClient(ready(summary()));
    render(<PopupApp client={client} />);
    const toggle = await screen.findByRole('switch', { name: 'Highlight findings on the page' });
    fireEvent.click(toggle);
    await waitFor(() => expect(client.setHighlights).toHaveBeenCalledWith(false, ALL_VISIBLE));
    expect(client.savePreferences).toHaveBeenCalledWith({ highlightsOn: false, visible: ALL_VISIBLE });
  });

  it('hides one category', async () => {
    const client = fakeClient(ready(summary()));
    render(<PopupApp client={client} />);
    const box = await screen.findByRole('checkbox', { name: /Round amount/ });
    fireEvent.click(box);
    await waitFor(() => expect(client.setHighlights).toHaveBeenCalledWith(true, { round: false }));
  });

  it('copies Markdown and says so', async () => {
    const client = fakeClient(ready(summary()));
    render(<PopupApp client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy as Markdown' }));
    expect(await screen.findByText(/^Copied/)).toBeTruthy();
    const text = (client.copy as ReturnType<typeof vi.fn>).mock.calls[0]?.[0] as string;
    expect(text).toContain('Acme');
    expect(text).toContain('$5 million');
  });

  it('copies JSON that parses back to the summary', async () => {
    const client = fakeClient(ready(summary()));
    render(<PopupApp client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy as JSON' }));
    await screen.findByText(/^Copied/);
    const text = (client.copy as ReturnType<typeof vi.fn>).mock.calls[0]?.[0] as string;
    expect(JSON.parse(text).deals[0].company).toBe('Acme');
  });

  it('says why copying failed', async () => {
    const client = fakeClient(ready(summary()), { copy: vi.fn(async () => Promise.reject(new Error('Document is not focused.'))) });
    render(<PopupApp client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy as text' }));
    expect((await screen.findByText(/Could not copy/)).textContent).toMatch(/refused clipboard access/);
  });
});
