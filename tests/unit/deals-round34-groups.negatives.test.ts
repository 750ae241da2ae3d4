/**
 * Round 34 (groups), look-alikes of the shared-out raises (deals-round34-groups.test.ts) that stay statistics or other money: a
 * joint total over the named members, places as the members, investors as the examples of a class, a relative
 * clause that tells no raise, a "respectively" in another clause. Invented sentences, EN and FR.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.value ?? null]).sort();

describe('round 34: counted sets and class examples that are no shared-out raise', () => {
  it.each<[string, string, Array<[string | null, number]>]>([
    ['a joint total over the named members', 'Two payments startups, Kelbio and Orvane, raised a combined $6 million last year.', []],
    ['FR: a joint total over the named members', "Deux jeunes pousses nantaises, Kelbio et Orvane, ont levé au total 6 millions d'euros.", []],
    ['places as the members', 'Two markets, France and Germany, drew $4 billion and $3 billion in venture funding, respectively.', []],
    ['investors as the examples of a class', "Des fonds comme Kelbio Capital et Orvane Partners ont chacun investi 2 millions d'euros dans des start-up nantaises.", []],
    ['a relative clause that tells no raise', 'Three startups, including Kelbio, which employs 40 people, shared $2 million in grants.', []],
    ['a count of deals with respectively in another clause', 'Four startups raised $9 million in March, and Kelbio and Orvane hired 12 and 8 people, respectively.', []],
  ])('%s', (_name, text, expected) => {
    expect(deals(text)).toEqual(expected);
  });
});
