/**
 * Round 31 (groups 2+3): shapes of batch 20's first-run false deals that recur elsewhere, read by the figure's clause.
 * - PRIZE_HEAD_AFTER: a figure heading a prize or an award is a contest's purse (blind 829 Startupfest, 531 TodayAfrica FINCA
 *   prize; 791 Usine Digitale is a contest page too), even when a round noun modifies it ("investment prizes").
 * - AGGREGATE_AFTER: the French "à travers N opérations", twin of "across N deals" (blind 823 Lyon Décideurs; fresh pages
 *   Réalités (Tunis) and AllAfrica FR write "levés à travers 11 opérations de financement").
 * Invented sentences, EN and FR; each row runs through readFigure only and is red without its rule (checked).
 */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../utils/deals';

/** The kind of the n-th figure (a run of "§") of the masked sentence. */
function kindOf(masked: string, n = 0): string {
  const runs = [...masked.matchAll(/§+/gu)];
  const run = runs[n]!;
  return readFigure(masked, run.index!, run.index! + run[0].length).kind;
}

describe('round 31: a figure heading a prize is a contest purse (PRIZE_HEAD_AFTER)', () => {
  it.each([
    'Last year the winner secured § in prizes and investments from the jury.',
    'The startup won one of two § investment prizes at the festival.',
    'Kiplo a obtenu § de prix en investissement au concours.',
  ])('%s', (text) => expect(kindOf(text)).toBe('other'));
});

describe('round 31: "à travers N opérations" is a sum over several rounds (AGGREGATE_AFTER)', () => {
  it.each([
    'Avec § levés à travers 52 opérations, la Bretagne affiche une hausse de 30%.',
    'Avec § récoltés au travers de 31 tours de table, l’Occitanie progresse.',
  ])('%s', (text) => expect(kindOf(text)).toBe('other'));
});
