import { describe, expect, it } from 'vitest';
import { baseRound, findRounds } from '../../utils/rounds';

type Row = [input: string, want: [round: string, text: string][]];

function check([input, want]: Row) {
  const got = findRounds(input);
  for (const m of got) expect(input.slice(m.start, m.end)).toBe(m.text);
  expect(got.map((m) => [m.round, m.text])).toEqual(want);
}

describe('findRounds: series', () => {
  const rows: Row[] = [
    ['it has acquired $600 million in its Series C round of fundraising led by e-commerce giant Alibaba', [['Series C', 'Series C']]],
    ['joined a $460 million Series C financing round in another Chinese AI unicorn', [['Series C', 'Series C']]],
    ['a $5M series A, led by Grotech Ventures', [['Series A', 'series A']]],
    ['A $10-billion Series J funding round that boosted the company’s valuation', [['Series J', 'Series J']]],
    ['Funding: A Series D funding round of more than $693 million', [['Series D', 'Series D']]],
    ['has raised $1.5 Million(₹10 Cr) in pre-Series A from Nexus Venture Partners.', [['Pre-Series A', 'pre-Series A']]],
    ['a Pre-Series B round', [['Pre-Series B', 'Pre-Series B']]],
    ['a series-B round and a SERIES E', [['Series B', 'series-B'], ['Series E', 'SERIES E']]],
    ['Series A+ and Series B-1 and Series A2', [['Series A+', 'Series A+'], ['Series B', 'Series B-1'], ['Series A', 'Series A2']]],
    ['a Series B extension led by Acme', [['Series B', 'Series B extension']]],
    ['a $20m A round', [['Series A', 'A round']]],
    ['The B round was led by Index, its C-round by Accel', [['Series B', 'B round'], ['Series C', 'C-round']]],
    ['a Pre-A round', [['Pre-Series A', 'Pre-A round']]],
    // French.
    ['annonce une série B de 30 millions d’euros', [['Series B', 'série B']]],
    ['avait bouclé une Série A de 20 millions d\'euros', [['Series A', 'Série A']]],
    ['un tour de table de série A', [['Series A', 'série A']]],
    ['une Serie A de 5 M€', [['Series A', 'Serie A']]],
  ];
  it.each(rows)('%s', (...row) => check(row));
});

describe('findRounds: seed, angel and other kinds', () => {
  const rows: Row[] = [
    ['Gprnt has secured US$4.62 million in seed funding from Ant International', [['Seed', 'seed funding']]],
    ['has raised $100,000(₹ 67 Lakhs) in seed round from a group of investors', [['Seed', 'seed round']]],
    ['after raising a $35 million seed round led by Sequoia', [['Seed', 'seed round']]],
    ['a seed-stage round', [['Seed', 'seed-stage round']]],
    ['a $3M seed led by Acme', [['Seed', 'seed']]],
    ['has raised an undisclosed amount in seed from Calcutta Angels Network', [['Seed', 'seed']]],
    ['Acme led the seed, with Beta joining', [['Seed', 'seed']]],
    ['a seed extension', [['Seed', 'seed extension']]],
    ['a pre-seed round, a preseed round and a pre seed', [['Pre-seed', 'pre-seed round'], ['Pre-seed', 'preseed round'], ['Pre-seed', 'pre seed']]],
    ['has raised $46.8 million in a combined Series A and seed round.', [['Series A', 'Series A'], ['Seed', 'seed round']]],
    ['has raised $150,000(₹ 1 Cr) in its angel round, led by', [['Angel', 'angel round']]],
    ['an angel funding of $1m', [['Angel', 'angel funding']]],
    ['a bridge round and bridge financing', [['Bridge', 'bridge round'], ['Bridge', 'bridge financing']]],
    ['one company\'s bridge told in the plural: "received 49 billion won in bridge rounds"', [['Bridge', 'bridge rounds']]],
    ['Funding: A growth financing round of $333 million', [['Growth', 'growth financing round']]],
    ['a growth equity round, a growth round and growth-stage round', [['Growth', 'growth equity round'], ['Growth', 'growth round'], ['Growth', 'growth-stage round']]],
    ['raised $50m of growth equity', [['Growth', 'growth equity']]],
    ['has raised a venture debt of ₹15 Cr($2.25 Million) from BlackSoil', [['Debt', 'venture debt']]],
    ['a $20m debt financing and a debt facility', [['Debt', 'debt financing'], ['Debt', 'debt facility']]],
    ['via convertible notes', [['Convertible note', 'convertible notes']]],
    ['a strategic round and a $50 million strategic investment from Google', [['Strategic', 'strategic round'], ['Strategic', 'strategic investment']]],
    // French.
    ['cette fois-ci en amorçage, de 2 millions d\'euros ( plus 1,2 million en dette)', [['Seed', 'amorçage'], ['Debt', 'en dette']]],
    ['qui avait mené le tour de pré-amorçage en 2022', [['Pre-seed', 'pré-amorçage']]],
    ['un tour d’amorçage de 500 000 €', [['Seed', 'tour d’amorçage']]],
    ['une levée de fonds en seed auprès de Kima', [['Seed', 'seed']]],
    ['une levée de dette de 5 M€', [['Debt', 'levée de dette']]],
    ['une levée seed de 2 M€ après un tour pré-seed', [['Seed', 'seed'], ['Pre-seed', 'pré-seed']]],
    ['raised $50 million in debt and $20m in equity', [['Debt', 'in debt']]],
    ['a $100 million credit facility', [['Debt', 'credit facility']]],
    ['secured a student loan financing facility worth USD 25 million', [['Debt', 'loan financing facility']]],
    ['a €10 million loan facility from the EIB', [['Debt', 'loan facility']]],
  ];
  it.each(rows)('%s', (...row) => check(row));
});

describe('baseRound', () => {
  it.each([
    ['Series B-1', 'Series B'], ['Series A+', 'Series A'], ['Pre-Series A', 'Pre-Series A'], ['Seed', 'Seed'], ['Series C', 'Series C'],
  ])('%s → %s', (round, base) => expect(baseRound(round)).toBe(base));
});
