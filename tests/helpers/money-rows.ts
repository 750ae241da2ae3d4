/**
 * The row checker the money-reader tables share: a sentence, the figures it
 * should give (text, value, currency, and when a row says so the qualifier,
 * the restatement and whether it is part of a range), and the page context.
 */
import { expect } from 'vitest';
import { findMoney, type MoneyContext } from '../../utils/money';

export interface MoneyWant {
  text: string;
  value: number;
  currency: string;
  qualifier?: string | null;
  equivalent?: { text: string; value: number; currency: string } | null;
  range?: boolean;
}

export type MoneyRow = [input: string, want: MoneyWant[], context?: MoneyContext];

/** Every figure found is an exact slice of the input; the list equals `want`, field by field where `want` says. */
export function checkMoneyRow([input, want, context]: MoneyRow): void {
  const got = findMoney(input, context);
  for (const m of got) expect(input.slice(m.start, m.end)).toBe(m.text);
  expect(got.map((m) => m.text)).toEqual(want.map((w) => w.text));
  want.forEach((w, i) => {
    const m = got[i]!;
    expect(m.value).toBeCloseTo(w.value, 6);
    expect(m.currency).toBe(w.currency);
    if (w.qualifier !== undefined) expect(m.qualifier).toBe(w.qualifier);
    if (w.equivalent !== undefined) {
      if (w.equivalent === null) expect(m.equivalent).toBeNull();
      else {
        expect(m.equivalent).toMatchObject({ text: w.equivalent.text, currency: w.equivalent.currency });
        expect(m.equivalent!.value).toBeCloseTo(w.equivalent.value, 6);
        expect(input).toContain(m.equivalent!.text);
      }
    }
    if (w.range !== undefined) expect(m.rangeId !== undefined).toBe(w.range);
  });
}
