/**
 * Round 26 (review of round A, finding F1): an owned figure that is an investor's ticket, or a part of a round told with the round
 * as subject, is no round of its own (deals.ts ownedFigureOwner: OWNED_FIGURE_INVESTOR_DESC, ROUND_SUBJECT_BEFORE_ARTICLE).
 * Invented sentences, EN and FR; figures already masked as "§". Each row read 'round' before the rule.
 */
import { describe, expect, it } from 'vitest';
import { kindAt, nameAt } from '../helpers/figure-kinds';


describe('round 26: descriptors naming an investor’s role make the owned figure that investor’s ticket', () => {
  it.each([
    ['Parmi les levées du mois, on note les § de l’actionnaire historique Orvalis, entré en 2019.', 0],
    ['Among the month’s rounds, the § of longtime backer Tessaro, which led the seed, stood out.', 0],
    ['Côté levées, on retiendra les § du business angel Paul Brivane ou encore les § de Quillon.', 0],
    ['Parmi les tours de table, les § de la banque publique Halvéo et les § de Brivane.', 0],
    ['Les levées du mois restent loin des § du milliardaire Paul Brivane, investis dans Quillon.', 0],
    ['Funding rounds this month trailed the § of billionaire Tessaro, who backs Quillon.', 0],
  ] as const)('%s (figure %i)', (text, n) => {
    expect(nameAt(text, n)).toBeNull();
    expect(kindAt(text, n)).not.toBe('round');
  });
});

describe('round 26: the round as the clause’s subject, its verb before the figure: a part of that round', () => {
  it.each([
    ['The funding round includes the § of Tessaro and the § of Quillon.', 0],
    ['This round also counts the § of Tessaro, which backed the seed.', 0],
    ['La levée de fonds comprend les § de Brivane et les § de Quillon.', 0],
    ['Le tour de table intègre aussi les § de Halvéo, entré en 2021.', 0],
  ] as const)('%s (figure %i)', (text, n) => {
    expect(nameAt(text, n)).toBeNull();
    expect(kindAt(text, n)).not.toBe('round');
  });
});
