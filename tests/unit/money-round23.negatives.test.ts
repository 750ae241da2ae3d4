/**
 * Look-alikes of the round 23 money readers (money-round23.test.ts) that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { findMoney } from '../../utils/money';

const money = (text: string) => findMoney(text).map((m) => m.text);

describe('round 23 negatives: "Sh" that is no shilling', () => {
  it.each<[string, string[]]>([
    // No East African country on the page: the letters are no sign.
    ['The Ohio start-up raised Sh350 million from local investors.', []],
    // No scale: a code, a model, a count.
    ['The Nairobi team shipped Sh350 units to Kisumu.', []],
    // An abbreviation with its period, then a count.
    ['In Kenya, Sh. Ramesh met 5 million voters.', []],
    // Glued after a letter: part of a word.
    ['The Nairobi lab tested BSh350 million samples.', []],
  ])('%s', (text, want) => expect(money(text)).toEqual(want));
});

describe('round 23 negatives: lists and parentheses that are no list of sums', () => {
  it.each<[string, string[]]>([
    // The next item counts people.
    ['Kiplo a levé 5 millions d’euros, 2 millions de clients l’utilisent déjà.', ['5 millions d’euros']],
    ['Kiplo raised £5 million and 2 million users signed up.', ['£5 million']],
    // Another sentence, no parentheses.
    ['Kiplo a levé 5 millions d’euros. Tilvo compte 3 millions, et Orvani 2 millions.', ['5 millions d’euros']],
    // The parenthesis counts something.
    ['Kiplo (45 millions d’euros) et Tilvo (3 millions de clients).', ['45 millions d’euros']],
    // The earlier sum is not alone in parentheses.
    ['Kiplo a réalisé 5 millions d’euros de chiffre d’affaires, Tilvo (3 millions) aussi.', ['5 millions d’euros']],
    // The parenthesis says more than the sum.
    ['Kiplo (45 millions d’euros) et Tilvo (soit 3 millions de plus).', ['45 millions d’euros']],
    // Another paragraph.
    ['Kiplo (45 millions d’euros).\n\nTilvo (3 millions) recrute.', ['45 millions d’euros']],
    // Too far from the sibling.
    [`Acme (£40 million) ${'was the only round of the month that crossed the line drawn by the analysts, '.repeat(3)}and Tilvo (12 million) users.`, ['£40 million']],
  ])('%s', (text, want) => expect(money(text)).toEqual(want));
});
