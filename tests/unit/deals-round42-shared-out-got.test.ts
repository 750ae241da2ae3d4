/**
 * Round 42 (funding recall on review pages): one figure shared out among several named companies with a plain verb of getting.
 *   - "Welo Health and Medpharma got $100,000 each" (685 Healthcare Rising's monthly Africa update), "Pipedrive and finance company
 *     Monese, both of which got 52 million euros" (1133 New East Archive's Estonia year review), "Millet Bowl and Lauriko received Rs
 *     25 lakhs each" (982 Free Press Journal): a weak verb of getting with two or more named subjects and a distributive word is a
 *     round each (deals.ts sharedOutToNames; funding-sentences.ts COORD_VERB takes "got" beside "received").
 * Negatives: the same verbs with one subject, with no distributive word, with a class or a place as subject, a programme's
 * per-recipient sum, a total "together".
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const dealsOf = (paragraphs: string[]) =>
  readFunding({ paragraphs }).deals.filter((d) => d.amount !== null).map((d) => [d.company, d.amount!.value, d.amount!.currency]);

describe('round 42: named companies that got one figure each', () => {
  it.each<[string, string[], Array<[string, number, string]>]>([
    ['685: "got § each" after a raise of the same shape',
      ['NuvoteQ and OneHealth raised $200,000 each. Welo Health and Medpharma got $100,000 each while both Quro Medical and Namola received undisclosed amounts.'],
      [['NuvoteQ', 200_000, 'USD'], ['OneHealth', 200_000, 'USD'], ['Welo Health', 100_000, 'USD'], ['Medpharma', 100_000, 'USD']]],
    ['1133: "both of which got §" after "followed by"',
      ['Leading the pack was Tallinn-based taxi platform Taxify, which secured investment worth 150 million euros. It was followed by sales software developer Pipedrive and finance company Monese, both of which got 52 million euros. Starship Technologies, which is pioneering automated delivery robots, bagged 21 million euros.'],
      [['Taxify', 150_000_000, 'EUR'], ['Pipedrive', 52_000_000, 'EUR'], ['Monese', 52_000_000, 'EUR'], ['Starship Technologies', 21_000_000, 'EUR']]],
    ['982: "received § each" after a single item',
      ['T-Hub, innovation ecosystem, today announced that it has disbursed Rs 15 million to three startups through T-Fund. The selected startups, Perspect.Ai received Rs 1 crore, Millet Bowl and Lauriko received Rs 25 lakhs each.'],
      [['Millet Bowl', 2_500_000, 'INR'], ['Lauriko', 2_500_000, 'INR']]],
  ])('%s', (_label, paragraphs, expected) => {
    expect(dealsOf(paragraphs).sort()).toEqual(expected.sort());
  });
});

describe('round 42: a weak verb of getting without named subjects sharing the figure stays no round', () => {
  it.each<[string, string]>([
    ['one subject, no noun', 'Acme got $100,000 after the contest.'],
    ['two names, no distributive word', 'Acme and Globex got $100,000 from the sale of the building.'],
    ['a class as subject', 'The winning teams got $10,000 each.'],
    ['places as subjects', 'Lagos and Nairobi got $100 million each in 2023.'],
    ['a programme per recipient', 'Each of the selected startups will receive $50,000.'],
    ['a total over the subjects', 'Acme and Globex together got $3 million.'],
  ])('%s', (_label, sentence) => {
    expect(dealsOf([sentence])).toEqual([]);
  });
});
