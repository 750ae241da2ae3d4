/**
 * Look-alikes of the round-15 list shapes (investors-round15.test.ts): a lead list with no second clause, or whose "and" joins two
 * leads before a relative clause, keeps every lead; semicolons that end clauses rather than set off names open no list; a
 * qualified figure put into a fund names the fund's sponsor, not a round's investor, and one spread over a count of companies
 * ("invested around § into 19 startups") is a tally.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('a lead list with no second clause of its own keeps its leads', () => {
  const rows: Array<[string, Want]> = [
    row('The round was led by Kestrel Capital and Hooli Ventures, which had also participated in the seed.', ['Kestrel Capital', 'Hooli Ventures'], []),
    row('La levée de § a été menée par Kestrel Partners et Northwind Capital, qui avaient participé au premier tour.', ['Kestrel Partners', 'Northwind Capital'], []),
    row('The § round was led by Orion Capital, and the money will fund hiring in Europe.', ['Orion Capital'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('semicolons that end clauses open no list', () => {
  const rows: Array<[string, Want]> = [
    row('Acme raised § from Kestrel Partners; the company will use the money to hire; Globex said it would follow.', [], ['Kestrel Partners']),
    row('Acme raised § from its backer: Kestrel Partners; the money will fund hiring; Globex Bank lent the rest.', [], ['Kestrel Partners']),
    row('Acme a levé § auprès de son actionnaire : Orion Capital ; la somme financera le recrutement ; Hooli Bank a prêté le reste.', [], ['Orion Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a qualified figure put into a fund names no investor of a round', () => {
  const rows: Array<[string, Want]> = [
    row('Globex Telecom has invested about § into the Globex Pioneer Fund.', [], []),
    row('Kestrel Capital has committed at least § to its own Growth Fund.', [], []),
    row('Hooli a investi près de § dans son fonds Avenir.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('a qualified figure spread over a count of companies is a tally, not a round', () => {
  const rows: Array<[string, Want]> = [
    row('The Orion Fund has so far invested around § into 19 startups since its launch.', [], []),
    row('Kestrel Capital a investi environ § dans 12 entreprises depuis sa création.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('an apposition before a compound verb that is no investing', () => {
  const rows: Array<[string, Want]> = [
    row('Jane Moreau, a seasoned executive at Globex, has led and built several products there.', [], []),
    row('Kestrel Capital, an investment firm, has hired a new partner.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
