/**
 * Round 20 look-alikes (companies-round20.test.ts): shapes the new readers must leave alone. Invented rows, EN and FR.
 * - "!" ending a sentence on a name, or an interjection opening one, is still a boundary: the next word opens a clause
 *   ("The round …", "Meanwhile, …") or the "!" word opens the sentence.
 * - A parenthesis holding a valuation, a purchase, a count or a change after the figure is no round item.
 */
import { describe, expect, it } from 'vitest';
import { parenthesisedItems } from '../../utils/companies';
import { splitSentences } from '../../utils/sentences';

const pieces = (p: string) => splitSentences(p).map((s) => s.text);

describe('round 20 negatives: "!" that ends a sentence', () => {
  it.each<[string, number]>([
    ['The team raised $4 million to build Kiplo! The round was led by Harbor Ventures.', 2],
    ['Wow! Kiplo, the payroll startup, raised $4 million.', 2],
    ['Elle a levé 3 millions pour lancer Orvani! Et, selon elle, ce n’est qu’un début.', 2],
    ['They finally moved to Lyon! Meanwhile, Tilvo raised $2 million.', 2],
    ['Nous avons choisi Tilvo! La levée, menée par Partech, est bouclée.', 2],
  ])('%s', (row, n) => expect(pieces(row)).toHaveLength(n));
});

describe('round 20 negatives: parentheses that hold no round item', () => {
  it.each<[string]>([
    ['Les levées du mois : Kiplo (§ pour une valorisation de §), Orvani (§ pour une valorisation record) et Tilvo (§).'],
    ['Rounds this quarter: Kiplo (§ for a valuation near Norvia’s), Orvani (§ for a valuation of its own) and Tilvo (§).'],
    ['Les rachats du mois, financés par des levées de dette : Kiplo (§ pour racheter Norvia) et Orvani (§ pour reprendre Tilvo Labs).'],
    ['The month’s takeovers, funded by debt raises: Kiplo (§ to buy Norvia) and Orvani (§ for its purchase of Tilvo Labs).'],
    ['Funding by sector: fintech (§ from 12 investors), health (§ from 9 funds) and retail (§).'],
  ])('%s', (row) => expect(parenthesisedItems(row).size).toBe(0));
});
