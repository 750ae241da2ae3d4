/**
 * Round 14 look-alikes: sentences shaped like the round-14 exclusions (loans, totals, funds) that are a company's own round and
 * must stay one.
 */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../utils/deals';

function kindAt(masked: string, n = 0): string {
  let at = -1;
  for (let i = 0; i <= n; i++) at = masked.indexOf('§', at + 1);
  return readFigure(masked, at, at + 1).kind;
}

describe('readFigure, round 14: a loan the company took from a lender is still its (debt) round', () => {
  it.each([
    'Kiplo a obtenu un prêt de § de la BEI.',
    'La start-up a levé § sous forme de prêt auprès de Bpifrance.',
    'Acme secured a § loan from HSBC.',
    'Orbek raised § in venture debt from Silicon Valley Bank.',
  ])('%s', (text) => expect(kindAt(text)).toBe('round'));
});

describe('readFigure, round 14 look-alikes: a company\'s own round stays a round', () => {
  it.each([
    'Kiplo a mobilisé § auprès de Partech et Bpifrance.',
    'Acme, whose software supports 300 farms, raised § from Accel.',
    'Acme raised § to build its first factory in Texas.',
    'La start-up a levé § pour construire sa première usine.',
    'Kiplo, a fixture of Berlin’s startup scene, raised § from Index.',
    'Acme raised § this week from Accel and Index.',
    'Acme raised § in its Series A, beating its target of § set in January.',
    'Accel invested § in Kiplo, which builds factory software.',
    'SenseTime raised § from Alibaba, likely forming part of the § series C round the company is raising.',
    'Lumio a levé § en série B, quinze start-up ayant candidaté au programme.',
    'Jobly signe la plus belle opération de la semaine avec § dans sa besace, apportés par Partech.',
    'Orbek posts the biggest deal of the week with § in its pocket, from Index.',
    'Kiplo réussit la plus grosse levée du mois avec § dans sa poche.',
  ])('%s', (text) => expect(kindAt(text)).toBe('round'));
});

describe('readFigure, round 14 look-alikes: a round that pays for an acquisition is still a round', () => {
  it.each([
    'Orbek acquired Flux, a logistics app, funded by a § round announced this week.',
    'Kiplo rachète Tilia, une opération financée par une levée de § bouclée en mai.',
    'The purchase of Beta was financed by a fresh § Series B.',
  ])('%s', (text) => expect(kindAt(text)).toBe('round'));
  it.each([
    'Orbek bought Flux for §, funded by a bank loan.',
    'Kiplo a racheté Tilia pour §, financés sur fonds propres.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});
