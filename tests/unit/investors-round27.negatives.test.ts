/**
 * Investor lists, round 27, look-alikes (invented sentences, EN and FR; money masked as "§"). (1) An inverted clause whose object is
 * no round names no investors. (2) A group that is no investors' before "led by" reads no lead. (3) Coming together for something that
 * is no round (a product, a merger "deal", a fund) reads nobody. (4) A promise, or no money, is no giving. (5) Employers of the people who invest, coordinated under
 * the employee noun ("founders of A and B", "ex-A and B engineers", "anciens de A et de B"), are not investors.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 27 look-alikes: an inverted clause whose object is no round', () => {
  const rows: Array<[string, Want]> = [
    row('Also participating in the panel were Kestrel Capital and Orion Partners.', [], []),
    row('Taking part in the conference were Meadow Ventures and Kima.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 27 look-alikes: a group that is no investors’ before "led by"', () => {
  const rows: Array<[string, Want]> = [
    row('The product was built by a team of engineers led by Paul Martin.', [], []),
    row('A group of researchers led by Claire Roux published the study.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 27 look-alikes: coming together for no round', () => {
  const rows: Array<[string, Want]> = [
    row('Kestrel Labs and Orion Systems teamed up to build a chip.', [], []),
    row('Norvio and Meadow came together in a § deal.', [], []),
    row('Norvio partnered with Kestrel Capital to launch a fund.', [], []),
    row('Kestrel et Orion se sont associés pour lancer une usine.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 27 look-alikes: a promise, or no money, is no giving', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio committed to funding research at the university.', [], []),
    row('The regional council provided no funding for the programme.', [], []),
    row('Kestrel Capital has pledged § to its own new fund.', [], []),
    row('Kestrel Labs pledges § to fight misinformation.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 27 look-alikes: employers coordinated under an employee noun', () => {
  const rows: Array<[string, Want]> = [
    row('The round was led by Meadow Capital, with participation from angels including founders of Kestrel and Orion.', ['Meadow Capital'], []),
    row('The round saw participation from ex-Kestrel and Orion engineers.', [], []),
    row('Norvio a levé § auprès d’anciens de Kestrel et d’Orion.', [], []),
    // A singular role is one person's apposition: the items after it stay investors.
    row('The round was backed by Paul Martin, co-founder at Kestrel, Orion Angels Network, Meadow Africa, and other private investors.', [], ['Paul Martin', 'Orion Angels Network', 'Meadow Africa']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 27 look-alikes: "in addition to" the round itself names nobody', () => {
  const rows: Array<[string, Want]> = [
    row('In addition to the round, Norvio took a § loan.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
