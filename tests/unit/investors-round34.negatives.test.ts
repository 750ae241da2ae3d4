/**
 * Look-alikes of investors-round34.test.ts (invented sentences): a person "of" something that is no investment firm (a company, a
 * bank's own name), a partner told in an apposition (the person is named as the lead: fixture 68's gold lists "Todd Cozzens,
 * managing partner at Transformation Capital" so), a longer capitalised run before the person (a title), and a participant told as a
 * partner of a firm (a participant may invest on his own, as PERSON_AT_FIRM reads the possessive form). A possessive before a lead that
 * is a firm, not a place ("Nigeria’s Kestrel Partners", "Kestrel Partners’ partners"): the examples after it take part, they do not lead.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 34 look-alikes: a person of something that is no investment firm, or not told as the lead', () => {
  const rows: Array<[string, Want]> = [
    row('Tolvane raised § in a seed round led by Marta Quintero of Halden Robotics.', ['Marta Quintero'], []),
    row('Tolvane lève § lors d’un tour mené par Claire Mouret de Valmont Robotique.', ['Claire Mouret'], []),
    row('Tolvane raised § in a seed round led by Marta Quintero, a partner at Halden Ventures.', ['Marta Quintero'], []),
    row('Tolvane raised § in a round led by General Partner Marta Quintero of Halden Ventures.', ['Marta Quintero'], []),
    row('Tolvane raised § in a round led by Orbis Capital, with participation from Marta Quintero of Halden Ventures.', ['Orbis Capital'], ['Marta Quintero']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 34 look-alikes: a possessive in the gap that is no place', () => {
  const rows: Array<[string, Want]> = [
    row('Tolvane raised § in a round led by Nigeria’s Kestrel Partners, with other investors such as Orbis Capital.', ['Kestrel Partners'], ['Orbis Capital']),
    row('Tolvane raised § in a round led by Kestrel Partners’ partners, including Orbis Capital.', ['Kestrel Partners'], ['Orbis Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
