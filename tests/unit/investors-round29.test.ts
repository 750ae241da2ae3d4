/**
 * Investor lists, round 29 (invented sentences, EN and FR; money masked as "§"). (1) LEADS_AS_EXAMPLES: "led by <a set of investors>,
 * including A and B", "menée par plusieurs fonds, dont A et B": the examples of the set that led are the leads, also when the set is
 * told by nationalities ("Gulf, US and UAE investors") and in French ("dont", "notamment"). (2) MEMBERS_OF_GROUP: "members of the X
 * Angels" names the group X Angels, and the list around it goes on. (3) ROLE_AS_LEAD_FR: "X agit comme investisseur de référence",
 * "X intervient en tant que chef de file" lead. (4) participantsNamedIn, for the deal binder: the participants of a sentence with no
 * figure of its own. Look-alikes: investors-round29.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { participantsNamedIn } from '../../utils/investors';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 29: leads given as examples of the set that led', () => {
  const rows: Array<[string, Want]> = [
    row('La levée de § a été menée par plusieurs fonds, dont Azur Capital et Granit Ventures.', ['Azur Capital', 'Granit Ventures'], []),
    row('Le tour de § est mené par des investisseurs européens, notamment Azur Capital et Granit Ventures.', ['Azur Capital', 'Granit Ventures'], []),
    row('Norvio raised § led by Gulf, US and UAE investors, including Kestrel Ventures and Orbis Capital.', ['Kestrel Ventures', 'Orbis Capital'], []),
    row('The § round was led by Nordic and German investors, among them Kestrel Ventures and Orbis Capital.', ['Kestrel Ventures', 'Orbis Capital'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 29: the members of a group name the group', () => {
  const rows: Array<[string, Want]> = [
    row('Kestrel Ventures, Orbis Capital, members of the Prairie Valley Angels, and founder Jane Doe participated in the round.', [], ['Kestrel Ventures', 'Orbis Capital', 'Prairie Valley Angels', 'Jane Doe']),
    row('Norvio raised § from Kestrel Ventures and members of the Harbor Angel Network.', [], ['Kestrel Ventures', 'Harbor Angel Network']),
    row('Norvio a levé § auprès d’Azur Capital et de membres du réseau Alpes Angels.', [], ['Azur Capital', 'Alpes Angels']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 29: acting in the role of the lead, in French', () => {
  const rows: Array<[string, Want]> = [
    row('Azur Capital agit ici comme investisseur de référence dans ce tour de §.', ['Azur Capital'], []),
    row('Le fonds Granit Ventures intervient en tant que chef de file de la levée de §.', ['Granit Ventures'], []),
    row('Azur Capital a agi comme lead de cette opération de §.', ['Azur Capital'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 29: participantsNamedIn, for the deal binder', () => {
  const rows: Array<[string, string[]]> = [
    ['Existing backers Northwind Capital and Bluefin Partners also contributed to the round.', ['Northwind Capital', 'Bluefin Partners']],
    ['Ses actionnaires historiques Azur Capital et Granit Ventures ont également participé au tour.', ['Azur Capital', 'Granit Ventures']],
    ['The round was led by Kestrel Ventures, with participation from Orbis Capital.', ['Orbis Capital']],
  ];
  it.each(rows)('%s', (sentence, want) => expect(participantsNamedIn(sentence)).toEqual(want));
});
