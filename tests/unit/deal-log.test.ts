import { describe, expect, it } from 'vitest';
import {
  DEAL_LOG_KEY, LEGACY_LOG_KEY, MAX_LOG_ENTRIES, clearLog, exportFileName, isLogEntry, loadLog, logToCsv, logToJson,
  migrateV1, parseLog, removeFromLog, saveToLog, urlKey, type KeyValueStore, type LogEntry,
} from '../../utils/deal-log';
import { LOG_CSV_COLUMNS } from '../../utils/deal-log';
import type { Summary } from '../../utils/types';

/** storage.local stand-in that clones like structured clone does, so no test leans on shared references. */
class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, unknown>();
  writes = 0;
  async get(key: string) {
    return this.data.has(key) ? structuredClone(this.data.get(key)) : undefined;
  }
  async set(key: string, value: unknown) {
    this.writes++;
    this.data.set(key, structuredClone(value));
  }
  async remove(key: string) {
    this.data.delete(key);
  }
}

function summary(url: string | null, title: string | null = 'Acme raises $5m', company = 'Acme'): Summary {
  return {
    schemaVersion: 1,
    source: { input: null, url, title, byline: null, siteName: null, publishedTime: null, lang: 'en' },
    article: { isArticle: true, wordCount: 100, excerpt: null },
    deals: [{
      company, round: 'Series A', status: 'announced',
      amount: { value: 5e6, currency: 'USD', text: '$5m', qualifier: null, equivalent: null },
      valuation: null, leadInvestors: ['Big VC'], investors: [], date: null, evidence: [`${company} raised $5m.`],
    }],
    investors: [{ name: 'Big VC', role: 'lead', deals: [0] }],
    money: [],
    artifacts: [],
  };
}

const T0 = new Date('2025-03-01T10:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
function ids(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

describe('saveToLog / loadLog', () => {
  it('starts empty and saves newest first', async () => {
    const store = new MemoryStore();
    const makeId = ids();
    expect((await loadLog(store)).entries).toEqual([]);
    await saveToLog(store, summary('https://a.example/1'), at(0), makeId);
    await saveToLog(store, summary('https://a.example/2', 'Second'), at(1), makeId);
    const log = await loadLog(store);
    expect(log.schemaVersion).toBe(2);
    expect(log.entries.map((e) => [e.id, e.url, e.title, e.savedAt])).toEqual([
      ['id-2', 'https://a.example/2', 'Second', at(1).toISOString()],
      ['id-1', 'https://a.example/1', 'Acme raises $5m', at(0).toISOString()],
    ]);
  });

  it('replaces the entry of an article saved again (same URL, fragment ignored), keeping its id, moving it to the top', async () => {
    const store = new MemoryStore();
    const makeId = ids();
    await saveToLog(store, summary('https://a.example/1', 'Old title'), at(0), makeId);
    await saveToLog(store, summary('https://a.example/2'), at(1), makeId);
    await saveToLog(store, summary('https://a.example/1#comments', 'New title', 'Acme Corp'), at(2), makeId);
    const { entries } = await loadLog(store);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ id: 'id-1', title: 'New title', savedAt: at(2).toISOString() });
    expect(entries[0]!.summary.deals[0]!.company).toBe('Acme Corp');
  });

  it.each([
    ['different path', 'https://a.example/1', 'https://a.example/1/2'],
    ['different query', 'https://a.example/?p=1', 'https://a.example/?p=2'],
    ['different scheme', 'http://a.example/1', 'https://a.example/1'],
  ])('keeps two entries for a %s', async (_why, first, second) => {
    const store = new MemoryStore();
    await saveToLog(store, summary(first), at(0), ids());
    await saveToLog(store, summary(second), at(1), ids());
    expect((await loadLog(store)).entries).toHaveLength(2);
  });

  it('never merges summaries that have no URL, and titles them by fallback', async () => {
    const store = new MemoryStore();
    const makeId = ids();
    await saveToLog(store, summary(null, null), at(0), makeId);
    await saveToLog(store, summary(null, '  '), at(1), makeId);
    const { entries } = await loadLog(store);
    expect(entries.map((e) => [e.url, e.title])).toEqual([['', 'Untitled article'], ['', 'Untitled article']]);
  });

  it(`keeps at most ${MAX_LOG_ENTRIES} entries, dropping the oldest`, async () => {
    const store = new MemoryStore();
    const old = Array.from({ length: MAX_LOG_ENTRIES }, (_, i) => ({
      id: `e${i}`, savedAt: at(-i).toISOString(), url: `https://a.example/${i}`, title: 't', summary: summary(`https://a.example/${i}`),
    }));
    await store.set(DEAL_LOG_KEY, { schemaVersion: 2, entries: old });
    await saveToLog(store, summary('https://a.example/new'), at(1), ids());
    const { entries } = await loadLog(store);
    expect(entries).toHaveLength(MAX_LOG_ENTRIES);
    expect(entries[0]!.url).toBe('https://a.example/new');
    expect(entries.some((e) => e.id === `e${MAX_LOG_ENTRIES - 1}`)).toBe(false);
  });
});

describe('removeFromLog / clearLog', () => {
  it('removes one entry by id and reports whether it was there', async () => {
    const store = new MemoryStore();
    const makeId = ids();
    await saveToLog(store, summary('https://a.example/1'), at(0), makeId);
    await saveToLog(store, summary('https://a.example/2'), at(1), makeId);
    expect(await removeFromLog(store, 'id-1')).toBe(true);
    expect(await removeFromLog(store, 'id-1')).toBe(false);
    expect(await removeFromLog(store, 'nope')).toBe(false);
    expect((await loadLog(store)).entries.map((e) => e.id)).toEqual(['id-2']);
  });

  it('clears everything, the legacy key included', async () => {
    const store = new MemoryStore();
    await saveToLog(store, summary('https://a.example/1'), at(0), ids());
    await store.set(LEGACY_LOG_KEY, [summary('https://a.example/9')]);
    await clearLog(store);
    expect((await loadLog(store)).entries).toEqual([]);
    expect(store.data.has(LEGACY_LOG_KEY)).toBe(false);
  });
});

describe('migration from version 1 (a bare array of summaries under "log")', () => {
  it('migrates once: entries newest first, v1 order kept, old key removed, result written back', async () => {
    const store = new MemoryStore();
    await store.set(LEGACY_LOG_KEY, [summary('https://a.example/first', 'First'), summary('https://a.example/second', 'Second')]);
    const log = await loadLog(store, T0, ids());
    expect(log.entries.map((e) => e.title)).toEqual(['Second', 'First']);
    expect(log.entries[0]!.savedAt).toBe(T0.toISOString());
    expect(Date.parse(log.entries[1]!.savedAt)).toBeLessThan(Date.parse(log.entries[0]!.savedAt));
    expect(store.data.has(LEGACY_LOG_KEY)).toBe(false);
    expect(store.data.get(DEAL_LOG_KEY)).toEqual(log);
    const writes = store.writes;
    expect(await loadLog(store)).toEqual(log);
    expect(store.writes).toBe(writes);
  });

  it('collapses duplicate URLs to the newest and drops malformed items', () => {
    const log = migrateV1(
      [summary('https://a.example/1', 'Old'), 'junk', null, { schemaVersion: 1 }, summary('https://a.example/1', 'New'), summary('https://a.example/2')],
      T0,
      ids(),
    );
    expect(log.entries.map((e) => [e.url, e.title])).toEqual([
      ['https://a.example/2', 'Acme raises $5m'],
      ['https://a.example/1', 'New'],
    ]);
    expect(log.entries.every(isLogEntry)).toBe(true);
  });

  it.each([
    ['an object', { entries: [] }],
    ['a string', 'log'],
    ['a number', 3],
  ])('treats a v1 value that is not an array (%s) as an empty log', (_what, value) => {
    expect(migrateV1(value, T0).entries).toEqual([]);
  });

  it('a save on a v1 store keeps the migrated entries', async () => {
    const store = new MemoryStore();
    await store.set(LEGACY_LOG_KEY, [summary('https://a.example/old')]);
    await saveToLog(store, summary('https://a.example/new'), at(5), ids());
    expect((await loadLog(store)).entries.map((e) => e.url)).toEqual(['https://a.example/new', 'https://a.example/old']);
  });
});

describe('parseLog (stored values are untrusted)', () => {
  const good: LogEntry = { id: 'a', savedAt: T0.toISOString(), url: 'https://a.example/', title: 'T', summary: summary('https://a.example/') };
  it.each<[string, unknown, number]>([
    ['nothing', undefined, 0],
    ['a wrong version', { schemaVersion: 3, entries: [good] }, 0],
    ['entries not an array', { schemaVersion: 2, entries: {} }, 0],
    ['a valid log', { schemaVersion: 2, entries: [good] }, 1],
    ['one bad date among good', { schemaVersion: 2, entries: [good, { ...good, id: 'b', savedAt: 'yesterday' }] }, 1],
    ['a summary without deals', { schemaVersion: 2, entries: [{ ...good, summary: { ...good.summary, deals: null } }] }, 0],
    ['an empty id', { schemaVersion: 2, entries: [{ ...good, id: '' }] }, 0],
    ['a deal without lead list', { schemaVersion: 2, entries: [{ ...good, summary: { ...good.summary, deals: [{ company: 'x' }] } }] }, 0],
  ])('%s → %i entries', (_what, value, count) => {
    expect(parseLog(value).entries).toHaveLength(count);
  });
});

describe('exports', () => {
  const entries: LogEntry[] = [
    { id: 'a', savedAt: T0.toISOString(), url: 'https://a.example/1', title: 'One', summary: summary('https://a.example/1', 'One', 'Acme') },
    { id: 'b', savedAt: T0.toISOString(), url: 'https://a.example/2', title: 'Two', summary: { ...summary('https://a.example/2', 'Two'), deals: [] } },
    { id: 'c', savedAt: T0.toISOString(), url: 'https://a.example/3', title: '=cmd', summary: summary('https://a.example/3', '=cmd', 'Beta') },
  ];

  it('CSV: a header and one row per deal across all entries, formulas neutralised', () => {
    const lines = logToCsv(entries).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe(LOG_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^Acme,Series A,/);
    expect(lines[2]).toMatch(/^Beta,/);
    expect(lines[2]).toContain(`"'=cmd"`);
  });

  it('CSV of an empty log is just the header', () => {
    expect(logToCsv([])).toBe(`\uFEFF${LOG_CSV_COLUMNS.join(',')}\r\n`);
  });

  it('JSON: the entries as an array, round-tripping', () => {
    const parsed = JSON.parse(logToJson(entries)) as unknown;
    expect(parsed).toEqual(entries);
    expect(parseLog({ schemaVersion: 2, entries: parsed }).entries).toHaveLength(3);
  });

  it('names files by date', () => {
    expect(exportFileName('csv', T0)).toBe('roundup-deals-2025-03-01.csv');
    expect(exportFileName('json', T0)).toBe('roundup-deals-2025-03-01.json');
  });

  it.each([
    ['https://a.example/x#frag', 'https://a.example/x'],
    ['https://a.example/x', 'https://a.example/x'],
    ['', ''],
  ])('urlKey(%s) = %s', (url, key) => {
    expect(urlKey(url)).toBe(key);
  });
});
