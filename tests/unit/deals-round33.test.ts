/**
 * Round 33 (group 2): a review names each of its rounds as "§ pour X" / "§ for X", the owner after the figure, under one head:
 * a plural round noun opening a bracket, a raise told before "avec/with/contre", or a list of deals opened by "included" whose
 * first item is told another way (forListItem). Shapes of L'Echo 873, Innovaud 835, Ona-tech 737 and AGBI 855. Invented
 * sentences, EN and FR; each row failed before the rule (checked against 34ba482's deals.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.text ?? null]).sort();
const sorted = (rows: Array<[string, string]>) => [...rows].sort();

describe('round 33: "§ pour X" entries of a review are rounds of X (forListItem)', () => {
  it.each<[string, Array<[string, string]>]>([
    // A plural round noun opens the bracket of entries.
    ["Les medtechs de la région ont signé trois levées cette année (12 millions d'euros pour Velmora, 8 millions d'euros pour Tondaro).",
      [['Velmora', "12 millions d'euros"], ['Tondaro', "8 millions d'euros"]]],
    ['The cluster closed several large rounds (€15 million for Kelbio and €9 million for the robotics maker Tarvi) before the summer.',
      [['Kelbio', '€15 million'], ['Tarvi', '€9 million']]],
    // A raise told first, then its entries after "avec/with".
    ["Les jeunes pousses lyonnaises sont allées chercher 90 millions d'euros de capitaux frais au premier semestre, avec 30 millions d'euros pour Orvane et 12 millions d'euros pour la medtech Kelbio.",
      [['Orvane', "30 millions d'euros"], ['Kelbio', "12 millions d'euros"]]],
    ['Nordic fintechs pulled in fresh capital worth $400 million in the quarter, with $120 million for Brevik and $45 million for the payments startup Quonda.',
      [['Brevik', '$120 million'], ['Quonda', '$45 million']]],
    // One company's raise compared with another's ("contre § pour X").
    ["Tarvello a mobilisé 20 millions d'euros en mars, contre 6 millions d'euros pour Kelbio et 4 millions d'euros pour Orvane.",
      [['Tarvello', "20 millions d'euros"], ['Kelbio', "6 millions d'euros"], ['Orvane', "4 millions d'euros"]]],
    // A list of deals whose first item is told another way: the later "§ for X" items are rounds too.
    ["Notable deals this month included Velmora's $30 million Series B and $12 million for the logistics startup Tondaro.",
      [['Velmora', '$30 million'], ['Tondaro', '$12 million']]],
  ])('row %#', (text, expected) => {
    expect(deals(text)).toEqual(sorted(expected));
  });
});
