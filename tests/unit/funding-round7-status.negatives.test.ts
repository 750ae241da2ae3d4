import { describe, expect, it } from 'vitest';
import { findRounds } from '../../utils/rounds';

/** Round 7 (issue 3): text that names no round of the new shapes. */
const NO_ROUND: string[] = [
  // A firm named after a round is an investor.
  'Series A Capital led the deal.',
  'backed by Series B Ventures and Accel',
  'la société de gestion Series A Partners',
  // A mix of equity and debt names no single kind of round.
  'Moove’s joint equity and debt financing of $110m',
  'an equity-and-debt financing package',
  'a $50m equity/debt funding',
  // "+" on plants, angels as people.
  'the seed+ oil blend sold out',
  'Angel+ investors met on Monday.',
  'angel investors from Paris',
  // "a series of", applause, agriculture.
  'a series of seed packets',
  'A round of applause followed.',
  'seed varieties for growers',
  'the growth of rounds in Asia',
];

describe('round 7: no round', () => {
  it.each(NO_ROUND)('%s', (text) => {
    expect(findRounds(text).map((m) => m.round)).toEqual([]);
  });
});
