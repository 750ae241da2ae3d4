/**
 * Investor lists, round 18: shapes that recur across outlets in the blind misses and the fresh pages. (1) The French frame of
 * entering a company's capital is one reader (CAPITAL_ENTRY_FORWARD / CAPITAL_ENTRY_BACKWARD in investors.ts): the noun
 * ("l'entrée au capital de X"), the relative ("au capital de laquelle entrent X"), the verbs letting shareholders in ("faisant
 * entrer X", "voit entrer X", "accueille X à son capital") and the subject entering ("X entre au capital"). (2) A round by another
 * name before "from" (a raise, a fundraise, a placement). (3) Backers returning for a named round. (4) Investors in talks to invest
 * or to lead. (5) A legal form after a comma ("X, LLC") is the name's. Sentences of our own invention; money masked as "§". Rows go through the funding reader's masked sentence, as `roles` reads it.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('the French capital-entry frame names new shareholders, whatever its verb', () => {
  const rows: Array<[string, Want]> = [
    row('La jeune pousse accueille Kestrel Partners et Orion Ventures à son capital.', [], ['Kestrel Partners', 'Orion Ventures']),
    row('Norvio accueille à son capital Hooli Ventures et Globex Partners à l’occasion de cette levée.', [], ['Hooli Ventures', 'Globex Partners']),
    row('La société a accueilli dans son capital le fonds Initech Capital.', [], ['Initech Capital']),
    row('Une autre pépite accueille elle aussi Northwind Ventures à son capital : Norvio a levé §.', [], ['Northwind Ventures']),
    row('Norvio a levé § en faisant entrer Kestrel Partners et Orion Ventures à son capital.', [], ['Kestrel Partners', 'Orion Ventures']),
    row('La start-up voit entrer Hooli Ventures à son capital.', [], ['Hooli Ventures']),
    row('Cette opération marque l’entrée au capital de Globex Partners et d’Initech Capital.', [], ['Globex Partners', 'Initech Capital']),
    row('Une levée de § au capital de laquelle entrent Kestrel Partners et Orion Ventures.', [], ['Kestrel Partners', 'Orion Ventures']),
    row('Hooli Ventures et Globex Partners font leur entrée au capital de la start-up.', [], ['Hooli Ventures', 'Globex Partners']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a round by another name before "from": a raise, a fundraise, a share placement', () => {
  const rows: Array<[string, Want]> = [
    row('Other deals included Norvio’s § pre-IPO placement from Kestrel Partners.', [], ['Kestrel Partners']),
    row('The company is still waiting for part of a § fundraise from Orion Ventures.', [], ['Orion Ventures']),
    row('Norvio closed a § raise from Hooli Ventures and Globex Partners.', [], ['Hooli Ventures', 'Globex Partners']),
    row('The lender completed a § private placement from Initech Capital.', [], ['Initech Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('backers returning for a named round', () => {
  const rows: Array<[string, Want]> = [
    row('Company backers Kestrel Partners and Orion Ventures returned for the series B.', [], ['Kestrel Partners', 'Orion Ventures']),
    row('Existing investors Hooli Ventures and Globex Partners also returned for its § seed round.', [], ['Hooli Ventures', 'Globex Partners']),
    row('Initech Capital returned for the new Series C, alongside Northwind Ventures.', [], ['Initech Capital', 'Northwind Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('investors in talks to invest or to lead a reported round', () => {
  const rows: Array<[string, Want]> = [
    row('Larger groups such as Kestrel Systems and Orion Labs are still in talks to invest.', [], ['Kestrel Systems', 'Orion Labs']),
    row('Hooli Ventures is in advanced discussions to lead a § round in Norvio.', ['Hooli Ventures'], []),
    row('Jane Moreau and Paul Okafor are also in discussions to back the platform.', [], ['Jane Moreau', 'Paul Okafor']),
    row('Globex Partners serait en discussions avancées pour mener le tour de table.', ['Globex Partners'], []),
    row('Kestrel Ventures et Orion Partners sont en négociations pour participer à la levée.', [], ['Kestrel Ventures', 'Orion Partners']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a legal form after a comma belongs to the name before it', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio raised § from Kestrel Holdings, Inc. and Orion Ventures, L.P.', [], ['Kestrel Holdings', 'Orion Ventures']),
    row('The round drew funds managed by Hooli Capital Management, LLC as well as Globex Partners.', [], ['Hooli Capital Management', 'Globex Partners']),
    row('Initech Partners, LLC and Northwind Ventures also participated in the round.', [], ['Initech Partners', 'Northwind Ventures']),
    row('La société a levé § auprès de Kestrel Invest, S.A. et d’Orion Ventures.', [], ['Kestrel Invest', 'Orion Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a list closing its sentence with a bare verb and a comma before "too"', () => {
  const rows: Array<[string, Want]> = [
    row('Kestrel Partners and Orion Ventures pitched in, too.', [], ['Kestrel Partners', 'Orion Ventures']),
    row('Hooli Ventures and Globex Partners joined, too.', [], ['Hooli Ventures', 'Globex Partners']),
    row('Initech Capital and Jane Moreau invested, too.', [], ['Initech Capital', 'Jane Moreau']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a plural noun of investors, capitalised, right before the names describes them', () => {
  const rows: Array<[string, Want]> = [
    row('Newcomers Kestrel Partners and Orion Ventures pitched in, too.', [], ['Kestrel Partners', 'Orion Ventures']),
    row('Backers Hooli Ventures and Globex Partners also took part in the round.', [], ['Hooli Ventures', 'Globex Partners']),
    row('Shareholders Initech Capital and Northwind Ventures also joined the round.', [], ['Initech Capital', 'Northwind Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
