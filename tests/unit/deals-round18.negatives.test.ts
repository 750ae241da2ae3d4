/**
 * Round 18 look-alikes (deals-round18.test.ts): these stay other money. Invented sentences, EN and FR, each of the shape a reviewer
 * found caught by a round-17 rule (review of round A, findings 1, 2 and 5), in other words.
 */
import { describe, expect, it } from 'vitest';
import { ownedRoundEntry, readFigure } from '../../utils/deals';

function kindAt(masked: string, n = 0): string {
  let at = -1;
  for (let i = 0; i <= n; i++) at = masked.indexOf('§', at + 1);
  return readFigure(masked, at, at + 1).kind;
}

describe('readFigure, round 18 look-alikes: growth or closing to a figure whose subject is not the round', () => {
  it.each([
    'Two years after its Series B round, the order book grew to § in value.',
    'After a seed round in 2020, the firm’s market value grew to § on paper.',
    'After the rate raise, the share closed at § on Friday.',
    'The regional development bank increased its financing to § for the tram line.',
    'The lender extended the financing to § to pay for the new plant.',
    'Depuis son tour de table de 2019, sa marge brute a été portée à §.',
    'Au second tour des municipales, l’indice s’est clôturé à § mardi.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});

describe('readFigure, round 18 look-alikes: a bracketed figure after money that is not an owned round', () => {
  it.each([
    'Le chantier avance grâce au financement de la Banque Européenne (§) et des communes.',
    'The loan package includes the financing of Norvik (§) by three banks.',
    'La levée de fonds de Calmeo Partners (§), destinée à son nouveau véhicule d’investissement, est close.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
  it.each([
    'Le chantier avance grâce au financement de la Banque Européenne (',
    'The loan package includes the financing of Norvik (',
  ])('no owned entry in %s', (before) => expect(ownedRoundEntry(before)).toBeNull());
});

describe('readFigure, round 18 look-alikes: in a counted list, the possessor of an investment or a stake in a company is its investor', () => {
  it.each([
    'Three deals made the week: Globex’s § investment in Norvik and more.',
    'Five rounds closed; Initech’s § growth investment in Pravel was the smallest.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});

describe('readFigure, round 18 look-alikes: money each recipient of a programme receives is no round', () => {
  it.each([
    'Each finalist will receive a § seed investment.',
    'Chaque équipe retenue recevra un financement de §.',
    'The twelve laureates will each receive an investment of §.',
    'Chacun des lauréats recevra un ticket de § en fonds propres.',
    'Each of the selected teams gets § in funding.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});

describe('readFigure, round 18 look-alikes: an owned or earlier baseline of a change is another period\'s money', () => {
  it.each([
    'The grant pool reached § this year, a jump from the agency’s initial § funding in 2021.',
    'Budgets hit §, a sharp rise from its first § funding round two years ago.',
    'The pot reached §, a jump from the council’s § funding of 2020.',
  ])('%s', (text) => expect(kindAt(text, 1)).toBe('other'));
});

describe('readFigure, round 18 look-alikes: a participle of raising without a total cue stays the round', () => {
  it.each([
    'Avec § levés, Pravel prend la tête du classement du mois.',
    'With § raised from two funds, Norvik tops this week’s list.',
  ])('%s', (text) => expect(kindAt(text)).toBe('round'));
});

describe('readFigure, review of round 18: a sector or a market with a raising participle and a total cue is a market total', () => {
  it.each([
    'Proptech saw § raised so far this year, the barometer shows.',
    'Les fintech ont § levés au total depuis janvier, selon le baromètre.',
    'Nordic startups have § raised to date this year, the index shows.',
    'Le secteur affiche § récoltés en tout sur le trimestre.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});

describe('readFigure, review of round 18: one company with a raising participle and a total cue keeps its sum to date', () => {
  it.each([
    'Fintech Norvik has § raised to date, its founder says.',
    'The proptech, with § raised so far, plans to hire.',
  ])('%s', (text) => expect(kindAt(text)).toBe('total-raised'));
});
