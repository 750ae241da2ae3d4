/**
 * Review of round B's investor rules (fx5): look-alikes the reviewer found, each an invented row of the same shape. "in talks to
 * join" a post or a partnership names no investor; the English "from" after "tours" is a trip's origin; a legal form before a
 * capitalised word opens the next name ("AG Dillon"); a verb between the names and "à son capital" ends the capital frame.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('review fx5: talks to join a post or a partnership are no round', () => {
  const rows: Array<[string, Want]> = [
    row('Former Hooli executive Clara Benton is in talks to join as chief financial officer.', [], []),
    row('Initech is in talks to join forces with Norvio on a shared platform.', [], []),
    row('Sophie Lambert est en discussions pour rejoindre le comité exécutif.', [], []),
    row('Paul Girard est en négociations pour entrer au conseil de surveillance.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('review fx5: talks to join a round or the capital still name investors', () => {
  const rows: Array<[string, Want]> = [
    row('Initech is in talks to join the round alongside Norvio.', [], ['Initech', 'Norvio']),
    row('Hooli est en discussions pour entrer au capital de Norvio.', [], ['Hooli']),
    row('Orion Ventures serait en discussions pour rejoindre le tour de table.', [], ['Orion Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('review fx5: "tours from" is a trip, not a round', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio, which runs cooking tours from Berlin and Munich, raised § led by Index Ventures.', ['Index Ventures'], []),
    row('Norvio, which sells boat tour from Nantes and Brest, raised § led by Orion Ventures.', ['Orion Ventures'], []),
    row('Norvio a bouclé un tour de table de § auprès de Hooli et Orion Ventures.', [], ['Hooli', 'Orion Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('review fx5: a legal form before a capitalised word opens the next name', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio raised § led by Orion Ventures, AG Capital and Hooli Ventures.', ['Orion Ventures', 'AG Capital', 'Hooli Ventures'], []),
    row('Norvio a levé § auprès de Orion Ventures, AG Partners et Hooli.', [], ['Orion Ventures', 'AG Partners', 'Hooli']),
    row('Norvio raised § from Kestrel Holdings, AG and Orion Ventures.', [], ['Kestrel Holdings', 'Orion Ventures']),
    row('Norvio raised § from Kestrel Holdings, AG.', [], ['Kestrel Holdings']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('review fx5: a verb between the names and the capital ends the frame', () => {
  const rows: Array<[string, Want]> = [
    row('La société accueille Decathlon comme partenaire et ouvre à son capital une part pour ses salariés.', [], []),
    row('Norvio accueille Hooli dans ses locaux et réserve à son capital une tranche pour ses clients.', [], []),
    row('La société accueille Hooli et Orion Ventures à son capital.', [], ['Hooli', 'Orion Ventures']),
    row('Norvio fait entrer Kestrel Partners et le fonds Orion Ventures à son capital.', [], ['Kestrel Partners', 'Orion Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
