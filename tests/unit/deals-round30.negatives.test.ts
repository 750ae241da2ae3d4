/**
 * Round 30 (group 2): look-alikes of the round-30 readers that keep their reading. Invented sentences, EN and FR; each row runs
 * through readFigure only.
 */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../utils/deals';

/** The kind of the n-th figure (a run of "§") of the masked sentence. */
function kindOf(masked: string, n = 0): string {
  const runs = [...masked.matchAll(/§+/gu)];
  const run = runs[n]!;
  return readFigure(masked, run.index!, run.index! + run[0].length).kind;
}

describe('round 30 negatives: a future or reported raise with no time ahead, or a past one, stays the round', () => {
  it.each([
    'Harbex will raise § in a Series A round led by Norvik.',
    'Quenby said it would raise § from Norvik in a Series A round.',
    'Harbex raised § later than planned, led by Norvik.',
  ])('%s', (text) => expect(kindOf(text)).toBe('round'));
});

describe('round 30 negatives: an oversubscribed round told with its own size stays the round', () => {
  it.each([
    'Harbex raised § in an oversubscribed Series A round.',
  ])('%s', (text) => expect(kindOf(text)).toBe('round'));
});

describe('round 30 negatives: "has now raised" with a round noun, new money or no approximation stays the round', () => {
  it.each([
    'Harbex has now raised more than § in Series B funding.',
    'Harbex has now raised § in funding.',
    'Harbex has now raised more than § in new funding from Norvik.',
  ])('%s', (text) => expect(kindOf(text)).toBe('round'));
});

describe('round 30 negatives: "a year and a half" dating a round, not spanning a sum', () => {
  it.each([
    'Harbex raised § in a Series A round a year and a half after its launch.',
    'Harbex a levé § auprès de Norvik un an et demi après sa création.',
  ])('%s', (text) => expect(kindOf(text)).toBe('round'));
});

describe('round 30 negatives: a bracket after a named raise is not a compared year', () => {
  it.each([
    'Harbex a levé § (dont § en 2021) auprès de Norvik.',
    'Harbex raised § from Norvik (a Series A) compared with 2022.',
  ])('%s', (text) => expect(kindOf(text)).toBe('round'));
});

describe('round 30 negatives: a named company with a quoted nickname stays the raiser', () => {
  it.each([
    'Harbex, the "Quenby", has raised § in a Series A.',
    'Harbex, dite "la pépite", a levé § auprès de Norvik.',
  ])('%s', (text) => expect(kindOf(text)).toBe('round'));
});

describe('round 30 negatives: a valuation or another sum after the same frames', () => {
  it('a financing round closed at a valuation', () => expect(kindOf('Harbex closed its Series B financing round at a § valuation.')).toBe('valuation'));
  it.each([
    'Harbex’s revenue, which totals §, grew last year.',
    'The fund, which totals §, will back startups.',
  ])('%s', (text) => expect(kindOf(text)).toBe('other'));
});

describe('round 30 negatives: a stage word inside a company\'s round, not the subject of a market sentence', () => {
  it.each([
    'Early-stage funding of § for Harbex was led by Norvik.',
    'Early-stage startup Harbex raised § from Norvik.',
    'The seed-stage round of § was led by Norvik.',
    'Late-stage investor Norvik led Harbex’s § Series C.',
  ])('%s', (text) => expect(kindOf(text)).toBe('round'));
});

describe('round 30 negatives: an investment in a company, a named firm or a round stays the round', () => {
  it.each([
    'Norvik made an investment of § in the company.',
    'Norvik made an investment of § in fintech start-up Harbex.',
    'Harbex received an investment of § in a Series A round.',
    'Harbex a reçu un investissement de § de Norvik.',
  ])('%s', (text) => expect(kindOf(text)).toBe('round'));
});
