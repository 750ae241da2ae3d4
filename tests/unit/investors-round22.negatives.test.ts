/**
 * Investor lists, round 22, look-alikes (each failed before its fix; review of round A, findings 3 and 6):
 * (1) "Led by X, the investment firm …", "the seed-stage investor", "the 2021 round": the round word after the participle does not
 * head the subject (it modifies a firm, an investor, or it is a past round), so X leads nothing here (ROUND_NOUN_MODIFIES_NEXT and
 * the year excluded from OPENING_PARTICIPLE_ROUND_SUBJECT's modifiers).
 * (2) "A and B, customers of X, also took part in a trade show": the verb of taking part has an object that is no round, so the
 * apposition is not skipped and nobody takes part (nonRoundObjectAfter). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 22 negatives: the round word after an opening participle does not head the subject', () => {
  const rows: Array<[string, Want]> = [
    row('Led by Marta Ilves, the investment firm now manages three funds.', [], []),
    row('Backed by Orion Partners, the seed-stage investor has written 30 cheques.', [], []),
    row('Led by Kestrel Capital, the 2021 round valued Norvio at §.', [], []),
    row('Co-led by Hooli Ventures, the funding platform lists 200 loans.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 22 negatives: a verb of taking part whose object is no round', () => {
  const rows: Array<[string, Want]> = [
    row('Kestrel Partners and Orion Capital, longtime suppliers of Norvio, also took part in a trade show in Oslo.', [], []),
    row('Kestrel et Orion, fournisseurs historiques de Norvio, ont également participé à un salon à Lyon.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
