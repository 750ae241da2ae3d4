/**
 * The article as a list of sentences with offsets into the joined text
 * (`paragraphs.join('\n\n')`), so every piece of evidence the funding reader
 * reports is an exact substring of the article.
 */
import { isNationality, isPlace, namesIn } from './companies';
import { lexAlt, LEX_COMPANY_PLURALS, LEX_GRANT_MAKERS_EN, LEX_GRANT_MAKERS_FR, LEX_PUBLIC_BODIES, LEX_STATE_FUNDERS, LEX_PERIOD_NOUNS_EN, LEX_COUNT_WORDS_EN, LEX_COUNT_WORDS_FR, LEX_RAISE_PARTICIPLES_EN, LEX_RAISE_PARTICIPLES_FR, LEX_RAISE_PLURAL_FR, LEX_TOTAL_LABELS, LEX_AVERAGE_LABELS } from './funding-lexicon';
import { splitSentences } from './sentences';
import { PARAGRAPH_SEPARATOR, type ArticleText } from './types';

export interface Sentence {
  text: string;
  /** Offsets in the joined article text. */
  start: number;
  end: number;
  paragraph: number;
  /** Position in the article's sentence list. */
  index: number;
}

export interface IndexedArticle {
  text: string;
  sentences: Sentence[];
  /** Start offset of each paragraph in `text`. */
  paragraphStarts: number[];
}

export function indexArticle(article: ArticleText): IndexedArticle {
  const sentences: Sentence[] = [];
  const paragraphStarts: number[] = [];
  let offset = 0;
  article.paragraphs.forEach((paragraph, p) => {
    paragraphStarts.push(offset);
    for (const span of splitSentences(paragraph)) {
      sentences.push({ text: span.text, start: offset + span.start, end: offset + span.end, paragraph: p, index: sentences.length });
    }
    offset += paragraph.length + PARAGRAPH_SEPARATOR.length;
  });
  return { text: article.paragraphs.join(PARAGRAPH_SEPARATOR), sentences, paragraphStarts };
}

/** The sentence containing offset `at` (binary search; sentences are sorted). */
export function sentenceAt(sentences: Sentence[], at: number): Sentence | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/**
 * A leading "Label:" of list-style articles ("Funding: A $10-billion…",
 * "Investors: The round was…", "TechCrunch: Parse.ly Raises $5M"). Returns
 * the label (lower-cased) and where the sentence proper starts.
 * Round 12: newsletters and digests put a bullet or an item number before the label ("- FlapKap: …", "1) Mister Spex: …",
 * "• Kiplo : …", "2. Acme: …"); it is stepped over, not part of the label.
 */
const LEADING_LABEL = /^(?:(?:[-–—•·▪‣◦*]|\(?\d{1,2}[.)])\s*)?(?<label>[\p{L}][\p{L}’' ]{0,30}?)\s?:\s+(?=\S)/u;

export function leadingLabel(sentence: string): { label: string; rest: number } | null {
  const m = LEADING_LABEL.exec(sentence);
  if (!m) return null;
  return { label: m.groups!.label!.toLowerCase(), rest: m[0].length };
}

/**
 * A line of a list of rounds, figures masked as "§": "Sep 13: Scalapay: §", "• Acme — § seed (Sequoia)", "MyLight System : §".
 * An optional bullet, an optional date, the company, a colon or dash, then the figure opening the rest of the line.
 * Round 42: the company may carry its country or city in parentheses, the dash then optional ("• Instacart (U.S.) – §",
 * "• Xingsheng Youxuan (China) §", 1042 The Spoon); any other parenthesis there says who the name is ("Halmahera (fonds
 * familial): §", a round's backers listed by ticket, 610 Observatoire des médias): no item.
 */
const LIST_LINE = /^\s*(?:[•·▪‣◦*–—-]\s*)?(?:(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)[\p{L}]*\.? \d{1,2}|\d{1,2}(?:er)? (?:jan|feb|fév|mar|apr|avr|may|mai|jun|juin|jul|juil|aug|août|sep|oct|nov|dec|déc)[\p{L}]*\.?|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)\s*[:–—-]\s*)?(?<name>[\p{Lu}\p{N}][^:–—()§;]{0,58}?)\s*(?:\((?!\s*§)(?<place>[^()§:;]{1,40})\)\s*(?:[:–—-]\s*)?|(?::|\s[–—-]|\()\s*)(?:(?:about|around|over|more than|environ|plus de|près de|up to)\s+)?(?<money>§+)/u;
/** Labels of profile lists ("Funding: §", "Valuation: §"): the line is a field of one company, not an item of a list of rounds. */
const FIELD_LABEL = /^(?:total|funding|financement|montant|amount|round|raised|levée|valuation|valorisation|revenue|revenues|sales|chiffre d[’']affaires|ca|arr|latest|last|previous|date|stage|sector|secteur|fund|fonds|budget|price|prix|cost|coût|salary|deal|investment|investissement)(?![\p{L}\p{N}])/iu;
/**
 * Words of funding in the paragraphs before a list, or in its lines. Round 27 (cluster "a list under a lead-in about raising": blind
 * 677's weekly signals, "A (§), B (§) ou C (§) se sont financés", and the EN digests' "were funded by"): the participle of funding,
 * "funded", "financé(e)s", is a lead-in's verb as "raised" is; not glued after a hyphen ("state-funded", "auto-financé").
 */
/**
 * Review of round 27 (F3): "funded" is no lead-in of rounds when a public body funds ("projects funded by the Region", "les projets
 * financés par la Région : A (§), B (§)"): those are grants. PUBLIC_FUNDER_AFTER reads the agent after the participle (bounded);
 * NOT_AFTER_PROJECTS the noun before it.
 */
const PUBLIC_FUNDER_AFTER = String.raw`(?!\s+(?:by|par)\s+(?:(?:the|la|le|les|l[’'])\s*)?(?:${lexAlt([...LEX_GRANT_MAKERS_EN, ...LEX_GRANT_MAKERS_FR, ...LEX_PUBLIC_BODIES, ...LEX_STATE_FUNDERS])})(?![\p{L}]))`;
const NOT_AFTER_PROJECTS = String.raw`(?<!(?:projects?|projets?|programmes?|programs?)\s)`;
const LIST_FUNDING_CUE = new RegExp(
  String.raw`\b(?:rais(?:e|es|ed|ing)|funding|fundraising|rounds?|financings?|investments?|deals|levées?|lève|levé|tours? de table|financements?|opérations|invest|${NOT_AFTER_PROJECTS}(?<!-)funded${PUBLIC_FUNDER_AFTER}|${NOT_AFTER_PROJECTS}(?<!-)financée?s?${PUBLIC_FUNDER_AFTER})(?![\p{L}\p{N}])`,
  'iu',
);

/** Whether a text holds a word of funding (the cue of a list of rounds: "raised", "rounds", "levées", "tours de table"…). */
export function hasListFundingCue(text: string): boolean {
  return LIST_FUNDING_CUE.test(text);
}
const LIST_FUNDING_CUE_ALL = new RegExp(LIST_FUNDING_CUE.source, 'giu');
/** Round 27: where the funding cues of a text are (start and end of each), read once so that each figure asks its window (deals.ts). */
export function listFundingCueSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(LIST_FUNDING_CUE_ALL)].map((m) => [m.index!, m.index! + m[0].length]);
}

export interface ListLine {
  /** The company as written on the line. */
  name: string;
  /** Offset of the figure in the sentence. */
  at: number;
}

/**
 * Round 40 (issue 3, month-review statistics read as rounds; 1113 London Tech Watch's "- Series A: £166.2M across 8 deals",
 * "- Late-Stage & Other: £38.4M across 21 deals", "- Average Deal Size: £1.6M"): a list line is one company's round only when its
 * name can be a company's. A statistic's label (a total, an average, a median) or a funding stage is a breakdown of a market, and a
 * figure counted over several deals right after it ("§ across 8 deals", "§ in 14 rounds", the line twin of deals.ts AGGREGATE_AFTER)
 * is a sum of several rounds: neither line is an item of a list of rounds.
 */
const BREAKDOWN_NAME = new RegExp(String.raw`^(?:${lexAlt([...LEX_TOTAL_LABELS, ...LEX_AVERAGE_LABELS])}(?![\p{L}\p{N}])|(?:pre-?seed|seed|amorçage|series [a-j]\d?|série [a-j]\d?|(?:early|mid|late)[- ]stage)(?![\p{L}\p{N}-])\s*(?:$|[&(/,]|(?:and|et|or|ou)\s))`, 'iu');
const COUNTED_AFTER_FIGURE = /^§+\s*(?:\([^)]*\)\s*)?(?:across|in|over|from|en|sur|dans|répartis sur)\s+\d+\s+(?:[\p{L}-]+\s+)?(?:deals|rounds|transactions|companies|startups|start-ups|opérations|levées|tours de table|entreprises)(?![\p{L}])/iu;

/**
 * Lines of a list of rounds: at least two sibling one-sentence paragraphs of the same "name: figure" shape, with a heading or
 * an intro about funding in the three paragraphs before the first line (or funding words on the lines). A lone line is never
 * read this way. `masked(s)`: the sentence with its figures masked, or null when it holds none. Linear in the sentences.
 */
export function findListLines(sentences: Sentence[], masked: (s: Sentence) => string | null): Map<number, ListLine> {
  const out = new Map<number, ListLine>();
  let block: Array<{ s: Sentence; line: ListLine }> = [];
  const close = () => {
    if (block.length >= 2) {
      const first = block[0]!.s;
      let cue = block.some((b) => LIST_FUNDING_CUE.test(b.s.text.slice(b.line.at)));
      for (let i = first.index - 1; !cue && i >= 0 && first.paragraph - sentences[i]!.paragraph <= 3; i--) cue = LIST_FUNDING_CUE.test(sentences[i]!.text);
      if (cue) for (const b of block) out.set(b.s.index, b.line);
    }
    block = [];
  };
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    const text = masked(s);
    const alone = (k === 0 || sentences[k - 1]!.paragraph !== s.paragraph) && (k + 1 === sentences.length || sentences[k + 1]!.paragraph !== s.paragraph);
    const m = text !== null && alone ? LIST_LINE.exec(text) : null;
    const name = m ? m.groups!.name!.trim() : '';
    if (!m || name.length < 2 || FIELD_LABEL.test(name) || BREAKDOWN_NAME.test(name) || (m.groups!.place !== undefined && !isPlace(m.groups!.place.trim())) || COUNTED_AFTER_FIGURE.test(text!.slice(m.index + m[0].length - m.groups!.money!.length))) {
      if (text !== null || alone) close();
      continue;
    }
    // Siblings are adjacent paragraphs.
    const prev = block[block.length - 1];
    if (prev && s.paragraph - prev.s.paragraph > 1) close();
    block.push({ s, line: { name, at: m.index + m[0].length - m.groups!.money!.length } });
  }
  close();
  return out;
}

/**
 * Round 42: a list of other companies' rounds told as the market's context. The writer looks back over the year to date in the
 * first person ("Since the beginning of the year we’ve seen the following raises:", 1042 The Spoon, after Stor.ai's own round;
 * "This year so far, we’ve seen a handful of investments into new media.", 816 10000hacks, after YourStory's): the bulleted
 * items under that sentence are earlier raises of the market, not the page's news. Both halves are needed: "we've seen" alone
 * opens a month's roundup ("In this month’s roundup …, we've seen an array of significant movements", 707), and a span to date
 * alone opens a statistic ("Since the start of the year to date, more than § has been invested", 91).
 */
const SEEN_SO_FAR = /(?<![\p{L}])(?:we[’']ve|we have|nous avons|on a)\s+(?:(?:already|also|déjà|aussi)\s+)?(?:seen|witnessed|vu)(?![\p{L}])/iu;
const YEAR_TO_DATE = /(?<![\p{L}])(?:since the (?:beginning|start) of (?:the|this) year|(?:this|the) year so far|so far this year|year[- ]to[- ]date|depuis le début de l[’']année|depuis janvier)(?![\p{L}])/iu;
/** A bulleted paragraph: a bullet or a dash opens it. */
const BULLET_OPENING = /^\s*[•·▪‣◦*–—-]\s/u;
/** At most this many items are read under one look-back (a bounded walk). */
const MAX_CONTEXT_ITEMS = 40;

/**
 * Sentences of bulleted items under a look-back over the year to date (SEEN_SO_FAR and YEAR_TO_DATE in one sentence): the
 * paragraphs right after it that open on a bullet, up to the first one that does not. Linear in the sentences.
 */
export function yearToDateContextItems(sentences: Sentence[]): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k < sentences.length; k++) {
    const intro = sentences[k]!;
    if (!SEEN_SO_FAR.test(intro.text) || !YEAR_TO_DATE.test(intro.text)) continue;
    let paragraph = intro.paragraph;
    let items = 0;
    let j = k + 1;
    while (j < sentences.length && sentences[j]!.paragraph === paragraph) j++;
    for (; j < sentences.length && items < MAX_CONTEXT_ITEMS; items++) {
      const first = sentences[j]!;
      if (first.paragraph !== paragraph + 1 || !BULLET_OPENING.test(first.text)) break;
      paragraph = first.paragraph;
      for (; j < sentences.length && sentences[j]!.paragraph === paragraph; j++) out.add(sentences[j]!.index);
    }
    k = Math.max(k, j - 1);
  }
  return out;
}

// ── Coordinated raisers (round 23) ─────────────────────────────────────────────────────────────────────────────────────
//
// One sentence, several raisers. Three structures give a figure to each of several coordinated subjects, and the blind misses
// of eight batches show each of them on several outlets (weekly digests, monthly barometers, regional reviews, EN and FR):
//   - respectively: "A and B raised § and § respectively", "A et B ont levé respectivement § et §", "A (…) et B (…) complètent
//     le podium, avec respectivement § et §": the k-th subject takes the k-th figure of the run;
//   - a distributive word: "A, B, C and D raised more than § each", "A et B ont chacune collecté §", "A and B both closed §":
//     every subject takes the one figure;
//   - a per-company threshold over a counted subject, its members listed after it: "Quinze d'entre elles ont levé plus de §,
//     dont A, B ou encore C", "Three companies raised § or more, including A and B": every listed member takes the figure.
// A total over the subjects ("ont levé au total §", "together raised §", "à elles deux") is nobody's own round: no reading.
// The reader reads the structure only (the subject list, the verb, the figure run, the distributive word); whether a figure is a
// round at all stays the figure reader's decision (deals.ts).

/**
 * Round 24 (review F11): "with/avec" links subjects to figures only after a verb of ranking, at most three words before it ("A et B
 * complètent le podium, avec respectivement § et §", "A and B followed, with § each"; "lead" only right before it or with a
 * period or a ranking as its object: "A and B led with § each", "led the week with § apiece", not "Sequoia and Accel led the round
 * with § each"). After any other
 * verb it is the backers' share or a fee ("Sequoia and Accel participated with § each", "ont participé avec § chacun", "were paid
 * with § each"): no subject of a raise. The verbs of ranking are a closed class (complete, top, lead, follow, rank, round out,
 * trail; compléter, suivre, arriver, fermer la marche, occuper).
 */
const RANKING_WITH = String.raw`(?<![\p{L}])(?:(?:complèt(?:e|ent)|complét(?:aient|ait|é)|complete[sd]?|completing|tops|topped|top|suiv(?:ent|ait|aient|i|ie|is)|follow(?:s|ed)?|arriv(?:e|ent|ait|aient|é|ée|és|ées)|ferm(?:e|ent|ait|aient)|occup(?:e|ent|ait|aient)|rank(?:s|ed)?|round(?:s|ed)? out|trail(?:s|ed)?)(?:[\s,]+[\p{L}’'-]+){0,3}?|(?:leads?|led)(?:\s+the\s+(?:${lexAlt([...LEX_PERIOD_NOUNS_EN, 'pack', 'ranking', 'rankings', 'list', 'table', 'charts?'])}))?)[\s,]+(?:avec|with)(?![\p{L}])`;
/**
 * The words that link the subjects to the figures: the lexicon's raising participles, their present and plural forms, and "with"/
 * "avec" after a verb of ranking ("A et B complètent le podium, avec respectivement § et §", "A and B led with § each"); the
 * link alone gives nothing: a respective or distributive word, or a threshold over a counted subject, must follow.
 * Round 42: "got" beside the lexicon's "received" ("Welo Health and Medpharma got § each", 685; "Pipedrive and … Monese, both of
 * which got §", 1133): a verb of getting is a raise's link only in those shapes, and deals.ts sharedOutToNames reads it so.
 */
const COORD_VERB = new RegExp(String.raw`(?<![\p{L}])(?:${lexAlt([...LEX_RAISE_PARTICIPLES_EN, ...LEX_RAISE_PARTICIPLES_FR, ...LEX_RAISE_PLURAL_FR])}|rais(?:e|es|ing)|secur(?:e|es|ing)|lève|levant|récoltant|totalling|totaling|got)(?![\p{L}])|${RANKING_WITH}`, 'giu');
/** Words that may stand between the verb and the first figure: adverbs, the distributive word, an approximation ("plus de"). */
const VERB_TO_FIGURE = /^\s*(?:[\p{Ll}’'-]+\s+){0,4}$/u;
/** Four words and their blanks fit in this many characters; a farther figure is not the verb's object (a bounded test per verb). */
const VERB_TO_FIGURE_MAX = 80;
/**
 * Between two figures of one run: a comma, "and"/"et", or both. The blank before the comma and the blank after it are two runs
 * split by the comma (never two adjacent optional runs of spaces, which split a long blank every way: quadratic).
 */
const FIGURE_RUN_GAP = /^\s*(?:,\s*)?(?:(?:and|et|&)\s+)?$/u;
/** A gap between two figures longer than this is no run of figures (", and " fits many times over); the test stays bounded. */
const FIGURE_RUN_GAP_MAX = 40;
/**
 * Round 34: how far after the run of figures its "respectively" may stand, up to the clause's end (a dot, a semicolon or another
 * figure): a parallel list of dates or places may sit between, "A and B raised § and § by end-August and mid-September,
 * respectively" (900; 142 the same), and the same order in French, "ont obtenu § et §, en février puis en octobre, respectivement"
 * (invented: none of the funding fixtures with "respectivement" puts dates before it; session 21 review).
 */
const RESPECTIVE_REACH = 100;
/** The word that pairs a run of figures with the subjects in order. */
const RESPECTIVE_WORD = /(?<![\p{L}])(?:respectively|respectivement|respectives?|respectifs?)(?![\p{L}])/iu;
/** A distributive word between the subjects and the figure: "ont chacune levé", "each raised", "both closed", "ont tous deux". */
const EACH_WORD = /(?<![\p{L}])(?:each|both|chacune?s?|tous deux|toutes deux|tous les deux|toutes les deux)(?![\p{L}])/iu;
/** A distributive word right after the figure that closes its phrase: "§ each,", "§ apiece in", "§ chacune." ("§ each year" is a rate). */
const EACH_AFTER_FIGURE_WORD = /^\s*(?:\([^()]{0,40}\)\s*)?(?:each|apiece|chacune?s?)(?:\s*(?:[,;.:!?)–—]|$)|\s+(?:and|but|while|in|from|for|with|led|et|mais|tandis|en|auprès|pour|avec)(?![\p{L}]))/iu;
/** A total over the subjects, never each one's round: "au total", "together", "combined", "à elles deux", "cumulés". */
const JOINT_WORD = /(?<![\p{L}])(?:together|combined|jointly|collectively|between them|in total|a total of|in all|ensemble|conjointement|au total|en tout|à (?:elles|eux) (?:deux|trois|quatre|cinq|seules?|seuls?)|cumulé(?:e?s)?|cumulativement)(?![\p{L}])/iu;
/**
 * Where a clause's subject list starts, read back from its verb: after an earlier figure, a semicolon or colon, a dash, or a
 * word that opens a new clause ("followed by", "suivie de", "while", "tandis que", "but", "mais", "dont", "including").
 * Round 34: the examples of a class, "des startups comme A et B ont chacune levé §", "startups such as A and B raised § each":
 * the class ("Des startups") is no subject; its named examples are (903; 'such as' in 872's and 586's digests).
 */
const SUBJECT_OPENER = /[;:–—]|(?<![\p{L}])(?:followed by|suivie?s? (?:de|par)|while|whereas|but|tandis que|alors que|mais|dont|including|notamment|comme|such as|like)(?![\p{L}])/giu;
/**
 * What may stand between two coordinated subjects: a closed appositive, then a comma or a coordinator, then lower-case
 * descriptors ("et la société de cybersécurité", "and fintech"), each word closed by a space (a word never splits: linear).
 */
const SUBJECT_GAP = new RegExp(String.raw`^(?:\s*,[^,§;:]{1,80},)?\s*(?:,\s*(?:(?:and|et|&)\s+)?|(?:and|et|&|as well as|ainsi que|or|ou encore|ou)\s+)(?:(?:[\p{Ll}’'-]+|\p{Lu}\p{Ll}+(?=\s+\p{Ll}))\s+){0,8}(?:\p{Ll}[’'])?$`, 'u');
/** From the last subject to its verb: a closed appositive, then auxiliaries, adverbs and the distributive word only. */
const SUBJECT_TO_VERB = new RegExp(String.raw`^(?:\s*,[^,§;:]{1,80},)?\s*(?:,\s*)?(?:[\p{Ll}’'-]+(?:\s*,\s*|\s+|$)){0,4}$`, 'u');
/** A subject that may raise: a name, not a place or a nationality ("France and Germany raised § and § respectively"). */
function raiserName(n: string): boolean {
  return !isPlace(n) && !isNationality(n);
}
/** A threshold before the figure ("plus de §", "more than §") or after it ("§ or more", "§ et plus"): a bound each member passed. */
const THRESHOLD_BEFORE_FIGURE = /(?<![\p{L}])(?:plus de|more than|over|above|au moins|at least|upwards of|au-delà de|supérieure?s? à|in excess of)\s*$/iu;
const THRESHOLD_AFTER_FIGURE = /^\s*(?:or (?:more|above|over)|and (?:above|over|up)|ou plus|et plus|et au-delà)(?![\p{L}])/iu;
/** A counted subject ("Quinze d'entre elles", "three of them", "12 startups", "six entreprises"): a class whose members follow. */
const COUNTED_SUBJECT = new RegExp(String.raw`(?:^|[\s,])(?:[\p{L}-]+\s+(?:d[’']entre\s+(?:elles|eux)|of\s+them|of\s+these|of\s+those)|(?:\d+|${lexAlt([...LEX_COUNT_WORDS_EN, ...LEX_COUNT_WORDS_FR])})\s+(?:[\p{Ll}-]+\s+)?(?:${lexAlt(LEX_COMPANY_PLURALS)}))(?![\p{L}])`, 'iu');
/** The opener of the members' list after a threshold figure: ", dont A, B", ", including A and B". */
const MEMBERS_OPENER = /^\s*(?:or (?:more|above|over)|and (?:above|over|up)|ou plus|et plus)?\s*,?\s*(?:dont|including|notamment|parmi lesquelles|parmi lesquels|among them|such as)\s+/iu;
/** A relative clause after a listed member gives it a figure of its own: ", which raised §", ", qui a levé §". */
const MEMBER_RELATIVE = /,\s*(?:which|who|that|qui|lequel|laquelle)(?![\p{L}])/iu;

interface FigureSpan { start: number; end: number }

/** The coordinated names of `span` (a subject list), in order, with no verb or clause between them; null when not a list. */
function coordinatedNames(span: string): string[] | null {
  // Parenthesised descriptions ("Santé Académie (formation en ligne …) et OSO-AI (…)") are blanked, offsets kept.
  const text = span.replace(/\([^()]*\)/gu, (m) => ' '.repeat(m.length));
  const names = namesIn(text).filter(raiserName);
  if (names.length < 2) return null;
  let at = 0;
  let prevEnd = -1;
  for (const n of names) {
    const i = text.indexOf(n, at);
    if (i < 0) return null;
    if (prevEnd >= 0 && !SUBJECT_GAP.test(text.slice(prevEnd, i))) return null;
    prevEnd = i + n.length;
    at = prevEnd;
  }
  return SUBJECT_TO_VERB.test(text.slice(prevEnd)) ? names : null;
}

/** The members listed after a threshold figure, up to the clause's end; a member with a relative clause of its own is left out. */
function listedMembers(after: string): string[] {
  const opener = MEMBERS_OPENER.exec(after);
  if (!opener) return [];
  const list = after.slice(opener[0].length).split(/[.;§]/u)[0]!;
  const relative = MEMBER_RELATIVE.exec(list);
  const names0 = namesIn(relative ? list.slice(0, relative.index) : list).filter(raiserName);
  // The antecedent of the relative clause has its own figure: it is no member at the threshold.
  const names = relative ? names0.slice(0, -1) : names0;
  return names;
}

/**
 * The names each figure of a sentence is raised by, when the sentence coordinates several raisers (see above); keyed by the
 * figure's index in `figures`. `masked`: the sentence with its figures masked as "§"; `figures`: their offsets, in order. One
 * pass over the verbs; each reading is bounded (a subject span of at most 300 characters, a list up to the clause's end).
 */
export function coordinatedRaisers(masked: string, figures: readonly FigureSpan[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  if (figures.length === 0) return out;
  let next = 0;
  for (const v of masked.matchAll(COORD_VERB)) {
    const vStart = v.index!;
    const vEnd = vStart + v[0].length;
    while (next < figures.length && figures[next]!.start < vEnd) next++;
    if (next >= figures.length) break;
    const first = figures[next]!;
    if (first.start - vEnd > VERB_TO_FIGURE_MAX || !VERB_TO_FIGURE.test(masked.slice(vEnd, first.start))) continue;
    // The run of figures the verb governs.
    let last = next;
    while (last + 1 < figures.length && figures[last + 1]!.start - figures[last]!.end <= FIGURE_RUN_GAP_MAX
      && FIGURE_RUN_GAP.test(masked.slice(figures[last]!.end, figures[last + 1]!.start))) last++;
    const runEnd = figures[last]!.end;
    // The clause's subject: back to the previous figure, or to an opener of a new clause.
    const floor = Math.max(next > 0 ? figures[next - 1]!.end : 0, vStart - 300);
    let from = floor;
    const head = masked.slice(floor, vStart);
    for (const o of head.matchAll(SUBJECT_OPENER)) from = floor + o.index! + o[0].length;
    const subject = masked.slice(from, vStart);
    const tail = masked.slice(runEnd, Math.min(masked.length, runEnd + 40));
    const clause = subject + masked.slice(vStart, runEnd) + tail.split(/[.;]/u)[0];
    if (JOINT_WORD.test(clause)) continue;
    const between = masked.slice(vEnd, first.start);
    const count = last - next + 1;
    if (count >= 2) {
      const respectiveTail = masked.slice(runEnd, Math.min(masked.length, runEnd + RESPECTIVE_REACH)).split(/[.;§]/u)[0]!;
      if (!RESPECTIVE_WORD.test(between + masked.slice(first.end, runEnd) + respectiveTail)) continue;
      const names = coordinatedNames(subject);
      if (names && names.length === count) for (let k = 0; k < count; k++) out.set(next + k, [names[k]!]);
      continue;
    }
    const after = masked.slice(first.end, Math.min(masked.length, first.end + 400));
    const distributive = EACH_WORD.test(subject.slice(-40) + between) || EACH_AFTER_FIGURE_WORD.test(after);
    if (distributive) {
      const names = coordinatedNames(subject);
      if (names) out.set(next, names);
      continue;
    }
    // A per-company threshold over a counted subject, its members listed after the figure.
    if ((THRESHOLD_BEFORE_FIGURE.test(between) || THRESHOLD_AFTER_FIGURE.test(after)) && COUNTED_SUBJECT.test(subject)) {
      const members = listedMembers(after);
      if (members.length >= 2) out.set(next, members);
    }
  }
  return out;
}
