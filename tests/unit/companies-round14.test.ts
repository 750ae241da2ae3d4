/**
 * Which company raised, round 14 (the raiser is the subject of the clause that holds the amount, or the company that clause
 * names as its owner): rows of our own invention, English and French, one shape per block.
 * Negatives: companies-round14.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { openingSubject, subjectBefore } from '../../utils/companies';
import { splitSentences } from '../../utils/sentences';
import { readFunding } from '../../utils/funding';

const VERB = / (?:a levé|lève|raised|raises|has raised|a annoncé avoir levé|said it raised|said the company has raised|a obtenu)(?= )/u;
const subject = (sentence: string) => subjectBefore(sentence, VERB.exec(sentence)!.index)?.name ?? null;

describe('subjectBefore, round 14: a founder or chief executive stands for the company when the raise follows the apposition', () => {
  it.each<[string, string]>([
    ['Kiplo', 'The CFO of Kiplo, Ana Silva, said the company has raised $8 million.'],
    ['Norvio', 'La présidente de la medtech Norvio, Claire Roy, a annoncé avoir levé 6 millions d’euros.'],
    ['Veltro', 'The chairman of Veltro, Tom Hale, said it raised $14 million.'],
    ['Brivo', 'Le directeur général de Brivo, Marc Lenoir, a annoncé avoir levé 9 millions d’euros.'],
  ])('%s', (want, sentence) => expect(subject(sentence)).toBe(want));
});

describe('openingSubject, round 14: a deal’s title (superlative, first place, prize) handed to a company', () => {
  it.each<[string, string]>([
    ['Kiplo', 'The largest deal of the month went to Kiplo, a payroll startup.'],
    ['Norvio', 'Le prix de la levée la plus spectaculaire revient à Norvio.'],
    ['Veltro', 'First place goes to Veltro, with a $40 million Series B.'],
    ['Brivo', 'La couronne de la semaine va à Brivo (15 millions d’euros).'],
  ])('%s', (want, sentence) => expect(openingSubject(sentence)).toBe(want));
});

describe('readFunding, round 14: a name that looks like a French adverb but is a name stays the raiser', () => {
  it.each<[string, string]>([
    ['Clément', 'Clément a levé 3 millions d’euros auprès de Partech.'],
    ['Clément', 'Le cabinet Clément lève 3 millions d’euros auprès de Kima Ventures.'],
  ])('%s', (want, sentence) => expect(readFunding({ paragraphs: [sentence] }).deals.map((d) => d.company)).toEqual([want]));
});

describe('splitSentences, round 14: a brand with a dot between two capitalised pieces is one word, not two sentences', () => {
  it.each<[string]>([
    ['• Talon.One, a German company, raised €114.7 million.'],
    ['Infra.Market raised $125 million from Tiger Global.'],
    ['Investors backed Alloy.AI’s $12 million Series A.'],
    ['La start-up Citron.Pro lève 3 millions d’euros.'],
    ['Hier, Mano.Mano a bouclé un tour de 300 millions.'],
  ])('%s', (sentence) => expect(splitSentences(sentence).map((s) => s.text)).toEqual([sentence]));
  it.each<[string, string]>([
    ['Talon.One', 'Talon.One, a Berlin company, raised €40 million.'],
    ['Citron.Pro', 'Citron.Pro, une start-up nantaise, a levé 3 millions d’euros.'],
    ['Infra.Market', 'Infra.Market raised $125 million from Tiger Global.'],
  ])('the raiser is the dotted name: %s', (want, sentence) => expect(readFunding({ paragraphs: [sentence] }).deals.map((d) => d.company)).toEqual([want]));
});

describe('readFunding, round 14: each bullet’s raiser is its own first name, also after "another/un autre/one of"', () => {
  it.each<[string[], string[]]>([
    [['Propel Finance', 'Ferovinum', 'Climeworks'], ['Funding Deals', '• Propel Finance, a UK-based fintech company, secured £1.5 billion in funding.', '• Ferovinum, another UK-based company, raised £400 million.', '• Climeworks, a Swiss company, raised $162 million.']],
    [['Kiplo', 'Norvio'], ['Les levées', '• Kiplo, une start-up lyonnaise, a levé 5 millions d’euros.', '• Norvio, une autre jeune pousse de la région, a levé 3 millions d’euros.']],
    [['Veltro', 'Brivo'], ['Deals', '- Veltro, one of Europe’s fastest-growing logistics firms, raised $30 million.', '- Brivo, another Berlin startup, has raised €12 million.']],
    [['Tilbury'], ['Tilbury, l’une des pépites de la French Tech, a levé 8 millions d’euros.']],
  ])('%j', (want, paragraphs) => expect(readFunding({ paragraphs }).deals.map((d) => d.company)).toEqual(want));
});

describe('readFunding, round 14: ranks, sector words, bylines and hearsay openers are never the raiser', () => {
  it.each<[string, string[]]>([
    ['MisterFly', ['Classement', 'La 14e position revient à MisterFly, avec un tour de table de 20 millions d’euros.']],
    ['Kiplo', ['Classement', 'La troisième place revient à Kiplo, avec une levée de 12 millions d’euros.']],
    ['Veltro', ['Top deals', 'The 3rd spot goes to Veltro, with a $40 million round.']],
    ['Tilbury', ['Classement', 'Enfin, la 12e place revient à Tilbury, avec un tour de table de 9 millions d’euros.']],
    ['Lumora', ['Top deals', 'Finally, the top spot goes to Lumora, with a $40 million round.']],
    ['SenseTime', ['China-based AI technology producer SenseTime raised $227m from Alibaba.']],
    ['Norvio', ['Web3 infrastructure startup Norvio raised $8 million from Paradigm.']],
    ['Udaan', ['Gargi Sarkar, Author at Inc42 Media', 'Udaan has raised $340 million in a round led by M&G.']],
    ['Kiplo', ['Jane Roe, Staff Writer', 'Kiplo raised $7 million from Index Ventures.']],
    ['Brivo', ['Marie Dupont, journaliste', 'Brivo a levé 6 millions d’euros auprès de Partech.']],
    ['Kiplo', ['Rumour has it that Kiplo raised $5 million from Accel.']],
  ])('%s', (want, paragraphs) => expect(readFunding({ paragraphs }).deals.map((d) => d.company)).toEqual([want]));
});
