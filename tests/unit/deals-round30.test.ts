/**
 * Round 30 (group 2): the shapes of batch 19's first-sight false deals and misses that recur on other outlets, read by the
 * figure's clause. Invented sentences, EN and FR; each row runs through readFigure only.
 */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../utils/deals';

/** The kind of the n-th figure (a run of "§") of the masked sentence. */
function kindOf(masked: string, n = 0): string {
  const runs = [...masked.matchAll(/§+/gu)];
  const run = runs[n]!;
  return readFigure(masked, run.index!, run.index! + run[0].length).kind;
}

describe('round 30: a raise told in the future with its time ahead is a plan (futureRaise)', () => {
  it.each([
    'Harbex will later this year raise § to open a plant.',
    'Norvik said the company will next year raise § for its trials.',
    'Harbex will raise § in the coming months to expand.',
    "Harbex va lever § l'an prochain pour recruter.",
  ])('%s', (text) => expect(kindOf(text)).toBe('other'));
});

describe('round 30: the excess of an oversubscribed round is a part, not a round (OVERSUBSCRIBED_BY_BEFORE)', () => {
  it.each([
    'The round was oversubscribed by §.',
    'La levée a été sursouscrite de §.',
  ])('%s', (text) => expect(kindOf(text)).toBe('other'));
});

describe('round 30: "has now raised" an approximate sum closed by a bare money noun is the sum so far (BARE_MONEY_NOUN_CLOSE)', () => {
  it.each([
    'The startup has now raised more than § in funding.',
    'La société a désormais levé plus de § en fonds propres.',
  ])('%s', (text) => expect(kindOf(text)).toBe('total-raised'));
});

describe('round 30: a span told as a unit and a half is a counted span (SPAN_AND_A_HALF)', () => {
  it.each([
    'Quenby, which has raised over § in the last year and a half, is hiring.',
    'Harbex a levé § en un an et demi.',
  ])('%s', (text) => expect(kindOf(text)).toBe('total-raised'));
});

describe('round 30: a compared year opening a bracket owns its figure (PERIOD_OR_SECTOR_PAREN_BEFORE with to/à)', () => {
  it.each([
    'Par rapport à 2012 (§ levés), la chute est nette.',
    'Compared to 2022 (§ raised), the drop is steep.',
  ])('%s', (text) => expect(kindOf(text)).toBe('other'));
});

describe('round 30: a plural subject whose apposition is in straight quotes (PLURAL_RAISE_VERB_BEFORE)', () => {
  it.each([
    'Les start-up françaises, les "deeptech", ont levé § en 2021.',
    'French startups, the "deeptech", have raised § this year.',
  ])('%s', (text) => expect(kindOf(text)).toBe('other'));
});

describe('round 30: the round noun followed by "financing/funding round" is sized by "at" (ROUND_SIZED_TO_BEFORE)', () => {
  it.each([
    'Harbex closed its Series B financing round at §.',
    'Quenby closed its Series A funding round at §.',
  ])('%s', (text) => expect(kindOf(text)).toBe('round'));
});

describe('round 30: a relative of amount after the round noun sizes the round (NOUN_LINKED_BEFORE)', () => {
  it.each([
    'The deal completes Harbex’s Series C round of funding, which totals §.',
    'Quenby a bouclé un tour de table qui s’élève à § auprès de Norvik.',
  ])('%s', (text) => expect(kindOf(text)).toBe('round'));
});

describe('round 30: a stage of funding as the sentence subject tells a market sum (STAGE_SUBJECT_OPENING)', () => {
  it.each([
    'Early-stage funding saw a rebound, with § raised.',
    'Seed-stage deals brought in § this month.',
    'Le financement en amorçage a rebondi, avec § levés.',
    "Les levées en phase d'amorçage ont rebondi, avec § levés.",
  ])('%s', (text) => expect(kindOf(text)).toBe('other'));
});

describe('round 30: an investment in a field told in common nouns funds an area, not a company (FIELD_INVESTMENT_BEFORE/AFTER)', () => {
  it.each([
    'An investment of § in rural broadband was approved by the council.',
    'Un investissement de § dans la recherche a été annoncé par la région.',
  ])('%s', (text) => expect(kindOf(text)).toBe('other'));
});
