import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

/** A plain body around each row, so a rule sees a whole article and not a lone line. */
const BODY = [
  'Acme Robotics said on Tuesday it had raised new money from a group of investors led by Sequoia.',
  'The company plans to use the proceeds to hire engineers in London and expand its factories in Ohio.',
];
const found = (kind: string, ...extra: string[]) =>
  findArtifacts({ paragraphs: [...BODY, ...extra] }).filter((a) => a.kind === kind).map((a) => [a.text, a.fix]);

describe('lost hyphens: review of round 14 (size-bound and overlap rows)', () => {
  it('many name pairs read against one text: the pair still needs its first name written alone', () => {
    const rows = Array.from({ length: 400 }, (_, k) => `the Crosby${String.fromCharCode(65 + (k % 26))}${'abcdefghij'[k % 10]}${'klmnopqrst'[(k >> 4) % 10]}${'uvwxyz'[(k >> 8) % 6]}er x`);
    expect(found('lost-hyphen', rows.join(' ') + '.')).toEqual([]);
  });
  it('a first name written alone after a comma or a lower-case word is the evidence', () => {
    expect(found('lost-hyphen', 'Near Brampton, Velmont and Orlick, the roads flooded. It hit the OrlickBrenner district hard.'))
      .toEqual([['OrlickBrenner', 'Orlick-Brenner']]);
    expect(found('lost-hyphen', 'Orlick opened a school. It hit the OrlickBrenner district hard.')).toEqual([]);
  });
  it('a long lower-case run is no glued participle', () => {
    expect(found('lost-hyphen', `${'low'.repeat(4_000)}ed`)).toEqual([]);
    expect(found('lost-hyphen', `The x${'low'.repeat(10)}moving car.`)).toEqual([]);
  });
  it('a glued participle after a hyphen stays', () => {
    expect(found('lost-hyphen', "The semi-fastgrowing form.")).toEqual([]);
  });
});
