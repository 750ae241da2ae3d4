/**
 * Words whose hyphen was lost at a print line break ("vicechairman",
 * "yearon-year", "crossborder"). Decided by evidence, never by length: the
 * hyphenated form elsewhere in the same text, or a compound from the shipped
 * list whose glued spelling is not itself a word.
 */
import type { ArticleDoc, Finding } from './context';
import { HYPHENATED_COMPOUNDS } from './wordlist';

/**
 * Latin letters with the accents of French and other western languages
 * ("vice-président" → "viceprésident"), as a plain class: it keeps a 10 MB
 * text as fast as ASCII did; the boundaries are checked by hand (isolated).
 */
const L = 'A-Za-zÀ-ÖØ-öø-ÿŒœ';
/** A word, possibly with hyphens of its own ("yearon-year"), possibly capitalised at a sentence start ("Wellknown"). */
const WORD = new RegExp(`[${L}]+(?:-[${L}]+)*`, 'g');

/**
 * A hyphenated word written in the text itself. It starts only where a word
 * does: started inside a long run of letters with no hyphen, each start
 * would read to the run's end and back (quadratic: 18 s on one 100,000-letter
 * "word").
 */
const HYPHENATED = new RegExp(`(?<![${L}])[${L}]+(?:-[${L}]+)+`, 'g');

/** Letters, digits and the characters of addresses and file names: a word touching one is part of something longer. */
const JOINER = /[\p{L}\p{N}@/.\-_]/u;

function isolated(text: string, at: number, end: number): boolean {
  const before = text[at - 1];
  const after = text[end];
  if (before !== undefined && JOINER.test(before)) return false;
  if (after === undefined) return true;
  if (after === '.' || after === '-') return !/[\p{L}\p{N}]/u.test(text[end + 1] ?? ' ');
  return !/[\p{L}\p{N}@_]/u.test(after);
}

const hyphenCount = (s: string): number => s.split('-').length - 1;

/**
 * Compounds that keep their hyphens in every style guide and whose glued spelling is no word,
 * added to the shared list for the shapes print replicas break most: phrase compounds of
 * three words or more ("stay-at-home", "work-from-home", "face-to-face"), where a line break
 * eats one hyphen of two ("stay-athome"), and French compounds ("porte-parole", "peut-être",
 * "au-delà", "sous-traitant").
 */
const PHRASE_COMPOUNDS: readonly string[] = [
  'stay-at-home', 'work-from-home', 'face-to-face', 'day-to-day', 'back-to-back', 'back-to-school', 'one-on-one',
  'head-to-head', 'door-to-door', 'hard-to-reach', 'cost-of-living', 'behind-the-scenes', 'over-the-counter',
  'out-of-pocket', 'out-of-state', 'out-of-town', 'editor-in-chief', 'commander-in-chief', 'mother-in-law',
  'father-in-law', 'son-in-law', 'daughter-in-law', 'brother-in-law', 'sister-in-law', 'cost-cutting', 'year-round',
  'porte-parole', 'peut-être', 'au-delà', 'vis-à-vis', 'après-midi', 'sous-traitant', 'sous-traitants', 'sous-traitance',
  'lui-même', 'elle-même', 'eux-mêmes', 'elles-mêmes', 'vice-président', 'vice-présidente', 'celle-ci', 'celui-ci', 'ceux-ci',
];

/** key (hyphens removed, lower case) → the hyphenated form. */
const SHIPPED = new Map<string, string>([...HYPHENATED_COMPOUNDS, ...PHRASE_COMPOUNDS].map((w) => [w.replace(/-/g, ''), w]));

/**
 * The listed form of a glued key, or of its plural: a listed noun compound takes an "s"
 * ("costsavings" → "cost-savings", "followups" → "follow-ups"); a glued listed compound is
 * no word, and no more with an "s" after it.
 */
function shippedForm(key: string): string | undefined {
  const own = SHIPPED.get(key);
  if (own !== undefined || !key.endsWith('s')) return own;
  const singular = SHIPPED.get(key.slice(0, -1));
  return singular === undefined ? undefined : `${singular}s`;
}

/**
 * Glued spellings that are standard on their own: a text that also writes
 * "e-mail" or "co-operation" is inconsistent, not broken.
 */
const STANDARD_GLUED = new Set([
  'email', 'emails', 'online', 'offline', 'website', 'websites', 'cooperation', 'cooperate', 'coordinate',
  'coordination', 'nonprofit', 'startup', 'startups', 'healthcare', 'reelection', 'reelect', 'preexisting',
  'esports', 'ecommerce', 'wellbeing', 'lifestyle', 'worldwide', 'nationwide', 'today', 'tonight',
  // Closed forms that AP, Merriam-Webster or Chicago print as the standard spelling.
  'cofounder', 'cofounders', 'cofounded', 'coworker', 'coworkers', 'preorder', 'preorders', 'midsize', 'midyear',
  'postwar', 'prewar', 'multipurpose', 'policymaking', 'policymaker', 'policymakers', 'longstanding', 'ebook', 'ebooks',
  'antidumping', 'anticorruption', 'antiterrorism', 'prepandemic', 'postpandemic', 'reelected', 'reopen', 'reopened',
  'fundraising', 'crowdfunding', 'cybersecurity', 'cyberattack', 'cyberattacks', 'smartphone', 'smartphones', 'ecosystem', 'ecosystems',
]);
/**
 * Sector words glued to "tech" ("fintech", "edtech", "proptech", "insurtech",
 * "cleantech", "biotech") are the usual spelling; "fin-tech" in the same copy
 * is the rare variant, not the evidence of a lost hyphen.
 */
const GLUED_TECH = /^[a-z]{2,8}tech$/;

/** A glued word shorter than this is too likely a real word of its own. */
const MIN_LETTERS = 6;

/**
 * Prefixes that English glues freely ("rethink", "nonzero", "autopilot"):
 * a text writing both forms is inconsistent, not broken.
 */
const GLUING_PREFIXES = /^(?:re|non|anti|pre|co|un|de|dis|multi|semi|sub|super|inter|intra|post|mid|pro|counter|over|under|out|micro|macro|mini|bi|tri|auto|hyper|ultra|mega|meta|cyber|tele|up|down|in|on|off|end|back|over)-/;

export function findLostHyphens(doc: ArticleDoc): Finding[] {
  const inText = new Map<string, string>();
  const hyphenatedCount = new Map<string, number>();
  for (const m of doc.text.matchAll(HYPHENATED)) {
    if (!isolated(doc.text, m.index!, m.index! + m[0].length)) continue;
    const form = m[0].toLowerCase();
    const key = form.replace(/-/g, '');
    hyphenatedCount.set(key, (hyphenatedCount.get(key) ?? 0) + 1);
    const known = inText.get(key);
    if (known === undefined || hyphenCount(form) > hyphenCount(known)) inText.set(key, form);
  }
  // One pass over the words: keep the candidates, count glued spellings (a line-break loss is a one-off).
  const gluedCount = new Map<string, number>();
  const candidates: Array<{ at: number; word: string; key: string }> = [];
  for (const m of doc.text.matchAll(WORD)) {
    const word = m[0];
    if (word.length < MIN_LETTERS || !isolated(doc.text, m.index!, m.index! + word.length)) continue;
    // A capital is a sentence start or a name: the lookup is on the lower-case letters.
    const key = word.replace(/-/g, '').toLowerCase();
    const inTextForm = inText.get(key);
    if (inTextForm === undefined && shippedForm(key) === undefined) continue;
    if (inTextForm !== undefined && hyphenCount(inTextForm) > hyphenCount(word)) gluedCount.set(key, (gluedCount.get(key) ?? 0) + 1);
    candidates.push({ at: m.index!, word, key });
  }
  const out: Finding[] = [];
  findNameCompounds(doc, out);
  findSpacedEPrefix(doc, out);
  findAgeCompounds(doc, out);
  findGluedNumberWords(doc, out);
  findGluedDurations(doc, out);
  findGluedParticiples(doc, out);
  findGluedNamePairs(doc, out);
  findGluedFrenchCompass(doc, out);
  findGluedHyphenatedTwins(doc, out);
  findGluedInversions(doc, out);
  for (const { at, word, key } of candidates) {
    if (key.length < MIN_LETTERS || STANDARD_GLUED.has(key) || GLUED_TECH.test(key)) continue;
    const candidate = inText.get(key);
    // Evidence: the writer's own habit (the hyphenated form used at least twice) or the very
    // same sentence writing it both ways; a single "stand-alone" beside "standalone" is mere variation.
    const habit = (hyphenatedCount.get(key) ?? 0) >= 2 || doc.text.slice(Math.max(0, at - 200), at + 200).includes(candidate ?? '\u0000');
    const written = candidate !== undefined && habit && (gluedCount.get(key) ?? 0) === 1 && !GLUING_PREFIXES.test(candidate) ? candidate : undefined;
    const shipped = shippedForm(key);
    const form = written !== undefined && hyphenCount(written) > hyphenCount(word) ? written
      : shipped !== undefined && hyphenCount(shipped) > hyphenCount(word) ? shipped
        : null;
    if (form === null) continue;
    // Capitalised, it must be a common word opening a sentence, with the text's own evidence ("Wellknown"
    // beside "well-known" in lower case): a brand ("Lastminute") or a name written both ways
    // ("Wal-Mart", "Walmart") is not a lost hyphen.
    if (/^\p{Lu}/u.test(word) && (form !== written || !doc.text.includes(form))) continue;
    const fix = /^\p{Lu}/u.test(word) ? form[0]!.toUpperCase() + form.slice(1) : form;
    out.push({
      kind: 'lost-hyphen',
      start: at,
      end: at + word.length,
      message: written === form
        ? `“${word}” lost its hyphen at a line break; the text writes “${form}” elsewhere.`
        : `“${word}” lost its hyphen at a line break; the usual form is “${fix}”.`,
      fix,
    });
  }
  // The shape rules and the list can read the same word: one finding each.
  out.sort((a, b) => a.start - b.start);
  // Compared with the last finding kept, not the previous one read: a dropped finding must not let a later overlap through.
  let lastKeptEnd = -1;
  return out.filter((f) => {
    if (f.start < lastKeptEnd) return false;
    lastKeptEnd = f.end;
    return true;
  });
}

/**
 * A name glued to the participle news style hyphenates after it:
 * "Londonbased", "Sequoialed", "SoftBankbacked", "Nasdaqlisted". Evidence:
 * the name itself is written elsewhere in the text as a word of its own, and
 * is not a prefix ("Underfunded", "Overpowered" are words). The shape (NAME_COMPOUND) is a
 * capitalised word of letters only, not joined to a letter, digit or hyphen, ending with one of
 * the suffixes.
 */
/**
 * NAME_COMPOUND read from its suffix: each suffix ending a word, walked back over the letters
 * to the word's start. The same matches, in one pass: trying the lazy root of NAME_COMPOUND
 * at every capitalised word cost 46 ms on a 50 kB page, the costliest step of the finders.
 */
const SUFFIX = /based|backed|led|owned|focused|powered|funded|listed|headquartered|born|made|run/g;
const LETTER = /\p{L}/u;
const CAPITAL = /\p{Lu}/u;
/** Before a word start as NAME_COMPOUND sees it: no letter, digit or hyphen. */
const JOINED_BEFORE = /[\p{L}\p{N}-]/u;

/** Plain literals are scanned many times faster than a Unicode pattern with lookarounds; the boundaries are checked by hand on the few hits. */
function joinedAt(text: string, at: number): boolean {
  const c = text[at];
  return c !== undefined && JOINED_BEFORE.test(c);
}

/** The NAME_COMPOUND matches of the text: start, root and suffix. */
function* nameCompounds(text: string): Generator<{ at: number; root: string; suffix: string }> {
  for (const m of text.matchAll(SUFFIX)) {
    const end = m.index!;
    // The suffix ends the word and follows a letter of it.
    if (end === 0 || !LETTER.test(text[end - 1]!) || joinedAt(text, end + m[0].length)) continue;
    let at = end;
    while (at > 0 && LETTER.test(text[at - 1]!)) at--;
    // The root is a capital and at least one letter more ("Xled" has none to spare: NAME_COMPOUND's \p{Lu}[\p{L}]+?).
    if (end - at < 2 || !CAPITAL.test(text[at]!) || (at > 0 && JOINED_BEFORE.test(text[at - 1]!))) continue;
    yield { at, root: text.slice(at, end), suffix: m[0] };
  }
}
/** A capitalised word of the text (a name, or a word opening a sentence). */
const CAPITALISED = /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}\p{N}]*(?![\p{L}\p{N}-])/gu;
/** Roots that are prefixes: the glued word is a word of its own. */
const PREFIX_ROOT = /^(?:re|un|de|dis|en|em|mis|co|non|pre|pro|over|under|out|up|down|in|on|off|back|cross|counter|self|well|ill|home|hand|crowd|state|mass|after|fore|inter|sub|super|hyper|bi|tri)$/i;
/** A name glued to "led" needs its name at least this often elsewhere ("Bundled", "Kindled" are words). */
const MIN_LED_MENTIONS = 2;

function findNameCompounds(doc: ArticleDoc, out: Finding[]): void {
  let names: Map<string, number> | null = null;
  for (const { at, root, suffix } of nameCompounds(doc.text)) {
    if (root.length < 3 || PREFIX_ROOT.test(root)) continue;
    if (names === null) {
      names = new Map<string, number>();
      for (const m of doc.text.matchAll(CAPITALISED)) names.set(m[0], (names.get(m[0]) ?? 0) + 1);
    }
    const seen = names.get(root) ?? 0;
    if (seen < (suffix === 'led' || suffix === 'run' || suffix === 'made' || suffix === 'born' ? MIN_LED_MENTIONS : 1)) continue;
    const word = root + suffix;
    const fix = `${root}-${suffix}`;
    out.push({
      kind: 'lost-hyphen', start: at, end: at + word.length,
      message: `“${word}” lost its hyphen; the text names ${root} elsewhere, so it reads “${fix}”.`, fix,
    });
  }
}

/**
 * The "e-" of electronic compounds with its hyphen turned into a space: "the
 * e commerce giant", "an e mail to staff", "les e books". A lone lower-case
 * "e" is no English or French word; the compound list keeps "e" as a letter
 * or an Italian "and" before other words out.
 */
const SPACED_E_COMPOUND = /(?<![\p{L}\p{N}'’.-])e (?<word>commerce|mail|mails|book|books|wallet|wallets|scooter|scooters|bike|bikes|learning|sports|invoicing|signature|signatures|reader|readers|procurement|tailer|tailers|santé)(?![\p{L}\p{N}-])/gu;

function findSpacedEPrefix(doc: ArticleDoc, out: Finding[]): void {
  for (const m of doc.text.matchAll(SPACED_E_COMPOUND)) {
    const fix = `e-${m.groups!.word!}`;
    out.push({
      kind: 'lost-hyphen', start: m.index!, end: m.index! + m[0].length,
      message: `“${m[0]}” lost its hyphen (a space was left in its place); it reads “${fix}”.`, fix,
    });
  }
}

/**
 * An age or duration compound whose second hyphen was lost at a line break: "a 46-yearold
 * driver", "the 3-monthold program", "two-weekold talks", or the first one: "46year-old".
 * "yearold" and "year-old" glued to a figure are no words.
 */
/** The singular time units of an age or a duration compound: one list for the age and the duration readers. */
const TIME_UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute'] as const;
/** Number words a count is spelled with ("two-yearold", "twenty-yearold"): other words before "-yearold" are not ages. */
const COUNT_WORDS = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy',
  'eighty', 'ninety', 'hundred',
] as const;
const AGE_UNIT = new RegExp(`(?:${TIME_UNITS.join('|')})(?:old|-old)`, 'g');
const COUNT_WORD = new RegExp(`^(?:\\d{1,3}|${COUNT_WORDS.join('|')})$`);
const COUNT_CHAR = /[A-Za-z0-9]/;

function findAgeCompounds(doc: ArticleDoc, out: Finding[]): void {
  const text = doc.text;
  for (const m of text.matchAll(AGE_UNIT)) {
    const at = m.index!;
    const glued = !m[0].includes('-');
    // "46-yearold": a hyphen before the unit and none before "old"; "46year-old": the count glued to the unit.
    const countEnd = glued ? at - 1 : at;
    if (glued ? text[at - 1] !== '-' : at === 0 || !COUNT_CHAR.test(text[at - 1]!)) continue;
    let countStart = countEnd;
    while (countStart > 0 && COUNT_CHAR.test(text[countStart - 1]!)) countStart--;
    const count = text.slice(countStart, countEnd);
    if (!COUNT_WORD.test(count.toLowerCase()) || joinedAt(text, countStart - 1)) continue;
    let end = at + m[0].length;
    if (text[end] === 's') end++;
    if (joinedAt(text, end)) continue;
    const unit = m[0].replace(/-?old$/, '');
    const fix = `${count}-${unit}-old${text[end - 1] === 's' ? 's' : ''}`;
    const word = text.slice(countStart, end);
    out.push({
      kind: 'lost-hyphen', start: countStart, end,
      message: `“${word}” lost a hyphen at a line break; it reads “${fix}”.`, fix,
    });
  }
}

/**
 * A duration compound whose one hyphen was lost at a line break: a spelled count glued to a singular time unit, "a
 * twomonth strike", "the threeyear plan", "a tenday trip" (the count-and-unit shape of findAgeCompounds without "old";
 * "twoyear-old" is that reader's). The singular unit after a count is only ever a modifier, which English hyphenates, and
 * the glued spelling is no word. Digits stay out ("24hour" is a brand's spelling); a capital only on the count's first
 * letter (a sentence start), not a name in capitals.
 */
const GLUED_DURATION = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(?<count>${COUNT_WORDS.join('|')})(?<unit>${TIME_UNITS.join('|')})(?![\p{L}\p{N}-])`, 'giu');
/**
 * The compound is a modifier, so a lower-case noun follows it after one space ("a twomonth strike"). A handle, an address,
 * a file or domain name ("#tenminute", "hello@threeday.fr", "oneday.io", "twoyear_plan.pdf") is joined on either side by
 * the characters PAIR_JOINED_BEFORE names; a name ("Tenminute, a delivery app") is followed by a comma (review A, item 3).
 */
const DURATION_NOUN_AFTER = /^ \p{Ll}/u;
const COUNT_CASE = /^[A-Za-z][a-z]*$/;
/** Before a capitalised count: the start of a paragraph or a sentence ("Twomonth talks ended."), not a name ("Oneday Ltd"). */
const SENTENCE_START_BEFORE = /(?:^|[.!?]["”’)]?\s+|\n)$/u;

function findGluedDurations(doc: ArticleDoc, out: Finding[]): void {
  for (const m of doc.text.matchAll(GLUED_DURATION)) {
    if (!COUNT_CASE.test(m[0])) continue;
    if (/^\p{Lu}/u.test(m[0]) && !SENTENCE_START_BEFORE.test(doc.text.slice(Math.max(0, m.index! - 4), m.index!))) continue;
    const end = m.index! + m[0].length;
    const before = doc.text[m.index! - 1];
    const after = doc.text[end];
    if ((before !== undefined && PAIR_JOINED_BEFORE.test(before)) || (after !== undefined && PAIR_JOINED_BEFORE.test(after))) continue;
    if (!DURATION_NOUN_AFTER.test(doc.text.slice(end, end + 2))) continue;
    const { count, unit } = m.groups!;
    const fix = `${count!}-${unit!}`;
    out.push({
      kind: 'lost-hyphen', start: m.index!, end: m.index! + m[0].length,
      message: `“${m[0]}” lost a hyphen at a line break; it reads “${fix}”.`, fix,
    });
  }
}

/**
 * A compound number written glued: English tens and units ("fortysix", "twentyfive") and French
 * ones ("vingtcinq", "quarantesix", "dixsept", "soixantedix"), always hyphenated; the glued
 * spelling is no word in either language. A capital on the second part ("FiftyThree",
 * "VingtQuatre") is a name written in camel case: a hyphen lost at a line break leaves the
 * second part as it was, lower case (INNER_CAPITAL_NAME).
 */
const GLUED_NUMBER = /(?:(?<tensEn>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?<unitEn>one|two|three|four|five|six|seven|eight|nine)|(?<tensFr>dix|vingt|trente|quarante|cinquante|soixante)(?<unitFr>deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize))/gi;

/**
 * A capital inside a glued word, on the part after the joint: the word is a name written in
 * camel case (a firm, a product), never a compound that lost its hyphen, whose second part keeps
 * its lower case. Glued capitalised name pairs are findGluedNamePairs', which asks the text for
 * evidence.
 */
const INNER_CAPITAL_NAME = /^\p{Lu}/u;

function findGluedNumberWords(doc: ArticleDoc, out: Finding[]): void {
  for (const m of doc.text.matchAll(GLUED_NUMBER)) {
    if (joinedAt(doc.text, m.index! - 1) || joinedAt(doc.text, m.index! + m[0].length)) continue;
    const g = m.groups!;
    if (INNER_CAPITAL_NAME.test(g.unitEn ?? g.unitFr!)) continue;
    const tens = g.tensEn ?? g.tensFr!;
    // "dixdix" is no number; French "dix" takes only sept, huit, neuf.
    if (g.tensFr !== undefined && (g.tensFr.toLowerCase() === 'dix' ? !/^(?:sept|huit|neuf)$/i.test(g.unitFr!) : g.tensFr.toLowerCase() !== 'soixante' && /^(?:dix|onze|douze|treize|quatorze|quinze|seize)$/i.test(g.unitFr!))) continue;
    const fix = `${tens}-${m[0].slice(tens.length)}`;
    out.push({
      kind: 'lost-hyphen', start: m.index!, end: m.index! + m[0].length,
      message: `“${m[0]}” lost its hyphen; a compound number reads “${fix}”.`, fix,
    });
  }
}

/**
 * An adverb or adjective glued to the participle it qualifies, a compound adjective whose hyphen
 * was lost at a line break: "quickmoving", "fastgrowing", "farreaching", "highranking",
 * "longawaited", "wellfunded", "recordbreaking", "shortlived". The first element is one of the
 * words English writes before a participle with a hyphen; the second is a participle (-ing,
 * -ed, -en, -wn) of at least three letters before its ending, so "lowered", "shortened",
 * "farming" (a short stem) stay. Glued forms that are standard words stay too.
 */
const GLUED_PARTICIPLE = /(?<![\p{L}\p{N}'’-])(?<first>quick|fast|slow|swift|rapid|far|long|short|high|low|deep|wide|hard|record|never|well|open|half)(?<second>[a-z]{3,20}(?:ing|ed|en|wn))(?![\p{L}\p{N}-])/giu;
/** Before a word start: no letter, digit, apostrophe or hyphen. */
const JOINED_OR_ELIDED = /[\p{L}\p{N}'’-]/u;
const PARTICIPLE_ENDING = /(?:ing|ed|en|wn)$/;
/** Closed spellings dictionaries print as words ("hardworking", "highlighted", "shortlisted", "wholehearted"). */
const STANDARD_GLUED_PARTICIPLES = /^(?:high(?:light|land|tail)|hard(?:work|wir|cod|back|bound|en)|short(?:list|hand|chang|sight|en|com)|far(?:sight|th)|long(?:stand|ing|sight)|low(?:ball|er)|deep(?:fak|en)|well(?:be|spring)|open(?:hand|heart)|half(?:heart)|never(?:the))|hearted$/i;

function findGluedParticiples(doc: ArticleDoc, out: Finding[]): void {
  for (const m of doc.text.matchAll(GLUED_PARTICIPLE)) {
    if (m.index! > 0 && JOINED_OR_ELIDED.test(doc.text[m.index! - 1]!)) continue;
    const word = m[0];
    const first = m.groups!.first!;
    const second = m.groups!.second!;
    if (INNER_CAPITAL_NAME.test(second) || second.replace(PARTICIPLE_ENDING, '').length < 3 || STANDARD_GLUED_PARTICIPLES.test(word) || STANDARD_GLUED.has(word.toLowerCase())) continue;
    const fix = `${first}-${second}`;
    out.push({
      kind: 'lost-hyphen', start: m.index!, end: m.index! + word.length,
      message: `“${word}” lost its hyphen at a line break; the compound adjective reads “${fix}”.`, fix,
    });
  }
}

/**
 * Two capitalised names glued with no hyphen: a double-barrelled name or a place pair whose
 * hyphen fell at a line break ("the CrosbyHuffman community", "Dallas-Fort Worth" aside). Brands
 * with an inner capital ("YouTube", "McDonald", "BlackRock", "PlayStation") look the same, so the
 * evidence must be the text's: the pair used as a modifier between lower-case words, the first name written alone in mid-sentence elsewhere ("of
 * Crosby,"), the glued word written once (a brand repeats), and its second half never written
 * as a lower-case word (a brand glues common nouns: "play", "station", "rock"). French double
 * first names and saint names are always hyphenated: "JeanPierre", "MarieClaire", "SaintDenis": "Saint" or "Sainte" before
 * any name (a saint's name, a place or a firm named after one), a common first name before another first name.
 */
const GLUED_NAME_PAIR = /(?<first>[A-ZÀ-ÖØ-ÞŒ][a-zß-öø-ÿœ]{3,})(?<second>[A-ZÀ-ÖØ-ÞŒ][a-zß-öø-ÿœ]{3,})/g;
/** Around a name pair: a letter, digit or the characters of handles, addresses and elisions make it part of something longer. */
const PAIR_JOINED_BEFORE = /[\p{L}\p{N}'’.@#/_-]/u;
const PAIR_JOINED_AFTER = /[\p{L}\p{N}'’@_-]/u;
/** "Saint", "Sainte": always joined by a hyphen to the name after it, whatever that name is. */
const FRENCH_SAINT = /^Saint(?:e)?$/;
/** The common French first names that make double first names ("Jean-Pierre", "Marie-Claire", "Anne-Sophie"): a closed class. */
const FRENCH_COMPOUND_FIRST = /^(?:Jean|Marie|Anne|Pierre|Louis|Paul|Charles|François|Jacques)$/;
const FRENCH_COMPOUND_SECOND = /^(?:Pierre|Paul|Luc|Marc|Claude|Louis|Baptiste|Philippe|Michel|François|Jacques|Yves|Claire|Christine|Hélène|Laure|Sophie|Charlotte|Denis|Étienne|Jean|Marie|Noël|Antoine|Olivier|Alexandre|Thérèse|Françoise|Catherine|Cécile|Laurence|Dominique)$/;

function findGluedNamePairs(doc: ArticleDoc, out: Finding[]): void {
  const text = doc.text;
  let counts: Map<string, number> | null = null;
  let alone: Set<string> | null = null;
  for (const m of text.matchAll(GLUED_NAME_PAIR)) {
    const before = text[m.index! - 1];
    const after = text[m.index! + m[0].length];
    if ((before !== undefined && PAIR_JOINED_BEFORE.test(before)) || (after !== undefined && PAIR_JOINED_AFTER.test(after))) continue;
    const first = m.groups!.first!;
    const second = m.groups!.second!;
    const french = FRENCH_SAINT.test(first) || (FRENCH_COMPOUND_FIRST.test(first) && FRENCH_COMPOUND_SECOND.test(second));
    if (!french) {
      counts ??= countWords(text);
      const end = m.index! + m[0].length;
      // Used as a modifier in running text ("the CrosbyHuffman community"): a lower-case word on either side. A glued
      // caption ("The Sweet EastJacob Elordi") or a bracketed outlet name ("(ChinaDaily)") is not this.
      if (!/\p{Ll} $/u.test(text.slice(Math.max(0, m.index! - 2), m.index!)) || !/^ \p{Ll}/u.test(text.slice(end, end + 2))) continue;
      if ((counts.get(m[0]) ?? 0) !== 1 || counts.has(second.toLowerCase()) || !(alone ??= wordsWrittenAloneMidSentence(text)).has(first)) continue;
    }
    const fix = `${first}-${second}`;
    out.push({
      kind: 'lost-hyphen', start: m.index!, end: m.index! + m[0].length,
      message: `“${m[0]}” joins two names without their hyphen; it reads “${fix}”.`, fix,
    });
  }
}

/**
 * A capitalised compound the text itself writes with its hyphen, glued elsewhere with both capitals kept: "Al-Falih" and
 * "AlFalih", "Crosby-Huffman" and "CrosbyHuffman", "Rolls-Royce" and "RollsRoyce". The writer's own spelling is the
 * evidence, whatever the length of the parts (a name particle "Al", "El", "Ben" is two or three letters, too short for
 * GLUED_NAME_PAIR); the kept inner capital says where the hyphen was. Two passes, each one regex over the text and set
 * look-ups (no rescan per twin): the hyphenated capitalised compounds, then the glued camel-case words.
 */
const HYPHENATED_CAPITALS = /(?<![\p{L}\p{N}-])\p{Lu}\p{Ll}{1,20}-\p{Lu}\p{Ll}{1,20}(?![\p{L}\p{N}-])/gu;
/** A handle, an address or a file name ("@HoustonChronicle", "/BrentMarsh") is spelled without hyphens by design: not read. */
const GLUED_CAPITALS = /(?<![\p{L}\p{N}'’.@#/_-])\p{Lu}\p{Ll}{1,20}\p{Lu}\p{Ll}{1,20}(?![\p{L}\p{N}@_/-])/gu;

const FOLLOWED_BY_CAPITALISED = /^ \p{Lu}\p{Ll}/u;

function findGluedHyphenatedTwins(doc: ArticleDoc, out: Finding[]): void {
  const text = doc.text;
  let twins: Map<string, string> | null = null;
  for (const m of text.matchAll(HYPHENATED_CAPITALS)) (twins ??= new Map()).set(m[0].replace('-', ''), m[0]);
  if (twins === null) return;
  for (const m of text.matchAll(GLUED_CAPITALS)) {
    const fix = twins.get(m[0]);
    if (fix === undefined) continue;
    // Glued before another capitalised noun, it heads a name of its own: a company or a brand writes the family's name
    // camel-cased on purpose ("the X-Y family" beside "XY Holdings", "XY Capital"); a lost hyphen is a person's name in a
    // sentence, followed by punctuation or a lower-case word.
    if (FOLLOWED_BY_CAPITALISED.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 3))) continue;
    out.push({
      kind: 'lost-hyphen', start: m.index!, end: m.index! + m[0].length,
      message: `“${m[0]}” lost its hyphen at a line break; the text writes “${fix}” elsewhere.`, fix,
    });
  }
}

const ANY_WORD = /[\p{L}\p{N}]+/gu;

function countWords(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(ANY_WORD)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

/**
 * The capitalised words written as a word of their own after a lower-case word or a comma ("of Crosby,"): names, not
 * sentence-opening common words. One pass over the text; a candidate is then a set look-up (it was a rescan per candidate).
 */
const CAPITALISED_ALONE_MID_SENTENCE = /(?<=[\p{Ll},] )\p{Lu}\p{L}*(?![\p{L}\p{N}-])/gu;

function wordsWrittenAloneMidSentence(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(CAPITALISED_ALONE_MID_SENTENCE)) words.add(m[0]);
  return words;
}

/**
 * French compounds of a compass point, always hyphenated: "sud-coréen", "nord-américaine", "sud-africains", "nord-irlandaise",
 * "sud-est", "nord-ouest". Read by shape, not by a list of countries: the point, then an adjective of nationality (its endings
 * -ain, -éen, -ien, -ais, -ois, with their feminine and plural) or "est"/"ouest", glued into one word. Glued ("sudcoréen",
 * "nordouest") they are no French word ("nordique", "sudation" end otherwise); the English closed forms ("northeast") are
 * another language's spelling and are not read.
 */
const FRENCH_COMPASS = /(?<point>sud|nord|Sud|Nord)(?<rest>\p{Ll}{2,12}?(?:ain|éen|ien|ais|ois)(?:n?e)?s?|est|ouest)(?![\p{L}\p{N}])/gu;

function findGluedFrenchCompass(doc: ArticleDoc, out: Finding[]): void {
  for (const m of doc.text.matchAll(FRENCH_COMPASS)) {
    if (joinedAt(doc.text, m.index! - 1) || joinedAt(doc.text, m.index! + m[0].length)) continue;
    const fix = `${m.groups!.point!}-${m.groups!.rest!}`;
    out.push({
      kind: 'lost-hyphen', start: m.index!, end: m.index! + m[0].length,
      message: `“${m[0]}” lost its hyphen; it reads “${fix}”.`, fix,
    });
  }
}

/**
 * A French inverted verb and subject pronoun glued, both hyphens lost at a print line break: "précisetil" (précise-t-il),
 * "ajoutetelle", "atil" (a-t-il), "expliqueton", "ditil" (dit-il). French joins an inverted subject pronoun (il, elle, on, and
 * ils, elles after a plural verb) to its verb with a hyphen, and puts a euphonic "t" between them when the verb ends on a
 * vowel ("-e", "a", "va", the future's "-ra"): a closed class of pronouns and a closed class of verb endings. Read where
 * news prints the inversion: the incise that names who speaks, right after a quotation or a comma ("», précisetil.",
 * "« … », ditelle,") and closed by punctuation; or a question closed by its "?" ("Que vatil faire ?" is left: the pronoun
 * is read only before punctuation). The verb's ending is what keeps nouns and adjectives out: "volatil" (vola-), "gentil",
 * "outil", "subtil" end on no verb ending; a noun in "-eton" ("feuilleton", "jeton") after a comma is told by the quotation
 * that an incise follows, so "on" is read only there.
 */
const GLUED_INVERSION = /(?<=[,»”"]\s?)(?<word>\p{Ll}{1,20})(?=\s?[.,;:!?»”)]|$)/gu;
/** The euphonic form: a verb ending on a vowel, "t", the pronoun ("précisetil", "atelle", "serat-on" aside). */
const EUPHONIC_INVERSION = /^(?<verb>\p{Ll}*(?:e|ra)|a|va)t(?<pron>il|elle|on)$/u;
/** The plain form: a verb ending on "t" or "d" of the present or the past ("ditil", "faitelle", "répondil", "disentils"). */
const PLAIN_INVERSION = /^(?<verb>\p{Ll}*(?:it|ait|aît|ut|ût|ient|int|ond|end|ent))(?<pron>il|elle|ils|elles)$/u;
/** Words with an inversion's letters that are words of their own: the adjective "gentil", the noun "parent" before "elle" aside. */
const NOT_INVERSION = /^(?:gentil|volatil|subtil|outil|pulsatil|vibratil|rétractil|versatil)$/u;
/** Before the incise: the quotation it names the speaker of, a closing guillemet or quote, maybe then a comma. */
const AFTER_QUOTATION = /[»”"]\s?,?\s?$/u;

function findGluedInversions(doc: ArticleDoc, out: Finding[]): void {
  const text = doc.text;
  for (const m of text.matchAll(GLUED_INVERSION)) {
    const word = m.groups!.word!;
    if (word.length < 4 || NOT_INVERSION.test(word)) continue;
    const euphonic = EUPHONIC_INVERSION.exec(word);
    const plain = euphonic === null ? PLAIN_INVERSION.exec(word) : null;
    const found = euphonic ?? plain;
    if (found === null) continue;
    const { verb, pron } = found.groups!;
    // "on" and the plain form after a bare comma can be a noun of a list ("…, feuilleton.", "…, parentelle"): only after a quotation.
    if ((pron === 'on' || plain !== null) && !AFTER_QUOTATION.test(text.slice(Math.max(0, m.index! - 4), m.index!))) continue;
    const fix = euphonic !== null ? `${verb!}-t-${pron!}` : `${verb!}-${pron!}`;
    out.push({
      kind: 'lost-hyphen', start: m.index!, end: m.index! + word.length,
      message: `“${word}” is an inverted verb and pronoun that lost its hyphens at a line break; it reads “${fix}”.`, fix,
    });
  }
}
