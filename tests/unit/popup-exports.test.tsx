// @vitest-environment happy-dom
/**
 * The popup's editor workflow with a fake client: every copy button (the
 * options' default first), the clean copy of the article, rich copy, failures
 * that say why, "Save to log", and the card's sections (earlier rounds, other
 * money without the deal figures, evidence).
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { LoadResult, PageClient } from '../../components/client';
import { PopupApp } from '../../components/PopupApp';
import type { GetSummaryResponse } from '../../utils/messages';
import type { Summary } from '../../utils/types';
import { fakePageClient } from '../helpers/fake-page-client';

afterEach(cleanup);

const PARAGRAPHS = [
  'Acme raised $5 million in a Series A round led by Big Fund, at a valuation of $50 million.',
  'Sign up for our newsletter',
  'The market for widgets is worth $2 billion, the firm said.',
];

function summary(overrides: Partial<Summary> = {}): Summary {
  const round = { value: 5e6, currency: 'USD', text: '$5 million', qualifier: null, equivalent: null };
  const valuation = { value: 5e7, currency: 'USD', text: '$50 million', qualifier: null, equivalent: null };
  const market = { value: 2e9, currency: 'USD', text: '$2 billion', qualifier: null, equivalent: null };
  return {
    schemaVersion: 1,
    source: { input: null, url: 'https://example.com/a', title: 'Acme <b>raises</b> $5 million', byline: null, siteName: 'Example News', publishedTime: '2025-03-04T10:00:00Z', lang: 'en' },
    article: { isArticle: true, wordCount: 40, excerpt: null },
    deals: [{
      company: 'Acme', round: 'Series A', status: 'announced', amount: round, valuation,
      leadInvestors: ['Big Fund'], investors: [], date: null, evidence: [PARAGRAPHS[0]!],
    }],
    investors: [{ name: 'Big Fund', role: 'lead', deals: [0] }],
    money: [
      { ...round, kind: 'round', sentence: PARAGRAPHS[0]! },
      { ...valuation, kind: 'valuation', sentence: PARAGRAPHS[0]! },
      { ...market, kind: 'other', sentence: PARAGRAPHS[2]! },
    ],
    artifacts: [{ kind: 'boilerplate', text: 'Sign up for our newsletter', message: 'Newsletter boilerplate inside the article.', fix: '' }],
    ...overrides,
  };
}

function ready(s: Summary, extra: Partial<GetSummaryResponse> = {}): LoadResult {
  return {
    kind: 'ready',
    data: {
      summary: s, status: 'ok', message: null, anchored: 3, unanchored: 0, anchoredIds: ['deal-0-amount', 'investor-0', 'money-2'],
      highlightsOn: true, paragraphCount: PARAGRAPHS.length, analysisId: 7, timings: { analysisMs: 1, anchorMs: 1 }, ...extra,
    },
  };
}

function fakeClient(result: LoadResult, overrides: Partial<PageClient> = {}): PageClient {
  return fakePageClient(result, PARAGRAPHS, overrides);
}

const lastCall = (fn: unknown): unknown[] => ((fn as Mock).mock.calls.at(-1) ?? []) as unknown[];

describe('copy buttons', () => {
  // [button, what lands in copy(), what must not]
  const rows: Array<[string, RegExp, RegExp | null]> = [
    ['Copy as Markdown', /^## Acme \\<b\\>raises\\<\/b\\>/, null],
    ['Copy as text', /^Acme <b>raises<\/b> \$5 million\nExample News/, /\\</],
    ['Copy as JSON', /"schemaVersion": 1/, null],
    ['Copy clean text', /Acme raised \$5 million[^]*The market for widgets/, /Sign up for our newsletter/],
  ];
  it.each(rows)('%s writes the right text and says so', async (name, want, never) => {
    const client = fakeClient(ready(summary()));
    render(<PopupApp client={client} />);
    fireEvent.click(await screen.findByRole('button', { name }));
    await screen.findByText(/^Copied/);
    const text = lastCall(client.copy)[0] as string;
    expect(text).toMatch(want);
    if (never) expect(text).not.toMatch(never);
    expect(client.copyRich).not.toHaveBeenCalled();
  });

  it('rich copy writes escaped HTML with a plain-text twin', async () => {
    const client = fakeClient(ready(summary()));
    render(<PopupApp client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy rich' }));
    await screen.findByText('Copied (rich text)');
    const [html, text] = lastCall(client.copyRich) as [string, string];
    expect(html).toContain('<h2>Acme &#60;b&#62;raises&#60;/b&#62; $5 million</h2>');
    expect(html).not.toContain('<b>');
    expect(text).toMatch(/^Acme <b>raises<\/b> \$5 million/);
    expect(client.copy).not.toHaveBeenCalled();
  });

  it('spreadsheet copy writes tab-separated rows with an HTML table twin (a comma paste lands in column A)', async () => {
    const client = fakeClient(ready(summary()));
    render(<PopupApp client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy for spreadsheet' }));
    await screen.findByText('Copied (spreadsheet rows, one per deal)');
    const [html, text] = lastCall(client.copyRich) as [string, string];
    expect(text).toMatch(/^Company\tRound\tStatus[^\n]*\r\nAcme\tSeries A\tannounced\t5000000\tUSD/);
    expect(text).not.toMatch(/^company,round/);
    expect(html).toMatch(/^<table><thead><tr><th>Company<\/th><th>Round<\/th>/);
    expect(html).toContain('<td>Acme</td><td>Series A</td>');
    expect(client.copy).not.toHaveBeenCalled();
  });

  it('says how many artifacts the clean copy repaired and left', async () => {
    const s = summary();
    s.artifacts.push({ kind: 'truncated-sentence', text: 'the firm said.', message: 'Cut short?', fix: null });
    render(<PopupApp client={fakeClient(ready(s))} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy clean text' }));
    expect(await screen.findByText('Copied (clean article text: 1 repair, 1 left as found)')).toBeTruthy();
  });

  it('does not copy a clean text when the page had no article text, and says why', async () => {
    const client = fakeClient(ready(summary(), { paragraphCount: 0 }), { loadParagraphs: vi.fn(async () => ({ paragraphs: [], analysisId: 7 })) });
    render(<PopupApp client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy clean text' }));
    expect((await screen.findByText(/^Could not copy/)).textContent).toContain('no article text');
    expect(client.copy).not.toHaveBeenCalled();
  });

  it('asks the page for the article text only when the clean copy is clicked', async () => {
    const client = fakeClient(ready(summary()));
    render(<PopupApp client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy as Markdown' }));
    await screen.findByText(/^Copied/);
    expect(client.loadParagraphs).not.toHaveBeenCalled();
    fireEvent.click(await screen.findByRole('button', { name: 'Copy clean text' }));
    await screen.findByText(/^Copied \(clean/);
    expect(client.loadParagraphs).toHaveBeenCalledTimes(1);
  });

  it('never mixes paragraphs of another reading with the card: reads the page again, refreshes the card and says to copy again', async () => {
    const client = fakeClient(ready(summary()), { loadParagraphs: vi.fn(async () => ({ paragraphs: PARAGRAPHS, analysisId: 8 })) });
    render(<PopupApp client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy clean text' }));
    expect(await screen.findByText(/Roundup read it again and updated the card/)).toBeTruthy();
    await waitFor(() => expect(client.load).toHaveBeenCalledTimes(2));
    expect(client.loadParagraphs).toHaveBeenCalledWith(7);
    expect(await screen.findByRole('button', { name: 'Copy clean text' })).toBeTruthy();
    expect(client.copy).not.toHaveBeenCalled();
  });

  it('says so when the page does not answer the request for its text', async () => {
    const client = fakeClient(ready(summary()), { loadParagraphs: vi.fn(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))) });
    render(<PopupApp client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy clean text' }));
    expect((await screen.findByText(/^Could not copy/)).textContent).toContain('Receiving end');
    expect(client.copy).not.toHaveBeenCalled();
  });

  it('explains a browser without rich clipboard support', async () => {
    const client = fakeClient(ready(summary()), { copyRich: vi.fn(() => Promise.reject(new ReferenceError('ClipboardItem is not defined'))) });
    render(<PopupApp client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy rich' }));
    expect((await screen.findByText(/^Could not copy/)).textContent).toContain('use “Copy as text”');
  });

  it('puts the options page’s default format first, as the primary button', async () => {
    for (const [format, label] of [['csv', 'Copy for spreadsheet'], ['html', 'Copy rich'], ['markdown', 'Copy as Markdown'], ['clean', 'Copy clean text']] as const) {
      const { unmount } = render(<PopupApp client={fakeClient(ready(summary()), { loadExportFormat: vi.fn(async () => format) })} />);
      await waitFor(() => expect(document.querySelector('.export button')?.textContent).toBe(label));
      expect(document.querySelector('.export button')?.classList.contains('primary')).toBe(true);
      expect(document.querySelectorAll('.export button.primary')).toHaveLength(1);
      expect(document.querySelectorAll('.export button')).toHaveLength(6);
      unmount();
    }
  });

  it('falls back to Markdown first when the settings cannot be read', async () => {
    render(<PopupApp client={fakeClient(ready(summary()), { loadExportFormat: vi.fn(() => Promise.reject(new Error('no storage'))) })} />);
    await screen.findByRole('button', { name: 'Copy as JSON' });
    expect(document.querySelector('.export button')?.textContent).toBe('Copy as Markdown');
  });
});

describe('save to log', () => {
  it('saves the summary, says so, and opens the log', async () => {
    const client = fakeClient(ready(summary()));
    render(<PopupApp client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Save to log' }));
    expect(await screen.findByText('Saved to the deal log.')).toBeTruthy();
    expect((lastCall(client.saveToLog)[0] as Summary).deals[0]?.company).toBe('Acme');
    fireEvent.click(screen.getByRole('button', { name: 'Open deal log' }));
    expect(client.openLog).toHaveBeenCalledTimes(1);
  });

  it('says why a save failed', async () => {
    const client = fakeClient(ready(summary()), { saveToLog: vi.fn(() => Promise.reject(new Error('QUOTA_BYTES quota exceeded'))) });
    render(<PopupApp client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Save to log' }));
    expect(await screen.findByText('Could not save: QUOTA_BYTES quota exceeded')).toBeTruthy();
  });

  it('offers no save when there is no deal to save', async () => {
    render(<PopupApp client={fakeClient(ready(summary({ deals: [], investors: [] })))} />);
    await screen.findByText('No funding round found in this article.');
    expect(screen.queryByRole('button', { name: 'Save to log' })).toBeNull();
  });
});

describe('card sections', () => {
  it('lists only money that is not a deal figure under other money, clickable when found', async () => {
    const client = fakeClient(ready(summary()));
    render(<PopupApp client={client} />);
    const details = (await screen.findByText('Other money figures')).closest('details') as HTMLElement;
    expect(details.textContent).toContain('$2 billion');
    expect(details.textContent).not.toContain('$50 million');
    expect(details.textContent).not.toContain('$5 million');
    expect(details.hasAttribute('open')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Show on page: $2 billion' }));
    await waitFor(() => expect(client.scrollTo).toHaveBeenCalledWith('money-2'));
  });

  it('has no other-money section when every figure belongs to a deal', async () => {
    const s = summary();
    s.money = s.money.slice(0, 2);
    render(<PopupApp client={fakeClient(ready(s))} />);
    await screen.findByRole('article', { name: /Main deal/ });
    expect(screen.queryByText('Other money figures')).toBeNull();
  });

  it('shows the headline figures and the evidence sentence of the main deal', async () => {
    render(<PopupApp client={fakeClient(ready(summary()))} />);
    const main = await screen.findByRole('article', { name: 'Main deal: Acme — Series A' });
    expect(main.textContent).toMatch(/Amount\$5 million.*Valuation\$50 million.*Led byBig Fund/);
    expect(main.querySelector('details.evidence')?.textContent).toContain(PARAGRAPHS[0]);
    expect(screen.getByText('Example News · 2025-03-04')).toBeTruthy();
  });
});
