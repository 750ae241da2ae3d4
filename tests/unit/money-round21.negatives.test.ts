/**
 * Look-alikes of the round 21 shilling signs (money-round21.test.ts) that must stay as they were: letters that are no sign.
 */
import { describe, expect, it } from 'vitest';
import { findMoney } from '../../utils/money';

const money = (text: string) => findMoney(text).map((m) => m.text);

describe('round 21 negatives: "Sh" that is no shilling', () => {
  it.each<[string, string[]]>([
    // Round 23: the bare "Sh" is the Kenyan press's usual sign (blind misses of two outlets, four fresh pages), read with a scale
    // on a page about Kenya, Uganda or Tanzania (money-round23). Round 21 left it unread only until then.
    ['The Nairobi start-up raised Sh350 million from local investors.', ['Sh350 million']],
    // Words and abbreviations that start with the letters.
    ['In Kenya, Sh. Ramesh and Shri Patel met 5 million voters.', []],
    ['The Nairobi team shipped 20 Shure 5 microphones.', []],
    // Glued after a letter: part of a word.
    ['The Nairobi lab tested BSh350 million samples.', []],
  ])('%s', (text, want) => expect(money(text)).toEqual(want));
});

