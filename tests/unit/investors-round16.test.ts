/**
 * Investor lists, round 16: shapes that recur across outlets in the blind misses. The present of "piloter/diriger/conduire" + a round
 * noun makes its subject the lead (as "mène" does); the money as the subject of a raising participle or of its origin names its
 * givers with no round word ("Ces fonds ont été récoltés auprès de", "The money was raised from"); a definite round set apart from
 * its passive lead cue by a long apposition still makes the cue a round's ("The investment, comprising …, was spearheaded by"); a
 * demonstrative resuming the investors just told ("These investors include", "Ces investisseurs sont"). Names of our own invention
 * (EN and FR); money masked as "§". Look-alikes are in investors-round16.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('a figure put into one company (singular) names a round investor, not a tally', () => {
  const rows: Array<[string, Want]> = [
    row('Kestrel Capital invested § in the firm last week.', [], ['Kestrel Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('the present of piloter/diriger/conduire with a round noun: its subject leads', () => {
  const rows: Array<[string, Want]> = [
    row('Orion Partners pilote la levée de § de la jeune pousse bordelaise.', ['Orion Partners'], []),
    row('Hooli Ventures dirige le tour de table de § annoncé ce matin par Norvio.', ['Hooli Ventures'], []),
    row('Kestrel Capital conduit l’opération de § aux côtés de Globex Partners.', ['Kestrel Capital'], ['Globex Partners']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('the money as the subject of a raising participle or of its origin: its givers follow', () => {
  const rows: Array<[string, Want]> = [
    row('Ces fonds ont été récoltés auprès de Kestrel Capital et de Hooli Ventures.', [], ['Kestrel Capital', 'Hooli Ventures']),
    row('Le montant a été collecté auprès du fonds régional Orion Partners.', [], ['Orion Partners']),
    row('The money was raised from Globex Partners and Initech Capital.', [], ['Globex Partners', 'Initech Capital']),
    row('The funds were secured from Northwind Ventures, the company said.', [], ['Northwind Ventures']),
    row('Les fonds proviennent de Hooli Ventures et de Globex Partners.', [], ['Hooli Ventures', 'Globex Partners']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a definite round set apart from its passive lead cue by a long apposition', () => {
  const rows: Array<[string, Want]> = [
    row('The investment, made up of a blend of preferred shares and a venture loan from two lenders, was spearheaded by Kestrel Capital.', ['Kestrel Capital'], []),
    row('The round, which was meant to fund a push into three more countries across the region, was led by Orion Partners.', ['Orion Partners'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a demonstrative resuming the investors just told of, next to a deal', () => {
  const rows: Array<[string, Want]> = [
    row('These investors include Kestrel Capital, Orion Partners and Hooli Ventures.', [], ['Kestrel Capital', 'Orion Partners', 'Hooli Ventures']),
    row('Ces investisseurs sont Globex Partners et Initech Capital.', [], ['Globex Partners', 'Initech Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a French plural descriptor before the names: "auprès des fonds d’amorçage A et B"', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio a levé § auprès des fonds d’amorçage Kestrel Capital et Hooli Ventures.', [], ['Kestrel Capital', 'Hooli Ventures']),
    row('La jeune pousse a bouclé un tour de § auprès des fonds Orion Partners et Globex Capital.', [], ['Orion Partners', 'Globex Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
