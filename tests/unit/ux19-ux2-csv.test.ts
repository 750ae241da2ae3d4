/**
 * Spreadsheet exports (session 12, reader review): "Copy as CSV" put comma-separated
 * text on the clipboard and a spreadsheet splits a paste on tabs, so every row landed
 * in column A: the clipboard gets tab-separated values and an HTML table twin
 * (toTsv, toSheetHtml); the log's CSV download keeps CSV, with a UTF-8 BOM (Excel
 * mangled "d’euros"), the save date and the publication day. Formulas stay text.
 */
import { describe, expect, it } from 'vitest';
import { logToCsv, LOG_CSV_COLUMNS, type LogEntry } from '../../utils/deal-log';
import { CSV_COLUMNS, csvCell, SHEET_COLUMNS, sheetCellText, toSheetHtml, toTsv } from '../../utils/export';
import type { Deal, Summary } from '../../utils/types';

const eur = (value: number, text: string) => ({ value, currency: 'EUR', text, qualifier: null, equivalent: null });
function deal(overrides: Partial<Deal> = {}): Deal {
  return {
    company: 'Vizzia', round: 'Series B', status: 'announced', amount: eur(3e7, '30 millions d’euros'), valuation: null,
    leadInvestors: [], investors: ['Headline', 'Sistafund'], date: null, evidence: [], ...overrides,
  };
}
function summary(overrides: Partial<Summary['source']> = {}, deals: Deal[] = [deal()]): Summary {
  return {
    schemaVersion: 1,
    source: { input: null, url: 'https://example.fr/vizzia', title: 'Vizzia lève 30 millions, d’euros', byline: null, siteName: null, publishedTime: null, lang: 'fr', ...overrides },
    article: { isArticle: true, wordCount: 300, excerpt: null },
    deals, investors: [], money: [], artifacts: [],
  };
}

describe('toTsv (the clipboard copy for a spreadsheet)', () => {
  it('splits cells on tabs, one line per deal, commas kept inside a cell', () => {
    const lines = toTsv(summary()).trimEnd().split('\r\n');
    expect(lines[0]).toBe(SHEET_COLUMNS.join('\t'));
    expect(lines).toHaveLength(2);
    const cells = lines[1]!.split('\t');
    expect(cells).toHaveLength(SHEET_COLUMNS.length);
    expect(cells[0]).toBe('Vizzia');
    expect(cells[9]).toBe('Headline; Sistafund');
    expect(cells[13]).toBe('Vizzia lève 30 millions, d’euros');
  });
  it('a tab or a line break inside a page string cannot open a new cell or row', () => {
    const lines = toTsv(summary({}, [deal({ company: 'Acme\tEvil\nRow' })])).trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.split('\t')[0]).toBe('Acme Evil Row');
  });
  it('an investor named like a formula is text', () => {
    const cells = toTsv(summary({}, [deal({ leadInvestors: ['=HYPERLINK("http://x","y")'] })])).split('\r\n')[1]!.split('\t');
    expect(cells[8]).toBe(`'=HYPERLINK("http://x","y")`);
  });
});

describe('toSheetHtml (the rich twin)', () => {
  it('a header row and one escaped row per deal', () => {
    const html = toSheetHtml(summary({}, [deal({ company: '<img src=x onerror=alert(1)>' })]));
    expect(html.startsWith('<table><thead><tr><th>Company</th>')).toBe(true);
    expect(html.match(/<tr>/g)).toHaveLength(2);
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });
  it('neutralises a formula in a cell', () => {
    expect(toSheetHtml(summary({}, [deal({ company: '+cmd' })]))).toContain(`<td>&#39;+cmd</td>`);
  });
});

describe('formula guard', () => {
  it.each([
    ['=1+1', `'=1+1`],
    ['+33 1 23', `'+33 1 23`],
    ['-2+3+cmd', `'-2+3+cmd`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['  =HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['-5', '-5'],
    ['600000000', '600000000'],
    ['-2.5', '-2.5'],
    ['Acme', 'Acme'],
    ['a-b@c', 'a-b@c'],
  ])('%j -> %j', (input, expected) => {
    expect(sheetCellText(input)).toBe(expected);
  });
  it('CSV quotes a neutralised cell that changed', () => {
    expect(csvCell('-2+3+cmd')).toBe(`"'-2+3+cmd"`);
    expect(csvCell('-5')).toBe('-5');
  });
});

describe('the log CSV download', () => {
  const entry = (s: Summary, savedAt = '2025-03-01T09:30:12.000Z'): LogEntry => ({ id: 'a', savedAt, url: s.source.url ?? '', title: 'T', summary: s });
  it('opens with a UTF-8 BOM, then the header with the save date and the publication day', () => {
    const csv = logToCsv([entry(summary({ publishedTime: '2025-02-27T06:00:00.000Z' }))]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe([...CSV_COLUMNS, 'saved_utc', 'published', 'all_investors'].join(','));
    expect(LOG_CSV_COLUMNS).toHaveLength(CSV_COLUMNS.length + 3);
    expect(lines[1]).toMatch(/,2025-03-01 09:30,2025-02-27,"Headline; Sistafund"$/);
    expect(lines[1]).toContain('30 millions d’euros');
  });
  it('an unknown publication date is an empty cell, an article with no deal adds no row', () => {
    const csv = logToCsv([entry(summary()), entry(summary({ url: 'https://x.example/2' }, []))]);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/,2025-03-01 09:30,,"Headline; Sistafund"$/);
  });
});
