/**
 * Funding rules, round 3: which sentences make a deal, and for which company
 * (.tmp/batch4-funding-report.md). Lists of rounds without a verb per item,
 * the company as object or possessor, places never the company. Each row is a
 * sentence of the kind that showed the miss, with negatives beside the
 * positives of each rule (the statistics are in funding-round3-negatives).
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

type Want = [company: string | null, value: number | null, status?: 'announced' | 'past'];
type Row = [name: string, paragraphs: string[], want: Want[]];

const dealsOf = (paragraphs: string[], withStatus: boolean) =>
  readFunding({ paragraphs }).deals.map((d) => (withStatus ? [d.company, d.amount?.value ?? null, d.status] : [d.company, d.amount?.value ?? null]));
const check = (paragraphs: string[], want: Want[]) => expect(dealsOf(paragraphs, want.some((w) => w.length === 3))).toEqual(want);

describe('verbless list lines under a heading about funding', () => {
  const rows: Row[] = [
    ['"Date: Name: §" lines after "These raises … include:"',
      ['These raises I’m talking about include:', 'Sep 13: Scalapay: $210 million', 'Sep 14: Who Gives a Crap: $41.5 million', 'Sep 15: Canva: $270 million', 'In total, that’s $521.5 million.'],
      [['Scalapay', 210e6, 'announced'], ['Who Gives a Crap', 41.5e6, 'announced'], ['Canva', 270e6, 'announced']]],
    ['bulleted "• Name — § round (backers)" lines',
      ['This week’s funding rounds:', '• Acme — $5M seed (Sequoia)', '• Beta Labs — $12M Series A (Accel, Index Ventures)'],
      [['Acme', 5e6], ['Beta Labs', 12e6]]],
    ['two list items with the same figure stay two deals',
      ['Les levées de la semaine :', 'Qonto : 10 millions d’euros', 'Alan : 10 millions d’euros'],
      [['Qonto', 10e6], ['Alan', 10e6]]],
    // Negatives.
    ['a lone "Name: §" line is not a list', ['Our weekly digest.', 'Acme: $5 million', 'The weather was fine.'], []],
    ['a list of revenues under a heading not about funding', ['Biggest retailers by sales:', 'Carrefour: €80 billion', 'Tesco: £60 billion'], []],
    ['profile fields ("Funding: §", "Valuation: §") are not companies',
      ['Acme raised money this week.', 'Funding: $5 million', 'Valuation: $50 million'], [['Acme', 5e6]]],
  ];
  it.each(rows)('%s', (_name, paragraphs, want) => check(paragraphs, want));
});

describe('companies followed by their figure in parentheses, in one sentence about funding', () => {
  const rows: Row[] = [
    ['"avec les levées de fonds de A (§), B (§), C (§) ; et … avec D (§)"',
      ['La concentration des levées de fonds s’est faite dans deux secteurs : la greentech, avec les levées de fonds de MyLight System (100 millions d’euros), Mecaware (40 M€), Mob- Energy (10 M€) ; et la fintech, avec Indy (40 M€).'],
      [['MyLight System', 100e6], ['Mecaware', 40e6], ['Mob- Energy', 10e6], ['Indy', 40e6]]],
    ['items whose name opens a long item: "A en février et son système … (§), après B qui conçoit … (§) et C en décembre … (§)"',
      ['Team for the Planet a validé des nouveaux apports pour trois startups : Air Booster en février et son système de chauffage (1,5 million d’euros), après Seaturns qui conçoit un flotteur (800.000 euros) et Geev en décembre avec son application (500 000 euros).'],
      [['Air Booster', 1.5e6, 'announced'], ['Seaturns', 0.8e6, 'announced'], ['Geev', 0.5e6, 'announced']]],
    // Negatives.
    ['one parenthesised figure is not a list', ['La greentech a brillé, avec MyLight System (100 millions d’euros) en tête des levées.'], []],
    ['places with their totals are not rounds', ['Les levées de fonds par ville : Paris (5 milliards d’euros), Lyon (250 millions d’euros).'], []],
    ['parenthesised figures in a sentence without funding words', ['Les ventes ont progressé chez Carrefour (80 milliards d’euros) et Casino (30 milliards d’euros).'], []],
  ];
  it.each(rows)('%s', (_name, paragraphs, want) => check(paragraphs, want));
});
