/**
 * A host for display: its "xn--" labels (IDNA's ASCII form, RFC 3492
 * Punycode, the form a parsed URL gives) in their Unicode form, as a browser's
 * address bar shows them ("xn--bcher-kva.de" -> "bücher.de"). Pure, no
 * network, no dependency.
 *
 * Like browsers, a host that could pass for another one keeps its ASCII form
 * as a whole, so a look-alike address is never hidden behind a familiar
 * spelling (Chromium's IDN spoof checks, Firefox's "network.IDN.restriction_profile"
 * highly restrictive profile; see keepsAscii below). Any label that is not a
 * valid Punycode label stays exactly as written.
 */

// RFC 3492 §5 parameter values for Punycode.
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_CODE_POINT = 0x10ffff;

/** A DNS label's longest form (RFC 1035 §2.3.4): no host a browser reaches has a longer one, and decoding stays small. */
const MAX_LABEL_LENGTH = 63;

/** The ACE prefix of an IDNA label (case-insensitive). */
const ACE_PREFIX = /^xn--/i;

/** The host with each valid "xn--" label decoded, or the host as written when it could pass for another (see keepsAscii). */
export function displayHost(host: string): string {
  const labels = host.split('.');
  const shown = labels.map(decodeLabel);
  if (shown.every((label, i) => label === labels[i])) return host;
  return keepsAscii(shown) ? host : shown.join('.');
}

/** One label: its Unicode form when it is a valid, normalized Punycode label of non-ASCII text; else as written. */
function decodeLabel(label: string): string {
  if (!ACE_PREFIX.test(label) || label.length > MAX_LABEL_LENGTH) return label;
  const decoded = decodePunycode(label.slice(4).toLowerCase());
  // IDNA: a label that decodes to plain ASCII, or to a non-NFC string, is not a valid A-label.
  if (decoded === null || !/[^\x00-\x7f]/.test(decoded) || decoded.normalize('NFC') !== decoded) return label;
  return decoded;
}

/** RFC 3492 §6.3 decoding of the part after "xn--"; null on any malformed input (bad digit, overflow, out of range). */
export function decodePunycode(input: string): string | null {
  if (input.length > MAX_LABEL_LENGTH || !/^[\x00-\x7f]*$/.test(input)) return null;
  const delimiter = input.lastIndexOf('-');
  const output = delimiter > 0 ? [...input.slice(0, delimiter)].map((c) => c.codePointAt(0)!) : [];
  let n = INITIAL_N;
  let i = 0;
  let bias = INITIAL_BIAS;
  let at = delimiter > 0 ? delimiter + 1 : 0;
  while (at < input.length) {
    const read = readVariableInteger(input, at, i, bias);
    if (read === null) return null;
    const length = output.length + 1;
    bias = adapt(read.value - i, length, i === 0);
    n += Math.floor(read.value / length);
    i = read.value % length;
    if (n > MAX_CODE_POINT || (n >= 0xd800 && n <= 0xdfff)) return null;
    output.splice(i, 0, n);
    i++;
    at = read.next;
  }
  return output.map((code) => String.fromCodePoint(code)).join('');
}

/** One generalized variable-length integer added to i (RFC 3492 §6.3's inner loop), or null when it is cut or overflows. */
function readVariableInteger(input: string, from: number, start: number, bias: number): { value: number; next: number } | null {
  let value = start;
  let weight = 1;
  for (let at = from, k = BASE; ; at++, k += BASE) {
    if (at >= input.length) return null;
    const digit = digitOf(input.charCodeAt(at));
    if (digit === null) return null;
    value += digit * weight;
    if (value > MAX_CODE_POINT * 0x110) return null;
    const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
    if (digit < t) return { value, next: at + 1 };
    weight *= BASE - t;
  }
}

/** The value of a base-36 Punycode digit (a-z 0-25, 0-9 26-35), or null. */
function digitOf(code: number): number | null {
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  if (code >= 0x30 && code <= 0x39) return code - 22;
  return null;
}

/** RFC 3492 §6.1 bias adaptation. */
function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  let d = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

// ---------------------------------------------------------------- look-alikes

/**
 * Characters that never belong in a shown host: controls, format characters
 * (bidi marks, zero-width joiners), spaces, separators, and the dot, slash
 * and hyphen look-alikes (fullwidth/ideographic full stops, one-dot leader,
 * fraction and division slashes, the dashes and the minus sign) that would
 * fake a host's or a path's structure or pass for an ASCII hyphen
 * ("apple‐login.com" with U+2010; review of session 23, P2).
 */
const UNSHOWABLE = /[\p{Cc}\p{Cf}\p{Z}\u3002\uff0e\uff61\u2024\u2044\u2215\u29f8\uff0f\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/u;

/** The scripts a label may use, by name (Common and Inherited, digits and marks, go with any). */
const SCRIPTS = ['Latin', 'Greek', 'Cyrillic', 'Armenian', 'Hebrew', 'Arabic', 'Devanagari', 'Bengali', 'Thai', 'Georgian', 'Hangul', 'Hiragana', 'Katakana', 'Bopomofo', 'Han'] as const;
type Script = (typeof SCRIPTS)[number] | 'Other';
const SCRIPT_PATTERNS: Array<[Script, RegExp]> = SCRIPTS.map((s) => [s, new RegExp(`\\p{Script=${s}}`, 'u')]);
const NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;

/**
 * Script sets of one label that read as one writing system (Unicode UTS 39
 * "highly restrictive"): one script, or Latin with the scripts written
 * together in Japanese, Chinese or Korean.
 */
const ALLOWED_MIXES: ReadonlyArray<ReadonlySet<Script>> = [
  new Set<Script>(['Latin', 'Han', 'Hiragana', 'Katakana']),
  new Set<Script>(['Latin', 'Han', 'Bopomofo']),
  new Set<Script>(['Latin', 'Han', 'Hangul']),
];

/**
 * Per script, its letters that look like Latin ones and the TLDs written in
 * it (or its countries' ASCII ccTLDs, as Chromium allows): a label made only of such letters ("аррӏе", "соре"; Greek "ροκε",
 * "τοκεν"; Armenian "ոսօ") reads as a Latin word under any other TLD (UTS 39's
 * whole-script confusables; Chromium checks Cyrillic, Greek, Armenian and
 * others against the TLD). Greek and Armenian were let through before
 * (review of session 23, P2).
 */
const LATIN_LOOKING: ReadonlyArray<{ letters: RegExp; tld: RegExp }> = [
  { letters: /^[аысԁеһіјӏорԛѕԝхуъьҽпгѵѡ0-9-]+$/u, tld: /^(?:\p{Script=Cyrillic}+|bg|by|kg|kz|mk|mn|rs|ru|su|tj|ua|uz)$/u },
  { letters: /^[αβγικνορτυχεηςϲϳ0-9-]+$/u, tld: /^(?:\p{Script=Greek}+|gr|cy)$/u },
  { letters: /^[ագզհյնոսքօւ0-9-]+$/u, tld: /^(?:\p{Script=Armenian}+|am)$/u },
];

/**
 * Japanese and Chinese characters that pass for ASCII punctuation next to
 * Latin letters or digits: Katakana ノ ソ ゾ ン as a slash or a backslash,
 * the prolonged sound mark ー and Han 一 as a hyphen ("google.comノlogin",
 * "paypal一login"); Chromium's dangerous patterns keep such labels ASCII.
 * Among kana and Han they are ordinary writing.
 */
const PUNCTUATION_LOOKING_CJK = /[a-z0-9][ノソゾンー一]|[ノソゾンー一][a-z0-9]/u;

/** Whether the decoded host could pass for another one: then the whole host is shown in ASCII, as browsers do. */
function keepsAscii(labels: readonly string[]): boolean {
  const tld = labels.at(-1) ?? '';
  return labels.some((label) => {
    if (UNSHOWABLE.test(label)) return true;
    if (!oneWritingSystem(scriptsOf(label)) || PUNCTUATION_LOOKING_CJK.test(label)) return true;
    return /[^\x00-\x7f]/.test(label) && LATIN_LOOKING.some(({ letters, tld: own }) => letters.test(label) && !own.test(tld));
  });
}

/** The scripts a label's letters are written in (Common/Inherited left out). */
function scriptsOf(label: string): Set<Script> {
  const found = new Set<Script>();
  for (const ch of label) {
    if (NEUTRAL.test(ch)) continue;
    found.add(SCRIPT_PATTERNS.find(([, re]) => re.test(ch))?.[0] ?? 'Other');
  }
  return found;
}

/** One script, or a mix the ALLOWED_MIXES allow; never a script outside SCRIPTS mixed with another. */
function oneWritingSystem(scripts: Set<Script>): boolean {
  if (scripts.size <= 1) return true;
  return ALLOWED_MIXES.some((mix) => [...scripts].every((s) => mix.has(s)));
}
