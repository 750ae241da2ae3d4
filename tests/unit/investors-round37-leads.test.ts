/**
 * Leads, round 37 (session 24, issue 3; invented sentences).
 * BANNER_LEAD (investors.ts): the firm under whose banner or "cap" a round was run is its lead ("L’investissement, intervenu sous
 * la bannière du fonds de capital-risque britannique Draper Esprit": 1059 La Liberté; "Amit Jhawar, qui menait le tour de table sous
 * la casquette Accel Partners": 710 Presse-citron). The firm's kind before its name is read with the cue.
 * POSSESSOR_OF_FIGURE: a plural name's bare apostrophe owns a figure and ends a lead list ("led by Mitsubishi UFJ Financial Group,
 * Curefoods’ § funding round from Three State Ventures": 1021 Entrepreneur Story), as "X’s §" already did.
 * Look-alikes: investors-round37-leads.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('round 37: the firm under whose banner a round was run leads it', () => {
  const rows: Array<[string, Want]> = [
    row('L’investissement, intervenu sous la bannière du fonds de capital-risque britannique Kestrel Capital, marque une étape.', ['Kestrel Capital'], []),
    row('La levée de § a été réalisée sous la bannière d’Orbis Ventures.', ['Orbis Ventures'], []),
    row('Tolvane lève §, un tour de table mené sous la casquette Halden Partners.', ['Halden Partners'], []),
    row('Jane Moreau, qui menait le tour de table sous la casquette Kestrel Capital, rejoint le conseil.', ['Kestrel Capital'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence).lead).toEqual(want.lead));
});

describe('round 37: a plural possessive owning a figure ends a lead list', () => {
  const rows: Array<[string, Want]> = [
    row('Deals included Tolvane’s § round led by Kestrel Capital, Globex Labs’ § funding round from Orbis Ventures, and Pellam’s § raise.', ['Kestrel Capital'], ['Orbis Ventures']),
    row('Norvale’s § Series A was led by Halden Partners, Acme Robotics’ § seed round by angels.', ['Halden Partners'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
