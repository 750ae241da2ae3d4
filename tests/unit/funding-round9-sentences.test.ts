import { describe, expect, it } from 'vitest';
import { isPastContext } from '../../utils/deals';
import { readFunding } from '../../utils/funding';

/**
 * Round 9 (issue 3): how the mainstream startup press tells a round and its context: the news round beside the earlier one it
 * follows ("two years after a § seed", "un an après une série A de §"), the total to date, the valuation the round sets, the
 * funding nouns outlets use ("capital raise", "augmentation de capital", "premier closing", "premier tour de"). Rows are
 * invented instances of each shape, English and French.
 */
const read = (text: string) => readFunding({ paragraphs: [text] });
/** The deals as "amount round status", in no particular order (the reader lists the news round first, not the text order). */
const show = (text: string) => read(text).deals.map((d) => `${d.amount?.text ?? '-'} ${d.round ?? '-'} ${d.status}`);

/** [sentence, the deals as "amount round status"] */
const ROWS: Array<[string, string[]]> = [
  // The news round and the earlier one it follows.
  ['Acme raised $40 million in a Series B round led by Accel. The funding comes 18 months after its $20 million Series A.', ['$40 million Series B announced', '$20 million Series A past']],
  ['Acme has raised $12 million in a Series A round. The new capital follows a €5 million seed round in 2022.', ['$12 million Series A announced', '€5 million Seed past']],
  ['Acme raised $7 million in seed funding, two years after a $2 million pre-seed round.', ['$7 million Seed announced', '$2 million Pre-seed past']],
  ['Acme raised $15 million, a year after it raised $5 million in seed funding from Y Combinator.', ['$15 million - announced', '$5 million Seed past']],
  ['Zeta closed a $60 million Series C, just eight months after a $25 million Series B.', ['$60 million Series C announced', '$25 million Series B past']],
  ['Acme raised $45 million in Series C funding. The company raised $18 million in its Series B in 2021.', ['$45 million Series C announced', '$18 million Series B past']],
  ['La start-up Kiplo lève 12 millions d\'euros en série A. Cette levée intervient deux ans après un premier tour de 3 millions d\'euros.', ['12 millions d\'euros Series A announced', '3 millions d\'euros - past']],
  ['Kiplo lève 30 millions d\'euros en série B, un an après une série A de 10 millions d\'euros.', ['30 millions d\'euros Series B announced', '10 millions d\'euros Series A past']],
  ['La start-up Kiplo avait bouclé un tour d\'amorçage de 2 millions d\'euros en 2022.', ['2 millions d\'euros Seed past']],
  // The total to date is not a round.
  ['Acme raised $40 million in Series B funding, bringing its total funding to $65 million.', ['$40 million Series B announced']],
  ['Kiplo lève 20 millions d\'euros, portant à 45 millions d\'euros le total levé depuis sa création.', ['20 millions d\'euros - announced']],
  // The valuation the round sets.
  ['Acme raised $100 million in a round that values the company at $1.2 billion.', ['$100 million - announced']],
  ['Acme raised $100 million at a post-money valuation of $900 million.', ['$100 million - announced']],
  ['Kiplo lève 10 millions d\'euros, ce qui valorise la société à 100 millions d\'euros.', ['10 millions d\'euros - announced']],
  // Funding nouns of the press.
  ['Acme completed a $20 million capital raise led by Balderton.', ['$20 million - announced']],
  ['Acme announced the first close of its $15 million Series A, led by Index Ventures.', ['$15 million Series A announced']],
  ['Acme closed an oversubscribed $8 million seed round led by Seedcamp.', ['$8 million Seed announced']],
  ['Acme has closed a $60 million financing round led by Tiger Global.', ['$60 million - announced']],
  ['Acme raised $25 million as an extension of its Series B.', ['$25 million Series B announced']],
  ['Acme secured $50 million in debt financing from Silicon Valley Bank.', ['$50 million Debt announced']],
  ['Kiplo réalise une augmentation de capital de 5 millions d\'euros auprès de ses actionnaires historiques.', ['5 millions d\'euros - announced']],
  ['Kiplo finalise un premier closing de 6 millions d\'euros auprès de Partech.', ['6 millions d\'euros - announced']],
  ['Kiplo boucle un tour de table de série A de 15 millions d\'euros mené par Partech.', ['15 millions d\'euros Series A announced']],
  ['Kiplo annonce une levée de fonds en série B de 40 millions d\'euros.', ['40 millions d\'euros Series B announced']],
  ['La fintech Kiplo a annoncé avoir levé 50 millions de dollars lors d\'un tour de table mené par Accel.', ['50 millions de dollars - announced']],
  // The news told in reported speech.
  ['Acme has raised $22 million in Series A funding, the company announced Tuesday.', ['$22 million Series A announced']],
  ['Acme said Tuesday it had raised $22 million in a Series A round.', ['$22 million Series A announced']],
];

describe('round 9: a round and its context', () => {
  it.each(ROWS)('%s', (text, deals) => {
    expect(show(text).sort()).toEqual([...deals].sort());
  });
});

/** A loan from a named lender is a debt round (dev gold convention: "a student loan financing facility … from Sterling Bank"). */
const LOAN_ROWS: Array<[string, string[]]> = [
  ['Acme secured a $50 million loan from HSBC to expand its factories.', ['$50 million Debt announced']],
  ['Acme has secured a $20m term loan from Barclays.', ['$20m Debt announced']],
  ['Acme obtained a loan of $30 million from the European Investment Bank.', ['$30 million Debt announced']],
  ['Kiplo obtient un prêt de 37 millions d\'euros de la BEI.', ['37 millions d\'euros Debt announced']],
  ['Kiplo a obtenu un prêt bancaire de 5 millions d\'euros auprès de BNP Paribas.', ['5 millions d\'euros Debt announced']],
  ['Acme raised $10 million in Series A funding and a $5 million loan from SVB.', ['$10 million Series A announced', '$5 million Debt announced']],
];

describe('round 9: a lender\'s loan is a debt round', () => {
  it.each(LOAN_ROWS)('%s', (text, deals) => {
    expect(show(text).sort()).toEqual([...deals].sort());
  });
});

/** The company's history told in a relative clause does not date the raise told after it. */
const HISTORY_ROWS: Array<[string, string[]]> = [
  ['Zelo, which last raised in 2021, said it has secured $50 million in new funding.', ['$50 million - announced']],
  ['Kiplo, qui avait levé 3 millions d\'euros en 2021, boucle un tour de 12 millions d\'euros.', ['12 millions d\'euros - announced', '3 millions d\'euros - past']],
  ['Acme, which was founded in 2015 and raised a seed round in 2019, has raised $30 million in Series B funding.', ['$30 million Series B announced']],
  ['Acme raised $4 million last year, and has now closed a $15 million Series A.', ['$4 million - past', '$15 million Series A announced']],
];

describe('round 9: history in a relative clause', () => {
  it.each(HISTORY_ROWS)('%s', (text, deals) => {
    expect(show(text).sort()).toEqual([...deals].sort());
  });
});

/** A valuation told in the company's history (a relative clause with a past cue) is not the new round's; a present one is. */
const VALUATION_ROWS: Array<[string, string | null]> = [
  ['Zelo, which last raised in 2021 at a $1 billion valuation, said it has secured $50 million in new funding.', null],
  ['Kiplo, qui était valorisée 200 millions d\'euros en 2021, a levé 30 millions d\'euros en série B.', null],
  ['Acme, which was valued at $800 million in its previous round, has raised $120 million in Series D funding.', null],
  ['Acme raised $100 million in a round that values the company at $1.2 billion.', '$1.2 billion'],
  ['Kiplo a levé 25 millions d\'euros sur la base d\'une valorisation de 200 millions d\'euros.', '200 millions d\'euros'],
];

describe('round 9: which valuation is the round\'s', () => {
  it.each(VALUATION_ROWS)('%s', (text, valuation) => {
    const deals = read(text).deals.filter((d) => d.status === 'announced');
    expect(deals.map((d) => d.valuation?.text ?? null)).toEqual([valuation]);
  });
});

/** A span of time after an earlier raise dates the figure that follows as the earlier round. */
const PAST_CLAUSES: string[] = [
  ', two years after a  pre-seed round.',
  ', just eight months after its  Series B.',
  ', a year after it raised  in seed funding from Y Combinator.',
  ', six weeks after the company closed  from Sequoia.',
  ', un an après une  série A.',
  ', deux ans après un premier  tour de table.',
  ', dix-huit mois après avoir levé  auprès de Kima.',
];

describe('round 9: time after an earlier raise is past', () => {
  it.each(PAST_CLAUSES)('%s', (clause) => {
    expect(isPastContext(clause)).toBe(true);
  });
});
