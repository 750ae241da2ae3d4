/**
 * Round 17 look-alikes (deals-round17.test.ts): these stay other money. Invented sentences, EN and FR.
 */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../utils/deals';

function kindAt(masked: string, n = 0): string {
  let at = -1;
  for (let i = 0; i <= n; i++) at = masked.indexOf('§', at + 1);
  return readFigure(masked, at, at + 1).kind;
}

describe('readFigure, round 17 look-alikes: a possessive in a counted list with no round noun stays a statistic', () => {
  it.each([
    'Three startups were profiled: Tilvo’s § in yearly sales stood out.',
    'Two companies reported results, with Quorly’s § revenue on top.',
    'Five deals were announced; the market’s § total is a record.',
    'Four deals closed; Tilvo’s § payroll bill was not among them.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});

describe('readFigure, round 17 look-alikes: a bracketed figure after a name that owns no round noun is not a round', () => {
  it.each([
    'Le chiffre d’affaires de Tilvo (§) a doublé.',
    'The round of layoffs at Quorly (§ in severance) hit the sales team.',
    'Les trois startups comptent ensemble six opérations, dont une série de conférences de Brevo (§).',
    'Le marché de Tilvo (§) reste étroit.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});

describe('readFigure, round 17 look-alikes: growth or closing to a figure with no round noun is not a round', () => {
  it.each([
    'Tilvo expanded its team to § employees.',
    'Quorly closed the quarter at § in revenue.',
    'Brevo a étendu son réseau à § de clients.',
    'Its payroll grew to § last year.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});
