/**
 * Look-alikes for investors-round31.test.ts: "auprès, notamment, de" with no round in the sentence names partners or customers; a list
 * that goes on after "A and B," with a name and no verb of its own keeps that name; a name after the comma followed by a preposition
 * is one more item, not a subject.
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
