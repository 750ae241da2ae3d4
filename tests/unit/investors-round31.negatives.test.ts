/**
 * Look-alikes for investors-round31.test.ts: "auprès, notamment, de" with no round in the sentence names partners or customers; a list
 * that goes on after "A and B," with a name and no verb of its own keeps that name; a name after the comma followed by a preposition
 * is one more item, not a subject. Two firms joined by "and" with no cue of family ("Naspers and Tiger Global") stay two firms, and a
 * firm named after two people ("Tom and Ben Archer Capital") stays one. A French item that names a firm with its kind ("le groupe de
 * médias Prisma") or an institution ("la Banque de France") is no apposition. "Along" inside a firm's name stays. MEMBERS_OF_GROUP
 * narrowed: the members of a legislature, a family or a board name no investor group.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 31 look-alikes: "auprès, notamment, de" and closed lists', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio a signé des partenariats auprès, notamment, de Carrefour et d’Auchan.', [], []),
    row('Le fonds s’est engagé auprès, entre autres, des régions Bretagne et Normandie.', [], []),
    row('Norvio raised § from Kestrel Ventures and Orbis Capital, Granit Partners, and Azur Capital.', [], ['Kestrel Ventures', 'Orbis Capital', 'Granit Partners', 'Azur Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 31 look-alikes: no shared surname without a cue of family or founding team', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio raised § from Kestrel Ventures, Naspers and Tiger Global.', [], ['Kestrel Ventures', 'Naspers', 'Tiger Global']),
    row('Norvio raised § from Kestrel Ventures, Tom and Ben Archer Capital (founders’ vehicle), and Orbis Capital.', [], ['Kestrel Ventures', 'Tom and Ben Archer Capital', 'Orbis Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 31 look-alikes: French items that are names, not appositions', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio a levé § auprès de Kestrel Ventures, le groupe de médias Prisma, et d’Orbis Capital.', [], ['Kestrel Ventures', 'Prisma', 'Orbis Capital']),
    row('Norvio a levé § auprès de Kestrel Ventures, la Banque de France et Orbis Capital.', [], ['Kestrel Ventures', 'Banque de France', 'Orbis Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 31 look-alikes: "Along" inside a name', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio raised § from Along Ventures and Orbis Capital.', [], ['Along Ventures', 'Orbis Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 31 look-alikes: members of a group that is no investor group', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio raised § from Kestrel Ventures and members of the Walton family.', [], ['Kestrel Ventures']),
    row('Norvio raised § from Kestrel Ventures and several members of Congress.', [], ['Kestrel Ventures']),
    row('Norvio raised § from Kestrel Ventures and members of the Stanford Board of Trustees.', [], ['Kestrel Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
