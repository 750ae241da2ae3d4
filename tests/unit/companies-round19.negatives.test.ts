/**
 * Round 19 look-alikes (companies-round19.test.ts): shapes the new readers must leave alone. Invented rows, EN and FR.
 * - A name holding "of" with no place set off by commas keeps its words ("Bank of Harbor"); a place without a state after a
 *   name with no comma before "of" is no appositive.
 * - An acronym followed by "and"/"et" opens a list of companies, not an appositive: the subject is not the name before it.
 */
import { describe, expect, it } from 'vitest';
import { subjectBefore } from '../../utils/companies';
import { readFunding } from '../../utils/funding';

const companies = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.company);

describe('round 19 negatives: location appositives and acronym appositives', () => {
  it.each<[string[], string]>([
    [['Bank of Harbor'], 'Bank of Harbor raised $20 million from Sequoia.'],
    [['Friends of Kiplo'], 'Friends of Kiplo, the community lender, raised $3 million.'],
    [['Maison de Kiplo'], 'Maison de Kiplo, de Lyon, a levé 3 millions d’euros.'],
  ])('%j', (want, row) => expect(companies(row)).toEqual(want));
  it.each<[string, string, string]>([
    ['Kiplo', 'Kiplo, IBM and Orvani raised $5 million together.', 'raised'],
    ['Kiplo', 'Kiplo, SAP et Orvani ont levé 5 millions d’euros.', 'ont levé'],
  ])('%s', (first, row, verb) => expect(subjectBefore(row, row.indexOf(verb))?.name).not.toBe(first));
});
