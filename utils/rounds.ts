/**
 * Funding-round names in running text: "Series B", "seed round", "pre-Series A",
 * "a $20m A round", "venture debt", "série B", "tour d’amorçage".
 *
 * Each pattern is a named regex next to the small function that reads it and
 * returns null to reject. All patterns run over the whole text (one linear pass
 * each); overlapping hits are resolved by keeping the earliest, then longest.
 *
 * Normalised names: "Pre-seed", "Seed", "Angel", "Pre-Series A", "Series A" …
 * "Series J", "Bridge", "Growth", "Debt", "Strategic", "Convertible note".
 *
 * Extensions: a glued "+" stays visible because press and databases name it
 * as a round of its own ("Series A+", "Series C+"); a numbered tranche
 * ("Series D2", "Series A-2", "Series B-1") is a part of the lettered round,
 * which the contract names ("Series A" … "Series H"), so it normalises to the
 * base name like a word extension ("Series B extension"); `text` keeps the
 * words as written. Chinese-press "Angel+", "Angel++", "Seed+" are the angel
 * and seed stages ("Angel", "Seed"). `baseRound()` strips any extension when
 * callers compare.
 */

import { roundWordOpensFirmName } from './names';

export interface RoundMatch {
  /** Normalised: "Pre-seed", "Seed", "Angel", "Series A" … "Series H" (extensions as "Series A+", "Series B-1"), "Pre-Series A", "Bridge", "Growth", "Debt", "Strategic", "Convertible note". */
  round: string;
  text: string;
  start: number;
  end: number;
}

/** "Series B-1" → "Series B", "Series A+" → "Series A"; other names unchanged. */
export function baseRound(round: string): string {
  return round.replace(/^((?:Pre-)?Series [A-J])(?:\+{1,2}|-\d+)$/, '$1');
}

/** A reader names the round, or widens the hit to the words around the keyword it was found by. */
type Reader = (m: RegExpExecArray, text: string) => string | { round: string; start?: number; end?: number } | null;

const WORD_END = '(?![\\p{L}\\p{N}])';
const WORD_START = '(?<![\\p{L}\\p{N}])';

/** Words that, right before "series", make it a show, a sport or a product line. */
const MEDIA_BEFORE = /(?:^|[^\p{L}])(?:TV|television|Netflix|HBO|Hulu|Disney\+?|Prime|BBC|ITV|drama|comedy|anime|crime|reality|documentary|docu|mini|streaming|World|book|novel|comic|web|hit|new\s+TV|Apple\s+TV\+?)[\s-]+$/iu;

/** Italian football ("Serie A"): the unaccented form counts only in a French funding phrase. */
const SERIE_FRENCH_BEFORE = /(?:^|[^\p{L}])(?:une|sa|leur|la|de|d['’]|en|cette|nouvelle|sa\s+nouvelle|prochaine|dernière)\s+$/iu;
/** A headline tag in brackets ("[SERIE D] Voi lève …", "[SÉRIE A] …"): outlets file the story under the round. */
const TAG_AROUND = /^\[\]$/u;
/** The tagged headline tells a raise ("[SERIE A] Juventus bat l’Inter" files a football story). */
const TAGGED_RAISE_AFTER = /\b(?:lève|lèvent|levée|boucle|raises?|raised|secures?|tour de table|financement|funding|round)(?![\p{L}])/iu;
/** Funding words right after a round name. */
const FUNDING_AFTER = /^[\s-]*(?:round|funding|financing|investment|raise|extension|tour|levée|lev[ée]e\s+de\s+fonds|de\s+\d|d['’]un|à\s+hauteur)/iu;

/**
 * "Series A", "series B funding", "Series-C", "pre-Series A", "Series A+",
 * "Series B-1", "Series B extension", French "série B", "Série A".
 * The letter must be a capital: "a series of" and "TV series" never qualify.
 */
const SERIES = new RegExp(
  `${WORD_START}(?<word>[Ss]eries|SERIES|[Ss]érie|SÉRIE|[Ss]erie|SERIE)[\\s-](?<letter>[A-J])` +
  // An extension is one digit ("B-1", "C2"); "Series A30 millions" is a letter glued to an amount, not a round "A-30".
  `(?<ext>\\+{1,2}|-?[1-9](?![\\p{L}\\p{N}]))?(?![\\p{L}\\p{N}])(?<tail>\\s+extension|\\s+bis)?`,
  'gu');

const readSeries: Reader = (m, text) => {
  const g = m.groups!;
  const before = text.slice(Math.max(0, m.index - 30), m.index);
  if (MEDIA_BEFORE.test(before)) return null;
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
  // US savings bonds ("Series I bonds", "Series EE").
  if (/^\s+(?:bonds?|savings)/i.test(after)) return null;
  // A firm named after the round ("Series A Capital", "Series B Ventures") is an investor, not a round.
  if (/^\s+(?:Capital|Ventures|Partners|Fund|Holdings|Group)(?![\p{L}\p{N}])/u.test(after)) return null;
  if (/^(?:[Ss]erie|SERIE)$/.test(g.word!) && !SERIE_FRENCH_BEFORE.test(before) && !FUNDING_AFTER.test(after) && !(TAG_AROUND.test(before.slice(-1) + after.slice(0, 1)) && TAGGED_RAISE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 160)))) return null;
  // A numbered tranche ("D2", "A-2") is the lettered round; only "+" names a round of its own.
  const ext = g.ext && g.ext.startsWith('+') ? g.ext : '';
  // "pre-Series A" is read backwards from "Series" (a leading optional group would slow every position).
  // French writes the accent: "sa pré-série A", "une pré-Série B".
  const pre = /(?:^|[^\p{L}\p{N}])([Pp]r[eé][-\s]?)$/u.exec(before);
  const round = `${pre ? 'Pre-' : ''}Series ${g.letter}${ext}`;
  return pre ? { round, start: m.index - pre[1]!.length } : round;
};

/**
 * A letter round without "Series": "a $20m A round", "its B round", "the C-round",
 * "Pre-A round". The word before must make the capital a round name, not the
 * article at a sentence start ("A round of applause").
 */
const LETTER_ROUND = new RegExp(`(?<pre>Pre-?)?(?<letter>[A-H])(?<ext>\\+|[1-9])?[\\s-](?:round|Round|ROUND)${WORD_END}(?![\\s-]?up${WORD_END})`, 'gu');
/** Checked on the text before the letter (a lookbehind at the pattern's start would slow every position). */
const LETTER_ROUND_BEFORE = new RegExp(
  // "Luma Health’s B Round": a possessive name owns the round as "its" does.
  `(?:${WORD_START}(?:[Ii]ts|[Tt]heir|[Tt]he|a|an|[Tt]his|[Tt]hat|[Oo]ur|[Hh]is|[Hh]er|latest|new|recent|previous|last|first|second|oversubscribed)|\\p{Lu}[\\p{L}\\p{N}.&-]*[’']s` +
  '|\\d(?:\\.\\d+)?\\s?(?:[mMbBkK]|mn|bn|million|billion|crore|Cr)?(?:\\s(?:yuan|RMB|CNY|won|yen|dollars?|euros?|USD))?)[\\s-]$', 'u');

const readLetterRound: Reader = (m, text) => {
  if (m.index > 0 && /[\p{L}\p{N}]/u.test(text[m.index - 1]!)) return null;
  if (!LETTER_ROUND_BEFORE.test(text.slice(Math.max(0, m.index - 28), m.index))) return null;
  const g = m.groups!;
  // "the H1 round" is a half-year's review, not a round "H-1".
  if (g.letter === 'H' && g.ext && g.ext !== '+') return null;
  // "B1 round" is a tranche of the B round; "A+ round" names its own.
  return g.pre ? `Pre-Series ${g.letter}` : `Series ${g.letter}${g.ext === '+' ? '+' : ''}`;
};

/**
 * Chinese-press "Pre-A": "its Pre-A financing", "a Series Pre-A round", "Pre-A+ financing" (the pre-Series A stage). Capital
 * "A" after "Pre-" and a funding noun after: "pre-a" inside a word never qualifies.
 */
const PRE_LETTER = new RegExp(`${WORD_START}(?:[Ss]eries\\s+)?[Pp]re-?(?<letter>[A-C])\\+{0,2}[\\s-](?:round|financing|funding|investment)${WORD_END}`, 'gu');
const readPreLetter: Reader = (m) => `Pre-Series ${m.groups!.letter}`;

/** "pre-seed", "pre seed", "preseed", French "pré-amorçage". */
const PRE_SEED = new RegExp(`${WORD_START}(?:pr[eé][-\\s]?seed|pr[ée][-\\s]?amor[çc]age)${WORD_END}(?:[\\s-](?:round|funding|financing|stage))?${WORD_END}`, 'giu');

/**
 * "seed round", "seed funding", "seed-stage round", "a $3M seed", "in seed from".
 * Plural "seeds", "seed company", "seed oil", "seed fund" (a VC fund) are not rounds.
 */
const SEED = new RegExp(
  `${WORD_START}seed(?<plus>\\+{1,2}(?=[\\s"”’'-]))?["”’']?(?<kind>[\\s-](?:round|funding|financing|investment|extension|raise|capital|money|deal|cheque|check|stage(?:[\\s-](?:round|funding|financing|investment))?))?${WORD_END}`,
  'giu');

const SEED_NOT_AFTER = /^[\s-]+(?:funds?|investors?|investing|stage\s+(?:funds?|investors?|startups?|companies|firms?|ventures?|VCs?)|startups?|companies|company|firms?|varieties|variety|oils?|banks?|vault|potatoes|corn|crops?|catalogu?e?s?|industry|producers?|suppliers?|growers?|market|business|sector|germination|library|phrase|data|value|number|accelerator|program(?:me)?s?|grants?)\b/iu;
/** Before a bare "seed": an amount ("$3M seed"), "in seed", "its seed", "the seed round"… */
const SEED_BARE_BEFORE = /(?:\d(?:\.\d+)?\s?(?:[mMkK]|mn|million|lakhs?|crores?|Cr|M€|k€)?\s*|(?:^|[^\p{L}])(?:in|en|its|their|latest|oversubscribed|levée|tour|(?:led|co-led|joined|closed|raised|raises|raising|secured|announced|participated\s+in|invested\s+in)(?:\s+(?:the|its|their|a|an))?)\s+)$/u;
const SEED_BARE_AFTER = /^(?:\s+an?\s+(?:financing|funding)\s+round(?![\p{L}])|\s+(?:from|led|co-led|backed|by|with|of|at|and|in|auprès|menée?|de|d['’]|avec)(?![\p{L}])|\s*[,.;:)]|\s*$)/u;

/**
 * Before a capitalised "Seed" that stays a round though a firm's word follows: an amount or a round's preposition or
 * determiner, in any case ("$2M In Seed Capital", "a Seed Capital round"): a title-case headline's seed money, not a firm.
 */
const SEED_ROUND_BEFORE = /(?:\d(?:[.,]\d+)?\s?(?:[mMkKbB]|mn|bn|million|billion|M€|k€)?|(?:^|[^\p{L}])(?:in|its|their|a|an|of|for|en|d['’]))\s+$/iu;

/**
 * A capitalised "Seed" opening a firm's name ("Seed Capital led the round", "Seed Capital a mené le tour", "Seed Ventures and
 * Orbis joined"): names.ts roundWordOpensFirmName, the run finder's own test (a firm's word right after, perhaps past one or
 * two name words), as readSeries refuses "Series A Capital". Lower-case "seed capital" stays a round's money.
 */
function seedOpensFirmName(text: string, at: number): boolean {
  return roundWordOpensFirmName(text.slice(at, at + 4), text.slice(at + 4, at + 64))
    && !SEED_ROUND_BEFORE.test(text.slice(Math.max(0, at - 24), at));
}

const readSeed: Reader = (m, text) => {
  const end = m.index + m[0].length;
  const after = text.slice(end, end + 40);
  if (SEED_NOT_AFTER.test(after)) return null;
  if (seedOpensFirmName(text, m.index)) return null;
  if (!m.groups!.kind) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (!SEED_BARE_BEFORE.test(before) || !SEED_BARE_AFTER.test(after)) return null;
  }
  return 'Seed';
};

/**
 * French seed: "amorçage", widened to "tour d’amorçage" / "levée d’amorçage".
 * Patterns start with their keyword, not with an alternation of common words,
 * so the regex engine can skip ahead fast; the words before are read after.
 */
const AMORCAGE = new RegExp(`${WORD_START}amor[çc]age${WORD_END}`, 'giu');
const AMORCAGE_BEFORE = /(?:^|[^\p{L}])((?:tour|levée|financement)\s+d['’]\s?)$/iu;
const readAmorcage: Reader = (m, text) => {
  const before = text.slice(Math.max(0, m.index - 20), m.index);
  // "pré-amorçage" is PRE_SEED's.
  if (/pr[ée][-\s]?$/i.test(before)) return null;
  const lead = AMORCAGE_BEFORE.exec(before);
  return { round: 'Seed', start: m.index - (lead ? lead[1]!.length : 0) };
};

/** "angel round", "angel funding", "Angel+ round", "its \"Angel++\" financing": "angel investors" are people, not a round. */
const ANGEL = new RegExp(`${WORD_START}angel(?:\\+{1,2})?["”’']?[\\s-](?:round|funding|financing|investment(?!s))${WORD_END}`, 'giu');

/** "bridge round", "bridge financing", "§ in bridge rounds" (one company's bridge told in the plural). */
const BRIDGE = new RegExp(`${WORD_START}bridge[\\s-](?:rounds?|financing|funding|note|loan)${WORD_END}`, 'giu');

/**
 * A bare "bridge" right after an amount, with the backers or the next round after it: "a $5 million bridge from existing investors",
 * "its €2M bridge led by Partech", "a $40m bridge ahead of its Series B". A "$1.5 billion bridge" over a river has none of them.
 */
const BRIDGE_BARE = new RegExp(`${WORD_START}bridge${WORD_END}(?=\\s+(?:from|led|co-led|backed|ahead|before)${WORD_END})`, 'giu');
/**
 * A money amount, with its currency or masked (§), ends right before: "$5 million", "€2M", "US$3-million", "2 M€", "Rs 50 crore".
 * A bare number or a word ending in "mn" is not one: "the Route 9 bridge", "its 1937 bridge", "the autumn bridge".
 */
const BRIDGE_AMOUNT_BEFORE = /(?:§|(?:[$€£¥₹]|(?<![\p{L}])(?:USD|EUR|GBP|CHF|INR|Rs\.?)\s?)\d[\d.,]*(?:[\s-]?(?:million|billion|trillion|crore|lakh|mn|bn|[mMbBkK]|Cr)(?![\p{L}]))?|\d[\d.,]*[\s-]?(?:(?:million|billion|mn|bn|[mMbBkK]|Cr|crore|lakh)\s?)?(?:[$€£¥₹]|(?:dollars?|euros?|pounds?|USD|EUR|GBP|CHF|INR)(?![\p{L}])))[\s-]?$/u;
const readBridgeBare: Reader = (m, text) => (BRIDGE_AMOUNT_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) ? 'Bridge' : null);

/** French bridge: "financement relais", "tour relais", "levée de relais". */
const RELAIS = new RegExp(`${WORD_START}relais${WORD_END}`, 'giu');
const RELAIS_BEFORE = /(?:^|[^\p{L}])((?:tour|financement|levée)\s+(?:de\s+)?)$/iu;
const readRelais: Reader = (m, text) => {
  const lead = RELAIS_BEFORE.exec(text.slice(Math.max(0, m.index - 20), m.index));
  return lead ? { round: 'Bridge', start: m.index - lead[1]!.length } : null;
};

/**
 * Growth only as a kind of round: "growth round", "growth equity round",
 * "growth financing round", "growth-stage round", "growth funding". Never
 * "revenue growth" or "a growth equity firm" (an investor).
 */
const GROWTH = new RegExp(
  `${WORD_START}growth(?:[\\s-](?:equity|stage|capital|financing|funding))?[\\s-](?:rounds?|funding(?:\\s+rounds?)?|financing(?:\\s+rounds?)?|investment\\s+rounds?)${WORD_END}` +
  `|${WORD_START}growth[\\s-]equity(?![\\s-](?:firms?|investors?|funds?|partners?|team|arm|shops?|investing|strategy|business))${WORD_END}`,
  'giu');

/** Debt: "venture debt", "debt financing", "debt facility", "credit facility". */
const DEBT = new RegExp(`${WORD_START}debt[\\s-](?:financing|funding|round|facility|raise)${WORD_END}`, 'giu');
/** "a joint equity and debt financing", "equity-and-debt funding": a mix names no single kind of round. */
const EQUITY_AND_BEFORE = /(?:^|[^\p{L}])equity(?:\s+and\s+|\s*[-&/]\s*|-and-)$/iu;
const readDebt: Reader = (m, text) => (EQUITY_AND_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) ? null : 'Debt');
const VENTURE_DEBT = new RegExp(`${WORD_START}venture[\\s-](?:debt|loan)${WORD_END}`, 'giu');
const CREDIT_FACILITY = new RegExp(`${WORD_START}(?:credit|loan)[\\s-](?:financing[\\s-])?facility${WORD_END}`, 'giu');

/** "$50 million in debt": only right after an amount ("deeply in debt" is not a round). */
const IN_DEBT = new RegExp(`${WORD_START}in\\s+debt${WORD_END}(?!\\s+to)`, 'giu');
const AMOUNT_BEFORE = /(?:\d|million|billion|crore|lakh|[\d.][mMbBkK]|mn|bn|Cr)\s$/u;
/**
 * Round 20 (batch 14, 619; the round-19 review's "§ in equity and § in venture debt"): the debt told as one part of a mix after an
 * equity part ("raised § from X, including a § equity investment and § in debt") names no single kind, like EQUITY_AND_BEFORE.
 * Read in the 90 characters before "in debt", inside the sentence; the debt's amount follows the conjunction at once ("… equity
 * last year and now § in debt" tells two raises).
 */
const EQUITY_PART_BEFORE = /\bequity\b[^.;]{0,60}?\s(?:and|et)\s+(?:an?\s+)?[^\s\d.;]{0,4}\d[\d.,]*\s*(?:[\p{L}]{1,8}\s*)?$/iu;
const readInDebt: Reader = (m, text) => (AMOUNT_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) && !EQUITY_PART_BEFORE.test(text.slice(Math.max(0, m.index - 90), m.index)) ? 'Debt' : null);

/**
 * A loan to the company, told by its size or its lender: "a $50 million loan from HSBC", "a £20m term loan", "loan of $30
 * million"; French "un prêt de 37 M€", "prêt bancaire". Per the gold conventions a lender's loan is a debt round. Only right
 * after an amount, or followed by "of"/"de" and a figure: "student loans", "loan book", "loan to" never qualify.
 */
const LOAN = new RegExp(`${WORD_START}(?:(?:term|bank|venture|growth|secured)[\\s-])?loan${WORD_END}|${WORD_START}prêt${WORD_END}`, 'giu');
const LOAN_AMOUNT_BEFORE = /(?:\d|million|billion|crore|lakh|[\d.][mMbBkK]|mn|bn|Cr|M€|k€|€|\$)\s?$/u;
const LOAN_FIGURE_AFTER = /^\s+(?:(?:of|worth|totaling|totalling|de|d['’]un montant de|bancaire\s+de)\s+(?:about\s+|up to\s+|environ\s+|plus de\s+)?[$€£¥₹\d]|bancaire)/iu;
const readLoan: Reader = (m, text) => {
  const end = m.index + m[0].length;
  if (/^\s*(?:book|portfolio|portefeuille|to(?![\p{L}]))/iu.test(text.slice(end, end + 12))) return null;
  return LOAN_AMOUNT_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) || LOAN_FIGURE_AFTER.test(text.slice(end, end + 40)) ? 'Debt' : null;
};

/** French debt: "en dette", "levée de dette", "dette venture"; never "dette comprise" (a valuation basis). */
const DETTE = new RegExp(`${WORD_START}dette${WORD_END}`, 'giu');
const DETTE_BEFORE = /(?:^|[^\p{L}])((?:en|levée\s+de|financement\s+en|sous\s+forme\s+de)\s+)$/iu;
const DETTE_AFTER = /^\s+(?:venture|non[\s-]dilutive)(?![\p{L}])/iu;
const readDette: Reader = (m, text) => {
  const end = m.index + m[0].length;
  const after = DETTE_AFTER.exec(text.slice(end, end + 20));
  if (after) return { round: 'Debt', end: end + after[0].length };
  if (/^\s+comprise/i.test(text.slice(end, end + 10))) return null;
  const lead = DETTE_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index));
  return lead ? { round: 'Debt', start: m.index - lead[1]!.length } : null;
};

/** "convertible note(s)", "convertible loan", French "obligations convertibles". */
const CONVERTIBLE = new RegExp(
  `${WORD_START}(?:convertible[\\s-](?:notes?|loans?|note\\s+round)|obligations?\\s+convertibles?|BSA[\\s-]AIR)${WORD_END}`, 'giu');

/**
 * "strategic round", "strategic funding", and "a … strategic investment"
 * (singular, after an article or an amount): "strategic investments" is strategy talk.
 */
const STRATEGIC = new RegExp(
  `${WORD_START}strategic[\\s-](?:round|funding(?:\\s+round)?|financing(?:\\s+round)?|investment(?:\\s+round)?)(?!s)${WORD_END}`, 'giu');
const readStrategic: Reader = (m, text) => {
  if (/investment$/i.test(m[0])) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (!/(?:(?:^|[^\p{L}])(?:a|an)\s+(?:[\p{L}$€£\d.,-]+\s+){0,2}|\d\s?(?:[mMbB]|mn|bn|million|billion)?\s)$/u.test(before)) return null;
  }
  return 'Strategic';
};

export interface Pattern { name: string; re: RegExp; read: Reader }

export const ROUND_PATTERNS: Pattern[] = [
  { name: 'series', re: SERIES, read: readSeries },
  { name: 'letter-round', re: LETTER_ROUND, read: readLetterRound },
  { name: 'pre-letter', re: PRE_LETTER, read: readPreLetter },
  { name: 'pre-seed', re: PRE_SEED, read: () => 'Pre-seed' },
  { name: 'seed', re: SEED, read: readSeed },
  { name: 'amorcage', re: AMORCAGE, read: readAmorcage },
  { name: 'angel', re: ANGEL, read: () => 'Angel' },
  { name: 'bridge', re: BRIDGE, read: () => 'Bridge' },
  { name: 'bridge-bare', re: BRIDGE_BARE, read: readBridgeBare },
  { name: 'relais', re: RELAIS, read: readRelais },
  { name: 'growth', re: GROWTH, read: () => 'Growth' },
  { name: 'debt', re: DEBT, read: readDebt },
  { name: 'venture-debt', re: VENTURE_DEBT, read: () => 'Debt' },
  { name: 'credit-facility', re: CREDIT_FACILITY, read: () => 'Debt' },
  { name: 'in-debt', re: IN_DEBT, read: readInDebt },
  { name: 'loan', re: LOAN, read: readLoan },
  { name: 'dette', re: DETTE, read: readDette },
  { name: 'convertible', re: CONVERTIBLE, read: () => 'Convertible note' },
  { name: 'strategic', re: STRATEGIC, read: readStrategic },
];

/** Every round name in `text`, left to right, non-overlapping. */
export function findRounds(text: string): RoundMatch[] {
  const found: RoundMatch[] = [];
  for (const p of ROUND_PATTERNS) {
    p.re.lastIndex = 0;
    for (const m of text.matchAll(p.re)) {
      const read = p.read(m as RegExpExecArray, text);
      if (!read) continue;
      const hit = typeof read === 'string' ? { round: read } : read;
      const start = hit.start ?? m.index!;
      const end = hit.end ?? m.index! + m[0].length;
      found.push({ round: hit.round, text: text.slice(start, end), start, end });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RoundMatch[] = [];
  let floor = 0;
  for (const f of found) {
    if (f.start < floor) continue;
    out.push(f);
    floor = f.end;
  }
  return out;
}
