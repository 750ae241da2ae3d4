/**
 * Investor lists, round 14: the general forms behind round 13's one-article idioms. A participle of giving after the figure names
 * the givers in any sentence about raising (a round noun or a raising verb of the shared lexicon, not one idiom's "besace"); the
 * cleft "c'est X qui / it was X that" + any lead verb (mené, piloté, pris la tête, repris la main, led, headed, spearheaded) with
 * the figure or the round after it names the lead. Names of our own invention (EN and FR); money masked as "§". Look-alikes are in
 * investors-round14.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('a participle of giving after the figure, in a sentence about raising', () => {
  const rows: Array<[string, Want]> = [
    row('Acme empoche §, apportés par Kestrel Partners et Globex Ventures.', [], ['Kestrel Partners', 'Globex Ventures']),
    row('Acme snagged § last week, supplied by Northwind Capital and Hooli Ventures.', [], ['Northwind Capital', 'Hooli Ventures']),
    row('La start-up a bouclé son amorçage avec § en poche, injectés par Initech Capital.', [], ['Initech Capital']),
    row('Acme closed a Series A of §, provided by Kestrel Partners.', [], ['Kestrel Partners']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('the cleft "c’est X qui / it was X that" + a lead verb names the lead', () => {
  const rows: Array<[string, Want]> = [
    row('C’est Kestrel Partners qui a piloté cette levée de §.', ['Kestrel Partners'], []),
    row('Cette fois, c’est le fonds Northwind Capital qui a conduit le tour de table de §.', ['Northwind Capital'], []),
    row('Et c’est Globex Ventures qui prend la tête de l’opération, avec §.', ['Globex Ventures'], []),
    row('It was Hooli Ventures that led the § round.', ['Hooli Ventures'], []),
    row('This time it was Initech Capital who spearheaded the § Series B.', ['Initech Capital'], []),
    row('In the end, it was Kestrel Partners that headed the financing, putting in §.', ['Kestrel Partners'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
