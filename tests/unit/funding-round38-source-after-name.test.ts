/**
 * Round 38 (session 25, announced): a name followed by its records and a verb of showing ("SEC filings show", "Crunchbase
 * data shows") is the source of the figures, never the article's topic and so never the raiser of a round told by a
 * descriptor (funding.ts SOURCE_AFTER_NAME; businessden 1065, where "SEC" became every round's company). Negative rows keep
 * a company named before other words.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const companies = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.company);

describe('round 38: a source named before "filings show" is not the topic', () => {
  it.each<[string, string[]]>([
    ['SEC filings show', ['Denver-area startups kept raising money in March, SEC filings show.', 'The Aurora-based tire recycler raised $17.4 million, SEC filings show.', 'SEC filings show the round closed on March 3.']],
    ['Crunchbase data shows', ['Seed deals slowed in the region, Crunchbase data shows.', 'The Lyon-based software maker raised $6 million, Crunchbase data shows.', 'Crunchbase data shows the round was its first.']],
  ])('%s', (_name, paragraphs) => {
    const names = companies(...paragraphs);
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n ?? '').not.toMatch(/^(?:SEC|Crunchbase)$/);
  });
});

describe('round 38: a company named before other words stays the topic', () => {
  it.each<[string, string[], string]>([
    ['the company then the descriptor', ['Kestrel Robotics data tools are used by farms.', 'The Boulder-based robot maker raised $9 million, Kestrel Robotics said.', 'Kestrel Robotics plans to hire forty engineers.'], 'Kestrel Robotics'],
  ])('%s', (_name, paragraphs, want) => {
    expect(companies(...paragraphs)).toEqual([want]);
  });
});
