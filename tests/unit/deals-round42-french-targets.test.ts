/**
 * Round 42 (issue 3): a round's target told in French is no round ("veut amasser §", "veut lever §"; deals.ts
 * HEDGED_RAISE_BEFORE), and a source's estimate of the value ("qui estime la valeur de la start-up à §") is the valuation (deals.ts
 * VALUATION_BEFORE). Sentences of fixtures 1161 (Le Journal de Québec) and 628 (L'Agefi), and invented controls.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const read = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.text ?? null, d.valuation?.text ?? null]);

const JUUL_HEADLINE = 'Juul lève 650 M$ US pour ses « e-cigarettes USB »';

describe('round 42: a French target is no round, a French estimate of the value is the valuation', () => {
  it.each<[string, string[], (string | null)[][]]>([
    ['"veut amasser § pour cette ronde" beside the round; "estime la valeur de la start-up à §" (1161)',
      [JUUL_HEADLINE, 'La start-up californienne met la main sur 650 millions $ US. Fondée en 2007, Juul veut amasser 1,25 milliard $ US pour cette ronde, selon The Financial Times, qui estime la valeur de la start-up à plus de 15 milliards $ US.'],
      [['Juul', '650 M$ US', '15 milliards $ US']]],
    ['"veut lever jusqu’à §" (the wording of 628 L’Agefi, on a round)',
      ['Kiplo veut lever jusqu’à 5 millions d’euros auprès de business angels.'],
      []],
    ['"voudrait amasser §"',
      ['La jeune pousse montréalaise Acme Robotique voudrait amasser 3 M$ auprès de fonds québécois.'],
      []],
    ['"porte sa valeur à §" after the round',
      ['Kiplo a levé 5 millions d’euros, une opération qui porte sa valeur à 40 millions d’euros.'],
      [['Kiplo', '5 millions d’euros', '40 millions d’euros']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(read(...paragraphs)).toEqual(expected);
  });
});

describe('round 42: controls, money raised stays the round', () => {
  it.each<[string, string[], (string | null)[][]]>([
    ['"amasse §" done', ['La start-up montréalaise Acme Robotique amasse 3 M$ auprès du Fonds de solidarité FTQ.'], [['Acme Robotique', '3 M$', null]]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(read(...paragraphs)).toEqual(expected);
  });
});
