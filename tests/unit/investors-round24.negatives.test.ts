/**
 * Investor lists, round 24, look-alikes (invented sentences, EN and FR; money masked as "§"). (1) CO_LEAD_NOT_PARTNER: after a
 * co-lead's "with/avec", the kind of help given ("with support from X") names a participant, not a co-lead partner, and a relative
 * ("avec sa sœur X", KIN_NOUNS) is none. (2) A French co-management verb (codiriger) leads a round only with a round noun
 * beside it (FR_CO_MANAGE_VERB). (3) Grammar words before a name are still no brand (SHORT_FUNCTION_WORD). (4) FIRM_PARTNER leaves a
 * person's firm, a non-firm possessor and a participant named with a firm alone. (5) A co-lead "with participation from" keeps the
 * participants (review F0). (6) PLACE_BEFORE_KIND needs a place: a firm's own name before what it is stays the lead (review F7).
 * (7) INVESTOR_APPOSITION: a lead described as an investor, then "which raised …", stays the lead (review F6).
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 24: what a co-lead is "with" is not always a co-lead', () => {
  const rows: Array<[string, Want]> = [
    row('Northwind co-led the § round with support from Kestrel Capital.', ['Northwind'], ['Kestrel Capital']),
    row('Hooli co-led the § round with the backing of Orion Partners.', ['Hooli'], ['Orion Partners']),
    row('Kiplo, codirigée par Jean Dupont avec sa sœur Marie Dupont, a levé § auprès de Partech.', [], ['Partech']),
    row('Kiplo, codirigée par Jean Dupont avec Marie Dupont, a levé § auprès de Partech.', [], ['Partech']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 24: a co-lead round noun keeps the French co-lead partner', () => {
  const rows: Array<[string, Want]> = [
    row('Hooli a codirigé la série B de Norvio aux côtés de Orion.', ['Hooli', 'Orion'], []),
    row('La série A, codirigée par Hooli avec Orion, atteint §.', ['Hooli', 'Orion'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 24: grammar words and non-firm possessors', () => {
  const rows: Array<[string, Want]> = [
    row('This is Kestrel Capital’s third investment in Kenya after leading Norvio’s § Series B.', ['Kestrel Capital'], []),
    row('The round was led by Peter Thiel’s Valar Ventures.', ['Valar Ventures'], []),
    row('The § round was led by Tesla’s Elon Musk.', ['Elon Musk'], []),
    row('Norvio raised § from Orion Ventures’ Jane Moreau and Hooli Capital’s Paul Okafor.', [], ['Jane Moreau', 'Paul Okafor']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 24: a co-lead with participation from others keeps them participants', () => {
  const rows: Array<[string, Want]> = [
    row('Tilvo raised § in a Series A co-led by Orion Ventures with participation from Kestrel Partners and Hooli.', ['Orion Ventures'], ['Kestrel Partners', 'Hooli']),
    row('Hooli Capital co-led the round with participation from existing backers Kestrel Partners and Vexa.', ['Hooli Capital'], ['Kestrel Partners', 'Vexa']),
    row('Tilvo a levé § lors d’un tour codirigé par Orion avec la participation de Kestrel et Vexa.', ['Orion'], ['Kestrel', 'Vexa']),
    row('Tilvo closed § in a Series A co-led by Orion Ventures with additional backing from Kestrel Partners.', ['Orion Ventures'], ['Kestrel Partners']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 24: a firm’s own name before what it is stays the lead', () => {
  const rows: Array<[string, Want]> = [
    row('Tilvo secured § in a Series B led by Zentra venture arm, with participation from Orion Capital.', ['Zentra'], ['Orion Capital']),
    row('Tilvo a levé § lors d’un tour mené par Kestrel, société de capital-risque lyonnaise, qui a levé § en 2022.', ['Kestrel'], []),
    row('Tilvo secured § in a round led by Hooli Ventures, a longtime backer, which raised its stake.', ['Hooli Ventures'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
