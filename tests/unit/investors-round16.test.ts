/**
 * Investor lists, round 16. Names of our own invention (EN and FR); money masked as "§". Look-alikes are in
 * investors-round16.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('a figure put into one company (singular) names a round investor, not a tally', () => {
  const rows: Array<[string, Want]> = [
    row('Kestrel Capital invested § in the firm last week.', [], ['Kestrel Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
