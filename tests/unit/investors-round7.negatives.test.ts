/**
 * Investor lists, round 7: sentences that must NOT yield these names. Customers, partners, acquirers, advisers
 * (law firms, banks "advised by", placement agents), founders who do not invest and people quoted sit next to
 * a round without taking part in it. Names of our own invention; money masked as "§". The positive rows are in
 * investors-round7.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findInvestorMentions } from '../../utils/investors';

const names = (s: string) => findInvestorMentions(s, { nearDeal: true }).flatMap((m) => m.names);

describe('not investors', () => {
  const rows: Array<[string, string[]]> = [
    // Advisers, placement agents, law firms.
    ['Harbor Securities acted as exclusive placement agent for the § round.', ['Harbor Securities']],
    ['Acme was advised by Kestrel Legal and Brightline Partners on the § Series A.', ['Kestrel Legal', 'Brightline Partners']],
    ['Northwind Bank served as financial adviser to Acme on the § financing.', ['Northwind Bank']],
    ['La levée de § a été conseillée par le cabinet Vasseur Avocats.', ['Vasseur Avocats']],
    ['Le cabinet Vasseur Avocats a conseillé Acme dans le cadre de cette levée de §.', ['Vasseur Avocats']],
    // Customers and partners told with the round.
    ['Acme, which counts Globex and Initech as customers, raised a § seed round.', ['Globex', 'Initech']],
    ['Acme raised § and signed a partnership with Globex for its Series A launch.', ['Globex']],
    ['Ses clients comptent Globex et Initech ; la start-up lève §.', ['Globex', 'Initech']],
    // "followed by" with no lead before it names a later event, not an investor.
    ['Acme’s § seed round, the first in its sector, was followed by Globex in June with a § round of its own.', ['Globex']],
    // A name whose own relative clause raises money is the company funded.
    ['Certaines pépites ont cédé aux avances des fonds de capital-risque comme Acme, qui, selon nos informations, est en train de boucler une levée de § menée par Northwind.', ['Acme']],
    ['Investors are chasing startups such as Acme, which raised § last week, and Globex.', ['Acme']],
    // A company entering a club or a ranking with its own raise.
    ['Acme also joined the unicorn club with a § investment.', ['Acme']],
    ['Globex joined the ranks of the most valuable startups after its § round.', ['Globex']],
    // "It is led by" a person right after a deal: the company's management, not a lead.
    ['It is led by chief executive Jane Moreau, a former banker.', ['Jane Moreau']],
    ['It was led by Paul Diallo until 2020.', ['Paul Diallo']],
    // "dont" after a set that is not investors.
    ['La start-up compte 40 salariés, dont Jane Moreau, ancienne de Google.', ['Jane Moreau']],
    // A fund's backers told after its close, no round in the sentence.
    ['Les investisseurs historiques, dont Globex, ont également remis au pot à cette occasion.', ['Globex']],
    // "fait appel à" a service provider with no round in the sentence.
    ['Acme a fait appel à Globex pour sa logistique.', ['Globex']],
    // Acquirers and acquisitions.
    ['Globex acquired Acme for § after its Series B.', ['Globex']],
    // People quoted.
    ['“This round lets us hire,” said Jane Moreau, chief executive of Acme, which raised §.', ['Jane Moreau']],
    ['Acme, founded by Jane Moreau and Paul Diallo, raised § in seed funding.', ['Jane Moreau', 'Paul Diallo']],
  ];
  it.each(rows)('%s', (sentence, forbidden) => {
    const got = names(sentence);
    for (const n of forbidden) expect(got).not.toContain(n);
  });
});

describe('the included investors are not the leads', () => {
  const rows: Array<[string, string[]]> = [
    // A lead of an earlier round is not this round's lead.
    ['Acme raised § from its previous lead investor Northwind Capital and Brightline Ventures.', ['Northwind Capital']],
    ['Acme raised § from lead investor Northwind Capital and Brightline Ventures.', ['Brightline Ventures']],
    ['The round, led by Northwind Capital, included Brightline Ventures and Kestrel Partners.', ['Brightline Ventures', 'Kestrel Partners']],
    ['The § round was led by Northwind Capital, including existing investors Brightline Ventures and Kestrel Partners.', ['Brightline Ventures', 'Kestrel Partners']],
    ['La levée de § est menée par Northwind Capital, avec la participation de Brightline Ventures.', ['Brightline Ventures']],
  ];
  it.each(rows)('%s', (sentence, notLeads) => {
    const leads = findInvestorMentions(sentence, { nearDeal: true }).filter((m) => m.role === 'lead').flatMap((m) => m.names);
    for (const n of notLeads) expect(leads).not.toContain(n);
  });
});
