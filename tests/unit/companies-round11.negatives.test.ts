/**
 * Round 11's negatives: what looks like a dateline or a titled name but is not. A brand that only begins like an update label
 * ("Postman", "Publicis", "Updater") stays a name; a fronted phrase ("In the US", "For its Series A", "Dans le Nord") is never
 * taken with the subject after it for one titled name.
 */
import { describe, expect, it } from 'vitest';
import { isNationality, isOpeningWord, openingSubject, subjectBefore } from '../../utils/companies';

describe('isOpeningWord, round 11 negatives: brands that begin like a dateline', () => {
  it.each<string>(['Postman', 'Publicis', 'Publicis Sapient', 'Updater', 'Modifio', 'Actualis', 'Parulex', 'Posteo', 'Mistral', 'Misfits Market', 'MIS'])(
    '"%s" is not an opening word', (word) => expect(isOpeningWord(word)).toBe(false));
});

describe('subjectBefore, round 11 negatives: a fronted phrase is not part of the name', () => {
  it.each<[string, string, string]>([
    ['"In the US" before the name', 'In the US Acme raised § from Accel.', 'In the US Acme'],
    ['"For the Series A" before the name', 'For the Series A Acme raised § from Accel.', 'For the Series A Acme'],
    ['"Dans le Nord" before the name', 'Dans le Nord Kiplo a levé § auprès de Partech.', 'Dans le Nord Kiplo'],
    ['"Through the Fund" before the name', 'Through the Fund Acme raised § from Accel.', 'Through the Fund Acme'],
    ['"Beyond the US" before the name', 'Beyond the US Market Acme raised § from Accel.', 'Beyond the US Market Acme'],
  ])('%s', (_why, sentence, notWanted) => {
    const verb = /\b(?:a levé|raised)(?= §)/u.exec(sentence)!;
    expect(subjectBefore(sentence, verb.index)?.name ?? null).not.toBe(notWanted);
  });
});

describe('isOpeningWord, round 11 negatives: brands that hold an adverb are still names', () => {
  it.each<string>(['Soonicorn Labs', 'Later Technologies', 'Prior Labs', 'Since Capital', 'Earlybird', 'Depuis Gestion'])(
    '"%s" is not an opening word', (word) => expect(isOpeningWord(word)).toBe(false));
});

describe('subjectBefore, round 11 negatives: a relative clause with another subject does not take the antecedent', () => {
  it.each<[string, string, string]>([
    ['"that it raised": the pronoun, not the antecedent before "that"', 'The founders told Reuters that it raised § from Accel.', 'Reuters'],
    ['a place before "qui"', 'La start-up est installée à Nantes, qui a levé § en 2021.', 'Nantes'],
    ['a place before "which"', 'The startup moved to Lisbon, which raised § in tourism bonds.', 'Lisbon'],
  ])('%s', (_why, sentence, notWanted) => {
    const verb = /\b(?:raised|levé)(?= §)/u.exec(sentence)!;
    expect(subjectBefore(sentence, verb.index)?.name ?? null).not.toBe(notWanted);
  });
});

describe('isNationality, round 11 negatives: names that hold a nationality are not one', () => {
  it.each<string>(['French Tech', 'Frenchy', 'Indian Angel Network', 'Italienn', 'Canadian Tire', 'Swissquote', 'Polish Ventures'])(
    '"%s" is not a nationality', (word) => expect(isNationality(word)).toBe(false));
});

describe('subjectBefore, round 11 negatives: dotted abbreviations of prose are no brand', () => {
  it.each<[string, string]>([
    ['i.e', 'i.e. raised § more than planned.'],
    ['e.g', 'e.g. raised § in a seed round.'],
  ])('%s', (notWanted, sentence) => {
    const verb = /\braised(?= §)/u.exec(sentence)!;
    expect(subjectBefore(sentence, verb.index)?.name ?? null).not.toBe(notWanted);
  });
});

describe('openingSubject, round 11 negatives: a headline verb after an investor or a person opens no raiser', () => {
  it.each<string>([
    'Investors pull in § for Acme',
    'Founders rake in § from the sale',
  ])('%s', (headline) => expect(openingSubject(headline)).toBeNull());
});
