import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

// Round 22: invented sentences, EN and FR.

// A portfolio told inside a quote: the list ends at the closing quote mark; the attribution after it names the speaker, never a
// raiser (PORTFOLIO_END and QUOTE_ATTRIBUTION in amountless-rounds.ts).
describe('round 22: a quoted portfolio keeps its companies, not its speaker', () => {
  const rows: [string, string, string[], string][] = [
    ['a quote then "says" (EN)', '“Northwind has invested in Foo and Bar,” says Jane Doe.', ['Foo', 'Bar'], 'Jane Doe'],
    ['a quote then "explique" (FR)', '« Northwind a investi dans Foolio et Barix », explique Jeanne Morel.', ['Foolio', 'Barix'], 'Jeanne Morel'],
  ];
  it.each(rows)('%s', (_label, sentence, companies, speaker) => {
    const found = readFunding({ paragraphs: [sentence] }).deals.map((d) => d.company);
    expect(found).toEqual(companies);
    expect(found).not.toContain(speaker);
  });
});

// An earlier round told after "after": an investor's deal after the gerund of leading or backing, or a raise after the
// sentence's news figure (AFTER_INVESTOR_SIDE, AFTER_RAISING_TAIL in deal-status.ts) is past.
describe('round 22: a round told after "after" is past', () => {
  const rows: [string, string, [string, string][]][] = [
    ['an investor’s earlier leads, a list of two (EN)', 'This is Northwind Capital’s fourth bet in Europe after leading Qontrix’s $30 million Series B and Vetilo’s $20 million Series A.',
      [['$30 million', 'past'], ['$20 million', 'past']]],
    ['an investor’s earlier co-lead (FR)', "C'est le troisième investissement de Rovel Capital en Afrique, après avoir co-mené la série B de Kiplo (30 millions d'euros).",
      [["30 millions d'euros", 'past']]],
    ['a raise after the news figure (FR)', "Kiplo a levé 20 millions d'euros, six mois après avoir bouclé un tour de 8 millions d'euros.",
      [["20 millions d'euros", 'announced'], ["8 millions d'euros", 'past']]],
  ];
  it.each(rows)('%s', (_label, sentence, expected) => {
    const deals = readFunding({ paragraphs: [sentence] }).deals;
    for (const [amount, status] of expected) expect(deals.find((d) => d.amount?.text === amount)?.status).toBe(status);
  });
});
