/**
 * Round 15 (issue 3, precision on first sight): the raiser's number. A raising verb in the third person plural ("ont levé",
 * "avaient récolté", "lèvent", "have raised") with no name as its subject has several raisers, so the figure right after it is a
 * market's, a sector's or a cohort's total, not one company's round. Rows are invented sentences, EN and FR, read by `readFigure`
 * on masked text (each figure as "§"); the look-alikes that stay rounds are in deals-round15.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../utils/deals';

function kindAt(masked: string, n = 0): string {
  let at = -1;
  for (let i = 0; i <= n; i++) at = masked.indexOf('§', at + 1);
  return readFigure(masked, at, at + 1).kind;
}

describe('readFigure, round 15: a plural raising verb with no name as its subject tells a total, not a round', () => {
  it.each([
    // French: perfect, pluperfect, present plural; a sector word, a trade, a cohort.
    'Les medtech ont levé § au premier trimestre.',
    'Cette année, les agritech bretonnes ont déjà récolté §.',
    'Les éditeurs de logiciels suisses ont récolté § en 2022.',
    'Les lauréats du concours avaient mobilisé § l’an dernier.',
    'Cette année, les healthtech européennes lèvent § en moyenne par trimestre.',
    'Les incubés du campus ont décroché § en 2023.',
    // English: "have" + a raising participle.
    'Portuguese software makers have raised § this year.',
    'Robotics labs across the state have secured § since 2020.',
    'Spanish insurtechs have pulled in § this quarter.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});

describe('readFigure, round 15: a fund or its manager as the subject of a round noun raises its own fund', () => {
  it.each([
    'Le fonds d’investissement dédié à la santé vient de réaliser une levée de fonds de §.',
    'Un fonds de capital-risque a réalisé une levée de § en janvier.',
    'Cette société de gestion a finalisé un tour de table de § auprès d’assureurs.',
    'The investment firm unveiled a new funding round of § from its backers.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});
