/**
 * Investor lists, round 31 (invented sentences, EN and FR; money masked as "§"). (1) AUPRES_ADVERB: an adverb of selection between
 * "auprès" and its "de" ("levés auprès, notamment, de A et B", "la somme collectée, auprès notamment des fonds A et B"). (2)
 * CLOSED_LIST_SUBJECT: a list closed by its conjunction, then a comma and the main clause's subject with its verb ("Avec § levés
 * auprès de A et B, Norvio devient …"): the subject is no investor. (3) SHARED_SURNAME_PAIR: "John and Patrick Collison (co-founders of
 * Stripe)", "les frères Jean et Marc Dupont": two given names before one surname, with a cue of family or founding team, are two people
 * of that surname; and "avec la participation des fonds A et B" keeps its first item. (4) FR_APPOSITION_OF_NAME: "auprès de A, la
 * société mère de X, et de B": the name inside a French apposition is the described one's owner or company, no investor; the list goes
 * on. (5) "led by A, along with participation from B": the participation cue takes "with", and "along" left alone is no lead
 * (names.ts NOT_A_NAME_ALONE). Look-alikes: investors-round31.negatives.test.ts.
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

describe('round 31: two given names sharing one surname', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio raised § from Kestrel Ventures, Tom and Ben Archer (co-founders of Globex), and Orbis Capital.', [], ['Kestrel Ventures', 'Tom Archer', 'Ben Archer', 'Orbis Capital']),
    row('Norvio raised § from Kestrel Ventures and brothers Tom and Ben Archer.', [], ['Kestrel Ventures', 'Tom Archer', 'Ben Archer']),
    row('Le tour de § a été mené par Azur Capital, avec la participation des frères Jean et Marc Dupont.', ['Azur Capital'], ['Jean Dupont', 'Marc Dupont']),
    row('Norvio a levé § auprès d’Azur Capital et de Jean et Marc Dupont, cofondateurs de Globex.', [], ['Azur Capital', 'Jean Dupont', 'Marc Dupont']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 31: "avec la participation des …" keeps its first item', () => {
  const rows: Array<[string, Want]> = [
    row('Le tour de § a été mené par Azur Capital, avec la participation des fonds Granit Ventures et Orbis Capital.', ['Azur Capital'], ['Granit Ventures', 'Orbis Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 31: a French apposition naming the owner or the company is no investor', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio a bouclé un tour de § auprès de Kestrel Ventures, la société mère de Globex, et d’Orbis Capital.', [], ['Kestrel Ventures', 'Orbis Capital']),
    row('Norvio a levé § auprès de Kestrel Ventures et Orbis Capital, les actionnaires historiques de Norvio, ainsi que de Granit Partners.', [], ['Kestrel Ventures', 'Orbis Capital', 'Granit Partners']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 31: "along" left before a participation cue is no name', () => {
  const rows: Array<[string, Want]> = [
    row('The seed round was led by Kestrel Ventures, along with participation from Orbis Capital and Granit Partners.', ['Kestrel Ventures'], ['Orbis Capital', 'Granit Partners']),
    row('Norvio raised § in a round led by Kestrel Ventures and Orbis Capital, along with participation from existing investors.', ['Kestrel Ventures', 'Orbis Capital'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
