/**
 * The money reader, round 23 (money.ts). Shapes of the blind misses of several outlets, read by structure:
 * (1) the East African shilling's short sign "Sh"/"Shs" before a scaled figure, on a page about Kenya, Uganda or Tanzania
 *     (LOCAL_SIGNS, guessShilling): "Sh350 million", "Sh22bn", "Shs72 billion";
 * (2) a list of sums that writes its currency once (SIBLING_SUM): a later bare item takes it, whether the items are joined by
 *     a comma or "et" ("580 millions d’euros pour X, 473 millions pour Y") or each sits alone in its parentheses after a name
 *     ("X (95 millions d’euros), Y (60 millions)").
 * Invented rows, English and French; each fails without its rule. Negatives: money-round23.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findMoney } from '../../utils/money';

/** Every figure read, as [text, value, currency]. */
const money = (text: string) => findMoney(text).map((m) => [m.text, m.value, m.currency]);

describe('round 23: the East African shilling sign "Sh"/"Shs"', () => {
  it.each<[string, Array<[string, number, string]>]>([
    ['The Nairobi start-up Kiplo raised Sh350 million from local investors.', [['Sh350 million', 350_000_000, 'KES']]],
    ['Kenyan lender Tilvo closed a Sh2.4bn debt facility.', [['Sh2.4bn', 2_400_000_000, 'KES']]],
    ['Kampala-based Orvani raised Shs40 billion from Ugandan pension funds.', [['Shs40 billion', 40_000_000_000, 'UGX']]],
    ['Basée à Nairobi, la fintech Kiplo a levé Sh500 millions auprès de fonds locaux.', [['Sh500 millions', 500_000_000, 'KES']]],
    ['À Dar es Salaam, la jeune pousse Tilvo a obtenu Sh12 milliards.', [['Sh12 milliards', 12_000_000_000, 'TZS']]],
  ])('%s', (text, want) => expect(money(text)).toEqual(want));
});

describe('round 23: a later item of a list of sums takes the currency of the sum before it', () => {
  it.each<[string, Array<[string, number, string]>]>([
    [
      'Cette semaine, 580 millions d’euros pour Kiplo, 47 millions pour Tilvo et 12 millions pour Orvani.',
      [['580 millions d’euros', 580_000_000, 'EUR'], ['47 millions', 47_000_000, 'EUR'], ['12 millions', 12_000_000, 'EUR']],
    ],
    [
      'Kiplo raised 20 million dollars in May; in London, £40 million went to Tilvo and 9 million to Orvani.',
      [['20 million dollars', 20_000_000, 'USD'], ['£40 million', 40_000_000, 'GBP'], ['9 million', 9_000_000, 'GBP']],
    ],
    [
      'Parmi les levées du trimestre, celles de Kiplo (45 millions d’euros), Tilvo (20 millions) et Orvani (8 millions).',
      [['45 millions d’euros', 45_000_000, 'EUR'], ['20 millions', 20_000_000, 'EUR'], ['8 millions', 8_000_000, 'EUR']],
    ],
    [
      'En tête, Kiplo (quatre millions d’euros). Suivent Tilvo (3 millions) et Orvani (1,5 million).',
      [['quatre millions d’euros', 4_000_000, 'EUR'], ['3 millions', 3_000_000, 'EUR'], ['1,5 million', 1_500_000, 'EUR']],
    ],
    [
      'The largest rounds went to Kiplo (£40 million), Tilvo (12 million) and Orvani (9 million).',
      [['£40 million', 40_000_000, 'GBP'], ['12 million', 12_000_000, 'GBP'], ['9 million', 9_000_000, 'GBP']],
    ],
  ])('%s', (text, want) => expect(money(text)).toEqual(want));
});
