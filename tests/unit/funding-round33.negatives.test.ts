/**
 * Funding, round 33 look-alikes (funding-round33.test.ts): a round noun followed by a figure that is not the round's amount. A
 * valuation told in a clause of its own ("a round that valued it at §"), a fund's close, a round noun that only modifies
 * another noun ("its investment efforts … at §"), a grant. And "…, Name, §" runs of eight items or fewer, which the run cap leaves
 * whole. Invented rows, English and French.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const read = (sentence: string, lang: string) => readFunding({ paragraphs: [sentence] }, { lang });
const amounts = (sentence: string, lang: string) => read(sentence, lang).deals.map((d) => d.amount?.text ?? '-');
const kindOf = (sentence: string, lang: string, text: string) => read(sentence, lang).money.find((m) => m.text === text)?.kind;

describe('round 33: a figure after a round noun that is not its amount', () => {
  it.each<[string, string, string, string]>([
    // A relative clause of its own: the figure is the company's worth.
    ['Velmora closed a funding round that valued it at $400 million.', 'en', '$400 million', 'valuation'],
    // A fund's close, told after the round noun of the firm's own investing.
    ['Orbis Partners made official its investment efforts from the past three years with a closing at $60 million.', 'en', '$60 million', 'other'],
    // The round noun qualifies a fund ("investment fund"): no round.
    ['The region launched its first investment fund in decades, €40 million for local startups.', 'en', '€40 million', 'other'],
    // French: a subsidy told after the round noun.
    ['Après le tour de table de l’an dernier, une subvention de 2 millions d’euros a été accordée à Tondaro par la région.', 'fr', '2 millions d’euros', 'other'],
  ])('row %#', (sentence, lang, text, kind) => {
    expect(kindOf(sentence, lang, text)).toBe(kind);
  });
  it('a round with its valuation told after "at" keeps the valuation apart', () => {
    expect(amounts('Quillfield closed a Series B round at a $1.2 billion valuation.', 'en')).toEqual(['-']);
  });
});

describe('round 33: a short "…, Name, §" run is still read whole', () => {
  const names = (text: string) => readFunding({ paragraphs: [text] }, { lang: 'en' }).deals.map((d) => `${d.company}:${d.amount?.text}`);
  // Three rounds told in one sentence of prose: each name its own round (the cap leaves short runs alone).
  it('three rounds in one sentence', () => {
    expect(names('Velmora raised $4 million while Quillfield, $3 million, while Tondaro, $2 million.'))
      .toEqual(['Velmora:$4 million', 'Quillfield:$3 million', 'Tondaro:$2 million']);
  });
  // Eight items, the cap itself: still a list.
  it('eight rounds in one sentence', () => {
    const rows = ['Tondaro', 'Orbis', 'Bluefin', 'Kestrel', 'Northwind', 'Azur'].map((n) => `, while ${n}, $1 million`).join('');
    expect(names(`Velmora raised $4 million while Quillfield, $3 million${rows}.`)).toHaveLength(8);
  });
});
