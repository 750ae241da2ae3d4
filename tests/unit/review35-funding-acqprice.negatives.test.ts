/**
 * Review of session 22, acquisition price, look-alikes (review35-funding-acqprice.test.ts): "The deal" / "L'opération" still
 * tells a round when a round is told in its sentence or the one before, when the sentence before tells no acquisition, or when
 * the acquisition is told further back than the sentence before. Invented rows, English and French.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const amounts = (paragraphs: string[], lang: string) => readFunding({ paragraphs }, { lang }).deals.map((d) => d.amount?.text ?? null);

describe('review 35: "the deal" stays a round when no acquisition is told just before it', () => {
  it.each<[string[], string, string]>([
    // A round told the sentence before.
    [['Kiplo closed a new round led by Sequoia. The deal is worth $6 million.'], 'en', '$6 million'],
    // An acquisition told two sentences before, a round the sentence before.
    [['Norvio bought a small rival last year.', 'Kiplo raised a Series A from Accel. The deal is worth $9 million.'], 'en', '$9 million'],
    // An acquisition the sentence before, but a round word in the deal's own sentence.
    [['Norvio has acquired Kiplo. The deal is part of a $30 million Series B round for Norvio.'], 'en', '$30 million'],
    // An acquisition in the paragraph before, a round told in between.
    [['Norvio has acquired Kiplo.', 'Tilvo, a Kiplo rival, closed a Series B this week. The deal is worth $30 million.'], 'en', '$30 million'],
    // FR: a round told the sentence before.
    [['Kiplo a bouclé une levée de fonds menée par Partech. L’opération s’élève à 5 millions d’euros.'], 'fr', '5 millions d’euros'],
    // FR: an acquisition in the paragraph before, a round told in between.
    [['Norvio a racheté Kiplo en 2022.', 'Tilvo annonce une levée de fonds. L’opération s’élève à 7 millions d’euros.'], 'fr', '7 millions d’euros'],
  ])('row %#', (paragraphs, lang, want) => {
    expect(amounts(paragraphs, lang)).toEqual([want]);
  });
});
