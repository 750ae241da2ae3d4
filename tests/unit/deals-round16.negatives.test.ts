/**
 * Round 16 look-alikes (deals-round16.test.ts): these stay other money. A plural market subject with no owner, a fund that is the
 * subject itself (also in an apposition that opens on the fund noun), and an acquisition told outside the money's purpose.
 * Invented sentences, EN and FR.
 */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../utils/deals';

function reading(masked: string, n = 0) {
  let at = -1;
  for (let i = 0; i <= n; i++) at = masked.indexOf('§', at + 1);
  return readFigure(masked, at, at + 1);
}

describe('readFigure, round 16 look-alikes: several raisers with no owner stay a total', () => {
  it.each([
    'Les medtech bretonnes ont levé § au premier semestre.',
    'Nordic climate startups have raised § in the first half.',
    'The partners of the programme have raised § for the region.',
    'Les équipes de recherche ont levé § de subventions.',
  ])('%s', (text) => expect(reading(text).kind).toBe('other'));
});

describe('readFigure, round 16 look-alikes: a fund or manager as the clause subject still raises its own fund', () => {
  it.each([
    'Le fonds Alvéa, géré par une équipe lyonnaise, a finalisé un tour de table de §.',
    'Brava, the venture capital firm, unveiled a funding round of § on Monday.',
    'The investment firm, founded in 2012, completed a round of §.',
    'Cette société de gestion a bouclé une levée de fonds de §.',
  ])('%s', (text) => {
    const r = reading(text);
    expect(r.kind).toBe('other');
    expect(r.fund).toBe(true);
  });
});

describe('readFigure, round 16 look-alikes: an acquisition outside the purpose clause still vetoes', () => {
  it.each([
    'Quorly was acquired for § by Delmar to widen its reach.',
    'Quorly sold its payments unit for § to fund its expansion.',
    'Delmar a racheté Quorly pour § afin de renforcer son offre.',
    'Quorly raised § through a sale of shares to fund acquisitions.',
  ])('%s', (text) => expect(reading(text).kind).toBe('other'));
});

describe('readFigure, round 16 look-alikes of the batch 12 shapes: these stay rounds', () => {
  it.each([
    // a singular agent, or backers after "par les"
    'Le tour de § a été levé par la medtech Ondine.',
    'Kiplo a bouclé § levés par les fonds Serena et Elaia.',
    // an aim noun after the figure tells the money's purpose
    'Kiplo a levé § avec pour objectif de recruter vingt ingénieurs.',
    'Quorly raised § with the aim of hiring twenty engineers.',
    // a round in a period, a pre-IPO round, proceeds told apart from the figure, a count of months
    'Quorly raised § in Series A funding in the second quarter.',
    'Quorly raised § in a pre-IPO round led by Atomico.',
    'Quorly raised § in a round led by Atomico, with proceeds going to hiring.',
    'Quorly a levé § en douze mois auprès de Serena.',
  ])('%s', (text) => expect(reading(text).kind).toBe('round'));
});

describe('readFigure, round 16 look-alikes of the press gerunds: a sale or a prize stays other money', () => {
  it.each([
    'Quorly kept bagging § by selling its old offices.',
    'Delmar ended the year pocketing § in prize money from the contest.',
  ])('%s', (text) => expect(reading(text).kind).toBe('other'));
});

describe('readFigure, round 16 look-alikes: a fund described as led by someone still raises its own fund', () => {
  it.each([
    'The fund, led by a former banker, completed a round of §.',
    'Le fonds Alvéa, piloté depuis Lyon, a finalisé un tour de table de §.',
  ])('%s', (text) => {
    const r = reading(text);
    expect(r.kind).toBe('other');
    expect(r.fund).toBe(true);
  });
});
