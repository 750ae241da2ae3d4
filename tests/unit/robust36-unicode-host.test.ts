/**
 * Left from session 22's review: a page with no site name showed its host as
 * the address spells it once parsed, "xn--bcher-kva.de" for bücher.de. The
 * card's and the readable exports' host is now the Unicode form (RFC 3492
 * decoding in the pure core), except where the host could pass for another:
 * then, as Chromium's and Firefox's address bars do, the whole host stays in
 * its ASCII form. Invalid "xn--" labels stay as written.
 */
import { describe, expect, it } from 'vitest';
import { emptySummary } from '../../utils/article';
import { exportSummary, toHtml, toMarkdown, toPlainText } from '../../utils/export';
import { siteLabel } from '../../utils/format';
import type { SourceInfo, Summary } from '../../utils/types';
import { decodePunycode, displayHost } from '../../utils/unicode-host';

describe('decodePunycode: RFC 3492 §7.1 samples', () => {
  const rows: Array<[string, string, string]> = [
    ['(A) Arabic (Egyptian)', 'egbpdaj6bu4bxfgehfvwxn', 'ليهمابتكلموشعربي؟'],
    ['(B) Chinese (simplified)', 'ihqwcrb4cv8a8dqg056pqjye', '他们为什么不说中文'],
    ['(L) basic code points before the delimiter', '3B-ww4c5e180e575a65lsy2b', '3年B組金八先生'],
    ['(S) only basic code points, the last hyphen is the delimiter', '-> $1.00 <--', '-> $1.00 <-'],
  ];
  it.each(rows)('%s', (_, input, output) => {
    expect(decodePunycode(input)).toBe(output);
  });

  const negatives: Array<[string, string]> = [
    ['negative: a digit that is not base 36', 'bcher-kv!'],
    ['negative: a variable-length integer cut short', 'b'],
    ['negative: a code point past U+10FFFF', 'zz99999999'],
    ['negative: non-ASCII input', 'bücher'],
  ];
  it.each(negatives)('%s', (_, input) => {
    expect(decodePunycode(input)).toBeNull();
  });
});

describe('displayHost: the Unicode form of a host, as browsers show it', () => {
  const rows: Array<[string, string, string]> = [
    ['Latin with a diacritic', 'xn--bcher-kva.de', 'bücher.de'],
    ['French', 'xn--caf-dma.fr', 'café.fr'],
    ['upper-case ACE prefix and digits', 'XN--BCHER-KVA.de', 'bücher.de'],
    ['Japanese: Han with Hiragana', 'xn--r8jz45g.jp', '例え.jp'],
    ['Japanese: Katakana with Han', 'xn--eckwd4c7cu47r2wf.jp', 'ドメイン名例.jp'],
    ['Chinese', 'xn--fiqs8s.cn', '中国.cn'],
    ['Korean', 'xn--3e0b707e.kr', '한국.kr'],
    ['Greek', 'xn--hxargifdar.gr', 'ελληνικά.gr'],
    ['Cyrillic under a Cyrillic TLD', 'xn--h1alffa9f.xn--p1ai', 'россия.рф'],
    ['Cyrillic that reads Russian, not Latin', 'xn--e1afmkfd.xn--80akhbyknj4f', 'пример.испытание'],
    ['a subdomain kept, only its xn-- label decoded', 'news.xn--bcher-kva.de', 'news.bücher.de'],
  ];
  it.each(rows)('%s', (_, host, shown) => {
    expect(displayHost(host)).toBe(shown);
  });

  const negatives: Array<[string, string]> = [
    ['negative: a plain ASCII host', 'techcrunch.com'],
    ['negative: a plain ASCII host with hyphens and digits', 'news-24.example.co.uk'],
    ['negative: an invalid xn-- label (decodes to ASCII)', 'xn--abc-.com'],
    ['negative: an invalid xn-- label (cut short)', 'xn--b.com'],
    ['negative: an xn-- label decoding to a control character (U+0080)', 'xn--a.com'],
    ['negative: an invalid xn-- label (empty)', 'xn--.com'],
    ['negative: an invalid xn-- label (overflow)', 'xn--zz99999999.com'],
    ['negative: Cyrillic spelling a Latin word under .com ("аррӏе")', 'xn--80ak6aa92e.com'],
    ['negative: Cyrillic and Latin mixed in one label ("раураl")', 'xn--l-7sba6dbr.com'],
    ['negative: a label holding a zero-width joiner', 'xn--ab-m1t.com'],
  ];
  it.each(negatives)('%s', (_, host) => {
    expect(displayHost(host)).toBe(host);
  });

  it('negative: one look-alike label keeps the whole host in ASCII, its valid neighbours too', () => {
    expect(displayHost('xn--bcher-kva.xn--80ak6aa92e.com')).toBe('xn--bcher-kva.xn--80ak6aa92e.com');
  });
});

/** The address as the content script reads it in a browser: location.href spells the host in ASCII. */
const SOURCE: SourceInfo = { input: null, url: 'https://www.xn--bcher-kva.de/acme-raises', title: 'Acme raises €5 million', byline: 'By Jane Doe', siteName: null, publishedTime: null, lang: 'de' };

function summaryOf(source: Partial<SourceInfo>): Summary {
  return { ...emptySummary({ url: null, title: null, lang: null }, true), source: { ...SOURCE, ...source } };
}

describe('the card’s and the exports’ host line', () => {
  it('siteLabel: an international host in its Unicode form ("www." dropped)', () => {
    expect(siteLabel(SOURCE)).toBe('bücher.de');
  });

  it('Markdown, plain text and HTML show the Unicode host (HTML-escaped as text)', () => {
    const s = summaryOf({});
    expect(toMarkdown(s).split('\n')[2]).toBe('bücher.de · By Jane Doe');
    expect(toPlainText(s).split('\n')[1]).toBe('bücher.de · By Jane Doe');
    expect(toHtml(s)).toContain('<p>bücher.de · By Jane Doe</p>');
  });

  it('negative: a look-alike host stays in ASCII in every export', () => {
    const s = summaryOf({ url: 'https://xn--80ak6aa92e.com/story' });
    for (const text of [toMarkdown(s), toPlainText(s), toHtml(s)]) {
      expect(text).toContain('xn--80ak6aa92e.com · By Jane Doe');
      expect(text).not.toContain('аррӏе');
    }
  });

  it('negative: the JSON export keeps the address as the page gave it, no host field', () => {
    const json = JSON.parse(exportSummary(summaryOf({}), 'json')) as Summary;
    expect(json.source.siteName).toBeNull();
    expect(json.source.url).toBe(SOURCE.url);
    expect(Object.keys(json.source).sort()).toEqual(['byline', 'input', 'lang', 'publishedTime', 'siteName', 'title', 'url']);
  });
});
