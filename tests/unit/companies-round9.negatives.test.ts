/**
 * Negatives for round 9 (companies-round9.test.ts): a fronted or trailing gerund whose clause opens with no company, lower-case
 * brands that still are brands after a kind noun, and relatives with "whose" that do not name the raiser.
 */
import { describe, expect, it } from 'vitest';
import { openingSubject, parenthesisedItems, subjectBefore, withoutNamePrefixes } from '../../utils/companies';
import { readFunding } from '../../utils/funding';

describe('openingSubject, round 9 negatives: a gerund clause whose main subject is no company', () => {
  it.each<[string, string]>([
    ['a place after a fronted gerund', 'En levant 5 millions d’euros, Paris devient la capitale de la fintech.'],
    ['a nationality after a fronted gerund', 'By raising €5 million, French startups closed the gap.'],
    ['no name after the fronted clause', 'Having said that, the startup raised €5 million.'],
    ['a common-noun subject, then a trailing gerund', 'Investors poured in, raising €5 million.'],
    ['a place opening, then a trailing gerund', 'Paris attracted startups, raising its profile.'],
    ['a capitalised word deep in the main clause, not its subject', 'En levant 5 millions, la jeune pousse a recruté chez Google.'],
    ['a gerund that is not a funding verb, trailing', 'La fintech lyonnaise grandit, en recrutant 40 personnes.'],
  ])('%s', (_why, sentence) => expect(openingSubject(sentence)).toBeNull());
});

describe('subjectBefore, round 9 negatives: lower-case brands still named; "whose" that names no raiser', () => {
  it.each<[string, string, string]>([
    ['a lower-case brand after a kind noun', 'Wealth platform smallcase raised §.', 'smallcase'],
    ['a lower-case brand after "lending platform"', 'Lending platform iwoca raised §.', 'iwoca'],
    ['a French lower-case brand after "la plateforme"', 'La plateforme evroc lève §.', 'evroc'],
    ['a lower-case brand alone', 'bolttech has raised §.', 'bolttech'],
    ['"whose" with no kind noun: the owner of the relative raised', 'Acme, whose investors include Sequoia, raised §.', 'Acme'],
    ['"dont" with no kind noun', 'Kiplo, dont les clients sont des PME, a levé §.', 'Kiplo'],
    ['an upper-case elided article is part of the brand', 'L’Oréal has raised §.', 'L’Oréal'],
    ['a role word inside a longer word stays', 'Presidential Labs has raised §.', 'Presidential Labs'],
  ])('%s', (_why, sentence, want) => {
    const verb = /(?:has raised|raised|a levé|lève)(?= §)/u.exec(sentence)!;
    expect(subjectBefore(sentence, verb.index)?.name).toBe(want);
  });
});

describe('withoutNamePrefixes, round 9 negatives: names built on a sector word, or that only look like one', () => {
  it.each<string>(['Fintech Farm', 'Proptech Labs', 'Biotech Ventures', 'Insurtech Hub', 'Startup Bank', 'Medtech Partners', 'Fintechs', 'Unicorny', 'Licorne Capital'])(
    '"%s" stays', (name) => expect(withoutNamePrefixes(name)).toBe(name));
});

describe('readFunding, round 9 negatives: a role or an elided article is not cut from a name that owns it', () => {
  it.each<[string, string, string[]]>([
    ['"Founders" is not the role "Founder"', 'Founders Factory', ['Founders Factory raised £20 million from Aviva.']],
    ['a role word glued into a name is kept', 'Presidential Labs', ['Presidential Labs raised $5 million in a seed round led by Accel.']],
  ])('%s', (_why, want, paragraphs) => expect(readFunding({ paragraphs }).deals[0]?.company ?? null).toBe(want));
});

describe('round 9 size bounds: the new clause readers look a bounded distance, so a glued run-on line stays linear', () => {
  it('a fronted gerund clause longer than 240 characters is not read as one (the subject search stops)', () => {
    expect(openingSubject(`En levant ${'des fonds '.repeat(30)}, Kiplo accélère.`)).toBeNull();
    expect(openingSubject(`En levant ${'des fonds '.repeat(20)}, Kiplo accélère.`)).toBe('Kiplo');
  });
  it('a trailing gerund is looked for in the sentence’s first 400 characters only', () => {
    expect(openingSubject(`La fintech Kiplo grandit ${'vite '.repeat(90)}, en levant 5 millions.`)).toBeNull();
  });
  it('a 20,000-character glued run of "whose company" and commas yields no name from the relative', () => {
    const run = 'whose company, '.repeat(1_400);
    expect(subjectBefore(`${run}raised §.`, run.length)?.name ?? null).not.toBe('company');
  });
  it('a parenthesis after a 30,000-character segment still finds the name closing it', () => {
    const sentence = `${'startups grew and '.repeat(1_700)}raised: Acme Labs (§), Nova (§) and Zeta (§).`;
    expect(parenthesisedItems(sentence).get(sentence.indexOf('§'))).toBe('Acme Labs');
  });
});
