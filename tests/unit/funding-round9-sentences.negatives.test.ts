import { describe, expect, it } from 'vitest';
import { isPastContext } from '../../utils/deals';
import { readFunding } from '../../utils/funding';

/**
 * Round 9 (issue 3): money that looks like a round but is not one (per the dev README: plans and talks are not raises yet;
 * revenue, grants from public bodies, buybacks, fund closes and acquisitions are other money), and time phrases that do not
 * date the figure as an earlier round. Rows are invented instances, English and French.
 */
const NO_DEAL: string[] = [
  // Plans, talks, hopes: not raised yet.
  'Acme is in talks to raise $100 million at a $1 billion valuation.',
  'Acme plans to raise $50 million next year.',
  'Acme is seeking to raise $30 million in a Series B.',
  'Acme is in discussions to raise about $40 million from new investors.',
  'Kiplo cherche à lever 20 millions d\'euros.',
  'Kiplo prévoit de lever 15 millions d\'euros l\'an prochain.',
  'Kiplo serait en discussion pour lever 50 millions d\'euros.',
  'Kiplo compte lever 30 millions d\'euros d\'ici la fin de l\'année.',
  'La start-up ambitionne de lever 100 millions d\'euros en série C.',
  // Other money.
  'Acme reported $50 million in annual recurring revenue.',
  'Acme generated $40 million in revenue last year.',
  'Index Ventures closed a $300 million seed fund.',
  'Acme received a $2 million grant from the European Commission.',
  'Acme announced a $100 million share buyback.',
  'Acme was acquired by Oracle for $300 million.',
  'Kiplo a reçu une subvention de 2 millions d\'euros de la région.',
  'Kiplo a réalisé un chiffre d\'affaires de 12 millions d\'euros.',
  'The region attracted $115bn of venture capital investment last year.',
  // Loans that are not a company's debt round.
  'The bank has a loan book of $500 million.',
  'Acme offers student loans of up to $50,000.',
  'The IMF approved a $3 billion loan to Egypt.',
  'Le gouvernement accorde un prêt de 2 milliards d\'euros à la compagnie aérienne.',
];

describe('round 9: not a round', () => {
  it.each(NO_DEAL)('%s', (text) => {
    expect(readFunding({ paragraphs: [text] }).deals.map((d) => d.amount?.text)).toEqual([]);
  });
});

/** Rounds that stay the news: a time after something other than a raise, or "after" naming the news itself. */
const STILL_NEWS: Array<[string, string]> = [
  ['Acme raised $20 million in a Series A, two years after its launch.', '$20 million'],
  ['Acme raised $8 million in seed funding six months after the same investors backed its rival.', '$8 million'],
  ['Kiplo lève 5 millions d\'euros, deux ans après son lancement.', '5 millions d\'euros'],
  ['Kiplo lève 7 millions d\'euros, un an après sa création à Lyon.', '7 millions d\'euros'],
  ['Acme secured $12 million, three months after the launch of its app.', '$12 million'],
];

describe('round 9: still the news round', () => {
  it.each(STILL_NEWS)('%s', (text, amount) => {
    const deals = readFunding({ paragraphs: [text] }).deals;
    expect(deals.map((d) => `${d.amount?.text} ${d.status}`)).toEqual([`${amount} announced`]);
  });
});

const NOT_PAST: string[] = [
  'Acme raised , two years after its launch.',
  'Kiplo lève , un an après sa création.',
  'Acme raised , three months after the launch of its app.',
];

describe('round 9: a time after a non-raise does not date the figure', () => {
  it.each(NOT_PAST)('%s', (clause) => {
    expect(isPastContext(clause)).toBe(false);
  });
});
