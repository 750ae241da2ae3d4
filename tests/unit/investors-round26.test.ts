/**
 * Investor lists, round 26 (invented sentences, EN and FR; money masked as "§"). (1) ARRIVAL_IS_NO_HIRE: a round that saw an
 * investor's arrival still reads its investors. (2) DOTTED_CODE_OPENING / DOTTED_CODE_THEN_FIRM: a dotted country code opens a
 * firm's name ("U.S. … Partners"), its period no sentence end. (3) REDUCED_RELATIVE_ROUND: "a § round led by X will …": the list
 * ends at the round's own verb, the names before it stand. Look-alikes: investors-round26.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 26: a round that saw an investor arrive, not a hire', () => {
  const rows: Array<[string, Want]> = [
    row('L’opération a vu l’arrivée de Kestrel Capital en tant que nouvel actionnaire.', [], ['Kestrel Capital']),
    row('Le tour a aussi vu l’entrée du fonds Orion au capital.', [], ['Orion']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 26: a dotted country code opening a firm’s name', () => {
  const rows: Array<[string, Want]> = [
    row('The seed round was led by U.S. Harbor Partners, with participation from Orion.', ['U.S. Harbor Partners'], ['Orion']),
    row('Norvio a levé § auprès de U.K. Meadow Capital et de Kima.', [], ['U.K. Meadow Capital', 'Kima']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 26: a round led by X, then the round’s own verb', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio’s § series B financing led by Kestrel Capital will fund its hiring.', ['Kestrel Capital'], []),
    row('The oversubscribed § round led by Orion and Kima has helped Norvio grow.', ['Orion', 'Kima'], []),
    row('La levée de § menée par Kestrel Partners vient compléter la série A de Norvio.', ['Kestrel Partners'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
