// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DealLog, type LogClient } from '../../components/DealLog';
import { isWebUrl, LogSourceLink } from '../../components/LogSourceLink';
import { LogRow, mainDeal } from '../../components/LogRow';
import { LogSaveButton } from '../../components/LogSaveButton';
import { LOG_CSV_COLUMNS } from '../../utils/deal-log';
import type { LogEntry } from '../../utils/deal-log';
import type { Deal, Summary } from '../../utils/types';

afterEach(cleanup);

const HOSTILE = '<img src=x onerror=alert(1)>';
const usd = (value: number, text: string) => ({ value, currency: 'USD', text, qualifier: null, equivalent: null });

function deal(overrides: Partial<Deal> = {}): Deal {
  return {
    company: 'Acme', round: 'Series B', status: 'announced', amount: usd(40e6, '$40 million'), valuation: usd(4e8, '$400 million'),
    leadInvestors: ['Big VC', 'Other Lead'], investors: ['Small VC'], date: null, evidence: ['Acme raised $40 million.'], ...overrides,
  };
}

function entry(id: string, overrides: Partial<Summary> = {}, url = `https://news.example/${id}`, title = `Story ${id}`): LogEntry {
  const summary: Summary = {
    schemaVersion: 1,
    source: { input: null, url, title, byline: null, siteName: null, publishedTime: null, lang: 'en' },
    article: { isArticle: true, wordCount: 300, excerpt: null },
    deals: [deal()], investors: [], money: [], artifacts: [], ...overrides,
  };
  return { id, savedAt: '2025-03-01T10:00:00.000Z', url, title, summary };
}

function fakeClient(entries: LogEntry[]) {
  let stored = [...entries];
  let listener: (() => void) | null = null;
  const client = {
    load: vi.fn(async () => [...stored]),
    remove: vi.fn(async (id: string) => void (stored = stored.filter((e) => e.id !== id))),
    clear: vi.fn(async () => void (stored = [])),
    subscribe: vi.fn((cb: () => void) => ((listener = cb), () => (listener = null))),
    download: vi.fn<LogClient['download']>(),
  } satisfies LogClient;
  return { client, push: (e: LogEntry) => ((stored = [e, ...stored]), listener?.()), hasListener: () => listener !== null };
}

const fixedDate = (iso: string) => `D:${iso.slice(0, 10)}`;

describe('DealLog', () => {
  it('lists saved deals with company, round, amount, valuation, investors (leads marked), date and a source link', async () => {
    const { client } = fakeClient([entry('1')]);
    render(<DealLog client={client} formatDate={fixedDate} />);
    const table = await screen.findByRole('table');
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Company', 'Round', 'Amount', 'Valuation', 'Investors', 'Saved', 'Source', 'Actions']);
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getByRole('rowheader').textContent).toBe('Acme');
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.slice(0, 5)).toEqual(['Series B', '$40 million', '$400 million', 'Big VC (lead), Other Lead (lead), Small VC', 'D:2025-03-01']);
    const link = within(row).getByRole('link', { name: 'Story 1' });
    expect(link.getAttribute('href')).toBe('https://news.example/1');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(row.querySelector('time')?.getAttribute('datetime')).toBe('2025-03-01T10:00:00.000Z');
  });

  it('shows an empty state and disables the actions when nothing is saved', async () => {
    const { client } = fakeClient([]);
    render(<DealLog client={client} />);
    await screen.findByText(/No saved deals yet/);
    expect(screen.queryByRole('table')).toBeNull();
    for (const name of ['Export CSV', 'Export JSON', 'Clear log']) {
      expect((screen.getByRole('button', { name }) as HTMLButtonElement).disabled).toBe(true);
    }
  });

  it('renders a hostile title and company as text, never as markup', async () => {
    const hostile = entry('x', { deals: [deal({ company: HOSTILE, leadInvestors: [HOSTILE] })] }, 'https://evil.example/', HOSTILE);
    const { client } = fakeClient([hostile]);
    const { container } = render(<DealLog client={client} />);
    const link = await screen.findByRole('link', { name: HOSTILE });
    expect(link.textContent).toBe(HOSTILE);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
    expect(screen.getByRole('rowheader').textContent).toBe(HOSTILE);
  });

  it('removes one row and says so', async () => {
    const { client } = fakeClient([entry('1'), entry('2')]);
    render(<DealLog client={client} />);
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Story 1” from the log' }));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2));
    expect(client.remove).toHaveBeenCalledWith('1');
    expect(screen.queryByText('Story 1')).toBeNull();
    expect(screen.getByText('Removed “Story 1”.')).toBeTruthy();
  });

  it('asks before clearing; Cancel keeps everything, Yes clears', async () => {
    const { client } = fakeClient([entry('1'), entry('2')]);
    render(<DealLog client={client} />);
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Clear log' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('Delete 2 saved articles');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(client.clear).not.toHaveBeenCalled();
    expect(screen.getAllByRole('row')).toHaveLength(3);

    fireEvent.click(screen.getByRole('button', { name: 'Clear log' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear the log' }));
    await screen.findByText(/No saved deals yet/);
    expect(client.clear).toHaveBeenCalledTimes(1);
  });

  it('exports CSV (one row per deal) and JSON (the entries) as downloads', async () => {
    const two = entry('2', { deals: [deal({ company: 'Beta' }), deal({ company: 'Beta', status: 'past', round: 'Seed' })] });
    const { client } = fakeClient([entry('1'), two]);
    render(<DealLog client={client} now={() => new Date('2025-04-02T00:00:00Z')} />);
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    const [csvName, csv, csvType] = client.download.mock.calls[0]!;
    expect(csvName).toBe('roundup-deals-2025-04-02.csv');
    expect(csvType).toMatch(/^text\/csv/);
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe(LOG_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(4);

    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    const [jsonName, json, jsonType] = client.download.mock.calls[1]!;
    expect(jsonName).toBe('roundup-deals-2025-04-02.json');
    expect(jsonType).toBe('application/json');
    expect((JSON.parse(json) as LogEntry[]).map((e) => e.id)).toEqual(['1', '2']);
  });

  it('follows saves made elsewhere, and unsubscribes on unmount', async () => {
    const { client, push, hasListener } = fakeClient([entry('1')]);
    const { unmount } = render(<DealLog client={client} />);
    await screen.findByRole('table');
    push(entry('2'));
    await screen.findByText('Story 2');
    unmount();
    expect(hasListener()).toBe(false);
  });

  it('reports a storage failure', async () => {
    const { client } = fakeClient([]);
    client.load.mockRejectedValueOnce(new Error('QUOTA'));
    render(<DealLog client={client} />);
    expect((await screen.findByRole('alert')).textContent).toContain('QUOTA');
  });
});

describe('LogRow', () => {
  const renderRow = (e: LogEntry) =>
    render(<table><tbody><LogRow entry={e} onRemove={() => undefined} formatDate={fixedDate} /></tbody></table>);

  it('stands for the main (first announced) deal and counts the others', () => {
    renderRow(entry('1', { deals: [deal({ company: 'Old', status: 'past', round: 'Seed' }), deal({ company: 'New' })] }));
    // The other rounds are listed under the count (a disclosure), not just counted.
    // Old is another company: called by its name, not "earlier round" (session 12 review).
    expect(screen.getByRole('rowheader').textContent).toBe('New+1 more round of another companyOld — Seed · $40 million');
  });

  it('says so when an article had no deal, with dashes for the facts', () => {
    renderRow(entry('1', { deals: [] }));
    expect(screen.getByRole('rowheader').textContent).toBe('No funding round found');
    expect(screen.getAllByRole('cell').slice(0, 4).map((c) => c.textContent)).toEqual(['—', '—', '—', '—']);
  });

  it.each<[string, Deal[], string | null]>([
    ['first announced', [deal({ status: 'past', company: 'A' }), deal({ company: 'B' })], 'B'],
    ['only past', [deal({ status: 'past', company: 'A' })], 'A'],
    ['none', [], null],
  ])('mainDeal: %s', (_what, deals, company) => {
    expect(mainDeal(deals)?.company ?? null).toBe(company);
  });
});

describe('LogSourceLink', () => {
  it.each([
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['data:text/html,<b>x</b>', false],
    ['', false],
    ['//evil.example/', false],
    ['https://', false],
    ['http://news.example/a', true],
    ['HTTPS://news.example/a', true],
  ])('%j is a link: %s', (url, linked) => {
    expect(isWebUrl(url)).toBe(linked);
    const { container } = render(<LogSourceLink url={url} title="T" />);
    expect(container.querySelector('a') !== null).toBe(linked);
    expect(container.textContent).toBe('T');
    cleanup();
  });
});

describe('LogSaveButton', () => {
  it('saves the summary once clicked, says so, and opens the log on request', async () => {
    const s = entry('1').summary;
    const save = vi.fn(async () => undefined);
    const openLog = vi.fn();
    render(<LogSaveButton summary={s} save={save} openLog={openLog} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save to log' }));
    expect(save).toHaveBeenCalledWith(s);
    await screen.findByText('Saved to the deal log.');
    fireEvent.click(screen.getByRole('button', { name: 'Open deal log' }));
    expect(openLog).toHaveBeenCalledTimes(1);
  });

  it('is disabled when the article has no funding round, and reports a failed save', async () => {
    const { unmount } = render(<LogSaveButton summary={entry('1', { deals: [] }).summary} save={vi.fn()} openLog={vi.fn()} />);
    expect((screen.getByRole('button', { name: 'Save to log' }) as HTMLButtonElement).disabled).toBe(true);
    unmount();
    render(<LogSaveButton summary={entry('2').summary} save={() => Promise.reject(new Error('QUOTA_BYTES exceeded'))} openLog={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save to log' }));
    expect((await screen.findByText(/Could not save/)).textContent).toContain('QUOTA_BYTES');
  });
});
