/**
 * Round 34 (places and markets as raisers): a clause that opens on the capitalised plural head of a class of companies
 * ("Fintechs pulled in § …", "Startups raised § across 29 deals") tells a market's total, not
 * one company's round (deals.ts CAPITALISED_PLURAL_HEAD; 898, 583). Its look-alikes keep their rounds: a name that starts with
 * such a word ("Companies House"), a named example of the class ("Startups such as Kelbio raised §", "Companies like Kelbio, …,
 * raised §": 849).
 * Invented sentences, EN and FR; the rows of the first two blocks were red at c51863f (checked). Session 21 review: the rows that
 * followed 898's, 714's and 849's sentences were rewritten in another syntax (another verb, figure and frame; red kept).
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.value ?? null]).sort();

// "Fintechs raised § in the quarter" and "Jeunes pousses et PME ont levé §" were no round already (other rules): not rows here.
describe('round 34: a capitalised plural head opening the clause is a market (red before)', () => {
  it.each<[string, string[]]>([
    ['EN, pulled in', ['Orvane closes a $3 million seed round.', 'Fintechs pulled in $212 million over the spring, ahead of every other industry.']],
  ])('%s', (_name, paragraphs) => {
    const got = deals(...paragraphs);
    expect(got.filter(([, v]) => v === 212e6)).toEqual([]);
  });
});

describe('round 34: the examples after a plural head are its raisers (red before)', () => {
  it('FR: "Des entreprises comme A, un … qui a bouclé §, ou B, un … qui a obtenu §"', () => {
    expect(deals("Des entreprises comme Kelbio, un fabricant de drones qui a bouclé un tour de 6 millions d'euros en mai, ou Orvane, un concepteur de capteurs qui a obtenu 3 millions d'euros en juin, portent le secteur.")).toEqual([['Kelbio', 6e6], ['Orvane', 3e6]]);
  });
});

describe('round 34: look-alikes that keep their round', () => {
  it.each<[string, string, Array<[string, number]>]>([
    ['a name starting with a plural head', 'Companies House filings show Kelbio raised $5 million from Tarvel Capital.', [['Kelbio', 5e6]]],
    ['a capitalised head with its named example', 'Companies like Orvane, a payroll tool, secured $9 million in a Series A led by Tarvel Capital.', [['Orvane', 9e6]]],
    ['a named example of the class', 'Startups such as Kelbio raised $5 million from Tarvel Capital.', [['Kelbio', 5e6]]],
    ['FR: a named example of the class', "Des start-up comme Kelbio ont levé 5 millions d'euros auprès de Tarvel Capital.", [['Kelbio', 5e6]]],
  ])('%s', (_name, text, expected) => {
    expect(deals(text)).toEqual(expected);
  });
});
