import { describe, expect, it } from 'vitest';
import { abbreviates, findNameRuns, sameEntity } from '../../utils/names';

const runs = (text: string) => findNameRuns(text).map((r) => r.text);

describe('findNameRuns negatives: a round word before a plain word or a round letter stays the round', () => {
  it.each([
    ['Acme closed its Series B Capital One led', 'Series B Capital One'],
    ['Round two was led by Accel', 'Round'],
    ['Seed funding came from Index Ventures', 'Seed'],
    ['The Series A Fund closed', 'Series A Fund'],
    ['Série A : Partech mène le tour', 'Série A'],
  ])('%s does not yield %s', (text, wrong) => {
    expect(runs(text)).not.toContain(wrong);
  });
});

describe('findNameRuns negatives: "and"/"et" between two names stays a list', () => {
  it.each([
    ['backed by Tencent and Sequoia Capital', ['Tencent', 'Sequoia Capital']],
    ['led by Accel and Index Ventures', ['Accel', 'Index Ventures']],
    ['with Goldman Sachs and Morgan Stanley', ['Goldman Sachs', 'Morgan Stanley']],
    ['avec Bpifrance et Partech Partners', ['Bpifrance', 'Partech Partners']],
    ['Acme Capital and Beta Ventures invested', ['Acme Capital', 'Beta Ventures']],
    ['from Corporate and friends', ['Corporate']],
  ])('%s', (text, names) => {
    expect(runs(text)).toEqual(expect.arrayContaining(names));
  });
});

describe('findNameRuns negatives: brackets that are not the abbreviation of the name before stay', () => {
  it.each([
    ['Sequoia Capital (SCI) joined', 'SCI'],
    ['Acme Bank (Nasdaq) rose', 'Nasdaq'],
    ['Partech Partners (Paris) a mené le tour', 'Paris'],
    ['Index Ventures (IV) led', 'IV'],
  ])('%s keeps %s', (text, name) => {
    expect(runs(text)).toContain(name);
  });
});

describe('abbreviates / sameEntity negatives', () => {
  it.each([
    ['IV', 'Index Ventures'], // two letters match too much
    ['BofA', 'Bank of America'], // mixed case is a brand, not initials
    ['ABC', 'Acme Bank'],
    ['XYZ', 'Xavier Young Zeta Holdings'],
    ['C3AD', 'Crédit Agricole Alpes Développement'],
  ])('%s is not the abbreviation of %s', (short, full) => {
    expect(abbreviates(short, full)).toBe(false);
  });
  it.each([
    ['SVB', 'Sequoia Capital'],
    ['EIB', 'European Innovation Council'],
  ])('%s and %s stay apart', (a, b) => {
    expect(sameEntity(a, b)).toBe(false);
  });
});
