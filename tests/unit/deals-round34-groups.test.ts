/**
 * Round 34 (groups): several companies share one raise verb and the figures are shared out among them.
 * - A counted set whose members are then named as the coordinated subject ("Two logistics startups, A and B, raised § and §
 *   …, respectively"), or named one by one with a relative raise ("The next three biggest deals were A, a …, which raised §,
 *   B, which raised §, …"): the count is no statistic (deals.ts namedRaiserOfCount; 900, 930).
 * - "respectively" may come after a parallel list of dates (funding-sentences.ts RESPECTIVE_REACH; 900, 142).
 * - The examples of a class ("des startups comme A et B ont chacune levé §") are the subjects, not the class (SUBJECT_OPENER;
 *   903, and the same head in 891 and 714; "startups such as A and B raised § each" was read already).
 * Invented sentences, EN and FR; every row was red at c51863f (checked). Session 21 review: the rows that followed 900's and 930's
 * sentences were rewritten in another syntax (names first, another verb and tense, another relative; red kept), and a French
 * dates-then-respectivement row was added (that order is on no fixture: the French form is invented).
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.value ?? null]).sort();
const sorted = (rows: Array<[string, number]>) => [...rows].sort();

describe('round 34: shared-out raises of named groups (red before)', () => {
  it.each<[string, string, Array<[string, number]>]>([
    ['a counted set, then its members and respectively', 'Two payments startups, Kelbio and Orvane, raised $4 million and $2.5 million, respectively.', [['Kelbio', 4e6], ['Orvane', 2.5e6]]],
    ['respectively after two dates', 'Kelbio and Orvane, two freight start-ups, secured $3 million and $5 million in March and in June, respectively.', [['Kelbio', 3e6], ['Orvane', 5e6]]],
    ['FR: respectivement after two dates', "Deux start-up lyonnaises, Kelbio et Orvane, ont obtenu 2 millions et 6 millions d'euros, en février puis en octobre, respectivement.", [['Kelbio', 2e6], ['Orvane', 6e6]]],
    ['FR: a counted set, then respectivement', "Deux jeunes pousses nantaises, Kelbio et Orvane, ont levé respectivement 3 et 5 millions d'euros.", [['Kelbio', 3e6], ['Orvane', 5e6]]],
    ['FR: examples of a class, chacune', "Des start-up comme Kelbio et Orvane ont chacune levé 2 millions d'euros auprès de Tarvel Capital.", [['Kelbio', 2e6], ['Orvane', 2e6]]],
    ['a counted ranking, each with a relative raise', 'The next three largest deals were Kelbio, a freight marketplace, which raised $8 million, Orvane, a payroll tool, which raised $5 million, and Tondaro, which raised $4 million.', [['Kelbio', 8e6], ['Orvane', 5e6], ['Tondaro', 4e6]]],
    ['a relative item after another item’s scheme', 'The week’s two largest deals were Kelbio, which landed $6 million under a regional tax-relief scheme that rewards private backers, and another medtech, Orvane, which has secured $4 million in seed funding.', [['Kelbio', 6e6], ['Orvane', 4e6]]],
  ])('%s', (_name, text, expected) => {
    expect(deals(text)).toEqual(sorted(expected));
  });
});
