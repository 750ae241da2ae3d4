/**
 * The artifact finder as resumable work: it pauses after every detector (so
 * the content script can hand the thread back to the page between them), and
 * the analysis in two halves (Readability; the readers in steps, within a
 * budget) reports the same summary as the one-pass entry point.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paragraphsOfText, parseDocument, readHtmlFile } from '../../scripts/lib/node-dom';
import { findArtifacts, findArtifactsInSteps } from '../../utils/artifacts';
import { prepareArticle, type Analysis } from '../../utils/article';
import { analyzeDocument, readArticleSteps, readArticleWithin, type AnalysisStep } from '../../utils/summary';
import type { Artifact, ArticleText } from '../../utils/types';

const SEED = '/work/shared/seeds/000_d790469cfd4e1a02.txt';

function drain(text: ArticleText): { result: Artifact[]; yields: number } {
  const steps = findArtifactsInSteps(text);
  let yields = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { result: step.value, yields };
    yields++;
  }
}

describe('findArtifactsInSteps', () => {
  const sample = { paragraphs: paragraphsOfText(readFileSync(SEED, 'utf8')) };

  it('pauses between detectors and, drained, gives findArtifacts’s result', () => {
    const { result, yields } = drain(sample);
    // The sample has every kind of artifact: an empty list on both sides would prove nothing.
    expect(result.length).toBeGreaterThan(5);
    expect(result).toEqual(findArtifacts(sample));
    // One pause per detector group, not one for the whole finder.
    expect(yields).toBeGreaterThanOrEqual(10);
  });

  it('pauses the same number of times on an empty text (no detector is skipped silently)', () => {
    expect(drain({ paragraphs: [] }).yields).toBe(drain(sample).yields);
  });
});

describe('the analysis in two halves (Readability in the page, the readers in the background)', () => {
  const path = new URL('../../assets/sample/index.html', import.meta.url).pathname;
  const source = { url: 'https://example.com/a' };

  it('prepareArticle then readArticleSteps give analyzeDocument’s summary, pausing inside each reader, in order', () => {
    const prepared = prepareArticle(readHtmlFile(path), source);
    expect(prepared.analysis).toBeUndefined();
    const steps: AnalysisStep[] = [];
    const reading = readArticleSteps(prepared.article!);
    let result: Analysis;
    for (;;) {
      const step = reading.next();
      if (step.done) {
        result = step.value;
        break;
      }
      steps.push(step.value);
    }
    const once = analyzeDocument(readHtmlFile(path), source);
    expect(result.summary).toEqual(once.summary);
    expect(result.paragraphs).toEqual(once.paragraphs);
    expect(steps.filter((s) => s === 'funding').length).toBeGreaterThan(1);
    expect(steps.filter((s) => s === 'artifacts').length).toBeGreaterThan(10);
    // Never back to funding once the artifacts started.
    expect(steps.lastIndexOf('funding')).toBeLessThan(steps.indexOf('artifacts'));
  });

  it('a page with no article is answered by prepareArticle alone, with its message', () => {
    const prepared = prepareArticle(parseDocument('<html><head><title>Login</title></head><body><form><input></form></body></html>'), source);
    expect(prepared.article).toBeUndefined();
    expect(prepared.analysis?.status).toBe('not-article');
    expect(prepared.analysis?.message).toMatch(/\S/);
    expect(prepared.analysis?.summary.article.isArticle).toBe(false);
  });

  it('readArticleWithin gives the analysis inside the budget, and gives up between steps once past it', () => {
    const { article } = prepareArticle(readHtmlFile(path), source);
    const read = readArticleWithin(article!, 60_000, () => performance.now());
    expect(read.analysis?.summary).toEqual(analyzeDocument(readHtmlFile(path), source).summary);
    // A clock that moves 1 ms per look: a 3 ms budget runs out after a few steps, long before the end.
    let t = 0;
    const stopped = readArticleWithin(article!, 3, () => t++);
    expect(stopped.analysis).toBeNull();
    expect(stopped.elapsedMs).toBeGreaterThan(3);
  });
});
