/**
 * Sentence splitting for news prose. Both the funding reader and the artifact
 * finder work sentence by sentence, and both must report excerpts that are
 * exact substrings of the paragraph, so a sentence is a span, not a copy.
 */

export interface Span {
  text: string;
  /** Offset of `text` in the paragraph it came from. */
  start: number;
  end: number;
}

/**
 * Words that end in a period without ending a sentence. Lower-cased, without
 * the period. Corporate suffixes matter most here: "Alibaba Group Holding
 * Ltd. Other investors include" must not lose "Ltd." to the next sentence,
 * but "…by Acme Inc. The round…" must still split, which the capital-letter
 * rule below cannot tell apart; we keep Inc./Ltd./Corp. as sentence-final
 * only when followed by a word that usually starts a sentence.
 */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'gen', 'gov', 'sen', 'rep', 'rev', 'hon',
  'no', 'nos', 'vs', 'v', 'etc', 'approx', 'est', 'dept', 'univ', 'fig', 'vol', 'pp', 'cf',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'mme', 'mlle', 'm',
  // Currency abbreviations written with a period before the figure: "Rs. 1,234.5".
  'rs', 're',
]);

/**
 * Corporate suffixes: sentence-final only before a capitalised function word. Includes the Indian and Asian forms ("Blu Smart
 * Mobility Pvt. Ltd, an electric…", "Acme Pte. Ltd.", "Foo Sdn. Bhd.") and the dotted French and Continental ones ("Acme S.A.
 * a annoncé", "Dupont et Cie. ont levé", "Acme S.A.S. lève").
 */
const CORPORATE_SUFFIXES = new Set([
  'inc', 'ltd', 'corp', 'co', 'plc', 'llc', 'lp', 'llp', 'bv', 'nv', 'ag', 'sa', 'gmbh',
  'pvt', 'pte', 'pty', 'sdn', 'bhd', 'cie', 'sas', 'sarl', 'srl', 'ab',
  's.a', 's.a.s', 's.a.r.l', 's.p.a', 'n.v', 'b.v', 'l.l.c', 'co.ltd',
]);

/** Words that commonly open a sentence; after "Inc." they mean the sentence ended. */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'it', 'its', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'we', 'i', 'in', 'on',
  'at', 'as', 'but', 'and', 'other', 'others', 'according', 'founded', 'last', 'earlier', 'since', 'with',
  'for', 'after', 'before', 'while', 'his', 'her', 'their', 'our', 'there', 'also', 'meanwhile', 'however',
  'le', 'la', 'les', 'l', 'un', 'une', 'en', 'il', 'elle', 'ils', 'cette', 'ce', 'depuis', 'fondée', 'fondé',
  // Conjunctions that open a sentence in French as in English: 'Acme Inc. Et pourtant', 'Kiplo! Mais'.
  'et', 'mais', 'puis', 'donc', 'so', 'yet', 'then',
]);

/**
 * A candidate boundary: terminal punctuation, optional closing quotes/brackets,
 * then space, or a period glued to a capital letter (the scrape lost the space:
 * "812 billion won.Memebox’s funding"), which isGluedSentenceEnd judges.
 */
const BOUNDARY = /([.!?…]+)(["'”’»)\]]*)(\s+|(?=\p{L}))/gu;

/** Top-level domains: "Booking.Com" glued to a capital is a domain, not two sentences. */
const DOMAIN_ENDINGS = new Set([
  'com', 'org', 'net', 'io', 'ai', 'co', 'edu', 'gov', 'info', 'biz', 'app', 'dev', 'me', 'tv', 'ly', 'fm', 'vc', 'xyz',
  'uk', 'us', 'fr', 'de', 'es', 'it', 'nl', 'be', 'ch', 'in', 'sg', 'au', 'ca', 'jp', 'cn', 'kr', 'hk', 'ng', 'za', 'ke', 'eu', 'tech',
]);
/** File extensions: "Report.PDF" is a file name. */
const FILE_EXTENSIONS = new Set([
  'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'txt', 'csv', 'json', 'xml', 'jpg', 'jpeg', 'png', 'gif', 'svg', 'zip',
  'md', 'js', 'ts', 'html', 'htm', 'exe', 'mp3', 'mp4', 'mov', 'py', 'java',
]);
/** Characters of addresses, paths and code: a token holding one is never two sentences. */
const CODE_CHARS = /[/@\\_=<>{}|#]/;

/** Split one paragraph into sentence spans. Never drops or alters characters. */
export function splitSentences(paragraph: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(paragraph)) !== null) {
    const punctEnd = m.index + m[1]!.length + m[2]!.length;
    const nextStart = punctEnd + m[3]!.length;
    const end = m[3] === '' ? isGluedSentenceEnd(paragraph, m.index, m[1]!, nextStart) : isSentenceEnd(paragraph, m.index, m[1]!, nextStart);
    if (!end) continue;
    pushSpan(spans, paragraph, start, punctEnd);
    start = nextStart;
  }
  pushSpan(spans, paragraph, start, paragraph.length);
  return spans;
}

function pushSpan(spans: Span[], paragraph: string, start: number, end: number): void {
  // Trim without losing offsets.
  while (start < end && /\s/.test(paragraph[start]!)) start++;
  while (end > start && /\s/.test(paragraph[end - 1]!)) end--;
  if (end > start) spans.push({ text: paragraph.slice(start, end), start, end });
}

function isSentenceEnd(p: string, punctAt: number, punct: string, nextStart: number): boolean {
  if (nextStart >= p.length) return true;
  const next = p[nextStart]!;
  // A sentence starts with a capital, a digit, a quote or an opening bracket.
  if (!/[\p{Lu}\p{N}"“‘'«(\[¿¡]/u.test(next)) return false;
  if (punct === '!' && isBangInsideName(p, punctAt, nextStart)) return false;
  if (punct !== '.') return true;
  const word = wordBefore(p, punctAt).toLowerCase();
  if (word === '') return true;
  // "$600m.Rs. 5" (a lost space after a glued unit): the abbreviation after the last dot decides, before the unit rule below.
  const lastPiece = word.slice(word.lastIndexOf('.') + 1);
  if (lastPiece !== word && ABBREVIATIONS.has(lastPiece)) return false;
  // A unit glued to a number ("$5m.", "10km.") is not an initial.
  if (/\p{N}/u.test(p[punctAt - word.length - 1] ?? '')) return true;
  // Single capital letters are initials ("J. Smith"), except at the end of
  // a sentence about "Series A." which the capital check above cannot see.
  if (/^\p{L}$/u.test(word) && word !== 'a') return false;
  // "valuation.Rs. 5" (a lost space): the last dotted piece decides.
  if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.slice(word.lastIndexOf('.') + 1))) {
    // "in Jan. 2024" continues; "Dec. The" might end. Months only continue before digits.
    return false;
  }
  if (CORPORATE_SUFFIXES.has(word)) {
    const nextWord = /^[\p{L}']+/u.exec(p.slice(nextStart))?.[0]?.toLowerCase() ?? '';
    return SENTENCE_OPENERS.has(nextWord);
  }
  return true;
}

/**
 * A brand spelled with an exclamation mark between two capitalised words, inside a clause ("QSR chain Wow! Momo, travel app X
 * and …", "backed by Yahoo! Japan and Y", "la chaîne Miam! Burger, l’app X et …"): the "!" is part of the name when
 * - the word glued to it is capitalised and follows a lower-case word of the same clause (a descriptor, a preposition), so it is
 *   not an interjection opening a sentence ("Wow! The round …");
 * - the next word is capitalised, is no sentence opener, and is followed at once by what continues a list or a noun phrase:
 *   a comma or semicolon, "and/et/&", a possessive "’s", or an opening parenthesis.
 * A sentence ending on a name with "!" ("… to build Acme! The round …", "… in Paris! Meanwhile, …") keeps its boundary: the
 * next word there opens a clause. Reads a bounded window on each side.
 */
const BANG_WORD_BEFORE = /(?:^|\s)\p{Ll}[\p{Ll}’'-]*\s+\p{Lu}[\p{L}\p{N}&’'-]{0,24}$/u;
const BANG_NEXT_WORD = /^(?<word>\p{Lu}[\p{L}\p{N}&-]{0,24})(?:[,;(]|[’']s(?![\p{L}])|\s+(?:and|et|&)\s)/u;

function isBangInsideName(p: string, punctAt: number, nextStart: number): boolean {
  if (nextStart - punctAt !== 2) return false;
  if (!BANG_WORD_BEFORE.test(p.slice(Math.max(0, punctAt - 60), punctAt))) return false;
  const next = BANG_NEXT_WORD.exec(p.slice(nextStart, nextStart + 40));
  return next !== null && !SENTENCE_OPENERS.has(next.groups!.word!.toLowerCase());
}

/**
 * A period glued to the next word with no space: a sentence end only when it
 * reads as one, i.e. a word of two or more letters (or a closing bracket, a
 * percent, a number) before it, a capital letter after it (or a letter of a
 * caseless script after a Latin word: "Partners.شركة"), and the text around is
 * not a domain, a file name, an abbreviation, initials, a dotted chain
 * ("U.S.Government", "System.IO.File") or code.
 */
function isGluedSentenceEnd(p: string, punctAt: number, punct: string, nextStart: number): boolean {
  if (punct !== '.') return false;
  const next = p[nextStart] ?? '';
  const before = p[punctAt - 1] ?? '';
  const caseless = /\p{Lo}/u.test(next) && /[A-Za-z]/.test(before);
  if (!/\p{Lu}/u.test(next) && !caseless) return false;
  if (!/[\p{L}\p{N})%’”"]/u.test(before)) return false;
  // The whole token around the period, space to space. A token longer than MAX_TOKEN is code or a glued run, never two
  // sentences, and bounding the scan keeps a long dotted run ("S.A.S.A.…") linear instead of quadratic.
  let tokStart = punctAt;
  while (tokStart > 0 && !/\s/.test(p[tokStart - 1]!)) if (punctAt - --tokStart > MAX_TOKEN) return false;
  let tokEnd = nextStart;
  while (tokEnd < p.length && !/\s/.test(p[tokEnd]!)) if (++tokEnd - nextStart > MAX_TOKEN) return false;
  const left = p.slice(tokStart, punctAt);
  const right = p.slice(nextStart, tokEnd).replace(/[.,;:!?)\]"”’']+$/u, '');
  if (left.includes('.') || right.includes('.') || right.includes('(')) return false;
  if (CODE_CHARS.test(left) || CODE_CHARS.test(right)) return false;
  const rightWord = (/^\p{L}+/u.exec(right)?.[0] ?? '').toLowerCase();
  if (DOMAIN_ENDINGS.has(rightWord) || FILE_EXTENSIONS.has(rightWord)) return false;
  const word = wordBefore(p, punctAt).toLowerCase();
  if (word.length === 1 || ABBREVIATIONS.has(word)) return false;
  if (CORPORATE_SUFFIXES.has(word)) return SENTENCE_OPENERS.has(rightWord);
  if (isDottedName(p, tokStart, left, right, rightWord, nextStart)) return false;
  return true;
}

/** One capitalised word of letters and digits, a piece of a dotted brand: "Talon", "One", "Infra", "Market", "AI". */
const BRAND_PIECE = /^\p{Lu}[\p{L}\p{N}]*$/u;
/** A possessive glued to the right piece: "Talon.One’s", "Infra.Market's". */
const POSSESSIVE_TAIL = /[’']s$/u;
/**
 * A brand written with a dot between two capitalised pieces ("Talon.One", "Infra.Market", "Alloy.AI", "Citron.Pro"), standing
 * alone as a one-word name: no capitalised word right before it or right after it, and the right piece is no sentence opener.
 * A lost space between two sentences joins a sentence's last word to the next one's first, and that next word opens a name
 * or a clause ("Goodwater Capital.Woowa Brothers, developer …", "led by IMM.Yello Mobile followed", "Acme.The round").
 */
function isDottedName(p: string, tokStart: number, left: string, right: string, rightWord: string, nextStart: number): boolean {
  const rightPiece = right.replace(POSSESSIVE_TAIL, '');
  if (!BRAND_PIECE.test(left) || !BRAND_PIECE.test(rightPiece) || SENTENCE_OPENERS.has(rightWord)) return false;
  // The word before the token: a capitalised one makes the left piece a name's last word ("Goodwater Capital.Woowa").
  const before = /(\S+)\s+$/u.exec(p.slice(Math.max(0, tokStart - MAX_TOKEN), tokStart))?.[1] ?? '';
  if (/^\p{Lu}/u.test(before) && !/[.,;:!?…]$/u.test(before)) return false;
  // The word after it: a capitalised one makes the right piece a name's first word ("IMM.Yello Mobile").
  const after = /^\s+(\S)/u.exec(p.slice(nextStart + right.length, nextStart + right.length + 8))?.[1] ?? '';
  return !/\p{Lu}/u.test(after);
}

/** The longest token the boundary checks read around a period; longer ones are glued runs or code. */
const MAX_TOKEN = 64;

/** The word (letters, internal dots) directly before position `at`, at most MAX_TOKEN long (a bounded scan stays linear). */
function wordBefore(p: string, at: number): string {
  let i = at;
  while (i > 0 && at - i < MAX_TOKEN && /[\p{L}.]/u.test(p[i - 1]!)) i--;
  return p.slice(i, at).replace(/^\.+/, '');
}

/** Collapse runs of whitespace (incl. NBSP) to single spaces, for comparisons only. */
export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b\u00ad]+/g, ' ').trim();
}

/**
 * How far, in characters, the words around a figure or a verb are read within
 * one "sentence". A real sentence, asides and all, is far shorter; a table or
 * a list run together into one "sentence" is not, and reading its whole
 * prefix or whole run once per figure was quadratic (800 rows, 2.4 s). The
 * subject finder (companies.ts) and the figure reader (deals.ts) share it, so
 * a figure's words reach as far for both.
 */
export const SENTENCE_REACH = 1_500;
