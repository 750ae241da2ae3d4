/**
 * Investor lists, round 34, second shift (batch 23's first run; invented sentences).
 * ROUND_WORD_FIRM (names.ts roundWordOpensFirmName, used by investors.ts's item reader and isInvestorName): a round word opening
 * capitalised words that end on a firm's word is the firm's first word ("Seed Capital", as the run finder already read "First Round
 * Capital"): 951 FinTech Global's lead "Seed Capital" was read "Capital" or dropped; 412 eWeek and 243 JTAM name First Round Capital.
 * DESCRIBED_THAT (investors.ts): the name's description set off by a comma and closed by "that" before the verb ("Seed Capital, the
 * Danish venture capital firm that led the round in August, …"): the clause's verb and the main verb after it both read the name
 * before the comma, as with ", which led …". Shape: 951 (subject), 278 Founder News ("led by Bond, the US venture capital company
 * that recently backed …").
 * Each row fails with its rule off (checked against HEAD 9b9f444). Look-alikes: investors-round34b.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 34b: a round word opening a firm’s name', () => {
  const rows: Array<[string, Want]> = [
    row('Tolvane raised § in a Series A led by Seed Capital.', ['Seed Capital'], []),
    row('Orbis Ventures and Seed Capital led the § round in Tolvane.', ['Orbis Ventures', 'Seed Capital'], []),
    row('Tolvane lève § auprès de Seed Capital et d’Orbis Ventures.', [], ['Seed Capital', 'Orbis Ventures']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 34b: a description closed by "that" between the name and its verb', () => {
  const rows: Array<[string, Want]> = [
    row('Halden Ventures, the Dutch growth fund that led the seed round in May, led the § Series A of Tolvane.', ['Halden Ventures'], []),
    row('Orbis Capital, the Nordic venture firm that backed its first round, joined the § Series B.', [], ['Orbis Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
