/**
 * Investor lists, round 12: lists named outside "led by X with participation from Y" (a dash aside resuming the set, "Others in
 * this round include", a list as the subject of "are other new investors" or "also contributed to the round", "Le tour de table
 * comprend"), the lead of "from X with participation from Y", and the people describing an investor left out of its list.
 * Names of our own invention (EN and FR); money masked as "§". Look-alikes that must NOT yield investors are in
 * investors-round12.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('a set of investors resumed after a dash or a bracket, then its names', () => {
  const rows: Array<[string, Want]> = [
    row('Kestrel Partners is leading the round, and all its existing investors — they include Northwind Capital, Globex Ventures and Jane Moreau, co-founder of Initech — are participating.', ['Kestrel Partners'], ['Northwind Capital', 'Globex Ventures', 'Jane Moreau']),
    row('Acme raised § from its backers – these include Northwind Capital and Globex Ventures – in a seed round.', [], ['Northwind Capital', 'Globex Ventures']),
    row('Ses investisseurs historiques — ce sont Kestrel Partners et Globex Ventures — remettent au pot dans ce tour de table.', [], ['Kestrel Partners', 'Globex Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('"Others in this round include", "Others that invested included", "D’autres participants au tour de table sont"', () => {
  const rows: Array<[string, Want]> = [
    row('Others in this early seed round — 12 in all — include Globex’s Jane Moreau, Initech’s Paul Okafor and Hooli CEO Sam Reyes.', [], ['Jane Moreau', 'Paul Okafor', 'Sam Reyes']),
    row('Others that invested included Northwind Capital, Globex Ventures and Initech Capital.', [], ['Northwind Capital', 'Globex Ventures', 'Initech Capital']),
    row('Others who participated were Kestrel Partners and Hooli Ventures.', [], ['Kestrel Partners', 'Hooli Ventures']),
    row('D’autres participants au tour de table sont Kestrel Partners et Globex Ventures.', [], ['Kestrel Partners', 'Globex Ventures']),
    row('Les autres investisseurs qui ont participé sont Northwind Capital et Initech Capital.', [], ['Northwind Capital', 'Initech Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a list as the subject of "are other new investors" or "also contributed to the round"', () => {
  const rows: Array<[string, Want]> = [
    row('"Northwind Capital and Globex Ventures are other new investors who have come on board with this round," it said.', [], ['Northwind Capital', 'Globex Ventures']),
    row('Kestrel Partners and Hooli Ventures are the other strategic investors in the § round.', [], ['Kestrel Partners', 'Hooli Ventures']),
    row('Existing backers Northwind Capital and Globex Ventures also contributed to the round.', [], ['Northwind Capital', 'Globex Ventures']),
    row('Initech Capital contributed to the § Series A as well.', [], ['Initech Capital']),
    row('Kestrel Partners et Globex Ventures ont également contribué à la levée.', [], ['Kestrel Partners', 'Globex Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('the round told as comprising its investors (FR and EN)', () => {
  const rows: Array<[string, Want]> = [
    row('Le tour de table comprend l’investisseur existant, Kestrel Partners, et de nouveaux, Globex Ventures et Initech Capital.', [], ['Kestrel Partners', 'Globex Ventures', 'Initech Capital']),
    row('La levée de § inclut Northwind Capital et Hooli Ventures.', [], ['Northwind Capital', 'Hooli Ventures']),
    row('The § round comprises Kestrel Partners and Globex Ventures.', [], ['Kestrel Partners', 'Globex Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('"from X with participation from Y": X leads', () => {
  const rows: Array<[string, Want]> = [
    row('Acme raised a § seed round of funding from First Round Capital with participation from Globex Ventures and Initech Capital.', ['First Round Capital'], ['Globex Ventures', 'Initech Capital']),
    row('Acme secured § in Series A funding from Kestrel Partners, with participation from Hooli Ventures.', ['Kestrel Partners'], ['Hooli Ventures']),
    row('Acme lève § auprès de Kestrel Partners, avec la participation de Globex Ventures.', ['Kestrel Partners'], ['Globex Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('people describing a listed investor (its founders, its head, a relative) are not investors', () => {
  const rows: Array<[string, Want]> = [
    row('Acme raised § in seed funding from Northwind Capital, a venture firm co-founded by Jane Moreau and Paul Okafor.', [], ['Northwind Capital']),
    row('The round was led by Kestrel Systems, a private investment company led by Sam Reyes, son of media mogul Tom Reyes, with participation from Globex Ventures.', ['Kestrel Systems'], ['Globex Ventures']),
    row('Acme lève § auprès de Northwind Capital, un fonds cofondé par Jane Moreau, et de Globex Ventures.', [], ['Northwind Capital', 'Globex Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
