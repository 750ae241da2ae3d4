/**
 * Investor lists, round 14: the general forms behind round 13's one-article idioms. A participle of giving after the figure names
 * the givers in any sentence about raising (a round noun or a raising verb of the shared lexicon, not one idiom's "besace"); the
 * cleft "c'est X qui / it was X that" + any lead verb (mené, piloté, pris la tête, repris la main, led, headed, spearheaded) with
 * the figure or the round after it names the lead. Names of our own invention (EN and FR); money masked as "§". Look-alikes are in
 * investors-round14.negatives.test.ts. Batch 11's frames: new shareholders told by the chance to enter the capital ("l’occasion pour
 * A et B d’entrer au capital"), a progressive of taking part closing the clause ("X, which led …, is also participating"), the
 * investor as subject of a future lead ("X will lead a § round"), past an apposition ("X, the venturing arm of Y, will lead") or a
 * reporting verb ("Acme said the fund X led").
 */
import { describe, expect, it } from 'vitest';
import { findInvestorMentions } from '../../utils/investors';
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

describe('the chance to enter the capital names new shareholders', () => {
  const rows: Array<[string, Want]> = [
    row('L’occasion pour Kestrel Partners et Globex Ventures, deux fonds américains, d’entrer au capital de la fintech.', [], ['Kestrel Partners', 'Globex Ventures']),
    row('L’opération permet à Northwind Capital de monter au capital de la start-up.', [], ['Northwind Capital']),
    row('The § round gave the opportunity for Hooli Ventures and Initech Capital to take a minority stake in Acme.', [], ['Hooli Ventures', 'Initech Capital']),
    row('The § raise is a chance for Kestrel Partners to come on board as an investor.', [], ['Kestrel Partners']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a progressive of taking part closing the clause, past a relative clause', () => {
  const rows: Array<[string, Want]> = [
    row('Globex Ventures, which backed the seed round in 2019, is also participating.', [], ['Globex Ventures']),
    row('Kestrel Partners and Initech Capital are also investing in the round.', [], ['Kestrel Partners', 'Initech Capital']),
    row('Northwind Capital, qui avait mené l’amorçage, participe également à l’opération.', [], ['Northwind Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

// The past lead told in the relative clause stays a 'next-only' mention (no figure after it here); the new round's part is 'prev'.
it('a past lead is also participating in the new round', () => {
  const mentions = findInvestorMentions('Kestrel Partners, which led a seed financing in March 2019, is also participating.', { nearDeal: true });
  expect(mentions.filter((m) => m.attach === 'prev').map((m) => [m.role, m.names])).toEqual([['participant', ['Kestrel Partners']]]);
});

describe('the investor as subject of the lead, past an apposition or a reporting verb', () => {
  const rows: Array<[string, Want]> = [
    row('Hooli Capital, a fund from Lisbon, will lead a § seed round in Acme.', ['Hooli Capital'], []),
    row('Kestrel Partners, un fonds basé à Londres, a mené ce tour de table de §.', ['Kestrel Partners'], []),
    row('Globex Ventures is set to lead a § round in Acme.', ['Globex Ventures'], []),
    row('The sleep startup Acme said the Israeli venture capital fund Northwind led a § round.', ['Northwind'], []),
    row('Acme a annoncé que le fonds Initech Capital a mené ce tour de table de §.', ['Initech Capital'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
