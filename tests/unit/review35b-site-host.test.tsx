// @vitest-environment happy-dom
/**
 * Review of session 22, R4: a page that names no site (Business Insider's
 * story in fixture 17: no og:site_name, no byline) showed only "207 words"
 * under its title. The card and the readable exports now name the address's
 * host when the page gives no site name; the JSON export keeps siteName as the
 * page said it (null): the contract's url already carries the address, and no
 * field is added.
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleHeader } from '../../components/ArticleHeader';
import { emptySummary } from '../../utils/article';
import { exportSummary, toHtml, toMarkdown, toPlainText } from '../../utils/export';
import { siteLabel } from '../../utils/format';
import type { SourceInfo, Summary } from '../../utils/types';

afterEach(cleanup);

const SOURCE: SourceInfo = { input: null, url: 'https://www.businessinsider.com/acme-raises-2024-5', title: 'Acme raises $5 million', byline: null, siteName: null, publishedTime: null, lang: 'en' };

function summaryOf(source: Partial<SourceInfo>): Summary {
  return { ...emptySummary({ url: null, title: null, lang: null }, true), source: { ...SOURCE, ...source } };
}

describe('siteLabel: the site, else the address’s host', () => {
  const rows: Array<[string, Partial<SourceInfo>, string | null]> = [
    ['no site name: the host, "www." dropped', {}, 'businessinsider.com'],
    ['a host with no "www."', { url: 'http://techcrunch.com/2024/05/01/acme/' }, 'techcrunch.com'],
    ['a subdomain other than www is kept', { url: 'https://fr.news.example.org/a?b=1#c' }, 'fr.news.example.org'],
    ['a site name made only of bidi controls: the host', { siteName: '\u2067 \u2069' }, 'businessinsider.com'],
    ['an international host, in its Unicode form (robust36-unicode-host)', { url: 'https://www.bücher.de/a' }, 'bücher.de'],
  ];
  it.each(rows)('%s', (_, source, label) => {
    expect(siteLabel({ ...SOURCE, ...source })).toBe(label);
  });

  const negatives: Array<[string, Partial<SourceInfo>, string | null]> = [
    ['negative: the page’s site name wins over the host', { siteName: 'Business Insider' }, 'Business Insider'],
    ['negative: its bidi controls dropped', { siteName: '\u2067News\u2069' }, 'News'],
    ['negative: no address', { url: null }, null],
    ['negative: a local file (the command line)', { url: 'file:///home/me/story.html' }, null],
    ['negative: not an address', { url: 'story.html' }, null],
    ['negative: a script address', { url: 'javascript:alert(1)' }, null],
  ];
  it.each(negatives)('%s', (_, source, label) => {
    expect(siteLabel({ ...SOURCE, ...source })).toBe(label);
  });
});

describe('the card and the exports name the host of a page with no site name', () => {
  it('card: the host on the meta line, before the byline, as text', () => {
    const { container } = render(<ArticleHeader source={{ ...SOURCE, byline: 'By Jane Doe' }} wordCount={207} />);
    const lines = [...container.querySelectorAll('.article-meta')].map((p) => p.textContent);
    expect(lines).toEqual(['businessinsider.com · By Jane Doe', '207 words']);
  });

  it('negative: a site name is shown as it is, not the host', () => {
    const { container } = render(<ArticleHeader source={{ ...SOURCE, siteName: 'Business Insider' }} wordCount={207} />);
    expect(container.querySelector('.article-meta')?.textContent).toBe('Business Insider');
  });

  it('negative: no address, no site: only the word count, as before', () => {
    const { container } = render(<ArticleHeader source={{ ...SOURCE, url: null }} wordCount={207} />);
    expect([...container.querySelectorAll('.article-meta')].map((p) => p.textContent)).toEqual(['207 words']);
  });

  it('Markdown, plain text and HTML say the same meta line as the card', () => {
    const s = summaryOf({ byline: 'By Jane Doe' });
    expect(toMarkdown(s).split('\n')[2]).toBe('businessinsider.com · By Jane Doe');
    expect(toPlainText(s).split('\n')[1]).toBe('businessinsider.com · By Jane Doe');
    expect(toHtml(s)).toContain('<p>businessinsider.com · By Jane Doe</p>');
  });

  it('negative: the JSON export keeps siteName null and gains no field (the contract’s source)', () => {
    const json = JSON.parse(exportSummary(summaryOf({}), 'json')) as Summary;
    expect(json.source.siteName).toBeNull();
    expect(Object.keys(json.source).sort()).toEqual(['byline', 'input', 'lang', 'publishedTime', 'siteName', 'title', 'url']);
    expect(JSON.stringify(json)).not.toContain('"businessinsider.com"');
  });
});
