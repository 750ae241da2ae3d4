import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

function dealsOf(paragraphs: string[]): { company: string | null; amount: string | undefined; status: string }[] {
  return readFunding({ paragraphs }).deals.map((d) => ({ company: d.company, amount: d.amount?.text, status: d.status }));
}

describe('round 11 negatives: parenthesised figures that are not compared rounds', () => {
  // [label, text, an amount that must not be a past deal]
  const rows: [string, string, string][] = [
    ['valuations compared, not raises (EN)', 'Acme raised $10 million in a round that values it below rivals like Stripe ($95bn) and Klarna ($45bn).', '$95bn'],
    ['revenues compared (FR)', 'Kiplo a levé 5 millions d’euros ; son chiffre d’affaires reste loin derrière Doctolib (300 millions d’euros) et Alan (200 millions).', '300 millions d’euros'],
    ['a roundup list with no comparison is this week’s news (EN)', 'This week’s rounds: Acme ($5M), Globex ($3M) and Initech ($2M).', '$5M'],
    ['one item is no list (EN)', 'Zentrix raised $12 million, following a raise by Acme ($50m) last year.', '$50m'],
    ['acquisitions compared (EN)', 'Acme raised $20 million after rivals were acquired: Globex ($300m) and Initech ($150m).', '$300m'],
  ];
  it.each(rows)('%s', (_label, text, amount) => {
    // The figure is read as money first, so the row cannot pass by missing it.
    const result = readFunding({ paragraphs: [text] });
    expect(result.money.map((m) => m.text)).toContain(amount);
    const deal = result.deals.find((d) => d.amount?.text === amount);
    expect(deal?.status === 'past' && deal.company !== null).toBe(false);
  });

  it('a bare figure in parentheses with no money figure before it stays no money (users, not euros)', () => {
    const deals = dealsOf(['Kiplo a levé 5 millions d’euros, après Qonto (70 millions) et Alan (50 millions) d’utilisateurs.']);
    expect(deals.some((d) => d.amount === '70 millions')).toBe(false);
  });
});

describe('round 11 negatives: a roundup’s examples ("such as", "comme") are its news, not compared rounds', () => {
  const rows: [string, string, string[]][] = [
    ['record porté par des levées comme (FR)', 'Un trimestre record, porté par quelques levées impressionnantes comme le fabricant de vélos Cowboy (71 millions d’euros), la licorne Deliverect (132 millions d’euros) ou encore la biotech Precirix (80 millions d’euros).', ['71 millions d’euros', '132 millions d’euros', '80 millions d’euros']],
    ['quarter driven by rounds such as (EN)', 'The quarter was driven by big funding rounds such as Acme ($70m), Globex ($50m) and Initech ($45m).', ['$70m', '$50m', '$45m']],
    ['startups like X (…) et Y (…) ont levé (FR)', 'Des start-up comme Alan (50 millions d’euros) et Qonto (30 millions d’euros) ont levé cette semaine.', ['50 millions d’euros', '30 millions d’euros']],
  ];
  it.each(rows)('%s', (_label, text, amounts) => {
    const deals = dealsOf([text]);
    for (const amount of amounts) expect(deals.find((d) => d.amount === amount)?.status).not.toBe('past');
  });
});

describe('round 11 negatives: a leading label that is not the line’s company', () => {
  // [label, line, amount, a company it must not be]
  const rows: [string, string, string, string][] = [
    ['newsletter connector, the body names its subject (EN)', 'Plus: US mental health startup Headway raises $125 million at a $1 billion valuation.', '$125 million', 'Plus'],
    ['heading label (EN)', 'Top Deals: the startup Acme raised $5 million from Sequoia.', '$5 million', 'Top Deals'],
    // A capitalised one-word rubric the label rule would otherwise take for a name.
    ['rubrique (FR)', 'Exclusif : la start-up Kiplo a levé 3 millions d’euros.', '3 millions d’euros', 'Exclusif'],
    ['rubrique, confidentiel (FR)', 'Confidentiel : la start-up Kiplo a levé 3 millions d’euros.', '3 millions d’euros', 'Confidentiel'],
    ['body names another company first (EN)', 'Acme: Globex, its rival, raised $9 million last week.', '$9 million', 'Acme'],
  ];
  it.each(rows)('%s', (_label, line, amount, notCompany) => {
    const deal = dealsOf([line]).find((d) => d.amount === amount);
    expect(deal).toBeDefined();
    expect(deal!.company).not.toBe(notCompany);
    expect(deal!.company).not.toBeNull();
  });
});

describe('round 11 negatives: a possessor’s figure that is no round', () => {
  const rows: [string, string, string][] = [
    ['a fund (EN)', 'Sequoia’s $8 billion new fund closed last month.', '$8 billion'],
    ['revenue (EN)', 'Acme’s $5 million annual revenue grew by half.', '$5 million'],
    ['a sale (EN)', 'Globex’s $300 million asset sale closed on Monday.', '$300 million'],
  ];
  it.each(rows)('%s', (_label, text, amount) => {
    expect(dealsOf([text]).some((d) => d.amount === amount)).toBe(false);
  });
});
