/**
 * Money, round 35 (invented sentences, FR and EN): a bare sum told as money raised takes the one currency the other figures of
 * its sentence write, when the page's currency gives none (SENTENCE_CURRENCY, withSentenceCurrency). Seen on Stratégies (996,
 * "une première grosse levée de 90 millions fin 2020, … vient de lever 335 millions de dollars") and Ona-tech (737, "a mobilisé
 * 20 millions de dollars, contre 5 millions pour …"). Every row here was red at 192b383 (checked).
 * Look-alikes: money-round35-sentence.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findMoney, pageMoneyContext } from '../../utils/money';

const read = (text: string, lang: string) => findMoney(text, pageMoneyContext(text, lang)).map((m) => [m.text, m.value, m.currency]);

describe('round 35: a bare sum takes its sentence’s one currency', () => {
  const rows: Array<[string, string, Array<[string, number, string]>]> = [
    ['Deux ans après une levée de 12 millions, la société Kiplo annonce un tour de table de 40 millions de dollars.', 'fr',
      [['12 millions', 12e6, 'USD'], ['40 millions de dollars', 40e6, 'USD']]],
    ['Norvio, qui avait levé 3 millions en 2021, boucle une série A de 15 millions d’euros auprès de deux fonds.', 'fr',
      [['3 millions', 3e6, 'EUR'], ['15 millions d’euros', 15e6, 'EUR']]],
    ['After a funding round of 4 million in 2022, Tilvo has now raised £18 million from three investors.', 'en',
      [['4 million', 4e6, 'GBP'], ['£18 million', 18e6, 'GBP']]],
  ];
  it.each(rows)('%s', (text, lang, want) => expect(read(text, lang)).toEqual(want));
});
