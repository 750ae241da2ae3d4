/**
 * Round 34b look-alikes (deals-round34b.test.ts): a counted set whose agent or relative is a class, a market or a total stays a
 * statistic. Invented sentences, EN and FR.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.value ?? null]);

describe('round 34b: counted sets that stay statistics', () => {
  it.each<[string, string]>([
    ['a plural class with a capitalised adjective as the agent', 'Three large deals drove the total, with $90 million raised by Israeli tech companies in the first week alone.'],
    ['a count of startups as the agent', 'Five deals topped $20 million, and $2 billion was raised by 36 startups in the quarter.'],
    ['the singular startup before a lower-case noun: an ecosystem', 'The report counts 12 deals, with $80 million raised by the Indian startup ecosystem.'],
    ['FR: a plural class as the agent', "Douze opérations ont été recensées, pour 40 millions d'euros levés par les start-up lyonnaises."],
    ['a relative raise of the set itself, with a total', 'Brenmark has backed 40 Danish startups, which raised a total of $300 million.'],
    ['an investor as the agent of an investment, not a raise', 'Four deals closed in May, with $15 million invested by Tarvel Capital across them.'],
  ])('%s', (_name, text) => {
    expect(deals(text)).toEqual([]);
  });
});
