/**
 * Money figures in running text. STUB API — the money engineer replaces the
 * implementation; the exported names and types stay.
 */
import type { Money } from './types';

/** A money figure found in a piece of text, with its exact position. */
export interface MoneyMatch extends Money {
  /** Offsets of `text` in the searched string (text === input.slice(start, end)). */
  start: number;
  end: number;
  /** For ranges ("between $1.5 trillion and $2.5 trillion"), each bound is its own match sharing this id. */
  rangeId?: number;
}

export interface MoneyContext {
  /** 'en', 'fr', …; decides decimal comma vs thousands comma when ambiguous. */
  lang?: string | null;
  /** What '¥' means in this article: 'CNY' or 'JPY' (guess with guessYenCurrency). */
  yen?: 'CNY' | 'JPY';
}

// Minimal placeholder so dependants can run: "$600 million", "$4.5b".
const SIMPLE_USD = /(?<text>\$(?<num>\d+(?:\.\d+)?)\s*(?<scale>million|billion|m|bn|b)?\b)/gi;

/** Every money figure in `text`, left to right, non-overlapping. */
export function findMoney(text: string, _context: MoneyContext = {}): MoneyMatch[] {
  const out: MoneyMatch[] = [];
  for (const m of text.matchAll(SIMPLE_USD)) {
    const g = m.groups!;
    const scale = /^b/i.test(g.scale ?? '') ? 1e9 : /^m/i.test(g.scale ?? '') ? 1e6 : 1;
    out.push({
      value: Number(g.num) * scale, currency: 'USD', text: g.text!, qualifier: null, equivalent: null,
      start: m.index!, end: m.index! + g.text!.length,
    });
  }
  return out;
}

/** Whether '¥' in this article is more likely Chinese yuan or Japanese yen. */
export function guessYenCurrency(_articleText: string): 'CNY' | 'JPY' {
  return 'CNY';
}
