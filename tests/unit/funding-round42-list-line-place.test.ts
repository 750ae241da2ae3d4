/**
 * Round 42 (funding recall on listing pages): a list line whose company carries its country in parentheses before the dash, "•
 * Instacart (U.S.) – $265 million", "• Xingsheng Youxuan (China) $2 billion" (1042 The Spoon) (funding-sentences.ts LIST_LINE).
 * Negatives: a parenthesis that says who the name is ("Halmahera (fonds familial): 100 000 €", a round's backers by ticket, 610
 * Observatoire des médias), a list of revenues.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const dealsOf = (paragraphs: string[]) =>
  readFunding({ paragraphs }).deals.filter((d) => d.amount !== null).map((d) => [d.company, d.amount!.value, d.amount!.currency]);

describe('round 42: list lines with the company’s place in parentheses', () => {
  it('1042: list lines with the company’s country in parentheses', () => {
    expect(dealsOf(['Since the beginning of the year we’ve seen the following raises:', '• Instacart (U.S.) – $265 million', '• Rohlik (Czech Republic) – $230 million', '• Xingsheng Youxuan (China) $2 billion']).sort())
      .toEqual([['Instacart', 265_000_000, 'USD'], ['Rohlik', 230_000_000, 'USD'], ['Xingsheng Youxuan', 2_000_000_000, 'USD']].sort());
  });

  it.each<[string, string[]]>([
    ['610: backers listed by ticket, each described', ['Le tour de table se répartit ainsi :', 'Halmahera (fonds familial): 100 000 €', '– Khedaoudj Zemmouri (journaliste): 100 000 €']],
    ['a list of revenues with countries', ['Revenue by company last year:', '• Acme (U.S.) – $265 million', '• Globex (Germany) – $230 million']],
  ])('%s', (_label, paragraphs) => {
    expect(dealsOf(paragraphs)).toEqual([]);
  });
});
