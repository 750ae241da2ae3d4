/**
 * Look-alikes of investors-round33.test.ts (invented sentences).
 * (1) A relative clause about another round: "which led the round in 2019", "which led the Series A round" (a named round may be an
 * earlier one), "which recently led a § round in Nio": not the lead of the round told. (2) "made follow-on investments" with no
 * round as object is a fund's activity. (3) An ampersand inside one name: a one-word right side ("& Research", "& Co"), a right side
 * holding an institution's or a company's word ("& Research Company", "& Venture Capital Association"), a right side opening on a word that is no name's.
 * (4) "comes from" after a noun that is no money nor round ("most of its revenue comes from", "the idea came from").
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';
import { roles, row, type Want } from '../helpers/investor-roles';

const leadsOf = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.leadInvestors);

describe('round 33 look-alikes: a relative clause about another round', () => {
  it.each([
    'Norvio has raised £12 million in a Series B round. Kestrel Ventures, which led the round in 2019, said it was pleased.',
    'Norvio has raised £12 million in a Series B round. Kestrel Ventures, which led the Series A round, said it was pleased.',
    'Norvio has raised £12 million in a Series B round. Kestrel Ventures, which led the round of Tilvo last year, did not take part.',
  ])('%s', (text) => expect(leadsOf(text)[0]).toEqual([]));
});

describe('round 33 look-alikes: follow-on investments without the round', () => {
  it.each([
    'Kestrel Ventures made follow-on investments in 12 companies last year.',
    'Orbis Capital makes follow-on investments in its best performers.',
  ])('%s', (sentence) => expect(roles(sentence)).toEqual({ lead: [], participant: [] }));
});

describe('round 33 look-alikes: an ampersand inside one name', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio raised § in a Series A round led by Orbis Management & Research.', ['Orbis Management & Research'], []),
    row('Norvio raised § in a Series A round led by Orbis Management & Research Company.', ['Orbis Management & Research Company'], []),
    row('Norvio raised § in a Series A round led by Kestrel Capital & Co.', ['Kestrel Capital & Co'], []),
    row('Norvio raised § in a Series A round led by Orbis Capital & Now Venture Partners.', ['Orbis Capital & Now Venture Partners'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
  it('an association whose name holds an ampersand is one body', () => {
    expect(roles('Norvio raised §, according to the Nordic Private Equity & Venture Capital Association.')).toEqual({ lead: [], participant: [] });
  });
});

describe('round 33 look-alikes: what else comes from somewhere', () => {
  it.each([
    'Most of its revenue comes from Kestrel Ventures and Orbis Capital.',
    'The idea for the round came from Jane Moreau, its founder.',
    'The round announced on Monday was led by Kestrel; the rest is unknown.',
  ])('%s', (sentence) => expect(roles(sentence).participant).toEqual([]));
});

describe('round 33 look-alikes: a number that is part of a name stays', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio raised § in a round led by 500 Startups and 2048 Ventures.', ['500 Startups', '2048 Ventures'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
