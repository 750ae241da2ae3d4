/**
 * Investor lists, round 25 (invented sentences, EN and FR; money masked as "§"). (1) KIND_NOT_BEFORE_FIRM_WORD_ONLY: a capitalised
 * "-maker" word before a firm's last word alone is the name's first word ("Rainmaker Capital"), not a kind noun describing "Capital".
 * (2) FRENCH_DETERMINER_LED: a French descriptor phrase with an elided article or opened by the joining "de" ("et de l’entreprise de
 * logiciels de paiement X") describes the name after it. (3) ROUND_SAW_ARRIVAL_FR: the round as the subject of a verb of seeing or
 * counting whose object is the investors' arrival ("Le tour a également vu la participation de X"). Look-alikes: investors-round25.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 25: a "-maker" word before a firm word alone is part of the name', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio raised § in a round led by Rainmaker Capital.', ['Rainmaker Capital'], []),
    row('Norvio a levé § lors d’un tour mené par Tidemaker Partners et Hooli.', ['Tidemaker Partners', 'Hooli'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 25: a French descriptor phrase with an elided article describes the name after it', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio a levé § auprès de Hooli et de l’entreprise de logiciels de paiement Kestrel.', [], ['Hooli', 'Kestrel']),
    row('Le tour de § de Norvio a été mené par l’assureur Orion, aux côtés de l’éditeur de logiciels Kestrel.', ['Orion'], ['Kestrel']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 25: a French round that saw the arrival of its investors', () => {
  const rows: Array<[string, Want]> = [
    row('Le tour a également vu la participation de Kestrel et Hooli.', [], ['Kestrel', 'Hooli']),
    row('Cette levée voit l’arrivée de Kestrel Capital.', [], ['Kestrel Capital']),
    row('L’opération a enregistré l’entrée du fonds Kestrel, aux côtés d’Orion.', [], ['Kestrel', 'Orion']),
    row('La série A a aussi vu le retour de Kestrel Ventures.', [], ['Kestrel Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
