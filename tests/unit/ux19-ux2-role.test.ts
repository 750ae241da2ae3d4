/**
 * The contract's one `role` per investor is its role in the first deal it belongs to,
 * the main deal first (session 12, reader review: Vizzia's JSON said Headline "lead"
 * though it only took part in the Series B and led the earlier round, while the card
 * said "participant; lead, earlier round").
 */
import { describe, expect, it } from 'vitest';
import { firstDealRoleOf } from '../../utils/investor-roles';
import { summarizeText } from '../../utils/summary';
import type { Deal } from '../../utils/types';

function deal(overrides: Partial<Deal>): Deal {
  return {
    company: 'Acme', round: 'Series B', status: 'announced', amount: null, valuation: null,
    leadInvestors: [], investors: [], date: null, evidence: [], ...overrides,
  };
}

const DEALS: Deal[] = [
  deal({ leadInvestors: ['Kestrel Partners'], investors: ['Northwind Capital'] }),
  deal({ round: 'Seed', status: 'past', leadInvestors: ['Northwind Capital', 'Brightline'] }),
];

describe('firstDealRoleOf', () => {
  it.each([
    // [name, readers' role, deals, expected, why]
    ['Northwind Capital', 'lead', [0, 1], 'participant', 'takes part in the main deal, led the earlier one'],
    ['Northwind Capital', 'lead', [1, 0], 'participant', 'deal indexes out of order: the main deal still comes first'],
    ['Kestrel Partners', 'lead', [0], 'lead', 'leads the main deal'],
    ['Brightline', 'participant', [1], 'lead', 'only in the earlier round, which it led'],
    ['Northwind', 'lead', [0, 1], 'participant', 'short form of the name still matches'],
    ['Unlisted Fund', 'lead', [0], 'lead', 'no deal lists the name: the readers’ role stays'],
    ['Unlisted Fund', 'participant', [7], 'participant', 'an index past the deals: the readers’ role stays'],
  ] as const)('%s (%s, deals %j) -> %s: %s', (name, role, deals, expected, _why) => {
    expect(firstDealRoleOf({ name, role, deals: [...deals] }, DEALS)).toBe(expected);
  });
});

describe('summary investors’ role', () => {
  it('a lead of the earlier round who only takes part in this one is a participant in the JSON', () => {
    const s = summarizeText(
      {
        paragraphs: [
          'Acme, a Paris-based logistics startup, has raised $30 million in a Series B round led by Kestrel Partners, with participation from Northwind Capital.',
          'Northwind Capital led the company’s $4 million seed round in 2021.',
        ],
      },
      { lang: 'en', title: 'Acme raises $30 million' },
    );
    expect(s.deals[1]?.leadInvestors).toEqual(['Northwind Capital']);
    expect(s.investors.find((i) => i.name === 'Northwind Capital')?.role).toBe('participant');
    expect(s.investors.find((i) => i.name === 'Kestrel Partners')?.role).toBe('lead');
  });
});
