/**
 * Round 35 (session 22, deals readers): a ranking told with its figure fronted (deals.ts FRONTED_WITH_OPENING,
 * FRONTED_RANK_AFTER, frontedRankAt). "Avec §, X représente la plus grosse levée …" (L'Echo's year review of Belgian scale-ups)
 * and "Avec § levés, X occupe la première place du classement" (Maddyness' monthly ranking) put the figure first and the
 * company after the comma, ranked among rounds.
 * Also a list of "Name (§)" items (deals.ts PAREN_ITEM_BEFORE): its first item may follow the verb that opens the list ("The
 * biggest deals were A (§) and B (§)", "Smaller deals include …": CFO Services' and the Irish Examiner's quarterly reviews), and
 * any item may carry its kind before the name ("data storage company MP Stor (§)").
 * Invented sentences, EN and FR; every row was red before the rules (checked at a995820).
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => [d.company, d.amount?.text ?? null]);

describe('round 35: a fronted figure ranked among rounds is the round of the name after it', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['FR, "représente la plus grosse levée"', "Avec 48 millions d'euros, Velmora représente la plus grosse levée de fonds du trimestre.", [['Velmora', "48 millions d'euros"]]],
    ['FR, a kind before the name', "Avec 12 millions d'euros, la fintech Tondaro signe la plus grosse levée du mois en Wallonie.", [['Tondaro', "12 millions d'euros"]]],
    ['FR, "arrive en tête" of the rounds', "Avec près de 30 millions d'euros, Quonda arrive en tête du classement des levées lyonnaises.", [['Quonda', "30 millions d'euros"]]],
    ['EN, "the month\'s largest round"', 'With $40 million, Brevik is the month’s largest round in the Nordics.', [['Brevik', '$40 million']]],
    ['EN, a superlative after "tops the list as"', 'With $25 million, Kelbio tops the list as the biggest raise of the week.', [['Kelbio', '$25 million']]],
  ])('%s', (_name, text, expected) => {
    expect(deals(text)).toEqual(expected);
  });
});

describe('round 35: a list of "Name (§)" items opened by a verb, its items with their kind before the name', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['EN, "were" opens the list', 'The largest rounds of the quarter were Velmora (€20m) and Tondaro (€8m).', [['Velmora', '€20m'], ['Tondaro', '€8m']]],
    ['EN, "include" opens the list', 'Notable smaller deals include Brevik Labs (€6.5m), Quonda (€4m) and Kelbio (€2m).', [['Brevik Labs', '€6.5m'], ['Quonda', '€4m'], ['Kelbio', '€2m']]],
    ['EN, a kind before each name', 'Among the companies to raise money this month were payments platform Brevik (£3m) and logistics company Tondaro (£1.5m).', [['Brevik', '£3m'], ['Tondaro', '£1.5m']]],
    ['FR, "sont" opens the list', 'Les plus grosses levées du mois sont Velmora (12 M€) et Tondaro (8 M€).', [['Velmora', '12 M€'], ['Tondaro', '8 M€']]],
    ['FR, a kind before the names', 'Parmi les jeunes pousses financées ce mois-ci figurent la fintech Velmora (5 M€), la medtech Tondaro (3 M€) et la start-up Quonda (2 M€).', [['Velmora', '5 M€'], ['Tondaro', '3 M€'], ['Quonda', '2 M€']]],
  ])('%s', (_name, text, expected) => {
    expect(deals(text)).toEqual(expected);
  });
});
