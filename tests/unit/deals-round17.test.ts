/**
 * Round 17 (blind misses of batches 8–12 clustered by shape): roundup entries whose figure stands outside "X raised §". Invented
 * sentences, EN and FR; figures are written "§" (masked). The look-alikes that must stay other money are in
 * deals-round17.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../utils/deals';

function kindAt(masked: string, n = 0): string {
  let at = -1;
  for (let i = 0; i <= n; i++) at = masked.indexOf('§', at + 1);
  return readFigure(masked, at, at + 1).kind;
}

describe('readFigure, round 17: an entry of a counted list that names its owner by a possessive is that company\'s round', () => {
  it.each([
    'The site covered two new rounds last week: Tilvo’s § Series B and Quorly’s § Series A.',
    'Three deals stood out: Tilvo’s § seed round, among others.',
    'Five deals this week; Quorly’s § Series C was the largest.',
    'Six rounds in the sector this month; Tilvo’s § growth round tops them.',
  ])('%s', (text) => expect(kindAt(text)).toBe('round'));
  it('reads the second entry of the pair too', () => expect(kindAt('Two new rounds: Tilvo’s § Series B and Quorly’s § Series A.', 1)).toBe('round'));
});

describe('readFigure, round 17: a round noun owned by a named company, its figure in brackets, is that company\'s round', () => {
  it.each([
    'Le secteur a progressé, notamment grâce au tour de table de Tilvo (§).',
    'Deux opérations dominent le trimestre : la série C de l’allemand Quorly (§).',
    'Le mois a été porté par la levée de fonds de la medtech Brevo (§).',
    'The quarter was carried by the seed round of fintech Tilvo (§).',
    'Growth came mostly from the Series B of Quorly (§).',
    'On retiendra l’amorçage de Brevo (§), bouclé en juin.',
  ])('%s', (text) => expect(kindAt(text)).toBe('round'));
});

describe('readFigure, round 17: a round grown or closed to its final size is that round', () => {
  it.each([
    'With two more backers on board, Quorly upsized its Series A round to §.',
    'Quorly extended the seed round to § after a second close.',
    'In the end, Sorelo closed this round at § with two new backers.',
    'The first round of the Lyon insurer, launched in spring, closed at § last week.',
    'Le tour d’amorçage de Tilvo, ouvert en mars, s’est clôturé à § fin juin.',
    'La série A de Quorly s’est clôturée à § fin juin.',
  ])('%s', (text) => expect(kindAt(text)).toBe('round'));
});
