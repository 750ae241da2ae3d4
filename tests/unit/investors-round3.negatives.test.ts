/**
 * Investor lists, round 3 — what the new rules must NOT take: every rule of
 * investors-round3.test.ts has here the near-miss it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { cleanItem, findInvestorMentions } from '../../utils/investors';
import { findNameRuns } from '../../utils/names';

const mentions = (s: string) => findInvestorMentions(s, { nearDeal: true }).map((m) => [m.role, m.names]);

describe('not investors', () => {
  const rows: Array<[string, Array<[string, string[]]>]> = [
    // Two firms joined by the list's closing "and" stay two (no comma item after them).
    ['The round was led by Accel and Index Ventures.', [['lead', ['Accel', 'Index Ventures']]]],
    ['Acme raised § from Noemis Ventures, Accel and Index Ventures.', [['participant', ['Noemis Ventures', 'Accel', 'Index Ventures']]]],
    // A source after the list is not the second half of a name.
    ['The round was led by Accel, Sequoia and Index Ventures, TechCrunch reports.', [['lead', ['Accel', 'Sequoia', 'Index Ventures']]]],
    // An owner phrase running on past "and" still ends the list.
    ['Acme raised § from InnoVen Capital, a joint venture between Temasek and UOB, and Accel.', [['participant', ['InnoVen Capital']]]],
    // An institution "X Bank of Y" is not a person at a firm.
    ['Acme raised § from Development Bank of Japan and Accel.', [['participant', ['Development Bank of Japan', 'Accel']]]],
    // A participle describing the name ("managed by") does not end the list.
    ['Validus has secured § in a series B round from investment firm Vertex Growth Fund and Orion Fund managed by K3 Venture Partners, according to an announcement.', [['participant', ['Vertex Growth Fund', 'Orion Fund']]]],
    // "become the largest" without a shareholder noun is not an investment.
    ['Acme will now become the largest employer in the city after raising §.', []],
    // A place after "de" in a French descriptor is still not a name; an English preposition in the descriptor is not a French noun phrase.
    ["Acme lève § auprès d'investisseurs de la région Auvergne.", []],
    ['Acme raised § from the family office of Bernard Arnault.', []],
    // A period before a name that is not a legal suffix ends the list.
    ['The round was led by Acme Co. Alibaba joined later.', [['lead', ['Acme Co']]]],
    // A grant's giver is not an investor; a nationality adjective is not a name; "Funds from the Series D2 round" is a use of funds.
    ['The startup also received grant funding from Innovate UK.', []],
    ['Investors include Temasek, IFC, and some Asian and global family offices in the round.', [['participant', ['Temasek', 'IFC']]]],
    ['Funds from the Series D2 round will be used to ramp up its planned service.', []],
    // "for the" before a round word is not inside a name.
    ['The round was led by Accel for the Series A.', [['lead', ['Accel']]]],
    // Capitalised institution names are read as before; the institution reading stops at a verb or a non-"de" preposition.
    ['un tour de table de § auprès de la Banque des Territoires et de la Caisse des Dépôts.', [['participant', ['Banque des Territoires', 'Caisse des Dépôts']]]],
    ['un tour de table de § auprès de la Caisse régionale via sa filiale.', [['participant', ['Caisse régionale']]]],
    // "led from" away from a figure; "invest" as a verb inside an item.
    ['The team led from the front.', []],
    ['The round was led by Accel invest in Acme.', [['lead', ['Accel']]]],
    // "with its …" that is not a holder noun; partners, customers and acquirers after a lead list are not investors.
    ['Acme raised § with its new product launch by Apple.', []],
    ['Acme raised § in a round led by Accel; the company also signed a partnership with Microsoft and customers include Walmart.', [['lead', ['Accel']]]],
    ['Acme raised § in a round led by Accel, and announced its acquisition by Google.', [['lead', ['Accel']]]],
    // "joined in" a year, or with no name before it.
    ['He joined in 2019 as CTO.', []],
    ['The team joined in, cheering.', []],
    // Ranking first is not leading a round.
    ['Singapore leads Southeast Asia in tech funding with § in 1Q24', []],
    // Money put into a fund: its sponsor is not a round's investor.
    ['Telus has currently invested § into the Telus Pollinator Fund For Good.', []],
    // "invested" with no figure or round after it.
    ['He invested § in the company.', []],
  ];
  it.each(rows)('%s', (sentence, want) => expect(mentions(sentence)).toEqual(want));

  it('"the lender is" away from any deal names no one', () => {
    expect(findInvestorMentions('In this case, the lender is the British investment bank M&G.', { nearDeal: false })).toEqual([]);
  });
  it('"entrée au capital" away from any deal names no one', () => {
    expect(findInvestorMentions("l'entrée au capital du géant américain Goldman Sachs", { nearDeal: false })).toEqual([]);
  });
  it('the article "An" before a lower-case word is not part of a name', () => {
    expect(findNameRuns('Acme An investor said').map((r) => r.text)).toEqual(['Acme']);
  });
  it('a month before a date is not a name item', () => {
    expect(cleanItem('March 15').kind).not.toBe('name');
  });
  it.each(['IPOs', 'Plusieurs', 'Certains'])('%s is not a name', (item) => expect(cleanItem(item).kind).not.toBe('name'));
  it('a capitalised name after "the" is kept (not an indefinite appositive)', () => {
    expect(cleanItem('the Japan International Cooperation Agency')).toMatchObject({ kind: 'name', name: 'Japan International Cooperation Agency' });
  });
});
