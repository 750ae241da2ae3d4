/**
 * Who raised, round 27 (funding.ts): readers of structure for the raiser on ordinary single-story pages, each from a shape of
 * the blind misses seen on two outlets or more.
 * (1) A verb of taking part before the figure ("X et Y ont participé à …", "X, a fund, and Y have participated in a § round"):
 *     its subject is a backer, never the raiser nor the article's topic (PARTICIPATION_BEFORE, PARTICIPANT_SUBJECT_AFTER).
 * (2) A page telling its own round in the first person is the publisher's: the name spelling the site's address (publisherName).
 * (3) The topic is never a word alone on its line ("Share", "Partager") nor the source of the report ("according to X").
 * (4) The antecedent of a relative clause holding the raising verb raised ("Kelpra qui … et a levé §") (relativeAntecedent).
 * (5) A fronted non-finite clause ("Deux ans après avoir bouclé §, …, X prépare") has the main clause's subject (mainSubjectAfter).
 * (6) A registered name with its place and legal form owns the figure whole ("Shenzhen X Robotics Co. Ltd.’s §") (POSSESSOR_BEFORE).
 * (8) A dateline's date opening the line ("date 2021-04 …") is never the raiser nor the topic (NUMERIC_DATE_RUN).
 * (7) A fund's investing verb is read from the lexicon ("The fund … supports X with §") (FUND_INVESTS).
 * Invented rows in English and French, run through readFunding on one or two short paragraphs; each fails with its rule off
 * (checked). Look-alikes: funding-round27.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const companies = (paragraphs: string[], url?: string) => readFunding({ paragraphs }, { url }).deals.map((d) => d.company);

describe('round 27: the subject of a verb of taking part is a backer, never the raiser', () => {
  it.each<[string, string[]]>([
    ['Tilvo', ['Tilvo makes drone chips.', 'Brenmoor Capital, a defence fund, and Sorvik Ventures have participated in a $12 million funding round, the company said. Tilvo employs 80 people. Tilvo eyes Asia.']],
    ['Tilvo', ['Tilvo conçoit des puces pour drones.', 'Brenmoor Capital et Sorvik Ventures ont participé au tour de table de 12 millions d’euros, a indiqué la société. Tilvo emploie 80 personnes.']],
  ])('row %#', (want, paragraphs) => expect(companies(paragraphs)[0]).toBe(want));
});

describe('round 27: a first-person page raises for its publisher', () => {
  it.each<[string, string[], string]>([
    ['Kelpra Labs', ['Today we are happy to share that we have raised $9 million for our Series A.', 'Kelpra Labs builds soil sensors. Thanks to Brenmoor Capital for leading the round, and to Brenmoor Capital partners.'], 'https://www.kelpralabs.com/post/series-a'],
    ['Tilvo', ['Nous sommes heureux d’annoncer que nous avons levé 4 millions d’euros pour notre série A.', 'Les capteurs de Tilvo équipent 40 fermes. Brenmoor Capital mène le tour. Brenmoor Capital siège au conseil.'], 'https://blog.tilvo.fr/annonce'],
  ])('row %#', (want, paragraphs, url) => expect(companies(paragraphs, url)[0]).toBe(want));
});

describe('round 27: page furniture and the report’s source are not the topic', () => {
  it.each<[string[]]>([
    [['Partager', 'Les start-up de la région ont signé un bon trimestre.', 'La société a levé 3 millions d’euros en février.']],
    [['Share', 'The quarter was strong for the region.', 'The company raised $3 million in February.']],
    [['The quarter was strong for the region.', 'The company raised $3 million in February, according to Kelpra Daily.']],
  ])('row %#', (paragraphs) => expect(companies(paragraphs)[0]).toBeNull());
});

describe('round 27: a relative clause’s antecedent raised', () => {
  it.each<[string, string]>([
    ['Tilvo', 'Des start-up comme Tilvo qui fabrique des capteurs et a levé 4 millions de dollars en série A recrutent.'],
    // Round 34: the first example of the class is read too ("comme" is no verb of the plural subject; 714's gold lists both).
    ['Kelpra', 'Des sociétés comme Kelpra qui conçoit des drones et a levé 5 millions de dollars, ou Tilvo qui crée des capteurs et a levé 4 millions de dollars en février participent de cette dynamique.'],
  ])('row %#', (want, sentence) => expect(companies([sentence])[0]).toBe(want));
});

describe('round 27: a fronted non-finite clause has the main clause’s subject', () => {
  it.each<[string, string]>([
    ['Kelpra', 'Deux ans après avoir bouclé une levée de fonds de 3 millions d’euros, notamment auprès de Partech et Serena, Kelpra prépare un nouveau tour.'],
    ['Kelpra', 'Two years after having closed a $3 million round, mostly from Accel and Index, Kelpra is preparing a new raise.'],
  ])('row %#', (want, sentence) => expect(companies([sentence])[0]).toBe(want));
});

describe('round 27: a registered name with place and legal form owns its figure whole', () => {
  it.each<[string, string]>([
    ['Shenzhen Kelpra Robotics Co. Ltd.', 'Shenzhen Kelpra Robotics Co. Ltd.’s $50 million series B round will fund its factory.'],
    ['Guangzhou Tilvo Medical Technology Co. Ltd.', 'Guangzhou Tilvo Medical Technology Co. Ltd.’s $30 million series C closed this week.'],
  ])('row %#', (want, sentence) => expect(companies([sentence])[0]).toBe(want));
});

describe('round 27: a fund’s investing verb comes from the lexicon', () => {
  it('The fund … supports X with §', () => {
    expect(companies(['The fund, which closed at $80 million, supports fintech startup Kelpra with $3 million.'])).toEqual(['Kelpra']);
  });
});

describe('round 27: a dateline’s date is no raiser', () => {
  it('date 2021-04 … X a annoncé une extension de §', () => {
    expect(companies(['date 2021-04 Pour cette fin d’année, l’application de paiement Kelpra a annoncé une extension de 5 millions d’euros de sa série A.'])).toEqual(['Kelpra']);
  });
});
