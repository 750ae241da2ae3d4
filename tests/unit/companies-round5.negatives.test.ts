/**
 * Which company raised, round 5: what the new rules must leave alone (brands that look like grammar, names before a
 * conjunction that is not subordinate to a pronoun, a capitalised descriptor, investors after a figure, section headings).
 * Positives: companies-round5.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { antecedentIn, companyAfter, isOpeningWord, openingSubject, subjectBefore, type CompanyHit } from '../../utils/companies';

type Row = [why: string, sentence: string, verb: string, want: CompanyHit | null];

describe('subjectBefore, round 5: the new rules do not fire', () => {
  it.each<Row>([
    // A conjunction with no pronoun after it: the tail stripper's result stands (no name right before the verb).
    ['"when" followed by a name, not a pronoun: that name raised', 'Investors backed Acme when Beta raised §.', 'raised', { name: 'Beta', pronoun: false }],
    ['"as" with no pronoun after it', 'As expected, Beta raised §.', 'raised', { name: 'Beta', pronoun: false }],
    // A described subject that holds a capitalised name is not an anaphor: the name is the company.
    ['"The Lagos startup Kuda raised"', 'The Lagos startup Kuda raised § in a Series B.', 'raised', { name: 'Kuda', pronoun: false }],
    // A brand that opens with a preposition is kept whole.
    ['"Across AI raised"', 'Across AI raised § in seed funding.', 'raised', { name: 'Across AI', pronoun: false }],
    ['"Beyond Meat raised"', 'Beyond Meat raised § before its listing.', 'raised', { name: 'Beyond Meat', pronoun: false }],
    ['"Within Health raised"', 'Within Health raised § from Lux Capital.', 'raised', { name: 'Within Health', pronoun: false }],
    // A comma participle with backers still goes (round 4), and a bare participle only after "by/par".
    ['"Acme, backed by Sequoia, raised"', 'Acme, backed by Sequoia, raised §.', 'raised', { name: 'Acme', pronoun: false }],
    ['"Acme launched in 2020 raised" (no agent)', 'Acme launched in 2020 and raised §.', 'raised', null],
  ])('%s', (_why, sentence, verb, want) => expect(subjectBefore(sentence, sentence.indexOf(verb))).toEqual(want));
});

describe('openingSubject, round 5: no company', () => {
  it.each<[string, string]>([
    ['a section heading', 'Highlights'],
    ['a French section heading', 'En bref'],
    ['a heading of three words is a title, not a name', 'Startup Funding Roundup'],
    ['a sentence-opening preposition', 'Despite a headline number, funding went to four companies.'],
    ['a fronted French adjective', 'Nouvel investissement d’Orange Ventures dans l’agritech.'],
    ['a link prompt', 'Lire aussi: Ava, fabricant d’un bracelet, lève §'],
    ['a time phrase', 'Q1 of 2024 saw § invested.'],
    ['a place as a heading', 'Nigeria'],
    ['a descriptor with no verb after the name', 'Payments startup Lydia, a Paris company.'],
  ])('%s', (_why, sentence) => expect(openingSubject(sentence)).toBeNull());
});

describe('companyAfter, round 5: no company', () => {
  it.each<[string, string]>([
    // An investor after the figure is told with other words between ("auprès de", "accordé par", "from").
    ['"§ auprès de Bpifrance"', ' auprès de Bpifrance et de business angels.'],
    ['"§ accordé par Bpifrance"', ' accordé par Bpifrance.'],
    ['"§ from Sequoia"', ' from Sequoia Capital.'],
    // A later round noun with its own figure after "de", past another figure, belongs to that figure.
    ['"§ en mars, § en mai et un tour de table de § pour Beta": the third figure’s object', ' en mars, § en mai et un tour de table de § pour Beta.'],
    // "d’" with a lower-case word is no name.
    ['"§ d’investissement"', ' d’investissement dans la région.'],
    // The owner's unit needs a kind noun: "into GM’s shares" names no unit.
    ['"into Acme’s shares Beta" is not a unit', ' into the market.'],
  ])('%s', (_why, after) => expect(companyAfter(after)).toBeNull());
});

describe('isOpeningWord: real names stay names', () => {
  it.each(['Acme', 'Qonto', 'Nestlé', 'Boeing', 'Via', 'Even', 'Nothing', 'Plus', 'Grammarly', 'Bankly', 'Q1 Capital', 'Across AI', 'H2O', 'Spécialisée Capital'])(
    '%s', (word) => expect(isOpeningWord(word)).toBe(false));
});

describe('antecedentIn: nothing to point back to', () => {
  it.each<[string, string]>([
    ['no name at all', 'La dynamique ne faiblit pas.'],
    ['only a place and a nationality', 'In Lagos, Nigerian founders are busy.'],
    ['only a sentence-opening word', 'Despite the slowdown, funding held up.'],
    ['only a time phrase', 'Q1 of 2024 was slow.'],
  ])('%s', (_why, before) => expect(antecedentIn(before)).toBeNull());
});
