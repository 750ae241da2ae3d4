/**
 * Investor lists, round 23, look-alikes of the readers in investors-round23.test.ts (invented sentences; money masked as "§"):
 * a possessor with no participle after "after" leads nothing; a conjunct that opens a verb or a clause is no second round; a place
 * that ends on a firm's word is a name; a relative clause about a fund's own money keeps the lead; beside two co-leads, or beside a
 * plain lead, the partner takes part.
 */
import { describe, expect, it } from 'vitest';
import { findInvestorMentions } from '../../utils/investors';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 23 negatives: no participle after "after", no possessor agent', () => {
  const rows: Array<[string, Want]> = [
    row('This is Kestrel Capital’s third investment in Kenya, and Orion Partners led the § round.', ['Orion Partners'], []),
    row('C’est le troisième investissement de Kestrel Capital au Kenya, et Orion Partners a mené le tour.', ['Orion Partners'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 23 negatives: a conjunct that is no round object', () => {
  const leadMentions = (s: string) => findInvestorMentions(s, { nearDeal: true }).filter((m) => m.role === 'lead').length;
  const rows: Array<[string, number]> = [
    ['Kestrel Capital led Norvio’s § Series B and joined Vexa’s Series A.', 1],
    ['Kestrel Capital led Norvio’s § Series B and the company plans to hire.', 1],
    ['Hooli Ventures a mené la série B de Norvio et la société recrute.', 1],
  ];
  it.each(rows)('%s', (sentence, want) => expect(leadMentions(sentence)).toBe(want));
});

describe('round 23 negatives: a firm name before a kind noun, a relative clause about a fund', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio raised § in a round led by Middle East Venture Partners.', ['Middle East Venture Partners'], []),
    row('Norvio raised § in a round led by Gulf Capital, an investment firm based in Dubai.', ['Gulf Capital'], []),
    row('Vexa a levé § lors d’un tour mené par Moyen-Orient Capital, un fonds d’investissement.', ['Moyen-Orient Capital'], []),
    row('The round was led by Kestrel Capital, a London fund, which manages § in assets.', ['Kestrel Capital'], []),
    row('Le tour est mené par Kestrel Capital, un fonds lyonnais, qui a levé son troisième fonds.', ['Kestrel Capital'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 23 negatives: beside two co-leads or a plain lead, the partner takes part', () => {
  const rows: Array<[string, Want]> = [
    row('Kestrel Capital and Hooli Ventures co-led the Series A alongside Orion Partners.', ['Kestrel Capital', 'Hooli Ventures'], ['Orion Partners']),
    row('The round was co-led by Kestrel Capital and Hooli Ventures, with participation from Orion Partners.', ['Kestrel Capital', 'Hooli Ventures'], ['Orion Partners']),
    row('Kestrel Capital led the Series A alongside Orion Partners.', ['Kestrel Capital'], ['Orion Partners']),
    row('Acme recruited two former executives to co-lead the fund with managing partner Jane Moreau.', [], []),
    row('Kestrel Capital et Hooli Ventures ont codirigé la série A aux côtés de Orion Partners.', ['Kestrel Capital', 'Hooli Ventures'], ['Orion Partners']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
