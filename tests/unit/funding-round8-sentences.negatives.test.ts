import { describe, expect, it } from 'vitest';
import { isPastContext } from '../../utils/deals';
import { readFunding } from '../../utils/funding';

/**
 * Round 8 (issue 3): money that is not a company's round. A plural or collective raiser makes a market statistic; a VC firm
 * raising for its own fund is a fund close; share sales and listings raise proceeds, not rounds; French sale words veto.
 * Rows are invented instances of the shapes, English and French.
 */
const NO_DEAL: string[] = [
  // Collective agents and places: market totals.
  'The quarter closed with $4.1 billion raised by 210 startups across Europe.',
  'Au troisième trimestre, 1,2 milliard d\'euros ont été levés par les start-ups de la French Tech.',
  'Près de 900 millions d\'euros levés par des jeunes pousses lyonnaises en 2023.',
  'The week ended with $1.2 billion raised in India, led by a mega-round.',
  'La semaine du 2 au 8 mars frôle ainsi 700 millions d\'euros levés en France.',
  // Plural subjects and pronouns.
  'Last year, they raised $3.4 billion, a record for African startups.',
  'Les start-up tricolores ont déjà récolté 4 milliards d’euros, soit plus qu\'en 2022.',
  'En mai, elles ont levé 900 millions d\'euros selon le baromètre.',
  'Le mois a été faste pour les startups françaises, qui ont levé pas moins de 600 millions d\'euros.',
  // Fund closes.
  'Index Ventures raised $2 billion, becoming the largest European venture capital fund this year.',
  'Partech a levé 400 millions d\'euros, devenant le premier fonds de capital-risque français à franchir ce seuil.',
  'Accel raised $650 million for its Accel Europe Fund VII.',
  'Lightspeed raised $900 million for its U.S. Venture Fund XIV.',
  'Andreessen Horowitz raised $4.5 billion for its fourth crypto fund.',
  // Listing proceeds.
  'The company sold 10 million shares in the IPO at $20 to raise $200 million.',
  'Acme priced its initial public offering on Nasdaq, selling shares at $15 to raise $150 million.',
  // French sale words.
  'La start-up a été cédée à Cisco pour 200 millions d\'euros.',
  'Le groupe annonce la cession de sa filiale Kiplo pour 30 millions d\'euros.',
  'Wizz a été reprise par le groupe Orange pour 12 millions d\'euros.',
];

describe('round 8: not a company\'s round', () => {
  it.each(NO_DEAL)('%s', (text) => {
    expect(readFunding({ paragraphs: [text] }).deals.map((d) => d.amount?.text)).toEqual([]);
  });
});

/** "as part of a larger § round" stays as before: the larger round is the deal, the part is not a second one. */
describe('round 8: a part of a larger round still gives one deal (the round)', () => {
  it('larger round', () => {
    const deals = readFunding({ paragraphs: ['World Co has secured a $200 million investment from Acme Capital as part of a larger $1 billion round.'] }).deals;
    expect(deals.map((d) => d.amount?.text)).toEqual(['$1 billion']);
  });
});

/** "had just raised" / "venait de lever" stays past; "just" alone does not hide a past cue after it. */
const STILL_PAST: string[] = [
  'Acme had just raised § in 2019',
  'en 2021, la société venait de lever §',
  'last year, after raising ',
];
describe('round 8: past cues kept', () => {
  it.each(STILL_PAST)('%s', (clause) => expect(isPastContext(clause)).toBe(true));
});
