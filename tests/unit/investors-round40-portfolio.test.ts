/**
 * Round 40 (session e2), PORTFOLIO_APPOSITION (investors.ts cleanItemCore): a name described by the companies it backed, "led by
 * Forerunner Ventures, the investors behind Jet.com, Dollar Shave Club and Glossier" (1118 MediaNews): the companies after "behind"
 * are the investor's portfolio, the reduced form of "which backed" (already a list's end), never more investors. Figures masked (§).
 * Look-alikes: "the fund of X" (its owner), "the investors of X" (a fund's own investors), a description with no "behind".
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 40: a description by portfolio ends the list', () => {
  const rows: Array<[string, Want]> = [
    row('Birdies announced a § Series Seed funding round on Tuesday, led by Forerunner Ventures, the investors behind Jet.com, Dollar Shave Club and Glossier.', ['Forerunner Ventures'], []),
    row('Acme raised § from Accel, the venture firm behind Slack and Zoom.', [], ['Accel']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 40: look-alikes, left as they were', () => {
  const rows: Array<[string, Want]> = [
    row('Acme raised § from Accel, the fund of Ian Osborne.', [], ['Accel']),
    // The next sentence of the same article (1118): a plain list after the set noun, no description.
    row('Other investors include Slow Ventures, Graph Ventures and Social Capital.', [], ['Slow Ventures', 'Graph Ventures', 'Social Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
