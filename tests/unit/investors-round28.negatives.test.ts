/**
 * Investor lists, round 28, look-alikes (invented sentences, EN and FR; money masked as "§"). (1) A trailing "along with X" after a
 * clause that is no taking part in a round (a hire joining a company, results growing, a conference or a fair) names no investors.
 * (2) Two investors joined by "and", the second a foundation with no given name and surname ("Kima and Orion Foundation"), stay two.
 */
import { describe, expect, it } from 'vitest';
import { parseList } from '../../utils/investors';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 28 look-alikes: "along with" after no clause of taking part', () => {
  const rows: Array<[string, Want]> = [
    row('Jane Moreau joined the company in 2019, along with Paul Okafor.', [], []),
    row('Norvio said its revenue grew last year, along with Orion Partners.', [], []),
    row('The founder participated in the conference, along with Orion Ventures.', [], []),
    row('Le fondateur a participé au salon aux côtés de Tollgate Capital.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 28 look-alikes: "and" before a foundation that is no couple\'s', () => {
  const rows: Array<[string, 'forward' | 'backward', string[]]> = [
    ['Kima and Orion Foundation', 'forward', ['Kima', 'Orion Foundation']],
    ['Kestrel Capital and Jane Moreau', 'backward', ['Kestrel Capital', 'Jane Moreau']],
    ['Harbor Ventures and the Ford Foundation', 'forward', ['Harbor Ventures', 'Ford Foundation']],
  ];
  it.each(rows)('%s', (segment, direction, want) => expect(parseList(segment, direction)).toEqual(want));
});
