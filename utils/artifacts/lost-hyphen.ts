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
  return out;
}

/**
 * A name glued to the participle news style hyphenates after it:
 * "Londonbased", "Sequoialed", "SoftBankbacked", "Nasdaqlisted". Evidence:
 * the name itself is written elsewhere in the text as a word of its own, and
 * is not a prefix ("Underfunded", "Overpowered" are words).
 */
const NAME_COMPOUND = /(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}]+?)(based|backed|led|owned|focused|powered|funded|listed|headquartered|born|made|run)(?![\p{L}\p{N}-])/gu;
/** NAME_COMPOUND as a quick test (no capture, same word-start rule: any capital inside a word would be a start). */
const ANY_NAME_COMPOUND = /(?<![\p{L}\p{N}-])\p{Lu}\p{L}+?(?:based|backed|led|owned|focused|powered|funded|listed|headquartered|born|made|run)(?![\p{L}\p{N}-])/u;
/** A capitalised word of the text (a name, or a word opening a sentence). */
const CAPITALISED = /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}\p{N}]*(?![\p{L}\p{N}-])/gu;
/** Roots that are prefixes: the glued word is a word of its own. */
const PREFIX_ROOT = /^(?:re|un|de|dis|en|em|mis|co|non|pre|pro|over|under|out|up|down|in|on|off|back|cross|counter|self|well|ill|home|hand|crowd|state|mass|after|fore|inter|sub|super|hyper|bi|tri)$/i;
/** A name glued to "led" needs its name at least this often elsewhere ("Bundled", "Kindled" are words). */
const MIN_LED_MENTIONS = 2;

function findNameCompounds(doc: ArticleDoc, out: Finding[]): void {
  if (!ANY_NAME_COMPOUND.test(doc.text)) return;
  const names = new Map<string, number>();
  for (const m of doc.text.matchAll(CAPITALISED)) names.set(m[0], (names.get(m[0]) ?? 0) + 1);
  for (const m of doc.text.matchAll(NAME_COMPOUND)) {
    const root = m[1]!;
    const suffix = m[2]!;
    if (root.length < 3 || PREFIX_ROOT.test(root)) continue;
    const seen = names.get(root) ?? 0;
    if (seen < (suffix === 'led' || suffix === 'run' || suffix === 'made' || suffix === 'born' ? MIN_LED_MENTIONS : 1)) continue;
    const fix = `${root}-${suffix}`;
    out.push({
      kind: 'lost-hyphen', start: m.index!, end: m.index! + m[0].length,
      message: `“${m[0]}” lost its hyphen; the text names ${root} elsewhere, so it reads “${fix}”.`, fix,
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
