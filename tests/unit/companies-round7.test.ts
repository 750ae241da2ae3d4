/**
 * Which company raised, round 7: a lower-case brand alone as the subject ("bolttech has raised", "IA factory : evroc lève §"),
 * a relative clause without its opening comma between the name and its verb ("Tech startup Decagon that combines …, has
 * raised"), the startup press's descriptor shapes, and the towns and regions a round is placed in (a place is never the
 * company). Negatives: companies-round7.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { companyAfter, firstNameBefore, isPlace, openingSubject, subjectBefore, withoutNamePrefixes, type CompanyHit } from '../../utils/companies';

type Row = [why: string, sentence: string, verb: string, want: CompanyHit | null];

describe('subjectBefore, round 7: a lower-case brand alone as the subject', () => {
  it.each<Row>([
    ['"bolttech has raised"', 'bolttech has raised § in a Series B round.', 'raised', { name: 'bolttech', pronoun: false }],
    ['"evroc lève" after a headline label', 'IA factory : evroc lève § pour ses projets.', 'lève', { name: 'evroc', pronoun: false }],
    ['"smallcase raised"', 'smallcase raised § from Sequoia.', 'raised', { name: 'smallcase', pronoun: false }],
    ['"monday.com secured"', 'monday.com secured § in new funding.', 'secured', { name: 'monday.com', pronoun: false }],
    ['"iwoca a levé"', 'iwoca a levé § auprès de ses actionnaires.', 'levé', { name: 'iwoca', pronoun: false }],
    ['"bunq has also raised" (auxiliaries stripped)', 'bunq has also raised § from Pollen Street.', 'raised', { name: 'bunq', pronoun: false }],
  ])('%s', (_why, sentence, verb, want) => expect(subjectBefore(sentence, sentence.indexOf(verb))).toEqual(want));
});

describe('subjectBefore, round 7: a relative clause without its opening comma', () => {
  it.each<Row>([
    ['"Tech startup Decagon that combines A, B, and C …, has reportedly raised"',
      'Tech startup Decagon that combines lending, training, and job placement to assist engineers, has reportedly raised § in funding.', 'raised', { name: 'Decagon', pronoun: false }],
    ['"Acme which makes drones for farms, has raised"', 'Acme which makes drones for farms, has raised § from Accel.', 'raised', { name: 'Acme', pronoun: false }],
    ['"Fintech Lydia who serves students, closed"', 'Paris fintech Lydia who serves millions of students, closed § this week.', 'closed', { name: 'Lydia', pronoun: false }],
    ['"La start-up Hopscotch qui conçoit des robots, a levé"', 'La start-up Hopscotch qui conçoit des robots agricoles, a levé § auprès de Bpifrance.', 'levé', { name: 'Hopscotch', pronoun: false }],
  ])('%s', (_why, sentence, verb, want) => expect(subjectBefore(sentence, sentence.indexOf(verb))).toEqual(want));
});

describe('subjectBefore, round 7: a name defined as a company, and the French "on"', () => {
  it.each<Row>([
    ['"Sunday is a new French startup has raised" (a weekday as a name)', '- Sunday is a new French startup has raised a § seed round.', 'raised', { name: 'Sunday', pronoun: false }],
    ['"Acme is a Paris startup that has raised"', 'Acme is a Paris startup that has raised §.', 'raised', { name: 'Acme', pronoun: false }],
    ['"Avril est une jeune pousse lyonnaise qui a levé" (a month as a name)', 'Avril est une jeune pousse lyonnaise qui a levé §.', 'levé', { name: 'Avril', pronoun: false }],
    ['"Monday Labs was a young company that raised"', 'Monday Labs was a young company that raised § in 2019.', 'raised', { name: 'Monday Labs', pronoun: false }],
    ['a founder quoted: "L’an dernier, on a levé"', '"L’an dernier, on a levé §, et là on boucle une levée de §", a-t-il annoncé.', 'levé', { name: '', pronoun: true }],
    ['a founder quoted: "et là on boucle"', '"L’an dernier, on a levé §, et là on boucle une levée de §", a-t-il annoncé.', 'boucle', { name: '', pronoun: true }],
    ['"« On a levé »"', '« On a levé § auprès de nos clients », explique la fondatrice.', 'levé', { name: '', pronoun: true }],
  ])('%s', (_why, sentence, verb, want) => expect(subjectBefore(sentence, sentence.indexOf(verb))).toEqual(want));
});

describe('subjectBefore, round 7: the startup press’s descriptor shapes', () => {
  it.each<Row>([
    ['"Acme, the drone-maker, has raised"', 'Acme, the drone-maker, has raised §.', 'raised', { name: 'Acme', pronoun: false }],
    ['"La pépite lyonnaise Acme lève"', 'La pépite lyonnaise Acme lève §.', 'lève', { name: 'Acme', pronoun: false }],
    ['"La fintech Qonto a levé"', 'La fintech Qonto a levé § auprès de Tencent.', 'levé', { name: 'Qonto', pronoun: false }],
    ['"La start-up Acme a levé"', 'La start-up Acme a levé §.', 'levé', { name: 'Acme', pronoun: false }],
    ['"Acme (ex-Foo) lève": the former name is an aside', 'Acme (ex-Foo) lève §.', 'lève', { name: 'Acme', pronoun: false }],
    ['"Acme — qui fabrique des drones — lève"', 'Acme — qui fabrique des drones — lève §.', 'lève', { name: 'Acme', pronoun: false }],
    ['"Acme — the drone startup backed by Sequoia — has raised"', 'Acme — the drone startup backed by Sequoia — has raised §.', 'raised', { name: 'Acme', pronoun: false }],
  ])('%s', (_why, sentence, verb, want) => expect(subjectBefore(sentence, sentence.indexOf(verb))).toEqual(want));

  it.each<[string, string]>([
    ['San Francisco-based Acme raised §.', 'Acme'],
    ['Paris-based Pigment raised §.', 'Pigment'],
  ])('"%s": the place prefix is dropped', (sentence, want) => {
    const hit = subjectBefore(sentence, sentence.indexOf('raised'));
    expect(hit && withoutNamePrefixes(hit.name)).toBe(want);
  });
});

describe('isPlace, round 7: the towns and regions the startup press places companies in', () => {
  it.each([
    'Sophia Antipolis', 'Aix-en-Provence', 'Île-de-France', 'Occitanie', 'Nouvelle-Aquitaine', 'Gironde', 'Clermont-Ferrand', 'Saclay',
    'Palo Alto', 'Menlo Park', 'Bellevue', 'California', 'Waterloo', 'Calgary', 'Auckland', 'Adelaide', 'Manchester', 'Edinburgh', 'Hamburg',
    'Rotterdam', 'Taipei', 'Abidjan', 'Dakar', 'São Paulo', 'à Rouen', 'la Gironde',
  ])('%s', (name) => expect(isPlace(name)).toBe(true));
});

describe('openingSubject, round 7: the town is not the company', () => {
  it('"Bellevue’s business software firm Smartsheet finished"', () => {
    expect(openingSubject('Bellevue’s business software firm Smartsheet finished a § round.')).toBe('Smartsheet');
  });
});

describe('companyAfter, round 7: "de la <kind> X" after the figure names the round’s owner', () => {
  it.each<[string, string]>([
    [' de la licorne du cloud OVH en 2016.', 'OVH'],
    [' de la start-up nantaise Lifen.', 'Lifen'],
    [' de l’éditeur de logiciels Acme, bouclée en mars.', 'Acme'],
    [' de la fintech Lydia auprès de Tencent.', 'Lydia'],
    [' du fabricant de drones Parrot.', 'Parrot'],
    [' de la jeune pousse Dawex.', 'Dawex'],
  ])('"%s" → %s', (text, want) => expect(companyAfter(text)).toBe(want));
});

describe('companyAfter, round 7: the object of "round in/for" ends where the money’s source begins', () => {
  it.each<[string, string]>([
    [' round for Acme from Sequoia.', 'Acme'],
    [' round in fintech startup Acme led by Accel.', 'Acme'],
    [' tour de table pour Lydia auprès de Tencent.', 'Lydia'],
  ])('"%s" → %s', (text, want) => expect(companyAfter(text)).toBe(want));
});

describe('firstNameBefore, round 7: a round’s code before its noun is no company', () => {
  it.each<[string, string | null]>([
    ['The D2 round comes in the wake of TuSimple’s last financing round of §', null],
    ['The B+ tranche was led by Acme, which put in §', 'Acme'],
    ['This A1 extension brings Acme’s total to §', null],
    ['Its C2 round valued Acme at §', 'Acme'],
  ])('%s', (sentence, want) => expect(firstNameBefore(sentence, sentence.indexOf('§'))).toBe(want));
});
