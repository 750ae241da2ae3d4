/**
 * Money figures in running text: "$600 million", "US$4.62 million",
 * "30 millions d’euros", "₹15 Cr", "1 trillion yuan ($158.4 billion)".
 *
 * How it reads (one linear pass, chrono-style small readers):
 *   1. Find where a figure may start: a number written in digits (with an
 *      optional currency prefix before it, read backwards from the digits) or
 *      a number written in words before a scale word ("two million", "huit
 *      millions", "half a billion", read backwards from the scale word).
 *   2. From the number's end, sticky regexes read, in order, a scale ("m",
 *      "billion", "Cr", "milliards"…) and a currency suffix ("USD",
 *      "d’euros", "Hong Kong dollars", "€"…).
 *   3. A figure without a currency is not money ("10 million users",
 *      "in 2018", "25.2 percent"), unless it is the first bound of a range
 *      whose second bound has one ("$1.5-2.5 billion", "5 to 10 million euros").
 *   4. Around the figure: a qualifier just before it ("more than", "près de"),
 *      a second range bound after it, or a restatement in another currency
 *      ("($158.4 billion)", ", or about $33m").
 *
 * Design choice — what `text` covers: the figure itself, from the currency
 * prefix (or first digit) to the scale / currency suffix ("$4.5 billion",
 * "30 millions d’euros", "$27 million USD"). A qualifier in front ("exceeding")
 * is NOT part of `text`: it is reported in `qualifier`, so `text` can be
 * highlighted and compared as the amount alone. A restatement is not part of
 * `text` either; its own exact substring is in `equivalent.text`.
 *
 * Values are in the stated currency (no conversion); the value must be finite
 * and at most MAX_VALUE, else the figure is rejected.
 */
import type { Money, MoneyEquivalent, Qualifier } from './types';

/** A money figure found in a piece of text, with its exact position. */
export interface MoneyMatch extends Money {
  /** Offsets of `text` in the searched string (text === input.slice(start, end)). */
  start: number;
  end: number;
  /** For ranges ("between $1.5 trillion and $2.5 trillion"), each bound is its own match sharing this id. */
  rangeId?: number;
  /** A bare sum whose currency was read from its sentence (SENTENCE_CURRENCY), not written: never counted for the page's currency. */
  currencyFromSentence?: boolean;
}

export interface MoneyContext {
  /** The page's host name, lower case ("www.betakit.com"), when its address is known: a country domain is a cue to the local dollar. */
  pageHost?: string | null;
  /** 'en', 'fr', …; decides decimal comma vs thousands comma when ambiguous. */
  lang?: string | null;
  /** What '¥' means in this article: 'CNY' or 'JPY' (guess with guessYenCurrency). */
  yen?: 'CNY' | 'JPY';
  /**
   * What a bare "$" restated as "(US$…)" means: the article's local dollar
   * ("$28.35m (US$20m)" in a Singapore outlet is SGD), guessed with
   * guessLocalDollar. Null: no local cue, and the figure stays USD.
   * Passing this field (even null) also says `text` is the whole article:
   * findMoney then weighs the page for `bareDollar` when that is not given.
   */
  localDollar?: string | null;
  /**
   * What every bare "$" means on this page: the local dollar of a plainly
   * Australian, New Zealand or Canadian page ("$140 million" on an Aussie
   * startup site is AUD), guessed with guessBareDollar. Null or absent: USD.
   */
  bareDollar?: string | null;
  /**
   * The local dollar of a page about Canada, Australia or New Zealand that writes both that dollar and the US dollar out
   * ("C$6.6M" and "US$7M"), guessed with guessMarkedDollar: a bare "$" there is that dollar unless its sentence marks US
   * dollars (markedDollarAt). Null: no such page. Absent: weighed on `text` when `localDollar` is given (the whole article).
   */
  markedDollar?: string | null;
  /**
   * Cues weighed on the whole page, for a caller that reads it paragraph by
   * paragraph (see pageMoneyContext): pounds written "£" on a British page.
   * Absent: weighed on `text`.
   */
  britishMoney?: boolean;
  /**
   * What each local sign (LOCAL_SIGNS: "N", "R", "Sh", "TL", "Tk"…) stands for on this page, or null where the page is not
   * about its country ("N500 million" is naira on a Nigerian page only): see pageLocalSigns. Absent: weighed on `text`.
   */
  localSigns?: Readonly<Record<string, string | null>>;
  /** Which dirham a plain "dirhams", "DH" or "MDH" is on this page (guessDirham): MAD or AED. Absent: weighed on `text`. */
  dirham?: string;
  /** What a replacement character before a scaled figure stands for ("\uFFFD40m" on a page of pounds): see guessLostSign. */
  lostSign?: string | null;
  /** What a plain "francs" (and the old French "MF", "MdF") stands for on this page, and which CFA franc: see guessFranc. */
  franc?: PageFranc;
  /**
   * The currency a scaled figure told as money raised without any currency
   * ("X lève 40,5 millions") takes. Absent: the one currency of `text`'s own
   * figures, if any (see withArticleCurrency). Null: such figures are left
   * out; a paragraph-by-paragraph caller decides with articleCurrencyOf once
   * every paragraph is read, and reads again the paragraphs that hold one.
   */
  articleCurrency?: string | null;
}

/**
 * Every cue findMoney weighs on the whole article, computed once, so that a
 * caller may then read the article paragraph by paragraph (with pauses
 * between) and get the figures a single call on the whole text would give.
 */
export function pageMoneyContext(text: string, lang: string | null, url: string | null = null): MoneyContext {
  const pageHost = hostOf(url);
  return {
    lang,
    pageHost,
    yen: guessYenCurrency(text),
    localDollar: guessLocalDollar(text, pageHost),
    bareDollar: guessBareDollar(text, pageHost),
    markedDollar: guessMarkedDollar(text),
    britishMoney: BRITISH_MONEY.test(text),
    localSigns: pageLocalSigns(text),
    dirham: guessDirham(text, (lang ?? '').slice(0, 2).toLowerCase()),
    lostSign: guessLostSign(text),
    franc: guessFranc(text, lang, url),
  };
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

/** Pounds named on the page, in words or signs ("a multi-million pound deal", "£2m", "sterling"). */
const POUND_CUES = /£|\bpounds?\b|\bsterling\b|\bGBP\b/i;
/** Euros named on the page: a lost sign there may be "€" as well. */
const EURO_CUES = /€|\beuros?\b|\bEUR\b/i;

/**
 * What a replacement character "\uFFFD" before a scaled figure stands for: a "£" (or "€") whose byte the scrape could not
 * decode. Pounds when the page names pounds and not euros, euros the other way round, else null (the figure is dropped).
 */
export function guessLostSign(text: string): string | null {
  if (!text.includes('\uFFFD')) return null;
  const pounds = POUND_CUES.test(text);
  const euros = EURO_CUES.test(text);
  return pounds && !euros ? 'GBP' : euros && !pounds ? 'EUR' : null;
}

/** The article's currency for figures raised without one: the only currency its figures use, when at least two do, or the page's one currency beside a single aside (PAGE_CURRENCY). */
export function articleCurrencyOf(matches: readonly MoneyMatch[]): string | null {
  const counts = new Map<string, number>();
  const written = matches.filter((m) => !m.currencyFromSentence);
  for (const m of written) counts.set(m.currency, (counts.get(m.currency) ?? 0) + 1);
  const [top, topCount] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  const others = written.length - topCount;
  if (others === 0) return topCount >= 2 ? top : null;
  return topCount >= PAGE_CURRENCY_MIN && others <= PAGE_CURRENCY_ASIDES ? top : null;
}
/**
 * PAGE_CURRENCY: a review that writes its sums in one currency may quote one figure in another (a valuation "au-dessus
 * d’un milliard de dollars" on a page of francs, a round "250 millions de dollars" on a page of euros); its bare sums
 * ("Sophia Genetics, avec 76 millions levés, Kandou, 55,5 millions") are still in the page's currency (24 heures and
 * L’Echo, fixtures 825 and 873). So: at least three figures in one currency and at most one in another. A bare sum is
 * then read only in a paragraph that writes no other currency (withArticleCurrency).
 */
const PAGE_CURRENCY_MIN = 3;
const PAGE_CURRENCY_ASIDES = 1;

/** Can this text hold a figure raised without a currency ("lève 40,5 millions")? A cheap test before reading it again. */
export function mayHoldBareRaise(text: string): boolean {
  return BARE_RAISE_HINT.test(text) || BARE_SUM_HINT.test(text);
}
/** A French bare sum (FRENCH_BARE_SUM): "21,3 millions pour Imcyse", "avec 100 millions." */
const BARE_SUM_HINT = /(?:millions?|milliards?)[\s\u00A0]*(?:[.;)]|pour|dans)/;
const BARE_RAISE_HINT = /raise|secure|lève|lèvent|levé|récolt|obten|obtien|boucl|rassembl|collect|invest|netted|inject|amass|apport|levée|financ|tour de table|round|funding/i;

/** Larger than any real-world sum in news (world GDP is ~1e14); anything above is a misread. */
const MAX_VALUE = 1e16;
/** A number token longer than this is not a written amount (IDs, digit soup). */
const MAX_NUMBER_CHARS = 32;

/**
 * A space inside a figure ("$10 million", "€ 30 M"): any whitespace but a
 * paragraph break. The article text joins paragraphs with a blank line, and
 * "$10" ending one paragraph is not the "million" that starts the next
 * (fuzzing found such a figure straddling two paragraphs).
 */
const SP = '(?:[^\\S\\n]|\\n(?!\\n))';

// ---------------------------------------------------------------------------
// Local signs: letters that are a currency only on a page about their country

/**
 * LOCAL_SIGNS: the signs that are also letters of words ("N95" masks, "R2-D2", "TL" a team leader, "Sh" an abbreviation), read as
 * money only before (or, for some, after) a scaled figure on a page about their country. One row per currency; adding such a sign
 * is one row: PREFIX and SUFFIX_CODE take their letters from here, pageLocalSigns weighs each row's page once, and the figure
 * readers consult the page's answer (Reader.localSigns).
 *   - signs: as written before the number;
 *   - afterFigure: also read after a scaled figure ("17 million TL");
 *   - onPage: the currency the signs stand for on this page, or null (the page is not about the country: no figure).
 */
interface LocalSign {
  signs: readonly string[];
  afterFigure?: boolean;
  onPage: (text: string) => string | null;
}
const LOCAL_SIGNS: readonly LocalSign[] = [
  // "N500 million" (naira) and "R10 million" (rand): single letters, on a Nigerian / South African page.
  { signs: ['N'], onPage: (text) => (NIGERIA_CUES.test(text) ? 'NGN' : null) },
  { signs: ['R'], onPage: (text) => (SOUTH_AFRICA_CUES.test(text) ? 'ZAR' : null) },
  // The East African shilling's short sign, as the Kenyan, Ugandan and Tanzanian press print it ("Sh350 million ($3.5 million)",
  // "Sh22bn", "Shs72 billion"): whose shilling, the page says (guessShilling).
  { signs: ['Sh', 'Shs'], onPage: (text) => guessShilling(text) },
  // "TL 17 million", "17 million TL": the Turkish lira's own letters, as Turkish outlets print them in English (TURKEY_CUES).
  { signs: ['TL'], afterFigure: true, onPage: (text) => (TURKEY_CUES.test(text) ? 'TRY' : null) },
  // "Tk5 crore", "Tk 4.25 billion": the Bangladeshi press's taka sign (BANGLADESH_CUES).
  { signs: ['Tk'], onPage: (text) => (BANGLADESH_CUES.test(text) ? 'BDT' : null) },
  // "Dh1.5 billion", "Dhs 40 million": the dirham sign the Emirati press prints before the figure in English (Gulf News 971:
  // "Careem raised over Dh1.5 billion"; Khaleej Times 894: "$19.5 billion (Dh71.5 billion)"; The National, artifacts 444 and
  // 493: "Dh9.9 billion ($2.7 billion)", "Dh562m"), read on a page about the UAE only (UAE_CUES). Round 35.
  { signs: ['Dh', 'Dhs'], onPage: (text) => (UAE_CUES.test(text) ? 'AED' : null) },
];
/** Every local sign, longest first so that "Shs" is tried before "Sh". */
const LOCAL_SIGN_ALTERNATION = LOCAL_SIGNS.flatMap((l) => l.signs).sort((a, b) => b.length - a.length).join('|');
/** The local signs also read after a scaled figure ("17 million TL"). */
const LOCAL_SIGNS_AFTER = LOCAL_SIGNS.filter((l) => l.afterFigure).flatMap((l) => l.signs);

/** What each local sign stands for on this page (null: the page is not about its country). Each row's page is weighed once. */
function pageLocalSigns(text: string): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const row of LOCAL_SIGNS) {
    const currency = row.onPage(text);
    for (const sign of row.signs) out[sign] = currency;
  }
  return out;
}

/** Whether `sign` is one of LOCAL_SIGNS' (read by the page's answer, never by PREFIX_CURRENCY). */
function isLocalSign(r: Reader, sign: string): boolean {
  return Object.hasOwn(r.localSigns, sign);
}

// ---------------------------------------------------------------------------
// Currencies

/**
 * A currency written before the number. `$` and `¥` are "generic": a later
 * code or word may refine them ("$27 million USD", "$9.1-million CAD").
 * The lookbehind refuses a symbol glued to a word, a digit or code punctuation
 * ("x$1", "\\$1", "${1}", "=$1"), which is how "$" shows up in code.
 */
const PREFIX =
  '(?<![\\p{L}\\p{N}_\\\\{=$])' +
  // "S$$47.9 million": a doubled dollar after a lettered prefix is a typo of the same currency.
  // "$US180 million ($AU235 million)": the dollar-first marks of Australian and New Zealand outlets.
  '(?<pre>US\\s\\$|\\$US|\\$AUD?|\\$A|\\$NZ|\\$CAN?|U\\.S\\.\\s?\\$|US\\$\\$?|USD\\$?|HK\\$\\$?|HKD|S\\$\\$?|SGD\\$?|A\\$\\$?|AU\\$|AUD\\$?|CA\\$|C\\$|CAD\\$?|NT\\$|TWD|NZ\\$|NZD|R\\$|BRL|MX\\$|MXN|CN¥|JP¥|' +
  // "Rp7.2 trillion": the Indonesian rupiah's own sign.
  'Rp\\.?|RM|Rs\\.?|INR|RMB|CNY|EUR|GBP|JPY|KRW|CHF|SEK|NOK|DKK|ZAR|AED|SAR|ILS|NGN|KES|IDR|PHP|THB|PLN|CZK|MYR|' +
  // The Kenyan shilling's own sign in the case and plural variants Kenyan outlets write, glued or spaced ("KSh 3.2 billion",
  // "~KSh35 billion", "Ksh5 billion", "Kshs 40 million").
  'KShs?|Kshs?|' +
  // Codes of currencies that make startup news too (Cairo, Karachi, Dhaka, Accra, Kigali, Gulf, Hanoi…).
  'EGP|PKR|BDT|LKR|NPR|RUB|UAH|HUF|RON|ARS|CLP|GHS|TZS|UGX|RWF|XOF|XAF|QAR|KWD|BHD|OMR|JOD|VND|KZT|MAD|TND|DZD|' +
  // Mojibake of "€" and "₹" (UTF-8 read as Windows-1252 or as Greek ISO-8859-7): the sign is still the currency.
  'â‚¬|β¬|â‚¹|' +
  // A sign the scrape could not decode ("\uFFFD40m"): read only with a scale, as the page's pounds or euros (guessLostSign).
  '\uFFFD|' +
  '\\$|€|£|¥|₹|₩|₦|₱|₽|₺|₫|' +
  // The local signs that are also letters ("N500 million", "Sh22bn", "TL 17 million"): one row each in LOCAL_SIGNS, read only
  // with a scale on a page about their country.
  `${LOCAL_SIGN_ALTERNATION})`;

const PREFIX_CURRENCY: Record<string, string> = {
  '$US': 'USD', '$AU': 'AUD', '$AUD': 'AUD', '$A': 'AUD', '$NZ': 'NZD', '$CA': 'CAD', '$CAN': 'CAD',
  'US$': 'USD', 'U.S.$': 'USD', USD: 'USD', 'USD$': 'USD', 'HK$': 'HKD', HKD: 'HKD', 'S$': 'SGD', SGD: 'SGD', 'SGD$': 'SGD',
  'A$': 'AUD', 'AU$': 'AUD', AUD: 'AUD', 'AUD$': 'AUD', 'CA$': 'CAD', 'C$': 'CAD', CAD: 'CAD', 'CAD$': 'CAD',
  'NT$': 'TWD', TWD: 'TWD', 'NZ$': 'NZD', NZD: 'NZD', 'R$': 'BRL', BRL: 'BRL', 'MX$': 'MXN', MXN: 'MXN',
  'CN¥': 'CNY', 'JP¥': 'JPY', Rp: 'IDR', 'Rp.': 'IDR', RM: 'MYR', KSh: 'KES', KShs: 'KES', Ksh: 'KES', Kshs: 'KES', Rs: 'INR', 'Rs.': 'INR', INR: 'INR', RMB: 'CNY', CNY: 'CNY',
  'â‚¬': 'EUR', 'β¬': 'EUR', 'â‚¹': 'INR',
  '€': 'EUR', '£': 'GBP', '₹': 'INR', '₩': 'KRW', '₦': 'NGN', '₱': 'PHP', '₽': 'RUB', '₺': 'TRY', '₫': 'VND',
};

/** Codes that stand for themselves, before or after the number. */
const ISO_CODES = new Set([
  'USD', 'EUR', 'GBP', 'INR', 'JPY', 'KRW', 'CHF', 'CAD', 'AUD', 'SGD', 'CNY', 'HKD', 'NZD', 'TWD', 'BRL', 'MXN',
  'SEK', 'NOK', 'DKK', 'ZAR', 'AED', 'SAR', 'ILS', 'NGN', 'KES', 'IDR', 'PHP', 'THB', 'PLN', 'CZK', 'MYR',
  'EGP', 'PKR', 'BDT', 'LKR', 'NPR', 'RUB', 'UAH', 'HUF', 'RON', 'ARS', 'CLP', 'GHS', 'TZS', 'UGX', 'RWF', 'XOF', 'XAF',
  'QAR', 'KWD', 'BHD', 'OMR', 'JOD', 'VND', 'KZT', 'MAD', 'TND', 'DZD',
  // Retired with the euro (2002), still the right codes for a figure of that time ("175 millions FRF").
  'FRF', 'BEF',
]);

/** Currencies a bare "$" can be refined into by a later code or word. */
const DOLLARS = new Set(['USD', 'CAD', 'AUD', 'HKD', 'SGD', 'NZD', 'TWD', 'MXN']);

/**
 * A code or symbol after the number (case-sensitive): "$27 million USD", "60M€", "1 500 000 €", "500 k€", and the
 * French-Canadian marked dollars "20 M$ US", "5 000 $ CA" (the plain "M$" is the page's own dollar: see bareDollar).
 * "17 million TL": a local sign's letters after a scaled figure, on a page about its country only (LOCAL_SIGNS' afterFigure).
 */
const SUFFIX_CODE = new RegExp(
  `${SP}?(?<cur>RMB|${[...ISO_CODES].join('|')}|${LOCAL_SIGNS_AFTER.join('|')}|€|\\$(?:${SP}?(?<mark>US|CAN?))?|£)(?![\\p{L}\\p{N}])`, 'uy');

/**
 * A currency word after the number, optionally introduced by French "de"/"d’"
 * ("millions d’euros", "milliards de dollars"). The qualified forms come
 * first so "Hong Kong dollars" wins over "dollars".
 */
const SUFFIX_WORD = new RegExp(
  `${SP}?(?<fr>de${SP}+|d['’]${SP}?)?(?<cur>` +
  '(?:U\\.S\\.|US|American|Canadian|Australian|Hong\\s?Kong|Singapore|Singaporean|New\\s+Zealand|(?:New\\s+)?Taiwan(?:ese)?|Mexican)\\s+dollars?' +
  '|dólares|dollars?(?:\\s+(?:US|américains|canadiens|australiens|de\\s+Hong\\s?Kong|singapouriens|néo-zélandais))?' +
  '|euros?' +
  '|Egyptian\\s+pounds?|livres?\\s+égyptiennes' +
  '|pounds?\\s+sterling|livres?\\s+sterling|sterling|pounds' +
  '|(?:Chinese\\s+)?(?:yuans?|renminbi)' +
  '|(?:Japanese\\s+)?yens?' +
  '|(?:(?:South\\s+)?Korean\\s+)?wons?' +
  '|(?:Pakistani|Sri\\s+Lankan|Nepalese|Nepali)\\s+rupees?' +
  '|(?:Indian\\s+)?(?:rupees?|roupies?)' +
  '|(?:Kenyan|Ugandan|Tanzanian)\\s+shillings?' +
  '|(?:Mexican|Philippine|Argentine|Argentinian|Chilean)\\s+pesos?' +
  '|(?:Turkish\\s+)?liras?|(?:Vietnamese\\s+)?dong|cedis?|taka|(?:rubles?|roubles?)|hryvnias?|forints?|zlotys?|złotych' +
  // "2 milliards de FCFA", "500 millions F CFA": the West African franc's short forms.
  '|CFA\\s+francs|francs\\s+CFA|F\\s?CFA' +
  // Francs with their country ("Swiss francs", "francs français", "francs belges"), or plain: whose franc that is, the page
  // says (guessFranc).
  '|(?:Swiss|French|Belgian)\\s+francs|francs(?:\\s+(?:suisses|français|belges))?' +
  // Dinars and dirhams with their country: "dinars tunisiens", "Moroccan dirhams", "dirhams marocains".
  '|(?:Tunisian|Algerian|Kuwaiti|Bahraini|Jordanian)\\s+dinars?|dinars?\\s+(?:tunisiens|algériens|koweïtiens)' +
  '|Moroccan\\s+dirhams?|dirhams?\\s+marocains' +
  '|naira|ringgit|baht|rupiah|reais|dirhams?|riyals?|rand' +
  // "500 000 DH", "3 millions de DH": the French press's short dirham, after the figure, in French only (acceptWordSuffix).
  '|dhs?' +
  ')(?![\\p{L}\\p{N}])', 'iuy');

/** "dollars" with no country: whose dollar it is depends on the page. */
const PLAIN_DOLLAR_WORD = /^dollars?$/i;
/** A dirham word with no country ("dirhams", "DH", "Dhs"): whose dirham it is, the page says (guessDirham). */
const PLAIN_DIRHAM_WORD = /^(?:dirhams?|dhs?)$/i;
/**
 * MOROCCO_CUES and UAE_CUES: the two countries whose press writes dirhams, each by its name, people, main cities or code.
 * guessDirham weighs them: a page naming only one of them writes that one's dirham.
 */
const MOROCCO_CUES = /(?<![\p{L}\p{N}])(?:Morocco|Moroccan|Maroc|marocaine?s?|Marocaine?s?|Casablanca|Rabat|Marrakech|Tanger|Tangier|MAD)(?![\p{L}\p{N}])/u;
const UAE_CUES = /(?<![\p{L}\p{N}])(?:UAE|EAU|Emirates|Emirati|Émirats|émirati(?:e|s|es)?|Émirati(?:e|s|es)?|Dubai|Dubaï|Abu Dhabi|Abou Dhabi|Sharjah|AED)(?![\p{L}\p{N}])/u;

/**
 * Which dirham a plain "dirhams", "DH" or "MDH" is: the one country the page names (MOROCCO_CUES, UAE_CUES); naming both or
 * neither, the language's (the Moroccan press writes French, the Emirati press English): MAD in French, AED otherwise. So a
 * dirham word and its short forms follow the same evidence ("200 millions de DH" by an Emirati group in Dubai is AED).
 */
function guessDirham(text: string, lang: string): string {
  const morocco = MOROCCO_CUES.test(text);
  const uae = UAE_CUES.test(text);
  if (morocco !== uae) return morocco ? 'MAD' : 'AED';
  return lang === 'fr' ? 'MAD' : 'AED';
}

/** Any franc word ("francs", "francs suisses", "F CFA", "CFA francs"): francOfWord reads it with the page's franc. */
const FRANC_WORD = /franc|cfa/i;

/**
 * Which franc a franc word names: its own country when it says one ("francs suisses", "French francs", "francs belges",
 * "francs CFA", the CFA franc of the page's zone), else the page's franc (guessFranc); on a French page with no evidence,
 * a sentence dated before 2002 ("En 1998, Acme avait levé 50 millions de francs") is in French francs; else the Swiss
 * franc, the one franc a page names today when it gives no other evidence.
 */
function francOfWord(r: Reader, word: string, at: number): string {
  const w = word.toLowerCase();
  if (w.includes('cfa')) return r.franc.cfa;
  if (/swiss|suisse/.test(w)) return 'CHF';
  if (/french|français/.test(w)) return 'FRF';
  if (/belg/.test(w)) return 'BEF';
  if (r.franc.plain) return r.franc.plain;
  return r.lang === 'fr' && beforeEuro(sentenceAround(r.text, at), null) ? 'FRF' : 'CHF';
}

/** The sentence around `at`, within SENTENCE_REACH characters either side (bounded: linear over a text's figures). */
const SENTENCE_REACH = 240;
function sentenceAround(text: string, at: number): string {
  const from = Math.max(0, at - SENTENCE_REACH);
  const before = text.slice(from, at);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const after = text.slice(at, at + SENTENCE_REACH);
  const end = after.search(/[.!?](?:\s|$)|\n/);
  return before.slice(stop + 1) + (end >= 0 ? after.slice(0, end) : after);
}

/** Map a currency word (any case, any spacing) to its ISO code. */
function currencyOfWord(word: string): string | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w.includes('dollar') || w === 'dólares') {
    if (/hong ?kong/.test(w)) return 'HKD';
    if (/canad/.test(w)) return 'CAD';
    if (/austral/.test(w)) return 'AUD';
    if (/singapo/.test(w)) return 'SGD';
    if (/zealand|zélandais/.test(w)) return 'NZD';
    if (/taiwan/.test(w)) return 'TWD';
    if (/mexican/.test(w)) return 'MXN';
    return 'USD';
  }
  if (w.startsWith('euro')) return 'EUR';
  if (/egypt|égypt/.test(w)) return 'EGP';
  if (/pound|livre|sterling/.test(w)) return 'GBP';
  if (/yuan|renminbi/.test(w)) return 'CNY';
  if (/yen/.test(w)) return 'JPY';
  if (/won/.test(w)) return 'KRW';
  if (/pakistan/.test(w)) return 'PKR';
  if (/lankan/.test(w)) return 'LKR';
  if (/nepal/.test(w)) return 'NPR';
  if (/rupee|roupie/.test(w)) return 'INR';
  if (/egypt|égypt/.test(w)) return 'EGP';
  if (/shilling/.test(w)) return /kenya/.test(w) ? 'KES' : /uganda/.test(w) ? 'UGX' : 'TZS';
  if (/peso/.test(w)) return /mexic/.test(w) ? 'MXN' : /philipp/.test(w) ? 'PHP' : /argentin/.test(w) ? 'ARS' : 'CLP';
  if (/lira/.test(w)) return 'TRY';
  if (/dong/.test(w)) return 'VND';
  if (/cedi/.test(w)) return 'GHS';
  if (w === 'taka') return 'BDT';
  if (/r[o]?ubles?/.test(w)) return 'RUB';
  if (/hryvnia/.test(w)) return 'UAH';
  if (/forint/.test(w)) return 'HUF';
  if (/zloty|złotych/.test(w)) return 'PLN';
  if (/dinar/.test(w)) return /tunisi/.test(w) ? 'TND' : /alg/.test(w) ? 'DZD' : /kuwait|koweït/.test(w) ? 'KWD' : /bahrain/.test(w) ? 'BHD' : 'JOD';
  if (/moroccan|marocain/.test(w)) return 'MAD';
  const others: Record<string, string> = {
    naira: 'NGN', ringgit: 'MYR', baht: 'THB', rupiah: 'IDR', reais: 'BRL',
    riyal: 'SAR', riyals: 'SAR', rand: 'ZAR',
  };
  return others[w] ?? null;
}

// ---------------------------------------------------------------------------
// Numbers

/**
 * A number in digits. Alternatives, tried in order:
 *   "1,500,000.50" (comma thousands), "1.500.000,50" (dot thousands),
 *   "1 500 000" (space / no-break / thin-space thousands), "4.5" / "2,5".
 * NUMBER_START refuses a start inside a word or inside a number ("v1.2",
 * the "2" of "1.2"); the lookahead refuses to stop inside one ("1.2.3"), so
 * version numbers and digit lists never become a figure. Each alternative
 * is a simple loop: linear on any input.
 */
const NUMBER_START = '(?<![\\p{L}\\p{N}_]|\\p{N}[.,])';
const NUMBER =
  '(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d{1,3}(?:[ \\u00A0\\u202F\\u2009]\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?)' +
  '(?![.,]?\\p{N})';

/**
 * A figure written in digits: optional currency prefix, optional space, number.
 * After a prefix the number may be glued to letters ("EUR1.5bn", "USD5m", "Rs500 crore").
 */
const DIGIT_FIGURE = new RegExp(`(?:${PREFIX}(?<gap>${SP}?)|${NUMBER_START})${NUMBER}`, 'gu');
const DIGIT_FIGURE_AT = new RegExp(DIGIT_FIGURE.source, 'uy');
/** Every character a currency prefix can end with ("$", "€", "USD", "Rs", "Rs.", "KSh", "Rp", "Tk"). */
const PREFIX_LAST_CHAR = /[$€£¥₹₩₦₱₽₺₫A-Z.shpk¬¹\uFFFD]/;
const LAST_WORD = /(\p{L}+)[\s-]+$/u;
/** A currency prefix right before a number (the candidate scan reads it backwards from the digits). */
const PREFIX_BEFORE = new RegExp(`${PREFIX}${SP}?$`, 'u');

const EN_NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const FR_NUMBER_WORDS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
  douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40,
  cinquante: 50, soixante: 60,
};
const NUMBER_WORDS: Record<string, number> = { ...EN_NUMBER_WORDS, ...FR_NUMBER_WORDS };
const NUMBER_WORD_ALT = Object.keys(NUMBER_WORDS).filter((w) => w.length > 2).sort((a, b) => b.length - a.length).join('|');

/**
 * A number in words, only when a scale word follows ("two million dollars",
 * "huit millions d’euros", "half a billion", "a billion dollars"): words alone
 * ("one of", "a") are never amounts.
 */
const WORD_FIGURE = new RegExp(
  '(?<![\\p{L}\\p{N}])(?<words>half\\s+an?|a\\s+half|un\\s+demi|an?|un|une|' +
  `(?:${NUMBER_WORD_ALT}|hundred|cents?|cent)(?:[\\s-]+(?:and[\\s-]+|et[\\s-]+)?(?:${NUMBER_WORD_ALT}|hundred|cents?)){0,4}` +
  // "two and a half million dollars"
  '(?:[\\s-]+and[\\s-]+a[\\s-]+half)?)' +
  '(?=[\\s-]+(?:millions?|billions?|trillions?|milliards?)(?![\\p{L}]))', 'giu');

const WORD_FIGURE_AT = new RegExp(WORD_FIGURE.source, 'iuy');
/** Number words right before a scale word (the candidate scan reads them backwards from the scale). */
const WORDS_BEFORE = new RegExp(`${WORD_FIGURE.source.slice(0, WORD_FIGURE.source.indexOf('(?=['))}[\\s-]+$`, 'iu');

/** Value of a number in words; null when it is not one. */
function parseNumberWords(words: string): number | null {
  const w = words.toLowerCase().trim().replace(/\s+/g, ' ');
  if (w === 'half a' || w === 'half an' || w === 'a half' || w === 'un demi') return 0.5;
  const half = / and a half$/.exec(w);
  if (half) {
    const whole = parseNumberWords(w.slice(0, half.index));
    return whole === null ? null : whole + 0.5;
  }
  let total = 0;
  let current = 0;
  for (const part of w.split(/[\s-]+/)) {
    if (part === 'and' || part === 'et') continue;
    if (part === 'hundred' || part === 'cent' || part === 'cents') {
      current = (current || 1) * 100;
      continue;
    }
    const v = NUMBER_WORDS[part];
    if (v === undefined) return null;
    current += v;
  }
  total += current;
  return total > 0 ? total : null;
}

type NumberStyle = 'en' | 'comma-decimal' | 'dot-thousands';

/** Languages that write "1.500" for fifteen hundred and "2,5" for two and a half. */
const DOT_THOUSANDS_LANGS = new Set(['de', 'es', 'it', 'pt', 'nl', 'id', 'tr', 'da', 'nb', 'no', 'pl', 'cs', 'ro']);
/** Languages that write "2,5" but not "1.500" (French uses spaces for thousands). */
const COMMA_DECIMAL_LANGS = new Set(['fr', 'ru', 'sv', 'fi', 'uk', 'hu', 'sk']);

function numberStyleOf(lang: string | null | undefined): NumberStyle {
  const code = (lang ?? '').slice(0, 2).toLowerCase();
  if (DOT_THOUSANDS_LANGS.has(code)) return 'dot-thousands';
  if (COMMA_DECIMAL_LANGS.has(code)) return 'comma-decimal';
  return 'en';
}

/**
 * Value of a number written in digits. Unambiguous shapes decide alone
 * ("1,500,000", "1 500 000", "2,5", "1,25"); "1,200" and "1.200" (one group
 * of exactly three digits) follow the language.
 */
export function parseDigits(raw: string, style: NumberStyle): number | null {
  if (raw.length > MAX_NUMBER_CHARS) return null;
  const s = raw.replace(/[ \u00A0\u202F\u2009]/g, '');
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let normalized: string;
  if (lastComma >= 0 && lastDot >= 0) {
    normalized = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (lastComma >= 0) {
    const groups = s.split(',');
    const decimals = groups[groups.length - 1]!;
    const isDecimal = groups.length === 2 && (decimals.length !== 3 || style !== 'en');
    normalized = isDecimal ? s.replace(',', '.') : s.replace(/,/g, '');
  } else if (lastDot >= 0) {
    const groups = s.split('.');
    const decimals = groups[groups.length - 1]!;
    // French and other comma-decimal languages never write a decimal point: "500.000 euros" is thousands there.
    const isThousands = groups.length > 2 || (decimals.length === 3 && style !== 'en');
    normalized = isThousands ? s.replace(/\./g, '') : s;
  } else {
    normalized = s;
  }
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

// ---------------------------------------------------------------------------
// Scales

/**
 * A scale after the number, glued, spaced or hyphenated ("$5M", "$600 million",
 * "$20-million", "₹15 Cr", "60M€", "1,2 milliard"). Single letters must not be
 * followed by a letter or digit ("5 Mbps" is not five million).
 */
const SCALE = new RegExp(
  `${SP}?-?${SP}?(?<scale>lakh[\\s-]crores?|trillions?|billions?|millions?|milliards?|millionen|milliarden|millones|millón|milh(?:ões|ão)|bilh(?:ões|ão)|milion[ei]|miliard[io]|miljoen|miljard|thousands?|crores?|lakhs?|lacs?|mio\\.|mrd\\.|mio|mrds?|mds?|mln|mn|mm|bln|bn|tn|cr|[mbk]|g(?=${SP}?\\$(?!${SP}?\\d)))(?![\\p{L}\\p{N}])`,
  'iuy');

function scaleValue(scale: string, frenchOf: boolean): number {
  const s = scale.toLowerCase();
  if (/^lakh[\s-]crore/.test(s)) return 1e12;
  if (s.startsWith('trillion') || s === 'tn') return 1e12;
  // French "billion" is 10^12 ("deux billions d’euros"); the English one 10^9.
  if (s.startsWith('billion')) return frenchOf ? 1e12 : 1e9;
  // Portuguese, Italian and Dutch scales: "R$ 10 milhões", "2 miliardi di euro", "5 miljoen euro".
  // "1,2 G$": Quebec writes a billion dollars with the SI letter (only ever before "$", see SCALE).
  if (s.startsWith('milliard') || /^(?:bilh|miliard|miljard)/.test(s) || /^(?:mds?|mrds?\.?|bn|bln|b|g)$/.test(s)) return 1e9;
  if (/^(?:milh|milion|miljoen|millón)/.test(s)) return 1e6;
  if (s.startsWith('million') || s === 'millones' || /^(?:mio\.?|mln|mn|mm|m)$/.test(s)) return 1e6;
  if (s.startsWith('thousand') || s === 'k') return 1e3;
  if (s.startsWith('crore') || s === 'cr') return 1e7;
  if (s.startsWith('lakh') || s.startsWith('lac') || scale === 'L') return 1e5;
  if (s === 'mil') return 1e6;
  return 1;
}

/** Scale words (not letters): the only scales a bare number may carry into a range or a word figure. */
const WORD_SCALE = /^(?:trillions?|billions?|millions?|milliards?|millionen|milliarden|millones|millón|milh(?:ões|ão)|bilh(?:ões|ão)|milion[ei]|miliard[io]|miljoen|miljard|thousands?|crores?|lakhs?)$/i;

// ---------------------------------------------------------------------------
// Qualifiers, ranges, restatements

/**
 * A qualifier right before the figure, read on the text in front of it.
 * Kept out of the figure's `text` (see the file comment).
 */
const QUALIFIER_BEFORE = new RegExp(
  '(?:^|[^\\p{L}])(?<q>(?:a\\s+little\\s+|just\\s+|well\\s+|slightly\\s+|un\\s+peu\\s+|pas\\s+)?' +
  '(?:more\\s+than|over|exceeding|above|in\\s+excess\\s+of|upwards\\s+of|north\\s+of|at\\s+least|plus\\s+de|au\\s+moins|' +
  'less\\s+than|under|below|fewer\\s+than|nearly|almost|moins\\s+de|' +
  'about|around|approximately|roughly|some|an\\s+estimated|circa|approx\\.|près\\s+de|close\\s+to|environ|quelque|autour\\s+de|de\\s+l[\'’]ordre\\s+de|' +
  'up\\s+to|as\\s+much\\s+as|jusqu[\'’]à))' +
  `${SP}*$|(?<tilde>~)${SP}?$`, 'iu');

function qualifierOf(phrase: string): Qualifier {
  const p = phrase.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:up to|as much as|jusqu)/.test(p)) return 'up-to';
  if (/(?:more than|over|exceeding|above|excess of|upwards of|north of|at least|plus de|au moins)$/.test(p)) return 'more-than';
  if (/(?:less than|under|below|fewer than|nearly|almost|moins de)$/.test(p)) return 'less-than';
  return 'about';
}

/** "between" / "entre" right before the first bound: makes "X and Y" a range. */
const BETWEEN_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:between|entre)${SP}+$`, 'iu');
/** "from" right before the first bound: "from $5m to $10m" is a change, not a range. */
const FROM_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:from|passant\\s+de|passé\\s+de)${SP}+$`, 'iu');

/** Between two bounds: a dash, "to"/"à", or "and"/"et" (the latter only after "between"). */
const RANGE_JOIN = new RegExp(`${SP}?[-–—]${SP}?|${SP}+(?<word>to|à|and|et)${SP}+`, 'iuy');

/** An approximation word before a restated figure ("about", "approx", "c.", "quelque", "~"). */
const EQ_QUALIFIER =
  `(?:(?:about|around|approximately|approx\\.?|roughly|some|nearly|almost|over|more${SP}+than|less${SP}+than|up${SP}+to|c\\.|ca\\.|` +
  `environ|près${SP}+de|plus${SP}+de|quelque|~)${SP}*)`;
/** "the equivalent of", "equivalent to", "l’équivalent de": said before a restated figure. */
const EQ_EQUIVALENT = `(?:(?:the${SP}+|l['’]${SP}?)?(?:equivalent|équivalent)${SP}+(?:of|to|de|d['’])${SP}*)`;

/**
 * Between a figure and its restatement in another currency (the restated
 * figure must be in another currency, checked by the caller):
 *   "1 trillion yuan ($158.4 billion)", "(soit 172 millions d’euros)", "(which is about $33m)",
 *   "€30m, or about $33m", "200 millions de dollars, soit l’équivalent de 172 millions d’euros",
 *   "€30 million, equivalent to $33 million", "₹15 Cr($2.25 Million)", "€30 million / $33 million",
 *   and, only with an approximation word, "€30 million, roughly $33 million" or "€30 million — about $33 million".
 */
const EQUIVALENT_JOIN = new RegExp(
  `(?:${SP}?\\(${SP}*(?:(?:or|soit|ou|which${SP}+is|that${SP}+is|i\\.e\\.,?)${SP}+)?${EQ_EQUIVALENT}?${EQ_QUALIFIER}?` +
  `|,?${SP}+(?:or|soit|ou)${SP}+${EQ_EQUIVALENT}?${EQ_QUALIFIER}?` +
  `|,${SP}+${EQ_EQUIVALENT}${EQ_QUALIFIER}?` +
  `|${SP}?/${SP}?${EQ_QUALIFIER}?` +
  `|(?:,|${SP}[—–])${SP}+${EQ_QUALIFIER})`,
  'iuy');

/** A second restatement in the same parenthesis: "£10m (€11.5m / $13m)", "(€11.5m, or $13m)". */
const SECOND_EQUIVALENT_JOIN = new RegExp(`${SP}?(?:/|,|;)?${SP}*(?:(?:or|ou|soit)${SP}+)?${EQ_QUALIFIER}?`, 'iuy');

const BRITISH_MONEY = /£|\bsterling\b|\bGBP\b|\bpence\b/i;

/** Between a figure and a currency-less scaled number that shares its currency ("… (plus 1,2 million en dette)"). */
const ELLIPSIS_JOIN = new RegExp(
  `^${SP}*(?:\\(${SP}*|[,;]${SP}*)?(?:plus|and${SP}+(?:a${SP}+further|another|an${SP}+additional)|dont|including|of${SP}+which|en${SP}+plus${SP}+de|\\+)${SP}*$`, 'iu');

/** Cues that a single-letter "N" / "R" before a scaled number is the naira / the rand ("N1.5 billion", "R10 million"). */
const NIGERIA_CUES = /\b(?:Nigeria|Nigerian|naira|Lagos|Abuja)\b|₦/;
const SOUTH_AFRICA_CUES = /\b(?:South Africa|South African|rand|Johannesburg|Cape Town|Pretoria|Durban|JSE)\b/;

/**
 * BANGLADESH_CUES: the page is about Bangladesh: only there are the letters "Tk" before a scaled figure the taka ("invested Tk5
 * crore", "Tk 100 crore", "Tk 4.25 billion", "Tk 6.50bn": The Business Standard, The Daily Star, The Financial Express). One pass.
 */
const BANGLADESH_CUES = /\b(?:Bangladesh|Bangladeshi|Dhaka|Chittagong|Chattogram|taka|BDT)\b|৳/u;
/**
 * TURKEY_CUES: the page is about Turkey (its name, people, cities, its lira): only there do the letters "TL" by a scaled figure
 * stand for the lira ("TL 17 million ($1.1 million)", "a TL 21.12 billion market", "17 million TL"); elsewhere "TL" is a team
 * leader or a tail light. Letter-bounded, not "\b": "İstanbul" and "İzmir" open with a non-ASCII letter, after which "\b" never
 * matches following a space. The lira counts only as Turkish ("Turkish lira", "livres turques", both read by their adjective):
 * a bare "lira" is also the Lebanese or Syrian pound. One pass over the text.
 */
const TURKEY_CUES = /(?<![\p{L}\p{N}])(?:Turkey|Turkish|Türkiye|Turkiye|Turquie|turc|turque|turcs|turques|Istanbul|İstanbul|Ankara|Izmir|İzmir)(?![\p{L}\p{N}])|₺/u;

/**
 * The three countries whose press writes its shilling "Sh"/"Shs" before the figure, each named by its country, people, capital
 * or code, and Somalia, which writes it too and is read as no known shilling. The page's shilling is the country named most often (Kenya on a tie: its press uses the sign most); none named, no
 * shilling, and "Sh5 billion" stays unread like "N500 million" off a Nigerian page. One pass of each cue over the text.
 */
const SHILLING_CUES: ReadonlyArray<[string, RegExp]> = [
  // Somalia also writes its shilling "Sh" (review F8: a Somali page naming Kenya once read its "Sh5 billion" as Kenyan). First, so it
  // wins a tie; when it wins, the sign stays unread (no rate for it): a Somali page's figure is not guessed to be another country's.
  ['SOS', /\b(?:Somalia|Somali|Somalis|Mogadishu|Hargeisa|Somaliland|SOS)\b/g],
  ['KES', /\b(?:Kenya|Kenyan|Kenyans|Nairobi|Mombasa|KES)\b|KSh/g],
  ['UGX', /\b(?:Uganda|Ugandan|Ugandans|Kampala|UGX)\b/g],
  ['TZS', /\b(?:Tanzania|Tanzanian|Tanzanians|Dar es Salaam|Dodoma|TZS)\b/g],
];

/** The sign itself before a number: the cues are weighed only on a text that writes it. */
const SHILLING_SIGN = /(?<![\p{L}\p{N}])Shs?\s?\d/u;

export function guessShilling(text: string): string | null {
  if (!SHILLING_SIGN.test(text)) return null;
  let best: string | null = null;
  let most = 0;
  for (const [code, cue] of SHILLING_CUES) {
    const n = text.match(cue)?.length ?? 0;
    if (n > most) { best = code; most = n; }
  }
  return best === 'SOS' ? null : best;
}

// ---------------------------------------------------------------------------
// Francs: Swiss, French (before 2002), Belgian, CFA

/** Which franc a page's plain "francs" and "MF" stand for (null: no evidence), and which CFA franc its "francs CFA" are. */
export interface PageFranc {
  plain: string | null;
  cfa: 'XOF' | 'XAF';
}

/** Anything franc-like on the page: the other cues are weighed only then. */
const FRANC_HINT = /[Ff]rancs?|CFA|\d[\s\u00A0]?(?:Mds?|M|K|k)F(?![\p{L}\p{N}])/u;
/**
 * Switzerland named: the country, its people and adjective in both languages, its cities, cantons and federal schools.
 * ("ETH" is also Ether and "Sion" a word: left out.)
 */
const SWISS_CUES = /(?<![\p{L}])(?:[Ss]uisses?|Swiss|Switzerland|CHF|SFr|[Hh]elvétique\p{L}*|Romandie|[Rr]omand\p{L}*|Genève|Geneva|[Gg]enevois\p{L}*|Lausanne|[Ll]ausannois\p{L}*|Zurich|Zürich|[Zz]urichois\p{L}*|Berne|Bâle|Basel|Lucerne|Lugano|Neuchâtel|Fribourg|Vaud|[Vv]audois\p{L}*|Valais|[Vv]alaisan\p{L}*|Tessin|Ticino|EPFL|EPFZ)(?![\p{L}])/u;
/** The Central African franc zone (CEMAC, XAF): its countries, central bank and capitals, in French and English. */
const XAF_ZONE = /(?<![\p{L}])(?:Cameroun|Cameroon|Gabon|Tchad|Chad|Centrafrique|Central African Republic|Guinée équatoriale|Equatorial Guinea|Congo-Brazzaville|CEMAC|BEAC|Yaoundé|Douala|Libreville|N['’]Djamena|Brazzaville|Bangui|Malabo)(?![\p{L}])/gu;
/** The West African franc zone (UEMOA, XOF); "Niger" is not "Nigeria" (the lookahead). */
const XOF_ZONE = /(?<![\p{L}])(?:Sénégal|Senegal|Côte d['’]Ivoire|Ivory Coast|Mali|Burkina Faso|Niger|Togo|Bénin|Benin|Guinée-Bissau|Guinea-Bissau|UEMOA|WAEMU|BCEAO|Dakar|Abidjan|Bamako|Ouagadougou|Niamey|Lomé|Cotonou)(?![\p{L}])/gu;
/** A year written in the text ("l’exercice 2000", "semestre2000": glued to a word too, never inside a longer number). */
const YEAR_IN_TEXT = /(?<![\p{N}.,])(?:19\d\d|20\d\d)(?![\p{N}])/gu;
/** A year as a segment of the page's address ("/archives/2000/", "/1999-05-12/"). */
const YEAR_IN_PATH = /(?<=[/_-])(?:19\d\d|20\d\d)(?=[/_-])/g;
/** The euro replaced the national francs on 1 January 2002. */
const EURO_YEAR = 2002;

/**
 * Which franc a page means by a plain "francs" and by "MF" (see francOfWord for the franc words that say it), decided on
 * explicit evidence only, in this order:
 *   1. Switzerland named (SWISS_CUES) or a .ch address: Swiss francs (Switzerland has had its franc all along, so a Swiss
 *      page of any year reads CHF);
 *   2. CFA francs written on the page: that zone's franc (XAF when Central African countries are named more often than
 *      West African ones, else XOF);
 *   3. a French text whose latest year, in its words or its address, is before 2002: French francs (FRF), the year-2000
 *      archive review's "175 MF" and "4 milliards de francs";
 *   4. else no evidence (null): plain "francs" stay Swiss, the Swiss franc being the one franc named in today's news, and
 *      "MF" is French only in a sentence dated before 2002 (else no figure).
 * Belgian and Luxembourg francs are read only when written so ("francs belges").
 */
export function guessFranc(text: string, lang: string | null = null, url: string | null = null): PageFranc {
  if (!FRANC_HINT.test(text)) return { plain: null, cfa: 'XOF' };
  const cfa = (text.match(XAF_ZONE)?.length ?? 0) > (text.match(XOF_ZONE)?.length ?? 0) ? 'XAF' : 'XOF';
  if (SWISS_CUES.test(text) || /\.ch$/.test(hostOf(url) ?? '')) return { plain: 'CHF', cfa };
  if (/CFA/.test(text)) return { plain: cfa, cfa };
  if ((lang ?? '').slice(0, 2).toLowerCase() === 'fr' && beforeEuro(text, url)) return { plain: 'FRF', cfa };
  return { plain: null, cfa };
}

/** The text's latest year (with its address's) is before 2002; a text with no year says nothing. */
function beforeEuro(text: string, url: string | null): boolean {
  let latest = 0;
  for (const y of [...(text.match(YEAR_IN_TEXT) ?? []), ...(url?.match(YEAR_IN_PATH) ?? [])]) latest = Math.max(latest, Number(y));
  return latest > 0 && latest < EURO_YEAR;
}

/** "in 2018 dollars" is a price basis, not a sum. */
const YEAR_BASIS_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:in|en|constant)${SP}+$`, 'iu');

// ---------------------------------------------------------------------------
// Reading one figure

/** A figure read at one position, before qualifier/range/restatement are attached. */
interface Figure {
  start: number;
  end: number;
  /** The number alone (before scale). */
  number: number;
  rawNumber: string;
  scale: number | null;
  /** The scale is a word ("million"), not a letter ("m"). */
  wordScale: boolean;
  currency: string | null;
  /** The currency came from a generic "$" or "¥" that a suffix could refine. */
  genericPrefix: boolean;
  hasPrefix: boolean;
  hasSuffix: boolean;
  /** Written the French way ("millions d’euros", "milliards"). */
  french: boolean;
  /** "deux millions et demi": the number is half a unit more. */
  plusHalf?: boolean;
}

interface Reader {
  text: string;
  style: NumberStyle;
  lang: string;
  yen: 'CNY' | 'JPY';
  /** The text shows British money elsewhere (£, sterling, GBP): "pounds" may be money. */
  britishMoney: boolean;
  localDollar: string | null;
  /** What a bare "$" means on this page (USD unless the page is plainly Australian, New Zealand or Canadian). */
  bareDollar: string;
  /** The local dollar of a page that writes both it and the US dollar out (guessMarkedDollar), or null. */
  markedDollar: string | null;
  /** What each local sign stands for on this page (pageLocalSigns): "N500 million" is naira on a Nigerian page, else null. */
  localSigns: Readonly<Record<string, string | null>>;
  /** Which dirham a plain "dirhams", "DH" or "MDH" stands for (guessDirham). */
  dirham: string;
  /** What "\uFFFD" before a scaled figure stands for, or null. */
  lostSign: string | null;
  /** What a plain "francs", "MF" or "francs CFA" stands for on this page (guessFranc). */
  franc: PageFranc;
}

/**
 * Read a figure starting at a digit-figure match: prefix, number, scale, suffix.
 * Returns null when the shape is not a figure at all (too long, not a number).
 * The result may still have no currency; callers decide.
 */
function readDigitFigure(r: Reader, m: RegExpExecArray): Figure | null {
  const g = m.groups!;
  const pre = g.pre;
  let raw = g.num!;
  const start = m.index;
  let numEnd = start + m[0].length;
  // Regular-space thousands ("1 500 000") are a French habit; in English text
  // after a prefix, "$5 100 times" is five dollars, so cut at the first space.
  if (pre && raw.includes(' ') && r.lang !== 'fr') {
    const cut = raw.indexOf(' ');
    numEnd -= raw.length - cut;
    raw = raw.slice(0, cut);
  }
  if (raw.length > MAX_NUMBER_CHARS) return null;

  let currency: string | null = null;
  let genericPrefix = false;
  if (pre) {
    if (pre === '$') { currency = markedDollarAt(r, start) ?? r.bareDollar; genericPrefix = true; }
    else if (pre === '¥') { currency = r.yen; genericPrefix = true; }
    else if (pre === '\uFFFD') { if (!r.lostSign) return null; currency = r.lostSign; }
    else if (isLocalSign(r, pre)) { currency = r.localSigns[pre] ?? null; if (currency === null) return null; }
    else currency = PREFIX_CURRENCY[pre.replace(/\s+/g, '').replace(/\$\$$/, '$')] ?? (ISO_CODES.has(pre) ? pre : null);
  }
  const fig: Figure = {
    start, end: numEnd, number: 0, rawNumber: raw, scale: null, wordScale: false, currency, genericPrefix,
    hasPrefix: !!pre, hasSuffix: false, french: false,
  };
  readScaleAndSuffix(r, fig, numEnd, true);
  if (pre === '$' && isCodeLike(r.text, start, fig.end, fig.rawNumber, fig.scale !== null)) return null;
  // "N500 million", "R10m": a local sign is a currency only with a scale, on a page about its country ("N95 masks", "R2-D2";
  // the country was checked above).
  if (pre && isLocalSign(r, pre) && (fig.scale === null || fig.hasSuffix)) return null;
  if (pre === '\uFFFD' && (fig.scale === null || fig.hasSuffix)) return null;
  if (pre && DOLLAR_FIRST.test(pre) && isCellReference(r.text, start, fig.end, fig.rawNumber, fig.scale !== null, !!g.gap)) return null;
  // "145.000 euros" on a page without a language: money is hardly ever written to a thousandth, so one dot before three
  // digits, with a currency and no scale, groups thousands. Not for dollars ("$3.459 a gallon" of petrol) nor the Gulf
  // dinars, which do count in thousandths.
  const dotThousands = fig.scale === null && fig.currency !== null && ONE_DOT_GROUP.test(fig.rawNumber) &&
    !THOUSANDTHS_CURRENCIES.has(fig.currency) && !DOLLARS.has(fig.currency) && !fig.genericPrefix;
  const style = (fig.french && r.style === 'en' && !r.lang) || dotThousands ? 'comma-decimal' : r.style;
  const n = parseDigits(fig.rawNumber, style);
  if (n === null) return null;
  // "its $7.5 series A", "une série A de 3,5 € série A": a round is never a few units of money; the scale was lost.
  if (fig.currency !== null && fig.scale === null && n < 1000 && UNSCALED_BEFORE_ROUND.test(r.text.slice(fig.end, fig.end + 24))) return null;
  fig.number = n;
  return fig;
}

/** A round's name right after a figure ("$7.5 series A", "$3 seed round", "2,5 € tour de table"): the figure lost its scale. */
const UNSCALED_BEFORE_ROUND = /^[\s\u00A0]+(?:series|seed|pre-seed|angel round|bridge round|funding round|financing round|round(?![\s\u00A0-]+trip)|série|tour de table|levée)(?![\p{L}])/iu;

/** "145.000": a number with one dot before exactly three digits. */
const ONE_DOT_GROUP = /^\d{1,3}\.\d{3}$/;
/** Currencies divided in thousandths: "KWD 1.500" is one and a half dinars. */
const THOUSANDTHS_CURRENCIES = new Set(['KWD', 'BHD', 'OMR', 'JOD']);

/** Read a figure written in words ("two million dollars"); it needs a word scale. */
function readWordFigure(r: Reader, m: RegExpExecArray): Figure | null {
  const n = parseNumberWords(m.groups!.words!);
  if (n === null) return null;
  const start = m.index;
  const fig: Figure = {
    start, end: start + m[0].length, number: n, rawNumber: m[0], scale: null, wordScale: false, currency: null,
    genericPrefix: false, hasPrefix: false, hasSuffix: false, french: false,
  };
  readScaleAndSuffix(r, fig, fig.end, false);
  // "nearly USD two billion", "$ two million": a currency written before the number words.
  if (!fig.currency && fig.scale !== null) {
    const pm = PREFIX_BEFORE_WORDS.exec(r.text.slice(Math.max(0, start - 6), start));
    if (pm) {
      const pre = pm.groups!.pre!;
      fig.currency = pre === '$' ? r.bareDollar : PREFIX_CURRENCY[pre] ?? pre;
      fig.start = start - pm[0].length;
      fig.hasPrefix = true;
      fig.genericPrefix = pre === '$';
    }
  }
  return fig;
}

/** A currency code or sign right before number words: "USD two billion", "€ three million". */
const PREFIX_BEFORE_WORDS = /(?<![\p{L}\p{N}])(?<pre>USD|US\$|EUR|GBP|CHF|CAD|AUD|[$€£])[\s\u00A0]?$/u;

/**
 * FRANC_ABBREVIATION: the French press's short forms for francs before the euro, scale and currency in one glued token:
 * "175 MF" (millions de francs), "4,25 MdF" / "1,5 MdsF" (milliards de francs), "500 KF" (milliers de francs). Read only in a
 * French text: "MF" elsewhere is a mutual fund or a frequency band. Which franc, the page says (guessFranc: Swiss, CFA, or
 * French on a page dated before 2002); on a page with no such evidence, the French franc only in a sentence dated before
 * 2002 (francOfAbbreviation). With no evidence of the franc era no figure is read: on a page of today "12 MF" is no
 * retired currency, and "94 MF" may be a frequency (review A1). Case-sensitive, one sticky token: linear.
 */
const FRANC_ABBREVIATION = new RegExp(`${SP}?(?<scale>MdsF|MdF|MF|KF|kF)(?![\\p{L}\\p{N}])`, 'uy');
const FRANC_ABBREVIATION_SCALE: Record<string, number> = { MdsF: 1e9, MdF: 1e9, MF: 1e6, KF: 1e3, kF: 1e3 };

/**
 * Read a glued French scale-and-currency token at `pos` into `fig` ("175 MF", FRANC_ABBREVIATION; "3,9 MDH",
 * DIRHAM_ABBREVIATION): French text only, a figure with no currency yet; `currencyOf` may refuse (null). False when none is read.
 */
function readGluedAbbreviation(
  r: Reader, fig: Figure, pos: number, pattern: RegExp,
  scaleOf: (token: string) => number, currencyOf: (r: Reader, at: number) => string | null,
): boolean {
  if (r.lang !== 'fr' || fig.currency) return false;
  pattern.lastIndex = pos;
  const m = pattern.exec(r.text);
  if (!m) return false;
  const currency = currencyOf(r, pos);
  if (!currency) return false;
  fig.scale = scaleOf(m.groups!.scale!);
  fig.currency = currency;
  fig.hasSuffix = true;
  fig.french = true;
  fig.end = m.index + m[0].length;
  return true;
}

/** Read "175 MF" at `pos` into `fig` (FRANC_ABBREVIATION); false when no such token is there. */
function readFrancAbbreviation(r: Reader, fig: Figure, pos: number): boolean {
  return readGluedAbbreviation(r, fig, pos, FRANC_ABBREVIATION, (t) => FRANC_ABBREVIATION_SCALE[t] ?? 1, francOfAbbreviation);
}

/** The franc of an abbreviation at `at`: the page's (guessFranc), else FRF in a sentence dated before 2002, else none. */
function francOfAbbreviation(r: Reader, at: number): string | null {
  if (r.franc.plain) return r.franc.plain;
  return beforeEuro(sentenceAround(r.text, at), null) ? 'FRF' : null;
}

/**
 * DIRHAM_ABBREVIATION: the Moroccan press's short forms for dirhams, scale and currency in one glued token, as FRANC_ABBREVIATION:
 * "3,9 MDH" / "2 MDhs" (millions de dirhams), "1,2 MMDH" / "1,2 MMDhs" (milliards de dirhams: the doubled M is "milliard", as in
 * "MMAD"), "500 KDH" (milliers). Read in French text only: elsewhere the letters are other acronyms. Case-sensitive, one sticky token: linear.
 */
const DIRHAM_ABBREVIATION = new RegExp(`${SP}?(?<scale>MMDH|MMDhs?|MMdhs?|MDH|MDhs?|Mdhs?|KDH)(?![\\p{L}\\p{N}])`, 'uy');

/** Read "3,9 MDH" at `pos` into `fig` (DIRHAM_ABBREVIATION); false when no such token is there. */
function readDirhamAbbreviation(r: Reader, fig: Figure, pos: number): boolean {
  return readGluedAbbreviation(r, fig, pos, DIRHAM_ABBREVIATION, dirhamAbbreviationScale, () => r.dirham);
}

/** The scale of a DIRHAM_ABBREVIATION token: "MM…" milliards, "K…" milliers, else millions. */
function dirhamAbbreviationScale(token: string): number {
  return token.startsWith('MM') ? 1e9 : token.startsWith('K') ? 1e3 : 1e6;
}

/** Extend `fig` with the scale and the currency suffix found from `pos`. */
function readScaleAndSuffix(r: Reader, fig: Figure, pos: number, digits: boolean): void {
  const { text } = r;
  if (digits && (readFrancAbbreviation(r, fig, pos) || readDirhamAbbreviation(r, fig, pos))) return;
  let p = pos;
  SCALE.lastIndex = p;
  let sm = SCALE.exec(text);
  // "1,2 G$" is Quebec French; elsewhere "5G $" is a network.
  if (sm && /^g$/i.test(sm.groups!.scale!) && r.lang !== 'fr') sm = null;
  if (!sm && fig.hasPrefix && fig.currency) sm = readPrefixOnlyScale(r, fig, p);
  let scaleWord = '';
  if (sm) {
    scaleWord = sm.groups!.scale!;
    fig.wordScale = WORD_SCALE.test(scaleWord) || /^lakh/i.test(scaleWord);
    // A bare "-b"/"-m" after a number without currency is more often a label ("5-b") than a scale.
    p = sm.index + sm[0].length;
    // "deux millions et demi d’euros": half of the scale more.
    HALF_AFTER_SCALE.lastIndex = p;
    const half = HALF_AFTER_SCALE.exec(text);
    if (half) { fig.plusHalf = true; p += half[0].length; }
    fig.end = p;
    fig.scale = 1; // resolved below, once we know whether it is French
  }
  const scaled = fig.scale !== null;

  // Currency suffix: a code/symbol first, then a word.
  let suffixCurrency: string | null = null;
  let suffixEnd = p;
  let frenchMarker = false;
  let isSymbol = false;
  SUFFIX_CODE.lastIndex = p;
  const cm = SUFFIX_CODE.exec(text);
  // "in 2018 $5 million": a symbol followed by a number is the next figure's prefix.
  const symbolIsNextPrefix = cm && /^[€$£]$/.test(cm.groups!.cur!) &&
    /^[\s\u00A0]?\d/.test(text.slice(cm.index + cm[0].length, cm.index + cm[0].length + 2));
  // A trailing "$" ("5 000 $", "30 M$") is French-Canadian style; elsewhere "1636 $ hg push" is a shell prompt.
  const strayDollar = cm && cm.groups!.cur === '$' && !scaled && r.lang !== 'fr';
  // "17 million TL": a local sign's letters stand after a scale on a page about its country (LOCAL_SIGNS' afterFigure); else
  // they are no currency ("5 TL members").
  const localAfter = !!cm && isLocalSign(r, cm.groups!.cur!);
  const strayLocal = localAfter && !(scaled && r.localSigns[cm.groups!.cur!]);
  if (cm && !symbolIsNextPrefix && !strayDollar && !strayLocal) {
    const cur = cm.groups!.cur!;
    isSymbol = !/^[A-Z]/.test(cur);
    const mark = cm.groups!.mark;
    // A plain trailing "$" ("137,5 M$") is the page's own dollar, like a bare "$" before the number; "$ US" / "$ CA" say which.
    suffixCurrency = cur === 'RMB' ? 'CNY' : localAfter ? r.localSigns[cur] ?? null : cur === '€' ? 'EUR' : cur === '£' ? 'GBP' : mark ? (mark === 'US' ? 'USD' : 'CAD') : cur === '$' ? r.bareDollar : cur;
    suffixEnd = cm.index + cm[0].length;
  } else {
    SUFFIX_WORD.lastIndex = p;
    const wm = SUFFIX_WORD.exec(text);
    if (wm && acceptWordSuffix(r, wm, fig, scaled, digits, wm.index + wm[0].length)) {
      // A plain "dollars" ("18 millions de dollars" on a Quebec page) is the page's own dollar; "US dollars", "dollars canadiens" say which.
      const word = wm.groups!.cur!;
      suffixCurrency = PLAIN_DOLLAR_WORD.test(word) ? r.bareDollar : FRANC_WORD.test(word) ? francOfWord(r, word, fig.start)
        : PLAIN_DIRHAM_WORD.test(word) ? r.dirham : currencyOfWord(word);
      frenchMarker = !!wm.groups!.fr;
      suffixEnd = wm.index + wm[0].length;
    }
  }

  if (suffixCurrency) {
    if (!fig.currency) {
      fig.currency = suffixCurrency;
      fig.hasSuffix = true;
      fig.end = suffixEnd;
    } else if (!isSymbol && (suffixCurrency === fig.currency ||
      (fig.genericPrefix && (DOLLARS.has(suffixCurrency) ? DOLLARS.has(fig.currency) : /^(?:CNY|JPY)$/.test(suffixCurrency) && /^(?:CNY|JPY)$/.test(fig.currency))))) {
      // "$27 million USD", "$9.1-million CAD", "¥5 billion yen": the suffix refines a generic prefix.
      fig.currency = suffixCurrency;
      fig.hasSuffix = true;
      fig.end = suffixEnd;
    }
  }
  fig.french = frenchMarker || /^(?:milliards?|mds?|mrds?)$/i.test(scaleWord);
  if (sm) fig.scale = scaleValue(scaleWord, frenchMarker && r.lang === 'fr');
}

/**
 * Scale letters and words that mean a scale only after a currency prefix:
 * "Rs 10L" / "₹10L" (lakh, Indian shorthand) and "$5 mil" (million, American
 * shorthand; in Spanish and Portuguese "mil" is a thousand, so not there).
 * Alone, "10L" is litres and "5 mil" a thickness.
 */
const LAKH_LETTER = new RegExp(`${SP}?(?<scale>L)(?![\\p{L}\\p{N}])`, 'uy');
const MIL_WORD = new RegExp(`${SP}(?<scale>mil)(?![\\p{L}\\p{N}])`, 'uy');
const MIL_THOUSAND_LANGS = new Set(['es', 'pt', 'ca', 'gl']);

function readPrefixOnlyScale(r: Reader, fig: Figure, p: number): RegExpExecArray | null {
  if (fig.currency === 'INR') {
    LAKH_LETTER.lastIndex = p;
    return LAKH_LETTER.exec(r.text);
  }
  if (DOLLARS.has(fig.currency!) && !MIL_THOUSAND_LANGS.has(r.lang)) {
    MIL_WORD.lastIndex = p;
    return MIL_WORD.exec(r.text);
  }
  return null;
}

/** "millions et demi", "million and a half" right after the scale word. */
const HALF_AFTER_SCALE = new RegExp(`${SP}+(?:et${SP}+demie?|and${SP}+a${SP}+half)(?![\\p{L}])`, 'iuy');

/** Whether a currency word after a number is really the currency of that number. */
function acceptWordSuffix(r: Reader, wm: RegExpExecArray, fig: Figure, scaled: boolean, digits: boolean, end: number): boolean {
  const word = wm.groups!.cur!.toLowerCase();
  const fr = !!wm.groups!.fr;
  // French "de"/"d’" only follows a scale word: "30 millions d’euros", never "30 d’euros".
  if (fr && !scaled) return false;
  // "a billion-dollar company": a singular currency word after a number in words is an adjective.
  if (!digits && /^(?:dollar|euro|pound|rupee)$/.test(word)) return false;
  // Weights and verbs: "200 pounds", "lost 30 pounds", "3-2 won", "5 million pounds of plastic".
  // Pounds are weight as often as money: only with a scale, not "… pounds of", and in a text that shows
  // British money elsewhere ("29.4 million pounds" of halibut is a fishing quota).
  if (word === 'pounds' && (!scaled || !r.britishMoney || /^\s+of\b/i.test(r.text.slice(end, end + 4)))) return false;
  // Plain "francs" without a scale is a title or old French prices ("99 Francs"); Swiss/CFA francs stand.
  if (word === 'francs' && !scaled) return false;
  if (/^wons?$/.test(word) && !scaled && !/[,.\s\u00A0\u202F]\d{3}$/.test(fig.rawNumber)) return false;
  if (word === 'rand' && !scaled) return false;
  // "DH" after a figure is read in French text only (UAE outlets in English write "Dh" before the figure); which dirham, the
  // page says (guessDirham), as for "dirhams".
  if (/^dhs?$/.test(word) && r.lang !== 'fr') return false;
  // "Dong" and "Lira" are names, "taka" and "cedi" words of other languages: currencies only with a scale.
  if (/^(?:dong|vietnamese dong|liras?|taka|cedis?)$/.test(word) && !scaled) return false;
  return true;
}

/** Code around a "$": assignments, braces, `$name` variables, keywords of shells and assembly (never English words like "set"). */
const CODE_MARKS = /[{}=]|\$[A-Za-z_]|\blocal\.|\b(?:func|param|echo|printf|i32|i64|f32|f64)\b/;

/**
 * "$1" in code: '$1', "$2", `$3`, ${…}, "(local.get $0)". A bare "$" with a
 * small integer and no scale is checked against the code marks around it.
 */
function isCodeLike(text: string, start: number, end: number, raw: string, scaled: boolean): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (before === '`' || after === '`' || after === '}' || after === '{') return true;
  if ((before === "'" || before === '"') && after === before) return true;
  if (scaled || !/^\d{1,2}$/.test(raw)) return false;
  return CODE_MARKS.test(text.slice(Math.max(0, start - 30), start)) || CODE_MARKS.test(text.slice(end, end + 30));
}

/** A dollar-first currency mark ("$US", "$AU", "$A"): the same letters open spreadsheet cells ("$A1"). */
const DOLLAR_FIRST = /^\$[A-Z]/;

/** "=SUM($A1:$A10)", "$A$1": a dollar-first mark glued to a small unscaled integer between cell punctuation. */
function isCellReference(text: string, start: number, end: number, raw: string, scaled: boolean, gap: boolean): boolean {
  if (scaled || gap || !/^\d{1,5}$/.test(raw)) return false;
  return /[:$(=,]/.test(text[start - 1] ?? '') || /[:$),]/.test(text[end] ?? '');
}

/** The figure's value, or null when it is out of range. */
function valueOf(fig: Figure): number | null {
  const v = (fig.number + (fig.plusHalf ? 0.5 : 0)) * (fig.scale ?? 1);
  return Number.isFinite(v) && v <= MAX_VALUE ? v : null;
}

/** Read whatever figure starts exactly at `pos` (digits or words), or null. */
function readFigureAt(r: Reader, pos: number): Figure | null {
  DIGIT_FIGURE_AT.lastIndex = pos;
  const dm = DIGIT_FIGURE_AT.exec(r.text);
  if (dm) return readDigitFigure(r, dm);
  WORD_FIGURE_AT.lastIndex = pos;
  const wm = WORD_FIGURE_AT.exec(r.text);
  return wm ? readWordFigure(r, wm) : null;
}

function toMatch(r: Reader, fig: Figure, value: number, qualifier: Qualifier | null): MoneyMatch {
  return {
    value, currency: fig.currency!, text: r.text.slice(fig.start, fig.end), qualifier, equivalent: null,
    start: fig.start, end: fig.end,
  };
}

// ---------------------------------------------------------------------------
// The scan

/** Every money figure in `text`, left to right, non-overlapping. */
export function findMoney(text: string, context: MoneyContext = {}): MoneyMatch[] {
  const lang = (context.lang ?? '').slice(0, 2).toLowerCase();
  const r: Reader = {
    text, style: numberStyleOf(lang), lang, yen: context.yen ?? 'CNY', britishMoney: context.britishMoney ?? BRITISH_MONEY.test(text),
    localDollar: context.localDollar ?? null,
    localSigns: context.localSigns ?? pageLocalSigns(text),
    dirham: context.dirham ?? guessDirham(text, lang),
    lostSign: context.lostSign !== undefined ? context.lostSign : guessLostSign(text),
    franc: context.franc ?? guessFranc(text, lang),
    bareDollar: (context.bareDollar !== undefined ? context.bareDollar : context.localDollar !== undefined ? guessBareDollar(text, context.pageHost ?? null) : null) ?? 'USD',
    markedDollar: context.markedDollar !== undefined ? context.markedDollar : context.localDollar !== undefined ? guessMarkedDollar(text) : null,
  };
  const out: MoneyMatch[] = [];
  let rangeCounter = 0;
  let floor = 0; // nothing before this offset may be reused (previous match, its range partner, its restatement)
  let prev: MoneyMatch | null = null;
  /** Where the last figure read as money (with or without a written currency) ends: a list's next item may follow it. */
  let lastFigureEnd = -1;
  /** Where the last figure read with its currency ends (after its restatement): a list's next item may share that currency. */
  let lastMoneyEnd = -2;
  /** How many sums in a row took their currency from the sum before (SIBLING_SUM), since the last one that wrote it. */
  let siblingRun = 0;
  /** "X lève 40,5 millions", "Avec 9,3 millions levés": a scale word next to a raising verb, no currency written. */
  const bare: Figure[] = [];

  for (const cand of candidates(text)) {
    if (cand.index < floor) continue;
    const fig = cand.kind === 'digits' ? readDigitFigure(r, cand.m) : readWordFigure(r, cand.m);
    if (!fig) continue;
    const before = text.slice(Math.max(floor, fig.start - 40), fig.start);

    // Range: "$1.5-2.5 billion", "5 to 10 million euros", "between $1.5 trillion and $2.5 trillion".
    const range = readRangeEnd(r, fig, before);
    if (range) {
      const id = ++rangeCounter;
      out.push({ ...toMatch(r, range.low, range.lowValue, null), rangeId: id });
      out.push({ ...toMatch(r, range.high, range.highValue, null), rangeId: id });
      floor = range.high.end;
      continue;
    }

    // "respectivement 40 et 104 millions d’euros": one figure per number, all in the last one's scale and currency.
    const list = readRespectiveList(r, fig, text.slice(Math.max(0, fig.start - 60), fig.start));
    if (list) {
      for (const item of list) out.push(toMatch(r, item.fig, item.value, null));
      prev = out[out.length - 1]!;
      floor = list[list.length - 1]!.fig.end;
      continue;
    }

    // "2 millions d'euros (plus 1,2 million en dette)": a scaled number right after a figure,
    // joined by "plus"/"and another"/"dont", is in the same currency.
    if (!fig.currency && fig.wordScale && prev && ELLIPSIS_JOIN.test(text.slice(floor, fig.start))) {
      fig.currency = prev.currency;
    }
    // A list of sums writes the currency once: "580 millions d’euros pour Sorare, 473 millions pour Mirakl", "Wynd (72 millions
    // d’euros), Payfit (70 millions)". A later item's bare scaled sum, right after a sum that has its currency, takes it
    // (SIBLING_SUM).
    // At most SIBLING_RUN_MAX in a row: a longer run of bare sums is a table, whose items the compared-list reader
    // (compared-lists.ts) reads as a handful of yardsticks; and an ambiguous "1,200 millions" (one comma before three
    // digits) is left to that reader too, which reads the comma as thousands where French would read a decimal.
    const inherited = !fig.currency && fig.wordScale && prev && lastFigureEnd === lastMoneyEnd && siblingRun < SIBLING_RUN_MAX &&
      !AMBIGUOUS_THOUSANDS.test(fig.rawNumber) && isSiblingSum(text, fig, prev, lastMoneyEnd);
    if (inherited) fig.currency = prev!.currency;
    // "a 740 cr funding", "`2,345.6 crore" (a rupee sign printed as a backtick): crore and lakh only count Indian money.
    if (!fig.currency && fig.scale !== null && INDIAN_SCALE_END.test(text.slice(fig.start, fig.end)) && !COUNT_NOUN_AFTER.test(text.slice(fig.end, fig.end + 24))) {
      fig.currency = 'INR';
      if (text[fig.start - 1] === '`') fig.start -= 1;
    }
    if (!fig.currency) {
      if (fig.wordScale && (isBareRaise(text, fig, lastFigureEnd) || isFrenchBareSum(r, fig))) {
        bare.push(fig);
        lastFigureEnd = fig.end;
      }
      continue;
    }
    if (!fig.scale && !fig.hasPrefix && /^(?:1[89]|20)\d\d$/.test(fig.rawNumber) && YEAR_BASIS_BEFORE.test(before)) continue;
    const value = valueOf(fig);
    if (value === null) continue;

    const q = QUALIFIER_BEFORE.exec(before);
    const qualifier = q ? (q.groups!.tilde ? 'about' : qualifierOf(q.groups!.q!)) : null;
    const match = toMatch(r, fig, value, qualifier);
    floor = fig.end;

    const eq = readEquivalent(r, fig);
    if (eq) {
      match.equivalent = eq.equivalent;
      floor = eq.end;
      if (eq.localDollar) match.currency = eq.localDollar;
    }
    out.push(match);
    prev = match;
    lastFigureEnd = floor;
    lastMoneyEnd = floor;
    siblingRun = inherited ? siblingRun + 1 : 0;
  }
  if (bare.length === 0) return out;
  // The page's currency first; only a page that gives none (yet, for a paragraph-by-paragraph caller) lets a sentence decide.
  const pageCurrency = context.articleCurrency === undefined ? articleCurrencyOf(out) : context.articleCurrency;
  return pageCurrency ? withArticleCurrency(r, out, bare, pageCurrency) : withSentenceCurrency(r, out, bare);
}

/**
 * SIBLING_SUM: a list of sums that writes the currency on its first item only, each sum a list item of its own:
 * - joined by a comma or "et/and" in the same sentence, as isBareRaise reads a list ("580 millions d’euros pour Sorare, 473
 *   millions pour Mirakl", "$40 million for Kiplo and 12 million for Tilvo");
 * - or alone in its parentheses after a name, right after the previous sum's own parenthesis ("celles d’Actility (95 millions
 *   d’euros), ManoMano (60 millions)", "… (quatre millions d’euros). Derrière, Reev (3 millions)"): the parentheses mark the
 *   list, which may run over a sentence end, never over a paragraph.
 * Not a count ("5 millions d’euros, 2 millions de clients"), nor a parenthesis that says more than the sum ("(contre 3
 * millions)"), nor one after a sum that is not itself alone in parentheses ("5 millions d’euros de chiffre d’affaires (3
 * millions)"). Reads short windows around the two figures: linear.
 */
const PAREN_OPEN_BEFORE = new RegExp(`\\(${SP}*$`, 'u');
const PAREN_CLOSE_AFTER = new RegExp(`^${SP}*\\)`, 'u');
const SIBLING_REACH = 160;
/** The longest run of sums that take their currency from the one before (SIBLING_SUM). */
const SIBLING_RUN_MAX = 8;
/** "1,200": one comma before exactly three digits, thousands in English and a decimal in French. */
const AMBIGUOUS_THOUSANDS = /^\d{1,3},\d{3}$/;
/**
 * Round 42 (gapped lists of reviews, the verb and the currency written on the first item only): "Quuppa raised 20 million euros,
 * Klevu 12 million euros, …, Eniferbio 1 million euros and Sofi Filtration 3 million" (Arctic Startup, 959), "Abivax (…) a levé 223
 * millions d’euros, Amolyt Pharma (traitement contre les maladies endocriniennes rares) 130 millions" (Achat Logistique, 921): the
 * gap to the previous sum is a separator, then the next item's name (capitalised words, with an optional short description in
 * parentheses), nothing else; its bare scaled sum is a sibling like "…, 473 millions pour Mirakl". Anchored, words bounded: linear.
 */
const GAPPED_NAME_GAP = /^\s*(?:,\s*(?:(?:and|et)\s+)?|\s(?:and|et)\s+)[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*){0,3}(?:\s*\([^()\d]{1,80}\))?\s*$/u;

function isSiblingSum(text: string, fig: Figure, prev: MoneyMatch, prevEnd: number): boolean {
  if (fig.start < prevEnd || fig.start - prevEnd > SIBLING_REACH) return false;
  const after = text.slice(fig.end, fig.end + 24);
  if (COUNTED_AFTER.test(after) || COUNT_NOUN_AFTER.test(after)) return false;
  const gap = text.slice(prevEnd, fig.start);
  if (gap.length <= LIST_ITEM_REACH && !/[.!?;\n]/.test(gap) && (LIST_ITEM_BEFORE.test(gap) || GAPPED_NAME_GAP.test(gap))) return !PLURAL_HEAD_AFTER.test(after);
  return PAREN_OPEN_BEFORE.test(text.slice(Math.max(0, fig.start - 4), fig.start)) && PAREN_CLOSE_AFTER.test(after) &&
    PAREN_OPEN_BEFORE.test(text.slice(Math.max(0, prev.start - 4), prev.start)) && PAREN_CLOSE_AFTER.test(gap) && !gap.includes('\n');
}

/**
 * PLURAL_HEAD_AFTER: a list item's bare figure followed by a plural noun it counts ("…, and 2 million drivers use it", "40 million
 * Kenyans"): a count, whatever its noun (COUNT_NOUN_AFTER lists only the usual ones). A plural by its form: a lower-case word of
 * four letters or more ending in "s" (not "ss"), or a capitalised demonym plural ("-ans", "-ese"). French participles and adjectives
 * told of the sum ("levés", "supplémentaires") and "plus" are no counted noun. Anchored, one word: linear.
 */
const PLURAL_HEAD_AFTER = /^[\s\u00A0]+(?!(?:plus|levés|levées|récoltés|récoltées|collectés|collectées|rassemblés|supplémentaires|additionnels|nouveaux|respectivement|chacuns?|chacunes?)(?![\p{L}]))(?:\p{Ll}[\p{Ll}-]{2,}(?<!s)s|\p{Lu}\p{Ll}+(?:ans|ese))(?![\p{L}\p{N}])/u;
/** A figure ending in an Indian scale ("740 cr", "2,345.6 crore", "5 lakh"). */
const INDIAN_SCALE_END = /(?:crores?|lakhs?|lacs?|cr)$/i;
/** "2 crore users", "5 lakh farmers": crore and lakh also count people and things. */
const COUNT_NOUN_AFTER = /^[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+)?(?:users|people|customers|subscribers|downloads|installs|units|tonnes|tons|farmers|students|jobs|households|homes|vehicles|merchants|sellers|transactions|orders|visitors|members|views|doses|patients|workers|women|men|children|citizens|voters|accounts|devices|litres|liters|kg|km|acres|hectares|trees|cases|tests|deliveries|rides|trips|items|copies|packets|meals|lives|beneficiaries|families|followers|listeners|readers|viewers|learners|borrowers|loans|shares|of)(?![\p{L}\p{N}])/iu;
/**
 * Right before a scaled number without currency, what makes it money raised or invested: a raising or investing verb
 * ("lève 40,5 millions", "en apportant 0,6 million", "netted 3 million"), or a money noun and its preposition
 * ("l'investissement de 215 millions", "des rounds à 96,2 millions", "a funding round of 5 million").
 */
const BARE_RAISE_BEFORE = new RegExp(
  '(?:\\b(?:raised|raises|raise|secured|secures|invested|invests|netted|injected)' +
  '|(?<![\\p{L}])(?:lève|lèvent|levé|récolte|récolté|obtient|obtenu|boucle|bouclé|amassé|apportant|apporté|apporte|injecté|injecte|investi|investit|investissant)' +
  '|(?<![\\p{L}])(?:investissements?|levée(?:\\s+de\\s+fonds)?|financement|tour\\s+de\\s+table|apport|injection|rounds?|investments?|funding|financing)\\s+(?:de|d[’\']|à|of))' +
  '\\s+(?:(?:plus de|près de|environ|more than|about|some|nearly|over)\\s+)?$', 'iu');
const BARE_RAISE_AFTER = /^\s+(?:levés|levées|récoltés|rassemblés|collectés|investis|injectés|apportés|raised)(?![\p{L}])/iu;
/**
 * A later item of a list of sums, right after a figure read as money in the same sentence: "215 millions dans
 * l'application Hopper et de 53 millions dans …", "96,2 millions dans le cas de CeQur, de 77 millions dans celui …".
 */
const LIST_ITEM_BEFORE = /(?:,|\s(?:et|ou|and|or)(?:\s+bien)?(?:\s+encore)?)\s+(?:de\s+|d[’']\s?|of\s+)?$/iu;
/** How far back such a list's previous sum may be. */
const LIST_ITEM_REACH = 120;
/** "5 millions d’utilisateurs", "2 million of its shares": a scaled number followed by what it counts is not money. */
const COUNTED_AFTER = /^[\s\u00A0]*(?:(?:de|of)(?![\p{L}])|d[’'])/iu;

/**
 * FRENCH_BARE_SUM: French reviews write the currency once and then bare sums, each closing its clause or followed by
 * what it went to: "ainsi que celle de Mindmaze, … avec 100 millions." (Le Temps, 876), "a mobilisé 20 millions de
 * dollars, contre 5 millions pour Instabug" (Ona-tech, 737), "avec 21,3 millions pour Imcyse" (L’Echo, 873). A scaled
 * number followed by a full stop, a semicolon, a closing parenthesis or "pour"/"dans" names no counted noun, so it is
 * a sum (not a comma: "Et 3 millions, c’est le nombre de visiteurs" goes on to say what it counts); it takes the page's
 * currency only (withArticleCurrency), never in a paragraph that writes another one. A noun after the number
 * ("2 millions d’utilisateurs", "3 millions habitants") is a count: COUNTED_AFTER and COUNT_NOUN_AFTER still rule first.
 */
const FRENCH_BARE_SUM_AFTER = /^(?:[\s\u00A0]*[.;)]|[\s\u00A0]+(?:pour|dans)(?![\p{L}]))/u;
/**
 * And the sum is an item of a comparison or list, after "avec", "contre", "dont" or "et": not a target ("valorisées
 * plusieurs milliards d’euros, mais le chemin est long jusqu’aux 100 milliards", franceinfo 591) nor a year's total told
 * with a verb ("en levant 206 millions pour leur développement", 24 heures 288), which BARE_RAISE_BEFORE weighs.
 */
const FRENCH_BARE_SUM_BEFORE = /(?<![\p{L}])(?:avec|contre|dont|et)[\s\u00A0]+(?:(?:plus de|près de|environ)[\s\u00A0]+)?$/iu;

/**
 * Earlier in the same sentence, a scaled number that counts something ("2 millions d’utilisateurs, contre 1 million pour
 * son rival"): the bare number that follows counts the same thing.
 */
const COUNT_EARLIER = /(?:millions?|milliards?)[\s\u00A0]+(?:de|d['’])[\s\u00A0]*(?!(?:euros?|dollars?|francs?|livres?|dirhams?)(?![\p{L}]))\p{L}/u;
const SENTENCE_START = /[.!?\n](?=[^.!?\n]*$)/u;

/** Whether a scaled French number without currency closes its clause or says what it went to (FRENCH_BARE_SUM). */
function isFrenchBareSum(r: Reader, fig: Figure): boolean {
  if (r.lang !== 'fr' || !FRENCH_BARE_SUM_AFTER.test(r.text.slice(fig.end, fig.end + 8))) return false;
  const before = r.text.slice(Math.max(0, fig.start - SENTENCE_REACH), fig.start);
  if (!FRENCH_BARE_SUM_BEFORE.test(before.slice(-24))) return false;
  const start = SENTENCE_START.exec(before);
  return !COUNT_EARLIER.test(start ? before.slice(start.index) : before);
}

/** Whether a scaled number written without currency is told as money raised or invested (see BARE_RAISE_BEFORE). */
function isBareRaise(text: string, fig: Figure, lastFigureEnd: number): boolean {
  const after = text.slice(fig.end, fig.end + 24);
  if (BARE_RAISE_AFTER.test(after)) return true;
  if (COUNTED_AFTER.test(after) || COUNT_NOUN_AFTER.test(after)) return false;
  const before = text.slice(Math.max(0, fig.start - 40), fig.start);
  if (BARE_RAISE_BEFORE.test(before)) return true;
  if (lastFigureEnd < 0 || fig.start - lastFigureEnd > LIST_ITEM_REACH) return false;
  const gap = text.slice(lastFigureEnd, fig.start);
  return !/[.!?;\n]/.test(gap) && LIST_ITEM_BEFORE.test(gap);
}

/**
 * SENTENCE_CURRENCY: a sentence that writes its currency once, beside a bare sum told as money raised, means that currency
 * by the bare sum too: "Après une première grosse levée de 90 millions fin 2020, la pépite Exotec … vient de lever 335 millions
 * de dollars" (Stratégies, 996), "Swvl … a mobilisé 20 millions de dollars, contre 5 millions pour Instabug … et 3,5 millions
 * pour Brimore" (Ona-tech, 737): pages with a single written figure, where the article's currency (withArticleCurrency, two
 * figures at least) gives none. On a page whose currency is unknown, a bare sum takes the one currency every other figure of
 * its sentence writes; never when the sentence writes two (a restatement counts as a second), nor none. The sentence ends
 * at a stop before a space, a line break, or SENTENCE_REACH characters either side. Cost: each bare sum left without a currency
 * scans the written figures once (overlap test, sentenceCurrency), so O(bare × written), not linear (review of session 22,
 * finding 12). Bounded in practice: bare sums beside a written sibling take its currency first (isSiblingSum, in the figure loop)
 * and so few reach here; the review's 60,000-figure probe ran in 1.3 s against 1.9 s before SENTENCE_CURRENCY. If a page
 * ever makes it show, sort `out` once and binary-search each sentence's [from, to).
 */
function withSentenceCurrency(r: Reader, out: MoneyMatch[], bare: Figure[]): MoneyMatch[] {
  const added: MoneyMatch[] = [];
  for (const fig of bare) {
    if (out.some((m) => m.start < fig.end && fig.start < m.end)) continue;
    // "…, and 3 million riders book with it": a list item that counts a plural is no sum (PLURAL_HEAD_AFTER).
    if (PLURAL_HEAD_AFTER.test(r.text.slice(fig.end, fig.end + 40))) continue;
    const currency = sentenceCurrency(r.text, out, fig);
    const value = currency === null ? null : valueOf(fig);
    if (currency === null || value === null) continue;
    added.push({ ...toMatch(r, { ...fig, currency }, value, null), currencyFromSentence: true });
  }
  return added.length === 0 ? out : [...out, ...added].sort((a, b) => a.start - b.start);
}

/** The one currency the figures of `fig`'s sentence write (SENTENCE_CURRENCY), or null. */
function sentenceCurrency(text: string, out: readonly MoneyMatch[], fig: Figure): string | null {
  const head = text.slice(Math.max(0, fig.start - SENTENCE_REACH), fig.start);
  const from = fig.start - head.length + Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n')) + 1;
  const tail = text.slice(fig.end, fig.end + SENTENCE_REACH);
  const stop = tail.search(/[.!?](?:\s|$)|\n/);
  const to = fig.end + (stop < 0 ? tail.length : stop);
  const currencies = new Set<string>();
  for (const m of out) {
    if (m.start < from || m.end > to) continue;
    currencies.add(m.currency);
    if (m.equivalent) currencies.add(m.equivalent.currency);
  }
  return currencies.size === 1 ? [...currencies][0]! : null;
}

/**
 * A scaled figure with no currency, told as money raised ("X lève 40,5
 * millions"), takes the article's currency: the one most of its figures use,
 * when at least two figures agree and it is the only currency written.
 * Conservative on purpose: an article mixing currencies gives none.
 */
function withArticleCurrency(r: Reader, out: MoneyMatch[], bare: Figure[], currency: string | null): MoneyMatch[] {
  if (!currency) return out;
  const added: MoneyMatch[] = [];
  for (const fig of bare) {
    if (out.some((m) => m.start < fig.end && fig.start < m.end)) continue;
    if (writesOtherCurrency(r.text, out, fig, currency)) continue;
    const value = valueOf(fig);
    if (value === null) continue;
    added.push(toMatch(r, { ...fig, currency }, value, null));
  }
  return added.length === 0 ? out : [...out, ...added].sort((a, b) => a.start - b.start);
}

/** Whether the bare figure's paragraph holds a figure in another currency than the page's: its bare sums are then left unread (PAGE_CURRENCY). */
function writesOtherCurrency(text: string, out: readonly MoneyMatch[], fig: Figure, currency: string): boolean {
  const from = text.lastIndexOf('\n\n', fig.start) + 1;
  const next = text.indexOf('\n\n', fig.end);
  const to = next < 0 ? text.length : next;
  return out.some((m) => m.currency !== currency && m.start >= from && m.end <= to);
}

interface Candidate { index: number; kind: 'digits' | 'words'; m: RegExpExecArray }

/** Figure starts of both kinds, merged in text order (each regex is one linear pass). */
/**
 * Figure starts of both kinds, in text order. Scanning with DIGIT_FIGURE or
 * WORD_FIGURE directly would try their long alternations at every offset;
 * instead we jump to digit runs and to scale words (fast literal scans), look
 * a few characters back for a prefix or for number words, and confirm with
 * the sticky forms of the same regexes.
 */
function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const runs = /\d+/g;
  for (let run = runs.exec(text); run; run = runs.exec(text)) {
    const p = run.index;
    // The "5" of "1.5" or "1,5": inside a number we skipped or refused.
    if (p >= 2 && (text[p - 1] === '.' || text[p - 1] === ',') && /\d/.test(text[p - 2]!)) continue;
    const sliceStart = Math.max(0, p - 8);
    // Most numbers have no prefix: look for one only after a character a prefix can end with.
    const glued = text[p - 1] === ' ' || text[p - 1] === '\u00A0' || text[p - 1] === '\u202F' ? text[p - 2] : text[p - 1];
    const pre = glued !== undefined && PREFIX_LAST_CHAR.test(glued) ? PREFIX_BEFORE.exec(text.slice(sliceStart, p)) : null;
    let m: RegExpExecArray | null = null;
    if (pre) {
      DIGIT_FIGURE_AT.lastIndex = sliceStart + pre.index;
      m = DIGIT_FIGURE_AT.exec(text);
    }
    if (!m) {
      DIGIT_FIGURE_AT.lastIndex = p;
      m = DIGIT_FIGURE_AT.exec(text);
    }
    if (!m) continue;
    out.push({ index: m.index, kind: 'digits', m });
    // Never restart inside this number ("1 500 000" holds the runs "500" and "000").
    runs.lastIndex = Math.max(runs.lastIndex, m.index + m[0].length);
  }
  const scales = /million|billion|trillion|milliard/gi;
  for (let sc = scales.exec(text); sc; sc = scales.exec(text)) {
    // Cheap test first: the word right before the scale must be a number word ("two million", "a billion").
    const last = LAST_WORD.exec(text.slice(Math.max(0, sc.index - 16), sc.index));
    if (!last || !(last[1]!.toLowerCase() in NUMBER_WORDS || /^(?:a|an|demi|hundred|cents?|half)$/i.test(last[1]!))) continue;
    const sliceStart = Math.max(0, sc.index - 80);
    const w = WORDS_BEFORE.exec(text.slice(sliceStart, sc.index));
    if (!w) continue;
    WORD_FIGURE_AT.lastIndex = sliceStart + w.index;
    const m = WORD_FIGURE_AT.exec(text);
    if (m && !VAGUE_QUANTIFIER_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) out.push({ index: m.index, kind: 'words', m });
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Round 40: "several hundred million yuan", "a few hundred million dollars", "multi-hundred-million yuan": a vague quantifier
 * before the number words leaves the amount untold (the press's way of not disclosing it: 1117 lavx, Xiaoyu Robotics' Series B+;
 * the gold records such rounds with no amount), so "hundred million yuan" is no figure of its own. The round is read as a
 * withheld amount (amountless-rounds.ts VAGUE_AMOUNT).
 */
const VAGUE_QUANTIFIER_BEFORE = /(?<![\p{L}])(?:several|a few|few|many|multiple|multi|some)[\s\u2011-]+$/iu;

/** "respectively" / "respectivement" just before a list of figures or right after it. */
const RESPECTIVELY_BEFORE = /(?:respectively|respectivement)[^.;!?\n]{0,40}$/iu;
const RESPECTIVELY_AFTER = new RegExp(`^,?${SP}*\\(?(?:respectively|respectivement)(?![\\p{L}])`, 'iu');
/** Between two numbers of such a list: "40, 60 et 104", "$40 and $104". */
const LIST_JOIN = new RegExp(`${SP}*,${SP}*(?:(?:and|et)${SP}+)?|,?${SP}+(?:and|et)${SP}+`, 'iuy');
/** Longest list read: news lists three or four figures at most. */
const MAX_LIST_ITEMS = 6;

/**
 * A list of figures whose scale or currency is written once, after the last
 * number, and belongs to every number:
 *   - told with "respectively" ("ont levé respectivement 40 et 104 millions
 *     d’euros", "raised $40 and $104 million, respectively"): the scale too;
 *   - every number with its own currency sign ("$385 and $98 million"): the scale too;
 *   - every number with its own scale word, the currency once ("investments
 *     worth 47.8 billion and 27 billion won each"): no "respectively" needed.
 * Null unless the first number lacks a scale or currency and the last has both.
 */
function readRespectiveList(r: Reader, first: Figure, before: string): Array<{ fig: Figure; value: number }> | null {
  if (first.hasSuffix || (first.scale !== null && first.currency)) return null;
  const items: Figure[] = [first];
  let last = first;
  while (items.length < MAX_LIST_ITEMS) {
    LIST_JOIN.lastIndex = last.end;
    const j = LIST_JOIN.exec(r.text);
    if (!j) return null;
    const next = readFigureAt(r, j.index + j[0].length);
    if (!next) return null;
    items.push(next);
    last = next;
    if (next.hasSuffix || (next.scale !== null && next.currency)) break;
  }
  if (last.scale === null || !last.currency) return null;
  const currency = last.currency;
  if (items.some((item) => item.currency && item.currency !== currency)) return null;
  const eachScaled = items.every((item) => item.wordScale);
  // ELIDED_SCALE: every number with its own currency sign, the scale once at the end ("Deliveroo raised $385 and $98 million",
  // "their €823 and €672 million Series-C rounds"): the sign repeated on each number marks a list of sums, and only the scale was
  // left out (blind 824 Orsasaiwai; 282 DigitalSevaa writes the same with "respectively"). A range ("between $3 and $20 million")
  // is read before this.
  const eachSigned = items.every((item) => item.hasPrefix && item.currency === currency);
  if (!eachScaled && !eachSigned && !RESPECTIVELY_BEFORE.test(before) && !RESPECTIVELY_AFTER.test(r.text.slice(last.end, last.end + 30))) return null;
  const out: Array<{ fig: Figure; value: number }> = [];
  for (const item of items) {
    // A number written out in full ("$150,000 and $5 million, respectively") is its own amount: only a
    // short number ("40 et 104 millions") borrows the scale written once at the end.
    const plain = item.scale === null ? valueOf({ ...item, currency: item.currency ?? currency }) : null;
    const scale = item.scale ?? (plain !== null && plain < 1000 ? last.scale : null);
    const fig: Figure = { ...item, scale, currency: item.currency ?? currency };
    const value = valueOf(fig);
    if (value === null) return null;
    out.push({ fig, value });
  }
  return out;
}

interface RangeRead { low: Figure; high: Figure; lowValue: number; highValue: number }

/**
 * If `low` is the first bound of a range, read the second and return both.
 * The first bound borrows the scale and currency it lacks from the second
 * ("$1.5-2.5 billion", "5 to 10 million euros"); the second borrows the
 * currency from the first ("between $1.5 trillion and 2.5 trillion").
 */
function readRangeEnd(r: Reader, low: Figure, before: string): RangeRead | null {
  RANGE_JOIN.lastIndex = low.end;
  const j = RANGE_JOIN.exec(r.text);
  if (!j) return null;
  const word = j.groups!.word?.toLowerCase();
  const incomplete = low.scale === null && !low.hasSuffix;
  if (word === 'and' || word === 'et') {
    if (!BETWEEN_BEFORE.test(before)) return null;
  } else if (word === 'to' || word === 'à') {
    if (FROM_BEFORE.test(before)) return null;
  }
  const high = readFigureAt(r, j.index + j[0].length);
  if (!high) return null;
  const lowFig: Figure = { ...low };
  const highFig: Figure = { ...high };
  if (incomplete) {
    // "$1.5-2.5 billion": the scale and suffix after the second number cover both.
    if (highFig.scale === null && !highFig.hasSuffix && !highFig.hasPrefix) return null;
    if (lowFig.scale === null) lowFig.scale = highFig.scale;
    lowFig.currency ??= highFig.currency;
  } else {
    // A complete first figure: the second must be a figure too, not "– 20 employees".
    if (highFig.scale === null && !highFig.hasPrefix && !highFig.hasSuffix) return null;
    const ownCurrency = highFig.hasPrefix || highFig.hasSuffix;
    // "$1 million to 20 million users": after a complete figure, "to" needs a second currency.
    if (word === 'to' || word === 'à') { if (!ownCurrency) return null; }
    else if (!word && !ownCurrency && lowFig.scale !== highFig.scale) return null;
  }
  highFig.currency ??= lowFig.currency;
  if (!lowFig.currency || lowFig.currency !== highFig.currency) return null;
  const lowValue = valueOf(lowFig);
  const highValue = valueOf(highFig);
  if (lowValue === null || highValue === null || lowValue >= highValue) return null;
  return { low: lowFig, high: highFig, lowValue, highValue };
}

/** A restatement of `fig` in another currency right after it. */
function readEquivalent(r: Reader, fig: Figure): { equivalent: MoneyEquivalent; end: number; localDollar?: string } | null {
  EQUIVALENT_JOIN.lastIndex = fig.end;
  const j = EQUIVALENT_JOIN.exec(r.text);
  if (!j) return null;
  const other = readFigureAt(r, j.index + j[0].length);
  if (!other || !other.currency) return null;
  const value = valueOf(other);
  if (value === null) return null;
  const equivalent = { value, currency: other.currency, text: r.text.slice(other.start, other.end) };
  const own = valueOf(fig);
  const differs = own !== null && Math.abs(own - value) > 0.02 * Math.max(own, value);
  if (other.currency === fig.currency && !isMarked(other) && other.currency === 'USD' && isMarked(fig) && r.localDollar && differs) {
    // "US$8.02 billion ($11.2 billion)" in a Singapore outlet: the bare "$" restating US dollars at another value is the local dollar.
    return { equivalent: { ...equivalent, currency: r.localDollar }, end: afterSecondEquivalent(r, fig, other) };
  }
  if (other.currency === fig.currency) {
    // "$28.35m (US$20m)", "$137.5 million ($102 million USD)": a bare "$" restated in US dollars at another value is a local
    // dollar (SGD, AUD, CAD…).
    if (!isMarked(fig) && fig.currency === 'USD' && r.bareDollar === 'USD' && isMarked(other) && r.localDollar && differs) {
      return { equivalent, end: afterSecondEquivalent(r, fig, other), localDollar: r.localDollar };
    }
    return null;
  }
  return { equivalent, end: afterSecondEquivalent(r, fig, other) };
}

/**
 * Whether a figure's dollar is written out: a currency prefix other than a bare "$" ("US$20m", "S$5m"), or a bare "$" that a
 * code after the number refines ("$102 million USD": the same mark as "US$102 million", written the other way round; BetaKit,
 * U of T and Montreal in Technology write it so: 09, 449, 477, 563).
 */
function isMarked(fig: Figure): boolean {
  return !fig.genericPrefix || fig.hasSuffix;
}

/**
 * Where the restatement ends: after `other`, or after a second restatement in
 * yet another currency inside the same parenthesis ("£10m (€11.5m / $13m)"),
 * which the Money type has no room for but must not become a figure of its own.
 */
function afterSecondEquivalent(r: Reader, fig: Figure, other: Figure): number {
  if (!r.text.slice(fig.end, other.start).includes('(')) return other.end;
  SECOND_EQUIVALENT_JOIN.lastIndex = other.end;
  const j = SECOND_EQUIVALENT_JOIN.exec(r.text);
  if (!j || j[0].trim() === '') return other.end;
  const third = readFigureAt(r, j.index + j[0].length);
  if (!third || !third.currency || third.currency === fig.currency || third.currency === other.currency) return other.end;
  return /^\s*\)/.test(r.text.slice(third.end, third.end + 3)) ? third.end : other.end;
}

/** Cues of a country whose currency is also written "$". */
const LOCAL_DOLLAR_CUES: Array<[string, RegExp]> = [
  ['SGD', /\b(?:Singapore|Singaporean|S\$|SGD)\b/g],
  ['AUD', /\b(?:Australia|Australian|Sydney|Melbourne|A\$|AUD)\b/g],
  ['CAD', /\b(?:Canada|Canadian|Toronto|Montr[ée]al|Vancouver|C\$|CAD)\b/g],
  ['HKD', /\b(?:Hong Kong|HK\$|HKD)\b/g],
  ['NZD', /\b(?:New Zealand|Auckland|NZ\$|NZD)\b/g],
  ['TWD', /\b(?:Taiwan|Taiwanese|Taipei|NT\$|TWD)\b/g],
];

/**
 * The country domain of a page's host ("www.betakit.ca", "smartcompany.com.au", "nzherald.co.nz"): the dollar its own
 * writers mean by "$". A generic host (.com, .io, .news) says nothing.
 */
const HOST_DOLLAR: Array<[string, RegExp]> = [
  ['CAD', /\.ca$/],
  ['AUD', /\.au$/],
  ['NZD', /\.nz$/],
  ['SGD', /\.sg$/],
  ['HKD', /\.hk$/],
];

/** The dollar of the country whose domain the page is served from, or null. */
export function hostDollar(host: string | null | undefined): string | null {
  if (!host) return null;
  const h = host.toLowerCase().replace(/\.$/, '');
  for (const [code, re] of HOST_DOLLAR) if (re.test(h)) return code;
  return null;
}

/**
 * How much a country domain weighs against the places the text names: a Singapore outlet's "$28.35m (US$20m)" is SGD
 * even when the story names no place, but an Auckland story on a Sydney site, named three times, is NZD.
 */
const HOST_WEIGHT = 2;

/** The local dollar an article most likely means by a bare "$" restated as "(US$…)", or null without any cue. */
export function guessLocalDollar(articleText: string, host: string | null = null): string | null {
  const fromHost = hostDollar(host);
  let best: { code: string; n: number } | null = null;
  for (const [code, re] of LOCAL_DOLLAR_CUES) {
    const n = (articleText.match(re)?.length ?? 0) + (code === fromHost ? HOST_WEIGHT : 0);
    if (n > 0 && (!best || n > best.n)) best = { code, n };
  }
  return best?.code ?? null;
}

/**
 * The dollars whose own outlets write them as a bare "$" (SmartCompany's
 * "$140 million" is Australian). Singapore and Hong Kong outlets write "S$" /
 * "HK$" for theirs, so a bare "$" there is US (a restatement may still say
 * otherwise: guessLocalDollar).
 */
interface BareDollarCountry {
  code: string;
  /** The country, its people, its main cities and its exchange: counted. */
  place: RegExp;
  /** Words only a local writer uses of their own country ("Aussie startups"). */
  colloquial: RegExp;
  /** Its dollar written the wire-service way ("A$5 million", "AUD", "Australian dollars"): such a page writes its local dollars out. */
  ownMark: RegExp;
  /** Its dollar written dollar-first ("$AU235 million"), the house style of outlets whose bare "$" is local. */
  dollarFirst: RegExp;
  /** American spellings this country does not share: Canadian English writes "organization" but "centre", "colour". */
  americanSpelling: RegExp;
  /**
   * The country's own scene named by its demonym ("Australian startups", "Canadian investors", "Aussie founders"): the frame
   * of a local roundup, rarer in a foreign outlet's single-deal story (sceneOf).
   */
  scene: RegExp;
  /** The same scene named by its places' possessive ("B.C.'s technology sector"), global for counting (possessiveSceneOf). */
  possessiveScene: RegExp;
  /** A company placed in the country: "Toronto-based", "Sydney-headquartered", "Auckland-founded". */
  based: RegExp;
}

/** The scene called local or "here" ("local startups", "Local VCs", "here in Edmonton"): the writer is inside the country. */
const LOCAL_SCENE = /\b(?:[Ll]ocal|[Hh]omegrown|[Hh]ome-grown) (?:startups?|start-ups?|VCs?|venture capital(?:ists)?|founders?|investors?|tech(?: companies| firms| scene| sector| ecosystem)?|ecosystem)\b|\bhere in \p{Lu}/u;
/**
 * What follows a demonym when it names the country's startup scene. A singular count noun right before a capitalised
 * word is one company's descriptor, not the scene ("Canadian startup Feldan Therapeutics pocketed $12.5 million" on a
 * US trade outlet; "a Kiwi start-up, Vend" on a Sydney paper's page): a foreign outlet writes that as often as a local one.
 * The singular stays a scene word elsewhere ("Canadian startup news", "the Australian startup ecosystem").
 */
const SCENE_NOUN = String.raw`(?:(?:startup|start-up|founder|VC|scaleup)(?:s|(?![\s\u00A0]*,?[\s\u00A0]+\p{Lu}))|venture capital(?:ists)?|investors|tech (?:companies|firms|scene|sector|ecosystem)|ecosystem)`;

/**
 * The scene named by the place's possessive ("B.C.'s technology sector", "Canada's best startups", "Brisbane's startup
 * community", "Australia's VC industry"): the same frame as the scene named by demonym, written the other way (Business in
 * Vancouver's column, BrainStation, The Startup Journal). Up to two lower-case words between ("Canada's flourishing tech
 * sector"); a sector of another kind ("Canada's mining sector") is no startup scene.
 */
const POSSESSIVE_SCENE = String.raw`['\u2019]s[\s\u00A0](?:\p{Ll}[\p{Ll}-]*[\s\u00A0]){0,2}?` +
  String.raw`(?:(?:tech(?:nology)?|startup|start-up|venture(?:[\s\u00A0]capital)?|VC|innovation)[\s\u00A0](?:sectors?|scenes?|ecosystems?|community|industry|companies|firms|investors|startups|start-ups)|startups|start-ups|founders|VCs)\b`;

/** The country's scene named by its demonym. */
function sceneOf(demonyms: string): RegExp {
  return new RegExp(String.raw`\b(?:${demonyms})[\s\u00A0]${SCENE_NOUN}\b`, 'u');
}

/**
 * The country's scene named by a place's possessive (POSSESSIVE_SCENE), not inside an apposition to one company ("Kiplo, one of
 * Canada's hottest startups, raised $20 million": a US or wire story on a Canadian startup writes that as often as a local one).
 */
function possessiveSceneOf(place: RegExp): RegExp {
  return new RegExp(String.raw`(?<!\bone[\s\u00A0]of[\s\u00A0](?:the[\s\u00A0])?|\bamong[\s\u00A0])(?:${place.source})${POSSESSIVE_SCENE}`, 'gu');
}

/** A bare "$" figure, counted (BARE_DOLLAR without its single-match use). */
const BARE_DOLLAR_EACH = /(?<![\p{L}\p{N}$])\$[\s\u00A0]?\d/gu;
/**
 * How many bare "$" figures make a page tell several sums: a roundup or a local column (Business in Vancouver 882: 17, BrainStation
 * 645: 7, The Startup Journal 246: 3) rather than one deal's story ("raised $20 million … a sign of Canada's growing tech sector").
 */
const SEVERAL_BARE_FIGURES = 3;

/**
 * The possessive scene as a local voice: alone it is also a foreign outlet's aside in a single-deal story ("The deal is a sign of
 * Canada's growing tech sector"), so it needs a second sign of a local page: the scene named twice, or several bare figures.
 */
function possessiveSceneHolds(text: string, country: BareDollarCountry): boolean {
  const n = text.match(country.possessiveScene)?.length ?? 0;
  return n >= 2 || (n === 1 && (text.match(BARE_DOLLAR_EACH)?.length ?? 0) >= SEVERAL_BARE_FIGURES);
}

/**
 * American and Commonwealth spellings of the same common words: Australian, New Zealand and Canadian outlets write
 * "organisation", "centre", "favour". Lower case only: "eStruxture Data Centers" is a name, not the writer's spelling.
 */
const AMERICAN_SPELLING = /\b(?:organiz\w*|realiz\w*|recogniz\w*|specializ\w*|prioritiz\w*|utiliz\w*|center|centers|color|colors|favor|favorite|behavior)\b/g;
/** The American spellings Canadian English does not share (it writes "organization" and "realize" too). */
const AMERICAN_ONLY_SPELLING = /\b(?:center|centers|color|colors|favor|favorite|behavior)\b/g;
const COMMONWEALTH_SPELLING = /\b(?:organis\w*|realis\w*|recognis\w*|specialis\w*|prioritis\w*|utilis\w*|centre|centres|colour|colours|favour|favourite|behaviour)\b/g;

/**
 * CANADA_PLACE_ABBREVIATION: "B.C." (British Columbia) with its dots, not after a number ("500 B.C." is a year) nor inside a
 * longer abbreviation; or "BC" right after a British Columbia city and its comma ("Kelowna, BC"). Bounded look-behinds, tried only at "B": linear.
 */
const CANADA_PLACE_ABBREVIATION = String.raw`(?<![\p{L}\p{N}.]|\p{N}[\s\u00A0])B\.C\.(?![\p{L}\p{N}])` +
  String.raw`|(?<=\b(?:Vancouver|Victoria|Burnaby|Surrey|Richmond|Kelowna|Kamloops|Nanaimo|Coquitlam|Abbotsford|Whistler|Squamish|Langley|Delta),[\s\u00A0]?)BC(?![\p{L}\p{N}])`;

/**
 * Australia, its people, its main cities, its states and its exchange. The states too (round 34), as Canada's provinces
 * already were: a Brisbane or Gold Coast outlet frames its scene by its state ("Queensland's startup community"), and the
 * possessive scene (possessiveSceneOf) reads every place counted here. Not "Victoria": also British Columbia's capital.
 */
const AUSTRALIA_PLACE = /\b(?:Australia|Australians?|Aussies?|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Hobart|Queensland|New South Wales|Tasmania|Gold Coast|ASX)\b/g;
/**
 * New Zealand, its people, its main cities, regions and its exchange (the regions: round 34, as for Australia's states;
 * Otago and Dunedin are the New Zealand Herald's, 934; not "Hamilton" nor "Canterbury", places elsewhere too).
 */
const NEW_ZEALAND_PLACE = /\b(?:New Zealand(?:ers?)?|Kiwis?|Auckland|Wellington|Christchurch|Dunedin|Otago|Waikato|Tauranga|NZX)\b/g;
/**
 * Canada, its people, its main cities, provinces and exchange. British Columbia by its usual abbreviation too (Business in
 * Vancouver, the Vancouver Sun: "Burnaby, B.C.-based", "Vancouver, BC"): with its dots, not after a year ("500 B.C."), or
 * bare "BC" only after a British Columbia city and its comma, since a lone "BC" is also "before Christ" or a company's
 * initials (CANADA_PLACE_ABBREVIATION).
 */
const CANADA_PLACE = new RegExp(String.raw`\b(?:Canada|Canadians?|Toronto|Montr[eé]al|Vancouver|Ottawa|Calgary|Edmonton|Winnipeg|Halifax|Saskatoon|Kitchener|Mississauga|TSXV?|Qu[eé]bec|Ontario|Alberta|British Columbia|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland)\b|${CANADA_PLACE_ABBREVIATION}`, 'gu');

/**
 * DOLLAR_MARKS: "a dollar written with its country", one row per dollar, read two ways from the same row:
 *   - on a page (pageDollarMark: US_MARK and each country's ownMark): the row's `signs` ("US$", "A$", "USD") after no letter
 *     (and, for a local dollar, no "$": "$A$" is no mark), or its `words` ("US dollars", "Australian dollars"). Bare letters are
 *     no mark there: "US" alone on a page is the country;
 *   - in a figure's own text (dollarMarkOf, for funding.ts's merging of a bare figure with its marked restatement): any of the
 *     row's `letters` standing as a word ("$15M USD", "US$15M", "15 M$ US", "$AU235 million", "dollars américains") or its
 *     `glued` sign ("C$15M", "S$2m"): inside a figure, "US" or "CA" can only mark the dollar.
 * Kept in one table so the two readings cannot drift apart (session 22, item 4: they were two lists with different sets).
 */
interface DollarMark {
  code: string;
  /** Signs and codes written on a page, as regex sources: "US\$", "USD". */
  signs: readonly string[];
  /** The dollar named in words, as a regex source: "Australian dollars?". */
  words?: string;
  /** Whether a "$" right before a sign voids it on a page ("$A$1" is a cell reference, "$AU" a dollar-first mark read apart). */
  noDollarBefore: boolean;
  /** Letters that mark the dollar when they stand as a word in a figure's own text ("US", "USD", "canadiens"). */
  letters: readonly string[];
  /** One capital glued before "$" that marks the dollar in a figure's text ("C$", "A$", "S$"). */
  glued?: string;
}
const DOLLAR_MARKS: readonly DollarMark[] = [
  { code: 'USD', signs: ['US\\$', 'U\\.S\\.\\s?\\$', '\\$US', 'USD'], words: '(?:US|U\\.S\\.) dollars?', noDollarBefore: false, letters: ['US', 'USD', 'U\\.S\\.', 'américains?'] },
  { code: 'AUD', signs: ['A\\$', 'AU\\$', 'AUD'], words: 'Australian dollars?', noDollarBefore: true, letters: ['AUD', 'AU', 'australiens?'], glued: 'A' },
  { code: 'NZD', signs: ['NZ\\$', 'NZD'], words: 'New Zealand dollars?', noDollarBefore: true, letters: ['NZD', 'NZ'] },
  { code: 'CAD', signs: ['C\\$', 'CA\\$', 'CAD'], words: 'Canadian dollars?', noDollarBefore: true, letters: ['CAD', 'CA', 'CAN', 'canadiens?'], glued: 'C' },
  { code: 'SGD', signs: [], noDollarBefore: true, letters: ['SGD'], glued: 'S' },
  { code: 'HKD', signs: [], noDollarBefore: true, letters: ['HKD', 'HK'] },
];
function dollarMarkRow(code: string): DollarMark {
  return DOLLAR_MARKS.find((row) => row.code === code)!;
}
/** A row's marks as written on a page (see DOLLAR_MARKS). */
function pageDollarMark(code: string): RegExp {
  const row = dollarMarkRow(code);
  const signs = `(?<![\\p{L}${row.noDollarBefore ? '$' : ''}])(?:${row.signs.join('|')})`;
  return new RegExp(row.words ? `${signs}|\\b${row.words}\\b` : signs, 'u');
}
/** Each row's marks as written in a figure's own text (see DOLLAR_MARKS), with the row's code. */
const FIGURE_DOLLAR_MARKS = DOLLAR_MARKS.map((row) => ({
  code: row.code,
  re: new RegExp(`(?:^|[^\\p{L}])(?:${row.letters.join('|')})(?![\\p{L}])${row.glued ? `|(?:^|[^\\p{L}])${row.glued}\\$` : ''}`, 'u'),
}));
/**
 * The dollar a figure's own text writes with its country ("US$15M", "$15M USD", "15 M$ US", "C$15M", "dollars canadiens"), or
 * null when the figure writes none ("$15M", "15 M$", "15 millions de dollars": its currency is then the page's guess, bareDollar).
 */
export function dollarMarkOf(figureText: string): string | null {
  return FIGURE_DOLLAR_MARKS.find((m) => m.re.test(figureText))?.code ?? null;
}

const BARE_DOLLAR_COUNTRIES: BareDollarCountry[] = [
  {
    code: 'AUD',
    place: AUSTRALIA_PLACE,
    colloquial: /\bAussies?\b/,
    ownMark: pageDollarMark('AUD'),
    dollarFirst: /\$AU?D?[\s\u00A0]?\d/,
    americanSpelling: AMERICAN_SPELLING,
    scene: sceneOf('Australian|Aussie'),
    possessiveScene: possessiveSceneOf(AUSTRALIA_PLACE),
    based: /\b(?:Australia|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Hobart|Gold Coast|Queensland|Victoria|Tasmania|New South Wales)[-\u2011](?:based|headquartered|founded|born)\b/u,
  },
  {
    code: 'NZD',
    place: NEW_ZEALAND_PLACE,
    colloquial: /\bKiwis?\b/,
    ownMark: pageDollarMark('NZD'),
    dollarFirst: /\$NZ[\s\u00A0]?\d/,
    americanSpelling: AMERICAN_SPELLING,
    scene: sceneOf('New Zealand|Kiwi'),
    possessiveScene: possessiveSceneOf(NEW_ZEALAND_PLACE),
    based: /\b(?:New Zealand|Auckland|Wellington|Christchurch|Dunedin|Hamilton)[-\u2011](?:based|headquartered|founded|born)\b/u,
  },
  {
    code: 'CAD',
    place: CANADA_PLACE,
    colloquial: /\bCanucks?\b/,
    ownMark: pageDollarMark('CAD'),
    dollarFirst: /\$CAN?[\s\u00A0]?\d/,
    americanSpelling: AMERICAN_ONLY_SPELLING,
    scene: sceneOf('Canadian'),
    possessiveScene: possessiveSceneOf(CANADA_PLACE),
    based: /\b(?:Canada|Toronto|Montr[eé]al|Vancouver|Ottawa|Calgary|Edmonton|Winnipeg|Halifax|Saskatoon|Kitchener|Waterloo|Mississauga|Qu[eé]bec(?: City)?|Ontario|Alberta|British Columbia|Manitoba|Saskatchewan|Nova Scotia|New Brunswick)[-\u2011](?:based|headquartered|founded|born)\b/u,
  },
];

/** The United States named (not "US$": that is a currency mark). */
const US_PLACE = /\b(?:U\.S\.(?!\s?\$)|US(?![$\p{L}])|USA|United States|America|Americans?|New York|San Francisco|Silicon Valley|California|Nasdaq|NYSE|Wall Street)/gu;
/** US dollars written out: the page tells them apart from another dollar. */
const US_MARK = pageDollarMark('USD');
/** "$US180 million": US dollars written dollar-first, the house style of outlets whose bare "$" is local. */
const US_DOLLAR_FIRST = /\$US[\s\u00A0]?\d/;
/** A bare "$" figure clarified as US dollars after it: "$99 million U.S.", "$5m USD". */
const US_SUFFIX = /(?<![\p{L}\p{N}$])\$[\s\u00A0]?\d[\d.,]*(?:[\s\u00A0]?(?:million|billion|m|bn|M|B|k))?[\s\u00A0](?:U\.S\.|US|USD)(?![\p{L}$])/u;
/** A bare "$" before a number: nothing to decide without one. */
const BARE_DOLLAR = /(?<![\p{L}\p{N}$])\$[\s\u00A0]?\d/u;

/**
 * What a bare "$" means on this page: a local dollar (AUD, NZD, CAD) when the
 * page is plainly written from that country, else null (USD). Several
 * independent cues, in this precedence:
 *   1. the page writes that country's dollar the wire-service way ("A$", "AUD")
 *      and never marks US dollars: it tells its local dollars apart, so a bare
 *      "$" is US (Reuters: "A$500 million … Square paid $29 billion");
 *   2. the country is named at least twice, more often than the United States,
 *      and more than any other bare-dollar country;
 *   3. a local writer's voice: a colloquial demonym ("Aussie startups"),
 *      dollars written dollar-first ("$US180 million ($AU235 million)"), or
 *      US dollars alone marked ("a US$166 million round" beside "$137.5 million");
 *   4. the spelling is not American ("organization", "center" more often than
 *      "organisation", "centre"): a US outlet writing about Sydney keeps USD.
 * Explicit marks always win over this guess: "US$5m" and "$US5m" stay USD.
 */
export function guessBareDollar(articleText: string, host: string | null = null): string | null {
  const fromHost = hostDollar(host);
  if (!BARE_DOLLAR.test(articleText)) return guessQuebecDollar(articleText, fromHost === 'CAD');
  const hostCountry = BARE_DOLLAR_COUNTRIES.find((c) => c.code === fromHost);
  if (hostCountry) {
    const local = hostLocalDollar(articleText, hostCountry);
    if (local !== undefined) return local;
  }
  const best = mostNamedCountry(articleText);
  if (!best) return null;
  const { country } = best;
  // The scene named by demonym and called local ("Australian startups … Local VCs remain cautious"): a local roundup
  // may name its country only once, as its frame.
  const localScene = LOCAL_SCENE.test(articleText);
  const localSceneNamed = country.scene.test(articleText) || possessiveSceneHolds(articleText, country);
  if (best.n < 2 && !(localScene && localSceneNamed)) return null;
  const usMarked = US_MARK.test(articleText);
  if (country.ownMark.test(articleText) && !usMarked && !country.dollarFirst.test(articleText)) return null;
  if ((articleText.match(US_PLACE)?.length ?? 0) >= best.n) return null;
  // A local writer's voice: a colloquial demonym, dollar-first marks, or US dollars marked "US$" beside bare "$" figures
  // (Montreal in Technology: "a US$166 million round" and "ElementAI raises $137.5 million"): a page that marks only US
  // dollars as such tells them apart from its own dollar.
  // A page that also marks its own dollar ("$27 million USD ($37.7 million CAD)") marks both: that cue says nothing there.
  const tellsDollarsApart = usMarked && !country.ownMark.test(articleText);
  // A local roundup's voice: the scene named by demonym ("Australian startups", "Canadian investors") or called local
  // ("Local startup Mover", "here in Edmonton").
  // That voice is weaker than the others: a page that clarifies a bare "$" as US after the figure ("Calgary businesses
  // raised $99 million U.S. … of that $99 million, $78 million") keeps its bare figures US.
  const localVoice = (localSceneNamed || localScene) && !US_SUFFIX.test(articleText);
  // A local page by its weight: the country or its cities named three times or more, three times as often as the United States,
  // and a company placed there ("Toronto-based Spatula Foods", "Sydney-headquartered Acme", "une start-up montréalaise" is not
  // read): a city news round-up whose raisers are local. Spelling still decides below (a US wire story uses American spelling).
  const usPlaces = articleText.match(US_PLACE)?.length ?? 0;
  const localWeight = best.n >= 3 && usPlaces * 3 <= best.n && !US_SUFFIX.test(articleText) && country.based.test(articleText);
  if (!country.colloquial.test(articleText) && !US_DOLLAR_FIRST.test(articleText) && !country.dollarFirst.test(articleText) && !tellsDollarsApart && !localVoice && !localWeight) return null;
  const american = articleText.match(country.americanSpelling)?.length ?? 0;
  const commonwealth = articleText.match(COMMONWEALTH_SPELLING)?.length ?? 0;
  if (american > commonwealth) return null;
  return country.code;
}

/** The bare-dollar country the page names most often (no tie), with its count, or null. */
function mostNamedCountry(articleText: string): { country: BareDollarCountry; n: number } | null {
  let best: { country: BareDollarCountry; n: number } | null = null;
  let tie = false;
  for (const country of BARE_DOLLAR_COUNTRIES) {
    const n = articleText.match(country.place)?.length ?? 0;
    if (best && n === best.n) tie = true;
    if (n > 0 && (!best || n > best.n)) { best = { country, n }; tie = false; }
  }
  return best && !tie ? best : null;
}

/**
 * guessMarkedDollar: the local dollar of a page that writes both it and the US dollar out ("raised C$70M", "raised US$7M";
 * "US$80 million, or about C$105.7 million"), the country named at least twice, more often than the United States and than
 * any other bare-dollar country. Such a writer names the foreign dollar where it means it, so what it leaves bare is its own
 * dollar, whatever its spelling ("a cancer center"): Iron Horse Angels' Waterloo newsletter ("Clearpath Robotics raised an
 * additional C$6.6M … in an extension of their earlier $40M raise", 888), Entrevestor's Atlantic review ("$237.6 million" beside
 * "US$80 million, or about C$105.7 million", 220), Montreal in Technology ("$137.5 million ($102 million USD)" beside "CAD",
 * 563), the Business Insider Australia copy ("$AU", "$US", 174) and the New Zealand Herald ("NZ$", "US$", 934): the golds read
 * the bare figures of all five local, none US. A US wire story writes its own dollar bare and never "US$" (Reuters' "A$500
 * million ($357 million)": rule 1 of guessBareDollar). A sentence that marks US dollars keeps its bare figure US
 * (markedDollarAt: the dev page's "$25 million USD in primary and $2 million in secondary").
 */
export function guessMarkedDollar(articleText: string): string | null {
  if (!BARE_DOLLAR.test(articleText) || !US_MARK.test(articleText)) return null;
  const best = mostNamedCountry(articleText);
  if (!best || best.n < 2 || !best.country.ownMark.test(articleText)) return null;
  if ((articleText.match(US_PLACE)?.length ?? 0) >= best.n) return null;
  return best.country.code;
}

/** US dollars written out in a sentence: a mark before or after a figure ("US$7M", "$25 million USD", "$99 million U.S."). */
const US_MARK_IN_SENTENCE = new RegExp(`${US_MARK.source}|${US_SUFFIX.source}`, 'u');
/** A bare figure opening a restatement of the figure before it: "C$250 million ($192 million)", "(about $75 million)". */
const RESTATEMENT_OPENING = /[([][\s\u00A0]*(?:about|around|roughly|approximately|approx\.|some|or|i\.e\.|environ|soit)?[\s\u00A0]*$/iu;
/** How far a sentence (up to a semicolon: one clause of a list) is looked at on either side of a bare figure, at most. */
const MARKED_SENTENCE_REACH = 300;
/** US_SUFFIX anchored on the figure itself ("$99 million U.S.", "$5m USD"), and how far after the "$" it is looked for. */
const US_SUFFIX_AT = new RegExp(`^${US_SUFFIX.source}`, 'u');
const US_SUFFIX_REACH = 40;
/**
 * Where a sentence (or a clause of a list) ends around a bare figure: a stop before a capital, a figure, a quote or the end
 * of the text, a line break or a semicolon. Not the dot of an initialism or of a title before a name ("U.S. Funds",
 * "U.K. Investors", "Dr. Lee", "St. John's"): the capital after an initialism's dot (one capital after a space or a dot) is
 * no new sentence. A stop before a lower-case word is no end either ("$99 million U.S. from American funds", "approx. the
 * same"). "Inc." and "Ltd." are left as ends: a company's suffix ends sentences as often as not ("raised $20M from Acme Inc.
 * Kelbio took …"), and "5M." is a figure's end, not an initial.
 */
const CLAUSE_END_SOURCE = String.raw`(?<!(?:^|[\s.])\p{Lu}|\b(?:St|Mr|Mrs|Ms|Dr|No|approx))[.!?](?=[\s\u00A0]*$|[\s\u00A0]+[\p{Lu}\p{N}"“«$])|[\n;]`;
const CLAUSE_END = new RegExp(CLAUSE_END_SOURCE, 'u');
const CLAUSE_END_G = new RegExp(CLAUSE_END_SOURCE, 'gu');

/**
 * The dollar of a bare "$" at `at` on a page that writes both its local dollar and the US dollar out (guessMarkedDollar), or
 * null (the page's bare dollar then): the local dollar, unless the figure's sentence (or clause, up to a semicolon) marks US dollars ("$25 million USD in
 * primary and $2 million in secondary": the bare figure continues them) or the figure restates the one before it in
 * parentheses ("C$250 million ($192 million)": another dollar, read by readEquivalent).
 */
function markedDollarAt(r: Reader, at: number): string | null {
  if (!r.markedDollar || r.bareDollar !== 'USD') return null;
  if (RESTATEMENT_OPENING.test(r.text.slice(Math.max(0, at - 20), at))) return null;
  // The figure's own suffix first, before any cutting: "$99 million U.S." ends on a dot the sentence cut would stop at.
  if (US_SUFFIX_AT.test(r.text.slice(at, at + US_SUFFIX_REACH))) return null;
  const from = Math.max(0, at - MARKED_SENTENCE_REACH);
  const head = r.text.slice(from, at);
  let start = -1;
  for (const m of head.matchAll(CLAUSE_END_G)) start = m.index + m[0].length - 1;
  const tail = r.text.slice(at, at + MARKED_SENTENCE_REACH);
  const end = tail.search(CLAUSE_END);
  const sentence = head.slice(start + 1) + (end < 0 ? tail : tail.slice(0, end));
  return US_MARK_IN_SENTENCE.test(sentence) ? null : r.markedDollar;
}

/**
 * A bare "$" on a page served from a country domain whose own writers mean their dollar by it (.ca, .com.au, .co.nz):
 * the local dollar, the way the existing cues would read a plainly local page, unless the page itself says otherwise:
 *   - a bare figure clarified as US after it ("$99 million U.S.", "$5 million USD"): the page's bare "$" is US;
 *   - the local dollar written out ("C$", "A$", "AUD") and US dollars never marked: the page tells its own dollars
 *     apart, so what it leaves bare is US (a wire story syndicated to a local site);
 *   - American spelling over Commonwealth spelling ("center", "color"): a US press release on a Canadian newswire;
 *   - the United States named more often than the host country, with no "US$" to set US figures apart: a story
 *     about an American company.
 * Undefined when another bare-dollar country is named more often than the host's (an Auckland story on a Sydney
 * site): the text-only guess decides then.
 */
function hostLocalDollar(articleText: string, country: BareDollarCountry): string | null | undefined {
  const own = articleText.match(country.place)?.length ?? 0;
  for (const other of BARE_DOLLAR_COUNTRIES) {
    if (other !== country && (articleText.match(other.place)?.length ?? 0) > own + HOST_WEIGHT) return undefined;
  }
  if (US_SUFFIX.test(articleText)) return null;
  const usMarked = US_MARK.test(articleText);
  if (country.ownMark.test(articleText) && !usMarked && !country.dollarFirst.test(articleText)) return null;
  const american = articleText.match(country.americanSpelling)?.length ?? 0;
  const commonwealth = articleText.match(COMMONWEALTH_SPELLING)?.length ?? 0;
  if (american > commonwealth) return null;
  if (!usMarked && (articleText.match(US_PLACE)?.length ?? 0) > own + HOST_WEIGHT) return null;
  return country.code;
}

/** Dollars written after the number, the French way: "137,5 M$", "1,2 G$", "5 000 $", "18 millions de dollars". */
const DOLLAR_AFTER = /\d[\s\u00A0\u202F]?(?:[MGk][\s\u00A0]?)?\$(?![\s\u00A0]?\d)|(?<![\p{L}])(?:millions?|milliards?|milliers)\s+de\s+dollars(?![\p{L}])/u;
/** Quebec and the rest of Canada named in French. */
const QUEBEC_PLACE = /(?<![\p{L}])(?:Québec|Quebec|[Qq]uébécois\p{L}*|Montréal|Montreal|[Mm]ontréalais\p{L}*|Canada|[Cc]anadien\p{L}*|Laval|Sherbrooke|Gatineau|Ottawa|Toronto|Trois-Rivières|Saguenay|Lévis|Ontario|Colombie-Britannique|Alberta|Manitoba|Saskatchewan|Nouveau-Brunswick|Nouvelle-Écosse)(?![\p{L}])/gu;
/** The United States and France named in French: a Paris outlet's "millions de dollars" are US dollars. */
const FRENCH_ELSEWHERE = /(?<![\p{L}])(?:États-Unis|Etats-Unis|américain\p{L}*|Américain\p{L}*|New York|Silicon Valley|Californie|France|Paris)(?![\p{L}])/gu;
/** Canadian dollars written out the wire-service way, in French: such a page writes its local dollars out. */
/**
 * Other countries a French page's story is set in, named in French (the country, its capital or tech hub, its demonym):
 * a Paris or Dakar outlet on an Indian marketplace that names "un fonds de pension canadien" once still means US
 * dollars by "millions de dollars" (Courrier Stratégique on Snapdeal: India six times, Canada twice through one
 * investor). A closed class: the countries French business press writes funding news from, not continents ("en
 * Europe" is where a Quebec startup expands, not where it is).
 */
const FRENCH_FOREIGN_SCENE = /(?<![\p{L}])(?:Inde|[Ii]ndien(?:ne)?s?|Chine|[Cc]hinois(?:e|es)?|Pékin|Shanghai|Japon|[Jj]aponais(?:e|es)?|Tokyo|Corée|[Cc]oréen(?:ne)?s?|Royaume-Uni|Londres|[Bb]ritannique|Allemagne|[Aa]llemand(?:e|es|s)?|Berlin|Israël|[Ii]sraélien(?:ne)?s?|Brésil|[Bb]résilien(?:ne)?s?|Mexique|Singapour|Indonésie|Bangalore|Bombay|Mumbai|New Delhi|Nigeria|Nigéria|[Nn]igérian(?:e|es|s)?|Kenya|Maroc|[Mm]arocain(?:e|es|s)?|Sénégal|Égypte|Tunisie|Afrique du Sud|Dubaï|Émirats|Arabie saoudite)(?![\p{L}])/gu;
const CAD_MARK_FR = /\$[\s\u00A0]?CAN?(?![\p{L}])|(?<![\p{L}])(?:CAD|dollars canadiens)(?![\p{L}])/u;
const USD_MARK_FR = /\$[\s\u00A0]?US(?![\p{L}])|(?<![\p{L}])(?:USD|dollars américains)(?![\p{L}])/u;

/**
 * What a plain dollar written the French way means ("18 millions de dollars", "137,5 M$"): the Canadian dollar on a
 * page about Quebec or Canada (Radio-Canada, Le Journal de Québec), US dollars elsewhere. Needs Quebec or Canada named
 * at least twice and more often than the United States, France and the other countries named (FRENCH_FOREIGN_SCENE)
 * together; a page that writes Canadian dollars out
 * ("$ CA", "dollars canadiens") without ever marking US ones keeps its plain dollars US.
 */
function guessQuebecDollar(articleText: string, canadianHost = false): string | null {
  if (!DOLLAR_AFTER.test(articleText)) return null;
  // A page served from a .ca domain (La Presse, Radio-Canada) counts as Quebec named twice more: its own dollars are
  // Canadian even in a story that names no place, yet a story set in the United States still keeps its US dollars.
  const quebec = (articleText.match(QUEBEC_PLACE)?.length ?? 0) + (canadianHost ? HOST_WEIGHT : 0);
  if (quebec < 2) return null;
  // Elsewhere: the United States and France, and the other countries a story may be set in, together.
  const elsewhere = (articleText.match(FRENCH_ELSEWHERE)?.length ?? 0) + (articleText.match(FRENCH_FOREIGN_SCENE)?.length ?? 0);
  if (elsewhere >= quebec) return null;
  if (CAD_MARK_FR.test(articleText) && !USD_MARK_FR.test(articleText)) return null;
  return 'CAD';
}

// ---------------------------------------------------------------------------
// ¥: yuan or yen

const CHINA_CUES = /\b(?:China|Chinese|yuan|RMB|renminbi|Beijing|Shanghai|Shenzhen|Hangzhou|Guangzhou|Hong Kong|Chine|chinois(?:e|es)?|Pékin)\b/g;
const JAPAN_CUES = /\b(?:Japan|Japanese|yen|Tokyo|Osaka|Nikkei|Japon|japonais(?:e|es)?)\b/g;

/** Whether '¥' in this article is more likely Chinese yuan or Japanese yen (ties: yuan). */
export function guessYenCurrency(articleText: string): 'CNY' | 'JPY' {
  const china = articleText.match(CHINA_CUES)?.length ?? 0;
  const japan = articleText.match(JAPAN_CUES)?.length ?? 0;
  return japan > china ? 'JPY' : 'CNY';
}
