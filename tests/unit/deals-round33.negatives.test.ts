/**
 * Look-alikes of deals-round33.test.ts: "§ pour X" / "§ for X" lists that are no review of rounds. Acquisitions, revenue, grants,
 * valuations or funds in the head, a bracket opened by no round noun; places as owners, a lower-case purpose and no raising head
 * are in deals-round33-fix.test.ts (review of round 33, finding 5).
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.text ?? null]);

describe('round 33 negatives: no round for a "§ pour X" item outside a review of rounds (forListItem)', () => {
  it.each<[string]>([
    ["Le groupe a enchaîné les opérations de rachat (12 millions d'euros pour Kelbio, 8 millions d'euros pour Tarvi)."],
    ["La place lyonnaise a connu deux entrées en bourse (214 millions d'euros pour Kelbio et 93 millions d'euros pour Tarvi)."],
    ["Les sociétés du secteur ont réalisé 300 millions d'euros de chiffre d'affaires, avec 120 millions d'euros pour Kelbio et 80 millions d'euros pour Tarvi."],
    ['The university’s spinouts raised $30 million in grants this year, with $5 million for Kelbio and $3 million for Tarvi.'],
    ['The firm secured $500 million across two funds, with $300 million for Kestrel Growth and $200 million for Kestrel Seed.'],
    ['The acquirer paid $50 million, with $30 million for Kelbio and $20 million for Tarvi.'],
    ['The deals of the year were valued at $2 billion in all (valuations of $900 million for Kelbio and $600 million for Tarvi).'],
  ])('row %#', (sentence) => {
    expect(deals(sentence)).toEqual([]);
  });
});
