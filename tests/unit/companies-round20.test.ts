/**
 * Which company raised, round 20: readers of structure, from shapes that recurred in the blind misses of batches 8–14 and in
 * fresh pages of other outlets (invented rows, English and French; each fails without its rule).
 * Negatives: companies-round20.negatives.test.ts.
 *
 * 1. An exclamation mark inside a brand, between two capitalised words of a list (isBangInsideName in sentences.ts): "chain
 *    Wow! Momo, app X and …". Before, the sentence was cut at "!" and the item became "Momo".
 * 2. An item of a list of rounds whose parenthesis tells what the money is for after the figure (PAREN_ITEM_TAIL in
 *    parenthesisedItems): "Orvani (§ pour Norvia Health)". Before, the name after "pour/for" was taken for the raiser.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';
import { splitSentences } from '../../utils/sentences';

const pieces = (p: string) => splitSentences(p).map((s) => s.text);

describe('round 20: "!" inside a name of a list is no sentence end', () => {
  it.each<[string]>([
    ['Snack chain Yum! Bowl, travel app Kiplo and payroll startup Orvani also raised money this week.'],
    ['The round drew food brand Hey! Pasta and fintech startup Tilvo, among others.'],
    ['La chaîne Miam! Burger, l’application Kiplo et la fintech Orvani ont aussi levé des fonds.'],
    ['Le groupe Oh! Sushi et la start-up Tilvo ont bouclé leur tour de table.'],
    ['Investors include media group Hop! Media’s venture arm and Harbor Ventures.'],
  ])('%s', (row) => expect(pieces(row)).toEqual([row]));
});

const companies = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.company);

describe('round 20: words after the figure inside an item’s parenthesis', () => {
  it.each<[string]>([
    ['This month’s raises: Kiplo ($12 million), Orvani ($5 million for Norvia Health) and Tilvo ($3 million).'],
    ['Funding rounds of the week: Kiplo ($7 million), Orvani ($4 million for Norvia Robotics) and Tilvo ($2 million).'],
    ['Parmi les levées du mois, Kiplo (12 millions d’euros), Orvani (5 millions d’euros pour Norvia Health) et Tilvo (3 millions d’euros).'],
    ['Côté levées de fonds : Kiplo (8 millions d’euros), Orvani (4 millions d’euros pour Norvia Santé) et Tilvo (2 millions d’euros).'],
  ])('%s', (row) => expect(companies(row)).toEqual(['Kiplo', 'Orvani', 'Tilvo']));
});
