// @vitest-environment happy-dom
/**
 * How the card states figures (reader review, session 15):
 * - the main deal's amount and valuation carry the writer's own qualifier, read in the deal's
 *   evidence, as every export does: the card said "less than 5 million euros" for "nearly 5
 *   million euros" while "Copy as Markdown" of the same card said "nearly" (also the rounds
 *   overview and the deal log);
 * - an other money figure's second line is the words around it: six figures of one long
 *   sentence all showed its first 110 characters, and none of them showed its figure;
 * - a figure under a cent was normalised to "0 USD" ("$0.00000386 (0 USD)" in every text export).
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DealCard } from '../../components/DealCard';
import { LogRow, otherRoundLine } from '../../components/LogRow';
import { MoneyList } from '../../components/MoneyList';
import { roundLine } from '../../components/RoundsOverview';
import type { LogEntry } from '../../utils/deal-log';
import { moneyWithNormalized, toMarkdown, toPlainText } from '../../utils/export';
import { formatNormalized } from '../../utils/format';
import type { Deal, Money, MoneyMention, Summary } from '../../utils/types';

afterEach(cleanup);

const eur = (value: number, text: string, qualifier: Money['qualifier']): Money => ({ value, currency: 'EUR', text, qualifier, equivalent: null });

function deal(amount: Money, evidence: string[], valuation: Money | null = null): Deal {
  return { company: 'Acme', round: 'Seed', status: 'announced', amount, valuation, leadInvestors: ['Foo Ventures'], investors: [], date: null, evidence };
}

function summaryOf(deals: Deal[], money: MoneyMention[] = []): Summary {
  return {
    schemaVersion: 1,
    source: { input: null, url: 'https://example.com/a', title: 'Acme raises', byline: null, siteName: null, publishedTime: null, lang: 'en' },
    article: { isArticle: true, wordCount: 300, excerpt: null },
    deals, investors: [], money, artifacts: [],
  };
}

const cardText = (d: Deal): string => {
  const { container } = render(<DealCard deal={d} headline findingId={null} investorFindings={new Map()} onShow={() => undefined} />);
  // The facts only (the evidence sentences below them hold the writer's words anyway).
  return container.querySelector('dl.facts')?.textContent ?? '';
};

describe('the main deal states its figures in the writer’s words, as the exports do', () => {
  it.each<[string, Money, string[], string, string]>([
    ['EN "nearly"', eur(5e6, '5 million euros', 'less-than'), ['Acme has raised nearly 5 million euros in a seed round led by Foo Ventures.'], 'nearly 5 million euros', 'less than 5 million euros'],
    ['FR "près de"', eur(5e6, '5 millions d’euros', 'less-than'), ['Acme a levé près de 5 millions d’euros auprès de Foo Ventures.'], 'près de 5 millions d’euros', 'less than 5 millions d’euros'],
    ['EN "over"', eur(2e7, '$20 million', 'more-than'), ['Acme raised over $20 million.'], 'over $20 million', 'more than $20 million'],
    // Negative rows: no writer's word in the evidence keeps the category's words; no qualifier, the figure alone.
    ['no word in the evidence', eur(5e6, '5 million euros', 'less-than'), ['Acme raised 5 million euros, below its target.'], 'less than 5 million euros', 'nearly'],
    ['no qualifier', eur(5e6, '5 million euros', null), ['Acme raised nearly 5 million euros.'], '5 million euros', 'nearly 5'],
  ])('%s', (_, amount, evidence, shown, notShown) => {
    const d = deal(amount, evidence);
    const text = cardText(d);
    expect(text).toContain(`Amount${shown}`);
    expect(text).not.toContain(notShown);
    // The same words as a pasted summary.
    expect(toMarkdown(summaryOf([d]))).toContain(`Amount: ${shown} (`);
  });

  it('the valuation too ("just under 40 million euros")', () => {
    const d = deal(eur(5e6, '5 million euros', null), ['Acme, valued at just under 40 million euros, raised 5 million euros.'], eur(4e7, '40 million euros', 'less-than'));
    expect(cardText(d)).toContain('Valuationjust under 40 million euros');
  });

  it('the rounds overview line and the deal log say it the same way', () => {
    const d = deal(eur(5e6, '5 million euros', 'less-than'), ['Acme has raised nearly 5 million euros.']);
    expect(roundLine(d)).toBe('Acme · nearly 5 million euros · Seed');
    expect(otherRoundLine(d)).toBe('Acme — Seed · nearly 5 million euros');
    const entry: LogEntry = { id: 'x', savedAt: '2026-11-30T05:00:00Z', url: 'https://example.com/a', title: 'Acme raises', summary: summaryOf([d]) };
    const { container } = render(<table><tbody><LogRow entry={entry} onRemove={() => undefined} formatDate={() => 'today'} /></tbody></table>);
    expect(container.querySelector('td.num')?.textContent).toBe('nearly 5 million euros');
  });

  it('an amount with a bidi override in its text is shown without it', () => {
    const d = deal({ value: 5e6, currency: 'USD', text: '$5\u202E million', qualifier: null, equivalent: null }, ['Acme raised $5\u202E million.']);
    expect(cardText(d)).toContain('Amount$5 million');
  });
});

describe('other money figures: the second line shows the words around each figure', () => {
  const long = 'Food products made up 55% of the value of all the country’s exports in 2014; wood was the second largest earner (6.6%) and dairy ($12.9 billion) came first, then meat ($6.1 billion), fruit ($2.3 billion) and wine ($1.8 billion).';
  const mention = (text: string, value: number, sentence: string): MoneyMention => ({ value, currency: 'USD', text, qualifier: null, equivalent: null, kind: 'other', sentence });
  const lines = (mentions: MoneyMention[]): string[] => {
    render(<MoneyList money={mentions.map((m) => ({ mention: m, findingId: null }))} onShow={() => undefined} open />);
    return [...document.querySelectorAll('.money-context')].map((e) => e.textContent ?? '');
  };

  it.each([['$12.9 billion', 12.9e9], ['$6.1 billion', 6.1e9], ['$2.3 billion', 2.3e9], ['$1.8 billion', 1.8e9]])('%s of one long sentence is in its own line', (text, value) => {
    const [line] = lines([mention(text, value, long)]);
    expect(line).toContain(text);
    expect(line!.length).toBeLessThanOrEqual(115);
  });

  it('figures of one sentence get different lines', () => {
    const got = lines([mention('$12.9 billion', 12.9e9, long), mention('$1.8 billion', 1.8e9, long)]);
    expect(got[0]).not.toBe(got[1]);
  });

  // Negative row: a short sentence is shown whole, uncut.
  it('a short sentence is shown whole', () => {
    expect(lines([mention('$2.53', 2.53, 'Home Depot reported $2.53 in per-share earnings.')])).toEqual(['Home Depot reported $2.53 in per-share earnings.']);
  });

  it('bidi controls are dropped from the figure and its sentence', () => {
    render(<MoneyList money={[{ mention: mention('$5\u202E million', 5e6, 'It spent $5\u202E million on \u2067ads\u2069.'), findingId: null }]} onShow={() => undefined} open />);
    const text = document.querySelector('details.money')?.textContent ?? '';
    expect(text).toContain('$5 million');
    expect(text).toContain('It spent $5 million on ads.');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
});

describe('the normalised value of a figure under a cent', () => {
  const usd = (value: number, text: string): Money => ({ value, currency: 'USD', text, qualifier: null, equivalent: null });
  it.each<[number, string, string]>([
    [0.00000386, '$0.00000386', '0.00000386 USD'],
    [0.0045, '$0.0045', '0.0045 USD'],
    // Negative rows: a cent and above keep the grouped form; zero stays zero.
    [0.01, '$0.01', '0.01 USD'],
    [2.53, '$2.53', '2.53 USD'],
    [6e8, '$600 million', '600 000 000 USD'],
    [0, '$0', '0 USD'],
  ])('%s', (value, text, normalised) => {
    expect(formatNormalized(usd(value, text))).toBe(normalised);
    expect(moneyWithNormalized(usd(value, text))).toBe(`${text} (${normalised})`);
  });

  it('the text export no longer says "(0 USD)"', () => {
    const m: MoneyMention = { ...usd(0.00000386, '$0.00000386'), kind: 'other', sentence: 'Compute costs $0.00000386 per gigabyte-second.' };
    const text = toPlainText(summaryOf([], [m]));
    expect(text).toContain('$0.00000386 (0.00000386 USD)');
    expect(text).not.toContain('(0 USD)');
  });
});
