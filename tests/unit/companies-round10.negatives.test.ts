/**
 * Negatives for round 10 (companies-round10.test.ts): shapes that look like the ones fixed but are not them. A name told
 * something after its own funding verb stays the raiser; brands that are a participle or a question word inside a longer
 * name stay; an investor's own verb of backing ("they led a round for X") keeps its subject for the caller; a third person
 * raising "for" a purpose names no owner; English nationality adjectives that open brand names stay; a legal form after a
 * comma joins only a name right before it; and the sentence splitter and the money reader keep their readings of US state
 * abbreviations and of "respectively" lists.
 */
import { describe, expect, it } from 'vitest';
import { companyAfter, isOpeningWord, subjectBefore, withoutNamePrefixes } from '../../utils/companies';
import { findMoney } from '../../utils/money';
import { splitSentences } from '../../utils/sentences';

describe('subjectBefore, round 10 negatives: a name before "told" is the teller and stays', () => {
  it.each<[string, string, string]>([
    ['the teller named, the outlet after', 'Acme told Reuters it raised §.', 'Acme'],
    ['the teller named in French', 'Kiplo a confié aux Echos avoir levé §.', 'Kiplo'],
    ['an outlet that raised is the raiser: no reporting verb', 'TechCrunch raised § from AOL.', 'TechCrunch'],
    ['a name after "tells" followed by a capitalised clause is not cut', 'Acme tells Jane Doe Acme raised §.', 'Acme'],
  ])('%s', (_why, sentence, want) => {
    const verb = /(?:raised|levé)(?= §)/u.exec(sentence)!;
    expect(subjectBefore(sentence, verb.index)?.name).toBe(want);
  });
});

describe('isOpeningWord, round 10 negatives: longer names and brands stay names', () => {
  it.each<string>(['Want Labs', 'Bought By Many', 'Acquired Brands', 'Bringing Home Inc', 'Photo Box', 'Credit Karma', 'Image Metrics', 'Wesley', 'Comment Sold', 'Pourquoi Pas Studio', 'Iteration'])(
    '"%s" is a name', (name) => expect(isOpeningWord(name)).toBe(false));
});

describe('subjectBefore, round 10 negatives: backing verbs and "for" that name no other company', () => {
  it.each<[string, string, string, boolean]>([
    // The verb read is the verb of backing: the investor (here a pronoun) is its subject, for the caller to resolve.
    ['"they led a round for X": the verb read is the backing verb', 'Also, they led a series funding round for Eigen Technologies.', 'led', true],
    ['a third person raising "for" a purpose', 'Acme has raised § for its Series B expansion.', 'has raised', false],
    ['"leading" with no investment noun and object', 'Acme announced §, leading the market in Europe.', 'announced', false],
  ])('%s', (_why, sentence, verb, pronoun) => {
    const hit = subjectBefore(sentence, sentence.indexOf(verb));
    if (pronoun) expect(hit?.pronoun).toBe(true);
    else expect(hit?.name).toBe('Acme');
  });
  it('"We’ve raised § for our Series B" names no owner', () => {
    const sentence = 'We’ve raised § for our Series B.';
    expect(subjectBefore(sentence, sentence.indexOf('raised'))).toEqual({ name: '', pronoun: true });
  });
  it('"Nous avons levé § pour recruter" names no owner', () => {
    const sentence = 'Nous avons levé § pour recruter 40 personnes.';
    expect(subjectBefore(sentence, sentence.indexOf('levé'))).toEqual({ name: '', pronoun: true });
  });
});

describe('companyAfter, round 10 negatives: an anaphor object, a co-investor after "with"', () => {
  it.each<[string, string, string | null]>([
    ['"for the company … with Y" names no company', ' funding round for the company in July 2018 with Bold Capital Partners.', null],
    ['"pour la société … avec Y" names no company', ' tour de table pour la société en 2019 avec Partech.', null],
    ['"round in X with Y" names X', ' round in Acme with Sequoia.', 'Acme'],
  ])('%s', (_why, text, want) => expect(companyAfter(text)).toBe(want));
});

describe('withoutNamePrefixes, round 10 negatives: names that open with a nationality word', () => {
  it.each<string>(['British Airways', 'Swiss Re', 'American Express', 'Swedish Match', 'Française des Jeux', 'Suédois', 'Belgelec', 'Indiana Labs'])(
    '"%s" stays', (name) => expect(withoutNamePrefixes(name)).toBe(name));
});

describe('subjectBefore, round 10 negatives: a legal form after a comma joins only the name right before it', () => {
  it.each<[string, string, string]>([
    ['"Acme, Inc." is one name', 'Acme, Inc. has raised §.', 'Acme, Inc'],
    ['"X Co., Ltd." is one name', 'Shenzhen Acme Technology Co., Ltd. a levé §.', 'Shenzhen Acme Technology Co., Ltd'],
  ])('%s', (_why, sentence, want) => {
    const verb = /(?:has raised|a levé)(?= §)/u.exec(sentence)!;
    expect(subjectBefore(sentence, verb.index)?.name).toBe(want);
  });
});

describe('splitSentences, round 10: a US state abbreviation before a comma or a lower-case word continues the sentence', () => {
  it.each<[string, string, number]>([
    ['"Mass.," then a lower-case clause', 'ResearchGate is based in Berlin and Cambridge, Mass., with investments from Founders Fund.', 1],
    ['"Calif." then "and"', 'Acme, based in Palo Alto, Calif. and London, raised $5 million.', 1],
    ['"Fla.," then the verb', 'The company, based in Tampa, Fla., raised $3M from N.Y. investors.', 1],
    ['"Co., Ltd." then the verb', 'Shenzhen Acme Technology Co., Ltd. has raised $50 million.', 1],
    // Negative: the abbreviation closes a sentence when a capitalised sentence follows.
    ['"Wash." then a new sentence', 'The startup is based in Seattle, Wash. Investors include Madrona.', 2],
    ['"Cie." then a French sentence', 'Elle a levé 5 M€ auprès de Partech et Cie. Le tour est mené par X.', 2],
  ])('%s', (_why, paragraph, count) => expect(splitSentences(paragraph)).toHaveLength(count));
});

describe('findMoney, round 10: "respectively" lists borrow the last figure’s scale and currency', () => {
  it.each<[string, number[], string]>([
    ["Les deux start-up ont levé respectivement 5 et 8 millions d'euros.", [5e6, 8e6], 'EUR'],
    ['They raised $5 and $8 million respectively.', [5e6, 8e6], 'USD'],
    ['Acme et Foo ont levé 1,5 et 2 millions de dollars respectivement.', [1.5e6, 2e6], 'USD'],
    ['Acme and Foo raised €12 and €30 million, respectively.', [12e6, 30e6], 'EUR'],
  ])('%s', (text, values, currency) => {
    const found = findMoney(text);
    expect(found.map((m) => m.value)).toEqual(values);
    expect(found.every((m) => m.currency === currency)).toBe(true);
  });
  it('a count of people with "respectively" is no money', () => {
    expect(findMoney('Acme hired 5 and 8 people respectively, and raised $3 million.').map((m) => m.value)).toEqual([3e6]);
  });
});

describe('subjectBefore, round 10 negatives: a perfect participle whose main clause opens with no company', () => {
  it.each<[string, string]>([
    ['a place opens the main clause', 'London attracted record investment this year, having raised § across 300 deals.'],
    ['a pronoun opens it', 'It doubled its headcount, having raised § in 2021.'],
    ['a common noun opens it', 'Startup funding fell in May, having raised § in April.'],
  ])('%s', (_why, sentence) => {
    const verb = /raised(?= §)/u.exec(sentence)!;
    const hit = subjectBefore(sentence, verb.index);
    expect(hit?.name ?? '').not.toMatch(/London|Startup|May|April/);
  });
});
