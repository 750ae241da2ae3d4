/**
 * Look-alikes of round 20's readers (investors-round20.test.ts): a dash aside telling where the investors are, a count of places or
 * people before a verb of taking part, quotes around words that name nobody. Sentences of our own invention; money masked as "§".
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('a dash aside describing the investors by their place names nobody', () => {
  const rows: Array<[string, Want]> = [
    row('Existing backers – chiefly those in Lisbon and Madrid – also took part in the round.', [], []),
    row('Norvio raised § from investors – largely pension funds in Norway and Denmark – in a series B.', [], []),
    row('Norvio a levé § auprès d’investisseurs – surtout des fonds basés en Belgique et en Suisse – lors de son tour de table.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a count of places or people is not a name', () => {
  const rows: Array<[string, Want]> = [
    row('Over 40 countries took part in the round.', [], []),
    row('Nearly 60 nations joined the round.', [], []),
    row('Environ 40 pays ont participé au tour de table.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

// Guard (passes before and after).
describe('quoted words after the list add no investor', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio raised § from Kestrel Capital, which called the deal "Fast, fair; final".', [], ['Kestrel Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

// Guards (pass before and after): the kind noun inside or at the end of the firm's own name stays.
describe('a name that holds or ends with a kind noun is the firm’s own', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio raised § from Impact Investors Fund and Orion Capital.', [], ['Impact Investors Fund', 'Orion Capital']),
    row('Norvio raised § from Kestrel Investors Group and Orion Capital.', [], ['Kestrel Investors Group', 'Orion Capital']),
    row('Norvio a levé § auprès de Kestrel Investisseurs et d’Orion Capital.', [], ['Kestrel Investisseurs', 'Orion Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
