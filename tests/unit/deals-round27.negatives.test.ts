/**
 * Round 27 (group 2): look-alikes of the round-27 readers (deals.ts readFigure, ownedFigureName). Invented sentences, EN and FR;
 * figures masked as "§". They read the same with and without the rules.
 */
import { describe, expect, it } from 'vitest';
import { figureKinds, kindAt, nameAt } from '../helpers/figure-kinds';

describe('round 27 look-alikes: a finite raise after a planned verb, a company as the place, a raising verb, a finite growth verb', () => {
  it.each([
    ['Tessaro, which was to announce its results, raised § in a Series A.', 0],
    ['Sequoia invested § in Kestrel.', 0],
    ['Orvalis made a § investment in Brivane, a Lyon startup.', 0],
    ['Kestrel secured a § investment in France from Halvéo.', 0],
    ['Brivane a porté sa série A à §.', 0],
    ['Tessaro expanded its Series A to §.', 0],
  ] as const)('%s', (text, n) => {
    expect(kindAt(text, n)).toBe('round');
  });
});

describe('round 27 look-alikes: an extension of something else than a round stays other money', () => {
  it.each([
    ['Corvel a annoncé une extension de § de sa ligne de crédit.', 0],
    ['Tessaro announced a § extension of its lease.', 0],
  ] as const)('%s', (text, n) => {
    expect(kindAt(text, n)).toBe('other');
  });
});

describe('round 27 look-alikes: a descriptor of a company keeps the owned entry', () => {
  it.each([
    ['Parmi les levées du mois, les § de la biotech Zorbit.', 0, 'Zorbit'],
  ] as const)('%s', (text, n, name) => {
    expect(nameAt(text, n)).toBe(name);
  });
});

describe('round 27 look-alikes: a hyphenated "-financés", a lone "or" item', () => {
  it.each([
    ['Les projets Corvel (§) et Brivane (§) sont auto-financés.', ['other', 'other']],
    ['Kestrel or Corvel (§) could buy it.', ['other']],
  ] as const)('%s', (text, kinds) => {
    expect(figureKinds(text)).toEqual(kinds);
  });
});
