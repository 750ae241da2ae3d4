/**
 * The raiser, round 25 (companies.ts). Shapes of the blind misses read by structure, each seen on two outlets or more:
 * (1) a founder as the subject of two coordinated predicates, the first a verb of founding whose object is the company ("X started
 *     Acme in 2016 and has raised §"): the raise is the company's (FOUNDER_PREDICATE);
 * (2) a name on a lower-case initial and a hyphen ("i-Run"-like) in subject position: alone, after a kind noun, or as the
 *     antecedent of a relative (HYPHENED_INITIAL).
 * (3) a source adjunct ("according to X", "selon la X", "d’après X") is never the subject: blanked before the subject and the
 *     opening subject are read (SOURCE_ADJUNCT). The English cue was already refused elsewhere: its rows are French only.
 * Invented rows, English and French, run through subjectBefore and openingSubject; each fails without its rule. Negatives: the .negatives file.
 */
import { describe, expect, it } from 'vitest';
import { openingSubject, subjectBefore } from '../../utils/companies';

/** The subject of the first funding verb of an invented sentence. */
const VERB = /(?<!\p{L})(?:raised|lève|levé|secured|closed)(?!\p{L})/u;
const raiser = (sentence: string) => {
  const at = VERB.exec(sentence)!.index;
  return subjectBefore(sentence, at)?.name ?? null;
};

describe('round 25: a founder who founded the company and raised', () => {
  it.each<[string, string]>([
    ['Kelpra', 'Jane Doe started Kelpra in 2019 and has raised USD 40 million from Accel.'],
    ['Brightloom', 'Tom Reyes co-founded Brightloom with Ana Silva and has since raised USD 12 million.'],
    ['Kiplo', 'She founded Kiplo in 2017 and has raised USD 8 million so far.'],
    ['Tilvo', 'Marie Dupont a fondé Tilvo en 2020 et a levé 4 millions d’euros auprès de Partech.'],
    ['Orvani', 'Paul Martin a cofondé Orvani en mars 2018 et a déjà levé 2 millions d’euros.'],
  ])('%s ← %s', (want, sentence) => expect(raiser(sentence)).toBe(want));
});

describe('round 25: a name on a lower-case initial and a hyphen, in subject position', () => {
  it.each<[string, string]>([
    ['k-Ware', 'k-Ware a levé 3 millions d’euros auprès de Partech.'],
    ['e-Kelp', 'La jeune pousse e-Kelp lève 5 millions d’euros.'],
    ['i-Dune', 'The retail startup i-Dune raised USD 4 million in a seed round.'],
    ['k-Ware', 'Dans la logistique, avec k-Ware, qui lève 10 millions d’euros, la région domine.'],
  ])('%s ← %s', (want, sentence) => expect(raiser(sentence)).toBe(want));
});

describe('round 25: a source adjunct is no subject', () => {
  it.each<[string | null, string]>([
    [null, 'Selon la Banque Tivra, les start-up industrielles ont levé 3 milliards d’euros en 2023.'],
    [null, 'Selon Dealcount, les jeunes pousses de la santé ont levé 2 milliards d’euros en 2023.'],
    [null, 'D’après Dealcount, les start-up de la région ont levé 900 millions d’euros.'],
  ])('%s ← %s', (want, sentence) => expect(raiser(sentence)).toBe(want));
  it.each<[string | null, string]>([
    [null, 'Selon Dealcount, les jeunes pousses de la santé ont levé 2 milliards d’euros en 2023.'],
  ])('opening %s ← %s', (want, sentence) => expect(openingSubject(sentence)).toBe(want));
});
