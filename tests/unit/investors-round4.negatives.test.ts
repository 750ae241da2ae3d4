/**
 * Investor lists, round 4: sentences that must NOT yield these investors (the negative
 * side of investors-round4.test.ts). Money masked as "§".
 */
import { describe, expect, it } from 'vitest';
import { findInvestorMentions, mergeInvestors, parseList } from '../../utils/investors';
import type { Deal } from '../../utils/types';

const names = (s: string, nearDeal = true) => findInvestorMentions(s, { nearDeal }).flatMap((m) => m.names);

describe('no investor read', () => {
  const rows: Array<[string, string[]]> = [
    // The backers of a fund (its limited partners), not of a round; a country's possessive is no investor.
    ['Australia’s sovereign wealth fund and Greenspring Associates are some of the investors that participated in Blackbird’s fund, according to its partners.', []],
    ['Temasek and GIC were among the investors in the Sequoia Capital Global Growth Fund.', []],
    // "led" with an object or a complement is not a round's lead.
    ['Sarah Chen led the company through its IPO.', []],
    ['Scalekit led with a § round.', []],
    ['The engineers she led were moved to Berlin.', []],
    // A bare "led" far from any deal.
    ['Accel led.', []],
    // Founders of firms are people; the firms are not investors.
    ['The round was led by LocalGlobe, with participation from Creandum and angel investors including founders of iZettle, Supercell, King and EQT Ventures.', ['LocalGlobe', 'Creandum']],
    // A capitalised adjective before a descriptor noun is not the name.
    ['Online eyewear retailer Lenskart has invested § in Ditto.', ['Lenskart']],
  ];
  it.each(rows)('%s', (sentence, want) => expect(names(sentence, !sentence.startsWith('Accel led.'))).toEqual(want));
});

describe('the first item of a list is not cut when the list has its own end', () => {
  // A participle list closed by a semicolon keeps all its leads: only a list running into the next verb is split.
  it('keeps every lead before a semicolon', () => {
    expect(findInvestorMentions('Led by an investment from Accel and Index; Sequoia also participated in the round.', { nearDeal: true }).map((m) => [m.role, m.names])).toEqual([
      ['lead', ['Accel', 'Index']],
      ['participant', ['Sequoia']],
    ]);
  });
});

describe('glue is split only after a fund word inside a multi-word name', () => {
  const rows: Array<[string, string[]]> = [
    ['DoorDash and BlackRock', ['DoorDash', 'BlackRock']],
    ['Partners Group and PayPal Ventures', ['Partners Group', 'PayPal Ventures']],
    // "More" glued without "here" is part of the word.
    ['EvenMore Capital', ['EvenMore Capital']],
  ];
  it.each(rows)('%s', (segment, want) => expect(parseList(segment, 'forward')).toEqual(want));
});

describe('a surname is not merged into a firm or another person', () => {
  const deal = (investors: string[]): Deal => ({ company: 'X', round: null, status: 'announced', amount: null, valuation: null, leadInvestors: [], investors, date: null, evidence: [] });
  const rows: Array<[string[], string[]]> = [
    [['Tandem Capital', 'Capital'], ['Tandem Capital', 'Capital']],
    [['Craig Newmark', 'Newmarket'], ['Craig Newmark', 'Newmarket']],
    [['Third Kind', 'Kindred'], ['Third Kind', 'Kindred']],
  ];
  it.each(rows)('%j', (input, want) => expect(mergeInvestors([deal(input)]).map((i) => i.name)).toEqual(want));
});

describe('a state fund named by its country is not the country', () => {
  const rows: Array<[string, string[]]> = [
    ['The round was led by Australia’s sovereign wealth fund and Greenspring Associates.', ['Greenspring Associates']],
    ['The § round was backed by Norway’s government pension fund and Accel.', ['Accel']],
  ];
  it.each(rows)('%s', (sentence, want) => expect(names(sentence)).toEqual(want));
});

describe('the common forms need their round', () => {
  const rows: Array<[string, string[]]> = [
    // "made by" whose subject is not the round.
    ['The company raised § on Monday; the announcement was made by CEO John Smith.', []],
    ['The company raised § last year and is funded by Y Combinator.', []],
    // A topic, not a definite round, as the subject.
    ['AI funding saw some momentum with Chennai-based Mad Street Den and ThinCI picking up hefty rounds.', []],
    // Money put into a fund.
    ['Telus committed § to the Telus Pollinator Fund.', []],
    // "headed" without a round object.
    ['Accel headed the list of the most active investors.', []],
  ];
  it.each(rows)('%s', (sentence, want) => expect(names(sentence)).toEqual(want));
});

describe('the new cues need their round or their list', () => {
  const rows: Array<[string, string[]]> = [
    // "Investors were attracted by": not a list of investors (only "include" opens one at the start of a sentence).
    ['Investors were also attracted by Basel digital health start-up docdok.health and Lausanne mobility analytics company Kido Dynamics.', []],
    // "funds a series of programmes" is no Series round.
    ['The Gates Foundation funds a series of health programmes.', []],
    // A French project financed by a body, not a round.
    ['Le projet a été financé par l’Union européenne.', []],
    // Money put into a fund, in French.
    ['Bpifrance a investi § dans le fonds Ambition Numérique.', []],
    // "via its fund X": the vehicle of the name before; the owner stays the investor.
    ['Tencent, via its fund Tencent Ventures, invested § in the company.', ['Tencent']],
  ];
  it.each(rows)('%s', (sentence, want) => expect(names(sentence)).toEqual(want));
});

describe('descriptors that must stay', () => {
  const rows: Array<[string, string[]]> = [
    // A ranking "led by" companies: no lead.
    ['Techboard’s Funding Report found that the most significant funding results were led by Victorian unicorns Property Exchange Australia Ltd (PEXA), which was acquired for §, and Judo Bank, which secured §.', []],
    ['The league table of Sydney’s start-up deals was led by Canva and Airwallex.', []],
    // An unnamed arm alone keeps its owner; capitalised names are not cut at "VC" inside them.
    ['The round was led by Google’s venture arm.', ['Google']],
    ['The round was led by Mantis VC and Indian Angel Network.', ['Mantis VC', 'Indian Angel Network']],
  ];
  it.each(rows)('%s', (sentence, want) => expect(names(sentence)).toEqual(want));
});

describe('a bare "led" needs the other investors after it', () => {
  const rows: Array<[string, string[]]> = [
    // A place or a sector ranked first in a market roundup is no lead.
    ['London led, with 1,200 deals worth §.', []],
    ['California led, followed by New York.', []],
    ['Sequoia led.', []],
  ];
  it.each(rows)('%s', (sentence, want) => expect(names(sentence)).toEqual(want));
});

describe('descriptor nouns in capitals are part of a name', () => {
  const rows: Array<[string, string[]]> = [
    ['The round was led by Business Finland and Network Capital.', ['Business Finland', 'Network Capital']],
    ['The round was led by App Works and Service Ventures.', ['App Works', 'Service Ventures']],
  ];
  it.each(rows)('%s', (sentence, want) => expect(names(sentence)).toEqual(want));
});

describe('returning without a round is no investment', () => {
  const rows: Array<[string, string[]]> = [
    ['Co-founder Jane Smith returned to the company as CEO.', []],
    ['Revenue returned to growth in the quarter.', []],
    ['Accel was joined on the board by Jane Smith.', []],
  ];
  it.each(rows)('%s', (sentence, want) => expect(names(sentence)).toEqual(want));
});
