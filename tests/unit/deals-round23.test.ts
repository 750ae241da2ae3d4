/**
 * Round 23 (group 2): one sentence, several raisers. coordinatedRaisers (funding-sentences.ts) reads the subject list, the verb,
 * the run of figures and the distributive word. Invented rows, EN and FR, figures already masked as "§" (the reader's input).
 * Blind misses of several outlets had each shape: respectively (603, 443), a distributive word (532, 627), a threshold over a
 * counted subject with its members listed after it (623).
 */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../utils/deals';
import { coordinatedRaisers } from '../../utils/funding-sentences';

const read = (row: string) => {
  const figures = [...row.matchAll(/§/gu)].map((m) => ({ start: m.index!, end: m.index! + 1 }));
  return Object.fromEntries(coordinatedRaisers(row, figures));
};

describe('respectively: the k-th subject takes the k-th figure', () => {
  it.each<[string, Record<number, string[]>]>([
    ['Northwind and Brightpath raised § and § respectively.', { 0: ['Northwind'], 1: ['Brightpath'] }],
    ['Northwind, a freight software maker, and Brightpath, a payroll app, raised § and §, respectively, from local funds.', { 0: ['Northwind'], 1: ['Brightpath'] }],
    ['Kestrel leads the week with §, followed by Northwind and Brightpath, raising § and §, respectively.', { 1: ['Northwind'], 2: ['Brightpath'] }],
    ['Northwind, Brightpath et Calderra ont levé respectivement §, § et §.', { 0: ['Northwind'], 1: ['Brightpath'], 2: ['Calderra'] }],
    ['La plateforme Northwind (logistique urbaine) et Brightpath (paie en ligne) complètent le classement, avec respectivement § et §.', { 0: ['Northwind'], 1: ['Brightpath'] }],
  ])('%s', (row, expected) => {
    expect(read(row)).toEqual(expected);
  });
});

describe('a distributive word: every subject takes the one figure', () => {
  it.each<[string, Record<number, string[]>]>([
    ['Northwind Robotics, Brightpath Bio, Calderra and Veltrio raised more than § each, while the sector drew § overall.', { 0: ['Northwind Robotics', 'Brightpath Bio', 'Calderra', 'Veltrio'] }],
    ['Northwind and Brightpath each closed § this month.', { 0: ['Northwind', 'Brightpath'] }],
    ['Kestrel a levé § et la fintech Northwind et l’application de santé Brightpath ont chacune collecté §.', { 1: ['Northwind', 'Brightpath'] }],
    ['Les start-up Northwind et Brightpath ont toutes deux levé §.', { 0: ['Northwind', 'Brightpath'] }],
    ['Northwind and Brightpath led the week with § apiece.', { 0: ['Northwind', 'Brightpath'] }],
  ])('%s', (row, expected) => {
    expect(read(row)).toEqual(expected);
  });
});

describe('a threshold over a counted subject: every listed member takes the figure', () => {
  it.each<[string, Record<number, string[]>]>([
    ['Six d’entre elles ont récolté au moins §, notamment Northwind, Brightpath et Calderra.', { 0: ['Northwind', 'Brightpath', 'Calderra'] }],
    ['Four startups raised § or more, including Northwind, Brightpath and Calderra.', { 0: ['Northwind', 'Brightpath', 'Calderra'] }],
    ['Six of them raised more than §, including Northwind and Brightpath.', { 0: ['Northwind', 'Brightpath'] }],
    // The antecedent of a relative clause has a figure of its own: it is no member at the threshold.
    ['Three companies raised § or more, including Northwind, Brightpath and Calderra, which raised §.', { 0: ['Northwind', 'Brightpath'] }],
  ])('%s', (row, expected) => {
    expect(read(row)).toEqual(expected);
  });
});

describe('an entry of a list of rounds may name its owner after the figure (readFigure)', () => {
  it.each<[string]>([
    ['The biggest raises of the month included § for drone maker Kestrel and § for Northwind.'],
    ['Notable deals this week included § to the lending startup Brightpath.'],
  ])('%s', (row) => {
    const at = row.indexOf('§');
    expect(readFigure(row, at, at + 1).kind).toBe('round');
  });
});
