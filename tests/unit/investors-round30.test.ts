/**
 * Investor lists, round 30 (invented sentences, EN and FR; money masked as "§"). (1) OWNED_FUND_NAME: a fund named by the firm that
 * runs it ("Orbis Capital’s Harbor Growth Fund", "KVT’s Northern Seed Fund 2", "Globex’s Orbit venture fund") is one investor, kept
 * whole. (2) TAKING_PART_PARTICIPLES: "Participating investors included A, B" lists this round's investors with no round word in the
 * sentence. (3) ROLE_DOMAIN: "head of deals at X, which led the round", "directrice des participations chez X": the title's domain
 * sits between the title and the organisation, which is the investor. (4) FOUNDER_AGENT_END: "X, le fonds créé par A et B" names X's
 * founders, not investors. (5) KIND_BEFORE_NAME_END: "A, the co-founder of the robotics company Orbit Labs": the company is A's
 * employer, not a person investing. Look-alikes: investors-round30.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 30: a firm’s own fund named with its possessive is one investor', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio raised § from Orbis Capital’s Harbor Growth Fund and Kestrel Ventures.', [], ['Orbis Capital’s Harbor Growth Fund', 'Kestrel Ventures']),
    row('The § round was led by KVT’s Northern Seed Fund 2, with Kestrel Ventures participating.', ['KVT’s Northern Seed Fund 2'], ['Kestrel Ventures']),
    row('Norvio’s § seed round drew in Globex’s Orbit venture fund and Kestrel Ventures.', [], ['Globex’s Orbit venture fund', 'Kestrel Ventures']),
    row('Norvio a levé § auprès de BRK Capital’s Alpine Partners et de Kestrel Ventures.', [], ['BRK Capital’s Alpine Partners', 'Kestrel Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 30: "participating investors" are this round’s', () => {
  const rows: Array<[string, Want]> = [
    row('Participating investors included Kestrel Ventures, Orbis Capital and Harbor Partners.', [], ['Kestrel Ventures', 'Orbis Capital', 'Harbor Partners']),
    row('Contributing backers were Kestrel Ventures and Orbis Capital.', [], ['Kestrel Ventures', 'Orbis Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 30: a title’s domain between the title and its firm', () => {
  const rows: Array<[string, Want]> = [
    row('Jane Roe, head of deals at Kestrel Ventures, which led the round, said the team was strong.', ['Kestrel Ventures'], []),
    row('Jane Roe, director of investments at Berlin-based Kestrel Ventures, which led the round, said it was a fit.', ['Kestrel Ventures'], []),
    row('Jane Roe, head of Growth at U.K.-based Kestrel Ventures, which led the round, said the team was strong.', ['Kestrel Ventures'], []),
    row('Marie Roy, directrice des participations chez Azur Capital, qui a mené le tour, a salué l’équipe.', ['Azur Capital'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 30: an apposition naming founders or an employer ends the list', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio a levé § auprès de Kestrel Ventures, le fonds d’investissement créé par Jean Morel et Paul Vidal.', [], ['Kestrel Ventures']),
    row('Norvio raised § from Kestrel Ventures, a fund set up by Jane Doe and John Roe.', [], ['Kestrel Ventures']),
    row('Norvio raised § in a round led by Jane Doe, the co-founder of the robotics company Blue Harbor.', ['Jane Doe'], []),
    row('La levée de § est menée par Marie Roy, cofondatrice de la start-up Blue Harbor.', ['Marie Roy'], []),
    row('Norvio raised § led by Jane Doe, the co-founder of the AI company Blue Harbor.', ['Jane Doe'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
