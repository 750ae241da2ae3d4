// @vitest-environment happy-dom
/**
 * The card's artifact list and the spreadsheet button after the session-13 reader review:
 * a short list of kinds opens every group (the explanations were a click away each); a long
 * one opens the first and says how many kinds there are. "Copy for spreadsheet" on a page
 * with no round copies nothing (it copied a lone header row and said "Copied").
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArtifactList } from '../../components/ArtifactList';
import { ExportBar } from '../../components/ExportBar';
import type { Artifact, ArtifactKind, Summary } from '../../utils/types';

afterEach(cleanup);

const artifact = (kind: ArtifactKind, text: string): Artifact => ({ kind, text, message: `Message of ${text}.`, fix: null });
const KINDS: ArtifactKind[] = ['byline-noise', 'lost-hyphen', 'merged-stories', 'broken-pull-quote', 'duplicated-caption'];

function list(kinds: number, perKind = 1) {
  const artifacts = KINDS.slice(0, kinds).flatMap((k) => Array.from({ length: perKind }, (_, i) => artifact(k, `${k} ${i}`)));
  render(<ArtifactList artifacts={artifacts} findingIds={artifacts.map(() => null)} onShow={() => undefined} />);
  return [...document.querySelectorAll('details.artifact-group')] as HTMLDetailsElement[];
}

describe('ArtifactList: which groups are open', () => {
  it.each([1, 2, 3])('%i kinds: every group open, no count note', (kinds) => {
    const groups = list(kinds, 3);
    expect(groups).toHaveLength(kinds);
    expect(groups.every((g) => g.open)).toBe(true);
    expect(screen.queryByText(/kinds of artifact/)).toBeNull();
  });
  it('3 kinds with many entries each are still all open (the rule counts kinds, not lines)', () => {
    expect(list(3, 4).every((g) => g.open)).toBe(true);
  });
  it.each([4, 5])('%i kinds: the first open, the others closed, and the count said', (kinds) => {
    const groups = list(kinds);
    expect(groups.map((g) => g.open)).toEqual([true, ...Array(kinds - 1).fill(false)]);
    expect(screen.getByText(`${kinds} kinds of artifact: the first is open; open the others to read them.`)).toBeTruthy();
  });
});

const eur = { value: 3e7, currency: 'EUR', text: '30 millions d’euros', qualifier: null, equivalent: null };
function summary(deals: Summary['deals']): Summary {
  return {
    schemaVersion: 1,
    source: { input: null, url: 'https://example.fr/a', title: 'Un article', byline: null, siteName: null, publishedTime: null, lang: 'fr' },
    article: { isArticle: true, wordCount: 300, excerpt: null }, deals, investors: [], money: [], artifacts: [],
  };
}
function bar(s: Summary) {
  const copy = vi.fn(async () => undefined);
  const copyRich = vi.fn(async () => undefined);
  render(<ExportBar summary={s} loadParagraphs={async () => []} primary="markdown" copy={copy} copyRich={copyRich} />);
  return { copy, copyRich };
}

describe('ExportBar: the spreadsheet copy of a page with no round', () => {
  it('copies nothing and says "No round to copy"', async () => {
    const { copy, copyRich } = bar(summary([]));
    fireEvent.click(screen.getByRole('button', { name: 'Copy for spreadsheet' }));
    expect(await screen.findByText('No round to copy')).toBeTruthy();
    expect(copy).not.toHaveBeenCalled();
    expect(copyRich).not.toHaveBeenCalled();
    expect(screen.queryByText(/^Copied/)).toBeNull();
  });
  it('negative: a page with a round copies its rows and says "Copied"', async () => {
    const { copyRich } = bar(summary([{ company: 'Vizzia', round: 'Series B', status: 'announced', amount: eur, valuation: null, leadInvestors: [], investors: [], date: null, evidence: [] }]));
    fireEvent.click(screen.getByRole('button', { name: 'Copy for spreadsheet' }));
    expect(await screen.findByText('Copied (spreadsheet rows, one per deal)')).toBeTruthy();
    expect(copyRich).toHaveBeenCalledTimes(1);
  });
  it('negative: the other copies of a page with no round still copy (its artifacts, its "No funding round found")', async () => {
    const { copy } = bar(summary([]));
    fireEvent.click(screen.getByRole('button', { name: 'Copy as text' }));
    expect(await screen.findByText('Copied (text)')).toBeTruthy();
    expect(copy).toHaveBeenCalledTimes(1);
  });
});
