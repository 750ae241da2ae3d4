/**
 * Money, review of round 34 (finding 2), look-alikes of money-round34-fix.test.ts (invented sentences): an initialism's dot
 * no longer ends a sentence, but the figure's own bare "$" stays the local dollar when the US is only a place ("U.S.
 * investors put $30M …"), when the US mark is in the next sentence after a company's "Inc.", or when "5M." ends a sentence
 * before a US-marked one.
 */
import { describe, expect, it } from 'vitest';
import { findMoney, pageMoneyContext } from '../../utils/money';

const read = (text: string) => findMoney(text, pageMoneyContext(text, 'en')).map((m) => [m.text, m.currency]);

describe('review of round 34: a bare figure beside a US place or a US-marked sentence stays local', () => {
  it.each<[string, string[][]]>([
    // "U.S." a place before the figure, not a mark after it.
    ['Regina’s Quillet raised C$12M. Merrowby, a Canadian lab, took US$5M. U.S. angels later put $30M into Farrowind of Canada.',
      [['C$12M', 'CAD'], ['US$5M', 'USD'], ['$30M', 'CAD']]],
    // A company's "Inc." ending its sentence: the US mark in the next one is not the figure's.
    ['Quillet, a Calgary firm, borrowed $20M from Harrowgate Inc. Farrowind of Canada took C$9M and US$2M.',
      [['$20M', 'CAD'], ['C$9M', 'CAD'], ['US$2M', 'USD']]],
    // A figure's "M." ends the sentence before a US-marked one.
    ['Farrowind of Montreal, Canada, took $4M. Quillet then drew US$6M and C$1M in Ottawa.',
      [['$4M', 'CAD'], ['US$6M', 'USD'], ['C$1M', 'CAD']]],
  ])('row %#', (text, want) => expect(read(text)).toEqual(want));

  // French: the Quebec suffix form "M$ US" is the figure's own and was already read US; the bare "M$" beside it stays local.
  it('FR: "99 M$ US" beside "M$ CA", and a bare "M$"', () => {
    const text = 'Au Québec, la biotech Merrowby a conclu un prêt de 99 M$ US avec des banques new-yorkaises, puis 4 M$ à Lévis. Au Canada, Quillet a obtenu 9 M$ CA, puis 2 M$ US.';
    expect(findMoney(text, pageMoneyContext(text, 'fr')).map((m) => [m.text, m.currency]))
      .toEqual([['99 M$ US', 'USD'], ['4 M$', 'CAD'], ['9 M$ CA', 'CAD'], ['2 M$ US', 'USD']]);
  });});
