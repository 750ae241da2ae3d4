/**
 * Round 17 look-alikes (companies-round17.test.ts): shapes the widened readers must leave alone. Invented rows, EN and FR.
 * - A person opening the clause with a role appositive ("Jane Doe, partner at Harbor, has raised"): no company.
 * - A connector opening the clause before a descriptor and a set-off name ("Further, … provider, Acme, raised").
 * - A fronted gerund whose first comma is the phrase's own end: the name after it is the subject, even when names follow.
 */
import { describe, expect, it } from 'vitest';
import { subjectBefore } from '../../utils/companies';
import { readFunding } from '../../utils/funding';

const companies = (row: string) => readFunding({ paragraphs: [row] }).deals.map((d) => d.company);

describe('round 17 negatives: no appositive, no list skipped', () => {
  it.each<[string, string]>([
    // The fronted phrase ends at its first comma: the name after it opens the main clause, with its own coordination.
    ['Quillon', 'After raising $4 million from Harbor Ventures, Quillon and its rival Oak Lane opened offices, hiring forty engineers.'],
    ['Kiplo', 'Après avoir levé 2 millions d’euros auprès de Kerlan Capital, Kiplo et son partenaire Ouest Angels ont ouvert une usine, à Brest.'],
    // A middle item that is not a name ends the list at once: the phrase's first comma stands.
    ['Quillon', 'After raising $4 million from Harbor Ventures, Quillon, a Berlin startup, and Oak Lane, its rival, opened offices.'],
  ])('%s', (want, row) => expect(companies(row)[0]).toBe(want));
  // A person with a role appositive opening the clause is no company (ROLE_APPOSITIVE, personNames): the bare-noun appositive
  // of a company ("Kiplo, leader européen du …,") has the same shape.
  it.each<[string, string, string]>([
    ['Jane Doe', 'Jane Doe, partner at Harbor Ventures, has raised $50 million for a new fund.', 'has raised'],
    ['Léa Martin', 'Léa Martin, associée chez Kerlan Capital, a levé 50 millions d’euros pour un nouveau fonds.', 'a levé'],
    ['Léa Martin', 'Léa Martin, cofondatrice et directrice, a levé 2 millions d’euros pour sa société.', 'a levé'],
  ])('%s', (person, row, verb) => expect(subjectBefore(row, row.indexOf(verb))?.name).not.toBe(person));
  // A fronted connector, then a descriptor set off by commas, then the name: the set-off name closing the aside is the subject,
  // not the connector opening the clause (CLOSING_SET_OFF_NAME, isOpeningWord). French connectors ("Par ailleurs", "Ensuite")
  // were already no names, so only English rows fail without the guard.
  it.each<[string, string, string]>([
    ['Tessaro', 'Further, farm sensor and irrigation software maker, Tessaro, raised $2 million in seed funding.', 'raised'],
  ])('%s', (want, row, verb) => expect(subjectBefore(row, row.indexOf(verb))?.name).toBe(want));
});
