/**
 * Round 29 (group 2) look-alikes: figures that are not a round of their own. Invented sentences, EN and FR; each row runs through
 * readFigure only.
 */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../utils/deals';

/** The kind of the n-th figure (a run of "§") of the masked sentence. */
function kindOf(masked: string, n = 0): string {
  const runs = [...masked.matchAll(/§+/gu)];
  const run = runs[n]!;
  return readFigure(masked, run.index!, run.index! + run[0].length).kind;
}

describe('round 29: a result clause of growth gives the round\'s new sum, not a second round (ROUND_SUM_RESULT_EN)', () => {
  it.each([
    'Harbex has raised an additional § from Norvik, expanding its Series A round to § overall.',
    'Quenby secured a further §, lifting its seed round to §.',
    'Talvo closed another § in debt, increasing the financing to about §.',
  ])('%s', (text) => expect(kindOf(text, 1)).toBe('total-raised'));
});

describe('round 29: a raise told as a possibility is not a round (MODAL_POSSIBILITY)', () => {
  it.each([
    'The company may raise up to § next year, a banker said.',
    'Quenby could raise § from new investors this year.',
    'Harbex might secure another § before the summer.',
  ])('%s', (text) => expect(kindOf(text, 0)).toBe('other'));
});

describe('round 29: money put into the subject\'s own fund is a fund\'s money (PURPOSE_OWN_FUND)', () => {
  it.each([
    'Norvik Partners is raising § from pension funds and family offices to add to its existing fund.',
    'Talvo Capital raised § from new limited partners to top up its second fund, people familiar with the matter said.',
  ])('%s', (text) => expect(kindOf(text, 0)).toBe('other'));
});

describe('round 29: a contribution noun with its figure, right after the sum, is a part of that sum (PART_RIGHT_AFTER_FIGURE)', () => {
  it.each([
    'In its latest round, Harbex obtained §, including an equity investment of § from a development bank.',
    'Quenby raised §, including a cash injection of § from Talvo.',
    'Harbex a obtenu §, dont un investissement de § de la banque publique.',
    // The contribution noun or the kind of the part after its figure (PART_BARE_RIGHT_AFTER_FIGURE, PART_NOUN_AFTER).
    'Quenby raised §, including a § equity investment from Talvo.',
    'Quenby a levé §, dont § en fonds propres.',
  ])('%s', (text) => expect(kindOf(text, 1)).toBe('other'));
});

describe('round 29 look-alikes: "worth of" something other than funding stays no round (WORTH_OF)', () => {
  it.each([
    'Talvo signed § worth of trade deals with Quenby.',
    'Talvo sold § worth of shares to Norvik.',
  ])('%s', (text) => expect(kindOf(text, 0)).toBe('other'));
});

describe('round 29: a listed company\'s offering is no private round (SHARE_SALE_PROCEEDS_BEFORE, offering nouns)', () => {
  it.each([
    'Norvik Mining opened a rights issue to raise §.',
    'Talvo Bank launched a share sale to institutions to raise about § to boost its capital ratios.',
    'Harbex Energy completed a follow-on offering, raising § on the exchange.',
  ])('%s', (text) => expect(kindOf(text, 0)).toBe('other'));
});
