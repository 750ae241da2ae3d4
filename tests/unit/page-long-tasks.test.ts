// @vitest-environment happy-dom
/**
 * The content script's page controller on a long article (issue 7): every
 * task of ours is recorded, the chunked steps (fingerprint, text index,
 * anchoring) stop at their first unit past CHUNK_MS, the text index is
 * never one whole task, and the highlights end up all painted, near the
 * viewport first. Structure only: no millisecond threshold (the clock is the
 * machine's). happy-dom has no layout and no Highlight API: a registry
 * stands in, and every box is at the top (so the first paint is capped).
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageController } from '../../entrypoints/content/page';
import type { ArticleReader } from '../../entrypoints/content/reading';
import { CHUNK_MS } from '../../entrypoints/content/trace';
import { readArticleResponse } from '../../utils/summary';
import { FakeHighlight, installFakeHighlights, registeredRanges, removeFakeHighlights } from '../helpers/fake-highlights';

let registry: Map<string, FakeHighlight>;

/**
 * The readers in this process (the extension runs them in its background
 * worker). No read budget here: this file checks how the page's steps are
 * cut into tasks, and the budget is wall-clock, so a loaded machine (the
 * first call compiles every pattern: about 10 s at load 15) could stop the
 * read before the index step and fail a structural test for a speed reason.
 * The budget has its own tests.
 */
const readHere: ArticleReader = async (article) => readArticleResponse(article, () => performance.now(), Number.POSITIVE_INFINITY);

function registered(): number {
  return registeredRanges(registry);
}

/** The sample article's paragraphs, repeated with the figures varied so the page is long and dense with findings. */
function longArticle(): string {
  const sample = readFileSync('assets/sample/index.html', 'utf8');
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(sample)?.[1] ?? sample;
  const paragraphs = body.match(/<p>[\s\S]*?<\/p>/g) ?? [];
  const out: string[] = [];
  for (let k = 0; k < 6; k++) for (const p of paragraphs) out.push(p.replace(/\$(\d+)/g, (_, d: string) => `$${Number(d) + k}`));
  return `<article><h1>A long roundup</h1>${out.join('\n')}</article>`;
}

beforeEach(() => {
  registry = installFakeHighlights();
  document.title = 'A long roundup';
  document.body.innerHTML = longArticle();
});

afterEach(() => {
  removeFakeHighlights();
  document.body.innerHTML = '';
});

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('PageController on a long article', () => {
  it('runs every step as tasks of its own, chunked where it can be, and paints every range in the end', async () => {
    const page = new PageController(document, null, readHere);
    const state = await page.apply();
    await until(() => !page.paintPending);
    const records = page.trace.records;
    const names = new Set(records.map((r) => r.name));
    for (const step of ['fingerprint', 'readability', 'send', 'index', 'anchor', 'paint']) expect(names).toContain(step);
    // The readers never run on the page: their work is the reader's (the background's).
    expect(names).not.toContain('funding');
    expect(names).not.toContain('artifacts');
    // The text index is built in chunks, never in one whole task.
    expect(records.filter((r) => r.name === 'index' && r.whole)).toEqual([]);
    // Every chunk stopped at its first unit past its deadline (on its own clock).
    for (const chunk of records.filter((r) => !r.whole)) {
      expect(chunk.lastItemStart, chunk.name).toBeDefined();
      expect(chunk.lastItemStart! - chunk.start, chunk.name).toBeLessThan(CHUNK_MS);
    }
    // Our tasks never overlap.
    const sorted = [...records].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.start).toBeGreaterThanOrEqual(sorted[i - 1]!.end);
    // Painted: the first paint, then the rest; all of them on the page in the end.
    expect(state.ranges).toBeGreaterThan(0);
    const first = records.find((r) => r.name === 'paint')!;
    const rest = records.filter((r) => r.name === 'paint-rest');
    // (Dense enough that the first paint, capped, leaves some for later.)
    expect(first.items ?? 0).toBeLessThan(state.ranges);
    expect(rest.length).toBe(1);
    expect(registered()).toBe(state.ranges);
    expect((first.items ?? 0) + rest.reduce((n, r) => n + (r.items ?? 0), 0)).toBe(state.ranges);
    page.dispose();
    expect(registry.size).toBe(0);
  }, 60_000);

  it('highlights switched off before the rest is painted: nothing is registered later', async () => {
    const page = new PageController(document, null, readHere);
    await page.apply();
    expect(page.paintPending).toBe(true);
    page.enabled = false;
    await page.apply();
    expect(page.paintPending).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(registry.size).toBe(0);
    page.dispose();
  }, 60_000);
});
