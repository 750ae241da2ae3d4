/**
 * Review F1 (session 16): a 7-paragraph page was refused as "the article is
 * very long": a fresh worker's first reading compiles every pattern, and in
 * Chromium on a loaded machine one step of it ran 15-22 s, which the 30 s
 * budget (checked between steps) cannot cut. The first reading gets
 * COLD_READ_BUDGET_MS, and a short article's refusal blames the computer only.
 * The clock is a fake one: no timing is asserted.
 */
import { describe, expect, it } from 'vitest';
import { articleOf } from '../../utils/article';
import { articleReader, COLD_READ_BUDGET_MS, READ_BUDGET_MS, readArticleResponse } from '../../utils/summary';
import { READ_TIMEOUT_MS } from '../../entrypoints/content/reading';

const ACME = articleOf(['Acme, a startup based in Austin, raised $5 million in a Series A round led by Sequoia Capital.'], { title: 'Acme raises $5 million' }, null);

/** A clock whose first step (the patterns' compilation) takes `ms`; the rest take no time. */
const clock = (ms: number): (() => number) => {
  let calls = 0;
  return () => (calls++ === 0 ? 0 : ms);
};

describe('robust28 F1: a worker’s first reading', () => {
  it('the first reading of a worker’s reader is not refused at READ_BUDGET_MS: its patterns compile on it', () => {
    const first = articleReader()(ACME, clock(READ_BUDGET_MS + 10_000));
    expect(first.message).toBeUndefined();
    expect(first.summary?.deals.map((d) => d.company)).toEqual(['Acme']);
  });

  it('a later reading as slow is refused, and a short article’s refusal blames the computer, not its length', () => {
    const read = articleReader();
    read(ACME, clock(0));
    const later = read(ACME, clock(READ_BUDGET_MS + 10_000));
    expect(later.summary).toBeNull();
    expect(later.message).toMatch(/^Roundup stopped reading after [\d.]+ s: the computer is busy\. Open Roundup again to retry\.$/);
    expect(later.message).not.toMatch(/long/);
  });

  it('the plain response reads within READ_BUDGET_MS whatever ran before', () => {
    expect(readArticleResponse(ACME, clock(READ_BUDGET_MS + 10_000)).summary).toBeNull();
  });

  it('a long article’s refusal still names its length as a possible cause', () => {
    const long = articleOf(Array.from({ length: 300 }, () => 'The analysts said the market grew further in the quarter, as expected by most of them.'), {}, null);
    const refused = readArticleResponse(long, () => 0, -1);
    expect(refused.message).toMatch(/: the article is very long, or the computer is busy\. Open Roundup again to retry\.$/);
  });

  it('the first reading’s budget stays under the content script’s wait for the answer', () => {
    expect(COLD_READ_BUDGET_MS).toBeGreaterThan(READ_BUDGET_MS);
    expect(COLD_READ_BUDGET_MS).toBeLessThan(READ_TIMEOUT_MS);
  });
});
