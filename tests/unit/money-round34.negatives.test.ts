/**
 * Money, round 34, look-alikes of money-round34.test.ts (invented sentences): both dollars written out is a local voice only
 * on a page about the country, and a bare figure in a sentence that marks US dollars, or restating the figure before it in
 * parentheses, is no local dollar. The local dollar written out alone keeps the bare "$" US (Reuters' "A$500 million ($357
 * million)": guessBareDollar's rule 1, unchanged).
 */
import { describe, expect, it } from 'vitest';
import { findMoney, guessBareDollar, guessMarkedDollar, pageMoneyContext } from '../../utils/money';

const read = (text: string) => findMoney(text, pageMoneyContext(text, 'en')).map((m) => [m.text, m.currency]);

describe('round 34: no marked local dollar without a page about the country', () => {
  const rows: string[] = [
    // The local dollar alone written out.
    'Tilvo closed A$8 million in Sydney, while its Melbourne rival Kiplo, listed in New York, is worth $5 billion.',
    // Both written out, the United States named as often as Canada.
    'Kiplo, a San Francisco startup with a Toronto office, raised US$5 million and C$6.8 million; its New York parent closed $3 million in Canada.',
    // Both written out, the country named once.
    'Kiplo raised US$5 million and C$6.8 million after a $3 million seed, its Vancouver founder said.',
    // Both written out, two countries named alike.
    'Kiplo raised A$5 million in Sydney and NZ$3 million in Auckland, US$2 million from Melbourne and $1 million from Wellington.',
  ];
  it.each(rows)('row %#', (text) => expect(guessMarkedDollar(text)).toBeNull());
});

describe('round 34: a sentence marking US dollars, or a restatement, keeps its bare figure US', () => {
  it.each<[string, string[][]]>([
    ['Ottawa’s Norvio raised C$9 million. Toronto’s Kiplo raised $20 million USD, of which $4 million in debt.',
      [['C$9 million', 'CAD'], ['$20 million USD', 'USD'], ['$4 million', 'USD']]],
    ['Ottawa’s Norvio raised US$3 million. Toronto’s Kiplo closed C$250 million ($185 million) for its third fund.',
      [['US$3 million', 'USD'], ['C$250 million', 'CAD']]],
  ])('row %#', (text, want) => expect(read(text)).toEqual(want));
});

describe('round 34: a state or region named beside a US scene keeps the bare "$" US', () => {
  const rows: string[] = [
    'A Queensland-born founder moved to Austin, Texas, where her startup Kiplo raised $3 million from Silicon Valley and New York investors in the US.',
    'Kiplo, a New York startup founded by a Dunedin engineer, raised $5 million; its Otago office joins offices in San Francisco, California and Boston in the United States.',
  ];
  it.each(rows)('row %#', (text) => expect(guessBareDollar(text)).toBeNull());
});
