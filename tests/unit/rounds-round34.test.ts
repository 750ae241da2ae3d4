/**
 * Rounds, round 34 (invented sentences): a capitalised "Seed" opening a firm's name ("Seed Capital led the round") is the
 * investor, not a seed round, as readSeries already refused "Series A Capital". Before, readSeed took "Seed Capital" as a
 * round ("seed capital": a round's money), so funding.ts gave the lead of a round led by the firm Seed Capital to the
 * page's seed deal (951 FinTech Global, the indó seed round; the firm shape also 'First Round Capital', 412 eWeek, 243
 * JTAM, read by names.ts roundWordOpensFirmName, reused here). Each row was red at ae45c67 (checked).
 * Look-alikes: rounds-round34.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findRounds } from '../../utils/rounds';

const rounds = (text: string) => findRounds(text).map((r) => r.round);

describe('round 34: "Seed" opening a firm\'s name is no seed round', () => {
  it.each<[string, string[]]>([
    ['Last week Seed Capital took the lead on a €6 million bet on Brakefield, a Lisbon grid-software maker.', []],
    ['Brakefield’s new backers are Seed Capital and Orlan Ventures, who wrote most of the €6 million.', []],
    ['À la tête du tour de table, Seed Capital apporte la moitié des 6 millions d’euros levés par Brakefield.', []],
    ['Chez Brakefield, c’est Seed Capital qui a pris la tête de la série A, pour 6 millions d’euros.', ['Series A']],
  ])('row %#', (text, want) => expect(rounds(text)).toEqual(want));
});
