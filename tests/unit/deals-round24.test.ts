/**
 * Round 24 (group 2): figures read as rounds. Invented rows, EN and FR, figures masked as "§".
 */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../utils/deals';
import { coordinatedRaisers } from '../../utils/funding-sentences';

const kindAt = (row: string) => {
  const at = row.indexOf('§');
  return readFigure(row, at, at + 1).kind;
};

describe('a planned listing beside a figure that names its own private round is no listing money (readFigure)', () => {
  it.each<[string]>([
    ['Kestrel, which plans an IPO next year, raised § in a Series B led by Northwind.'],
    ['Kestrel, qui prépare son introduction en bourse, a levé § lors d’un tour de table de série C.'],
    ['Brightpath, which is eyeing a listing in Singapore, closed § in a Series C round.'],
    ['Brightpath, qui envisage son introduction en bourse, a bouclé § en série A.'],
    ['Brightpath, which plans a listing, raised § in a seed round.'],
  ])('%s', (row) => {
    expect(kindAt(row)).toBe('round');
  });
});

describe('a verb of ranking before "with/avec" still links the subjects to their figures (coordinatedRaisers)', () => {
  const read = (row: string) => {
    const figures = [...row.matchAll(/§/gu)].map((m) => ({ start: m.index!, end: m.index! + 1 }));
    return Object.fromEntries(coordinatedRaisers(row, figures));
  };
  it.each<[string, Record<number, string[]>]>([
    ['Kestrel and Northwind followed, with § and § respectively.', { 0: ['Kestrel'], 1: ['Northwind'] }],
    ['Kestrel et Northwind ferment la marche avec § chacune.', { 0: ['Kestrel', 'Northwind'] }],
  ])('%s', (row, want) => {
    expect(read(row)).toEqual(want);
  });
});
