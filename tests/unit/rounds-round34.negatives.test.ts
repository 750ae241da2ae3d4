/**
 * Rounds, round 34, look-alikes of rounds-round34.test.ts (invented sentences): a seed round stays one where "Seed" is
 * lower-case money ("in seed capital"), a title-case headline's round after an amount or a preposition ("$2M In Seed
 * Capital"), or a round word right after "seed" ("Seed Round", "Seed Funding From Orlan Ventures").
 */
import { describe, expect, it } from 'vitest';
import { findRounds } from '../../utils/rounds';

const rounds = (text: string) => findRounds(text).map((r) => r.round);

describe('round 34: a seed round beside a firm\'s word stays a seed round', () => {
  it.each<[string, string[]]>([
    ['Brakefield gathered €2 million in seed capital from Orlan Ventures and two angels.', ['Seed']],
    ['Brakefield Pockets €2M In Seed Capital From Orlan', ['Seed']],
    ['Brakefield Bags €2M Seed Funding From Orlan Ventures', ['Seed']],
    ['Brakefield closed its Seed Round with Orlan Capital in May.', ['Seed']],
    ['Brakefield a bouclé 2 millions d’euros de seed capital auprès d’Orlan Partners.', ['Seed']],
  ])('row %#', (text, want) => expect(rounds(text)).toEqual(want));
});
