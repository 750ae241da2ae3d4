/**
 * Round 22 (group 2): shapes from the blind batch-15 negatives that recur on other outlets, and the review of round 21. Invented
 * sentences, EN and FR; each row failed before its rule (checked against the round-21 reader).
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const amounts = (p: string) => readFunding({ paragraphs: [p] }).deals.map((d) => d.amount?.text ?? null);

describe('round 22: a negation bears on the listing only through closed-class words (NEGATED_BEFORE_SIGN)', () => {
  it.each([
    'Torvane did not postpone its IPO and raised $250 million on the Nasdaq on Tuesday.',
    'Brisela n’a pas abandonné son introduction en bourse et a levé 90 millions d’euros sur Euronext.',
  ])('%s', (text) => expect(amounts(text)).toEqual([]));
});

describe('round 22: a sum to date by any verb of raising (SO_FAR_BEFORE reads TOTAL_PARTICIPLE)', () => {
  it.each([
    'Corvana has so far netted $41 million from backers in Europe and Asia.',
    'Darvo has so far garnered $30 million from angel investors.',
  ])('%s', (text) => expect(amounts(text)).toEqual([]));
});

describe('round 22: a counted or pointed-back plural subject is a group (PLURAL_SUBJECT_OPENING)', () => {
  it.each([
    'These four firms came to just under $900 million of funding.',
    'Those seven companies amounted to just over a billion dollars of investment.',
  ])('%s', (text) => expect(amounts(text)).toEqual([]));
});

describe('round 22: a figure named a total right after it (TOTAL_AFTER)', () => {
  it.each([
    'A $25 million total investment, the provincial lender will offer convertible notes to young firms.',
    'Halvex raised a $14 million total funding from three banks over the decade.',
  ])('%s', (text) => expect(amounts(text)).toEqual([]));
});

describe('round 22: a sum that contains a round in a bracket is the sum to date (NOW_TOTAL_PART_AFTER)', () => {
  it.each([
    ['Pelora has now raised $70 million in venture funding (including a $9 million seed round).', '$70 million'],
    ['Nuvio a désormais levé 30 millions d’euros (dont 5 millions d’euros en amorçage).', '30 millions d’euros'],
  ])('%s', (text, sum) => expect(amounts(text)).not.toContain(sum));
});

describe('round 22: an investor’s own outlay into plural recipients (FR investi, des start-up)', () => {
  it.each([
    'La banque publique a investi 120 millions d’euros en fonds propres dans des start-up industrielles.',
    'Orvel Capital a levé 12 millions d’euros pour des start-up du quantique.',
  ])('%s', (text) => expect(amounts(text)).toEqual([]));
});

describe('round 22: an adjective of size or demand between the figure and the round noun (ROUND_SIZE_ADJECTIVES)', () => {
  it.each([
    ['Norvik Labs Inc., of Austin, said it closed a $18 million oversubscribed series B equity financing.', '$18 million'],
    ['Tesmo said it completed a $9 million oversubscribed seed financing.', '$9 million'],
  ])('%s', (text, amount) => expect(amounts(text)).toContain(amount));
});
