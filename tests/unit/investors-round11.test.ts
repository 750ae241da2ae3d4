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
  // Each family reads one of its own titles as a whole word, in a sentence, and not a word that merely starts like one.
  const sample: Record<keyof typeof ROLE_FAMILIES, [string, string]> = {
    cSuite: ['its CFO Jane Doe', 'CEOs'],
    executiveEn: ['chief executive officer Jane Doe', 'presidential'],
    founderEn: ['co-founder Jane Doe', 'founders'],
    managerEn: ['managing director Jane Doe', 'directorate'],
    investorFirmEn: ['a partner at Accel', 'partnership'],
    executiveFr: ['la directrice générale Jeanne Dupont', 'présidentielle'],
    founderFr: ['la cofondatrice Jeanne Dupont', 'fondatrices'],
    investorFirmFr: ['associée chez Partech', 'associés'],
    spokesperson: ['a spokeswoman for Acme', 'spokespeople'],
    staffTitles: ['the staff engineer Sam Reyes', 'a leadership partnership'],
  };
  it.each(families)('%s reads its own title as a whole word', (name, fragments) => {
    const family = new RegExp(`(?<![\\p{L}-])(?:${roleAlternation(fragments)})(?![\\p{L}])`, 'iu');
    const [yes, no] = sample[name as keyof typeof ROLE_FAMILIES];
    expect(family.test(yes)).toBe(true);
    expect(family.test(no)).toBe(false);
  });
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

describe('a round funded, bankrolled or topped up "by" its investors (the whole passive family, EN and FR)', () => {
  const rows: Array<[string, Want]> = [
    row('Acme’s § round was bankrolled by Kestrel Partners and Northwind Capital.', [], ['Kestrel Partners', 'Northwind Capital']),
    row('The § seed round was capitalized by Kestrel Partners.', [], ['Kestrel Partners']),
    row('The § financing was entirely capitalised by Northwind Capital and Globex Ventures.', [], ['Northwind Capital', 'Globex Ventures']),
    row('L’augmentation de capital, abondée par Kestrel Partners et Northwind Capital, atteint §.', [], ['Kestrel Partners', 'Northwind Capital']),
    row('Le tour de table a été abondé par Globex Ventures à hauteur de §.', [], ['Globex Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a list closing its clause with "also joined" / "took part too" (EN and FR)', () => {
  const rows: Array<[string, Want]> = [
    row('Acme raised § in a round co-led by Kestrel Partners and Northwind Capital; Globex Ventures, Initech Capital, Hooli Ventures, Vandelay Industries and Pied Piper Fund also joined.', ['Kestrel Partners', 'Northwind Capital'], ['Globex Ventures', 'Initech Capital', 'Hooli Ventures', 'Vandelay Industries', 'Pied Piper Fund']),
    row('Acme raised § led by Kestrel Partners; Globex Ventures and Initech Capital took part too.', ['Kestrel Partners'], ['Globex Ventures', 'Initech Capital']),
    row('Acme closed a § seed round; Globex Ventures and Initech Capital came aboard as well.', [], ['Globex Ventures', 'Initech Capital']),
    row('Acme lève § auprès de Kestrel Partners ; Globex Ventures et Initech Capital ont également rejoint.', [], ['Kestrel Partners', 'Globex Ventures', 'Initech Capital']),
    row('Acme lève § auprès de Kestrel Partners ; Globex Ventures et Initech Capital ont eux aussi embarqué.', [], ['Kestrel Partners', 'Globex Ventures', 'Initech Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('the signer of the cheque is an investor (EN and FR)', () => {
  const rows: Array<[string, Want]> = [
    row('Kestrel Partners signe le chèque de § pour Acme, aux côtés de Northwind Capital.', [], ['Kestrel Partners', 'Northwind Capital']),
    row('Pour ce tour de §, Kestrel Partners et Northwind Capital ont signé les chèques.', [], ['Kestrel Partners', 'Northwind Capital']),
    row('Acme raised §; Kestrel Partners wrote the largest cheque.', [], ['Kestrel Partners']),
    row('Acme raised §; Globex Ventures cut a check too.', [], ['Globex Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a name after "and" with its own finite verb opens a new clause: the list ends before it (EN and FR)', () => {
  const rows: Array<[string, Want]> = [
    row('Acme raised § led by Kestrel Partners, and Paul Okafor cut the ribbon.', ['Kestrel Partners'], []),
    row('Acme a levé § auprès de Kestrel Partners, et Jane Moreau rejoint le conseil.', [], ['Kestrel Partners']),
    row('Acme raised § from Kestrel Partners, Northwind Capital and Globex Ventures, and Jane Moreau will join the board.', [], ['Kestrel Partners', 'Northwind Capital', 'Globex Ventures']),
    row('Acme lève § auprès de Kestrel Partners, et Paul Okafor devient directeur général.', [], ['Kestrel Partners']),
    row('Acme raised § led by Kestrel Partners, and Jane Moreau joined the board as chair.', ['Kestrel Partners'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
