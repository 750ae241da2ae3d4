/**
 * Look-alikes of funding-round31b.test.ts: "with §" after a highlight word that is no review list of raisers' rounds. Places
 * ranked by funding (dropped as statistics), a month, a ranking of investors, sales, an entry before the heading's cue.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const companies = (sentence: string) => readFunding({ paragraphs: [sentence] }).deals.map((d) => d.company);

describe('round 31 B negatives: no round for a "with §" entry outside a review list of raisers', () => {
  it.each<[string]>([
    ['The top countries for funding were Nigeria with $172m, Egypt with $101m and Kenya with $90m.'],
    ['The most active investors in the largest rounds were Kestrel Ventures with $50 million deployed.'],
    ['The biggest product launch of the year was the Velmora X2 with $40 million in sales.'],
    ["Les plus grosses levées restent rares, Qonto ayant fini l'année avec 300 millions d'euros de chiffre d'affaires."],
    ['Northwind Robotics with $40 million in revenue was among the top employers that funding helped, the report said.'],
    // Review A2: a ranking by other money (the heading's criterion, or the figure's own noun after it).
    ['The largest deals of the quarter by revenue: Acme Foods with $5 million and Globex Retail with $3 million.'],
    ['Top investments in the region went to healthcare, with Kestrel Health with $12 million in grants from the state.'],
    ['Among the biggest funding losers, Northwind Labs with $4 million in losses topped the list.'],
    ["Les plus grosses opérations de l'année par chiffre d'affaires : Velmora, avec 40 millions d'euros, et Tondaro, avec 12 millions d'euros."],
  ])('row %#', (sentence) => {
    expect(companies(sentence)).toEqual([]);
  });
});

describe('round 31 B negatives: a contribution idiom about something else binds nobody', () => {
  const DEAL = 'Northwind Bio raised $50 million in a Series B round led by Kestrel Ventures.';
  const FILLER = 'The company makes antibody drugs for liver disease.';
  it.each<[string]>([
    ['Volunteers from Orbis Capital pitched in at the charity run.'],
    ["Orbis Capital and Tondaro Capital also chipped in on the company's new office lease."],
  ])('row %#', (sentence) => {
    expect(readFunding({ paragraphs: [DEAL, FILLER, sentence] }).deals[0]?.investors).toEqual([]);
  });
});
