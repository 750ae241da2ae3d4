/**
 * Who raised, round 35b (session 22, second shift, companies.ts). A word that opens a sentence only by its place is no name:
 * (1) an English sentence adverb set off by its comma, read by its ending ("Unsurprisingly, fintech emerged …", rasmal 1017 of
 * batch 24; the same "Interestingly, …", "Notably, …" openers run through the roundups of wamda, techcabal and others);
 * (2) a French question opening on its inverted pronoun ("Qu’est-ce qui fait courir …", jeuneafrique 988; "Est-ce …",
 * "Faut-il …", rtl 354 and maddymoney 104). Invented rows, English and French; each red before its change.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';
import { openingSubject } from '../../utils/companies';

const companies = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.company);

describe('round 35b: a sentence adverb or a question form opening a sentence is no raiser (red before)', () => {
  it.each<[string, string[], (string | null)[]]>([
    ['EN: "Unsurprisingly, …" between the company and "the company raised"', ['Kelbio opened a depot in Lyon.', 'Unsurprisingly, freight software drew the most money in March.', 'The company raised $2 million from Tarvel Capital.'], ['Kelbio']],
    ['FR: "Faut-il …" between the company and "la société a levé"', ['Kelbio ouvre un entrepôt à Lyon.', 'Faut-il craindre une bulle ?', 'La société a levé 6 millions d’euros auprès de Tarvel.'], ['Kelbio']],
    ['FR: "Qu’est-ce qui fait courir X ?" before "la société a levé"', ['Kelbio ouvre un entrepôt à Lyon. Qu’est-ce qui fait courir Kelbio ?', 'La société a levé 6 millions d’euros auprès de Tarvel.'], ['Kelbio']],
    ['FR: "Est-ce que …" names no one', ['Est-ce que la logistique attire encore les fonds ?', 'La société a levé 6 millions d’euros auprès de Tarvel.'], [null]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(companies(...paragraphs)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['EN: "-ingly," then a clause', 'Unsurprisingly, freight software emerged as the top sector thanks to the rounds raised by Nalvo and Kelbio.'],
  ])('%s: openingSubject reads no subject', (_name, sentence) => {
    expect(openingSubject(sentence)).toBeNull();
  });
});
