/**
 * Round 25 look-alikes (companies.ts): what FOUNDER_PREDICATE and HYPHENED_INITIAL must leave alone. A verb that is not one of
 * founding ("left", "launched": a company launches products), a raise in a clause of its own, a hyphened word after a
 * preposition or a plain determiner, and a compound adjective. Invented rows, English and French, run through subjectBefore.
 */
import { describe, expect, it } from 'vitest';
import { subjectBefore } from '../../utils/companies';

const VERB = /(?<!\p{L})(?:raised|lève|levé|secured)(?!\p{L})/u;
const raiser = (sentence: string) => {
  const at = VERB.exec(sentence)!.index;
  return subjectBefore(sentence, at)?.name ?? null;
};

describe('round 25 negatives: no founding verb, or the raise has its own subject', () => {
  it.each<[string | null, string]>([
    ['Tolvo', 'Jane Doe founded Kelpra in 2012, sold it in 2018, and her new startup Tolvo raised USD 5 million.'],
    ['Orvani', 'Marie Dupont a quitté Tilvo en 2019 et sa nouvelle société Orvani a levé 2 millions d’euros.'],
  ])('%s ← %s', (want, sentence) => expect(raiser(sentence)).toBe(want));
  it.each<[string, string]>([
    ['Kelpra', 'Jane Doe left Kelpra in 2019 and has raised USD 5 million for a new venture.'],
    ['Widget Pro', 'Kelpra launched Widget Pro in 2020 and has raised USD 5 million.'],
  ])('not %s ← %s', (notWant, sentence) => expect(raiser(sentence)).not.toBe(notWant));
});

describe('round 25 negatives: a name after a preposition that is not a source cue stays the subject', () => {
  it.each<[string | null, string]>([
    ['Kelpra', 'Selon nos informations, Kelpra a levé 20 millions d’euros.'],
    ['Kelpra', 'Selon les chiffres de Dealcount, Kelpra a levé 20 millions d’euros.'],
    ['Kelpra', 'According to data from Fundwatch, Kelpra raised USD 20 million last year.'],
    ['Kelpra', 'Citing strong demand, Kelpra raised USD 20 million.'],
    ['Kelpra', 'In its annual letter, Kelpra said it raised USD 20 million.'],
  ])('%s ← %s', (want, sentence) => expect(raiser(sentence)).toBe(want));
});

describe('round 25 negatives: a hyphened word that is no subject name', () => {
  it.each<[string | null, string]>([
    ['Vendro', 'eBay-style marketplace Vendro raised USD 5 million.'],
  ])('%s ← %s', (want, sentence) => expect(raiser(sentence)).toBe(want));
  it.each<[string, string]>([
    ['e-Santé', 'La e-Santé a levé 30 millions d’euros au premier trimestre.'],
    ['e-Commerce', 'Startups in e-Commerce raised USD 5 million this week.'],
  ])('not %s ← %s', (notWant, sentence) => expect(raiser(sentence)).not.toBe(notWant));
});
