/**
 * The funding reader's word prefilters must let a weekly wrap's unpriced
 * entries through to the amountless-round readers (they are deals, as the
 * funding-dev gold reads "undisclosed amount" newsletter bullets), while a
 * "list" that is no funding story stays out. End to end through readFunding,
 * so a prefilter narrowed again fails here, not only on a fixture.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const WRAP = 'This week, Indian startups raised $120 million across 20 deals. Meshwork led the week with a $40 million Series B from Harbor Capital.';

function companiesOf(sentence: string): string[] {
  return readFunding({ paragraphs: [WRAP, sentence] }).deals.map((d) => d.company ?? '').filter((c) => c !== 'Meshwork');
}

describe('roundup entries reach the amountless readers', () => {
  it.each([
    ['a ranked list', 'Health brand Nuvira spearheaded the list followed by used-car retailer Motorlane and AI platform Querio.', ['Nuvira', 'Motorlane', 'Querio']],
    ['"also secured funds"', 'Further, D2C skincare brand Glowmint and D2C footwear label Stepwise also secured funds this week.', ['Glowmint', 'Stepwise']],
    ['"undisclosed amounts"', 'Harbor Maps, Kiplo and Tessera Bio also raised undisclosed amounts.', ['Harbor Maps', 'Kiplo', 'Tessera Bio']],
    ['la liste', 'La liste comprend aussi la plateforme Kiplo et la start-up Tilia.', ['Kiplo', 'Tilia']],
  ])('%s', (_why, sentence, want) => {
    for (const name of want) expect(companiesOf(sentence)).toContain(name);
  });

  it.each([
    ['a bestseller list', 'Apple topped the list, followed by Samsung and Xiaomi.'],
    ['a shopping list of funds', 'The list of funds that closed this quarter is long.'],
    ['companies that launched products', 'The list further includes product launches by Motorlane and Querio.'],
  ])('not for %s', (_why, sentence) => expect(companiesOf(sentence)).toEqual([]));
});
