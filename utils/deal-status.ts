/**
 * The status reader: whether a round told by the article is its news ("announced") or an earlier round told for context
 * ("past"). One place reads the time of the amount's own clause: the tense and time adverbs of the clause (deals.ts
 * isPastContext, through readPastContext below), the outlet's own recent scoop retold, a list entry's month, a yardstick or a
 * record's share. funding.ts asks readFigureStatus for every figure of a round, readPastContext for amountless rounds.
 * Pure and linear: every pattern is bounded, read once on the clause or the sentence it is given.
 */
import { datePhrase, isPastContext, type ReviewPeriod } from './deals';
import { lexAlt, lexCapitalised, LEX_BACKING_VERBS_EN, LEX_BACKING_VERBS_FR, LEX_INVEST_VERBS_FR, LEX_PARTICIPATION_VERBS_EN, LEX_PARTICIPATION_VERBS_FR, LEX_EARLIER_WORDS, LEX_FUTURE_MARKERS, LEX_LISTING_PLAN_VERBS, LEX_FAILURE_NEWS_EN, LEX_FAILURE_NEWS_FR, LEX_HEADLINE_VERBS_EN, LEX_HEADLINE_VERBS_FR, LEX_MONTHS_EN, LEX_MONTHS_FR, LEX_RAISE_PARTICIPLES_EN, LEX_RAISE_PARTICIPLES_FR, LEX_RAISE_PLURAL_FR, LEX_RECEIVE_SYNONYMS_EN, LEX_RECEIVE_SYNONYMS_FR, LEX_RAISE_SYNONYMS_EN, LEX_RAISE_SYNONYMS_FR, LEX_ROUND_NOUNS } from './funding-lexicon';
import type { Deal } from './types';

/**
 * "previously" qualifying an adjective, not the clause's verb: "whose platform finds previously undiscoverable targets", "a
 * previously unannounced round", "previously incurable diseases". The adjective is negated (un-, non-) or ends in -able/-ible,
 * so "previously raised", "previously invested" (the verb's own time) are kept ("in-" is left out: "invested" is a verb).
 * Blanked, same length, before the clause's time is read (readPastContext). Only "previously" is an earlier-time cue of
 * deals.ts's PAST_CUE among such adverbs; the French ones ("jusqu’ici", "auparavant") are no cue there, so none is needed.
 */
const EARLIER_ADVERB_ON_ADJECTIVE = /(?<![\p{L}\p{N}])previously\s+(?=(?:un|non-?)\p{Ll}{3,}(?![\p{L}\p{N}])|\p{Ll}{2,}(?:able|ible)s?(?![\p{L}\p{N}]))/giu;
/** Whether a clause tells an earlier raise (deals.ts isPastContext), read once an adverb of earlier time on an adjective is blanked. */
export function readPastContext(clause: string, period: ReviewPeriod | null): boolean {
  return isPastContext(clause.replace(EARLIER_ADVERB_ON_ADJECTIVE, (m) => ' '.repeat(m.length)), period);
}

/** A total that is a record ("la semaine record reste la mi-mars, avec §, dont §"): one already set, so its items are earlier rounds. */
const RECORD_WORD = /\b(?:record|all-time high)(?![\p{L}\p{N}])/iu;
/** A month as a roundup entry's date: "en février", "in March", "Sep 13". */
const MONTH_PHRASE = new RegExp(String.raw`\b(?:(?:en|in|In|En) (?:early |late |mid-)?)?${lexAlt([...LEX_MONTHS_FR, ...lexCapitalised(LEX_MONTHS_EN)])}(?![\p{L}\p{N}])`, 'gu');

/**
 * The outlet telling its own scoop of the last days: "we published/reported/broke the news that", "as we reported yesterday",
 * "comme nous l'annoncions hier", "nous révélions ce matin que", "as first reported by [us]". Bounded runs only.
 */
const OWN_NEWS_CUE = /(?<![\p{L}\p{N}])(?:we (?:(?:first|exclusively|just)\s+)?(?:published|reported|broke|revealed|wrote|told you|scooped|covered)(?:\s+(?:the )?(?:news|story|scoop))?(?:\s+(?:yesterday|today|this morning|last night|earlier this week|last week|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))?\s+(?:that|how)|as we (?:first |exclusively )?(?:reported|revealed|wrote|told you)|(?:comme|ainsi que) nous (?:l[’']|le )?(?:annoncions|avons annoncé|révélions|avons révélé|écrivions|évoquions|indiquions)|nous (?:annoncions|révélions|avons révélé|écrivions)(?: (?:hier|ce matin|la semaine dernière|récemment|en exclusivité))? que)(?![\p{L}\p{N}])/iu;

/** A time that is not recent: the scoop retold is old news ("we reported last year that …", "comme nous l'écrivions en 2021"). */
const OLD_TIME = /(?<![\p{L}\p{N}])(?:last (?:year|month|summer|spring|autumn|fall|winter)|(?:years?|months) ago|(?:in|en) (?:19|20)\d\d|l[’']an dernier|l[’']année dernière|il y a (?:\S+ )?(?:ans?|mois))(?![\p{L}\p{N}])/iu;

/** An earlier-round phrase: "its previous round", "the prior financing", "sa précédente levée", "son dernier tour de table". */
const EARLIER_ROUND_PHRASE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${lexAlt(LEX_EARLIER_WORDS)}\\s+(?:[\\p{L}-]+\\s+)?${lexAlt(LEX_ROUND_NOUNS)}|${lexAlt(LEX_ROUND_NOUNS)}\\s+(?:précédente?s?|antérieure?s?))(?![\\p{L}\\p{N}])`, 'iu');
/** A year written as such (the date reader's phrases carry it: "in March 2019", "en 2021"). */
const YEAR_IN_DATE = /(?<![\p{N}])(?:19|20)\d\d(?![\p{N}])/u;
/** A retold raise dated by the clause or the sentence: a date phrase with a year, or an earlier round named. */
function datedRetelling(sentence: string, clause: string): boolean {
  return EARLIER_ROUND_PHRASE.test(clause) || sentenceDatesRetelling(sentence);
}
/**
 * The sentence's half of datedRetelling, read once per sentence: every figure of one sentence asks about the same text, so the
 * last answer is kept (one entry: sentences are read in order).
 */
let lastRetellingSentence: string | null = null;
let lastRetellingDated = false;
function sentenceDatesRetelling(sentence: string): boolean {
  if (sentence === lastRetellingSentence) return lastRetellingDated;
  let dated = EARLIER_ROUND_PHRASE.test(sentence);
  // Every date phrase of the sentence in turn ("As we reported on Monday, … in March 2019": the first one is the report's).
  let rest = sentence;
  for (let date = dated ? null : datePhrase(rest); date; date = datePhrase(rest)) {
    if (YEAR_IN_DATE.test(date)) {
      dated = true;
      break;
    }
    const at = rest.indexOf(date);
    if (at < 0) break;
    rest = rest.slice(at + date.length);
  }
  lastRetellingSentence = sentence;
  lastRetellingDated = dated;
  return dated;
}

/** What the status reader needs to know of one figure told as a round. */
export interface FigureStatusInput {
  /** The figure's sentence, every figure masked ("§"). */
  sentence: string;
  /** The figure's clause before the figure. */
  before: string;
  /** The clause's text around the figure: `before` and what follows the figure up to a comma. */
  cueText: string;
  /** An entry of a list of companies ("Acme (§), Kiplo (§)", "• Acme — §"). */
  listItem: boolean;
  /** The company was read as one told of in the past (companies.ts). */
  companyPast: boolean;
  /** Another company's round told as the record this one is measured against. */
  yardstick: boolean;
  /** A company's share of a total of rounds told in the sentence. */
  shareOfTotal: boolean;
  /** How many figures of the sentence are told as rounds. */
  roundsInSentence: number;
}

/**
 * The status of a figure's round: past when its clause tells an earlier time (a list entry's month only dates the entry of a
 * roundup), when the company is told of in the past, when it is a yardstick, or when it is the share of a total that is itself
 * past or a record; announced otherwise. "Yesterday we published the news that Flo had raised §", "Comme nous l'annoncions hier,
 * Kiplo a levé §": the outlet's own recent scoop retold by its newsletter is the current news whatever the tense, unless the
 * clause or sentence dates it (a year, an earlier-round word) or the clause reads an old time.
 */
export function readFigureStatus(input: FigureStatusInput, period: ReviewPeriod | null): FigureStatus {
  const { sentence, before, cueText } = input;
  const clause = input.listItem ? cueText.replace(MONTH_PHRASE, ' ') : cueText;
  const clausePast = readPastContext(clause, period) || earlierRoundAfter(sentence, before) || whenOfDatedYear(before);
  const past = clausePast || input.companyPast || input.yardstick || (input.shareOfTotal && (readPastContext(sentence, period) || RECORD_WORD.test(sentence))) || failureAfterRaise(before);
  if (!past) return { status: 'announced', monthDated: false };
  if (!input.yardstick && !input.companyPast && OWN_NEWS_CUE.test(before) && !OLD_TIME.test(cueText) && !datedRetelling(sentence, cueText)) return { status: 'announced', monthDated: false };
  if (clausePast && !input.listItem && !input.companyPast && !input.yardstick && !input.shareOfTotal && afterOwnRaise(sentence, before, cueText, period)) return { status: 'announced', monthDated: false };
  // Past only because the clause names a month with no year: settled once the whole page is read (settleMonthDatedRounds).
  const monthDated = clausePast && input.roundsInSentence === 1 && !input.companyPast && !input.yardstick && !input.shareOfTotal && !INVESTOR_SIDE_VERB.test(before) && MONTH_ALONE_DATE.test(clause) && !readPastContext(clause.replace(MONTH_ALONE_DATE, (m) => ' '.repeat(m.length)), period);
  MONTH_ALONE_DATE.lastIndex = 0;
  return { status: 'past', monthDated };
}

/**
 * A raising verb as one word of a run, ending the run: "raised", "raises", "lève", "a levé", "secured", "bouclé" (review 22: "after
 * backing from Alpha Ventures and raised §", "après avoir accompagné des PME et lève §" — the figure is the raise of the main verb).
 */
const RAISING_VERB_WORD = String.raw`(?:rais(?:e|es|ed)|l[èe]v(?:e|ent|é|ée|ées|és)|${lexAlt([...LEX_RAISE_PARTICIPLES_EN, ...LEX_RAISE_PARTICIPLES_FR, ...LEX_RAISE_PLURAL_FR])}|secures|closes|boucle|obtient)(?![\p{L}])`;
/**
 * A raise governing an earlier figure of the sentence: a raising verb or a round noun in the few words before it ("Acme raised §",
 * "Kiplo a levé §", "a § seed round", "une levée de §") or a round noun right after it ("§ Series A", "§ round"). "With revenue of §",
 * "un chiffre d'affaires de §": no raise, the round after "after" is the news (review 22).
 */
const RAISE_BEFORE_FIGURE = new RegExp(String.raw`(?<![\p{L}])(?:${RAISING_VERB_WORD}|${lexAlt([...LEX_ROUND_NOUNS, ...LEX_RAISE_SYNONYMS_EN, ...LEX_RAISE_SYNONYMS_FR, ...LEX_RECEIVE_SYNONYMS_EN, ...LEX_RECEIVE_SYNONYMS_FR, ...LEX_HEADLINE_VERBS_EN, ...LEX_HEADLINE_VERBS_FR])}(?![\p{L}])|rais(?:ing)|secur(?:e|ed|ing)|clos(?:e|ed|ing)|collect(?:e|é|ée))(?:\s+[^\s§]+){0,6}\s*[^\s§]*$`, 'iu');
const ROUND_AFTER_FIGURE = new RegExp(String.raw`^[^§]{0,40}?(?<![\p{L}])${lexAlt(LEX_ROUND_NOUNS)}(?![\p{L}])`, 'iu');
/** Whether some figure of `text` is itself read as a raise (RAISE_BEFORE_FIGURE, ROUND_AFTER_FIGURE). */
function someFigureIsRaise(text: string): boolean {
  for (let at = text.indexOf('§'); at >= 0; at = text.indexOf('§', at + 1)) {
    const prev = text.lastIndexOf('§', at - 1);
    if (RAISE_BEFORE_FIGURE.test(text.slice(Math.max(prev + 1, at - 80), at))) return true;
    if (ROUND_AFTER_FIGURE.test(text.slice(at + 1, at + 60))) return true;
  }
  return false;
}

/**
 * An investor's earlier deal told after "after" ("This is X's third bet after leading Acme's § Series B", "après avoir mené la
 * série A de Kiplo (§)"): the gerund of leading, backing or investing dates the investor's history, never the page's round;
 * so does each round of its object's list ("after leading A's § Series B and B's § Series A").
 */
const AFTER_INVESTOR_SIDE = new RegExp(String.raw`(?<![\p{L}])(?:after|following|après avoir|après avoir déjà)\s+(?:(?:co-)?leading|backing(?!\s+from(?![\p{L}]))|investing\s+in|(?:co-?)?mené|co-mené|piloté|soutenu|investi\s+dans|accompagné)\s+(?:(?!${RAISING_VERB_WORD})[\p{L}\p{N}§’'.&()-]+\s+){0,8}\(?$`, 'iu');
/**
 * The raise told after "after" once the sentence has told its news figure: "Acme raised § on Tuesday, three months after
 * closing a § round", "Kiplo a levé §, six mois après avoir bouclé un tour de §". The gerund (EN) or the past infinitive (FR)
 * of raising, a few words, then the figure: the earlier round. Alone in its sentence ("turned unicorn after raising §") the
 * phrase is read by afterOwnRaise.
 */
const AFTER_RAISING_TAIL = new RegExp(String.raw`(?<![\p{L}])(?:after|following|après avoir(?:\s+déjà)?)\s+(?:raising|closing|securing|landing|completing|bagging|announcing|${lexAlt(LEX_RAISE_PARTICIPLES_FR)})\s+(?:[\p{L}’'-]+\s+){0,4}$`, 'iu');

/**
 * A relative clause of time whose antecedent is a dated moment: "… since March 2019, when it raised §", "… was in May of 2018,
 * when it raised §", "… depuis 2019, année où elle avait levé §", "en 2017, lorsqu'elle a levé §". The "when" clause (when, où,
 * lorsque, quand) tells what happened at the year just named, so its round is dated by that year, not by the page. Read on the
 * clause up to the figure: a year, a comma, the relative word, at most six words, the figure. Bounded runs only.
 */
const WHEN_OF_DATED_YEAR = /(?<![\p{N}])(?:19|20)\d\d\s*,\s*(?:(?:l[’']an(?:née)?|the year)\s+)?(?:when|où|lorsqu[’']|lorsque|quand)\s*(?:[^\s§,;.]+\s+){0,6}$/iu;
/** Whether the figure closing `before` (its clause) is dated by a "when" clause of a year (WHEN_OF_DATED_YEAR): its last 90 characters only. */
function whenOfDatedYear(before: string): boolean {
  return WHEN_OF_DATED_YEAR.test(before.slice(-90));
}

/** Whether the figure closing `before` is an earlier round told after "after" (AFTER_INVESTOR_SIDE, AFTER_RAISING_TAIL). */
function earlierRoundAfter(sentence: string, before: string): boolean {
  const at = sentence.lastIndexOf(before);
  if (at < 0) return false;
  // The investor's list of rounds may run over the clause's start ("… and B's §"): read on the sentence up to the figure.
  if (AFTER_INVESTOR_SIDE.test(sentence.slice(Math.max(0, at + before.length - 160), at + before.length))) return true;
  const tail = before.slice(-120);
  const m = AFTER_RAISING_TAIL.exec(tail);
  return m !== null && someFigureIsRaise(sentence.slice(0, at + before.length - tail.length + m.index));
}

/** The status of one figure's round, and whether a month with no year is all that made it past. */
export interface FigureStatus {
  status: Deal['status'];
  monthDated: boolean;
}

/**
 * The clause told from an investor's side ("In October, Ant Financial joined a § round in Megvii", "Sequoia backed Acme with §",
 * "Serena a investi § dans Kiplo"): a look at the investor's moves, whose months date its history, not the page's round. The
 * backing and investing verbs of the lexicon, and the closed class of joining and leading a round.
 */
const INVESTOR_SIDE_VERB = new RegExp(String.raw`(?<![\p{L}])(?:${lexAlt([...LEX_BACKING_VERBS_EN, ...LEX_BACKING_VERBS_FR, ...LEX_INVEST_VERBS_FR, ...LEX_PARTICIPATION_VERBS_EN, ...LEX_PARTICIPATION_VERBS_FR])}|(?:co-)?led|(?:a|ont) (?:co-?)?mené)(?![\p{L}])`, 'iu');
// Only a sentence's one round: a sentence listing several companies' rounds by their months ("V2food raised § in August, while in
// July we saw A raise §, B secure §") looks back over a season, its items keep the list's time.
/**
 * A date told by its month alone, with no year after it: "in March", "In early April", "en avril", "fin août", "début juin",
 * "le 20 septembre dernier", "on March 3". The clause's time is then the page's own time, not an earlier one: the month of a
 * company's only round on the page is when that round was made, whether the page is a monthly wrap ("Navya a levé § en
 * octobre"), a year's review ("In April Avvo pocketed §") or a feature on the company ("The company secured § in March"). A month
 * with a year ("in March 2019", "en avril 2021") or "last March" (the year before) stays a past date. Bounded runs only.
 */
const MONTH_ALONE_DATE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<!(?:[Ll]ast|[Pp]ast|[Pp]revious|[Tt]his) )(?:(?:[Ii]n|[Ee]n|[Oo]n|[Ll]e|[Ff]in|[Dd]ébut|[Cc]ourant|[Ee]arly|[Ll]ate|[Mm]id-)\s*){0,2}(?:\d{1,2}(?:er)?\s+)?(?:${lexAlt(LEX_MONTHS_FR)}|${lexAlt(lexCapitalised(LEX_MONTHS_EN))})(?:\s+\d{1,2}(?:st|nd|rd|th)?(?![\p{N}]))?(?:\s+dernier)?(?![\p{L}\p{N}]|,?\s+(?:19|20)\d\d)`, 'gu');

/**
 * A company's failure told as news (lexicon LEX_FAILURE_NEWS_*): "shut down", "filed for bankruptcy", "lays off 40% of its
 * staff", "a fermé ses portes", "a déposé le bilan", "licencie". Next to it a round is the company's history: the main clause
 * of "shut down on Monday after raising §", or the topic of a page whose headline or first sentence tells the failure.
 */
const FAILURE_NEWS = new RegExp(String.raw`(?<![\p{L}\p{N}])${lexAlt([...LEX_FAILURE_NEWS_EN, ...LEX_FAILURE_NEWS_FR])}(?![\p{L}\p{N}])`, 'iu');

/**
 * A headline that tells funding news: a money figure, a round noun, a funding word ("backing", "capital", "fonds"), or a verb of
 * raising or backing, a headline verb or a raise synonym of the lexicon ("nets", "bags", "hauls in", "décroche", "engrange"). Read on the title only, to
 * tell a headline about the company's other news ("Acme opens an office in Lagos") from one about its raise.
 */
const FUNDING_HEADLINE_CUE = new RegExp(String.raw`[$€£¥]\s?\d|\d\s?(?:[MKB]n?\b|millions?|milliards?|billions?|M€|M\$)|(?<![\p{L}])(?:${lexAlt(LEX_ROUND_NOUNS)}|rais(?:e|es|ed|ing)|l[èe]v(?:e|ent|é|ée)|investors?|investisseurs?|backing|capital|fonds|${lexAlt([...LEX_BACKING_VERBS_EN, ...LEX_BACKING_VERBS_FR, ...LEX_INVEST_VERBS_FR, ...LEX_RAISE_PARTICIPLES_EN, ...LEX_RAISE_PARTICIPLES_FR, ...LEX_HEADLINE_VERBS_EN, ...LEX_HEADLINE_VERBS_FR, ...LEX_RAISE_SYNONYMS_EN, ...LEX_RAISE_SYNONYMS_FR])})(?![\p{L}])`, 'iu');
/**
 * The word after a company's name in a headline that makes the name its subject: an English verb form ("opens", "Opens",
 * "is", "to", "acquired") or a French sentence-case word that is no function word ("ouvre", "s'installe"). A role noun or a
 * possessive after the name ("Acme CTO has gone …", "Acme's founder …") makes someone else the subject.
 */
const HEADLINE_VERB_AFTER_NAME = /^\s+(?:(?:is|are|was|were|has|have|had|to|will|can|could|may|might|should|would)(?![\p{L}])|\p{L}{2,}(?:s|ed)(?![\p{L}’'])|(?!(?:de|des|du|d|et|ou|en|à|au|aux|la|le|les|l|un|une|pour|par|sur|avec|dans|chez|the|of|and|or|for|in|on|at|a|an|with|by|from|vs)(?![\p{L}]))\p{Ll}[\p{Ll}’'-]*(?![\p{L}]))/u;
/**
 * Whether the headline is the company's other news: it names the company as its subject and tells no funding. A month-dated
 * round in the body of "Acme opens an office in Lagos" is the background of that news, not the page's raise.
 */
function headlineTellsOtherNews(title: string, company: string): boolean {
  if (FUNDING_HEADLINE_CUE.test(title)) return false;
  for (let at = title.indexOf(company); at >= 0; at = title.indexOf(company, at + 1)) {
    const end = at + company.length;
    if (at > 0 && /[\p{L}\p{N}]/u.test(title[at - 1]!)) continue;
    if (end < title.length && /[\p{L}\p{N}]/u.test(title[end]!)) continue;
    return HEADLINE_VERB_AFTER_NAME.test(title.slice(end, end + 40));
  }
  return false;
}

/** Every failure of a text, for failureOfCompany (same words as FAILURE_NEWS). */
const FAILURE_NEWS_ALL = new RegExp(FAILURE_NEWS.source, 'giu');
/** A capitalised word: a name's word ("Globex", "Acme's"), read as the nearest name before a failure. */
const CAPITALISED_WORD = /(?<![\p{L}\p{N}’'-])\p{Lu}[\p{L}\p{N}&]*(?:[’'-]\p{L}+)*/gu;
/** Capitalised words that are no company: months, weekdays, "X-based" ("the Paris-based startup"). */
const NOT_A_NAME = new RegExp(String.raw`^(?:${lexAlt([...lexCapitalised(LEX_MONTHS_EN), ...LEX_MONTHS_FR])}|.*-(?:based|born))$`, 'iu');
/** A failure noun's owner after it: "la faillite de son concurrent Lumo", "the bankruptcy of rival Globex", "layoffs at Globex". */
const FAILURE_OWNER_AFTER = /^\s+(?:of|at|de|chez|d[’'])\s*(?:[\p{Ll}’']+\s+){0,3}(\p{Lu}[\p{L}\p{N}&-]*)/u;
/**
 * Whether a failure told by the text (headline or first sentence) is the company's own: its subject is the company, not a rival
 * ("as rival Globex announced layoffs", "After competitor Globex shut down, Acme raised §", "Après la faillite de son concurrent
 * Lumo"). The subject is the name owning a failure noun after it ("faillite de X", "layoffs at X"), else the nearest capitalised
 * word before the failure in its sentence (a sentence's first word only when it is the company's: "The company is shutting
 * down" names no other company and still counts). Bounded: one pass of names per failure, on the failure's sentence only.
 */
function failureOfCompany(text: string, company: string): boolean {
  if (!text || !FAILURE_NEWS.test(text)) return false;
  const companyWords = new Set(company.split(/\s+/).map((w) => w.toLowerCase()));
  const isCompany = (word: string) => companyWords.has(word.replace(/[’']s$/u, '').toLowerCase());
  FAILURE_NEWS_ALL.lastIndex = 0;
  for (let m = FAILURE_NEWS_ALL.exec(text); m; m = FAILURE_NEWS_ALL.exec(text)) {
    const owner = FAILURE_OWNER_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
    if (owner) {
      if (isCompany(owner[1]!)) return true;
      continue;
    }
    const pre = text.slice(0, m.index);
    const sentenceStart = Math.max(pre.search(/[.!?]\s+(?=[^.!?]*$)/u) + 1, 0);
    const sentence = pre.slice(sentenceStart);
    let name: string | null = null;
    for (const w of sentence.matchAll(CAPITALISED_WORD)) {
      const first = sentence.slice(0, w.index).trim() === '';
      if (NOT_A_NAME.test(w[0]) || (first && !isCompany(w[0]))) continue;
      name = w[0];
    }
    if (name === null || isCompany(name)) return true;
  }
  return false;
}

/** What the page says besides its rounds, for settling month-dated rounds: its headline and its first sentence. */
export interface PageTopic {
  title?: string;
  lead?: string;
}

/**
 * A round made past only by its month (readFigureStatus's monthDated) is the company's news when the page tells no other round
 * of that company: a month alone dates the one round the page reports. When the page tells the same company's other round (the
 * news beside it), the month-dated one stays the earlier round. It stays past too when the page's news is something else: a
 * failure told by the headline or the first sentence ("Acme is shutting down … The company raised § in March"), or a headline
 * whose subject is the company doing something that is not a raise ("Acme opens an office in Lagos"). `same` says whether two
 * names are one company.
 */
export function settleMonthDatedRounds<T extends { company: string | null; status: Deal['status']; monthDated?: boolean }>(deals: T[], same: (a: string, b: string) => boolean, page: PageTopic = {}): void {
  if (!deals.some((d) => d.monthDated)) return;
  const title = page.title ?? '';
  const lead = page.lead ?? '';
  for (const d of deals) {
    if (!d.monthDated || d.status !== 'past' || !d.company) continue;
    const company = d.company;
    if (failureOfCompany(title, company) || failureOfCompany(lead, company)) continue;
    if (title && headlineTellsOtherNews(title, company)) continue;
    if (!deals.some((o) => o !== d && o.company !== null && same(o.company, company))) d.status = 'announced';
  }
}

/**
 * The raise that lets the company do what its sentence tells now: "Acme is taking its drug into the clinic after closing a §
 * series A", "turned unicorn after raising §", "Kiplo recrute 40 ingénieurs après avoir levé §". The "after raising" phrase
 * right before the sentence's only figure, with no raising verb and no figure before it, dates what the company does, not
 * an earlier round: the raise is the page's news. A time span before "after" ("comes two weeks after raising §", "shortly
 * after closing") measures from an earlier raise, and any other time cue of the clause ("last year", "in 2019") still dates it.
 * Read on the last 120 characters of the clause before the figure only.
 */
const AFTER_OWN_RAISE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<lead>[\p{L}’'-]+)[,)]?\s+(?:after|upon|following|après avoir|après avoir\s+(?:déjà\s+)?)\s*(?:raising|closing|securing|landing|completing|bagging|${lexAlt(LEX_RAISE_PARTICIPLES_FR)})\s+(?:[\p{L}’'-]+\s+){0,2}$`, 'iu');
/** Words before "after" that make it a span measured from an earlier raise: "two weeks after", "shortly after", "comes after". */
const SPAN_BEFORE_AFTER = /^(?:days?|weeks?|months?|years?|shortly|soon|long|just|only|right|barely|comes?|came|coming|jours?|semaines?|mois|ans?|années?|peu|juste|arrive|intervient)$/iu;
/** A raising verb in the main clause: the "after" phrase then tells the earlier round ("raised its Series B after closing a §"). */
const RAISING_VERB = new RegExp(String.raw`(?<![\p{L}])(?:rais(?:e|es|ing)|lève|lèvent|lever|${lexAlt([...LEX_RAISE_PARTICIPLES_EN, ...LEX_RAISE_PARTICIPLES_FR])})(?![\p{L}])`, 'iu');

/** One masked figure: a run of "§" as long as the figure. */
const FIGURE_RUN = /§+/g;

/**
 * The figure raised before a failure the clause tells: "Globex filed for bankruptcy after raising §", "Kiplo a fermé ses portes
 * après avoir levé §". The "after raising" phrase (AFTER_OWN_RAISE) right before the figure, and a failure (FAILURE_NEWS) in the
 * clause before it: the raise is the company's history, whatever tense the clause reads.
 */
function failureAfterRaise(before: string): boolean {
  const start = Math.max(0, before.length - 120);
  const after = AFTER_OWN_RAISE.exec(before.slice(start));
  if (!after) return false;
  return FAILURE_NEWS.test(before.slice(0, start + after.index + after.groups!.lead!.length));
}

/**
 * The sentence's other figures all come before this one and none is read as a raise ("With revenue of §, Acme expands after
 * closing a § Series A", "Avec un chiffre d'affaires de §, Kiplo accélère après avoir bouclé une levée de §"): the raise after
 * "after" is still the sentence's only round (review 22).
 */
function onlyFiguresBeforeAreNoRaise(sentence: string, before: string): boolean {
  const at = sentence.lastIndexOf(before);
  if (at < 0) return false;
  const end = at + before.length;
  const rest = sentence.slice(end).replace(/^§+/u, '');
  return !rest.includes('§') && !someFigureIsRaise(sentence.slice(0, end));
}

function afterOwnRaise(sentence: string, before: string, cueText: string, period: ReviewPeriod | null): boolean {
  if ((sentence.match(FIGURE_RUN) ?? []).length !== 1 && !onlyFiguresBeforeAreNoRaise(sentence, before)) return false;
  if (before.includes('§') && !onlyFiguresBeforeAreNoRaise(sentence, before)) return false;
  const start = Math.max(0, before.length - 120);
  const after = AFTER_OWN_RAISE.exec(before.slice(start));
  if (!after || SPAN_BEFORE_AFTER.test(after.groups!.lead!)) return false;
  const at = start + after.index + after.groups!.lead!.length;
  // "shut down on Monday after raising §": the main clause tells the company's failure, the raise is its history.
  if (RAISING_VERB.test(before.slice(0, at)) || FAILURE_NEWS.test(before.slice(0, at))) return false;
  const blanked = cueText.slice(0, at) + ' '.repeat(before.length - at) + cueText.slice(before.length);
  return !readPastContext(blanked, period);
}

/**
 * A round's place in the ladder of venture stages: pre-seed, seed, then each letter's "pre-" stage and the letter itself
 * ("Pre-Series A" sits between seed and Series A). Null for a round with no stage (bridge, debt, growth, IPO, a bare "round").
 */
const STAGE_LETTER = /^(?<pre>Pre-)?Series (?<letter>[A-J])/iu;
function stageRank(round: string | null): number | null {
  if (!round) return null;
  if (/^pre-?seed$/iu.test(round)) return 0;
  if (/^seed/iu.test(round)) return 1;
  const m = STAGE_LETTER.exec(round);
  if (!m?.groups) return null;
  return 2 + 2 * (m.groups.letter!.toUpperCase().charCodeAt(0) - 65) + (m.groups.pre ? 0 : 1);
}

/**
 * The article's own round against its company's earlier stages: a company climbs the ladder (seed, Series A, Series B …), so
 * when the page reports a round with its figure at one stage, the same company's rounds at a lower stage told in other
 * sentences are its history ("In its seed round, Acme took in §"; "Sa série A, bouclée auprès de Kima, portait sur §"), past
 * whatever tense their clause reads. Only between rounds both read as the page's news (announced), of one company (`same`),
 * and only when the higher one carries an amount: a page that announces two amountless stages at once (a stealth launch
 * telling "its seed and its Series A") keeps both. Two rounds of one sentence are left as read (a sentence may announce two
 * stages together). Only on a page whose announced rounds with a figure are all one company's (a single story). Read once over the page's staged deals, and only when they are few (MAX_STAGED): a page telling dozens of
 * staged rounds is a review, whose entries are other companies' rounds, and the pairwise reading stays bounded.
 */
const MAX_STAGED = 24;
/**
 * A higher round told as one to come ("The startup plans a § Series A next year", "prévoit une série A de §"): no stage the
 * company has reached, so no yardstick that makes the page's round its history (review F6).
 */
const ROUND_TO_COME = new RegExp(`(?<![\\p{L}])(?:${lexAlt(LEX_LISTING_PLAN_VERBS)}|${lexAlt(LEX_FUTURE_MARKERS)})(?![\\p{L}])`, 'iu');
export function settleEarlierStages<T extends { company: string | null; round: string | null; status: Deal['status']; amount: unknown; first: number; last: number; evidence?: readonly string[] }>(deals: T[], same: (a: string, b: string) => boolean): void {
  const ranked = deals.map((d) => ({ d, rank: d.status === 'announced' && d.company ? stageRank(d.round) : null })).filter((r) => r.rank !== null);
  if (ranked.length < 2 || ranked.length > MAX_STAGED) return;
  // A single-story page only: every announced round with a figure is one company's. On a roundup the rounds are other
  // companies', and one company name misread on an entry would make a peer's round look like an earlier stage.
  const news = deals.filter((d) => d.status === 'announced' && d.amount !== null);
  const own = news[0]?.company;
  if (!own || news.some((d) => !d.company || !same(d.company, own))) return;
  const earlier: T[] = [];
  for (const a of ranked) {
    const later = ranked.some((b) => b !== a && b.rank! > a.rank! && b.d.amount !== null
      && same(b.d.company!, a.d.company!) && (b.d.first > a.d.last || b.d.last < a.d.first)
      && !(b.d.evidence ?? []).some((e) => ROUND_TO_COME.test(e)));
    if (later) earlier.push(a.d);
  }
  for (const d of earlier) d.status = 'past';
}
