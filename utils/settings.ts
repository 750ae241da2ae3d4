/**
 * The reader's preferences, in storage.local under one versioned key:
 * which sites Roundup runs on by itself, the default export format, and which
 * highlight categories are on by default. Pure: storage is a KeyValueStore.
 *
 * Stored values are untrusted (an older build, a hand edit, a sync from a
 * newer version): parseSettings keeps every field that validates and falls
 * back to the default for each one that does not, so one bad field never
 * resets the others.
 */
import { CATEGORIES, type CategoryVisibility } from './categories';
import type { KeyValueStore } from './deal-log';
import type { ExportFormat } from './export';

/**
 * What a copy button can produce: a summary format, or the repaired article
 * itself ("clean"), which editors who paste into a CMS want first.
 */
export type CopyKind = ExportFormat | 'clean';

export const SETTINGS_KEY = 'roundup.settings';

export const EXPORT_FORMATS: readonly CopyKind[] = ['markdown', 'text', 'json', 'csv', 'html', 'clean'];

export const EXPORT_FORMAT_LABELS: Record<CopyKind, string> = {
  markdown: 'Markdown',
  text: 'Plain text',
  json: 'JSON',
  csv: 'Spreadsheet rows (one per deal)',
  html: 'HTML (rich paste)',
  clean: 'Clean article text (artifacts repaired)',
};

export interface Settings {
  schemaVersion: 1;
  /** Match patterns ("https://techcrunch.com/*") the content script runs on automatically. */
  autoRunOrigins: string[];
  /** What the popup's main "Copy" button produces. */
  exportFormat: CopyKind;
  /** Highlight categories shown when a page is first analysed. */
  highlightCategories: CategoryVisibility;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  schemaVersion: 1,
  autoRunOrigins: [],
  exportFormat: 'markdown',
  highlightCategories: { round: true, valuation: true, money: true, lead: true, investor: true, artifact: true },
});

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return {
    ...DEFAULT_SETTINGS,
    autoRunOrigins: [],
    highlightCategories: { ...DEFAULT_SETTINGS.highlightCategories },
  };
}

// ---------------------------------------------------------------- site patterns

/**
 * A match pattern for one site, as permissions.request and
 * registerContentScripts take it: http or https, a host (optionally "*."
 * for its subdomains), the whole path. No bare "*" host: "every site" is not
 * what this setting is for. No port: Firefox's match patterns refuse one.
 */
const SITE_PATTERN = /^(?<scheme>https?|\*):\/\/(?<host>(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*)\/\*$/;

export function isSitePattern(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 300 && SITE_PATTERN.test(value);
}

/** What the reader typed, before the scheme: "techcrunch.com", "*.ft.com", "https://x.com/a/b?c". */
const LOOSE_SITE = /^(?:(?<scheme>https?|\*):\/\/)?(?<host>[^/?#:\s]+)(?::\d+)?(?:[/?#].*)?$/i;

/**
 * The reader's input → a site pattern, or null. A bare host means https; a
 * full address keeps its scheme and drops its path (host permissions are per
 * site, so a path would only mislead).
 */
export function normalizeSitePattern(input: string): string | null {
  const m = LOOSE_SITE.exec(input.trim());
  if (!m?.groups) return null;
  const scheme = (m.groups.scheme ?? 'https').toLowerCase();
  const host = m.groups.host!.toLowerCase().replace(/\.$/, '');
  const pattern = `${scheme}://${host}/*`;
  return isSitePattern(pattern) ? pattern : null;
}

// ---------------------------------------------------------------- parsing

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isExportFormat(value: unknown): value is CopyKind {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

function parseOrigins(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter(isSitePattern))];
}

function parseCategories(value: unknown): CategoryVisibility {
  const out = { ...DEFAULT_SETTINGS.highlightCategories };
  if (!isRecord(value)) return out;
  for (const c of CATEGORIES) {
    const v = value[c];
    if (typeof v === 'boolean') out[c] = v;
  }
  return out;
}

/** Any stored value → valid settings, field by field. */
export function parseSettings(value: unknown): Settings {
  if (!isRecord(value)) return defaultSettings();
  return {
    schemaVersion: 1,
    autoRunOrigins: parseOrigins(value.autoRunOrigins),
    exportFormat: isExportFormat(value.exportFormat) ? value.exportFormat : DEFAULT_SETTINGS.exportFormat,
    highlightCategories: parseCategories(value.highlightCategories),
  };
}

// ---------------------------------------------------------------- storage

export async function loadSettings(store: KeyValueStore): Promise<Settings> {
  return parseSettings(await store.get(SETTINGS_KEY));
}

export type SettingsPatch = Partial<Omit<Settings, 'schemaVersion'>>;

/** Merge a change into the stored settings (validated on the way in too) and return the result. */
export async function updateSettings(store: KeyValueStore, patch: SettingsPatch): Promise<Settings> {
  const current = await loadSettings(store);
  const next = parseSettings({
    ...current,
    ...patch,
    highlightCategories: { ...current.highlightCategories, ...patch.highlightCategories },
  });
  await store.set(SETTINGS_KEY, next);
  return next;
}

/** Add a site pattern (kept sorted, no duplicates). */
export function withOrigin(origins: readonly string[], pattern: string): string[] {
  return [...new Set([...origins, pattern])].sort();
}

export function withoutOrigin(origins: readonly string[], pattern: string): string[] {
  return origins.filter((o) => o !== pattern);
}
