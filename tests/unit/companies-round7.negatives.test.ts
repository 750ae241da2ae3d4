/**
 * Which company raised, round 7 negatives: what the lower-case brand, the comma-less relative clause and the new places must
 * leave alone. Positives: companies-round7.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { companyAfter, firstNameBefore, isPlace, subjectBefore, type CompanyHit } from '../../utils/companies';

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

describe('subjectBefore, round 7: no definition, no French "on"', () => {
  it.each<Row>([
    ['"It is a startup that has raised": a pronoun defined names no company', 'It is a startup that has raised §.', 'raised', null],
    // "a company" reads as a described anaphor, as before: no name.
    ['"This is a company that raised"', 'This is a company that raised § last year.', 'raised', { name: '', pronoun: true }],
    // "startup hub", "fintech scene": a compound of a kind noun, not a lower-case brand after it.
    ['"the Lagos startup hub raised"', 'Last year the Lagos startup hub raised §.', 'raised', null],
    ['"The Nordic fintech scene raised"', 'The Nordic fintech scene raised § in 2024.', 'raised', null],
    ['a place defined as a hub is no company', 'Paris is a startup hub that has raised § this year.', 'raised', null],
    ['the English preposition "on" is no pronoun', 'Acme focuses on raising § for clients.', 'raising', null],
    ['"bets on" before a gerund', 'The fund bets on raising § more.', 'raising', null],
  ])('%s', (_why, sentence, verb, want) => expect(subjectBefore(sentence, sentence.indexOf(verb))).toEqual(want));
});

describe('isPlace, round 7: names that only contain a place are companies', () => {
  it.each([
    'Cambridge Analytica', 'Oxford Nanopore', 'Bristol Myers Squibb', 'Tours Capital', 'Porto Tech', 'Sofia Ventures', 'Phoenix', 'Nord Security', 'Waterloo Ventures',
  ])('%s', (name) => expect(isPlace(name)).toBe(false));
});

describe('companyAfter, round 7: "de X" without a company-kind descriptor, or an investor’s kind', () => {
  it.each<[string]>([
    [' de Bpifrance.'], // the money's source
    [' de la Banque des Territoires.'],
    [' de la société de gestion Eurazeo.'], // an asset manager: an investor
    [' de la société d’investissement Wendel.'],
    [' de dette auprès de Acme.'],
    [' de chiffre d’affaires en 2023.'],
    [' de la start-up.'], // no name after the kind
  ])('"%s"', (text) => expect(companyAfter(text)).toBeNull());
});

describe('companyAfter, round 7: "round in 2018 from X" dates the round; X is its source', () => {
  it.each<[string]>([
    [' (US$1.5m) seed funding round in 2018 from its parent and SGX-listed luxury automobile distributor EuroSports Global Limited.'],
    [' funding round in March from Blackstone Group.'],
    [' round in early 2021 led by Tiger Global.'],
    [' levée de fonds en 2019 auprès de Bpifrance.'],
    [' tour de table de juin auprès de Partech.'],
  ])('"%s"', (text) => expect(companyAfter(text)).toBeNull());
});

describe('firstNameBefore, round 7: names that look like a code but are companies', () => {
  it.each<[string, string]>([
    ['D2 Capital led a § round', 'D2 Capital'], // a code inside a longer name
    ['C3 raised §', 'C3'], // no round noun after it
    ['A1 Telekom closed a § round', 'A1 Telekom'],
  ])('%s', (sentence, want) => expect(firstNameBefore(sentence, sentence.indexOf('§'))).toBe(want));
});
