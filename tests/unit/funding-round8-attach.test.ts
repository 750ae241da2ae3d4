import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

/**
 * Round 8 (issue 3): which deal each lead and investor belongs to. The lead is read right; these rows check it reaches the
 * deal the sentence means. Rows are invented instances of the shapes found in 01–299, English and French.
 */
type Want = Record<string, { leads?: string[]; investors?: string[] }>;
const ROWS: Array<[string, string[], Want]> = [
  // The company named right after the cue has its own deal, though another deal was read last.
  ['lead investor for <Company>', [
    'Helix Bio raised CHF 20 million in a financing round.',
    'Novara, on the other hand, has raised CHF 4 million.',
    'Alpen Capital acted as lead investor for Helix Bio and other investors included Redline.',
  ], { 'Helix Bio': { leads: ['Alpen Capital'] }, Novara: { leads: [] } }],
  ['chef de file de <Company>', [
    'Lumio a levé 12 millions d’euros.',
    'De son côté, Verdane a levé 3 millions d’euros.',
    'Partech intervient comme chef de file de Lumio, aux côtés de Kima.',
  ], { Lumio: { leads: ['Partech'] }, Verdane: { leads: [] } }],
  ['led the investment in <Company>', [
    'Orbital raised $30 million.',
    'Meanwhile, Kettle raised $5 million.',
    'Index Ventures led the investment in Orbital, with Seedcamp joining.',
  ], { Orbital: { leads: ['Index Ventures'] }, Kettle: { leads: [] } }],
  ['leads <Company>’s round', [
    'Zeta raised $12 million.',
    'Separately, Quill raised $2 million.',
    'Northwind Capital leads Zeta’s round, alongside Gobi.',
  ], { Zeta: { leads: ['Northwind Capital'] }, Quill: { leads: [] } }],
  // An investor's past told in a clause: the figure after the lead is that past round, not this lead's.
  ['that recently backed … as it raised §', [
    'Lumen raised $40 million in a Series B.',
    'The round was led by Orbit, the US venture firm that recently backed another start-up, Halto, as it raised $100m.',
  ], { Lumen: { leads: ['Orbit'] }, Halto: { leads: [], investors: ['Orbit'] } }],
  ['qui avait déjà financé … (§)', [
    'Nova a levé 8 millions d’euros en série A.',
    'Le tour a été mené par Kima, qui avait déjà financé Dolo lors de sa levée de 2 millions d’euros.',
  ], { Nova: { leads: ['Kima'] } }],
  // A plural back-reference reaches as many deals as it counts, though they were told in two sentences.
  ['ces deux tours de table', [
    'Lydo a levé 40 millions d’euros.',
    'Une semaine plus tard, Quanto a bouclé un tour de table de 104 millions d’euros.',
    'Ces deux tours de table ont été menés par Tencent.',
  ], { Lydo: { leads: ['Tencent'] }, Quanto: { leads: ['Tencent'] } }],
  ['both rounds were led by', [
    'Arca raised $10 million in March.',
    'In May, Belto raised $25 million.',
    'Both rounds were led by Accel.',
  ], { Arca: { leads: ['Accel'] }, Belto: { leads: ['Accel'] } }],
  // A lead told in a relative clause on the company's earlier round: a past deal of its own, not the news.
  ['extension of the start-up’s Series A round, which was led by', [
    'Roomly has raised US$ 1 million in venture debt from Trinity.',
    'The debt is an extension of the start-up’s Series A funding round, which was led by Accel and Jungle Ventures.',
  ], { Roomly: { leads: [] } }],
  ['sa précédente série A, qui avait été menée par', [
    'Lumio a levé 5 millions d’euros en dette auprès de Bpifrance.',
    'Ce prêt complète sa précédente série A, qui avait été menée par Partech.',
  ], { Lumio: { leads: [] } }],
  // A place after "round in" only describes the company named after it: the lead is that company's, not the last deal's.
  ['§ round in <Place> <descriptors> startup <Company>', [
    'Outreach raised $114 million.',
    'Tiger Global leads $50M round in Seattle spa and salon software startup Zenoti',
  ], { Zenoti: { leads: ['Tiger Global'] }, Outreach: { leads: [] } }],
  ['§ round for <Place>-based fintech <Company>', [
    'Monzo raised £20 million.',
    'Accel leads £10M round for London-based fintech Tandem.',
  ], { Tandem: { leads: ['Accel'] }, Monzo: { leads: [] } }],
  // "The round" after an earlier round told in between is the news.
  ['The round was led by, after an earlier round', [
    'Acme has raised $20 million in a Series B.',
    'The company had previously raised $5 million in 2020.',
    'The round was led by Sequoia, with participation from Accel.',
  ], { Acme: { leads: ['Sequoia'], investors: ['Accel'] } }],
  ['Le tour de table a été mené par, après une levée passée', [
    'Acme a levé 20 millions d’euros en série B.',
    'La société avait levé 5 millions d’euros en 2020.',
    'Le tour de table a été mené par Partech.',
  ], { Acme: { leads: ['Partech'] } }],
];

describe('round 8: attachment of leads and investors', () => {
  it.each(ROWS)('%s', (_label, paragraphs, want) => {
    const { deals } = readFunding({ paragraphs });
    for (const [company, w] of Object.entries(want)) {
      const deal = deals.find((d) => d.company === company && d.status === 'announced') ?? deals.find((d) => d.company === company);
      expect(deal, `deal of ${company}: ${JSON.stringify(deals.map((d) => d.company))}`).toBeDefined();
      if (w.leads) expect(deal!.leadInvestors).toEqual(w.leads);
      if (w.investors) expect(deal!.investors).toEqual(w.investors);
    }
  });

  it.each([
    ['Among the deals were a $300 million infusion into Betashares from Temasek, and $120 million secured by Cover Genius.', 'Betashares'],
    ['The quarter’s largest deal was a $50 million infusion into Lumio, a Lyon-based robotics firm.', 'Lumio'],
  ])('"§ infusion into X" is X’s round (%#)', (text, company) => {
    const { deals } = readFunding({ paragraphs: [text] });
    expect(deals[0]?.company).toBe(company);
  });

  it.each([
    ['Challenger bank Bunq and fashion retail disrupter Otrium, also based in Amsterdam, raised more than €100 million.', ['Bunq', 'Otrium']],
    ['La fintech Alan et la start-up Qonto ont levé 50 millions d’euros ce trimestre.', ['Alan', 'Qonto']],
    ['Logistics platform Shipfast and insurtech Coverly raised $40 million in the quarter.', ['Shipfast', 'Coverly']],
  ])('two subjects of one raise: a deal each, with the figure (%#)', (text, companies) => {
    const { deals } = readFunding({ paragraphs: [text] });
    expect(deals.map((d) => d.company).sort()).toEqual([...companies].sort());
    expect(new Set(deals.map((d) => d.amount?.value)).size).toBe(1);
  });

  it.each([
    ['Roomly has raised US$ 1 million in venture debt from Trinity. It extends the start-up’s Series A funding round, which was led by Accel.', 'Series A', 'Accel'],
    ['Lumio a levé 5 millions d’euros en dette. Ce prêt complète sa précédente série A, qui avait été menée par Partech.', 'Series A', 'Partech'],
  ])('the earlier round is a past deal with its lead: %s', (text, round, lead) => {
    const { deals } = readFunding({ paragraphs: [text] });
    const past = deals.find((d) => d.round === round);
    expect(past?.status).toBe('past');
    expect(past?.leadInvestors).toEqual([lead]);
  });
});
