/**
 * Investor lists, round 32 (invented sentences, FR; money masked as "§"). A French institution's name followed by its short
 * form in parentheses is read as the short form only when the name holds a lower-case word the name finder would stop at
 * ("la Caisse centrale de réassurances (CCR)" → "CCR", round 3); a name whose words are all capitalised is read whole, as the
 * English "Koch Disruptive Technologies (KDT)" is (shortFormOfInstitution, INSTITUTION_LOWER_WORD in utils/investors.ts).
 * Shape seen on fixture 430 (Maddyness: "Crédit Agricole Alpes Développement (C2AD)" read as "C2AD", gold the full name) and
 * in the same family's capitalised names of 297 (Newswire, "Fonds d'Emprunt Québec (FEQ)") and 753 ("Banque des Territoires").
 * (2) SUBSCRIBED_FIGURE: the subscribers of a share issue named right after its figure ("une levée de § souscrite par A et B",
 * "une augmentation de capital de §, entièrement souscrite par ses actionnaires A et B"): the round-noun rule before it read
 * "§" behind a "\b" that cannot match there. The brief's French list shape ("une levée souscrite par A et B"); the verb is the
 * lexicon's (LEX_PARTICIPATION_VERBS_FR "souscrit") and the rule's own documented subject.
 * Each row fails with the rule off (checked). Look-alikes: investors-round32.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 32: a capitalised French institution before its short form is read whole', () => {
  const rows: Array<[string, Want]> = [
    row('Kestrel Ventures et Crédit Régional Savoie Innovation (CRSI) ont également participé à l’opération de §.', [], ['Kestrel Ventures', 'Crédit Régional Savoie Innovation']),
    row('Norvio a levé § auprès du Fonds d’Amorçage Loire Atlantique (FALA) et de Granit Ventures.', [], ['Fonds d’Amorçage Loire Atlantique', 'Granit Ventures']),
    row('Le tour de § a été mené par Orbis Capital, avec la participation de la Caisse Alpine Développement (CAD).', ['Orbis Capital'], ['Caisse Alpine Développement']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 32: the subscribers named right after the figure', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio a réalisé une levée de § souscrite par Kestrel Ventures et Orbis Capital.', [], ['Kestrel Ventures', 'Orbis Capital']),
    row('Tilvo annonce une augmentation de capital de §, entièrement souscrite par ses actionnaires historiques Azur Capital et Granit Partners.', [], ['Azur Capital', 'Granit Partners']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
