import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

// Review findings on inputs with thousands of items in one sentence. Size bounds only, never a timing assertion: a quadratic
// path would stall this file well past Vitest's timeout, and each row also checks the result stays sane.
describe('review: per-mention sentence tests are computed once per sentence', () => {
  it('a sentence with thousands of investor mentions completes', () => {
    const backers = Array.from({ length: 3000 }, (_, i) => `backed by Fund${i} Capital`).join(', ');
    const text = `Kiplo, a Berlin startup, is ${backers}.`;
    const paragraphs = ['Kiplo raised €5 million in a seed round led by Partech.', text];
    const result = readFunding({ paragraphs });
    for (const m of result.money) expect(paragraphs.join('\n').includes(m.text)).toBe(true);
    expect(result.deals.length).toBeGreaterThanOrEqual(1);
    expect(result.deals[0]!.company).toBe('Kiplo');
  });
  it('a long fund-profile sentence with many backers completes and keeps them off the startup', () => {
    const banks = Array.from({ length: 3000 }, (_, i) => `Bank${i}`).join(', ');
    const result = readFunding({ paragraphs: ['Kiplo raised €5 million from Partech.', `British Growth Fund is a £2.5bn initiative backed by ${banks} and HSBC.`] });
    expect(result.deals.map((d) => [d.company, d.investors])).toEqual([['Kiplo', ['Partech']]]);
  });
});

describe('review: the range check reads a bounded window before the previous figure', () => {
  it('a run of thousands of "$N million to $M million" figures completes', () => {
    const run = Array.from({ length: 3000 }, (_, i) => `$${i + 1} million`).join(' to ');
    const paragraphs = ['Kiplo raised $5 million in a seed round led by Partech.', `Funds typically invest ${run}.`];
    const result = readFunding({ paragraphs });
    for (const m of result.money) expect(paragraphs.join('\n').includes(m.text)).toBe(true);
    expect(result.deals.map((d) => d.company)).toContain('Kiplo');
  });
  it('a range is still a size bracket, not a round', () => {
    const deals = readFunding({ paragraphs: ['Kiplo raised $5 million from Partech.', 'The fund typically invests between $1 million and $3 million.'] }).deals;
    expect(deals.map((d) => d.company)).toEqual(['Kiplo']);
  });
});

describe('review: a compared list of rounds gives a handful of yardsticks, however long it runs', () => {
  const letters = (i: number): string => Array.from(String(i), (d) => 'abcdefghij'[Number(d)]).join('');
  it('a list of 1,600 "Name (70 millions)" items completes with a sane deal count', () => {
    const items = Array.from({ length: 1600 }, (_, i) => `Zorb${letters(i)} (70 millions)`).join(', ');
    const paragraphs = [`Kiplo lève 80 millions d’euros, après les levées de Wynd (72 millions d’euros), ${items}.`];
    const result = readFunding({ paragraphs });
    for (const m of result.money) expect(paragraphs[0]!.includes(m.text)).toBe(true);
    expect(result.money.length).toBeLessThanOrEqual(10);
    expect(result.deals.length).toBeGreaterThanOrEqual(1);
    expect(result.deals.length).toBeLessThanOrEqual(10);
    expect(result.deals.find((d) => d.amount?.text === '80 millions d’euros')?.company).toBe('Kiplo');
  });
  it('a short compared list still gives each item its past round', () => {
    const deals = readFunding({ paragraphs: ['Kiplo lève 80 millions d’euros, après les levées de Wynd (72 millions d’euros), Zorba (70 millions) et Zorbb (60 millions).'] }).deals;
    expect(deals.filter((d) => d.status === 'past').map((d) => d.company)).toEqual(['Wynd', 'Zorba', 'Zorbb']);
  });
});

describe('review: a compared list’s bare figure reads a comma before three digits as thousands', () => {
  it('"(1,200 millions)" is 1.2 billion, "(1,5 milliard)" 1.5 billion', () => {
    const deals = readFunding({ paragraphs: ['Kiplo lève 80 millions d’euros, après les levées de Wynd (72 millions d’euros), Zorba (1,200 millions) et Zorbb (1,5 milliard).'] }).deals;
    expect(deals.find((d) => d.company === 'Zorba')?.amount?.value).toBe(1_200_000_000);
    expect(deals.find((d) => d.company === 'Zorbb')?.amount?.value).toBe(1_500_000_000);
  });
});
