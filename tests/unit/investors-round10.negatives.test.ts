/**
 * Investor lists, round 10: sentences that look like investor cues but name a company's management ("a startup led by
 * Twitch cofounder X"), a firm's hire ("joined by X as partner"), a passive co-lead's participants, a project's partner,
 * or a plain "Group" name. Names of our own invention (EN and FR); money masked as "§".
 */
import { describe, expect, it } from 'vitest';
import { findInvestorMentions } from '../../utils/investors';
import { roles } from '../helpers/investor-roles';

const names = (s: string) => findInvestorMentions(s, { nearDeal: true }).flatMap((m) => m.names);

describe('management, not a round lead', () => {
  const rows: Array<[string, string[]]> = [
    ['Northwind led a § Series A investment in Acme, a gaming startup led by Globex cofounder Jane Moreau, Acme makes franchise games.', ['Jane Moreau', 'Acme']],
    ['Acme, a fintech company led by former Initech CEO Paul Okafor, raised § in a seed round.', ['Paul Okafor']],
    ['The company, founded and led by Jane Moreau, raised a § seed round.', ['Jane Moreau']],
    ['Acme, une jeune pousse pilotée par son fondateur Paul Okafor, lève § en amorçage.', ['Paul Okafor']],
    ['The startup, which raised a § round, is led by serial entrepreneur Sam Reyes.', ['Sam Reyes']],
  ];
  it.each(rows)('%s', (sentence, absent) => {
    const leads = findInvestorMentions(sentence, { nearDeal: true }).filter((m) => m.role === 'lead').flatMap((m) => m.names);
    for (const n of absent) expect(leads).not.toContain(n);
  });
});

describe('a hire joining a firm, not an investor', () => {
  const rows: Array<[string, string[]]> = [
    ['Founded by finance veterans Jane Moreau and Paul Okafor, and joined by Sam Reyes (Globex’s former vice chairman), Kestrel Ventures is backed by § from LPs.', ['Sam Reyes']],
    ['Northwind Capital, which closed a § fund, was joined by Jane Moreau as a general partner.', ['Jane Moreau']],
    ['Le fonds de §, fondé par Jane Moreau, a été rejoint par Paul Okafor en tant qu’associé.', ['Paul Okafor']],
  ];
  it.each(rows)('%s', (sentence, absent) => {
    const found = names(sentence);
    for (const n of absent) expect(found).not.toContain(n);
  });
});

describe('"with" after a co-lead that is not a co-lead', () => {
  it('the passive "co-led by A and B, with C participating" keeps C a participant', () => {
    expect(roles('The § round was co-led by Northwind Capital and Kestrel Partners, with Harbor Angels participating.')).toEqual({ lead: ['Northwind Capital', 'Kestrel Partners'], participant: ['Harbor Angels'] });
  });
  it('a co-led project, no round', () => {
    expect(roles('Jane Moreau co-led the research project with Globex engineers.').lead).toEqual([]);
  });
});

describe('names left whole', () => {
  it('"Groupon" is not "Group" + "on"', () => expect(names('Acme raised § from Northwind Capital and Groupon.')).toEqual(['Northwind Capital', 'Groupon']));
  it('a loan repaid names no lender', () => expect(names('Acme a remboursé son prêt de § en 2020.')).toEqual([]));
  it('a promise to provide money to farmers names no investor', () => expect(names('The government has promised to provide § to farmers.')).toEqual([]));
  it('a parent with no vehicle named keeps its own name', () => expect(names('Globex participated through its existing stake in the § round.')).toContain('Globex'));
});

describe('a fund described as a fund: its backers are not a round’s investors', () => {
  const rows: Array<[string, string[]]> = [
    ['Harbor Growth Fund is a § initiative set up by the government and backed by five banks: Globex Bank, Initech Bank and Kestrel Bank.', ['Globex Bank', 'Initech Bank', 'Kestrel Bank']],
    ['Le Fonds Horizon est un véhicule de § lancé par l’État et soutenu par Globex Banque et Initech.', ['Globex Banque', 'Initech']],
    ['Kestrel Seed Fund is a § programme run by the city, with support from Globex Bank.', ['Globex Bank']],
  ];
  it.each(rows)('%s', (sentence, absent) => {
    const found = names(sentence);
    for (const n of absent) expect(found).not.toContain(n);
  });
});

describe('no lead in a relative clause about something other than a round', () => {
  it('"qui a mené la stratégie"', () => expect(roles('Jane Moreau, associée chez Northwind Capital, qui a mené la stratégie du groupe, rejoint Acme.').lead).toEqual([]));
  it('a clause ending in "investor interest" after the list', () => expect(names('Acme raised § in a round co-led by Northwind Capital and Kestrel Partners, reflecting a growing investor interest.')).toEqual(['Northwind Capital', 'Kestrel Partners']));
  it('"un fonds privé": an adjective, not a brand', () => expect(names('Acme lève § auprès d’un fonds privé, et de Northwind Capital.')).not.toContain('privé'));
  it('"investment firm itself"', () => expect(names('The § round was led by the investment firm itself.')).toEqual([]));
});
