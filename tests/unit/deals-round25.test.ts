/**
 * Round 25: an owned figure in a review ("les § de la biotech Zorbit", "the § of travel platform Kestrel"), read by deals.ts
 * ownedFigureEntry through readFigure. Invented sentences, EN and FR; figures already masked as "§".
 */
import { describe, expect, it } from 'vitest';
import { kindAt, nameAt } from '../helpers/figure-kinds';


describe('round 25: a definite figure owned by a described company, in a sentence about rounds, is that company’s round', () => {
  it.each([
    ['Les levées du trimestre sont restées modestes, à l’image des § de la medtech nantaise Orvalis.', 0, 'Orvalis'],
    ['Parmi les belles levées du mois, les § du spécialiste du recyclage Brivane.', 0, 'Brivane'],
    ['Among the quarter’s larger rounds were the § of robotics startup Quillon.', 0, 'Quillon'],
    ['Funding rounds stayed thin, apart from the § of payments firm Tessaro.', 0, 'Tessaro'],
  ] as const)('%s', (text, n, name) => {
    expect(kindAt(text, n)).toBe('round');
    expect(nameAt(text, n)).toBe(name);
  });
});

describe('round 25: a bare owned figure is an entry beside a sibling definite figure (a list of entries)', () => {
  it.each([
    ['Côté levées, on retiendra les § levés par le groupe Halvéo, les § de Brivane ou encore les § de Quillon.', 1],
    ['Côté levées, on retiendra les § levés par le groupe Halvéo, les § de Brivane ou encore les § de Quillon.', 2],
    ['The rounds that stood out were the § of Tessaro and the § of Quillon.', 0],
  ] as const)('%s (figure %i)', (text, n) => expect(kindAt(text, n)).toBe('round'));
});
