/**
 * Look-alikes for investors-round25.test.ts: a "-maker" kind noun before a real name still goes ("Chipmaker Kestrel"), and a French
 * phrase whose lower-case words hold a clause or end on a place names no investor; "la participation de X" as a stake, or seen by
 * something other than a round, names no participant.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 25 negatives: a "-maker" kind noun before a name still describes it', () => {
  const rows: Array<[string, Want]> = [
    row('Chipmaker Kestrel led the § round in Norvio.', ['Kestrel'], []),
    row('Chipmaker Kestrel Capital led the § round in Norvio.', ['Kestrel Capital'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 25 negatives: a French phrase with a clause or a place names no investor', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio a levé § auprès de Hooli et de l’entreprise qui fabrique les puces de Kestrel.', [], ['Hooli']),
    row('Norvio a levé § auprès de Hooli, dont l’entreprise de Kestrel est actionnaire.', [], ['Hooli']),
    row('Norvio a levé § auprès de Hooli et de l’usine de Lyon.', [], ['Hooli']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 25 negatives: a stake, or a participation seen by no round', () => {
  const rows: Array<[string, Want]> = [
    row('L’État a porté la participation de Kestrel à 20 %.', [], []),
    row('Le mois a vu la participation de Kestrel à trois salons.', [], []),
    row('Le tribunal a vu la participation de Kestrel au litige.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
