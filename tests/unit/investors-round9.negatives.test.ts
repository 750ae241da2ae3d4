/**
 * Investor lists, round 9 (generality): sentences that look like investor lists but name partners,
 * customers, acquirers, advisers, law firms, quoted people, portfolio companies or banks arranging an
 * IPO. Names of our own invention; money masked as "§". The positive rows are in investors-round9.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findInvestorMentions } from '../../utils/investors';

const names = (s: string) => findInvestorMentions(s, { nearDeal: true }).flatMap((m) => m.names);

describe('not investors', () => {
  const rows: Array<[string, string[]]> = [
    // Advisers and law firms of a round.
    ['Acme was advised by Kestrel Legal on the § round.', ['Kestrel Legal']],
    ['Harbor & Pike LLP acted as legal counsel to Acme on the § financing.', ['Harbor & Pike LLP', 'Harbor & Pike']],
    ['Le cabinet Moreau Avocats a conseillé Acme lors de cette levée de §.', ['Moreau Avocats']],
    // Customers and partners named next to a round.
    ['Acme, which raised §, counts Globex and Initech among its customers.', ['Globex', 'Initech']],
    ['Acme raised § and has partnered with Globex and Initech.', ['Globex', 'Initech']],
    ['Acme lève § et compte Globex et Initech parmi ses clients.', ['Globex', 'Initech']],
    // An acquirer.
    ['Globex acquired Acme for §.', ['Globex']],
    ['Globex a racheté Acme pour §.', ['Globex']],
    // A quoted executive.
    ['“We are thrilled,” said Jane Moreau, CEO of Acme, which raised §.', ['Jane Moreau', 'Acme']],
    // A portfolio company.
    ['Acme, a Northwind Capital portfolio company, raised §.', ['Acme']],
    // Banks arranging an IPO.
    ['Globex Securities and Initech Bank are the underwriters of the § IPO.', ['Globex Securities', 'Initech Bank']],
    // A company leading something other than a round.
    ['Jane Moreau led the company through its § Series A.', ['Jane Moreau']],
    ['The § deal was announced by Acme CEO Jane Moreau.', ['Jane Moreau']],
    ['Jane Moreau steered the startup through its § seed round.', ['Jane Moreau']],
    // A company in a hyphenated "-led round" is not a lead.
    ['Acme raised § in a Northwind Capital-led round.', ['Acme']],
    // A relative "in which" ends the list: the company before it is not an investor.
    ['Acme raised § in a round in which Northwind Capital participated.', ['Acme']],
    ['Acme raised § in a round with Northwind Capital as lead investor.', ['Acme']],
    // Money from a company's own revenue or a loan it gives, a plan to spend: no investor.
    ['Acme plans to invest § in new factories over five years.', ['Acme']],
    ['Acme will invest § in research and development.', ['Acme']],
    ['Acme va investir § dans la recherche.', ['Acme']],
    // A grant is not an investment.
    ['Acme received a § grant from the Kestrel Foundation.', ['Kestrel Foundation']],
    // Customers named with "counts … as".
    ['Acme, which raised §, counts Globex and Initech as customers.', ['Globex', 'Initech']],
    ['Acme’s customers include Globex and Initech.', ['Globex', 'Initech']],
    // A loan given by the company.
    ['Acme extended a § loan to Globex.', ['Globex', 'Acme']],
  ];
  it.each(rows)('%s', (sentence, absent) => {
    const found = names(sentence);
    for (const n of absent) expect(found).not.toContain(n);
  });
});

describe('a company spending, not a firm investing', () => {
  const rows: Array<[string, string[]]> = [
    ['Globex said it will invest § in Brazil over the next five years.', ['Globex']],
    ['Globex va investir § dans Lyon.', ['Globex']],
    ['Initech plans to invest § in Europe.', ['Initech']],
  ];
  it.each(rows)('%s', (sentence, absent) => {
    const found = names(sentence);
    for (const n of absent) expect(found).not.toContain(n);
  });
});

describe('"de la part de" after a raise names the raiser', () => {
  const rows: Array<[string, string[]]> = [
    ['Cela inclut une levée de § de la part de Globex, basée à Riyad, et de § par Initech.', ['Globex', 'Initech']],
    ['Le mois a vu un tour de table de § de la part de Globex.', ['Globex']],
  ];
  it.each(rows)('%s', (sentence, absent) => {
    const found = names(sentence);
    for (const n of absent) expect(found).not.toContain(n);
  });
});

describe('the speaker quoting for the lead is not an investor', () => {
  const rows: Array<[string, string[]]> = [
    ['“We’re excited,” said Paul Okafor, a partner at Northwind Capital, which led the § round.', ['Paul Okafor', 'We’re']],
    ['« Nous sommes ravis », explique Jeanne Martin, associée chez Partech Nova, qui a mené le tour de table de §.', ['Jeanne Martin']],
  ];
  it.each(rows)('%s', (sentence, absent) => {
    const found = names(sentence);
    for (const n of absent) expect(found).not.toContain(n);
  });
});

describe('a speaker after the list', () => {
  const rows: Array<[string, string[]]> = [
    ['Acme raised § from Northwind Capital, Jane Moreau, CEO, said.', ['Jane Moreau']],
    ['Acme raised § from Northwind Capital and Kestrel Partners, Jane Moreau, the company’s co-founder, told Reuters.', ['Jane Moreau']],
    ['Acme lève § auprès de Partech Nova, Jeanne Martin, PDG de Acme, a déclaré lundi.', ['Jeanne Martin']],
  ];
  it.each(rows)('%s', (sentence, absent) => {
    const found = names(sentence);
    for (const n of absent) expect(found).not.toContain(n);
  });
});
