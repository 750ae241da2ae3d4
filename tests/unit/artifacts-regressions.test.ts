/**
 * Bugs found outside the detectors' own tables (fuzzing, the browser), each
 * with the input that showed it. Every fix adds its row here.
 */
import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

describe('artifact finder regressions', () => {
  it('terminates on a paragraph with two escaped entities (the decode shared the scanning regex)', { timeout: 10_000 }, () => {
    const flags = findArtifacts({ paragraphs: ['Tom &amp; Jerry met Ben &amp; Jerry.'] });
    expect(flags.map((a) => [a.kind, a.text, a.fix])).toEqual([
      ['escaped-entity', '&amp;', '&'],
      ['escaped-entity', '&amp;', '&'],
    ]);
  });
});
