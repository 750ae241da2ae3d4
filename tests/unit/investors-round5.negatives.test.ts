/**
 * Investor lists, round 5: sentences that must NOT yield these investors (batch 6's extra
 * investors and look-alikes of the round 5 rules in investors-round5.test.ts). Money masked as "§".
 */
import { describe, expect, it } from 'vitest';
import { findInvestorMentions } from '../../utils/investors';

const names = (s: string) => findInvestorMentions(s, { nearDeal: true }).flatMap((m) => m.names);

describe('not investors', () => {
  const rows: Array<[string, string[]]> = [
    // A sentence-initial imperative or adverb before the real subject.
    ['Remember that GM invested § in Lyft in early 2016 and owns about 9% of the company?', ['Remember']],
    // A place naming a set of investors.
    ['And yet very little of that money came from Seattle investors.', ['Seattle']],
    ['Acme raised § from Silicon Valley VCs.', ['Silicon Valley']],
    ['La start-up a levé § auprès de Lyon investisseurs.', ['Lyon']],
    // A programme investing in ventures at large.
    ['- Main Sequence launches a new ‘platform’, Atmosphere, investing § into ventures developed from cutting-edge research', ['Atmosphere']],
    ['The accelerator, Launchpad, invests § in each startup it admits.', ['Launchpad']],
    // A fund's backers (its limited partners), not a company's investors.
    ['One of his many investment vehicles, Valar Ventures, has secured funding from NZ’s government-owned venture capital fund, NZVIF, and has invested in at least one other Kiwi start-up, Vend, a retail point of sale software company.', ['NZVIF']],
    ['The § fund is also backed by the European Investment Fund.', ['European Investment Fund']],
    ['The fund is also supported by African Development Bank, Bank of Industry Nigeria and FinDev Canada.', ['African Development Bank', 'FinDev Canada']],
    ['Le fonds a levé § auprès de Bpifrance et du FEI.', ['Bpifrance', 'FEI']],
    // An investor's tally over deals it does not name.
    ['Archangels made two deals investing £4.3m.', ['Archangels']],
    ['Scottish Investment Bank was the most active investor, investing § in five deals.', ['Scottish Investment Bank']],
    // Words before "investors including" are the kind, not a name.
    ['SenseTime raised § in fresh funds from prominent investors including Fidelity International.', ['prominent']],
    // A capitalised descriptor is not part of the name.
    ["Chipmaker Qualcomm's venture capital arm also participated.", ['Chipmaker Qualcomm']],
    // A relative clause after a description names the investor's portfolio, not co-investors.
    ['Acme raised § from Accel, a firm that backed Slack, Zoom and Index.', ['Slack', 'Zoom', 'Index']],
    // "supported by" with no round near it: a company's support, not a round.
    ['The company is supported by Y Combinator and has offices in Paris.', ['Y Combinator']],
    // "counts" without "among its backers".
    ['Acme counts Walmart and Target as customers after its § round.', ['Walmart', 'Target']],
    // Money put into a fund (its sponsor), however many "§" the figure is masked with.
    ['Accel put § into the Accel Growth Fund.', ['Accel']],
    ['Telus has invested §§§§§§§§§§§§ into the Telus Pollinator Fund.', ['Telus']],
    // "accompagne" with no round after it: the company's long-standing support, not this round.
    ['Bpifrance accompagne les start-up depuis dix ans.', ['Bpifrance']],
    // "secured backing from" with no round in the sentence.
    ['The project secured backing from the city council.', []],
    // "complété par" about something other than a round.
    ['Le conseil d’administration est complété par Marie Dupont.', []],
    // "a souscrit" with no deal near: left to the caller (nearDeal false).
    // Backing a company in another clause than the round's figure; a relative clause about the investor's past.
    ['Google and Amazon both backed CTRL Labs, and Chinese AI firm SenseTime raised §', ['Google', 'Amazon']],
    ['Accel, which backed Slack in its seed round, led the § round.', ['Slack']],
    ['Investors back Acme in § round', ['Investors', 'Acme']],
    // The subject of the next clause after a list ("…, Arkolia Énergies signe la levée …") is the company, not an investor.
    ["Avec un tour de table de § bouclé auprès de Eiffeil Investment Group, Arkolia Énergies signe la levée la plus importante de la semaine.", ['Arkolia Énergies']],
    ['La start-up a levé § auprès de Serena, Acme devient ainsi leader du marché.', ['Acme']],
    // A fund's backers told with the fund being raised.
    ['Investors include Temasek, IFC, DEG, and some Asian and global family offices; Jungle targets to raise § for this fund.', ['Temasek', 'IFC', 'DEG']],
    ['Backers include the EIF and Bpifrance, ahead of the fund’s first close.', ['EIF', 'Bpifrance']],
    // An imperative set off by a comma.
    ['Remember, GM invested § in Lyft in early 2016.', ['Remember']],
    ['Rappelons, Partech a investi § dans Acme.', ['Rappelons']],
    // "said it will invest" with no figure, or a company's own spending plan.
    ['Accel said it would invest in more startups.', ['Accel']],
    // A pledge to invest in a country or a sector is not a round's investor.
    ['Google said it will invest § in India over the next five years.', ['Google']],
    ['The startup said it will use § to invest in research.', ['The startup']],
    // "investissement de X" without "dans": a figure, not an investor's stake.
    ['Le montant de l’investissement de § sera versé en deux fois.', []],
  ];
  it.each(rows)('%s', (sentence, forbidden) => {
    const got = names(sentence);
    for (const n of forbidden) expect(got).not.toContain(n);
    if (forbidden.length === 0) expect(got).toEqual([]);
  });
});

describe('still read (the negatives rules keep their neighbours)', () => {
  const rows: Array<[string, string[]]> = [
    // "investing § in N startups including A, B" names the companies: the investor stays.
    ['Hong Kong digital tech park Cyberport has invested a total of § in four of the startups in its network including Lynk.', ['Cyberport']],
    // A fund word after the cue is the investor, not the subject.
    ['3 Nigerian startups have secured investment from early-stage fund Ventures Platform to help them scale their solutions.', ['Ventures Platform']],
    // "Accel and existing investor Index": a descriptor is not joined to the name before it.
    ['Acme raised § from Accel and existing investor Index.', ['Accel', 'Index']],
  ];
  it.each(rows)('%s', (sentence, want) => expect(names(sentence)).toEqual(want));
});

describe('a report is not the investor', () => {
  const rows: Array<[string, string[]]> = [
    ['Last week, Fairfax Media revealed that Sequoia Capital led a § round for 90 Seconds.', ['Fairfax Media']],
    ['TechCrunch reports that Accel led the § round.', ['TechCrunch']],
    // The companies in a dash aside are the investor's portfolio, not co-investors.
    ['Sequoia Capital, which has backed many companies – think Apple, Google and Oracle – led a § round.', ['Apple', 'Google', 'Oracle']],
  ];
  it.each(rows)('%s', (sentence, forbidden) => {
    const got = names(sentence);
    for (const n of forbidden) expect(got).not.toContain(n);
    expect(got.length).toBeGreaterThan(0);
  });
});
