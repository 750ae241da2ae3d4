/**
 * Round 25 look-alikes (deals-round25.test.ts): a definite figure owned by a name that is no company's round.
 * Invented sentences, EN and FR; figures already masked as "§".
 */
import { describe, expect, it } from 'vitest';
import { kindAt } from '../helpers/figure-kinds';


describe('round 25 look-alikes: an owned figure that is other money, or no entry of a list of rounds', () => {
  it.each([
    // revenue, a fund, a grant, a debt, a sale: the descriptors say what the money is
    ['Les levées ont ralenti, loin des § de chiffre d’affaires de la start-up Orvalis.', 0],
    ['Les levées ont ralenti malgré les § du fonds de la société Halvéo.', 0],
    ['Les levées ont ralenti malgré les § de subvention de la medtech Brivane.', 0],
    ['Rounds were scarce despite the § of debt from lender Quillon.', 0],
    ['Les levées : les § de la vente de Brivane.', 0],
    // a place, a public body
    ['Les levées ont ralenti malgré les § de la Région Normandie.', 0],
    ['Rounds slowed despite the § of the government.', 0],
    // the name does not close the noun phrase: another verb's subject, a possessor
    ['Funding rounds looked small beside the § of cash Orvalis holds.', 0],
    ['Funding rounds looked small beside the § of Brivane’s buyback and the § of Quillon’s bonds.', 0],
    // no sentence about rounds
    ['Les § de la start-up Orvalis serviront à recruter.', 0],
    // a bare owner alone may be the money's source
    ['Les levées du trimestre doivent beaucoup aux § de Halvéo.', 0],
  ] as const)('%s', (text, n) => expect(kindAt(text, n)).toBe('other'));
});
