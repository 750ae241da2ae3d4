import { describe, expect, it } from 'vitest';
import * as lexicon from '../../utils/funding-lexicon';
import { lexAlt, lexCapitalised, LEX_APPROX, LEX_MONTHS_EN, LEX_NOT_A_ROUND_NOUNS, LEX_RAISE_SYNONYMS_EN, LEX_RAISE_SYNONYMS_FR } from '../../utils/funding-lexicon';

/** Every exported word list of the lexicon, by name. */
const families: [string, readonly string[]][] = Object.entries(lexicon).flatMap(([name, value]): [string, readonly string[]][] =>
  Array.isArray(value) ? [[name, value as readonly string[]]] : []);

describe('funding lexicon: lists are safe fragments', () => {
  it('exports the families the readers build on', () => expect(families.length).toBeGreaterThanOrEqual(15));
  it.each(families)('%s: no capture group (the readers name their own groups)', (_name, words) => {
    for (const w of words) expect(w, w).not.toMatch(/\((?!\?)/);
  });
  it.each(families)('%s: no unbounded quantifier (patterns built from it stay linear)', (_name, words) => {
    for (const w of words) expect(w, w).not.toMatch(/[*+]|\{\d+,\}/);
  });
  it.each(families)('%s: no word twice', (_name, words) => expect(new Set(words).size).toBe(words.length));
  it.each(families)('%s: every fragment compiles alone', (_name, words) => {
    for (const w of words) expect(() => new RegExp(w, 'u')).not.toThrow();
  });
});

describe('lexAlt and lexCapitalised', () => {
  const word = (list: readonly string[], flags = 'iu') => new RegExp(`^${lexAlt(list)}$`, flags);
  const rows: [readonly string[], string, boolean][] = [
    [LEX_RAISE_SYNONYMS_EN, 'snagged', true],
    [LEX_RAISE_SYNONYMS_EN, 'hauls in', true],
    [LEX_RAISE_SYNONYMS_FR, 'a empoché', true],
    [LEX_RAISE_SYNONYMS_FR, 's’offre', true],
    [LEX_APPROX, 'près de', true],
    [LEX_NOT_A_ROUND_NOUNS, 'deal to acquire', true],
    // negatives: look-alikes that are not in the family
    [LEX_RAISE_SYNONYMS_EN, 'snagging', false],
    [LEX_RAISE_SYNONYMS_FR, 'empochera', false],
    [LEX_APPROX, 'moins de', false],
    [LEX_NOT_A_ROUND_NOUNS, 'deal to raise', false],
  ];
  it.each(rows)('%s matches %s: %s', (list, text, want) => expect(word(list).test(text)).toBe(want));
  it('keeps list order in the alternation', () => expect(lexAlt(['a', 'b c'])).toBe('(?:a|b c)'));
  it('capitalises the first letter only', () => {
    expect(lexCapitalised(LEX_MONTHS_EN).slice(0, 2)).toEqual(['January', 'February']);
    expect(new RegExp(`^${lexAlt(lexCapitalised(LEX_MONTHS_EN))}$`, 'u').test('march')).toBe(false);
  });
});
