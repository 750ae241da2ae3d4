import { describe, expect, it } from 'vitest';
import { csvCell, escapeHtml, escapeMarkdown, toCsv, toHtml, toJson, toMarkdown, toPlainText } from '../../utils/export';
import type { Summary } from '../../utils/types';

function summary(overrides: Partial<Summary> = {}): Summary {
  const usd = (value: number, text: string) => ({ value, currency: 'USD', text, qualifier: null, equivalent: null });
  return {
    schemaVersion: 1,
    source: { input: null, url: 'https://example.com/a', title: 'Acme raises $5m', byline: 'By Jo Doe', siteName: 'Example News', publishedTime: null, lang: 'en' },
    article: { isArticle: true, wordCount: 100, excerpt: null },
    deals: [{
      company: 'Acme', round: 'Series A', status: 'announced', amount: usd(5e6, '$5m'),
      valuation: { ...usd(5e7, '$50 million'), qualifier: 'more-than' },
      leadInvestors: ['Big VC'], investors: ['Small VC', 'Angel Person'], date: 'on Monday', evidence: ['Acme raised $5m.'],
    }],
    investors: [{ name: 'Big VC', role: 'lead', deals: [0] }, { name: 'Small VC', role: 'participant', deals: [0] }],
    money: [
      { ...usd(5e6, '$5m'), kind: 'round', sentence: 'Acme raised $5m.' },
      { value: 1e12, currency: 'CNY', text: '1 trillion yuan', qualifier: null, equivalent: { value: 158.4e9, currency: 'USD', text: '$158.4 billion' }, kind: 'other', sentence: 'x' },
    ],
    artifacts: [{ kind: 'lost-hyphen', text: 'vicechairman', message: 'Hyphen lost.', fix: 'vice-chairman' }],
    ...overrides,
  };
}

describe('toMarkdown', () => {
  const md = toMarkdown(summary());
  it.each([
    ['title as a heading', '## Acme raises $5m'],
    ['deal line', '- **Acme — Series A** (announced)'],
    ['amount with its normalised value', 'Amount: $5m (5 000 000 USD)'],
    ['valuation with its qualifier', 'Valuation: more than $50 million'],
    ['leads', 'Led by: Big VC'],
    ['participants', 'With: Small VC, Angel Person'],
    ['other money keeps its equivalent, kind and context', '1 trillion yuan ($158.4 billion; 1 000 000 000 000 CNY), other: “x”'],
    ['artifact with its fix', '“vicechairman” → “vice-chairman”'],
  ])('has the %s', (_what, line) => {
    expect(md).toContain(line);
  });
  it('escapes page text that Markdown would read as markup', () => {
    const out = toMarkdown(summary({ source: { ...summary().source, title: '<img src=x onerror=alert(1)> *bold* [link](javascript:x)' } }));
    expect(out).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(out).toContain('\\*bold\\*');
    expect(out).not.toMatch(/[^\\]<img/);
  });
  it('says so when there is no deal', () => {
    expect(toMarkdown(summary({ deals: [], investors: [] }))).toContain('No funding round found.');
  });
});

describe('a page that was not read as an article (not one, or refused for its size or reading time)', () => {
  const unread = (): Summary => summary({ deals: [], investors: [], money: [], artifacts: [], article: { isArticle: false, wordCount: 0, excerpt: null } });
  it.each([
    ['Markdown', toMarkdown],
    ['plain text', toPlainText],
    ['rich HTML', toHtml],
  ] as const)('%s says it was not searched, never that it holds no round', (_format, format) => {
    const out = format(unread());
    expect(out).toContain('Not read as an article: no funding figures were looked for.');
    expect(out).not.toContain('No funding round found');
  });
});

describe('toPlainText', () => {
  it('has no Markdown syntax', () => {
    const text = toPlainText(summary());
    expect(text).toContain('Acme — Series A (announced)');
    expect(text).not.toContain('**');
    expect(text).not.toContain('##');
  });
});

describe('toJson', () => {
  it('round-trips the contract object', () => {
    const s = summary();
    expect(JSON.parse(toJson(s))).toEqual(s);
  });
});

describe('toCsv', () => {
  it('writes one row per deal with a header', () => {
    const rows = toCsv([summary(), summary()]).trim().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toBe('company,round,status,amount,currency,amount_text,valuation,valuation_currency,lead_investors,investors,date,url,title');
    expect(rows[1]).toBe('Acme,Series A,announced,5000000,USD,$5m,50000000,USD,Big VC,"Small VC; Angel Person",on Monday,https://example.com/a,Acme raises $5m');
  });
  it.each([
    ['plain', 'Acme', 'Acme'],
    ['comma', 'Acme, Inc', '"Acme, Inc"'],
    ['quote', 'The "best"', '"The ""best"""'],
    ['formula', '=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['at sign', '@SUM(A1)', `"'@SUM(A1)"`],
    ['negative number stays a number', '-5', '-5'],
    ['newline', 'a\nb', '"a b"'],
  ])('cell: %s', (_n, input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe('toHtml', () => {
  it('escapes every page string', () => {
    const hostile = '<script>alert(1)</script>';
    const s = summary({ source: { ...summary().source, title: hostile, url: 'javascript:alert(1)' } });
    s.investors[0]!.name = '<img src=x onerror=alert(1)>';
    const html = toHtml(s);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('&#60;script&#62;');
  });
});

describe('escapers', () => {
  it('escapeHtml covers the five characters', () => expect(escapeHtml(`<a href="x" title='y'>&`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;'));
  it('escapeMarkdown leaves ordinary text alone', () => expect(escapeMarkdown('SenseTime raised $600 million.')).toBe('SenseTime raised $600 million.'));
});
