/**
 * Review of session 23, P2/P3 (utils/unicode-host.ts): look-alike hosts the first version showed in Unicode, and
 * hostile labels. Each host is written as a reader would see it and parsed by the URL parser, as the card's
 * hostOf does, so the rows hold the real ASCII form a page's address has.
 */
import { describe, expect, it } from 'vitest';
import { decodePunycode, displayHost } from '../../utils/unicode-host';

const asciiOf = (host: string): string => new URL(`http://${host}/`).hostname;

describe('look-alike hosts keep their ASCII form', () => {
  const spoofs: Array<[string, string]> = [
    ['Greek letters spelling a Latin word under .com', 'ροκε.com'],
    ['Greek letters spelling a Latin word, a subdomain', 'τοκεν.example.com'],
    ['Armenian letters spelling a Latin word under .com', 'ոսօ.com'],
    ['Katakana ノ passing for a slash next to Latin letters', 'google.comノlogin.evil.com'],
    ['Han 一 passing for a hyphen between Latin words', 'paypal一login.com'],
    ['the prolonged sound mark passing for a hyphen', 'shopーsecure.com'],
    ['U+2010 HYPHEN passing for the ASCII one', 'apple\u2010login.com'],
    ['U+2212 MINUS SIGN passing for a hyphen', 'bank\u2212online.com'],
  ];
  it.each(spoofs)('%s: %s', (_, readable) => {
    const ascii = asciiOf(readable);
    expect(ascii).toMatch(/xn--/);
    expect(displayHost(ascii)).toBe(ascii);
  });

  const genuine: Array<[string, string]> = [
    ['negative: Greek look-alike letters under Greece\'s ccTLD', 'κινητο.gr'],
    ['negative: Greek look-alike letters under the Greek-script TLD', 'ροκε.ελ'],
    ['negative: Cyrillic look-alike letters under .ru', 'соре.ru'],
    ['negative: a Greek word with letters Latin has not', 'ελληνικά.com'],
    ['negative: Armenian word with letters Latin has not', 'օրենք.am'],
    ['negative: Katakana ノ among kana (a Japanese word)', 'ノート.jp'],
    ['negative: Han 一 among Han', '東京一番.jp'],
  ];
  it.each(genuine)('%s: %s', (_, readable) => {
    expect(displayHost(asciiOf(readable))).toBe(readable);
  });
});

describe('hostile labels (P3)', () => {
  it('a label far past DNS length is not decoded, and the decoder answers null rather than throwing', () => {
    const digits = 'ba'.repeat(100_000);
    expect(decodePunycode(digits)).toBeNull();
    expect(displayHost(`xn--${digits}.com`)).toBe(`xn--${digits}.com`);
  });
  it('a valid xn-- label longer than DNS allows (63) stays as written', () => {
    const ascii = asciiOf(`bücher${'a'.repeat(60)}.de`);
    expect(ascii.split('.')[0]!.length).toBeGreaterThan(63);
    expect(displayHost(ascii)).toBe(ascii);
  });
  it('negative: a 63-character label is still decoded when valid', () => {
    expect(displayHost(asciiOf(`bücher${'a'.repeat(40)}.de`))).toBe(`bücher${'a'.repeat(40)}.de`);
  });
});
