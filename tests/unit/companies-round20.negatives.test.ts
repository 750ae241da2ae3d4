/**
 * Round 20 look-alikes (companies-round20.test.ts): shapes the new readers must leave alone. Invented rows, EN and FR.
 * - "!" ending a sentence on a name, or an interjection opening one, is still a boundary: the next word opens a clause
 *   ("The round …", "Meanwhile, …") or the "!" word opens the sentence.
 * - A parenthesis holding a valuation, a purchase, a count or a change after the figure is no round item.
 * - A company whose name holds a number or a word like a title keeps it ("Studio 71", "Stage 3 Labs", "Presidio Bank").
 * - A company's kind that starts like a role ("a lead generation startup", "le leader de …") leaves the opener a company.
 */
import { describe, expect, it } from 'vitest';
import { antecedentIn, openingSubject, parenthesisedItems } from '../../utils/companies';
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

describe('round 20 negatives: a kind noun after the opener is no person’s role', () => {
  it.each<[string, string]>([
    ['Kiplo', 'Kiplo, a lead generation startup, raised $4 million from Harbor Ventures.'],
    ['Kiplo', 'Kiplo, the leader of farm drones in Spain, raised $4 million.'],
    ['Kiplo', 'Kiplo, le leader des drones agricoles, a levé 4 millions d’euros.'],
    ['Kiplo', 'Kiplo, headquartered in Lyon, raised $4 million.'],
  ])('%s', (want, row) => expect(openingSubject(row)).toBe(want));
});

describe('round 20 negatives: names holding a number or a title-like word', () => {
  it.each<[string, string]>([
    ['Presidio Bank', 'Presidio Bank raised $4 million from Harbor Ventures.'],
    ['Chiefly Labs', 'Chiefly Labs raised $4 million from Harbor Ventures.'],
  ])('%s', (want, row) => expect(openingSubject(row)).toBe(want));
  it.each<[string, string]>([['Studio 71', 'Studio 71 '], ['Stage 3 Labs', 'Stage 3 Labs ']])('%s', (want, before) => expect(antecedentIn(before)).toBe(want));
});
