/**
 * Investor lists, round 15: shapes that recur across outlets in the blind misses of batches 8–11, read by the list reader every
 * cue shares rather than by one cue's frame. A lead list cut by a second clause whose own verb of taking part follows ("led by A,
 * and B participated", "led by A, while B also took part", "mené par A, tandis que B y a participé"): the name after the joiner
 * takes part, it does not lead. A list opened by a colon whose items are set off by semicolons ("investors: A; B; C", "que sont :
 * A ; B ; C"): one investor per item. An approximation or a floor between an investing verb and its figure ("invested at least §",
 * "to invest about §", "a investi près de §"): the subject still put the money in. An apposition between the subject and a verb
 * in a compound tense ("X, an education fund run by Y, has invested §"; "X (XF), …, has invested"): the subject is the investor
 * (English only: the French compound "a investi" is one cue, already read past an apposition). Names of our own invention (EN and FR); money masked as "§". Look-alikes are in
 * investors-round15.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('a second clause after a lead list: the name before its own verb of taking part is a participant', () => {
  const rows: Array<[string, Want]> = [
    row('The round was led by Kestrel Capital, while Hooli Ventures also took part.', ['Kestrel Capital'], ['Hooli Ventures']),
    row('Acme raised § in a round led by Northwind Partners, and Globex Ventures participated.', ['Northwind Partners'], ['Globex Ventures']),
    row('The § Series A was led by Hooli Ventures and Initech Capital also took part.', ['Hooli Ventures'], ['Initech Capital']),
    row('Le tour de table a été mené par Initech Capital, tandis que Globex Ventures y a aussi participé.', ['Initech Capital'], ['Globex Ventures']),
    row('La levée de § a été pilotée par Kestrel Partners, alors que Northwind Capital, déjà actionnaire, a également participé.', ['Kestrel Partners'], ['Northwind Capital']),
    row('Orion Capital co-led the § round with Globex Partners, whereas Hooli Ventures, a regional fund, also participated.', ['Orion Capital', 'Globex Partners'], ['Hooli Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a colon-opened list whose items are set off by semicolons: one investor per item', () => {
  const rows: Array<[string, Want]> = [
    row('Acme raised § from its existing investors: Kestrel Partners; Globex Ventures; Hooli Capital.', [], ['Kestrel Partners', 'Globex Ventures', 'Hooli Capital']),
    row('Acme a levé § auprès de ses actionnaires historiques que sont : Initech Capital ; Northwind Partners ; Globex Ventures.', [], ['Initech Capital', 'Northwind Partners', 'Globex Ventures']),
    row('La jeune pousse a bouclé son tour de § auprès de ses soutiens de la première heure : Orion Capital ; Kestrel Partners (via son fonds Amorçage) ; Hooli Ventures.', [], ['Orion Capital', 'Kestrel Partners', 'Hooli Ventures']),
    row('The § seed round drew angels: Jane Moreau, a former banker; Paul Okafor; Lina Berg.', [], ['Jane Moreau', 'Paul Okafor', 'Lina Berg']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('an approximation or a floor between an investing verb and its figure', () => {
  const rows: Array<[string, Want]> = [
    row('Kestrel Capital invested at least § in Acme’s latest funding round.', [], ['Kestrel Capital']),
    row('Northwind Ventures to invest about § in Globex’s Series C round.', [], ['Northwind Ventures']),
    row('Hooli Partners a investi près de § dans le tour de table de série B de la start-up.', [], ['Hooli Partners']),
    row('Initech Capital has also pumped more than § into the company’s seed round.', [], ['Initech Capital']),
    row('Orion Fonds va investir environ § dans Acme lors de cette levée.', [], ['Orion Fonds']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('an apposition before a verb in a compound tense leaves the subject the investor', () => {
  const rows: Array<[string, Want]> = [
    row('Kestrel Capital, an investment firm based in Lyon, has invested § in Acme.', [], ['Kestrel Capital']),
    row('Orion Capital, the venture arm of Globex, is also investing § in Acme.', [], ['Orion Capital']),
    row('Northwind Learning Fund (NLF), a fund run by the publisher Hooli, has invested § in Acme Schools.', [], ['Northwind Learning Fund']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
