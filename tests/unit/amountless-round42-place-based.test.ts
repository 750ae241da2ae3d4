/**
 * Round 42 (issue 2): the newswire's "City, State-based Name" puts a place before the company; in an investor's list the place is
 * no company (amountless-rounds.ts PLACE_BASED_PREFIX). Sentence of fixture 1173 (CoinDesk) and invented controls.
 */
import { describe, expect, it } from 'vitest';
import { findAmountlessRounds } from '../../utils/amountless-rounds';

const companies = (masked: string) => findAmountlessRounds(masked, null).map((r) => r.company);

describe('round 42: a place before "-based" is no company of an investor’s list', () => {
  it.each<[string, string, string[]]>([
    ['"invested in Sacramento, Calif.-based Azra Games" (1173)', 'A16z invested in Sacramento, Calif.-based Azra Games through its crypto fund and its new § games fund that was announced on Wednesday.', []],
    ['places before the companies of a portfolio', 'Sequoia has invested in Gamma Labs, Palo Alto, Calif.-based Beta Robotics and Delta Health.', ['Gamma Labs', 'Beta Robotics', 'Delta Health']],
  ])('%s', (_name, masked, expected) => {
    expect(companies(masked)).toEqual(expected);
  });
});

describe('round 42: controls, a portfolio list without places', () => {
  it.each<[string, string, string[]]>([
    ['a plain portfolio', 'Sequoia has invested in Acme Labs, Beta Robotics and Gamma Health.', ['Acme Labs', 'Beta Robotics', 'Gamma Health']],
  ])('%s', (_name, masked, expected) => {
    expect(companies(masked)).toEqual(expected);
  });
});
