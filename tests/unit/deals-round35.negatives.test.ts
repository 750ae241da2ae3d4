/**
 * Round 35 (session 22), look-alikes of the fronted ranking (deals.ts FRONTED_RANK_AFTER): the figure fronted with "Avec/With"
 * but another money noun after it, a superlative that ranks no round, a ranking alone, a place, a nationality or no name as the
 * subject; and of the "Name (§)" list opened by a verb (deals.ts PAREN_LIST_VERB, PAREN_ITEM_KIND): places, exits, purchases or
 * valuations as the items, a lone item. Invented sentences, EN and FR.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.text ?? null]);

describe('round 35: a fronted figure that ranks no company among rounds', () => {
  it.each<[string, string]>([
    ['revenue after the figure, FR', "Avec 120 millions d'euros de chiffre d'affaires, Velmora réalise la plus grosse progression du secteur."],
    ['revenue after the figure, EN', 'With $40 million in revenue, Brevik is the largest employer in the region.'],
    ['a superlative that ranks no round', 'With $40 million, Brevik is the largest employer in the region.'],
    ['a ranking of something else', "Avec 40 millions d'euros, Quonda arrive en tête du classement des plus gros recrutements."],
    ['a region as the subject', "Avec 2 milliards d'euros, l'Île-de-France arrive en tête du classement des levées."],
    ['a country as the subject', 'With $900 million, Germany tops the list as the biggest raise of the quarter.'],
    ['no name as the subject', "Avec 500 millions d'euros, le fonds représente la plus grosse levée du secteur."],
    ['a share of the total, a country', "Avec 300 millions d'euros, la France représente la plus grosse part des levées européennes."],
  ])('%s', (_name, text) => {
    expect(deals(text)).toEqual([]);
  });
});

describe('round 35: a "Name (§)" list opened by a verb that lists no rounds', () => {
  it.each<[string, string]>([
    ['cities as the items', 'The top cities for funding were London (£1.2bn) and Paris (€900m).'],
    ['exits as the items', 'The biggest exits of the year were Velmora (€200m) and Tondaro (€80m).'],
    ['purchases as the items', 'The biggest acquisitions were Velmora (€200m) and Tondaro (€80m).'],
    ['valuations as the items', 'Its rivals in the funding race are Velmora (valued at $2bn) and Tondaro (valued at $1bn).'],
    ['FR, pays as the items', 'Les pays les plus financés sont la France (2 milliards d’euros) et l’Allemagne (1,5 milliard d’euros).'],
    ['a kind before a name, no funding word', 'The largest employers here are logistics company Tondaro (£1.5m payroll) and payments platform Brevik (£3m payroll).'],
  ])('%s', (_name, text) => {
    expect(deals(text)).toEqual([]);
  });
});
