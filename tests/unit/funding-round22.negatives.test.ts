import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

// Round 22 negatives: invented sentences, EN and FR.

// A quote about money put into research, then the speaker with a job title and a unit's finance terms: no raiser at all (the
// amountless reader never takes a person, a job title or a finance term: isNotARaiser in amountless-rounds.ts).
describe('round 22: a speaker, a job title or a finance term is never an amountless raiser', () => {
  const rows: [string, string][] = [
    ['research money in a quote, title and finance unit after (EN)', '“Our region holds great promise, with over $2 billion invested in applied research each year,” says Paul Verne, Senior Vice President, Mezzanine Financing and Growth Equity at Northbank.'],
    ['a fund that invested in research, title and finance unit after (FR)', '« Rovel Capital a déjà investi dans la recherche appliquée », précise Jean Dupont, Directeur Général, Capital-Investissement et Dette Privée chez Rovel.'],
  ];
  it.each(rows)('%s', (_label, sentence) => {
    expect(readFunding({ paragraphs: [sentence] }).deals.map((d) => d.company)).toEqual([]);
  });
});

// Look-alikes of the "after" readers: the raise that lets the company do what the sentence tells, alone in its sentence, and an
// investor's lead told before "after backing …", stay the page's news.
describe('round 22: an "after" phrase with no earlier figure keeps the round announced', () => {
  const rows: [string, string, string][] = [
    ['the only figure after "after raising" (EN)', 'Acme turned unicorn after raising $200 million.', '$200 million'],
    ['the only figure after "après avoir levé" (FR)', "Kiplo recrute 40 ingénieurs après avoir levé 10 millions d'euros.", "10 millions d'euros"],
    ['the lead told before "after backing" (EN)', 'Northwind led Qontrix’s $30 million Series B after backing its seed round.', '$30 million'],
  ];
  it.each(rows)('%s', (_label, sentence, amount) => {
    expect(readFunding({ paragraphs: [sentence] }).deals.find((d) => d.amount?.text === amount)?.status).toBe('announced');
  });
});
