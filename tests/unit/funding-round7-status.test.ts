import { describe, expect, it } from 'vitest';
import { isPastContext, readFigure, reviewPeriodOf } from '../../utils/deals';
import { findRounds } from '../../utils/rounds';

/**
 * Round 7 (issue 3): round labels the reader missed, and the contract's names for them. Rows are invented instances of the
 * shapes found in 01–299, English and French.
 */
const ROUND_ROWS: Array<[string, string]> = [
  // Chinese-press stage suffixes: "Angel+", "Angel++", "Seed+" are the angel and seed stages.
  ['Tashi secured another $12 million in its Angel+ round financing.', 'Angel'],
  ['Luma announced the completion of its "Angel++" financing.', 'Angel'],
  ['Five robotics makers announced their Angel+ financing in May.', 'Angel'],
  ['Xin Robotics announced a multi-million-yuan Seed+ round financing.', 'Seed'],
  ['Acme closed a Seed++ round led by Gobi.', 'Seed'],
  // A typo'd "in seed a financing round" is still a seed round.
  ['Carbo has raised $6.2 million in seed a financing round led by True Ventures.', 'Seed'],
  ['Bolt has raised $2 million in seed, a funding round led by Accel.', 'Seed'],
  // A numbered tranche is the lettered round the contract names.
  ['TuSim raised USD 120 million in a Series D2 round.', 'Series D'],
  ['Acme closed a $30 million Series A-2.', 'Series A'],
  ['la start-up boucle une série B-1 de 20 millions', 'Series B'],
  // "+" stays: the press names it as a round of its own.
  ['Laiye raised a Series C+ round.', 'Series C+'],
  // Growth told in the plural for several companies.
  ['Halo, Dokter and Whitecoat each raised growth stage rounds.', 'Growth'],
  ['the firm led growth-stage rounds in three fintechs', 'Growth'],
  ['raised $40 million in growth funding rounds', 'Growth'],
  // Debt alone stays debt.
  ['raised $10 million in venture debt from Trinity', 'Debt'],
  ['a levé 5 millions d’euros en dette', 'Debt'],
];

describe('round 7: round labels', () => {
  it.each(ROUND_ROWS)('%s → %s', (text, want) => {
    const got = findRounds(text);
    expect(got[0]?.round).toBe(want);
    for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

/** Clauses before (and right after) a figure that tell an earlier round, told for context. "§" is the masked figure. */
const PAST_ROWS: string[] = [
  // An investor described by an earlier investment.
  'the US venture firm that recently backed another start-up, Halter, as it recently raised §',
  'Accel, which previously invested in Acme when it raised §',
  'le fonds qui a récemment soutenu Alan lors de sa levée de §',
  // An investor's portfolio told by a count and examples.
  'While it lasted, the fund invested in several South African startups, including a §',
  'Naspers invested in 12 local companies, such as a §',
  'Le fonds a investi dans plusieurs jeunes pousses, dont une levée de §',
  // French past dates: "le mois passé", "fin 2019", "début 2020" (a year: "début octobre" alone can date the news).
  'fier d’avoir amassé § le mois passé',
  'Fin 2019, il était lancé avec un tour de table de §',
  'La société avait été créée avec un tour de table de §',
  'la start-up a bouclé § début 2020',
  // A clause that opens, after the news figure, on what came before it.
  ', après une première levée de ',
  ', following a ',
  ', on top of the ',
  ', en plus des ',
  ' (after a ',
  // An origin story.
  'A year later, Razorpay kickstarted its journey with a seed funding of §',
  'The company began life with a §',
];

/** The news: not past. */
const NEWS_ROWS: Array<[string, string | null]> = [
  // Reported speech in the pluperfect, with a bare weekday: the news itself.
  ['Uber China confirmed Thursday the ride-hailing firm had received nearly §', null],
  ['Acme said Monday the fintech startup had raised §', null],
  // A review of the first half: a month inside it is the news.
  ['MiddleTrust also raised a § pre-seed investment in March', 'Nigerian Startups Attract $110m Investment in First Half of 2019'],
  ['Gokada raised § in a Series A round in April', 'UK fintech funding in the first half'],
  // "début 2024" inside a reviewed 2024.
  ['la start-up a bouclé § début 2024', 'Les levées de fonds du premier semestre 2024'],
];

describe('round 7: status', () => {
  it.each(PAST_ROWS)('past: %s', (clause) => {
    expect(isPastContext(clause)).toBe(true);
  });
  it.each(NEWS_ROWS)('news: %s', (clause, title) => {
    expect(isPastContext(clause, reviewPeriodOf(title, ''))).toBe(false);
  });
});

/** Valuation shapes: "values the business as", "its value surpassed", "une valorisation de la startup à plus d’…". */
const VALUATION_ROWS: string[] = [
  'Coupang received a § investment from SoftBank that values the business as §.',
  'Auth0 raised §, as its value also surpassed §.',
  'Le tour a permis une valorisation de la startup à §.',
  'Le tour a permis une valorisation de la startup à plus d’§.',
  'la société, valorisée à près d’§, recrute',
  'The round values Acme as §.',
  'la valorisation de l’entreprise à §',
];

describe('round 7: valuation', () => {
  it.each(VALUATION_ROWS)('%s', (masked) => {
    const at = masked.lastIndexOf('§');
    expect(readFigure(masked, at, at + 1).kind).toBe('valuation');
  });
});

/** Round 7: Chinese-press letter stages ("Pre-A", "A1", "A+"), an amount in yuan before a letter round. */
const LETTER_ROWS: Array<[string, string]> = [
  ['Luming completed its Pre-A financing.', 'Pre-Series A'],
  ['The startup closed a Series Pre-A round led by Sinovation.', 'Pre-Series A'],
  ['raised 10 million yuan in Pre-A+ financing', 'Pre-Series A'],
  ['completed a 50 million yuan A round financing', 'Series A'],
  ['closed its B1 round led by Qiming', 'Series B'],
  ['closed an A+ round led by Hillhouse', 'Series A+'],
];

describe('round 7: letter stages', () => {
  it.each(LETTER_ROWS)('%s → %s', (text, want) => {
    expect(findRounds(text)[0]?.round).toBe(want);
  });
});

/** Round 7: more valuation frames (English and French). */
const VALUATION_FRAMES: string[] = [
  'pour une valorisation post-money de §.',
  'à une valorisation pré-money de §',
  'à une valorisation d’environ §.',
  'une valorisation qui dépasse désormais §',
  'sa valorisation atteint §',
  'putting its value at §.',
  'Acme is now worth §.',
  'Acme, now worth more than §, raised',
];

describe('round 7: valuation frames', () => {
  it.each(VALUATION_FRAMES)('%s', (masked) => {
    const at = masked.indexOf('§');
    expect(readFigure(masked, at, at + 1).kind).toBe('valuation');
  });
});
