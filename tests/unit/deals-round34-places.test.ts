/**
 * Round 34 (places and markets as raisers): a clause that opens on the capitalised plural head of a class of companies
 * ("Fintechs received § …", "Startups raised § across 29 deals") tells a market's total, not
 * one company's round (deals.ts CAPITALISED_PLURAL_HEAD; 898, 583). Its look-alikes keep their rounds: a name that starts with
 * such a word ("Companies House"), a named example of the class ("Startups such as Kelbio raised §", "Companies like Kelbio, …,
 * raised §": 849).
 * Invented sentences, EN and FR; the row of the first block made a deal at c51863f (checked).
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.value ?? null]).sort();

// "Fintechs raised § in the quarter" and "Jeunes pousses et PME ont levé §" were no round already (other rules): not rows here.
describe('round 34: a capitalised plural head opening the clause is a market (red before)', () => {
  it.each<[string, string[]]>([
    ['EN, received', ['Kelbio closes a $4 million seed round.', 'Fintechs received $507 million in investment in the first half, keeping their place as the best-funded sector.']],
  ])('%s', (_name, paragraphs) => {
    const got = deals(...paragraphs);
    expect(got.filter(([, v]) => v === 507e6)).toEqual([]);
  });
});

describe('round 34: the examples after a plural head are its raisers (red before)', () => {
  it('FR: "Des sociétés comme A qui … a levé §, ou B qui … a levé §"', () => {
    expect(deals("Des sociétés comme Kelbio qui fabrique des drones et a levé 6 millions de dollars, ou Orvane qui conçoit des capteurs et a levé 3 millions de dollars en mars tirent le secteur.")).toEqual([['Kelbio', 6e6], ['Orvane', 3e6]]);
  });
});

describe('round 34: look-alikes that keep their round', () => {
  it.each<[string, string, Array<[string, number]>]>([
    ['a name starting with a plural head', 'Companies House filings show Kelbio raised $5 million from Tarvel Capital.', [['Kelbio', 5e6]]],
    ['a capitalised head with its named example', 'Companies like Kelbio, a university spin-out, raised £36 million in its last investment round.', [['Kelbio', 36e6]]],
    ['a named example of the class', 'Startups such as Kelbio raised $5 million from Tarvel Capital.', [['Kelbio', 5e6]]],
    ['FR: a named example of the class', "Des start-up comme Kelbio ont levé 5 millions d'euros auprès de Tarvel Capital.", [['Kelbio', 5e6]]],
  ])('%s', (_name, text, expected) => {
    expect(deals(text)).toEqual(expected);
  });
});
