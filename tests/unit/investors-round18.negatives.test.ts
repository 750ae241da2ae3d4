/**
 * Look-alikes for the round-18 investor rules (investors-round18.test.ts). "accueillir" without the capital as its place is a
 * raising verb or a host, not the frame of new shareholders; a compound noun ("capital-risque") is not the capital; people let
 * in named by a common noun are no investor names. Sentences of our own invention; money masked as "§".
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('look-alikes of the capital-entry frame', () => {
  const rows: Array<[string, Want]> = [
    row('La start-up accueille Kestrel Partners dans ses nouveaux locaux lyonnais.', [], []),
    row('Norvio accueille Orion Ventures au salon du capital-risque de Lyon.', [], []),
    row('La société accueille ses salariés à son capital grâce à un plan d’actionnariat.', [], []),
    row('Hooli Ventures accueille les fondateurs dans ses bureaux.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
