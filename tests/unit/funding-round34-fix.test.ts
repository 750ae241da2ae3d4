/**
 * Funding, round 34 (invented sentences): "recueillir" (to gather money) in the present is a French raise verb
 * (funding-lexicon.ts LEX_RAISE_SYNONYMS_FR 'recueill(?:e|ent)'). Shape on the Journal de Montréal ("HaiLa recueille 14 M$",
 * 975) and 393 ("permis de recueillir 11 millions de dollars", the infinitive, not read). The compound past is left out: it
 * read a venture fund's close as a company's deal (287). Each row was red at ae45c67 (checked). Look-alikes: funding-round34-fix.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (paragraphs: string[]) => readFunding({ paragraphs }, { lang: 'fr' }).deals
  .map((d) => `${d.company}:${d.amount?.text ?? '-'}`);

describe('round 34: "recueillir" raises money', () => {
  it.each<[string, string[]]>([
    ['Ondrevia recueille 6 M$ pour ouvrir une usine de batteries à Sherbrooke', ['Ondrevia:6 M$']],
    ['Fondée à Laval en 2021, Ondrevia recueille 3 millions de dollars auprès de Brasmore Capital et de deux fonds régionaux.', ['Ondrevia:3 millions de dollars']],
    ['Les fondateurs d’Ondrevia recueillent 800 000 euros auprès de business angels pour lancer leur application de covoiturage.', ['Ondrevia:800 000 euros']],
  ])('row %#', (text, want) => expect(deals([text])).toEqual(want));
});
