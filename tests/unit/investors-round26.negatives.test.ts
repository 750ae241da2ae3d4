/**
 * Investor lists, round 26, look-alikes (invented sentences, EN and FR; money masked as "§"). (1) ARRIVAL_IS_NO_HIRE: the arrival
 * told after the round is a hire (a post) or a market entry, not an investor's. (2) A dotted country code before no firm's name
 * stays apart. (3) A noun that is no round before "led by": the verb after the name does not make it a lead.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 26 look-alikes: an arrival at a post or on a market is no investor', () => {
  const rows: Array<[string, Want]> = [
    row('L’opération a également vu l’arrivée de Paul Martin au poste de directeur technique.', [], []),
    row('La levée a vu l’arrivée de Claire Roux comme directrice financière.', [], []),
    row('Le tour de table a vu l’entrée de Norvio sur le marché espagnol.', [], []),
    row('Cette levée voit l’arrivée de Marc Petit à la tête des ventes.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 26 look-alikes: a dotted country code before no firm', () => {
  const rows: Array<[string, Want]> = [
    row('The round was led by Kestrel, based in the U.S. The company will hire.', ['Kestrel'], []),
    row('Norvio a levé § auprès de Kima, pour s’étendre aux U.S. et en Asie.', [], ['Kima']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 26 look-alikes: "led by" after a noun that is no round', () => {
  const rows: Array<[string, Want]> = [
    row('The research team led by Paul Martin will publish its results.', [], []),
    row('The expansion led by Paul Martin has created jobs.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
