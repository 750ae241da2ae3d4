/**
 * Hostile pages: script payloads in titles, bylines, body text and "investor
 * names", javascript: links, template strings, bidi overrides and zero-width
 * characters. The core must return them only as inert text (plain strings in
 * the summary, never markup it created), attribute and script payloads must
 * never reach the summary at all, and the exports must escape what they carry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../scripts/lib/node-dom';
import type { Analysis } from '../../utils/article';
import { analyzeDocument } from '../../utils/summary';
import type { Summary } from '../../utils/types';
import { validateAll } from '../helpers/contract';
import { unexplained } from '../helpers/known-issues';

const DIR = join(__dirname, '../fixtures/hostile');
const FIXTURES = readdirSync(DIR).filter((f) => f.endsWith('.html')).sort();

function analyse(file: string): Analysis {
  const doc = parseDocument(readFileSync(join(DIR, file), 'utf8'));
  return analyzeDocument(doc, { url: `https://example.com/${file}`, input: file });
}

/** Every string anywhere in the summary. */
function stringsOf(x: unknown, out: string[] = []): string[] {
  if (typeof x === 'string') out.push(x);
  else if (Array.isArray(x)) for (const v of x) stringsOf(v, out);
  else if (x && typeof x === 'object') for (const v of Object.values(x)) stringsOf(v, out);
  return out;
}

/** Loads utils/export.ts when it exists, so this file runs before and after it lands. */
async function loadExport(): Promise<typeof import('../../utils/export') | null> {
  try {
    return await import('../../utils/export');
  } catch {
    return null;
  }
}

describe('hostile pages through the core', () => {
  it('has fixtures', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(4);
  });

  it.each(FIXTURES)('%s: never throws, summary keeps the contract', (file) => {
    const a = analyse(file);
    expect(['ok', 'not-article', 'too-large']).toContain(a.status);
    expect(unexplained(validateAll(a.summary, a.paragraphs))).toEqual([]);
  });

  it.each(FIXTURES)('%s: attribute, script, style and template payloads never reach the text', (file) => {
    const all = stringsOf(analyse(file).summary).join('\n');
    // Markers placed only in attributes, <script>, <style>, <template>, <svg>, <iframe>, <object>, <noscript>.
    expect(all).not.toMatch(/ATTR_PAYLOAD|SCRIPT_BODY_MARKER|STYLE_TEXT_MARKER|TEMPLATE_TEXT_MARKER|SVG_TEXT_MARKER|IFRAME_TEXT_MARKER|OBJECT_TEXT_MARKER/);
  });

  it('a payload written as text in an investor name stays text, exactly as written', () => {
    const a = analyse('funding-payloads.html');
    expect(a.status).toBe('ok');
    const text = a.paragraphs.join('\n\n');
    expect(text).toContain('led by <img src=x onerror=alert(1)> Ventures');
    // Wherever the payload shows up in the summary, it is the literal text of the page, not something the core built.
    for (const s of stringsOf(a.summary)) {
      if (s.includes('onerror')) expect(text.includes(s) || s.includes('<img src=x onerror=alert(1)>')).toBe(true);
    }
    // The money reading is not disturbed by the payload.
    expect(a.summary.money.some((m) => m.value === 5_000_000 && m.currency === 'USD')).toBe(true);
  });

  it('real <img>/<svg> elements inside an investor list leave no markup in the summary', () => {
    const a = analyse('markup-investors.html');
    expect(a.status).toBe('ok');
    for (const s of stringsOf(a.summary)) expect(s).not.toMatch(/<\s*(img|svg|iframe|object|script)\b/i);
  });

  it('bidi overrides and zero-width characters: excerpts stay exact substrings, zero-widths are dropped from the text', () => {
    const a = analyse('unicode-tricks.html');
    expect(a.status).toBe('ok');
    const text = a.paragraphs.join('\n\n');
    expect(text).not.toMatch(/[\u200b\u200d\ufeff\u00ad]/);
    expect(unexplained(validateAll(a.summary, a.paragraphs))).toEqual([]);
  });

  it('a page with only hidden or blank content is not an article, with a message', () => {
    const a = analyse('empty-and-odd.html');
    expect(a.status).not.toBe('ok');
    expect(a.message).toMatch(/\w/);
    expect(a.summary.deals).toEqual([]);
  });
});

describe('hostile strings through the exports', () => {
  const PAYLOAD = '<img src=x onerror=alert(1)>';
  const hostile = (): Summary => {
    const a = analyse('funding-payloads.html');
    const s = structuredClone(a.summary);
    // Force payloads into every slot the exports print, whatever the readers found.
    s.source.title = `Title ${PAYLOAD}`;
    s.source.byline = '<svg onload=alert(1)>';
    s.source.siteName = '"><script>alert(1)</script>';
    s.source.url = 'javascript:alert(1)';
    s.investors = [{ name: `${PAYLOAD} Ventures`, role: 'lead', deals: [] }, { name: '=HYPERLINK("http://evil")', role: 'participant', deals: [] }];
    s.deals = [
      {
        company: `{{constructor.constructor('alert(1)')()}} ${PAYLOAD}`,
        round: 'Seed',
        status: 'announced',
        amount: { value: 5e6, currency: 'USD', text: '$5 million', qualifier: null, equivalent: null },
        valuation: null,
        leadInvestors: [`${PAYLOAD} Ventures`],
        investors: ['<a href="javascript:alert(1)">x</a>'],
        date: null,
        evidence: [`raised $5 million led by ${PAYLOAD} Ventures`],
      },
    ];
    s.artifacts = [{ kind: 'boilerplate', text: `<script>alert(1)</script>`, message: 'x', fix: `<b onmouseover=alert(1)>` }];
    s.investors.forEach((i) => i.deals.push(0));
    return s;
  };

  it('HTML export: every page string escaped, no active markup', async () => {
    const mod = await loadExport();
    if (!mod || typeof mod.toHtml !== 'function') return; // export not written yet
    const html = mod.toHtml(hostile());
    const doc = parseDocument(`<!doctype html><html><body>${html}</body></html>`);
    expect(doc.querySelectorAll('script, img, svg, iframe, object, embed, style, form, input').length).toBe(0);
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        expect(attr.name).not.toMatch(/^on/i);
        expect(attr.value).not.toMatch(/^\s*javascript:/i);
      }
    }
    // The payload is still there, as text a reader can see.
    expect(doc.body.textContent).toContain(PAYLOAD);
  });

  it('Markdown export: no raw HTML tag survives (every < escaped)', async () => {
    const mod = await loadExport();
    if (!mod || typeof mod.toMarkdown !== 'function') return;
    const md = mod.toMarkdown(hostile());
    expect(md).not.toMatch(/(?<!\\)<(?:img|svg|script|a)\b/i);
    expect(md).not.toMatch(/\]\(javascript:/i);
  });

  it('CSV export: no cell starts a spreadsheet formula', async () => {
    const mod = await loadExport();
    if (!mod || typeof mod.toCsv !== 'function') return;
    const csv = mod.toCsv(hostile());
    for (const line of csv.split(/\r\n/)) {
      for (const cell of line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+@]/);
    }
  });

  it('JSON export: parses back to the same strings (payloads are data)', async () => {
    const mod = await loadExport();
    if (!mod || typeof mod.toJson !== 'function') return;
    const s = hostile();
    expect(JSON.parse(mod.toJson(s))).toEqual(s);
  });
});
