/**
 * Round 38 (session 25, extras), near-misses of the class and period statistics (deals.ts LIST_BULLET_OPENING, PLURAL_MODIFIER,
 * WITH_PLURAL_RAISING_BEFORE, PERIOD_SAW_BEFORE; raisers.ts POPULATION_SECTOR_TAIL): one company's round stays a round.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (text: string) => readFunding({ paragraphs: [text] }).deals.map((d) => [d.company, d.amount?.text ?? null]);

describe('round 38: one named company raised, whatever the shape around it', () => {
  it.each<[string, string, string, string]>([
    ['a bulleted item names its company', '- Kestrel Labs raised $12 million in a Series A led by Accel.', 'Kestrel Labs', '$12 million'],
    ['"Enterprises" capitalised ends a name', 'Adani Enterprises raised $400 million from a group of investors.', 'Adani Enterprises', '$400 million'],
    ['a "with" clause with a named company', 'Funding rose this week, with Kestrel Labs raising $12 million in a Series A.', 'Kestrel Labs', '$12 million'],
    ['a sector word in a company name, no place', 'Brevik Fintech Partners raised $15 million in a Series B round.', 'Brevik Fintech Partners', '$15 million'],
    ['a company that saw a round close', 'Kestrel Labs saw its $12 million Series A close on Monday.', 'Kestrel Labs', '$12 million'],
  ])('%s', (_name, text, company, amount) => {
    expect(deals(text)).toContainEqual([company, amount]);
  });
});
