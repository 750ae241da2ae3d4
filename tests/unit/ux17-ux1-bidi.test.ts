import { describe, expect, it } from 'vitest';
import { withoutBidiControls } from '../../utils/bidi';

describe('withoutBidiControls', () => {
  it.each([
    ['right-to-left override in a name', 'Jean\u202Eevil\u202C Dupont', 'Jeanevil Dupont'],
    ['left-to-right embedding and override', '\u202Aa\u202Bb\u202Dc\u202C', 'abc'],
    ['isolates', '\u2066x\u2067y\u2068z\u2069', 'xyz'],
    ['marks LRM, RLM and ALM', 'A\u200EB\u200FC\u061CD', 'ABCD'],
  ])('removes %s', (_label, input, expected) => {
    expect(withoutBidiControls(input)).toBe(expected);
  });

  it.each([
    ['plain Latin text', 'Jean Dupont raised $5 million'],
    ['Arabic and Hebrew letters', 'شركة مرحبا שלום'],
    ['zero-width joiner and non-joiner (not bidi controls)', 'a\u200Cb\u200Dc'],
    ['an empty string', ''],
  ])('keeps %s unchanged', (_label, input) => {
    expect(withoutBidiControls(input)).toBe(input);
  });
});
