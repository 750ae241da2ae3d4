/**
 * Round 18 (review of round A, then batch 13): which sentences tell a round. Invented sentences, EN and FR; figures are written
 * "§" (masked). The look-alikes that must stay other money are in deals-round18.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { ownedRoundEntry, readFigure } from '../../utils/deals';

function kindAt(masked: string, n = 0): string {
  let at = -1;
  for (let i = 0; i <= n; i++) at = masked.indexOf('§', at + 1);
  return readFigure(masked, at, at + 1).kind;
}

describe('ownedRoundEntry: an owned entry gives its own owner and round noun to the company and round readers', () => {
  it.each([
    ['Le semestre doit beaucoup à la série C de l’éditeur nantais Pravel (', 'Pravel', 'Series C'],
    ['The month was lifted by the Series A of payments startup Norvik (', 'Norvik', 'Series A'],
    ['Deux dossiers sortent du lot : la série B de la biotech Arvelia (§) puis la série A de la foodtech Calmeo (', 'Calmeo', 'Series A'],
    ['Among the quarter’s entries, the seed round of robotics maker Ostrava Labs (', 'Ostrava Labs', 'Seed'],
  ])('%s', (before, company, round) => expect(ownedRoundEntry(before)).toEqual({ company, round }));
  it('keeps the owner of an entry whose noun names no letter', () => expect(ownedRoundEntry('On notera le tour de table de la medtech Sorelo (')?.company).toBe('Sorelo'));
});

describe('readFigure, round 18: a round noun as the subject of its growth or close is that round', () => {
  it.each([
    'The growth round of the Lyon grocer, opened last winter, was finally closed at §.',
    'La levée de la foodtech, menée par deux fonds régionaux, a été portée à § fin mai.',
    'Its Series B, announced in the spring, has now grown to §.',
    'The seed round of the bakery has kept growing and has now closed at §.',
    'After a second close in May, the medtech upsized its seed round to §.',
    'Demand was strong, so Norvik extended this Series C round to § in July.',
  ])('%s', (text) => expect(kindAt(text)).toBe('round'));
});

describe('readFigure, round 18: a company’s working capital is no fund of a VC firm', () => {
  it.each([
    'La PME lève § auprès de ses clients pour son fonds de roulement.',
  ])('%s', (text) => expect(kindAt(text)).toBe('round'));
});

describe('readFigure, round 18: a list of rounds opened by "raises/deals include" makes each possessive entry a round', () => {
  it.each([
    'Other big raises this week include Norvik’s § and Pravel’s § seed round.',
    'Key deals of the month included Sorelo’s §, led by two local funds.',
    'Notable fundraises include Arvelia’s § (its second) and a bridge for Calmeo.',
  ])('%s', (text) => expect(kindAt(text)).toBe('round'));
});

describe('readFigure, round 18: named subjects of an adverbial "each" keep their own rounds', () => {
  it.each([
    'Norvik and Pravel will each receive § from Arvelia Capital.',
  ])('%s', (text) => expect(kindAt(text)).toBe('round'));
});

describe('readFigure, round 18: a raising participle between the figure and "in total / to date" is a sum to date', () => {
  it.each([
    'Le studio nantais, avec § levés au total, vise désormais l’Europe.',
    'Norvik, with § raised to date, plans to double its staff.',
    'La medtech, forte de § récoltés en tout, prépare sa série B.',
  ])('%s', (text) => expect(kindAt(text)).toBe('total-raised'));
});
