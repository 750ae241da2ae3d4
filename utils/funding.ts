/**
 * The funding reader: which company raised how much, in which round, at what
 * valuation, led by whom, with whom; earlier rounds; and the kind of every
 * money figure in the article. Pure and linear in the article's length:
 * one pass over the sentences, figures located by binary search.
 */
import { COMPANY_KIND, companyAfter, isNationality, isOpeningWord, isPlace, namesIn, openingSubject, opensElapsedAdverbial, parenthesisedItems, withoutNamePrefixes } from './companies';
import { findAmountlessRounds, readWithheldRound } from './amountless-rounds';
import { findDealRows, type DealRow } from './deal-rows';
import { datePhrase, fundingVerbAt, ownedRoundEntry, readFigure, reviewPeriodOf, type FigureOptions } from './deals';
import { readFigureStatus, readPastContext, settleEarlierStages, settleMonthDatedRounds } from './deal-status';
import { coordinatedRaisers, findListLines, indexArticle, leadingLabel, sentenceAt, yearToDateContextItems, type Sentence } from './funding-sentences';
import { anaphoricLeadsAt, continuesInvestorList, findInvestorMentions, participantsNamedIn } from './investors';
import { mergeInvestors } from './investors';
import { articleCurrencyOf, dollarMarkOf, findMoney, mayHoldBareRaise, pageMoneyContext, type MoneyContext, type MoneyMatch } from './money';
import { DATE_RUN, escapeRegExp, findNameRuns, NOT_A_NAME_ALONE, NOT_NAME_WORDS, sameEntity } from './names';
import { findRounds } from './rounds';
import { lexAlt, lexCapitalised, LEX_APPROX, LEX_BACKING_VERBS_EN, LEX_BACKING_VERBS_FR, LEX_COMPANY_PLURALS, LEX_COMPANY_PLURAL_FORMS, LEX_FUND_FIGURES, LEX_GENERIC_RAISER_NOUNS, LEX_INVEST_VERBS_FR, LEX_INVESTING_STEMS, LEX_PARTICIPATION_VERBS_EN, LEX_PARTICIPATION_VERBS_FR, LEX_MONTHS_EN, LEX_NEGATION_WORDS, LEX_LISTING_PLAN_VERBS, LEX_MONTHS_FR, LEX_NOT_A_ROUND_NOUNS, LEX_NOT_RAISED_MONEY, LEX_OTHER_MONEY_NOUNS, LEX_PLURAL_ROUNDS_EN, LEX_PLURAL_ROUNDS_FR, LEX_RAISE_SYNONYMS_EN, LEX_RAISE_SYNONYMS_FR, LEX_RECEIVE_SYNONYMS_EN, LEX_RECEIVE_SYNONYMS_FR, LEX_WEAK_VERBS_EN, LEX_WEAK_VERBS_FR, LEX_PUBLIC_BODIES, LEX_ROUND_NOUNS, LEX_NOT_A_ROUND_WINS, LEX_HEADLINE_CLOSE_VERBS_EN, LEX_HEADLINE_CLOSE_VERBS_FR, LEX_HEADLINE_VERBS_EN, LEX_HEADLINE_VERBS_FR, LEX_RAISE_CORE_VERBS, LEX_RAISE_PARTICIPLES_EN, LEX_RAISE_PARTICIPLES_FR, LEX_SECTOR_WORDS, LEX_DESCRIPTOR_HEADS, LEX_LISTING_SIGNS, LEX_LISTING_SIGNS_WEAK, LEX_OTHER_FIRM_NOUNS, LEX_PRIVATE_ROUND_NOUNS, LEX_INVESTOR_ROLE_NOUNS, LEX_LEAD_VERBS_EN, LEX_LEAD_VERBS_ROUND_EN, MAX_LIST_ITEMS, REVIEW_OF_BACKERS } from './funding-lexicon';
import type { ArticleText, Deal, FundingResult, Money, MoneyKind, MoneyMention } from './types';
import { COMPARED_NOT_RAISE, VALUED_OR_RIVALS_LIST } from './compared-lists';
import { companyNotPlace, NUMERIC_DATE_RUN, FUNDING_LABEL, fundingSubject, INVESTED_INTO_NAME, isArticlePerson, isInvestorHere, isPopulationName, issueNumberedNames, mask, MONEY_NOUN_NAME, PARTICIPANT_SUBJECT_AFTER, POSSESSOR_BEFORE, recipientAfter, viewOf } from './raisers';

export interface FundingOptions {
  /** Document language ("en", "fr"), when known; the reader also guesses from the text. */
  lang?: string | null;
  /** The article's headline, when known: it often names the company that the body only calls "the startup" or "it". */
  title?: string | null;
  /** The page's address, when known: its country domain is one cue to what a bare "$" means. */
  url?: string | null;
}

export interface Candidate {
  company: string | null;
  /** Read from the deal's own sentence (not a fallback): two explicit companies never merge. */
  companyExplicit: boolean;
  /** No company in or near the sentence: the article's topic, resolved once every investor is known. */
  companyFromTopic?: boolean;
  /** One figure raised by each of several companies ("A et B qui ont chacun levé §"): never merged with each other. */
  shared?: boolean;
  /** Read from a sentence that names the round but no figure: joins the same company's round with a figure, if one is told. */
  amountless?: boolean;
  /** Read from a related story's headline (deals.ts relatedHeadlineRaise): another article's round, which takes no backers of this page. */
  related?: boolean;
  round: string | null;
  status: Deal['status'];
  /** Past only because its clause names a month with no year (deal-status.ts): settled once the page is read. */
  monthDated?: boolean;
  amount: Money | null;
  valuation: Money | null;
  leads: string[];
  investors: string[];
  date: string | null;
  evidence: string[];
  first: number;
  last: number;
}

export interface Figure {
  match: MoneyMatch;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  kind: MoneyKind;
  verbAt: number | null;
  deal: Candidate | null;
  fund?: boolean;
  verbOnly?: boolean;
  /** Another company's round told as the record this one is measured against: always an earlier round. */
  yardstick?: boolean;
  /** A company's share of a total told in the sentence: the total's time is the share's ("la semaine record de mars 2022, dont §"). */
  shareOfTotal?: boolean;
}

/**
 * Raising verbs of the press that the figure reader does not know ("Acme snagged §", "Kiplo empoche §"). Each is read by
 * re-reading the sentence with the verb swapped for one it knows, so every sign of something else (a fund, a statistic, an
 * acquisition, revenue) still applies. The filler allows "snagged another §", "empoche près de §".
 */
const SYNONYM_FILLER = String.raw`(?<fill>(?:\s+(?:a|an|another|additional|a further|fresh|new|about|around|nearly|over|more than|some|almost|roughly|close to|up to|une?|près de|plus de|environ|pas moins de|quelque|déjà))*)\s*$`;
/** Verbs that, with a figure as object, say money was raised: read as "raises". */
const SYNONYM_RAISE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<verb>${[...LEX_RAISE_SYNONYMS_EN, ...LEX_RAISE_SYNONYMS_FR].join('|')})${SYNONYM_FILLER}`, 'iu');
/** Verbs that say so only with the backers or a round word after the figure ("grabs § from Sequoia", "accueille § auprès de Partech"): read as "receives". */
const SYNONYM_RECEIVE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<verb>${[...LEX_RECEIVE_SYNONYMS_EN, ...LEX_RECEIVE_SYNONYMS_FR].join('|')})${SYNONYM_FILLER}`, 'iu');
/** French investing verbs, read as "invested" ("Partech investit § dans Acme", "a injecté § dans"): the money's recipient is named after. */
const SYNONYM_INVEST = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<verb>${LEX_INVEST_VERBS_FR.join('|')})${SYNONYM_FILLER}`, 'iu');
/** "Sequoia backs Acme with §", "Partech soutient Acme à hauteur de §": the investor's money for a named company. */
const BACKS_NAME_WITH = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<verb>${lexAlt([...LEX_BACKING_VERBS_EN, ...LEX_BACKING_VERBS_FR])})\s+(?:(?:la|le|l[’']|the)\s*)?(?:(?:[\p{L}-]+\s+){0,2}?${COMPANY_KIND}\s+)?(?<name>[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*){0,2})\s+(?:with|avec|à hauteur de|pour)${SYNONYM_FILLER}`, 'u');
/** "Swile fait entrer Bpifrance à son capital pour §", "ouvre son capital à Eurazeo pour §": new shareholders for a figure. */
const ENTERS_CAPITAL = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<verb>(?:a\s+)?fait entrer\s+[^§.;]{1,80}?\s+(?:à|au|dans)\s+son\s+capital\s+(?:pour|à hauteur de)|(?:ouvre|a ouvert)\s+son\s+capital\s+(?:à|aux?)\s+[^§.;]{1,80}?\s+(?:pour|à hauteur de))${SYNONYM_FILLER}`, 'iu');
/** A weak verb and what the money is for: "Payflo gets § to expand into Europe", "Kiplo reçoit § pour accélérer". */
const WEAK_FOR_PURPOSE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<verb>${[...LEX_WEAK_VERBS_EN, ...LEX_WEAK_VERBS_FR].join('|')})${SYNONYM_FILLER}`, 'iu');
const PURPOSE_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:to (?:expand|grow|scale|build|develop|accelerate|hire|launch|fuel|boost|bring|take)|pour (?:se développer|développer|accélérer|recruter|conquérir|financer son|lancer|s[’']étendre|croître))(?![\p{L}\p{N}])/iu;
/** "accueille § de nouveaux investisseurs", "draws § from new investors": the backers told as investors, unnamed. */
const INVESTORS_AS_SOURCE = /^\s*(?:\([^)]*\)\s*)?(?:d[e’']\s*(?:(?:nouveaux|ses|leurs|plusieurs|grands)\s+)?investisseurs|from (?:(?:new|existing|its|several|outside)\s+)?(?:investors|backers|venture capitalists))(?![\p{L}\p{N}])/iu;
/**
 * Money from a sale, a crowd or a subsidy, which these looser verbs often carry ("empoche § grâce à la vente de sa filiale",
 * "a collecté § auprès de 3 000 particuliers"); the figure reader's own list is mostly English.
 */
const SYNONYM_NOT_RAISE = new RegExp(String.raw`\b${lexAlt(LEX_NOT_RAISED_MONEY)}(?![\p{L}\p{N}])`, 'iu');
/** A count of rounds or companies as the subject ("the top 10 financings drew §"): a sum, not one company's round. */
const PLURAL_RAISERS = /\b(?:financings|rounds|deals|raises|investments|startups|start-ups|companies|firms|ventures|levées|tours de table|opérations|entreprises|sociétés|jeunes pousses)(?![\p{L}\p{N}])/iu;
/** A round told around the sentence: the purpose reading needs it ("The city gets § to repair roads" is no raise). */
const ROUND_WORDS_NEAR = /\b(?:rounds?|funding|seed|series [a-j]|investors?|led by|venture|levées?|tours? de table|investisseurs?|amorçage|séries? [a-j]|menée?s? par)(?![\p{L}\p{N}])/iu;

/**
 * A figure the reader left as "other" after a raising verb it does not know: the sentence is read again with the verb swapped
 * for a known one, and the figure becomes a round only if that reading says so. Offsets of the reading are mapped back.
 */
function rereadSynonym(f: Figure, masked: string, roundNear: boolean, options: FigureOptions): string | null {
  const lo = Math.max(0, f.start - 160);
  const before = masked.slice(lo, f.start);
  let m = SYNONYM_RAISE.exec(before) ?? ENTERS_CAPITAL.exec(before);
  let swap = 'raises';
  if (!m && (m = SYNONYM_INVEST.exec(before))) swap = 'invested';
  if (!m) {
    m = SYNONYM_RECEIVE.exec(before);
    swap = 'receives';
    if (m && ((roundNear && PURPOSE_AFTER.test(masked.slice(f.end, f.end + 40))) || INVESTORS_AS_SOURCE.test(masked.slice(f.end, f.end + 60)))) swap = 'raises';
  }
  if (!m && roundNear && PURPOSE_AFTER.test(masked.slice(f.end, f.end + 40))) {
    m = WEAK_FOR_PURPOSE.exec(before);
    swap = 'raises';
  }
  if (!m || SYNONYM_NOT_RAISE.test(masked)) return null;
  const vStart = lo + m.index;
  const vEnd = vStart + m.groups!.verb!.length;
  if (PLURAL_RAISERS.test(masked.slice(0, vStart))) return null;
  // The investor is the subject of "investit": the company is the one the money goes into, or there is no round to read.
  let recipient: string | null = null;
  if (swap === 'invested') {
    const into = INVESTED_INTO_NAME.exec(masked.slice(f.end, f.end + 120));
    const name = into ? into.groups!.name!.replace(/[.’']+$/u, '') : '';
    recipient = name && isName(name) && !isOpeningWord(name) ? name : null;
    if (!recipient) return null;
  }
  const text = masked.slice(0, vStart) + swap + masked.slice(vEnd);
  const delta = swap.length - (vEnd - vStart);
  const reading = readFigure(text, f.start + delta, f.end + delta, options);
  if (reading.kind !== 'round') return null;
  f.kind = 'round';
  f.verbAt = reading.verbAt === null ? vStart : reading.verbAt >= vEnd + delta ? reading.verbAt - delta : Math.min(reading.verbAt, vStart);
  f.verbOnly = reading.verbOnly;
  return recipient;
}

/**
 * "Sequoia backs Acme with §": read again as "Sequoia invested § in Acme", so the reader's guards (grants, governments, funds)
 * still apply. Returns the company named, or null.
 */
function rereadBacksWith(f: Figure, masked: string, options: FigureOptions): string | null {
  const lo = Math.max(0, f.start - 160);
  const m = BACKS_NAME_WITH.exec(masked.slice(lo, f.start));
  if (!m || SYNONYM_NOT_RAISE.test(masked) || PLURAL_RAISERS.test(masked.slice(0, lo + m.index))) return null;
  const name = m.groups!.name!.replace(/[.’']+$/u, '');
  if (!isName(name) || isOpeningWord(name)) return null;
  const head = masked.slice(0, lo + m.index) + 'invested' + (m.groups!.fill ?? '') + ' ';
  const figure = masked.slice(f.start, f.end);
  const text = head + figure + ' in ' + name + masked.slice(f.end);
  const reading = readFigure(text, head.length, head.length + figure.length, options);
  if (reading.kind !== 'round') return null;
  f.kind = 'round';
  f.verbAt = lo + m.index;
  return name;
}

/**
 * How a round noun's qualifier opens: a preposition, a rank or time adverb, "record" (a closed class). A noun right after the
 * round noun makes the round noun another thing's modifier ("its investment efforts … at §"): not read then.
 */
const QUALIFIER_OPENERS = String.raw`(?:in|of|for|from|ever|yet|to date|so far|this|last|record|de|du|des|d[’']|dans|en|pour|jamais|historique|à ce jour|cette|depuis)(?![\p{L}\p{N}])`;
/**
 * A round noun, a few words that qualify it, then its figure tied on by a comma or a measure phrase: "a annoncé la plus grosse
 * levée de fonds jamais faite par une start-up de la région, §", "avait signé une levée de fonds record avec un montant de §",
 * "closed the biggest seed investment in the sector this spring at §". The figure reader ties a figure to its round noun only
 * when it follows the noun ("levée de fonds de §"). The qualifier is a noun's modifier: no comma, colon or figure, no relative
 * pronoun opening a clause of its own ("a round that valued it at §" is a valuation), no valuation word.
 */
const ROUND_NOUN_THEN_FIGURE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<noun>levée de fonds|tour de table|financement|(?:funding |financing |investment )?round|investment|financing|fundraise)(?<qual>(?:\s+${QUALIFIER_OPENERS}(?:\s+[^\s§.;:!?,()]+){0,9}?)?)(?<link>\s*,|\s+(?:avec|pour) un montant d[e’']|\s+at)${SYNONYM_FILLER}`, 'iu');
/** A valuation word, a fund's close, a grant, another kind of money or a clause of its own in the qualifier: not the round's amount. */
const QUALIFIER_NOT_AMOUNT = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:valu\w*|valoris\w*|worth|clos(?:e|es|ed|ing)|clôtur\w*|grants?|subventions?|that|which|who|whose|qui|que|qu[’']|dont|with|avec|${LEX_OTHER_MONEY_NOUNS.join('|')})(?![\p{L}\p{N}])`, 'iu');

/**
 * The bare nouns a company spends or borrows with as often as it raises ("Acme's biggest investment in the region, § went to a
 * factory", "le plus gros financement de son histoire, § de prêt bancaire"): read as a round only in a sentence that tells a raise.
 */
const BARE_SPENDING_NOUN = /^(?:investment|financing|financement)$/iu;
/**
 * What makes a sentence tell a raise: a private round's label ("seed", "Series A", "tour de table"), a raising verb (the
 * lexicon's core verbs, LEX_RAISE_CORE_VERBS, and French participles), or backers named as such ("investors", "led by",
 * "auprès de").
 */
const SENTENCE_RAISE_CUE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${lexAlt(LEX_PRIVATE_ROUND_NOUNS)}|${lexAlt(LEX_RAISE_CORE_VERBS)}|${lexAlt(LEX_RAISE_PARTICIPLES_FR)}|investors?|investisseurs?|backers?|led by|co-led by|mené par|menée par|auprès d[e’'])(?![\p{L}\p{N}])`, 'iu');
/** Borrowed money named right after the figure ("§ de prêt bancaire", "§ in debt", "a § loan", "§ of credit"): no round. */
const LOAN_AFTER_FIGURE = /^\s*(?:(?:in|of|de|d[’'])\s*)?(?:\p{L}+\s+)?(?:loans?|debt|credit|prêts?|dettes?|crédits?)(?![\p{L}\p{N}])/iu;

/**
 * "la plus grosse levée de fonds de l'année, §": read again with the qualifier and the link cut out ("levée de fonds de §"), so
 * every sign of something else (a fund, a grant, a total, a valuation after the figure) still applies.
 */
function rereadRoundNounFigure(f: Figure, masked: string, options: FigureOptions): boolean {
  const lo = Math.max(0, f.start - 160);
  const m = ROUND_NOUN_THEN_FIGURE.exec(masked.slice(lo, f.start));
  if (!m || QUALIFIER_NOT_AMOUNT.test(m.groups!.qual!) || LOAN_AFTER_FIGURE.test(masked.slice(f.end, f.end + 60))) return false;
  const noun = m.groups!.noun!;
  if (BARE_SPENDING_NOUN.test(noun) && !SENTENCE_RAISE_CUE.test(masked)) return false;
  const nounEnd = lo + m.index + noun.length;
  const head = masked.slice(0, nounEnd) + (/^(?:levée|tour|financement)/iu.test(noun) ? ' de' : ' of') + (m.groups!.fill ?? '') + ' ';
  const delta = head.length - f.start;
  const reading = readFigure(head + masked.slice(f.start), f.start + delta, f.end + delta, options);
  if (reading.kind !== 'round') return false;
  f.kind = 'round';
  f.verbAt = reading.verbAt === null || reading.verbAt < nounEnd ? reading.verbAt : nounEnd;
  f.verbOnly = reading.verbOnly;
  return true;
}

/** "Nouvelle levée de fonds pour Acme : §", "Funding round for Acme: §": a round for a named company, the figure after the colon. */
const ROUND_FOR_NAME_COLON = new RegExp(String.raw`(?:levée(?: de fonds)?|tour de table|financement|funding(?: round)?|round|raise)\s+(?:pour|for)\s+(?:(?:la|le|l[’']|the)\s*)?(?:(?:[\p{L}-]+\s+){0,2}?${COMPANY_KIND}\s+)?(?<name>[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*){0,2})\s*[:–—]${SYNONYM_FILLER}`, 'iu');
/** "Acme : § pour conquérir l’Europe", "Acme: §M to build …": a headline naming the company, then its figure and what it is for. */
const NAME_COLON_FIGURE = new RegExp(String.raw`^\s*(?<name>[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*){0,2})\s*:\s+(?:${lexAlt(LEX_APPROX)}\s+)?§+\s+(?:pour|to)\s+\p{Ll}`, 'u');

/** Labels that open a profile line, not a company: "Funding: §", "Montant : §". */
const FIELD_LABEL_NAME = /^(?:total|funding|financement|montant|amount|round|raised|levée|valuation|valorisation|revenue|sales|chiffre|budget|price|prix|deal|investment|investissement|note|update|source|bottom line|the verdict)$/iu;

function roundForNameColon(f: Figure, masked: string): string | null {
  const m = ROUND_FOR_NAME_COLON.exec(masked.slice(Math.max(0, f.start - 120), f.start));
  if (!m || !isName(m.groups!.name!) || isOpeningWord(m.groups!.name!) || NOT_A_ROUND_AFTER.test(masked.slice(f.end)) || SYNONYM_NOT_RAISE.test(masked)) return null;
  f.kind = 'round';
  return m.groups!.name!;
}

/**
 * A French or English headline that opens with the figure and the company it goes to: "12 M€ pour Kiplo, qui veut …",
 * "$5M for Acme to build …", or a review's entry whose name ends a descriptor ("§ pour la plateforme de notation Kiplo",
 * "§ for the Berlin-based logistics startup Acme"; see nameAfterDescriptor). A round only when a round is told in the
 * sentence or the two after it.
 */
const FIGURE_FOR = new RegExp(String.raw`^\s*(?:[\p{L}’' ]{1,30}\s?:\s+)?(?:${lexAlt(LEX_APPROX)}\s+)?§+\s+(?:pour|for)\s+`, 'u');
function figureForName(text: string): string | null {
  const m = FIGURE_FOR.exec(text);
  return m ? nameAfterDescriptor(text.slice(m[0].length))?.name ?? null : null;
}

/**
 * The name at the end of a descriptor noun phrase: a determiner, then lower-case descriptor words that hold a company-kind
 * head (COMPANY_KIND, LEX_DESCRIPTOR_HEADS, any "…tech"), with their adjectives and genitive complements ("de notation de
 * la RSE", "du bricolage et du jardinage", a quoted "space tech", "Berlin-based"), then the first capitalised run: "la
 * plateforme de notation de la RSE Kiplo" gives Kiplo, "le champion européen du bricolage Acme" Acme, "the Berlin-based
 * logistics startup Acme" Acme, "la fintech Qonta" Qonta, "Acme" alone Acme. Without a kind head the phrase is no
 * company's ("pour la région Île-de-France", "for the city of Lyon": null), and the name must close the phrase (a stop,
 * a comma, a bracket, "et/and", a relative or purpose word). Reads at most DESCRIPTOR_WORDS words: linear.
 */
const DESCRIPTOR_WORDS = 12;
// Singular only: "pour les BioMedTech" names a class of companies, not one raiser.
const NP_DETERMINER = /^(?:(?:la|le|the|a|an|une?|sa|son|its|leur|their)\s+|l[’']\s*)?/iu;
const DESCRIPTOR_WORD = /^(?:[«"“]\s*\p{Ll}[^"”»«“]{0,40}[»"”]|\p{Ll}[\p{L}’'-]*|[\p{Lu}][\p{L}-]*-(?:based|born|headquartered))(?=[\s,]|$)\s*/u;
const DESCRIPTOR_HEAD = new RegExp(String.raw`^(?:[«"“]\s*)?(?:[\p{Ll}-]+\s+)*?(?:${COMPANY_KIND}|${lexAlt(LEX_DESCRIPTOR_HEADS)}|[\p{Ll}-]*tech)\s*[»"”]?$`, 'iu');
const PLACE_ADJECTIVE = /-(?:based|born|headquartered)$/u;
const GENITIVE_WORD = /^(?:de|du|des|d[’']\p{L}*|of)$/u;
const GENITIVE_ARTICLE = /^(?:la|le|les|l[’']|the)$/u;
const NAME_RUN = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*|\p{Ll}+[\p{Lu}][\p{L}\p{N}]*)(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*){0,3}/u;
// The phrase of the round's source or agent closes the name too ("§ pour la fintech Acme auprès de X", "§ for Acme from X", "led by").
const NAME_CLOSES = /^(?:\s*(?:[,:;.!?()–—]|$)|\s+-\s|\s+(?:to|pour|qui|which|who|that|afin|et|and|with|avec|in|en|dans|au|à|auprès|from|by|par|led|menée?)(?![\p{L}\p{N}]))/u;
const ALL_CAPS = /^[\p{Lu}\p{N}]{2,6}$/u;
function nameAfterDescriptor(text: string): { name: string; end: number } | null {
  let at = NP_DETERMINER.exec(text)![0].length;
  let words = 0;
  let head = false;
  let placeOnly = true;
  let genitive = false;
  for (let m: RegExpExecArray | null; words < DESCRIPTOR_WORDS && (m = DESCRIPTOR_WORD.exec(text.slice(at))); words++) {
    const word = m[0].trim();
    if (DESCRIPTOR_HEAD.test(word)) head = true;
    if (!PLACE_ADJECTIVE.test(word)) placeOnly = false;
    genitive = GENITIVE_WORD.test(word) || (genitive && GENITIVE_ARTICLE.test(word));
    at += m[0].length;
  }
  if (words > 0 && !head && !placeOnly) return null;
  const run = NAME_RUN.exec(text.slice(at));
  if (!run || !NAME_CLOSES.test(text.slice(at + run[0].length))) return null;
  let name = run[0].replace(/[.’']+$/u, '');
  // "de la RSE Kiplo", "de l'IA Acme": an acronym right after the descriptor's genitive is its complement, the name follows.
  const parts = name.split(/\s+/u);
  if (genitive && parts.length >= 2 && ALL_CAPS.test(parts[0]!)) name = parts.slice(1).join(' ');
  // A year or a count is no name ("round in 2016", "for 12 startups"), nor a date.
  // A stage is no name either ("in a Series C led by …").
  if (!isName(name) || isPlace(name) || /^(?:Series|Série|Seed|Pre-seed|Round)\b/iu.test(name) || /^\p{N}[\p{N},.]*$/u.test(name) || DATE_RUN.test(name) || NOT_NAME_WORDS.has(name.toLowerCase()) || NOT_A_NAME_ALONE.has(name.toLowerCase())) return null;
  return { name, end: at + run[0].length };
}

/**
 * Between two items of a "§ pour X" list: the first item's name (with its descriptor: "pour le champion européen du bricolage
 * et du jardinage Acme"), then a comma, a semicolon or "et/and" ("pour Voodoo et ").
 */
const LIST_JOINT_BEFORE = /^[^§;:.!?]{1,160}?(?:,|;|\s(?:et|and|ainsi que|puis|then))\s*$/u;

/** Where a list of figures may open inside a sentence: after a stop or a colon ("Des levées records : 408 M€ pour …"). */
const LIST_OPENS_AFTER = /(?:^|[.!?:]\s+)$/u;

/**
 * A day set off by commas between a verb and its figure: "qui a collecté, le 19 avril, §", "raised, on Monday, §", "a levé, mardi,
 * §". Blanked (same length, offsets kept) so the verb reads its figure; a year is never blanked (it dates the raise).
 */
const WEDGED_DATE = new RegExp(String.raw`(?<=\p{L}),\s+(?:le\s+\d{1,2}(?:er)?\s+${lexAlt(LEX_MONTHS_FR)}|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|${lexAlt(lexCapitalised(LEX_MONTHS_EN))}\s+\d{1,2}(?:st|nd|rd|th)?)|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+dernier)?|hier|yesterday|today|aujourd[’']hui|this week|cette semaine)\s*,\s+(?=§)`, 'giu');
function unwedgeDate(masked: string): string {
  return masked.includes('§') ? masked.replace(WEDGED_DATE, (m) => ' '.repeat(m.length)) : masked;
}
/**
 * Round 42: a round's stage set in quotation marks, "received § in “Series B” investment" (1138 Startup Pakistan), "§ in ‘Series
 * A’ funding" (the same page), "sa levée de fonds de "série A"" (1032 Zonebourse/Reuters), "The ~§ ‘seed’ round" (743 Afridigest),
 * "in their "Series C Plus" fundraising round" (869 TBS News): the marks set off a term, they are no break between the figure and
 * its round noun. Blanked (same length, offsets kept) so the figure reads its noun; only around a stage word and its letter.
 */
const QUOTED_STAGE = /(?<![\p{L}\p{N}])(?<open>[“‘"«]\s?)(?<stage>(?:pre-?|pré-?)?(?:series|série|seed|angel|amorçage)(?:[\s-](?:[A-J]\d?|plus)\+*|\+*)?(?:\s(?:plus|extension))?)(?<close>\s?[”’"»])(?![\p{L}\p{N}])/giu;
function unquoteStage(masked: string): string {
  return masked.includes('§') ? masked.replace(QUOTED_STAGE, (...args) => {
    const g = args[args.length - 1] as { open: string; stage: string; close: string };
    return ' '.repeat(g.open.length) + g.stage + ' '.repeat(g.close.length);
  }) : masked;
}


/** A run of words that can be a company's name: not a common word, a place or a date. */
function isName(name: string): boolean {
  const low = name.toLowerCase();
  return !NOT_NAME_WORDS.has(low) && !NOT_A_NAME_ALONE.has(low) && !isPlace(name) && !DATE_RUN.test(name);
}

/**
 * A raise told of nobody: an explainer's example or a market report's generic subject ("For example, a startup raising a §
 * seed round might give up 20%", "If a company raises § at a § valuation", "A typical Series A startup raises §", "No startup
 * sector raised more than §", "Si une société lève § avec une valorisation de §"). The raise's subject is an indefinite noun
 * of the company class (LEX_COMPANY_PLURALS and its people) right before the verb and the figure, with no capitalised word
 * between (so "a startup called Kiplo raised §" keeps its name). A negative or universal determiner ("no", "any", "every",
 * "aucune", "toute") is generic by itself; "a" / "une" only with a cue of the hypothetical or the habitual in the sentence,
 * since a news lede tells a real, unnamed raiser so ("A London startup has raised §").
 */
const GENERIC_RAISER_NOUN = lexAlt([...LEX_COMPANY_PLURALS, ...LEX_GENERIC_RAISER_NOUNS]);
/**
 * "tout/toute" is a universal determiner only when no determiner stands before it: "Toute start-up qui lève §" is generic, but in
 * "la toute jeune start-up", "une toute nouvelle société" it is the adverb "very" and the noun phrase is a definite, real raiser.
 */
const TOUT_DETERMINER = String.raw`(?<!(?:^|[^\p{L}\p{N}])(?:[Ll]a|[Ll]e|[Ll][’']|[Uu]ne?|[Cc]ette|[Cc]e|[Cc]et|[Ss]a|[Ss]on|[Nn]otre|[Vv]otre|[Ll]eur)\s{1,3})[Tt]oute?`;
/**
 * The indefinite subject and its verb phrase up to the figure: bounded runs, no comma, colon or capital after the noun; a figure
 * may stand between ("if a startup is valued at § and receives a § investment"). The reader addressed ("If you raise §", "Si
 * vous levez §") is an indefinite subject too, and so is "others" ("while others raise up to §", "d’autres").
 */
const GENERIC_RAISER_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:(?<generic>[Nn]o|[Aa]ny|[Ee]very|[Aa]ucune?|${TOUT_DETERMINER})|[Aa]n?|[Uu]ne?)\s+(?:[\p{L}&-]+\s+){0,3}?${GENERIC_RAISER_NOUN}|[Yy]ou|[Vv]ous|(?<others>[Oo]thers|[Dd][’']autres))(?![\p{L}\p{N}])[^,;:\p{Lu}]{0,80}$`, 'u');
/**
 * The hypothetical ("if", "imagine", "for example", "par exemple") or the habitual ("typically", "en général") anywhere before
 * the figure; a modal ("might", "would", "pourrait") only in the figure's own clause after it ("a startup raising § might give
 * up 20%"), since "…has raised §, and it could double its staff" tells a real raise.
 */
const HYPOTHETICAL_BEFORE = /(?<![\p{L}\p{N}])(?:[Ii]f|[Ss]i|[Ff]or (?:example|instance)|[Pp]ar exemple|[Ii]magine|[Ss]uppose|[Pp]renons|[Tt]ypical(?:ly)?|[Tt]ypique(?:ment)?|[Uu]sually|[Gg]enerally|[Ee]n général|[Gg]énéralement|[Hh]abituellement)(?![\p{L}\p{N}])|^\s*(?:Say|Disons),?\s/u;
/**
 * The modal must be the verb of the figure's own clause ("a startup raising § might give up 20%"). A relative pronoun or a
 * coordinator between the figure and the modal opens another clause whose verb it is ("has raised § in a round that could
 * help it double its staff", "a levé § qui pourrait lui permettre de…", "raised § and could soon…"): that tells a real raise.
 * A tempered run of at most 80 characters: linear.
 */
const MODAL_CLAUSE_OPENER = String.raw`(?<![\p{L}\p{N}])(?:that|which|who|whose|where|and|but|qui|que|qu[’']|dont|où|et|mais)(?![\p{L}\p{N}])`;
const MODAL_IN_CLAUSE_AFTER = new RegExp(String.raw`^(?:(?!${MODAL_CLAUSE_OPENER})[^,;:.!?]){0,80}?(?<![\p{L}\p{N}])(?:might|would|could|may|can|pourrait|pourraient|peut|peuvent|devrait)(?![\p{L}\p{N}])`, 'u');
function genericRaiser(before: string, after: string): boolean {
  const m = GENERIC_RAISER_BEFORE.exec(before.slice(-160));
  return m !== null && (m.groups!.generic !== undefined || m.groups!.others !== undefined || HYPOTHETICAL_BEFORE.test(before) || MODAL_IN_CLAUSE_AFTER.test(after));
}

/**
 * A round another company raised, told as the yardstick of this one: "the second-highest Series C by an African startup,
 * Jumia’s § being the first", "le deuxième plus important après les § de Wave". A ranking word and a round word in the
 * sentence; the figure owned by a name ("X’s §", "les § de X") and followed by nothing that makes it another kind of money.
 */
const YARDSTICK_CUE = /\b(?:largest|biggest|highest|second|third|record|behind|after|since|than|plus (?:importante?s?|grosse?s?)|deuxième|troisième|second|après|derrière|depuis)(?![\p{L}\p{N}])/iu;
const YARDSTICK_END = /^\s*(?:[,;.)–—]|being\b|was\b|is\b|were\b|remains?\b|in (?:19|20)\d\d\b|en (?:19|20)\d\d\b|$)/iu;
const YARDSTICK_OF_NAME = new RegExp(String.raw`^\s*(?:de|d[’'])\s*(?:(?:la|le|l[’'])\s*)?(?:(?:[\p{L}-]+\s+){0,2}?(?:${COMPANY_KIND}|[Uu]nicorn|[Ll]icorne)\s+)?(?<name>[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*){0,2})`, 'u');
const YARDSTICK_OF_BEFORE = new RegExp(String.raw`\b(?:après|derrière|after|behind|que|than)\s+(?:les|des|ceux|the)\s*(?:${lexAlt(LEX_APPROX)}\s+)?$`, 'iu');

function yardstickCompany(f: Figure, masked: string): string | null {
  if (!YARDSTICK_CUE.test(masked) || !ROUND_WORDS_NEAR.test(masked) || SYNONYM_NOT_RAISE.test(masked)) return null;
  const before = masked.slice(Math.max(0, f.start - 80), f.start);
  const after = masked.slice(f.end, f.end + 80);
  let name: string | null = null;
  const owner = POSSESSOR_BEFORE.exec(before);
  if (owner && YARDSTICK_END.test(after)) name = owner.groups!.name!;
  else if (YARDSTICK_OF_BEFORE.test(before)) {
    const of = YARDSTICK_OF_NAME.exec(after);
    if (of && YARDSTICK_END.test(after.slice(of.index + of[0].length))) name = of.groups!.name!;
  }
  if (!name) return null;
  name = name.replace(/[.’']+$/u, '');
  return isName(name) && !isOpeningWord(name) && !isInvestorHere(masked, name) ? name : null;
}

/**
 * A company's round told as a noun phrase, with no raising verb, words between the figure and "round": "Leading this week’s
 * funding was VerSe Innovation’s $805 Mn mammoth round", "Acme’s $40M oversubscribed round", "Globex’s $12 million
 * bumper funding round". ("X’s § Series A" and "X’s § round" are read by the figure reader already.) The possessor owns it.
 */
const OWNED_ROUND_AFTER = /^\s*(?:\p{Ll}[\p{Ll}-]*\s+){1,2}(?:(?:funding|financing|investment|equity|venture)\s+)?(?:round|raise|fundraise|financing)(?![\p{L}\p{N}])/u;

function ownedRoundCompany(f: Figure, masked: string): string | null {
  // The window tests are cheap and bounded; the not-a-raise and fund tests read the whole view, so they come last.
  if (!OWNED_ROUND_AFTER.test(masked.slice(f.end, f.end + 60))) return null;
  const owner = POSSESSOR_BEFORE.exec(masked.slice(Math.max(0, f.start - 80), f.start));
  if (!owner || SYNONYM_NOT_RAISE.test(masked) || FUND_SENTENCE.test(masked)) return null;
  const name = owner.groups!.name!;
  return isName(name) && !isOpeningWord(name) && !isInvestorHere(masked, name) ? name : null;
}

/**
 * A named company's share of a total of rounds: "723 millions d’euros, dont 500 M€ rien que pour Doctolib", "$2bn raised this
 * week, including $500 million for Acme". The total is a statistic; the item is the company's round.
 */
const SHARE_BEFORE = new RegExp(String.raw`\b(?:dont|including|of which|among which|parmi lesquels)\s*(?:,[^,§]{0,30},\s*)?(?:${lexAlt(LEX_APPROX)}\s+)?$`, 'iu');
const SHARE_FOR_NAME = new RegExp(String.raw`^\s*(?:\([^)]*\)\s*)?(?:(?:rien que|à (?:elle|lui) seule?|alone|à elle seule)\s+)?(?:pour|for|to|à|went to|pour la seule)\s+(?:(?:la|le|l[’']|the)\s*)?(?:(?:[\p{L}-]+\s+){0,2}?${COMPANY_KIND}\s+)?(?<name>[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*){0,2})(?![\p{L}\p{N}’'])`, 'u');
/** The total is money raised by rounds: "levées", "raised", "tours de table". */
const RAISED_TOTAL_CUE = /\b(?:levée?s?|levés|rounds?|raised|tours? de table|financements?|fundraising|funding|investments?|investissements?|deals)(?![\p{L}\p{N}])/iu;

function shareOfTotal(f: Figure, masked: string, prior: string): string | null {
  if (!SHARE_BEFORE.test(masked.slice(Math.max(0, f.start - 60), f.start)) || !masked.slice(0, f.start).includes('§')) return null;
  if (!RAISED_TOTAL_CUE.test(masked) && !RAISED_TOTAL_CUE.test(prior)) return null;
  const m = SHARE_FOR_NAME.exec(masked.slice(f.end, f.end + 100));
  if (!m || SYNONYM_NOT_RAISE.test(masked)) return null;
  const name = m.groups!.name!.replace(/[.’']+$/u, '');
  return isName(name) && !isOpeningWord(name) && !isInvestorHere(masked, name) ? name : null;
}

/** What a reading in a window decided, moved back to the figure. */
function settleView(f: Figure, vf: Figure, lo: number): void {
  if (vf.kind === f.kind) return;
  f.kind = vf.kind;
  f.verbAt = vf.verbAt === null ? null : vf.verbAt + lo;
  f.verbOnly = vf.verbOnly;
}

/** The gap between two items of one list of raises: ", Go1 secure ", " and Skedulo raise ". */
const LIST_JOIN = /^[^;.§]{0,40}?(?:,|\band\b|\bet\b)\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*\s+){1,3}(?:rais(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|bag(?:s|ged)?|land(?:s|ed)?|clos(?:e|es|ed|ing)|lève|a levé|with)(?![\p{L}\p{N}])/u;
/**
 * The gap between two entries of one list of rounds told in parentheses, each entry a name and its figure: "comme celle de Kiplo
 * (§ auprès de X), de Velmora (§ …) ou encore de Brisket (§ …)", "big raises such as Acme (§ from X), Kiplo (§) and Brisket (§)".
 * The previous entry's parenthesis closes, a joiner (a comma, "and", "et", "ou encore") and the next entry's name (after "de",
 * "of" when the entries are a noun's complements) open the next one. The entries share the time of the clause that opens the list
 * ("l'année passée avait été marquée par … comme celle de …"): past when the first one is. The previous entry's own parenthesis
 * holds no digit, so an entry dated by its own year ("Kiplo (§ en 2019), Velmora (§)") lends its time to no other entry.
 * Bounded runs only; read once on the gap between two figures.
 */
const PAREN_LIST_JOIN = /^[^;.§()\d]{0,120}\)\s*,?\s*(?:(?:ou encore|ou bien|ou|et|and|or|as well as|puis|then)\s+)?(?:(?:de|of|for|pour)\s+|d[’'])?(?:[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]{0,30}\s+){0,3}[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]{0,30}\s*\(\s*$/u;
/**
 * A fronted adverbial that tells an earlier round before the main clause: "Après une première levée de § en 2021, Kiplo lève §",
 * "After a $2 million seed last year, Acme raised §", "Fort d’un premier tour de §, …", "Following its § Series A in 2022, …".
 * Read on the sentence up to the earlier figure: it opens the sentence and has no comma yet, so the comma after the figure
 * closes it and the main clause's own figure is dated only by what follows that comma.
 */
const FRONTED_EARLIER_ROUND = /^\s*(?:(?:après|after|following|on the heels of|hot on the heels of|building on|riding on|having (?:raised|closed|secured)|après avoir (?:levé|bouclé|réalisé|obtenu))(?![\p{L}\p{N}])|fort(?:e)? d[’']|forte? de\s|suite à\s|dans la foulée d[’']|dans la foulée de\s)[^,;:.!?]{0,160}$/iu;
/** The comma that closes a fronted adverbial, in the gap after its figure ("… § en 2021, Kiplo lève"). */
const FRONTED_CLOSE = /^[^,;:.!?§]{0,80},/u;

/** Where the main clause starts when the previous figure sits in a fronted adverbial telling an earlier round, else null. */
function afterFrontedEarlierRound(masked: string, prevStart: number, prevEnd: number, start: number): number | null {
  if (!FRONTED_EARLIER_ROUND.test(masked.slice(0, prevStart))) return null;
  const close = FRONTED_CLOSE.exec(masked.slice(prevEnd, start));
  return close ? prevEnd + close[0].length : null;
}

/** A time cue of the news itself: a later item told with it is not an earlier round. */
const NOW_CUE = /\b(?:today|this week|now|on (?:monday|tuesday|wednesday|thursday|friday)|aujourd[’']hui|cette semaine|ce (?:lundi|mardi|mercredi|jeudi|vendredi))\b/iu;

/** An elliptical ordinal subject opening the sentence, up to its first figure: "La première de §", "La seconde est intervenue … pour un montant de §", "The first, of §". */
const ORDINAL_OPENING = /^\s*(?:la|le|the)\s+(?:première|premier|seconde?|deuxième|troisième|quatrième|first|second|third|fourth)(?:\s*,)?\s+(?:de|d[’']|of|was|a|est|came|is)(?![\p{L}\p{N}])[^§]{0,80}$/iu;
/** Rounds counted in a sentence before: "deux levées de fonds", "two rounds", "trois tours de table". */
const COUNTED_ROUNDS = /\b(?:deux|trois|quatre|two|three|four|plusieurs|several)\s+(?:[\p{L}-]+\s+)?(?:levées|tours de table|rounds|financements|fundraises|raises|funding rounds|opérations)(?![\p{L}\p{N}])/iu;

/** "This § investment", "cette § …": a demonstrative right before the figure. */
/**
 * A barometer's total told with the participle after the figure and a frame of many raisers or of a period: "2,8 Md€ levés par
 * les start-ups IT", "§ levés par les fintech", "§ levés en France", "Avec § levés entre janvier et septembre", "§ raised by
 * startups in the first half", "§ raised across Europe". The raise has no single subject: the participle stands after the
 * figure, and what follows names a class of companies (a plural with or without its determiner, a sector word after a plural
 * determiner, in English with its plural s, "the fintechs", never "the biotech company"; the ecosystem or the sector) or a span of the calendar shorter or longer than one deal (a half, a quarter,
 * "between … and …"), or a place after en/in/across. One company's money retold ("les § levés par la start-up", "§ levés en
 * 2021 par X") keeps its reading: a singular raiser or a bare year is no frame.
 */
const POSTPOSED_PARTICIPLE = String.raw`(?:${lexAlt(LEX_RAISE_PARTICIPLES_FR)}(?:e?s)?|${lexAlt(LEX_RAISE_PARTICIPLES_EN)})`;
/**
 * The company plurals alone (funding-lexicon.ts LEX_COMPANY_PLURAL_FORMS: "startups", "firms", "fintechs", never "startup" or
 * "company": one company's money retold stays a round).
 */
const MANY_RAISERS = String.raw`(?:(?:les|des|the|all)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:${lexAlt(LEX_COMPANY_PLURAL_FORMS)})|(?:les|des)\s+(?:${lexAlt(LEX_SECTOR_WORDS)})s?|(?:the|all)\s+(?:${lexAlt(LEX_SECTOR_WORDS)})s|(?:l[’']|the\s+)(?:écosystème|ecosystem|secteur|sector|filière|industry)`;
const PERIOD_SPAN = String.raw`entre\s|between\s|au\s+cours\s+d|au\s+(?:premier|second|deuxième|troisième|quatrième)\s+(?:semestre|trimestre)|(?:in|during|over)\s+the\s+(?:first|second|third|fourth|last)\s+(?:half|quarter|(?:six|nine)\s+months)|depuis\s+le\s+début|since\s+the\s+start`;
const POSTPOSED_TOTAL_AFTER = new RegExp(
  String.raw`^\s*(?:\([^)]*\)\s*)?${POSTPOSED_PARTICIPLE}\s+(?:(?:par|by)\s+(?:${MANY_RAISERS})(?![\p{L}\p{N}])|(?:${PERIOD_SPAN})|(?:en|in|across)\s+(?<place>\p{Lu}[\p{L}-]+))`, 'iu');

/** Whether the figure ending at `end` is a period's or a class's total by its postposed participle (POSTPOSED_TOTAL_AFTER). */
function isPostposedTotal(masked: string, end: number): boolean {
  const m = POSTPOSED_TOTAL_AFTER.exec(masked.slice(end, end + 120));
  if (!m) return false;
  return !m.groups!.place || isPlace(m.groups!.place);
}

/**
 * Round 24 (cluster "cumulative totals to date": batch 16's founders who "have raised § in venture capital funding to date across
 * two financings", a wire quote "has raised § in known venture funding to date", round A's "has now raised § … (including a §
 * seed)"): a figure followed, in its clause, by "to date", "so far", "à ce jour" or "depuis sa création" is the sum of every
 * round raised until now, not one round. Its own noun of money may come between ("§ in venture funding to date"); a round
 * still open keeps its reading ("§ so far in its Series C", "§ à ce jour dans le cadre de sa série B").
 */
const TO_DATE_AFTER = /^\s*(?:\([^)]{0,60}\)\s*)?(?:(?:in|en)\s+(?:[\p{L}-]+\s+){0,3}?(?:funding|financing|capital|investments?|financement|fonds propres)\s+)?(?:to date|so far|thus far|until now|à ce jour|jusqu[’']ici|jusqu[’']à présent|depuis (?:sa|son) (?:création|lancement))(?![\p{L}\p{N}])(?!\s*,?\s*(?:in|into|for|as part of|dans|lors|pour)\s+(?:(?:its|an|the|a|this|son|sa|un|une|le|la|cette|ce)\s+)?(?:[\p{L}-]+\s+){0,4}?(?:rounds?|series|tour|série|levée)(?![\p{L}\p{N}]))/iu;

/** Whether the figure ending at `end` is a sum raised to date (TO_DATE_AFTER). */
function isToDateTotal(masked: string, end: number): boolean {
  return TO_DATE_AFTER.test(masked.slice(end, end + 140));
}

// ── Round 23: is this figure a round at all? (the paragraph's topic, the clause's subject and object) ─────────────────────

/**
 * Round 23 (cluster "listing money told with a raising verb": blind batch 8's wire IPO debut, batch 12's listed company's direct
 * offering, batch 15's French quarterly IPO review; fresh pages: a French IPO year review, two wire pages of an IPO week): in a
 * paragraph about listings, "Introduite le 3 mars, Kiplo a levé §", "X a récupéré §" or "priced its offering to raise §" is what a
 * listing brought in, though the sentence itself names no IPO. A paragraph is about listings when it names a listing twice or more
 * (a single passing mention is no topic), each told as done: a listing under a negation ("non cotées", "not yet listed") or a plan
 * ("plans an IPO", "avant son introduction en bourse", "ahead of its listing") is not counted. A sentence that names a private round
 * (a seed, a series, a round, a tour de table) keeps its reading: "Acme, which plans an IPO next year, raised § in a Series B".
 */
const LISTING_SIGN = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:(?<strong>${lexAlt(LEX_LISTING_SIGNS)})|${lexAlt(LEX_LISTING_SIGNS_WEAK)})(?![\p{L}\p{N}-])`, 'giu');
/** Review revAf F1: a listing told of a rival or a peer ("its rival went public", "un concurrent s'est introduit") is another firm's. */
const OTHER_FIRM_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])${lexAlt(LEX_OTHER_FIRM_NOUNS)}\s+(?:[\p{L}’'-]+\s+){0,2}$`, 'iu');
// The negation and plan words come from the lexicon (LEX_NEGATION_WORDS, LEX_LISTING_PLAN_VERBS, shared with deals.ts); the
// other plan forms ("planned", "considered", "préparation") and the words of time to come stay here, read only by this test.
const LISTING_NOT_DONE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${lexAlt(LEX_NEGATION_WORDS)}|yet to|${lexAlt(LEX_LISTING_PLAN_VERBS)}|planned|prépar\p{L}*|envisag\p{L}*|consider\p{L}*|ahead of|before|avant|en vue d[e’']|future|eventual|potential|possible|éventuelle?|prochaine?|next|delay\p{L}*|postpon\p{L}*|report\p{L}*|would|could|may|might|pourrait)\s+(?:[\p{L}’'-]+\s+){0,2}$`, 'iu');
/** A private round named in the sentence, or its backers told as such ("led by", "auprès de", "with participation from"). */
const PRIVATE_ROUND_NOUN = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:${lexAlt(LEX_PRIVATE_ROUND_NOUNS)}|(?:co-)?led by|backed by|with participation|menée? par|auprès d[e’']|avec la participation|soutenue? par)(?![\p{L}\p{N}])`, 'iu');
/** Listing signs a paragraph needs to be about listings. */
const LISTING_TOPIC_SIGNS = 2;

/**
 * Whether `paragraph` is about listings: LISTING_SIGN told as done, twice or more, one of them a clear sign (a weak one, "cotée",
 * "market debut", only counts beside it), none told of a rival. One pass, stopped once both hold.
 */
function isListingParagraph(paragraph: string): boolean {
  let done = 0;
  let strong = false;
  LISTING_SIGN.lastIndex = 0;
  for (let m = LISTING_SIGN.exec(paragraph); m; m = LISTING_SIGN.exec(paragraph)) {
    const before = paragraph.slice(Math.max(0, m.index - 40), m.index);
    if (LISTING_NOT_DONE_BEFORE.test(before) || OTHER_FIRM_BEFORE.test(before)) continue;
    if (m.groups!.strong !== undefined) strong = true;
    if (++done >= LISTING_TOPIC_SIGNS && strong) return true;
  }
  return false;
}

const DEMONSTRATIVE_BEFORE = /(?:^|[^\p{L}])(?:this|that|these|cette|ce|cet)\s*$/iu;



/**
 * "The Ayurveda Experience (TAE)": a company read under its acronym is named in full when the article gives the full form
 * with the acronym in parentheses. One indexOf per deal.
 */
function expandAcronym(name: string, text: string): string {
  if (!/^\p{Lu}{2,6}$/u.test(name)) return name;
  const at = text.indexOf(`(${name})`);
  if (at < 0) return name;
  const full = /(?:^|[^\p{L}\p{N}])((?:[\p{Lu}][\p{L}’'&.-]*\s+)(?:(?:[\p{Lu}][\p{L}’'&.-]*|of|de|the|and|&)\s+){0,5})$/u.exec(text.slice(Math.max(0, at - 80), at));
  if (!full) return name;
  const candidate = full[1]!.trim();
  // The initials must spell the acronym (small words may be skipped).
  const initials = candidate.split(/\s+/).map((w) => w[0]!).join('');
  const capitals = candidate.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!).join('');
  return initials === name || capitals === name ? candidate : name;
}

/** The backers closing a list line: "— § seed (Sequoia, Accel)", names only. */
const LINE_BACKERS = /^\s*(?:[\p{L}-]+\s+){0,3}\((?<names>[^()§]{2,120})\)\s*\.?\s*$/u;

/** A plural back-reference to the rounds just told: "Ces deux tours de table", "Both rounds", "The two deals". */
const PLURAL_BACKREF = new RegExp(String.raw`\b(?:ces|les) (?<fr>deux|trois|quatre|\d+) ${lexAlt(LEX_PLURAL_ROUNDS_FR)}\b|\b(?:both|the (?<en>two|three|four)|these (?<en2>two|three|four)) ${lexAlt(LEX_PLURAL_ROUNDS_EN)}\b|\bboth (?:of )?(?:the|these) (?:rounds|deals)\b`, 'i');
const BACKREF_COUNT: Record<string, number> = { deux: 2, trois: 3, quatre: 4, two: 2, three: 3, four: 4 };

/** How many rounds a plural back-reference counts: "Ces deux tours de table" 2, "both rounds" 2, "the three deals" 3. */
function backrefCount(m: RegExpExecArray): number {
  const word = (m.groups?.fr ?? m.groups?.en ?? m.groups?.en2 ?? 'two').toLowerCase();
  const n = /^\d+$/.test(word) ? Number(word) : BACKREF_COUNT[word] ?? 2;
  return Math.min(Math.max(n, 2), 6);
}

/**
 * The deals a plural back-reference reaches: the `count` most recently read, each its own round. "Lydia a levé § … Qonto a
 * bouclé § … Ces deux tours de table ont été menés par Tencent" reaches both, though they were told in two sentences.
 * Deals read in the same sentence as the last one are all reached (a list told at once is counted by the writer, not by us).
 */
function dealsCounted(deals: Candidate[], current: Candidate, count: number): Candidate[] {
  const recent = [...deals].filter((d) => d.last <= current.last).sort((a, b) => b.last - a.last);
  const reached: Candidate[] = [];
  for (const d of recent) {
    if (reached.length >= count && d.last !== reached[reached.length - 1]!.last) break;
    reached.push(d);
  }
  return reached;
}

/**
 * A clause telling an investor's past deals, between the investor and a figure: "Bond, the US venture capital company that
 * recently backed … Halter, as it raised §", "X, qui avait déjà financé Y (§)". Not the round's own relative ("the round,
 * which was led by"): the verb must be active, never followed by "by"/"par".
 */
const INVESTOR_PAST_CLAUSE = /\b(?:that|which|who|qui)\s+(?:(?:has|have|had|recently|previously|also|already|earlier|once|a|avait|ont|avaient|récemment|déjà|aussi|également)\s+){0,3}(?:backed|invested in|funded|financed|bankrolled|co-led|led|soutenu|financé|investi dans|accompagné|mené|co-mené)(?![\p{L}])(?!\s+(?:by|par)(?![\p{L}]))/iu;

/**
 * The company named right after an investor cue: "acted as lead investor for Memo Therapeutics", "led the round in Acme",
 * "chef de file de la levée de Memo", "now leads Zeta's Series A". Read in a bounded window after the cue.
 */
const CUE_FOR_COMPANY = /^[^.;:,()]{0,60}?\b(?:investors?|lead|leads|led|co-led|round|financing|investment|chefs? de file|investisseurs? principa(?:l|ux)|tour de table|levée(?: de fonds)?)\s+(?:for|in|into|of|at|pour|dans|chez|de|d[’'])\s*(?<name>[\p{Lu}][\p{L}\p{N}.&’'-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*){0,3})/u;
const CUE_POSSESSIVE = /^(?:co-?)?(?:leads?|led|leading|backs|backed)\s+(?<name>[\p{Lu}][\p{L}\p{N}.&-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&-]*){0,3})[’']s?\s/u;

/**
 * A round of the company's past named right before a passive lead cue: "the start-up’s Series A funding round, which was led
 * by", "its earlier seed round, which was led by", "sa précédente série A, qui avait été menée par". The possessive or the
 * "earlier" word tells it is another round than the one just read.
 */
const OWN_ROUND_BEFORE = /(?:\b(?:its|their|the (?:company|start-?up|startup|firm|business)[’']s|[\p{Lu}][\p{L}\p{N}.&-]*[’']s?|previous|prior|earlier|last|sa|son|leur|précédente?|dernière?)\s+(?:(?:previous|prior|earlier|last|first|précédente?|dernière?)\s+)?)$/iu;
const RELATIVE_LED_AFTER = /^\s*(?:(?:funding|financing|investment|de financement)\s+)?(?:round|financing|tour de table|levée(?: de fonds)?)?\s*,?\s*(?:which|that|qui)\s+(?:(?:was|were|had been|has been|a été|avait été|had|avait)\s+)?(?:co-?)?$/iu;

function earlierRoundBefore(rounds: ReturnType<typeof findRounds>, masked: string, at: number): string | null {
  let near: (typeof rounds)[number] | null = null;
  for (const r of rounds) if (r.end <= at && at - r.end <= 60) near = r;
  if (!near) return null;
  if (!RELATIVE_LED_AFTER.test(masked.slice(near.end, at))) return null;
  if (!OWN_ROUND_BEFORE.test(masked.slice(Math.max(0, near.start - 40), near.start))) return null;
  return near.round;
}

/** A fund's close or launch told: "annoncé la clôture de son fonds", "closed its third fund at", "the fund's final close". */
const FUND_CLOSE = /\b(?:clôtur\p{L}*|closing|closed|closes|close|lanc\p{L}*|launch\p{L}*)\s+(?:\S+\s+){0,5}?(?:fonds|fund)(?![\p{L}])|\b(?:fonds|fund)\s+(?:\S+\s+){0,5}?(?:final close|first close|closing|closed|clôtur\p{L}*)(?![\p{L}])/iu;

/** This sentence or one of the two before it, in this paragraph or the one before, tells a fund's close. */
/**
 * PARAGRAPH_DEAL_OVER_NAMED_ROUND: a figureless sentence naming a round ("co-led the Series A round", "Their series D round was
 * co-led by") that would go to another company's deal of that stage read in another paragraph goes instead to the deal the
 * sentence's own paragraph told, when that deal's stage is unknown: a roundup tells each company in its paragraph (639 MedCity
 * News, 1039 StartupAarhus). Not when the two deals are one company's (its earlier round of that stage), nor when the named deal
 * was told in this paragraph too.
 */
function preferParagraphDeal(named: Candidate, current: Candidate, sentences: readonly Sentence[], s: Sentence): boolean {
  if (named === current || current.round !== null || !named.company || !current.company || sameEntity(named.company, current.company)) return false;
  const paragraphOf = (i: number): number | undefined => sentences[i]?.paragraph;
  return paragraphOf(current.last) === s.paragraph && paragraphOf(named.last) !== s.paragraph && paragraphOf(named.first) !== s.paragraph;
}

function aboutFundClose(sentences: Sentence[], s: Sentence): boolean {
  for (let i = s.index; i >= 0 && i >= s.index - 2; i--) {
    const p = sentences[i]!;
    if (s.paragraph - p.paragraph > 1) break;
    if (FUND_CLOSE.test(p.text.length > 2000 ? p.text.slice(0, 2000) : p.text)) return true;
  }
  return false;
}

/** Money raised to be lent or invested onwards: a fund's or a programme's, not a company's round. */
const MONEY_TO_DEPLOY = /\b(?:to (?:lend|on-lend)|to invest in (?:[\p{L}-]+\s+){0,3}?(?:startups|start-ups|companies|businesses|entrepreneurs|SMEs|enterprises)|pour (?:prêter|investir dans des))(?![\p{L}])/iu;

/** Between a figure and its source: "§ from", "§ (about €9m) from", "§ auprès de". */
/**
 * A sentence whose subject is a fund or a public programme: "British Growth Fund is a £2.5bn initiative … backed by five banks",
 * "Le fonds Build Up, doté de § et soutenu par Bpifrance, …", "The Future Fund was set up by …". Each name word ends at a space or
 * before the comma, never mid-word: a glued run of capitals ("AAAA…") could otherwise be split at every letter (super-linear).
 */
const FUND_PROFILE_OPENING = /^(?:The\s+)?(?:[\p{Lu}][\p{L}\p{N}.&’'-]*\s+){1,4}(?:Fund|Funds|Programme|Program)\s+(?:is|was|has been|will be)\s|^(?:Le|Ce)\s+fonds\s+(?:[\p{Lu}][\p{L}\p{N}.&’'-]*(?:\s+|(?=,))){1,4}(?:,|est|a été|sera)\s/u;

/** The fund's part in a round: "Le fonds Partech est chef de file de l’opération", "The Future Fund led the round". */
/**
 * The verb of taking part in its finite and participle forms ("participe", "a participé", "participera", "participated"; review
 * F4: "a participé à son tour de §"), never the noun: a fund "prend des participations" in the companies it backs.
 */
const FUND_IN_ROUND = /\b(?:rounds?|tour de table|opération|levée|chef de file|led|leads?|co-led|mène|mené|menée|particip(?:e|es|ent|é|ée|era|eront|erait|ait|aient|ated|ates)|invested in|investi dans)(?![\p{L}])/iu;

/** A line that is only a rule between sections of a newsletter or roundup. */
const SECTION_RULE = /^[\s\-–—_*=~•·#]{3,}$/u;

/** An acquisition told in the sentence: the money "from funds managed by X" after its price is paid to sellers, not raised from backers. */
const ACQUISITION_CUE = /\b(?:(?:acquired|bought|taken over)\s+by|acquires|acquisition of|buys|takeover of|(?:racheté|acquis|repris)e?s?\s+par|rachète|a racheté|acquiert|a acquis|rachat d[e’'])(?![\p{L}])/iu;

const FIGURE_FROM = /^\s*(?:\([^)]{0,40}\)\s*)?(?:from|auprès d[e’']|de la part d[e’'])(?![\p{L}])/iu;

/**
 * A mention that names the source of a figure read as no round, and restating no deal's amount: "has closed § from
 * Open Society Foundations to lend to …". The "from" must sit right after the figure.
 */
function sourceOfOtherMoney(figures: Figure[], masked: string, at: number, deals: Candidate[], text: string): boolean {
  for (const f of figures) {
    // The cue's offset may be the figure's own ("closed § from X") or the "from" after it.
    if (f.kind === 'round' || !f.match || f.start > at + 2 || at - f.end > 40) continue;
    // Only money the sentence gives to a fund or a programme: "closed § from X to lend to …", "§ … to invest in"; a figure read
    // as no round for other reasons may still be a round the reader missed ("raised § from MUFG Bank").
    if (!f.fund && !MONEY_TO_DEPLOY.test(masked.slice(f.end, f.end + 200)) && !ACQUISITION_CUE.test(masked.slice(0, f.start))) continue;
    if (!FIGURE_FROM.test(masked.slice(f.end, f.end + 60))) continue;
    const m = toMoney(f.match, text, f.start);
    if (deals.some((d) => d.amount && sameAmount(d.amount, m))) continue;
    return true;
  }
  return false;
}

/**
 * ACQUISITION_PRICE_SUBJECT: a sentence that opens on an anaphoric transaction noun ("The deal is estimated to have been in the
 * range of §", "The transaction was worth §", "L'opération s'élève à §") refers back to the transaction told the sentence before.
 * After an acquisition told there (ACQUISITION_TOLD) with no round word in either sentence (ROUND_WORDS_NEAR), its figure is the
 * acquisition's price, not a round: the deal reader's ROUND_SUBJECT, which reads the sentence alone, cannot see what "the deal" is
 * (Gulf News 971: "These include the acquisition of e-retailer Souq.com by … Amazon for an undisclosed sum. The deal is estimated
 * to have been in the range of Dh2.2 billion ($600 million)."). The same back-reference after a takeover on two more outlets
 * (pages read for review 35): fintechmedias.cd on Luko ("… a finalement trouvé un repreneur. La transaction se chiffre à 4,3
 * millions d'euros") and finanster.com's weekly deals ("Celgene acquired … Impact Biomedicines … The deal entails a $1.1 billion
 * initial payment"). The plain round nouns ("The round", "La levée") still tell a round. Rows: review35-funding-acqprice*.test.ts.
 */
const ACQUISITION_PRICE_SUBJECT = /^(?:[^,§]{0,25},\s*)?(?:the|this|that|la|cette|l[’'])\s*(?:deal|transaction|opération)(?![\p{L}\p{N}])[^§]*$/iu;
const ACQUISITION_TOLD = new RegExp(`${ACQUISITION_CUE.source}|\\b(?:acquired|has acquired|merger with|fusion avec)(?![\\p{L}])`, 'iu');
/** Whether the sentence before `s` (in its paragraph or the one before) tells an acquisition and no round. */
function acquisitionToldBefore(sentences: readonly Sentence[], s: Sentence): boolean {
  const prev = s.index > 0 ? sentences[s.index - 1] : undefined;
  return !!prev && s.paragraph - prev.paragraph <= 1 && ACQUISITION_TOLD.test(prev.text) && !ROUND_WORDS_NEAR.test(prev.text);
}
/** ACQUISITION_PRICE_SUBJECT's figures read as rounds become other money, after an acquisition told the sentence before. */
function settleAcquisitionPrice(figures: Figure[], masked: string, sentences: readonly Sentence[], s: Sentence): void {
  if (ROUND_WORDS_NEAR.test(masked) || !figures.some((f) => f.kind === 'round') || !acquisitionToldBefore(sentences, s)) return;
  for (const f of figures) if (f.kind === 'round' && ACQUISITION_PRICE_SUBJECT.test(masked.slice(0, f.start))) f.kind = 'other';
}

/** A sentence whose subject is the round of the news: "The round was led by", "This funding was co-led by", "Le tour de table a été mené par". */
const NEWS_ROUND_SUBJECT = /^(?:The|This|Today[’']s|Le|La|Ce|Cette|L[’'])\s*(?:(?:new|latest|fresh|current|nouveau|nouvelle|dernier|dernière)\s+)?(?:(?:funding|financing|investment)\s+)?(?:round|funding|financing|raise|investment|tour de table|levée(?: de fonds)?|opération|financement)(?![\p{L}\p{N}])/iu;

const RELATIVE_WORD = /\b(?:which|who|that|whose|qui|dont|lequel|laquelle)\b/iu;

/**
 * The deal of the company a cue names after itself, if one was read (its announced round first). Never one of the names the
 * cue gives as investors, and never a name of several deals' companies that cannot be told apart.
 */
function dealNamedAfterCue(deals: Candidate[], masked: string, at: number, names: string[]): Candidate | null {
  const window = masked.slice(at, at + 160);
  const m = CUE_FOR_COMPANY.exec(window) ?? CUE_POSSESSIVE.exec(window);
  const name = m?.groups?.name;
  // "led by Gobi, which led the round for Quill": a relative clause on the way is about the investor's past, not this deal.
  if (!name || RELATIVE_WORD.test(m[0]) || names.some((n) => sameEntity(n, name))) return null;
  const own = deals.filter((d) => d.company && sameEntity(d.company, name));
  return own.find((d) => d.status === 'announced') ?? own[own.length - 1] ?? null;
}

/**
 * A sentence that profiles another company: no figure, no round told, no pronoun or "the startup" for the deal's company, and
 * only other names before the investor cue ("One of the largest, ResearchGate, is based in Berlin, with investments from
 * Founders Fund and Accel", "Son concurrent Qonto, soutenu par Valar, …"). Those backers are that company's, not the deal's.
 */
const ROUND_TOLD = /\b(?:rounds?|seed|series [a-j]|rais(?:e|es|ed|ing)|funding|financing|fundraise|levée|lève|levé|tour de table|série [a-j]|amorçage|financement)(?![\p{L}\p{N}])/iu;
/** The deal's company told without its name: "it", "the startup", "la jeune pousse", "elle". */
const COMPANY_ANAPHOR = /(?:^|[^\p{L}])(?:it|its|it[’']s|they|their|we|our|the (?:company|startup|start-up|firm|business|platform|group|app|fintech)|this (?:company|startup|start-up|firm)|elle|sa|son|ses|nous|la (?:société|start-up|startup|jeune pousse|pépite|fintech|plateforme|entreprise)|l[’'](?:entreprise|entité))(?![\p{L}])/iu;
/** Speech or a source around the names: the names before the cue may be people quoted, not a company profiled. */
const SPEECH_CUE = /\b(?:said|says|told|according to|a déclaré|a indiqué|explique|selon|précise)\b/iu;

/**
 * A named company opening the sentence with an apposition, after at most a short fronted phrase: "ResearchGate, a Berlin
 * network, …", "One of the largest, ResearchGate, …", "Its rival Klarna, …", "Son concurrent Qonto, …".
 */
const PROFILE_OPENING = /^\s*(?:(?:[^,§]{1,40},\s*)|(?:its|their|his|son|leur|sa)\s+(?:rival|competitor|peer|concurrent|concurrente|compatriote)\s+)?(?<name>[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*(?:\s[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*){0,2}),\s/u;
/**
 * "At Onena, the money came from …", "Chez Qonto, …": a fronted place of the deal, not a company profiled. The comitative ones
 * too ("Alongside Amazon, other investors such as A and B also joined in", "Besides Sequoia, …", "Outre Partech, …"): the
 * fronted name is a co-investor of the same round, never the company the backers belong to.
 */
const FRONTED_PREPOSITION = /^(?:At|In|On|For|With|By|From|After|Before|Like|Unlike|Among|Alongside|Along|Besides|Beside|Together|Joining|Chez|Pour|Dans|Après|Avant|Comme|Selon|Avec|Sur|En|À|Au|Aux|Par|Côté|Outre|Hormis)\s/u;
/** The longest match of COMPANY_ANAPHOR is under 20 code units: a window this long before a mention holds any match near it. */
const ANAPHOR_WINDOW = 64;

/**
 * What profiledNames needs of a sentence, computed once per sentence rather than once per investor mention (a sentence with
 * thousands of mentions was quadratic): the sentence-level tests, the first '§' and the first anaphor with its end.
 */
interface ProfileSentence {
  masked: string;
  /** ROUND_TOLD or SPEECH_CUE anywhere in the sentence. */
  roundOrSpeech: boolean;
  /** Index of the first '§', or Infinity. */
  firstFigure: number;
  /** End of the first COMPANY_ANAPHOR match in the whole sentence, or Infinity. */
  anaphorEnd: number;
}

function profileSentence(masked: string): ProfileSentence {
  const figure = masked.indexOf('§');
  const anaphor = COMPANY_ANAPHOR.exec(masked);
  return {
    masked,
    roundOrSpeech: ROUND_TOLD.test(masked) || SPEECH_CUE.test(masked),
    firstFigure: figure < 0 ? Infinity : figure,
    anaphorEnd: anaphor ? anaphor.index + anaphor[0].length : Infinity,
  };
}

/**
 * Exactly COMPANY_ANAPHOR.test(masked.slice(0, at)), without scanning the whole head. The sentence's first match ending by `at`
 * is one in the head too; otherwise any head match starts within ANAPHOR_WINDOW of `at` (it ends at `at`, where the head's end
 * passes the lookahead, or it starts after the first match, which ends past `at`), so only that window is tested, behind one
 * stand-in character that keeps the letter / non-letter before it.
 */
function anaphorBefore(p: ProfileSentence, mentionAt: number): boolean {
  const at = Math.min(mentionAt, p.masked.length);
  if (p.anaphorEnd <= at) return true;
  let start = Math.max(0, at - ANAPHOR_WINDOW);
  const code = p.masked.charCodeAt(start);
  if (start > 0 && code >= 0xdc00 && code <= 0xdfff) start--;
  if (start === 0) return COMPANY_ANAPHOR.test(p.masked.slice(0, at));
  // No alternative of COMPANY_ANAPHOR starts with 'a' or ' ': the stand-in never begins a match itself.
  const letterBefore = /\p{L}$/u.test(p.masked.slice(Math.max(0, start - 2), start));
  return COMPANY_ANAPHOR.test((letterBefore ? 'a' : ' ') + p.masked.slice(start, at));
}

/** The names a profile sentence gives before its investor cue, or null when the sentence is no profile of a named company. */
function profiledNames(p: ProfileSentence, at: number, investors: string[]): string[] | null {
  if (p.firstFigure < at || p.roundOrSpeech || anaphorBefore(p, at)) return null;
  const head = p.masked.slice(0, at);
  const m = PROFILE_OPENING.exec(head);
  const name = m?.groups?.name;
  if (!name || FRONTED_PREPOSITION.test(name) || !isName(name) || isOpeningWord(name) || investors.some((i) => sameEntity(i, name))) return null;
  return [name];
}

/**
 * Whether a profile's names leave out the deal's company: its backers belong to another company. A name that already backs the
 * deal ("Sequoia, the lead, brought in A and B") opens on the round's own syndicate, no other company.
 */
function profilesAnother(names: string[] | null, d: Candidate | null): boolean {
  if (!names || !d?.company) return false;
  const backers = [...d.leads, ...d.investors];
  return !names.some((n) => sameEntity(n, d.company!) || backers.some((b) => sameEntity(b, n)));
}

/**
 * Participants added to a round told as "the round" ("also contributed to the round", "ont également participé à l'opération"):
 * an additive adverb and a definite round reference, the shape of the news round's follow-up.
 */
const ADDED_TO_ROUND = /(?<![\p{L}])(?:also|too|as well|également|aussi)(?![\p{L}])[^.;]{0,80}?(?<![\p{L}])(?:the|this|ce|cette|l[’'])\s*(?:rounds?|financing|funding|raise|tour de table|levée|opération|financement)(?![\p{L}])/iu;
/**
 * A lead told of "the round" as its verb's object ("Molten Ventures, which led the funding round, added …", "X co-led the
 * financing", "Y, qui a mené le tour de table, …"): the definite round with no name, no qualifier and no time of its own is the
 * news, as in the subject shape (NEWS_ROUND_SUBJECT), even when a past round was told last ("… raised § in a seed round, after
 * raising § in pre-seed funding earlier this year": HortiDaily 812; the shape "X led the round" after a past round: FierceBiotech
 * 541, Axios 456, PE Wire 468). A time after the round names another one ("the firm that led the round in August": 951) and a
 * qualifier before it ("the previous round", "the first round") too: no cue then.
 */
const LED_THE_ROUND = new RegExp(String.raw`(?<![\p{L}])(?:${lexAlt(LEX_LEAD_VERBS_EN)}|leading|(?:a|ont|avait|avaient)\s+(?:co-?)?(?:mené|piloté)|men(?:ait|aient|e|ent)|pilot(?:ait|aient|e|ent))\s+(?:the|this|le|la|ce|cette|l[’'])\s*(?:(?:funding|financing|investment)\s+)?(?:round|financing|funding|raise|tour de table|levée(?: de fonds)?|opération|financement)(?![\p{L}])(?!\s+(?:in|of|from|en|de|d[’']|du|last|earlier|précédente?)(?![\p{L}]))`, 'iu');
/**
 * The binder's cue: the sentence refers to a round with a definite or possessive determiner ("the round", "this round",
 * "the Series B", "its seed round", "the financing", "the transaction"; FR "l'opération", "ce tour de table", "la levée").
 * An indefinite round ("a round", "une levée") is another, new one: no cue.
 */
const ROUND_REFERENCE = /(?:^|[^\p{L}])(?:the|this|that|its|their|la|le|ce|cette|cet|sa|son|leur|l[’'])\s*(?:[\p{L}\d-]+\s+){0,3}?(?:rounds?|financing|funding|fundraise|raise|investment|transaction|deal|seed|series [a-j]|tour de table|levée|opération|financement|amorçage|série [a-j])(?![\p{L}])/iu;
/**
 * A round owned by a named company ("Northwind's Series A", "Northwind’s seed round", "the round for Northwind", "la levée de
 * Northwind"): the participants are that company's; when no deal of that company was read they go nowhere (a roundup's other
 * item). The possessive's head is a round noun itself: "World Bank’s private financing arm" names an investor, no round.
 */
const NAME_RUN_SHORT = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}.&-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&-]*){0,2}`;
// The owner starts at a word's start (review A5): without the left boundary every capital or digit inside one long word began
// an attempt that scanned to the word's end (quadratic in the word's length).
const ROUND_OWNER = new RegExp(String.raw`(?<![\p{L}\p{N}.&’'-])(?<own>${NAME_RUN_SHORT})[’']s?\s+(?:[\p{L}\d-]+\s+){0,3}?(?:[Rr]ounds?|[Rr]aise|[Ff]undraise|[Ss]eries [A-J](?!\s+(?:shares|stock|preferred)))(?![\p{L}])|(?:[Rr]ound|[Ff]inancing|[Ff]unding|[Rr]aise|[Ll]evée(?: de fonds)?|[Tt]our de table|[Ff]inancement|[Oo]pération)\s+(?:for|in|into|of|de|d[’']|pour|chez)\s*(?:(?:la|le|l[’']|the)\s*)?(?<of>${NAME_RUN_SHORT})`, 'u');
/** A fund's own raise or close told in the sentence ("the fund's LPs include", "le fonds a réuni"): its backers are no round's. */
const FUND_RAISE_REFERENCE = /(?:^|[^\p{L}])(?:the|this|its|le|ce|son)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:fund|fonds)(?:[’']s)?(?![\p{L}])/iu;
/**
 * The deal of the company whose round the sentence names (ROUND_OWNER): its deal of the round named, else its announced one;
 * null when no deal of that company was read (a roundup's other item: its participants go nowhere); undefined when the round
 * has no named owner (or the owner is one of the investors).
 */
function ownerDeal(deals: Candidate[], masked: string, rounds: string[], names: string[], headline: string | null): Candidate | null | undefined {
  const owner = ROUND_OWNER.exec(masked);
  const ownerName = owner?.groups?.own ?? owner?.groups?.of;
  if (!ownerName || !isName(ownerName) || isOpeningWord(ownerName) || names.some((n) => sameEntity(n, ownerName))) return undefined;
  // A deal whose company waits for the article's topic is the headline's company's (1116: "China's Deep Robotics raises new
  // investor funding" over "Other co-investors in Deep Robotics' Series C funding round included …").
  const headlineOwns = !!headline && sameEntity(headline, ownerName);
  const own = deals.filter((d) => d.company ? sameEntity(d.company, ownerName) : headlineOwns && d.companyFromTopic === true);
  return own.find((d) => d.round !== null && rounds.includes(d.round)) ?? own.find((d) => d.status === 'announced') ?? null;
}
/**
 * A lead told in the sentence ("A, qui menait le tour de table", "X led it"): its names are no plain participants to bind. The
 * English finite verbs are the part of the cleft's that leads only rounds (funding-lexicon.ts LEX_LEAD_VERBS_ROUND_EN: not
 * "headed"/"heads"/"anchored", which head companies too: "The company, headed by its founder, said backers A and B also
 * contributed" is still bound); the participle, "spearhead*", the French forms and the nouns are this test's own.
 */
const LEAD_TOLD = new RegExp(String.raw`(?<![\p{L}])(?:${lexAlt(LEX_LEAD_VERBS_ROUND_EN)}|leading|spearhead\p{L}*|men(?:ait|é|ée|ée?s|e|ant)|pilot(?:ait|é|ée)|chef de file|lead investor)(?![\p{L}])`, 'iu');
/**
 * The antecedent of an anaphoric lead (investors.ts ANAPHORIC_LEAD: "it", "they", "the firm", "le fonds" before a lead verb): the
 * one investor the sentences just before named, in the same paragraph or the one before, at most ANTECEDENT_REACH sentences back
 * ("Temasek participated in …. In April, the firm participated in …. The round raised §. Also, they led a … round": 284). A
 * sentence naming several investors leaves no antecedent ("they" may be all of them); an anaphoric lead keeps its own.
 */
interface Told { name: string; index: number; paragraph: number }
const ANTECEDENT_REACH = 3;
function backerNear(told: Told | null, s: Sentence): string | null {
  return told && s.index - told.index <= ANTECEDENT_REACH && s.paragraph - told.paragraph <= 1 ? told.name : null;
}
function antecedentAfter(told: Told | null, mentions: Array<{ names: string[] }>, s: Sentence): Told | null {
  // Only whether the sentence names one investor matters: stop at the second distinct name (k names, at most k sameEntity calls;
  // deduplicating every name against every other was k², review of session 22, finding 3).
  let one: string | null = null;
  for (const m of mentions) for (const n of m.names) {
    if (one === null) one = n;
    else if (!sameEntity(one, n)) return null;
  }
  return one === null ? told : { name: one, index: s.index, paragraph: s.paragraph };
}

/** How far after the last sentence of its deal a figureless sentence still tells that deal's round. */
const BINDER_REACH = 6;

interface BindContext {
  current: Candidate | null;
  /** The rounds the sentence names ("its 2019 seed round"). */
  rounds: string[];
  index: number;
  pending: Array<{ role: 'lead' | 'participant'; names: string[] }>;
  fundClose: () => boolean;
  /** Names the investor readers already placed (or kept from every deal) in this sentence. */
  seen: string[];
  /** The headline's company: the owner of a deal whose company waits for the topic (ownerDeal). */
  headline: string | null;
}

/**
 * The deal a figureless round reference refers to: the owner's deal when the round is told as a named company's; a deal of the
 * round the sentence names; else the deal read last, near, and never a past round the sentence does not name (the announced
 * round of the same company instead). Null: no deal, or another company's.
 */
function boundDeal(deals: Candidate[], masked: string, ctx: BindContext, names: string[]): Candidate | null | 'pending' {
  const owned = ownerDeal(deals, masked, ctx.rounds, names, ctx.headline);
  if (owned !== undefined) return owned;
  const named = [...deals].reverse().find((d) => d.round !== null && ctx.rounds.includes(d.round));
  if (named) return named;
  const cur = ctx.current;
  if (!cur) return deals.length === 0 ? 'pending' : null;
  if (ctx.index - cur.last > BINDER_REACH) return null;
  if (cur.status === 'announced') return cur;
  return [...deals].reverse().find((d) => d.status === 'announced' && (!cur.company || !d.company || sameEntity(d.company, cur.company))) ?? null;
}

/**
 * The binder: the participants a figureless sentence names ("Existing backers A and B also contributed to the round", "Ses
 * actionnaires historiques A et B ont remis au pot") join the deal its round reference refers to (boundDeal). Only names the
 * sentence's own investor reading did not place; never in a sentence about a fund's raise or close. Before any deal, the names
 * wait for the page's main deal, as other early investors do.
 */
function bindParticipants(deals: Candidate[], masked: string, ctx: BindContext): void {
  if (!ROUND_REFERENCE.test(masked) || FUND_SENTENCE.test(masked) || FUND_RAISE_REFERENCE.test(masked) || LEAD_TOLD.test(masked)) return;
  const names = participantsNamedIn(masked).filter((n) => !ctx.seen.some((x) => sameEntity(x, n)));
  if (names.length === 0 || ctx.fundClose()) return;
  const target = boundDeal(deals, masked, ctx, names);
  if (target === 'pending') ctx.pending.push({ role: 'participant', names });
  else if (target) addInvestors(target, 'participant', names);
}

/**
 * A backer list taken up by a pronoun at the next sentence's start: "The round was led by a number of African founders. They
 * included A, B and C"; "The three new investors in the round are health systems. These include A and B"; "Among them were A
 * and B"; "Parmi eux, A et B"; "Parmi eux figurent A et B". The pronoun stands for the group the sentence before named
 * (BACKER_GROUP), so the names are that round's, with that group's role. Plural pronouns only: "It includes …" is no list of backers.
 */
const RESUMED_LIST_OPENING = /^\s*(?:(?:They|These|Those)\s+(?:include|included|comprise|comprised|are|were)|Among(?:st)?\s+(?:them|these|those)(?:\s+(?:are|were))?|Parmi\s+(?:eux|elles|ceux-ci|celles-ci)(?:\s+(?:figurent|figuraient|se trouvent|on (?:re)?trouve|citons|sont))?|(?:Ils|Elles)\s+(?:sont|comptent|incluent))\s*[,:]?\s+(?=\S)/u;
/** The plural group of backers a resumed list takes up: "investors", "backers", "founders" (who may lead as angels), FR too. */
// Not "funds" nor "fonds": "The funds will be used for three projects. These include …" names no backers.
const BACKER_GROUP = new RegExp(String.raw`(?<![\p{L}])${lexAlt(LEX_INVESTOR_ROLE_NOUNS)}(?![\p{L}])`, 'iu');
/**
 * The group told as the round's lead: "led by a number of African founders", "menée par plusieurs investisseurs". Founders count
 * here only, as the round's leads (angels): "The founders are Jane and John" names no backers.
 */
const GROUP_LED = new RegExp(String.raw`(?<![\p{L}])(?:led|co-led|headed|spearheaded|menée?|co-menée?|pilotée?)\s+(?:by|par)\s+(?:[\p{L}’'-]+\s+){0,6}?${lexAlt([...LEX_INVESTOR_ROLE_NOUNS, 'founders', 'fondateurs'])}(?![\p{L}])`, 'iu');

/**
 * The names of a resumed backer list (RESUMED_LIST_OPENING) and their role, when the sentence before told the deal's round
 * and named a group of its backers; null otherwise. The list after the pronoun is read by the investor reader as "Investors
 * include …" (or "The round was led by …" for a group that led): one list reader for both.
 */
function resumedBackers(masked: string, before: string | undefined): { role: 'lead' | 'participant'; names: string[] } | null {
  const opening = RESUMED_LIST_OPENING.exec(masked);
  if (!opening || !before || !ROUND_TOLD.test(before) || FUND_RAISE_REFERENCE.test(before) || FUND_SENTENCE.test(before)) return null;
  const role = GROUP_LED.test(before) ? 'lead' : BACKER_GROUP.test(before) ? 'participant' : null;
  if (!role) return null;
  const cue = role === 'lead' ? 'The round was led by ' : 'Investors include ';
  const list = `${cue}${masked.slice(opening[0].length)}`;
  const names = findInvestorMentions(list, { nearDeal: true }).filter((m) => m.at <= cue.length).flatMap((m) => m.names);
  return names.length > 0 ? { role, names } : null;
}

/**
 * A name followed by its own raise in a relative clause: "Chipper Cash (which recently raised § Series C)", "Acme, which closed
 * a § round". In a list of backers, such a name is the company a person is told with ("co-founders of Chipper Cash"), no backer.
 */
const OWN_RAISE_AFTER = new RegExp(String.raw`^\s*[(,]\s*(?:which|that|who|qui)\s+(?:(?:has|had|have|a|avait)\s+)?(?:(?:just|recently|also|récemment|aussi|déjà)\s+)?(?:${lexAlt([...LEX_RAISE_PARTICIPLES_EN, ...LEX_RAISE_PARTICIPLES_FR])}|raises|lève)(?![\p{L}])`, 'iu');
function raisedItself(masked: string, name: string): boolean {
  const at = masked.indexOf(name);
  return at >= 0 && OWN_RAISE_AFTER.test(masked.slice(at + name.length, at + name.length + 60));
}

/**
 * A name read from inside a longer one: one capitalised word glued before it, itself after a lower-case word or a mark ("CEO of
 * Chapel Hill Denham" read as "Hill Denham", "led by Monk’s Hill Ventures" as "Hill Ventures"). A longer capitalised run before
 * it ("founder of Metis Capital Partners Hakeem Belo-Osagie") is another name told before this one. A place told as the name's
 * descriptor (PLACE_DESCRIPTOR) is no part of it.
 */
const WORD_BEFORE = /(?:(?<prev>\S+)\s+)?(?<word>\S+)\s+$/u;
function cutName(masked: string, name: string): boolean {
  const at = masked.indexOf(name);
  const m = at > 0 ? WORD_BEFORE.exec(masked.slice(Math.max(0, at - 60), at)) : null;
  if (!m || !/^\p{Lu}[\p{L}\p{N}’'-]*$/u.test(m.groups!.word!) || placeDescriptor(m.groups!.word!)) return false;
  const prev = m.groups!.prev;
  return !prev || !/^\p{Lu}[\p{L}\p{N}’'&.-]*$/u.test(prev);
}

/**
 * PLACE_DESCRIPTOR: a capitalised word that is a place with a lower-case hyphenated suffix ("Paris-based", "Lagos-headquartered",
 * "Berlin-born") or a possessive ending ("Nigeria’s", "Lagos’"). Before a name it describes the name's firm ("Paris-based Kima
 * Ventures", "Nigeria’s Ventures Platform"), it is no first word of it. The place itself is asked of the places reader (isPlace),
 * so "Monk’s Hill Ventures" (no place) stays one name cut short.
 */
const PLACE_DESCRIPTOR = /^(?<place>\p{Lu}[\p{L}.]*(?:-\p{Lu}[\p{L}.]*)*?)(?:-\p{Ll}+|[’']s?)$/u;
function placeDescriptor(word: string): boolean {
  const place = PLACE_DESCRIPTOR.exec(word)?.groups?.place;
  return !!place && isPlace(place);
}

/**
 * A resumed backer list (resumedBackers) joins the deal read last before it, when the sentence before is in the same paragraph or
 * the one before and that deal was told there or the sentence before it; a past round gives way to the same company's announced
 * one (as in boundDeal). A name that is the company of a deal read in this sentence ("co-founders of Chipper Cash (which
 * recently raised §)") is told as a company, not a backer.
 */
function resumedList(deals: Candidate[], masked: string, at: { sentences: Sentence[]; s: Sentence; before: Candidate | null }): void {
  const { s, before: cur } = at;
  const prev = at.sentences[s.index - 1];
  if (!cur || !prev || s.paragraph - prev.paragraph > 1 || s.index - cur.last > 2) return;
  const read = resumedBackers(masked, prev.text);
  if (!read) return;
  const target = cur.status === 'announced' ? cur : [...deals].reverse().find((d) => d.status === 'announced' && (!cur.company || !d.company || sameEntity(d.company, cur.company)));
  if (!target) return;
  const told = deals.filter((d) => d.first === s.index && d.company).map((d) => d.company!);
  const names = read.names.filter((n) => !told.some((c) => sameEntity(c, n)) && !raisedItself(masked, n) && !cutName(masked, n));
  if (names.length === 0) return;
  addInvestors(target, read.role, names);
  touch(target, s);
}

/** Words of a fund's own money: a bare "raised §" in the same sentence is the fund's, not a company's round. */
const FUND_SENTENCE = new RegExp(String.raw`\b${lexAlt(LEX_FUND_FIGURES)}(?![\p{L}\p{N}])`, 'iu');
/**
 * A sentence whose subject is the fund the page already named, taken up by a singular determiner and the fund noun: "Le fonds,
 * qui a déjà réuni §, investira …", "Ce nouveau fonds sera doté de §", "The fund has closed at §", "This new fund, which …".
 * Its money is the fund's own, not a company's round. Singular only ("le fonds", "ce fonds", "the fund"): "les fonds levés
 * serviront …" and "the funds will be used …" are the company's money from its round. A relative or a verb right after the noun
 * (or a name, "Le fonds Kima") keeps "fund" the head of the subject, not part of a longer noun ("the fund manager").
 */
const FUND_ANAPHOR_OPENING = /^(?:Le|Ce|The|This)\s+(?:(?:new|nouveau|latest|second|third|deuxième|troisième)\s+)?(?:fonds|fund)(?:\s*,|\s+(?:qui|which|a|has|had|is|was|est|sera|will|avait|a été|s[’']élève|totalise|raised|closed|réunit|lève))(?![\p{L}\p{N}])/u;
/**
 * The fund's investing verb: what it puts into companies, after the money it raised ("investira", "invests", "a soutenu"). Built
 * from the lexicon's investing stems and finite investing and backing verbs: a retyped list here missed "soutenu".
 */
const FUND_INVESTS = new RegExp(String.raw`(?<![\p{L}])${lexAlt([...LEX_INVESTING_STEMS, ...LEX_INVEST_VERBS_FR, ...LEX_BACKING_VERBS_EN, ...LEX_BACKING_VERBS_FR])}(?![\p{L}])`, 'iu');

/** A round named as such (not "funding" alone, which also describes grants and budgets). */
const ROUND_NOUN = /\b(?:(?:funding|financing|investment|first|seed|series [a-j]|latest|last|new|fresh|recent|the|a|its|that|this) rounds?|tour de table|levée de fonds)(?![\p{L}\p{N}])/iu;

/**
 * The company a valuation figure describes when no round figure is told with it: "Canva, a graphic design business which had a
 * § valuation", "valuing Acme at §", "Acme’s § valuation": the last name before the figure that is not the sentence's investor.
 */
function valuedCompany(masked: string, at: number): string | null {
  const possessor = POSSESSOR_BEFORE.exec(masked.slice(Math.max(0, at - 80), at));
  if (possessor && !isPlace(possessor.groups!.name!)) return possessor.groups!.name!;
  // The clause before the figure is enough (a bounded window keeps a sentence with many valuations linear).
  const from = Math.max(0, at - 200);
  const runs = findNameRuns(masked.slice(from, at)).map((r) => ({ ...r, end: r.end + from }));
  for (let k = runs.length - 1; k >= 0; k--) {
    const name = runs[k]!.text;
    const low = name.toLowerCase();
    // "increased more than 30% in …": a bare number is never the company.
    if (NOT_NAME_WORDS.has(low) || NOT_A_NAME_ALONE.has(low) || isPlace(name) || isNationality(name) || DATE_RUN.test(name) || /^(?:Series|Série)\b/.test(name) || /^[\p{N}\s.,%]+$/u.test(name)) continue;
    if (isInvestorHere(masked, name) || /^\s+(?:said|says|told|a déclaré|a indiqué)\b/.test(masked.slice(runs[k]!.end, runs[k]!.end + 20))) continue;
    return name;
  }
  return null;
}

/** A valuation stated as the company's current mark, right before the figure: "whose valuation has increased … to", "now valued at", "valorisée à". */
const VALUATION_NOW = /\b(?:valuation|valorisation)\s+(?:has|have|now|is|stands|a|atteint|est)\b[^§.;]{0,80}$|\b(?:now|currently|désormais|aujourd[’']hui)\s+(?:valued|valorisée?)\s+(?:at|à)\s+(?:(?:about|around|some|nearly|roughly|more than|over|plus de|près de|environ)\s+)?$/iu;

/** "in the past four months", "au cours des six derniers mois": a span up to now, not an earlier time. */
const RECENT_SPAN = /\b(?:in|over|during) the (?:past|last) (?:[\p{L}\d]+ )?(?:days?|weeks?|months?|years?|quarters?)(?![\p{L}])|\b(?:au cours|lors) des (?:[\p{L}\d]+ )?derni(?:ers|ères) (?:jours|semaines|mois|années|ans|trimestres)(?![\p{L}])/giu;

/** A pronoun or a definite descriptor as the subject of a valuation: "it is reportedly being valued at", "the app was valued at". */
const PRONOUN_VALUED = /(?:^|[^\p{L}])(?:it|the (?:company|startup|start-up|app|firm|business|platform|unicorn))\s+(?:is|was|has been|had been|is being|would be|will be)\s+(?:\p{Ll}+\s+){0,2}(?:valued|valuing)\s+(?:at\s+)?(?:(?:about|around|some|nearly|roughly|more than|over)\s+)?$/u;

/** Prepositions that open a sentence capitalised: never a name ("Along with new offers, the app Clubhouse is …"). */
const OPENING_PREPOSITION = /^(?:Along|Amid|Among|Despite|After|Before|With|Without|Following|Beyond|Besides|Unlike|Alongside|Through|During)$/;

/**
 * The antecedent of "it" a sentence or two before (same paragraph or the one before): the last name followed by a verb
 * ("the audio-only app Clubhouse is having a … round"; "partnered with Stripe to let" names an object, not a subject).
 */
function antecedentBefore(sentences: Sentence[], s: Sentence): string | null {
  for (let i = s.index - 1; i >= 0 && i >= s.index - 2; i--) {
    const p = sentences[i]!;
    if (s.paragraph - p.paragraph > 1) break;
    const runs = findNameRuns(p.text).filter((r) => {
      const low = r.text.toLowerCase();
      return !NOT_NAME_WORDS.has(low) && !NOT_A_NAME_ALONE.has(low) && !isPlace(r.text) && !DATE_RUN.test(r.text) && !OPENING_PREPOSITION.test(r.text)
        && /^\s+(?:is|was|has|had|are|were|\p{Ll}+ed|\p{Ll}+s)\b/u.test(p.text.slice(r.end, r.end + 20));
    });
    const last = runs[runs.length - 1];
    if (last) return last.text;
  }
  return null;
}

/** "…, respectively": figures listed in the order of the names before them. */
// "their respective $24 million and $41 million paydays", "leurs levées respectives de § et §": the adjective pairs the same way.
const RESPECTIVELY = /\b(?:respectively|respective|respectivement|respectives?|respectifs)\b/i;
/** Between two figures of one respective run: a comma, "and"/"et", or nothing but blanks. */
const RESPECTIVE_RUN_GAP = /^[\s,]*(?:and|et)?\s*$/;
/**
 * Two companies as the subject of one raise, each with its descriptors and an appositive after the second: "Challenger bank
 * Bunq and fashion retail disrupter Otrium, also based in Amsterdam, raised", "La fintech Alan et la start-up Qonto ont levé".
 * The verb comes right before the figure. Descriptor runs are lower-case words (bounded), names capitalised.
 */
const PAIR_NAME = '[\\p{Lu}][\\p{L}\\p{N}.&’\'-]*(?:\\s+[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&’\'-]*){0,2}';
const PAIR_RAISED = new RegExp(
  `^\\s*(?:\\p{Lu}\\p{Ll}+\\s+(?=\\p{Ll}))?(?:(?:la|le|l[’']|les)\\s*)?(?:[\\p{Ll}-]+\\s+){0,4}(?<a>${PAIR_NAME})\\s+(?:and|et)\\s+(?:(?:la|le|l[’']|les)\\s*)?(?:[\\p{Ll}-]+\\s+){0,4}(?<b>${PAIR_NAME})(?:,\\s+[^,§]{1,60},)?\\s+(?:have\\s+|ont\\s+)?(?:raised|secured|closed|bagged|landed|levé|lèvent|obtenu)\\s+(?:(?:more than|over|about|around|nearly|almost|plus de|près de|environ)\\s+)?$`,
  'u',
);
const JOINT_TOTAL = /\b(?:together|combined|jointly|joint|between them|in total|collectively|ensemble|au total|à eux deux|cumulé)(?![\p{L}\p{N}])/iu;

function pairSubjects(masked: string, figureStart: number): string[] | null {
  if (JOINT_TOTAL.test(masked)) return null;
  const m = PAIR_RAISED.exec(masked.slice(0, figureStart));
  const a = m?.groups?.a;
  const b = m?.groups?.b;
  if (!a || !b) return null;
  for (const n of [a, b]) if (isPlace(n) || isNationality(n) || NOT_NAME_WORDS.has(n.toLowerCase()) || NOT_A_NAME_ALONE.has(n.toLowerCase()) || DATE_RUN.test(n)) return null;
  return [a, b];
}

/** "A and B led with § each": a ranking's leaders, each with its own round of that size. */
const LED_WITH_EACH = /\b(?:led|topped the (?:list|chart|table)|headed the (?:list|chart|table)) with\s*$/iu;

/** Between a round figure and the next one, the next item's name then a comma: " and Nomanini, ", ", et Kuda, ". */
const ELLIPTICAL_NAME_GAP = /^\s*(?:\([^)]*\)\s*)?(?:,\s*)?(?:and|et|while|,)\s+(?<name>[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*){0,3}),\s*(?:(?:about|around|over|more than|nearly|plus de|près de|environ)\s+)?$/u;
/** Between a round figure and the next one, the next item named by its possessive: "… and Elasmogen’s " (an English shape). */
const POSSESSIVE_ITEM_GAP = /^[^§;]{0,160}?\s(?:and|as well as|while|plus)\s+(?<name>[\p{Lu}\p{N}][\p{L}\p{N}.&-]*(?:\s[\p{Lu}\p{N}][\p{L}\p{N}.&-]*){0,3})[’']s?\s*$/u;
/** Longer gaps are never one list item (and a bounded gap keeps the pattern's name scan short on glued text). */
const MAX_POSSESSIVE_GAP = 240;
/** What a possessed figure may be instead of a round: "Google’s § acquisition of …", "Acme’s § revenue". */
const NOT_A_ROUND_AFTER = new RegExp(String.raw`^\s*(?:\([^)]*\)\s*)?${lexAlt(LEX_NOT_A_ROUND_NOUNS)}\b`, 'i');
/** Between two figures of one company's rounds: " in March and ", " en mars et ", " in March, and a further ". */
const SAME_COMPANY_GAP = new RegExp(String.raw`^\s*(?:\([^)]*\)\s*)?(?:in|en|on|au|during)\s+(?:early\s+|late\s+|mid-|début\s+|fin\s+)?(?:${[...LEX_MONTHS_EN, ...LEX_MONTHS_FR].join('|')}|(?:19|20)\d\d|Q[1-4]|the (?:first|second|third|fourth) quarter|(?:last|this) year)(?:\s+(?:19|20)\d\d)?,?\s+(?:and|et)\s+(?:(?:another|a further|an additional|a second|then|encore|à nouveau)\s+)?$`, 'iu');
/** The same subject's next raise: "attracted § in Series D investment in 2020 and received § in bridge rounds". */
const SAME_SUBJECT_VERB_GAP = /^[^§,;.]{0,60}?\s(?:and|et)\s+(?:also\s+|then\s+|later\s+)?(?:received|raised|secured|attracted|closed|landed|bagged|obtained|a (?:levé|obtenu|reçu)|a ensuite levé)\s+(?:(?:an?|another|a further|une?)\s+)?$/iu;
/** A funding noun right after a figure, plural allowed: "§ in bridge rounds", "§ in new funding". */
const FUNDING_NOUN_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:in|en)\s+(?:[\p{L}-]+\s+){0,2}?(?:rounds?|funding|financing|investments?|tours? de table|levées?)(?![\p{L}\p{N}])/iu;
/** A list item's name after its figure: "§ dans le cas de CeQur", "de § dans celui d’ADC Therapeutics", "§ in the case of X". */
const CASE_OF_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:dans (?:le cas|celui) (?:de |d[’']\s*)|in the case of |in that of |for )(?<name>[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*){0,3})/u;
/** Rounds named before a list of figures: "Avec des rounds à §", "levées de §", "funding rounds of §". */
const ROUNDS_BEFORE_LIST = /\b(?:rounds|levées|tours de table|financements|opérations|investments|investissements)\b/iu;
/** An investor financing several companies: "Nous avons financé deux start-ups, Selfcity pour §, et Sensivic à hauteur de §". */
const FINANCED_VERB = /\b(?:(?:a|avons|ont|avait|avaient|avions|aura)\s+(?:déjà\s+|aussi\s+|également\s+)?(?:financé|investi dans|soutenu|accompagné)|(?:has|have|had)\s+(?:also\s+|already\s+)?(?:financed|funded|backed|invested in)|(?<![-\p{L}])(?:financed|funded|invested in))(?![\p{L}\p{N}])/iu;
/** A price, not an investment: "for § per month", "pour § par an". */
const PER_UNIT_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:per|par|a|an|\/)\s*(?:month|year|week|day|user|seat|head|mois|an|année|semaine|jour|utilisateur)\b/iu;
const FINANCED_ITEM_BEFORE = /(?:^|[\s,;:(])(?<name>[\p{Lu}][\p{L}\p{N}.&’'-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*){0,2})\s+(?:pour|à hauteur de|for|with)\s+(?:(?:un montant de|about|around|environ|près de|plus de)\s+)?$/u;

/**
 * Figures that continue a list begun by a round in the same sentence. Items named before or after their figure go into
 * `itemNames`; a figure of the same company's next round ("raised § in March and § in August") maps to the figure before.
 * One pass over the figures.
 */
function readListContinuations(figures: Figure[], masked: string, itemNames: Map<Figure, string>): Map<Figure, Figure> {
  const same = new Map<Figure, Figure>();
  const usable = (f: Figure) => f.kind === 'other' && !f.fund;
  // "SaaS platform Scalekit and brand Lucira led with § each": one round per name (coordinatedRaisers pairs them).
  for (const f of figures) if (usable(f) && /^\s*each\b/i.test(masked.slice(f.end, f.end + 12)) && LED_WITH_EACH.test(masked.slice(Math.max(0, f.start - 40), f.start))) f.kind = 'round';
  // "des rounds à § dans le cas de CeQur, de § dans celui d’ADC": a named item after each figure, two at least.
  const cases = figures.map((f) => CASE_OF_AFTER.exec(masked.slice(f.end, f.end + 80)));
  if (cases.filter(Boolean).length >= 2 && figures[0] && ROUNDS_BEFORE_LIST.test(masked.slice(0, figures[0].start))) {
    figures.forEach((f, k) => {
      const name = cases[k]?.groups!.name;
      if (!name || f.fund || f.kind === 'valuation' || f.kind === 'total-raised' || !isName(name)) return;
      f.kind = 'round';
      itemNames.set(f, name.replace(/[.’']+$/u, ''));
    });
  }
  // "Nous avons financé deux start-ups, Selfcity pour §, et Sensivic à hauteur de §": the investor's list of companies.
  const financed = FINANCED_VERB.exec(masked);
  if (financed) for (const f of figures) {
    if (!usable(f) || f.start < financed.index || PER_UNIT_AFTER.test(masked.slice(f.end, f.end + 30))) continue;
    const item = FINANCED_ITEM_BEFORE.exec(masked.slice(Math.max(financed.index, f.start - 60), f.start));
    const name = item?.groups!.name;
    if (!name || !isName(name)) continue;
    f.kind = 'round';
    itemNames.set(f, name);
  }
  // The figures read as the items of one "…, Name, §" run so far (see MAX_LIST_ITEMS).
  let run: Figure[] = [];
  for (let k = 1; k < figures.length; k++) {
    const prev = figures[k - 1]!;
    const f = figures[k]!;
    const gap = masked.slice(prev.end, f.start);
    const elliptical = prev.kind === 'round' && usable(f) ? ELLIPTICAL_NAME_GAP.exec(gap) : null;
    if (elliptical && isName(elliptical.groups!.name!)) {
      f.kind = 'round';
      itemNames.set(f, elliptical.groups!.name!);
      run.push(f);
      continue;
    }
    // The run ends here: a run too long for a sentence of prose is undone before anything is carried on from its last item.
    endListRun(run, itemNames);
    run = [];
    if (prev.kind !== 'round' || !usable(f)) continue;
    let possessive: RegExpExecArray | null = null;
    if (gap.length <= MAX_POSSESSIVE_GAP && (possessive = POSSESSIVE_ITEM_GAP.exec(gap)) && isName(possessive.groups!.name!) && !NOT_A_ROUND_AFTER.test(masked.slice(f.end, f.end + 40))) {
      // "MacRebur who raised § to develop … and Elasmogen’s § to develop …": the next item named by its possessive.
      f.kind = 'round';
      itemNames.set(f, possessive.groups!.name!);
    } else if (SAME_COMPANY_GAP.test(gap) || (SAME_SUBJECT_VERB_GAP.test(gap) && FUNDING_NOUN_AFTER.test(masked.slice(f.end, f.end + 60)))) {
      f.kind = 'round';
      same.set(f, prev);
    }
  }
  endListRun(run, itemNames);
  return same;
}


/** Undoes the continuations of a run longer than MAX_LIST_ITEMS (the run's first figure, read on its own, is not in `run`). */
function endListRun(run: Figure[], itemNames: Map<Figure, string>): void {
  if (run.length + 1 <= MAX_LIST_ITEMS) return;
  for (const f of run) {
    f.kind = 'other';
    itemNames.delete(f);
  }
}

/** At most this many amountless rounds and table rows per article: each is looked up among the deals (a news page holds far fewer). */
const MAX_AMOUNTLESS = 200;
const MAX_ROWS = 500;
/**
 * Words without which a sentence tells no amountless round (a prefilter). "funds", "undisclosed" and "the list" let
 * roundup entries through ("A and B also secured funds this week", "X spearheaded the list followed by A, B and C").
 */
const AMOUNTLESS_HINT = /invest|round|deals|raises|financ|funding|s[ée]rie|seed|tour de table|lev[ée]|startups|start-ups|companies|entreprises|sociétés|funds|fonds|capital|undisclosed|the list|la liste/i;

/**
 * Words without which a sentence holds no round, investor or valuation (a prefilter for speed). A figureless sentence of
 * participants may tell its part only by an idiom of contribution or by the deal's noun ("Newcomers A and B pitched in, too",
 * fiercebiotech 541; "chipped in", foundernews 278; "pitched in money", TechCrunch 411; "A et B complètent l'opération"): those
 * pass, so the binder (bindParticipants) can give the names to the round.
 */
const MAYBE_FUNDING = /led|lead|partici|invest|angel|souten|soutien|backe|join|round|series|seed|fund|financ|men[ée]|pilot|part|côtés|auprès|parmi|rejoint|undisclosed|montant|série|tour de table|levée|valu|valo|amorçage|the list|la liste|pitch(?:es|ed|ing)? in|chip(?:s|ped|ping)? in|opération|transaction/i;
const INVESTOR_LABEL = /^(?:investors?|backers|investisseurs|lead investors?)$/;
/** Link lines of other stories: their figures are not this article's deals. */
/**
 * A related story's label opening the line ("Read also: X lands §", "Voir aussi : Y lève §"): the headline after it is another
 * article's, read as no round of this page. The label's two word orders in English ("also read", "read also") and French
 * ("lire aussi", "voir aussi") are one closed class of link labels.
 */
const RELATED_LINE = /^(?:related|read more|see also|also read|read also|more from|recommended|lire aussi|à lire aussi|à lire également|voir aussi|sur le même sujet)(?![\p{L}\p{N}])/iu;

/** Sentences that pass the cheap MAYBE_FUNDING test between two pauses: each costs up to ~1 ms on a slow machine. */
const SENTENCES_PER_STEP = 5;
/** Characters read for money between two pauses (the money reader takes about 1 ms per 2,000 characters on a slow machine). */
export const MONEY_CHARS_PER_STEP = 8_000;
/** Sentences scanned for names between two pauses when the topic is looked for (a plain name scan is cheaper). */
const TOPIC_SENTENCES_PER_STEP = 40;

/** Read the funding facts of an article in one go: `readFundingSteps` drained. */
export function readFunding(text: ArticleText, options: FundingOptions = {}): FundingResult {
  const steps = readFundingSteps(text, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The funding reader as resumable work: it yields between units of work (after
 * the money pass, after every few funding sentences) so a caller on the page's
 * main thread can pause there and keep each of its tasks short. No clock here:
 * the caller decides whether a yield becomes an actual pause. The result is the
 * generator's return value, the same as `readFunding`'s.
 */
export function* readFundingSteps(text: ArticleText, options: FundingOptions = {}): Generator<void, FundingResult, void> {
  const article = indexArticle(text);
  const lang = options.lang ?? guessLang(article.text);
  // What '¥' and a bare '$' mean is weighed once on the whole page; each paragraph is then read on its own.
  const moneyContext: MoneyContext = { ...pageMoneyContext(article.text, lang, options.url ?? null), articleCurrency: null };
  yield;
  // A figure never crosses a paragraph break, so the money pass goes paragraph by paragraph with pauses
  // between: on a long, figure-dense article one pass over the whole text was the longest task of the page.
  const byParagraph: MoneyMatch[][] = [];
  let charsSinceYield = 0;
  for (const paragraph of text.paragraphs) {
    byParagraph.push(findMoney(paragraph, moneyContext));
    charsSinceYield += paragraph.length;
    if (charsSinceYield >= MONEY_CHARS_PER_STEP) {
      charsSinceYield = 0;
      yield;
    }
  }
  // "X lève 40,5 millions" takes the article's one currency, known only now: read those paragraphs again.
  const articleCurrency = articleCurrencyOf(byParagraph.flat());
  if (articleCurrency) {
    for (const [p, paragraph] of text.paragraphs.entries()) {
      if (!mayHoldBareRaise(paragraph)) continue;
      byParagraph[p] = findMoney(paragraph, { ...moneyContext, articleCurrency });
      charsSinceYield += paragraph.length;
      if (charsSinceYield >= MONEY_CHARS_PER_STEP) {
        charsSinceYield = 0;
        yield;
      }
    }
  }
  let matches: MoneyMatch[] = [];
  let rangeBase = 0;
  for (const [p, found] of byParagraph.entries()) {
    const at = article.paragraphStarts[p] ?? 0;
    let lastRange = 0;
    for (const m of found) {
      const shifted: MoneyMatch = { ...m, start: m.start + at, end: m.end + at };
      // Range ids are numbered per call: keep them unique across paragraphs.
      if (m.rangeId !== undefined) {
        shifted.rangeId = rangeBase + m.rangeId;
        lastRange = Math.max(lastRange, m.rangeId);
      }
      matches.push(shifted);
    }
    rangeBase += lastRange;
  }
  // "Wynd (72 millions d'euros), Payfit (70 millions)": a compared list's bare figures take its first figure's currency.
  const comparedRead = new Map<number, ComparedItem[]>();
  matches = comparedBareFigures(article.sentences, matches, comparedRead);
  yield;

  // Figures grouped by sentence (matches are sorted; one pass).
  const bySentence = new Map<number, MoneyMatch[]>();
  const sentenceOf: Array<Sentence | null> = [];
  for (const m of matches) {
    const s = sentenceAt(article.sentences, m.start);
    sentenceOf.push(s);
    if (!s) continue;
    const list = bySentence.get(s.index) ?? [];
    list.push(m);
    bySentence.set(s.index, list);
  }

  // Lines of a list of rounds ("Sep 13: Scalapay: $210 million" under "These raises include:"): one pass, before the sentences.
  const listLines = findListLines(article.sentences, (s) => {
    const ms = bySentence.get(s.index);
    return ms ? mask(s.text, ms, s.start) : null;
  });
  // Round 42: bulleted items under the writer's look-back over the year to date are the market's earlier raises (funding-sentences.ts).
  const contextItems = yearToDateContextItems(article.sentences);

  const headlineName = headlineCompany(options.title ?? null, lang);
  // A review's headline that tallies a place or a population ("§ in Funding for Ghanaian Startups") names no raiser (isTalliedScene);
  // a population ("Ghanaian Startups", not "China" of "Tech financing in China this week: SenseTime leads") is the raiser of
  // every figure the body gives none.
  const sceneHeadline = headlineName !== null && isTalliedScene(headlineName);
  const headline = sceneHeadline ? null : headlineName;
  const populationHeadline = sceneHeadline && headlineName !== null && !isPlace(headlineName);
  // A roundup of a period ("The top 5 … of 2020"): its entries dated inside the period are its news, not earlier rounds.
  // The title and first two paragraphs name it; a period told only in the opening sentence is looked for four paragraphs
  // in, because a scraped page may open on site residue and a headline with no review word.
  const period = reviewPeriodOf(options.title ?? null, text.paragraphs.slice(0, 2).join(' '), text.paragraphs.slice(0, 4).join(' '));
  const deals: Candidate[] = [];
  /** Investors read before any deal; `notTo`: a deal they were kept from (the round of their own past). */
  const pending: Array<{ role: 'lead' | 'participant'; names: string[]; notTo?: Candidate | null; profiled?: string[] | null }> = [];
  const kinds = new Map<MoneyMatch, MoneyKind>();
  /** Figures read as something other than a round (bounded: a demonstrative only looks back at a few). */
  const notRounds: Money[] = [];
  let current: Candidate | null = null;
  /** The first sentence naming a lead for a round when no deal was read yet. */
  let leadOnly: Sentence | null = null;
  /** The one investor the sentences just read named (antecedentAfter): who "it", "they", "the firm" of a lead verb stand for. */
  let backerBefore: Told | null = null;
  // A valuation told just before its round ("Darktrace, whose valuation has increased … to §. The firm said today it raised §").
  let valuationBefore: { name: string; money: Money; index: number; text: string } | null = null;

  let amountlessRead = 0;
  /** Paragraphs read for their topic (isListingParagraph), each once. */
  const listingParagraphs = new Map<number, boolean>();
  let sinceYield = 0;
  for (const s of article.sentences) {
    const ms = bySentence.get(s.index) ?? [];
    // "-----", "* * *", "___": a roundup's section rule ends the item; what follows never attaches to the deal read before it.
    if (SECTION_RULE.test(s.text)) {
      current = null;
      continue;
    }
    // Most sentences of most pages say nothing about funding: one cheap test skips them.
    if (ms.length === 0 && !MAYBE_FUNDING.test(s.text) && !RESUMED_LIST_OPENING.test(s.text)) continue;
    if (++sinceYield >= SENTENCES_PER_STEP) {
      sinceYield = 0;
      yield;
    }
    const masked = unquoteStage(unwedgeDate(mask(s.text, ms, s.start)));
    /** The deal read last before this sentence (this sentence's own figures may read another: "A (which raised § in 2019)"). */
    const currentBefore = current;
    const label = leadingLabel(s.text);
    const fundingLabel = !!label && FUNDING_LABEL.test(label.label);
    const investorSection = !!label && INVESTOR_LABEL.test(label.label);
    const relatedLine = RELATED_LINE.test(s.text);
    const relatedBlock = isRelatedParagraph(article.sentences, s);
    const related = relatedLine || relatedBlock;
    const loneRelated = relatedLine && !relatedBlock && !relatedLineNear(article.sentences, s);

    let unpublic: string | undefined;
    // Whether a public body stands in a backer's place: one test per sentence, not one per figure (a sentence of n figures
    // was rescanned n times).
    let publicBacker: boolean | undefined;
    const figures: Figure[] = ms.map((match) => {
      const start = match.start - s.start;
      const end = match.end - s.start;
      let reading = readFigure(masked, start, end, { fundingLabel, related, loneRelated });
      // A ministry or government among the backers ("with participation from the Ministry of Economy", "auprès du ministère des
      // Armées") still backs a round: read again with the public body's noun blanked out; a grant, a bond, a tax still say no.
      // Only in a backer's place (after from/by/with/and/auprès de/par/a list comma): "The government invested § in Air France"
      // or "Le gouvernement accorde un prêt de §" is the state's own money, no round.
      if (reading.kind === 'other' && !reading.fund && (publicBacker ??= PUBLIC_BODY_AS_BACKER.test(masked))) {
        const again = readFigure(unpublic ??= masked.replace(PUBLIC_BODY_ALL, blankWord), start, end, { fundingLabel, related, loneRelated });
        if (again.kind !== 'other') reading = again;
      }
      return { match, start, end, kind: reading.kind, verbAt: reading.verbAt, deal: null, fund: reading.fund, verbOnly: reading.verbOnly };
    });
    const itemNames = new Map<Figure, string>();
    // Raising verbs the figure reader does not know, and the headline "§ pour Kiplo" (see rereadSynonym, figureForName).
    if (figures.some((f) => f.kind === 'other' && !f.fund)) {
      const nearText = [article.sentences[s.index + 1], article.sentences[s.index + 2]].filter((x): x is Sentence => !!x && x.paragraph - s.paragraph <= 2).map((x) => x.text).join(' ');
      const roundNear = ROUND_WORDS_NEAR.test(masked) || ROUND_WORDS_NEAR.test(nearText);
      for (const f of figures) {
        if (f.kind !== 'other' || f.fund) continue;
        const { view, lo, vf } = viewOf(f, masked);
        const recipient = rereadSynonym(vf, view, roundNear, { fundingLabel, related, loneRelated });
        settleView(f, vf, lo);
        if (recipient) itemNames.set(f, recipient);
      }
      const first = figures[0]!;
      // "Des levées records. 408 M€ pour ContentSquare, 400 M€ pour Voodoo et 276 M€ pour Back Market": a list of two or more
      // "§ pour X" items reads its round words in the sentence before it too.
      const forList = figures.length >= 2 && figures.every((f, i) => figureForName(masked.slice(f.start)) !== null && (i === 0 || LIST_JOINT_BEFORE.test(masked.slice(figures[i - 1]!.end, f.start))));
      const roundNearList = roundNear || (forList && s.index > 0 && article.sentences[s.index - 1]!.paragraph === s.paragraph && ROUND_WORDS_NEAR.test(article.sentences[s.index - 1]!.text));
      // A list may follow its heading in the same sentence when the splitter kept them together ("… records. 408 M€ pour …");
      // so may a single entry after a colon ("Des levées records : 580 M€ pour Acme, 473 millions pour …", whose bare second
      // figure the money reader does not count).
      const listAfterStop = (forList || figures.length === 1) && LIST_OPENS_AFTER.test(masked.slice(0, first.start));
      const headline = first.kind === 'other' && !first.fund && !related && roundNearList ? figureForName(listAfterStop ? masked.slice(first.start) : masked) : null;
      if (headline && !masked.slice(0, first.start).includes('§') && !NOT_A_ROUND_AFTER.test(masked.slice(first.end))) {
        first.kind = 'round';
        itemNames.set(first, headline);
        // The list's later items are rounds of their own, each to the name after its "pour".
        if (forList) {
          for (const f of figures.slice(1)) {
            const item = figureForName(masked.slice(f.start));
            if (!item || f.kind !== 'other' || f.fund || NOT_A_ROUND_AFTER.test(masked.slice(f.end))) continue;
            f.kind = 'round';
            itemNames.set(f, item);
          }
        }
      }
      const colon = first.kind === 'other' && !first.fund && !related && roundNear ? NAME_COLON_FIGURE.exec(masked) : null;
      // Read again as "Acme raises § to …", so the figure reader's guards (a lawsuit, a fund, a grant) still apply.
      const asRaise = colon ? `${colon.groups!.name!} raises ` : '';
      if (colon && isName(colon.groups!.name!) && !isOpeningWord(colon.groups!.name!) && !FIELD_LABEL_NAME.test(colon.groups!.name!) && !SYNONYM_NOT_RAISE.test(masked)
        && readFigure(asRaise + masked.slice(first.start), asRaise.length, asRaise.length + first.end - first.start, { fundingLabel: false, related, loneRelated }).kind === 'round') {
        first.kind = 'round';
        itemNames.set(first, colon.groups!.name!);
      }
      const prior = s.index > 0 ? article.sentences[s.index - 1]!.text : '';
      for (const f of figures) {
        if (f.kind !== 'other' || f.fund) continue;
        // Each reading looks at a bounded window around its figure: a sentence of thousands of figures stays linear.
        const { view, lo, vf } = viewOf(f, masked);
        const named = rereadBacksWith(vf, view, { fundingLabel, related, loneRelated }) ?? roundForNameColon(vf, view);
        if (!named && vf.kind === 'other' && !related) rereadRoundNounFigure(vf, view, { fundingLabel, related, loneRelated });
        settleView(f, vf, lo);
        if (named) itemNames.set(f, named);
        const share = named || related ? null : shareOfTotal(vf, view, prior);
        if (share) {
          f.kind = 'round';
          f.shareOfTotal = true;
          itemNames.set(f, share);
          continue;
        }
        const yardstick = named || related ? null : yardstickCompany(vf, view);
        if (yardstick) {
          f.kind = 'round';
          f.yardstick = true;
          itemNames.set(f, yardstick);
        }
        const owner = named || related || yardstick ? null : ownedRoundCompany(vf, view);
        if (owner) {
          f.kind = 'round';
          itemNames.set(f, owner);
        }
      }
    }
    settleAcquisitionPrice(figures, masked, article.sentences, s);
    // Items of a list of rounds: a list line's figure, or "MyLight System (§), Mecaware (§)" in one sentence, is the named item's round.
    const line = listLines.get(s.index);
    // Not in a sentence of valuations or rivals ("values it below rivals like Stripe (§) and Revolut (§)", "loin derrière Qonto
    // (§)"): those are other companies' worth, not their rounds.
    const items = figures.length >= 2 && !VALUED_OR_RIVALS_LIST.test(masked) ? parenthesisedItems(masked) : null;
    for (const f of figures) {
      const name = line && f.start === line.at ? line.name : items?.get(f.start);
      if (!name || f.fund || f.kind === 'valuation' || f.kind === 'total-raised') continue;
      f.kind = 'round';
      itemNames.set(f, name);
    }
    // A review's highlights told with "with §" and no verb ("the notable fund raisings of 2018 included Revolut with §"): each
    // entry is its name's round (a place among them is dropped as a statistic by the company reader below).
    for (const [at, name] of reviewWithItems(masked)) {
      const f = figures.find((x) => x.start === at);
      if (!f || f.fund || f.kind === 'valuation' || f.kind === 'total-raised' || itemNames.has(f)) continue;
      f.kind = 'round';
      itemNames.set(f, name);
    }
    // Other companies' rounds cited for comparison ("après celles de Parrot (§ en 2015) et OVH (§)"): each its company's past round.
    if (figures.length >= 2) {
      for (const item of comparedRead.get(s.index) ?? comparedItems(masked)) {
        const f = figures.find((x) => x.start === item.start);
        if (!f || f.fund) continue;
        f.kind = 'round';
        f.yardstick = true;
        itemNames.set(f, item.name);
      }
    }
    // "The biggest investment … reached § and went to file transfer platform WeTransfer", "§ came from a round of funding to X, and
    // § to a deal with Y": a figure whose recipient is named in a sentence about investments is that company's round.
    if (figures.length > 0 && RECIPIENT_CONTEXT.test(masked)) readRecipients(figures, masked, itemNames);
    // "Elle a déjà réalisé deux levées de fonds. La première de § a été réalisée …": an ordinal standing for a counted round.
    if (figures.length > 0 && figures[0]!.kind === 'other' && !figures[0]!.fund && ORDINAL_OPENING.test(masked.slice(0, figures[0]!.start))) {
      for (let i = s.index - 1; i >= 0 && i >= s.index - 2; i--) {
        if (!COUNTED_ROUNDS.test(article.sentences[i]!.text)) continue;
        figures[0]!.kind = 'round';
        break;
      }
    }
    // In a sentence about funds, a bare "raised $N" with no round word is a fund too: "Accel announced a $575M fund, and Atomico raised $765M",
    // "It last raised A$261 million in 2018 and has a total of A$1.3 billion in committed capital".
    if (figures.some((f) => f.fund) || FUND_SENTENCE.test(masked)) for (const f of figures) if (f.kind === 'round' && f.verbOnly) f.kind = 'other';
    // "Le fonds, qui a déjà réuni §, investira …": the fund named before is the subject; its money is no round, unless the sentence
    // tells its part in one ("Le fonds a mené la levée de §").
    // Only the figures before the fund's investing verb: "The fund has invested § in Acme" is Acme's round.
    if (FUND_ANAPHOR_OPENING.test(masked) && !FUND_IN_ROUND.test(masked)) {
      const invests = masked.search(FUND_INVESTS);
      for (const f of figures) if (f.kind === 'round' && (invests < 0 || f.start < invests)) f.kind = 'other';
    }
    // "raise Rs3,000-4,000 crore": a range is one figure, so one round; its upper bound stands for it (a restated single figure merges with it).
    for (let k = 1; k < figures.length; k++) {
      const low = figures[k - 1]!;
      const high = figures[k]!;
      if (low.match.rangeId === undefined || low.match.rangeId !== high.match.rangeId || low.kind !== 'round') continue;
      high.kind = 'round';
      high.verbAt = low.verbAt;
      high.verbOnly = low.verbOnly;
      low.kind = 'other';
    }
    const rounds = findRounds(s.text);
    /** The round stages the sentence names ("Series B"), for the readers that tie a figureless sentence to a deal by its stage. */
    const roundNames = rounds.map((r) => r.round);
    // Later items of a list whose first item is a round: "Lulalend landing § and Nomanini, §", "raised § in March and § in August",
    // "des rounds à § dans le cas de CeQur, de § dans celui d’ADC", "Nous avons financé Selfcity pour §, et Sensivic à hauteur de §".
    const sameCompanyAs = readListContinuations(figures, masked, itemNames);

    // Rounds: one candidate per figure, merged with an earlier mention of the same deal.
    // "raised $24 million, $22 million and $9.6 million, respectively": figures listed after a round figure are rounds too.
    if (RESPECTIVELY.test(masked)) {
      for (let k = 1; k < figures.length; k++) {
        const prev = figures[k - 1]!;
        const f = figures[k]!;
        if (prev.kind === 'round' && f.kind === 'other' && RESPECTIVE_RUN_GAP.test(masked.slice(prev.end, f.start))) f.kind = 'round';
      }
      // Round 40: and back to the run's head, which the reader may not take for a round alone when the run shares one unit and
      // one participle written after its last figure ("avec respectivement § et § levés", the first § a bare "12" of "12 et 10
      // millions d'euros": 443 and 704, mind Health's quarterly barometers); the figures of one respective run are of one kind.
      for (let k = figures.length - 2; k >= 0; k--) {
        const f = figures[k]!;
        const next = figures[k + 1]!;
        if (next.kind === 'round' && f.kind === 'other' && RESPECTIVE_RUN_GAP.test(masked.slice(f.end, next.start))) f.kind = 'round';
      }
    }
    // "a $40 million Series C for Shipfast, a $12 million deal for Loadly, and $5 million for Trakr": each item of a list
    // that opens with a round is a round of the company it names.
    promoteListItems(figures, masked);
    // "“This $100 million investment will bring …”" after "committed to providing $100 million" to a fund: a demonstrative
    // restating a figure already read as something else is that same thing, not a new round.
    for (const f of figures) {
      if (f.kind !== 'round' || f.verbAt !== null || itemNames.has(f) || !DEMONSTRATIVE_BEFORE.test(masked.slice(Math.max(0, f.start - 12), f.start))) continue;
      const m = toMoney(f.match, s.text, f.start);
      if (notRounds.some((x) => sameAmount(x, m))) f.kind = 'other';
    }
    // "2,8 Md€ levés par les start-ups IT", "§ raised by startups in the first half": a total of many raisers or a period.
    for (const f of figures) if (f.kind === 'round' && (isPostposedTotal(masked, f.end) || isToDateTotal(masked, f.end))) f.kind = 'other';
    // "Introduite le 3 mars, Kiplo a levé §" in a paragraph about listings, no private round named: listing money (isListingParagraph).
    if (figures.some((f) => f.kind === 'round') && !PRIVATE_ROUND_NOUN.test(masked)) {
      let listing = listingParagraphs.get(s.paragraph);
      if (listing === undefined) listingParagraphs.set(s.paragraph, listing = isListingParagraph(text.paragraphs[s.paragraph] ?? ''));
      if (listing) for (const f of figures) if (f.kind === 'round') f.kind = 'other';
    }
    const roundFigures = figures.filter((f) => f.kind === 'round');
    // "- FlapKap: The Egypt-born fintech secured … §": the line's label is its first round's company.
    const lineCompany = roundFigures.length > 0 ? labelCompany(masked) : null;
    // Several raisers of one sentence (funding-sentences.ts coordinatedRaisers): the k-th subject of "A and B raised § and §
    // respectively", every subject of "A et B ont chacune levé §", every member listed after a threshold ("Quinze d'entre elles
    // ont levé plus de §, dont A, B"). Only figures the figure reader took for rounds.
    const coordinated = roundFigures.length >= 1 ? coordinatedRaisers(masked, figures) : new Map<number, string[]>();
    let respective: string[] | null = null;
    let each: string[] | null = null;
    let eachFigure: Figure | null = null;
    if (coordinated.size > 0) {
      respective = roundFigures.map((f) => {
        const names = coordinated.get(figures.indexOf(f));
        return names && names.length === 1 ? names[0]! : '';
      });
      if (respective.every((n) => n === '')) respective = null;
    }
    // Names and figures paired in order when the reader saw no coordinated subjects: "Among Asian cities, A followed B with §,
    // while C secured §, D with § and E with §, respectively" pairs places, which the company reader then drops as statistics.
    if (!respective && roundFigures.length >= 2 && RESPECTIVELY.test(masked)) {
      const names = namesIn(masked.slice(0, roundFigures[0]!.start));
      if (names.length >= roundFigures.length) respective = names.slice(names.length - roundFigures.length);
    }
    if (coordinated.size > 0) {
      for (const f of roundFigures) {
        const names = coordinated.get(figures.indexOf(f));
        if (names && names.length >= 2) {
          each = names;
          eachFigure = f;
          break;
        }
      }
    }
    // "Challenger bank Bunq and fashion retail disrupter Otrium, also based in Amsterdam, raised more than §": two subjects of
    // one raise, each with its own round of that size (never "together", "combined", "in total").
    if (roundFigures.length === 1 && !each) {
      each = pairSubjects(masked, roundFigures[0]!.start);
      eachFigure = roundFigures[0]!;
    }
    roundFigures.forEach((f, k) => {
      // In a list of rounds the previous item ("§ Series D for Paylane, ") is not this figure's clause.
      const prevFigure = roundFigures[k - 1];
      // "Après une première levée de § en 2021, Kiplo lève §": the main clause starts after the fronted clause's comma.
      const frontedEnd = prevFigure ? afterFrontedEarlierRound(masked, prevFigure.start, prevFigure.end, f.start) : null;
      const clauseStart = frontedEnd ?? (prevFigure ? prevFigure.end + (forItem(masked.slice(prevFigure.end, f.start))?.end ?? 0) : 0);
      const clauseEnd = k + 1 < roundFigures.length ? roundFigures[k + 1]!.start : s.text.length;
      const afterToComma = masked.slice(f.end, clauseEnd).split(/,\s/)[0]!;
      const cueText = masked.slice(clauseStart, f.start) + afterToComma;
      const named = itemNames.get(f) ?? sameCompanyAs.get(f)?.deal?.company ?? (respective?.[k] || undefined) ?? (f === eachFigure ? each?.[0] : undefined) ?? (k === 0 ? lineCompany : null) ?? (roundFigures.length > 1 || f.verbAt === null ? forItemNotPlace(masked.slice(f.end)) : undefined);
      let company = named ? { name: named, explicit: true, topic: false, past: false, statistic: isPlace(named) || isPopulationName(named) } : companyNotPlace(s, masked, f, label?.rest ?? 0, article.sentences, current, headline);
      // The names that share a distributed figure are bound to that figure: another figure of the sentence, told of nobody in its
      // own clause ("A, B and C raised more than § each, but … with § in Series C cash"), does not fall back to one of them.
      if (each && eachFigure && f !== eachFigure && !named && company.name !== null && each.some((n) => sameEntity(n, company.name!))) company = { name: null, explicit: false, topic: false, past: false, statistic: false };
      // A place that raised ("Ho Chi Minh secured §", "Jakarta followed Singapore with § in funding") is a statistic, not a round;
      // a raise told of nobody ("For example, a startup raising §") is an explainer's example.
      if (company.statistic || (!named && genericRaiser(masked.slice(clauseStart, f.start), masked.slice(f.end, clauseEnd)))) {
        f.kind = 'other';
        return;
      }
      const candidate: Candidate = {
        company: company.name,
        companyExplicit: company.explicit,
        companyFromTopic: company.topic,
        // A continuation's own round follows it ("… and received § in bridge rounds"); the one before is the previous item's.
        // An owned entry ("la série B de la startup Kiplo (§)") names its own round, or none: never the next entry's (deals.ts).
        round: ownedRoundOr(masked.slice(clauseStart, f.start), () => nearestRound(rounds, f.start, f.end, sameCompanyAs.has(f) ? f.start : clauseStart, clauseEnd, masked)),
        // The status reader (deal-status.ts) reads the clause's time, a list entry's month, a yardstick, the outlet's own scoop.
        ...readFigureStatus({ sentence: masked, before: masked.slice(clauseStart, f.start), cueText, listItem: itemNames.has(f), companyPast: company.past === true, yardstick: f.yardstick === true, shareOfTotal: f.shareOfTotal === true, roundsInSentence: roundFigures.length }, period),
        // Round 39: a related story's headline (deals.ts relatedHeadlineRaise) is another article's round: context, past.
        ...(related ? { status: 'past' as const, monthDated: false, related: true } : {}),
        // Round 42: an item under "Since the beginning of the year we've seen the following raises:" is context, past; a page that
        // reviews a period (period) keeps its entries as its news.
        ...(period === null && contextItems.has(s.index) ? { status: 'past' as const, monthDated: false } : {}),
        amount: toMoney(f.match, s.text, f.start),
        valuation: null,
        leads: [],
        investors: [],
        date: datePhrase(masked.slice(clauseStart, clauseEnd)),
        evidence: [s.text],
        first: s.index,
        last: s.index,
      };
      // "• Acme — § seed (Sequoia, Accel)": a list line's closing parenthesis names its backers.
      if (line && itemNames.has(f)) {
        const backers = LINE_BACKERS.exec(masked.slice(f.end));
        if (backers) candidate.investors.push(...namesIn(backers.groups!.names!).filter((n) => !isPlace(n)));
      }
      // "in July we saw Culture Amp raise §, Go1 secure § and Skedulo raise §", "comme celle de Kiplo (§ auprès de X), de Velmora (§)":
      // the list's later items share the first one's time (LIST_JOIN, PAREN_LIST_JOIN).
      if (candidate.status === 'announced' && prevFigure?.deal?.status === 'past' && frontedEnd === null) {
        const gap = masked.slice(prevFigure.end, f.start);
        if ((LIST_JOIN.test(gap) || PAREN_LIST_JOIN.test(gap)) && !NOW_CUE.test(gap + afterToComma)) candidate.status = 'past';
      }
      // Items of one list never merge with each other, even when two raised the same sum.
      if (itemNames.has(f)) candidate.shared = true;
      f.deal = addCandidate(deals, candidate);
      // Another company's round told as a yardstick is no subject of what follows ("… OVH (§). N26 is valued at §" is not OVH's).
      if (!f.yardstick) current = f.deal;
      // The company's valuation told in one of the two sentences before, with no round yet to hold it: this new round's.
      const vb = valuationBefore;
      // "The firm said today it raised §": an anaphor with no company read yet points back to that valued company.
      const anaphor = !f.deal.company && COMPANY_ANAPHOR.test(masked.slice(clauseStart, f.start));
      if (vb && s.index - vb.index <= 2 && f.deal.status === 'announced' && !f.deal.valuation && (anaphor || (f.deal.company && sameEntity(f.deal.company, vb.name)))) {
        if (anaphor) {
          f.deal.company = vb.name;
          f.deal.companyFromTopic = false;
        }
        f.deal.valuation = vb.money;
        if (!f.deal.evidence.includes(vb.text)) f.deal.evidence.unshift(vb.text);
        valuationBefore = null;
      }
      // The other names of "A et B qui ont chacun levé §" get a deal of their own, with the same figure.
      if (each && f === eachFigure) for (const name of each) {
        if (sameEntity(name, candidate.company ?? '')) continue;
        candidate.shared = true;
        deals.push({ ...candidate, company: name, companyExplicit: true, leads: [], investors: [], evidence: [s.text] });
      }
    });

    // A sentence that restates a deal's amount ("en rassemblant 23,5 millions d'euros") is about that deal: its lists follow.
    if (roundFigures.length === 0) {
      for (const f of figures) {
        if (f.kind !== 'other' || !f.match) continue;
        const m = toMoney(f.match, s.text, f.start);
        const same = deals.find((d) => d.amount && sameAmount(d.amount, m));
        if (same) {
          current = same;
          same.last = Math.max(same.last, s.index);
        }
      }
    }

    // Deals without a figure: "has raised an undisclosed amount from X", "both A and B received undisclosed amounts", "an
    // undisclosed investment in X" (amountless-rounds.ts readWithheldRound reads the company of the withheld amount).
    // A clause of its own after the sentence's figures ("A and B got § each, while both C and D received undisclosed amounts")
    // is read too: the withheld amount's verb and subject come after every round figure of the sentence.
    const lastFigureEnd = roundFigures.reduce((e, f) => Math.max(e, f.end), -1);
    if (roundFigures.length === 0 || /\b(?:undisclosed|unspecified|non (?:divulgu|communiqu|dévoil))/iu.test(masked.slice(lastFigureEnd))) {
      const u = readWithheldRound(masked);
      if (u && u.at > lastFigureEnd) {
        for (const name of u.companies) {
          if (deals.some((d) => d.company && sameEntity(d.company, name) && d.amount && d.last === s.index)) continue;
          const candidate: Candidate = {
            company: name, companyExplicit: true, round: nearestRound(rounds, u.at, u.end, 0, s.text.length),
            status: readPastContext(masked, period) ? 'past' : 'announced', amount: null, valuation: null, leads: [], investors: [],
            date: datePhrase(masked), evidence: [s.text], first: s.index, last: s.index,
          };
          current = addCandidate(deals, candidate);
          roundFigures.push({ match: null as unknown as MoneyMatch, start: u.at, end: u.end, kind: 'round', verbAt: null, deal: current });
        }
      }
    }

    // Rounds told without a figure: "Blackbird has invested in two companies, Canva and Ninja Blocks", "Acme closed its Series B led by Y".
    if (roundFigures.length === 0 && !related && amountlessRead < MAX_AMOUNTLESS && AMOUNTLESS_HINT.test(masked)) {
      const next = article.sentences[s.index + 1];
      for (const r of findAmountlessRounds(masked, next ? next.text : null)) {
        // Bounded: each reading looks the company up among the deals read so far.
        if (++amountlessRead > MAX_AMOUNTLESS) break;
        const status: Deal['status'] = r.past || readPastContext(masked, period) ? 'past' : 'announced';
        // The company's round already read ("Klarna raised $1bn …"): the investor joins it, no second deal.
        const known = deals.find((d) => d.company && sameEntity(d.company, r.company) && (status === 'announced' || d.status === 'past'));
        let target: Candidate;
        if (known) {
          target = known;
          touch(known, s);
        } else {
          target = {
            company: r.company, companyExplicit: true, shared: true, amountless: true,
            round: r.namesRound ? nearestRound(rounds, r.at, r.at, r.at, s.text.length) : null,
            status, amount: null, valuation: null, leads: [], investors: [], date: datePhrase(masked),
            evidence: r.usedNext && next ? [s.text, next.text] : [s.text], first: s.index, last: r.usedNext && next ? next.index : s.index,
          };
          deals.push(target);
        }
        if (r.investor) addInvestors(target, r.role, [r.investor]);
        current = target;
        roundFigures.push({ match: null as unknown as MoneyMatch, start: r.at, end: r.at, kind: 'round', verbAt: null, deal: target });
      }
    }

    // "A fast-growing startup is Darktrace, whose valuation has increased … to §." with the round in the next sentence: kept for
    // a round of that company read next; a past mark ("was valued at § in 2019") is never carried.
    if (roundFigures.length === 0) for (const f of figures) {
      if ((f.kind !== 'other' && f.kind !== 'valuation') || !f.match || !VALUATION_NOW.test(masked.slice(Math.max(0, f.start - 120), f.start))) continue;
      if (f.kind === 'valuation' && current && s.index - current.last <= 2) continue;
      const name = valuedCompany(masked, f.start);
      if (name && !readPastContext(masked.replace(RECENT_SPAN, ' '), period)) valuationBefore = { name, money: toMoney(f.match, s.text, f.start), index: s.index, text: s.text };
    }

    // Valuations belong to the round told with them, or to the deal just read.
    let roundNoun: boolean | undefined;
    for (const f of figures) {
      if (f.kind !== 'valuation') continue;
      let target: Candidate | null = nearestDeal(roundFigures, f.start) ?? (current && (s.index - current.last <= 2 || laterValuationOf(current, s.index, masked, f.start, period)) ? current : null);
      const v = toMoney(f.match, s.text, f.start);
      // "Canva, a graphic design business which had a § valuation in a funding round in June": a round told by its valuation alone.
      if (!target && (roundNoun ??= ROUND_NOUN.test(masked))) {
        // "it is reportedly being valued at § in a fresh round led by …": the pronoun's antecedent, a sentence or two before.
        const name = valuedCompany(masked, f.start) ?? (PRONOUN_VALUED.test(masked.slice(Math.max(0, f.start - 80), f.start)) ? antecedentBefore(article.sentences, s) : null);
        // The company's round already read ("Rapido was valued at § in the series E round"): the valuation is that round's.
        const round = nearestRound(rounds, f.start, f.end, 0, s.text.length);
        const own = name ? deals.filter((d) => d.company && sameEntity(d.company, name)) : [];
        const known = own.find((d) => round !== null && d.round === round) ?? own.find((d) => d.status === 'announced') ?? own[own.length - 1];
        if (known) {
          if (!known.valuation) known.valuation = v;
          touch(known, s);
          continue;
        }
        if (name) {
          target = addCandidate(deals, {
            company: name, companyExplicit: true, round,
            status: readPastContext(masked, period) ? 'past' : 'announced', amount: null, valuation: null, leads: [], investors: [],
            date: datePhrase(masked), evidence: [s.text], first: s.index, last: s.index,
          });
          current = target;
        }
      }
      if (!target) {
        // "A fast-growing startup is Darktrace, whose valuation has increased … to §." and the round in the next sentence: kept
        // for a round of that company read next; a past mark ("was valued at § in 2019") is never carried.
        f.kind = 'other';
        continue;
      }
      if (!target.valuation || (sameMoney(target.valuation, v) && ((!target.valuation.qualifier && v.qualifier) || v.text.length > target.valuation.text.length))) target.valuation = v;
      touch(target, s);
    }

    // A round named without a figure ("The Series B funding round, which brings the total…, was led by").
    if (roundFigures.length === 0 && rounds.length > 0 && current && (s.index - current.last <= 4 || (s.index - current.last <= 10 && ROUND_LED_OPENING.test(s.text))) && /\b(?:round|series|série|seed|led|menée|financing|funding)\b/i.test(s.text)) {
      const c: Candidate = current;
      // Only a definite mention names the deal's round ("The Series B funding round, which…"); "nine were Series A" counts other deals.
      const r0 = rounds[0]!;
      const definite = /(?:^|[^\p{L}])(?:the|this|its|their|la|le|cette|ce|sa|son|l[’'])\s*(?:[\p{L}-]+\s+)?$/iu.test(s.text.slice(Math.max(0, r0.start - 20), r0.start));
      if (definite && !c.round && !rounds.some((r) => deals.some((d) => d !== c && d.round === r.round && !preferParagraphDeal(d, c, article.sentences, s)))) c.round = r0.round;
    }

    // Investors.
    // List cues without a round word ("such as", "came from", "à savoir") count only next to a deal: this sentence or the two before.
    // OWNED_ROUND_NEAR (round 41): a sentence that names a read deal's company as its round's owner ("Other co-investors in Deep
    // Robotics' Series C funding round included A, B", 1116 SCMP) says itself which deal it tells, however far from it: it is
    // near that deal. Another company's round ("Velmora's seed round", no deal of Velmora read) is near none (ownerDeal: null).
    const nearDeal = roundFigures.length > 0 || (!!current && s.index - current.last <= 2)
      || (figures.length === 0 && !!ownerDeal(deals, masked, roundNames, [], headline));
    // SOLE_ROUND_LED (round 41): with one deal read, the announced one, a figureless sentence that tells the lead of "the round"
    // (LED_THE_ROUND: "world-class investors like Temasek leading the round", 727 Living Carbon's blog) has no other round to mean:
    // its leads are read as near that deal. Only its leads: the sentence vouches for the round's lead, not for every name it lists
    // ("des investisseurs étrangers comme Amit Jhawar, qui menait le tour de table sous la casquette Accel Partners", 710
    // Presse-citron: the partner who led for the firm is no participant).
    const soleRoundLed = !nearDeal && figures.length === 0 && deals.length === 1 && current?.status === 'announced' && LED_THE_ROUND.test(masked);
    // "… with participation from Index, Accel" / "and Seedcamp.": a list the scrape cut at a paragraph's end reads on into the next.
    const nextSentence = article.sentences[s.index + 1];
    const listRead = nextSentence && nextSentence.paragraph !== s.paragraph && continuesInvestorList(s.text, nextSentence.text)
      ? `${masked} ${mask(nextSentence.text, bySentence.get(nextSentence.index) ?? [], nextSentence.start)}`
      : masked;
    const mentions = findInvestorMentions(listRead, { investorSection, continuation: !!current, nearDeal });
    if (soleRoundLed) for (const m of findInvestorMentions(listRead, { investorSection, continuation: !!current, nearDeal: true })) if (m.role === 'lead' && !mentions.some((k) => k.role === 'lead' && k.at === m.at)) mentions.push(m);
    // "Temasek participated in …. Also, they led a series funding round for Eigen": the lead stands for the investor just named.
    const antecedent = backerNear(backerBefore, s);
    if (antecedent) for (const a of anaphoricLeadsAt(masked)) mentions.push({ role: 'lead', names: [antecedent], at: a.at, attach: a.attach });
    backerBefore = antecedentAfter(backerBefore, mentions, s);
    let backref: RegExpExecArray | false | undefined;
    // Sentence-level tests, once per sentence and not once per mention (thousands of mentions made them quadratic).
    const fundProfile = mentions.length > 0 && FUND_PROFILE_OPENING.test(s.text) && !FUND_IN_ROUND.test(s.text);
    let profileOf: ProfileSentence | undefined;
    for (const mention of mentions) {
      let target: Candidate | null = null;
      let notTo: Candidate | null = null;
      const before = roundFigures.filter((f) => f.start <= mention.at);
      const after = roundFigures.filter((f) => f.start > mention.at);
      // "The round was led by Bond, the firm that recently backed Halter as it raised §": the figure after the lead is the
      // round of the investor's past, told in a clause about it; the lead is the deal's read before, not that one's.
      const pastOfInvestor = mention.attach === 'prev' && before.length === 0 && !!after[0] && INVESTOR_PAST_CLAUSE.test(masked.slice(mention.at, after[0].start));
      if (pastOfInvestor) {
        // The clause itself says the investor backed that round: a participant of it ("led" in the clause: its lead).
        notTo = after[0]!.deal;
        const verb = INVESTOR_PAST_CLAUSE.exec(masked.slice(mention.at, after[0]!.start))!;
        // Only a single name: in a list ("on retrouve Headline, qui avait mené la précédente levée de §, Sistafund, …") the clause is one item's.
        if (notTo && mention.names.length === 1) addInvestors(notTo, /\b(?:co-led|led|mené|co-mené)$/iu.test(verb[0]) ? 'lead' : 'participant', mention.names);
      }
      if (roundFigures.length > 0 && !pastOfInvestor) {
        const pick = mention.attach === 'prev' ? before[before.length - 1] ?? after[0] : mention.attach === 'next' ? after[0] ?? before[before.length - 1] : after[0];
        if (!pick) continue;
        target = pick?.deal ?? null;
      } else if (pastOfInvestor) {
        // The deal read just before this sentence, if it is near; otherwise the main deal at the end (never the past one).
        target = [...deals].reverse().find((d) => d !== notTo && d.last < s.index && s.index - d.last <= 2) ?? null;
      } else if (mention.attach === 'next-only') {
        continue;
      } else if (fundProfile) {
        // "British Growth Fund is a § initiative … backed by five banks: Barclays, HSBC": a fund's own backers, no startup's.
        continue;
      } else if (sourceOfOtherMoney(figures, masked, mention.at, deals, s.text)) {
        // "Alitheia IDF has closed $10M from Open Society Foundations to lend to …": the source of money that is no round
        // (a fund's, a loan programme's) backs none of the deals read.
        continue;
      } else if (current && (backref ??= PLURAL_BACKREF.exec(masked) ?? false)) {
        // "Ces deux tours de table ont été menés par Tencent", "Both rounds were led by X": as many deals as it counts, the last read.
        for (const d of dealsCounted(deals, current, backrefCount(backref as RegExpExecArray))) {
          addInvestors(d, mention.role, mention.names);
          touch(d, s);
        }
        continue;
      } else {
        target = [...deals].reverse().find((d) => d.round !== null && roundNames.includes(d.round)) ?? current;
        // PARAGRAPH_DEAL_OVER_NAMED_ROUND: in a roundup, "Charm Therapeutics launched with §. … F-Prime Capital and OrbiMed co-led the
        // Series A round" (639 MedCity News), "Pento raised 230 million DKK. Their series D round was co-led by …" (1039 StartupAarhus):
        // the round named is the paragraph's own deal's, whose stage its figure's sentence left unsaid, not another company's deal of the
        // same stage told in another paragraph.
        if (target && current && preferParagraphDeal(target, current, article.sentences, s)) target = current;
        // "Acme raised § in a Series B. It had raised § in 2020. The round was led by Sequoia": "the round" is the news, not the
        // earlier round told in between.
        // Also a figureless sentence that adds participants to "the round" anywhere in it ("Existing backers A and B also
        // contributed to the round"), or that tells the lead of "the round" (LED_THE_ROUND): the round of the news, never a
        // past one the sentence does not name.
        if (target && target === current && target.status === 'past' && roundNames.length === 0 && (NEWS_ROUND_SUBJECT.test(s.text) || (figures.length === 0 && mention.role === 'participant' && ADDED_TO_ROUND.test(masked)) || (figures.length === 0 && mention.role === 'lead' && LED_THE_ROUND.test(masked)))) {
          const past = target;
          target = [...deals].reverse().find((d) => d.status === 'announced' && s.index - d.last <= 4 && (!past.company || !d.company || sameEntity(d.company, past.company))) ?? target;
        }
        // "Velmora’s seed round also saw participation from A": a round told as a named company's is that company's; with no deal
        // of that company read (a roundup's other item), its participants go nowhere.
        const owned = figures.length === 0 ? ownerDeal(deals, masked, roundNames, mention.names, headline) : undefined;
        if (owned === null) continue;
        if (owned) target = owned;
      }
      // "Pureos acted as lead investor for Memo Therapeutics", "X now leads Memo's Series A": the company named right after
      // the cue has its own deal, which may not be the one just read.
      const namedAfter = mention.attach !== 'next-only' ? dealNamedAfterCue(deals, masked, mention.at, mention.names) : null;
      if (namedAfter) target = namedAfter;
      // Backers told in a profile of another company, in a sentence of its own, are not this deal's.
      const profiled = roundFigures.length === 0 && !pastOfInvestor && !namedAfter ? profiledNames(profileOf ??= profileSentence(masked), mention.at, mention.names) : null;
      if (profilesAnother(profiled, target)) continue;
      // "…is an extension of the start-up’s Series A funding round, which was led by IFC": the lead of another, earlier round of
      // the same company, named just before the cue; that round is a past deal of its own.
      if (target && target.round && target.company && mention.attach !== 'next') {
        const other = earlierRoundBefore(rounds, masked, mention.at);
        if (other && other !== target.round) {
          const company = target.company;
          target = deals.find((d) => d.company && sameEntity(d.company, company) && d.round === other) ?? addCandidate(deals, {
            company, companyExplicit: true, amountless: true, round: other, status: 'past', amount: null, valuation: null,
            leads: [], investors: [], date: null, evidence: [s.text], first: s.index, last: s.index,
          });
        }
      }
      // OTHER_RAISER_UNREAD: "Tiki was reportedly set to raise § in March from investors led by Northstar Group" (655 VietnamPlus,
      // 981 VietnamNet), "Anhui Yixi … received § in its Angel+ round financing, led by Zhongjing Investment" (285 36Kr), "CVRx closed §
      // in fourth-round financing, with J&J serving as the lead investor" (1000 OneMedPlace): the sentence's figure is another
      // company's raise that was not read as a deal (its figure is no round here), and the raiser is named as the funding verb's
      // subject. Its investors are that company's, never the deal read before, which is someone else's: they go to no deal.
      if (target && mention.role === 'lead' && roundFigures.length === 0 && !pastOfInvestor && target.company && figures.some((f) => f.kind === 'other') && otherRaiserNamed(masked, target.company)) continue;
      if (!target) {
        // "Le fonds Partech Africa clôture à §. Le financement compte l’apport de 40 investisseurs parmi lesquels la BEI": a fund's
        // backers, read before any deal, are no company's investors.
        if (aboutFundClose(article.sentences, s)) continue;
        pending.push({ role: mention.role, names: mention.names, notTo, profiled });
        // "The New York Times Company is leading the round of more than two dozen investors": a round told by its lead alone.
        if (mention.role === 'lead' && !leadOnly && ROUND_NOUN.test(masked)) leadOnly = s;
        continue;
      }
      addInvestors(target, mention.role, mention.names);
      touch(target, s);
    }

    // "The round was led by a number of founders. They included A, B and C": the names join the deal the sentence before told.
    resumedList(deals, masked, { sentences: article.sentences, s, before: currentBefore });
    // The binder: a sentence with no figure that refers to a round gives the participants it names to that round's deal.
    if (figures.length === 0) {
      const seen = mentions.flatMap((m) => m.names);
      bindParticipants(deals, masked, { current, rounds: roundNames, index: s.index, pending, fundClose: () => aboutFundClose(article.sentences, s), seen, headline });
    }

    for (const f of figures) if (f.match) {
      kinds.set(f.match, f.kind);
      if (f.kind !== 'round' && notRounds.length < 200) notRounds.push(toMoney(f.match, s.text, f.start));
    }
  }

  // A round told first without its figure ("Acme closed its Series B led by Y") is the same company's round told with one.
  mergeAmountless(deals);
  // Verbless rows of a table or a ranked list ("EnerzaiEdge AI500 millionSeries AKODIT"): a deal each, merged with the same round told in a sentence.
  mergeRows(deals, findDealRows(text.paragraphs, (p) => byParagraph[p] ?? [], moneyContext).slice(0, MAX_ROWS), article.sentences);

  // No figure anywhere, but a lead for "the round": one deal without an amount, of the headline's company or the article's topic,
  // so its investors are kept. Only when nothing else was read (a later figure would be that round).
  if (deals.length === 0 && leadOnly) {
    const ls: Sentence = leadOnly;
    const maskedLead = mask(ls.text, bySentence.get(ls.index) ?? [], ls.start);
    deals.push({
      company: headline, companyExplicit: false, companyFromTopic: true, round: findRounds(ls.text)[0]?.round ?? null,
      status: readPastContext(maskedLead, period) ? 'past' : 'announced', amount: null, valuation: null, leads: [], investors: [],
      date: datePhrase(maskedLead), evidence: [ls.text], first: ls.index, last: ls.index,
    });
  }
  // The headline's figure for a round the body tells without one ("Metacafe gets $30M more" over "The round was led by …").
  if (options.title) applyHeadlineRaise(deals, options.title, lang, headline, article.sentences, notRounds);
  mergeTeaserLines(deals, article.sentences);
  // Investors read before any deal (a standfirst) belong to the main deal.
  settleMonthDatedRounds(deals, sameCompanyName, { title: options.title ?? undefined, lead: article.sentences[0]?.text });
  // A lower stage of the same company than the page's round with a figure is its history (deal-status.ts).
  settleEarlierStages(deals, sameCompanyName);
  // Round 42: one backer's ticket into a company whose larger round the page tells is a part of that round (ticketOfReadRound);
  // its backer is one of that round's.
  dropCandidates(deals, (d) => {
    const round = ticketOfReadRound(d, deals);
    if (round) addInvestors(round, 'participant', [...d.leads, ...d.investors].filter((n) => !round.leads.some((l) => sameEntity(l, n))));
    return round !== null;
  });
  // Under a headline that tallies a population, a figure whose sentence names no raiser ("the all-time high funding of § in 2022",
  // "with only § raised") is the scene's own statistic: no topic is looked for.
  if (populationHeadline) dropCandidates(deals, (d) => d.companyFromTopic === true && !d.company);
  const ordered = orderDeals(deals);
  const main = ordered[0];
  // Round 39: a related story's round (Candidate.related) is another article's: the page's waiting backers are never its own.
  if (main && !main.related) for (const p of pending) if (p.notTo !== main && !profilesAnother(p.profiled ?? null, main)) addInvestors(main, p.role, p.names);
  // The headline's investors ("Paylane raises $40M led by Ribbit Capital") belong to the main deal when the body names no lead.
  // When the headline names its company, they go to that company's deal, never to another one ("Google and Amazon back
  // CTRL-labs" on a page whose first deal is SenseTime's).
  const headlineDeal = headlineDealOf(ordered, headline, options.title ?? '') ?? (headline ? null : main);
  if (headlineDeal && headlineDeal.status === 'announced' && options.title) {
    for (const m of headlineInvestors(options.title, lang)) if (m.role === 'participant' || headlineDeal.leads.length === 0) addInvestors(headlineDeal, m.role, m.names);
  }

  // Deals whose company is the article's topic: its most named entity that is not one of its investors.
  if (deals.some((d) => d.companyFromTopic && !d.company)) {
    const investorNames = deals.flatMap((d) => [...d.leads, ...d.investors]);
    // The headline's company, unless the article gives it as an investor ("Accel backs …" is read as its object anyway).
    // A page that tells its own round in the first person ("we raised § for our Series A") is the publisher's: the name of the
    // page's own site, read off its address, before the most named entity (which may be an investor the post thanks).
    // Not a first person that backs the round ("we led the § Series A of X"): the publisher is then an investor.
    // A "we" inside quotation marks is a person the article quotes ("“We raised § for our seed,” the founder told TechCrunch"),
    // not the page speaking: the news site is never the raiser (review of round 27, F2).
    const firstPerson = deals.some((d) => d.companyFromTopic && !d.company && FIRST_PERSON_WORD.test(unquoted(d.evidence[0] ?? '')) && !BACKER_VERB.test(d.evidence[0] ?? ''));
    const publisher = firstPerson ? publisherName(options.url ?? null, article.sentences, investorNames) : null;
    const topic = (headline && !investorNames.some((n) => sameEntity(n, headline)) ? headline : null) ?? publisher ?? (yield* topicEntity(article.sentences, investorNames, bySentence));
    for (const d of deals) if (d.companyFromTopic && !d.company) d.company = topic;
  }

  const numbered = issueNumberedNames(article.text);
  const raised: Deal[] = ordered.map((c) => ({
    company: c.company && withoutNamePrefixes(expandAcronym(c.company, article.text)),
    round: c.round,
    status: c.status,
    amount: c.amount,
    valuation: c.valuation,
    leadInvestors: c.leads.filter((n) => isBacker(n, c.company) && !numbered.has(n)),
    investors: c.investors.filter((n) => isBacker(n, c.company) && !numbered.has(n)),
    date: c.date,
    evidence: c.evidence,
  }));
  const result = raised.filter((d) => !(d.company && FUND_NAMED_RAISER.test(d.company)));
  // A fund's figures are then other money, not a round the card lists under no deal.
  const fundFigures = raised.filter((d) => !result.includes(d)).flatMap((d) => [d.amount, d.valuation]).filter((m): m is Money => m !== null);
  const investors = mergeInvestors(result);

  const money: MoneyMention[] = matches.map((m, i) => {
    const s = sentenceOf[i] ?? null;
    const sentenceText = s ? s.text : m.text;
    const at = s ? m.start - s.start : 0;
    const read = kinds.get(m) ?? 'other';
    const kind = read !== 'other' && fundFigures.some((f) => f.text === m.text && f.value === m.value && f.currency === m.currency) ? 'other' : read;
    const restated = kind === 'other' && m.rangeId === undefined ? roundRestatedBy(result, sentenceText, at, at + m.text.length, m) : null;
    if (restated && !restated.evidence.includes(sentenceText)) restated.evidence.push(sentenceText);
    return { ...toMoney(m, sentenceText, at), kind: restated ? 'round' : kind, sentence: sentenceText };
  });
  return { deals: result, investors, money };
}

/**
 * Round 38 (extras): a raiser whose name ends on the word "Fund" or "Funds", or opens on "Fonds", is a fund: its money is a
 * fund's close or target ("Merah Putih Fund is … slated to raise around §", a state fund on e27's copy), a fund's own
 * investments ("The Northern Powerhouse Investment Fund … celebrates backing £100m of investment") or a grant-maker's commitment
 * ("AVF has committed § in funding to this cohort", the acronym expanded to "African Visionary Fund"), never a company's round.
 * Read on the final name, after acronyms are expanded. A whole word only: "PeopleFund" (a Korean fintech) is a company.
 */
const FUND_NAMED_RAISER = /(?:^|\s)(?:Fund|Funds)$|^Fonds\s/u;

/**
 * The round told again (review of session 22, product R3): "Acme has raised §" in a headline or a later paragraph, with the
 * same amount and currency as Acme's deal, is that round's own amount, not other money. Read: the subject right before a raising
 * verb is the deal's company (its name, or "the startup", "la société" standing for it), past an auxiliary or an adverb; then
 * only an article or an approximation ("about", "près de") before the figure. Not read: a threshold ("more than", "at least",
 * "over", "up to", "plus de", "jusqu'à": no filler allows them), a figure each ("each", "apiece", "chacun"), a range (rangeId),
 * a plural subject ("six startups securing § each": the noun must be singular) and another company's name as the subject.
 */
const RESTATED_VERB = lexAlt([...LEX_RAISE_CORE_VERBS, ...LEX_RAISE_PARTICIPLES_EN, ...LEX_RAISE_SYNONYMS_EN, ...LEX_RECEIVE_SYNONYMS_EN, ...LEX_RECEIVE_SYNONYMS_FR, ...LEX_HEADLINE_VERBS_EN, ...LEX_HEADLINE_VERBS_FR, 'secures?', 'securing', 'closes', 'nabs', 'nabbed', 'a levé', 'avoir levé', 'vient de lever', 'a (?:obtenu|récolté|bouclé|réuni|sécurisé|collecté)']);
/** The verb and what may stand between it and the figure: an article, a demonstrative or an approximation, never a threshold. */
const RESTATED_TAIL = new RegExp(String.raw`\s+${RESTATED_VERB}(?:\s+(?:a|an|another|une?|ces|these|this|about|around|nearly|almost|roughly|some|close to|près de|environ|quelque|fresh|new|avec succès|successfully))*\s*$`, 'iu');
/** Auxiliaries and adverbs between the subject and the verb ("Acme has now raised", "Acme a annoncé avoir levé"). */
const RESTATED_AUX = /(?:\s+(?:has|had|have|is|was|just|now|also|recently|successfully|finally|today|a|a annoncé|annonce|vient de|(?:announced|says|said) it (?:has|had)))*[,\s]*$/iu;
/** An apposition closing the subject ("Acme, a Lyon maker of sensors,"): the name stands before it. */
const RESTATED_APPOSITION = /,\s+(?:an?|the|une?|la|le|l[’'])\s*[^,]{1,90},?$/iu;
/**
 * A singular description standing for the company: "the Lyon-based startup", "la jeune pousse", or with no article at the sentence's
 * opening ("Seattle startup just landed §"); a plural is other firms, "another startup" or "une autre" another one.
 */
const RESTATED_DESCRIPTION = /(?:^|\s(?:the|this|la|cette|le)\s+)(?!(?:another|other|one|une autre|autre)\b)(?:[\p{L}-]+\s+){0,3}?(?:startup|start-up|company|firm|business|société|entreprise|jeune pousse|pépite)$/iu;
/** A figure each, per period, or a range's first bound right after the figure: not the round's amount. */
const RESTATED_EACH = /^\s*(?:each|apiece|chacune?|per\b|par\b|a\s+(?:year|month)|(?:-|–|to|and|à|et)\s*[\p{N}$€£])/iu;

/** Characters read on each side of a restated figure: a name, an apposition (≤ 90), auxiliaries, the verb and its filler. */
const RESTATED_WINDOW = 320;

/** The deal whose amount this "other" figure restates, with its company (or a description of it) as the raising verb's subject. */
function roundRestatedBy(deals: Deal[], sentence: string, start: number, end: number, m: Money): Deal | null {
  // Cheapest test first: most figures equal no deal's amount, and the patterns below are anchored at the figure's end only.
  const same = deals.filter((d) => d.amount && d.amount.value === m.value && d.amount.currency === m.currency);
  if (same.length !== 1) return null;
  if (RESTATED_EACH.test(sentence.slice(end, end + RESTATED_WINDOW))) return null;
  // Subject, auxiliaries, verb and filler fit in a window before the figure. Reading the whole sentence before every figure
  // made a sentence of many figures quadratic (tests/unit/big-pages: 100,000 figures never finished). A cut window opens on a
  // sentinel so that the patterns' sentence-opening branches ("^Seattle startup …") cannot take the cut for an opening.
  const from = Math.max(0, start - RESTATED_WINDOW);
  const before = (from > 0 ? '\u0001' : '') + sentence.slice(from, start);
  const tail = RESTATED_TAIL.exec(before);
  if (!tail) return null;
  const subject = before.slice(0, tail.index).replace(RESTATED_AUX, '').replace(RESTATED_APPOSITION, '');
  const deal = same[0]!;
  if (RESTATED_DESCRIPTION.test(subject)) return deal;
  const name = deal.company;
  return name && new RegExp(String.raw`(?:^|[\s(“"'])${escapeRegExp(name)}$`, 'u').test(subject) ? deal : null;
}

/**
 * One item of a list of rounds, right after its figure: "Series C for Shipfast", "deal for Loadly", "for Trakr",
 * "round into Kashio". The name may be a lower-case or stylised brand.
 */
const FOR_ITEM_PREFIX = /^\s*(?:\([^)]*\)\s*)?(?:(?:[\p{L}-]+\s+){0,3}?(?:round|deal|investment|raise|funding|financing|injection|infusion|cheque|check|tranche|[Ss]eries [A-J]\+?|[Ss]eed|[Ss]érie [A-J]|levée|tour de table|opération)\s+)?(?:for|into|pour|in)\s+/u;
const FOR_ITEM = new RegExp(FOR_ITEM_PREFIX.source + String.raw`(?<name>(?:[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*|\p{Ll}+[\p{Lu}\p{N}.][\p{L}\p{N}.]*)(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*){0,3})`, 'u');

/**
 * The item's name, past a place that only describes it: "§ round in Seattle spa and salon software startup Zenoti" is Zenoti's,
 * "§ round for Berlin-based fintech Tide" Tide's; "§ round in Seattle" alone stays the place (a statistic).
 */
function forItemNotPlace(after: string): string | undefined {
  const item = forItem(after);
  if (!item || !(isPlace(item.name) || /-based$/iu.test(item.name))) return item?.name;
  const described = PLACE_THEN_COMPANY.exec(after.slice(item.end, item.end + 120))?.groups?.name;
  const name = described?.replace(/[.’']+$/u, '');
  if (name && !isPlace(name) && !NOT_NAME_WORDS.has(name.toLowerCase()) && !NOT_A_NAME_ALONE.has(name.toLowerCase())) return name;
  return item.name;
}

function forItem(after: string): { name: string; end: number } | null {
  // The name at the end of a descriptor ("round for the Berlin-based logistics startup Acme", "investment in a customer
  // feedback platform mSurvey"); else the name right after the preposition.
  const prefix = FOR_ITEM_PREFIX.exec(after);
  const described = prefix ? nameAfterDescriptor(after.slice(prefix[0].length)) : null;
  if (described) return { name: described.name, end: prefix![0].length + described.end };
  const m = FOR_ITEM.exec(after);
  if (!m) return null;
  // "round in WM Motor’s rival Nio": a possessor describes the company named after it (left to the object reader).
  if (/[’']s$/u.test(m.groups!.name!)) return null;
  const name = m.groups!.name!.replace(/[.’']+$/u, '');
  if (NOT_NAME_WORDS.has(name.toLowerCase()) || NOT_A_NAME_ALONE.has(name.toLowerCase()) || /^(?:Series|Série)\b|^\p{N}+$/u.test(name) || DATE_RUN.test(name)) return null;
  return { name, end: m[0].length };
}

/** What may sit between two items of a list of rounds: ", a", ", and", " and another", " et une". */
const LIST_GAP = /^\s*(?:,\s*)?(?:(?:and|et|plus|as well as|while|ainsi que)\s+)?(?:(?:an?|another|one|une?)\s+)?$/i;

/** Words of a sentence about investments: without one, money that "went to" a name is a payment, a prize or a fee. */
const RECIPIENT_CONTEXT = /\b(?:investments?|rounds?|funding|financing|venture|deals?|raises?|levées?|financements?|investissements?|tours? de table)\b/iu;
/** "§ came from a round of funding to X", "§ provenaient d'un tour de table de X": the round's company follows. */
const CAME_FROM_ROUND_TO = /^\s*(?:came|comes|come|provenaient|provient)\s+(?:from|d[’']|de)\s*(?:an?|the|une?|la|le)?\s*(?:[\p{L}-]+\s+){0,3}?(?:round|deal|investment|raise|tour de table|levée|financement)(?:\s+(?:of|de)\s+(?:funding|financing|fonds|financement))?\s+(?:to|into|for|with|de|d[’']|pour)\s*/iu;
/** "and § to a deal with Y", "et § à Y": a later item of the same list, its verb left out. */
const ELLIPTICAL_TO = /^\s*(?:to|à)\s+(?:(?:a|an|the|une?|la|le)\s+(?:deal|round|raise|levée|tour de table)\s+(?:with|for|of|de|avec|pour)\s+)?/iu;
/** "and went to", ", went to": a coordinated verb after the figure. */
const AND_BEFORE_VERB = /^\s*(?:,\s*)?(?:and|et)\s+(?=(?:went|goes|go|going|gone)\s)|^\s*,\s*(?=(?:went|goes|going|gone)\s)/iu;

/**
 * "C’est un financement reçu par Wave Mobile qui a capté …, avec une transaction de §", "the funding received by Acme, §": the
 * round's company named by the agent of "received by"; the sentence's one figure is its amount.
 */
const ROUND_RECEIVED_BY = /\b(?:financement|investissement|levée de fonds|tour de table|funding|investment|round)\s+(?:reçue?|obtenue?|received|secured|raised)\s+(?:par|by)\s+(?=[\p{Lu}])/iu;

/** A number opening a recipient's run with no letter glued to it: a count ("1,810 deals"), never a name ("1Password"). */
const COUNT_NOT_NAME = /^\p{N}[\p{N},.]*(?![\p{L}\p{N},.])/u;

function readRecipients(figures: Figure[], masked: string, itemNames: Map<Figure, string>): void {
  const by = ROUND_RECEIVED_BY.exec(masked);
  const free = figures.filter((f) => f.kind === 'other' && !f.fund && !itemNames.has(f));
  if (by && free.length === 1 && free[0]!.start > by.index) {
    const run = findNameRuns(masked.slice(by.index + by[0].length))[0];
    if (run && run.start === 0 && !isPlace(run.text) && !NOT_NAME_WORDS.has(run.text.toLowerCase()) && !NOT_A_NAME_ALONE.has(run.text.toLowerCase()) && !DATE_RUN.test(run.text)) {
      free[0]!.kind = 'round';
      itemNames.set(free[0]!, run.text);
      return;
    }
  }
  let listed = false;
  for (const f of figures) {
    if (f.kind !== 'other' || f.fund || itemNames.has(f)) continue;
    let after = masked.slice(f.end, f.end + 200);
    const and = AND_BEFORE_VERB.exec(after);
    if (and) after = after.slice(and[0].length);
    const came = CAME_FROM_ROUND_TO.exec(after);
    const elliptical = !came && listed ? ELLIPTICAL_TO.exec(after) : null;
    let name: string | null = null;
    if (came || elliptical) name = recipientAfter(' went to ' + after.slice((came ?? elliptical)![0].length));
    else if (and || figures.length === 1 || /^\s*(?:went|goes|going|gone)\s/iu.test(after)) name = recipientAfter(after);
    // "saw § go to 1,810 deals": a count is no recipient ("1Password", "3M" are names: a letter right after the digits).
    if (!name || /^(?:Series|Série)\b/u.test(name) || DATE_RUN.test(name) || COUNT_NOT_NAME.test(name)) continue;
    f.kind = 'round';
    itemNames.set(f, name);
    listed = true;
  }
}

/** Figures that continue a list opened by a round figure with a "for X" item are rounds too. */
function promoteListItems(figures: Figure[], masked: string): void {
  for (let k = 1; k < figures.length; k++) {
    const prev = figures[k - 1]!;
    const f = figures[k]!;
    if (prev.kind !== 'round' || f.kind !== 'other' || f.fund) continue;
    const prevItem = forItem(masked.slice(prev.end, f.start));
    if (!prevItem) continue;
    const item = forItem(masked.slice(f.end));
    if (!item || !LIST_GAP.test(masked.slice(prev.end + prevItem.end, f.start))) continue;
    f.kind = 'round';
  }
}

/**
 * A roundup line opening on its company as a label: "- FlapKap: The Egypt-born fintech secured the largest deal, raising §",
 * "• Alan : l’assurtech a levé §", "3. Fido: Based in Ghana, the fintech topped …". The label names the line's first round, whatever
 * descriptor ("the fintech", "another Egyptian fintech") the sentence then uses. A capitalised run of at most three words.
 */
const NAME_LABEL = /^\s{0,3}(?:(?:\d{1,2}[.)]|[•·▪‣◦*–—-])\s*)?(?<name>[\p{Lu}][\p{L}\p{N}.&’'-]*(?:\s[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*){0,2})\s?:\s+(?=\S)/u;

function labelCompany(masked: string): string | null {
  const m = NAME_LABEL.exec(masked);
  if (!m) return null;
  const name = m.groups!.name!;
  // Only when the sentence then calls the company by a descriptor ("The Egypt-born fintech", "Another Egyptian fintech, Paymob,"):
  // "Plus: US startup Headway raises §" names its own subject, and "Plus" is a newsletter's connector.
  if (!LABELLED_BODY_OPENING.test(masked.slice(m[0].length))) return null;
  if (!isName(name) || isOpeningWord(name) || FIELD_LABEL_NAME.test(name) || INVESTOR_LABEL.test(name.toLowerCase()) || ROUND_TOLD.test(name) || NOT_A_LABEL_NAME.test(name)) return null;
  return name;
}
const LABELLED_BODY_OPENING = /^(?:(?:The|This|That|Another|Its|It|Based|Founded|Headquartered|A|An|Le|La|Les|L[’']|Cette|Ce|Cet|Une?|Basée?|Fondée?|Elle|Sa|Son)(?![\p{L}\p{N}])|\p{Ll})/u;
/** Labels that are headings or captions, not companies: "Top Deals:", "Photo:", "Why It Matters:", "Update:", "Source:". */
const NOT_A_LABEL_NAME = /\b(?:deals?|top|news|photo|image|credit|source|update|note|editor|why|what|how|key|highlights?|summary|bottom|verdict|lire|voir|à lire|pourquoi|quoi|ce qu|read|see|also|more|related|breaking|exclusive|exclusif|exclusivité|confidentiel|en bref|brèves?|opinion|analysis|market|markets|week|month|today|daily|weekly|newsletter)\b/iu;

/** Money as the contract wants it; a qualifier the money finder left out is read from the words before. */
function toMoney(m: MoneyMatch, sentence: string, startInSentence: number): Money {
  let qualifier = m.qualifier;
  if (!qualifier) {
    const before = sentence.slice(Math.max(0, startInSentence - 25), startInSentence);
    if (/\b(?:exceeding|more than|over|above|topping|surpassing|in excess of|north of|plus de|upwards of)\s*$/i.test(before)) qualifier = 'more-than';
    else if (/\b(?:about|around|roughly|approximately|nearly|almost|some|environ|près de)\s*$/i.test(before)) qualifier = 'about';
    else if (/\b(?:up to|jusqu[’']à)\s*$/i.test(before)) qualifier = 'up-to';
  }
  return { value: m.value, currency: m.currency, text: m.text, qualifier, equivalent: m.equivalent };
}

/**
 * A round phrase right before the next figure's "of/de": "Wizz boucle §, dix-huit mois après une levée d’amorçage de §",
 * "raised §, two years after a seed round of §": it names that next figure's round, not this one's.
 */
const ROUND_OF_NEXT = /^\s*(?:(?:funding|financing|investment|de financement|de fonds)\s+)?(?:rounds?\s+)?(?:of|de|d[’']|worth|totalling|totaling|à hauteur de)\s*$/iu;

/**
 * The round of a figure told as an owned entry: its own noun's round ("la série B de Kiplo (§)": Series B; "le tour de table de
 * Kiplo (§)": none), never the next entry's; `otherwise` (the nearest round noun) when the figure is no owned entry.
 */
function ownedRoundOr(before: string, otherwise: () => string | null): string | null {
  const entry = ownedRoundEntry(before);
  return entry ? entry.round : otherwise();
}

function nearestRound(rounds: ReturnType<typeof findRounds>, start: number, end: number, clauseStart: number, clauseEnd: number, masked?: string): string | null {
  let best: { round: string; d: number } | null = null;
  for (const r of rounds) {
    if (r.start < clauseStart || r.end > clauseEnd) continue;
    if (masked !== undefined && r.start >= end && clauseEnd < masked.length && ROUND_OF_NEXT.test(masked.slice(r.end, clauseEnd))) continue;
    const d = r.start >= end ? r.start - end : start - r.end;
    if (!best || d < best.d) best = { round: r.round, d };
  }
  return best?.round ?? null;
}

function nearestDeal(roundFigures: Figure[], at: number): Candidate | null {
  const before = roundFigures.filter((f) => f.start < at);
  return (before[before.length - 1] ?? roundFigures[0])?.deal ?? null;
}

function touch(c: Candidate, s: Sentence): void {
  if (!c.evidence.includes(s.text)) c.evidence.push(s.text);
  c.last = Math.max(c.last, s.index);
}

function addInvestors(c: Candidate, role: 'lead' | 'participant', names: string[]): void {
  const list = role === 'lead' ? c.leads : c.investors;
  for (const n of names) {
    if (c.company && sameEntity(n, c.company)) continue;
    if (!list.some((x) => sameEntity(x, n))) list.push(n);
  }
}

/**
 * Rows of a deal table join the deals read from sentences: one deal per company and amount. A row and a sentence telling the
 * same round merge, keeping the sentence's evidence first; the row's company wins over a deal read from the row's own text
 * ("000Highspot") or from a sentence that names the row's company next to the same figure ("Zenoti ($50 million round)").
 */
function mergeRows(deals: Candidate[], rows: DealRow[], sentences: Sentence[]): void {
  if (rows.length === 0) return;
  // Each paragraph's first sentence is the row's evidence (a row paragraph is one line).
  const firstSentence = new Map<number, Sentence>();
  for (const s of sentences) if (!firstSentence.has(s.paragraph)) firstSentence.set(s.paragraph, s);
  // Deals indexed by amount and by name so each row looks at a few deals, not all of them (a long table stays linear).
  const byAmount = new Map<string, Candidate[]>();
  const byName = new Map<string, Candidate[]>();
  const removed = new Set<Candidate>();
  const put = (map: Map<string, Candidate[]>, key: string, d: Candidate) => {
    const list = map.get(key);
    if (list) list.push(d);
    else map.set(key, [d]);
  };
  const index = (d: Candidate) => {
    if (d.amount) for (const key of amountKeys(d.amount, 0)) put(byAmount, key, d);
    if (d.company) put(byName, nameBucket(d.company), d);
  };
  for (const d of deals) index(d);
  for (const row of rows) {
    const s = firstSentence.get(row.paragraph);
    if (!s) continue;
    const amount: Money | null = row.amount ? { ...row.amount, qualifier: null, equivalent: null } : null;
    const fromRow = (d: Candidate) => sentences[d.first]?.paragraph === row.paragraph;
    const near = new Set<Candidate>();
    if (amount) for (const spread of [-1, 0, 1]) for (const key of amountKeys(amount, spread)) for (const d of byAmount.get(key) ?? []) near.add(d);
    else for (const d of byName.get(nameBucket(row.company)) ?? []) near.add(d);
    const same = [...near].filter((d) => !removed.has(d) && (amount
      ? !!d.amount && sameAmount(d.amount, amount) && (!d.company || sameEntity(d.company, row.company) || fromRow(d) || d.evidence.some((e) => e.includes(row.company)))
      : !!d.company && sameEntity(d.company, row.company) && d.status === 'announced')).sort((a, b) => a.first - b.first);
    const target = same[0];
    if (!target) {
      const added: Candidate = {
        company: row.company, companyExplicit: true, shared: true, round: row.round, status: 'announced', amount, valuation: null,
        leads: [], investors: [...row.investors], date: null, evidence: [s.text], first: s.index, last: s.index,
      };
      deals.push(added);
      index(added);
      continue;
    }
    // Other deals of the same company and amount (one read from the row's text, one from the intro's list) are this one.
    for (const other of same.slice(1)) {
      for (const e of other.evidence) if (!target.evidence.includes(e)) target.evidence.push(e);
      addInvestors(target, 'lead', other.leads);
      addInvestors(target, 'participant', other.investors);
      target.round ??= other.round;
      target.valuation ??= other.valuation;
      removed.add(other);
    }
    if (!target.company || !sameEntity(target.company, row.company)) {
      target.company = row.company;
      put(byName, nameBucket(row.company), target);
    }
    target.companyExplicit = true;
    target.round ??= row.round;
    if (!target.amount && amount) {
      target.amount = amount;
      for (const key of amountKeys(amount, 0)) put(byAmount, key, target);
    }
    addInvestors(target, 'participant', row.investors);
    touch(target, s);
  }
  if (removed.size > 0) dropCandidates(deals, (d) => removed.has(d));
}

/**
 * Round 42 (issue 1): an investor's ticket told in a sentence of its own, "X invests § in Company", when the page tells a larger
 * round of that company with the same status: the ticket is a part of the round, not a second deal. "Investissement Québec (IQ)
 * investit près de 8 M$ dans Stradigi AI" and "Au Fonds de solidarité FTQ, qui investit 19,2 M$ dans Stradigi AI dans cette ronde"
 * beside "une ronde de 53 M$ menée par le Fonds de solidarité FTQ et Investissement Québec" (1162, Le Journal de Montréal); the
 * same shape inside one sentence is deals.ts ticketOfSizedRound (1135 Mercia, 1139 TheBusinessDesk, 809 Business Standard), and
 * "GM will also invest $1.1 billion into Cruise" beside SoftBank's $2.25 billion (245, Fortune) is the parent's part of one deal.
 * The subject is a backer (an investing verb right before the figure, the company right after "in"/"dans"); a company's own raise
 * ("Acme raised § …") is never read here, and a ticket with no larger round of its company beside it stays the deal. Returns the
 * round the ticket is a part of.
 */
const TICKET_VERB = String.raw`(?:invest(?:s|ed)|(?:has|have|had|will|also)\s+invest(?:ed)?|inject(?:s|ed)|(?:has|have)\s+injected|put(?:s)?|${lexAlt(LEX_INVEST_VERBS_FR)})`;
function ticketOfReadRound(d: Candidate, deals: readonly Candidate[]): Candidate | null {
  const amount = d.amount;
  if (!amount || !d.company || d.amountless || d.round) return null;
  const larger = deals.find((e) => e !== d && e.amount && e.company && e.status === d.status && e.amount.currency === amount.currency && e.amount.value > amount.value * 1.05 && sameCompanyName(e.company, d.company!)) ?? null;
  if (!larger) return null;
  const ticket = new RegExp(String.raw`(?<![\p{L}])${TICKET_VERB}\s+(?:(?:${lexAlt(LEX_APPROX)}|nearly|some|over|more than)\s+)?${escapeRegExp(amount.text)}\s+(?:(?:more|de plus|supplémentaires?)\s+)?(?:in|into|dans)\s+(?:(?:la|le|l[’']|the)\s*)?${escapeRegExp(d.company)}(?![\p{L}\p{N}])`, 'iu');
  return d.evidence.some((e) => ticket.test(e)) ? larger : null;
}

/** Drops the candidates `drop` selects, in place and in one pass (a splice per dropped candidate is quadratic). */
function dropCandidates(deals: Candidate[], drop: (d: Candidate) => boolean): void {
  let kept = 0;
  for (const d of deals) if (!drop(d)) deals[kept++] = d;
  deals.length = kept;
}

/** 1% wide buckets of an amount in each of its currencies (`spread` looks at a neighbour bucket): sameAmount's tolerance. */
const LOG_ONE_PERCENT = Math.log(1.01);
function amountKeys(m: Money, spread: number): string[] {
  const readings = [{ v: m.value, c: m.currency }, ...(m.equivalent ? [{ v: m.equivalent.value, c: m.equivalent.currency }] : [])];
  return readings.map((r) => `${r.c}:${Math.round(Math.log(Math.max(r.v, 1)) / LOG_ONE_PERCENT) + spread}`);
}

/** A coarse key under which names sameEntity may equate fall together ("People fund" and "PeopleFund", "Sequoia" and "Sequoia Capital"). */
function nameBucket(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '').slice(0, 4);
}

/** An amountless round joins the same company's round with a figure (same status, rounds not in conflict). */
function mergeAmountless(deals: Candidate[]): void {
  for (let k = deals.length - 1; k >= 0; k--) {
    const d = deals[k]!;
    if (!d.amountless || d.amount || !d.company) continue;
    const into = deals.find((o) => o !== d && o.amount && o.company && sameEntity(o.company, d.company!) && o.status === d.status && (!o.round || !d.round || o.round === d.round));
    if (!into) continue;
    addInvestors(into, 'lead', d.leads);
    addInvestors(into, 'participant', d.investors);
    into.round ??= d.round;
    into.valuation ??= d.valuation;
    for (const e of d.evidence) if (!into.evidence.includes(e)) into.evidence.push(e);
    deals.splice(k, 1);
  }
}

/**
 * A valuation told a few sentences after the news round, pointing back at the raiser with an anaphor and a time of now:
 * "… une hausse de la valorisation de la start-up, qui atteint désormais §", "The company is now valued at §", "its valuation
 * now stands at §". The anaphor and "now" keep a comparison with another company's valuation out.
 */
const LATER_VALUATION_WINDOW = 6;
const VALUATION_NOW_AFTER = /(?:^|[^\p{L}])(?:now|désormais|aujourd[’']hui|today|currently|actuellement|thereby|ainsi|brings?|bringing|porte|portant|atteint|reaches|reaching|hisse)(?![\p{L}\p{N}])/iu;
const VALUATION_ANAPHOR = /(?:^|[^\p{L}])(?:its|it|the (?:company|startup|start-up|firm|business|unicorn|group)[’']?s?|(?:de )?(?:la|cette) (?:société|start-up|startup|jeune pousse|pépite|entreprise|licorne|fintech)|(?:de )?l[’'](?:entreprise|entité)|sa|son)(?![\p{L}])/iu;

function laterValuationOf(current: Candidate, index: number, masked: string, at: number, period: ReturnType<typeof reviewPeriodOf>): boolean {
  if (index - current.last > LATER_VALUATION_WINDOW || current.status !== 'announced' || current.valuation || !current.amount) return false;
  const before = masked.slice(Math.max(0, at - 120), at);
  return VALUATION_ANAPHOR.test(before) && VALUATION_NOW_AFTER.test(before) && !readPastContext(masked, period);
}

/** Adds a candidate, or merges it into the deal already read that is the same deal (sameDeal); returns the deal kept. */
function addCandidate(deals: Candidate[], c: Candidate): Candidate {
  const same = deals.find((d) => sameDeal(d, c));
  if (!same) {
    deals.push(c);
    return c;
  }
  if (c.companyExplicit && (!same.companyExplicit || !same.company || (c.company && same.company && c.company.length > same.company.length))) {
    same.company = c.company;
    same.companyExplicit = true;
  }
  // "German Acme" in the headline, "Acme" in the body: the name itself, without the nationality the headline put before it.
  if (same.company && c.company && same.company !== c.company && !sameEntity(same.company, c.company) && sameCompanyName(same.company, c.company)) same.company = coreName(same.company);
  // The body's wording over the headline's: "$600 million" over "$600m", a qualifier when one is stated.
  if (c.amount && same.amount && (c.amount.text.length > same.amount.text.length || (!same.amount.qualifier && c.amount.qualifier))) same.amount = c.amount;
  // The figure written with its country over the bare one whose currency was guessed (restatedDollar).
  if (c.amount && same.amount && bareDollar(same.amount) && restatedDollar(same.amount, c.amount)) same.amount = c.amount;
  same.round ??= c.round;
  same.date ??= c.date;
  same.amount ??= c.amount;
  if (c.status === 'announced') same.status = 'announced';
  // One telling past for another reason than a month alone keeps the round past.
  if (same.monthDated && c.status === 'past' && !c.monthDated) same.monthDated = false;
  for (const e of c.evidence) if (!same.evidence.includes(e)) same.evidence.push(e);
  same.last = Math.max(same.last, c.last);
  return same;
}

/**
 * One company under two spellings: the headline's "le Suédois Voi" and the body's "Voi", "la fintech française Lydia" and
 * "Lydia": the same name once nationality and descriptor prefixes are dropped.
 */
function sameCompanyName(a: string, b: string): boolean {
  return sameEntity(a, b) || sameEntity(coreName(a), coreName(b));
}

/** A name without its descriptor prefixes and leading nationality words: "le Suédois Voi", "German Acme" → "Voi", "Acme". */
function coreName(name: string): string {
  const words = withoutNamePrefixes(name).split(' ');
  while (words.length > 1 && isNationality(words[0]!)) words.shift();
  return words.join(' ');
}

/** Same deal: same amount (within 1%, either currency of a restated sum) and no conflicting company. */
function sameDeal(a: Candidate, b: Candidate): boolean {
  // One amount told twice in one sentence is one deal ("raised 208 cr … (a seed round of 208 cr)").
  // Not when the sentence names a different company for each ("Aerobotics, which netted §, and Snapplify’s § deal").
  // The cheap tests on the amounts come first: addCandidate tries every deal so far for each new one, and the names'
  // comparison (prefixes, nationalities) on each pair made a sentence of 1,600 figures quadratic in name work (16 s).
  if (a.amount && b.amount) {
    if (!sameAmount(a.amount, b.amount)) return restatedDollar(a.amount, b.amount) && !!a.company && !!b.company && sameCompanyName(a.company, b.company);
  } else if (a.amount || b.amount) return false;
  else if (!(!!a.company && !!b.company && sameEntity(a.company, b.company) && a.round === b.round)) return false;
  return !a.company || !b.company || !(a.companyExplicit && b.companyExplicit) || sameCompanyName(a.company, b.company);
}

/**
 * A dollar figure written bare ("$15M", "15 M$", "$15 million"): its currency is the page's guess (money.ts bareDollar). A figure
 * written with its country ("$15M USD", "US$15M", "C$15M", "15 M$ US", "dollars américains") is told by money.ts's dollarMarkOf,
 * read off the same table as the page's marks.
 */
function bareDollar(m: Money): boolean {
  return /\$|dollars?/iu.test(m.text) && dollarMarkOf(m.text) === null;
}

/**
 * One figure told twice in dollars, once bare and once with its country ("a $15M Series A for ChargeLab" in a newsletter's intro,
 * "ChargeLab secured $15M USD" in its item, 968): the bare one's currency is the page's guess (a Canadian page's bare "$" reads as
 * CAD), so the same value in two dollar currencies is one amount when one of them is bare. Only for one company named in both
 * (sameDeal): two companies' figures never merge on it.
 */
function restatedDollar(a: Money, b: Money): boolean {
  if (a.currency === b.currency || !DOLLAR_CURRENCIES.has(a.currency) || !DOLLAR_CURRENCIES.has(b.currency)) return false;
  if (bareDollar(a) === bareDollar(b)) return false;
  return Math.abs(a.value - b.value) <= 0.01 * Math.max(a.value, b.value);
}
const DOLLAR_CURRENCIES = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD']);

function sameMoney(a: Money, b: Money): boolean {
  return sameAmount(a, b);
}

function sameAmount(a: Money, b: Money): boolean {
  if (!a.equivalent && !b.equivalent) return a.currency === b.currency && Math.abs(a.value - b.value) <= 0.01 * Math.max(a.value, b.value);
  const readings = (m: Money) => [{ v: m.value, c: m.currency }, ...(m.equivalent ? [{ v: m.equivalent.value, c: m.equivalent.currency }] : [])];
  return readings(a).some((x) => readings(b).some((y) => x.c === y.c && Math.abs(x.v - y.v) <= 0.01 * Math.max(x.v, y.v)));
}

/** The article's main deal first: announced before past, then in reading order. */
function orderDeals(deals: Candidate[]): Candidate[] {
  return [...deals].sort((a, b) => (a.status === b.status ? a.first - b.first : a.status === 'announced' ? -1 : 1));
}

/** OTHER_RAISER_UNREAD: the sentence's funding verb has a named subject that is not `company` (see the binder). */
function otherRaiserNamed(masked: string, company: string): boolean {
  const raiser = fundingSubject(masked);
  return !!raiser && !sameEntity(raiser, company) && !raiser.includes(company) && !company.includes(raiser);
}

/**
 * Round 39: whether a related line has another related line right before or after it in another paragraph (securityweek dev 25
 * ends on three "Related:" lines in a row): a module of related stories. A related line told on its own in the body ("Read also:
 * Africa Data Centres lands §" between two paragraphs), under no bare "Related content" heading (isRelatedParagraph), is a lone
 * one: only its raise is read as a past round (deals.ts relatedHeadlineRaise); a module is the site's furniture.
 */
function relatedLineNear(sentences: Sentence[], s: Sentence): boolean {
  const near = [sentences[s.index - 1], sentences[s.index + 1]];
  return near.some((n) => n && n.paragraph !== s.paragraph && RELATED_LINE.test(n.text));
}

/** Whether `s` sits in a block of other stories' links ("Related content", "Read more"). */
function isRelatedParagraph(sentences: Sentence[], s: Sentence): boolean {
  // The paragraph right before is a bare "Related content"/"Read more" heading.
  for (let i = s.index - 1; i >= 0 && i >= s.index - 3; i--) {
    const p = sentences[i]!;
    if (p.paragraph === s.paragraph) continue;
    // The heading's colon may be a semicolon ("Related;") or missing; the same labels as RELATED_LINE.
    return /^(?:related(?: content| stories| articles| posts)?|read more|read also|also read|more stories|recommended|lire aussi|à lire aussi|voir aussi|sur le même sujet)\s*[:;]?$/i.test(p.text);
  }
  return false;
}

/**
 * After a place read as the company, the company it describes: "in Seattle spa and salon software startup Zenoti", "à Lyon,
 * la start-up Vizzia", "in Berlin-based fintech Tide". Lower-case descriptor words only, ending on a company word.
 */
const PLACE_THEN_COMPANY = new RegExp(`^(?:-based)?,?\\s+(?:(?:la|le|l[’']|the)\\s*)?(?:[\\p{Ll}-]+\\s+){0,6}?${COMPANY_KIND}\\s+(?<name>[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&’'-]*(?:\\s+[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&’'-]*){0,3})`, 'u');

/**
 * Whether `name` may stand as a backer of `company`'s round: not the raiser itself, and not a bare country or city ("la guerre
 * menée par la Russie" in a neighbouring story gave the lead "Russie": review of round 27, F7). A fund named after a place keeps
 * its kind ("Texas Venture Partners") and is no bare place.
 */
function isBacker(name: string, company: string | null): boolean {
  return (!company || !sameEntity(name, company)) && !isPlace(name);
}

const FUNDING_WORDS = /\b(?:rais(?:e|es|ed|ing)|funding|round|financing|series [a-j]|seed|investors?|valuation|levée|lève|tour de table|série)(?![\p{L}\p{N}])/iu;

/** The most named entity of the article (at least twice): the fallback subject of "we raised". */
/**
 * Right before a name, what makes it the source of the report: a preposition of source ("according to", "selon", "d’après") or an
 * inverted reporting verb after a quote or a clause ("…, affirme X", "…, says X", "…, told X"). Anchored at the end of a 30-character window.
 */
const SOURCE_BEFORE_NAME = /(?<![\p{L}])(?:according to|selon|d[’']après|affirme|affirment|indique|rapporte|explique|précise|révèle|says|said|reports|reported|told|tells)\s+(?:(?:le|la|les|l[’']|the)\s*)?$/iu;

/**
 * Right after a name, what makes it the source of the figures: its records and a verb of showing ("…, SEC filings show",
 * "Crunchbase data shows", "Thomson Reuters data show", "TechCrunch data shows"; session 25, businessden 1065, where "SEC" became
 * the topic and so the raiser of every round told by a descriptor, "The Aurora-based tire and plastic recycler raised §"). Seen
 * on nine fixtures of several outlets. Anchored at the name's end, a bounded window.
 */
const SOURCE_AFTER_NAME = /^\s+(?:Form D\s+)?(?:filings?|data|figures|records|documents|numbers)\s+(?:show|shows|showed|reveal|reveals|revealed|indicate|indicates|indicated|suggest|suggests)(?![\p{L}])/iu;

function* topicEntity(sentences: Sentence[], investors: string[], bySentence: Map<number, MoneyMatch[]>): Generator<void, string | null, void> {
  const counts = new Map<string, { name: string; n: number; first: number }>();
  /** Names the article makes the subject of a verb of taking part in a round ("X et Y ont participé à …"): backers, never the topic. */
  const participants = new Set<string>();
  for (const s of sentences) {
    if (s.index > 0 && s.index % TOPIC_SENTENCES_PER_STEP === 0) yield;
    // Figures masked: "CHF 25 million" never counts as the name "CHF 25".
    const text = mask(s.text, bySentence.get(s.index) ?? [], s.start);
    // Tested once per sentence, not per name: a long sentence of many names made this quadratic.
    const weight = FUNDING_WORDS.test(s.text) ? 3 : 1;
    for (const r of findNameRuns(text)) {
      if (NOT_NAME_WORDS.has(r.text.toLowerCase()) || NOT_A_NAME_ALONE.has(r.text.toLowerCase()) || /^(?:Series|Série)\b/.test(r.text) || isOpeningWord(r.text)) continue;
      // A year or a number is never the company; nor is a name the article gives as an investor.
      // Nor a person the article names as such ("co-founders Jane Doe and …", then "Doe left Uber to launch …").
      if (/^[\p{N}\s.,]+$/u.test(r.text) || NUMERIC_DATE_RUN.test(r.text) || isPlace(r.text) || isNationality(r.text) || investors.some((n) => sameEntity(n, r.text)) || isArticlePerson(sentences, r.text)) continue;
      // A noun of the money itself ("Co-investment of § from …") is no company (MONEY_NOUN_NAME).
      if (MONEY_NOUN_NAME.test(r.text)) continue;
      // A word alone on its line ("Partager", "Share", a menu label): page furniture, not prose that names the topic.
      if (r.start === 0 && !/\s/u.test(r.text) && text.trim().length === r.text.length) continue;
      // "Hours later, the Acme platform …", "Quelques heures plus tard, …": a fronted time adverbial's first word (companies.ts
      // opensElapsedAdverbial) opens the sentence but names nothing.
      if (r.start === 0 && opensElapsedAdverbial(text, 0)) continue;
      // "…, affirme Lyon Décideurs", "according to TechCrunch", "selon Les Echos": the source that reports the news is not its topic.
      if (SOURCE_BEFORE_NAME.test(text.slice(Math.max(0, r.start - 30), r.start)) || SOURCE_AFTER_NAME.test(text.slice(r.end, r.end + 40))) continue;
      const key = r.text.toLowerCase();
      // A bounded look past the name (PARTICIPANT_SUBJECT_AFTER reads at most one appositive and one co-subject): linear.
      if (PARTICIPANT_SUBJECT_AFTER.test(text.slice(r.end, r.end + 400))) participants.add(key);
      const e = counts.get(key) ?? { name: r.text, n: 0, first: s.index };
      // A name in a sentence about money raised weighs more than one in a quote.
      e.n += weight * (r.start === 0 ? 2 : 1);
      counts.set(key, e);
    }
  }
  let best: { name: string; n: number; first: number } | null = null;
  for (const [key, e] of counts) if (e.n >= 2 && !participants.has(key) && (!best || e.n > best.n || (e.n === best.n && e.first < best.first))) best = e;
  return best?.name ?? null;
}

/** Quoted speech (“…”, "…", «…»), each quote closed within its paragraph: what the article reports someone said. Linear. */
const QUOTED_SPAN = /“[^”]*”|"[^"]*"|«[^»]*»/gu;

/** `text` with its quoted speech removed: what the writer says in its own voice. */
function unquoted(text: string): string {
  return text.replace(QUOTED_SPAN, ' ');
}

/** The first person of a writer speaking for its company: "we", "we’ve", "our", "nous", "notre". */
const FIRST_PERSON_WORD = /(?<![\p{L}])(?:we|we[’']ve|we[’']re|our|ours|nous|notre|nos)(?![\p{L}])/iu;

/** A verb of leading, backing or taking part in a round (not the passive "led by X", which names someone else). */
const BACKER_VERB = new RegExp(String.raw`(?<![\p{L}])(?:${lexAlt([...LEX_PARTICIPATION_VERBS_EN, ...LEX_PARTICIPATION_VERBS_FR, ...LEX_BACKING_VERBS_EN, ...LEX_BACKING_VERBS_FR, ...LEX_INVEST_VERBS_FR])}|(?:co-)?lead|(?:co-)?leading|(?:co-)?led(?!\s+by)|(?:avons|a|ont) (?:co-)?mené)(?![\p{L}])`, 'iu');

/** Address labels that name no site of their own: a subdomain of service ("www", "blog") or a second-level suffix ("co.uk"). */
const HOST_SERVICE_LABEL = /^(?:www\d?|blog|blogs|news|m|amp|en|fr|co|com|org|net|ac|gov)$/u;

/**
 * The company a first-person page speaks for: the name of the text whose letters spell the site's own label in its address
 * ("livingcarbon.com" → "Living Carbon", "blog.acme.io" → "Acme"). Null when no name of the text spells it (a founder's
 * personal blog names its company otherwise) or when that name is one of the deal's investors.
 */
function publisherName(url: string | null, sentences: Sentence[], investors: string[]): string | null {
  let host: string;
  try {
    host = url ? new URL(url).hostname.toLowerCase() : '';
  } catch {
    return null;
  }
  const labels = host.split('.').slice(0, -1).filter((l) => !HOST_SERVICE_LABEL.test(l));
  const own = labels[labels.length - 1];
  if (!own || own.length < 3) return null;
  for (const s of sentences) {
    for (const r of findNameRuns(s.text)) {
      if (r.text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '') !== own) continue;
      return investors.some((n) => sameEntity(n, r.text)) ? null : r.text;
    }
  }
  return null;
}

/** A capitalised descriptor opening a headline's name: "News Start-up Daylife", "Fintech Startup Acme". */
const HEADLINE_DESCRIPTOR = new RegExp(`^(?:[\\p{L}-]+\\s+){0,2}?${COMPANY_KIND}\\s+`, 'iu');

/** A site name after the headline: "… | TechCrunch", "… - Reuters", "… – Maddyness". */
const HEADLINE_SITE = /\s+[|–—-]\s+[^|–—-]{1,40}$/u;

/**
 * The company a funding headline names: "Zentrix raises $50M to build AI chips", "Accel leads $5M round in Parse.ly",
 * "Exclusive: Tilia lève 15 millions d’euros". Null when the headline is not about a raise.
 */
function headlineCompany(title: string | null, lang: string): string | null {
  if (!title) return null;
  let text = title.replace(HEADLINE_SITE, '');
  const label = leadingLabel(text);
  if (label) text = text.slice(label.rest);
  if (fundingVerbAt(text) === null && !FUNDING_WORDS.test(text)) return null;
  text = mask(text, findMoney(text, { lang }), 0);
  const name = companyAfter(text) ?? fundingSubject(text) ?? openingSubject(text);
  // "News Start-up Daylife Raises First Round": a headline's capitalised descriptor is not part of the name.
  if (!name) return null;
  const plain = withoutNamePrefixes(name);
  const descriptor = HEADLINE_DESCRIPTOR.exec(plain);
  return descriptor && /^\p{Lu}/u.test(plain.slice(descriptor[0].length)) ? plain.slice(descriptor[0].length) : plain;
}

/**
 * A headline's name ending on a plural head of the company class, whatever qualifies it ("Minnesota Startups", "Washington
 * Companies", "Firms" of "Saudi FinTech Firms", "Nigerian Fintechs"): the lexicon's plural forms (LEX_COMPANY_PLURAL_FORMS, as
 * deals.ts reads them), without "ventures" (investors' names end on it). Unlike deals.ts's CAPITALISED_PLURAL_HEAD, "Firms" stays:
 * that one opens a sentence on a plural subject, where "Firms" heads investors' names too; this one only voids a headline's name.
 * A firm's name ending on one ("Rocket Companies") only loses the headline's reading; its body still names it.
 */
const PLURAL_HEAD_NAME = new RegExp(`(?:^|\\s)${lexAlt(LEX_COMPANY_PLURAL_FORMS.filter((w) => w !== 'ventures'))}$`, 'iu');

/**
 * What a review's headline tallies instead of naming a raiser: a place ("Startup funding in Pakistan drops …", "Montreal raises
 * most startup funding …"), a population (isPopulationName: "Indian Startups Secure §", "§ in Funding
 * for Ghanaian Startups") or a plural head of the company class (PLURAL_HEAD_NAME: "Minnesota Startups Raised §"). The headline's
 * company is the fallback of every figure whose sentence names none, so such a name gave the scene's totals ("the all-time high
 * funding of § in 2022", "with only § raised") a raiser.
 */
function isTalliedScene(name: string): boolean {
  return isPlace(name) || isPopulationName(name) || (/s$/iu.test(name) && PLURAL_HEAD_NAME.test(name));
}

/** Investor lists in a funding headline, figures masked. */
/** The deal a headline is about: the one whose company it names (read as its company, or written in it). */
function headlineDealOf(deals: Candidate[], headline: string | null, title: string): Candidate | null {
  if (headline) {
    const named = deals.find((d) => d.company !== null && sameEntity(d.company, headline));
    if (named) return named;
  }
  const low = title.toLowerCase();
  return deals.find((d) => d.company !== null && d.company.length >= 3 && new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(d.company.toLowerCase())}(?![\\p{L}\\p{N}])`, 'u').test(low)) ?? null;
}

// ── A raise told with its figure in the headline only ─────────────────────────────────────────────────────────────────────

/**
 * Verbs a headline uses for a raise that the body's reader takes as weak or as something else: "Metacafe gets $30M more",
 * "Bioo closes a new €1.5 million", "Acme nets $12M", "Tilia boucle 2 millions", "Kiplo décroche 800 000 euros". Only
 * before a figure (optionally "a new", "another", "une nouvelle"): the headline is then read again with the verb swapped for
 * "raises" / "lève", so every not-a-raise test of the body (a fund, an IPO, a contract, a grant, revenue) still applies.
 */
const HEADLINE_VERBS_FR = [...LEX_HEADLINE_VERBS_FR, ...LEX_WEAK_VERBS_FR, ...LEX_HEADLINE_CLOSE_VERBS_FR] as const;
const HEADLINE_VERBS_EN = [...LEX_HEADLINE_VERBS_EN, ...LEX_WEAK_VERBS_EN, ...LEX_HEADLINE_CLOSE_VERBS_EN] as const;
const HEADLINE_WEAK_VERB = new RegExp(`(?<![\\p{L}\\p{N}])(?<verb>${lexAlt([...HEADLINE_VERBS_EN, ...HEADLINE_VERBS_FR])})(?=(?:\\s+(?:a|an|another|additional|a further|fresh|new|une?|nouvelle|nouveau|autres?))*\\s+(?:[$€£¥]|\\d))`, 'iu');
const FRENCH_HEADLINE_VERB = new RegExp(`^${lexAlt(HEADLINE_VERBS_FR)}$`, 'iu');
/**
 * What a weak verb wins besides a round, a few words after the figure: "wins $30 million Army contract", "décroche un marché",
 * "lands § from the sale of", "Google's § acquisition". A valuation after the figure is the round's own mark, so it is not one;
 * nor is a business statistic ("$5 million Series A to boost sales": the money's purpose), and a round noun or a purpose
 * clause (HEADLINE_PURPOSE_CLAUSE) between the figure and the word wins ("lands § Series A to fund contracts").
 */
const HEADLINE_BUSINESS_STATS = new Set(['valuation', 'revenue', 'sales', 'turnover', 'profit', 'loss']);
/**
 * Where the figure's own phrase ends: a purpose clause, "to" + a verb ("to help donors", not "to the donors") or "pour" / "afin
 * de" + an infinitive ("pour simplifier les dons", not "pour la vente"). A veto word inside it is what the money is for, not
 * what the money is ("grabs $5 million to help donors track gifts" is a round; "$5 million from the sale of" is not).
 */
const HEADLINE_PURPOSE_CLAUSE = String.raw`(?:to\s+(?!(?:the|a|an|its|their|his|her|our|be)(?![\p{L}\p{N}]))\p{Ll}|(?:pour|afin\s+d[e’'])\s*(?:(?:se\s+|s[’']))?\p{Ll}+(?:er|ir|re)(?![\p{L}\p{N}]))`;
const HEADLINE_WON_NOT_RAISE = new RegExp(`^(?:(?!(?<![\\p{L}\\p{N}])(?:${lexAlt(LEX_ROUND_NOUNS)}(?![\\p{L}\\p{N}])|${HEADLINE_PURPOSE_CLAUSE}))[^,;:.]){0,40}?(?<![\\p{L}\\p{N}])${lexAlt([...LEX_NOT_A_ROUND_WINS, ...LEX_NOT_RAISED_MONEY, ...LEX_NOT_A_ROUND_NOUNS.filter((w) => !HEADLINE_BUSINESS_STATS.has(w)), 'deal to'])}(?![\\p{L}\\p{N}])`, 'iu');


/** A public body, a backer like any other when named among a round's investors (see the figure loop). */
const PUBLIC_BODY_WORD = `${lexAlt(LEX_PUBLIC_BODIES)}(?![\\p{L}\\p{N}])`;
const PUBLIC_BODY_ALL = new RegExp(`(?<![\\p{L}\\p{N}])${PUBLIC_BODY_WORD}`, 'giu');
/**
 * The public body in a backer's place: after a word that introduces backers or a list comma, with an optional article and one
 * adjective ("from the French government", "auprès du ministère", "par le gouvernement", "from A, the Ministry of Economy").
 * A comma counts only inside a list of backers (a cue within 120 characters before it, no sentence stop): "On Monday, the
 * French government invested …" has no backer.
 */
const PUBLIC_BODY_AS_BACKER = new RegExp(`(?:(?<![\\p{L}\\p{N}])(?:from|by|with|and|including|auprès d[eu]|de la part d[eu]|par|et|ainsi que)|,(?<=(?<![\\p{L}\\p{N}])(?:from|by|with|including|auprès d[eu]|de la part d[eu]|par|avec)\\s[^.;:]{1,120},))\\s+(?:(?:the|le|la|les|du|des|l[’'])\\s*)?(?:\\p{L}+\\s+)?${PUBLIC_BODY_WORD}`, 'iu');
/** The same length, letters only, the case of its first letter kept: offsets in the sentence stay valid. */
function blankWord(word: string): string {
  return (/^\p{Lu}/u.test(word) ? 'X' : 'x') + 'x'.repeat(word.length - 1);
}

/** Same raise told twice: one currency within 10% (rounded: "$30M", "$30.5 million"), or two currencies within a factor of 2. */
function restatedAmount(a: Money, b: Money): boolean {
  if (sameAmount(a, b)) return true;
  const ratio = Math.max(a.value, b.value) / Math.max(1, Math.min(a.value, b.value));
  return a.currency === b.currency ? ratio <= 1.1 : ratio <= 2;
}

/**
 * The raise a headline tells with its figure, read by the body's own reader on the headline alone (site name and rubric
 * removed), so that a fund close, an IPO, an acquisition or revenue in a headline is never a raise. The figure's text is a
 * substring of the headline. Null unless the headline tells exactly one announced raise with a figure.
 */
function headlineRaise(title: string, lang: string): Deal | null {
  let text = title.replace(HEADLINE_SITE, '');
  const label = leadingLabel(text);
  if (label) text = text.slice(label.rest);
  const weak = HEADLINE_WEAK_VERB.exec(text);
  if (fundingVerbAt(text) === null && !FUNDING_WORDS.test(text) && !weak) return null;
  const readOne = (t: string): Deal | null => {
    const found = readFunding({ paragraphs: [t] }, { lang }).deals.filter((d) => d.status === 'announced' && d.amount);
    const figureAt = found.length === 1 ? text.indexOf(found[0]!.amount!.text) : -1;
    return figureAt >= 0 && !HEADLINE_WON_NOT_RAISE.test(text.slice(figureAt + found[0]!.amount!.text.length)) ? found[0]! : null;
  };
  const read = readOne(text);
  if (read || !weak) return read;
  const swapped = FRENCH_HEADLINE_VERB.test(weak.groups!.verb!) ? 'lève' : 'raises';
  return readOne(`${text.slice(0, weak.index)}${swapped}${text.slice(weak.index + weak[0].length)}`);
}

/** A round word, a lead or a raising verb in a body sentence: the body tells a raise, with or without its figure. */
/** A lead is the round's only with a round noun as its subject: "Kestrel, led by CEO Jane Doe" or "menée par ses fondateurs" tells none. */
const BODY_ROUND_TOLD = /\b(?:(?:funding|financing|investment|seed|series [a-j]|new|latest|fresh|the|this|its) rounds?|(?:rounds?|financing|funding|investment|raise|tour(?: de table)?|levée(?: de fonds)?|financement|série [a-j]|opération)(?:,? which)? (?:(?:was|is|has been|were|est|a été|qui a été)\s)?(?:co-)?(?:led by|menée? par)|tour de table|levée de fonds)(?![\p{L}\p{N}])/iu;

/**
 * The headline is part of the article: when it tells a raise with its figure and the body tells the same company's round
 * without one (an amountless round) or no round at all while naming the company and a round, the deal takes the headline's
 * figure, the headline first among its evidence. When the body has a figure for that company's round, the headline's is the
 * same deal (restated, rounded) and never a second one.
 */
function applyHeadlineRaise(deals: Candidate[], title: string, lang: string, headline: string | null, sentences: Sentence[], notRounds: Money[]): void {
  const raise = headlineRaise(title, lang);
  if (!raise?.amount) return;
  // The body reads the headline's figure as something else (a fund's close, a price, "$US180 million ($AU235 million)" for a
  // fund): the headline told that, whatever its verb. Compared by value alone, as a bare "$" may be read apart in each.
  const values = (m: Money) => [m.value, ...(m.equivalent ? [m.equivalent.value] : [])];
  if (notRounds.some((m) => values(m).some((v) => values(raise.amount!).some((w) => Math.abs(v - w) <= 0.01 * Math.max(v, w))))) return;
  const company = raise.company ?? headline;
  const ofCompany = (d: Candidate) => !!company && !!d.company && sameCompanyName(d.company, company);
  const announced = deals.filter((d) => d.status === 'announced');
  const withFigure = announced.filter((d) => d.amount && (ofCompany(d) || !d.company));
  if (withFigure.length > 0) return;
  const amount = raise.amount;
  const round = raise.round;
  const withTitle = (evidence: string[]) => (evidence.includes(title) ? evidence : [title, ...evidence]);
  const amountless = announced.find((d) => !d.amount && (ofCompany(d) || !d.company) && (!round || !d.round || d.round === round));
  if (amountless) {
    amountless.amount = amount;
    amountless.round ??= round;
    amountless.company ??= company;
    amountless.evidence = withTitle(amountless.evidence);
    return;
  }
  if (announced.length > 0 || !company) return;
  // No deal read in the body: only when it names the company and tells a round ("The round was led by …").
  const named = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(coreName(company))}(?![\\p{L}\\p{N}])`, 'u');
  let told2: Sentence | null = null;
  let namesCompany = false;
  for (const s of sentences) {
    namesCompany ||= named.test(s.text);
    if (!told2 && BODY_ROUND_TOLD.test(s.text)) told2 = s;
    if (namesCompany && told2) break;
  }
  if (!namesCompany || !told2) return;
  deals.push({
    company, companyExplicit: true, round: round ?? findRounds(told2.text)[0]?.round ?? null, status: 'announced', amount, valuation: raise.valuation,
    leads: [...raise.leadInvestors], investors: [...raise.investors], date: raise.date, evidence: [title, told2.text], first: told2.index, last: told2.index,
  });
}

/** A teaser line: a paragraph of one short sentence with no closing stop ("BlaBlaCar lève 97M€", "Acme raises $30M"). */
const TEASER_MAX_WORDS = 14;
function isTeaserLine(sentences: Sentence[], index: number): boolean {
  const s = sentences[index];
  if (!s || /[.!?…:]\s*$/u.test(s.text) || s.text.split(/\s+/).length > TEASER_MAX_WORDS) return false;
  return sentences[index - 1]?.paragraph !== s.paragraph && sentences[index + 1]?.paragraph !== s.paragraph;
}

/**
 * A headline kept in the body as a teaser line ("BlaBlaCar lève 97M€" above "BlaBlaCar annonce une levée de fonds de 115
 * millions de dollars"; "Acme raises $30M" above "Acme has raised $30.5 million"): the same company's round restated in
 * another currency or rounded, not a second deal. The teaser joins the body's deal, its figure as the equivalent when the
 * currencies differ.
 */
function mergeTeaserLines(deals: Candidate[], sentences: Sentence[]): void {
  for (let k = deals.length - 1; k >= 0; k--) {
    const teaser = deals[k]!;
    if (teaser.status !== 'announced' || !teaser.amount || !teaser.company || teaser.evidence.length !== 1 || !isTeaserLine(sentences, teaser.first)) continue;
    const told = deals.find((d) => d !== teaser && d.status === 'announced' && d.amount && d.first > teaser.first && d.company && sameCompanyName(d.company, teaser.company!) && restatedAmount(d.amount, teaser.amount!));
    if (!told) continue;
    if (!told.amount!.equivalent && told.amount!.currency !== teaser.amount.currency) {
      const eq = teaser.amount;
      told.amount = { ...told.amount!, equivalent: { value: eq.value, currency: eq.currency, text: eq.text } };
    }
    addInvestors(told, 'lead', teaser.leads);
    addInvestors(told, 'participant', teaser.investors);
    told.round ??= teaser.round;
    told.evidence.unshift(...teaser.evidence.filter((e) => !told.evidence.includes(e)));
    told.first = teaser.first;
    deals.splice(k, 1);
  }
}

function headlineInvestors(title: string, lang: string): Array<{ role: 'lead' | 'participant'; names: string[] }> {
  const text = title.replace(HEADLINE_SITE, '');
  if (fundingVerbAt(text) === null && !FUNDING_WORDS.test(text)) return [];
  return findInvestorMentions(mask(text, findMoney(text, { lang }), 0), { nearDeal: true });
}

/**
 * A sentence opening on the round and its lead: "The seed round was led by …", "La série A a été menée par …": about the deal
 * read last even when captions or a quote came in between (its backers attach to that deal already); a photo credit the scrape
 * glued before it ("(Jane Doe Photo) The seed round was led by …") is no part of the sentence.
 */
const ROUND_LED_OPENING = /^(?:\([^()]{1,60}\)\s*)?(?:The|This|Its|Their|La|Le|Cette|Ce|Sa|Son|L[’'])\s*(?:[\p{L}-]+\s+){0,3}?(?:round|rounds|financing|funding|raise|tour de table|levée(?: de fonds)?|série [a-j]|series [a-j]|seed)\s+(?:was|has been|is|were|a été|est|était)\s+(?:co-?)?(?:led|headed|menée?|pilotée?|conduite?)\s+(?:by|par)(?![\p{L}])/iu;

/** "fr" when French function words outnumber English ones. */
function guessLang(text: string): string {
  const sample = text.slice(0, 5000);
  const fr = (sample.match(/\b(?:le|la|les|des|une|est|dans|pour|avec|qui)\b/g) ?? []).length;
  const en = (sample.match(/\b(?:the|and|with|for|that|is|was|which|has)\b/g) ?? []).length;
  return fr > en ? 'fr' : 'en';
}

// ── A review's highlights told with "with" ───────────────────────────────────────────────────────────────────────────────

/**
 * Entries of a review's list of highlights, each a name and its figure joined by "with/avec/com" and no raising verb: "Some of
 * the U.K.'s notable fund raisings of 2018 included Revolut with § and Graphcore with §" (824 orsasaiwai, a year review),
 * "Outros destaques do mês foram as startup Nomad, com captação de §; Tractian, com §" (833 exame, a month review), "les
 * plus grosses levées de l'année : Acme (logiciels), avec §, et Globex, avec §". The heading's highlight or ranking word
 * stands for the verb, and a round word says the figures are raises, not revenues or sales. Ranking rows with a verb of rank
 * ("AppMachine was second with §", "followed by X with §") are the figure reader's (deals.ts, RANKED_WITH_BEFORE).
 */
// The heading: a highlight or a ranking word (closed class, EN/FR/PT).
const REVIEW_HIGHLIGHT_CUE = /(?<![\p{L}])(?:notable|biggest|largest|top|highlights?|standouts?|destaques?|maiores|plus grosses?|plus importantes?|principales|marquantes?)(?![\p{L}])/iu;
// The round word of the heading: "fund raisings", "rounds", "deals", "levées", "captações", "rodadas".
const REVIEW_ROUND_WORD = /(?<![\p{L}])(?:fund ?rais(?:es|ings?)|fundraises?|rounds?|raises|deals|investments|funding|levées|tours de table|opérations|captaç(?:ão|ões)|rodadas|aportes)(?![\p{L}])/iu;
// A ranking of backers, not of raisers: funding-lexicon.ts's REVIEW_OF_BACKERS.
// One entry: a capitalised name (up to four words), maybe its sector in parentheses, a comma, then "with/avec/com", maybe the
// round noun ("com captação de", "avec une levée de"), right before the figure "§". Bounded runs only.
const REVIEW_WITH_ITEM = /(?<![\p{L}\p{N}’'-])(?<name>\p{Lu}[\p{L}\p{N}.&’'-]*(?:\s\p{Lu}[\p{L}\p{N}.&’'-]*){0,3})(?:\s\([^()§]{1,30}\))?,?\s(?:with|avec|com)\s(?:(?:captação|une levée(?: de fonds)?|un tour de table|a raise|an? (?:funding )?round)\s(?:de|d[’']|of)\s?)?(?=§)/gu;
const MONTH_NAME = new RegExp(`^(?:${lexAlt([...lexCapitalised(LEX_MONTHS_EN), ...lexCapitalised(LEX_MONTHS_FR)])})$`, 'u');
// Other money than a round (review A2 of round 31): the figure's own noun after it ("with § in revenue/losses/grants", "avec §
// de chiffre d'affaires") or the heading's ranking criterion before the entry ("the largest deals by revenue:", "par chiffre
// d'affaires"). The money-kind words of funding-lexicon (business statistics, other money, wins and public money).
const REVIEW_OTHER_MONEY = lexAlt([...LEX_NOT_A_ROUND_NOUNS, ...LEX_OTHER_MONEY_NOUNS, ...LEX_NOT_A_ROUND_WINS, ...LEX_NOT_RAISED_MONEY]);
const REVIEW_FIGURE_OF_OTHER_MONEY = new RegExp(String.raw`^§*\s*(?:in|of|de|d[’']|en)\s*(?:${REVIEW_OTHER_MONEY})(?![\p{L}])`, 'iu');
const REVIEW_RANKED_BY_OTHER_MONEY = new RegExp(String.raw`(?<![\p{L}])(?:by|par|en)\s+(?:${REVIEW_OTHER_MONEY})(?![\p{L}])`, 'iu');

/** The figure offsets and names of a review's "Name with §" entries in one masked sentence (empty when it is no such list). */
function reviewWithItems(masked: string): Map<number, string> {
  const items = new Map<number, string>();
  if (!masked.includes('§') || !REVIEW_HIGHLIGHT_CUE.test(masked) || !REVIEW_ROUND_WORD.test(masked)) return items;
  // The heading is read once (linear in the entries): the first cue, the first ranking of backers, the first criterion of other money.
  const cueAt = masked.search(REVIEW_HIGHLIGHT_CUE);
  const backersAt = masked.search(REVIEW_OF_BACKERS);
  const otherMoneyAt = masked.search(REVIEW_RANKED_BY_OTHER_MONEY);
  const before = (at: number, from: number) => from >= 0 && from < at;
  for (const m of masked.matchAll(REVIEW_WITH_ITEM)) {
    const name = m.groups!.name!.replace(/[.’']+$/u, '');
    const at = m.index! + m[0].length;
    // The heading comes first: the cue stands before the entry, never only after it; no ranking of backers or by other money.
    if (!before(m.index!, cueAt) || before(m.index!, backersAt) || before(m.index!, otherMoneyAt)) continue;
    if (REVIEW_FIGURE_OF_OTHER_MONEY.test(masked.slice(at, at + 80)) || !isName(name) || isOpeningWord(name) || MONTH_NAME.test(name)) continue;
    items.set(at, name);
  }
  return items;
}

// ── Other companies' rounds cited for comparison ─────────────────────────────────────────────────────────────────────────

/**
 * A list of other companies' rounds cited to measure the news against, each name followed by its figure in parentheses:
 * "les levées de fonds de Wynd (72 millions d'euros), Payfit (70 millions) ou Shift Technology (60 millions)", "après celles
 * réalisées par Parrot (300 millions d’euros en 2015) et OVH (250 millions d’euros en 2016)", "following raises by Acme
 * ($50m) and Globex ($30m)", "it joins Initech ($40M) and Hooli ($25M) among this year's biggest rounds". Each item is that
 * company's earlier round (past, per the gold convention: another company's round told for context). Later items often drop
 * the currency ("Payfit (70 millions)"): the list's first figure lends it (see comparedBareFigures).
 */
// One item: a capitalised name (up to four words), an optional comma, then "(figure[ en 2015 | round word])". The figure is a
// masked run "§" or a bare "70 millions" (no currency). Every run is bounded; words are separated by mandatory spaces.
const COMPARED_ITEM = /(?<![\p{L}\p{N}’'-])(?<name>\p{Lu}[\p{L}\p{N}.&’'-]*(?:\s[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*){0,3}),?\s?\(\s?(?:(?:about|around|over|nearly|more than|environ|près de|plus de)\s)?(?:(?<fig>§+)|(?<bare>(?<num>\d{1,4}(?:[.,]\d{1,3})?)\s?(?<unit>millions?|milliards?|billions?|mn|bn|m|b|Mds?|M))(?![\p{L}\p{N}]))(?:\s(?:en|in)\s(?:19|20)\d\d|\s(?:round|seed|[Ss]eries\s[A-J]|[Ss]érie\s[A-J]))?\s?\)/gu;
// What may stand between two items: a separator and a lowercase descriptor of the next company ("et la société d’hébergement
// de sites internet OVH").
const COMPARED_GAP = /^\s?(?:[,;]\s?)?(?:(?:and|or|as well as|et|ou|ou encore|ainsi que|puis)\s)?(?:(?:the|le|la|les|l[’'])\s?)?(?:[\p{Ll}’'-]+\s){0,8}$/u;
// A comparison told before the list: the news is set against these rounds. Never a bare "like", "such as", "comme": a
// roundup's examples ("un record porté par Cowboy (§), Deliverect (§)") are its news, not a yardstick.
const COMPARED_CUE = /(?:^|[^\p{L}])(?:follow(?:s|ing|ed)?|after|behind|than|compared (?:with|to)|ahead of|joins?|joining|previous|prior|earlier|après|derrière|rejoint|devant|précédentes?|comparée?s? (?:à|aux)|inférieure?s?|supérieure?s?|face à|dépasse|surpasse)(?![\p{L}\p{N}])/iu;
// A round word anywhere in the sentence: the compared figures are raises, not revenues or prices.
const COMPARED_ROUND_WORD = /(?:^|[^\p{L}])(?:levées?|tours? de table|rounds?|raises?|raised|fundraises?|fundraising|funding|financings?|financements?|opérations)(?![\p{L}\p{N}])/iu;
/** The most items one compared list gives (a longer run keeps its first ones). */
const COMPARED_MAX_ITEMS = 8;
const BARE_UNIT: Record<string, number> = { million: 1e6, millions: 1e6, mn: 1e6, m: 1e6, M: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e9, billions: 1e9, bn: 1e9, b: 1e9, Md: 1e9, Mds: 1e9 };
/** A cheap test before reading a sentence for a compared list with a bare figure. */
const COMPARED_BARE_HINT = /\(\s?(?:\p{L}+\s){0,2}\d{1,4}(?:[.,]\d{1,3})?\s?(?:millions?|milliards?|billions?|mn|bn|m|b|Mds?|M)\s?\)/u;

export interface ComparedItem {
  name: string;
  /** Offsets of the figure in the sentence. */
  start: number;
  end: number;
  /** A figure written without currency ("70 millions"): its value, to be given the currency of the list's first figure. */
  bare: { value: number; text: string } | null;
}

/** The compared rounds of one masked sentence (figures as "§"), or [] when it holds no such list. */
export function comparedItems(masked: string): ComparedItem[] {
  if (!masked.includes('(') || !COMPARED_ROUND_WORD.test(masked) || COMPARED_NOT_RAISE.test(masked) || SYNONYM_NOT_RAISE.test(masked)) return [];
  const items: Array<ComparedItem & { at: number; endAt: number }> = [];
  let run: typeof items = [];
  const close = (): void => {
    // A yardstick list names a handful of rounds: past the cap, the rest of a long run is no comparison (and never a deal each).
    if (run.length >= 2 && run.some((x) => !x.bare) && COMPARED_CUE.test(masked.slice(0, run[0]!.at))) items.push(...run.slice(0, COMPARED_MAX_ITEMS));
    run = [];
  };
  for (const m of masked.matchAll(COMPARED_ITEM)) {
    const g = m.groups!;
    const at = m.index!;
    const name = g.name!.replace(/[.’']+$/u, '');
    const figText = g.fig ?? g.bare!;
    const figAt = at + m[0].indexOf(figText, g.name!.length);
    const last = run[run.length - 1];
    if (last && !COMPARED_GAP.test(masked.slice(last.endAt, at))) close();
    if (!isName(name) || isOpeningWord(name)) {
      close();
      continue;
    }
    // "(1,200 millions)": a comma before exactly three digits separates thousands; otherwise it is the decimal mark ("1,5 milliard").
    const bare = g.fig ? null : { value: Number(/^\d{1,3},\d{3}$/u.test(g.num!) ? g.num!.replace(',', '') : g.num!.replace(',', '.')) * (BARE_UNIT[g.unit!] ?? 0), text: figText };
    if (bare && !(bare.value > 0)) {
      close();
      continue;
    }
    run.push({ name, start: figAt, end: figAt + figText.length, bare, at, endAt: at + m[0].length });
  }
  close();
  return items.map(({ name, start, end, bare }) => ({ name, start, end, bare }));
}

/**
 * Bare figures of compared lists ("Payfit (70 millions)" after "Wynd (72 millions d'euros)") as money matches in the
 * currency of the list's first figure, merged into `matches` (sorted by start). The money reader rightly leaves "70
 * millions" alone (users? euros?); only the list tells it is money.
 */
function comparedBareFigures(sentences: readonly Sentence[], matches: MoneyMatch[], read: Map<number, ComparedItem[]>): MoneyMatch[] {
  const added: MoneyMatch[] = [];
  let k = 0;
  for (const s of sentences) {
    const end = s.start + s.text.length;
    while (k < matches.length && matches[k]!.start < s.start) k++;
    if (!COMPARED_BARE_HINT.test(s.text)) continue;
    const ms: MoneyMatch[] = [];
    for (let j = k; j < matches.length && matches[j]!.start < end; j++) ms.push(matches[j]!);
    if (ms.length === 0) continue;
    let currency: string | null = null;
    // Read once: the sentence loop reuses these items (the bare figures added here only turn "70 millions" into "§" there, at the
    // same offsets, which reads the same list).
    const list = comparedItems(mask(s.text, ms, s.start));
    read.set(s.index, list);
    for (const item of list) {
      if (!item.bare) {
        currency = ms.find((m) => m.start - s.start === item.start)?.currency ?? currency;
        continue;
      }
      if (!currency || s.text.slice(item.start, item.end) !== item.bare.text) continue;
      added.push({ value: item.bare.value, currency, text: item.bare.text, qualifier: null, equivalent: null, start: s.start + item.start, end: s.start + item.end });
    }
  }
  if (added.length === 0) return matches;
  return [...matches, ...added].sort((a, b) => a.start - b.start);
}
