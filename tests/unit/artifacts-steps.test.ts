/**
 * The artifact finder as resumable work: it pauses after every detector (so
 * the content script can hand the thread back to the page between them), and
 * the analysis in steps reports the same summary as the one-pass entry point.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paragraphsOfText, readHtmlFile } from '../../scripts/lib/node-dom';
import { findArtifacts, findArtifactsInSteps } from '../../utils/artifacts';
import { analyzeDocument, analyzeDocumentInSteps, type AnalysisStep } from '../../utils/summary';
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

describe('analyzeDocumentInSteps', () => {
  it('pauses inside the funding and artifact steps, and gives analyzeDocument’s summary', async () => {
    const path = new URL('../../assets/sample/index.html', import.meta.url).pathname;
    const steps: Array<AnalysisStep | undefined> = [];
    const inSteps = await analyzeDocumentInSteps(readHtmlFile(path), { url: 'https://example.com/a' }, async (s) => {
      steps.push(s);
    });
    const once = analyzeDocument(readHtmlFile(path), { url: 'https://example.com/a' });
    expect(inSteps.summary).toEqual(once.summary);
    expect(steps[0]).toBe('readability');
    expect(steps.filter((s) => s === 'funding').length).toBeGreaterThan(1);
    expect(steps.filter((s) => s === 'artifacts').length).toBeGreaterThan(10);
    // Steps come in order: never back to funding once the artifacts started.
    expect(steps.lastIndexOf('funding')).toBeLessThan(steps.indexOf('artifacts'));
  });
});
