/**
 * Round 12's negatives: what looks like a glued heading, an inverted verb, a quoted name, a fronted participle, an adverb or a
 * local page but is not. Camel-case brands keep their short lower-case head ("easyJet", "bioMérieux", "iRobot"); a name ending
 * in "-ent" that is followed by its own verb stays a name ("Serpent a bouclé"); "Even" followed by a verb or a capital is the
 * brand; a gerund brand ("Booking Holdings") is no fronted phrase; a US story or a page that clarifies "$ … USD" keeps USD.
 */
import { describe, expect, it } from 'vitest';
import { firstNameBefore, isOpeningWord, parenthesisedItems, subjectBefore } from '../../utils/companies';
import { guessBareDollar } from '../../utils/money';

const VERB = / (?:a levé|lève|raised|raises|secures|has raised|a bouclé|ont levé)(?= )/u;
const subject = (sentence: string) => subjectBefore(sentence, VERB.exec(sentence)!.index)?.name ?? null;

describe('subjectBefore, round 12 negatives: camel-case brands are not glued headings', () => {
  it.each<[string, string]>([
    ['easyJet', 'easyJet raised § from its shareholders'],
    ['bioMérieux', 'bioMérieux a levé § auprès de ses actionnaires'],
    ['eDreams', 'eDreams raised § in a rights issue'],
    ['iRobot', 'iRobot raised § from Accel'],
    ['WordPress', 'WordPress raised § from Accel'],
  ])('%s', (want, sentence) => expect(subject(sentence)).toBe(want));
});

describe('round 12 negatives: a name that looks like an inverted verb or an adverb stays a name', () => {
  it.each<[string, string]>([
    ['Serpent', 'Serpent a bouclé § auprès de Partech'],
    ['Accent', 'Accent raised § from Accel'],
    ['Talent', 'Talent a levé § auprès de Kima'],
    ['Even', 'Even raised § from Khosla Ventures'],
    ['Even Healthcare', 'Even Healthcare raised § from Khosla Ventures'],
    ['Made in Design', 'Made in Design lève § auprès de Bpifrance'],
  ])('%s', (want, sentence) => expect(subject(sentence)).toBe(want));
  it.each<[string, string]>([
    ['Serpent', 'Serpent a bouclé '],
    ['Even', 'Even, the health startup, raised '],
    ['Booking Holdings', 'Booking Holdings, the travel group, raised '],
  ])('%s', (want, head) => expect(firstNameBefore(head, head.length)).toBe(want));
});

describe('round 12 negatives: a quoted word away from the verb is not the subject', () => {
  it.each<[string, string]>([
    ['Acme', 'The “Q1” report says Acme raised § from Accel'],
    ['Acme', '“We are thrilled,” says Acme, which raised § from Accel'],
  ])('%s', (want, sentence) => expect(subject(sentence)).toBe(want));
});

describe('subjectBefore, round 12 negatives: a relative that names no operated brand', () => {
  it.each<[string, string]>([
    ['FAZZ Financial Group', 'FAZZ Financial Group, the parent company of Xfers, has secured § from Tiga'],
    ['Acme Inc', 'Acme Inc., which makes drones, has raised § from Accel'],
    ['Acme Inc', 'Acme Inc., which operates in Paris, has raised § from Accel'],
  ])('%s', (want, sentence) => expect(subjectBefore(sentence, / (?:has raised|has secured)/u.exec(sentence)!.index)?.name ?? null).toBe(want));
});

describe('isOpeningWord, round 12 negatives: brands that begin like an interjection', () => {
  it.each<string>(['Ohm', 'Hamm', 'Wowza', 'Brefo', 'Ahold', 'Ouest', 'Haven', 'Bonnie'])('"%s" is not an opening word', (w) => expect(isOpeningWord(w)).toBe(false));
});

describe('parenthesisedItems, round 12 negatives: no list of rounds', () => {
  it.each<string>([
    'Acme posted sales like Globex (§ in 2019) and Initech (§ in 2020).',
    'Parrot (§ en 2015) reste le record.',
    'Acme (§ in 2019) is the only comparable deal.',
  ])('%s', (masked) => expect(parenthesisedItems(masked).size).toBe(0));
  it('keeps a nationality that opens a name with no article before it', () => {
    expect([...parenthesisedItems('Other fundraisers include American Express Ventures (§) and Swiss Re (§).').values()]).toEqual(['American Express Ventures', 'Swiss Re']);
  });
});

describe('guessBareDollar, round 12 negatives: a local company on a page that is not plainly local', () => {
  const us = 'The company is based in San Francisco and New York, and its customers span the United States and America at large.';
  it.each<string>([
    `Toronto-based Acme has raised $4 million. ${us} It has an office in Toronto.`,
    `Toronto-based Acme has raised $4 million. The neighbourhood centre in Toronto is busy.`,
    `Toronto-based Acme has raised $4 million. It has offices in Toronto and across Canada, and the color of its logo is its favorite center of attention.`,
    `Acme has raised $4 million. It has offices in Toronto, Montreal and across Canada; the neighbourhood centre is busy.`,
  ])('%s', (text) => expect(guessBareDollar(text, null)).not.toBe('CAD'));
});
