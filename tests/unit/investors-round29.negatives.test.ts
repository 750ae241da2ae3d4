/**
 * Investor lists, round 29, look-alikes (invented sentences, EN and FR; money masked as "§"). (1) A lead list with a name of its own
 * before the examples ("led by Accel, with other investors, including X") keeps the examples as participants. (2) "Members of the
 * board", "membres de l'équipe" name no group. (3) Acting as an adviser or a reference shareholder is no lead. (4) FUNDED_THING_AFTER:
 * partners who teamed up on the funding of a lab or a study form no round's syndicate.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 29 look-alikes: examples after a named lead', () => {
  const rows: Array<[string, Want]> = [
    row('The § round was led by Kestrel Ventures, with other investors, including Orbis Capital.', ['Kestrel Ventures'], ['Orbis Capital']),
    row('La levée de § a été menée par Azur Capital, aux côtés de plusieurs fonds, dont Granit Ventures.', ['Azur Capital'], ['Granit Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 29 look-alikes: members of no named group', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio raised § from Kestrel Ventures and members of the board.', [], ['Kestrel Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 29 look-alikes: acting in another role', () => {
  const rows: Array<[string, Want]> = [
    row('Jeanne Martin agit comme conseil de la société lors de la levée de §.', [], []),
    row('Azur Capital agit comme actionnaire de référence depuis 2015.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 29 look-alikes: a collaboration funds a thing, not a round', () => {
  const rows: Array<[string, Want]> = [
    row('Kestrel Ventures and Orbis Capital teamed up on the funding of a new lab in Lyon.', [], []),
    row('Azur Capital et Granit Ventures se sont associés pour le financement d’une étude sur le climat.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
