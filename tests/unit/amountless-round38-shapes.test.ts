import { describe, expect, it } from 'vitest';
import { findAmountlessRounds } from '../../utils/amountless-rounds';
import { summarizeText } from '../../utils/summary';

// Round 38 (issue 3): rounds told without their figure, in shapes seen on the fixtures' outlets (names changed where invented).
// [sentence, companies read, investor of the first (or null)].
const positive: Array<[string, string[], string | null]> = [
  // A closed round with an ordinal, a year or a Series noun (Racha 1018, investableuniverse 963, news-medical 611).
  ['AnaMehani, an online services marketplace, raises a third investment round from V.P.F Limited and moves its operations to Cairo.', ['AnaMehani'], null],
  ['Prior to its acquisition, Growers had received a 2018 Series A investment from Lewis & Clark Ventures, an early-stage VC.', ['Growers'], null],
  ['Tessera Bio closed a Series B financing led by Harbor Capital.', ['Tessera Bio'], null],
  ["Kiplo a bouclé sa deuxième levée de fonds auprès de Partech.", ['Kiplo'], null],
  // The press release's "today announced it has completed …": the company is the reporting verb's subject.
  ['Galera Therapeutics, a drug development company focused on novel therapeutics, today announced it has completed a Series 1 financing led by BioGenerator.', ['Galera Therapeutics'], null],
  // A counted list in the simple past, with a dash or "into" (inc42 340, insider.co.uk 1064).
  ['120 investors invested in Indian startups this week, of which only Cloud Capital invested in two startups — in fintech Tortoise and deeptech startup OWN.', ['Tortoise', 'OWN'], 'Cloud Capital'],
  ['Business angel group Archangel Informal Investment invested § into three start-up companies, Blackford Analysis, Calcivis and NCTech.', ['Blackford Analysis', 'Calcivis', 'NCTech'], 'Archangel Informal Investment'],
  // A round told by its rank (BetaKit 688, FinTech Global 951).
  ['Clio just raised the largest software funding round in Canadian tech history on the back of strong ARR.', ['Clio'], null],
  ['Rocker, formerly known as Bynk, raised the fourth biggest FinTech investment round in Sweden in 2019.', ['Rocker'], null],
  ['Kiplo a réalisé la plus grosse levée de fonds du trimestre.', ['Kiplo'], null],
  // A possessed round whose company comes with its descriptor (BetaKit 786), "took part in" (FinTech Futures 868).
  ['BDC Capital’s Seed Venture Fund participated in Sherbrooke AI chip developer Irréversible’s pre-seed round.', ['Irréversible'], 'Seed Venture Fund'],
  ['Harbor Capital, which also took part in Tessera’s Series A round last year, has backed ten startups.', ['Tessera'], 'Harbor Capital'],
];

// Near-misses: no round of a named company.
const negative: string[] = [
  // An investment alone, a stake or a loan, is not a closed round.
  'Acme said it has received an investment from Globex.',
  'Acme received a strategic investment from Globex.',
  // "it" with no reporting verb before it: no antecedent read.
  'Shortly after, it has closed a funding round led by Initech.',
  // A superlative with no round of the subject.
  'Acme raised the biggest concerns about the round.',
  'Acme raised the largest number of complaints in the survey.',
  'The startup, which raised the largest round in the sector, hired a CFO.',
  // An uncounted list, a dash before places rather than companies.
  'Sequoia invested in three startups last year, mostly in Europe.',
  'Sequoia invested in two startups — in Europe and in Asia.',
  // A possessive that is no round.
  'Globex joined fintech startup Acme’s board of directors.',
  'Harbor Capital took part in Acme’s annual conference.',
];

describe('amountless rounds, round 38: shapes that recur across outlets', () => {
  it.each(positive)('%s', (sentence, companies, investor) => {
    const found = findAmountlessRounds(sentence, null);
    expect(found.map((r) => r.company)).toEqual(companies);
    expect(found[0]!.investor).toBe(investor);
  });
  it.each(negative)('no round: %s', (sentence) => {
    expect(findAmountlessRounds(sentence, null)).toEqual([]);
  });
});

describe('amountless rounds, round 38: read as deals with no amount', () => {
  it('the press release keeps its lead', () => {
    const deals = summarizeText({ paragraphs: ['Galera Therapeutics, a drug development company, today announced it has completed a Series 1 financing led by BioGenerator.'] }).deals;
    expect(deals).toHaveLength(1);
    expect(deals[0]).toMatchObject({ company: 'Galera Therapeutics', amount: null, leadInvestors: ['BioGenerator'], status: 'announced' });
  });
  it('a ranked round in a past year is past', () => {
    const deals = summarizeText({ paragraphs: ['Rocker, formerly known as Bynk, raised the fourth biggest FinTech investment round in Sweden in 2019.'] }).deals;
    expect(deals).toHaveLength(1);
    expect(deals[0]).toMatchObject({ company: 'Rocker', amount: null, status: 'past' });
  });
});
