// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { LogRow, otherRoundLine } from '../../components/LogRow';
import { LOG_COLUMNS, LogTable, logColumnClass } from '../../components/LogTable';
import type { LogEntry } from '../../utils/deal-log';
import type { Deal, Summary } from '../../utils/types';

afterEach(cleanup);

const money = (value: number, text: string) => ({ value, currency: 'USD', text, qualifier: null, equivalent: null });
const deal = (o: Partial<Deal> = {}): Deal => ({
  company: 'Acme', round: 'Series B', status: 'announced', amount: money(4e7, '$40 million'), valuation: null,
  leadInvestors: ['Big VC'], investors: [], date: null, evidence: [], ...o,
});
function entry(deals: Deal[], title = 'Story'): LogEntry {
  const summary: Summary = {
    schemaVersion: 1,
    source: { input: null, url: 'https://news.example/1', title, byline: null, siteName: null, publishedTime: null, lang: 'en' },
    article: { isArticle: true, wordCount: 300, excerpt: null }, deals, investors: [], money: [], artifacts: [],
  };
  return { id: '1', savedAt: '2025-03-01T10:00:00.000Z', url: 'https://news.example/1', title, summary };
}
const row = (e: LogEntry) => render(<table><tbody><LogRow entry={e} onRemove={() => undefined} formatDate={(s) => s} /></tbody></table>);

describe('Deal log: a newsletter\'s other rounds', () => {
  it('lists every other round under "+12 more rounds", in a disclosure', () => {
    const others = Array.from({ length: 12 }, (_, i) => deal({ company: `Startup ${i}`, round: i % 2 ? 'Seed' : null, amount: i === 3 ? null : money(1e6 * (i + 1), `$${i + 1} million`) }));
    row(entry([deal({ company: 'Doctor Insta' }), ...others]));
    const header = screen.getByRole('rowheader');
    const details = header.querySelector('details.more-rounds');
    expect(details).not.toBeNull();
    expect(details?.querySelector('summary')?.textContent).toBe('+12 more rounds of other companies');
    const items = within(header).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toHaveLength(12);
    expect(items[0]).toBe('Startup 0 · $1 million');
    expect(items[1]).toBe('Startup 1 — Seed · $2 million');
    expect(items[3]).toBe('Startup 3 — Seed');
  });

  it.each<[string, Deal, string]>([
    ['an earlier round says so', deal({ status: 'past', round: 'Seed', amount: money(1e6, '$1 million') }), 'Acme — Seed · $1 million (earlier round)'],
    ['no company, no amount', deal({ company: null, round: null, amount: null }), 'Unnamed company'],
    ['bidi controls dropped', deal({ company: 'Jean\u202Eevil\u202C Dupont', round: null, amount: null }), 'Jeanevil Dupont'],
  ])('other round line: %s', (_, d, expected) => {
    expect(otherRoundLine(d)).toBe(expected);
  });

  it('negative: one deal only has no disclosure', () => {
    row(entry([deal()]));
    expect(screen.getByRole('rowheader').querySelector('details')).toBeNull();
    expect(screen.getByRole('rowheader').textContent).toBe('Acme');
  });
});

describe('Deal log: page strings without bidi controls', () => {
  it('shows company, leads and title in stored order (no RLO reversal)', () => {
    row(entry([deal({ company: 'Zeb\u202Eulon\u202C', leadInvestors: ['Jean\u2067evil\u2069 Dupont'] })], 'Title\u202E reversed\u202C'));
    expect(screen.getByRole('rowheader').textContent).toBe('Zebulon');
    expect(screen.getAllByRole('cell')[3]?.textContent).toBe('Jeanevil Dupont (lead)');
    expect(screen.getByRole('link').textContent).toBe('Title reversed');
    expect(screen.getByRole('button').getAttribute('aria-label')).toBe('Remove “Title reversed” from the log');
  });

  it('negative: right-to-left letters themselves stay', () => {
    row(entry([deal({ company: 'شركة' })]));
    expect(screen.getByRole('rowheader').textContent).toBe('شركة');
  });
});

describe('Deal log: column widths', () => {
  it('gives every column a class in a colgroup, which the page styles with a share of the width', () => {
    render(<LogTable entries={[entry([deal()])]} onRemove={() => undefined} />);
    const cols = [...document.querySelectorAll('table colgroup col')].map((c) => c.getAttribute('class'));
    expect(cols).toEqual(LOG_COLUMNS.map(logColumnClass));
    expect(cols).toContain('col-source');
    const css = readFileSync('entrypoints/log/style.css', 'utf8');
    for (const c of cols) expect(css).toContain(`col.${c}`);
  });

  it('wraps cells at word boundaries (no overflow-wrap: anywhere, which let the Source column shrink to one letter)', () => {
    const css = readFileSync('entrypoints/log/style.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(css).not.toMatch(/overflow-wrap:\s*anywhere/);
    expect(css).toMatch(/th, td \{[^}]*overflow-wrap: break-word/);
    expect(css).toMatch(/td\.source-cell \{[^}]*min-width/);
  });
});
