/**
 * Money, round 34 (invented sentences): what a bare "$" means on a page that writes both its local dollar and the US dollar
 * out (guessMarkedDollar, markedDollarAt, utils/money.ts).
 * A page naming Canada, Australia or New Zealand at least twice (and more often than the United States) that writes "C$"/"A$"/
 * "NZ$"/"CAD" AND "US$"/"USD" marks the foreign dollar where it means it: what it leaves bare is its own dollar, whatever its
 * spelling. The golds read so on five outlets, none the other way: Iron Horse Angels (888: "an extension of their earlier $40M
 * raise" beside "C$6.6M" and "US$7M"), Entrevestor (220), Montreal in Technology (563), the Business Insider Australia copy
 * (174), the New Zealand Herald (934). A sentence that marks US dollars keeps its bare figure US (the dev page's "$25 million
 * USD in primary and $2 million in secondary"), and so does a parenthesised restatement ("C$250 million ($192 million)").
 * Each row was red before this round (checked against the tree at 05df600). Look-alikes: money-round34.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findMoney, guessBareDollar, guessMarkedDollar, pageMoneyContext } from '../../utils/money';

const read = (text: string) => findMoney(text, pageMoneyContext(text, 'en')).map((m) => [m.text, m.currency]);

describe('round 34: a page writing both its dollar and the US dollar out', () => {
  const rows: Array<[string, string]> = [
    ['Norvio added C$12M from an Ottawa fund to the $30M it closed in spring. Kiplo, which opened a test center in Toronto, took US$5M.', 'CAD'],
    ['Tilvo closed A$8 million in Sydney on top of the $20 million it raised last year; the Brisbane studio Kiplo took US$3 million for its color sensors.', 'AUD'],
    ['Auckland robotics maker Kiplo raised NZ$4 million, a year after its $10 million round. Wellington’s Norvio found US$2 million for a new center.', 'NZD'],
    ['Kiplo raised US$6M this month (about CAD 8.2M) after a $2M seed. The Montreal lab plans a second center in Quebec City.', 'CAD'],
  ];
  it.each(rows)('row %#', (text, want) => expect(guessMarkedDollar(text)).toBe(want));
});

describe('round 34: its bare figures are read in its own dollar', () => {
  it.each<[string, string[][]]>([
    ['Norvio added C$12M from an Ottawa fund to the $30M it closed in spring. Kiplo, which opened a test center in Toronto, took US$5M.',
      [['C$12M', 'CAD'], ['$30M', 'CAD'], ['US$5M', 'USD']]],
    ['Tilvo closed A$8 million in Sydney on top of the $20 million it raised last year; the Brisbane studio Kiplo took US$3 million for its color sensors.',
      [['A$8 million', 'AUD'], ['$20 million', 'AUD'], ['US$3 million', 'USD']]],
  ])('row %#', (text, want) => expect(read(text)).toEqual(want));
});

/**
 * The possessive scene of round 33 (Business in Vancouver's "B.C.'s technology sector", 882) read every Canadian province
 * but no Australian state nor New Zealand region: the same frame written by a state or a region now counts too
 * (AUSTRALIA_PLACE, NEW_ZEALAND_PLACE). Red before this round: the page named its country nowhere else.
 */
describe('round 34: a state or region frames the local scene like a province', () => {
  const rows: Array<[string, string]> = [
    ["Queensland's startup community keeps growing: Tilvo raised $3 million, a Gold Coast lab closed $1.5 million and Kiplo $600,000.", 'AUD'],
    ["Otago's tech sector had a record month: Kiplo raised $2 million, a Dunedin studio $800,000 and Norvio $500,000.", 'NZD'],
    ['New South Wales’s tech companies had a busy spring. Kiplo raised $4 million, a sign of New South Wales’s tech sector at work.', 'AUD'],
  ];
  it.each(rows)('row %#', (text, want) => expect(guessBareDollar(text)).toBe(want));
});
