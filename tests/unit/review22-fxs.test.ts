import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

// Review 22 (fxs, deal-status.ts): invented sentences, EN and FR.

// The round after "after" is the news when the sentence's earlier figure is no raise (revenue, chiffre d'affaires): no raising
// verb or round noun governs it (someFigureIsRaise in earlierRoundAfter and afterOwnRaise). A raised earlier figure keeps it past.
// "after backing from …": "backing" is a noun there; and the words after the gerund stop at a raising verb ("… and raised §",
// "… et lève §"): the figure is the main verb's raise (AFTER_INVESTOR_SIDE).
describe('review 22: a round after "after" is the news unless the sentence told an earlier raise', () => {
  const rows: [string, string, [string, string][]][] = [
    ['an earlier figure of revenue (EN)', 'With revenue of $3 million, Acme expands after closing a $12 million Series A led by Alpha Ventures.',
      [['$12 million', 'announced']]],
    ["an earlier figure of chiffre d'affaires (FR)", "Avec un chiffre d'affaires de 2 millions d'euros, Kiplo accélère après avoir bouclé une levée de 8 millions d'euros auprès de Partech.",
      [["8 millions d'euros", 'announced']]],
    ['"backing from" is a noun, the main verb raised (EN)', 'Acme grew quickly after backing from Alpha Ventures and raised $10 million in a Series A.',
      [['$10 million', 'announced']]],
    ['the investor-side run stops at "lève" (FR)', "Kiplo se développe après avoir accompagné des PME et lève 5 millions d'euros auprès de Partech.",
      [["5 millions d'euros", 'announced']]],
    ['an earlier raise keeps the round after "after" past (EN)', 'Acme raised $20 million on Tuesday, three months after closing a $5 million seed round.',
      [['$20 million', 'announced'], ['$5 million', 'past']]],
    ['an earlier raise keeps the round after "après avoir" past (FR)', "Kiplo a levé 20 millions d'euros, six mois après avoir bouclé un tour de 5 millions d'euros.",
      [["20 millions d'euros", 'announced'], ["5 millions d'euros", 'past']]],
    ['an investor’s earlier lead stays past (EN)', 'This is Alpha Ventures’ third bet after leading Acme’s $30 million Series B.',
      [['$30 million', 'past']]],
  ];
  it.each(rows)('%s', (_label, sentence, expected) => {
    const deals = readFunding({ paragraphs: [sentence] }).deals;
    for (const [amount, status] of expected) {
      expect(deals.find((d) => d.amount?.text === amount)?.status).toBe(status);
    }
  });
});
