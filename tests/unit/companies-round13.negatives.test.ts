/**
 * Round 13 negatives (companies-round13.test.ts): look-alikes the new rules must leave alone. A founder phrase after a
 * preposition ("money from the founder of Stripe") or naming a parent ("les fondateurs du spin-off de Merck Serono, Asceneuron")
 * is not the founders' company; a descriptor then a comma ("the founder of the startup, Jane Doe,") names a person; an
 * indefinite description that names its own company ("a startup called Acme") keeps the name; a definite or proper subject
 * with a rival later in the sentence keeps its name; a deal title going to a place or a person-less "it" is no company.
 */
import { describe, expect, it } from 'vitest';
import { firstNameBefore, isOpeningWord, openingSubject, subjectBefore } from '../../utils/companies';

const VERB = / (?:a levé|lève|raised|raises|has raised|ont sécurisé|said it raised|a annoncé avoir levé)(?= )/u;
const name = (sentence: string) => subjectBefore(sentence, VERB.exec(sentence)!.index)?.name ?? null;

describe('subjectBefore, round 13 negatives: founders phrases that do not name the raiser', () => {
  it.each<[string | null, string]>([
    ['Asceneuron', 'Dirk Beher et Christoph Wiessner, les fondateurs du spin-off de Merck Serono, Asceneuron, ont sécurisé 30 millions.'],
    ['Kiplo', 'Kiplo, backed by money from the founder of Stripe, has raised $4 million.'],
    ['Orbita', 'Orbita, which hired the former CEO of Lyft, has raised $7 million.'],
    ['Beta', 'John Smith, CEO of Acme, said Beta raised $4 million.'],
  ])('%s', (want, sentence) => expect(name(sentence)).toBe(want));
  it('a speaker’s company is not the raiser of the clause they report ("Le PDG de la fintech Acme, …, a déclaré que Kiplo a levé")', () => {
    const s = 'Le PDG de la fintech Acme, Paul Martin, a déclaré que Kiplo a levé 2 millions.';
    expect(name(s)).not.toBe('Acme');
  });
  it('"the founder of the startup, Jane Doe," names a person, not a company', () => {
    const s = 'The founder of the startup, Jane Doe, said it raised $2 million.';
    expect(subjectBefore(s, VERB.exec(s)!.index)).toEqual({ name: '', pronoun: true });
  });
  it('a role of a place is no company ("Le président de la région Occitanie, …")', () => {
    const s = 'Le président de la région Occitanie, Jean Dupuis, a annoncé avoir levé 3 millions.';
    expect(name(s)).not.toBe('Occitanie');
  });
});

describe('subjectBefore, round 13 negatives: descriptions that name their own company keep it', () => {
  it.each<[string, string]>([
    ['Acme', 'A startup called Acme has raised $3 million.'],
    ['Kiplo', 'Une jeune pousse baptisée Kiplo a levé 2 millions d’euros.'],
    ['Zentrix', 'Zentrix, a startup hoping to disrupt Slack, has raised $4 million.'],
    ['Ledgerly', 'Fintech startup Ledgerly, which wants to replace Excel, has raised $9 million.'],
    ['Dataloop', 'A Tel Aviv-based startup, Dataloop, has raised $11 million.'],
  ])('%s', (want, sentence) => expect(name(sentence)).toBe(want));
  it('a proper subject keeps its name even when a rival is named before the verb', () => {
    const s = 'Zentrix, which competes with Slack, has raised $4 million.';
    expect(firstNameBefore(s, VERB.exec(s)!.index)).toBe('Zentrix');
  });
});

describe('openingSubject, round 13 negatives: titles that go to no company', () => {
  it.each<[string]>([
    ['The biggest round of the week went to London, where three startups raised.'],
    ['La palme revient à Paris, qui concentre la moitié des levées.'],
    ['The award goes to show how hard fundraising is.'],
  ])('%s', (sentence) => {
    const got = openingSubject(sentence);
    expect(got === null || !['London', 'Paris'].includes(got)).toBe(true);
  });
  it('a place as the title holder is not returned', () => {
    expect(openingSubject('La plus grosse levée du mois revient à Lyon.')).toBeNull();
  });
});

describe('isOpeningWord, round 13 negatives: names ending in "-ment" that are no French adverb stay names', () => {
  it.each<[string]>([['Element'], ['Payment'], ['Moment'], ['Clement'], ['Garment']])('%s', (word) => expect(isOpeningWord(word)).toBe(false));
  it('a brand in "-ment" opening a sentence is still the subject', () => {
    const s = 'Element raised $10 million from Accel.';
    expect(subjectBefore(s, s.indexOf(' raised'))?.name).toBe('Element');
  });
});
