/**
 * Round 16 (review of round 15 and batch 12): which sentences tell a round. Invented sentences, EN and FR; each row is read by
 * readFigure on the masked sentence (every figure written "§"). The look-alikes that must stay other money are in
 * deals-round16.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../utils/deals';

function kindAt(masked: string, n = 0): string {
  let at = -1;
  for (let i = 0; i <= n; i++) at = masked.indexOf('§', at + 1);
  return readFigure(masked, at, at + 1).kind;
}

describe('readFigure, round 16: a plural verb whose subject is the company\'s own people or partners keeps its round', () => {
  it.each([
    // a possessive before the subject: people or partners of a raiser told before
    'Tilvo and its partners have raised § in a seed round led by Balderton.',
    'Tilvo et ses partenaires ont levé § auprès de Serena.',
    'Leurs trois partenaires ont levé § pour la jeune pousse.',
    // the company's people from the lexicon, with a "co-" prefix
    'Ses deux cofondatrices ont levé § auprès de business angels.',
    'Les deux cofondatrices ont levé § auprès de Kima Ventures.',
    // officers, team and kinship nouns
    'The Tilvo team have raised § in a pre-seed round.',
    'The twins have raised § from Seedcamp for their bakery chain.',
    'Les deux frères ont levé § pour développer leur marque.',
  ])('%s', (text) => expect(kindAt(text)).toBe('round'));
});

describe('readFigure, round 16: a fund named inside an apposition is not the subject of the round', () => {
  it.each([
    'Norvela, déjà soutenue par le fonds Eurazeo, a finalisé un tour de table de §.',
    'Norvela, whose backers include the venture capital firm Atomico, unveiled a funding round of § on Tuesday.',
    'Norvela, accompagnée depuis 2021 par une société de gestion lyonnaise, a bouclé une levée de fonds de §.',
    'Backed by the fund Frontline, Norvela has closed a round of §.',
    'Norvela, which counts an asset manager among its shareholders, has raised §.',
  ])('%s', (text) => expect(kindAt(text)).toBe('round'));
});

describe('readFigure, round 16: an acquisition told as the purpose of the money does not veto the round', () => {
  it.each([
    'Quorly raised § to fund acquisitions across Europe.',
    'Quorly raised § in order to pursue further acquisitions.',
    'Quorly a levé § pour financer des acquisitions en Espagne.',
    'Quorly a levé § afin de financer le rachat de deux concurrents.',
    'Quorly closed a round of § to finance a takeover of two smaller rivals.',
    'Quorly closed a round of § to finance the purchase of two smaller rivals.',
  ])('%s', (text) => expect(kindAt(text)).toBe('round'));
});

/**
 * Batch 12 shapes (each seen on two outlets or more: the blind batch-12 run, earlier blind batches, fixtures, fresh pages). Each
 * row is other money, not a round.
 */
describe('readFigure, round 16: a passive raise whose agent is a plural of the sector ("par les medtech") is a market total', () => {
  it.each([
    '§ levés par les medtech européennes au premier semestre.',
    'Le baromètre recense § récoltés par les agritech du continent.',
    'La filière compte § levés par les proptech depuis janvier.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});

describe('readFigure, round 16: a raise named by an aim noun (hope, goal, ambition) is still looked for', () => {
  it.each<[string, number]>([
    ['Kiplo a l’ambition de lever § d’ici la fin de l’année.', 0],
    ['La coopérative garde l’espoir de récolter § auprès de ses membres.', 0],
    ['Quorly set out with the aim of raising § from angels.', 0],
    ['Their goal is to raise § by the summer.', 0],
    ['Nous avons l’objectif de lever de § à § avant l’été.', 0],
  ])('%s', (text, n) => expect(kindAt(text, n)).toBe('other'));
});

describe('readFigure, round 16: money of a period, of listings, of a purchase or told as proceeds is not a round', () => {
  it.each([
    '§ raised in second quarter, report says.',
    'The four IPOs of the spring raised §.',
    'The purchase will bring a § cash injection into the group.',
    'Delmar secured § in gross proceeds from a registered offering.',
    'Quorly pocketed § in net proceeds from the sale.',
    'Les medtech ont vu § récoltés en quinze opérations.',
    'Kiplo a levé § en douze opérations depuis sa création.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});

describe('readFigure, round 16: the gerund of a press verb of raising ties the figure to a round', () => {
  it.each([
    'Everyone wonders how Quorly kept bagging § while rivals struggled.',
    'Norvela, quietly netting § from angels, opened a second office.',
    'Delmar is pocketing § from two angels this spring.',
  ])('%s', (text) => expect(kindAt(text)).toBe('round'));
});

describe('readFigure, round 16: a fund that leads or joins a round backs someone else\'s round', () => {
  it.each([
    'Le fonds Serrano mène le tour de table de § de la medtech Ondine.',
    'The fund co-led a funding round of § for an unnamed insurer.',
  ])('%s', (text) => expect(kindAt(text)).toBe('round'));
});
