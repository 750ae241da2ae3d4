/**
 * Which company raised, round 7 negatives: what the lower-case brand, the comma-less relative clause and the new places must
 * leave alone. Positives: companies-round7.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { isPlace, subjectBefore, type CompanyHit } from '../../utils/companies';

type Row = [why: string, sentence: string, verb: string, want: CompanyHit | null];

describe('subjectBefore, round 7: a lower-case word that is no brand', () => {
  it.each<Row>([
    ['a pronoun', 'it has raised § so far.', 'raised', { name: '', pronoun: true }],
    ['a plural of companies after a colon', 'The result: startups raised § in March.', 'raised', null],
    ['a plural of people', 'investors have poured § into the sector.', 'poured', null],
    ['French: "elles ont levé"', 'Ensemble, elles ont levé §.', 'levé', null],
    ['French: "plusieurs ont levé"', 'Bilan : plusieurs ont levé § cette année.', 'levé', null],
    // Two lower-case words are a described anaphor pointing back ("the startups"), never a brand.
    ['two lower-case words are a common noun phrase', 'the startups raised §.', 'raised', { name: '', pronoun: true }],
    ['a lower-case word after other words is no subject alone', 'Last year funding raised § overall.', 'raised', null],
  ])('%s', (_why, sentence, verb, want) => expect(subjectBefore(sentence, sentence.indexOf(verb))).toEqual(want));
});

describe('subjectBefore, round 7: an object clause is not a relative after a name', () => {
  it.each<Row>([
    // "hinted that …," is the object clause of a verb: the word before "that" is lower case.
    ['"London startup hinted that …, announced"',
      'Ten months ago London startup hinted that it would be “a new way to book travel online”, announced a healthy § funding round.', 'announced', null],
    // "Report found that … Prospa, raising": the relative rule must not strip back to the report's owner.
    ['"Techboard’s Report found that … led by Victorian unicorns Prospa, raising"',
      'Techboard’s Startup Funding Report found that the most significant results were led by Victorian unicorns Prospa, raising §.', 'raising', { name: 'Prospa', pronoun: false }],
    // Without a comma before the verb, the relative clause holds the verb: "the fund that backed Acme raised" keeps today's reading.
    ['no closing comma: the rule does not fire', 'Sequoia that backed Acme raised §.', 'raised', { name: 'Acme', pronoun: false }],
  ])('%s', (_why, sentence, verb, want) => expect(subjectBefore(sentence, sentence.indexOf(verb))).toEqual(want));
});

describe('isPlace, round 7: names that only contain a place are companies', () => {
  it.each([
    'Cambridge Analytica', 'Oxford Nanopore', 'Bristol Myers Squibb', 'Tours Capital', 'Porto Tech', 'Sofia Ventures', 'Phoenix', 'Nord Security', 'Waterloo Ventures',
  ])('%s', (name) => expect(isPlace(name)).toBe(false));
});
