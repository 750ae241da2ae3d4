/**
 * Which company raised, round 13 (the raiser is the company the sentence is about, never a person, a rival or an investor):
 * rows of our own invention, English and French, one shape per block. The shapes: a founder or chief executive opening the
 * sentence with the company after a lower-case descriptor ("Le cofondateur de la fintech Kiplo, Marie Dupont, a annoncé avoir
 * levé") stands for that company; an indefinite description whose only name is the object of its own verb ("A startup hoping
 * to disrupt Slack has raised") points to a raiser named elsewhere; a sentence handing a deal's title to a company ("La plus
 * grosse opération du mois revient à Sorare") makes it the antecedent of the next "Elle a levé".
 * Negatives: companies-round13.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { firstNameBefore, openingSubject, subjectBefore } from '../../utils/companies';
import { readFunding } from '../../utils/funding';

const VERB = / (?:a levé|lève|raised|raises|secured|has raised|a bouclé|ont levé|a annoncé avoir levé|said the company has raised|said it raised|a obtenu)(?= )/u;
const subject = (sentence: string) => subjectBefore(sentence, VERB.exec(sentence)!.index) ?? null;
const companies = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.company);

describe('subjectBefore, round 13: a founder or chief executive before the company’s descriptor stands for the company', () => {
  it.each<[string, string]>([
    ['Kiplo', 'La fondatrice de la jeune pousse lyonnaise Kiplo, Marie Dupont, a annoncé avoir levé 5 millions d’euros.'],
    ['Paybridge', 'The co-founder and CEO of fintech startup Paybridge, Jane Okafor, said the company has raised $12 million.'],
    ['Tilbury', 'Le PDG de la start-up bordelaise Tilbury, Paul Martin, a annoncé avoir levé 8 millions d’euros.'],
    ['Veltro', 'The chief executive of logistics platform Veltro, Sam Lee, said it raised $30 million.'],
    ['Norvio', 'Le cofondateur de la medtech Norvio, Jean Petit, a annoncé avoir levé 2 millions d’euros.'],
    ['Grapho', 'The founder of Grapho, Ann Ruiz, said it raised $3 million.'],
  ])('%s', (want, sentence) => expect(subject(sentence)?.name).toBe(want));
});

describe('subjectBefore and firstNameBefore, round 13: a rival inside an indefinite description is not the raiser', () => {
  it.each<[string]>([
    ['A startup hoping to disrupt Twitter has raised $1.1 million.'],
    ['A startup hoping to take on Slack has raised $4 million in seed funding.'],
    ['Une start-up qui veut concurrencer Doctolib a levé 3 millions d’euros.'],
    ['An app that aims to replace Excel for finance teams raised $9 million.'],
    ['A company looking to challenge Stripe has raised $20 million.'],
    ['Une jeune pousse qui ambitionne de détrôner Airbnb a levé 4 millions d’euros.'],
    ['But a rival trying to unseat Canva raised $6 million.'],
  ])('%s', (sentence) => {
    const at = VERB.exec(sentence)!.index;
    expect(subjectBefore(sentence, at)).toEqual({ name: '', pronoun: true });
    expect(firstNameBefore(sentence, at)).toBeNull();
  });
  it.each<[string, string[]]>([
    ['Zentrix', ['Zentrix raises $4 million to rival Slack', 'A startup hoping to take on Slack has raised $4 million in seed funding, it said on Monday.']],
    ['Kiplo', ['Kiplo lève 3 millions d’euros', 'Une start-up qui veut concurrencer Doctolib a levé 3 millions d’euros auprès de Kima Ventures.']],
    ['Ledgerly', ['Ledgerly bags $9 million', 'An app that aims to replace Excel for finance teams has raised $9 million from Accel.']],
  ])('the headline names the raiser: %s', (want, paragraphs) => expect(companies(...paragraphs)).toEqual([want]));
});

describe('openingSubject, round 13: a sentence handing a deal’s title to a company is about that company', () => {
  it.each<[string, string]>([
    ['Sorare', 'La plus grosse opération du mois revient à Sorare, la plateforme de cartes de football.'],
    ['Lumora', 'The biggest round of the week went to Lumora, a battery maker from Oslo.'],
    ['Brevo', 'La plus belle levée de la semaine revient à la start-up Brevo.'],
    ['Kiplo', 'Le titre de plus grosse levée du trimestre va à Kiplo.'],
    ['Acme Robotics', 'This week’s top deal goes to Acme Robotics.'],
    ['Norvio', 'Le record de la semaine est revenu à la medtech Norvio (12 millions d’euros).'],
    ['Grillon', 'La palme d’or revient au producteur de protéines végétales Grillon, installé dans le Jura.'],
    ['Tilbury', 'La première marche du podium revient au spécialiste de la logistique Tilbury.'],
  ])('%s', (want, sentence) => expect(openingSubject(sentence)).toBe(want));
  it.each<[string, string[]]>([
    ['Sorare', ['Les levées de septembre', 'La plus grosse opération du mois revient à Sorare, la plateforme de collection de cartes. Elle a levé 580 millions d’euros, un record en France, en accueillant à son capital des fonds comme Softbank.']],
    ['Brevo', ['Les levées du mois', 'La plus belle opération du mois revient à Brevo, l’éditeur de logiciels marketing. Elle a levé 500 millions d’euros auprès de General Atlantic.']],
    ['Lumora', ['This week in funding', 'The biggest round of the week went to Lumora, a battery maker from Oslo. It raised $80 million from Temasek.']],
  ])('"it/elle" after it: %s', (want, paragraphs) => expect(companies(...paragraphs)).toEqual([want]));
});

describe('subjectBefore, round 13: a French sentence adverb opening the clause (then a comma or a lower-case word) is no company', () => {
  it.each<[string, string]>([
    ['Brivo', 'Décidément très courtisée, Brivo a levé 12 millions d’euros.'],
    ['Kiplo', 'Finalement, Kiplo a levé 3 millions d’euros.'],
    ['Norvio', 'Récemment installée à Lyon, Norvio a levé 2 millions d’euros.'],
    ['Tilbury', 'Notamment soutenue par Kima, Tilbury a levé 4 millions d’euros.'],
    ['Grapho', 'Évidemment, Grapho a levé 6 millions d’euros.'],
  ])('the subject after it: %s', (want, sentence) => expect(subjectBefore(sentence, sentence.indexOf(' a levé'))?.name).toBe(want));
});
