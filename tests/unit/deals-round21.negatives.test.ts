/**
 * Round 21 look-alikes (deals-round21.test.ts): the readers of a total and of a negated listing leave these alone. Invented
 * sentences, EN and FR.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (p: string) => readFunding({ paragraphs: [p] }).deals.map((d) => `${d.company} ${d.amount?.text}`);

describe('round 21 look-alikes: a round raised fast, or a span that is not the raise, stays a round', () => {
  it.each([
    ['Quenby raised $12 million in a Series A in two weeks, led by Norvale Partners.', 'Quenby $12 million'],
    ['Brivane a levé 5 millions d’euros pour doubler ses effectifs d’ici deux ans.', 'Brivane 5 millions d’euros'],
    ['Tessora raised $40 million to reach profitability within three years.', 'Tessora $40 million'],
  ])('%s', (text, want) => expect(deals(text)).toEqual([want]));
});

describe('round 21 look-alikes: a company’s round told with a period stays a round', () => {
  it.each([
    ['Ostral a bouclé l’année avec une levée de 20 millions d’euros en série B menée par Norvale.', 'Ostral 20 millions d’euros'],
    ['Kelvory closed the year with a $30 million Series B led by Quill Capital.', 'Kelvory $30 million'],
  ])('%s', (text, want) => expect(deals(text)).toEqual([want]));
});

describe('round 21 look-alikes: a listing told plainly is still a listing, not a round', () => {
  it.each([
    'Corvane raised $150 million in its listing on the stock exchange.',
    'La société Tivora a levé 80 millions d’euros lors de son introduction en bourse.',
    'Haldex raised $200 million in an IPO that was not its first attempt.',
  ])('%s', (text) => expect(deals(text)).toEqual([]));
});

describe('round 21 look-alikes: a "followed by" item after a company keeps its round (its amount is still a deal)', () => {
  const amounts = (p: string) => readFunding({ paragraphs: [p] }).deals.map((d) => d.amount?.text);
  it.each([
    ['Brivo raised $50 million, followed by Quenby with $30 million.', ['$50 million', '$30 million']],
    ['Norvik a levé 40 millions d’euros, suivie de Talvo avec 25 millions d’euros.', ['40 millions d’euros', '25 millions d’euros']],
  ] as const)('%s', (text, want) => expect(amounts(text)).toEqual([...want]));
});
