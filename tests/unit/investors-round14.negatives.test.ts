/**
 * Look-alikes of the round-14 frames (investors-round14.test.ts) that must NOT yield investors: a participle of giving in a sentence
 * about a contract or a grant with no raising, a cleft whose lead verb is about a market, a project or a team, not a round.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('look-alikes of the round-14 frames name no investor', () => {
  const rows: Array<[string, Want]> = [
    // A contract or an order, not a raise: the giver is a customer.
    row('Acme a décroché une commande de §, apportée par Globex Industries.', [], []),
    row('Acme won a § contract, supplied by the Ministry of Defence.', [], []),
    // A cleft about a market, a project or a team.
    row('C’est Globex Industries qui a repris la main sur le marché européen.', [], []),
    row('C’est Paul Okafor qui prend la tête de l’équipe produit.', [], []),
    row('It was Jane Moreau who took the helm of the company after the merger.', [], []),
    row('Ce sont Globex et Initech qui ont repris la main sur les prix.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
