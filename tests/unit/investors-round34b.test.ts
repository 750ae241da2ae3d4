/**
 * Investor lists, round 34, second shift (batch 23's first run; invented sentences).
 * ROUND_WORD_FIRM (names.ts roundWordOpensFirmName, used by investors.ts's item reader and isInvestorName): a round word opening
 * capitalised words that end on a firm's word is the firm's first word ("Seed Capital", as the run finder already read "First Round
 * Capital"): 951 FinTech Global's lead "Seed Capital" was read "Capital" or dropped; 412 eWeek and 243 JTAM name First Round Capital.
 * DESCRIBED_THAT (investors.ts): the name's description set off by a comma and closed by "that" before the verb ("Seed Capital, the
 * Danish venture capital firm that led the round in August, …"): the clause's verb and the main verb after it both read the name
 * before the comma, as with ", which led …". Shape: 951 (subject), 278 Founder News ("led by Bond, the US venture capital company
 * that recently backed …").
 * WITHHELD_SUM: a withheld sum where the figure stands after a verb of investing ("invested an undisclosed amount in X": 525
 * FactorDaily; "a récemment investi une somme non précisée dans X": 975 Journal de Montréal); a French adverb may sit inside the
 * compound past.
 * FR_ROLE_AT_ORG: a French founder's or executive's title with its article, set off after a person in a list, describes the person
 * ("Pierre Valade, le cofondateur de l’appli Sunrise rachetée depuis par Microsoft": 962 AFP/Agrimutuel read Sunrise), as
 * ROLE_AT_ORG reads "a partner at X" in English.
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

describe('round 34b: a withheld sum after a verb of investing', () => {
  const rows: Array<[string, Want]> = [
    row('Kestrel Capital invested an undisclosed amount in Tolvane.', [], ['Kestrel Capital']),
    row('Orbis Ventures has invested an undisclosed sum in Tolvane, a Lyon-based startup.', [], ['Orbis Ventures']),
    row('Valmont Capital a récemment investi une somme non précisée dans Tolvane.', [], ['Valmont Capital']),
    row('Orbis Partners a investi un montant non divulgué dans Tolvane.', [], ['Orbis Partners']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 34b: a French title set off after a person in a list describes the person', () => {
  const rows: Array<[string, Want]> = [
    row('Tolvane a levé § auprès de Marie Roy, la présidente de la start-up Blue Harbor rachetée par Globex, et d’Orbis Capital.', [], ['Marie Roy', 'Orbis Capital']),
    row('Tolvane a levé § auprès d’Orbis Capital et de Hugo Lefranc, l’ancien PDG de Globex.', [], ['Orbis Capital', 'Hugo Lefranc']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
