/**
 * Round 26: look-alikes the refusals of deals-round26.negatives must leave alone (deals.ts ownedFigureOwner). A described company
 * whose descriptors hold no investor's role, and a plural list subject ("the rounds were the §"), stay owned entries.
 * Invented sentences, EN and FR; figures already masked as "§".
 */
import { describe, expect, it } from 'vitest';
import { kindAt, nameAt } from '../helpers/figure-kinds';


describe('round 26: owned entries that stay rounds beside the investor and round-subject refusals', () => {
  it.each([
    ['Among the month’s rounds, the § of investing app Tessaro, which plans to hire.', 0, 'Tessaro'],
    ['Parmi les levées du mois, on note les § de la plateforme d’investissement Orvalis.', 0, 'Orvalis'],
    ['The largest rounds were the § of robotics startup Quillon and the § of Tessaro.', 0, 'Quillon'],
    ['Les plus gros tours de table sont les § de la medtech Brivane et les § de Halvéo.', 0, 'Brivane'],
  ] as const)('%s (figure %i)', (text, n, name) => {
    expect(nameAt(text, n)).toBe(name);
    expect(kindAt(text, n)).toBe('round');
  });
});
