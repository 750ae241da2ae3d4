/**
 * Funding, round 32 (group 1): the franc a table's intro states ("en millions de francs", "in millions of Swiss francs") is read
 * by the money reader's franc rules with the page's evidence, as a franc in a sentence is: French francs on a French page of
 * before 2002, the CFA franc of its zone (XOF, XAF), the Swiss franc otherwise. deal-rows.ts no longer maps "francs" to CHF
 * itself. Invented tables, French and English.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const rows = (lang: string, paragraphs: string[]) => readFunding({ paragraphs }, { lang }).deals.map((d) => `${d.company}:${d.amount?.value}:${d.amount?.currency}`);

describe('round 32: the franc a table intro states follows the page', () => {
  it.each<[string, string[], string[]]>([
    // A French review of 1998: French francs.
    ['fr', ['Les plus grosses levées de fonds de 1998, en millions de francs :', 'Entreprise | Montant | Tour | Investisseurs', 'Velmora | 12 millions | Série A | Azur Capital', 'Quillfield | 30 millions | Série B | Tondaro Partners'],
      ['Velmora:12000000:FRF', 'Quillfield:30000000:FRF']],
    // West African CFA francs (Dakar).
    ['fr', ['Les plus grosses levées de fonds à Dakar cette année, en millions de francs CFA :', 'Entreprise | Montant | Tour | Investisseurs', 'Velmora | 120 millions | Série A | Azur Capital', 'Quillfield | 300 millions | Série B | Tondaro Partners'],
      ['Velmora:120000000:XOF', 'Quillfield:300000000:XOF']],
    // Central African CFA francs (Yaoundé, Douala).
    ['fr', ['Les levées de fonds de Yaoundé et de Douala en 2023, en millions de francs CFA :', 'Entreprise | Montant | Tour | Investisseurs', 'Velmora | 120 millions | Série A | Azur Capital', 'Quillfield | 300 millions | Série B | Tondaro Partners'],
      ['Velmora:120000000:XAF', 'Quillfield:300000000:XAF']],
  ])('row %#', (lang, paragraphs, want) => expect(rows(lang, paragraphs)).toEqual(want));
});
