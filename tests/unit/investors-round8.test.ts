/**
 * Investor lists, round 8: wordings of the mainstream startup press that named investors without the
 * usual cues (a list closing its sentence with a bare "all invested too", a lead won over "to lead",
 * names set off by "d’après", country codes opening a firm's name…), told with names of our own invention.
 * Money masked as "§". The rows that must NOT yield these names are in investors-round8.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('a list closing its sentence with a bare verb of taking part', () => {
  const rows: Array<[string, Want]> = [
    row('Existing investors Brightline Ventures, Kestrel Partners and Harbor Angels all invested too.', [], ['Brightline Ventures', 'Kestrel Partners', 'Harbor Angels']),
    row('Brightline Ventures and Kestrel Partners invested as well.', [], ['Brightline Ventures', 'Kestrel Partners']),
    row('Returning backers Brightline Ventures and Kestrel Partners also participated.', [], ['Brightline Ventures', 'Kestrel Partners']),
    row('Brightline Ventures and Kestrel Partners both chipped in.', [], ['Brightline Ventures', 'Kestrel Partners']),
    row('Les investisseurs historiques Partech Nova et Elanor Capital ont tous suivi.', [], ['Partech Nova', 'Elanor Capital']),
    row('Partech Nova et Elanor Capital ont également suivi.', [], ['Partech Nova', 'Elanor Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a lead won over "to lead" the round', () => {
  const rows: Array<[string, Want]> = [
    row('That’s what attracted Northwind Capital to lead the company’s latest investment round.', ['Northwind Capital'], []),
    row('Acme brought in Northwind Capital to co-lead its § Series B, with Kestrel Partners also participating.', ['Northwind Capital'], ['Kestrel Partners']),
    row('The traction convinced Northwind Capital to lead a § seed round.', ['Northwind Capital'], []),
    row('Acme a convaincu Partech Nova de mener ce tour de table de §.', ['Partech Nova'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('words at the edge of a name', () => {
  const rows: Array<[string, Want]> = [
    // An adjective before "participation" is no name.
    row('The round was led by Northwind Capital, with significant participation from Kestrel Partners, and existing investors Brightline and Harbor Angels.', ['Northwind Capital'], ['Kestrel Partners', 'Brightline', 'Harbor Angels']),
    row('The § round was led by Northwind Capital, with strong backing from Kestrel Partners.', ['Northwind Capital'], ['Kestrel Partners']),
    // A French nationality noun describes the name after it.
    row('Acme lève § auprès de l’Américain Northwind Capital et du Britannique Kestrel Partners.', [], ['Northwind Capital', 'Kestrel Partners']),
    row('La levée de §, qui provient d’un groupe d’investisseurs dont fait notamment partie le Français Brightline, servira à recruter.', [], ['Brightline']),
    // A country code in capitals opening a firm's name is part of it.
    row('Acme raised § from the likes of Northwind Bank and US Kestrel Capital.', [], ['Northwind Bank', 'US Kestrel Capital']),
    row('Acme raised § from UK Harbor Ventures and Brightline.', [], ['UK Harbor Ventures', 'Brightline']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('investors in a parenthesis after a tranche, and asides', () => {
  const rows: Array<[string, Want]> = [
    row('Acme closed a § tranche (Northwind Capital, Kestrel Partners) and a § loan.', [], ['Northwind Capital', 'Kestrel Partners']),
    row('Acme : § de dette + § (Fonds Horizon, Kestrel Partners, Brightline), financement structuré.', [], ['Fonds Horizon', 'Kestrel Partners', 'Brightline']),
    row('Acme : § (Horizonvest/Fonds Avenir Défense, Kestrel Partners, Brightline).', [], ['Horizonvest', 'Fonds Avenir Défense', 'Kestrel Partners', 'Brightline']),
    row('Acme raised § from A/O Capital and Kestrel Partners.', [], ['A/O Capital', 'Kestrel Partners']),
    row('(Northwind Capital was the first investor in both.)', [], ['Northwind Capital']),
    row('Kestrel Partners est le premier investisseur de la start-up.', [], ['Kestrel Partners']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
