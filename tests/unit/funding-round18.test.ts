import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

// Round 18: invented sentences, EN and FR. The status reader (utils/deal-status.ts) keeps a round past when the page's news is
// something else: the company's failure (FAILURE_NEWS, lexicon LEX_FAILURE_NEWS_*) in the clause before "after raising §" or as
// the page's headline or first sentence, or a headline whose subject is the company doing something that is not a raise
// (headlineTellsOtherNews). Each row is announced without these guards.

describe('round 18: a round told beside the company’s failure or other news stays past', () => {
  // [label, title, paragraphs, amount that must be past]
  const rows: [string, string | undefined, string[], string][] = [
    ['"wound down its operations after raising §" (EN)', undefined, ['Orveda wound down its operations after raising $12 million from two funds.'], '$12 million'],
    ['"filed for bankruptcy after securing §" (EN)', undefined, ['Castrel filed for bankruptcy after securing $45 million in venture money.'], '$45 million'],
    ['"a mis la clé sous la porte après avoir levé §" (FR)', undefined, ['Pallomi a mis la clé sous la porte après avoir levé 4 millions d’euros.'], '4 millions d’euros'],
    ['"licencie … après avoir récolté §" (FR)', undefined, ['Zentrik licencie cinquante salariés après avoir récolté 7 millions d’euros.'], '7 millions d’euros'],
    ['a shutdown in the first sentence, a month-dated round after it (EN)', undefined, ['Orveda is shutting down its grocery delivery service.', 'The company raised $15 million in February.'], '$15 million'],
    ['layoffs in the headline, a month-dated round in the body (EN)', 'Castrel lays off a third of its staff', ['Castrel makes warehouse robots.', 'Castrel raised $30 million in January.'], '$30 million'],
    ['a "dépôt de bilan" in the first sentence, a month-dated round after it (FR)', undefined, ['Le tribunal a prononcé la liquidation judiciaire de Lumifer mardi.', 'Lumifer a levé 6 millions d’euros en avril.'], '6 millions d’euros'],
    ['a headline whose subject is the company opening a site (EN)', 'Zentrik opens a depot in Leeds', ['Zentrik raised $8 million in September.'], '$8 million'],
    ['a title-case headline of the company’s other news (EN)', 'Zentrik Hires A New Chief Operating Officer', ['Zentrik raised $8 million in September from two funds.'], '$8 million'],
    ['a headline whose subject is the company opening a shop (FR)', 'Pallomi ouvre une boutique à Nantes', ['Pallomi a levé 3 millions d’euros en juin.'], '3 millions d’euros'],
  ];
  it.each(rows)('%s', (_label, title, paragraphs, amount) => {
    const deal = readFunding({ paragraphs }, { title }).deals.find((d) => d.amount?.text === amount);
    expect(deal?.status).toBe('past');
  });
});

// A related story's headline (funding.ts RELATED_LINE, isRelatedParagraph: "Read also:", "Voir aussi :", a bare "Related;" heading
// above the line) names another article's round: no round of this page, where it was read as the page's news.
describe('round 18: a related story’s headline is no round of the page', () => {
  // [label, paragraphs]
  const rows: [string, string[]][] = [
    ['"Read also:" opening the line (EN)', ['Orveda opened a depot in Leeds, its chief executive said.', 'Read also: Castrel lands $30 million to expand its robot fleet']],
    ['a bare "Related;" heading above the headline (EN)', ['Mobile payments keep growing across the region.', 'Related;', 'Castrel Raises $45M led by Orrin Capital']],
    ['"Voir aussi :" opening the line (FR)', ['Les ventes de vélos ont encore progressé.', 'Voir aussi : Pallomi lève 4 millions d’euros pour ouvrir des boutiques']],
  ];
  // Round 39: a lone related line's raise is that other article's round, kept as a past deal (the fixtures' gold: techpadi 564,
  // carbonherald 726, fintechfutures 868; deals-round39-related.test.ts): never the page's announced news.
  it.each(rows)('%s', (_label, paragraphs) => {
    expect(readFunding({ paragraphs }).deals.filter((d) => d.status === 'announced')).toEqual([]);
  });
});
