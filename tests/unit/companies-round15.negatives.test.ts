/**
 * Round 15 negatives (companies-round15.test.ts): look-alikes of each shape that must not name a company by it. Invented rows.
 */
import { describe, expect, it } from 'vitest';
import { openingSubject } from '../../utils/companies';
import { readFunding } from '../../utils/funding';

const companies = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.company);

describe('round 15 negatives: "with a round" after no name, a place or a fund names no company', () => {
  it.each<string>([
    'La semaine se termine avec une levée de 3 millions d’euros.',
    'Paris arrive deuxième avec une levée moyenne de 8 millions d’euros.',
    'Investors came back with a $5 million round.',
    'Sequoia arrives with a $500 million fund.',
  ])('%s', (row) => expect(openingSubject(row)).toBeNull());
  it('a capitalised kind noun inside a name is kept: "Fintech Farm"', () =>
    expect(openingSubject('Fintech Farm tops the list with a $10 million round.')).toBe('Fintech Farm'));
});

describe('round 15 negatives: a backing verb whose object holds no figure, or a date after it, names no owner', () => {
  it.each<string>([
    'Partech a mené le tour de table de 5 M€ en mai.',
    'Accel led the $10 million round in March.',
  ])('%s', (row) => expect(openingSubject(row)).toBeNull());
  it('a round told in a relative clause before the subject’s own verb: the subject, not the round’s owner', () =>
    expect(openingSubject('Partech, qui a mené le tour de table de Kiplo, investit 5 M€ dans la région.')).toBe('Partech'));
});

describe('round 15 negatives: a weekday as a date adverb, or after a name, is not the company', () => {
  it.each<[string[], string[]]>([
    [['Acme Labs', 'Acme Labs'], ['Acme Labs raised $9 million from Sequoia.', 'The startup Monday said it raised $5 million.']],
    [['Kiplo'], ['Payments startup Kiplo on Sunday raised $5 million.']],
  ])('%j', (want, paragraphs) => expect(companies(...paragraphs)).toEqual(want));
});

describe('round 15 negatives: a figure whose "de X" is a lender, a date, or a later figure’s owner', () => {
  it.each<string>([
    'Un financement de 2 millions d’euros de Bpifrance complète l’opération.',
    'Après la levée de 3 millions d’euros de janvier, la start-up vise plus.',
  ])('%s', (row) => expect(openingSubject(row)).toBeNull());
  it('the first figure is not in the round phrase: "Kiplo a levé 5 M€, soit plus que la levée de 3 M€ de Norvio"', () =>
    expect(openingSubject('Kiplo a levé 5 M€, soit plus que la levée de 3 M€ de Norvio.')).toBe('Kiplo'));
});

describe('round 15 negatives: a name ending in "tech" with no name right after it stays the name', () => {
  it.each<[string, string]>([
    ['Ubitech', 'Ubitech figure en tête du classement grâce à son tour de 4 millions d’euros mené par Kima.'],
    ['Ubitech Norvio', 'Ubitech Norvio arrive deuxième avec une levée de 5 millions d’euros.'],
  ])('%s', (want, row) => expect(openingSubject(row)).toBe(want));
});
