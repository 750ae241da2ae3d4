/**
 * Investor lists, round 13: investors named outside the core frames: a participle of giving after the figure's clause ("§ dans sa
 * besace, apportés par A, B"), a set of investors with its names in brackets ("business angels (A, B)"), "dirigée par" with the
 * round as its subject, holders increasing their stake, the cleft "c'est X qui a repris la main", fronted prepositions ("Besides X,").
 * Names of our own invention (EN and FR); money masked as "§". Look-alikes that must NOT yield investors are in
 * investors-round13.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('a participle of giving after the figure’s clause names the givers', () => {
  const rows: Array<[string, Want]> = [
    row('Acme réalise la plus belle opération de la semaine avec § dans sa besace, apportés par Kestrel Partners, Globex Ventures et Initech Capital.', [], ['Kestrel Partners', 'Globex Ventures', 'Initech Capital']),
    row('Acme a obtenu une enveloppe de §, fournie par Northwind Capital, pour sa série A.', [], ['Northwind Capital']),
    row('La start-up a levé § en amorçage, injectés par Hooli Ventures et Jane Moreau.', [], ['Hooli Ventures', 'Jane Moreau']),
    row('Acme raised § in fresh capital, supplied by Northwind Capital and Globex Ventures.', [], ['Northwind Capital', 'Globex Ventures']),
    row('The company secured § this week, put up by Kestrel Partners and Initech Capital.', [], ['Kestrel Partners', 'Initech Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a set of investors, then its names in brackets', () => {
  const rows: Array<[string, Want]> = [
    row('Ces fonds ont été récoltés auprès de business angels (Globex.club, Kestrel Ventures) mais aussi auprès de ses investisseurs historiques.', [], ['Globex.club', 'Kestrel Ventures']),
    row('Acme a levé § auprès d’investisseurs privés (Jane Moreau et Paul Okafor).', [], ['Jane Moreau', 'Paul Okafor']),
    row('The round drew existing investors (Northwind Capital, Hooli Ventures) and a new strategic backer.', [], ['Northwind Capital', 'Hooli Ventures']),
    row('Acme raised § from angels (Jane Moreau, Sam Reyes).', [], ['Jane Moreau', 'Sam Reyes']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('"dirigée par" with the round as its subject is a lead', () => {
  const rows: Array<[string, Want]> = [
    row('La ronde de financement est dirigée par Kestrel Partners et Globex Ventures.', ['Kestrel Partners', 'Globex Ventures'], []),
    row('Le tour de table a été dirigé par Northwind Capital.', ['Northwind Capital'], []),
    row('Le tour de table, qui a été dirigé par Hooli Ventures, atteint §.', ['Hooli Ventures'], []),
    row('Cette levée de § est conjointement dirigée par Initech Capital et Kestrel Partners.', ['Initech Capital', 'Kestrel Partners'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('holders increasing their stake in the round', () => {
  const rows: Array<[string, Want]> = [
    row('Existing investors Northwind Capital and Globex Ventures increased their stakes in the round.', [], ['Northwind Capital', 'Globex Ventures']),
    row('Besides Kestrel Partners, the fund Hooli Ventures increased its stake, putting even more trust in the founders.', [], ['Kestrel Partners', 'Hooli Ventures']),
    row('Kestrel Partners et Globex Ventures ont renforcé leur participation lors de cette levée.', [], ['Kestrel Partners', 'Globex Ventures']),
    row('Les actionnaires Initech Capital et Northwind Capital ont également augmenté leur participation.', [], ['Initech Capital', 'Northwind Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a cleft singling out the investor that took the round over: the lead', () => {
  const rows: Array<[string, Want]> = [
    row('Résultat, c’est le hedge fund américain Kestrel Partners qui a repris la main, en mettant § sur la table.', ['Kestrel Partners'], []),
    row('Finalement, c’est Northwind Capital qui a pris la tête, avec un ticket de §.', ['Northwind Capital'], []),
    row('In the end it was Globex Ventures that took the lead, putting in §.', ['Globex Ventures'], []),
    row('C’est Hooli Ventures qui a mené ce tour de table de §.', ['Hooli Ventures'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('angels told by a role before their name, or by where they work after it', () => {
  const rows: Array<[string, Want]> = [
    row('Others in this seed round include the former head of partnerships at Globex Jane Moreau, Initech’s ex-SVP of engineering Paul Okafor and Sam Reyes of the Hooli Morning Podcast.', [], ['Jane Moreau', 'Paul Okafor', 'Sam Reyes']),
    row('Acme raised § from angel investors including the co-founder of Initech Paul Okafor, and Jane Moreau.', [], ['Paul Okafor', 'Jane Moreau']),
    row('Le tour de table réunit notamment l’ancien directeur de Globex Paul Okafor et Jane Moreau.', [], ['Paul Okafor', 'Jane Moreau']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
