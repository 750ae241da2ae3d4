/**
 * Round 14 negatives (companies-round14.test.ts): look-alikes the new rules must leave alone. A founders or CEO phrase whose
 * person then backs another company does not name the raiser ("The former CEO of Google, Eric Schmidt, has backed Kiplo, which
 * raised"); a sentence sending money or a contract to a company hands it no title; a name ending like a French adverb is a name.
 */
import { describe, expect, it } from 'vitest';
import { openingSubject } from '../../utils/companies';
import { splitSentences } from '../../utils/sentences';
import { readFunding } from '../../utils/funding';

const companies = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.company);

describe('readFunding, round 14 negatives: a role of one company, then another company that raised', () => {
  it.each<[string, string]>([
    ['Kiplo', 'The former CEO of Google, Eric Schmidt, has backed Kiplo, which raised $20 million.'],
    ['Norvio', 'L’ancien PDG de Renault, Jean Martin, soutient Norvio, qui a levé 5 millions d’euros.'],
    ['Veltro', 'The co-founder of Stripe, John Roe, joined Veltro, which has raised $12 million.'],
  ])('%s', (want, sentence) => {
    const got = companies(sentence);
    expect(got).toContain(want);
    expect(got).toHaveLength(1);
  });
});

describe('openingSubject, round 14 negatives: money or a contract going to a company hands no title', () => {
  it.each<[string]>([
    ['The money will go to Acme.'],
    ['The contract went to Globex, a defence supplier.'],
    ['La somme ira à Kiplo, la filiale du groupe.'],
    ['Le marché revient à Tilbury, le sous-traitant historique.'],
  ])('%s', (sentence) => expect(openingSubject(sentence)).toBeNull());
});

describe('splitSentences, round 14 negatives: a lost space between two sentences still splits', () => {
  it.each<[string, string[]]>([
    ['Investors include Goodwater Capital.Woowa Brothers came second.', ['Investors include Goodwater Capital.', 'Woowa Brothers came second.']],
    ['The round was led by Sequoia.The company plans to hire.', ['The round was led by Sequoia.', 'The company plans to hire.']],
    ['Le tour est mené par Partech.Elle compte recruter.', ['Le tour est mené par Partech.', 'Elle compte recruter.']],
    ['The round was led by IMM.Yello Mobile followed.', ['The round was led by IMM.', 'Yello Mobile followed.']],
  ])('%s', (paragraph, want) => expect(splitSentences(paragraph).map((s) => s.text)).toEqual(want));
});

describe('readFunding, round 14 negatives: "another" naming a backer is no raiser', () => {
  it('"Acme, another backer of Kiplo, led the round" keeps Kiplo', () => {
    expect(readFunding({ paragraphs: ['Acme, another backer of Kiplo, led the round.', 'Kiplo raised $3 million.'] }).deals.map((d) => d.company)).toEqual(['Kiplo']);
  });
});

describe('readFunding, round 14 negatives: names that look like a rank, a sector word or an idiom stay names', () => {
  it.each<[string, string]>([
    ['Word.ly', 'Word.ly raised $4 million from Accel.'],
    ['Internet Brands', 'Internet Brands raised $10 million from KKR.'],
    ['AI21 Labs', 'AI21 Labs raised $208 million in a Series C.'],
    ['Rumble', 'Rumble raised $400 million from Tether.'],
  ])('%s', (want, sentence) => expect(readFunding({ paragraphs: [sentence] }).deals.map((d) => d.company)).toEqual([want]));
});
