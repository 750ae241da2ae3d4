/**
 * Investor lists, round 30, look-alikes (invented sentences; money masked as "§"). A place or a person owning a fund stays a
 * descriptor ("Thiel’s Harbor Ventures", "Singapore’s Harbor Ventures"); a firm's person is the person ("Orbis Capital’s Jane Doe").
 * "Participating companies" or "competing platforms" are no investors. A title's domain is no organisation: "head of Kestrel Ventures"
 * still names the firm, and "head of deals at the firm" names none.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 30 negatives: possessives that are descriptors', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio raised § from Thiel’s Harbor Ventures and Kestrel Ventures.', [], ['Harbor Ventures', 'Kestrel Ventures']),
    row('Norvio raised § led by Singapore’s Harbor Ventures.', ['Harbor Ventures'], []),
    row('Norvio raised § from Orbis Capital’s Jane Doe and Kestrel Ventures.', [], ['Jane Doe', 'Kestrel Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 30 negatives: participles before other nouns', () => {
  const rows: Array<[string, Want]> = [
    row('Participating companies included Kestrel Labs and Orbis Systems.', [], []),
    row('Competing platforms include Kestrel Ventures and Orbis Capital.', [], []),
    row('Les entreprises participantes sont Kestrel Labs et Orbis Systems.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 30 negatives: a title with no firm after its domain', () => {
  const rows: Array<[string, Want]> = [
    row('Jane Roe, head of Kestrel Ventures, which led the round, said the team was strong.', ['Kestrel Ventures'], []),
    row('Jane Roe, head of deals at the firm, which led the round, said the team was strong.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 30 negatives: founders and employers that are investors', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio raised § from Kestrel Ventures, Orbis Capital and Harbor Partners.', [], ['Kestrel Ventures', 'Orbis Capital', 'Harbor Partners']),
    row('Norvio raised § led by Jane Doe, the co-founder of Orbit Labs, and John Roe.', ['Jane Doe', 'John Roe'], []),
    row('Norvio raised § from its founders Jane Doe and John Roe.', [], ['Jane Doe', 'John Roe']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
