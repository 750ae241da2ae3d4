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

/**
 * Each replacement character with the token (run of non-spaces) it sits in,
 * one entry per token. Found with indexOf and a walk to the spaces on either
 * side, not with one regex for the whole token (non-spaces, the character,
 * non-spaces), whose backtracking is quadratic on a long token (a 25,000-character run froze the finder for seconds).
 */
function tokensWithReplacement(p: string): Array<{ start: number; end: number }> {
  const tokens: Array<{ start: number; end: number }> = [];
  let at = p.indexOf('\uFFFD');
  while (at >= 0) {
    const token = tokenAround(p, at, at + 1);
    tokens.push(token);
    at = p.indexOf('\uFFFD', token.end);
  }
  return tokens;
}

/** The run of non-spaces around p[start, end): the "word" as a link or a garbled token sees it. */
function tokenAround(p: string, start: number, end: number): { start: number; end: number } {
  while (start > 0 && !SPACE.test(p[start - 1]!)) start--;
  while (end < p.length && !SPACE.test(p[end]!)) end++;
  return { start, end };
}
const SPACE = /\s/;

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

/**
 * UTF-8 read as Windows-1253 (Greek): each lead byte turns into a Greek
 * letter ("€" E2 82 AC → "β‚¬", a non-breaking space C2 A0 → "Β ", an emoji
 * F0 9F … → "π…"), often followed by the symbols the other bytes became. A
 * short run of Greek letters and those symbols, not touching a digit or
 * a letter outside the run, nor following a digit (so not "2πr", "β-amyloid"
 * or a Greek word); a figure may follow ("β¬20M" is "€20M").
 */
const GREEK_RUN = /(?<![\p{L}\p{N}=+×/^-])[\u0391-\u03c9\u0386-\u038f][\u0384-\u03ce¬°’‚€…]{0,3}(?![=+×/^-]|[\p{L}](?<![\u0384-\u03ce]))|(?<=[\p{Ll}.,;:!?])\u0392(?=[\s\u00a0])/gu;
/** A Greek text writes words of Greek letters; its Greek is not mojibake. */
const GREEK_WORD = /[\u0391-\u03c9]{4,}/u;
/** One stray Greek letter is a symbol (β for beta); mojibake repeats. */
const MIN_GREEK_RUNS = 2;

function findGreekCodepage(doc: ArticleDoc, out: Finding[]): void {
  if (!/[\u0386-\u03ce]/u.test(doc.text) || GREEK_WORD.test(doc.text)) return;
  // One finding per garbled form, at its first copy, counting the copies (the same em dash
  // garbled eight times is one fault of the page, not eight).
  const forms = new Map<string, { start: number; copies: number }>();
  let runs = 0;
  for (const m of doc.text.matchAll(GREEK_RUN)) {
    runs++;
    const form = forms.get(m[0]);
    if (form) form.copies++;
    else forms.set(m[0], { start: m.index!, copies: 1 });
  }
  if (runs < MIN_GREEK_RUNS) return;
  for (const [text, { start, copies }] of forms) {
    out.push({
      kind: 'mojibake', start, end: start + text.length,
      message: `Characters were garbled by a wrong decode (UTF-8 read as Greek Windows-1253)${copies > 1 ? `; “${text}” appears ${copies} times` : ''}.`,
      fix: null,
    });
  }
}

/**
 * A backtick standing for the rupee sign: Indian sites set "₹" in a font that
 * maps it to "`", so "`2,345.6 crore" reaches the text. Not a code span
 * ("`42`" closes its backtick).
 */
const BACKTICK_RUPEE = /(?<![\p{L}\p{N}`])`(\d[\d,]*(?:\.\d+)?)(?![\d,.]*`)/gu;

export function findMojibake(doc: ArticleDoc): Finding[] {
  const out: Finding[] = [];
  findGreekCodepage(doc, out);
  if (doc.text.includes('`')) {
    for (const m of doc.text.matchAll(BACKTICK_RUPEE)) {
      out.push({ kind: 'mojibake', start: m.index!, end: m.index! + m[0].length, message: 'The rupee sign was lost in a font substitution (printed as a backtick).', fix: `₹${m[1]!}` });
    }
  }
  doc.paragraphs.forEach((p, i) => {
    const base = doc.starts[i] ?? 0;
    if (p.includes('馃')) findGbkEmoji(p, base, out);
    if (p.includes('?')) {
      for (const m of p.matchAll(LOST_LIGATURE)) {
        out.push({ kind: 'mojibake', start: base + m.index!, end: base + m.index! + m[0].length, message: `A character (a ligature such as “fi”) was lost in a bad text conversion and printed as “?”: “${m[0]}”.`, fix: null });
      }
    }
    if (p.includes('??')) findPlaceholders(p, base, out);
    if (p.includes('?')) findLostApostrophes(p, base, out);
    if (p.includes('Ã') || p.includes('â€')) findBrokenLeads(p, base, out);
    if (p.includes('\uFFFD')) {
      for (const token of tokensWithReplacement(p)) {
        // "â€�" is a closing quote that lost a byte: findBrokenLeads reports it with its repair.
        if (p.slice(token.start, token.end).includes('â€\uFFFD')) continue;
        out.push({
          kind: 'mojibake', start: base + token.start, end: base + token.end,
          message: 'A character was lost in a bad text decode (replacement character).', fix: null,
        });
      }
    }
    if (/[\u00C2-\u00F4]/.test(p)) {
      for (const m of p.matchAll(DOUBLE_ENCODED)) {
        let fixed = redecodeUtf8(m[0]);
        if (fixed === null) continue;
        // Encoded twice or three times ("Ã¢â‚¬â„¢" → "â€™" → "’"): decode until it stops changing.
        for (let k = 0; k < 2; k++) fixed = redecodeUtf8(fixed) ?? fixed;
        out.push({
          kind: 'mojibake', start: base + m.index!, end: base + m.index! + m[0].length,
          message: `UTF-8 text was decoded as Windows-1252; “${m[0]}” should read “${fixed}”.`, fix: fixed,
        });
      }
    }
  });
  return out;
}

/**
 * A single "?" at the start of a word, right before its lower-case letters:
 * a lost ligature or accented letter ("future-ready ?ber" for "fiber"). A
 * question mark ends a word; it never starts one (a query string has a "/"
 * or a letter before it).
 */
const LOST_LIGATURE = /(?<=^|[\s(“"‘'])\?\p{Ll}{2,}\b/gu;

/**
 * An emoji's UTF-8 bytes read as GBK: F0 9F turn into "馃", the next two
 * bytes into one CJK character ("馃殌" was 🚀, "馃寪" was 🌐; a flag repeats
 * the pair). Only in a paragraph written in Latin script, where a Chinese
 * character has no business (in Chinese text "馃" is a rare but real word).
 */
const GBK_EMOJI = /(?:馃[\u3400-\u9fff\uf900-\ufaff])+/gu;
const LATIN_WORDS = /\b[A-Za-z]{2,}\b/g;
const MIN_LATIN_WORDS = 5;

function findGbkEmoji(p: string, base: number, out: Finding[]): void {
  const cjk = p.match(/[\u3400-\u9fff]/gu)?.length ?? 0;
  const latin = p.match(LATIN_WORDS)?.length ?? 0;
  if (latin < MIN_LATIN_WORDS || cjk > 4 * Math.max(1, (p.match(GBK_EMOJI) ?? []).join('').length)) return;
  for (const m of p.matchAll(GBK_EMOJI)) {
    out.push({ kind: 'mojibake', start: base + m.index!, end: base + m.index! + m[0].length, message: `An emoji was garbled by a wrong decode (UTF-8 read as GBK): “${m[0]}”.`, fix: null });
  }
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

/**
 * A question mark (or two) where an apostrophe was lost in a code-page
 * conversion: "don??t", "company?s", "we?re", French "l?entreprise",
 * "qu?il". Only the contraction and possessive endings English writes after
 * an apostrophe, and French elisions after a one-letter word, so "Really?" and
 * "what?So" stay; never inside an address ("search?s=robots").
 */
const LOST_APOSTROPHE = /(?<=[\p{L}])\?{1,2}(?=(?:s|t|re|ll|ve|d|m)(?![\p{L}\p{N}=&?/_.-]|\.\p{L}))|(?<=(?<![\p{L}\p{N}])(?:[lLdDjJnNsScCmMtT]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu))\?(?=[aeiouyhéèêàâîôûAEIOUYHÉÈÊÀ])/gu;
/** Part of an address or a query string: no apostrophe was lost there. */
const URLISH = /[/=&]|\.\p{L}{2,}\/|^https?:/u;

function findLostApostrophes(p: string, base: number, out: Finding[]): void {
  // The token (run of non-spaces) of the previous hit: many hits in one long token are judged once, not rescanned each time.
  let tokenEnd = -1;
  let tokenUrlish = false;
  for (const m of p.matchAll(LOST_APOSTROPHE)) {
    const at = m.index!;
    // The whole token around it must be plain words, not a link.
    if (at >= tokenEnd) {
      const token = tokenAround(p, at, at + m[0].length);
      tokenEnd = token.end;
      tokenUrlish = URLISH.test(p.slice(token.start, token.end));
    }
    if (tokenUrlish) continue;
    // The excerpt is the word ("don??t"): a bare "?" would be ambiguous to locate and to read.
    const ws = wordStart(p, at);
    const we = wordEnd(p, at + m[0].length);
    const word = p.slice(ws, we);
    out.push({
      kind: 'mojibake', start: base + ws, end: base + we,
      message: `An apostrophe was lost in a bad text conversion; “${word}” should read “${word.replace(/\?{1,2}/u, '’')}”.`,
      fix: p.slice(ws, at) + '’' + p.slice(at + m[0].length, we),
    });
  }
}

/**
 * Double-encoded characters whose last byte was lost on the way: "Ã " is "à"
 * whose non-breaking space (C3 A0) was turned into a plain space, "â€" alone
 * is a closing quotation mark ("”", E2 80 9D) whose 9D byte Windows-1252 does
 * not map. "Ã" never stands alone as a word, and "â€" is never written.
 */
const BROKEN_LEAD = /(?<![\p{L}\p{N}])Ã(?=[ \t])|â€(?![\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ])\uFFFD?/gu;

function findBrokenLeads(p: string, base: number, out: Finding[]): void {
  for (const m of p.matchAll(BROKEN_LEAD)) {
    const grave = m[0] === 'Ã';
    // A closing quote is reported with the word it closes ("readyâ€"), so the excerpt is not a piece of an opening "â€œ".
    const at = grave ? m.index! : wordStart(p, m.index!);
    // "Ã  Paris": the first space was the non-breaking one; it goes with the fix.
    const end = m.index! + m[0].length + (grave && /\s/.test(p[m.index! + 2] ?? '') ? 1 : 0);
    const fix = grave ? 'à' : `${p.slice(at, m.index!)}”`;
    out.push({
      kind: 'mojibake', start: base + at, end: base + end,
      message: `UTF-8 text was decoded as Windows-1252 and a byte was lost; “${p.slice(at, end)}” should read “${fix}”.`, fix,
    });
  }
}

const WORD_CHAR = /[\p{L}\p{N}'’]/u;

/** Start of the word that ends at `at` (letters, digits, apostrophes before it). */
function wordStart(p: string, at: number): number {
  let s = at;
  while (s > 0 && WORD_CHAR.test(p[s - 1]!)) s--;
  return s;
}

/** End of the word that starts at `at`. */
function wordEnd(p: string, at: number): number {
  let e = at;
  while (e < p.length && WORD_CHAR.test(p[e]!)) e++;
  return e;
}
