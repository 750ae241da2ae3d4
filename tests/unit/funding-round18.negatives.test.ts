import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

// Round 18 look-alikes: invented sentences, EN and FR. A headline about the company's raise, a headline whose subject is one of
// its people, a closing or a cut that is no failure, and "after raising" behind growth keep the page's round announced
// (utils/deal-status.ts: FAILURE_NEWS, headlineTellsOtherNews).

describe('round 18: the page’s round stays announced beside look-alikes of failure or other news', () => {
  // [label, title, paragraphs, amount that must be announced]
  const rows: [string, string | undefined, string[], string][] = [
    ['a headline about the raise itself (EN)', 'Zentrik raises $8 million to open depots', ['Zentrik raised $8 million in September.'], '$8 million'],
    ['a headline whose subject is one of the company’s people (EN)', 'Zentrik CFO on building a finance team from scratch', ['Zentrik raised $8 million in September.'], '$8 million'],
    ['a headline about the round in French (FR)', 'Pallomi boucle une levée de fonds pour ouvrir des boutiques', ['Pallomi a levé 3 millions d’euros en juin.'], '3 millions d’euros'],
    ['a term of the round, not a failure: "liquidation preference" (EN)', undefined, ['Orveda’s new investors hold a 1x liquidation preference.', 'Orveda raised $15 million in February.'], '$15 million'],
    ['"folded its two apps into one" is no shutdown (EN)', undefined, ['Castrel folded its two apps into one this spring.', 'Castrel raised $30 million in January.'], '$30 million'],
    ['a site closed for works is no failure (FR)', undefined, ['Lumifer ferme temporairement son atelier pendant les travaux.', 'Lumifer a levé 6 millions d’euros en avril.'], '6 millions d’euros'],
    ['"after raising" behind growth: a hiring plan (EN)', undefined, ['Orveda is hiring sixty engineers after raising $12 million from two funds.'], '$12 million'],
    ['"après avoir levé" behind growth: a new plant (FR)', undefined, ['Pallomi agrandit son usine après avoir levé 4 millions d’euros.'], '4 millions d’euros'],
  ];
  it.each(rows)('%s', (_label, title, paragraphs, amount) => {
    const deal = readFunding({ paragraphs }, { title }).deals.find((d) => d.amount?.text === amount);
    expect(deal?.status).toBe('announced');
  });
});

// Look-alikes of a related story's label: the page's own round before a related link, and a label word inside prose
// ("we read also the filings") keep the page's rounds (funding.ts RELATED_LINE reads a label opening the line only).
describe('round 18: related labels leave the page’s own rounds alone', () => {
  it('the page’s round before a related link stays (EN)', () => {
    const deals = readFunding({ paragraphs: ['Castrel raised $30 million in a Series B led by Orrin Capital.', 'Read also: Warehouse robots find new buyers'] }).deals;
    expect(deals.map((d) => [d.company, d.status])).toEqual([['Castrel', 'announced']]);
  });
  it('"read also" inside a sentence is no label (EN)', () => {
    const deals = readFunding({ paragraphs: ['Analysts who read also the filings say Castrel raised $30 million in a Series B this week.'] }).deals;
    expect(deals.map((d) => d.company)).toEqual(['Castrel']);
  });
  it('the page’s round before a "Voir aussi" link stays (FR)', () => {
    const deals = readFunding({ paragraphs: ['Pallomi a levé 4 millions d’euros auprès de Serena.', 'Voir aussi : les boutiques de vélos se multiplient'] }).deals;
    expect(deals.map((d) => [d.company, d.status])).toEqual([['Pallomi', 'announced']]);
  });
});
