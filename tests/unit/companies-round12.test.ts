/**
 * Which company raised, round 12 (batch 10 blind misses, generalised): rows of our own invention, English and French, one
 * shape per block. The shapes: a heading glued to the next line ("clients particuliersLydia lève") splits at the lower→Upper
 * seam; a clause opening on its verb ("Figurent à ses côtés … Zama", "Rounding out the top three is Zama") has its subject
 * after the verb; a short quoted token before the verb is the name ("Twitter rival ‘T2’ raises"); a fronted participle phrase
 * ("Bought by Google,", "riding the wave of … Twitter,") names no subject; adverbs and interjections opening a sentence
 * ("Even the best…", "Ha, …") are no company; lists of rounds in parentheses accept "(§ en 2015)", "(§ levés)", a short
 * descriptor before the parenthesis and a nationality after an article; a bare "$" on a plainly local page (a local
 * company "Toronto-based", the country named three times as often as the US) is the local dollar.
 * Negatives: companies-round12.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { firstNameBefore, isOpeningWord, parenthesisedItems, subjectBefore } from '../../utils/companies';
import { guessBareDollar } from '../../utils/money';

const VERB = / (?:a levé|lève|raised|raises|secures|has raised|a bouclé|ont levé)(?= )/u;
const subject = (sentence: string) => subjectBefore(sentence, VERB.exec(sentence)!.index)?.name ?? null;

describe('subjectBefore, round 12: a heading glued to the next line splits at the lower→Upper seam', () => {
  it.each<[string, string]>([
    ['Lydia', 'Trois millions de clients particuliersLydia « lève § pour s’imposer'],
    ['Acme', 'Read our latest coverage of startupsAcme raises § from Accel'],
    ['Kiplo', 'Nos offres pour les entreprisesKiplo lève § auprès de Partech'],
    ['Globex', 'Sign up for the newsletterGlobex has raised § in a Series A'],
    ['Qonto', 'Toute l’actualité des fintechsQonto a levé § auprès de Tencent'],
  ])('%s', (want, sentence) => expect(subject(sentence)).toBe(want));
});

describe('firstNameBefore, round 12: a clause opening on its verb has its subject after it', () => {
  it.each<[string, string]>([
    ['Zama', 'Figurent à ses côtés sur le podium les sociétés Zama '],
    ['Zama', 'Figurent a ses côtés sur le podium les sociétés Zama '],
    ['Kima Ventures', 'Participent également à l’opération Kima Ventures et Bpifrance'],
    ['Pennylane', 'Suivent dans le classement Pennylane et Alan'],
    ['Greenly', 'Vient ensuite Greenly avec '],
    ['Pigment', 'Ferme la marche Pigment avec '],
    ['Alan', 'Complètent le podium Alan et Swile'],
    ['Zama', 'Rounding out the top three is Zama with '],
    ['Accel', 'Joining them are Accel and Index'],
  ])('%s', (want, head) => expect(firstNameBefore(head, head.length)).toBe(want));
});

describe('subjectBefore, round 12: a short token quoted right before the verb is the name', () => {
  it.each<[string, string]>([
    ['T2', 'Twitter rival ‘T2’ raises § from a group of angels'],
    ['Q1', 'La start-up « Q1 » lève § auprès de Kima'],
    ['S3', 'Messaging app “S3” secures § in seed funding'],
    ['H2', 'Hydrogen newcomer "H2" raises § from Breakthrough'],
  ])('%s', (want, sentence) => expect(subject(sentence)).toBe(want));
});

describe('firstNameBefore, round 12: a fronted participle phrase names its agent or scene, never the subject', () => {
  it.each<[string, string | null]>([
    ['Bought by Google in 2014, the startup has raised ', null],
    ['Backed by Sequoia, the startup raised ', null],
    ['Rachetée par Orange en 2019, la start-up a levé ', null],
    ['But, riding the wave of interest in Twitter, a startup hoping to disrupt it has raised ', null],
    ['Mais, profitant de la panne de Slack, une start-up a levé ', null],
    ['Riding high after its IPO, Acme raised ', 'Acme'],
    ['Soutenue par Bpifrance depuis 2019, Kiplo a levé ', 'Kiplo'],
  ])('%s', (head, want) => expect(firstNameBefore(head, head.length)).toBe(want));
});

describe('round 12: adverbs and interjections opening a sentence are no company', () => {
  it.each<string>(['Ha', 'Oh', 'Hmm', 'Wow', 'Bref', 'Hélas', 'Ouf', 'Alas'])('"%s" is an opening word', (w) => expect(isOpeningWord(w)).toBe(true));
  it.each<[string, string | null]>([
    ['Even the best-funded startups raised less than ', null],
    ['Only a handful of startups raised ', null],
    ['Même les licornes ont levé moins de ', null],
    ['Even with the downturn, Acme has raised ', 'Acme'],
    ['Bien sûr, Acme a levé ', 'Acme'],
  ])('%s', (head, want) => expect(firstNameBefore(head, head.length)).toBe(want));
  it.each<[string, string | null]>([
    ['Ha, the startup has raised § from Accel.', ''],
    ['Bought by Google, it raised § from Accel.', null],
  ])('%s', (sentence, want) => expect(subject(sentence)).toBe(want));
});

describe('subjectBefore, round 12: a legal entity operating a brand is told by the brand', () => {
  it.each<[string, string]>([
    ['Dailyhunt', 'Ver Se Innovation Pvt. Ltd, which operates online news and content platform Dailyhunt, has raised § in its Series G'],
    ['Swiggy', 'Bundl Technologies Private Limited, which runs Swiggy, has raised § from Prosus'],
    ['Kiplo', 'Acme SAS, qui exploite l’application Kiplo, a levé § auprès de Partech'],
    ['Zepto', 'Kiranakart Technologies Pvt Ltd, which operates quick commerce app Zepto, raised § from Nexus'],
  ])('%s', (want, sentence) => expect(subject(sentence)).toBe(want));
});

describe('parenthesisedItems, round 12: a list of rounds in parentheses', () => {
  it.each<[string, string[]]>([
    [`Figurent a ses côtés sur le podium les sociétés Zama (§ levés) et Greenly (§), selon l'Observatoire.`, ['Zama', 'Greenly']],
    ['Le record reste détenu par Parrot (§ en 2015) et OVH (§ en 2016), loin devant les autres levées.', ['Parrot', 'OVH']],
    ['Past raises include Acme (§ in 2019) and Globex (§ in 2021).', ['Acme', 'Globex']],
    ['Les plus grosses levées du mois : Loft Orbital dans le spatial (§), Pennylane dans la comptabilité (§) et Alan (§).', ['Loft Orbital', 'Pennylane', 'Alan']],
    ['The biggest rounds: Loft Orbital in space tech (§), Pennylane in accounting software (§) and Alan (§).', ['Loft Orbital', 'Pennylane', 'Alan']],
    ['Other fundraisers include Swile (§) and Qonto (§).', ['Swile', 'Qonto']],
    ['Other fundraisers this week include the French Alan (§) and the German N26 (§).', ['Alan', 'N26']],
    ['Les plus grosses levées : la française Alan (§) et l’allemande N26 (§).', ['Alan', 'N26']],
    ['Parmi les autres levées, le britannique Revolut (§ levés) et l’allemand N26 (§ récoltés).', ['Revolut', 'N26']],
  ])('%s', (masked, want) => expect([...parenthesisedItems(masked).values()]).toEqual(want));
});

describe('guessBareDollar, round 12: a plainly local page by its weight and a company placed there', () => {
  const pad = 'The store will offer locally made snacks in the neighbourhood, and the centre of town is busy.';
  it.each<[string, string]>([
    ['CAD', `Hot off news that Toronto is a tech hub, hiring is up across Canada. ${pad} Toronto-based Spatula Foods has raised $1.87 million. The Ontario firm plans to hire in Toronto.`],
    ['CAD', `Vancouver startups are busy. ${pad} Vancouver-based Acme has raised $4 million. It will hire across British Columbia and in Calgary.`],
    ['CAD', `Montréal est en fête. ${pad} Montreal-headquartered Globex raised $12 million, and plans offices in Quebec City and Ottawa.`],
    ['AUD', `Sydney founders had a big week. ${pad} Melbourne-based Acme has raised $5 million and plans to expand to Brisbane and Perth.`],
    ['NZD', `Auckland is buzzing. ${pad} Wellington-based Kiwi startup Acme raised $3 million, with offices in Christchurch and Auckland.`],
  ])('%s', (want, text) => expect(guessBareDollar(text, null)).toBe(want));
});
