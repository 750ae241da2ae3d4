/**
 * Investor lists, round 24 (invented sentences, EN and FR; money masked as "§"). (1) A lower-case letter or word that opens a real
 * brand ("i", "up") is kept as the name's first word (SHORT_FUNCTION_WORD keeps only grammar). (2) FIRM_PARTNER: a lead told as a
 * firm's partner ("Orion Ventures’ Jane Moreau") is the firm. (3) CO_LEAD_NOT_PARTNER still lets a co-lead's real partner through.
 * Look-alikes: investors-round24.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 24: a lower-case brand word opening a firm name is kept', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio raised § in a round led by i Kestrel Capital.', ['i Kestrel Capital'], []),
    row('Norvio raised § in a seed round led by up Orion Partners and Hooli.', ['up Orion Partners', 'Hooli'], []),
    row('Norvio a levé § lors d’un tour mené par i Kestrel Capital.', ['i Kestrel Capital'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 24: a lead named as a firm’s partner is the firm', () => {
  const rows: Array<[string, Want]> = [
    row('The seed round was co-led by Orion Ventures’ Jane Moreau and GGV’s Paul Okafor.', ['Orion Ventures', 'GGV'], []),
    row('The Series A was led by Kestrel Capital’s Anna Berg with participation from existing investors.', ['Kestrel Capital'], []),
    row('Kestrel Partners’ Anna Berg led the § round.', ['Kestrel Partners'], []),
    row('La série A a été menée par Hooli Ventures’ Jean Dupont.', ['Hooli Ventures'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
