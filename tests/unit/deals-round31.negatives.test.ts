/**
 * Round 31 look-alikes of deals-round31.test.ts (invented sentences): a firm named "Prize", a prize won besides a round, an
 * award-winning company, and a round raised through a subsidiary stay rounds.
 */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../utils/deals';

function kindOf(masked: string, n = 0): string {
  const runs = [...masked.matchAll(/§+/gu)];
  const run = runs[n]!;
  return readFigure(masked, run.index!, run.index! + run[0].length).kind;
}

describe('round 31: prizes near a round do not make it a purse', () => {
  it.each([
    'Velmora raised § from Prize Capital in a seed round.',
    'Tondaro, an award-winning robotics startup, raised § in a Series A round.',
    'Kelprum raised § in a seed round after winning the prize.',
    'Velmora a levé § en amorçage, après avoir remporté le prix de l’innovation.',
  ])('%s', (text) => expect(kindOf(text)).toBe('round'));
});

describe('round 31: "à travers" a subsidiary is no count of deals', () => {
  it.each([
    'Kelprum a levé § à travers sa filiale française.',
    'Velmora a levé § en série A à travers un tour de table mené par Partech.',
  ])('%s', (text) => expect(kindOf(text)).toBe('round'));
});
