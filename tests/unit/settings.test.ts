import { describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../../utils/deal-log';
import {
  DEFAULT_SETTINGS, SETTINGS_KEY, defaultSettings, isSitePattern, loadSettings, normalizeSitePattern, parseSettings,
  updateSettings, withOrigin, withoutOrigin,
} from '../../utils/settings';

class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, unknown>();
  async get(key: string) {
    return structuredClone(this.data.get(key));
  }
  async set(key: string, value: unknown) {
    this.data.set(key, structuredClone(value));
  }
  async remove(key: string) {
    this.data.delete(key);
  }
}

describe('parseSettings', () => {
  it.each<[string, unknown]>([
    ['nothing stored', undefined],
    ['null', null],
    ['an array', []],
    ['a string', 'markdown'],
    ['an empty object', {}],
  ])('gives the defaults for %s', (_what, value) => {
    expect(parseSettings(value)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every valid field', () => {
    const stored = {
      schemaVersion: 1,
      autoRunOrigins: ['https://techcrunch.com/*', 'https://*.ft.com/*'],
      exportFormat: 'csv',
      highlightCategories: { round: true, valuation: false, money: false, lead: true, investor: true, artifact: false },
    };
    expect(parseSettings(stored)).toEqual(stored);
  });

  it('replaces only the invalid fields with defaults', () => {
    const parsed = parseSettings({
      schemaVersion: 1,
      autoRunOrigins: ['https://ok.example/*', '<all_urls>', 'javascript:alert(1)', 42, 'https://ok.example/*', '*://*/*'],
      exportFormat: 'docx',
      highlightCategories: { round: false, valuation: 'no', bogus: false },
    });
    expect(parsed.autoRunOrigins).toEqual(['https://ok.example/*']);
    expect(parsed.exportFormat).toBe('markdown');
    expect(parsed.highlightCategories).toEqual({ ...DEFAULT_SETTINGS.highlightCategories, round: false });
    expect(parsed.highlightCategories).not.toHaveProperty('bogus');
  });

  it('reads a future version field by field and writes version 1', () => {
    expect(parseSettings({ schemaVersion: 9, exportFormat: 'json', extra: true })).toEqual({ ...defaultSettings(), exportFormat: 'json' });
  });

  it('defaultSettings() hands out copies', () => {
    const a = defaultSettings();
    a.autoRunOrigins.push('https://x.example/*');
    a.highlightCategories.round = false;
    expect(defaultSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('site patterns', () => {
  it.each([
    ['techcrunch.com', 'https://techcrunch.com/*'],
    ['  TechCrunch.com  ', 'https://techcrunch.com/*'],
    ['https://techcrunch.com/*', 'https://techcrunch.com/*'],
    ['https://techcrunch.com/2024/01/01/story?x=1#top', 'https://techcrunch.com/*'],
    ['http://news.example.org', 'http://news.example.org/*'],
    ['*.ft.com', 'https://*.ft.com/*'],
    ['*://www.reuters.com/business', '*://www.reuters.com/*'],
    ['localhost', 'https://localhost/*'],
    ['127.0.0.1:8080/page', 'https://127.0.0.1/*'],
    ['example.com.', 'https://example.com/*'],
  ])('normalizes %j to %s', (input, pattern) => {
    expect(normalizeSitePattern(input)).toBe(pattern);
    expect(isSitePattern(pattern)).toBe(true);
  });

  it.each([
    '', '   ', '*', '<all_urls>', 'https://*/*', '*://*/*', 'ftp://example.com', 'file:///etc/passwd',
    'javascript:alert(1)', 'https://exa mple.com', 'https://-bad.com', 'https://a..b', 'chrome://settings',
    'https://*foo.com', 'https://foo.*.com', `${'a'.repeat(64)}.com`,
  ])('rejects %j', (input) => {
    expect(normalizeSitePattern(input)).toBeNull();
  });

  it.each([
    'https://example.com/path/*', 'https://example.com', 'https://example.com:8080/*', 'HTTPS://example.com/*', 'https://*/*',
  ])('isSitePattern rejects the non-canonical %j', (pattern) => {
    expect(isSitePattern(pattern)).toBe(false);
  });

  it('adds without duplicates, sorted, and removes', () => {
    const list = withOrigin(withOrigin(['https://b.example/*'], 'https://a.example/*'), 'https://b.example/*');
    expect(list).toEqual(['https://a.example/*', 'https://b.example/*']);
    expect(withoutOrigin(list, 'https://a.example/*')).toEqual(['https://b.example/*']);
    expect(withoutOrigin(list, 'https://zzz.example/*')).toEqual(list);
  });
});

describe('loadSettings / updateSettings', () => {
  it('loads defaults from an empty store', async () => {
    expect(await loadSettings(new MemoryStore())).toEqual(DEFAULT_SETTINGS);
  });

  it('merges patches, category by category, and persists under one key', async () => {
    const store = new MemoryStore();
    await updateSettings(store, { exportFormat: 'json' });
    await updateSettings(store, { highlightCategories: { money: false } as never });
    const next = await updateSettings(store, { autoRunOrigins: ['https://a.example/*'] });
    expect(next).toEqual({
      ...DEFAULT_SETTINGS,
      exportFormat: 'json',
      autoRunOrigins: ['https://a.example/*'],
      highlightCategories: { ...DEFAULT_SETTINGS.highlightCategories, money: false },
    });
    expect(store.data.get(SETTINGS_KEY)).toEqual(next);
    expect([...store.data.keys()]).toEqual([SETTINGS_KEY]);
  });

  it('validates patches on the way in', async () => {
    const store = new MemoryStore();
    const next = await updateSettings(store, { exportFormat: 'pdf' as never, autoRunOrigins: ['<all_urls>'] });
    expect(next.exportFormat).toBe('markdown');
    expect(next.autoRunOrigins).toEqual([]);
  });
});
