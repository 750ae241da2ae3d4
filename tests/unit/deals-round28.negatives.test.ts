/**
 * Round 28 (group 2) look-alikes: the transaction word is in the figure's own clause, so the figure is not a round.
 * Invented sentences, EN and FR; each row runs through readFigure only.
 */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../utils/deals';

function kindAt(masked: string): string {
  const at = masked.indexOf('§');
  return readFigure(masked, at, at + 1).kind;
}

describe('round 28 look-alikes: the purchase is the figure\'s own clause (loneFigureClause keeps it)', () => {
  it.each([
    'Talvo bought Quenby for §, and the deal closed on Friday.',
    'Talvo, which raised funds last year, bought Quenby for §.',
    'Talvo a racheté Quenby pour §, et la transaction a été bouclée vendredi.',
    'Zorvex raised § in its IPO on Friday, and Talvo bought a rival.',
    'Talvo, qui a levé des fonds l\'an dernier, a racheté Quenby pour §.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});

describe('round 28 look-alikes (review F2): the place ends the phrase, the money goes to the place', () => {
  it.each([
    'Talvo has committed a further § investment in Spain over the coming decade.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});

describe('round 28 (review F4): an extension of a bank, project or debt financing is not a round (OTHER_FINANCING_WORD)', () => {
  it.each([
    'Quenby décroche une rallonge de § de son financement bancaire auprès du Crédit Local.',
    'The council approved a § extension of the project funding for the Quenby factory.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});
