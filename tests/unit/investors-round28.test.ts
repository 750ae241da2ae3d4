/**
 * Investor lists, round 28 (invented sentences, EN and FR; money masked as "§"). (1) TAKING_PART_BEFORE: a trailing "along with X",
 * "alongside X", "aux côtés de X" after a clause of taking part ("X also participated in the round, along with A and B") names more
 * participants, as it does after a lead list. (2) COUPLE_FOUNDATION: "the Gordon and Jane Roe Foundation" is one name, not a given name
 * and a foundation. Look-alikes: investors-round28.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseList } from '../../utils/investors';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 28: "along with" after a clause of taking part', () => {
  const rows: Array<[string, Want]> = [
    row('Harbor Ventures, a climate fund based in Oslo also participated in the round, along with existing investors Tollgate Capital and Kima.', [], ['Harbor Ventures', 'Tollgate Capital', 'Kima']),
    row('Meadow Partners also invested in the round, along with Orion Ventures and Birch Capital.', [], ['Meadow Partners', 'Orion Ventures', 'Birch Capital']),
    row('Meadow Partners pitched in, as well as Orion Ventures.', [], ['Orion Ventures']),
    row('Kestrel Capital invested, together with returning backers Orion and Birch Capital.', [], ['Orion', 'Birch Capital']),
    row('Harbor Ventures a aussi suivi, aux côtés de Tollgate Capital et Kima.', [], ['Harbor Ventures', 'Tollgate Capital', 'Kima']),
    row('Meadow Partners a également investi, aux côtés d’Orion Ventures.', [], ['Orion Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 28: a foundation named after a couple is one name', () => {
  const rows: Array<[string, 'forward' | 'backward', string[]]> = [
    ['Kestrel Capital, the Ford Trust, and the Paul R. and Mary T. Okafor Foundation', 'forward', ['Kestrel Capital', 'Ford Trust', 'Paul R. and Mary T. Okafor Foundation']],
    ['the Jane and Paul Moreau Foundation and Orion Ventures', 'backward', ['Jane and Paul Moreau Foundation', 'Orion Ventures']],
    ['Kima and the Samir and Lena Haddad Family Foundation', 'forward', ['Kima', 'Samir and Lena Haddad Family Foundation']],
  ];
  it.each(rows)('%s', (segment, direction, want) => expect(parseList(segment, direction)).toEqual(want));
});
