// @vitest-environment happy-dom
/**
 * Session 12 hand-offs from ux2 to the popup: (1) the spreadsheet copy writes
 * tab-separated rows with an HTML table twin (comma-separated text pasted into
 * a sheet landed in column A); (2) "Save to log" says when it updated the
 * article's entry and when the 500-entry cap dropped old ones.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportBar } from '../../components/ExportBar';
import { LogSaveButton } from '../../components/LogSaveButton';
import { DEAL_LOG_KEY, MAX_LOG_ENTRIES, loadLog, saveToLogWithOutcome, type KeyValueStore } from '../../utils/deal-log';
import type { Summary } from '../../utils/types';

afterEach(cleanup);

class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, unknown>();
  async get(key: string) {
    return this.data.has(key) ? structuredClone(this.data.get(key)) : undefined;
  }
  async set(key: string, value: unknown) {
    this.data.set(key, structuredClone(value));
  }
  async remove(key: string) {
    this.data.delete(key);
  }
}

/** Invented article: a company whose name holds a comma, as a pasted CSV row would split it. */
function summary(url = 'https://news.example.org/brindle-raises', company = 'Brindle, Loom & Co'): Summary {
  const amount = { value: 12e6, currency: 'EUR', text: '12 millions d’euros', qualifier: null, equivalent: null };
  return {
    schemaVersion: 1,
    source: { input: null, url, title: `${company} lève 12 millions d’euros`, byline: null, siteName: 'Exemple Tech', publishedTime: '2025-06-02T08:00:00Z', lang: 'fr' },
    article: { isArticle: true, wordCount: 60, excerpt: null },
    deals: [{
      company, round: 'Series B', status: 'announced', amount, valuation: null,
      leadInvestors: ['Fonds Ardoise'], investors: [], date: null, evidence: [`${company} lève 12 millions d’euros auprès de Fonds Ardoise.`],
    }],
    investors: [{ name: 'Fonds Ardoise', role: 'lead', deals: [0] }],
    money: [{ ...amount, kind: 'round', sentence: `${company} lève 12 millions d’euros auprès de Fonds Ardoise.` }],
    artifacts: [],
  };
}

describe('spreadsheet copy', () => {
  it('writes tab-separated text and an HTML table, never comma-separated text, under the csv id', async () => {
    const copy = vi.fn(async () => undefined);
    const copyRich = vi.fn(async (_html: string, _text: string) => undefined);
    render(<ExportBar summary={summary()} loadParagraphs={async () => []} primary="csv" copy={copy} copyRich={copyRich} />);
    const button = screen.getByRole('button', { name: 'Copy for spreadsheet' });
    expect(button.getAttribute('data-format')).toBe('csv');
    expect(button.classList.contains('primary')).toBe(true);
    fireEvent.click(button);
    await screen.findByText(/^Copied/);
    expect(copy).not.toHaveBeenCalled();
    const [html, text] = copyRich.mock.calls[0]!;
    const rows = text.split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.split('\t')[0]).toBe('Company');
    // The comma stays inside its cell: the first cell is the whole name, no CSV quotes.
    expect(rows[1]!.split('\t')[0]).toBe('Brindle, Loom & Co');
    expect(text).not.toContain('"Brindle');
    expect(html).toContain('<td>Brindle, Loom &#38; Co</td>');
    expect(html.startsWith('<table>')).toBe(true);
  });
});

describe('Save to log says what happened', () => {
  it('a first save says saved; saving the same article again (tracking parameters aside) says updated', async () => {
    const store = new MemoryStore();
    const save = (s: Summary) => saveToLogWithOutcome(store, s);
    const { unmount } = render(<LogSaveButton summary={summary()} save={save} openLog={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save to log' }));
    expect(await screen.findByText('Saved to the deal log.')).toBeTruthy();
    unmount();
    render(<LogSaveButton summary={summary('https://news.example.org/brindle-raises?utm_source=newsletter')} save={save} openLog={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save to log' }));
    expect(await screen.findByText('Updated in the log.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Updated ✓' })).toBeTruthy();
    expect((await loadLog(store)).entries).toHaveLength(1);
  });

  it('says when the full log dropped its oldest entry', async () => {
    const store = new MemoryStore();
    // A full log written at once (500 saves one by one is slow on a loaded machine).
    const { entry } = await saveToLogWithOutcome(new MemoryStore(), summary('https://news.example.org/older', 'Older'), new Date(Date.UTC(2025, 0, 1)));
    const entries = Array.from({ length: MAX_LOG_ENTRIES }, (_, i) => ({ ...entry, id: `older-${i}`, url: `https://news.example.org/older-${i}` }));
    await store.set(DEAL_LOG_KEY, { schemaVersion: 2, entries });
    expect((await loadLog(store)).entries).toHaveLength(MAX_LOG_ENTRIES);
    render(<LogSaveButton summary={summary()} save={(s) => saveToLogWithOutcome(store, s)} openLog={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save to log' }));
    expect(await screen.findByText('Saved to the deal log. The log was full: the oldest entry was removed.')).toBeTruthy();
  });

  it('counts several dropped entries, and a save resolving to nothing stays a plain save', async () => {
    const save = vi.fn(async () => ({ updated: true, dropped: [{}, {}, {}] }));
    const { unmount } = render(<LogSaveButton summary={summary()} save={save} openLog={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save to log' }));
    expect(await screen.findByText('Updated in the log. The log was full: the 3 oldest entries were removed.')).toBeTruthy();
    unmount();
    render(<LogSaveButton summary={summary()} save={async () => undefined} openLog={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save to log' }));
    expect(await screen.findByText('Saved to the deal log.')).toBeTruthy();
  });
});
