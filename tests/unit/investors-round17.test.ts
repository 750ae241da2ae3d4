/**
 * Investor lists, round 17: shapes that recur across outlets in the blind misses and the fresh pages. (1) Each backer's own share
 * told after its name inside a list ("A at §, B at §", "A à hauteur de §") does not end the list: the names after it are backers
 * too. (2) A newsletter's list marker (a bullet, "1.") opening the sentence is layout: the descriptor after it is stripped and the
 * first name kept. (3) See investors-round17.negatives.test.ts for contest and award names, which are no investors. Sentences of our own
 * invention (EN and FR); money masked as "§". Rows go through the funding reader's masked sentence, as `roles` reads it.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('a per-backer share after a name in a list does not end the list', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio raised § from existing investors including Kestrel Capital at § and Orion Partners at §.', [], ['Kestrel Capital', 'Orion Partners']),
    row('The § round came from backers such as Hooli Ventures with §, Globex Partners and Initech Capital.', [], ['Hooli Ventures', 'Globex Partners', 'Initech Capital']),
    row('Norvio a levé § auprès de Kestrel Capital à hauteur de §, d’Orion Partners et de Hooli Ventures.', [], ['Kestrel Capital', 'Orion Partners', 'Hooli Ventures']),
    row('La jeune pousse a levé § auprès de Globex Partners pour § et d’Initech Capital pour §.', [], ['Globex Partners', 'Initech Capital']),
    row('The startup raised § from Northwind Ventures for about §, Kestrel Capital and Orion Partners.', [], ['Northwind Ventures', 'Kestrel Capital', 'Orion Partners']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a list marker opening the sentence is layout, not part of the first item', () => {
  const rows: Array<[string, Want]> = [
    row('• Prior investors Kestrel Ventures, Orion Partners and Jane Moreau participated in the round.', [], ['Kestrel Ventures', 'Orion Partners', 'Jane Moreau']),
    row('► Existing backers Hooli Ventures and Globex Partners also took part in the round.', [], ['Hooli Ventures', 'Globex Partners']),
    row('▪ Returning investors Initech Capital and Northwind Ventures joined the round.', [], ['Initech Capital', 'Northwind Ventures']),
    row('• Les investisseurs historiques Kestrel Ventures et Orion Partners ont également participé à l’opération.', [], ['Kestrel Ventures', 'Orion Partners']),
    row('2. Existing investors Globex Partners and Hooli Ventures participated in the round.', [], ['Globex Partners', 'Hooli Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
