/**
 * Who raised, round 32, look-alikes of companies-round32.test.ts: a name that holds a demonym, or that only looks like one
 * (a brand ending in "-ian", "-ese"), is no nationality: the family is a closed list of whole words, never a suffix; a
 * brand that opens with "Just" keeps it (only the word alone is grammar).
 */
import { describe, expect, it } from 'vitest';
import { antecedentIn, isNationality, isOpeningWord, isPlace, subjectBefore } from '../../utils/companies';

describe('round 32 negatives: names that hold or look like a demonym', () => {
  it.each<string>(['Turkish Airlines', 'Saudi Aramco', 'Tractian', 'Haltian', 'Guardian', 'Thaiger', 'Moroccan Ventures', 'Turquoise'])(
    '"%s" is not a nationality', (word) => expect(isNationality(word)).toBe(false));
});

describe('round 32 negatives: a brand ending like a demonym stays the antecedent', () => {
  it.each<[string, string]>([
    ['The Finnish fund backed Haltian', 'Haltian'],
    ['Last year Kestrel Fund backed Tractian', 'Tractian'],
  ])('%s', (before, want) => expect(antecedentIn(before)).toBe(want));
});

describe('round 32 negatives: a brand opening with "Just" stays whole', () => {
  it('"Just Eat" is no opening word', () => expect(isOpeningWord('Just Eat')).toBe(false));
  it('subjectBefore keeps "Just Eat"', () => {
    const s = 'Just Eat raised § from Orbis Capital.';
    expect(subjectBefore(s, s.indexOf('raised'))?.name).toBe('Just Eat');
  });
});

describe('round 32 negatives: names that hold a region, or a brand named like one, are no place', () => {
  it.each<string>(['Vaud Capital', 'Jura', 'Quebecor', 'Flanders Investment'])('"%s" is not a place', (name) => expect(isPlace(name)).toBe(false));
});
