// @vitest-environment happy-dom
/**
 * The popup on a page that changes or is refused: Retry on a refusal that may
 * succeed later (not on one that never will), a reader's sentence for a page
 * without article text, "Read again" on a card whose page changed, the clean
 * copy asking for the card's own reading, and a save of the card's reading after
 * a new one.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoadResult } from '../../components/client';
import { PopupApp } from '../../components/PopupApp';
import type { GetSummaryResponse } from '../../utils/messages';
import type { Summary } from '../../utils/types';
import { fakePageClient } from '../helpers/fake-page-client';

afterEach(cleanup);

const PARAGRAPHS = ['Acme raised $5 million in a Series A round led by Big Fund.', 'Sign up for our newsletter'];

function summary(words = 40, title = 'Acme raises $5 million'): Summary {
  const round = { value: 5e6, currency: 'USD', text: '$5 million', qualifier: null, equivalent: null };
  return {
    schemaVersion: 1,
    source: { input: null, url: 'https://example.com/a', title, byline: null, siteName: 'Example News', publishedTime: null, lang: 'en' },
    article: { isArticle: true, wordCount: words, excerpt: null },
    deals: [{ company: 'Acme', round: 'Series A', status: 'announced', amount: round, valuation: null, leadInvestors: ['Big Fund'], investors: [], date: null, evidence: [PARAGRAPHS[0]!] }],
    investors: [{ name: 'Big Fund', role: 'lead', deals: [0] }],
    money: [{ ...round, kind: 'round', sentence: PARAGRAPHS[0]! }],
    artifacts: [{ kind: 'boilerplate', text: 'Sign up for our newsletter', message: 'Newsletter boilerplate inside the article.', fix: '' }],
  };
}

function ready(s: Summary, extra: Partial<GetSummaryResponse> = {}): LoadResult {
  return {
    kind: 'ready',
    data: {
      summary: s, status: 'ok', message: null, anchored: 1, unanchored: 0, anchoredIds: ['deal-0-amount'],
      highlightsOn: true, paragraphCount: PARAGRAPHS.length, analysisId: 7, timings: { analysisMs: 1, anchorMs: 1 }, ...extra,
    },
  };
}

function refused(message: string, status: GetSummaryResponse['status'], retryable: boolean): LoadResult {
  const s = summary(0);
  s.deals = [];
  s.investors = [];
  s.money = [];
  s.artifacts = [];
  return ready(s, { status, message, retryable, paragraphCount: 0 });
}

/** A client whose load() answers each result in turn (the last one again after that). */
function sequence(...results: LoadResult[]) {
  let i = 0;
  const client = fakePageClient(results[0]!, PARAGRAPHS);
  client.load = vi.fn(async () => results[Math.min(i++, results.length - 1)]!);
  return client;
}

const BUDGET = 'Roundup stopped reading after 33.3 s: the article is very long, or the computer is busy. Open Roundup again to retry.';

describe('refusals', () => {
  it('a reading that ran out of time offers Retry, which reads again and shows the card', async () => {
    const client = sequence(refused(BUDGET, 'too-large', true), ready(summary()));
    render(<PopupApp client={client} />);
    expect(await screen.findByText('Roundup stopped reading after 33.3 s: the article is very long, or the computer is busy.')).toBeTruthy();
    expect(screen.queryByText(/Open Roundup again/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Acme — Series A')).toBeTruthy();
    expect(client.load).toHaveBeenCalledTimes(2);
    cleanup();
    // A page too large to read has no Retry: asking again cannot help.
    render(<PopupApp client={sequence(refused('This article is 2,000,000 characters long, more than Roundup reads (1,000,000).', 'too-large', false))} />);
    expect(await screen.findByText(/more than Roundup reads/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('an error (the page did not answer, kept changing) offers Retry', async () => {
    const client = sequence({ kind: 'error', message: 'The page kept changing while Roundup read it.' }, ready(summary()));
    render(<PopupApp client={client} />);
    expect(await screen.findByText('Roundup could not analyse this page.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Acme — Series A')).toBeTruthy();
    cleanup();
    // A restricted page (chrome://, the Web Store) never will be readable: no Retry.
    render(<PopupApp client={sequence({ kind: 'restricted', message: 'Chrome does not let extensions read this page.' })} />);
    expect(await screen.findByText(/does not let extensions/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('a page without article text is said for a reader, not in Readability’s terms, and has no Retry', async () => {
    render(<PopupApp client={sequence(refused('This page does not look like an article: Readability found no article text on it.', 'not-article', false))} />);
    expect(await screen.findByText('No article text found on this page.')).toBeTruthy();
    expect(screen.queryByText(/Readability/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('a not-article reason that says more than "none found" stays as the detail', async () => {
    render(<PopupApp client={sequence(refused('This page is not an HTML document, so there is no article to read.', 'not-article', false))} />);
    expect(await screen.findByText('No article text found on this page.')).toBeTruthy();
    expect(screen.getByText(/not an HTML document/)).toBeTruthy();
  });
});

describe('a page that changed under the card', () => {
  it('says so and offers "Read again", which replaces the card with the new reading', async () => {
    const client = sequence(ready(summary(40), { pageChanged: true }), ready(summary(55), { analysisId: 9 }));
    render(<PopupApp client={client} />);
    expect(await screen.findByText(/This page changed after Roundup read it/)).toBeTruthy();
    expect(screen.getByText('40 words')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Read again' }));
    expect(await screen.findByText('55 words')).toBeTruthy();
    expect(screen.queryByText(/This page changed after Roundup read it/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Read again' })).toBeNull();
  });

  it('says it under the main deal and its Save button, so the deal’s essentials stay in the first screen', async () => {
    render(<PopupApp client={sequence(ready(summary(), { pageChanged: true }))} />);
    const notice = await screen.findByText(/This page changed after Roundup read it/);
    const save = screen.getByRole('button', { name: 'Save to log' });
    const deal = screen.getByText('Acme — Series A');
    expect(deal.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(save.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('the clean copy asks for the card’s own reading and copies it', async () => {
    const client = sequence(ready(summary(), { analysisId: 12 }));
    client.loadParagraphs = vi.fn(async (id?: number) => ({ paragraphs: PARAGRAPHS, analysisId: id ?? 13 }));
    render(<PopupApp client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy clean text' }));
    await screen.findByText(/^Copied \(clean/);
    expect(client.loadParagraphs).toHaveBeenCalledWith(12);
    expect(client.copy).toHaveBeenCalledWith(PARAGRAPHS[0]);
  });

  it('after "Read again", Save stores the new reading, and "Saved ✓" of the old card is gone', async () => {
    const client = sequence(ready(summary(40), { pageChanged: true }), ready(summary(55), { analysisId: 9 }));
    render(<PopupApp client={client} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Save to log' }));
    expect(await screen.findByRole('button', { name: 'Saved ✓' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Read again' }));
    await screen.findByText('55 words');
    fireEvent.click(screen.getByRole('button', { name: 'Save to log' }));
    await waitFor(() => expect(client.saveToLog).toHaveBeenCalledTimes(2));
    expect((client.saveToLog as ReturnType<typeof vi.fn>).mock.calls[1]![0].article.wordCount).toBe(55);
  });
});
