/**
 * Funding, round 33 fix (review of session 20, finding 3): rereadRoundNounFigure reads a figure after the bare nouns "investment",
 * "financing", "financement" as a round only in a sentence that tells a raise (a round's label, a raising verb, backers named),
 * and never when borrowed money is named right after the figure ("§ de prêt", "§ in debt"). Invented rows, English and French.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (sentence: string, lang: string) => readFunding({ paragraphs: [sentence] }, { lang }).deals
  .map((d) => `${d.company}:${d.amount?.text ?? '-'}`);

describe('round 33 fix: a bare "investment"/"financing" noun then its figure', () => {
  it.each<[string, string, string, string[]]>([
    // A company's own spending, no raise told: no round (all four were rounds before the fix).
    ['own spending, EN', 'Acme’s biggest investment in the region, $500 million, went to a new factory in Ohio.', 'en', []],
    ['own spending, EN, "this year"', 'Northwind’s largest investment this year, $40 million, paid for a second warehouse in Leeds.', 'en', []],
    ['a bank loan, FR', 'Kelbio a annoncé le plus gros financement de son histoire, 30 millions d’euros de prêt bancaire pour son usine.', 'fr', []],
    ['debt after the figure, EN', 'Velmora signed the biggest financing in its history, $80 million in debt from three banks.', 'en', []],
    ['debt after a qualified round noun, FR', 'Velmora a annoncé sa plus grosse levée de fonds à ce jour, 25 millions d’euros de dette auprès de trois banques.', 'fr', []],
    // A raise told in the sentence: still the round's amount.
    ['financing led by a firm, EN', 'Tondaro closed the largest financing in Breton agritech this year, €14 million led by Azur Capital.', 'en', ['Tondaro:€14 million']],
    ['financement auprès d’un fonds, FR', 'Quillfield a bouclé le plus gros financement de la filière cette année, 9 millions d’euros auprès d’Orbis Partners.', 'fr', ['Quillfield:9 millions d’euros']],
    ['a labelled round, EN', 'Acme’s Series A round in 2021, $12 million, was led by Index Ventures.', 'en', ['Acme:$12 million']],
  ])('%s', (_name, sentence, lang, expected) => {
    expect(deals(sentence, lang)).toEqual(expected);
  });
});
