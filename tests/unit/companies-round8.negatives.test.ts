/**
 * Negatives for round 8 (companies-round8.test.ts): a legal form at a sentence's real end still ends it, and the prefixes
 * stripped from a name leave names that merely look like them whole.
 */
import { describe, expect, it } from 'vitest';
import { firstNameBefore, isOpeningWord, namesIn, subjectBefore, withoutNamePrefixes } from '../../utils/companies';
import { splitSentences } from '../../utils/sentences';

const texts = (p: string): string[] => splitSentences(p).map((s) => s.text);

describe('splitSentences, round 8 negatives: a legal form that does end its sentence', () => {
  it.each<[string, string, string[]]>([
    ['"Pvt. Ltd. The company…"', 'It was led by Zeta Payments Pvt. Ltd. The company plans to hire.',
      ['It was led by Zeta Payments Pvt. Ltd.', 'The company plans to hire.']],
    ['"S.A. La société…"', 'Le tour a été mené par Dupont Industries S.A. La société compte recruter.',
      ['Le tour a été mené par Dupont Industries S.A.', 'La société compte recruter.']],
    ['"Pte. Ltd. It will…"', 'The buyer is Nova Robotics Pte. Ltd. It will keep the brand.',
      ['The buyer is Nova Robotics Pte. Ltd.', 'It will keep the brand.']],
    ['"Cie. Elle…"', 'Le fonds appartient à Martin et Cie. Elle investit en Europe.',
      ['Le fonds appartient à Martin et Cie.', 'Elle investit en Europe.']],
    ['a common word that looks like a legal form ("spa.")', 'The hotel opened a new spa. Guests loved it.', ['The hotel opened a new spa.', 'Guests loved it.']],
  ])('%s', (_why, paragraph, expected) => {
    expect(texts(paragraph)).toEqual(expected);
  });
});

describe('withoutNamePrefixes, round 8 negatives: names that only look like a prefix', () => {
  it.each<[string, string]>([
    ['a kind word that is part of the name', 'Fintech Farm'],
    ['a capitalised kind noun in the name', 'Insurance Company Of Kenya'],
    ['an acronym that opens real brands', 'AI Squared'],
    ['EV opens a name', 'EV Motors'],
    ['a hyphenated name that does not end in a participle', 'Extra-Hop'],
    ['a lone participle-ish word', 'Self-Led'],
    ['a kind noun closing the name', 'Bombay Shaving Company'],
    ['a French name with a kind noun inside', 'Société Générale'],
    ['"led" inside a word', 'Sealed Air'],
    ['the name alone', 'Infinity Fincorp'],
    ['a kind noun, then only a legal form', 'Prosper fintech Limited'],
    ['a sector acronym, then only a legal form', 'NBFC Ltd'],
  ])('%s: "%s" stays', (_why, name) => expect(withoutNamePrefixes(name)).toBe(name));
});

describe('namesIn, round 8 negatives: a parenthesis that does hold a company', () => {
  it.each<[string, string, string[]]>([
    ['a name in parentheses after lower-case words', 'Its parent (Alpha Group) and the fintech Beta which raised ', ['Alpha Group', 'Beta']],
    ['an acronym after a name, not after a descriptor', 'Banque Populaire (BPCE) and Crédit Agricole which raised ', ['Banque Populaire', 'BPCE', 'Crédit Agricole']],
    ['an acronym with no closing parenthesis', 'the platform (IA Labs and Qonto which raised ', ['IA Labs', 'Qonto']],
  ])('%s', (_why, text, want) => expect(namesIn(text)).toEqual(want));
});

describe('firstNameBefore, round 8 negatives: names that open with such a word stay', () => {
  it.each<[string, string, string, string]>([
    ['"Active Capital" opening a name', 'Active Capital a levé §.', 'levé', 'Active Capital'],
    ['"Photoroom" (a brand holding the word)', 'Photoroom raised §.', 'raised', 'Photoroom'],
    ['"Leader Bank" ', 'Leader Bank raised §.', 'raised', 'Leader Bank'],
  ])('%s', (_why, sentence, verb, want) => expect(firstNameBefore(sentence, sentence.indexOf(verb))).toBe(want));

  it.each(['Photoroom', 'Active Capital', 'Sourcegraph', 'VCC', 'Imagen', 'Creditas', 'Venture Catalysts', 'Expertise AI', 'Analyst Labs'])('%s is a name', (word) => expect(isOpeningWord(word)).toBe(false));
});

describe('subjectBefore, round 8 negatives: the adverb does not make an object the subject', () => {
  it.each<[string, string, string]>([
    ['a name after a preposition, then the adverb', 'Grâce au soutien de Bpifrance, la start-up vient en effet de lever §.', 'lever'],
    ['a pronoun, then the adverb', 'Elle a en effet levé § auprès de ses actionnaires.', 'levé'],
  ])('%s: no named subject', (_why, sentence, verb) => expect(subjectBefore(sentence, sentence.indexOf(verb))?.name ?? '').toBe(''));
});

describe('firstNameBefore, round 8 negatives: the brand itself, with no conjunction after it', () => {
  it.each<[string, string, string, string]>([
    ['"Even raised"', 'Even raised § from Khosla Ventures.', 'raised', 'Even'],
    ['"Just Eat, as …"', 'Just Eat, as it was known, raised §.', 'raised', 'Just Eat'],
  ])('%s', (_why, sentence, verb, want) => expect(firstNameBefore(sentence, sentence.indexOf(verb))).toBe(want));
});
