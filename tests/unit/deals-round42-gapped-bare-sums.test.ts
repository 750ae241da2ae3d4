/**
 * Round 42 (funding recall on review pages): a gapped list whose last item writes its sum bare, the verb and the currency on the
 * first items only: "Eniferbio 1 million euros and Sofi Filtration 3 million" (959 Arctic Startup), "Abivax (…) a levé 223 millions
 * d’euros, Amolyt Pharma (traitement contre les maladies endocriniennes rares) 130 millions" (921 Achat Logistique): the bare sum is
 * a sibling of the sum before (money.ts GAPPED_NAME_GAP), and a gapped item may describe its company in parentheses (deals.ts
 * GAPPED_ITEM_BEFORE). Negative: a bare count after a gapped name.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const dealsOf = (paragraphs: string[]) =>
  readFunding({ paragraphs }).deals.filter((d) => d.amount !== null).map((d) => [d.company, d.amount!.value, d.amount!.currency]);

describe('round 42: a gapped list’s bare last sum is its item’s round', () => {
  it.each<[string, string[], Array<[string, number, string]>]>([
    ['959: a gapped list’s last sum written bare',
      ['Among other funding rounds from Espoo Quuppa raised 20 million euros, Klevu 12 million euros, Sensible 4 6.3 million euros, Eniferbio 1 million euros and Sofi Filtration 3 million.'],
      [['Espoo Quuppa', 20_000_000, 'EUR'], ['Klevu', 12_000_000, 'EUR'], ['Sensible 4', 6_300_000, 'EUR'], ['Eniferbio', 1_000_000, 'EUR'], ['Sofi Filtration', 3_000_000, 'EUR']]],
    ['921: a gapped item described in parentheses, its sum bare',
      ['Dans ce secteur, sept entreprises ont réussi à lever plus de 20 millions. Une société comme Abivax (lutte contre les maladies inflammatoires chroniques) a levé 223 millions d’euros, Amolyt Pharma (traitement contre les maladies endocriniennes rares) 130 millions.'],
      [['Abivax', 223_000_000, 'EUR'], ['Amolyt Pharma', 130_000_000, 'EUR']]],
  ])('%s', (_label, paragraphs, expected) => {
    expect(dealsOf(paragraphs).sort()).toEqual(expected.sort());
  });

  it('a bare count after a gapped name is no sibling sum', () => {
    expect(dealsOf(['Acme raised 20 million euros last year, and Paris 3 million visitors.'])).toEqual([['Acme', 20_000_000, 'EUR']]);
  });
});
