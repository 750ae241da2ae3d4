/**
 * Investor lists, round 27 (invented sentences, EN and FR; money masked as "§"). (1) INVERTED_ROUND_OBJECT: "Also participating in
 * the funding were A, B": the object of an inverted clause of taking part is any round noun. (2) INVESTOR_GROUP_BEFORE: "a group of
 * investors led by X": an investor group heading "led by" stands for the round. (3) COLLAB_VERBS: investors coming together for a
 * round ("teamed up to co-lead", "have come together in a § round", "se sont associés pour mener"). (4) Verbs of giving money:
 * "pledged §", "committed multi-year funding". (5) EMPLOYER_HEAD_ITEM: "founders of A and B", "ex-A and B engineers": the conjuncts under an
 * employee noun are employers, a fund's name after them still an investor. (6) "besides X", "in addition to X" after a lead list:
 * X takes part, it does not lead. Look-alikes: investors-round27.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 27: an inverted clause of taking part, any round noun as its object', () => {
  const rows: Array<[string, Want]> = [
    row('Also participating in the financing were first-time backers Kestrel Capital and Orion Partners.', [], ['Kestrel Capital', 'Orion Partners']),
    row('Also taking part in the Series B were Kestrel Capital and Kima Ventures.', [], ['Kestrel Capital', 'Kima Ventures']),
    row('Others joining the seed round were Meadow Partners, as well as existing backers Orion and Kima.', [], ['Meadow Partners', 'Orion', 'Kima']),
    row('Investing in this latest raise are Harbor Ventures and Tollgate Capital.', [], ['Harbor Ventures', 'Tollgate Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 27: a group of investors heading "led by" leads', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio sold its preferred shares to a syndicate of new and existing investors led by Kestrel Capital.', ['Kestrel Capital'], []),
    row('The money came from a group of investors led by Orion Partners.', ['Orion Partners'], []),
    row('Norvio sold a stake to an investor consortium led by Meadow and Kima.', ['Meadow', 'Kima'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 27: investors coming together for a round', () => {
  const rows: Array<[string, Want]> = [
    row('Kestrel Capital and Orion Partners teamed up to co-lead the § series B.', ['Kestrel Capital', 'Orion Partners'], []),
    row('Existing backer Kestrel Capital linked up with newcomer Orion Partners to lead Norvio’s § round.', ['Kestrel Capital', 'Orion Partners'], []),
    row('Kestrel Capital, Orion and Kima have come together in a § Series A for Norvio.', [], ['Kestrel Capital', 'Orion', 'Kima']),
    row('Meadow Ventures and Harbor Capital joined forces to back Norvio’s § seed round.', [], ['Meadow Ventures', 'Harbor Capital']),
    row('Kestrel Capital et Orion Partners se sont associés pour mener la levée de § de Norvio.', ['Kestrel Capital', 'Orion Partners'], []),
    row('Kestrel Capital and Orion joined others in investing in Norvio.', [], ['Kestrel Capital', 'Orion']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 27: verbs of giving money', () => {
  const rows: Array<[string, Want]> = [
    row('Kestrel Capital and Orion pledged § for Norvio in a series A round.', [], ['Kestrel Capital', 'Orion']),
    row('The Meadow Foundation, Kima and Harbor Trust have committed multi-year funding to Norvio.', [], ['Meadow Foundation', 'Kima', 'Harbor Trust']),
    row('Orion Partners also provided seed capital.', [], ['Orion Partners']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 27: a fund named after a coordination of employers stays an investor', () => {
  const rows: Array<[string, Want]> = [
    row('The seed round was backed by former Kestrel executives and Orion Capital.', [], ['Orion Capital']),
    row('The § round was led by Meadow Capital, with participation from founders of Kestrel and Orion Capital.', ['Meadow Capital'], ['Orion Capital']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 27: an additive preposition after the leads names participants', () => {
  const rows: Array<[string, Want]> = [
    row('The § round was co-led by Kestrel Capital and Orion, besides growth investor Meadow Partners.', ['Kestrel Capital', 'Orion'], ['Meadow Partners']),
    row('The § round was led by Kestrel Capital, in addition to Orion and Kima.', ['Kestrel Capital'], ['Orion', 'Kima']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
