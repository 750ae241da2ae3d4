/**
 * Round 20 (deals.ts), fixes from the review of round 19 and readers of batch-14 shapes. Invented sentences, EN and FR.
 * - a fronted "after/once" clause about another event keeps the year told inside it (FRONTED_YEAR_CUE, withoutFrontedEvent);
 * - a sum shared out with "respectively" by ONE company stays that company's round (sharedBySeveral);
 * - batch 14, sums of a period or a class: a figure told over a span of months (RAISED_OVER_SPAN), raised by a bare plural class
 *   with its adjective (PLURAL_BARE_AGENT_AFTER); a raise's parts after its backers (BACKERS_THEN_PART); a debt part after an
 *   equity part names no kind (rounds.ts EQUITY_PART_BEFORE).
 */
import { describe, expect, it } from 'vitest';
import { isPastContext, readFigure } from '../../utils/deals';
import { findRounds } from '../../utils/rounds';
import { readFunding } from '../../utils/funding';

const deals = (p: string) => readFunding({ paragraphs: [p] }).deals.map((d) => `${d.status} ${d.company} ${d.amount?.text}`);

describe('isPastContext, round 20: the year inside a fronted event clause still dates the raise', () => {
  it.each([
    'After its two founders quit their bank in 2016, Zorvex raised ',
    'Once the war started in 2022, Talvo raised ',
    'After the regulator approved its licence in early 2019, Quenby secured ',
  ])('%s', (clause) => expect(isPastContext(clause)).toBe(true));
});

describe('readFunding, round 20: one company splitting its raise keeps the sum as its round', () => {
  const rows = [
    ['Zorvex raised $15 million – respectively $9 million in equity and $6 million in venture debt.', 'announced Zorvex $15 million'],
  ] as const;
  // Plain it() titles: it.each reads "$15" in a title as a placeholder.
  for (const [text, first] of rows) it(text, () => expect(deals(text)[0]).toBe(first));
});

function kindAt(masked: string, n = 0): string {
  let at = -1;
  for (let i = 0; i <= n; i++) at = masked.indexOf('§', at + 1);
  return readFigure(masked, at, at + 1).kind;
}

describe('readFigure, round 20: sums of a period or of a class are no round', () => {
  it.each([
    // RAISED_OVER_SPAN
    ["Avec § levés entre février et juillet, l'écosystème lyonnais confirme sa place.", 0],
    ['With § raised between April and June, the sector posted its best quarter yet.', 0],
    ['With § raised between early March and mid-May 2023, the region closed the gap.', 0],
    // PLURAL_BARE_AGENT_AFTER
    ['The § raised by Ghanaian startups last year was a record.', 0],
    ['About § was raised by Nigerian entrepreneurs in the first half.', 0],
  ] as const)('%s', (text, n) => expect(kindAt(text, n)).toBe('other'));
});

describe('readFigure, round 20: a part told after the backers of the raise is a component, not a round', () => {
  it.each([
    ['Yesterday Talvo raised § from Index Ventures, including a § equity investment and § in debt.', 1],
    ['Quenby secured § from two family offices, which included § from its chairman.', 1],
  ] as const)('%s (figure %i)', (text, n) => expect(kindAt(text, n)).toBe('other'));
});

describe('findRounds, round 20: a debt part after an equity part names no single kind', () => {
  const rows = [
    'Talvo raised $30 million from Index Ventures, including a $20 million equity investment and $10 million in debt.',
    'Quenby raised €9 million: €6 million of equity and €3 million in debt.',
  ];
  // Plain it() titles (review B): it.each read "$30" in the title as a placeholder ("Talvo raised undefined million").
  for (const text of rows) it(text, () => expect(findRounds(text).map((r) => r.round)).not.toContain('Debt'));
});

describe('readFunding, review B of round 20: one named company telling its own round over a span of months keeps the round', () => {
  const rows = [
    // a purpose clause after the span (EN, FR)
    ['Norvik raised $7 million between February and April to hire more engineers.', 'Norvik $7 million'],
    ["Talvo a levé 4 millions d'euros entre février et avril pour ouvrir deux bureaux.", "Talvo 4 millions d'euros"],
    // a round noun after the span (EN, FR)
    ['Quenby secured $9 million between August and September in a Series A round.', 'Quenby $9 million'],
    ["Ostral a récolté 6 millions d'euros entre mai et juillet dans le cadre d'un tour d'amorçage.", "Ostral 6 millions d'euros"],
  ] as const;
  for (const [text, deal] of rows) it(text, () => expect(readFunding({ paragraphs: [text] }).deals.map((d) => `${d.company} ${d.amount?.text}`)).toEqual([deal]));
});
