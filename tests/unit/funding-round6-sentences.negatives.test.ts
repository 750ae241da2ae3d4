/**
 * Round 6 negatives: money spread over several files or companies is a total, an investor's share of another company's round is
 * not the investor's deal, and a ranking of revenue or of places is not a round.
 */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../utils/deals';
import { summarizeText } from '../../utils/summary';

function kindOf(masked: string, nth = 0): string {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = masked.indexOf('§', at + 1);
  return readFigure(masked, at, at + 1).kind;
}

describe('round6 negatives: figures that are not a round', () => {
  const rows: Array<[string, number]> = [
    // Totals over several files or companies.
    ['Pour la région de Québec, les FRS ont injecté § dans 85 dossiers', 0],
    ['The agency raised § spread across 40 companies last year', 0],
    ['Le fonds a investi § répartis entre douze PME', 0],
    ['The programme put § into 12 portfolio companies', 0],
    // An investor's share of another company's round.
    ['Guangzhou Automobile Group, an earlier investor, has announced § in investment for Uber China’s Series B', 0],
    ['Sequoia committed § towards Acme’s seed round', 0],
    ['BNP a apporté § pour la série A de Lydia', 0],
    // A counted list whose item names no company, and an apposition that is not about a person.
    ['Investors backed 12 startups, including a § investment in the sector', 0],
    ['Acme, listed on the stock exchange since 2019, raised § in a share sale', 0],
    // A period as the subject, and a sum received to date.
    ['Dutch startups raised § in the same period while the entire year of 2020 ended up with § in funding', 1],
    ['Q1 saw § in venture funding', 0],
    ['L’année 2020 s’est terminée avec § levés', 0],
    ['Uber China is valued at §, and to date has received more than § in investment', 1],
    // A place or a sum of revenue that "attracted" money.
    ['San Francisco attracted §', 0],
    ['Tech hub Lisbon attracted §', 0],
    ['The startup Acme received § in revenue last year', 0],
    // Rankings of something else.
    ['Acme was second with § in revenue', 0],
    ['Paris came third with § in total', 0],
    // Verbs near the new ones that are not raising.
    ['The company took out § in loans to buy a building', 0],
  ];
  it.each(rows)('%s (#%i) is not a round', (masked, nth) => {
    expect(kindOf(masked, nth)).not.toBe('round');
  });
});

describe('round6 negatives: no deal in statistics sentences', () => {
  const rows: string[] = [
    'Pour la région de Québec, les FRS ont injecté 60 millions $ dans 85 dossiers, que ce soit pour appuyer la relève ou des projets immobiliers.',
    'Germany was second with €5 billion, followed by France with €3 billion.',
    'The team took on 40 new engineers last year.',
  ];
  it.each(rows)('%s', (text) => {
    const summary = summarizeText({ paragraphs: ['Regional investment in 2024', text] }, { url: 'https://example.com/stats', title: 'Regional investment statistics' });
    expect(summary.deals).toEqual([]);
  });
});
