// @vitest-environment happy-dom
/**
 * The deal log after the session-13 reader review: re-saving an article opened with
 * "?utm_source=…" stored and exported the tracking address (only the key was stripped);
 * the table and the CSV list every investor of a deal, leads marked.
 */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LogTable } from '../../components/LogTable';
import { DEAL_LOG_KEY, LOG_CSV_COLUMNS, loadLog, logToCsv, logToJson, saveToLog, type KeyValueStore, type LogEntry } from '../../utils/deal-log';
import type { Deal, Summary } from '../../utils/types';

afterEach(cleanup);

function memoryStore(): KeyValueStore & { map: Map<string, unknown> } {
  const map = new Map<string, unknown>();
  return { map, get: async (k) => map.get(k), set: async (k, v) => void map.set(k, v), remove: async (k) => void map.delete(k) };
}
function deal(overrides: Partial<Deal> = {}): Deal {
  return {
    company: 'Vizzia', round: 'Series B', status: 'announced', amount: { value: 3e7, currency: 'EUR', text: '30 millions d’euros', qualifier: null, equivalent: null },
    valuation: null, leadInvestors: ['Headline'], investors: ['Sistafund', 'Base10'], date: null, evidence: [], ...overrides,
  };
}
function summary(url: string | null, deals: Deal[] = [deal()]): Summary {
  return {
    schemaVersion: 1,
    source: { input: null, url, title: 'Vizzia lève 30 millions', byline: null, siteName: null, publishedTime: null, lang: 'fr' },
    article: { isArticle: true, wordCount: 300, excerpt: null }, deals, investors: [], money: [], artifacts: [],
  };
}
const TRACKED = 'https://m.example/vizzia?utm_source=x&utm_medium=email&fbclid=1#top';
const CLEAN = 'https://m.example/vizzia';

describe('the log stores and exports the address without tracking parameters', () => {
  it('a re-save from a newsletter stores the stripped address, in the entry and its summary', async () => {
    const store = memoryStore();
    await saveToLog(store, summary(CLEAN), new Date('2025-03-01T10:00:00Z'), () => 'a');
    const entry = await saveToLog(store, summary(TRACKED), new Date('2025-03-02T10:00:00Z'), () => 'b');
    expect(entry.id).toBe('a');
    expect(entry.url).toBe(CLEAN);
    expect(entry.summary.source.url).toBe(CLEAN);
    expect(JSON.stringify(store.map.get(DEAL_LOG_KEY))).not.toContain('utm_');
  });
  it('the CSV and JSON downloads carry the stripped address', async () => {
    const store = memoryStore();
    await saveToLog(store, summary(TRACKED), new Date('2025-03-02T10:00:00Z'), () => 'b');
    const { entries } = await loadLog(store);
    const csv = logToCsv(entries);
    expect(csv).toContain(`,${CLEAN},`);
    expect(csv).not.toContain('utm_');
    expect(logToJson(entries)).not.toContain('utm_');
  });
  it('an entry stored with its tracking address before the fix is read and exported stripped', async () => {
    const store = memoryStore();
    const old: LogEntry = { id: 'o', savedAt: '2025-03-01T10:00:00.000Z', url: TRACKED, title: 'T', summary: summary(TRACKED) };
    store.map.set(DEAL_LOG_KEY, { schemaVersion: 2, entries: [old] });
    const { entries } = await loadLog(store);
    expect(entries[0]!.url).toBe(CLEAN);
    expect(entries[0]!.summary.source.url).toBe(CLEAN);
    expect(logToCsv([old])).not.toContain('utm_');
  });
  it('negative: parameters that name the article stay; no address stays empty', async () => {
    const store = memoryStore();
    const kept = await saveToLog(store, summary('https://m.example/a?id=42&utm_source=x'), new Date(), () => 'k');
    expect(kept.url).toBe('https://m.example/a?id=42');
    const none = await saveToLog(store, summary(null), new Date(), () => 'n');
    expect(none.url).toBe('');
    expect(none.summary.source.url).toBeNull();
  });
});

describe('every investor, leads marked', () => {
  const entry: LogEntry = { id: 'e', savedAt: '2025-03-01T10:00:00.000Z', url: CLEAN, title: 'T', summary: summary(CLEAN) };
  it('the CSV adds all_investors, leads first and marked', () => {
    const [header, row] = logToCsv([entry]).slice(1).trimEnd().split('\r\n');
    expect(header!.split(',')).toEqual([...LOG_CSV_COLUMNS]);
    expect(LOG_CSV_COLUMNS.at(-1)).toBe('all_investors');
    expect(row!.endsWith(',"Headline (lead); Sistafund; Base10"')).toBe(true);
  });
  it('the table has an Investors column, leads marked', () => {
    render(<LogTable entries={[entry]} onRemove={() => undefined} formatDate={() => 'D'} />);
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toContain('Investors');
    expect(headers).not.toContain('Lead investors');
    const cell = within(screen.getAllByRole('row')[1]!).getAllByRole('cell')[3]!;
    expect(cell.textContent).toBe('Headline (lead), Sistafund, Base10');
  });
  it('negative: a deal with no investor shows a dash and an empty CSV cell', () => {
    const bare: LogEntry = { ...entry, summary: summary(CLEAN, [deal({ leadInvestors: [], investors: [] })]) };
    render(<LogTable entries={[bare]} onRemove={() => undefined} formatDate={() => 'D'} />);
    expect(within(screen.getAllByRole('row')[1]!).getAllByRole('cell')[3]!.textContent).toBe('—');
    expect(logToCsv([bare]).trimEnd().endsWith(',')).toBe(true);
  });
});
