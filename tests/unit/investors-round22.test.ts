/**
 * Investor lists, round 22: guards for the round-21 readers the review of round A narrowed (positives that must keep working).
 * (1) An opening "Led by X," whose subject is today's round still names its lead when the round noun heads the subject
 * (opensOnRoundSubject). (2) An apposition between a subject list and a verb of taking part whose object is a round is still
 * skipped (nonRoundObjectAfter). (3) A lead list before a "with" clause still ends at its "with" (withoutWithClauseOpening,
 * now reading a bounded tail). Invented sentences; money masked as "§". Negatives: investors-round22.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 22: an opening participle whose subject is the round, the round noun heading it', () => {
  const rows: Array<[string, Want]> = [
    row('Led by Kestrel Capital, the new round will fund two trials.', ['Kestrel Capital'], []),
    row('Led by Orion Partners, the seed round never closed its books early.', ['Orion Partners'], []),
    row('Menée par Hooli Ventures, la levée permettra de recruter vingt ingénieurs.', ['Hooli Ventures'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 22: an apposition before a verb of taking part whose object is the round', () => {
  const rows: Array<[string, Want]> = [
    row('Kestrel Partners and Orion Capital, longtime suppliers of Norvio, also took part in the round.', [], ['Kestrel Partners', 'Orion Capital']),
    row('Kestrel et Orion, fournisseurs historiques de Norvio, ont également participé à l’opération.', [], ['Kestrel', 'Orion']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 22: a lead list ends at the "with" of the next clause', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio’s § round was led by Kestrel Capital, a fund based in Oslo, with Orion Partners also chipping in.', ['Kestrel Capital'], ['Orion Partners']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
