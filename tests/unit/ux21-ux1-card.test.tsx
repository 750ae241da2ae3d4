// @vitest-environment happy-dom
// Reader review, session 13 (ux1): another company's round, focus after Retry / Read again / Save,
// several rounds on one page, a page with no round, commas in investor lists, non-English pages.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoadResult, PageClient } from '../../components/client';
import { PopupApp } from '../../components/PopupApp';
import { languageNote } from '../../components/SummaryCard';
import { ALL_VISIBLE } from '../../utils/categories';
import type { GetSummaryResponse } from '../../utils/messages';
import type { Deal, Money, Summary } from '../../utils/types';

afterEach(cleanup);

const usd = (value: number, text: string): Money => ({ value, currency: 'USD', text, qualifier: null, equivalent: null });

function deal(over: Partial<Deal>): Deal {
  return { company: 'Acme', round: 'Series A', status: 'announced', amount: null, valuation: null, leadInvestors: [], investors: [], date: null, evidence: [], ...over };
}

function summary(overrides: Partial<Summary> = {}): Summary {
  return {
    schemaVersion: 1,
    source: { input: null, url: 'https://example.com/a', title: 'Acme raises $5 million', byline: 'Jo Writer', siteName: 'Example News', publishedTime: null, lang: 'en' },
    article: { isArticle: true, wordCount: 420, excerpt: null },
    deals: [
      deal({ amount: usd(5e6, '$5 million'), leadInvestors: ['Big Fund'], investors: ['Small Angel'], date: 'on Monday', evidence: ['Acme raised $5 million.'] }),
      deal({ round: 'Seed', status: 'past', amount: usd(1e6, '$1 million'), evidence: ['It raised $1 million before.'] }),
    ],
    investors: [
      { name: 'Big Fund', role: 'lead', deals: [0] },
      { name: 'Small Angel', role: 'participant', deals: [0] },
    ],
    money: [],
    artifacts: [],
    ...overrides,
  };
}

function ready(s: Summary, extra: Partial<GetSummaryResponse> = {}): LoadResult {
  return {
    kind: 'ready',
    data: { summary: s, status: 'ok', message: null, anchored: 2, unanchored: 0, anchoredIds: ['deal-0-amount', 'investor-0', 'investor-1'], highlightsOn: true, paragraphCount: 1, analysisId: 1, timings: { analysisMs: 1, anchorMs: 1 }, ...extra },
  };
}

function fakeClient(load: () => Promise<LoadResult>, overrides: Partial<PageClient> = {}): PageClient {
  return {
    load: vi.fn(load),
    loadPreferences: vi.fn(async () => ({ highlightsOn: true, visible: { ...ALL_VISIBLE } })),
    savePreferences: vi.fn(async () => undefined),
    setHighlights: vi.fn(async (enabled: boolean) => ({ enabled, ranges: 0, registered: 0 })),
    loadParagraphs: vi.fn(async () => ({ paragraphs: [], analysisId: 1 })),
    scrollTo: vi.fn(async () => ({ found: true })),
    copy: vi.fn(async () => undefined),
    copyRich: vi.fn(async () => undefined),
    loadExportFormat: vi.fn(async () => 'markdown' as const),
    saveToLog: vi.fn(async () => undefined),
    openLog: vi.fn(),
    ...overrides,
  };
}

const once = (result: LoadResult) => fakeClient(async () => result);

describe('another company’s past round', () => {
  const withRival = () =>
    summary({
      deals: [
        deal({ company: 'SenseTime Group Ltd', round: 'Series C', amount: usd(6e8, '$600 million') }),
        deal({ company: 'SenseTime', round: null, status: 'past', amount: usd(4.1e8, '$410 million') }),
        deal({ company: 'Megvii Technology Inc', round: 'Series C', status: 'past', amount: usd(4.6e8, '$460 million') }),
      ],
      investors: [],
    });

  it('is shown under its own company name, not as the main company’s earlier round', async () => {
    render(<PopupApp client={once(ready(withRival()))} />);
    const other = await screen.findByRole('article', { name: 'Other round mentioned: Megvii Technology Inc — Series C' });
    expect(other.textContent).toContain('$460 million');
    const section = other.closest('section') as HTMLElement;
    expect(section.querySelector('h2')?.textContent).toMatch(/^Other rounds mentioned/);
    // The main company's own earlier round stays under "Earlier rounds", and only it.
    const earlier = screen.getByRole('heading', { name: /Earlier rounds/ }).closest('section') as HTMLElement;
    expect(earlier.textContent).toContain('$410 million');
    expect(earlier.textContent).not.toContain('Megvii');
    expect(screen.queryByRole('article', { name: /Earlier round: Megvii/ })).toBeNull();
  });

  it('a past round of the main company (or of an unnamed one) is still an earlier round', async () => {
    const s = summary();
    s.deals.push(deal({ company: null, round: 'Pre-seed', status: 'past' }));
    render(<PopupApp client={once(ready(s))} />);
    expect(await screen.findByRole('article', { name: 'Earlier round: Acme — Seed' })).toBeTruthy();
    expect(screen.getByRole('article', { name: 'Earlier round: Unnamed company — Pre-seed' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /Other rounds mentioned/ })).toBeNull();
  });
});

describe('keyboard focus after a button that replaces the card', () => {
  it('Retry: focus goes to the spinner, then to the new card’s title, and the new card is announced', async () => {
    let n = 0;
    const client = fakeClient(async () => (n++ === 0 ? ready(summary(), { status: 'error', message: 'Roundup stopped reading after 35 s.', retryable: true }) : ready(summary(), { analysisId: 2 })));
    render(<PopupApp client={client} />);
    const retry = await screen.findByRole('button', { name: 'Retry' });
    retry.focus();
    fireEvent.click(retry);
    await screen.findByRole('article', { name: /Main deal/ });
    await waitFor(() => expect(document.activeElement?.classList.contains('article-title')).toBe(true));
    expect(document.activeElement?.textContent).toBe('Acme raises $5 million');
    expect(screen.getByTestId('card-announcement').textContent).toBe('New card: Acme raises $5 million. Acme — Series A, $5 million');
  });

  it('Read again on a changed page: focus on the new card’s title', async () => {
    let n = 0;
    const client = fakeClient(async () => ready(summary(), n++ === 0 ? { pageChanged: true } : { analysisId: 2 }));
    render(<PopupApp client={client} />);
    const again = await screen.findByRole('button', { name: 'Read again' });
    again.focus();
    fireEvent.click(again);
    await waitFor(() => expect(client.load).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(document.activeElement?.classList.contains('article-title')).toBe(true));
    expect(screen.queryByRole('button', { name: 'Read again' })).toBeNull();
  });

  it('the first reading takes no focus and announces nothing (the popup just opened)', async () => {
    render(<PopupApp client={once(ready(summary()))} />);
    await screen.findByRole('article', { name: /Main deal/ });
    expect(document.activeElement === document.body || document.activeElement === null).toBe(true);
    expect(screen.getByTestId('card-announcement').textContent).toBe('');
  });

  it('Save to log keeps focus on its button while saving and after', async () => {
    let finish: (v: unknown) => void = () => undefined;
    const client = fakeClient(async () => ready(summary()), { saveToLog: vi.fn(() => new Promise((r) => (finish = r))) });
    render(<PopupApp client={client} />);
    const save = await screen.findByRole('button', { name: 'Save to log' });
    save.focus();
    fireEvent.click(save);
    // Saving: looks disabled to assistive technology, but a real disabled button would drop focus.
    expect(save.hasAttribute('disabled')).toBe(false);
    expect(save.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(save);
    expect(client.saveToLog).toHaveBeenCalledTimes(1);
    finish({ updated: false, dropped: [] });
    await screen.findByText('Saved to the deal log.');
    expect(document.activeElement).toBe(save);
    expect(save.getAttribute('aria-disabled')).toBeNull();
  });
});

describe('a page with several announced rounds', () => {
  const roundup = () =>
    summary({
      deals: [
        deal({ company: 'Databricks', round: 'Series J', amount: usd(1e10, '$10-billion') }),
        deal({ company: 'Veeam', round: null, amount: usd(2e9, '$2 billion') }),
        deal({ company: 'Tenstorrent', round: 'Series D', amount: null }),
        deal({ company: 'Databricks', round: 'Series I', status: 'past' }),
      ],
      investors: [],
    });

  it('says how many at the top and lists them, each a button to its card', async () => {
    render(<PopupApp client={once(ready(roundup()))} />);
    const heading = await screen.findByRole('heading', { name: '3 rounds in this article' });
    const list = within(heading.closest('section') as HTMLElement).getAllByRole('button');
    expect(list.map((b) => b.textContent)).toEqual(['Databricks · $10-billion · Series J', 'Veeam · $2 billion', 'Tenstorrent · Series D']);
    // Before the main deal's card: the first screen shows there are more.
    const main = screen.getByRole('article', { name: /Main deal: Databricks/ });
    expect(heading.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.click(list[2]!);
    expect(document.activeElement).toBe(screen.getByRole('article', { name: 'Other deal: Tenstorrent — Series D' }));
    fireEvent.click(list[0]!);
    expect(document.activeElement).toBe(main);
  });

  it('a page with one announced round (and earlier ones) has no such list', async () => {
    render(<PopupApp client={once(ready(summary()))} />);
    await screen.findByRole('article', { name: /Main deal/ });
    expect(screen.queryByRole('heading', { name: /rounds in this article/ })).toBeNull();
    expect(screen.getByRole('article', { name: /Main deal/ }).hasAttribute('tabindex')).toBe(false);
  });
});

describe('a page with no round', () => {
  const money = [
    { ...usd(3.4e10, '$34 billion'), kind: 'other' as const, sentence: 'Home Depot reported revenue of $34 billion for the quarter.' },
    { ...usd(1e9, '$1 billion'), kind: 'other' as const, sentence: 'It bought back $1 billion of stock.' },
  ];

  it('says so plainly and shows the other money figures expanded, each with its sentence', async () => {
    const s = summary({ deals: [], investors: [], money, artifacts: [{ kind: 'boilerplate', text: 'Order Reprints', message: 'Site furniture.', fix: '' }] });
    render(<PopupApp client={once(ready(s, { anchoredIds: ['money-0'] }))} />);
    expect(await screen.findByText('No funding round found in this article.')).toBeTruthy();
    expect(screen.getByText('Below: 2 other money figures and 1 scraping artifact.')).toBeTruthy();
    expect(screen.queryByText('Scraping artifacts are listed below.')).toBeNull();
    const details = screen.getByText('Other money figures').closest('details') as HTMLElement;
    expect(details.hasAttribute('open')).toBe(true);
    const context = screen.getByText(money[0]!.sentence);
    expect(context.getAttribute('title')).toBe(money[0]!.sentence);
  });

  it('with a round, the other money figures stay collapsed', async () => {
    render(<PopupApp client={once(ready(summary({ money })))} />);
    const details = (await screen.findByText('Other money figures')).closest('details') as HTMLElement;
    expect(details.hasAttribute('open')).toBe(false);
  });
});

describe('investor names in a deal', () => {
  it('each comma stays with the name before it (no line can start with one)', async () => {
    const s = summary();
    s.deals[0]!.investors = ['Supercalifragilisticexpialidocious Ventures', 'Société Générale Ventures', 'Kima'];
    render(<PopupApp client={once(ready(s, { anchoredIds: ['deal-0-amount', 'investor-0'] }))} />);
    const main = await screen.findByRole('article', { name: /Main deal/ });
    const withRow = [...main.querySelectorAll('dd')].find((dd) => dd.textContent?.includes('Kima')) as HTMLElement;
    expect(withRow.textContent).toBe('Supercalifragilisticexpialidocious Ventures, Société Générale Ventures, Kima');
    // Every separator sits inside the same element as the name before it; no text starts with a comma.
    const names = [...withRow.children].map((c) => c.firstElementChild as HTMLElement);
    expect(names.map((n) => n.textContent)).toEqual(['Supercalifragilisticexpialidocious Ventures,', 'Société Générale Ventures,', 'Kima']);
    // Between the names only spaces: a comma there could open a line (a button is an atomic inline).
    for (const item of withRow.children) for (const n of item.childNodes) if (n.nodeType === Node.TEXT_NODE) expect(n.nodeValue).not.toContain(',');
  });

  it('a clickable name keeps its own accessible name, without the comma', async () => {
    const s = summary();
    s.deals[0]!.leadInvestors = ['Big Fund', 'Other Fund'];
    render(<PopupApp client={once(ready(s))} />);
    expect((await screen.findAllByRole('button', { name: 'Show on page: Big Fund' })).length).toBeGreaterThan(0);
  });
});

describe('a page in a language Roundup does not read', () => {
  it('says Roundup reads English and French articles', async () => {
    const s = summary({ deals: [], investors: [] });
    s.source.lang = 'cs';
    render(<PopupApp client={once(ready(s))} />);
    expect(await screen.findByText('Roundup reads English and French articles: this page is in Czech, so its figures may be missed.')).toBeTruthy();
  });

  it.each([['en'], ['en-US'], ['fr'], ['fr-CA'], [null], [''], ['x-default-nonsense']])('says nothing for %s', (lang) => {
    expect(languageNote(lang)).toBeNull();
  });

  it.each([['de-DE', 'in German'], ['cs', 'in Czech'], ['zh_CN', 'in Chinese']])('names %s', (lang, words) => {
    expect(languageNote(lang)).toContain(words);
  });
});

describe('a reading of only the first part of a very long page', () => {
  const PART = 'Read the first 100,000 characters of a very long page.';

  it('says so on the card, above the deal', async () => {
    render(<PopupApp client={once(ready(summary(), { message: PART }))} />);
    expect(await screen.findByText(PART)).toBeTruthy();
    expect(screen.getByText('$5 million')).toBeTruthy();
  });

  it('a whole reading carries no such line', async () => {
    render(<PopupApp client={once(ready(summary()))} />);
    await screen.findByText('$5 million');
    expect(screen.queryByText(/Read the first/)).toBeNull();
  });
});
