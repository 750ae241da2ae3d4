/**
 * Money reader, round 4: the local dollars and money formats that batch 5
 * (fixtures 180–219) showed it misread. Each row carries the sentence (or a
 * close paraphrase of its shape) that showed the bug. Negatives: the
 * "round 4" blocks of money-round3.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { checkMoneyRow, type MoneyRow, type MoneyWant } from '../helpers/money-rows';
import { findMoney, guessBareDollar, pageMoneyContext, type MoneyContext } from '../../utils/money';

type Want = MoneyWant;
type Row = MoneyRow;
const check = checkMoneyRow;

/** Montreal in Technology's year review (fixture 183): US dollars written "US$", its own dollar a bare "$". */
const MONTREAL_REVIEW =
  'These funding announcements rank among Canada’s top 10 venture capital financings last year. ' +
  'This year’s milestones include the largest financing of a local IT company in 25 years (Lightspeed’s latest US$166 million round), ' +
  'the largest round on record for an artificial intelligence startup (ElementAI raises historic $137.5 million Series A round), ' +
  'and strategic funding of a top maker of laser sensors (Quebec company LaddarTech raises almost $130 million Series C). Montreal leads.';
/** PE Hub Canada's quarter (fixture 184): "Data Centers" is a name, not the writer's spelling. */
const CANADA_QUARTER =
  'Canadian venture capital investment reached $518 million in the quarter. eStruxture Data Centers tops the list in Montreal. ' +
  'Element AI secured more than $137 million (US$102 million) in a Series A round. Toronto’s Wealthsimple follows.';
/** Radio-Canada (fixture 196): French "dollars" on a Quebec page. */
const QUEBEC_QUARTER =
  'Le Réseau Capital a comptabilisé 39 transactions pour un total de 468 millions de dollars. Mais ce montant demeure inférieur à ceux générés en Ontario et en Colombie-Britannique. ' +
  'Ce record sur le territoire québécois s’explique par l’investissement de 215 millions dans l’application Hopper et de 53 millions dans les bornes électriques AddÉnergie. ' +
  'Spark Microsystems n’était pas en reste avec une levée de fonds de 18 millions de dollars. L’entreprise montréalaise Mantle développe des solutions.';
/** Le Journal de Québec (fixture 197): "M$" and "G$" after the number. */
const QUEBEC_FEATURE =
  'Jean-François Gagné, PDG d’Element AI, fier d’avoir amassé 137,5 M$ le mois passé, reste à Montréal. ' +
  'Les 185 start-up de la Maison Notman ont levé plus de 380 M$ et généré 1,2 G$ de retombées au Québec.';

describe('guessBareDollar, round 4: a Canadian page that marks only US dollars', () => {
  it.each<[string, string, string]>([
    ['"US$166 million" beside bare "$137.5 million" on a Montreal page', MONTREAL_REVIEW, 'CAD'],
    ['a capitalised "Data Centers" is a name, not American spelling', CANADA_QUARTER, 'CAD'],
    ['French "millions de dollars" on a Quebec page', QUEBEC_QUARTER, 'CAD'],
    ['French "M$" on a Quebec page', QUEBEC_FEATURE, 'CAD'],
  ])('%s', (_why, text, code) => expect(guessBareDollar(text)).toBe(code));
});

describe('findMoney, round 4: the page’s own dollar, explicit marks win', () => {
  it.each<[string, string, Want[]]>([
    ['bare "$" is CAD, "US$" stays USD', MONTREAL_REVIEW, [
      { text: 'US$166 million', value: 166e6, currency: 'USD' },
      { text: '$137.5 million', value: 137.5e6, currency: 'CAD' },
      { text: '$130 million', value: 130e6, currency: 'CAD' },
    ]],
    ['French plain dollars and bare "N millions" of an investment list take the page’s dollar', QUEBEC_QUARTER, [
      { text: '468 millions de dollars', value: 468e6, currency: 'CAD' },
      { text: '215 millions', value: 215e6, currency: 'CAD' },
      { text: '53 millions', value: 53e6, currency: 'CAD' },
      { text: '18 millions de dollars', value: 18e6, currency: 'CAD' },
    ]],
    ['"137,5 M$" and "1,2 G$" (billion) on a Quebec page', QUEBEC_FEATURE, [
      { text: '137,5 M$', value: 137.5e6, currency: 'CAD' },
      { text: '380 M$', value: 380e6, currency: 'CAD' },
      { text: '1,2 G$', value: 1.2e9, currency: 'CAD' },
    ]],
  ])('%s', (_why, text, want) => check([text, want, { ...pageMoneyContext(text, 'fr'), articleCurrency: undefined }]));

  it.each<Row>([
    // "$ US" and "$ CA" after the number say which dollar, whatever the page.
    ['La société a levé 20 M$ US, puis 5 000 $ CA.', [
      { text: '20 M$ US', value: 20e6, currency: 'USD' }, { text: '5 000 $ CA', value: 5000, currency: 'CAD' },
    ], { lang: 'fr', bareDollar: 'CAD' }],
    // A plain "dollars" follows the page's dollar; "dollars américains" does not.
    ['Elle a obtenu 3 millions de dollars et 2 millions de dollars américains.', [
      { text: '3 millions de dollars', value: 3e6, currency: 'CAD' }, { text: '2 millions de dollars américains', value: 2e6, currency: 'USD' },
    ], { lang: 'fr', bareDollar: 'CAD' }],
  ])('%s', (...row) => check(row));
});

describe('findMoney, round 4: a scaled number without currency told as money takes the article’s currency', () => {
  it.each<Row>([
    // Fixture 199 (Bilan): a list of rounds, the first after "rounds à", the next ones after ", de" / "ou bien encore de".
    ['Les fonds levés atteignent 670 millions de francs. Avec des rounds à 96,2 millions dans le cas de CeQur, de 77 millions dans celui d’ADC Therapeutics ou bien encore de 60 millions dans celui d’Obseva, la Suisse avance. CeQur a levé 100 millions de francs.', [
      { text: '670 millions de francs', value: 670e6, currency: 'CHF' },
      { text: '96,2 millions', value: 96.2e6, currency: 'CHF' },
      { text: '77 millions', value: 77e6, currency: 'CHF' },
      { text: '60 millions', value: 60e6, currency: 'CHF' },
      { text: '100 millions de francs', value: 100e6, currency: 'CHF' },
    ], { lang: 'fr' }],
    // Fixture 218 (Réussir): an investor's verb "en apportant".
    ['Potager City a levé 7,5 millions d’euros. Siparex y était entré en 2014 en apportant 0,6 million, et CM-CIC. Le chiffre d’affaires visé est de 25 millions d’euros.', [
      { text: '7,5 millions d’euros', value: 7.5e6, currency: 'EUR' },
      { text: '0,6 million', value: 0.6e6, currency: 'EUR' },
      { text: '25 millions d’euros', value: 25e6, currency: 'EUR' },
    ], { lang: 'fr' }],
    // Fixture 135's shape: "dont 2,9 milliards en numéraire et 1 milliard en actions" - the list's next item.
    ['La transaction s’élève à 3,9 milliards d’euros, dont 2,9 milliards en numéraire et 1 milliard en actions, un record. Le groupe avait levé 2 milliards d’euros.', [
      { text: '3,9 milliards d’euros', value: 3.9e9, currency: 'EUR' },
      { text: '2,9 milliards', value: 2.9e9, currency: 'EUR' },
      { text: '1 milliard', value: 1e9, currency: 'EUR' },
      { text: '2 milliards d’euros', value: 2e9, currency: 'EUR' },
    ], { lang: 'fr' }],
  ])('%s', (...row) => check(row));
});

describe('findMoney, round 4: thousands written with a dot on a page without a language', () => {
  it.each<Row>([
    // Fixture 198 (ToulÉco) read without its language: "145.000 euros" is a hundred and forty-five thousand.
    ['Nous avons financé deux start-ups, Selfcity pour 145.000 euros, et Sensivic à hauteur de 211.000 euros.', [
      { text: '145.000 euros', value: 145000, currency: 'EUR' }, { text: '211.000 euros', value: 211000, currency: 'EUR' },
    ]],
    ['The seed round of €250.000 closed.', [{ text: '€250.000', value: 250000, currency: 'EUR' }]],
  ])('%s', (...row) => check(row));
});
