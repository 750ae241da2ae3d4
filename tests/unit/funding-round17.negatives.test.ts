import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

// Round 17 look-alikes: invented sentences, EN and FR. A month with a year, "last <month>", or the same company's other round told
// as the news keep a month-dated round past (utils/deal-status.ts: MONTH_ALONE_DATE, settleMonthDatedRounds).

describe('round 17: a month-dated round stays past when it is not the page’s round', () => {
  // [label, paragraphs, amount that must be past]
  const rows: [string, string[], string][] = [
    ['the same company’s new round is the news (EN)', ['Quorvy has raised $50 million in a Series B led by Orrin Capital.', 'The startup raised $10 million in March.'], '$10 million'],
    ['a month with its year (EN)', ['Tallowby builds payroll tools.', 'Tallowby raised $12 million in April 2019 from outside funds.'], '$12 million'],
    ['"last March" is the year before (EN)', ['Tallowby builds payroll tools.', 'Tallowby raised $12 million last March from outside funds.'], '$12 million'],
    ['the same company’s new round is the news (FR)', ['Vanelo lève 30 millions d’euros en série B auprès de Serena.', 'La société avait levé 5 millions d’euros en avril.'], '5 millions d’euros'],
    ['a month with its year (FR)', ['Kestro analyse les sols agricoles.', 'Kestro a levé 4 millions d’euros en avril 2019 auprès de deux fonds.'], '4 millions d’euros'],
    ['told from the investor’s side: "joined a § round in X" (EN)', ['In October, Orrin Capital joined a $30 million round in Quorvy.'], '$30 million'],
    ['told from the investor’s side: "a investi § dans X" (FR)', ['En mars, Serena a investi 5 millions d’euros dans Vanelo.'], '5 millions d’euros'],
    ['several rounds listed by their months in one sentence (EN)', ['Quorvy raised $20 million in April, and Tallowby raised $8 million in June.'], '$8 million'],
  ];
  it.each(rows)('%s', (_label, paragraphs, amount) => {
    const deal = readFunding({ paragraphs }).deals.find((d) => d.amount?.text === amount);
    expect(deal?.status).toBe('past');
  });
});

describe('round 17: "after raising §" that tells an earlier round stays past', () => {
  // [label, paragraphs, amount that must be past]
  const rows: [string, string[], string][] = [
    ['a span before "after": the new round comes two weeks after the earlier one (EN)', ['Quorvy raised $30 million on Monday.', 'The funding comes barely two weeks after raising $5 million from angels.'], '$5 million'],
    ['another time cue in the clause (EN)', ['Tallowby shut down last year after raising $20 million.'], '$20 million'],
    ['the main clause raises: the "after" round is the earlier one (EN)', ['Brindle raised its Series B after closing a $5 million seed.'], '$5 million'],
    ['a second figure in the sentence (EN)', ['Quorvy raised $60 million in July after closing a $15 million round.'], '$15 million'],
    ['une autre date dans la proposition (FR)', ['Kestro a fermé ses portes en 2019 après avoir levé 7 millions d’euros.'], '7 millions d’euros'],
  ];
  it.each(rows)('%s', (_label, paragraphs, amount) => {
    const deal = readFunding({ paragraphs }).deals.find((d) => d.amount?.text === amount);
    expect(deal?.status).toBe('past');
  });
});
