/**
 * Rounds told without a figure: the investor and the companies are named, the
 * amount is not.
 *
 *   "So far Blackbird has invested in two companies, Canva and Ninja Blocks"
 *   "Mubadala was very active, announcing investments in Klarna, Wefox, and Xilis"
 *   "3 Nigerian startups have secured investment from early-stage fund Ventures Platform. … these startups namely: A, B and C"
 *   "Acme closed its Series B led by Sequoia", "Acme a bouclé un tour de table mené par Y"
 *   "Sequoia led Acme’s seed round"
 *
 * Each pattern is a named regex next to the function that reads it; a reader returns null to reject. The sentence comes
 * masked (figures as "§"), so a figure never reads as a name. Only the first match of each pattern is read: linear.
 * What is not a round stays out: acquisitions ("acquired", "rachète"), grants, programmes and cohorts are never matched
 * by these verbs, and a list must hold names (a sector, a place or "technology" is not a company).
 */
import { isNationality, isPlace, namesIn, subjectBefore } from './companies';
import { DATE_RUN, findNameRuns, NOT_A_NAME_ALONE, NOT_NAME_WORDS, ROLE_FAMILIES, roleAlternation } from './names';
import { lexAlt, lexCapitalised, LEX_COMPANY_PLURALS, LEX_COUNT_WORDS_EN, LEX_COUNT_WORDS_FR, LEX_GRANT_MAKERS_EN, LEX_GRANT_MAKERS_FR, LEX_HEADLINE_CLOSE_VERBS_EN, LEX_HEADLINE_VERBS_EN, LEX_HEADLINE_VERBS_FR, LEX_INSTITUTION_NOUNS_EN, LEX_INSTITUTION_NOUNS_FR, LEX_MONTHS_EN, LEX_MONTHS_FR, LEX_PUBLIC_BODIES, LEX_RAISE_PARTICIPLES_EN, LEX_RAISE_CORE_VERBS, LEX_RAISE_PARTICIPLES_FR, LEX_RAISE_PLURAL_FR, LEX_RECEIVE_SYNONYMS_EN, LEX_SECTOR_WORDS, LEX_WITHHELD_EN, LEX_WITHHELD_FR_STEMS } from './funding-lexicon';

export interface AmountlessRound {
  company: string;
  /** The investor the pattern names (its subject or its source), if any. */
  investor: string | null;
  role: 'lead' | 'participant';
  /** Told as history ("so far", "over the years", "had invested"). */
  past: boolean;
  /** Offset of the phrase in the sentence (investor mentions after it attach to this deal). */
  at: number;
  /** The phrase names the round ("its Series B", "a Series C funding of"): the round nearest `at` is this deal's. */
  namesRound?: boolean;
  /** The sentence after this one was read too (its list named the companies). */
  usedNext?: boolean;
}

/** How many: "two", "four of the", "at least one other", "3". */
const COUNT = `(?:at least\\s+)?(?:\\p{N}{1,3}|${LEX_COUNT_WORDS_EN.join('|')}|a (?:few|number of|handful of)|${LEX_COUNT_WORDS_FR.join('|')})`;
/** The same count, captured: a portfolio list must hold as many names as the sentence counts. */
const COUNT_CAPTURE = `(?<least>at least\\s+)?(?<count>\\p{N}{1,3}|${LEX_COUNT_WORDS_EN.join('|')}|a few|${LEX_COUNT_WORDS_FR.join('|')})`;
const COUNT_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, deux: 2, trois: 3, quatre: 4, cinq: 5,
};

/**
 * Whether `names` is the whole counted list: "two companies, Canva and Ninja Blocks" (2), "at least one other start-up, Vend" (1 or
 * more), "several startups" (2 or more). A portfolio told by example ("start-ups across 19 countries, including Facebook, …") is not.
 */
function countAgrees(m: RegExpExecArray, names: string[]): boolean {
  const word = m.groups!.count!.toLowerCase();
  const n = /^\p{N}+$/u.test(word) ? Number(word) : COUNT_WORDS[word] ?? null;
  if (n === null) return names.length >= 2;
  return m.groups!.least ? names.length >= n : names.length === n;
}
/** Companies as a counted noun. */
const COMPANY_NOUNS = lexAlt(LEX_COMPANY_PLURALS);

/** Characters read for one list of names. */
const MAX_LIST = 600;
/** The end of a list of names: a preposition or a relative clause that starts the rest of the sentence. */
const LIST_END = /\s+(?:over|through|during|since|in (?:the|its|their|\p{N})|having|which|who|that|to|for|as|with|from|via|by|depuis|pour|avec|afin|qui|dont|grâce)\s|[;.()]|,\s+(?:a|an|the|having|which|who|while|une?|qui)\s|$/u;

/** Time cues of the news itself: the list is this period's deals, not history. */
const NOW_CUE = /\b(?:today|this (?:week|month|year)|recently|just|over the (?:past|last) (?:\p{N}+|few|several|two|three|six|twelve) (?:days|weeks|months)|announc\w*|aujourd[’']hui|cette (?:semaine|année)|ce mois|récemment|vient de)\b/iu;
/** Cues of history: a portfolio told as background. */
const PAST_CUE = /\b(?:so far|to date|over the years|already|previously|in the past|had invested|has invested|have invested|a investi|ont investi|avait investi|jusqu[’']ici|déjà|par le passé)\b/iu;

function isCompanyName(name: string): boolean {
  const low = name.toLowerCase();
  return !NOT_NAME_WORDS.has(low) && !NOT_A_NAME_ALONE.has(low) && !isPlace(name) && !DATE_RUN.test(name) && !/^(?:Series|Série)\b|^\p{N}+$/u.test(name);
}

/** The companies listed at the start of `text`, up to where the sentence moves on. */
function listedNames(full: string): string[] {
  // A list of companies in one sentence is short: a bounded window keeps a run-on "sentence" linear.
  const text = full.slice(0, MAX_LIST);
  const end = LIST_END.exec(text);
  const list = text.slice(0, end ? end.index : text.length);
  return namesIn(list).filter(isCompanyName);
}

/** The investor that opens the clause of a verb at `at`: its subject, descriptors dropped. */
function investorBefore(masked: string, at: number): string | null {
  const subject = subjectBefore(masked, at);
  // "9-5-17Daosheng Capital": a date glued to the name by the page's markup is not part of it.
  const name = subject && !subject.pronoun ? subject.name.replace(/^[\p{N}\p{P}]*\p{N}[\p{N}\p{P}]*(?=\p{Lu})/u, '') : null;
  return name && isCompanyName(name) ? name : null;
}

/** "Valar Ventures, has secured funding from …, NZVIF, and has invested in …": a second verb of the same subject. */
function coordinatedSubject(masked: string, at: number): string | null {
  const head = masked.slice(0, at);
  if (!/(?:,\s*|\s)(?:and|et)\s+$/u.test(head)) return null;
  const first = /\s(?:has|have|had|is|was|a|ont)\s+\p{Ll}/u.exec(head);
  return first ? investorBefore(masked, first.index + 1) : null;
}

/**
 * "Blackbird has invested in two companies, Canva and Ninja Blocks", "Cyberport has invested a total of § in four of the
 * startups in its network including Lynk, …", "X a investi dans deux start-ups, A et B".
 * Round 38: the simple past of the weekly wrap and the review, and its dash: "only Cloud Capital invested in two startups — in
 * fintech Tortoise and deeptech startup OWN" (inc42 340), "Archangel invested § into three start-up companies, Blackford Analysis,
 * Calcivis and NCTech" (insider.co.uk 1064). The count still has to agree with the names listed, and the investor is the verb's
 * named subject: "120 investors invested in Indian startups" lists no one.
 */
const INVESTED_IN = new RegExp(
  `\\b(?:(?:(?:has|have|had)\\s+(?:also\\s+|already\\s+|now\\s+)?)?invested|(?:a|ont|avait)\\s+(?:déjà\\s+|aussi\\s+)?investi)\\s+` +
  `(?:(?:a total of|some|about|over|more than|au total|plus de)\\s+)?(?:§+\\s*(?:\\([^()]{0,40}\\)\\s*)?)?(?:in|into|dans)\\s+` +
  // The companies are counted: "in two companies, A and B", "in four of the startups in its network including A, B, C and D".
  `${COUNT_CAPTURE}\\s+(?:other\\s+|autres\\s+)?(?:of the\\s+|des\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${COMPANY_NOUNS}\\b[^,:;.—–]{0,40}?(?:,|:|\\s*[—–]\\s*(?:in\\s+)?|\\s+(?=including|namely|dont|notamment))\\s*(?:(?:including|namely|dont|notamment)\\s*:?\\s*)?`,
  'iu');

function readInvestedIn(masked: string): AmountlessRound[] {
  const m = INVESTED_IN.exec(masked);
  if (!m) return [];
  const names = listedNames(masked.slice(m.index + m[0].length));
  if (names.length === 0 || !countAgrees(m, names)) return [];
  const investor = investorBefore(masked, m.index) ?? coordinatedSubject(masked, m.index);
  if (!investor) return [];
  const past = PAST_CUE.test(masked) && !NOW_CUE.test(masked.replace(PAST_CUE, ' '));
  return names.filter((n) => n !== investor).map((company) => ({ company, investor, role: 'participant' as const, past, at: m.index }));
}

/** "Mubadala was very active, announcing investments in Klarna, Wefox, and Xilis", "annonce des investissements dans A et B". */
const ANNOUNCED_INVESTMENTS = /\b(?:announc(?:ed|ing|es)|unveil(?:ed|ing|s)|confirm(?:ed|ing|s)|annonce|annoncé|dévoile)\s+(?:(?:new|fresh|its|their|several|two|three|four|des|de nouveaux|ses|trois|deux)\s+)*(?:investments?|investissements?|participations?)\s+(?:in|dans)\s+/iu;

function readAnnouncedInvestments(masked: string): AmountlessRound[] {
  const m = ANNOUNCED_INVESTMENTS.exec(masked);
  if (!m) return [];
  const names = listedNames(masked.slice(m.index + m[0].length));
  if (names.length === 0) return [];
  const investor = investorBefore(masked, m.index) ?? findNameRuns(masked).map((r) => r.text).find(isCompanyName) ?? null;
  if (!investor) return [];
  return names.filter((n) => n !== investor).map((company) => ({ company, investor, role: 'participant' as const, past: false, at: m.index }));
}

/**
 * "3 Nigerian startups have secured investment from early-stage fund Ventures Platform" then, in this sentence or the next,
 * "namely: Tambua Health, Brass and FunnelJoy" / "including A and B" / ": A, B et C".
 */
const STARTUPS_SECURED_FROM = new RegExp(
  `${COUNT_CAPTURE}\\s+(?:[\\p{L}-]+\\s+){0,2}?${COMPANY_NOUNS}\\s+(?:have\\s+|has\\s+|ont\\s+)?(?:secured|received|raised|landed|won|attracted|obtenu|reçu|levé)\\s+` +
  `(?:(?:an?|new|fresh|des|un|une|de nouveaux)\\s+)*(?:investments?|funding|backing|capital|financing|fonds|financements?|investissements?)\\s+(?:from|auprès de|de la part de|de)\\s+`,
  'iu');
/** The list that names the counted companies: "namely: A, B and C", "including A and B", "à savoir A et B". */
const NAMELY = /\b(?:namely|including|notably|notamment|à savoir|nommément)\s*:?\s*|:\s+(?=\p{Lu})/iu;

function readStartupsSecured(masked: string, next: string | null): AmountlessRound[] {
  const m = STARTUPS_SECURED_FROM.exec(masked);
  if (!m) return [];
  const rest = masked.slice(m.index + m[0].length);
  const run = findNameRuns(rest).find((r) => isCompanyName(r.text) && !/^[\p{Ll}\s-]*$/u.test(r.text));
  // The source: the first name after "from" (descriptors before it: "early-stage fund Ventures Platform").
  if (!run || run.start > 40) return [];
  const investor = run.text;
  let usedNext = false;
  let names: string[] = [];
  const own = NAMELY.exec(rest.slice(run.end));
  if (own) names = listedNames(rest.slice(run.end + own.index + own[0].length));
  if (names.length === 0 && next) {
    const n = NAMELY.exec(next);
    if (n) {
      names = listedNames(next.slice(n.index + n[0].length));
      usedNext = names.length > 0;
    }
  }
  if (!countAgrees(m, names)) return [];
  return names.filter((x) => x !== investor).map((company) => ({ company, investor, role: 'participant' as const, past: false, at: m.index, usedNext }));
}

/**
 * "Acme closed its Series B led by Sequoia", "Acme raised a seed round from Y", "Acme a bouclé un tour de table mené par Y":
 * a named company, a closing verb, a round named as such, and its backers after (the caller reads those).
 * The earlier round told in prose has the same clause with a date between the round and its backers, and a pluperfect verb
 * in French: "Acme raised a seed round in 2020 from Y", "Acme avait réalisé une première levée de fonds fin 2017 auprès de Y"
 * (ROUND_DATE_ADJUNCT; the date makes the round past through the caller's readPastContext).
 */
/**
 * A date adjunct between a round and its backers: "in 2020", "in March 2019", "en 2017", "fin 2017", "début 2021",
 * "last year", "l'an dernier", "in early 2020". Bounded, optional, one adjunct.
 */
const ROUND_DATE_ADJUNCT = String.raw`(?:(?:(?:in|en)\s+(?:(?:early|late|mid-?|début|fin)\s+)?|(?:début|fin|early|late|mid-)\s*)(?:(?:${lexAlt([...LEX_MONTHS_EN, ...LEX_MONTHS_FR])})\s+)?(?:19|20)\d\d|last year|l[’']an dernier|l[’']année dernière)\s*,?\s*`;
/**
 * One adverb of time or addition between the auxiliary and the participle: "qui a récemment réalisé une levée de fonds auprès
 * de Y", "which has recently closed a seed round from Y", "avait déjà bouclé un tour de table". A closed class, one word.
 */
const CLOSING_ADVERB = String.raw`(?:recently|just|also|already|previously|récemment|déjà|aussi|également|notamment)\s+`;
/**
 * Round 36: the present of the headline and the digest item, "Kitopi raises a seed round from CE Ventures", "Skiplino Raises
 * Series A Round from KISP Ventures" (Racha's MENA weekly digest, 1018), "Blue Current closes Series D funding round led by
 * Amazon" (C114, 808), "Dailyhunt bags Series G funding from Lupa Systems" (VCCircle, 392): a headline drops the determiner before
 * a Series or seed label, so it is optional there, after these present-tense verbs only ("Dealoka secured Series A from …" is
 * left as it was: past tenses keep their determiner). The verbs are the lexicon's present headline verbs (LEX_HEADLINE_VERBS_EN,
 * LEX_HEADLINE_CLOSE_VERBS_EN: "bags", "lands", "nets", "closes"…, their past forms left out) and "raises", "secures",
 * "completes"; French headlines put the present first too ("Kiplo lève une série A auprès de …", LEX_RAISE_CORE_VERBS "lève",
 * LEX_HEADLINE_VERBS_FR "décroche", "obtient", "sécurise"…) and keep their determiner ("une", "sa").
 */
const PAST_HEADLINE_FORM = /(?:ed|got|won)(?:\s+(?:on|in))?$|^a\s/u;
const PRESENT_CLOSING_VERB = lexAlt([
  'raises', 'secures', 'completes',
  ...[...LEX_HEADLINE_VERBS_EN, ...LEX_HEADLINE_CLOSE_VERBS_EN, ...LEX_HEADLINE_VERBS_FR, ...LEX_RAISE_CORE_VERBS.filter((v) => v.startsWith('lève'))].filter((v) => !PAST_HEADLINE_FORM.test(v)),
]);
/**
 * Round 38: the words a round is named with after its determiner, beyond "new", "first", "latest": an ordinal ("a third investment
 * round from V.P.F Limited", Racha's MENA digest 1018; "sa deuxième levée de fonds") and the round's year ("had received a 2018
 * Series A investment from Lewis & Clark Ventures", investableuniverse 963). Closed classes, one word each.
 */
const ROUND_QUALIFIER = String.raw`(?:new|fresh|first|second|third|fourth|fifth|latest|maiden|oversubscribed|nouveau|nouvelle|premier|première|deuxième|seconde?|troisième|(?:19|20)\d\d)\s+`;
/**
 * The round's own noun phrase. Round 38 adds the nouns the press puts after a Series label or alone: "a Series A financing led by",
 * "a 2018 Series A investment from" (963), "an investment round from" (1018), and a numbered series with its noun, as biotech
 * releases name a first priced round ("a Series 1 financing led by BioGenerator", 611): "investment" only right after a Series
 * label or before "round", so "an investment from Y" alone (a stake, a loan) stays out.
 */
const CLOSED_ROUND_NOUN = String.raw`(?:(?:Series|série) [1-9]\s+(?:funding|financing|investment)(?:\s+round)?|(?:pre-)?(?:Series|série) [A-J]\b(?:\s+(?:funding\s+|financing\s+|investment\s+)?round|\s+funding|\s+financing|\s+investment)?|(?:pre-)?seed round|seed funding|funding round|financing round|investment round|round of (?:funding|financing|investment)|tour de table|levée de fonds|tour d[’']amorçage)`;
const COMPANY_CLOSED_ROUND = new RegExp(String.raw`(?:\b(?:(?:(?:has|have|had)\s+)?(?:${CLOSING_ADVERB})?(?:closed|raised|secured|completed|landed|announced|bagged|received)|(?:a|avait|ont|avaient)\s+(?:${CLOSING_ADVERB})?(?:bouclé|finalisé|réalisé|effectué|clôturé|annoncé|levé)|boucle|finalise|annonce)\s+(?:its|a|an|their|un|une|son|sa|le|la)\s+|(?<![\p{L}])${PRESENT_CLOSING_VERB}\s+(?:(?:its|a|an|their|un|une|son|sa|leur)\s+|(?=(?:pre-)?(?:Series|seed)\s)))(?:${ROUND_QUALIFIER})*${CLOSED_ROUND_NOUN}\s*(?:,\s*)?(?:${ROUND_DATE_ADJUNCT})?(?=led by|co-led by|from|backed by|with participation|with (?:backing|investment) from|mené par|menée par|piloté par|auprès de|avec la participation)`, 'iu');
/**
 * Round 38: the press release's own sentence, "Galera Therapeutics, a drug development company …, today announced it has completed
 * a Series … financing led by BioGenerator" (news-medical 611), "Acme said that it has closed a seed round from Y": the closing
 * verb's subject is "it", and the company is the subject of the reporting verb right before. Only these verbs of saying and
 * "it"/"they" (the company itself), with "today" or "that" between: "Y said it has closed a round" names Y as the raiser too,
 * which is what the sentence says.
 */
const REPORTED_PRONOUN = /(?<![\p{L}])(?:today\s+|on\s+\p{Lu}\p{Ll}+day\s+)?(?:announced|announces|said|says|reported|reports|confirmed|confirms)\s+(?:today\s+)?(?:that\s+)?(?:it|they)\s+$/iu;

function readClosedRound(masked: string): AmountlessRound[] {
  const m = COMPANY_CLOSED_ROUND.exec(masked);
  if (!m) return [];
  let subject = subjectBefore(masked, m.index);
  if (subject?.pronoun) {
    const said = REPORTED_PRONOUN.exec(masked.slice(Math.max(0, m.index - 60), m.index));
    subject = said ? subjectBefore(masked, Math.max(0, m.index - 60) + said.index) : null;
  }
  const company = subject && !subject.pronoun ? subject.name : null;
  if (!company || !isCompanyName(company)) return [];
  // The pluperfect tells an earlier round: "had closed", "avait bouclé" (the auxiliary opens the match, or stands before it).
  const past = /^(?:had|avait|avaient)\b/iu.test(m[0]) || /\b(?:had|avait)\s*$/iu.test(masked.slice(Math.max(0, m.index - 5), m.index));
  return [{ company, investor: null, role: 'lead', past, at: m.index, namesRound: true }];
}

/**
 * Round 38: a round told by its rank instead of its figure, "Clio just raised the largest software funding round in Canadian tech
 * history" (BetaKit 688), "Rocker, formerly known as Bynk, raised the fourth biggest FinTech investment round in Sweden in 2019"
 * (FinTech Global 951), "Acme a réalisé la plus grosse levée de fonds du trimestre": the verb's subject raised a round. The round
 * noun is required ("raised the largest amount of any …" is no round), three modifiers at most between the superlative and it,
 * none a preposition ("raised the biggest concerns about the round" names no round of its subject).
 */
const RANKED_ROUND = /(?<![\p{L}])(?:(?:(?:has|have|had)\s+)?(?:just\s+|also\s+|recently\s+)?(?:raised|closed|secured|landed|completed)\s+(?:the|one of the)\s+(?:(?:second|third|fourth|fifth|\p{N}{1,2}(?:st|nd|rd|th))[\s-]+)?(?:largest|biggest)\s+(?:(?!(?:about|of|in|for|on|to|with|at|from|by|over|than|the)\s)[\p{L}-]+\s+){0,3}?(?:rounds?|fundraises?)|(?:a|ont|avait)\s+(?:réalisé|bouclé|signé|levé)\s+(?:la|l[’'])\s*(?:(?:deuxième|troisième|quatrième)\s+)?plus\s+(?:grosse|importante|grande)\s+(?:levée de fonds|tour de table|levée))(?![\p{L}])/iu;

function readRankedRound(masked: string): AmountlessRound[] {
  const m = RANKED_ROUND.exec(masked);
  if (!m) return [];
  const subject = subjectBefore(masked, m.index);
  const company = subject && !subject.pronoun ? subject.name : null;
  if (!company || !isCompanyName(company)) return [];
  return [{ company, investor: null, role: 'participant', past: /^had\b/iu.test(m[0]), at: m.index, namesRound: true }];
}

/** "Sequoia led Acme’s seed round", "Index co-led Acme’s § Series A", "Accel invested in Acme’s Series B": an investor in a possessed round.
 * Round 38: the company may come with its descriptor ending in a kind noun, "BDC Capital’s Seed Venture Fund participated in
 * Sherbrooke AI chip developer Irréversible’s pre-seed round" (BetaKit 786), "Acme joined fintech startup Globex’s seed round", and
 * "took part in" is one more verb of joining ("which also took part in albo’s Series A round", FinTech Futures 868).
 */
const DESCRIPTOR_KIND = String.raw`(?:[\p{Lu}\p{Ll}][\p{L}-]*\s+){0,4}?(?:startup|start-up|developer|company|firm|platform|maker|provider|manufacturer|fintech|biotech|insurtech|proptech|edtech|healthtech)\s+`;
const LED_POSSESSED_ROUND = new RegExp(String.raw`\b(?<verb>led|co-led|headed|invested in|participated in|took part in|joined|backed)\s+(?:${DESCRIPTOR_KIND})?(?<company>[\p{Lu}\p{N}][\p{L}\p{N}.&-]*(?:\s[\p{Lu}\p{N}][\p{L}\p{N}.&-]*){0,3})[’']s?\s+(?:[\p{L}§-]+\s+){0,3}?(?:round|Series [A-J]|seed)\b`, 'u');

function readLedPossessed(masked: string): AmountlessRound[] {
  const m = LED_POSSESSED_ROUND.exec(masked);
  if (!m) return [];
  const company = m.groups!.company!;
  const investor = investorBefore(masked, m.index);
  if (!investor || !isCompanyName(company)) return [];
  const role = /led|headed/.test(m.groups!.verb!) ? 'lead' as const : 'participant' as const;
  return [{ company, investor, role, past: /\b(?:had|previously|earlier|in (?:19|20)\d\d)\b/iu.test(masked), at: m.index, namesRound: true }];
}

/**
 * "Daosheng Capital has invested multi-millions in a Series C funding of Chinese logistics firm Fengxiansheng", "Accel
 * participated in the seed round of Tilia", "Partech a participé au tour de table de Tilia": an investor's part in a round
 * whose company follows "of"/"de" (descriptors, nationalities and places skipped).
 */
const INVESTED_IN_ROUND_OF = /\b(?:(?:has|have|had)\s+)?(?:invested|participated|took part|joined|co-invested|a (?:investi|participé|pris part)|ont (?:investi|participé|pris part))(?:\s+[^§.;,]{0,30}?)?\s+(?:in|à|au|dans)\s+(?:(?:a|an|the|its|la|le|une?)\s+)?(?:(?:new|fresh|latest|recent|nouvelle?|dernière?)\s+)?(?:(?:pre-)?(?:Series|série) [A-J]\b|(?:pre-)?seed|angel|funding|financing|growth)?\s*(?:funding|financing|round|investment)?(?:\s+round)?\s*(?:tour de table|levée de fonds|tour d[’']amorçage)?\s+(?:of|for|de|d[’']|du)\s*/iu;

function readInvestedInRoundOf(masked: string): AmountlessRound[] {
  const m = INVESTED_IN_ROUND_OF.exec(masked);
  if (!m) return [];
  // A round must be named between the verb and "of" ("invested in a Series C funding of", not "invested in the future of").
  if (!/\b(?:series|série|seed|round|funding|financing|tour de table|levée de fonds|amorçage)\b/iu.test(m[0])) return [];
  const rest = masked.slice(m.index + m[0].length, m.index + m[0].length + 120).split(/[;.]/u)[0]!;
  const company = findNameRuns(rest).map((r) => r.text).find((n) => isCompanyName(n) && !isNationality(n));
  const investor = investorBefore(masked, m.index);
  if (!company || !investor || company === investor) return [];
  const past = /\b(?:had|previously|earlier|avait)\b/iu.test(masked.slice(0, m.index + 10));
  return [{ company, investor, role: 'participant', past, at: m.index, namesRound: true }];
}

/**
 * "Investments in Aerobotics, Food Supply Network and The Student Hub made the firm one of the most active VCs", "Les
 * investissements dans Tilia et Kiplo …": investments opening the sentence, each named company a round (the investor is
 * told elsewhere; two companies at least, so "Investments in Acme's stock" stays out).
 */
const INVESTMENTS_IN_OPENING = /^\s*(?:(?:its|their|the|new|recent|fresh|ses|leurs|les|de nouveaux)\s+)?(?:investments|investissements|participations)\s+(?:in|dans)\s+/iu;

function readInvestmentsOpening(masked: string): AmountlessRound[] {
  const m = INVESTMENTS_IN_OPENING.exec(masked);
  if (!m) return [];
  const rest = masked.slice(m[0].length);
  const verb = /\s(?:made|make|makes|were|was|are|helped|brought|took|put|ont|sont|a|font|ont fait)\s/u.exec(rest);
  const names = namesIn(rest.slice(0, verb ? verb.index : 200)).filter(isCompanyName);
  if (names.length < 2) return [];
  return names.map((company) => ({ company, investor: null, role: 'participant' as const, past: false, at: 0 }));
}

/** "big deals for Seattle-based marketplace Rover and … company Jama Software lifted the total": rounds named by their companies. */
const BIG_DEALS_FOR = /\b(?:big|large|major|huge|mega|notable|sizable)[\s-]+(?:deals|rounds|raises|financings)\s+(?:for|by|into|pour|de)\s+/iu;

function readBigDealsFor(masked: string): AmountlessRound[] {
  const m = BIG_DEALS_FOR.exec(masked);
  if (!m) return [];
  const rest = masked.slice(m.index + m[0].length);
  // Up to the verb the list is the subject of ("… Jama Software lifted the total").
  const verb = /\s(?:lifted|boosted|drove|pushed|helped|accounted|made up|propelled|dominated|were|was|ont|a)\s/u.exec(rest);
  const names = namesIn(rest.slice(0, verb ? verb.index : 200)).filter(isCompanyName);
  // Two companies at least: "big deals for Amazon Prime members" names a customer, not rounds.
  if (names.length < 2) return [];
  return names.map((company) => ({ company, investor: null, role: 'participant' as const, past: false, at: m.index }));
}


/** A listed company: capitalised words (a digit or a dot inside: "Biza.io", "Yushi Space", "WhiteCoat"), at most four. */
const LISTED_NAME = '[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&’\'-]*(?:\\s[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&’\'-]*){0,3}';
/** A list of two names or more that ends where the text ends: "Halodoc, Doctor Anywhere and WhiteCoat", "A, B, C, and D", "A et B". */
const LIST_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?<list>${LISTED_NAME}(?:\\s*,\\s*(?:(?:and|et)\\s+)?${LISTED_NAME}|\\s+(?:and|et)\\s+${LISTED_NAME})+)\\s*$`, 'u');
/** Characters before the quantifier in which the list is looked for: a list is short, and the window keeps the anchored search linear. */
const LIST_BEFORE_WINDOW = 300;
/** Sector and kind words that open a list item without being a company ("Fintech Yoco", "Healthtech start-ups"). */
const KIND_WORDS = new RegExp(`^${lexAlt([...LEX_SECTOR_WORDS, 'ai', 'saas', 'startups?', 'start-ups?', 'la', 'le', 'les', 'the', 'and', 'et'])}$`, 'iu');

function listedCompanies(list: string): string[] {
  return list.split(/\s*,\s*(?:(?:and|et)\s+)?|\s+(?:and|et)\s+/u).map((n) => n.trim()).filter((n) => n.length > 1 && !KIND_WORDS.test(n) && isCompanyName(n));
}

/**
 * The companies are the list, one verb and one kind of round for all: "Weifen Zhifei, Dongyi Technology and Sufang New Energy all
 * announced their Angel+ financing", "Halodoc, Doctor Anywhere and WhiteCoat each raising growth stage rounds", "A et B ont
 * toutes deux bouclé leur tour d'amorçage". The round noun after the verb is required: "A, B and C all announced layoffs" is no round.
 */
const LIST_ALL_RAISED = /\s(?:all|each|both|have each|have all|ont toutes?(?: deux)?|ont tous(?: deux)?|ont chacune?)\s+(?:(?:recently|also|just|récemment|aussi|également)\s+)?(?:announced|announcing|raised|raising|closed|closing|secured|securing|completed|landed|received|annoncé|levé|bouclé|obtenu|finalisé|réalisé)\s+(?:(?:their|its|new|fresh|a|an|leur|leurs|un|une|des|de nouveaux|de nouvelles)\s+)*(?:[\p{L}\p{N}+’'"“”«»-]+\s+){0,3}?(?:financings?|funding|rounds?|Series\s+[A-J]|seed|tours?\s+de\s+table|levées?\s+de\s+fonds|financements?|tours?\s+d[’']amorçage|séries?\s+[A-J])(?![\p{L}\p{N}])/iu;

function readListAllRaised(masked: string): AmountlessRound[] {
  const m = LIST_ALL_RAISED.exec(masked);
  if (!m) return [];
  const head = masked.slice(Math.max(0, m.index - LIST_BEFORE_WINDOW), m.index);
  const l = LIST_BEFORE.exec(head);
  if (!l) return [];
  const names = listedCompanies(l.groups!.list!);
  if (names.length < 2) return [];
  const past = PAST_CUE.test(masked) && !NOW_CUE.test(masked.replace(PAST_CUE, ' '));
  return names.map((company) => ({ company, investor: null, role: 'participant' as const, past, at: m.index + 1, namesRound: true }));
}

/**
 * "Luming Robotics announced the completion of its "Angel++" financing", "Acme a annoncé la clôture de sa levée de fonds": one
 * company closing a round it names, with neither figure nor backers. An acquisition or a product ("completion of its merger") is not.
 */
const COMPLETION_OF_ROUND = /\b(?:announced|announces|confirmed|a annoncé|annonce)\s+(?:the\s+|la\s+)?(?:completion|closing|close|clôture|finalisation|réalisation)\s+(?:of|de)\s+(?:(?:its|a|an|their|the|son|sa|un|une|leur)\s+)(?:(?:new|latest|first|nouveau|nouvelle|premier|première)\s+)*(?:[\p{L}\p{N}+’'"“”«»-]+\s+){0,3}?(?:financing|funding|round|tour de table|levée de fonds|financement|tour d[’']amorçage)(?![\p{L}\p{N}])/iu;

function readCompletionOfRound(masked: string): AmountlessRound[] {
  const m = COMPLETION_OF_ROUND.exec(masked);
  if (!m) return [];
  const subject = subjectBefore(masked, m.index);
  const company = subject && !subject.pronoun ? subject.name.replace(/^["“”«»\s]+|["“”«»\s]+$/gu, '') : null;
  if (!company || !isCompanyName(company)) return [];
  return [{ company, investor: null, role: 'participant', past: /\b(?:had|avait)\s*$/iu.test(masked.slice(Math.max(0, m.index - 5), m.index)), at: m.index, namesRound: true }];
}

/**
 * An investor's portfolio told as a plain list: "The fund also invested in Food Supply Network, insurtech firm Naked Insurance, …,
 * among others", "Partech a investi en 2018 dans la plateforme TradeDepot et de la fintech Yoco". Two companies at least; told as
 * history (a portfolio is background), the investor is the subject when it is named.
 */
const INVESTED_IN_LIST = /\b(?:(?:has|have|had)\s+)?(?:also\s+|already\s+|previously\s+)?invested\s+(?:(?:in|since)\s+(?:19|20)\p{N}\p{N}\s+)?in\s+(?=\S)|\b(?:a|ont|avait|avaient)\s+(?:aussi\s+|également\s+|déjà\s+)?investi\s+(?:en\s+(?:19|20)\p{N}\p{N}\s+)?dans\s+(?=\S)/iu;
/**
 * A quote's attribution: a closing quote mark (a straight one only after a word or a stop, so an opening mark is not read),
 * then a verb of saying ("…,” says Jane Doe, Executive Vice President, …", "…», explique Jean Dupont, directeur …"). What
 * follows names the speaker and their titles, never a raiser; a quote closed inside a list ("a “wage access platform” Acme")
 * goes on.
 */
const QUOTE_ATTRIBUTION = /(?:(?<=[\p{L}\p{N}.,!?…])["”]|»)\s*,?\s*(?:says|said|adds|added|explains|explained|notes|noted|according to|dit|explique|ajoute|affirme|précise|souligne|indique|estime|confie)(?![\p{L}\p{N}])/u;
/**
 * Where the portfolio list ends: "among others", a relative clause, the sentence's end, or a closing quote mark (the quote's
 * attribution follows: "… invested in research,” says Jane Doe, Vice President …" holds a speaker and a title, not companies).
 */
const PORTFOLIO_END = new RegExp(`${QUOTE_ATTRIBUTION.source}|,?\\s+(?:among others|amongst others|and others|entre autres|notamment|parmi d[’']autres)\\b|\\s+(?:which|who|that|qui|dont|et annonce|and announced|and is|and has|as|through|via|during|over|since|alongside|with|to|for|from|in (?:a|an|the|its|their|\\p{N})|dans le cadre|lors|avec|pour|aux côtés)\\s|[;.()]`, 'iu');

/**
 * Round 42 (issue 2): the newswire's place of a company, "City, State-based Name" ("A16z invested in Sacramento, Calif.-based Azra
 * Games", 1173 CoinDesk; "Maple Grove, MN-based CVRx", 1000 OneMedPlace; "Long Beach, California-based Medal", 342 VentureBeat;
 * "Palo Alto, Calif.-based Limbix", 522 BioWorld): the place is no item of the list, and the abbreviation's period ("Calif.") does
 * not end it.
 */
const PLACE_BASED_PREFIX = /(?<![\p{L}])(?:\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2},\s*)?\p{Lu}[\p{L}.’'-]*[-‑–]based\s+/gu;

function readInvestedInList(masked: string): AmountlessRound[] {
  const m = INVESTED_IN_LIST.exec(masked);
  if (!m) return [];
  const text = masked.slice(m.index + m[0].length, m.index + m[0].length + MAX_LIST).replace(PLACE_BASED_PREFIX, '');
  // "invested in the company's shares", "invested in startups such as …": a list that starts with a lower-case word is a description.
  if (/^(?:startups?|start-ups?|companies|the\s+(?:company|firm|startup)|its|their|ses|leurs)\b/iu.test(text)) return [];
  // "invested in more than 40 companies, including Stripe and Airbnb", "dans plus de 200 start-ups, dont …": a portfolio told by
  // a count and examples is background, not rounds.
  if (/^(?:more than|over|some|about|around|nearly|almost|several|many|dozens|hundreds|scores|plus de|près de|environ|quelque|une?\s+(?:dizaine|vingtaine|centaine)|des\s+(?:dizaines|centaines)|\p{N})/iu.test(text)) return [];
  const end = PORTFOLIO_END.exec(text);
  const list = text.slice(0, end ? end.index : text.length);
  if (list.includes('§')) return [];
  const names = namesIn(list).filter((n) => !KIND_WORDS.test(n) && isCompanyName(n));
  if (names.length < 2) return [];
  const subject = subjectBefore(masked, m.index);
  const investor = subject && !subject.pronoun && isCompanyName(subject.name) ? subject.name : null;
  return names.filter((n) => n !== investor).map((company) => ({ company, investor, role: 'participant' as const, past: true, at: m.index }));
}

/**
 * "Also, they led a series funding round for Eigen Technologies", "Accel co-led a seed round for Tilia", "Partech a mené un tour de
 * table pour Kiplo": the investor that led a round whose company follows "for" (a participation, often a share of a round read elsewhere with its figure, is left out); descriptors and places before the name are skipped.
 */
const LED_ROUND_FOR = /\b(?<verb>led|co-led|headed|a mené|a co-mené|a piloté|ont mené)\s+(?:a|an|the|un|une|le|la)\s+(?:[\p{L}-]+\s+){0,3}?(?:round|financing|funding|tour de table|levée de fonds|financement)(?:\s+round)?\s+(?:for|pour|de)\s+(?:(?:the\s+)?[\p{Lu}][\p{L}]*[’']s\s+)?/iu;

function readLedRoundFor(masked: string): AmountlessRound[] {
  const m = LED_ROUND_FOR.exec(masked);
  if (!m) return [];
  const run = findNameRuns(masked.slice(m.index + m[0].length, m.index + m[0].length + 120))[0];
  if (!run || run.start !== 0 || !isCompanyName(run.text)) return [];
  const investor = investorBefore(masked, m.index);
  if (investor === run.text) return [];
  const past = /\b(?:had|previously|earlier|in (?:19|20)\d\d|avait)\b/iu.test(masked);
  return [{ company: run.text, investor, role: 'lead', past, at: m.index, namesRound: true }];
}

/** "Further, …" / "Par ailleurs, …": a connective opening the sentence is not part of its subject. */
const OPENING_CONNECTIVE = /^\s*(?:(?:further(?:more)?|also|meanwhile|besides|additionally|in addition|elsewhere|separately|similarly|likewise|moreover|subsequently|de plus|par ailleurs|en outre|enfin|de même|également)\s*,\s*)?/iu;
/** One capitalised token of a name: "Bombay", "SiftHub", "ONO", "Biza.io". */
const NAME_TOKEN = /^[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*$/u;
/** Descriptor tokens kept off the front of a name: "D2C Assembly", "NBFC Infinity Fincorp", "Fintech Yoco". */
const DESCRIPTOR_TOKEN = new RegExp(`^${lexAlt(['D2C', 'B2B', 'B2C', 'NBFC', 'SaaS', 'AI', 'EV', 'IoT', ...lexCapitalised(LEX_SECTOR_WORDS), 'Deep-tech'])}$`, 'u');
/** Names of investors, not of companies that raise: "Accel Partners and Sequoia Capital also raised funds" is two fund closes. */
const INVESTOR_NAME = /\b(?:Capital|Ventures|Partners|Fund|Funds|Investments|Invest|VC|Equity|Asset Management|Holdings|Angels)$/u;
/** Words of a descriptor that say a startup: a list of such items in a weekly wrap is a list of funded startups. */
const STARTUP_KIND = /\b(?:startups?|start-ups?|brand|platform|provider|company|firm|retailer|marketplace|app|maker|fintech|edtech|healthtech|agritech|saas|jeune pousse|plateforme|société|spécialiste|éditeur)\b/iu;
/** A list compares or exemplifies ("startups such as A and B"): not a list of this period's rounds. */
const EXAMPLE_CUE = /\b(?:such as|like|including|tels? que|telles? que|comme|à l[’']instar)\b/iu;

interface ListItem { name: string; described: boolean }

/**
 * A list item told as "<descriptor> <Name>": "D2C luggage brand Assembly", "full-stack retailer of used two-wheelers BeepKart",
 * "Bombay Shaving Company". The name is the run of capitalised words that ends the item; null when the item does not end in one.
 */
function itemName(item: string): ListItem | null {
  const words = item.replace(/\([^()]{0,20}\)/gu, ' ').trim().split(/\s+/u);
  if (words.length === 0 || words.length > 16) return null;
  let k = words.length;
  while (k > 0 && NAME_TOKEN.test(words[k - 1]!) && words.length - k < 4) k--;
  while (k < words.length - 1 && DESCRIPTOR_TOKEN.test(words[k]!)) k++;
  if (k === words.length) return null;
  const name = words.slice(k).join(' ').replace(/[’']s$/u, '');
  if (!isCompanyName(name) || INVESTOR_NAME.test(name) || KIND_WORDS.test(name)) return null;
  return { name, described: k > 0 };
}

/** Characters read for one described list. */
const MAX_DESCRIBED_LIST = 500;

/**
 * "D2C personal care brand Bombay Shaving Company and D2C luggage brand Assembly", "AI platform SiftHub, deep-tech startup Planys,
 * and … Metalbook": each comma item, and each "and" whose left side ends in a name, is one company; null if any item is not one.
 * ("construction and home improvement platform Wify": the "and" inside a descriptor does not split.)
 */
function describedList(text: string): ListItem[] | null {
  if (text.length > MAX_DESCRIBED_LIST || text.includes('§') || EXAMPLE_CUE.test(text)) return null;
  const items: ListItem[] = [];
  for (const [c, chunk] of text.split(/\s*,\s*/u).entries()) {
    const parts = chunk.replace(/^(?:and|et)\s+/u, '').split(/\s+(?:and|et)\s+/u);
    let pending = '';
    for (const [k, part] of parts.entries()) {
      // "Construction and home improvement platform Wify": one capitalised word opening the text, then a lower-case descriptor, is
      // the sentence's capital, not a company.
      const opening = c === 0 && k === 0 && /^\S+$/u.test(part) && /^\p{Ll}/u.test(parts[1] ?? '');
      if (opening) {
        pending = part;
        continue;
      }
      const piece = pending ? `${pending} and ${part}` : part;
      const lastWord = piece.split(/\s+/u).pop() ?? '';
      if (NAME_TOKEN.test(lastWord)) {
        const item = itemName(piece);
        if (!item) return null;
        items.push(item);
        pending = '';
      } else pending = piece;
    }
    if (pending) return null;
  }
  return items.length > 0 ? items : null;
}

/**
 * "Further, D2C personal care brand Bombay Shaving Company and D2C luggage brand Assembly also secured funds this week", "A, B and C
 * also raised undisclosed amounts", "A et B ont également levé des fonds": a list of companies is the whole subject of a funding
 * verb whose object is money with no figure. One company alone needs "also" (a wrap's "… also secured funding"); investors raising
 * funds, and "struggle to raise", stay out (the verb must follow the list).
 */
const LIST_ALSO_FUNDED = /\s(?<also>(?:(?:have|has|had|ont|a)\s+)?(?:also|too|likewise|aussi|également)\s+)?(?:(?:have|has|ont|a)\s+)?(?:secured|raised|received|bagged|scooped|picked up|obtained|landed|levé|obtenu|reçu|sécurisé)\s+(?:(?:some|fresh|new|their|des|de nouveaux|leurs)\s+)?(?:funds|funding|financing|capital|investments?|undisclosed (?:amounts?|sums?|funding|rounds?)|fonds|financements?|montants? non (?:divulgués?|communiqués?|dévoilés?))(?![\p{L}\p{N}])(?!\s+(?:for|to invest|pour investir)\b)/iu;

function readListAlsoFunded(masked: string): AmountlessRound[] {
  const m = LIST_ALSO_FUNDED.exec(masked);
  if (!m) return [];
  const head = masked.slice(0, m.index).replace(OPENING_CONNECTIVE, '');
  const items = describedList(head);
  if (!items || (items.length < 2 && !m.groups!.also)) return [];
  const past = PAST_CUE.test(masked) && !NOW_CUE.test(masked.replace(PAST_CUE, ' '));
  return items.map(({ name }) => ({ company: name, investor: null, role: 'participant' as const, past, at: m.index + 1 }));
}

/**
 * One named company, a raising participle, money with no figure, and a named source: "Acme has received funding from the Northwind
 * Growth Fund", "Acme secured fresh investment from Y", "Acme a obtenu un financement de la part de Y", "Acme a levé des fonds
 * auprès de Y". The clause is a deal whatever the page is: its raiser is the sentence's subject and its backer is named. The verb is
 * the closed class of raising participles (funding-lexicon); the money is a noun of funding, never a figure (those are read by the
 * figure reader), a grant, a loan or a prize.
 */
const RAISE_PARTICIPLE = lexAlt([...LEX_RAISE_PARTICIPLES_EN, ...LEX_RAISE_PARTICIPLES_FR]);
const NAMED_FUNDING_FROM = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<verb>${RAISE_PARTICIPLE})\s+(?:(?:new|fresh|additional|further|early|strategic|some|un|une|des|de nouveaux|nouveaux|nouveau|nouvel|nouvelle|premiers?|premières?)\s+)*` +
  String.raw`(?:funding|financing|investment|backing|capital|financements?|fonds|investissements?|soutien financier)\s+(?:from|de la part d[e’']|auprès d[e’']|de|du|des)\s*`,
  'iu');
/** A source that makes the money a grant, a loan or public aid, not a round: "from the government", "from its bank". */
const NOT_A_BACKER_SOURCE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${lexAlt([...LEX_PUBLIC_BODIES, 'banks?', 'banques?', 'grants?', 'subventions?', 'programmes?', 'programs?', 'EU', 'UE', 'state', 'État', 'founders?', 'fondateurs?'])})(?![\p{L}\p{N}])`, 'iu');
/**
 * A grant-maker whose name says so, as the only backer: "from the X Trust", "from Arts Council England", "de la part de la
 * Région Y", "de la Fondation Z". The word must be the name's head, the last word in English and the first in French: a
 * bank or a fund that only holds the word ("Northern Trust", "Région Sud Investissement", "the Gates Foundation venture
 * fund") is a backer like any other, and so is a grant-maker named beside another backer (review B finding 1).
 */
const GRANT_MAKER_LAST = new RegExp(String.raw`(?<![\p{L}\p{N}])${lexAlt([...LEX_GRANT_MAKERS_EN, ...LEX_GRANT_MAKERS_FR])}$`, 'iu');
const GRANT_MAKER_FIRST = new RegExp(String.raw`^${lexAlt(LEX_GRANT_MAKERS_FR)}(?![\p{L}\p{N}])`, 'iu');
/** After the backer's name: lower-case words of its own ("venture fund"), then "and/et/,/&" and a second name. */
const ANOTHER_BACKER = /^(?:\s+(?!(?:to|for|in|on|with|from|pour|afin|à|avec|dans|sur)(?![\p{L}\p{N}]))\p{Ll}[\p{L}-]*){0,3}\s*(?:,|and|et|&)\s*(?:(?:de la|de l['’]|de|du|des|d['’]|the|la|le|les|l['’])\s*)?\p{Lu}/u;

function isGrantMakerOnly(name: string, after: string): boolean {
  // A place after the head stays part of a public giver's name ("Arts Council England", "Creative Trust Wales").
  const place = /\s+(\S+)$/u.exec(name.trim());
  const words = place && isPlace(place[1]!) ? name.trim().slice(0, place.index) : name.trim();
  return (GRANT_MAKER_LAST.test(words) || GRANT_MAKER_FIRST.test(words)) && !ANOTHER_BACKER.test(after);
}
/**
 * A raiser whose noun phrase is an institution's (a hospital, a university, a festival, a food bank, a town hall): the clause
 * tells a grant or a sponsorship, not a round. The institution noun must be the subject's head: the end of the subject, or
 * followed by its own name ("The X Children's Hospital", "L'Université de Y", "le musée de Z"). Followed by a lower-case word
 * it is a modifier of a company's descriptor ("hospital software startup Acme", "a university spinout"): no filter.
 */
const INSTITUTION_NOUN = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${lexAlt([...LEX_INSTITUTION_NOUNS_EN, ...LEX_INSTITUTION_NOUNS_FR])})(?![\p{L}\p{N}])`, 'giu');
/**
 * After the noun, what makes it the head of the raiser's name (case-sensitive): the end of the subject, lower-case words only
 * up to the verb ("The X Festival has"), or a preposition of its name ("L'Université de Y", "the Museum of Z"). A capitalised
 * word after it continues a company's name ("HealthTrust Hospital Labs", review B finding 1); lower-case words then a name are
 * a descriptor's modifier ("hospital software startup Acme").
 */
const HEAD_AFTER = /^(?:\s+(?:of|for|in|de|du|des|d[’'])(?![\p{L}\p{N}])|(?:\s+\p{Ll}[\p{L}’'-]*)*\s*$)/u;

function isInstitutionRaiser(subject: string): boolean {
  INSTITUTION_NOUN.lastIndex = 0;
  for (let m = INSTITUTION_NOUN.exec(subject); m; m = INSTITUTION_NOUN.exec(subject)) {
    if (HEAD_AFTER.test(subject.slice(m.index + m[0].length))) return true;
  }
  return false;
}
/** Reach after "from" where the backer's name must start: "the new Northwind Fund", "early-stage investors such as Y". */
const SOURCE_REACH = 48;

function readNamedFundingFrom(masked: string): AmountlessRound[] {
  // A figure in the sentence is the figure reader's ("has raised additional funding from Y, taking its round to §"): the clause
  // is no amountless deal even when that reader found no round in it.
  if (masked.includes('§')) return [];
  const m = NAMED_FUNDING_FROM.exec(masked);
  if (!m) return [];
  const company = investorBefore(masked, m.index);
  // Funds raise money from their own backers ("Valar Ventures has secured funding from NZVIF"): a fund close, not a round.
  if (!company || INVESTOR_NAME.test(company) || isNationality(company)) return [];
  // The subject's own words, up to the verb: the name found may be its last word only ("The X Children's Hospital" -> "Hospital").
  if (isInstitutionRaiser(company) || isInstitutionRaiser(subjectWords(masked, m.index).trimEnd())) return [];
  const restStart = m.index + m[0].length;
  const rest = masked.slice(restStart, restStart + SOURCE_REACH + 60).split(/[;.()]/u)[0]!;
  const run = findNameRuns(rest).find((r) => r.start <= SOURCE_REACH && isCompanyName(r.text));
  if (!run || NOT_A_BACKER_SOURCE.test(rest.slice(0, run.end)) || isGrantMakerOnly(run.text, rest.slice(run.end)) || sameName(run.text, company)) return [];
  return [{ company, investor: run.text, role: 'participant', past: /\b(?:had|avait)\s+$/iu.test(masked.slice(Math.max(0, m.index - 8), m.index)), at: m.index }];
}

/** The words of the clause before `at` back to the last clause mark (the subject of a verb at `at`), at most 80 characters. */
function subjectWords(masked: string, at: number): string {
  const before = masked.slice(Math.max(0, at - 80), at);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  return before.slice(cut + 1);
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** A wrap's ranked list: "Traya spearheaded the list followed by A, B and C", "Acme topped the chart, followed by A and B". */
const RANKED_LIST = /\s(?:spearheaded|topped|led|headed|dominated|was on top of)\s+(?:the|this)\s+(?:list|chart|pack|tally|table|ranking)(?:\s+of\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3})?\s*,?\s*(?:(?:and\s+)?(?:was\s+)?(?:followed by|trailed by)\s+)/iu;
/** "The list further includes A, B and C", "The list was followed by A and B", "La liste comprend aussi A et B". */
const LIST_GOES_ON = /^\s*(?:the|this|la|cette)\s+(?:list|liste)\s+(?:(?:further|also|then|aussi|ensuite|également)\s+)?(?:includes?|included|comprises?|features?|was followed by|is followed by|comprend|inclut|compte)\s+(?:(?:aussi|également)\s+)?/iu;
/** Funding words in the sentence: the list ranks rounds (not phones or carmakers). */
const FUNDING_WORD = /\b(?:fund(?:s|ing|ed|raise)?|raised?|round|invest\w*|financ\w*|levée|levé|tour de table|backed|secured)\b/iu;

/**
 * Where a wrap's list stops: the end of the sentence, a clause that moves on, or the "and the rest" tail a digest puts after
 * its last name ("A, B and C, among others", "A et B, entre autres", "A, B and more"): the tail says the list is partial, not
 * that it holds one more company.
 */
const LIST_CLOSE = /[;.]\s|[;.]?$|\s+(?:which|who|that|qui|dont|with|avec|while|whereas|tandis)\s|,?\s+(?:among(?:st)? others|and (?:many |several )?others|and more|entre autres|parmi d[’']autres|et d[’']autres)(?![\p{L}\p{N}])/u;

/** The list after a ranking cue, up to the end of the sentence or a clause that moves on. */
function rankedItems(text: string): ListItem[] | null {
  const end = LIST_CLOSE.exec(text);
  return describedList(text.slice(0, end ? end.index : text.length).replace(/[;.]$/u, ''));
}

/**
 * A roundup ranks the week's funded startups: the list holds companies when the sentence speaks of funding or when most items are
 * described as startups ("AI platform SiftHub, deep-tech startup Planys"): "Apple topped the list, followed by Samsung and Xiaomi" stays out.
 */
function rankedRounds(masked: string, items: ListItem[], at: number): AmountlessRound[] {
  const described = items.filter((i) => i.described).length;
  if (!FUNDING_WORD.test(masked) && !(items.length >= 2 && described * 2 >= items.length && STARTUP_KIND.test(masked))) return [];
  return items.map(({ name }) => ({ company: name, investor: null, role: 'participant' as const, past: false, at }));
}

function readRankedList(masked: string): AmountlessRound[] {
  const m = RANKED_LIST.exec(masked);
  if (m) {
    const first = describedList(masked.slice(0, m.index).replace(OPENING_CONNECTIVE, ''));
    const rest = rankedItems(masked.slice(m.index + m[0].length));
    if (!first || first.length !== 1 || !rest) return [];
    return rankedRounds(masked, [...first, ...rest], m.index + 1);
  }
  const g = LIST_GOES_ON.exec(masked);
  if (!g) return [];
  const items = rankedItems(masked.slice(g[0].length));
  return items ? rankedRounds(masked, items, 0) : [];
}

/**
 * "Other startups that raised funding this week include A, B and C", "Other companies raising rounds were A and B", "Other notable
 * fundraises included A, B and C, among others" (the English adjectives before the noun: a wrap grades the rest of its list; "Parmi
 * les autres levées notables :" the French one after it), "D'autres levées
 * ont été annoncées par A et B", "Parmi les autres levées de la semaine : A, B et C": the rest of a wrap's rounds named in one list.
 */
const OTHER_RAISERS = /\b(?:other|more)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(?:startups?|start-ups?|companies|firms|businesses|rounds|raises|fundraises|fundraisers)\s+(?:(?:this|last|that)\s+(?:week|month|quarter|year)\s+)?(?:(?:that|which|who)\s+)?(?:(?:have\s+|also\s+)?(?:raised|raising|closed|closing|secured|securing|announced|announcing|landed|bagged|received)\s+(?:[\p{L}-]+\s+){0,4}?)?(?:include|included|including|were|are)\s*:?\s+|\bd[’']autres\s+(?:levées(?:\s+de\s+fonds)?|tours\s+de\s+table|opérations|financements)\s+(?:ont été|sont)\s+(?:annoncé(?:e|es|s)?|réalisé(?:e|es|s)?|bouclé(?:e|es|s)?|conclu(?:e|es|s)?)\s+(?:[\p{L}-]+\s+){0,3}?par\s+|\bparmi\s+les\s+autres\s+(?:levées(?:\s+de\s+fonds)?|tours\s+de\s+table|start-ups?\s+(?:ayant|qui ont)\s+levé\s+des\s+fonds)(?:\s+\p{Ll}{3,}(?:e?s))?(?:\s+(?:de la semaine|du mois|de cette semaine))?\s*(?::|,|figurent|on (?:trouve|retrouve)|citons)\s*/iu;

function readOtherRaisers(masked: string): AmountlessRound[] {
  const m = OTHER_RAISERS.exec(masked);
  if (!m) return [];
  // "Other companies … include" needs a funding word in the phrase: "other companies that launched products include A and B" is no round.
  if (!/\b(?:rais|clos|secur|landed|bagged|received|deals|rounds|raises|fundrais|levée|tours|opérations|financements|levé)/iu.test(m[0])) return [];
  const items = rankedItems(masked.slice(m.index + m[0].length));
  if (!items) return [];
  const past = PAST_CUE.test(masked) && !NOW_CUE.test(masked.replace(PAST_CUE, ' '));
  return items.map(({ name }) => ({ company: name, investor: null, role: 'participant' as const, past, at: m.index }));
}

/**
 * "Trois semaines après avoir injecté de l'argent frais dans l'opérateur télécom parisien Onoff, le fonds Leansquare …", "Kestrel
 * pumped fresh capital into logistics startup Cargoon": an investor putting money into a named company, no figure. A state or a
 * central bank putting money in is a bailout or liquidity, not a round.
 */
const INJECTED_INTO = /\b(?:injected|injecting|pumped|pumping|poured|pouring|put|putting|injecté|injectant|investi|apporté)\s+(?:(?:some|more|new|fresh|de l[’']|du|des|de nouveaux|de nouvelles)\s*)?(?:fresh\s+)?(?:money|cash|capital|funds|argent frais|argent|fonds frais|fonds|capitaux(?:\s+frais)?)\s+(?:into|in|dans|au capital de|chez)\s+/iu;
/** The one putting money in is a state or a central bank: not a round. */
const STATE_INVESTOR = /(?<![\p{L}\p{N}])(?:[Gg]overnment|[Ss]tate|[Tt]reasury|[Cc]entral [Bb]ank|Federal Reserve|Fed|ECB|BCE|État|[Gg]ouvernement|Trésor|[Bb]anque centrale|[Mm]inistry|[Mm]inistère)(?![\p{L}\p{N}])/u;
/** History: "après avoir injecté", "had pumped", "last year". */
const INJECTED_PAST = /\b(?:après avoir|after|had|previously|earlier|last (?:year|month|week)|avait|déjà|l[’']an dernier|l[’']année dernière)\b/iu;

function readInjectedInto(masked: string): AmountlessRound[] {
  const m = INJECTED_INTO.exec(masked);
  if (!m) return [];
  if (STATE_INVESTOR.test(masked)) return [];
  const restStart = m.index + m[0].length;
  const rest = masked.slice(restStart, restStart + 120).split(/[;.,()]/u)[0]!;
  // The company is the name that ends the object ("l'opérateur télécom parisien Onoff", "logistics startup Cargoon").
  const company = findNameRuns(rest).map((r) => r.text).find((n) => isCompanyName(n) && !isNationality(n));
  if (!company || !/^(?:[\p{Ll}\p{Lm}’'-]+\s+){0,5}$/u.test(rest.slice(0, rest.indexOf(company)))) return [];
  let investor = investorBefore(masked, m.index);
  if (!investor && /^\s*(?:trois|deux|quelques|\p{N}+|a few|two|three|weeks?|days?|months?|semaines|jours|mois|\s)*\s*(?:après avoir|after)\s*$/iu.test(masked.slice(0, m.index).replace(/\b(?:semaines?|jours?|mois|weeks?|days?|months?)\b/giu, ' ').slice(-60))) {
    // "Trois semaines après avoir injecté … dans Onoff, le fonds d'investissement Leansquare …": the main clause's subject.
    const after = masked.slice(restStart + rest.length, restStart + rest.length + 80);
    investor = findNameRuns(after).map((r) => r.text).find(isCompanyName) ?? null;
  }
  if (investor === company) return [];
  return [{ company, investor, role: 'participant', past: INJECTED_PAST.test(masked.slice(0, m.index + 20)), at: m.index }];
}

/**
 * A job title standing as a whole name ("Executive Vice President", "Managing Partner", "Directeur Général"): its words are the
 * role lexicon's (names.ts ROLE_FAMILIES) with the closed class of rank qualifiers. Never a raiser.
 */
const TITLE_QUALIFIERS = ['executive', 'senior', 'vice', 'deputy', 'assistant', 'associate', 'general', 'managing', 'founding', 'venture', 'chief', 'group', 'regional', 'global', 'adjoint', 'adjointe', 'délégué', 'déléguée'];
const JOB_TITLE_NAME = new RegExp(`^(?:(?:${TITLE_QUALIFIERS.join('|')})[\\s-]+)*(?:${roleAlternation(...Object.values(ROLE_FAMILIES))}|officer|manager|treasurer|secretary)s?$`, 'iu');
/**
 * A finance term standing as a whole name ("Venture Capital", "Subordinate Financing", "Private Equity", "Capital-risque"): every
 * word is of the closed vocabulary of financing kinds. A firm's name holds a word of its own ("Acme Venture Capital").
 */
const FINANCE_TERM_WORDS = ['venture', 'capital', 'financing', 'finance', 'funding', 'equity', 'private', 'public', 'growth', 'debt', 'subordinate', 'subordinated', 'mezzanine', 'seed', 'impact', 'corporate', 'structured', 'investments?', 'risk', 'capital-risque', 'capital-investissement', 'dette', 'privée?', 'financement', 'amorçage', 'croissance', 'investissement', 'and', '&', 'et'];
const FINANCE_TERM_NAME = new RegExp(`^(?:${FINANCE_TERM_WORDS.join('|')})(?:[\\s-]+(?:${FINANCE_TERM_WORDS.join('|')}))*$`, 'iu');

/**
 * The speaker's company raised, in a relative clause of its own: "», explique Jane Doe, fondatrice de Acme, plateforme de …
 * qui a récemment réalisé une levée de fonds auprès de Y", "” says Jane Doe, founder of Acme, a platform that recently closed a
 * seed round from Y". Between the company and the reader's verb: its apposition (no stop, no quote, no other clause) ending in
 * the relative pronoun. Bounded to 100 characters.
 */
const RELATIVE_OF_COMPANY = /^[^.;:!?«»“”"()]{0,100}?\s(?:qui|which|that)\s+$/u;

/** A raiser that is a person, a job title or a finance term, wherever a reader found it: never a company of a round. */
function isNotARaiser(masked: string, company: string, at: number): boolean {
  if (JOB_TITLE_NAME.test(company.trim()) || FINANCE_TERM_NAME.test(company.trim())) return true;
  const quote = QUOTE_ATTRIBUTION.exec(masked);
  // The name is only in the attribution: the speaker or their title, unless a relative clause of the company tells its round.
  const where = masked.indexOf(company);
  if (quote === null || where <= quote.index) return false;
  return !(at > where && RELATIVE_OF_COMPANY.test(masked.slice(where + company.length, at)));
}

// ── The withheld amount (round 29) ─────────────────────────────────────────────────────────────────────────────────────
/**
 * A round told with its amount withheld: the press says so in a closed set of words ("an undisclosed amount", "undisclosed
 * sums", "an undisclosed seed round", "undisclosed funding", "un montant non divulgué", "une somme non communiquée"). The noun
 * after the qualifier must be money or a round: "undisclosed investors", "undisclosed terms", "an undisclosed value" (a price)
 * are not rounds. At most two lower-case words between ("an undisclosed venture round", "undisclosed bridge funding"). The
 * withheld words are the lexicon's (LEX_WITHHELD_EN, LEX_WITHHELD_FR_STEMS), shared with investors.ts WITHHELD_SUM.
 */
const WITHHELD_AMOUNT = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:an?|some|des|un|une)\s+)?(?:${lexAlt(LEX_WITHHELD_EN)}\s+(?:[\p{Ll}-]+\s+){0,2}?(?:amounts?|sums?|funding|investments?|financing|rounds?|capital|Series\s+[A-J])|(?:montants?|sommes?|levée de fonds|tour de table|investissements?|financements?)\s+non\s+${lexAlt(LEX_WITHHELD_FR_STEMS)}é?e?s?)(?![\p{L}\p{N}])`, 'iu');
/**
 * A verb of raising right before the withheld amount: its subject raised it ("Acme has raised an undisclosed amount", "both
 * Acme and Globex received undisclosed amounts", "Acme a levé un montant non divulgué"). The lexicon's participles and receive
 * synonyms, with the simple forms the press uses in digests.
 */
const RAISE_BEFORE_WITHHELD = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:(?:has|have|had)\s+(?:also\s+|now\s+|recently\s+|just\s+)?)?(?:${lexAlt([...LEX_RAISE_PARTICIPLES_EN])}|${LEX_RECEIVE_SYNONYMS_EN.join('|')})|rais(?:es?|ing)|secur(?:es?|ing)|clos(?:es?|ing)|receiv(?:es?|ing)|gets?|got|obtain(?:s|ed)?|(?:(?:a|ont|avait|avaient)\s+(?:aussi\s+|également\s+|récemment\s+|déjà\s+)?)?(?:${lexAlt([...LEX_RAISE_PARTICIPLES_FR])}|reçu)|lève|reçoit|${LEX_RAISE_PLURAL_FR.join('|')})\s+$`, 'iu');
/** Characters before the withheld amount in which its verb is looked for (the anchored search stays linear). */
const WITHHELD_VERB_WINDOW = 60;
/**
 * The withheld amount put in a named company: "an undisclosed investment in Acme", "the investment of an undisclosed amount in
 * Acme, a Lyon-based startup", "invested an undisclosed sum in Acme", "un investissement non divulgué dans Acme". The money noun
 * of the phrase says it is a backing; an amount alone needs a verb or noun of investing before it.
 */
const WITHHELD_IN = /^\s*(?:of\s+(?:funding|financing|investment)\s+)?(?:in|into|dans|chez|au capital de)\s+/iu;
const INVESTING_BEFORE = /(?:invest\w*|put|poured|pumped|injected|investi|injecté)\s+(?:of\s+)?$/iu;
/** "acquired Acme for an undisclosed amount", "racheté pour un montant non dévoilé": a price, never a round. */
const PRICE_BEFORE = /(?:\bfor|\bpour|\bat)\s+$/iu;
/** Lower-case descriptors before the backed company's name ("in Lyon-based logistics startup Acme"): at most five words. */
const DESCRIPTOR_WORDS = /^(?:(?:the|a|an|la|le|l[’']|les|une?|\p{Ll}[\p{L}’'-]*|[\p{Lu}][\p{L}]*-based)\s+){0,5}$/u;

/**
 * Round 40: an amount told only as an order of size is withheld too: "raised tens of millions of yuan in investment after its
 * Series B+ funding round" (772, Robodrinks), "raised a Series B+ round worth several hundred million yuan" (1117, lavx; money.ts
 * VAGUE_QUANTIFIER_BEFORE), "a levé plusieurs dizaines de millions d'euros". The gold records such a round with no amount. Read
 * only after a verb of raising (RAISE_BEFORE_WITHHELD, within the window): an investor's "invest tens of millions of dollars in
 * Telegram", a buyer's "pay in the tens of millions" or a campaign's "spent hundreds of millions" are no rounds. A round noun
 * may stand between the verb and the amount ("raised a Series B+ round worth …").
 */
const VAGUE_AMOUNT = /(?<![\p{L}\p{N}])(?:(?:several|a few|multi)[\s\u2011-]+(?:hundred|ten)[\s\u2011-]+(?:millions?|billions?)|(?:tens|hundreds|dozens)\s+of\s+(?:millions|billions)|(?:plusieurs|quelques)\s+(?:dizaines|centaines)\s+de\s+millions)(?:\s+(?:of\s+|d[’'])?(?:yuan|rmb|renminbi|dollars|euros|won|rupees|pounds|francs))?(?![\p{L}])/iu;
/** "raised a Series B+ round worth …", "closed a seed round of …": a round noun between the verb and the vague amount. */
const ROUND_WORTH_BEFORE = /(?:an?|its|their|une?)\s+(?:[\p{L}\p{N}+-]+\s+){0,3}?(?:round|funding|financing|tour de table|levée de fonds)\s+(?:worth|of|de|d[’'])\s+$/iu;

export interface WithheldRound {
  companies: string[];
  /** Offset and end of the withheld phrase in the sentence. */
  at: number;
  end: number;
}

/**
 * The companies of a round whose amount the sentence says is withheld: the subject of the verb of raising before the phrase (a
 * coordinated list of names is each a round: "both Acme and Globex received undisclosed amounts"), or the company the withheld
 * money went in ("an undisclosed investment in Acme"). Null when the phrase is a price ("for an undisclosed sum") or names no
 * company. Only the first phrase is read: linear.
 */
export function readWithheldRound(masked: string): WithheldRound | null {
  const withheld = WITHHELD_AMOUNT.exec(masked);
  const m = withheld ?? VAGUE_AMOUNT.exec(masked);
  if (!m) return null;
  const at = m.index;
  const end = at + m[0].length;
  const before = masked.slice(Math.max(0, at - WITHHELD_VERB_WINDOW), at);
  if (PRICE_BEFORE.test(before)) return null;
  const into = withheld ? WITHHELD_IN.exec(masked.slice(end)) : null;
  if (into && (/funding|invest|financ|round|capital|levée|tour/iu.test(m[0]) || INVESTING_BEFORE.test(before))) {
    const rest = masked.slice(end + into[0].length, end + into[0].length + 120).split(/[;.,()]/u)[0]!;
    const company = findNameRuns(rest).map((r) => r.text).find((n) => isCompanyName(n) && !isNationality(n));
    if (company && DESCRIPTOR_WORDS.test(rest.slice(0, rest.indexOf(company)))) return { companies: [company], at, end };
  }
  const verb = RAISE_BEFORE_WITHHELD.exec(withheld ? before : before.replace(ROUND_WORTH_BEFORE, ''));
  if (!verb) return null;
  const verbAt = at - before.length + verb.index;
  // "both Acme and Globex received …", "Acme et Globex ont obtenu …": a list of names right before the verb.
  const head = masked.slice(Math.max(0, verbAt - LIST_BEFORE_WINDOW), verbAt).replace(/\s+(?:both|all|each|also|too|toutes?\s+deux|tous\s+deux|aussi)\s*$/iu, ' ');
  const l = LIST_BEFORE.exec(head.replace(/^.*\b(?:both|while|whereas|tandis que)\s+/iu, ' '));
  if (l) {
    const names = listedCompanies(l.groups!.list!);
    if (names.length >= 2) return { companies: names, at: verbAt, end };
  }
  const subject = subjectBefore(masked, verbAt);
  const name = subject && !subject.pronoun ? subject.name : null;
  return name ? { companies: [name], at: verbAt, end } : null;
}

/** Every amountless round a sentence tells; `next` is the sentence after it, for a list that names the companies there. */
export function findAmountlessRounds(masked: string, next: string | null): AmountlessRound[] {
  for (const read of [readInvestedIn, readAnnouncedInvestments, readClosedRound, readRankedRound, readLedPossessed, readInvestedInRoundOf, readBigDealsFor, readInvestmentsOpening, readListAllRaised, readCompletionOfRound, readInvestedInList, readLedRoundFor, readListAlsoFunded, readNamedFundingFrom, readRankedList, readOtherRaisers, readInjectedInto]) {
    const found = read(masked).filter((r) => !isNotARaiser(masked, r.company, r.at));
    if (found.length > 0) return found;
  }
  return readStartupsSecured(masked, next).filter((r) => !isNotARaiser(masked, r.company, r.at));
}
