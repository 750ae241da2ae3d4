/**
 * Investor lists, round 10 (batch 9's misses as general shapes): a fund named after its manager, a co-lead after
 * "with", a name glued to the next lower-case word, and a sentence of thousands of cues read in one pass.
 * Names of our own invention (EN and FR); money masked as "§". Rows that must NOT yield investors are in
 * investors-round10.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findInvestorMentions } from '../../utils/investors';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('size bound: long inputs are read in one pass', () => {
  // Each cue used to rescan the whole sentence (or every cue before it): thousands of cues made a quadratic run.
  // No timing assertion: the rows check the answer on inputs large enough that a quadratic pass would stall the suite.
  const N = 3000;
  it('a chain of "X participated," cues keeps every name once', () => {
    const s = 'The § round: ' + Array.from({ length: N }, (_, i) => `Acme${i} participated, `).join('') + 'done.';
    const names = new Set(findInvestorMentions(s, { nearDeal: true }).flatMap((m) => m.names));
    expect(names.size).toBeGreaterThan(N / 2);
  });
  it('a chain of "joined by X," cues', () => {
    const s = 'The § round ' + 'joined by Acme Capital, '.repeat(N) + 'done.';
    expect(findInvestorMentions(s, { nearDeal: true }).length).toBeGreaterThan(0);
  });
  it('a 50,000-character glued run after ", which" names no one', () => {
    const s = 'Acme raised § led by Northwind Capital, which ' + 'ab'.repeat(25000) + ' and more.';
    expect(roles(s).lead).toEqual(['Northwind Capital']);
  });
  it('an "Acme grew, " comma chain after a lead', () => {
    const s = 'Acme raised § led by Northwind Capital, ' + 'Acme grew, '.repeat(2000) + 'done.';
    expect(roles(s).lead[0]).toBe('Northwind Capital');
  });
});
