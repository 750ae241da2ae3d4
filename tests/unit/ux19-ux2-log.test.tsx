// @vitest-environment happy-dom
/**
 * The deal log in daily use (session 12, reader review): a tracking parameter made a
 * second identical row; a save tells whether it updated an entry and what the cap
 * dropped; "+N more rounds" calls another company's round by its company; "Remove"
 * can be undone and moves keyboard focus to the next row; the page says so at the cap.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DealLog, type LogClient } from '../../components/DealLog';
import { LogRow, moreRoundsLabel, otherRoundLine } from '../../components/LogRow';
import {
  DEAL_LOG_KEY, MAX_LOG_ENTRIES, loadLog, removeFromLog, restoreToLog, saveToLog, saveToLogWithOutcome, urlKey,
  type KeyValueStore, type LogEntry,
} from '../../utils/deal-log';
import type { Deal, Summary } from '../../utils/types';

afterEach(cleanup);

function memoryStore(): KeyValueStore {
  const map = new Map<string, unknown>();
  return { get: async (k) => map.get(k), set: async (k, v) => void map.set(k, v), remove: async (k) => void map.delete(k) };
}
function deal(overrides: Partial<Deal> = {}): Deal {
  return {
    company: 'Acme', round: 'Series A', status: 'announced', amount: { value: 5e6, currency: 'USD', text: '$5 million', qualifier: null, equivalent: null },
    valuation: null, leadInvestors: [], investors: [], date: null, evidence: [], ...overrides,
  };
}
function summary(url: string, title = 'Acme raises', deals: Deal[] = [deal()]): Summary {
  return {
    schemaVersion: 1,
    source: { input: null, url, title, byline: null, siteName: null, publishedTime: null, lang: 'en' },
    article: { isArticle: true, wordCount: 300, excerpt: null }, deals, investors: [], money: [], artifacts: [],
  };
}
const entry = (id: string, savedAt: string): LogEntry => ({ id, savedAt, url: `https://n.example/${id}`, title: `Title ${id}`, summary: summary(`https://n.example/${id}`, `Title ${id}`) });

describe('urlKey drops tracking parameters', () => {
  it.each([
    ['https://a.example/x?utm_source=nl&utm_medium=email', 'https://a.example/x'],
    ['https://a.example/x?id=42&utm_campaign=c&fbclid=abc', 'https://a.example/x?id=42'],
    ['https://a.example/x?gclid=1&mc_cid=2&mc_eid=3#comments', 'https://a.example/x'],
    ['https://a.example/x?UTM_Source=nl', 'https://a.example/x'],
    // Negative rows: parameters that can name the article stay, in order.
    ['https://a.example/x?id=42&page=2', 'https://a.example/x?id=42&page=2'],
    ['https://a.example/x?utmost=1', 'https://a.example/x?utmost=1'],
    ['https://a.example/x', 'https://a.example/x'],
  ])('%s -> %s', (url, key) => {
    expect(urlKey(url)).toBe(key);
  });

  it('the same article opened from a newsletter updates its entry instead of adding a row', async () => {
    const store = memoryStore();
    let n = 0;
    const first = await saveToLogWithOutcome(store, summary('https://a.example/x'), new Date('2025-03-01T10:00:00Z'), () => `id${n++}`);
    expect(first.updated).toBe(false);
    const again = await saveToLogWithOutcome(store, summary('https://a.example/x?utm_source=nl&fbclid=z'), new Date('2025-03-02T10:00:00Z'), () => `id${n++}`);
    expect(again.updated).toBe(true);
    expect(again.entry.id).toBe('id0');
    expect((await loadLog(store)).entries).toHaveLength(1);
    const other = await saveToLogWithOutcome(store, summary('https://a.example/x?id=2'), new Date(), () => `id${n++}`);
    expect(other.updated).toBe(false);
    expect((await loadLog(store)).entries).toHaveLength(2);
  });
});

describe('the cap says what it dropped', () => {
  it('reports the oldest entry dropped past MAX_LOG_ENTRIES, none before', async () => {
    const store = memoryStore();
    const entries = Array.from({ length: MAX_LOG_ENTRIES }, (_, i) => entry(`e${i}`, new Date(Date.UTC(2025, 0, 1) - i * 1000).toISOString()));
    await store.set(DEAL_LOG_KEY, { schemaVersion: 2, entries });
    const again = await saveToLogWithOutcome(store, summary('https://n.example/e3'), new Date('2025-02-01T00:00:00Z'), () => 'new');
    expect(again.dropped).toEqual([]);
    const fresh = await saveToLogWithOutcome(store, summary('https://n.example/fresh'), new Date('2025-02-02T00:00:00Z'), () => 'new');
    expect(fresh.dropped.map((e) => e.id)).toEqual([`e${MAX_LOG_ENTRIES - 1}`]);
    expect((await loadLog(store)).entries).toHaveLength(MAX_LOG_ENTRIES);
    // saveToLog keeps its old answer: the entry.
    expect((await saveToLog(store, summary('https://n.example/fresh'), new Date(), () => 'x')).id).toBe('new');
  });
});

describe('restoreToLog (undo)', () => {
  it('puts a removed entry back at its place by save date, once', async () => {
    const store = memoryStore();
    const list = [entry('a', '2025-03-03T00:00:00Z'), entry('b', '2025-03-02T00:00:00Z'), entry('c', '2025-03-01T00:00:00Z')];
    await store.set(DEAL_LOG_KEY, { schemaVersion: 2, entries: list });
    await removeFromLog(store, 'b');
    await restoreToLog(store, list[1]!);
    await restoreToLog(store, list[1]!);
    expect((await loadLog(store)).entries.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('"+N more rounds" calls other rounds by their company', () => {
  const main = deal({ company: 'Acme' });
  it.each<[string, Deal[], string]>([
    ['own earlier round', [deal({ status: 'past', round: 'Seed' })], '+1 more round'],
    ['another company', [deal({ company: 'Globex', round: 'Seed' })], '+1 more round of another company'],
    ['only others', [deal({ company: 'Globex' }), deal({ company: 'Initech' })], '+2 more rounds of other companies'],
    ['mixed', [deal({ company: 'Acme Inc', status: 'past' }), deal({ company: 'Globex' }), deal({ company: 'Initech' })], '+3 more rounds (2 of other companies)'],
  ])('label: %s', (_n, others, expected) => {
    expect(moreRoundsLabel(others, main)).toBe(expected);
  });
  it('a rival’s round told for context is not “earlier round”; the company’s own is', () => {
    expect(otherRoundLine(deal({ company: 'Globex', round: 'Seed', status: 'past', amount: null }), main)).toBe('Globex — Seed');
    expect(otherRoundLine(deal({ company: 'Acme', round: 'Seed', status: 'past', amount: null }), main)).toBe('Acme — Seed (earlier round)');
  });
  it('the row shows the label', () => {
    const e = { ...entry('1', '2025-03-01T00:00:00Z'), summary: summary('https://n.example/1', 'T', [main, deal({ company: 'Globex', status: 'past', round: 'Seed' })]) };
    render(<table><tbody><LogRow entry={e} onRemove={() => undefined} formatDate={(s) => s} /></tbody></table>);
    const header = screen.getByRole('rowheader');
    expect(header.querySelector('summary')?.textContent).toBe('+1 more round of another company');
    expect(within(header).getByRole('listitem').textContent).toBe('Globex — Seed · $5 million');
  });
});

function fakeClient(entries: LogEntry[], withRestore = true) {
  let stored = [...entries];
  const client: LogClient = {
    load: vi.fn(async () => [...stored]),
    remove: vi.fn(async (id: string) => void (stored = stored.filter((e) => e.id !== id))),
    clear: vi.fn(async () => void (stored = [])),
    download: vi.fn<LogClient['download']>(),
    ...(withRestore ? { restore: vi.fn(async (e: LogEntry) => void (stored = [...stored, e])) } : {}),
  };
  return client;
}

describe('Remove: undo and focus', () => {
  const three = () => [entry('a', '2025-03-03T00:00:00Z'), entry('b', '2025-03-02T00:00:00Z'), entry('c', '2025-03-01T00:00:00Z')];
  const removeButton = (title: string) => screen.getByRole('button', { name: `Remove “${title}” from the log` });

  it('moves focus to the next row’s Remove, then Undo puts the row back and focuses it', async () => {
    const client = fakeClient(three());
    render(<DealLog client={client} formatDate={(s) => s} />);
    await screen.findByRole('table');
    removeButton('Title b').focus();
    fireEvent.click(removeButton('Title b'));
    await waitFor(() => expect(document.activeElement).toBe(removeButton('Title c')));
    expect(screen.getByRole('status').textContent).toContain('Removed “Title b”.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(document.activeElement).toBe(removeButton('Title b')));
    expect(client.restore).toHaveBeenCalledTimes(1);
    expect(screen.getAllByRole('rowheader')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('the last row hands focus to the previous one; the only row to the heading', async () => {
    render(<DealLog client={fakeClient(three().slice(1))} formatDate={(s) => s} />);
    await screen.findByRole('table');
    fireEvent.click(removeButton('Title c'));
    await waitFor(() => expect(document.activeElement).toBe(removeButton('Title b')));
    fireEvent.click(removeButton('Title b'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 })));
  });

  it('negative: a client without restore offers no Undo', async () => {
    render(<DealLog client={fakeClient(three(), false)} formatDate={(s) => s} />);
    await screen.findByRole('table');
    fireEvent.click(removeButton('Title a'));
    await screen.findByText(/Removed “Title a”/);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});

describe('the cap, on the log page', () => {
  it('says the log keeps the newest entries when it is full, not before', async () => {
    const full = Array.from({ length: MAX_LOG_ENTRIES }, (_, i) => entry(`e${i}`, new Date(Date.UTC(2025, 0, 1) - i * 1000).toISOString()));
    const { unmount } = render(<DealLog client={fakeClient(full)} formatDate={(s) => s} />);
    expect(await screen.findByText(/keeps the newest 500 articles/)).toBeTruthy();
    unmount();
    render(<DealLog client={fakeClient(full.slice(1))} formatDate={(s) => s} />);
    await screen.findByRole('table');
    expect(screen.queryByText(/keeps the newest/)).toBeNull();
  });
});
