/**
 * Text exports tell each investor's role per deal, in the card's words (session 12).
 * Before, they printed the summary-wide role: a firm that led only an earlier round
 * was pasted as "(lead)" of the round the article reports.
 */
import { describe, expect, it } from 'vitest';
import { toHtml, toMarkdown, toPlainText } from '../../utils/export';
import { investorRoleWords, orderedInvestorRows } from '../../utils/investor-roles';
import { parseSettings } from '../../utils/settings';
import type { Deal, Investor, Summary } from '../../utils/types';

const usd = (value: number, text: string) => ({ value, currency: 'USD', text, qualifier: null, equivalent: null });
function deal(overrides: Partial<Deal>): Deal {
  return {
    company: 'Acme', round: 'Series B', status: 'announced', amount: usd(3e7, '$30m'), valuation: null,
    leadInvestors: [], investors: [], date: null, evidence: [], ...overrides,
  };
}

// Northwind led the earlier seed and only takes part in the Series B; Kestrel leads the B;
// Brightline backs a rival's round told for context.
const DEALS: Deal[] = [
  deal({ leadInvestors: ['Kestrel Partners'], investors: ['Northwind Capital'] }),
  deal({ round: 'seed', status: 'past', amount: usd(4e6, '$4m'), leadInvestors: ['Northwind Capital'] }),
  deal({ company: 'Rivalco', round: 'Series A', status: 'past', amount: usd(1e7, '$10m'), investors: ['Brightline Ventures'] }),
];
const INVESTORS: Investor[] = [
  { name: 'Northwind Capital', role: 'lead', deals: [0, 1] },
  { name: 'Brightline Ventures', role: 'participant', deals: [2] },
  { name: 'Kestrel Partners', role: 'lead', deals: [0] },
];

function summary(): Summary {
  return {
    schemaVersion: 1,
    source: { input: null, url: null, title: 'Acme raises $30m', byline: null, siteName: null, publishedTime: null, lang: 'en' },
    article: { isArticle: true, wordCount: 300, excerpt: null },
    deals: DEALS,
    investors: INVESTORS,
    money: [],
    artifacts: [],
  };
}

describe('investorRoleWords', () => {
  const words = (name: string, deals: readonly Deal[] | undefined) => {
    const row = orderedInvestorRows(INVESTORS, deals).find((r) => r.investor.name === name);
    if (!row) throw new Error(name);
    return investorRoleWords(row, deals);
  };
  it.each([
    ['Kestrel Partners', 'lead'],
    ['Northwind Capital', 'participant; lead, earlier round'],
    ['Brightline Ventures', 'Rivalco — Series A'],
  ])('%s: %s', (name, expected) => {
    expect(words(name, DEALS)).toBe(expected);
  });
  it('without deals, falls back to the summary-wide role', () => {
    expect(words('Northwind Capital', undefined)).toBe('lead');
    expect(words('Brightline Ventures', undefined)).toBe('participant');
  });
});

describe('text exports list investors as the card does', () => {
  it.each([
    ['Markdown', toMarkdown, '- Northwind Capital (participant; lead, earlier round)'],
    ['plain text', toPlainText, '* Northwind Capital (participant; lead, earlier round)'],
    ['rich HTML', toHtml, '<li>Northwind Capital (participant; lead, earlier round)</li>'],
  ] as const)('%s: a lead of the earlier round only is not pasted as a lead of this one', (_name, format, line) => {
    const out = format(summary());
    expect(out).toContain(line);
    expect(out).not.toContain('Northwind Capital (lead)');
  });
  it.each([
    ['Markdown', toMarkdown],
    ['plain text', toPlainText],
    ['rich HTML', toHtml],
  ] as const)('%s: the main deal’s lead first, then its participants, then the rest', (_name, format) => {
    const out = format(summary());
    const at = (n: string) => out.indexOf(n, out.search(/Investors|INVESTORS/));
    expect(at('Kestrel Partners')).toBeLessThan(at('Northwind Capital'));
    expect(at('Northwind Capital')).toBeLessThan(at('Brightline Ventures'));
  });
  it('a rival’s investor is named with the rival’s deal, never as a participant of this round', () => {
    expect(toPlainText(summary())).toContain('* Brightline Ventures (Rivalco — Series A)');
  });
});

describe('clean text as the default copy', () => {
  it('is kept when stored', () => {
    expect(parseSettings({ exportFormat: 'clean' }).exportFormat).toBe('clean');
  });
  it('an unknown format still falls back to Markdown', () => {
    expect(parseSettings({ exportFormat: 'docx' }).exportFormat).toBe('markdown');
  });
});
