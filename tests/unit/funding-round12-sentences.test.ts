/**
 * Round 12 (batch 10, issue 3): which money is a round, and the raising frames the reader missed. Figures are masked as "§", as
 * readFigure sees them. Each shape has rows of other outlets' wording, EN and FR; look-alikes that are not the thing are in
 * funding-round12-sentences.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { fundingVerbAt, readFigure } from '../../utils/deals';
import { leadingLabel } from '../../utils/funding-sentences';

/** The reading of the figure at the n-th "§" of a masked sentence. */
function kindAt(masked: string, n = 0): string {
  let at = -1;
  for (let i = 0; i <= n; i++) at = masked.indexOf('§', at + 1);
  return readFigure(masked, at, at + 1).kind;
}

describe('fundingVerbAt, round 12: the headline verb family with its figure or round word', () => {
  it.each([
    ['Acme nets $12M to expand in Europe', 5],
    ['Zentrix rakes in $50M from Accel', 8],
    ['Kiplo décroche 3 millions d’euros', 6],
    ['Lydia s’offre une série B de 100 millions', 6],
    ['Beta grabs seed funding from Y Combinator', 5],
    ['Payflo gets €2.5 million to digitise payroll', 7],
    ['Nuvo scoops £4m Series A', 5],
    ['Ynsect rafle 125 millions d’euros', 7],
    ['La pépite Vizzia sécurise 5 millions d’euros', 17],
    ['Mistral engrange 600 millions', 8],
    ['Okra pockets $16M', 5],
  ])('%s', (text, want) => expect(fundingVerbAt(text)).toBe(want));
});

describe('readFigure, round 12: raising frames', () => {
  it.each([
    // French "§ de fonds" after a raising verb is the money raised
    ['Brut vient de récolter § de fonds qui seront utilisés pour son expansion.', 'round'],
    ['La start-up a levé § de fonds pour recruter.', 'round'],
    ['Kiplo a réuni § de fonds auprès de Partech.', 'round'],
    // the backers between the verb and the figure
    ['Pigment a réalisé la plus importante levée du secteur, réunissant auprès d’investisseurs § début avril.', 'round'],
    ['La société a levé auprès de ses actionnaires historiques §.', 'round'],
    ['Acme raised from existing investors § in a bridge.', 'round'],
    ['Naboo a mobilisé auprès de business angels § pour son lancement.', 'round'],
    // money in the pocket after a round
    ['Jobteaser réalise la plus belle opération de la semaine avec § dans sa besace, apportés par Highland Europe.', 'round'],
    ['Acme closes the biggest round of the month with § in its war chest.', 'round'],
    ['Kiplo termine son tour de table avec § en poche.', 'round'],
    // an investor injecting money as part of a named company's round
    ['Tiger Global is now injecting about § as part of a Series D funding round for Contagious Online Media.', 'round'],
    ['Sequoia invested § as part of a seed round for Nuvo.', 'round'],
    ['Partech a injecté § dans le cadre de la série B de Kiplo.', 'round'],
  ])('%s', (masked, want) => expect(kindAt(masked)).toBe(want));
});

describe('readFigure, round 12: totals, statistics, revenue and funds are not rounds', () => {
  it.each([
    // the raiser is a region, a sector or a country
    ['The region secured § in fintech funding in 2024.', 'other'],
    ['The country raised § in venture funding last quarter.', 'other'],
    ['Le secteur a levé § au premier semestre.', 'other'],
    ['La région a attiré § de financements.', 'other'],
    // a sum over counted deals, grouped digits included
    ['That’s a drop from the § raised in 3,933 deals during the same quarter.', 'other'],
    ['Startups pulled in § across 1,204 rounds.', 'other'],
    ['La French Tech a levé § en 1 050 opérations.', 'other'],
    // a change against another period
    ['That product segment brought in §, up 49 percent from last year.', 'other'],
    ['Les ventes ont atteint § (en hausse de 12 %).', 'other'],
    ['Funding reached §, down 30% year on year.', 'other'],
    // another period's figure, compared
    ['Le montant levé a atteint § entre janvier et juin, 6% de moins que les § levés à la même période l’an dernier.', 'other', 1],
    ['That’s a 30% drop from the § raised nationally.', 'other'],
    ['Investment hit §, a rise from § a year earlier.', 'other', 1],
    // a period's or a sector's figure in brackets
    ['L’écosystème a levé § en septembre, soit le quadruple de septembre 2020 (§ levés).', 'other', 1],
    ['Une somme aspirée par les secteurs retail (§ levés), et adtech (§).', 'other'],
    ['Funding doubled compared with last year (§ raised).', 'other'],
    // a business line's takings
    ['The services division brought in § in the quarter.', 'other'],
    ['That product segment generated § last year.', 'other'],
    ['La branche a rapporté § au groupe.', 'other'],
    // the sum to date opening the sentence
    ['To date, the company had secured around §, of which § came from European funds.', 'total-raised'],
    ['So far, Acme has raised §.', 'total-raised'],
    ['À ce jour, la start-up a levé §.', 'total-raised'],
    // a fund's size told after the fund
    ['Elaia announced closing a DeepTech innovation fund at § for funding startups.', 'other'],
    ['Sabadell launched its fourth venture capital fund, Sabadell Selección Ventures II, with §.', 'other'],
    ['Le fonds, baptisé Kiplo Seed II, doté de §, investira en Europe.', 'other'],
  ] as Array<[string, string, number?]>)('%s', (masked, want, n) => expect(kindAt(masked, n ?? 0)).toBe(want));
});

describe('readFigure, round 12: a valuation in a compound adjective', () => {
  it.each([
    ['Flo, the §-valued femtech app, said it would expand.', 'valuation'],
    ['Flo, now a § valued startup, raised § from General Atlantic.', 'valuation'],
  ])('%s', (masked, want) => expect(kindAt(masked)).toBe(want));
});

describe('leadingLabel, round 12: a bullet or an item number before the label', () => {
  it.each([
    ['- FlapKap: The Saudi startup raised §', 'flapkap'],
    ['1) Mister Spex: raised §', 'mister spex'],
    ['• Kiplo : lève §', 'kiplo'],
    ['2. Acme: closed a § seed', 'acme'],
    ['Funding: A § round', 'funding'],
  ])('%s', (text, want) => expect(leadingLabel(text)?.label).toBe(want));
});
