/**
 * Round 19 look-alikes (companies-round19.test.ts): shapes the new readers must leave alone. Invented rows, EN and FR.
 * - A name holding "of" with no place set off by commas keeps its words ("Bank of Harbor"); a place without a state after a
 *   name with no comma before "of" is no appositive.
 * - An acronym followed by "and"/"et" opens a list of companies, not an appositive: the subject is not the name before it.
 * - A French reporting verb with an aside: an investor named inside the aside is not the raiser; an aside longer than the
 *   reader's bound and a listed date keep the subject they had; a completive ("a précisé que Orvani disait avoir levé") is no
 *   aside: the one who reports is not the raiser.
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

describe('round 19 negatives: asides between a French reporting verb and "avoir"', () => {
  const FR_LEAD = 'Acme Labs a levé 9 millions d’euros auprès de Partech.';
  it.each<[string, string]>([
    ['Kiplo', 'Kiplo a annoncé, aux côtés de Harbor Ventures, avoir levé 5 millions d’euros.'],
    ['Orvani', 'Orvani a annoncé, à la surprise générale de ses concurrents et de ses clients historiques, avoir levé 5 millions d’euros.'],
    ['Kiplo', 'Kiplo a annoncé mardi avoir levé 5 millions d’euros.'],
  ])('%s', (want, row) => expect(companies(FR_LEAD, row)).toEqual(['Acme Labs', want]));
});

describe('round 19 negatives: a completive after the reporting verb', () => {
  it.each<[string, string]>([
    ['Kiplo', 'Kiplo a précisé que Orvani disait avoir levé 5 millions d’euros.'],
    ['Kiplo', 'Kiplo affirme qu’Orvani dit avoir levé 5 millions d’euros.'],
  ])('%s', (reporter, row) => expect(subjectBefore(row, row.indexOf('levé'))?.name).not.toBe(reporter));
});
