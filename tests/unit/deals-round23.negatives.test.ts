/**
 * Round 23 (group 2): look-alikes of coordinated raisers that give no figure to several names (coordinatedRaisers,
 * funding-sentences.ts). Invented rows, EN and FR, figures masked as "§".
 */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../utils/deals';
import { coordinatedRaisers } from '../../utils/funding-sentences';

const read = (row: string) => {
  const figures = [...row.matchAll(/§/gu)].map((m) => ({ start: m.index!, end: m.index! + 1 }));
  return Object.fromEntries(coordinatedRaisers(row, figures));
};

describe('no coordinated reading', () => {
  it.each<[string]>([
    // A total over the subjects is nobody's own round.
    ['Douze d’entre elles ont levé au total plus de §, dont Northwind et Brightpath.'],
    ['Four startups together raised more than §, including Northwind and Brightpath.'],
    ['Northwind et Brightpath ont levé à elles deux plus de § chacune des dernières années.'],
    // Sectors, places and nationalities are no raisers.
    ['Les Fintech et les Medtech ont levé respectivement § et §.'],
    ['France and Germany raised § and § respectively.'],
    // A rate, not a distributive word.
    ['Northwind and Brightpath raised § each year since 2019.'],
    // Two figures without "respectively": each its own clause.
    ['Northwind a levé § et Brightpath a levé §.'],
    // Respectively, but one name for two figures.
    ['Northwind raised § and § respectively in equity and debt.'],
    // A threshold with no counted subject, or with no list of members.
    ['Startups raised more than §, including Northwind and Brightpath.'],
    ['Douze d’entre elles ont levé plus de § cette année.'],
    // A listed member with its own figure in a relative clause is no member at the threshold.
    ['Three companies raised § or more, including Northwind, which raised §.'],
    // The subjects are separated by a verb: no coordination.
    ['Northwind hired Brightpath and raised § each.'],
  ])('%s', (row) => {
    expect(read(row)).toEqual({});
  });
});

describe('a figure for something else after "included" is no entry (readFigure)', () => {
  it.each<[string]>([
    ['Other costs included § for legal fees paid to Kestrel.'],
    ['Other large rounds included § for the first time this year.'],
  ])('%s', (row) => {
    const at = row.indexOf('§');
    expect(readFigure(row, at, at + 1).kind).toBe('other');
  });
});
