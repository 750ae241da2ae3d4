/**
 * Round 27 (group 2): readers of what is a round, from the clusters of ten blind batches (deals.ts readFigure, ownedFigureName).
 * Invented sentences, EN and FR; figures already masked as "§". Each row read otherwise before its rule (checked against HEAD
 * da67656's utils).
 */
import { describe, expect, it } from 'vitest';
import { figureKinds, kindAt, nameAt } from '../helpers/figure-kinds';

describe('round 27: a raise told in the past-of-future was planned, not done (PLANNED_RAISE_BEFORE)', () => {
  it.each([
    ['Paul Brivane, qui devait annoncer, lundi, une levée de fonds de § pour sa société.', 0],
    ['Orvalis et Quillon, qui devaient officialiser un tour de table de § ce mois-ci, ont reporté.', 0],
    ['Brivane était censée boucler un tour de table de § avant l’été.', 0],
    ['Les fondateurs s’apprêtaient à lever § auprès de Halvéo.', 0],
    ['Tessaro was to announce a § Series A on Monday.', 0],
    ['The startup was due to close a § seed round last week, but the talks stalled.', 0],
  ] as const)('%s', (text, n) => {
    expect(kindAt(text, n)).not.toBe('round');
  });
});

describe('round 27: a company’s own outlay in a country or a city is no round (outlayInPlace)', () => {
  it.each([
    ['Orvalis has announced an additional § investment in Germany over four years.', 0],
    ['Quillon invests § in India, its second market.', 0],
    ['Orvalis annonce un investissement de § en Allemagne.', 0],
  ] as const)('%s', (text, n) => {
    expect(kindAt(text, n)).toBe('other');
  });
});

describe('round 27: an extension of the company’s round is a round (roundExtension)', () => {
  it.each([
    ['Corvel a annoncé une extension de § de sa levée de fonds.', 0],
    ['Brivane officialise une rallonge de § de son tour de table.', 0],
    ['Tessaro announced a § extension of its Series B.', 0],
    ['Quillon unveiled a § add-on to its seed round.', 0],
  ] as const)('%s', (text, n) => {
    expect(kindAt(text, n)).toBe('round');
  });
});

describe('round 27: a result clause setting the round to a figure gives its new sum (ROUND_SUM_RESULT_BEFORE)', () => {
  it.each([
    ['Corvel clôt son extension, pour établir sa série B à §.', 0],
    ['Brivane a levé § supplémentaires, portant sa série A à §.', 1],
    ['Quillon ajoute § pour porter son tour de table à §.', 1],
  ] as const)('%s (figure %i)', (text, n) => {
    expect(kindAt(text, n)).toBe('total-raised');
  });
});

describe('round 27: owned-figure descriptors read from the lexicon (a prize is no round)', () => {
  it.each([
    ['Côté levées, on retiendra les § du prix Orvalis et les § de Brivane.', 0],
  ] as const)('%s', (text, n) => {
    expect(nameAt(text, n)).toBeNull();
  });
});

describe('round 27: a list of "Name (§)" items under a participle of funding, its last item joined by "ou"/"or" (LIST_FUNDING_CUE, PAREN_ITEM_BEFORE)', () => {
  it.each([
    ['Au printemps, Corvel (§), Brivane (§) ou Quillon (§) se sont financés auprès de fonds américains.'],
    ['This spring, Corvel (§), Brivane (§) and Quillon (§) were funded by American firms.'],
  ] as const)('%s', (text) => {
    expect(figureKinds(text)).toEqual(['round', 'round', 'round']);
  });
});
