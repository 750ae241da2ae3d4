/**
 * The money reader, round 21: the Kenyan shilling's own sign in its case and plural variants (money.ts, PREFIX):
 * "KSh"/"Ksh"/"KShs"/"Kshs", glued or spaced, as Kenyan outlets write them. Before, only "KSh" was read. Invented rows, English and French; each fails without the rule.
 * Negatives: money-round21.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findMoney } from '../../utils/money';

/** Every figure read, as [text, value, currency]. */
const money = (text: string) => findMoney(text).map((m) => [m.text, m.value, m.currency]);

describe('round 21: the East African shillings', () => {
  it.each<[string, Array<[string, number, string]>]>([
    ['Acme raised Ksh3.2 billion in its latest round.', [['Ksh3.2 billion', 3_200_000_000, 'KES']]],
    ['Acme raised Kshs 40 million in seed money.', [['Kshs 40 million', 40_000_000, 'KES']]],
    ['Orvani raised ~Kshs35 billion from a pension fund.', [['Kshs35 billion', 35_000_000_000, 'KES']]],
    ['La start-up kényane Kiplo a levé KShs500 millions auprès de fonds locaux.', [['KShs500 millions', 500_000_000, 'KES']]],
    ['La fintech kényane Tilvo a levé Kshs 12 milliards.', [['Kshs 12 milliards', 12_000_000_000, 'KES']]],
  ])('%s', (text, want) => expect(money(text)).toEqual(want));
});

