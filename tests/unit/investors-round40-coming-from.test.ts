/**
 * Round 40 (session e2), MONEY_RAISED_FROM (investors.ts): the money's origin told with the participle "coming from", and "funding"
 * as the money noun: "with additional funding coming from Hong Kong-based Morningside Ventures and …" (1064 Insider Scotland), "the
 * rest of the capital is coming from existing backers like … Temasek" (71 VCCircle). Figures masked (§). Look-alikes: no money noun
 * before "coming from" (demand, talent, customers).
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 40: the money "coming from" its givers', () => {
  const rows: Array<[string, Want]> = [
    row('The deal included a “substantial investment” from major shareholder, Paris-based Sofinnova Partners with additional funding coming from Hong Kong-based Morningside Ventures and Edinburgh-based angel investment syndicate, Alida Capital International.', [], ['Morningside Ventures', 'Alida Capital International']),
    row('Acme raised § in a seed round, with the funding coming from Kima Ventures and Accel.', [], ['Kima Ventures', 'Accel']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 40: look-alikes, no money noun before "coming from"', () => {
  const rows: Array<[string, Want]> = [
    row('The startup has seen demand coming from Europe and the US.', [], []),
    row('Acme raised § and is hiring, with talent coming from Google and Meta.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
