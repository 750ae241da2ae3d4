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

// ignoreBOM keeps a leading byte-order mark: "ï»¿" (its three bytes read as Windows-1252) must decode to U+FEFF, not vanish.
const utf8 = typeof TextDecoder !== 'undefined' ? new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }) : null;

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
  // A beta before a space is a non-breaking space (C2 A0) whose A0 became a plain space: each copy has its own
  // repair (drop the beta: "era.Β We" → "era. We"), so each copy is reported where it stands.
  const spaces: number[] = [];
  let runs = 0;
  for (const m of doc.text.matchAll(GREEK_RUN)) {
    runs++;
    if (m[0] === '\u0392' && SPACE.test(doc.text[m.index! + 1] ?? '')) {
      spaces.push(m.index!);
      continue;
    }
    const form = forms.get(m[0]);
    if (form) form.copies++;
    else forms.set(m[0], { start: m.index!, copies: 1 });
  }
  if (runs < MIN_GREEK_RUNS) return;
  for (const start of spaces) {
    out.push({ kind: 'mojibake', start, end: start + 1, message: 'A non-breaking space was garbled by a wrong decode (UTF-8 read as Greek Windows-1253) into “Β”.', fix: '' });
  }
  for (const [text, { start, copies }] of forms) {
    out.push({
      kind: 'mojibake', start, end: start + text.length,
      message: `Characters were garbled by a wrong decode (UTF-8 read as Greek Windows-1253)${copies > 1 ? `; “${text}” appears ${copies} times` : ''}.`,
      fix: null,
    });
  }
}

/**
 * Windows-1253's characters for the bytes 0x80–0xBF (UTF-8's continuation bytes), its holes filled from Windows-1252 as
 * the decoders that make this mojibake do (0x9F has no Greek character and comes out as "Ÿ", 0x8E as "Ž").
 */
const GREEK_CONTINUATIONS = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ\u00a0΅Ά£¤¥¦§¨©ª«¬\u00ad®―°±²³΄µ¶·ΈΉΊ»Ό½ΎΏ';
/**
 * An emoji's four UTF-8 bytes read as Windows-1253: F0 → "π", 9F → "Ÿ" (the Windows-1252 fill), then two continuation
 * bytes ("πŸ”Ž" is 🔎, "πŸ™Œ" is 🙌). A byte pattern, not a word list: "π" before "Ÿ" never occurs in Greek or in a
 * formula, so one copy is enough (the run-counting Greek finder above needs two runs and does not read "Ÿ").
 */
const GREEK_EMOJI = new RegExp(`πŸ[${GREEK_CONTINUATIONS}]{2}`, 'gu');

function findGreekEmoji(p: string, base: number, out: Finding[]): void {
  for (const m of p.matchAll(GREEK_EMOJI)) {
    const bytes = [0xf0, 0x9f, ...[...m[0].slice(2)].map((c) => 0x80 + GREEK_CONTINUATIONS.indexOf(c))];
    const fix = new TextDecoder('utf-8', { fatal: false }).decode(new Uint8Array(bytes));
    out.push({
      kind: 'mojibake', start: base + m.index!, end: base + m.index! + m[0].length,
      message: `An emoji was garbled by a wrong decode (UTF-8 read as Greek Windows-1253): “${m[0]}” should read “${fix}”.`,
      fix: fix.includes('\uFFFD') ? null : fix,
    });
  }
}

/**
 * A backtick standing for the rupee sign: Indian sites set "₹" in a font that
 * maps it to "`", so "`2,345.6 crore" reaches the text. Not a code span
 * ("`42`" closes its backtick).
 */
const BACKTICK_RUPEE = /(?<![\p{L}\p{N}`])`(\d[\d,]*(?:\.\d+)?)(?![\d,.]*`)/gu;

/**
 * Legacy code pages a UTF-8 page gets read through, each as the 128
 * characters its bytes 0x80–0xFF decode to ("\u0000": no character; the byte
 * is lost). The holes of Windows-874 are filled from Windows-1252, as the
 * decoders that produce this mojibake do ("โ‚ฌ" for "€": E2 → โ, 82 → ‚).
 * Windows-1252 itself and Greek Windows-1253 have their own finders above.
 */
const CODE_PAGES: ReadonlyArray<{ name: string; table: string; script: RegExp | null }> = [
  { name: 'Windows-874 (Thai)', script: /[\u0e01-\u0e5b]/gu, table: '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ\u00a0กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรฤลฦวศษสหฬอฮฯะัาำิีึืฺุู\u0000\u0000\u0000\u0000฿เแโใไๅๆ็่้๊๋์ํ๎๏๐๑๒๓๔๕๖๗๘๙๚๛\u0000\u0000\u0000\u0000' },
  { name: 'Windows-1251 (Cyrillic)', script: /[\u0400-\u04ff]/gu, table: 'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—˜™љ›њќћџ\u00a0ЎўЈ¤Ґ¦§Ё©Є«¬\u00ad®Ї°±Ііґµ¶·ё№є»јЅѕїАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя' },
  { name: 'Windows-1250 (Central European)', script: null, table: '€\u0000‚ƒ„…†‡ˆ‰Š‹ŚŤŽŹ\u0000‘’“”•–—˜™š›śťžź\u00a0ˇ˘Ł¤Ą¦§¨©Ş«¬\u00ad®Ż°±˛ł´µ¶·¸ąş»Ľ˝ľżŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙' },
  { name: 'Windows-1254 (Turkish)', script: null, table: '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏĞÑÒÓÔÕÖ×ØÙÚÛÜİŞßàáâãäåæçèéêëìíîïğñòóôõö÷øùúûüışÿ' },
  { name: 'Mac Roman', script: null, table: 'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ' },
];

/**
 * The UTF-8 lead bytes whose characters mojibake is made of: C2–C5 (Latin-1
 * and Latin Extended-A: "£", "é", a non-breaking space), E2 (punctuation,
 * currency, symbols: "’", "€", "™", "→"), F0 (emoji). Other leads decode to
 * scripts (Greek, Cyrillic, CJK …) that a garbled Latin-script page does
 * not hold, so a run that needs them is real text.
 */
const MOJIBAKE_LEADS = [0xc2, 0xc3, 0xc4, 0xc5, 0xe2, 0xf0];

interface CodePage {
  name: string;
  /** Character → byte (0x80–0xFF). */
  bytes: Map<string, number>;
  /** A character standing for one of MOJIBAKE_LEADS: a paragraph without one is skipped at once. */
  gate: RegExp;
  /** Maximal runs of two or more of the page's characters. */
  run: RegExp;
  /** Letters of the page's own script: a text written in it is not garbled by it. */
  script: RegExp | null;
}

let codePages: CodePage[] | null = null;

/** The code pages compiled on first use: most texts never need them. */
function compiledCodePages(): CodePage[] {
  if (codePages) return codePages;
  const cls = (chars: Iterable<string>): string => [...chars].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('');
  codePages = CODE_PAGES.map(({ name, table, script }) => {
    const bytes = new Map<string, number>();
    [...table].forEach((c, k) => { if (c !== '\u0000') bytes.set(c, 0x80 + k); });
    const leads = MOJIBAKE_LEADS.map((b) => table[b - 0x80]!).filter((c) => c !== '\u0000');
    return { name, bytes, script, gate: new RegExp(`[${cls(leads)}]`, 'u'), run: new RegExp(`[${cls(bytes.keys())}]{2,}`, 'gu') };
  });
  return codePages;
}

/** A code point a garbled Latin-script page plausibly held: Latin-1 and Latin Extended-A, punctuation and symbols, emoji. */
function plausibleTarget(cp: number): boolean {
  return (cp >= 0xa0 && cp <= 0x17f) || (cp >= 0x2000 && cp <= 0x2bff) || (cp >= 0x1f000 && cp <= 0x1faff);
}

/**
 * Read a run as the bytes of UTF-8 text: whole sequences, each a lead from
 * MOJIBAKE_LEADS and its continuation bytes. A sequence may be short of its
 * last bytes (the code page had no character for them, so they were lost:
 * "๐Ÿ†" is 🏆 without its 0x8F) when what is left already pins it to the
 * plausible ranges. The repair is null when a byte was lost; null overall
 * when the run is not such bytes.
 */
export function decodeRun(run: string, bytes: Map<string, number>): { fix: string | null } | null {
  const bs: number[] = [];
  for (const c of run) {
    const b = bytes.get(c);
    if (b === undefined) return null;
    bs.push(b);
  }
  let fix = '';
  let lost = false;
  let k = 0;
  while (k < bs.length) {
    const lead = bs[k]!;
    if (!MOJIBAKE_LEADS.includes(lead)) return null;
    const need = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1;
    let cp = lead & (lead >= 0xf0 ? 0x07 : lead >= 0xe0 ? 0x0f : 0x1f);
    let got = 0;
    while (got < need && k + 1 + got < bs.length && (bs[k + 1 + got]! & 0xc0) === 0x80) {
      cp = (cp << 6) | (bs[k + 1 + got]! & 0x3f);
      got++;
    }
    if (got === 0) return null;
    if (got < need) {
      // A cut sequence: its range is every completion of the bytes left; a lone second byte is too little to go by.
      if (got < 2 && need > 1) return null;
      const lo = cp << (6 * (need - got));
      const hi = lo | ((1 << (6 * (need - got))) - 1);
      if (!plausibleTarget(lo) || !plausibleTarget(hi)) return null;
      lost = true;
    } else {
      // Overlong or out-of-range forms are not UTF-8.
      if ((need === 2 && cp < 0x800) || (need === 3 && (cp < 0x10000 || cp > 0x10ffff)) || !plausibleTarget(cp)) return null;
      fix += String.fromCodePoint(cp);
    }
    k += 1 + got;
  }
  return { fix: lost ? null : fix };
}

/** Letters of a code page's script above this share of all letters: the text is written in that script. */
const MAX_SCRIPT_SHARE = 0.25;

/**
 * A non-breaking space read as Windows-1252 ("Â\u00a0") whose second half
 * was then turned into a plain space: "era.Â We", "costs Â 20", or trimmed
 * away at the end of a paragraph ("… Tortoise Media.Â"). "Â" never ends a
 * word of a Latin-script text except in capitals ("CÂ" in an all-caps
 * heading stays).
 */
const LOST_NBSP = /(?<!\p{Lu})Â(?= |$)/gu;

function findLostNbsp(p: string, base: number, out: Finding[]): void {
  for (const m of p.matchAll(LOST_NBSP)) {
    out.push({ kind: 'mojibake', start: base + m.index!, end: base + m.index! + 1, message: 'A non-breaking space was garbled by a wrong decode (UTF-8 read as Windows-1252) into “Â”.', fix: '' });
  }
}

/**
 * C1 control characters (U+0080–U+009F): Windows-1252 text read as Latin-1,
 * so "’" arrived as U+0092 and "—" as U+0097. No text writes them; the
 * repair reads each byte as Windows-1252. Runs inside a double-encoded
 * sequence ("Ã\u0089" for "É") are the other finder's.
 */
const C1_CONTROL = /[\u0080-\u009f]/u;
const C1_RUN = /[\u0080-\u009f]+/gu;
const CP1252_BY_BYTE = new Map<number, string>(Object.entries(CP1252_HIGH).map(([ch, b]) => [b, ch]));

function findC1Controls(p: string, base: number, taken: Finding[], out: Finding[]): void {
  for (const m of p.matchAll(C1_RUN)) {
    const start = base + m.index!;
    const end = start + m[0].length;
    if (taken.some((f) => f.start < end && start < f.end)) continue;
    let fix: string | null = '';
    for (const c of m[0]) {
      const ch = CP1252_BY_BYTE.get(c.codePointAt(0)!);
      if (ch === undefined) { fix = null; break; }
      fix += ch;
    }
    out.push({
      kind: 'mojibake', start, end,
      message: fix !== null ? `Windows-1252 text was read as Latin-1; an invisible control character stands for “${fix}”.` : 'Windows-1252 text was read as Latin-1; an invisible control character stands where a character was.',
      fix,
    });
  }
}

/** A run the code-page finder may report, kept until the whole text has been read. */
interface CodePageCandidate {
  finding: Finding;
  page: CodePage;
  /** Made only of letters of the page's script ("ยฃ"): it could be a short word in that script. */
  pure: boolean;
}

/**
 * UTF-8 read through a legacy code page other than Windows-1252: Thai
 * Windows-874 ("๐Ÿ‡ช๐Ÿ‡บ" for 🇪🇺, "โ‚ฌ" for "€", "ยฃ" for "£"), Cyrillic
 * Windows-1251 ("вЂ™" for "’"), Central European Windows-1250, Turkish
 * Windows-1254 ("ğŸš€" for 🚀), Mac Roman ("‚Äô" for "’"). A run of the code
 * page's characters is garbled when its bytes are whole UTF-8 sequences of
 * punctuation, symbols, accented Latin letters or emoji: a word in Thai or
 * Russian almost never is (its bytes break the sequence rules). `taken`: the
 * paragraph's spans already reported (by the Windows-1252 finders). Runs of
 * the script's letters that are not UTF-8 are real words, noted in `words`.
 */
function findCodePageMojibake(p: string, base: number, taken: Finding[], candidates: CodePageCandidate[], words: Set<string>): void {
  for (const page of compiledCodePages()) {
    if (!page.gate.test(p)) continue;
    for (const m of p.matchAll(page.run)) {
      const start = base + m.index!;
      const end = start + m[0].length;
      if (taken.some((f) => f.start < end && start < f.end)) continue;
      const decoded = decodeRun(m[0], page.bytes);
      const pure = page.script !== null && m[0].replace(page.script, '') === '';
      if (!decoded) {
        if (page.script && m[0].search(page.script) >= 0) words.add(page.name);
        continue;
      }
      candidates.push({
        page, pure,
        finding: {
          kind: 'mojibake', start, end,
          message: decoded.fix !== null
            ? `UTF-8 text was decoded as ${page.name}; “${m[0]}” should read “${decoded.fix}”.`
            : `UTF-8 text was decoded as ${page.name} and a byte was lost; “${m[0]}” was a symbol or an emoji.`,
          fix: decoded.fix,
        },
      });
    }
  }
}

/**
 * The candidates that stand once the whole text is read: not in a text
 * mostly written in the page's script, and, where the text also holds real
 * words of that script, only runs with a character no word of it has (a
 * Windows-1252 fallback such as "‚" or "Ÿ"): "ยก" next to "สวัสดี" is the Thai
 * word, not "¡".
 */
function keptCandidates(doc: ArticleDoc, candidates: CodePageCandidate[], words: Set<string>): Finding[] {
  const shares = new Map<string, boolean>();
  const kept = candidates
    .filter(({ page, pure }) => mostlyOtherScript(doc, page, shares) && !(pure && words.has(page.name)))
    .map((c) => c.finding);
  return withholdForeignRepairs(doc, kept);
}

/** Function words that tell a French text (counted against English ones on the text's head). */
const FRENCH_WORDS = /\b(?:le|la|les|des|du|une|est|et|pour|dans|avec|qui|que|sur|pas|aux|au)\b/giu;
const ENGLISH_WORDS = /\b(?:the|and|of|to|is|that|for|with|was|are|this|it)\b/giu;
/** Letters a French text writes beyond a–z. */
const FRENCH_LETTERS = /^[a-zàâäçéèêëîïôöùûüÿœæ]$/u;
/** The head of the text is enough to tell its language. */
const LANGUAGE_SAMPLE = 20_000;

function isFrench(text: string): boolean {
  const head = text.slice(0, LANGUAGE_SAMPLE);
  const fr = head.match(FRENCH_WORDS)?.length ?? 0;
  const en = head.match(ENGLISH_WORDS)?.length ?? 0;
  return fr >= 5 && fr > 2 * en;
}

/**
 * A legacy code page's repair that gives a letter foreign to the text's
 * language ("Ăš" → "Ú", "Ăź" → "ß" in a French text) shows the page was not
 * read through that code page alone (its runs stand for "è" and "î" there):
 * the run is still garbled, but its repair is withheld.
 */
function withholdForeignRepairs(doc: ArticleDoc, kept: Finding[]): Finding[] {
  if (!kept.some((f) => f.fix !== null && /\p{L}/u.test(f.fix)) || !isFrench(doc.text)) return kept;
  return kept.map((f) => {
    if (f.fix === null || ![...f.fix].some((c) => /\p{L}/u.test(c) && !FRENCH_LETTERS.test(c.toLowerCase()))) return f;
    const run = doc.text.slice(f.start, f.end);
    return { ...f, fix: null, message: `UTF-8 text was decoded through the wrong code page; “${run}” stands for a letter that cannot be told for sure (the usual reading, “${f.fix}”, is not a letter of this language).` };
  });
}

/** Is the text written mostly outside the code page's script? Counted once per text. */
function mostlyOtherScript(doc: ArticleDoc, page: CodePage, shares: Map<string, boolean>): boolean {
  if (!page.script) return true;
  let known = shares.get(page.name);
  if (known === undefined) {
    const script = doc.text.match(page.script)?.length ?? 0;
    const letters = doc.text.match(LETTERS)?.length ?? 0;
    known = script <= MAX_SCRIPT_SHARE * letters;
    shares.set(page.name, known);
  }
  return known;
}
/**
 * The UTF-8 lead byte E2 of a curly quote or a dash (’ “ ” – — are E2 80 9x)
 * read through a code page of another script, its continuation bytes lost
 * (the decoder had no character for them): one letter of that script left
 * alone in Latin text. Windows-874 makes it "โ", Windows-1251 "в",
 * Windows-1253 "β" (Windows-1250/1254 give "â", a real Latin letter, so
 * they are not read here). Glued inside a word before a contraction's tail
 * ("cityโs", "donвt") or after an elided article ("lโarticle") it was an
 * apostrophe; alone between two words ("council โ Houston") a dash; before
 * a word ("said โWe") an opening quote.
 */
const LONE_LEAD = '[\\u0e42\\u0432\\u03b2]';
/** Glued inside a Latin word, before an English contraction's tail or after a French elided article: an apostrophe. */
const LONE_LEAD_APOSTROPHE = new RegExp(`(?<=[A-Za-z\\u00c0-\\u024f])${LONE_LEAD}(?=(?:s|t|re|ll|ve|d|m)(?![\\p{L}\\p{N}]))|(?<=(?<![\\p{L}\\p{N}])(?:[lLdDjJnNsScCmMtT]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu))${LONE_LEAD}(?=[aeiouyhéèêàâîôûAEIOUYHÉÈÊÀ])`, 'gu');
/** Alone between two Latin words or figures ("council โ Houston"): a dash, or a quote cut from its word. Not β (a coefficient "the β value"). */
const LONE_LEAD_SPACED = /(?<=[A-Za-z\u00c0-\u024f\p{N}.,;:!?"”)] )[\u0e42\u0432](?= [A-Za-z\u00c0-\u024f\p{N}“"(])/gu;
/** Letters of the three scripts: a text holding them beyond the lone leads has real words in them. */
const LONE_LEAD_SCRIPTS = /[\u0e01-\u0e5b\u0400-\u04ff\u0370-\u03ff]/gu;

function findLoneLeads(doc: ArticleDoc, taken: Finding[], out: Finding[]): void {
  const text = doc.text;
  if (!/[\u0e42\u0432\u03b2]/u.test(text)) return;
  const found: Finding[] = [];
  for (const m of text.matchAll(LONE_LEAD_APOSTROPHE)) {
    found.push({ kind: 'mojibake', start: m.index!, end: m.index! + 1, message: `A curly apostrophe (UTF-8) was decoded through another script's code page and lost two of its bytes: “${m[0]}” should read “’”.`, fix: '’' });
  }
  for (const m of text.matchAll(LONE_LEAD_SPACED)) {
    found.push({ kind: 'mojibake', start: m.index!, end: m.index! + 1, message: `A dash or a quote (UTF-8) was decoded through another script's code page and lost two of its bytes (“${m[0]}”).`, fix: null });
  }
  if (found.length === 0) return;
  // Every letter of those scripts in the text must be such a lone lead: a text with real Thai, Russian or Greek words is not garbled this way.
  const scriptLetters = text.match(LONE_LEAD_SCRIPTS)?.length ?? 0;
  if (scriptLetters !== found.length) return;
  // A dash alone is weak evidence: it needs a second lone lead somewhere in the text.
  if (found.length < 2 && found[0]!.fix === null) return;
  for (const f of found) if (!taken.some((t) => t.start < f.end && f.start < t.end)) out.push(f);
}

/**
 * LOST_APOSTROPHE_LEAD: the "â" left of a curly apostrophe that lost its two other bytes, glued between a word and the tail of
 * its contraction or possessive ("itâs", "weâll", "Iâm", "MedGenomeâs"): a letter before it, a tail after it that closes the
 * word. The one reading of this byte loss: this reader flags it, and the name readers (names.ts MOJIBAKE_POSSESSIVE) cut a
 * name at it, as a real "’" stops a name. A source string, so each reader compiles it with its own flags.
 */
export const LOST_APOSTROPHE_LEAD = String.raw`(?<=\p{L})â(?=(?:s|t|re|ll|ve|d|m)(?![\p{L}\p{N}]))`;

/**
 * The same lost bytes read as Windows-1252 or Latin-1 with the C1 controls dropped: the lead byte E2 of a curly quote
 * or a dash is "â", a real Latin letter, so it is read only in a text whose letters carry no other accent (an English
 * text: French, Portuguese or Romanian words with "â" come with "é", "ã" or "ă" around them). There every "â" must sit
 * where a quote or a dash stood: glued before an English contraction's tail ("itâs", "weâll", "AAPâs"), opening a word
 * after a space or a bracket ("said âWe"), closing one before a space or punctuation ("interestsâ."), or alone between
 * two words (a dash). A text with one "â" elsewhere is left alone, and a contraction must be among them (a quote alone
 * is weak evidence). Seen on a forum mirror and on a help site's mirror ("yesterdayâs").
 */
const CIRCUMFLEX_APOSTROPHE = new RegExp(LOST_APOSTROPHE_LEAD, 'gu');
const CIRCUMFLEX_OPENING = /(?<=^|[\s(\[])â(?=[A-Za-z0-9])/gu;
const CIRCUMFLEX_CLOSING = /(?<=[A-Za-z0-9.,!?])â(?=[\s.,;:!?)\]]|$)/gu;
const CIRCUMFLEX_SPACED = /(?<= )â(?= )/gu;
/** Letters with an accent other than "â": a text holding one is written in a language that has "â" of its own. */
const OTHER_ACCENTED = /[\u00c0-\u00e1\u00e3-\u00ff\u0100-\u024f]/u;

function findLoneCircumflex(doc: ArticleDoc, taken: Finding[], out: Finding[]): void {
  const text = doc.text;
  if (!text.includes('â') || OTHER_ACCENTED.test(text)) return;
  const found = new Map<number, Finding>();
  const read = (re: RegExp, message: string, fix: string | null): void => {
    for (const m of text.matchAll(re)) if (!found.has(m.index!)) found.set(m.index!, { kind: 'mojibake', start: m.index!, end: m.index! + 1, message, fix });
  };
  read(CIRCUMFLEX_APOSTROPHE, 'A curly apostrophe (UTF-8) was decoded as Latin-1 and lost two of its bytes: “â” should read “’”.', '’');
  const apostrophes = found.size;
  read(CIRCUMFLEX_OPENING, 'An opening quote (UTF-8) was decoded as Latin-1 and lost two of its bytes: “â” should read ““”.', '“');
  read(CIRCUMFLEX_CLOSING, 'A closing quote (UTF-8) was decoded as Latin-1 and lost two of its bytes: “â” should read “””.', '”');
  read(CIRCUMFLEX_SPACED, 'A dash (UTF-8) was decoded as Latin-1 and lost two of its bytes (“â”).', null);
  // Every "â" of the text is such a lead, and a contraction is among them.
  if (apostrophes === 0 || found.size !== text.split('â').length - 1) return;
  for (const f of [...found.values()].sort((a, b) => a.start - b.start)) if (!taken.some((t) => t.start < f.end && f.start < t.end)) out.push(f);
}

const LETTERS = /\p{L}/gu;
const NON_ASCII = /[^\u0000-\u007f]/;

export function findMojibake(doc: ArticleDoc): Finding[] {
  const out: Finding[] = [];
  findGreekCodepage(doc, out);
  if (doc.text.includes('`')) {
    for (const m of doc.text.matchAll(BACKTICK_RUPEE)) {
      out.push({ kind: 'mojibake', start: m.index!, end: m.index! + m[0].length, message: 'The rupee sign was lost in a font substitution (printed as a backtick).', fix: `₹${m[1]!}` });
    }
  }
  const candidates: CodePageCandidate[] = [];
  const words = new Set<string>();
  // "??" between two letters of a word ("who??e") is never a writer's: the evidence that the text's
  // multi-byte characters became "??" pairs, so a pair at a word's edge ("It?? here") is one too.
  const gluedQuestionMarks = doc.text.includes('??') && GLUED_IN_WORD.test(doc.text);
  doc.paragraphs.forEach((p, i) => {
    const base = doc.starts[i] ?? 0;
    const fromHere = out.length;
    if (p.includes('馃')) findGbkEmoji(p, base, out);
    if (p.includes('πŸ')) findGreekEmoji(p, base, out);
    if (p.includes('?')) {
      for (const m of p.matchAll(LOST_LIGATURE)) {
        out.push({ kind: 'mojibake', start: base + m.index!, end: base + m.index! + m[0].length, message: `A character (a ligature such as “fi”) was lost in a bad text conversion and printed as “?”: “${m[0]}”.`, fix: null });
      }
    }
    if (p.includes('??')) findPlaceholders(p, base, out);
    if (p.includes('?')) findLostApostrophes(p, base, out);
    if (gluedQuestionMarks && p.includes('??')) findGluedPlaceholders(p, base, out);
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
        if (fixed === '\uFEFF') {
          // A file's byte-order mark printed as text ("ï»¿" before the headline): nothing to read there.
          out.push({ kind: 'mojibake', start: base + m.index!, end: base + m.index! + m[0].length, message: `A byte-order mark was decoded as text (“${m[0]}”); it should not be shown.`, fix: '' });
          continue;
        }
        out.push({
          kind: 'mojibake', start: base + m.index!, end: base + m.index! + m[0].length,
          message: `UTF-8 text was decoded as Windows-1252; “${m[0]}” should read “${fixed}”.`, fix: fixed,
        });
      }
    }
    if (p.includes('Â')) findLostNbsp(p, base, out);
    if (C1_CONTROL.test(p)) findC1Controls(p, base, out.slice(fromHere), out);
    if (NON_ASCII.test(p)) findCodePageMojibake(p, base, out.slice(fromHere), candidates, words);
  });
  if (candidates.length > 0) out.push(...keptCandidates(doc, candidates, words));
  findLoneLeads(doc, out.slice(), out);
  findLoneCircumflex(doc, out.slice(), out);
  if (doc.text.includes('?')) findQuestionMarkLetters(doc, out.slice(), out);
  findDingbatBullets(doc, out);
  return out;
}

/**
 * A "?" standing for an accented letter a conversion could not map: "Fran?ais", "d?cision",
 * "soci?t?", "Z?rich". The mark sits between two letters of a word, the next one in lower
 * case: a question ends a word and the next starts after a space or a quote ("Why?So" with a
 * capital is a lost space, not this). Not in a link or a query string ("page?id", "site.com?ref"),
 * not in code ("a?b:c" is too short to be a word), and a contraction tail ("company?s") is
 * findLostApostrophes'.
 */
const QUESTION_IN_WORD = /(?<=\p{L})\?(?=\p{Ll})/gu;
const WORD_OR_MARK = /[\p{L}?]/u;
/** A word shorter than this ("a?b") is a formula or a ternary, not a garbled word. */
const MIN_GARBLED_WORD = 4;
/** A domain or file name in the token ("site.com?ref", "index.php?p"). */
const DOTTED = /\.\p{L}{2,}\?/u;

function findQuestionMarkLetters(doc: ArticleDoc, taken: Finding[], out: Finding[]): void {
  const text = doc.text;
  let lastEnd = -1;
  for (const m of text.matchAll(QUESTION_IN_WORD)) {
    const at = m.index!;
    if (at < lastEnd) continue;
    let s = at;
    let e = at + 1;
    while (s > 0 && WORD_OR_MARK.test(text[s - 1]!)) s--;
    while (e < text.length && WORD_OR_MARK.test(text[e]!)) e++;
    lastEnd = e;
    const word = text.slice(s, e);
    if (word.replace(/\?/g, '').length < MIN_GARBLED_WORD - 1 || word.length < MIN_GARBLED_WORD) continue;
    const token = tokenAround(text, s, e);
    const tokenText = text.slice(token.start, token.end);
    if (URLISH.test(tokenText) || DOTTED.test(tokenText)) continue;
    if (taken.some((f) => f.start < e && s < f.end)) continue;
    out.push({
      kind: 'mojibake', start: s, end: e,
      message: `An accented letter was lost in a bad text conversion and printed as “?”: “${word}”.`, fix: null,
    });
  }
}

/**
 * Print bullets set in a symbol font (Wingdings, Zapf Dingbats) come out as the letter of their
 * code: "u" for "◆", "n" for "■", "l" for "●", "q" for "❑". Each item of the box then starts
 * with that lower-case letter glued to its first, capitalised word: "uABC’s This Week",
 * "uNBC’s Meet the Press", "uFox News Sunday". One such word is a brand ("uBeam", "nCino"); the
 * same letter before three different capitalised words is a list. "i" and "e" ("iPhone",
 * "eBay") and "v" ("vSphere", "vCenter") start families of product names, so they are not read.
 * An item has content after its first word (a space and a word, or a colon: "uFox News Sunday", "nSports: …"); a product
 * name is written alone or paired with a slash or a comma ("uBlock/uMatrix", "uBlock, uMatrix and uBO"), so a word glued
 * to a slash, a comma or the text's end is no item.
 */
const DINGBAT_ITEM = /(?<![\p{L}\p{N}'’.@#/_-])(?<bullet>[lnqu])(?<word>\p{Lu}[\p{L}\p{N}]*(?:[’'][\p{L}]*)?)(?=[ \t]?:|[ \t]+[\p{L}\p{N}])/gu;
const MIN_DINGBAT_ITEMS = 3;

function findDingbatBullets(doc: ArticleDoc, out: Finding[]): void {
  const byBullet = new Map<string, { hits: RegExpMatchArray[]; words: Set<string> }>();
  for (const m of doc.text.matchAll(DINGBAT_ITEM)) {
    const bullet = m.groups!.bullet!;
    const entry = byBullet.get(bullet) ?? { hits: [], words: new Set<string>() };
    entry.hits.push(m);
    entry.words.add(m.groups!.word!);
    byBullet.set(bullet, entry);
  }
  for (const [bullet, { hits, words }] of byBullet) {
    if (words.size < MIN_DINGBAT_ITEMS) continue;
    for (const m of hits) {
      out.push({
        kind: 'mojibake', start: m.index!, end: m.index! + m[0].length,
        message: `A print bullet in a symbol font was read as the letter “${bullet}”: “${m[0]}” is a list item, “${m.groups!.word!}”.`,
        fix: m.groups!.word!,
      });
    }
  }
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

/** "??" between two letters: a character of three bytes (a curly quote) turned into question marks inside a word ("I??l", "who??e"). */
const GLUED_IN_WORD = /\p{L}\?\?\p{L}/u;
/**
 * In a text with GLUED_IN_WORD damage, each "??" touching a word: between
 * letters ("they??e"), closing one before a space ("It?? here", "Slate??
 * Jack") or opening one after a space ("??ho"). A lost apostrophe before a
 * contraction ending ("don??t") is findLostApostrophes'; a bare "??" between
 * spaces is findPlaceholders'.
 */
const GLUED_PLACEHOLDER = /(?<=\p{L})\?\?(?=[\s\p{L}])|(?<=\s)\?\?(?=\p{L})/gu;
const CONTRACTION_AFTER = /^(?:s|t|re|ll|ve|d|m)(?![\p{L}\p{N}=&?/_.-]|\.\p{L})/u;

function findGluedPlaceholders(p: string, base: number, out: Finding[]): void {
  // The token of the previous hit: many hits in one long token are judged once (a 100,000-character token stays linear).
  let tokenEnd = -1;
  let tokenUrlish = false;
  for (const m of p.matchAll(GLUED_PLACEHOLDER)) {
    const at = m.index!;
    if (/\p{L}/u.test(p[at - 1] ?? '') && CONTRACTION_AFTER.test(p.slice(at + 2, at + 6))) continue;
    if (at >= tokenEnd) {
      const token = tokenAround(p, at, at + 2);
      tokenEnd = token.end;
      tokenUrlish = URLISH.test(p.slice(token.start, token.end));
    }
    if (tokenUrlish) continue;
    const ws = wordStart(p, at);
    const we = wordEnd(p, at + 2);
    out.push({
      kind: 'mojibake', start: base + ws, end: base + we,
      message: `A character was lost in a bad text conversion and printed as “??”: “${p.slice(ws, we)}”.`, fix: null,
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
