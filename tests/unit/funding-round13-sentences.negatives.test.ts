/**
 * Round 13 look-alikes: sentences shaped like the round-13 rules (funding-round13-sentences.test.ts) that must keep their reading.
 * A company's own round told with a count of investors, a month, "to date" elsewhere, or a plain infinitive stays a round.
 */
import { describe, expect, it } from 'vitest';
import { isPastContext, readFigure } from '../../utils/deals';

function kindAt(masked: string, n = 0): string {
  let at = -1;
  for (let i = 0; i <= n; i++) at = masked.indexOf('§', at + 1);
  return readFigure(masked, at, at + 1).kind;
}

describe('readFigure, round 13 negatives: a company’s own round stays a round', () => {
  it.each([
    // a count after the figure that is not a count of deals
    'Kiplo lève § pour recruter 40 ingénieurs.',
    'Acme raised § for two new factories in a Series B led by Accel.',
    // a month, not a half-year
    'Kiplo a levé § en mai auprès de Partech.',
    'Acme raised § in a Series A led by Index Ventures in March.',
    // a plain infinitive after a verb of success or announcement
    'La start-up vient de lever § auprès de Partech.',
    'Acme managed to raise § from Accel despite the downturn.',
    'Kiplo annonce lever § en série A.',
    // "déjà" is not "pour l’instant"
    'Kiplo a levé § en série A, mené par Partech.',
  ])('%s', (text) => expect(kindAt(text)).toBe('round'));
});

describe('readFigure, round 13 negatives: a round next to a fund word or a count stays a round', () => {
  it.each([
    // a levée de fonds announced is a round
    'Kiplo annonce une levée de fonds de § auprès de Partech.',
    'La start-up a bouclé sa levée de fonds de § auprès de Partech.',
    // a company launching a product, then raising
    'Acme launched its new payments app, and raised § in a Series A led by Accel.',
    // a count of hires, not deals
    'Acme raised § to hire 40 engineers.',
    // one company with a record round
    'Acme Raised a Record § Series B',
  ])('%s', (text) => expect(kindAt(text)).toBe('round'));
});

describe('readFigure, round 13 negatives: a seek told before, or a lead of a non-round, is not read as such', () => {
  it.each([
    // the seek is the first figure; the raise after it is a round
    ['Symphony was looking for § but ended up raising § in a Series B led by Google.', 1, 'round'],
    ['Kiplo visait §, elle a finalement levé § auprès de Partech.', 1, 'round'],
    // "led" a takeover or a campaign is no round
    ['Acme led a § takeover of Kiplo in March.', 0, 'other'],
    ['The consortium led a § bid for Kiplo.', 0, 'other'],
  ] as const)('%s', (text, n, kind) => expect(kindAt(text, n)).toBe(kind));
});

describe('isPastContext, round 13 negatives: a mark of this round stays news', () => {
  it.each([
    'Kiplo, valorisée § à l’issue de cette levée, annonce un tour de §.',
    'Acme raised § in a round that values it at §.',
    'Acme is now valued at § after the latest round.',
  ])('%s', (text) => expect(isPastContext(text)).toBe(false));
});

describe('isPastContext, round 13 negatives: "when" after a period that is not earlier, or no period', () => {
  it.each([
    'It was a big week, when Kiplo raised',
    'Acme announced on Monday, when it raised',
    'This quarter, when funding is scarce, Acme raised',
  ])('%s', (text) => expect(isPastContext(text)).toBe(false));
});

describe('isPastContext, round 13 negatives: a raise told after the earlier mark is the news', () => {
  it.each([
    'Acme, which was valued at § in its previous round, has raised',
    'Kiplo, qui était valorisée § lors de sa dernière levée, a levé',
  ])('%s', (text) => expect(isPastContext(text)).toBe(false));
});
