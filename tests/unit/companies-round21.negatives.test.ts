/**
 * Look-alikes of the round 21 readers (companies-round21.test.ts) that must stay as they were: a
 * title that is a person's, a possessive that names an owner and its unit, and a role noun that introduces no list of people.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';
import { personNames } from '../../utils/companies';

const companies = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.company);

describe('round 21 negatives: a title that stays a person’s', () => {
  it.each<[string, string]>([
    // The person is named by a role, not described as a company: the title is not part of the raiser's name.
    ['Kiplo', 'Kiplo, whose chief executive is Mr Tilvo, raised $2 million from impact investors.'],
    // No company-kind noun before the title or after the name.
    ['Tilvo', 'Mr Tilvo raised $3 million in a seed round.'],
  ])('%s', (want, row) => expect(companies(row)).toEqual([want]));
});

describe('round 21 negatives: a possessive that names an owner and its unit', () => {
  it.each<[string, string]>([
    ['Tilvo', 'Kiplo’s Tilvo raised $2.25 billion from outside investors.'],
    ['Orvani', 'Europe’s Orvani raised $150 million in a Series C round.'],
  ])('%s', (want, row) => expect(companies(row)).toEqual([want]));
});

describe('round 21 negatives: no list of people after a singular role or a company noun', () => {
  it.each<[string, string]>([
    ['kiplo labs', 'The founders’ fund Kiplo Labs and Orvani Capital backed the round.'],
    ['acme', 'Jane Kiplo, who is CEO of Acme, left a bank to start it.'],
  ])('%s', (name, text) => expect(personNames(text).has(name)).toBe(false));
});
