/**
 * The deal log: summaries the reader chose to keep, newest first, one entry per
 * article. Storage-agnostic (a three-method KeyValueStore is passed in), so the
 * popup, the log page, the background and the unit tests share one code path.
 *
 * Stored shape, version 2, under DEAL_LOG_KEY:
 *   { schemaVersion: 2, entries: LogEntry[] }
 * Version 1 (what a naive first release stored) was a bare array of summaries
 * under the key 'log', with no save date and no id; loadLog migrates it once
 * and removes the old key.
 */
import { CSV_COLUMNS, csvLines, dealCsvCells as toCsvRow, dealInvestorsMarked, publishedDay } from './export';
import type { Summary } from './types';

/** The slice of a key-value storage area the log needs (browser.storage.local, a Map in tests). */
export interface KeyValueStore {
  /** The stored value, or undefined when the key is absent. */
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface LogEntry {
  /** Stable for the life of the entry: the row key and what removeFromLog takes. */
  id: string;
  /** When it was (last) saved, ISO 8601. */
  savedAt: string;
  /** The article's address, tracking parameters and fragment stripped (urlKey); '' when the summary had none. */
  url: string;
  /** The article's title, or its address when it had none. */
  title: string;
  summary: Summary;
}

export interface StoredLogV2 {
  schemaVersion: 2;
  entries: LogEntry[];
}

export type StoredLog = StoredLogV2;

export const DEAL_LOG_KEY = 'roundup.dealLog';
/** Where version 1 kept its bare array of summaries. */
export const LEGACY_LOG_KEY = 'log';
/**
 * Oldest entries beyond this are dropped: storage.local is capped (10 MB in
 * Chrome without unlimitedStorage) and a summary with its evidence is a few kB.
 */
export const MAX_LOG_ENTRIES = 500;

const EMPTY_LOG: StoredLog = { schemaVersion: 2, entries: [] };

export type MakeId = () => string;

const defaultMakeId: MakeId = () => globalThis.crypto.randomUUID();

// ---------------------------------------------------------------- validation

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Enough of the contract to render a row and export it: storage can hold
 * anything (an older build, a hand edit), and a malformed entry must not break
 * the whole page. Entries that fail are dropped, the rest kept.
 */
export function isStoredSummary(value: unknown): value is Summary {
  if (!isRecord(value) || value.schemaVersion !== 1) return false;
  if (!isRecord(value.source) || !isRecord(value.article)) return false;
  if (!Array.isArray(value.deals) || !Array.isArray(value.investors) || !Array.isArray(value.money) || !Array.isArray(value.artifacts)) return false;
  return value.deals.every(
    (d) => isRecord(d) && Array.isArray(d.leadInvestors) && Array.isArray(d.investors) && Array.isArray(d.evidence),
  );
}

export function isLogEntry(value: unknown): value is LogEntry {
  return (
    isRecord(value) &&
    typeof value.id === 'string' && value.id.length > 0 &&
    typeof value.savedAt === 'string' && !Number.isNaN(Date.parse(value.savedAt)) &&
    typeof value.url === 'string' &&
    typeof value.title === 'string' &&
    isStoredSummary(value.summary)
  );
}

// ---------------------------------------------------------------- keys and entries

/**
 * Query parameters that only say how the reader arrived (a newsletter, a
 * social post, an ad click), never which article: utm_*, fbclid, gclid,
 * mc_cid, mc_eid.
 */
const TRACKING_PARAM = /^(?:utm_.*|fbclid|gclid|mc_cid|mc_eid)$/i;

/**
 * The address an entry is deduplicated on: the fragment names a place in the
 * same article, and tracking parameters name the way there, so the same
 * article opened from a newsletter ("?utm_source=…") replaces its entry
 * instead of becoming a second identical row. Other parameters stay (they can
 * name the article: "?id=42"), in their order.
 */
export function urlKey(url: string): string {
  const hash = url.indexOf('#');
  const bare = (hash >= 0 ? url.slice(0, hash) : url).trim();
  const q = bare.indexOf('?');
  if (q < 0) return bare;
  const kept = bare
    .slice(q + 1)
    .split('&')
    .filter((pair) => pair !== '' && !TRACKING_PARAM.test(safeDecode(pair.split('=')[0] ?? '')));
  return kept.length > 0 ? `${bare.slice(0, q)}?${kept.join('&')}` : bare.slice(0, q);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

function urlOf(summary: Summary): string {
  return summary.source.url ?? '';
}

function titleOf(summary: Summary): string {
  const title = summary.source.title?.trim();
  return title || urlOf(summary) || 'Untitled article';
}

/**
 * An entry as stored: its address (and its summary's) without tracking parameters or fragment.
 * Only the key was stripped before, so re-saving from a newsletter stored and exported
 * "…?utm_source=x": the way the reader arrived, kept in a log meant to be shared.
 */
export function makeEntry(summary: Summary, now: Date, id: string): LogEntry {
  const stored = withStrippedUrl(summary);
  return { id, savedAt: now.toISOString(), url: urlOf(stored), title: titleOf(stored), summary: stored };
}

/** The summary with its source address stripped by urlKey (the same object when nothing changes). */
function withStrippedUrl(summary: Summary): Summary {
  const url = summary.source.url;
  if (!url) return summary;
  const stripped = urlKey(url);
  return stripped === url ? summary : { ...summary, source: { ...summary.source, url: stripped } };
}

/** An entry read from storage, its addresses stripped (entries saved before the strip keep their tracking URL otherwise). */
function strippedEntry(entry: LogEntry): LogEntry {
  const summary = withStrippedUrl(entry.summary);
  const url = entry.url ? urlKey(entry.url) : entry.url;
  return summary === entry.summary && url === entry.url ? entry : { ...entry, url, summary };
}

// ---------------------------------------------------------------- migration

/**
 * Any stored value → the current shape. `undefined` (nothing stored) and
 * anything unrecognisable give an empty log; entries that do not validate are
 * dropped one by one.
 */
export function parseLog(value: unknown): StoredLog {
  if (!isRecord(value) || value.schemaVersion !== 2 || !Array.isArray(value.entries)) return { ...EMPTY_LOG, entries: [] };
  return { schemaVersion: 2, entries: value.entries.filter(isLogEntry).map(strippedEntry) };
}

/**
 * Version 1 → 2. v1 recorded no save date, so every migrated entry gets the
 * migration time, one millisecond apart in the stored order, so that sorting
 * by date keeps v1's order (it appended: the last item is the newest).
 * Duplicate URLs collapse to the newest, as saveToLog would have done.
 */
export function migrateV1(value: unknown, now: Date, makeId: MakeId = defaultMakeId): StoredLog {
  if (!Array.isArray(value)) return { ...EMPTY_LOG, entries: [] };
  const summaries = value.filter(isStoredSummary);
  const entries: LogEntry[] = [];
  const seen = new Set<string>();
  for (let i = summaries.length - 1; i >= 0; i--) {
    const summary = summaries[i]!;
    const key = urlKey(urlOf(summary));
    if (key && seen.has(key)) continue;
    if (key) seen.add(key);
    const savedAt = new Date(now.getTime() - (summaries.length - 1 - i));
    entries.push(makeEntry(summary, savedAt, makeId()));
  }
  return { schemaVersion: 2, entries: entries.slice(0, MAX_LOG_ENTRIES) };
}

// ---------------------------------------------------------------- operations

/**
 * The log as stored, migrating a version-1 log on first read (written back at
 * once, and the old key removed, so the migration runs only once).
 */
export async function loadLog(store: KeyValueStore, now: Date = new Date(), makeId: MakeId = defaultMakeId): Promise<StoredLog> {
  const current = await store.get(DEAL_LOG_KEY);
  if (current !== undefined) return parseLog(current);
  const legacy = await store.get(LEGACY_LOG_KEY);
  if (legacy === undefined) return { ...EMPTY_LOG, entries: [] };
  const migrated = migrateV1(legacy, now, makeId);
  await store.set(DEAL_LOG_KEY, migrated);
  await store.remove(LEGACY_LOG_KEY);
  return migrated;
}

/** What a save did, so the popup can say it: a new entry or an update of the same article's, and how many old entries the cap dropped. */
export interface LogSaveOutcome {
  entry: LogEntry;
  /** True when the article (same address, tracking parameters aside) was already in the log: its entry was updated. */
  updated: boolean;
  /** The oldest entries dropped to stay within MAX_LOG_ENTRIES (0 almost always). */
  dropped: LogEntry[];
}

/** Add a summary at the top; saving the same article (same URL) again replaces its entry, keeping its id. */
export async function saveToLog(
  store: KeyValueStore,
  summary: Summary,
  now: Date = new Date(),
  makeId: MakeId = defaultMakeId,
): Promise<LogEntry> {
  return (await saveToLogWithOutcome(store, summary, now, makeId)).entry;
}

/** saveToLog, telling whether it updated an entry and which old entries the cap dropped (for the save button's words). */
export async function saveToLogWithOutcome(
  store: KeyValueStore,
  summary: Summary,
  now: Date = new Date(),
  makeId: MakeId = defaultMakeId,
): Promise<LogSaveOutcome> {
  const log = await loadLog(store, now, makeId);
  const key = urlKey(urlOf(summary));
  const previous = key ? log.entries.find((e) => urlKey(e.url) === key) : undefined;
  const entry = makeEntry(summary, now, previous?.id ?? makeId());
  const rest = previous ? log.entries.filter((e) => e !== previous) : log.entries;
  const all = [entry, ...rest];
  await store.set(DEAL_LOG_KEY, { schemaVersion: 2, entries: all.slice(0, MAX_LOG_ENTRIES) } satisfies StoredLog);
  return { entry, updated: !!previous, dropped: all.slice(MAX_LOG_ENTRIES) };
}

/** Remove one entry by id; true if it was there. */
export async function removeFromLog(store: KeyValueStore, id: string): Promise<boolean> {
  const log = await loadLog(store);
  const entries = log.entries.filter((e) => e.id !== id);
  if (entries.length === log.entries.length) return false;
  await store.set(DEAL_LOG_KEY, { schemaVersion: 2, entries } satisfies StoredLog);
  return true;
}

/**
 * Put a removed entry back (the log page's "Undo"), at its place by save date
 * (newest first), unless an entry of the same id is there again. The cap holds.
 */
export async function restoreToLog(store: KeyValueStore, entry: LogEntry): Promise<void> {
  const log = await loadLog(store);
  if (log.entries.some((e) => e.id === entry.id)) return;
  const entries = [...log.entries, entry].sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
  await store.set(DEAL_LOG_KEY, { schemaVersion: 2, entries: entries.slice(0, MAX_LOG_ENTRIES) } satisfies StoredLog);
}

/** Empty the log (the legacy key too, so nothing is migrated back later). */
export async function clearLog(store: KeyValueStore): Promise<void> {
  await store.set(DEAL_LOG_KEY, { schemaVersion: 2, entries: [] } satisfies StoredLog);
  await store.remove(LEGACY_LOG_KEY);
}

// ---------------------------------------------------------------- exports

/**
 * The log's CSV columns: the summary's, then when the entry was saved and when the article was
 * published, then every investor of the deal with its leads marked ("Headline (lead); Sistafund":
 * `investors` holds only the non-leads, and the contract's names stay as the README gives them).
 */
export const LOG_CSV_COLUMNS = [...CSV_COLUMNS, 'saved_utc', 'published', 'all_investors'] as const;

/**
 * One CSV row per deal across every logged article (an article with no deal
 * adds no row), with its save date ("2025-03-01 09:30", UTC) and the
 * article's publication day when known. It opens with a UTF-8 byte-order mark:
 * without one Excel reads the file as the local code page ("d’euros" came out
 * as "dâ€™euros").
 */
export function logToCsv(entries: readonly LogEntry[]): string {
  const rows: string[][] = [[...LOG_CSV_COLUMNS]];
  for (const e of entries) {
    const saved = savedUtc(e.savedAt);
    const published = e.summary.source.publishedTime ? publishedDay(e.summary.source.publishedTime) : '';
    // The entry's stripped address, whatever the summary stored (entries saved before the strip).
    const url = e.url ? urlKey(e.url) : e.url;
    const urlAt = CSV_COLUMNS.indexOf('url');
    for (const d of e.summary.deals) {
      const cells = toCsvRow(e.summary, d);
      if (url) cells[urlAt] = url;
      rows.push([...cells, saved, published, dealInvestorsMarked(d).join('; ')]);
    }
  }
  return `\uFEFF${csvLines(rows)}`;
}

/** "2025-03-01T09:30:00.000Z" -> "2025-03-01 09:30": a form every spreadsheet reads as a date and time. */
function savedUtc(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]}` : iso;
}

/** The entries themselves, pretty-printed: each carries its full contract summary. */
export function logToJson(entries: readonly LogEntry[]): string {
  return `${JSON.stringify(entries, null, 2)}\n`;
}

/** "roundup-deals-2025-01-31.csv": a file name for an export made at `now`. */
export function exportFileName(format: 'csv' | 'json', now: Date = new Date()): string {
  return `roundup-deals-${now.toISOString().slice(0, 10)}.${format}`;
}
