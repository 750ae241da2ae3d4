/**
 * Look-alikes of investors-round37-leads.test.ts (invented sentences): "sous la bannière de" with no round in the clause (a brand,
 * a team, a political banner), or before no capitalised name; a plural possessive that owns no figure (an institution's name,
 * "Ontario Teachers’ Pension Plan") stays in the lead list.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 37 look-alikes: a banner that is no round’s lead', () => {
  const rows: Array<[string, Want]> = [
    row('Les deux marques sont désormais vendues sous la bannière de Globex.', [], []),
    row('Il a couru trois saisons sous la casquette Kestrel Racing.', [], []),
    row('Tolvane lève §. La société, née sous la bannière de l’université, emploie 40 personnes.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence).lead).toEqual(want.lead));
});

describe('round 37 look-alikes: a plural possessive that owns no figure', () => {
  const rows: Array<[string, Want]> = [
    row('Tolvane raised § in a round led by Kestrel Capital and Ontario Teachers’ Pension Plan.', ['Kestrel Capital', 'Ontario Teachers’ Pension Plan'], []),
    row('The § round was led by Halden Partners, with Orbis Ventures’ growth fund joining.', ['Halden Partners'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence).lead).toEqual(want.lead));
});
