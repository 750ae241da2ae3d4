import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, paragraphsOf } from '../../utils/extract';
import { parseDocument } from '../../scripts/lib/node-dom';

const root = join(__dirname, '../..');
const prose = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} says that the company raised money from several investors in a round that closed this week, according to people familiar with it.</p>`).join('');

describe('extractArticle', () => {
  it('reads the sample article as one paragraph per line', () => {
    const doc = parseDocument(readFileSync(join(root, 'assets/sample/index.html'), 'utf8'));
    const a = extractArticle(doc);
    expect(a.status).toBe('ok');
    expect(a.paragraphs).toContain('Newspapers in English');
    expect(a.paragraphs.some((p) => p.startsWith('Chinese facial recognition startup SenseTime Group Ltd announced on Monday'))).toBe(true);
  });

  it('leaves the page itself untouched (works on a clone)', () => {
    const doc = parseDocument(`<html><body><article>${prose(8)}</article><nav>menu</nav></body></html>`);
    const before = doc.body.innerHTML;
    extractArticle(doc);
    expect(doc.body.innerHTML).toBe(before);
  });

  it.each([
    ['an empty page', '<html><body></body></html>'],
    ['a login form', '<html><body><form><label>User</label><input></form></body></html>'],
    ['a list of links', `<html><body><ul>${'<li><a href="#">Link</a></li>'.repeat(50)}</ul></body></html>`],
  ])('reports "not an article" for %s', (_name, html) => {
    const a = extractArticle(parseDocument(html));
    expect(a.status).toBe('not-article');
    expect(a.message).toMatch(/not look like an article/);
    expect(a.paragraphs).toEqual([]);
  });

  it('says "not an article" when Readability itself throws on the markup', () => {
    // Found by fuzzing: an XML prolog before <html> and a stray "<<p>" make Readability read a null tagName.
    const html = '<?xml version="1.0"?><html lang="en"><head><title></title><script>alert(1)</script></title><<p>/head><body><article><h1></title></h1>$1000000000 euros raised by Acme in a round.</article></body></html>';
    const a = extractArticle(parseDocument(html));
    expect(a.status).toBe('not-article');
    expect(a.message).toMatch(/Readability could not find an article/);
  });

  it('stops with a clear message past the element bound', () => {
    const doc = parseDocument(`<html><body><article>${prose(30)}${'<span>x</span>'.repeat(500)}</article></body></html>`);
    const a = extractArticle(doc, { maxElements: 200 });
    expect(a.status).toBe('too-large');
    expect(a.message).toMatch(/more than Roundup reads/);
  });
});

describe('paragraphsOf', () => {
  it.each([
    ['block elements split', '<div><p>One</p><p>Two</p></div>', ['One', 'Two']],
    ['inline elements join', '<p>Sense<em>Time</em> <a href="#">raised</a> money</p>', ['SenseTime raised money']],
    ['br splits lines', '<p>Line one<br>Line two</p>', ['Line one', 'Line two']],
    ['nbsp and runs of spaces collapse', '<p>a&nbsp;&nbsp;b \n c</p>', ['a b c']],
    ['soft hyphens and zero-width characters go', '<p>vice&shy;chair&#8203;man</p>', ['vicechairman']],
    ['scripts and styles are skipped', '<p>Text<script>var x = 1;</script><style>p{}</style></p>', ['Text']],
  ])('%s', (_name, html, expected) => {
    const doc = parseDocument(`<html><body>${html}</body></html>`);
    expect(paragraphsOf(doc.body)).toEqual(expected);
  });
});
