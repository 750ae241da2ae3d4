/**
 * Funding, round 32 look-alikes (funding-round32b.test.ts): a table intro's francs that stay Swiss. Swiss evidence on a page of
 * 1998, plain francs on a page of today with no other evidence, Swiss francs written so; a won table keeps its won. Invented
 * tables, French and English.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const rows = (lang: string, paragraphs: string[]) => readFunding({ paragraphs }, { lang }).deals.map((d) => `${d.company}:${d.amount?.value}:${d.amount?.currency}`);

describe('round 32: table francs that are Swiss, and other stated currencies', () => {
  it.each<[string, string[], string[]]>([
    // Lausanne in 1998: Switzerland has had its franc all along.
    ['fr', ['Les plus grosses levées de fonds lausannoises de 1998, en millions de francs :', 'Entreprise | Montant | Tour | Investisseurs', 'Velmora | 12 millions | Série A | Azur Capital', 'Quillfield | 30 millions | Série B | Tondaro Partners'],
      ['Velmora:12000000:CHF', 'Quillfield:30000000:CHF']],
    // Plain francs on an English page of today, no other evidence.
    ['en', ['The largest rounds of 2023, in millions of francs:', 'Company | Amount | Round | Investors', 'Velmora | 12 million | Series A | Azur Capital', 'Quillfield | 30 million | Series B | Tondaro Partners'],
      ['Velmora:12000000:CHF', 'Quillfield:30000000:CHF']],
    // Swiss francs written so, on a French page of 1999.
    ['fr', ['Les levées de fonds de 1999, en millions de francs suisses :', 'Entreprise | Montant | Tour | Investisseurs', 'Velmora | 12 millions | Série A | Azur Capital', 'Quillfield | 30 millions | Série B | Tondaro Partners'],
      ['Velmora:12000000:CHF', 'Quillfield:30000000:CHF']],
    // Won stays won.
    ['en', ['The largest rounds of the week, in millions of won:', 'Company | Amount | Round | Investors', 'Velmora | 12 million | Series A | Azur Capital', 'Quillfield | 30 million | Series B | Tondaro Partners'],
      ['Velmora:12000000:KRW', 'Quillfield:30000000:KRW']],
  ])('row %#', (lang, paragraphs, want) => expect(rows(lang, paragraphs)).toEqual(want));
});
