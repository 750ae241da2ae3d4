/**
 * Money reader, round 6, negatives: pages that name a dollar country without
 * being written from it keep a bare "$" in US dollars.
 */
import { describe, expect, it } from 'vitest';
import { findMoney, guessBareDollar } from '../../utils/money';

describe('guessBareDollar, round 6 negatives: USD stays USD', () => {
  it.each<[string, string]>([
    ['a US page that mentions Canada once', 'The San Francisco startup raised $20 million from Canadian investors and US funds; it plans an office in New York and one in Toronto later.'],
    ['a bare figure clarified as US after it', 'The Money Tree report shows that Calgary businesses raised $99 million U.S. in eight deals. Of that $99 million, $78 million went to Greengate Power, the second-largest Canadian deal. Local startups cheered in Calgary.'],
    ['demonym scene named once and nothing local', 'Australian startups were the topic of a panel where a fintech raised $5 million.'],
    ['local scene but the United States named more', 'Local startups in Austin and Dallas raised $50 million; Texas and the United States led, America first, with one Sydney buyer.'],
    ['American spelling outweighs the voice', 'Australian startups in Sydney raised $12 million to realize their plans; the organization centers on color and behavior.'],
    ['demonym of one country, figure written "A$"', 'Australian startups in Sydney raised A$12 million and Canva took $5 million in Melbourne.'],
    ['no bare "$" at all', 'Australian startups in Sydney raised 12 million euros.'],
  ])('%s', (_why, text) => expect(guessBareDollar(text)).toBeNull());
});

describe('findMoney, round 6 negatives: lost scales and undecidable signs', () => {
  it.each<[string, string]>([
    ['a round figure with its scale lost', 'Brisbane fintech Biza.io drummed up interest for its $7.5 series A in August.'],
    ['a seed round without scale', 'They closed a $3 seed round, the founder joked.'],
    ['French: a round without scale', 'Elle boucle un tour de 2,5 € tour de table.'],
    ['a lost sign without a scale', 'XR Games sold 40 copies at \uFFFD40 each, a pound apiece.'],
    ['a lost sign on a page naming both pounds and euros', 'In pounds or euros, the firm raised \uFFFD40m.'],
    ['a lost sign on a page naming neither', 'The firm raised \uFFFD40m.'],
    ['a lost sign glued to a word (a broken accent)', 'Caf\uFFFD 5 raised nothing in pounds.'],
    ['number words without a scale after a code', 'It paid USD two hundred for the domain.'],
  ])('%s', (_why, text) => expect(findMoney(text, { lang: /[àéèç]/.test(text) ? 'fr' : 'en' })).toEqual([]));
});
