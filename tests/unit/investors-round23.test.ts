/**
 * Investor lists, round 23: readers of the lead's structure that the blind batches missed on first sight (invented sentences, EN
 * and FR; money masked as "§"). (1) PARTICIPLE_AGENT: a participle after "after/après avoir" has the main clause's agent, and when
 * that clause names an investment by its possessor ("This is X’s third investment … after leading"), the possessor leads; the
 * words before it ("This is") are no name. (2) COORDINATED_ROUND_OBJECT: a lead verb whose object is a coordination of rounds leads
 * each one (one mention per conjunct). (3) PLACE_BEFORE_KIND: a capitalised place before a lower-case kind of investor closing the
 * item is a modifier, the name set off after it is the lead. (4) RAISER_APPOSITION: a name whose own relative clause raises money,
 * after an apposition, is a company funded, not a lead. (5) CO_LEAD_PARTNER: the partner named beside a single co-lead is the other
 * co-lead. Look-alikes: investors-round23.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findInvestorMentions } from '../../utils/investors';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 23: the agent of a participle after "after" is the possessor of the investment', () => {
  const rows: Array<[string, Want]> = [
    row('Il s’agit du troisième pari de Kestrel Capital au Kenya, après avoir mené le tour de table de Norvio.', ['Kestrel Capital'], []),
    row('This is Kestrel Capital’s third investment in Kenya after leading Norvio’s § Series B.', ['Kestrel Capital'], []),
    row("It is Orion Partners' second bet on logistics after leading Vexa's § seed round.", ['Orion Partners'], []),
    row('Il s’agit du deuxième investissement de Hooli Ventures en Afrique, après avoir mené la série A de Norvio.', ['Hooli Ventures'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 23: a lead verb whose object is a coordination of rounds leads each one', () => {
  const leadMentions = (s: string) => findInvestorMentions(s, { nearDeal: true }).filter((m) => m.role === 'lead').map((m) => m.names.join('; '));
  const rows: Array<[string, string[]]> = [
    ['This is Kestrel Capital’s third investment in Kenya after leading Norvio’s § Series B and Vexa’s § Series A.', ['Kestrel Capital', 'Kestrel Capital']],
    ['Orion Partners led the § seed round of Norvio and the § Series A of Vexa.', ['Orion Partners', 'Orion Partners']],
    ['Hooli Ventures a mené la série B de Norvio et la série A de Vexa.', ['Hooli Ventures', 'Hooli Ventures']],
  ];
  it.each(rows)('%s', (sentence, want) => expect(leadMentions(sentence)).toEqual(want));
});

describe('round 23: a place before a lower-case kind of investor describes the name after it', () => {
  const rows: Array<[string, Want]> = [
    row('Norvio has raised § in a round led by leading Gulf investment fund, Kestrel Partners, the startup said.', ['Kestrel Partners'], []),
    row('Norvio raises § in funding round led by prominent Middle East investment fund', [], []),
    row('Norvio closed a § seed round led by Silicon Valley venture firm, Orion Partners, and Hooli Ventures.', ['Orion Partners', 'Hooli Ventures'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 23: a name whose relative clause raises money, after an apposition, is no lead', () => {
  const rows: Array<[string, Want]> = [
    row('The month was dominated by rounds led by Norvio, a drone maker, which raised §.', [], []),
    row('La somme a été collectée lors de tours de financement dirigés par la société Vexa, société spécialisée dans les drones, qui a levé §.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('round 23: the partner named beside a single co-lead is the other co-lead', () => {
  const rows: Array<[string, Want]> = [
    row('Kestrel Capital co-led the Series A alongside existing investors Orion Partners and Hooli Ventures.', ['Kestrel Capital', 'Orion Partners', 'Hooli Ventures'], []),
    row('Co-led by Kestrel Capital alongside Orion Partners, the Series A will fund two trials.', ['Kestrel Capital', 'Orion Partners'], []),
    row('Kestrel Capital a codirigé la série B aux côtés de Orion Partners.', ['Kestrel Capital', 'Orion Partners'], []),
    row('La levée a été co-menée par Kestrel Capital avec Hooli Ventures.', ['Kestrel Capital', 'Hooli Ventures'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
