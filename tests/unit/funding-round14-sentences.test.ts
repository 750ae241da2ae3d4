/**
 * Round 14 (review fixes, then batch 11's totals, funds and status): figures a company did not raise as a round, read by
 * `readFigure` on masked sentences (each figure replaced by "§"). Every row is an invented instance of a general shape (EN and
 * FR); the look-alikes that must stay rounds are in funding-round14-sentences.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../utils/deals';

function kindAt(masked: string, n = 0): string {
  let at = -1;
  for (let i = 0; i <= n; i++) at = masked.indexOf('§', at + 1);
  return readFigure(masked, at, at + 1).kind;
}

describe('readFigure, round 14: a loan handed to a party ("un prêt de § à …", "a loan of § to …") is not its round', () => {
  it.each([
    'L’État accorde un prêt de § à la compagnie aérienne.',
    'Le département accorde un prêt de § à l’hôpital.',
    'Bercy a validé un prêt de § au constructeur automobile.',
    'The lender extended a loan of § to the carmaker.',
    'The regional fund extended a loan of § to the city.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});

describe('readFigure, round 14: money a programme "leveraged" on top of its own is a multiplier, not a round', () => {
  it.each([
    'Cette garantie régionale a permis de mobiliser § complémentaires auprès des assureurs.',
    'Le dispositif a mobilisé § supplémentaires auprès des investisseurs privés.',
    'The guarantee scheme has helped attract § from commercial lenders.',
    'The regional fund catalysed § in additional private investment.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});

describe('readFigure, round 14: a sum spread over a count of supported projects or companies is a programme total', () => {
  it.each([
    'L’agence a agi en amorçage, accompagnant 412 projets soutenus à hauteur de §.',
    'In 2023 the agency supported 95 projects with § of funding.',
    'Le réseau a financé 120 start-up pour un montant de §.',
    'The council funded 48 local businesses with § in grants and loans.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});

describe('readFigure, round 14: a target, a goal or a cap is not money raised', () => {
  it.each([
    'The new fund exceeds the firm’s target raise of §.',
    'Le fonds dépasse son objectif de levée de §.',
    'Kiplo beat its original target of § within a week.',
    'The vehicle overshot its fundraising target of §.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});

describe('readFigure, round 14: a market\'s or a period\'s total told by a scene or "this week with §"', () => {
  it.each([
    'Brazil’s fintech scene posted a sharp recovery this month with § in funding.',
    'La French Tech termine la semaine avec § levés.',
    'Nordic fintech ended the quarter with § across the region.',
    'Lagos’ tech scene attracted a record § over the summer.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});

describe('readFigure, round 14: a count of start-ups (French "start-up" is invariable) raising a sum is a statistic', () => {
  it.each([
    'Au troisième trimestre 2021, 17 start-up avaient levé §.',
    'Au premier semestre, 24 scale-up ont levé §.',
    'En mars, 9 fintechs ont récolté §.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});

describe('readFigure, round 14: "the § raised in the quarter / over the period" is a period\'s total', () => {
  it.each([
    'The § raised in the quarter represented a 48% increase.',
    'Les § levés sur la période marquent un recul.',
    'The § raised over the period was a record.',
    'Les § levés sur le trimestre sont un record.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});

describe('readFigure, round 14: an investment in a plant, a factory or a data centre is capex, not a round', () => {
  it.each<[string, number]>([
    ['Tesla is eyeing a hefty investment of § to § for a new electric car plant.', 0],
    ['Tesla is eyeing a hefty investment of § to § for a new electric car plant.', 1],
    ['Northvolt confirmed an investment of § for its gigafactory in Sweden.', 0],
    ['Le groupe confirme un investissement de § dans une nouvelle usine en Moselle.', 0],
    ['The chipmaker announced capex of § for a second foundry in Ohio.', 0],
  ])('%s (figure %i)', (text, n) => expect(kindAt(text, n)).toBe('other'));
});

describe('readFigure, round 14: the size of a wider round a tranche "forms part of" is the same deal, told once', () => {
  it.each([
    'SenseTime raised § from Alibaba, likely forming part of the § series C round the company is raising.',
    'Kiplo a levé § auprès de Partech, qui s’inscrit dans la levée de § annoncée en mars.',
    'Orbek took § from Tencent, part of a wider § Series D.',
  ])('%s', (text) => expect(kindAt(text, 1)).toBe('other'));
});
