import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

// Round 23 positives: invented sentences, EN and FR. The look-alikes of the round-23 negatives that are still rounds.

const deals = (paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => `${d.company} ${d.amount?.text ?? ''}`);

// A listing told as a plan is not counted, and a sentence that names its private round or its backers keeps its reading even in
// a paragraph about listings (funding.ts isListingParagraph).
describe('round 23: a round beside listings told as plans, or with its backers, stays a round', () => {
  const rows: [string, string, string][] = [
    ['a planned IPO and a planned listing (EN)', 'Acme raised $20 million from Northwind Ventures. The company plans an IPO in 2027 and eyes a listing on Nasdaq.', 'Acme $20 million'],
    ['une introduction préparée, une cotation envisagée (FR)', "Kiplo a levé 12 millions d'euros auprès de Partech. La société prépare son introduction en bourse et envisage une cotation en 2027.", "Kiplo 12 millions d'euros"],
    ['a Series C in a paragraph of IPOs (EN)', 'Three companies went public this quarter, and the IPO window is open. Acme, for its part, raised $80 million in a Series C round.', 'Acme $80 million'],
    ['des investisseurs nommés dans un paragraphe d’IPO (FR)', "Le trimestre compte huit IPO et trois cotations sur Euronext Growth. Kiplo, elle, a levé 15 millions d'euros auprès de Partech.", "Kiplo 15 millions d'euros"],
  ];
  it.each(rows)('%s', (_label, paragraph, deal) => {
    expect(deals([paragraph])).toContain(deal);
  });
});
