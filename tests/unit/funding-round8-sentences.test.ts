import { describe, expect, it } from 'vitest';
import { isPastContext } from '../../utils/deals';
import { readFunding } from '../../utils/funding';

/**
 * Round 8 (issue 3): sentence shapes from batch 8 that ARE a company's round, told by one raiser (a single company, even with
 * many investors or a VC firm's portfolio company), French gerunds, a part of a round still being raised, "just raised".
 * Rows are invented instances of the shapes, English and French.
 */
const read = (text: string) => readFunding({ paragraphs: [text] });

/** [sentence, company (null: not asserted), amount text, status] */
const DEAL_ROWS: Array<[string, string | null, string, 'announced' | 'past']> = [
  // One company with many backers is still one round.
  ['Payments startup Zelo raised $20 million from 36 investors, including Index Ventures.', 'Zelo', '$20 million', 'announced'],
  ['La fintech Payfit a levé 14 millions d\'euros auprès de 12 investisseurs.', 'Payfit', '14 millions d\'euros', 'announced'],
  // A VC firm's portfolio company raising is a round, not the firm's fund.
  ['Greylock portfolio company Tandemly raised $8 million in a Series A round.', 'Tandemly', '$8 million', 'announced'],
  // French gerunds: "en récoltant §", "en levant §", "séduisant les investisseurs à hauteur de §".
  ['La medtech Cardiologs se démarque, en récoltant 8 millions d\'euros auprès d\'Idinvest.', 'Cardiologs', '8 millions d\'euros', 'announced'],
  ['En levant 12 millions d\'euros auprès de Partech, Nabla accélère son développement.', null, '12 millions d\'euros', 'announced'],
  ['En séduisant les investisseurs à hauteur de 30 millions d\'euros, Alan double sa valorisation.', null, '30 millions d\'euros', 'announced'],
  // "just raised" / "vient de lever" is the news, whatever dates an apposition tells before it.
  ['Orbit, a company that emerged from a restructuring in 2019, just raised $40 million in funding.', 'Orbit', '$40 million', 'announced'],
  ['La start-up Wizz vient de lever 6 millions d\'euros, après une première année difficile en 2022.', 'Wizz', '6 millions d\'euros', 'announced'],
  // A raise told before a sale is a past round.
  ['The startup was sold to Oracle for $300 million after it raised $45 million from VCs.', null, '$45 million', 'past'],
  // An investor's money into a company described by kind and adjective: "dans la start-up lyonnaise X".
  ['Partech a investi 4 millions d\'euros dans la start-up bordelaise Wizz.', 'Wizz', '4 millions d\'euros', 'announced'],
  ['Kima Ventures a investi 2 millions d\'euros dans la jeune pousse parisienne Lydia.', 'Lydia', '2 millions d\'euros', 'announced'],
  // "reçoit § auprès de X / d'investisseurs".
  ['La start-up Vizzia reçoit 2 millions d\'euros auprès d\'investisseurs privés.', 'Vizzia', '2 millions d\'euros', 'announced'],
  ['La start-up Vizzia reçoit 2 millions d\'euros auprès de Bpifrance.', 'Vizzia', '2 millions d\'euros', 'announced'],
];

describe('round 8: sentences that are a company\'s round', () => {
  it.each(DEAL_ROWS)('%s', (text, company, amount, status) => {
    const deals = read(text).deals;
    expect(deals.map((d) => d.amount?.text)).toEqual([amount]);
    if (company !== null) expect(deals[0]!.company).toBe(company);
    expect(deals[0]!.status).toBe(status);
  });
});

/** A part of a round still being raised: one deal, the money already in, with the round's name. */
const PART_ROWS: Array<[string, string, string | null]> = [
  ['Logistics startup Shipwell raised $20 million as part of its ongoing $40 million Series B round.', '$20 million', 'Series B'],
  ['Fleet operator Zoomcar secured $15 million as part of a planned $25 million Series C.', '$15 million', 'Series C'],
  ['La start-up Kiplo a levé 3 millions d\'euros dans le cadre de sa levée en cours de 5 millions d\'euros.', '3 millions d\'euros', null],
];

describe('round 8: a part of an ongoing round is one deal', () => {
  it.each(PART_ROWS)('%s', (text, amount, round) => {
    const deals = read(text).deals;
    expect(deals.map((d) => d.amount?.text)).toEqual([amount]);
    if (round) expect(deals[0]!.round).toBe(round);
  });
});

const PAST_ROWS: string[] = [
  'the sale of Acme to Splunk for § after it raised § from VCs',
  'the sale of Acme for § after the company had raised § from VCs',
  'Acme a été rachetée pour §, après avoir levé § auprès de Partech',
];
describe('round 8: a raise told before another event is past', () => {
  it.each(PAST_ROWS)('%s', (clause) => expect(isPastContext(clause)).toBe(true));
});
