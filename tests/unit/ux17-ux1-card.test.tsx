// @vitest-environment happy-dom
/**
 * The review's findings on the popup's export bar (session 11): a page Roundup did not read
 * offers no copy (its exports would look like results), and "Copy clean text" is the repaired
 * article alone, ready to paste into a CMS.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, type Mock } from 'vitest';
import type { LoadResult, PageClient } from '../../components/client';
import { PopupApp } from '../../components/PopupApp';
import { cleanCopy } from '../../utils/clean';
import type { GetSummaryResponse } from '../../utils/messages';
import type { Summary } from '../../utils/types';
import { fakePageClient } from '../helpers/fake-page-client';

afterEach(cleanup);

const PARAGRAPHS = [
  'Acme raised $5 million in a Series A round led by Big Fund.',
  'Sign up for our newsletter',
  'By JO DOE jo@example.com By AL ROE Contact the writers at al@example.com',
  'The market for widgets is worth $2 billion, the firm said.',
];

function summary(overrides: Partial<Summary> = {}): Summary {
  const round = { value: 5e6, currency: 'USD', text: '$5 million', qualifier: null, equivalent: null };
  return {
    schemaVersion: 1,
    source: { input: null, url: 'https://example.com/a', title: 'Acme raises $5 million', byline: null, siteName: 'Example News', publishedTime: null, lang: 'en' },
    article: { isArticle: true, wordCount: 40, excerpt: null },
    deals: [{ company: 'Acme', round: 'Series A', status: 'announced', amount: round, valuation: null, leadInvestors: ['Big Fund'], investors: [], date: null, evidence: [PARAGRAPHS[0]!] }],
    investors: [{ name: 'Big Fund', role: 'lead', deals: [0] }],
    money: [{ ...round, kind: 'round', sentence: PARAGRAPHS[0]! }],
    artifacts: [
      { kind: 'boilerplate', text: 'Sign up for our newsletter', message: 'Newsletter boilerplate inside the article.', fix: '' },
      { kind: 'byline-noise', text: PARAGRAPHS[2]!, message: 'Several bylines were merged into one line.', fix: null },
    ],
    ...overrides,
  };
}

const UNREAD: Summary = {
  ...summary(), deals: [], investors: [], money: [], artifacts: [], article: { isArticle: false, wordCount: 0, excerpt: null },
};

function ready(s: Summary, extra: Partial<GetSummaryResponse> = {}): LoadResult {
  return {
    kind: 'ready',
    data: {
      summary: s, status: 'ok', message: null, anchored: 1, unanchored: 0, anchoredIds: ['deal-0-amount'],
      highlightsOn: true, paragraphCount: PARAGRAPHS.length, analysisId: 7, timings: { analysisMs: 1, anchorMs: 1 }, ...extra,
    },
  };
}

function fakeClient(result: LoadResult): PageClient {
  return fakePageClient(result, PARAGRAPHS);
}

describe('a page Roundup did not read offers no copy', () => {
  it.each([
    ['not an article', 'not-article', 'This page does not look like an article.'],
    ['too large', 'too-large', 'This page is too large for Roundup to read.'],
    ['too deep', 'too-large', "This page's markup is nested more than 250 levels deep, more than Roundup reads."],
    ['timed out', 'error', 'Reading this page took too long.'],
  ] as const)('%s: the status sentence, and no export bar', async (_what, status, message) => {
    render(<PopupApp client={fakeClient(ready(UNREAD, { status, message, anchored: 0, anchoredIds: [] }))} />);
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Copy/ })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Export' })).toBeNull();
    expect(document.querySelector('.export')).toBeNull();
  });

  it('an article read in full keeps every copy button, the primary first', async () => {
    render(<PopupApp client={fakeClient(ready(summary()))} />);
    await screen.findByRole('button', { name: 'Copy as Markdown' });
    const formats = [...document.querySelectorAll('.export button')].map((b) => b.getAttribute('data-format'));
    expect(formats).toEqual(['markdown', 'text', 'json', 'csv', 'html', 'clean']);
    expect(document.querySelector('.export button')?.className).toBe('primary');
  });

  it('an article with no funding news keeps its copy buttons (its artifacts are results)', async () => {
    render(<PopupApp client={fakeClient(ready(summary({ deals: [], investors: [], money: [] })))} />);
    expect(await screen.findByRole('button', { name: 'Copy clean text' })).toBeTruthy();
  });
});

describe('"Copy clean text" is the repaired article alone', () => {
  it('copies the repaired paragraphs, with no Markdown, no list and no kind names after them', async () => {
    const client = fakeClient(ready(summary()));
    render(<PopupApp client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy clean text' }));
    expect(await screen.findByText('Copied (clean article text: 1 repair, 1 left as found)')).toBeTruthy();
    const text = (client.copy as Mock).mock.calls.at(-1)?.[0] as string;
    expect(text).toBe([PARAGRAPHS[0], PARAGRAPHS[2], PARAGRAPHS[3]].join('\n\n'));
    expect(text).not.toMatch(/---|\*\*|Not repaired|byline-noise/);
  });

  it('cleanCopy keeps the listed copy for the command line, and the article alone beside it', () => {
    const s = summary();
    const out = cleanCopy({ paragraphs: PARAGRAPHS }, s.artifacts, 'markdown');
    expect(out.article).toBe([PARAGRAPHS[0], PARAGRAPHS[2], PARAGRAPHS[3]].join('\n\n'));
    expect(out.text.startsWith(out.article)).toBe(true);
    expect(out.text).toContain('Not repaired (1)');
  });

  it('an article with nothing left as found is the same either way', () => {
    const out = cleanCopy({ paragraphs: PARAGRAPHS }, [summary().artifacts[0]!], 'text');
    expect(out.article).toBe(out.text);
  });
});

describe('the popup tells an investor’s role per deal (the card passes the deals to the investor list)', () => {
  it('a lead of an earlier round is not shown as a lead of the main deal', async () => {
    const round = (text: string, value: number) => ({ value, currency: 'USD', text, qualifier: null, equivalent: null });
    const s = summary({
      deals: [
        { company: 'Acme', round: 'Series B', status: 'announced', amount: round('$20 million', 2e7), valuation: null, leadInvestors: ['Big Fund'], investors: ['Early Partners'], date: null, evidence: [] },
        { company: 'Acme', round: 'Series A', status: 'past', amount: round('$5 million', 5e6), valuation: null, leadInvestors: ['Early Partners'], investors: [], date: null, evidence: [] },
      ],
      investors: [
        { name: 'Big Fund', role: 'lead', deals: [0] },
        { name: 'Early Partners', role: 'lead', deals: [0, 1] },
      ],
    });
    render(<PopupApp client={fakeClient(ready(s))} />);
    await screen.findByRole('button', { name: 'Copy as Markdown' });
    const list = document.querySelector('.investors');
    expect(list).not.toBeNull();
    const tagsOf = (name: string): string[] => {
      const li = [...list!.querySelectorAll('li')].find((row) => row.textContent?.includes(name));
      return [...(li?.querySelectorAll('.tag') ?? [])].map((t) => t.textContent ?? '');
    };
    expect(tagsOf('Big Fund')).toEqual(['lead']);
    // Early Partners took part in the main deal and led the earlier one: never a bare "lead", and
    // "participant" said beside it (session 16: the earlier round's tag alone read as "not in this round").
    expect(tagsOf('Early Partners')).toEqual(['participant', 'lead, earlier round']);
  });
});
