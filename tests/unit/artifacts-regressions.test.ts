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

  // Fuzzing (a 25,000-character run of digits and commas with one U+FFFD) took seconds: the token
  // around the character was matched by a backtracking regex. The token is now walked once.
  it.each([
    ['one replacement character in a long token', `x ${'9,'.repeat(12_000)}\uFFFD${'9,'.repeat(12_000)} y`, 1],
    ['two in separate words are two findings', 'He paid \uFFFD40 for caf\uFFFD on Friday.', 2],
    ['two in one word are one finding', 'The caf\uFFFD\uFFFD closed.', 1],
  ])('%s', (_name, text, count) => {
    const flags = findArtifacts({ paragraphs: [text] }).filter((a) => a.kind === 'mojibake');
    expect(flags).toHaveLength(count);
    for (const flag of flags) {
      expect(flag.text).toContain('\uFFFD');
      expect(text).toContain(flag.text);
      expect(flag.text).not.toMatch(/\s/);
    }
  });
});
