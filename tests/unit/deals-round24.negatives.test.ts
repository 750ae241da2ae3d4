/**
 * Round 24 (group 2): look-alikes that give no round. Invented rows, figures masked as "§" (the list-of-rounds intro is EN only).
 */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../utils/deals';
import { coordinatedRaisers } from '../../utils/funding-sentences';

const kindAt = (row: string, nth = 0) => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = row.indexOf('§', at + 1);
  return readFigure(row, at, at + 1).kind;
};

describe('an entry "§ for/to X" after "included" whose X is a project or an institution is no round (readFigure)', () => {
  it.each<[string]>([
    ['Notable deals this year included § for the restoration of Harbour Hall.'],
    ['The fund’s investments included § to the Riverside City Council.'],
    ['Other large deals included § for the Eastfield museum.'],
    ['Notable investments included § to the Northshire Foundation.'],
  ])('%s', (row) => {
    expect(kindAt(row)).toBe('other');
  });
});

describe('a listing to come that the figure belongs to, or a listing told as done, stays listing money (readFigure)', () => {
  it.each<[string]>([
    ['Kestrel plans an IPO that could raise § next year.'],
    ['Kestrel raised § in its IPO after a Series B.'],
    ['Kestrel, which completed its IPO in March, raised § in a follow-on offering.'],
    ['Kestrel prépare son introduction en bourse, qui pourrait lui rapporter §.'],
  ])('%s', (row) => {
    expect(kindAt(row)).toBe('other');
  });
});

describe('"with/avec" after a verb other than ranking links no raisers (coordinatedRaisers)', () => {
  const read = (row: string) => {
    const figures = [...row.matchAll(/§/gu)].map((m) => ({ start: m.index!, end: m.index! + 1 }));
    return Object.fromEntries(coordinatedRaisers(row, figures));
  };
  it.each<[string]>([
    ['Halbury and Crestmoor chipped in with § each.'],
    ['Orion et Kestrel ont investi avec § chacun.'],
    ['Sequoia and Accel led the round with § each.'],
    ['Halbury and Crestmoor were paid with § each in advisory fees.'],
  ])('%s', (row) => {
    expect(read(row)).toEqual({});
  });
});
