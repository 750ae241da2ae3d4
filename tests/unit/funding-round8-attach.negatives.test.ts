import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

/**
 * Round 8 (issue 3), negatives: attachments that must not move. Each item of a roundup keeps its own investors; a relative
 * clause about the round ("which was led by") is not an investor's past; a company named after a cue without a deal of its
 * own changes nothing; "these rounds" without a count stays with the last sentence's deals.
 */
type Want = Record<string, { leads?: string[]; investors?: string[] }>;
const ROWS: Array<[string, string[], Want]> = [
  ['a roundup: each item keeps its lead', [
    'Arca raised $10 million in a round led by Accel.',
    'Belto raised $25 million in a Series B led by Index Ventures.',
    'Cirro raised $3 million, led by Seedcamp.',
  ], { Arca: { leads: ['Accel'] }, Belto: { leads: ['Index Ventures'] }, Cirro: { leads: ['Seedcamp'] } }],
  ['un récapitulatif : chaque levée garde son chef de file', [
    'Lumio a levé 12 millions d’euros lors d’un tour de table mené par Partech.',
    'Verdane a levé 3 millions d’euros, un tour mené par Kima Ventures.',
  ], { Lumio: { leads: ['Partech'] }, Verdane: { leads: ['Kima Ventures'] } }],
  ['X, which led Y’s seed, leads Z’s Series A: Z keeps its lead', [
    'Quill raised $2 million in a seed round in 2021.',
    'Zeta has raised $15 million in a Series A led by Gobi Partners, which led Quill’s seed.',
  ], { Zeta: { leads: ['Gobi Partners'] } }],
  ['X, qui avait mené l’amorçage de Y, mène la série A de Z', [
    'Quill a levé 2 millions d’euros en amorçage en 2021.',
    'Zeta a levé 15 millions d’euros en série A, menée par Kima, qui avait mené le tour de table de Quill.',
  ], { Zeta: { leads: ['Kima'] } }],
  ['the round’s own relative clause is no investor past', [
    'Nimbus raised $20 million in a Series B round, which was led by Accel.',
  ], { Nimbus: { leads: ['Accel'] } }],
  ['lead investor "for the first time": no company after the cue', [
    'Nimbus raised $20 million.',
    'Separately, Kettle raised $5 million.',
    'Accel acted as lead investor for the first time in Europe.',
  ], { Nimbus: { leads: [] }, Kettle: { leads: ['Accel'] } }],
  ['a company after the cue with no deal of its own changes nothing', [
    'Nimbus raised $20 million.',
    'Accel acted as lead investor, as it did for Stripe in 2012.',
  ], { Nimbus: { leads: ['Accel'] } }],
  ['an uncounted back-reference stays with the last deal', [
    'Arca raised $10 million in March.',
    'In May, Belto raised $25 million.',
    'The round was led by Accel.',
  ], { Arca: { leads: [] }, Belto: { leads: ['Accel'] } }],
  // The round just read named again in the clause: no second deal.
  ['its Series A round, which was led by: the same round', [
    'Nimbus raised $20 million in its Series A round, which was led by Accel.',
  ], { Nimbus: { leads: ['Accel'] } }],
  ['"the round, which was led by": the round just read', [
    'Nimbus raised $20 million in a Series B round.',
    'The round, which was led by Accel, values Nimbus at $200 million.',
  ], { Nimbus: { leads: ['Accel'] } }],
  ['la levée, qui a été menée par : la levée qui vient d’être lue', [
    'Lumio a levé 12 millions d’euros en série A.',
    'Cette levée de fonds, qui a été menée par Partech, doit financer son expansion.',
  ], { Lumio: { leads: ['Partech'] } }],
  // An earlier round named as such keeps its own lead.
  ['"That earlier round was led by" stays with the earlier round', [
    'Acme has raised $20 million in a Series B led by Sequoia.',
    'The company had previously raised $5 million in 2020.',
    'That earlier round was led by Accel.',
  ], { Acme: { leads: ['Sequoia'] } }],
  ['"The 2020 round was led by" stays with the 2020 round', [
    'Acme has raised $20 million in a Series B led by Sequoia.',
    'The company had previously raised $5 million in 2020.',
    'The 2020 round was led by Accel.',
  ], { Acme: { leads: ['Sequoia'] } }],
];

describe('round 8 negatives: two subjects that raised together stay one deal', () => {
  it.each([
    ['Acme and Beta raised $10 million combined in the quarter.'],
    ['Acme et Beta ont levé 10 millions d’euros au total.'],
    ['Acme and Beta raised $10 million together.'],
    ['Paris and Berlin raised $10 billion in the quarter.'],
  ])('%s', (text) => {
    const { deals } = readFunding({ paragraphs: [text] });
    expect(deals.length).toBeLessThanOrEqual(1);
  });
});

describe('round 8 negatives: a fund’s backers read before any deal are no company’s investors', () => {
  it.each([
    [['Partech a annoncé la clôture de son fonds Partech Africa à 143 millions de dollars. Le financement compte l’apport de 40 investisseurs parmi lesquels la BEI, la SFI et la FMO.', 'Partech a investi en 2018 dans la plateforme TradeDepot, qui a levé 10 millions de dollars.']],
    [['Cherry Ventures closed its third fund at $300 million. Investors in the fund include Temasek and the European Investment Fund.', 'Its portfolio company Flix raised $50 million last year.']],
  ])('%#', (paragraphs) => {
    const { deals } = readFunding({ paragraphs });
    for (const d of deals) expect([...d.leadInvestors, ...d.investors].filter((n) => /BEI|SFI|FMO|Temasek|European Investment Fund/.test(n))).toEqual([]);
  });

  it('a standfirst’s investors, with no fund told, still reach the main deal', () => {
    const { deals } = readFunding({ paragraphs: ['The round was led by Sequoia, with participation from Accel.', 'Acme has raised $20 million in a Series A, the company said on Monday.'] });
    expect(deals[0]?.leadInvestors).toEqual(['Sequoia']);
    expect(deals[0]?.investors).toEqual(['Accel']);
  });
});

describe('round 8 negatives: the source of a fund’s or a lending programme’s money backs no deal', () => {
  it.each([
    [['Acme raised $5 million in a seed round.', 'Alitheia IDF has closed $10M from Open Society Foundations to lend to female tech entrepreneurs.'], 'Open Society Foundations'],
    [['Lumio a levé 5 millions d’euros.', 'Le programme a obtenu 20 millions d’euros de la part de la BEI pour prêter aux PME.'], 'BEI'],
  ])('%#', (paragraphs, name) => {
    const { deals } = readFunding({ paragraphs });
    for (const d of deals) expect([...d.leadInvestors, ...d.investors]).not.toContain(name);
  });

  it('"the § came from X" restating the deal still gives X to it', () => {
    const { deals } = readFunding({ paragraphs: ['Acme raised $5 million.', 'The $5 million came from Sequoia and Accel.'] });
    expect(deals[0]?.investors).toEqual(['Sequoia', 'Accel']);
  });
});

describe('round 8 negatives: a place alone after "round in" stays a place', () => {
  it('"§ round in Seattle." names no company', () => {
    const { deals } = readFunding({ paragraphs: ['Outreach raised $114 million.', 'Investors poured a $50M round in Seattle last week.'] });
    expect(deals.map((d) => d.company)).not.toContain('Seattle');
  });
});

describe('round 8 negatives: attachments that stay', () => {
  it.each(ROWS)('%s', (_label, paragraphs, want) => {
    const { deals } = readFunding({ paragraphs });
    for (const [company, w] of Object.entries(want)) {
      const deal = deals.find((d) => d.company === company && d.status === 'announced') ?? deals.find((d) => d.company === company);
      expect(deal, `deal of ${company}: ${JSON.stringify(deals.map((d) => d.company))}`).toBeDefined();
      if (w.leads) expect(deal!.leadInvestors).toEqual(w.leads);
      if (w.investors) expect(deal!.investors).toEqual(w.investors);
    }
  });

  it('the same round named in the clause makes no past deal', () => {
    const { deals } = readFunding({ paragraphs: ['Nimbus raised $20 million in its Series A round, which was led by Accel.'] });
    expect(deals.filter((d) => d.status === 'past')).toEqual([]);
  });
});
