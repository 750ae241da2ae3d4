/**
 * Funding, round 31 B (group 1, the deal assembly): the entries of a review's highlights told with "with/avec/com" and no
 * raising verb (funding.ts reviewWithItems). "Some of the notable fund raisings of 2018 included Revolut with § and Graphcore
 * with §" (blind 824, orsasaiwai year review), "Outros destaques do mês foram as startup Nomad, com captação de §; Tractian, com
 * §" (blind 833, exame month review): each name before "with §" is the company of that round.
 * (2) Figureless sentences of participants told by an idiom of contribution or the deal's noun only ("Newcomers A and B pitched
 * in, too", fiercebiotech 541; "chipped in", foundernews 278; "A et B complètent l'opération") pass the prefilter MAYBE_FUNDING,
 * so the binder gives their names to the round.
 * Invented rows in English and French; each positive fails with the rule off (checked). Look-alikes:
 * funding-round31b.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const rounds = (sentence: string) => readFunding({ paragraphs: [sentence] }).deals.map((d) => [d.company, d.amount?.value ?? null]);

describe('round 31 B: a review list gives each "Name with §" entry its round', () => {
  it.each<[string, Array<[string, number]>]>([
    [
      'The notable fund raisings of the quarter included Leeds-based logistics startup Northwind Robotics with £40 million and Cardiff-based insurer Velmora with £12 million.',
      [['Northwind Robotics', 40e6], ['Velmora', 12e6]],
    ],
    ['The biggest rounds of the month were Kestrel Labs with $80 million and Orbis Health with a round of $35 million.', [['Kestrel Labs', 80e6], ['Orbis Health', 35e6]]],
    [
      "Parmi les plus grosses levées de l'année figurent Velmora (logiciels), avec 40 millions d'euros, et Tondaro, avec un tour de table de 12 millions d'euros.",
      [['Velmora', 40e6], ['Tondaro', 12e6]],
    ],
    ["Les principales opérations du trimestre : Brisket, avec 9 millions d'euros, et Granit Santé, avec 6 millions d'euros.", [['Brisket', 9e6], ['Granit Santé', 6e6]]],
  ])('row %#', (sentence, expected) => {
    expect(rounds(sentence)).toEqual(expected);
  });
});

describe('round 31 B: a figureless contribution idiom gives its participants to the round', () => {
  const FILLER = 'The company makes antibody drugs for liver disease.';
  it.each<[string[], string, string[]]>([
    [['Northwind Bio raised $50 million in a Series B round led by Kestrel Ventures.', FILLER, 'Newcomers Orbis Capital and Tondaro Capital pitched in, too.'], 'Northwind Bio', ['Orbis Capital', 'Tondaro Capital']],
    [['Northwind Bio raised $50 million in a Series B round led by Kestrel Ventures.', FILLER, 'Orbis Capital and Tondaro Capital also chipped in.'], 'Northwind Bio', ['Orbis Capital', 'Tondaro Capital']],
    [["La biotech Velmora a levé 20 millions d'euros auprès de Granit Ventures.", 'Elle développe des anticorps.', "Azur Capital et Tondaro Capital complètent l'opération."], 'Velmora', ['Granit Ventures', 'Azur Capital', 'Tondaro Capital']],
  ])('row %#', (paragraphs, company, investors) => {
    expect(readFunding({ paragraphs }).deals.find((d) => d.company === company)?.investors).toEqual(investors);
  });
});
