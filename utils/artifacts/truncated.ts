/**
 * Sentences cut off without their end: a paywall teaser ending in "…", a
 * print line-break cut ("realty e-"), a paragraph ending on "the". Headings,
 * list items and captions end without punctuation too, so only endings no
 * finished phrase has are read.
 */
import type { ArticleDoc, Finding } from './context';
import { REPORTING_VERBS, tail, wordCount } from './context';
import { headlineRetells, pageKindOf } from './page-kind';
import { isFurnitureLine } from './boilerplate';
import { ELLIPSIS_END, readMoreLabelPattern, storyLinkLabelPattern } from './lexicon';

/** Words no sentence, heading or label ends on. */
export const DANGLING: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'and', 'or', 'for', 'with', 'by', 'at', 'from', 'on', 'that', 'as',
  'is', 'are', 'was', 'were', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'into', 'than', 'but',
  'be', 'been', 'has', 'have', 'had', 'which', 'who', 'whose', 'about', 'between', 'such', 'said',
]);

/**
 * French articles, prepositions and conjunctions ("avant de", "auprès des", "grâce à la"): no French sentence ends
 * on one. Only in lower case: in capitals they are English abbreviations ("1:28 AM ET", "LA", "DES"). Words that also
 * end a clause or are English nouns ('est', 'en', 'son', 'y') are left out.
 */
const FRENCH_DANGLING: ReadonlySet<string> = new Set([
  'le', 'la', 'les', 'de', 'des', 'du', 'un', 'une', 'à', 'au', 'aux', 'et', 'ou', 'pour', 'par', 'avec', 'sur',
  'dans', 'que', 'qui', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette', 'ces', 'entre', 'dont', 'sont', 'ont', 'auprès',
]);

/**
 * The modal auxiliaries, which ask for a verb after them ("However, the plant must", "The deal could"): no sentence ends
 * on one. Only in lower case, like the French words: "Will" and "May" are names and a month, and "will", "may" and "can"
 * are left out as nouns or a month written small ("free will", "during may", "a tin can").
 */
const MODAL_DANGLING: ReadonlySet<string> = new Set(['must', 'could', 'would', 'should', 'might', 'shall', 'cannot']);

/** A word no sentence ends on, as written: English in any case, French words and English modals in lower case. */
export function isDanglingWord(word: string): boolean {
  return DANGLING.has(word.toLowerCase()) || FRENCH_DANGLING.has(word) || MODAL_DANGLING.has(word);
}

/**
 * A modal closing a clause of comparison, condition or manner after its pronoun subject: the verb after it is left out
 * because the sentence already said it ("… have their doubts if they should", "… works as it should", "… more than we
 * could"). English drops a verb phrase so after a modal (ellipsis); "The company said it would" or "the plant must",
 * with no such conjunction, are cut. Endpoints News 710: a headline's deck ending "… if they should".
 */
const ELLIPTICAL_MODAL = /\b(?:if|as|than|whether|though|although|because)\s(?:i|we|you|he|she|it|they|one)\s(?:must|could|would|should|might|shall)$/iu;

/** A word cut at a line-break hyphen: "realty e-", "infra-". */
const HYPHEN_CUT = /\p{Ll}-$/u;
/**
 * Hard-wrapped print text (a PDF or print replica read line by line): two or
 * more lines end on a word split at a hyphen ("pion-", "Com-"). There a
 * line-end hyphen is the print wrap, not a cut, so it is no evidence of one.
 */
const MIN_PRINT_WRAP_LINES = 2;
function isPrintWrapped(ps: readonly string[]): boolean {
  let n = 0;
  for (const p of ps) if (HYPHEN_CUT.test(tail(p, 4)) && ++n >= MIN_PRINT_WRAP_LINES) return true;
  return false;
}
/** A teaser ellipsis after a word, with no closing quote: "all involved in the …". */
const TEASER_ELLIPSIS = /\p{L}\s(?:…|\.\.\.)$/u;

/** A word cut short before a spaced ellipsis: "a debt ins ...", "other C ...". */
const PREVIEW_CUT = /\p{L} (?:\.\.\.|…)$/u;
/**
 * A template's excerpt cut inside the body: a long sentence stopped on a name or a figure, then a space and the ellipsis
 * (" …", " ..."), with a new sentence or the site's chrome after it ("… in its Chilean arm, BBVA …" over a "Subscribe"
 * box, Latin Trade 614; "… and a massive 46.7 …" before the next teaser, The Exchange 652; at the text's end the same
 * spaced cut is TEASER_ELLIPSIS's, Bloomberg on the Daily Record 463, finanznachrichten 572). A digest or listing template
 * appends " …" to the characters it keeps, wherever they stop; a sentence does not trail off on a bare figure or on a
 * name that begins a clause. A writer's ellipsis closes a phrase on a lower-case word (French sets a space before it:
 * "… n'avait jamais vu …"), is glued to its word ("… the lottery…"), follows a comma, closes an enumeration of short
 * items ("… Ostrand, Kell, Marrow Bay ...": "and so on"), or goes on in the next paragraph, which opens on the ellipsis
 * ("… and then the Harbour Board …" / "… sits down"); a quotation left open is a speaker trailing off.
 * A writer's suspense ellipsis may stop on a name or a figure too ("… wants them to trust Ostrand …", "… and then came
 * 2020 …", review of session 22, finding 1), so the cut also needs the template around it (templateCutContext): the
 * site's chrome or the next teaser's title under it (614's "Subscribe" box), another cut teaser next to it, or, for a
 * figure, a bare number in a sentence whose other figures carry their unit (652's "a massive 46.7 …" after "27.5
 * percent": the writer's figure would have its unit too).
 */
const SPACED_EXCERPT_CUT = /(?<=^|[\s'’(])(?:\p{Lu}[\p{L}\p{N}&.'’-]*|\p{N}[\p{N}.,]*%?) (?:…|\.\.\.)$/u;
/** The last two items of a comma list, each a few words, before the ellipsis: an enumeration trailing off. */
const ENUMERATION_TRAIL = /,\s[^,;:]{1,30},\s[^,;:]{1,30}\s(?:…|\.\.\.)$/u;
/** A paragraph opening on an ellipsis: the sentence broken off above goes on here. */
const OPENS_ON_ELLIPSIS = /^\s*(?:…|\.\.\.)/u;
/** The cut sentence is long: a short line ending " …" is a heading, a list lead-in or a title. */
const MIN_SPACED_CUT_WORDS = 12;
function spacedExcerptCut(p: string, end: string, next: string | undefined, prev: string | undefined): boolean {
  return SPACED_EXCERPT_CUT.test(end) && !ENUMERATION_TRAIL.test(end) && !OPENS_ON_ELLIPSIS.test(next ?? '') && !LIST_ITEM.test(p)
    && !hasOpenQuote(p) && (p.match(/"/g)?.length ?? 0) % 2 === 0 && wordCount(p.slice(lastSentenceStart(p))) >= MIN_SPACED_CUT_WORDS
    && templateCutContext(p, end, next, prev);
}
/**
 * The next teaser's title: a short line (3 to 14 words) opening on a capital, a digit or a quote, with no sentence
 * punctuation at its end (a question mark is a title's). "Scotiabank bids $2.9-billion for stake in Chilean bank".
 */
const TITLE_LINE = /^["'“‘]?[\p{Lu}\p{N}][^\n]*[^.!:;,…\s]$/u;
function isTitleLine(p: string): boolean {
  const words = wordCount(p);
  return p.length <= 120 && words >= 3 && words <= 14 && TITLE_LINE.test(p) && !p.endsWith('...') && !LIST_ITEM.test(p);
}
/** A neighbour that is a teaser cut the same way: a long paragraph ending on a spaced ellipsis. */
const SPACED_ELLIPSIS_END = /\s(?:…|\.\.\.)$/u;
function isCutTeaser(p: string | undefined): boolean {
  return p !== undefined && SPACED_ELLIPSIS_END.test(p) && wordCount(p) >= MIN_SPACED_CUT_WORDS;
}
/** The excerpt stops on a bare figure (no unit, no percent sign): "a massive 46.7 …". */
const BARE_FIGURE_CUT = /(?<=^|\s)\p{N}[\p{N}.,]* (?:…|\.\.\.)$/u;
/**
 * A figure written with its unit: a currency sign before it, or a percent, a scale word or a unit after it ("27.5
 * percent", "$2.9-billion", "68-per-cent", "12 millions d'euros"). A closed class of units, EN and FR.
 */
const FIGURE_WITH_UNIT = /[$€£¥]\s?\p{N}|\p{N}(?:[-\s]?(?:%|percent\b|per[-\s]cent\b|pour\s?cent\b|points?\b|(?:m|b)illions?\b|milliards?\b|bn\b|tonnes?\b|tons?\b|km\b|euros?\b|dollars?\b|pounds?\b))/iu;
/**
 * What makes a spaced ellipsis on a name or a figure the template's: the site's chrome or the next teaser's title under
 * it, another cut teaser above or below it, or a bare figure in a sentence whose other figures carry their unit.
 */
function templateCutContext(p: string, end: string, next: string | undefined, prev: string | undefined): boolean {
  if (next !== undefined && (isFurnitureLine(next) || isTitleLine(next) || isCutTeaser(next))) return true;
  if (isCutTeaser(prev)) return true;
  if (!BARE_FIGURE_CUT.test(end)) return false;
  return FIGURE_WITH_UNIT.test(p.slice(lastSentenceStart(p)).replace(BARE_FIGURE_CUT, ''));
}
/** A link shortened for display ("example.com/the-elephant-in-the-room …"): the address, not a sentence, was cut. */
const SHORTENED_LINK = /\S*[/@]\S* (?:\.\.\.|…)$/u;
/** A link preview is a paragraph of some length; a short line ending "..." is a heading or a list lead-in. */
const MIN_PREVIEW_WORDS = 12;
/** An ellipsis right before a glued lower-case "by" and a capitalised name. */
const TEASER_THEN_BYLINE = /\p{L}…(?= by\p{Lu}\p{Ll})/u;

/**
 * A line that promises the rest of the text elsewhere: a teaser's "Read More",
 * a paywall's "Read the full article – start your free trial", "Continue
 * reading", "Lire la suite". The paragraph just above it was cut there.
 */
export const CONTINUATION_PROMPT = new RegExp(String.raw`^[[(«]?\s*(?:${[
  // English teaser links and paywalls
  String.raw`(?:want|wish|would you like) to (?:read more|keep reading|continue reading)|read more|more…|more\.\.\.|read (?:the )?(?:full|rest of the|whole|complete) (?:article|story|post)|continue reading|keep reading|read the rest`,
  String.raw`to (?:continue|keep) reading|to read (?:the|this) (?:full|rest|whole|article|story)|(?:subscribe|sign up|register|log ?in|sign in|create a (?:free )?account|become a (?:member|subscriber)) (?:now |today |for free )?to (?:read|continue|unlock|keep reading|access)`,
  // "For access to this article please / sign in or / subscribe.", "To access the full story, log in", "Pour accéder à cet article, abonnez-vous"
  String.raw`(?:for (?:full )?access to|(?:in order )?to access|to get access to) (?:this|the full|the rest of this|the whole) (?:article|story|content|post|report)|pour (?:accéder|avoir accès) à (?:cet|la suite de cet|l['’]intégralité de cet|ce) (?:article|contenu|reportage)`,
  String.raw`unlock (?:this|the full) (?:article|story)|(?:this|the rest of this) (?:article|story|content) is (?:for|only available to|available to|reserved for|exclusive to) (?:subscribers|members|premium|paying)|already a subscriber|you(?:'|’)ve reached your (?:free )?(?:article )?limit`,
  // French, German, Spanish, Italian
  String.raw`(?:envie|vous souhaitez|vous voulez) (?:de )?lire la suite|lire la suite|pour lire la suite|la suite (?:de cet article )?est réservée|(?:cet )?(?:article|contenu) (?:est )?réservé aux (?:abonnés|membres)|il vous reste \d{1,3} ?% de cet article|abonnez-vous pour (?:lire|continuer|accéder)|(?:connectez-vous|inscrivez-vous) pour (?:lire|continuer|accéder)|déjà abonné`,
  String.raw`(?:jetzt )?weiterlesen|mehr lesen|leer más|seguir leyendo|continua a leggere`,
].join('|')})(?![\p{L}\p{N}])`, 'iu');
/**
 * A preview notice, one structure in English and French (review B2: the French form was one site's string): the reader is
 * told what they read, "you are reading / vous lisez" + "a preview, an excerpt / un aperçu, un extrait", optionally followed
 * after a comma by the imperative that opens the rest (ACCESS_IMPERATIVE: "…, sign up to read more", "…, inscrivez-vous pour
 * lire la suite"). A clause that goes on after a comma with anything else is a sentence, not the notice.
 */
const ACCESS_IMPERATIVE = String.raw`,\s(?:(?:inscrivez|abonnez|connectez|identifiez)-vous|sign (?:up|in)|log in|subscribe|register)(?![\p{L}\p{N}])`;
const PREVIEW_NOTICE = String.raw`(?:(?:vous lisez|vous consultez) (?:un aperçu|un extrait)|(?:you are|you['’]re) (?:reading|viewing) (?:a|an|this) (?:preview|excerpt))(?:${ACCESS_IMPERATIVE})?`;
/**
 * A paywall's reading notice or its "not a subscriber yet" button right under
 * the teaser: a preview notice (PREVIEW_NOTICE), "Vous lisez un article de la revue …", "PAS ENCORE ABONNÉ",
 * "You are reading a premium article", "Not a subscriber yet?" (not a clause that goes
 * on after a comma: "Pas encore abonnés, les clients …"), "Premium content is available to subscribers only",
 * "This content is restricted and available only to subscribers". Like a prompt it
 * says the text above was cut; unlike "Read more" it is followed by the
 * paywall's own lines, never by the next story.
 */
const PAYWALL_NOTICE = new RegExp(String.raw`^[[(«]?\s*(?:${PREVIEW_NOTICE}|(?:vous lisez|vous consultez) (?:un article (?:de la revue|du magazine|du journal|de l['’]édition|réservé|premium|abonnés?)|une archive)|(?:vous n['’]êtes )?pas encore abonnée?s?|(?:you are|you['’]re) (?:reading|viewing) (?:a|an|this) (?:premium article|subscriber[- ]only article|article from (?:the|our) (?:magazine|print edition|archives?))|not (?:yet )?a (?:subscriber|member)|(?:premium |this |subscriber[- ]only )?content is (?:restricted and )?(?:only )?available (?:only )?(?:to|for) (?:subscribers|members|paying (?:subscribers|members)))(?![\p{L}\p{N}]|\s*,)`, 'iu');

export function isPaywallNotice(line: string): boolean {
  return line.length <= MAX_PROMPT_LENGTH && PAYWALL_NOTICE.test(line);
}

/**
 * An excerpt's cut mark: an ellipsis right after a word, or a bracketed one ("[…]", "[...]"). The word may close a bracket
 * ("… under Section 35A (17)…", "… the index (NSE)…"): a template's cut falls after a reference or an acronym as well.
 */
const EXCERPT_END = /[\p{L}\p{N},)\]]\s?(?:…|\.\.\.)$|\s\[(?:…|\.\.\.)\]$/u;
/** A WordPress excerpt cut: " […]" or " [...]" closing a paragraph (an elision inside a quote closes with the quote mark). */
const BRACKETED_CUT = /\p{L}[,;]?\s\[(?:…|\.\.\.)\]$/u;
/**
 * A preview cut after a comma, the cut marked by an ellipsis: "…while I blab on the phone, ...". The clause before the
 * comma is a run of at least four words ending in lower case: after a list of names ("Debian, Fedora, ...") the
 * ellipsis is the writer's "etc.".
 */
const COMMA_CUT = /(?:^|[,;:]\s?|[.!?]\s)[^,;:.!?]*?\p{Ll}[,;]\s?(?:\.\.\.|…)$/u;
const MIN_COMMA_CUT_CLAUSE_WORDS = 4;
function commaCut(end: string): boolean {
  const m = COMMA_CUT.exec(end);
  return m !== null && wordCount(m[0]) >= MIN_COMMA_CUT_CLAUSE_WORDS + 1;
}
/** A sentence ending on an opening bracket: "…available on the authority's Web site (" — the link it held was dropped, and the rest of the sentence with it. */
const OPEN_PAREN_CUT = /\p{L}\s?[([]$/u;
/** A cut needs a sentence's worth of words before it: a short line ending "(" is a label or a formula. */
const MIN_MARKED_CUT_WORDS = 6;
/**
 * The label form the lexicon's READ_MORE_LABELS does not hold: "la suite" alone ("… et le budget la suite"). The rest,
 * a blog's "read the full post" / "read the rest of the post" included, comes from the lexicon's one list.
 */
const GLUED_LABEL_EXTRA = 'la suite';
/**
 * The excerpt mark with its prompt glued after it: "… the target… Read more »", "… [...] Continue reading →", "… écrit
 * l'institut […] Lire l'article". The labels are the lexicon's (EN and FR), not a local list.
 */
const GLUED_PROMPT = new RegExp(String.raw`(?:…|\.\.\.|\[(?:…|\.\.\.)\])(?=\s*(?:${readMoreLabelPattern('any')}|${GLUED_LABEL_EXTRA})[\s»›→>.]*$)`, 'iu');
/** A prompt is a short line. */
const MAX_PROMPT_LENGTH = 160;
/** A cut sentence before a prompt, when it does not stop on a function word: long enough not to be a teaser headline. */
const MIN_CUT_SENTENCE_WORDS = 12;

/**
 * A paragraph that opens a sentence of its own: a capitalised function word
 * or pronoun, then a lower-case word ("The company said …", "It was …"). A
 * name or a title ("Sequoia Capital", "The New York Times") does not.
 */
const NEW_SENTENCE = /^(?:The|A|An|In|It|Its|This|That|These|Those|But|And|He|She|They|We|I|On|At|For|As|With|According|However|Their|Our|His|Her|Some|Many|Most|There|When|While|After|Before|Since|If|Although|Last|Now|So|Yet|Still|Meanwhile|Today) \p{Ll}/u;

/** Numbered or bulleted list items end without punctuation by design. */
const LIST_ITEM = /^(?:\d{1,2}[.)]|[-•*–—])\s/u;

/** The last sentence of a paragraph (cheap: after the last terminal punctuation). */
function lastSentenceStart(p: string): number {
  const re = /[.!?]["'”’)]*\s+(?=["'“‘]?[\p{Lu}\p{N}])/gu;
  let at = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(p)) !== null) at = m.index + m[0].length;
  return at;
}

/**
 * A change told as a range needs both ends: "cut its target from $16 to $14", "lowered it to $69 from $77",
 * "passé de 16 à 14 euros". A sentence whose verb of change opens the range with "from"/"de" and stops on that
 * figure and a full stop ("Mr Doe cut his target from $16.") lost its end: the cents after the decimal point or
 * the "to …" clause were cut with the excerpt. Verbs of change, a closed class (EN inflections, FR "passer"
 * forms: "abaisser de 16 euros" is a change *by* 16, complete).
 *
 * The past tense of the verbs whose subject changes by a figure ("revenue rose", "the loss narrowed"): one list, read by the
 * open-range reader (CHANGE_VERB, with the other forms) and by the stripped-figure reader (FIGURE_SLOT_END).
 */
const INTRANSITIVE_CHANGE_PAST: readonly string[] = [
  'increased', 'decreased', 'rose', 'fell', 'grew', 'declined', 'dropped', 'climbed', 'jumped', 'slipped', 'improved', 'widened', 'narrowed',
];
/** The other forms of change (CHANGE_VERB): transitive verbs ("cut its target"), present tenses, the French "passer". */
const OTHER_CHANGE_FORMS = String.raw`cut|cuts|raised?|raises|lowered|lowers?|lifted|lifts?|increases?|reduced|reduces?|trimmed|trims?|slashed|slash(?:es)?|boosted|boosts?|falls?|rises?|drops?|climbs?|jumps?|slips?|declines?|grows?|moved|moves?|revised|revises?|passée?s?|passe|passent|passait|passant`;
const CHANGE_VERB = new RegExp(String.raw`(?<!\p{L})(?:${INTRANSITIVE_CHANGE_PAST.join('|')}|${OTHER_CHANGE_FORMS})(?!\p{L})`, 'iu');
/** The range's first end closing the sentence: "from $16." / "de 16 euros." / "from 3.2%." (decimals kept in the figure). */
const OPEN_RANGE_END = /\b(?:from|de) (?:US|A|C|HK)?[$€£¥]?\s?\d{1,3}(?:[,.\s]\d{3})*(?:[.,]\d+)?(?:\s?(?:%|per cent|pour cent|cents?|euros?|dollars?|pence|p))?\.$/u;
/** The other end given in the sentence: "to $14", "à 14", "to 2.9%". */
const RANGE_OTHER_END = /\b(?:to|à) (?:US|A|C|HK)?[$€£¥]?\s?\d/u;
/**
 * A baseline, not a range's first end: "…, up from 14%.", "down from 450.", "en hausse de 3 %.", "en
 * baisse de 3 %.", "en recul de 2 %." The comparison word says the figure is what it changed from or by,
 * and the sentence is whole. Read on the words just before "from"/"de".
 */
const BASELINE_BEFORE = /(?:(?:up|down|higher|lower|more|less|compared|versus)|en (?:hausse|baisse|recul|progression|repli))\s*$/iu;

/**
 * Where the cut sentence starts, when the paragraph ends on a range with one end (see CHANGE_VERB); null otherwise.
 * The change must give no figure between its verb and "from": "grew 20% …, up from 14%." and "rising 8% from
 * 1,200." told how much already, so "from" opens the baseline and the sentence is complete.
 */
function openRangeCut(p: string, end: string): number | null {
  if (!end.endsWith('.') || !OPEN_RANGE_END.test(end)) return null;
  const from = lastSentenceStart(p);
  const sentence = p.slice(from);
  if (sentence.length > 400 || wordCount(sentence) < 5 || RANGE_OTHER_END.test(sentence)) return null;
  const rangeAt = OPEN_RANGE_END.exec(sentence)?.index ?? -1;
  if (rangeAt < 0) return null;
  const before = sentence.slice(0, rangeAt);
  if (BASELINE_BEFORE.test(before)) return null;
  // The last verb of change before "from", then nothing counted between it and "from".
  const verbs = new RegExp(CHANGE_VERB.source, 'giu');
  let verbEnd = -1;
  let m: RegExpExecArray | null;
  while ((m = verbs.exec(before)) !== null) verbEnd = m.index + m[0].length;
  // A year names the period, not an amount: "cut its 2024 growth forecast from 3.1%." still lacks the new figure.
  if (verbEnd < 0 || /\d/u.test(before.slice(verbEnd).replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, ''))) return null;
  return from;
}

/** A sidebar teaser: a sentence or two cut at a fixed length, the ellipsis glued to its last word. */
const CUT_TEASER = /[\p{L}\p{N},]\s?(?:…|\.\.\.)$/u;
const MIN_TEASER_WORDS = 6;
const MAX_TEASER_WORDS = 60;
/** Teasers come in lists; one line ending on an ellipsis is the writer's. */
const MIN_TEASER_RUN = 3;

/**
 * Runs of cut teasers after the article ("More stories" sidebars read as
 * text): three or more lines in a row, each cut with a glued "…", after at
 * least one finished body paragraph. [first, last] paragraph indexes.
 */
/** The runs of a page, computed once: truncated and merged-stories both read them (keyed on the paragraphs array). */
const TEASER_RUNS_MEMO = new WeakMap<readonly string[], ReadonlyArray<readonly [number, number]>>();

export function cutTeaserRuns(ps: readonly string[]): ReadonlyArray<readonly [number, number]> {
  let runs = TEASER_RUNS_MEMO.get(ps);
  if (runs === undefined) {
    runs = computeTeaserRuns(ps);
    TEASER_RUNS_MEMO.set(ps, runs);
  }
  return runs;
}

function computeTeaserRuns(ps: readonly string[]): ReadonlyArray<readonly [number, number]> {
  const runs: Array<[number, number]> = fixedLengthTeaserRuns(ps);
  // The fixed-length runs' lines, as a set: one lookup per paragraph, not a scan of the runs.
  const fixed = new Set<number>();
  for (const [a, b] of runs) for (let k = a; k <= b; k++) fixed.add(k);
  const inFixedRun = (i: number): boolean => fixed.has(i);
  let bodySeen = false;
  for (let i = 0; i < ps.length; i++) {
    const isTeaser = (k: number): boolean => {
      const p = ps[k];
      if (p === undefined || p.length > 500 || !CUT_TEASER.test(tail(p, 8)) || hasOpenQuote(p)) return false;
      const n = wordCount(p);
      return n >= MIN_TEASER_WORDS && n <= MAX_TEASER_WORDS;
    };
    if (inFixedRun(i)) continue;
    if (bodySeen && isTeaser(i)) {
      let j = i;
      while (isTeaser(j + 1)) j++;
      if (j - i + 1 >= MIN_TEASER_RUN) runs.push([i, j]);
      i = j;
      continue;
    }
    if (wordCount(ps[i]!) >= 15 && /[.!?]["'”’)]*$/u.test(tail(ps[i]!, 8))) bodySeen = true;
  }
  return runs.sort((a, b) => a[0] - b[0]);
}

/**
 * A listing page's teasers (a section, tag or aggregator page read as text): each item's text cut by the
 * template at a fixed number of characters, at a word boundary and with no ellipsis ("… and some areas",
 * "… The government, Ms Reeves", "… sur les marchés et"). One such line is a dropped link or a
 * hard wrap; three or more in a row, each a few sentences long and all of nearly the same length, are the
 * template's cut. Print hard wraps are lines of a column (well under 150 characters), so they never qualify.
 */
const FIXED_CUT_END = /[\p{L}\p{N},]$/u;
const MIN_FIXED_TEASER_LENGTH = 150;
const MAX_FIXED_TEASER_LENGTH = 700;
const MIN_FIXED_TEASER_WORDS = 25;
/** The cut falls at a word boundary before the limit: the longest item of a run is at most this much longer than the shortest. */
const MAX_FIXED_LENGTH_SPREAD = 1.2;

/** A listing item long enough for the template to cut (cut or not: some items end, by chance, on a full stop). */
function isListingItem(p: string | undefined): p is string {
  return p !== undefined && p.length >= MIN_FIXED_TEASER_LENGTH && p.length <= MAX_FIXED_TEASER_LENGTH && wordCount(p) >= MIN_FIXED_TEASER_WORDS && !LIST_ITEM.test(p);
}

function isFixedCut(p: string): boolean {
  return FIXED_CUT_END.test(p) && !hasOpenQuote(p);
}

/** Of a run of items of one length, this share at least must be cut (the rest ended on a full stop by chance). */
const MIN_CUT_SHARE = 2 / 3;

/** A section label on its own line: one to three capitalised words, no punctuation ("Business", "Local News", "Économie"). */
const SECTION_LABEL = /^\p{Lu}[\p{L}&'’-]{1,20}(?: [\p{L}&'’-]{1,20}){0,2}$/u;
function isSectionLabel(p: string | undefined): boolean {
  return p !== undefined && SECTION_LABEL.test(p);
}

function fixedLengthTeaserRuns(ps: readonly string[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < ps.length; i++) {
    const first = ps[i];
    if (!isListingItem(first) || !isFixedCut(first)) continue;
    let min = first.length;
    let max = first.length;
    let j = i;
    let lastCut = i;
    let cuts = 1;
    for (;;) {
      // A section label between two items ("Business", "Sport") is part of the listing.
      if (isSectionLabel(ps[j + 1]) && isListingItem(ps[j + 2])) j++;
      const next = ps[j + 1];
      if (!isListingItem(next)) break;
      const lo = Math.min(min, next.length);
      const hi = Math.max(max, next.length);
      if (hi > lo * MAX_FIXED_LENGTH_SPREAD) break;
      min = lo;
      max = hi;
      j++;
      if (isFixedCut(next)) {
        cuts++;
        lastCut = j;
      }
    }
    // The run is reported from its first cut item to its last.
    if (cuts >= MIN_TEASER_RUN && cuts >= (lastCut - i + 1) * MIN_CUT_SHARE) runs.push([i, lastCut]);
    i = j;
  }
  return runs;
}

/**
 * Listing cards whose teasers the template cut with a glued "…" ("… are more…", "… In a study…"), each between
 * card lines: its own headline above, the next card's headline, section or source label below (short lines that
 * close no sentence). Unlike a sidebar run (cutTeaserRuns) the teasers are not adjacent; the card lines
 * between them are what says they are cards, and a writer's trailing "…" has no headline on both sides.
 */
const CARD_TEASER_CUT = /[\p{L}\p{N},]\s?(?:…|\.\.\.)$/u;
/** A card line: a headline, a section, source or place label: a short line that closes no sentence. */
const MAX_CARD_LINE_WORDS = 25;
const MAX_CARD_LINE_LENGTH = 220;
function isCardLine(p: string | undefined): boolean {
  return p !== undefined && p.length <= MAX_CARD_LINE_LENGTH && wordCount(p) <= MAX_CARD_LINE_WORDS && !/[.!?…:;,]["'”’»)]*$/u.test(p);
}
/** A card's teaser is prose: a sentence's worth of words at least, a few sentences at most. */
const MIN_CARD_TEASER_WORDS = 12;
const MAX_CARD_TEASER_LENGTH = 1200;
/** Cards come in lists: one teaser between headlines is a subhead's paragraph ending on a writer's "…". */
const MIN_CARD_TEASERS = 2;

/** The paragraph indexes of card teasers cut with "…" (empty when fewer than MIN_CARD_TEASERS). */
function cardTeaserCuts(ps: readonly string[]): number[] {
  const cuts: number[] = [];
  for (let i = 1; i + 1 < ps.length; i++) {
    const p = ps[i]!;
    if (p.length > MAX_CARD_TEASER_LENGTH || !CARD_TEASER_CUT.test(tail(p, 8)) || hasOpenQuote(p) || LIST_ITEM.test(p)) continue;
    if (wordCount(p) < MIN_CARD_TEASER_WORDS || !isCardLine(ps[i - 1]) || !isCardLine(ps[i + 1])) continue;
    cuts.push(i);
  }
  return cuts.length >= MIN_CARD_TEASERS ? cuts : [];
}

/**
 * How a wire photo caption opens: AP's "FILE - In this April 21, 2016, file photo, …", "In this
 * undated handout photo, …", Reuters' "FILE PHOTO: A logo of …", AFP's "PHOTO D'ARCHIVE - …" /
 * "ARCHIVES - …". Prose never opens so.
 */
const WIRE_CAPTION_OPENER = /^(?:FILE(?: PHOTO)? ?[-–—:] ?\p{Lu}|In this (?:[\p{L}\p{N}, ]{3,40}? )?(?:file |handout |undated |aerial |frame grab |still )?(?:photo|image|picture|photograph|video|frame grab)\b|(?:PHOTO D['’]ARCHIVE|ARCHIVES) ?[-–—:] ?\p{Lu})/u;
/** A wire caption is a sentence or two and always closes on punctuation or its credit's bracket. */
const MIN_WIRE_CAPTION_WORDS = 8;
const MAX_WIRE_CAPTION_LENGTH = 400;

/** A wire caption that stops mid-phrase ("… Matt Lauer, co-host of the NBC"): a template's caption preview. */
function isCutWireCaption(p: string): boolean {
  return p.length <= MAX_WIRE_CAPTION_LENGTH && /[\p{L}\p{N}]$/u.test(p) && wordCount(p) >= MIN_WIRE_CAPTION_WORDS && WIRE_CAPTION_OPENER.test(p);
}

/**
 * A quotation closed by a comma and its reporting verb, and nothing after: "“… in the west,” said" / "«…», a déclaré".
 * The speaker (a name and title) was stripped with the rest of the line: a quote is attributed to someone, so no
 * finished sentence stops on its reporting verb. Seen on scraped wire releases and issue-archive teasers. The reporting
 * verbs are a closed class (the one list, REPORTING_VERBS); the comma (or the French "»,") before the verb is what says the
 * quote closed there.
 */
const SPEAKERLESS_QUOTE = new RegExp(String.raw`(?:,\s?["”]|["”],)\s?(?:${REPORTING_VERBS.en.join('|')}|according to)$|»,?\s(?:a (?:${REPORTING_VERBS.frParticiple.join('|')})|${REPORTING_VERBS.frPresent.join('|')}|selon)$`, 'u');
/** The quote before the bare verb is a sentence's worth of words. */
const MIN_SPEAKERLESS_QUOTE_WORDS = 6;
function speakerlessQuote(p: string): boolean {
  return wordCount(p) >= MIN_SPEAKERLESS_QUOTE_WORDS && SPEAKERLESS_QUOTE.test(tail(p, 40));
}

/**
 * Stripped-figure lines: a results release (or any text of figures) whose amounts the scraper dropped, each sentence
 * left standing on its own line up to where the figure was: "Revenue for the quarter was", "Net loss for the six months
 * ended", "Le chiffre d'affaires s'établit à". The sentence stops in a figure's slot: after a past copula, a change or
 * total verb, a change's preposition ("rose to", "en hausse de"), or a period phrase's "ended" whose date went too.
 * Function words alone ("… passed to the", "… such that") are no figure slot: there a dropped code span, formula or
 * link leaves the same shape (the single-line readers in findTruncatedSentences read those, with more conditions).
 * Headings, captions and list items end without a stop too, but on a noun or a name, in Title Case, or after a list
 * marker: those are left. One such line alone may be a writer's slip; two or more on one page are the template's cut.
 */
const FIGURE_SLOT_END = new RegExp(String.raw`(?:^|\s)(?:${[
  // EN: a past copula or a change/total verb with its amount gone ("… was", "… increased", "… totalled", "… rose to").
  'was', 'were', 'been',
  // ("reached" is left out: "… an agreement was reached" is whole.)
  // (The change verbs are INTRANSITIVE_CHANGE_PAST, the open-range reader's; a total's verbs are added here.)
  `(?:${INTRANSITIVE_CHANGE_PAST.join('|')}|totalled|totaled)(?: (?:by|to|from))?`,
  'amounted to', '(?:up|down) (?:by|to|from)', 'compared (?:with|to)',
  // FR: a verb of standing at a figure, or a change noun's "de" ("s'établit à", "ressort à", "a atteint", "en hausse de").
  // ("contre" and a bare "atteint" are left out: "… ont voté contre", "… l'objectif est atteint" are whole.)
  "s['’](?:établit|établissent|élève|élèvent|inscrit|inscrivent)(?: à)?", '(?:ressort|ressortent)(?: à)?', '(?:a|ont|avait|avaient) atteint',
  '(?:est|était|sont|étaient) (?:de|à)', '(?:hausse|baisse|progression|recul|repli|croissance) de',
].join('|')})$`, 'u');
/** A period phrase whose date went with the figure: "for the quarter ended", "in the nine months ending". */
const PERIOD_ENDED = /(?:quarter|months|month|year|period|weeks|week|half|semester)\s(?:ended|ending)$/u;
const MIN_STRIPPED_WORDS = 4;
const MIN_STRIPPED_LINES = 2;
/**
 * A heading's or an interviewer's question form: an indirect question led by a wh-word ("How the company grew", "Why the
 * shares fell", "Comment le chiffre a progressé") or a Q&A's "Q:" ("Q: And what the valuation was"). It ends on a bare verb
 * by its grammar, with nothing cut: a stripped figure's sentence states its subject first ("Revenue for the quarter was").
 * Review of round A (F1): explainers set several such subheads on a page. A closed class of question words, EN and FR.
 */
const QUESTION_FORM = /^(?:Q\s?:\s?)?["“‘«]?(?:How|Why|What|Where|When|Who|Which|Whether|Comment|Pourquoi|Ce que|Ce qui|Où|Quand|Qui|Combien)\s/u;

/**
 * A line opening with a figure: a currency sign and digits ("$518 million", "€ 2,4 millions", "US$1.2bn"), or digits
 * with a scale or a percent ("12.5 per cent", "518 million", "3,2 milliards"). Under a line ending where its figure
 * should be, it is that figure, set on its own line by the page's markup.
 */
const FIGURE_OPENING = /^(?:(?:US|C|A|HK|S|NZ)?[$€£¥]\s?\d|\d[\d.,\s]*(?:%|per ?cent|million|billion|bn\b|m\b|milliards?|millions?))/u;

function isStrippedFigureLine(p: string, next: string | undefined): boolean {
  if (!/\p{Ll}$/u.test(tail(p, 4)) || LIST_ITEM.test(p) || hasOpenQuote(p)) return false;
  // The next line goes on in lower case, or opens with the figure itself ("… net revenues were" / "$518 million, down
  // 1%"): the paragraph was wrapped, or the figure's span broken onto its own line, not cut.
  if (next !== undefined && (/^\p{Ll}/u.test(next) || FIGURE_OPENING.test(next))) return false;
  const sentence = p.slice(lastSentenceStart(p));
  if (!/^["“‘«]?\p{Lu}/u.test(sentence) || wordCount(sentence) < MIN_STRIPPED_WORDS || isTitleCase(sentence)) return false;
  if (QUESTION_FORM.test(sentence) || /^Q\s?:/u.test(p)) return false;
  const end = tail(sentence, 40);
  return FIGURE_SLOT_END.test(end) || PERIOD_ENDED.test(end);
}

/** The indexes of a page's stripped-figure lines: empty unless there are MIN_STRIPPED_LINES or more. */
function strippedFigureLines(ps: readonly string[]): Set<number> {
  const found: number[] = [];
  for (let i = 0; i < ps.length; i++) if (isStrippedFigureLine(ps[i]!, ps[i + 1])) found.push(i);
  return new Set(found.length >= MIN_STRIPPED_LINES ? found : []);
}

/**
 * Cut sentences. (The line-shape block reader, which rode on this step, has its own step in index.ts, claimed just
 * before this one, so a cut headline inside a block still goes with the block.)
 */
export function findTruncatedSentences(doc: ArticleDoc): Finding[] {
  const out: Finding[] = [];
  const ps = doc.paragraphs;
  // A list of cut teasers: one finding for the list (its first teaser), the message counts the others.
  const inTeaserRun = new Set<number>();
  const runStarts = new Set<number>();
  for (const [a, b] of cutTeaserRuns(ps)) {
    runStarts.add(a);
    for (let k = a; k <= b; k++) inTeaserRun.add(k);
    const p = ps[a]!;
    let from = lastSentenceStart(p);
    // A cut right after a sentence's first word ("… on Tuesday afternoon. The") shows the sentence before it too.
    if (from > 1 && wordCount(p.slice(from)) < 3) from = lastSentenceStart(p.slice(0, from).trimEnd());
    const marked = ELLIPSIS_END.test(p);
    // A "read more" label glued after the cut is the label's (furniture), not the cut sentence's: the span stops before it.
    const label = wordCount(p) >= 8 ? cutBeforeGluedLabel(p) : -1;
    out.push({ kind: 'truncated-sentence', start: (doc.starts[a] ?? 0) + from, end: (doc.starts[a] ?? 0) + (label > from ? label : p.length), message: marked ? `A list of ${b - a + 1} teasers follows the article, each cut off mid-sentence (“…”); this is the first.` : `A list of ${b - a + 1} teasers, each cut off mid-sentence at the same length; this is the first.`, fix: null });
  }
  // The last paragraph of prose: what follows is furniture only.
  let lastProse = ps.length - 1;
  const printWrapped = isPrintWrapped(ps);
  // A print replica or front page read line by line (page-kind.ts): its lines end where the column ends, so a
  // line stopping on "of" or mid-clause is no cut there.
  const printColumns = pageKindOf(doc).kind === 'print';
  while (lastProse > 0 && (isFurnitureLine(ps[lastProse]!) || wordCount(ps[lastProse]!) < 4)) lastProse--;
  const cardCuts = new Set(cardTeaserCuts(ps));
  // Lines of a release whose figures were stripped (strippedFigureLines): read as a group, not one by one.
  const stripped = printColumns || printWrapped ? new Set<number>() : strippedFigureLines(ps);
  // Teasers found stopped with no mark before the next item (cutBeforeNextItem): the listing's last one is read the same way.
  let cutItems = 0;
  const nextWorded = nextWordedIndexes(ps);
  ps.forEach((p, i) => {
    if (cardCuts.has(i) && !inTeaserRun.has(i)) {
      out.push({ kind: 'truncated-sentence', start: (doc.starts[i] ?? 0) + lastSentenceStart(p), end: (doc.starts[i] ?? 0) + p.length, message: 'A listing card’s teaser is cut off (“…”) before the next card; the rest of it is missing.', fix: null });
      return;
    }
    if (inTeaserRun.has(i)) {
      // A card of the run that carries its own "read more" label glued after its cut is a cut of its own (the run's
      // finding names only its first teaser): "… were inContinue Reading" / "… announcer,Continue Reading".
      const own = runStarts.has(i) || wordCount(p) < 8 ? -1 : cutBeforeGluedLabel(p);
      if (own > 0) {
        const from = lastSentenceStart(p.slice(0, own));
        out.push({ kind: 'truncated-sentence', start: (doc.starts[i] ?? 0) + from, end: (doc.starts[i] ?? 0) + own, message: 'A listing card breaks off mid-sentence and its “read more” label is glued after it; the rest is missing.', fix: null });
      }
      return;
    }
    // A teaser cut by "…" with its byline glued after it: "… Journalists… byColin Morrison13 October 2011".
    const cut = p.length <= 2000 && p.includes('…') ? TEASER_THEN_BYLINE.exec(p) : null;
    if (cut) {
      const upTo = cut.index + cut[0].length;
      const start = (doc.starts[i] ?? 0) + lastSentenceStart(p.slice(0, upTo));
      out.push({ kind: 'truncated-sentence', start, end: (doc.starts[i] ?? 0) + upTo, message: 'A teaser is cut off mid-sentence (“…”) and a byline is glued after it.', fix: null });
    }
    const end = tail(p);
    const gluedPrompt = wordCount(p) >= 8 ? GLUED_PROMPT.exec(tail(p, 120)) : null;
    if (gluedPrompt) {
      const upTo = p.length - Math.min(p.length, 120) + gluedPrompt.index + gluedPrompt[0].length;
      const from = lastSentenceStart(p.slice(0, upTo));
      out.push({ kind: 'truncated-sentence', start: (doc.starts[i] ?? 0) + from, end: (doc.starts[i] ?? 0) + upTo, message: 'An excerpt is cut mid-sentence and a “read more” link is glued after it; the rest is missing.', fix: null });
      return;
    }
    // Nested: the excerpt may also be a copy another rule claimed (a syndicated teaser before the full lede); the cut is its own finding.
    if (BRACKETED_CUT.test(end) && wordCount(p) >= 8 && !hasOpenQuote(p)) {
      out.push({ kind: 'truncated-sentence', start: (doc.starts[i] ?? 0) + lastSentenceStart(p), end: (doc.starts[i] ?? 0) + p.length, message: 'The text is an excerpt cut mid-sentence (“[…]”); the rest is missing.', fix: null, nested: true });
      return;
    }
    if (commaCut(end) && wordCount(p) >= MIN_MARKED_CUT_WORDS && !hasOpenQuote(p)) {
      out.push({ kind: 'truncated-sentence', start: (doc.starts[i] ?? 0) + lastSentenceStart(p), end: (doc.starts[i] ?? 0) + p.length, message: 'A preview is cut after a comma (“, …”); the rest of the sentence is missing.', fix: null });
      return;
    }
    // When the next paragraph closes the bracket ("(" / "Series B, Series C, etc)."), the link was split onto its own line, not dropped.
    if (OPEN_PAREN_CUT.test(end) && wordCount(p) >= MIN_MARKED_CUT_WORDS && !/[)\]]/u.test((ps[i + 1] ?? '').slice(0, 120))) {
      out.push({ kind: 'truncated-sentence', start: (doc.starts[i] ?? 0) + lastSentenceStart(p), end: (doc.starts[i] ?? 0) + p.length, message: 'The sentence stops on an opening bracket (a dropped link); the rest of it is missing.', fix: null });
      return;
    }
    const range = printColumns ? null : openRangeCut(p, end);
    if (range !== null) {
      out.push({ kind: 'truncated-sentence', start: (doc.starts[i] ?? 0) + range, end: (doc.starts[i] ?? 0) + p.length, message: 'The sentence stops on the first end of a change (“from 16.”): the decimals or the new figure were cut off.', fix: null });
      return;
    }
    const label = wordCount(p) >= 8 ? cutBeforeGluedLabel(p) : -1;
    if (label > 0) {
      const from = lastSentenceStart(p.slice(0, label));
      out.push({ kind: 'truncated-sentence', start: (doc.starts[i] ?? 0) + from, end: (doc.starts[i] ?? 0) + label, message: 'The text breaks off mid-sentence and a “read more” link is glued after it; the rest is missing.', fix: null });
      return;
    }
    const beforePrompt = cutBeforePrompt(p, ps[nextWorded[i] ?? ps.length]);
    if (beforePrompt) {
      const from = lastSentenceStart(p);
      out.push({ kind: 'truncated-sentence', start: (doc.starts[i] ?? 0) + from, end: (doc.starts[i] ?? 0) + p.length, message: beforePrompt, fix: null });
      return;
    }
    const fragment = p.length <= MAX_FRAGMENT_LENGTH ? orphanFragment(p, i, ps) : null;
    if (fragment) {
      out.push({ kind: 'truncated-sentence', start: doc.starts[i] ?? 0, end: (doc.starts[i] ?? 0) + p.length, message: fragment, fix: null });
      return;
    }
    if (isCutWireCaption(p)) {
      out.push({ kind: 'truncated-sentence', start: doc.starts[i] ?? 0, end: (doc.starts[i] ?? 0) + p.length, message: 'A wire photo caption is cut off mid-sentence (a caption preview); the rest of it is missing.', fix: null });
      return;
    }
    if (!printColumns && !printWrapped && speakerlessQuote(p)) {
      out.push({ kind: 'truncated-sentence', start: (doc.starts[i] ?? 0) + lastSentenceStart(p), end: (doc.starts[i] ?? 0) + p.length, message: 'A quotation ends on its reporting verb (“…,” said) with no speaker: the rest of the line was cut off.', fix: null });
      return;
    }
    const preview = previewCutProse(p, ps[i + 1]);
    if (preview) {
      out.push({ kind: 'truncated-sentence', start: (doc.starts[i] ?? 0) + lastSentenceStart(p), end: (doc.starts[i] ?? 0) + p.length, message: preview, fix: null });
      return;
    }
    if (stripped.has(i)) {
      out.push({ kind: 'truncated-sentence', start: (doc.starts[i] ?? 0) + lastSentenceStart(p), end: (doc.starts[i] ?? 0) + p.length, message: 'The sentence stops where its figure should be (“… for the quarter was”), like other lines on the page: the figures were cut off.', fix: null });
      return;
    }
    if (!/[\p{L}…\-.]$/u.test(end) || wordCount(end) < 2) return;
    if (wordCount(p) < 5) return;
    let why: string | null = null;
    if (HYPHEN_CUT.test(end)) why = printWrapped ? null : 'The text breaks off at a line-break hyphen; the rest of the sentence is missing.';
    else if (i === lastProse && TEASER_ELLIPSIS.test(end) && !hasOpenQuote(p)) why = 'The article breaks off mid-sentence (a teaser cut), so its end is missing.';
    // Mid-body, a link preview cut short: the next paragraph goes on in lower case (the text the preview interrupted).
    else if (i < lastProse && PREVIEW_CUT.test(end) && wordCount(p) >= MIN_PREVIEW_WORDS && /^\p{Ll}/u.test(ps[i + 1] ?? '') && !hasOpenQuote(p) && !SHORTENED_LINK.test(end)) why = 'A link preview is cut off mid-word; the rest of its text is missing.';
    else if (i < lastProse && !printColumns && spacedExcerptCut(p, end, ps[nextWorded[i] ?? ps.length], ps[i - 1]) && !SHORTENED_LINK.test(end)) why = 'The text is an excerpt cut mid-sentence (“ …”, a listing or digest template’s cut); the rest is missing.';
    else {
      const word = /(\p{L}+)$/u.exec(end)?.[1];
      const last = word?.toLowerCase();
      const next = ps[i + 1];
      // Only at the article's end: mid-body, a dropped link, formula or code line leaves the same shape.
      if (printColumns) {
        why = cutAtEllipsis(p, nextToCutTeaser(i, ps));
      } else if (word && last && isDanglingWord(word) && !ELLIPTICAL_MODAL.test(end) && i === lastProse && wordCount(p) >= 8 && !LIST_ITEM.test(p) && (next === undefined || !/^\p{Ll}/u.test(next))) {
        why = `The sentence stops on “${last}”; the rest of it is missing.`;
      } else if (word && last && isDanglingWord(word) && !ELLIPTICAL_MODAL.test(end) && i < lastProse && /\p{Ll}$/u.test(end) && wordCount(p) >= 8 && !LIST_ITEM.test(p) && !hasOpenQuote(p) && NEW_SENTENCE.test(next ?? '')) {
        // Mid-body, only when the next paragraph plainly starts a sentence of its own
        // ("The company …"): a dropped link or name would continue the cut one ("Sequoia and …").
        why = `The sentence stops on “${last}”; the rest of it is missing.`;
      } else if (!printWrapped && wordCount(p) >= MIN_LONE_LETTER_CUT_WORDS && !LIST_ITEM.test(p) && loneLetterCut(end)) {
        why = `The text breaks off inside a word (“${word}”); the rest is missing.`;
      } else if (i < lastProse && cutMidBody(p, end, next)) {
        why = 'The paragraph breaks off mid-sentence; the rest of it is missing.';
      } else if (i < lastProse && cutBeforeNextItem(p, end, ps, i)) {
        // Only an unmarked cut says the listing cuts with no mark: then its last item, unmarked too, is read the same way.
        const marked = ELLIPSIS_END.test(end);
        if (!marked) cutItems++;
        why = marked ? 'A listing’s teaser is cut mid-sentence (“…”) right before the next item’s headline; the rest of it is missing.' : 'A listing’s teaser stops mid-sentence, with no mark, right before the next item’s headline; the rest of it is missing.';
      } else if (i === lastProse && cutItems > 0 && !printWrapped && ENDS_ON_LOWER_WORD.test(end) && !hasOpenQuote(p) && !LIST_ITEM.test(p) && wordCount(p) >= MIN_UNMARKED_ITEM_WORDS) {
        // The listing's last item, stopped the same way as the items above it.
        why = 'The listing’s last teaser stops mid-sentence, with no mark, like the ones above it; the rest of it is missing.';
      } else {
        why = cutAtEllipsis(p, nextToCutTeaser(i, ps));
      }
    }
    if (!why) return;
    const from = lastSentenceStart(p);
    const start = (doc.starts[i] ?? 0) + from;
    out.push({ kind: 'truncated-sentence', start, end: (doc.starts[i] ?? 0) + p.length, message: why, fix: null });
  });
  return out;
}

/**
 * A line of a few symbols and no word: an icon's glyph ("📰" before "Continue Reading on …", arkforgeai 377) or a
 * separator ("|" before "Subscribe to …", Latin Trade 614) that the page sets between a cut preview and its prompt.
 */
const ICON_LINE = /^[^\p{L}\p{N}]{1,4}$/u;
/**
 * For each paragraph, the index of the next line after it that holds a word: icon and separator lines (ICON_LINE) are
 * passed over (ps.length when none follows). One backward pass (session 21 review): scanning forward from each line read
 * a run of k icon lines k times, a page of 100,000 separator lines hung.
 */
function nextWordedIndexes(ps: readonly string[]): Int32Array {
  const next = new Int32Array(ps.length);
  let worded = ps.length;
  for (let j = ps.length - 1; j >= 0; j--) {
    next[j] = worded;
    if (!ICON_LINE.test(ps[j]!.trim())) worded = j;
  }
  return next;
}

/** An ellipsis inside an open quotation is the writer's. */
function hasOpenQuote(p: string): boolean {
  const opens = (p.match(/“/g)?.length ?? 0);
  const closes = (p.match(/”/g)?.length ?? 0);
  return opens > closes;
}

/**
 * A paragraph that stops mid-sentence right above a "Read More" or paywall
 * prompt: it ends on a letter or digit, and either on a function word
 * ("Along with the") or after a long run of sentence-case words (a teaser
 * headline above "Read more" is short, or capitalised like a title). The
 * reason, or null.
 */
/**
 * The first words of the next paragraph a paywall shows before its prompt: a
 * sentence opening in sentence case, two to four words, then "…" ("Most
 * companies require…", "Les dirigeants estiment…"). A button label ("Read
 * more…", "Lire la suite…") is not one.
 */
const SHORT_PREVIEW = /^\p{Lu}\p{Ll}+(?: \p{Ll}[\p{Ll}'’-]*){1,3}(?:…|\.\.\.)$/u;
const PREVIEW_LABEL = /\b(?:more|read|reading|here|plus|suite|lire)\b/iu;

export function cutBeforePrompt(p: string, next: string | undefined): string | null {
  if (next === undefined || next.length > MAX_PROMPT_LENGTH || !(CONTINUATION_PROMPT.test(next) || PAYWALL_NOTICE.test(next))) return null;
  const end = tail(p);
  if (LIST_ITEM.test(p) || isFurnitureLine(p)) return null;
  // An excerpt marker right before the prompt ("… to control the …", "[…]") is the cut itself.
  if (EXCERPT_END.test(end) && (wordCount(p) >= 5 || (SHORT_PREVIEW.test(p) && !PREVIEW_LABEL.test(p)))) return 'The text is an excerpt cut mid-sentence before a “read more” or paywall prompt; the rest is missing.';
  if (!/[\p{L}\p{N}]$/u.test(end)) return null;
  const last = /(\p{L}+)$/u.exec(end)?.[1];
  if (last !== undefined && isDanglingWord(last) && wordCount(p) >= 2 && last === last.toLowerCase()) {
    return `The text stops on “${last}” before a “read more” or paywall prompt; the rest of the sentence is missing.`;
  }
  const sentence = p.slice(lastSentenceStart(p));
  const words = sentence.split(/\s+/u).filter((w) => /^[\p{L}\p{N}]/u.test(w));
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  if (words.length >= MIN_CUT_SENTENCE_WORDS && lower * 2 >= words.length) {
    return 'The text breaks off mid-sentence before a “read more” or paywall prompt; the rest is missing.';
  }
  return null;
}

/**
 * A teaser cut by a character limit inside a word, leaving one lower-case consonant after the last whole word ("… these
 * historical documents. Learn t", a search listing, 662; "… la défiance des prêteurs d", a reading site's teaser, 533). No
 * word of the languages read is a lone consonant (the one-letter words are vowels: "a", "à", "y", "o", "e", "i", "u"), and
 * a unit follows a figure ("5 m"), not a word: the letter must follow a word of two letters or more. "x" is left out (a
 * variable or a times sign: "… solve for x").
 */
const LONE_LETTER_END = /(?<=\p{L}{2} )([b-df-hj-np-tvwz])$/u;
/** The cut line is prose: this many words at least (a short line ending on a letter is a label or a code). */
const MIN_LONE_LETTER_CUT_WORDS = 8;
function loneLetterCut(end: string): boolean {
  return LONE_LETTER_END.test(end);
}

/** A mid-body sentence without its end is long: headings, captions and list items are short. */
const MIN_MID_BODY_CUT_WORDS = 15;

/**
 * Mid-body, a paragraph whose last sentence runs on without an end: it
 * follows a finished sentence in the same paragraph (so it is prose, not a
 * heading or a caption), is long and mostly lower case, stops on a lower-case
 * letter, and the next paragraph opens a sentence of its own.
 */
function cutMidBody(p: string, end: string, next: string | undefined): boolean {
  if (!/\p{Ll}$/u.test(end) || LIST_ITEM.test(p) || hasOpenQuote(p) || next === undefined || !NEW_SENTENCE.test(next)) return false;
  const from = lastSentenceStart(p);
  if (from === 0) return false;
  const words = p.slice(from).split(/\s+/u).filter((w) => /^[\p{L}\p{N}]/u.test(w));
  return words.length >= MIN_MID_BODY_CUT_WORDS && words.filter((w) => /^\p{Ll}/u.test(w)).length * 3 >= words.length * 2;
}

/** A teaser stopped with no mark keeps a clause's words; a shorter line ending on a word is a label. */
const MIN_UNMARKED_ITEM_WORDS = 5;
/** The next item’s headline: four to twelve words (a longer line without a full stop is a caption or an alt text), a capital or a figure first, no sentence inside, no sentence or clause punctuation at its end. */
const MIN_ITEM_HEADLINE_WORDS = 4;
const MAX_ITEM_HEADLINE_WORDS = 12;
const MAX_ITEM_HEADLINE_LENGTH = 160;
/** The next item's lede: prose, a dozen words or more. */
const MIN_ITEM_LEDE_WORDS = 12;
/** The cut falls on a lower-case word ("… could be worth"); a credit or a name at the end ("– Agency/Reuters") is no cut. */
const ENDS_ON_LOWER_WORD = /(?:^|\s)\p{Ll}[\p{L}'’-]*$/u;
/** A sentence closed before the cut: a full stop, "!" or "?", maybe inside a closing quote or bracket. */
const CLOSED_BEFORE = /[.!?]["'”’»)\]]*$/u;

function isNextItemHeadline(h: string): boolean {
  const words = wordCount(h);
  return words >= MIN_ITEM_HEADLINE_WORDS && words <= MAX_ITEM_HEADLINE_WORDS && h.length <= MAX_ITEM_HEADLINE_LENGTH
    && /^["'‘“«\p{Lu}\p{N}]/u.test(h) && !/[.!?:;,]["'”’»)]*$/u.test(h) && !INNER_SENTENCE_END.test(h) && !/^(?:By|Par) /u.test(h)
    && !LIST_ITEM.test(h) && !isFurnitureLine(h);
}

/**
 * A teaser stopped by a listing's excerpt with no mark at all, right before the next item (tag pages, issue archives,
 * aggregators: "… where shoppers now put" / the next headline / its lede). The paragraph ends on a lower-case word mid-clause;
 * the line under it is a headline (isNextItemHeadline) that retells the paragraph under it (headlineRetells), so it is an
 * item's headline, not the cut text's continuation or an article's section label. The text around the cut ends its
 * sentences (a sentence closed inside the paragraph or at the end of the one above): a page that prints no full stops at
 * all is no cut page.
 */
// The listing's ellipsis glued or set after the cut word ("… selected based on a weighted market performance...", "… qui…")
// is the same cut, marked: read off (ELLIPSIS_END, lexicon.ts) before the lower-case word test, the rest unchanged.
function cutBeforeNextItem(p: string, end: string, ps: readonly string[], i: number): boolean {
  if (!ENDS_ON_LOWER_WORD.test(end.replace(ELLIPSIS_END, '')) || wordCount(p) < MIN_UNMARKED_ITEM_WORDS || LIST_ITEM.test(p) || hasOpenQuote(p) || isFurnitureLine(p)) return false;
  const head = ps[i + 1]?.trim();
  const lede = ps[i + 2];
  if (!head || lede === undefined || !isNextItemHeadline(head) || wordCount(lede) < MIN_ITEM_LEDE_WORDS || !/\p{Ll}/u.test(lede)) return false;
  // A line with no sentence closed inside it must run longer than a headline (a short one is a headline over a photo's
  // alt text as often as a cut), and stand under a paragraph that ends its sentence.
  if (lastSentenceStart(p) === 0 && (wordCount(p) <= MAX_ITEM_HEADLINE_WORDS || !CLOSED_BEFORE.test(tail(ps[i - 1] ?? '', 8)))) return false;
  // A marked cut ("…") is also how a writer trails off before a subhead ("would you still back us if the market
  // turned..." then "What the new money buys"): it counts only on a listing's shape, the cut teaser standing under its
  // own headline, or the next item naming a subject of its own, a name its headline and its lede share ("Suspended
  // KenolKobil axed …" / "… striking out KenolKobil"), as a new story does.
  if (ELLIPSIS_END.test(end) && !underOwnHeadline(p, ps[i - 1]) && !headlineNamesLede(head, lede)) return false;
  return headlineRetells(head, lede);
}

/** The paragraph is a teaser under its own headline (a headline-shaped line it retells): the listing's item shape. */
function underOwnHeadline(p: string, above: string | undefined): boolean {
  const headline = above?.trim();
  return !!headline && isNextItemHeadline(headline) && headlineRetells(headline, p);
}

/** A capitalised word of the headline, past its first word, that the lede names too: the item's own subject. */
const NAME_WORD = /(?<![\p{L}])\p{Lu}[\p{L}\p{N}'’-]+/gu;
function headlineNamesLede(head: string, lede: string): boolean {
  const named = new Set<string>();
  for (const m of lede.slice(0, 600).matchAll(NAME_WORD)) named.add(m[0]);
  for (const m of head.matchAll(NAME_WORD)) if (m.index > 0 && named.has(m[0])) return true;
  return false;
}

/** Fragments and cut headlines are short lines. */
const MAX_FRAGMENT_LENGTH = 200;

/**
 * A headline cut at a fixed length, mid-word, by a feed: Title Case, long
 * enough to have hit the limit, and the ellipsis glued to the last letters
 * ("… to Make Your Score Lo..."). A writer's ellipsis in a title is rare and
 * short ("Wait for it...").
 */
const CUT_HEADLINE = /\p{L}(?:\.\.\.|…)$/u;
const MIN_CUT_HEADLINE_LENGTH = 60;
/** A full stop inside: a teaser of sentences ("… as usual. Read more in this issue…"), not a headline. */
const INNER_SENTENCE_END = /[.!?]["'”’)]*\s+["'“‘]?\p{Lu}/u;
const MAX_CUT_HEADLINE_WORDS = 25;

/** An initialism that lost its last full stop, alone on its line: "D.C", "U.S" (the rest of its sentence is gone). */
const CUT_INITIALISM = /^(?:\p{Lu}\.){1,3}\p{Lu}$/u;

/**
 * The tail of a sentence whose quote or claim was lost: "Executive Chairman
 * David Smith in a statement", "the company said in a press release". A
 * finished sentence ends with a full stop; this line ends on the attribution.
 */
const ATTRIBUTION_TAIL = /\b(?:in|via) an? (?:statement|press release|news release|release|interview|e-?mail|blog post|note|letter|filing|memo)$/u;
const MAX_ATTRIBUTION_WORDS = 15;

/** Title Case: most longer words capitalised. */
function isTitleCase(p: string): boolean {
  const long = p.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  return long.length >= 4 && long.filter((w) => /^\p{Lu}/u.test(w)).length * 3 >= long.length * 2;
}

/** A short line that is only a piece of a cut sentence or a cut headline: why, or null. */
function orphanFragment(p: string, i: number, ps: readonly string[]): string | null {
  const next = ps[i + 1];
  if (CUT_INITIALISM.test(p) && i > 0) return 'Only a fragment of a cut sentence is left on this line.';
  if (/^["“‘«]/u.test(p) || hasOpenQuote(p)) return null;
  // A single cut phrase (a heading) is reported whole; a cut last sentence is reported from its start below.
  const cut = lastSentenceStart(p) === 0 ? cutAtEllipsis(p, nextToCutTeaser(i, ps)) : null;
  if (cut) return cut;
  const words = wordCount(p);
  if (p.length >= MIN_CUT_HEADLINE_LENGTH && words <= MAX_CUT_HEADLINE_WORDS && CUT_HEADLINE.test(p) && !INNER_SENTENCE_END.test(p) && isTitleCase(p)) {
    return 'A headline is cut off mid-word (“...”); the rest of it is missing.';
  }
  if (words >= 3 && words <= MAX_ATTRIBUTION_WORDS && /^\p{Lu}/u.test(p) && ATTRIBUTION_TAIL.test(p) && (next === undefined || !/^\p{Ll}/u.test(next))) {
    return 'Only the attribution of a cut sentence is left (“… in a statement”); what was said is missing.';
  }
  return null;
}

/**
 * A "read more" label glued to the end of a paragraph whose text stops
 * mid-clause: "… the VC ecosystem appears healthy, [and] later-stage read
 * more >>>", "… la société prévoit de lire la suite". Where the cut text
 * ends (the label's start), or -1. A sentence that ends before the label
 * ("… in Ohio. Read more") is whole; "Click here to read more" is a sentence.
 */
/**
 * The lexicon's labels, less those a sentence of prose ends on as well: a verb and its particle alone ("… as the
 * teacher read on"). After a space and a lower-case word that is a sentence's end, not a glued link.
 */
const PROSE_END_LABEL = /^\p{L}+ on$/u;
const GLUED_LABEL = new RegExp(String.raw`(?<=[\p{L}\p{N},;\]])\s+(?:${readMoreLabelPattern('any').split('|').filter((l) => !PROSE_END_LABEL.test(l)).join('|')}|${GLUED_LABEL_EXTRA})\s*[>»›→.]*$`, 'iu');
/**
 * A spaced label closed by one full stop is the sentence's own verb phrase, not a link: "… avant de lire l'article.", "…
 * déclarent vouloir lire plus.", "… ever read the whole story." A link label is printed bare, or with an arrow or an
 * ellipsis after it; it carries no full stop (no fixture's gold holds one), so the stop is the sign of prose.
 */
const LABEL_CLOSED_BY_STOP = /[^.]\.$/u;
/** Words before "read more" that make it part of a sentence ("to read more", "click here"). */
const LABEL_IN_SENTENCE = /\b(?:to|can|could|here|please|you|and|or|will|should|must|want|pour|à|cliquez|ici)$/iu;
/** The cut sentence is prose: this many words at least. */
const MIN_LABEL_CUT_WORDS = 6;

/**
 * The label glued with no space at all, capitalised after a lower-case letter, a comma or a closing quote: the
 * card template printed it right after the cut ("… were inContinue Reading", "… announcer,Read More", "… la
 * sociétéLire la suite"). No sentence runs a word into a capitalised label, so the cut needs no further sign.
 */
const LABEL_NO_SPACE = new RegExp(String.raw`(?<=[\p{Ll},’'”])(?:${readMoreLabelPattern('as-written')})\s*[>»›→.]*$`, 'u');
/** The word the label is glued to: a whole word of three letters or more, or one no phrase ends on ("… were inContinue Reading"); a letter or two before it is part of a name ("eRead More"). */
const MIN_GLUED_WORD_LETTERS = 3;
/**
 * The label in brackets after a space: "… recorded at the [continue reading]", "… que la (lire la suite)". A
 * bracketed label also closes whole teasers ("… its monetary policy [FULL STORY]"), so here the text must stop
 * where no phrase ends: on a function word or a comma.
 */
/** "[more]" / "(more)": a link label only inside brackets (bare, "more" ends too many sentences); the other labels are the lexicon's. */
const BRACKETED_ONLY_LABEL = 'more';
const BRACKETED_LABEL = new RegExp(String.raw`(?<=[\p{L},])\s+[[(](?:${storyLinkLabelPattern('any')}|${BRACKETED_ONLY_LABEL}|${GLUED_LABEL_EXTRA})[\])]\s*$`, 'iu');

function cutBeforeGluedLabel(p: string): number {
  const end = tail(p, 160);
  const bare = LABEL_NO_SPACE.exec(end);
  if (bare) {
    const at = p.length - end.length + bare.index;
    const glued = /(\p{L}+)$/u.exec(p.slice(Math.max(0, at - 40), at))?.[1];
    if (glued !== undefined && glued.length < MIN_GLUED_WORD_LETTERS && !isDanglingWord(glued)) return -1;
    return wordCount(p.slice(0, at)) >= MIN_LABEL_CUT_WORDS ? at : -1;
  }
  const bracketed = BRACKETED_LABEL.exec(end);
  if (bracketed) {
    const at = p.length - end.length + bracketed.index;
    const before = p.slice(0, at);
    const last = /(\p{L}+)$/u.exec(before)?.[1];
    const stopsOpen = before.endsWith(',') || (last !== undefined && last === last.toLowerCase() && isDanglingWord(last));
    return stopsOpen && wordCount(before.slice(lastSentenceStart(before))) >= MIN_LABEL_CUT_WORDS ? at : -1;
  }
  const m = GLUED_LABEL.exec(end);
  if (!m || LABEL_CLOSED_BY_STOP.test(m[0])) return -1;
  const at = p.length - end.length + m.index;
  const before = p.slice(0, at);
  // An open quotation is no excuse here: the label shows the text was cut, not the speaker.
  if (LABEL_IN_SENTENCE.test(before)) return -1;
  if (wordCount(before.slice(lastSentenceStart(before))) < MIN_LABEL_CUT_WORDS) return -1;
  return at;
}

/**
 * Words a phrase cannot stop on before an ellipsis: articles, prepositions,
 * conjunctions, possessives, English and French ("Investing in the …",
 * "Les start-up qui lèvent des …"). Verbs are left out: "And the winner
 * is…" is a writer's suspense.
 */
const CUT_BEFORE_ELLIPSIS = new Set([
  // English prepositions that end phrases ("what went on…", "where it came from…") are left out.
  'the', 'a', 'an', 'of', 'and', 'or', 'its', 'their', 'our', 'your', 'into', 'than', 'between', 'via',
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'ou', 'à', 'au', 'aux', 'pour', 'par', 'dans', 'sur', 'avec',
  'en', 'sous', 'entre', 'vers', 'chez', 'sa', 'son', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'ce',
  'cette', 'ces', 'dont', 'mais',
]);
/** A question's opening: a title that opens like one and has no "?" was cut before it. */
const QUESTION_OPENING = /^(?:does|do|did|is|are|was|were|can|could|will|would|should|how|why|what|when|where|who|which|est-ce|pourquoi|comment|quand|quel|quelle|quels|quelles|faut-il|peut-on|doit-on)\b/iu;
/** The last word before the ellipsis. */
const WORD_BEFORE_ELLIPSIS = /([\p{L}'’]+)\s?(?:\.\.\.|…)$/u;
/** A cut title is a few words. */
const MAX_CUT_TITLE_WORDS = 15;

/**
 * A heading or sentence cut at an ellipsis where the phrase cannot end: on
 * an article or a preposition ("Why startups fail in the …"), or a title
 * that opens like a question and stops before its "?" ("Does a Startup
 * Raising ..."). An ellipsis in a quotation is the speaker's. Why, or null.
 */
/**
 * Two-letter words of English and French, a closed class: a lower-case two-letter "word" before an ellipsis that is
 * none of these was cut inside a word by an excerpt's length limit ("… we hopefully th...").
 */
const TWO_LETTER_WORDS: ReadonlySet<string> = new Set([
  'ah', 'eh', 'hm', 'uh', 'um', 'am', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'hi', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'oh', 'ok', 'on', 'or', 'so', 'to', 'up', 'us', 'we',
  'ad', 'aw', 'ax', 'ha', 'id', 'lo', 'ma', 'mu', 'ow', 'ox', 'pa', 'pi', 'ya', 'ye', 'yo', 'vs',
  'ce', 'de', 'du', 'en', 'et', 'eu', 'il', 'je', 'la', 'le', 'lu', 'ma', 'ne', 'ni', 'nu', 'ou', 'où', 'pu', 'sa', 'se', 'si', 'su', 'ta', 'te', 'tu', 'un', 'va', 'vu', 'dû',
  'ça', 'çà', 'là', 'es', 'ai', 'bu', 'mû', 'né', 'ré', 'os', 'ci', 'oc', 'ô',
  // Units and abbreviations written in lower case ("two euros per kg...", "à 9 km…", "at 7 pm...").
  'kg', 'km', 'cm', 'mm', 'ml', 'cl', 'dl', 'mg', 'mn', 'pm', 'am', 'ft', 'lb', 'oz', 'hr', 'mo', 'yr', 'wk', 'kw', 'mw', 'gw', 'hz', 'kb', 'mb', 'gb', 'tb', 'ha', 'hl', 'mi', 'pc', 'pp', 'pt', 'qt', 'eg', 'ie', 'cf', 'vo',
]);
/** A word broken off after its apostrophe, a contraction or an elision cut ("What’ …", "aujourd’ …"); a plural's possessive ends on s ("the workers’ …"). */
const CUT_AFTER_APOSTROPHE = /(?<!s)['’]$/u;
/** A cut after an apostrophe is read in prose: the paragraph holds this many words. */
const MIN_MID_WORD_CUT_WORDS = 8;
/**
 * Two letters that are no word: the line is prose of this many words at least. A shorter line is read only in a run of
 * cut teasers (a line before or after it ends on an ellipsis too): alone, a short line may end on a name or a code.
 */
const MIN_NO_WORD_CUT_WORDS = 8;
/** In a run of cut teasers, an excerpt line of a few words ("So the board once more po...") is read: this many at least. */
const MIN_NO_WORD_CUT_RUN_WORDS = 3;
/** Two letters glued after a digit or a hyphen are an ordinal, a unit or a compound's end ("the 5th...", "12kg...", "celle-ci…"), not a cut. */
const GLUED_TWO_LETTERS = /[\p{N}\-‑][\p{L}'’]+\s?(?:\.\.\.|…)$/u;
/** A neighbouring line ends on an ellipsis as well: the line is one of a run of cut teasers. */
function nextToCutTeaser(i: number, ps: readonly string[]): boolean {
  return [ps[i - 1], ps[i + 1]].some((q) => q !== undefined && ELLIPSIS_END.test(q.trimEnd()));
}

/** The excerpt's limit fell inside a word before its ellipsis: the word before it is no word. Why, or null. */
function cutInsideWord(p: string, sentence: string, inRun: boolean): string | null {
  const word = WORD_BEFORE_ELLIPSIS.exec(tail(p, 60))?.[1];
  if (word === undefined) return null;
  const words = wordCount(p);
  const minNoWord = inRun ? MIN_NO_WORD_CUT_RUN_WORDS : MIN_NO_WORD_CUT_WORDS;
  // A closing single quote is no apostrophe: a quotation in the sentence ("‘never again’ …") is the writer's.
  const apostropheCut = words >= MIN_MID_WORD_CUT_WORDS && CUT_AFTER_APOSTROPHE.test(word) && !/[‘']/u.test(sentence.slice(0, -word.length - 2));
  const noWord = words >= minNoWord && /^\p{Ll}{2}$/u.test(word) && !TWO_LETTER_WORDS.has(word) && !GLUED_TWO_LETTERS.test(tail(p, 60));
  return apostropheCut || noWord ? `The text breaks off inside a word (“${word}”) before an ellipsis; the rest is missing.` : null;
}

/**
 * A preview cut at a fixed length right after a new sentence's first word or two: "… outside the country. Its…",
 * "… the quarter. The firm…". Seen in sidebar runs (cutTeaserRuns widens such a cut to the sentence before) and on
 * newsstand issue pages listing each article's opening. Read only in a run of previews (a neighbour ends on an
 * ellipsis too), on a paragraph of prose, with the ellipsis glued: a writer's dramatic "But…" closes one paragraph,
 * not two in a row.
 */
const MAX_FIRST_WORDS_CUT = 2;
const MIN_FIRST_WORDS_CUT_PROSE = 30;
const GLUED_ELLIPSIS = /[\p{L}'’]…$/u;
function cutAfterFirstWords(p: string, from: number, words: number, inRun: boolean): boolean {
  return inRun && from > 0 && words <= MAX_FIRST_WORDS_CUT && /^\p{Lu}/u.test(p.slice(from)) && GLUED_ELLIPSIS.test(tail(p, 8)) && wordCount(p) >= MIN_FIRST_WORDS_CUT_PROSE;
}

function cutAtEllipsis(p: string, inRun = false): string | null {
  if (!ELLIPSIS_END.test(tail(p, 8)) || hasOpenQuote(p) || (p.match(/"/g)?.length ?? 0) % 2 === 1) return null;
  const from = lastSentenceStart(p);
  const sentence = p.slice(from);
  const inside = cutInsideWord(p, sentence, inRun);
  if (inside) return inside;
  const words = wordCount(sentence);
  if (cutAfterFirstWords(p, from, words, inRun)) return 'A preview is cut off right after the first word of a new sentence (“…”); the rest is missing.';
  if (words < 3) return null;
  const last = WORD_BEFORE_ELLIPSIS.exec(tail(p, 60))?.[1]?.toLowerCase();
  if (last !== undefined && CUT_BEFORE_ELLIPSIS.has(last)) return `The text breaks off on “${last}” before an ellipsis; the rest of it is missing.`;
  if (words <= MAX_CUT_TITLE_WORDS && sentence === p && QUESTION_OPENING.test(p) && !p.includes('?')) return 'A title is cut off (“...”) before the end of its question; the rest of it is missing.';
  return null;
}

/**
 * A preview cut at a length limit inside a paragraph of prose: a long paragraph (sentences closed before its last one)
 * whose last sentence stops on a word no phrase ends on, the ellipsis glued to it ("… to make shopping easier. Each store
 * is…", "… is crucial not only for…", "… un record. Si 2022 a commencé en…", "… the group's…"). Newsstand and paywall
 * previews cut every story so; a writer's trailing "…" closes a phrase ("… won the lottery…", "… les prêts bancaires…").
 * The word is read from the closed classes already here (DANGLING, FRENCH_DANGLING, CUT_BEFORE_ELLIPSIS) or is a
 * possessive waiting for its noun. A quotation opened in the paragraph and never closed is no excuse when the next
 * paragraph does not go on with it (a quote running over paragraphs opens the next one with a quote mark).
 */
const MIN_PREVIEW_PROSE_WORDS = 40;
/** The cut: a lower-case word (or a possessive) with the ellipsis glued to it. */
const GLUED_WORD_ELLIPSIS = /(?<![\p{L}'’])(\p{Ll}+|\p{L}+['’]s)(?:…|\.\.\.)$/u;
const OPENS_QUOTE = /^\s*["“«‘]/u;

function previewCutProse(p: string, next: string | undefined): string | null {
  if (p.length > 6000 || !ELLIPSIS_END.test(tail(p, 4)) || wordCount(p) < MIN_PREVIEW_PROSE_WORDS || LIST_ITEM.test(p)) return null;
  const from = lastSentenceStart(p);
  if (from === 0 || wordCount(p.slice(from)) < 3) return null;
  const word = GLUED_WORD_ELLIPSIS.exec(tail(p, 40))?.[1];
  if (word === undefined) return null;
  const possessive = /['’]s$/u.test(word);
  if (!possessive && !isDanglingWord(word) && !CUT_BEFORE_ELLIPSIS.has(word)) return null;
  if (hasOpenQuote(p) && next !== undefined && OPENS_QUOTE.test(next)) return null;
  if (next !== undefined && /^\p{Ll}/u.test(next)) return null;
  return `A preview is cut off on “${word}” (“…”) in the middle of a sentence; the rest is missing.`;
}
