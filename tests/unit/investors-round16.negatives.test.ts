/**
 * Look-alikes for the round-16 investor rules (investors-round16.test.ts). A fund's ticket spread over companies named by the
 * lexicon's company plurals (LEX_COMPANY_PLURALS: "jeunes pousses", "scale-ups", "sociétés") is a tally, not one round's
 * investor; the singular company after the figure ("in the firm") stays one round's company. Names of our own invention (EN and
 * FR); money masked as "§".
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('a ticket spread over companies of the lexicon is a tally, not a round', () => {
  const rows: Array<[string, Want]> = [
    row('Kestrel Capital a investi § dans cinq jeunes pousses depuis le début de l’année.', [], []),
    row('Orion Partners has invested § in seven scale-ups since its launch.', [], []),
    row('Le fonds Hooli Ventures a investi près de § dans des sociétés régionales.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('look-alikes: a lead verb about a company or a project, money that is no raise, a long apposition about no round', () => {
  const rows: Array<[string, Want]> = [
    row('Jane Moreau dirige la société depuis sa création en 2019.', [], []),
    row('Paul Okafor pilote le projet de recherche avec Globex Partners.', [], []),
    row('The data was collected from Hooli Analytics over three years.', [], []),
    row('The proceeds were raised from Kestrel Capital in a share sale.', [], []),
    row('The company, which builds scheduling software for hospitals and clinics across the region, was led by Jane Moreau.', [], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
