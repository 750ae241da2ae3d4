/**
 * Funding rules, round 4 (.tmp/batch5-funding-report.md, patterns 1, 2, 3, 5, 7, 10): which money is a deal and how many
 * deals a sentence holds. Each row is a sentence of the shape that showed a miss in batch 5, written afresh around it; the
 * money that must stay out of the deals is in funding-round4.negatives.test.ts, and each rule has rows of both kinds.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

type Want = [company: string | null, value: number | null, status?: 'announced' | 'past'];
type Row = [name: string, paragraphs: string[], want: Want[]];

const dealsOf = (paragraphs: string[], withStatus: boolean, title?: string) =>
  readFunding({ paragraphs }, { title }).deals.map((d) => (withStatus ? [d.company, d.amount?.value ?? null, d.status] : [d.company, d.amount?.value ?? null]));
const check = (paragraphs: string[], want: Want[], title?: string) => expect(dealsOf(paragraphs, want.some((w) => w.length === 3), title)).toEqual(want);

describe('a range is one figure, so one deal (pattern 10)', () => {
  const rows: Row[] = [
    ['"raise Rs3,000-4,000 crore" restated by the heading\'s "Rs 4,000 crore"',
      ['Paytm Mall likely to raise Rs 4,000 crore', 'Paytm Mall has initiated discussions to raise a fresh round of Rs3,000-4,000 crore ($460-610 million), reports a daily.'],
      [['Paytm Mall', 40e9]]],
    ['"raised $5-6 million": one round, told by its upper bound',
      ['Acme Robotics raised $5-6 million in a seed round led by Accel.'], [['Acme Robotics', 6e6]]],
  ];
  it.each(rows)('%s', (_name, paragraphs, want) => check(paragraphs, want));
});

describe('a round told without its amount still is a deal, so its investors are kept (pattern 5)', () => {
  it('a valuation "in a funding round" names the round of the company it describes; the next sentence gives its backers', () => {
    const r = readFunding({ paragraphs: ['Blackbird said it has invested about $110 million in Canva, a graphic design business which had a $6 billion valuation in a funding round in June. That round was led by Blackbird and Sequoia China, with General Catalyst Partners participating.'] });
    expect(r.deals.map((d) => [d.company, d.amount, d.valuation?.value, d.status, d.leadInvestors])).toEqual([['Canva', null, 6e9, 'past', ['Blackbird', 'Sequoia China']]]);
  });
  it('a valuation of a round already read goes to that round, not to a new deal', () => {
    const r = readFunding({ paragraphs: ['Rapido raised $120 million in a Series E round led by WestBridge Capital.', 'According to estimates, Rapido was valued at around $1 billion in the Series E round.'] });
    expect(r.deals.map((d) => [d.company, d.amount?.value, d.valuation?.value])).toEqual([['Rapido', 120e6, 1e9]]);
  });
  it('a lead "leading the round" with no figure anywhere: one deal of the headline\'s company, without amount', () => {
    const r = readFunding({ paragraphs: ['The New York Times Company is leading the round of more than two dozen investors; the company is not planning to release a number.'] }, { title: 'News Start-up Daylife Raises First Round; NYTCO Leads Investors' });
    expect(r.deals.map((d) => [d.company, d.amount, d.leadInvestors])).toEqual([['Daylife', null, ['New York Times Company']]]);
  });
  it('a lead with no figure beside a round with one: the figure is the round, no second deal', () => {
    check(['Index Ventures is leading the round, the company said.', 'Acme raised $8 million in Series A funding.'], [['Acme', 8e6]]);
  });
});

describe('a list introduced by "The companies included" is a list of named rounds (pattern 3, left alone)', () => {
  const rows: Row[] = [
    ['"The companies included Flutterwave, which raised §"',
      ['The companies included Flutterwave, which raised $170 million, and Opay, which raised $400 million.'], [['Flutterwave', 170e6], ['Opay', 400e6]]],
  ];
  it.each(rows)('%s', (_name, paragraphs, want) => check(paragraphs, want));
});
