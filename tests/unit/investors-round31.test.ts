/**
 * Investor lists, round 31 (invented sentences, EN and FR; money masked as "§"). (1) AUPRES_ADVERB: an adverb of selection between
 * "auprès" and its "de" ("levés auprès, notamment, de A et B", "la somme collectée, auprès notamment des fonds A et B"). (2)
 * CLOSED_LIST_SUBJECT: a list closed by its conjunction, then a comma and the main clause's subject with its verb ("Avec § levés
 * auprès de A et B, Norvio devient …"): the subject is no investor. Look-alikes: investors-round31.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 31: an adverb between "auprès" and its "de"', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio a levé § auprès, notamment, d’Azur Capital et de Granit Ventures.', [], ['Azur Capital', 'Granit Ventures']),
    row('La somme collectée, auprès notamment des fonds américains Kestrel Ventures et Orbis Capital, servira à recruter.', [], ['Kestrel Ventures', 'Orbis Capital']),
    row('Le tour de § a été bouclé auprès, entre autres, de Kestrel Ventures et d’Orbis Capital.', [], ['Kestrel Ventures', 'Orbis Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 31: the subject after a closed list is no investor', () => {
  const rows: Array<[string, Want]> = [
    row('Avec § levés en mars auprès de Kestrel Ventures et Orbis Capital, Norvio représente un tiers du total du trimestre.', [], ['Kestrel Ventures', 'Orbis Capital']),
    row('With a § Series A from Kestrel Ventures and Orbis Capital, Norvio accounts for a third of the quarter’s total.', [], ['Kestrel Ventures', 'Orbis Capital']),
    row('Fresh from a § seed round from Kestrel Ventures and Orbis Capital, Norvio opened an office in Lagos.', [], ['Kestrel Ventures', 'Orbis Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
