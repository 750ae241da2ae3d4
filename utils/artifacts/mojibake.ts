/**
 * Characters lost or garbled by a wrong decode: "??" placeholders where a
 * print pipeline dropped characters, U+FFFD replacement characters, and UTF-8
 * read as Windows-1252 ("â€™" for "’", "Ã©" for "é"), which re-encoding recovers.
 */
import type { ArticleDoc, Finding } from './context';

/**
 * A "??" placeholder: not glued to a word or other punctuation before it
 * ("Really??" and "?!" are a writer's), so it stands where a character or a
 * photo marker was dropped.
 */
const PLACEHOLDER = /(?<![\p{L}\p{N}?!"'”’)])\?\?(?![?!\p{L}\p{N}])/gu;

/** Two placeholders this close bracket one dropped block (" ?? MAO SIQIAN / XINHUA ??"). */
const PLACEHOLDER_PAIR_GAP = 60;

/** A replacement character, with the word it sits in. */
const REPLACEMENT = /[^\s]*\uFFFD[^\s]*/gu;

/** Windows-1252 characters that stand for the bytes 0x80–0x9F. */
const CP1252_HIGH: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
  'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
  '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};
const CONT = '[\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]';
/** A UTF-8 lead byte read as Latin-1 (Â–ô) followed by continuation bytes read as Windows-1252; runs of them. */
const DOUBLE_ENCODED = new RegExp(`(?:[\\u00C2-\\u00F4]${CONT}{1,3})+`, 'gu');

const utf8 = typeof TextDecoder !== 'undefined' ? new TextDecoder('utf-8', { fatal: true }) : null;

/** Re-decode a Windows-1252 reading of UTF-8 bytes; null when the bytes are not valid UTF-8. */
export function redecodeUtf8(s: string): string | null {
  if (!utf8) return null;
  const bytes: number[] = [];
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    const high = CP1252_HIGH[ch];
    if (high !== undefined) bytes.push(high);
    else if (code <= 0xff) bytes.push(code);
    else return null;
  }
  try {
    const out = utf8.decode(new Uint8Array(bytes));
    return out !== s && /[^\u0000-\u007f]/.test(out) ? out : null;
  } catch {
    return null;
  }
}

export function findMojibake(doc: ArticleDoc): Finding[] {
  const out: Finding[] = [];
  doc.paragraphs.forEach((p, i) => {
    const base = doc.starts[i] ?? 0;
    if (p.includes('??')) findPlaceholders(p, base, out);
    if (p.includes('\uFFFD')) {
      for (const m of p.matchAll(REPLACEMENT)) {
        out.push({
          kind: 'mojibake', start: base + m.index!, end: base + m.index! + m[0].length,
          message: 'A character was lost in a bad text decode (replacement character).', fix: null,
        });
      }
    }
    if (/[\u00C2-\u00F4]/.test(p)) {
      for (const m of p.matchAll(DOUBLE_ENCODED)) {
        const fixed = redecodeUtf8(m[0]);
        if (fixed === null) continue;
        out.push({
          kind: 'mojibake', start: base + m.index!, end: base + m.index! + m[0].length,
          message: `UTF-8 text was decoded as Windows-1252; “${m[0]}” should read “${fixed}”.`, fix: fixed,
        });
      }
    }
  });
  return out;
}

function findPlaceholders(p: string, base: number, out: Finding[]): void {
  const hits = [...p.matchAll(PLACEHOLDER)].map((m) => m.index!);
  for (let k = 0; k < hits.length; k++) {
    const at = hits[k]!;
    const next = hits[k + 1];
    // A pair around a short all-caps credit is one dropped photo marker.
    if (next !== undefined && next - at <= PLACEHOLDER_PAIR_GAP && !/[.!?]\s/.test(p.slice(at + 2, next))) {
      out.push({
        kind: 'mojibake', start: base + at, end: base + next + 2,
        message: '“??” placeholders stand where characters (a photo marker) were lost in conversion.', fix: null,
      });
      k++;
      continue;
    }
    out.push({
      kind: 'mojibake', start: base + at, end: base + at + 2,
      message: 'A “??” placeholder stands where characters were lost in conversion.', fix: null,
    });
  }
}
