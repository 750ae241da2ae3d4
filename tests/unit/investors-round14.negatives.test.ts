/**
 * Look-alikes of the round-14 frames (investors-round14.test.ts) that must NOT yield investors: a participle of giving in a sentence
 * about a contract or a grant with no raising, a cleft whose lead verb is about a market, a project or a team, not a round; earlier
 * or lifetime backers ("earlier investors include", "had previously netted investment from"), a technology, a pronoun or a continent
 * read as a name ("piloté par l’IA"), a company taking a stake, a speaker resumed by a pronoun.
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
    row('C’est Kestrel qui prend une participation minoritaire dans cette levée de §.', [], []),
    row('It was Jane Moreau who took the helm of the company after the merger.', [], []),
    row('Ce sont Globex et Initech qui ont repris la main sur les prix.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('earlier backers, technologies and look-alikes of the new frames', () => {
  const rows: Array<[string, Want]> = [
    // The backers of past rounds.
    row('In addition to Hooli, Acme’s earlier investors include real estate group Globex Holdings and Initech Capital.', [], []),
    row('Les précédents investisseurs d’Acme sont Kestrel Partners et Globex Ventures.', [], []),
    row('Acme had previously netted investment from Northwind Capital and Hooli Ventures.', [], []),
    row('Acme raised just under § during its life, accreting capital from Kestrel Partners and Initech Capital while private.', [], []),
    // A technology, a pronoun or a continent is no investor.
    row('Acme (qui a conçu un boîtier piloté par l’IA) complète le podium, avec § levés.', [], []),
    row('Acme raised § in a round backed by AI.', [], []),
    // A company taking a stake in another, or entering a market.
    row('L’occasion pour Acme de présenter sa nouvelle offre au salon.', [], []),
    row('The deal allows Acme to take a stake in Globex.', [], []),
    // Progressive of taking part in something else than a round.
    row('Acme is also participating in the trade show.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('earlier backers who came again, a speaker resumed by a pronoun: still investors', () => {
  const rows: Array<[string, Want]> = [
    row('Earlier investors Kestrel Partners and Initech Capital also took part in this round.', [], ['Kestrel Partners', 'Initech Capital']),
    row('Acme previously raised § from Northwind Capital.', [], ['Northwind Capital']),
    row('Hooli Ventures said it has invested § in Acme.', [], ['Hooli Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
