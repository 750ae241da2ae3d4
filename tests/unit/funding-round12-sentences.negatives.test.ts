/**
 * Round 12 look-alikes: sentences shaped like the round-12 rules (funding-round12-sentences.test.ts) that must keep their reading.
 * A company's own round next to a region, a comparison, a fund word or a headline verb stays a round; headline verbs with no
 * figure or round word are not funding verbs.
 */
import { describe, expect, it } from 'vitest';
import { fundingVerbAt, readFigure } from '../../utils/deals';
import { leadingLabel } from '../../utils/funding-sentences';

function kindAt(masked: string, n = 0): string {
  let at = -1;
  for (let i = 0; i <= n; i++) at = masked.indexOf('§', at + 1);
  return readFigure(masked, at, at + 1).kind;
}

describe('fundingVerbAt, round 12 negatives: a headline verb alone is not a raise', () => {
  it.each([
    'Acme gets the job done for small shops',
    'Le patron décroche le téléphone',
    'Beta grabs the headlines again',
    'Kiplo s’offre un nouveau logo',
    'The striker nets twice in the final',
    'Acme wins the award for design',
  ])('%s', (text) => expect(fundingVerbAt(text)).toBeNull());
});

describe('readFigure, round 12 negatives: a company’s own round stays a round', () => {
  it.each([
    // a region or a sector named, but a company raised
    ['Paris-based Kiplo, the region’s fastest-growing startup, raised § in a Series A.', 'round'],
    ['La fintech du secteur bancaire Kiplo a levé § auprès de Partech.', 'round'],
    // a comparison of rounds, not of periods
    ['Acme raised § in a Series B led by Accel, up from a § seed.', 'round'],
    ['Kiplo lève §, le double de sa série A.', 'round'],
    // a levée de fonds is a round, not a fund
    ['La start-up a bouclé une levée de fonds de § auprès de Partech.', 'round'],
    // the sum to date opening a sentence that goes on to a round is the first figure only
    ['Acme raised § in a Series A led by Accel.', 'round'],
    // a change figure that is not a percentage
    ['Acme raised §, up from § in its seed round.', 'round'],
    // a bracketed figure after a company name, not a period or a sector
    ['Kiplo, the top deal of the sector this month, raised § in a Series A.', 'round'],
  ])('%s', (masked, want) => expect(kindAt(masked)).toBe(want));
});

describe('readFigure, round 12 negatives: the new frames do not reach other money', () => {
  it.each([
    // assets under management are not money raised
    ['Le fonds gère désormais § de fonds gérés pour ses souscripteurs.', 'other'],
    ['Ces derniers devraient investir § dans les fonds, afin d’atteindre au moins § de fonds gérés.', 'other', 1],
    // cash in the coffers with no round
    ['Apple ended the quarter with § in its war chest.', 'other'],
    // an investor's share of a round told for a fund, not a company
    ['Tiger Global is now injecting about § as part of a broader push into India.', 'other'],
    // "valued at" is not the compound adjective
    ['The sale was valued by analysts at §.', 'other'],
  ] as Array<[string, string, number?]>)('%s', (masked, want, n) => expect(kindAt(masked, n ?? 0)).toBe(want));
});

describe('leadingLabel, round 12 negatives: no label without a colon after a short label', () => {
  it.each([
    '- Acme raised § from Accel',
    '1) The company said it would expand',
    '2024: a record year for French Tech that saw many rounds close',
  ])('%s', (text) => expect(leadingLabel(text)).toBeNull());
});
