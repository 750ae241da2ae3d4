/**
 * Investor lists, round 11: the one role lexicon (names.ts ROLE_FAMILIES) and the role patterns built from it.
 * Names of our own invention (EN and FR); money masked as "§". Rows that must NOT yield investors are in
 * investors-round11.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { ROLE_FAMILIES, roleAlternation } from '../../utils/names';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('the role lexicon: plain alternatives, one family per kind of title', () => {
  const families = Object.entries(ROLE_FAMILIES);
  it.each(families)('%s compiles and holds no capture group', (_name, fragments) => {
    for (const f of fragments) {
      expect(() => new RegExp(`^(?:${f})$`, 'iu')).not.toThrow();
      expect(/\((?!\?)/.test(f)).toBe(false);
    }
  });
  const wholeWord = (families: readonly (readonly string[])[]) => new RegExp(`^(?:${roleAlternation(...families)})$`, 'iu');
  const rows: Array<[string, boolean]> = [
    ['co-founder', true], ['cofounder', true], ['chief executive officer', true], ['PDG', true], ['directrice générale', true],
    ['co-fondatrice', true], ['associée', true], ['porte-parole', true], ['spokeswoman', true],
    ['cofounded', false], ['presidential', false], ['partnership', false], ['directorate', false],
  ];
  const all = wholeWord(Object.values(ROLE_FAMILIES));
  it.each(rows)('%s is a role: %s', (word, yes) => expect(all.test(word)).toBe(yes));
});

describe('role patterns read from the lexicon: an angel described by a role is the investor, not the firm of the role', () => {
  const rows: Array<[string, Want]> = [
    row('The § round was led by Northwind Capital, with participation from Jane Moreau, a partner at Kestrel Partners.', ['Northwind Capital'], ['Jane Moreau']),
    row('Le tour de § est mené par Northwind Capital, aux côtés de Jane Moreau, associée chez Kestrel Partners.', ['Northwind Capital'], ['Jane Moreau']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
