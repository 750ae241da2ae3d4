import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

// Review of round 18 (status rules, deal-status.ts settleMonthDatedRounds). Invented rows; each is a month-dated raise that is
// the page's news and must stay announced.
// (1) A failure in the first sentence whose subject is another company (a rival's layoffs, a competitor's shutdown or
//     bankruptcy) says nothing of the deal's company. ("After competitor X shut down, Y raised § in April" is still past:
//     deals.ts isPastContext reads the "after" clause, not this rule.)
// (2) A headline telling the raise with a headline verb or a raise synonym of the lexicon, or with "backing"/"capital"/"fonds",
//     is funding news, not the company's other news.
describe('review 18 (fx4): another company’s failure, a funding headline', () => {
  // [label, title, paragraphs, amount that must be announced]
  const rows: [string, string | undefined, string[], string][] = [
    ['a rival’s layoffs after the raise, same sentence (EN)', undefined, ['Vantrel raised $14 million in April, as rival Oskari announced layoffs.'], '$14 million'],
    ['a competitor’s bankruptcy before the raise (FR)', undefined, ['Après la faillite de son concurrent Morvio, Tessaly a levé 8 millions d’euros en avril auprès d’Eurazeo.'], '8 millions d’euros'],
    ['a rival’s layoffs told by the lead, the raise after it (FR)', undefined, ['Son concurrent Morvio a licencié vingt salariés.', 'Tessaly a levé 8 millions d’euros en avril auprès d’Eurazeo.'], '8 millions d’euros'],
    ['"secures backing" headline (EN)', 'Vantrel secures backing from Index Ventures to grow in Asia', ['Vantrel raised $14 million in April from Index Ventures.'], '$14 million'],
    ['"bags fresh capital" headline (EN)', 'Vantrel bags fresh capital from Index Ventures', ['Vantrel raised $14 million in April from Index Ventures.'], '$14 million'],
    ['"nets backing" headline (EN)', 'Vantrel nets backing from Balderton', ['Vantrel raised $14 million in April from Index Ventures.'], '$14 million'],
    ['"hauls in" headline, a raise synonym (EN)', 'Vantrel hauls in support from Balderton', ['Vantrel raised $14 million in April from Index Ventures.'], '$14 million'],
    ['"engrange des fonds" headline (FR)', 'Tessaly engrange des fonds pour conquérir l’Europe', ['Tessaly a levé 8 millions d’euros en avril auprès d’Eurazeo.'], '8 millions d’euros'],
    ['"décroche le soutien" headline, a headline verb (FR)', 'Tessaly décroche le soutien d’Eurazeo', ['Tessaly a levé 8 millions d’euros en avril auprès d’Eurazeo.'], '8 millions d’euros'],
  ];
  it.each(rows)('%s', (_label, title, paragraphs, amount) => {
    const deal = readFunding({ paragraphs }, { title }).deals.find((d) => d.amount?.text === amount);
    expect(deal?.status).toBe('announced');
  });
});
