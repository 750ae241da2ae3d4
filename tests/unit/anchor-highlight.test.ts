// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { anchor, buildTextIndex } from '../../utils/anchor';
import { ALL_VISIBLE, findingIdForDeal, findingsOf, type Finding } from '../../utils/categories';
import { HighlightPainter, PLAIN_HIGHLIGHT_NAMES, type AnchoredFinding } from '../../utils/highlight';
import type { Summary } from '../../utils/types';

const PAGE = `<article><h1>Acme gets $5m</h1>
<p>Acme raised <a href="/x">$5&nbsp;<em>million</em></a> led by Big&nbsp;Fund on Monday.</p>
<p>Big Fund also backed Zed. Small Angel joined.<br>Sign up for our newsletter</p></article>`;

const SUMMARY: Summary = {
  schemaVersion: 1,
  source: { input: null, url: null, title: 'Acme gets $5m', byline: null, siteName: null, publishedTime: null, lang: 'en' },
  article: { isArticle: true, wordCount: 20, excerpt: null },
  deals: [{
    company: 'Acme', round: 'Series A', status: 'announced',
    amount: { value: 5e6, currency: 'USD', text: '$5 million', qualifier: null, equivalent: null },
    valuation: null, leadInvestors: ['Big Fund'], investors: ['Small Angel'], date: 'on Monday',
    evidence: ['Acme raised $5 million led by Big Fund on Monday.'],
  }],
  investors: [{ name: 'Big Fund', role: 'lead', deals: [0] }, { name: 'Small Angel', role: 'participant', deals: [0] }],
  money: [
    { value: 5e6, currency: 'USD', text: '$5 million', qualifier: null, equivalent: null, kind: 'round', sentence: 'Acme raised $5 million led by Big Fund on Monday.' },
    { value: 5e6, currency: 'USD', text: '$5m', qualifier: null, equivalent: null, kind: 'round', sentence: 'Acme gets $5m' },
  ],
  artifacts: [{ kind: 'boilerplate', text: 'Sign up for our newsletter', message: 'Newsletter boilerplate.', fix: '' }],
};

function anchoredFindings(findings: Finding[]): AnchoredFinding[] {
  const index = buildTextIndex(document.body);
  return findings.map((finding) => ({ finding, ranges: anchor(index, finding) }));
}

afterEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
  delete (document.defaultView as unknown as Record<string, unknown>).Highlight;
});

describe('findingsOf', () => {
  const findings = findingsOf(SUMMARY);
  it('lists the deal amount once (the matching money mention is not repeated), names, other money, artifacts', () => {
    expect(findings.map((f) => [f.id, f.category])).toEqual([
      ['deal-0-amount', 'round'],
      ['investor-0', 'lead'],
      ['investor-1', 'investor'],
      ['money-1', 'round'],
      ['artifact-0', 'artifact'],
    ]);
  });
  it('labels explain the finding', () => {
    expect(findings[0]?.label).toBe('Round amount — Acme, Series A');
    expect(findings[1]?.label).toBe('Lead investor — Acme, Series A');
    expect(findings[4]?.label).toBe('Boilerplate — Newsletter boilerplate.');
  });
  it('a deal figure told again in other words ("$5m" in the headline) names its deal; a round figure of no deal does not', () => {
    expect(findings[3]?.label).toBe('Round amount — Acme, Series A');
    const other = findingsOf({ ...SUMMARY, money: [{ ...SUMMARY.money[1]!, value: 7e6, text: '$7m' }] });
    expect(other.find((f) => f.id === 'money-0')?.label).toBe('Round amount');
    const otherCurrency = findingsOf({ ...SUMMARY, money: [{ ...SUMMARY.money[1]!, currency: 'EUR', text: '€5m' }] });
    expect(otherCurrency.find((f) => f.id === 'money-0')?.label).toBe('Round amount');
  });
  it('names are highlighted everywhere, figures only where read', () => {
    expect(findings.filter((f) => f.everywhere).map((f) => f.id)).toEqual(['investor-0', 'investor-1']);
  });
  it('a deal scrolls to its amount', () => {
    expect(findingIdForDeal(SUMMARY, 0)).toBe('deal-0-amount');
    expect(findingIdForDeal(SUMMARY, 5)).toBeNull();
  });
});

describe('anchoring the findings of a summary on a page', () => {
  it('finds each one, names everywhere, across split nodes, nbsp and soft hyphens', () => {
    document.body.innerHTML = PAGE;
    const anchored = anchoredFindings(findingsOf(SUMMARY));
    const counts = Object.fromEntries(anchored.map((a) => [a.finding.id, a.ranges.length]));
    expect(counts).toEqual({ 'deal-0-amount': 1, 'investor-0': 2, 'investor-1': 1, 'money-1': 1, 'artifact-0': 1 });
  });
});

describe('HighlightPainter with <mark> fallback (no Highlight API)', () => {
  it('paints marks and removes them without a trace', () => {
    document.body.innerHTML = PAGE;
    const before = document.body.innerHTML;
    const painter = new HighlightPainter(document, { useHighlightApi: false, names: PLAIN_HIGHLIGHT_NAMES });
    painter.paint(anchoredFindings(findingsOf(SUMMARY)), ALL_VISIBLE);
    expect(document.querySelectorAll('mark[data-roundup-mark]').length).toBeGreaterThanOrEqual(6);
    expect(document.getElementById('roundup-highlight-style')).not.toBeNull();
    painter.clear();
    expect(document.body.innerHTML).toBe(before);
    expect(document.getElementById('roundup-highlight-style')).toBeNull();
  });

  it('hidden categories are not painted', () => {
    document.body.innerHTML = PAGE;
    const painter = new HighlightPainter(document, { useHighlightApi: false, names: PLAIN_HIGHLIGHT_NAMES });
    painter.paint(anchoredFindings(findingsOf(SUMMARY)), { ...ALL_VISIBLE, lead: false, investor: false });
    expect(document.querySelectorAll('mark[data-roundup-mark="lead"], mark[data-roundup-mark="investor"]').length).toBe(0);
    expect(document.querySelectorAll('mark[data-roundup-mark="round"]').length).toBeGreaterThan(0);
    painter.clear();
  });
});

describe('HighlightPainter with the Highlight API', () => {
  it('registers one highlight per category and never touches <body>', () => {
    const registry = new Map<string, { ranges: Range[] }>();
    // happy-dom has no Highlight API: stand one in on the document's window.
    const view = document.defaultView as unknown as object;
    Object.defineProperty(view, 'Highlight', {
      configurable: true,
      value: class {
        ranges: Range[];
        priority = 0;
        constructor(...ranges: Range[]) {
          this.ranges = ranges;
        }
      },
    });
    Object.defineProperty(view, 'CSS', { configurable: true, value: { highlights: registry } });
    document.body.innerHTML = PAGE;
    const before = document.body.innerHTML;
    const painter = new HighlightPainter(document, { names: PLAIN_HIGHLIGHT_NAMES });
    expect(painter.usesHighlightApi).toBe(true);
    painter.paint(anchoredFindings(findingsOf(SUMMARY)), ALL_VISIBLE);
    expect([...registry.keys()].sort()).toEqual(['roundup-artifact', 'roundup-investor', 'roundup-lead', 'roundup-round']);
    expect(registry.get('roundup-lead')?.ranges.length).toBe(2);
    expect(document.body.innerHTML).toBe(before);
    painter.clear();
    expect(registry.size).toBe(0);
    expect(document.getElementById('roundup-highlight-style')).toBeNull();
    delete (view as Record<string, unknown>).CSS;
  });
});
