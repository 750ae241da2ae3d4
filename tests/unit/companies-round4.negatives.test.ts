/**
 * Which company raised, round 4: what the new subject rules must leave alone
 * (lists of companies, founders as objects, a possessor's company, pronouns,
 * a legal form with no name). Positives: companies-round4.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { companyAfter, firstNameBefore, openingSubject, personNames, subjectBefore, type CompanyHit } from '../../utils/companies';

type Row = [why: string, sentence: string, verb: string, want: CompanyHit | null];

describe('subjectBefore, round 4: the new rules do not fire', () => {
  it.each<Row>([
    // The opening-appositive rule needs an aside without ", and": two described companies are a list; the nearer one stays.
    ['a list of two described companies', 'Acme, a lender, and Beta, a bank, have raised § together.', 'raised', { name: 'Beta', pronoun: false }],
    // A possessor names the owner, and the owned company is still the one that raised.
    ['"Alphabet’s Waymo raised"', 'Alphabet’s Waymo raised § from outside investors.', 'raised', { name: 'Waymo', pronoun: false }],
    // A lower-case adverb is stripped, the pronoun stays a pronoun.
    ['"The firm recently raised"', 'The firm recently raised § in a Series B.', 'raised', { name: '', pronoun: true }],
    // A participle after a clause opened by a pronoun: no name to give.
    ['", raising §" after "It announced"', 'It announced the close of its Series B round, raising § from Accel.', 'raising', null],
    // A participle after a fronted phrase: no clause-opening name.
    ['"In March, raising §"', 'In March, raising § was hard for Acme.', 'raising', null],
    // A legal form with no name before it is no company.
    ['"Limited" alone', 'In Lagos, Limited raised §.', 'raised', null],
    // A name with its legal form in one run is unchanged.
    ['"Acme Ltd raised"', 'Acme Ltd raised § in March.', 'raised', { name: 'Acme Ltd', pronoun: false }],
    // A relative clause naming a person between subject and verb.
    ['"Kuda Bank, which is led by Babs Ogundeyi, raised"', 'Kuda Bank, which is led by Babs Ogundeyi, raised § in March.', 'raised', { name: 'Kuda Bank', pronoun: false }],
  ])('%s', (_why, sentence, verb, want) => expect(subjectBefore(sentence, sentence.indexOf(verb))).toEqual(want));

  it('founders after a preposition are an object: their company is not the subject', () => {
    const sentence = 'The round drew money from the founders of Google, Larry Page and Sergey Brin, who invested § in the startup.';
    expect(subjectBefore(sentence, sentence.indexOf('invested'))?.name).not.toBe('Google');
  });

  it('a gerund after "with" names its own subject, not the company of the main clause', () => {
    const sentence = 'Sequoia led the round in Acme, with Accel raising its stake by § in June.';
    expect(subjectBefore(sentence, sentence.indexOf('raising'))?.name).not.toBe('Sequoia');
  });
});

describe('firstNameBefore, round 4: a plain first name is unchanged', () => {
  it.each<[string, string]>([
    ['Earlier this year, Type One Energy told TechCrunch it had attracted §.', 'Type One Energy'],
    // Founders of another company, after a preposition: the sentence's own first name stays.
    ['Acme, backed by the founders of Google, Larry Page and Sergey Brin, raised §.', 'Acme'],
  ])('%s', (sentence, want) => expect(firstNameBefore(sentence, sentence.indexOf('§'))).toBe(want));
});

describe('subjectBefore, round 4: a place modifier before a kind noun is no name', () => {
  it('"the Basel-based start-up has now raised" is a pronoun, not "Basel-based"', () => {
    // Fixture 143 (startupticker): the "NAME company raised" rule must not take the place.
    const sentence = 'Onena, on the other hand, is still in the early stages: the Basel-based start-up has now raised §.';
    expect(subjectBefore(sentence, sentence.indexOf('raised'))?.name ?? '').not.toMatch(/Basel/);
  });
  it('"Acme, backed by Sequoia, raised" keeps Acme as the first name', () => {
    const sentence = 'Acme, backed by Sequoia and Accel, raised §.';
    expect(firstNameBefore(sentence, sentence.indexOf('raised'))).toBe('Acme');
  });
});

describe('openingSubject, round 4: founders named after other words are not an opening', () => {
  it.each<[string, string | null]>([
    // A sentence that opens with something other than people: the founders rule does not apply here.
    ['The round drew money from the founders of Google, Larry Page and Sergey Brin.', null],
    // A company opening the sentence, then its founders: the plain opening subject stays.
    ['Databricks, whose founders of note include Ali Ghodsi, raised §.', 'Databricks'],
  ])('%s', (sentence, want) => expect(openingSubject(sentence)).toBe(want));
});

describe('companyAfter, round 4: "dans" / "into" a place, a frame or a source', () => {
  it.each<string>([
    ' dans le cadre de Station F.',
    ' dans la région de Montréal.',
    ' dans Paris et sa région.',
    " dans l'usine d'Airbus à Toulouse.",
    ' into the hands of Sequoia.',
    ' into March.',
  ])('%s', (after) => expect(companyAfter(after)).toBeNull());
});

describe('personNames, round 4: companies, places and investors are not people', () => {
  it('a company founded by people, a place, a fund backing a company', () => {
    const text = 'Marketforce, founded by Tesh Mbaabu in Nairobi, raised $40 million. Acme said it would hire. Sequoia Capital led the round; ' +
      'Kuda Bank, the lender, and Nairobi, its home, grew. Founded in Lagos by engineers, Paystack raised more.';
    const people = personNames(text);
    for (const name of ['marketforce', 'acme', 'sequoia capital', 'kuda bank', 'nairobi', 'lagos', 'paystack']) expect(people.has(name)).toBe(false);
  });
});

describe('personNames, round 4: the employer after a role is not a person', () => {
  it('"Alexandre Prot, cofondateur et CEO de Qonto" names one person, not Qonto', () => {
    // Fixture 105 (Option Finance): the run finder gives "de Qonto" right after "CEO".
    const people = personNames('En raison des grèves, Alexandre Prot, cofondateur et CEO de Qonto, a le sourire. Une semaine avant Qonto, Lydia a levé.');
    expect(people.has('alexandre prot')).toBe(true);
    expect(people.has('qonto')).toBe(false);
    expect(people.has('de qonto')).toBe(false);
  });
});

describe('subjectBefore, round 4: a count of companies in a title is no company', () => {
  it.each<string>([
    // Fixture 180 (Inc42-style weekly): the title's subject was given as Pharmeasy's company.
    '21 Indian Startups Secure § in Funding (Sep 15-20)',
    'Top 10 Fintechs Raised § This Year',
    'Five Unicorns Raised § Last Quarter',
  ])('%s', (title) => {
    const verb = /Secure|Raised/.exec(title)!;
    expect(subjectBefore(title, verb.index)?.name ?? null).toBeNull();
  });
});

describe('subjectBefore, round 4: a kind noun alone is no company', () => {
  it.each<string>([
    // Fixture 61 (YourStory): "Startup funding activity … was dominated …, with …, Innovapptive, seeing the largest infusion".
    'Startup raised § this week, the data show.',
    'Venture raised § in the quarter.',
  ])('%s', (sentence) => expect(subjectBefore(sentence, sentence.indexOf('raised'))?.name ?? null).toBeNull());
});
