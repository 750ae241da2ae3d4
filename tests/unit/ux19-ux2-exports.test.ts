/**
 * The exports say what the card says (session 12, reader review): identical artifacts
 * grouped with a count ("×3") as the card lists them; an empty fix is "delete it" in
 * every format; a figure keeps the writer's own qualifier ("almost ₹200 Cr", not "less
 * than ₹200 Cr"; the JSON qualifier stays the contract's category); an excerpt that is
 * only the site's name or a byline is null.
 */
import { describe, expect, it } from 'vitest';
import { toCsv, toHtml, toJson, toMarkdown, toPlainText } from '../../utils/export';
import { formatMoney, writerQualifierOf } from '../../utils/format';
import { articleOf } from '../../utils/article';
import { readArticleWithin } from '../../utils/summary';
import type { Artifact, Deal, Money, MoneyMention, Summary } from '../../utils/types';

const inr = (qualifier: Money['qualifier']): Money => ({ value: 2e9, currency: 'INR', text: '₹200 Cr', qualifier, equivalent: null });
const caption = (text: string): Artifact => ({ kind: 'duplicated-caption', text, message: 'This caption appears twice.', fix: '' });

function summary(overrides: Partial<Summary> = {}): Summary {
  return {
    schemaVersion: 1,
    source: { input: null, url: null, title: 'Roundup', byline: null, siteName: null, publishedTime: null, lang: 'en' },
    article: { isArticle: true, wordCount: 300, excerpt: null },
    deals: [], investors: [], money: [], artifacts: [], ...overrides,
  };
}

describe('identical artifacts grouped as the card groups them', () => {
  const artifacts = [caption('Photo: A'), caption('Photo: B'), caption('Photo: A'), caption('Photo: B'), caption('Photo: A')];
  it.each([
    ['Markdown', toMarkdown, '“Photo: A” → *delete it* ×3', '“Photo: B” → *delete it* ×2'],
    ['text', toPlainText, '"Photo: A" -> (delete it) ×3', '"Photo: B" -> (delete it) ×2'],
    ['rich HTML', toHtml, '“Photo: A” → <em>delete it</em> ×3', '“Photo: B” → <em>delete it</em> ×2'],
  ])('%s: two lines with their counts, the kind still counts five mentions', (_n, fn, a, b) => {
    const out = fn(summary({ artifacts }));
    expect(out.split(a)).toHaveLength(2);
    expect(out.split(b)).toHaveLength(2);
    expect(out).toContain('(5)');
    expect(out).not.toContain('remove');
  });
  it('negative: a single mention has no count', () => {
    expect(toMarkdown(summary({ artifacts: [caption('Photo: C')] }))).not.toContain('×');
  });
});

describe('the writer’s qualifier', () => {
  const mention = (qualifier: Money['qualifier'], sentence: string): MoneyMention => ({ ...inr(qualifier), kind: 'other', sentence });
  it.each<[string, Money['qualifier'], string, string]>([
    ['almost', 'less-than', 'Snapdeal has invested almost ₹200 Cr for the campaign.', 'almost ₹200 Cr'],
    ['nearly', 'less-than', 'It spent nearly ₹200 Cr.', 'nearly ₹200 Cr'],
    ['French', 'more-than', 'La société a levé plus de ₹200 Cr.', 'plus de ₹200 Cr'],
    ['sentence start', 'about', 'Around ₹200 Cr went to ads.', 'around ₹200 Cr'],
    // Negative rows: no qualifier word before the figure, or no qualifier at all.
    ['no word: the category', 'less-than', 'It spent ₹200 Cr.', 'less than ₹200 Cr'],
    ['word elsewhere', 'less-than', 'Almost all of it, ₹200 Cr, went to ads.', 'less than ₹200 Cr'],
    ['no qualifier', null, 'It spent almost ₹200 Cr.', '₹200 Cr'],
  ])('%s', (_n, q, sentence, expected) => {
    expect(formatMoney(mention(q, sentence))).toBe(expected);
  });

  it('Markdown, text and rich say "almost"; JSON keeps the contract’s qualifier', () => {
    const s = summary({ money: [mention('less-than', 'Snapdeal has invested almost ₹200 Cr for the campaign.')] });
    for (const out of [toMarkdown(s), toPlainText(s), toHtml(s)]) {
      expect(out).toContain('almost ₹200 Cr (2 000 000 000 INR)');
      expect(out).not.toContain('less than');
    }
    expect(JSON.parse(toJson(s)).money[0].qualifier).toBe('less-than');
  });

  it('a deal’s amount reads the qualifier from its evidence (Markdown and CSV)', () => {
    const deal: Deal = {
      company: 'Acme', round: 'Seed', status: 'announced', amount: inr('less-than'), valuation: null, leadInvestors: [], investors: [],
      date: null, evidence: ['Acme raised almost ₹200 Cr in a seed round.'],
    };
    const s = summary({ deals: [deal] });
    expect(toMarkdown(s)).toContain('Amount: almost ₹200 Cr');
    expect(toCsv(s)).toContain(',almost ₹200 Cr,');
    expect(writerQualifierOf(inr('less-than'), deal.evidence)).toBe('almost');
  });
});

describe('excerpt: a site name or a byline is none', () => {
  const paragraphs = ['Acme, a Paris-based logistics startup, has raised $30 million in a Series B round led by Kestrel Partners.'];
  const source = { siteName: 'China Daily (Hong Kong)', byline: 'By Zoë Ölander', lang: 'en' };
  it.each([
    ['the site name', 'China Daily (Hong Kong)', null],
    ['the byline', 'By Zoë Ölander', null],
    ['the byline without "By"', 'Zoë Ölander', null],
    ['byline and site', 'Zoë Ölander, China Daily (Hong Kong)', null],
    ['a page control', 'Print', null],
    // Negative rows: a real description stays, even one naming the site.
    ['a summary sentence', 'Acme raised $30 million to expand in Europe.', 'Acme raised $30 million to expand in Europe.'],
    ['a sentence naming the site', 'China Daily (Hong Kong) reports that Acme raised $30 million in a Series B round.', 'China Daily (Hong Kong) reports that Acme raised $30 million in a Series B round.'],
  ])('%s', (_n, excerpt, expected) => {
    // The page's path: Readability's excerpt handed to the readers with the paragraphs.
    const reading = readArticleWithin(articleOf(paragraphs, source, excerpt), 1e9, () => 0);
    expect(reading.analysis?.summary.article.excerpt).toBe(expected);
  });
});
