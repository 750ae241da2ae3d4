/**
 * Investor lists, round 6: sentences that must NOT yield these names (batch 7's extra
 * investors and look-alikes: places, firms named for not investing, the giver's own fund
 * vehicle). Money masked as "§". The positive rows are in investors-round6.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findInvestorMentions } from '../../utils/investors';

const names = (s: string) => findInvestorMentions(s, { nearDeal: true }).flatMap((m) => m.names);

describe('not investors', () => {
  const rows: Array<[string, string[]]> = [
    // Firms named for NOT investing.
    ['Some of Australia’s biggest names kept away from startups last month including AirTree and Square Peg which didn’t feature in any of August’s publicly promoted funding deals.', ['AirTree', 'Square Peg']],
    ['Sequoia and Accel declined to invest in the § round.', ['Sequoia', 'Accel']],
    ['Index Ventures did not participate in the § Series B, unlike its peers.', ['Index Ventures']],
    ['Partech et Elaia n’ont pas participé à cette levée de §.', ['Partech', 'Elaia']],
    ['Kima Ventures a refusé de suivre le tour de table de §.', ['Kima Ventures']],
    // Places in a list beside "aux côtés de" with no round in the sentence.
    ['En 2021, le Bénin et le Mali étaient en lice aux côtés de la Côte d’Ivoire, du Togo, et du Sénégal.', ['Côte d’Ivoire', 'Togo', 'Sénégal']],
    ['Le Maroc figure aux côtés de l’Égypte et du Nigeria parmi les marchés les plus actifs.', ['Égypte', 'Nigeria']],
    // The giver's own vehicle after "from its".
    ['There was also a lone New Zealand investor: Auckland-based Icehoutilize Ventures, which chipped in § from its Growth Fund II.', ['Growth Fund II']],
    ['Acme received § from its Opportunity Fund III, the firm said.', ['Opportunity Fund III']],
    // Two places sharing one "-based".
    ['The financing was led by Happiness Capital and Hanaco Ventures, a New York and Tel Aviv-based fund specialising in Israeli startups.', ['New York', 'Tel Aviv']],
    ['The § round was led by Accel and Vertex, a London and Paris-based firm.', ['London', 'Paris']],
    // An indefinite description after a name ending on the investor's country.
    ['Il a été mené par Elaia, à laquelle se sont joints Giant Ventures, un investisseur basé au Royaume Uni, ainsi que Serena.', ['Uni', 'Royaume Uni']],
    ['La levée de § est menée par Partech, avec Kima, un fonds basé en Belgique Wallonne, et Breega.', ['Belgique Wallonne', 'Wallonne']],
  ];
  it.each(rows)('%s', (sentence, forbidden) => {
    const got = names(sentence);
    for (const n of forbidden) expect(got).not.toContain(n);
  });
});

describe('relative clauses and credits that name no investor', () => {
  const rows: Array<[string, string[]]> = [
    ['Acme said the deal that it signed was big.', ['Acme']],
    ['The round which the company announced on Monday closed in May.', ['the company']],
    ['Acme a levé § auprès de Kima, selon Les Echos.', ['Les Echos']],
    ['Acme raised § from funds managed by its founders.', ['its founders']],
  ];
  it.each(rows)('%s', (sentence, forbidden) => {
    const got = names(sentence);
    for (const n of forbidden) expect(got).not.toContain(n);
  });
});

describe('"tout comme" / "as did" without a participation verb before it', () => {
  const rows: Array<[string, string[]]> = [
    ['Le marché sénégalais progresse, tout comme la Côte d’Ivoire, selon le rapport sur les levées de §.', ['Côte d’Ivoire']],
    ['Revenue grew in 2023, as did Europe, after the § round.', ['Europe']],
  ];
  it.each(rows)('%s', (sentence, forbidden) => {
    const got = names(sentence);
    for (const n of forbidden) expect(got).not.toContain(n);
  });
});

describe('"on board" as agreement, not investment', () => {
  const rows: Array<[string, string[]]> = [
    ['Apple is on board with the new standard, after the § round.', ['Apple']],
    ['Google was on board the flight.', ['Google']],
  ];
  it.each(rows)('%s', (sentence, forbidden) => {
    const got = names(sentence);
    for (const n of forbidden) expect(got).not.toContain(n);
  });
});
