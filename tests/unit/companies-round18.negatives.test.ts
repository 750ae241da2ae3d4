/**
 * Round 18 look-alikes (companies-round18.test.ts): shapes the new name readers must leave alone. Invented rows, EN and FR.
 * - A name holding "de" that follows no series noun ("Banque de Kerlan") keeps its "de"; a round told with its letter then its
 *   figure ("la série B de 20 M€ de Kiplo") still names the owner.
 * - A pictograph opening a line before a person named by a role is no company marker of the person.
 * - A name that opens with digits ("360Learning", "1Password") keeps them; only a full numeric date is dropped.
 */
import { describe, expect, it } from 'vitest';
import { subjectBefore } from '../../utils/companies';
import { readFunding } from '../../utils/funding';

const companies = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.company);

describe('round 18 negatives: round letters, pictographs and dates', () => {
  it.each<[string[], string]>([
    [['Maison de Kiplo', 'Atelier de Quorly'], 'Les levées du mois : Maison de Kiplo (20 millions d’euros) et Atelier de Quorly (5 millions d’euros).'],
    [['Kiplo'], 'The Series B of $20 million raised by Kiplo was led by Harbor Ventures.'],
    [['360Learning'], '360Learning raised $20 million in a Series B round.'],
    [['1Password'], '1Password has raised $100 million from Accel.'],
    // A name whose words end in -s before "Of" with no particle keeps them ("Sons Of", "Friends Of").
    [['Harbor Sons of Maine'], 'Harbor Sons of Maine raised $2 million from local angels.'],
  ])('%j', (want, row) => expect(companies(row)).toEqual(want));
  it.each<[string, string, string]>([
    ['Jane Doe', '🇬🇧 Jane Doe, partner at Harbor Ventures, has raised $50 million for a new fund.', 'has raised'],
    ['Léa Martin', '🇫🇷 Léa Martin, associée chez Kerlan Capital, a levé 50 millions d’euros pour un nouveau fonds.', 'a levé'],
  ])('%s', (person, row, verb) => expect(subjectBefore(row, row.indexOf(verb))?.name).not.toBe(person));
});
