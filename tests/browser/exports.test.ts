/**
 * Every copy button of the card on the sample article, in real Chromium,
 * reading the real clipboard back: Markdown, text, JSON, CSV, rich (HTML
 * with a plain-text twin) and the clean copy of the article.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { escapeHtml, SHEET_COLUMNS } from '../../utils/export';
import type { Summary } from '../../utils/types';
import { launchWithExtension, watchErrors, type Session } from './harness';
import { clickCopy, clipboardByType, grantClipboard, openCardTab, SENTINEL, tabIdOf } from './popup-page';

const baseUrl = inject('baseUrl');

let session: Session;
let view: Page;
let errors: string[];
let summary: Summary;

async function copied(format: string): Promise<string> {
  const note = await clickCopy(view, format);
  expect(note).toMatch(/^Copied/);
  const text = await view.evaluate(() => navigator.clipboard.readText());
  expect(text).not.toBe(SENTINEL);
  return text;
}

beforeAll(async () => {
  session = await launchWithExtension(inject('testExtensionDir'));
  await grantClipboard(session);
  const article = (await session.browser.pages())[0] ?? (await session.browser.newPage());
  await article.goto(`${baseUrl}/`, { waitUntil: 'load' });
  view = await openCardTab(session, await tabIdOf(session, `${baseUrl}/`));
  errors = watchErrors(view);
});

afterAll(async () => {
  await session?.close();
});

describe('copying from the card on the sample article', () => {
  it('JSON: the contract object, the same deals as the card', async () => {
    summary = JSON.parse(await copied('json')) as Summary;
    expect(summary.schemaVersion).toBe(1);
    expect(summary.source.title).toContain('SenseTime');
    const cards = await view.$$eval('article.deal', (els) => els.length);
    expect(cards).toBe(summary.deals.length);
  });

  it('Markdown: title as a heading and the headline amount', async () => {
    const md = await copied('markdown');
    expect(md.startsWith('## SenseTime')).toBe(true);
    if (summary.deals[0]?.amount) expect(md).toContain(summary.deals[0].amount.text);
    expect(md).toContain('### Deals');
  });

  it('text: no Markdown syntax', async () => {
    const text = await copied('text');
    expect(text.split('\n')[0]).toBe(summary.source.title);
    expect(text).toContain('DEALS');
    expect(text).not.toMatch(/^#/m);
  });

  it('spreadsheet: tab-separated rows (header and one per deal) with an HTML table twin', async () => {
    const note = await clickCopy(view, 'csv');
    expect(note).toMatch(/^Copied/);
    const got = await clipboardByType(view);
    expect(Object.keys(got).sort()).toEqual(['text/html', 'text/plain']);
    const rows = (got['text/plain'] ?? '').split('\r\n').filter(Boolean);
    expect(rows[0]).toBe(SHEET_COLUMNS.join('\t'));
    expect(rows).toHaveLength(summary.deals.length + 1);
    const company = summary.deals[0]?.company;
    if (company) expect(rows[1]?.split('\t')[0]).toBe(company);
    expect(got['text/html']).toContain(`<th>${SHEET_COLUMNS[0]}</th>`);
    expect((got['text/html']?.match(/<tr>/g) ?? []).length).toBe(summary.deals.length + 1);
  });

  it('rich: text/html with the escaped title, and a plain-text twin', async () => {
    const note = await clickCopy(view, 'html');
    expect(note).toBe('Copied (rich text)');
    const got = await clipboardByType(view);
    expect(Object.keys(got).sort()).toEqual(['text/html', 'text/plain']);
    expect(got['text/html']).toContain(`<h2>${escapeHtml(summary.source.title ?? '')}</h2>`);
    expect(got['text/html']).toContain('<h3>Deals</h3>');
    expect(got['text/plain']?.split('\n')[0]).toBe(summary.source.title);
  });

  it('clean text: the article with its repairs (a pull-quote rejoined, the boilerplate gone)', async () => {
    const note = await clickCopy(view, 'clean');
    expect(note).toMatch(/^Copied \(clean article text: \d+ repairs?/);
    const clean = await view.evaluate(() => navigator.clipboard.readText());
    expect(clean).toContain('the firm said in a report released in March');
    expect(clean).not.toContain('Newspapers in English');
    expect(clean.length).toBeGreaterThan(2000);
  });

  it('left no errors in the card’s console', () => {
    expect(errors).toEqual([]);
  });
});
