/**
 * Reading one money figure in its sentence: is it a funding round, a
 * valuation, a total raised to date, or something else (revenue, an
 * acquisition price, an IPO, a VC firm's own fund…)? Each pattern looks at
 * the words right before or right after the figure, in a copy of the
 * sentence where every figure is masked as "§" so numbers never confuse
 * the patterns.
 */
import { COMPANY_KIND, isNationality, isPlace, listHoldsFund, RAISED_BY_AGENT } from './companies';
import { findRounds } from './rounds';
import { SENTENCE_REACH } from './sentences';
import { coordinatedRaisers, hasListFundingCue, listFundingCueSpans } from './funding-sentences';
import { COMPARED_NOT_RAISE, VALUED_OR_RIVALS_LIST } from './compared-lists';
import { MAX_LIST_ITEMS, REVIEW_OF_BACKERS } from './funding-lexicon';
import type { MoneyKind } from './types';
import {
  lexAlt, lexCapitalised, LEX_APPROX_BEFORE_FIGURE, LEX_COMPANY_PLURALS, LEX_COMPANY_PLURAL_FORMS, LEX_COUNT_WORDS_EN, LEX_COUNT_WORDS_FR, LEX_SECTOR_WORDS, LEX_HEADLINE_VERBS_EN, LEX_HEADLINE_VERBS_FR, LEX_MONTHS_EN, LEX_MONTHS_FR, LEX_PLURAL_ROUNDS_EN,
  LEX_GENERIC_RAISER_NOUNS, LEX_PUBLIC_BODIES, LEX_RAISE_PARTICIPLES_EN, LEX_RAISE_PARTICIPLES_FR, LEX_RAISE_PLURAL_FR, LEX_RAISE_SYNONYMS_EN, LEX_ROUND_NOUNS, LEX_RAISE_SYNONYMS_FR, LEX_RECEIVE_SYNONYMS_EN,
  LEX_RECEIVE_SYNONYMS_FR, LEX_WEAK_VERBS_EN, LEX_WEAK_VERBS_FR, LEX_WEEKDAYS_EN, LEX_WEEKDAYS_FR,
  LEX_PERIOD_NOUNS_EN, LEX_PERIOD_NOUNS_FR, LEX_SPAN_UNITS, LEX_INSTITUTION_NOUNS_EN, LEX_INSTITUTION_NOUNS_FR, LEX_GRANT_MAKERS_EN, LEX_GRANT_MAKERS_FR,
  LEX_LISTING_SIGNS, LEX_TOTAL_LABELS, LEX_WHOLE_ROUND_ADJECTIVES, LEX_AVERAGE_LABELS, LEX_LISTING_BARE_WORDS, LEX_LISTING_PLAN_VERBS, LEX_PRIVATE_ROUND_NOUNS, LEX_NEGATION_WORDS, LEX_INVESTOR_ROLE_NOUNS, LEX_OTHER_MONEY_NOUNS, LEX_NOT_A_ROUND_WINS, LEX_NOT_RAISED_MONEY,
} from './funding-lexicon';

/** The lexicon's months as alternations, for the date cues below (one list, EN and FR, shared with funding.ts). */
const MONTHS_EN = lexAlt(LEX_MONTHS_EN);
const MONTHS_FR = lexAlt(LEX_MONTHS_FR);
const MONTHS_EN_CAPITALISED = lexAlt(lexCapitalised(LEX_MONTHS_EN));
/** The lexicon's weekdays (one list, shared with companies.ts): capitalised for the case-sensitive date phrase; Monday to Friday for "announced Monday". */
const WEEKDAYS_EN_CAPITALISED = lexAlt(lexCapitalised(LEX_WEEKDAYS_EN));
const WORKDAYS_EN_CAPITALISED = lexAlt(lexCapitalised(LEX_WEEKDAYS_EN.slice(0, 5)));
/** "in may …" is as often the modal ("in turn, it may") as the month: a bare "in <month>" cue leaves May out. */
const MONTHS_EN_NOT_MAY = lexAlt(LEX_MONTHS_EN.filter((m) => m !== 'may'));
/** The French twin of the cue above has always left "mai" out; kept so that this refactor changes no reading. */
const MONTHS_FR_NOT_MAI = lexAlt(LEX_MONTHS_FR.filter((m) => m !== 'mai'));
/**
 * Rounds counted in the plural, for thresholds and rounds-by-size subjects: the lexicon's English list; the French part is
 * narrower than LEX_PLURAL_ROUNDS_FR (no "financements", no "levées de fonds"), as measured when these rules were tuned.
 */
const PLURAL_ROUNDS = lexAlt([...LEX_PLURAL_ROUNDS_EN, 'tours de table', 'levées', 'opérations']);

/** Fillers allowed between a verb or noun and the figure: "raised an additional", "a levé plus de". */
const FILLER = String.raw`(?:\s+(?:a|an|the|its|their|his|her|another|additional|new|fresh|further|initial|first|extra|maiden|initiale?|premier|première|about|around|roughly|nearly|almost|over|more than|up to|some|just|only|une?|d[’']|de|nouvelle|nouveau|approximately|close to|at least|respectively|respectivement|no less than|no fewer than|pas moins de|pas loin d[’']une?|pas loin de|plus de|près de|environ|quelque|a total of|the equivalent of|over|north of|in excess of|whopping|massive|huge|hefty|record|mammoth|staggering|cool|sizeable|sizable|impressive|solid|modest|la|coquette|jolie|belle|rondelette|somme|enveloppe|montant|«|“|"))*\s*`;

/**
 * Verbs that alone tie a figure to raising money: "raised $5M", "lève 30 millions", "took on $28 million", "a réussi à s’assurer 100 millions".
 * Not the lexicon's LEX_RAISE_SYNONYMS_*: those press verbs ("nail down", "mop up", "empoche") carry sale and crowd money too and are
 * read by funding.ts with its own guards (SYNONYM_NOT_RAISE); the core verbs here need none.
 * Round 16 (blind batch 12): the gerunds of the press verbs are read as "raising" and "landing" already were ("X casually bagging §").
 */
const STRONG_VERB = new RegExp(String.raw`\b(?<verb>t(?:ook|akes|aking) on|s[’']assur(?:e|er|ent|ait|aient)|s[’'](?:est|sont) assurée?s?|took (?:a chunk|the (?:lion[’']s )?share|the biggest share|the largest share) of|rais(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|land(?:s|ed|ing)?|bag(?:s|ged|ging)?|nab(?:s|bed|bing)?|netted|nets|netting|pocket(?:s|ed|ing)|rak(?:es|ed) in|scoop(?:s|ed) up|amass(?:ed|es|é|e|er|ent)|snag(?:s|ged)?|haul(?:s|ed)? in|pull(?:s|ed) in|reel(?:s|ed) in|br(?:ing|ings|ought) in|lève|lèvent|levé|lever|levant|récoltant|mobilisant|obtenant|(?:séduis(?:ant|e|ent|ait|aient|é)|convainqu(?:ant|é)|convaincu) (?:les|des|de nombreux|plusieurs|ses) (?:[\p{L}-]+ )?investisseurs (?:à hauteur de|pour)|lev(?:ait|aient|a|èrent)|récolt(?:e|é|er|ent|ait|aient)|rassembl(?:e|é|er|ent)|réuni(?:r|t|ssent|ssant|ssait)?|obtient|obtenu|obtenir|sécuris(?:e|é|er|ent)|décroch(?:e|é|er|ent)|mobilis(?:e|é|er|ent)|boucl(?:e|é|er|ent)|emerged from stealth(?: in [^,.]{1,20})? with|exit(?:s|ed) stealth with|launch(?:es|ed) with|debut(?:s|ed) with)${FILLER}$`, 'iu');
/** Verbs that need a funding noun or the backers after the figure ("San Francisco attracted $5.1bn" is a statistic): "closed $27M in Series C funding", "completed a $410M financing". */
/**
 * Round 23 (blind 627, two sentences of a monthly review; the lexicon's LEX_RAISE_PARTICIPLES_FR lists "collecté" already):
 * "collecter" raises a round only where the sentence is about rounds ("Optibus, qui a collecté §" after "des tours de
 * financement", "A et B ont chacune collecté §" after "X a levé §"), or with its backers after it ("a collecté § auprès de
 * Partech"). Savings products and asset managers "collect" inflows too ("l'assurance-vie a collecté §", "Amundi a collecté §").
 */
const COLLECT_BEFORE = new RegExp(String.raw`\b(?<verb>collect(?:e|é|er|ent|ait|aient))${FILLER}$`, 'iu');
/** A round noun or another raising verb anywhere in the sentence (the collect verb itself left out). */
const COLLECT_ROUND_CONTEXT = new RegExp(String.raw`(?<![\p{L}])(?:${lexAlt([...LEX_RAISE_PARTICIPLES_EN, ...LEX_RAISE_PARTICIPLES_FR].filter((w) => w !== 'collecté' && w !== 'collected'))}|lève|lèvent|raises|tours? de (?:table|financement)|levées?(?: de fonds)?|séries? [A-J]|series [A-J]|rounds?|amorçage|seed)(?![\p{L}])`, 'iu');
/** Characters either side of the figure read for that context: a sentence of thousands of figures stays linear. */
const COLLECT_CONTEXT_REACH = 400;
/** The collect verb before the figure, when its sentence is about rounds or the backers follow (the bounded test first). */
function collectRaise(near: string, before: string, after: string): RegExpExecArray | null {
  const collect = COLLECT_BEFORE.exec(before);
  return collect && (FROM_FR_AFTER.test(after) || COLLECT_ROUND_CONTEXT.test(near)) ? collect : null;
}

const WEAK_VERB = new RegExp(String.raw`\b(?<verb>clos(?:e|es|ed|ing)|complet(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|obtain(?:s|ed)?|attract(?:s|ed)?|get(?:s)?|got|acquired|unveil(?:s|ed)|won|annonce|conclu|conclut|finalise|finalisé)${FILLER}$`, 'iu');
/** Any funding verb, for finding the subject when the figure hangs on a noun. */
const ANY_FUNDING_VERB = /\b(?:rais(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|clos(?:e|es|ed|ing)|complet(?:e|es|ed)|announc(?:e|es|ed)|land(?:s|ed)|bag(?:s|ged)|lève|levé|boucle|bouclé|annonce|conclu|conclut|concluent|obtient|obtenu|récolte|finalise)(?![\p{L}\p{N}])/giu;
/**
 * Round 12: the headline verb family ("Acme nets §", "Zentrix rakes in § from Accel", "Kiplo décroche §", "Lydia s’offre §"): the
 * lexicon's press synonyms, receiving verbs and weak verbs, with the few headline verbs the core list above leaves out. They carry
 * sales and revenue too, so here they count as a funding verb only with a figure (raw or masked "§") or a round word within three
 * words after them ("gets § from", "rafle une série A"), never alone ("gets the job done", "lands in Paris").
 */
const HEADLINE_VERBS = [
  ...LEX_RAISE_SYNONYMS_EN, ...LEX_RAISE_SYNONYMS_FR, ...LEX_RECEIVE_SYNONYMS_EN, ...LEX_RECEIVE_SYNONYMS_FR, ...LEX_WEAK_VERBS_EN, ...LEX_WEAK_VERBS_FR,
  ...LEX_HEADLINE_VERBS_EN, ...LEX_HEADLINE_VERBS_FR,
];
const HEADLINE_FUNDING_VERB = new RegExp(String.raw`(?<![\p{L}\p{N}])${lexAlt(HEADLINE_VERBS)}(?![\p{L}\p{N}])(?=(?:\s+(?:(?:about|around|nearly|over|more than|another|an?|une?|the|its|a further|an extra|additional|fresh|new|nouvelle|nouveau|plus de|près de|environ|quelque|pas moins de)(?![\p{L}\p{N}])))*\s*(?:§|[$€£¥₹]|(?:US|CA|C|A|AU|NZ|HK|S|SG)\$|(?:Rs\.?|INR|USD|EUR|GBP|CHF|CAD)\s?\p{N}|\p{N}|(?:seed|pre-seed|series [a-j]|série [a-j]|funding|financing|investment|backing|round|amorçage|levée|tour de table|financement|investissement)(?![\p{L}])))`, 'iu');

/** Where the first funding verb of a sentence starts, or null: a core verb, or a headline verb with its figure or round word. */
export function fundingVerbAt(text: string): number | null {
  ANY_FUNDING_VERB.lastIndex = 0;
  const m = ANY_FUNDING_VERB.exec(text);
  ANY_FUNDING_VERB.lastIndex = 0;
  const h = HEADLINE_FUNDING_VERB.exec(m ? text.slice(0, m.index) : text);
  if (h) return h.index;
  return m ? m.index : null;
}

/** Funding nouns before the figure: "round of $333 million", "série B de 30 millions", "levée de fonds de". */
const NOUN_BEFORE = new RegExp(String.raw`\b(?<noun>round|financing|funding|fundraise|fundraising|investment|investissement|infusion|cash injection|raise|tranche|debt|venture debt|series [a-j]\+?|seed(?: round)?|levée(?: de fonds)?|tour de table|tour de financement|(?:(?:premier|second|nouveau|dernier|précédent|deuxième|troisième)\s+)?tour|augmentation de capital|(?:first|final|premier|dernier) clos(?:e|ing)|capital raise|equity raise|ronde(?: de financement| de démarrage)?|série [a-j]|amorçage|pré-amorçage|financement(?: de démarrage)?|dette|opération|(?:debt|loan|credit|financing) facility|(?:term |bank |venture )?loan|prêt(?: bancaire)?|(?<=(?:received|secured|attracted|obtained|landed) )investments)(?:,[^,§]{0,30},|,|\s+[–—][^–—§]{1,30}[–—]|\s+(?:conséquente?|importante?|massive?|massif|géante?|inédite?|historique|record|significative?|significatif|substantielle?|substantiel|supplémentaire|initiale?|XXL))?\s*(?:of|de|d[’']|worth|totaling|totalling|:|à hauteur de|à|d[’']un montant de|,\s*with)(?:\s+${lexAlt(LEX_APPROX_BEFORE_FIGURE)})*\s*$|\b(?:largest|biggest|latest|new|fresh) (?:infusion|investment|funding|cash injection)\s*\(\s*$`, 'iu');
/** Funding nouns after the figure: "$600 million in its Series C round", "$5M series A", "€10 million in new investment". */
/**
 * Round 22 (group 2 requests; bioworld 581 "a § oversubscribed series D", inc42 "§ mammoth round", "§ oversubscribed round" on
 * other outlets): an adjective of the round's size or demand may stand between the figure and the round noun.
 */
const ROUND_SIZE_ADJECTIVES = String.raw`(?:oversubscribed|over-subscribed|upsized|mammoth|whopping|sursouscrite?s?)`;
const NOUN_AFTER = new RegExp(String.raw`^\s*(?:\([^)]*\)\s*)?(?:(?:and|et|&)\s*§+\s*(?:\([^)]*\)\s*)?)?(?:,\s*)?(?:(?:USD|CAD|EUR|GBP|US|dollars?|euros?)\s+)?(?:(?:in|of|for|en|as|worth of)\s+)?(?:(?:${ROUND_SIZE_ADJECTIVES}(?!\s+(?:investments?|investissements?)(?![\p{L}]))|a|an|the|its|their|new|fresh|additional|combined|initial|first|seed|pre-seed|pre-ipo|angel|series [a-j]\+?|série [a-j]|pre-series [a-j]|growth|venture|debt|equity|strategic|early-stage|late-stage|funding|financing|investment|round|and|extension|bridge|total|de|d[’']|une?|la|le)\s+)*(?:funding|financing|round|investment|infusion|(?:cash |capital |equity )?injection|capital raise|raise|fundraise|fundraising|seed|series[\s-][a-j]\b|série[\s-][a-j]\b|pre-series[\s-][a-j]\b|venture debt|debt financing|(?:debt|credit|loan|financing) facility|(?:term |bank |venture )?loan(?!\s+to)|pre-seed|pré-amorçage|paydays?|levée|tour de table|ronde|investissement|financement|en dette|en amorçage|en fonds propres|d[’']augmentation de capital|en augmentation de capital)(?![\p{L}])`, 'iu');

/** Investors named right after the figure: "got $47 million led by Accel", "received $169.4 million from Grab and Singtel". */
const BACKERS_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:(?:in|of)\s[^.;,§]{0,30}?\s)?(?:from|led by|co-led by|backed by|auprès (?:de|d[’']|du|des))\s+(?:(?:existing|new|its|their|investors?|backers?)\s+)*(?:[\p{Lu}\p{N}]|(?:[\p{Ll}-]+\s+){0,3}(?:investors|backers|venture capitalists|VCs|investisseurs)(?![\p{L}\p{N}]))|^\s*(?:\([^)]*\)\s*)?in an?\s[^.;,§]{1,40}?-led\b/u;

/**
 * Valuation: "valued at", "valuation of/exceeding/to", "valorisée à". Round 42: the French twin of "puts its value at", a source's
 * estimate of the value ("The Financial Times, qui estime la valeur de la start-up à plus de §", 1161 Journal de Québec; "évalue sa
 * valeur à", "porte sa valeur à").
 */
const VALUATION_BEFORE = /\b(?:valu(?:ed|es|ing)(?: (?:it|the company|the startup|the business|\p{Lu}[\p{L}.]*|(?:the|its|this|that|le|la|l[’'])\s*[\p{L}-]+(?: [\p{L}-]+)?))? (?:at|as)|(?:its|the company[’']s|the startup[’']s|their) (?:market )?value (?:(?:also|now|has|had)\s+)*(?:surpass(?:ed|es)?|top(?:ped|s)?|exceed(?:ed|s)?|cross(?:ed|es)?|passed|hit|reach(?:ed|es)?|rose to|climbed to|jumped to|of)|valorisations? (?:de|d[’'])\s*[^,.§]{1,40}?\s(?:à|a)|valoris(?:e|ent|ant)\s+(?:(?:la|le|l[’']|cette|ce|sa|son)\s*)?[\p{L}-]+(?: [\p{L}-]+)?\s+(?:à|a|de)|valuations? (?:of|at|to|exceeding|above|topping|surpassing|north of|over|in excess of|(?:of|for) [^,.§]{1,40} to)|valoris(?:ée?s?|ant|ation)(?:\s+(?:post|pré|pre)[-\s]?money)?(?: (?:de|d[’'](?:environ|au moins)?|à|a|à hauteur de))?|(?:valorisation|valuation|market value)\s+(?:qui\s+)?(?:(?:dépasse|atteint|s[’']élève à|franchit|passe à|grimpe à)(?:\s+(?:désormais|maintenant|aujourd[’']hui))?|(?:now\s+)?(?:tops|exceeds|stands at|reaches|surpasses))|\bput(?:s|ting)? (?:its|their|the company[’']s|the startup[’']s) (?:value|valuation) at|(?<![\p{L}])(?:estim|évalu|chiffr|fix|port)\p{L}*\s+(?:la|sa|leur)\s+valeur\s+(?:(?:de|d[’'])\s*[^,.§]{1,40}?\s)?(?:à|a)|\bnow worth)(?:\s+(?:more than|over|about|around|nearly|almost|up to|plus de|près de|plus d[’']|près d[’']|environ|some|approximately|roughly))*\s*$/iu;
/**
 * A valuation dated in a year of its own, right after it: "Thought Machine, valued at £2.2 billion in 2022, has …",
 * "valorisée 1 milliard en 2021". Alone in its sentence it is a past mark, not the new round's.
 */
const DATED_VALUATION_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:(?:in|en|as of|back in|in early|in late|in mid-|début|fin)\s+(?:19|20)\d\d|(?:last|the previous) year|l[’']an (?:dernier|passé)|l[’']année (?:dernière|passée)|(?:in|during|at) (?:its|their|a|the) (?:previous|last|prior|earlier) (?:round|funding|raise|financing))(?![\p{L}\p{N}])/iu;
/** Round 12: also a compound adjective, "the §-valued Italian company", "a § valued startup" (not "§ valued at", "valued by"). */
const VALUATION_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:in\s+|de\s+)?(?:(?:pre|post)-money |post money |pre money )?(?:valuation|valorisation)\b|^[-‑ ]valued(?![\p{L}])(?!\s+(?:at|by|as|in|à)(?![\p{L}]))/iu;

/**
 * Round 18: the participle of raising between the figure and the total's cue: "avec près de § levés au total", "§ raised to date",
 * "§ récoltés en tout". The participle agrees with the figure in French ("levés", "levées"); any raising participle of the lexicon.
 * A company's sum to date in a list of portraits (blind 561, a health programme's winners) or a profile, across outlets.
 */
const TOTAL_PARTICIPLE = String.raw`(?:${lexAlt(LEX_RAISE_PARTICIPLES_FR)}(?:e?s)?|${lexAlt(LEX_RAISE_PARTICIPLES_EN)})`;
/** The participle branch of TOTAL_AFTER alone: "§ levés au total", "§ raised so far". */
const TOTAL_PARTICIPLE_AFTER = new RegExp(String.raw`^\s*(?:\([^)]*\)\s*)?(?:(?:USD|CAD|EUR|US)\s+)?${TOTAL_PARTICIPLE}\s`, 'i');
/**
 * Review of round 18 (7bd18ac): the participle's sum to date is one company's. A sector or a market as the clause's subject ("Edtech
 * saw § raised so far this year", "les fintech ont § levés au total", "French startups have § raised to date") tells a market total:
 * a bare or plural sector word (not "a/the/la fintech", one company), a plural of companies, or the sector, market or ecosystem,
 * followed by lower-case words only up to the figure (no comma: "La medtech, forte de §" is one company's apposition).
 */
const bothCases = (words: readonly string[]): string => lexAlt([...words, ...lexCapitalised(words)]);
const SECTOR_ALT = bothCases(LEX_SECTOR_WORDS);
const COMPANIES_PLURAL_ALT = bothCases(LEX_COMPANY_PLURAL_FORMS);
const MARKET_NOUN_ALT = bothCases(['sector', 'market', 'ecosystem', 'secteur', 'marché', 'écosystème']);
/** Case-sensitive: a capitalised name between the subject and the figure ("Fintech Norvik has §") is one company. */
const MARKET_SUBJECT_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:(?<!(?<![\p{L}])(?:[Aa]n?|[Tt]he|[Uu]ne?|[Ll]a|[Ll]e|[Ll][’']|[Ii]ts|[Tt]heir|[Ss]a|[Ss]on|[Cc]ette|[Tt]his)\s*)${SECTOR_ALT}|${SECTOR_ALT}s|[Ll]es\s+(?:[\p{L}-]+\s+)?(?:${SECTOR_ALT}|start-?up|jeunes\s+pousses)|${COMPANIES_PLURAL_ALT}|${MARKET_NOUN_ALT})(?![\p{L}])(?:\s+[\p{Ll}’'-]+){0,4}?\s*$`, 'u');
function marketTotal(before: string, after: string): boolean {
  return TOTAL_PARTICIPLE_AFTER.test(after) && MARKET_SUBJECT_BEFORE.test(before);
}
/** Total raised to date: "bringing its total funding to", "has raised $X to date", "au total". */
const TOTAL_BEFORE = new RegExp(String.raw`(?:\btotal(?: [\p{L}’']+){0,3} (?:funding|raised|financing|investment|capital)(?: [\p{L}’' ]{0,40}?)? (?:to|of|at)|\btotal (?:funding|financing|investment|raised|raise)(?: of)?|\b(?:bringing|brings|brought|takes|taking|bring)(?: [\p{L}’']+){1,6}? to|\b(?:le |the )?total (?:de|d[’'])|[’']s (?:total|overall|cumulative)|\b(?:a total of|totaling|totalling|cumulative(?:ly)?|in total|au total|en tout|cumulés? (?:de|à)))(?:\s+${lexAlt(LEX_APPROX_BEFORE_FIGURE)})*\s*$`, 'iu');
const TOTAL_AFTER = new RegExp(String.raw`^\s*(?:\([^)]*\)\s*)?(?:(?:USD|CAD|EUR|US)\s+)?(?:${TOTAL_PARTICIPLE}\s+)?(?:in total|to date|in all|total (?:investment|funding|financing|commitment|envelope)s?(?![\p{L}])|so far(?! in (?:an?|its|the|this) (?:(?:ongoing|current|continuing|new|latest)\s+)?(?:[a-zà-ÿ-]+\s+)?(?:series|round|funding|financing|seed|série|tour))|au total|en tout|in (?:total )?(?:funding|financing|capital) (?:to date|so far|since|as of)|as of (?:(?:early|late|mid-?|the end of)\s+)?(?:${MONTHS_EN}|(?:19|20)\d\d|today|now)|since (?:its )?(?:inception|founding|launch)|depuis sa création)`, 'i');

/**
 * Review B #5: "a Series A of § total funding, led by X": "total funding" after the figure names the round's own sum when a round
 * noun stands earlier in the clause (no other figure between) or "led by" follows in it.
 */
const TOTAL_NOUN_HEAD_AFTER = /^\s*(?:(?:USD|CAD|EUR|US)\s+)?total (?:investment|funding|financing)s?(?![\p{L}])/iu;
const ROUND_NOUN_IN_CLAUSE_BEFORE = /\b(?:series [a-j]|série [a-j]|pre-seed|seed|round|tour de table)(?![\p{L}])[^.;§]*$/iu;
const LED_BY_IN_CLAUSE_AFTER = /^[^.;§]*\b(?:led by|co-led by|menée? par)\s/iu;
function roundTotalNoun(before: string, after: string): boolean {
  return TOTAL_NOUN_HEAD_AFTER.test(after) && (ROUND_NOUN_IN_CLAUSE_BEFORE.test(before) || LED_BY_IN_CLAUSE_AFTER.test(after));
}

/** A part of a larger sum: "$200 million … as part of a larger $1 billion round", "$25 million in primary". */
/**
 * A part of a round told before the figure: "closed an over § round, which included a § investment from X", "raised §,
 * including § from Y"; "Led by an investment of § from la Caisse, …": the lead's share of a round told elsewhere.
 */
/**
 * Round 29 (619's "including a § equity investment", 653's "including an equity investment of §"): the part may be told as a noun
 * phrase whose head is a contribution noun (a closed class) with the figure as its complement ("of §", "de §").
 */
const PART_NOUN = String.raw`(?:investment|contribution|commitment|cheque|check|ticket|tranche|portion|share|injection|investissement|apport|participation)`;
/** An inclusion right after the previous figure (", including", ", which includes", ", dont"), its article allowed: where a part opens. */
const INCLUSION_RIGHT_AFTER_FIGURE = String.raw`^\s*(?:\([^)]*\)\s*)?,\s*(?:(?:which|that)\s+)?(?:includ(?:ed|es|ing)|dont)\s+(?:an?\s+|une?\s+)?`;
/** A contribution noun with its figure as complement, a few words before it allowed ("an equity investment of", "un apport de"). */
const PART_NOUN_OF = String.raw`(?:[\p{L}-]+\s+){0,2}?${PART_NOUN}\s+(?:of|de|d[’'])\s*`;
/**
 * The part may also be named after its figure ("obtained §, including a § equity investment", "a réuni §, dont § en apport de
 * capital", "dont § en fonds propres"): a bare inclusion right after the sum, then a contribution noun or the kind of the part.
 */
const PART_BARE_RIGHT_AFTER_FIGURE = new RegExp(String.raw`${INCLUSION_RIGHT_AFTER_FIGURE}$`, 'iu');
const PART_NOUN_AFTER = new RegExp(String.raw`^\s*(?:\([^)]*\)\s*)?(?:(?:[\p{Ll}-]+\s+){0,2}?${PART_NOUN}(?![\p{L}])|(?:en|in)\s+(?:apport|fonds propres|equity|capital|actions|shares)(?![\p{L}]))`, 'iu');
const COMPONENT_BEFORE = new RegExp(String.raw`\b(?:(?:which|that)\s+)?(?:includ(?:ed|es|ing)|compris(?:ed|es|ing)|of which|dont)\s+(?:an?\s+|une?\s+)?(?:${PART_NOUN_OF})?$|`
  + String.raw`\b(?:led|anchored|headlined|co-led) by (?:an?|the) (?:investment|contribution|commitment|cheque|check|ticket) of\s*$`, 'iu');
/** The inclusion right after the previous figure ("obtained §, including an investment of § from X"): a part of that sum. */
const PART_RIGHT_AFTER_FIGURE = new RegExp(String.raw`${INCLUSION_RIGHT_AFTER_FIGURE}${PART_NOUN_OF}$`, 'iu');
/**
 * Round 20 (batch 14, 619; 62's "raised a § series D round including a § debt"; the review's "raised § - respectively § in equity
 * and § in debt"): a raise told with its backers, then "including" its parts ("raised § from X, including a § equity investment
 * and § in debt"): the part is a component of the round told just before, not a round of its own. Read on the clause between the
 * previous figure and this one: the source phrase (bounded), then the word of inclusion.
 */
const BACKERS_THEN_PART = /^\s*(?:\([^)]*\)\s*)?(?:from|auprès (?:de|d[’']|des|du))\s+[^§.;:]{1,80}?,\s*(?:(?:which|that)\s+)?(?:includ|compris|of which|dont)/iu;
/** The previous figure is a round whose part follows: "§ round, which included a", "§ Series B, including". */
const ROUND_THEN_PART = /^\s*(?:\([^)]*\)\s*)?(?:[\p{L}-]+\s+){0,3}?(?:round|financing|raise|deal|series [a-j]|seed|tour de table|levée|investment)\s*,?\s*(?:(?:which|that)\s+)?(?:includ|compris|of which|dont)/iu;
/** A plural noun introducing named items: "The companies included X", "startups such as X", "les start-up comme X". */
const LIST_INTRO = /\b(?:includ(?:e|ed|es|ing)|such as|like|notably|namely|comme|dont|notamment|parmi lesquelles)\b/iu;
/** Money raised together by several subjects: "which together raised more than §", "collectively raising §", "ont levé ensemble §". */
const COLLECTIVE_BEFORE = /\b(?:together|collectively|jointly|combined|between them|ensemble|conjointement|cumulativement)\s+(?:[\p{L}’']+\s+){0,3}$/iu;
const COLLECTIVE_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:together|collectively|jointly|combined|between them|ensemble|conjointement)(?![\p{L}\p{N}])/iu;
/** A sentence whose subject is rounds by size: "Financings sized above § secured §, while financings above § took §". */
const SIZED_ROUNDS_OPENING = new RegExp(String.raw`^\s*(?:(?:the|les)\s+)?(?:[\p{L}-]+\s+){0,2}?${PLURAL_ROUNDS}\s+(?:sized\s+|valued\s+)?(?:above|over|exceeding|larger than|bigger than|of more than|under|below|between|de plus de|supérieure?s à|au-delà de)\s`, 'iu');
/**
 * A fund as the subject right before the verb: "This fund secured §", "the ‘General Secondary Fund,’ aimed at …, secured §".
 * Anchored at the verb: a fund named earlier in the clause ("Backed by the fund X, Acme raised") is not the subject.
 * Round 35b (session 22; batch 24's 993, Tech Funding News "Their debut fund has already secured a § first-close"; Le Tout Lyon's
 * 956 "le fonds a déjà dépassé son objectif", already read): "already" may sit between the auxiliary and the verb: still the
 * fund's own money.
 */
const FUND_SUBJECT_AT_VERB = /(?:^|[^\p{L}])(?:this|that|these|those|the|a|its|their|ce|cet|le|un)\s+[‘'"“]?(?:[\p{L}-]+\s+){0,4}?(?:funds?|fonds)[’'"”]?\s*(?:,[^,§]{0,80},\s*)?(?:(?:has|have|had|also|now|recently|already|a|ont)\s+)*$/iu;
const COMPONENT_AFTER = /^[^§]{0,80}?\bas part of (?:a|an|the|its) (?:larger|broader|bigger|wider|overall|total)\b|^\s*(?:\([^)]*\)\s*)?(?:(?:USD|CAD|EUR)\s+)?in (?:primary|secondary)\b/i;

/** Not a company's own round: the figure sits next to a fund, an acquisition, a listing… (checked near the figure). */
/**
 * PRIZE_HEAD_AFTER: the figure heads a prize or an award, at most two lower-case words between ("two § investment prizes", "§ in
 * prizes and investments", "a § cash award", "§ de prix"): a contest's purse, not a round, even when a round noun modifies it
 * ("investment"), which otherwise makes the figure a round (NOUN_AFTER). Blind 829 (Startupfest's pitch prizes) and 531
 * (TodayAfrica, "US$400,000 in the 2025 FINCA Ventures Prize"); 791 (Usine Digitale) is a contest page too. Lower-case only:
 * "from Prize Capital" names a firm; "prize-winning" is an adjective. Anchored, bounded words: linear.
 */
const PRIZE_HEAD_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(?:prizes?|awards?|prix|récompenses?)(?![\p{L}-])/u;
/**
 * NOT_ROUND_NEAR: a word near the figure that makes it another kind of money (a fund, revenue, a prize, a listing…). "fund(s)"
 * right after "to" or "help(s/ing)" is the verb of the round's purpose, not a fund: "raised $130 million to help fund its push
 * into US" (17 Business Insider; the same purpose in 726's quote, "to help fund our trials"; review R3 of session 22).
 */
const NOT_ROUND_NEAR = /\b(?:(?<!\b(?:to|help|helps|helping)\s)funds?|fonds(?! propres)|vehicle|véhicule|closing|fund [IVX]+|aum|assets under management|under management|revenue|revenues|sales|arr|recurring revenue|earnings|profit|loss|losses|chiffre d[’']affaires|ventes|salary|salaries|budget|market|marché|campaign|donations?|charity|prize|grant|bonds?|ipo|listing)(?![\p{L}\p{N}])/iu;
/** Sentence-level signs of another kind of transaction. "acquired $X" (money right after) is funding ("has acquired $600 million in its Series C"). */
const NOT_FUNDING_SENTENCE = new RegExp(String.raw`\b(?:acquisitions?|acquir(?:e|es|ing)|acquired(?!\s*(?:an?\s+)?§)|buy(?:s|ing)?|bought|to buy|sold|sells?|selling|merg(?:e|er|ers|es|ing)|takeover|take-over|purchase[sd]?|rachat|rach[eè]te|racheter|acqu[ée]rir|acquisition|fusionn(?:e|er|ent)|fusion avec|cession|cédée?s? à|(?:sa|son|leur|la) vente à|reprise par|repris par|IPO(?!s)|(?<=\b(?:in|through|via|from|by)\s+(?:[\p{L}-]+\s+){0,2})IPOs|IPOs(?=\)?(?:\s+(?:of|in|on|at|from)(?:\s+[\p{L}\p{N}-]+){1,3})?\)?,?\s+(?:(?:have|had|also|together|collectively|which|that)\s+)*(?:raised|raising|brought in|generated|pulled in))|initial public offering|public offering|per (?:unit|share)|units|go(?:es|ing)? public|listing|listed|flotation|float|shares|stock|market cap(?:italization|italisation)?|introduction en bourse|cotation|bourse|crowdfunding|kickstarter|gofundme|donations?|charity|fundraiser|bail|ransom|settlement|fined|fines|lawsuit|tax(?:es)?|bonds?|loan to|loans? (?:of )?§+ to|prêts? (?:de )?§+ (?:à|au|aux)|subsid(?:y|ies)|grant(?:s|ed)?|${lexAlt(LEX_PUBLIC_BODIES)})(?![\p{L}\p{N}])`, 'iu');
/**
 * Hedged figures are not rounds or valuations yet: "aiming to raise at a $5 billion valuation", "in discussions to raise",
 * "cherche à lever", "prévoit de lever", "serait en négociation pour lever", "ambitionne de lever" (a plan, not a raise).
 */
const SPECULATIVE = /\b(?:aim(?:s|ed|ing)? to|seek(?:s|ing)? to|in (?:talks|discussions|negotiations)|looking to|plans? to|planning to|considering raising|rumou?red|suggested|could|would|may|might|expected to|set to|hopes? to|en (?:discussions?|négociations?|pourparlers)|envisage|cherch(?:e|ent|ait|aient) à|prévoi(?:t|ent|yait|yaient) de|compt(?:e|ent|ait|aient) lever|ambitionn(?:e|ent|ait|aient) de|souhait(?:e|ent|ait|aient) lever|vis(?:e|ent|ait|aient) à lever|en vue de lever|pourrai(?:t|ent)|devrai(?:t|ent)|serai(?:t|ent) sur le point)(?![\p{L}\p{N}])/iu;

/** A hedge right before the raising verb and the figure: the plan of a raise ("seeking to raise about §", "compte lever §"). */
/**
 * Round 16 (blind batch 12; fresh pages of two more outlets): a raise named as an intention by a noun, not a verb: "dans l’espoir de
 * lever §", "avec l’objectif de lever §", "Nous avons l’espoir de lever de § à §", "with the aim of raising §", "its goal is to raise
 * §". The noun is one of the closed class of aims (hope, aim, goal, ambition, intention, objective, plan); the money is still
 * looked for.
 */
const INTENT_NOUN_RAISE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:espoir|objectif|ambition|intention|but|projet|volonté|hope|aim|goal|ambition|intention|objective|plan)s?\s+(?:(?:est|était|is|was)\s+)?(?:de|d[’']|of|to)\s+(?:rais(?:e|ing)|secur(?:e|ing)|lever|récolter|mobiliser|collecter|boucler|réunir)${FILLER}$`, 'iu');
/** A raise hoped for, by a verb or an aim noun (the range's closing figure consults its opening one). */
function hedgedBefore(before: string): boolean {
  return HEDGED_RAISE_BEFORE.test(before) || INTENT_NOUN_RAISE_BEFORE.test(before);
}
/**
 * Round 29 (blind batch 18, 779 "The company may raise up to §"; the French twin "pourrait lever §" was already read here): a modal
 * of possibility governing the raising verb makes the raise a possibility, not a round. The English modals of possibility are a
 * closed class (may, might, could), as the French conditional of "pouvoir"/"devoir" is; "would"/"will" (a reported or agreed
 * raise) are left out.
 * Round 40 (issue 3, a round's target or a programme's ceiling): "expects to raise" hedges like "expected to" ("a funding round in
 * which it expects to raise over §", 1055 Arab News on Careem; "expects to raise § by the end of the year", a company's plan on
 * any outlet), and a permission or eligibility to raise ("Firms … will be allowed to apply for and raise up to §", 1147 The Glade
 * Media; "eligible to raise", "entitled to receive") is a ceiling offered to many, not a raise done.
 * Round 42 (issue 3, French targets): Quebec's verb of raising is "amasser" ("Juul veut amasser § pour cette ronde", 1161 Journal
 * de Québec, beside "met la main sur §", the round), and a wish governs it as it governs "lever" ("veut lever jusqu'à §", 628
 * L'Agefi; the conditional "voudrait lever"): the money is still looked for. ("espère obtenir §" stays a round: round 5.)
 */
const MODAL_POSSIBILITY = String.raw`may|might|could`;
const HEDGED_RAISE_BEFORE = new RegExp(String.raw`(?:\b(?:${MODAL_POSSIBILITY}|aim(?:s|ed|ing)?|expect(?:s|ing)?|(?:allowed|eligible|entitled|permitted)\s+to(?:\s+\p{L}+(?:\s+for)?\s+(?:and|or))?|seek(?:s|ing)?|sought|tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|want(?:s|ed|ing)?|intend(?:s|ed|ing)?|looking|plann(?:ed|ing)|plans?|hop(?:es?|ed|ing)|set|expected|in (?:talks|discussions|negotiations)|cherch(?:e|ent|ait|aient)|vis(?:e|ent|ait|aient)|prévoi(?:t|ent|yait|yaient)|ambitionn(?:e|ent|ait|aient)|envisag(?:e|ent|eait|eaient)|en (?:discussions?|négociations?|pourparlers)(?: pour| afin de| en vue de)?|en vue de|pourrai(?:t|ent)|devrai(?:t|ent))\s+(?:to\s+|à\s+|de\s+|d[’'])?|\b(?:compt(?:e|ent|ait|aient)|souhait(?:e|ent|ait|aient)|veu(?:t|lent)|voudrai(?:t|ent))\s+|\bconsidering\s+)(?:rais(?:e|ing)|secure|lever|obtenir|récolter|boucler|mobiliser|collecter|amasser|réunir)${FILLER}$`, 'iu');
/**
 * Round 30 (cluster "a plan, not a round": 7 first-sight false deals on 6 outlets over batches 8–19, told with a modal, an aim
 * or the future; this reader takes the future's share, blind 818 "the company will later this year raise §"): the future tense ("will", "lèvera", "va lever") with a time still to
 * come, either between the modal and the verb ("will later this year raise §", "will next year raise §") or right after the figure
 * ("will raise § later this year", "lèvera § d'ici la fin de l'année"), is a raise planned, not a round. A bare "will raise §" with no
 * time ahead (an agreed raise, "would raise" in reported speech) keeps its reading.
 */
const FUTURE_TIME_ADVERBS = String.raw`(?:later|soon|eventually|next|this|early|in|the|coming|year|month|quarter|months|weeks|(?:19|20)\d\d)`;
const FUTURE_DATED_RAISE_BEFORE = new RegExp(String.raw`\b(?:will|shall)\s+(?:${FUTURE_TIME_ADVERBS}\s+){1,4}(?:raise|secure|close)${FILLER}$`, 'iu');
const FUTURE_RAISE_BEFORE = new RegExp(String.raw`(?:\b(?:will|shall)\s+(?:raise|secure)|(?<![\p{L}])(?:lèvera|lèveront|(?:va|vont)\s+lever))${FILLER}$`, 'iu');
const FUTURE_TIME_AFTER = /^[^.;§]{0,50}?(?<![\p{L}])(?:later (?:this|next) (?:year|month|quarter)|(?:next|early next|later in the) (?:year|month|quarter)|in the (?:coming|next) (?:months|weeks|year)|by the end of (?:the|this|next) year|d[’']ici (?:la fin de l[’']année|(?:la )?fin \d{4}|\d{4})|l[’'](?:an|année) prochaine?|dans les (?:prochains mois|prochaines semaines)|plus tard cette année)(?![\p{L}])/iu;
/** Whether the figure is the sum of a raise told in the future with a time still to come (FUTURE_DATED_RAISE_BEFORE, FUTURE_RAISE_BEFORE + FUTURE_TIME_AFTER). */
function futureRaise(before: string, after: string): boolean {
  return FUTURE_DATED_RAISE_BEFORE.test(before) || (FUTURE_RAISE_BEFORE.test(before) && FUTURE_TIME_AFTER.test(after));
}
/**
 * Round 30 (cluster "a part of the round, not a round": 8 first-sight false deals over batches 8–19 on 8 outlets — tranches,
 * "including", co-investments; blind 817 "The round was oversubscribed by §"; fixture 33 "oversubscribed by more than 20 times" and a
 * fresh med-tech page's "heavily oversubscribed" round tell the excess the same way): the figure after "oversubscribed by" / "sursouscrite de" is the excess over
 * the target, a part of a round already told. In French only the passive ("a été sursouscrite de §"): "une levée sursouscrite de §"
 * may be the round itself.
 */
const OVERSUBSCRIBED_BY_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:over-?subscribed\s+by|(?:a|ont|avait|avaient)\s+été\s+sur-?souscrite?s?\s+(?:de|à hauteur de|d[’']))${FILLER}$`, 'iu');
/**
 * Round 30 (cluster "a stage's total": blind 780 "early-stage funding saw a resurgence, with § raised"; fixture 540's weekly
 * report "Growth and late-stage funding dropped to §"; a fresh med-tech quarterly "Late-stage funding kept pace …"): a stage of
 * funding as the sentence's subject ("early-stage funding", "late-stage deals", "les levées en amorçage") tells a market's sum for
 * that stage, not one company's round. The stage noun phrase must open the sentence (after at most a short introducer ending in a
 * comma) and be followed by its verb, not by "of §"/"for <Name>" (a round: "Seed-stage funding of § for Harbex").
 */
const FUNDING_STAGE_EN = String.raw`(?:early|late|later|mid|growth|seed|pre-seed|expansion)[- ]stage`;
const FUNDING_STAGE_NP = String.raw`(?:(?:${FUNDING_STAGE_EN}|growth)\s+(?:and|&)\s+)?${FUNDING_STAGE_EN}\s+(?:funding|financing|investments?|deals|rounds|activity)|(?:les|le)\s+(?:levées|financements?|investissements|tours de table)\s+(?:en|d[’'])\s*(?:phase\s+d[’']\s*)?(?:amorçage|early stage|late stage|croissance|capital-développement)`;
const STAGE_SUBJECT_OPENING = new RegExp(String.raw`^\s*(?:[^,§;]{1,30},\s*)?(?:(?:the|le|la|les)\s+)?(?:${FUNDING_STAGE_NP})(?![\p{L}])\s+(?!(?:of|for|de|du|d[’']|pour|worth)(?![\p{L}]))(?:(?!(?<![\p{L}])(?:for|pour|by|par)\s+\p{Lu})[^§;])*$`, 'iu');
/**
 * Round 30 (cluster "a programme's or a public body's money, not a round": 8 first-sight false deals over batches 8–19 on 7 outlets;
 * blind 815 "An investment of § in social and industrial innovations has been announced under … Programme"; fresh public-budget pages
 * of two other outlets tell "an outlay of § over six years", "an initial investment of § each" for parks and incubators): an investment
 * noun whose object after "in"/"dans" is a field told in common nouns (no name, no determiner of a company, no company noun) funds an
 * area, not a company's round. "an investment of § in the company", "in fintech start-up Harbex" keep their reading.
 */
const FIELD_INVESTMENT_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:an?|the|this|un|une|cet|cette|l[’'])\s*(?:investment|investissement|outlay)\s+(?:of|de|d[’'])${FILLER}$`, 'iu');
const FIELD_INVESTMENT_AFTER = new RegExp(String.raw`^\s*(?:in|into|dans)\s+(?:(?:la|le|les|l[’'])\s*)?(?!(?:the|its|their|this|that|these|those|his|her|our|a|an|one|each|ses|son|sa|leur|leurs|cette|ce|une?)\s)(?!(?:${COMPANY_KIND}|start-up|société|entreprise|jeunes? pousses?)(?![\p{L}]))(?:\p{Ll}[\p{Ll}-]*\s+(?:and|et|&)\s+)?\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,4}?\s*(?:[,.;]|$|(?:has|have|was|were|is|will|would|a|ont|sera|seront)\s)`, 'u');
/** Generic plural subjects: "a dozen companies have raised more than $100 million" is a statistic. */
const GENERIC_SUBJECT = /(?:\b(?:companies|startups|start-ups|ventures|firms|businesses|entreprises|sociétés|founders|investors|funds|vcs|sector|sectors|industry|industries|ecosystem|écosystème|market|scale-ups|scaleups|region|regions|country|countries|continent|city|cities|secteur|secteurs|filière|région|régions|pays|ville|villes|territoire)|\b(?:les|des|nos|ces) (?:start-up|startups?|jeunes pousses|pépites|entreprises|sociétés|scale-up|scaleups?))(?:\s+[\p{L}-]+){0,2}?(?:\s+(?:de la|de l[’']|du|des|de|in|of|from)\s+(?:région\s+|la\s+|the\s+)?[\p{L}-]+)?\s*(?:,\s*(?:qui|which|that|who)(?:\s+|$))?(?:have|had|has|ont|avaient|together|collectively|combined)?\s*$/iu;
/**
 * Round 22 (blind batch 15 and earlier review pages): a counted or pointed-back plural subject ("Those six companies amounted to
 * §", "These three start-ups raised §", "Les cinq sociétés ont levé §") is a group; the count words come from the lexicon.
 */
const PLURAL_COUNT_WORD = lexAlt([...LEX_COUNT_WORDS_EN.filter((w) => w !== 'one'), ...LEX_COUNT_WORDS_FR]);
/**
 * A plural or collective subject opening the clause, whatever its verb: "African startups accrued §", "Start-up ventures in Singapore
 * raised §", "Les start-up lyonnaises ont …". A round has one company that raised; a plural subject makes the figure a statistic.
 */
/**
 * Round 34: the plural head as the clause's first word, capitalised: "Fintechs received § investment in the first eight months"
 * (898), "Startups raised § across 29 deals" (583). Not "Ventures" or "Firms", the last word of many investors' names. The
 * examples of the class that follow it are no verb: "Companies like Glasgow-based foodtech startup ENOUGH (…) raised §" (849),
 * "des start-up comme Kiplo ont levé §" (903, 891, 714) name their raisers.
 * The heads are the lexicon's plural forms (funding-lexicon.ts LEX_COMPANY_PLURAL_FORMS, with "Fintechs" and "Scaleups"),
 * capitalised; the lower-case heads of PLURAL_SUBJECT_OPENING are the same list and "start-up ventures".
 */
const CAPITALISED_PLURAL_HEAD = lexAlt(lexCapitalised(LEX_COMPANY_PLURAL_FORMS.filter((w) => w !== 'firms' && w !== 'ventures')));
/**
 * Round 38 (extras): the plural subject may stand after a list's bullet ("- Startups in MENA raised § in November", a month
 * review's key points) and after two demonyms joined ("Australian and New Zealand enterprises raised §", a quarter review):
 * LIST_BULLET_OPENING and PLURAL_MODIFIER read them. "enterprises" heads the class in lower case only (ENTERPRISES_LOWER):
 * capitalised, it ends many companies' names ("Adani Enterprises raised §").
 */
const LIST_BULLET_OPENING = String.raw`(?:[-•–—*·▪]\s*)?`;
const ENTERPRISES_LOWER = 'enterprises';
const PLURAL_MODIFIER = String.raw`(?:the|les|des|ces|nos|many|most|some|several|local|plusieurs|those|these|such|and|et|&|\d+|${PLURAL_COUNT_WORD}|\p{Lu}[\p{L}-]*)`;
const PLURAL_SUBJECT_OPENING = new RegExp(String.raw`^(?:[^§;:]{0,60}?\b(?:that|que|qu[’'])\s+)?[\s,]*${LIST_BULLET_OPENING}(?!(?:[Ww]hile|[Ww]hen|[Aa]s|[Aa]lthough|[Tt]hough|[Ss]ince|[Ii]f|[Aa]fter|[Bb]efore|[Uu]nlike|[Ww]hereas|[Ee]ven|[Aa]lors|[Tt]andis|[Ss]i|[Qq]uand|[Ll]orsque|[Pp]endant)\s)(?:(?:${PLURAL_MODIFIER}\s+){0,4}(?:start-?up ventures|${ENTERPRISES_LOWER}|${lexAlt(LEX_COMPANY_PLURAL_FORMS)})|${CAPITALISED_PLURAL_HEAD})(?:\s+(?:in|from|based in|of|de|du|des|en)\s+(?:the\s+|la\s+|l[’']\s*)?[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]*)*)?\s+(?:have\s+|has\s+|had\s+|ont\s+|avaient\s+|also\s+|together\s+|collectively\s+)*(?!(?:includ(?:e|ed|es|ing)|comprise[sd]?|are|were|sont|étaient|incluent|comptent|such|like|comme)\s)\p{Ll}[\p{L}’'-]*\s`, 'u');
/**
 * Round 38 (extras): a plural class as the subject of an absolute "with" clause, its raising participle right before the figure:
 * "Seed funding continued to fall this week, with startups at this stage raising §" (an Indian weekly), "with Nordic companies
 * securing §", "avec des start-up ayant levé §". The clause tells what a class raised, a statistic; only lower-case words
 * (no name) stand between the class and the participle, so "with startups like Acme raising §" is read elsewhere.
 */
const WITH_PLURAL_RAISING_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:with|avec)\s+(?:${PLURAL_MODIFIER}\s+){0,3}(?:${ENTERPRISES_LOWER}|${lexAlt(LEX_COMPANY_PLURAL_FORMS)})(?:\s+[\p{Ll}’'-]+){0,5}?\s+(?:raising|securing|attracting|bagging|drawing|landing|pulling in|taking in|levant|ayant levé|ayant récolté)${FILLER}$`, 'u');
/**
 * Round 38 (extras): a span of the calendar as the subject of "saw" / "recorded": "the preceding quarter, which saw § raised"
 * (a Minnesota quarter review), "2023 saw § invested in Kenyan startups", "le trimestre a vu § levés". A period's money is its
 * total, never one company's round. Not a figure its raiser's agent follows ("The week also saw the £8 million secured by the
 * logistics group Ferrum", a review's item): companies.ts RAISED_BY_AGENT, the reader that names that raiser, tells it.
 */
const PERIOD_SAW_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:quarter|month|year|week|half|semester|period|trimestre|semestre|mois|année|Q[1-4]|H[12]|(?:19|20)\d\d)(?:,?\s+(?:which|qui))?\s+(?:also\s+|aussi\s+)?(?:saw|sees|has seen|had seen|have seen|witnessed|recorded|registered|a vu|avait vu|a enregistré|avait enregistré)${FILLER}$`, 'iu');
/** "qui avait jusqu’ici levé §", "has so far raised §": the sum raised to date, not one round. */
/**
 * Round 13: "qui a pour l’instant bouclé §", "has for now secured §": the adverb may sit after the auxiliary too, and "for now"
 * says the same as "so far" (a sum while the raise goes on, not a closed round).
 */
const SO_FAR_BEFORE = new RegExp(String.raw`\b(?:(?:has|have|had|a|ont|avait|avaient)\s+)?(?:jusqu[’']ici|jusqu[’']à présent|à ce jour|pour l[’']instant|pour le moment|à ce stade|so far|to date|thus far|until now|for now|at this stage)\s+(?:(?:has|have|had|a|ont|avait)\s+)?${TOTAL_PARTICIPLE}${FILLER}$`, 'iu');
/**
 * Round 13: a purpose infinitive is a goal, not a raise: "accompagner les entreprises … pour lever plus de §", "afin de lever §",
 * "in order to raise §". (A bare English "to raise" is left alone: "managed to raise §" is a raise.)
 */
const PURPOSE_RAISE_BEFORE = new RegExp(String.raw`(?:\b(?:pour|afin de|en vue de|de quoi)\s+(?:(?:les|leur|y|en|réussir à|pouvoir|parvenir à)\s+)*|\b(?:in order|so as|enough money|enough)\s+to\s+)(?:lever|récolter|mobiliser|collecter|réunir|raise|secure)${FILLER}$`, 'iu');
/** "raising § between 2015 and 2022", "levés au cours des 15 dernières années", "since 2015": a sum over years. */
const PERIOD_SPAN_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:[\p{L}’'-]+\s+){0,3}?(?:between (?:19|20)\d\d and (?:19|20)\d\d|from (?:19|20)\d\d (?:to|through|until) (?:19|20)\d\d|entre (?:19|20)\d\d et (?:19|20)\d\d|de (?:19|20)\d\d à (?:19|20)\d\d|au cours des (?:\d+|[\p{L}-]+) (?:dernières )?années|(?:over|in|during) the (?:past|last) (?:\d+|[\p{L}-]+) years|ces (?:\d+|[\p{L}-]+) dernières années)(?![\p{L}\p{N}])/iu;
/**
 * Round 21 (blind batches 8-14, cluster "a sum over a span"): a figure told as raised over a span of months or years is a sum, not
 * one round: "raised § in 18 months", "has pulled in § over the past three years", "a levé § en deux ans", "§ levés sur trois
 * ans". A round is raised at one time; a count of months or years right after the figure (a bracket, a participle and "in
 * funding" / "en fonds propres" may sit between) makes it a total. Units are plural and counted (LEX_SPAN_UNITS; a count word of
 * the lexicon or digits), so "in a week" or "in 48 hours" (one round raised fast) are left alone; a round noun between the figure
 * and the span ("§ in a Series A in 18 months") is not stepped over, so the round is kept.
 */
/**
 * Round 22 (review of round 21): a span tied to an event by "of / d' / de" is a date, not a duration the sum was gathered over:
 * "within six months of its launch", "en deux ans d'existence", "in three years of operation" place one round in time.
 */
const SPAN_NOT_ANCHORED = String.raw`(?!\s*(?:(?:of|de|du|des)(?![\p{L}])|d[’']))`;
const SPAN_COUNT = String.raw`(?:\d+|${PLURAL_COUNT_WORD}|a few|quelques)`;
/**
 * Round 30 (cluster "totals to date or over a period": 12 first-sight false deals over batches 8–19 on 11 outlets; blind 813 "which
 * has raised over § in the last year and a half", batch 14's "raised § in 18 months" on another outlet): a span told as a unit and a half ("a year and a half", "un an et demi", "two and a half years",
 * "deux ans et demi") is a counted span like "18 months".
 */
const SPAN_AND_A_HALF = String.raw`(?:(?:an?|one|un|${SPAN_COUNT})\s+)?(?:years?|ans?|mois|months?)\s+(?:and a half|et demie?)|(?:${SPAN_COUNT}|an?|one)\s+and a half\s+(?:years|months)`;
const SPAN_DURATION_AFTER = new RegExp(String.raw`^\s*(?:\([^()§]{0,40}\)\s*)?(?:${TOTAL_PARTICIPLE}\s+)?(?:(?:in|of|en)\s+(?:new\s+)?(?:funding|capital|investment|financing|fonds propres|financements?)\s+)?(?:in|over|within|across|during|en|sur|durant|pendant|au cours des)\s+(?:(?:the|its|les|ses)\s+)?(?:(?:past|last|first|derniers|premiers|dernières|premières)\s+)?(?:${SPAN_COUNT}\s+(?:(?:derniers|premiers|dernières|premières)\s+)?${lexAlt(LEX_SPAN_UNITS)}|${SPAN_AND_A_HALF})(?![\p{L}\p{N}])${SPAN_NOT_ANCHORED}`, 'iu');
/** "rounds of § or more", "au-delà de §": a threshold, not a sum anyone raised. */
const THRESHOLD_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:or (?:more|above|higher|over|larger|bigger)|and (?:above|over|up)|(?:ou|et) plus)(?![\p{L}\p{N}])/iu;
const THRESHOLD_BEFORE = new RegExp(String.raw`\b${PLURAL_ROUNDS}(?: (?:sized|valued|worth))? (?:of|above|over|exceeding|larger than|de plus de|supérieure?s à|au-delà de)\s*$`, 'iu');
/**
 * Money for several recipients right after the figure: "§ in funding announcements for Australian startups", "§ rassemblés pour
 * des startups girondines", "disbursed § funding to 4 health-focused startups", "§ flowed into Swiss start-ups".
 */
const PLURAL_RECIPIENTS_AFTER = /^[^.;§]{0,45}?\b(?:for|to|into|in|among|across|pour|à|dans|entre)\s+(?:(?:des|les|ces|nos|the|its|their|local|several|many|plusieurs|\d+|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\p{Lu}[\p{L}-]*|[\p{Ll}-]+(?:ed|al|an|ese|ish|ch|ic|ive|-focused|-based|oises?|aises?|ines?|iennes?|ais|ois|ains?))\s+){0,3}(?:start-?ups|start-?up ventures|companies|firms|businesses|ventures|entreprises|sociétés|jeunes pousses|pépites|projects|projets)(?![\p{L}\p{N}])|^\s*(?:[\p{L}’'-]+\s+){0,3}?(?:pour|à|dans|entre)\s+(?:des|les|ces|nos|plusieurs|\d+)\s+start-?up(?![\p{L}\p{N}-])|^\s*(?:\([^)]*\)\s*)?in (?:[\p{L}-]+\s+)?(?:funding announcements|announcements|deals|rounds)(?![\p{L}\p{N}])/u;
/**
 * Batch 9 (issue 3): sizes told in general, not one company's raise.
 * A negated subject raises nothing: "No startup sector … raised more than §", "Aucune start-up n’a levé plus de §".
 */
const NEGATED_SUBJECT_BEFORE = /(?:^|[,;:(]|\b(?:but|while|and|mais|et|que|that))\s*(?:[-–—•*]\s*)?(?:no|none of (?:the|its|their)|not (?:a single|one)|aucune?|pas une? seule?)\s+[^§,;]{0,80}?\b(?:raised|secured|closed|received|bagged|landed|attracted|(?:n[’']\s*)?(?:a|ont) (?:levé|obtenu|récolté|bouclé|décroché))(?![\p{L}])/iu;
/** A range is a size bracket, not a sum raised: "typically invests between § and §", "entre § et §", "ranging from § to §". */
const RANGE_OPEN_BEFORE = /\b(?:between|entre|ranging from|allant de|from)\s*$/iu;

/**
 * Exactly RANGE_OPEN_BEFORE.test(masked.slice(0, at).replace(/§+$/u, '')) — "between § and §" opened before the figure at `at` —
 * without scanning the whole prefix once per figure (quadratic on "§ to § to § …" runs): the § run and the whitespace are
 * stepped over backwards, and the longest opening word (12 characters) with the character before it lies in the 60 before them.
 */
function rangeOpensBefore(masked: string, at: number): boolean {
  let end = at;
  while (end > 0 && masked[end - 1] === '§') end--;
  let word = end;
  while (word > 0 && /\s/u.test(masked[word - 1]!)) word--;
  return RANGE_OPEN_BEFORE.test(masked.slice(Math.max(0, word - 60), end));
}
/** Where the run of "§" that ends at or covers `at` starts. */
function runStart(masked: string, at: number): number {
  let i = at;
  while (i > 0 && masked[i - 1] === '§') i--;
  return i;
}
const RANGE_CLOSE_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:and|et|to|à)\s*§/iu;
const RANGE_CLOSE_BEFORE = /^\s*(?:\([^)]*\)\s*)?(?:and|et|to|à)\s*$/iu;
/**
 * A title-case plural subject (headlines): "Washington Companies Raised § in September", "Seattle Startups Pulled In §".
 * Round 13: a record or combined sum ("European Crypto Startups Raised Record §") and the invariable French plural ("Les Start-up
 * Françaises Ont Levé un Record de §").
 */
const PLURAL_SUBJECT_HEADLINE = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:(?:les|des|ces|nos)\s+start-?up|start-?ups|companies|firms|businesses|fintechs|entreprises|sociétés|jeunes pousses|pépites|scale-?ups)\s+(?:[\p{L}-]+\s+)?(?:(?:have|had|together|collectively)\s+)*(?:raised|secured|attracted|pulled in|drew|bagged|landed|took in|lèvent|ont levé|levaient)(?:\s+(?:more than|over|nearly|about|almost|plus de|près de|an? (?:new )?record|record|an? (?:combined|total of|whopping)|combined|un (?:nouveau )?record de|un total de))*\s*$/iu;
/** A future stock is a plan, not a raise: "EFC will have an initial § of seed funding", "le fonds disposera de §". */
const FUTURE_HAVE_BEFORE = new RegExp(String.raw`\b(?:(?:will|shall|would|is to|va|vont|devrait|devraient)\s+(?:have|start with|launch with|open with|disposer de|avoir|démarrer avec)|disposera de|disposeront de|aura|auront)(?:\s+(?:an?|une?)\s+(?:initial|first|starting|initiale?|premier|première))?${FILLER}$`, 'iu');
/** A VC firm's name as the raiser: "Element Ventures pulls in §" (the body calls it a fund). A company's round is not raised by a "Ventures". */
const VC_FIRM_AT_VERB = /(?:^|[^\p{L}])\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,2}\s+(?:Ventures|Venture Partners|VC)\s+(?:(?:has|have|also|just|now|today|a|ont|vient de)\s+)*$/u;

/** A plan, programme or package right after the figure: "40 trillion won venture investment plan", "a §-programme". */
const PROGRAMME_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:[\p{L}-]+\s+){0,3}(?:plan|programme|program|scheme|package|initiative|budget|envelope|enveloppe)(?![\p{L}\p{N}])/iu;
/**
 * A VC or fund manager as the subject: "Le fonds de gestion de capital-risque Truffle Capital annonce … lever §", "VC firm X raised §".
 * Round 40 (issue 3, a fund's own close read as a round): the fund named by its kind in an apposition, "Seedstars Africa Ventures I,
 * a venture capital fund making early-stage investments …, has achieved a first close of §" (1126 Business Post Nigeria), like
 * "Elaia, the venture capital firm, has raised §" (FUND_APPOSITION_HEAD keeps the apposition, this reads its fund noun).
 */
const FUND_MANAGER_BEFORE_VERB = /(?:^|[^\p{L}])(?:(?:le|un|the|a) fonds(?! propres)|the fund|(?:an?|the) (?:venture capital|VC|venture|private equity|investment|seed-stage|early-stage|growth-stage|impact) funds?|(?:a |the )?(?:venture capital|VC|private equity|investment) firm|capital-risque|société de gestion|asset manager|gestionnaire d[’']actifs|fund manager)(?![\p{L}\p{N}])/iu;
/**
 * Round 16 (review of round 15): the fund or manager must be the clause's subject, not a backer told inside an apposition
 * ("Kiplo, déjà soutenue par le fonds Partech, a finalisé un tour de table de §", "Kiplo, whose investors include the venture
 * capital firm Accel, unveiled a round of §"). A closed apposition ", … ," is dropped unless it opens on the fund noun itself
 * ("Elaia, the venture capital firm, has raised §": the apposition names the subject), and a fronted phrase ended by a comma
 * ("Backed by the fund X, Kiplo raised §") is not the subject either: the subject is read after the last remaining comma.
 */
const CLOSED_APPOSITION = /,[^,;§]{1,160},/gu;
const FUND_APPOSITION_HEAD = /^,\s*(?:(?:the|a|an|its|le|la|un|une|l[’'])\s*)?(?:[\p{L}-]+\s+){0,2}?(?:fonds(?! propres)|fund|(?:venture capital|VC|private equity|investment) firm|capital-risqueur|société de gestion|asset manager|gestionnaire d[’']actifs|fund manager)(?![\p{L}\p{N}])/iu;
function fundManagerSubject(head: string): boolean {
  if (!FUND_MANAGER_BEFORE_VERB.test(head)) return false;
  const joined = head.replace(CLOSED_APPOSITION, (m) => (FUND_APPOSITION_HEAD.test(m) ? m.replace(/,/gu, ' ') : ' '));
  return FUND_MANAGER_BEFORE_VERB.test(joined.slice(joined.lastIndexOf(',') + 1));
}
/**
 * Round 16 (companies round-15 row, red since round 15): a fund that leads or joins the round ("Le fonds Alteon mène le tour de
 * table de § de Kiplo", "The fund co-led a round of §", "a participé à une levée de §") backs someone else's round; only a fund
 * that carries out the round with no backing verb ("a réalisé/finalisé une levée de §") raises its own fund.
 */
const FUND_BACKS_ROUND_BEFORE = /(?<![\p{L}])(?:m[eè]ne(?:nt)?|a mené|ont mené|co-?m[eè]ne|co-?dirige|pilote|a piloté|leads|led|co-?led|co-?leads|heads|headed|anchors|anchored|participe à|a participé à|participated in|participates in|takes part in|took part in|joins|joined|rejoint)(?![\p{L}])(?!\s+(?:by|par)(?![\p{L}]))/iu;
/** Money handed to a named company right after the figure: "§ pour Kiplo", "§ in Acme", "§ into fintech start-up Zentrix". */
const MONEY_TO_NAME_AFTER = /^[^.;§]{0,40}?(?<![\p{L}])(?:for|pour|in|into|dans|chez|by|par|de la part de)\s+(?:(?:la|le|l[’']|the)\s*)?(?:[\p{Ll}-]+\s+){0,3}\p{Lu}/u;
/** "With a substantial investment of §, the fund is designed …": the fund is the main clause's subject. */
const FUND_MAIN_AFTER = /^[^.;]{0,60}?,\s*(?:the|this|le|ce) (?:fund|fonds(?! propres))\s+(?:is|will|was|has|est|sera|a|vise)\b/iu;
/** An indefinite company as the subject: "une entreprise qui avait levé §", "a company that raised §" names nobody. */
const INDEFINITE_SUBJECT = /(?:^|[^\p{L}])(?:une|a|an|any|une autre|another) (?:entreprise|société|start-?up|company|firm|business|jeune pousse)\s+(?:qui|that|which)\s+(?:[\p{L}’']+\s+){0,3}$/iu;
/**
 * A figure followed by a fund noun is the fund's size: "a new $715m investment fund", "$500m venture fund".
 * Round 35b (session 22; batch 24's 1001, Clay & Milk "announces § seed stage fund"; Startupticker's 144 "a new early stage
 * fund"): the stage compound may be spaced or hyphenated ("seed stage", "growth-stage").
 */
const FUND_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:(?:USD|EUR|US|dollars?|euros?|new|investment|venture|capital|VC|growth|seed|stage|(?:seed|early|growth|late)-stage|opportunity|opportunities|impact|debut|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|flagship|dedicated|global|european|asian|african|indian)\s+){0,3}(?:funds?(?!\s+(?:injection|infusion|raise|raising))|fonds(?! propres)|vehicle|véhicule)(?![\p{L}\p{N}])/iu;
/** Money that will go on to invest in companies is a fund: "The latest $500m round will be focused on early-stage … companies". */
const WILL_INVEST_IN_COMPANIES = /^[^.;]{0,40}?\b(?:(?:will|to|shall|va|vont)\s+(?:be\s+)?(?:focus(?:ed)?|invest(?:ed)?|target(?:ed)?|back|deploy(?:ed)?|être investis?|investir|cibler)|for (?:investing|backing|funding)|pour investir)\b[^.;]{0,80}?\b(?:companies|startups|start-ups|founders|entrepreneurs|entreprises|start-up|jeunes pousses)\b/iu;
/** A sum over several rounds: "levés en trois opérations", "raised across 40 deals". */
/** Round 16 (blind batch 12): the count may be spelled past ten ("récoltés en douze opérations", "across fifteen deals"). */
/**
 * Round 31 (blind batch 20, 823 Lyon Décideurs; fresh pages Réalités (Tunis) and AllAfrica FR): the French "à travers" / "au
 * travers de", the twin of "across" ("11,6 milliards levés à travers 784 opérations", "24 millions de dollars levés à travers 11
 * opérations de financement"). The opening is a letter-free lookbehind, not "\b", which never fires before "à".
 */
/**
 * Round 21 (blind batch 14): a size may stand right before the plural noun ("in 2 such more than § rounds", "in two §-plus
 * rounds"). Only right before it: "in 2020 and received § in bridge rounds" is another figure, not a size.
 */
const AGGREGATE_AFTER = /^[^.;,§]{0,30}?(?<![\p{L}])(?:en|in|into|across|over|sur|from|through|à travers|au travers d(?:e|es|u)|dans|au cours de|au fil de|répartis sur|réparties sur|répartis (?:dans|entre)|réparties (?:dans|entre)|spread (?:over|across|among))\s+(?:\d{1,3}(?:[,.  ]\d{3})+|\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|several|plusieurs|multiple|dozens of|des dizaines d[’'])\s+(?:[\p{L}()-]+\s+){0,5}?(?:(?:more than|over|above|at least|plus de|de plus de|of|de)\s+)?(?:§+(?:[-\s]plus)?\s+)?(?:opérations|tours(?: de table)?|levées|deals|rounds|transactions|startups|start-ups|companies|entreprises|projects|projets|initiatives|programs|programmes|dossiers|files|investments|investissements|placements|portfolio companies|sociétés|PME|SMEs|businesses)\b/iu;
/**
 * Round 13: a sum handed to a count of deals, right after the figure (a participle or "go/went" at most between): "§ levés pour
 * 106 opérations", "saw § go to 1,810 deals", "§ for 48 rounds". Kept apart from AGGREGATE_AFTER, whose looser opening would
 * take "§ to build software for 500 businesses" for a sum over businesses.
 */
const COUNT_OF_DEALS_AFTER = new RegExp(String.raw`^\s*(?:\([^)]*\)\s*)?(?:(?:levés|levées|investis|raised|invested|go|goes|went|going|flowed|allant|allés)\s+)?(?:pour|for|to|à|into)\s+(?:\d{1,3}(?:[,.  ]\d{3})+|\d+)\s+(?:[\p{L}-]+\s+){0,2}?(?:${PLURAL_ROUNDS}|tours|transactions|financements)(?![\p{L}\p{N}])`, 'iu');
/**
 * Round 14: money a programme or public lender "leveraged" on top of its own: "un financement public qui a permis de mobiliser §
 * complémentaires", "the scheme helped unlock § of private capital", "leveraged § in additional investment". Money drawn in by
 * someone else's funding is a multiplier, not a company's round. Gated by an enabling verb before the leverage verb, or by an
 * "additional/complémentaires" right after, since "Acme a mobilisé § auprès de Partech" is a round.
 */
const LEVERAGED_BY_ENABLER_BEFORE = /\b(?:permis|permet|permettant|permettra|permettre|helped|helps|helping|help|enabled|enables|enabling|allowed|allowing)\s+(?:(?:de|d[’']|to)\s*)?(?:mobiliser|lever|attirer|drainer|unlock|leverage|mobili[sz]e|attract|draw in|crowd in|catalys[ez]|catalyze)\s+(?:(?:about|some|nearly|over|more than|près de|plus de|environ)\s+)?$/iu;
const LEVERAGE_VERB_BEFORE = /\b(?:leverag(?:ed|es|ing)|unlock(?:ed|s|ing)|mobili[sz](?:ed|es|ing)|catalys(?:ed|es|ing)|catalyz(?:ed|es|ing)|crowd(?:ed|s|ing) in|mobilis(?:é|ée|és|ées|ant|e|ent))\s+(?:(?:about|some|nearly|over|more than|près de|plus de|environ)\s+)?$/iu;
const ADDITIONAL_MONEY_AFTER = /^\s*(?:(?:in|of|en|de|d[’'])\s+)?(?:additional|extra|further|matching|complementary|private|follow-on|complémentaires?|supplémentaires?|additionnels?|de (?:fonds|financements?|capitaux) privés)(?![\p{L}])/iu;
/**
 * Round 14: a sum spread over a count of projects or companies a backer supported: "accompagnant 823 projets innovants soutenus à
 * hauteur de §", "backed 140 startups with §", "a soutenu plus de 300 entreprises pour §". The count tells a programme's activity,
 * not one round. No raising verb may stand between the count and the figure ("Acme, which has supported 300 companies since
 * 2019, raised §" is Acme's round).
 */
const SUPPORTED_NOUNS = String.raw`(?:projets|entreprises|start-?ups?|startups|sociétés|PME|ETI|TPE|companies|projects|businesses|firms|SMEs|innovations|dossiers|porteurs de projets?|jeunes pousses|entrepreneurs)`;
const SUPPORT_VERBS = String.raw`(?:soutenu|soutenus|soutenues|accompagné|accompagnés|accompagnées|accompagnant|financé|financés|financées|finançant|aidé|aidés|aidées|appuyé|appuyés|backed|backing|supported|supporting|funded|funding|financed|financing|helped|helping)`;
/**
 * Round 15: the raising verbs come from the lexicon's participle lists (plus the present "raises", "lève"), not a retyped list; bounded
 * by letters, not \b, so the accented French forms ("levé", "bouclé") are read too (\b after "é" never held).
 */
const RAISE_VERB_WORDS = lexAlt([...LEX_RAISE_PARTICIPLES_EN, ...LEX_RAISE_PARTICIPLES_FR, 'raises', 'lève']);
const NO_RAISE_TAIL = String.raw`(?:(?!(?<![\p{L}])${RAISE_VERB_WORDS}(?![\p{L}]))[^§.;]){0,60}$`;
const COUNT_SUPPORTED_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(?:(?:${SUPPORT_VERBS})\s+(?:(?:plus de|près de|more than|over|nearly|some|about)\s+)?\d+(?:[  .,]\d{3})*\s+(?:[\p{L}-]+\s+){0,2}?${SUPPORTED_NOUNS}|\d+(?:[  .,]\d{3})*\s+(?:[\p{L}-]+\s+){0,2}?${SUPPORTED_NOUNS}\s+(?:[\p{L}-]+\s+){0,2}?${SUPPORT_VERBS})(?![\p{L}])${NO_RAISE_TAIL}`, 'iu');
/**
 * Round 14: a target is not money raised: "exceeds Inovia’s target raise of §", "a fundraising goal of §", "son objectif de levée
 * de §", "a hard cap of §". A fund's or a company's aim, met or not, is told next to the sum it did raise.
 * Round 40: the verb in any form with a close named ("has raised § so far for its second fund, targeting a final close of §", 1146
 * Briefly/TechCrunch; "Acme is targeting a first close of §" for a fund or a round alike).
 */
const TARGET_BEFORE = /\b(?:target(?:s|ed|ing)?\s+(?:(?:an?|the|its|their)\s+)?(?:(?:final|first|initial|total|overall)\s+)?(?:raise|size|close|amount|fundraise)|(?:fundraising|raise|funding|capital)\s+(?:target|goal)|(?:hard|soft)\s+cap|objectif\s+(?:de\s+(?:levée|collecte|taille)|initial)|(?:its|their|a|an|the|son|sa|leur|un|une)\s+(?:initial\s+|original\s+|stated\s+)?(?:target|objectif|goal|cible))\s*(?:(?:of|de|d[’'])\s*)?(?:(?:about|some|around|près de|environ)\s+)?$/iu;
/**
 * Round 14: a period's total told as a scene's or a week's result: "India’s startup scene witnessed a strong rebound this week
 * with §", "l’écosystème a enregistré § ce mois-ci", "closed the quarter with § in funding". The subject is a market or a period.
 * Round 21 (blind batch 14 and batch 11, two outlets): the period may carry words of rank or a year and a comma before "with"
 * ("a réalisé en janvier le meilleur mois de son histoire, avec §", "bouclait l'année 2022 avec §", "had its strongest quarter
 * ever, with §"); the clause before it holds no raising verb or round noun (the guard at its head), so "Acme raised its round
 * this month with §" is not read here.
 */
const PERIOD_NOUN = lexAlt([...LEX_PERIOD_NOUNS_EN, ...LEX_PERIOD_NOUNS_FR]);
const PERIOD_WITH_BEFORE = new RegExp(String.raw`^(?:(?!(?<![\p{L}])(?:${RAISE_VERB_WORDS}|round|series|série|tour|levée|deal|opération)(?![\p{L}]))[^§])*(?<!\b(?:of|de|du|d[’'])\s)(?:\b(?:this|last|that|the past|the previous|the same|the|its|their|cette|la|le|ce|son|sa|leur)\s+|\bl[’']\s*)(?:[\p{L}-]+\s+){0,2}?${PERIOD_NOUN}(?:\s+(?:19|20)\d\d)?(?:\s+(?:dernière|dernier|passée?|écoulée?))?(?:\s+(?:de (?:son|sa|leur) histoire|of (?:its|their) history|ever|on record))?\s*,?\s+(?:with|avec)\s+(?:(?:some|about|nearly|over|more than|a total of|a combined|près de|plus de|environ|un total de)\s+)?$`, 'iu');
const SCENE_SUBJECT_BEFORE = /\b(?:scene|ecosystem|landscape|écosystème|scène)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:saw|sees|witness(?:ed|es)?|record(?:ed|s)?|logged|logs|posted|posts|drew|draws|attracted|attracts|pulled in|a vu|voit|a enregistré|enregistre|a attiré|attire|a connu|connaît|totalise|a totalisé|cumule|a cumulé)\b[^,;§]*$/iu;
/**
 * Round 14: a company's spending on a site: "a hefty investment of § to § for a new electric car plant", "investira § dans une
 * nouvelle usine", "will invest § to build a data centre". Capex on a plant, a factory or a data centre is not money raised.
 * Gated by an investment noun or verb before: "Acme raised § to build its first factory" is a round with a purpose.
 */
const INVESTMENT_NOUN_OR_VERB_BEFORE = /\b(?:(?:investment|investissement|capex|capital expenditure|spending|dépense)s?\s+(?:of|de|d[’'])|invest(?:s|ed|ing)?|investira|investiront|investir|investit|investissent|injectera|injecter)\s*(?:(?:about|some|up to|around|nearly|jusqu[’']à|près de|environ)\s+)?(?:§+\s*(?:to|à|-|–)\s*)?$/iu;
const FACILITY_AFTER = /^(?:\s*(?:to|à|-|–)\s*§+)?\s*(?:\([^)]*\)\s*)?(?:for|in|into|to build|to set up|to open|to expand|pour|dans|pour construire|afin de construire)\s+(?:(?:an?|the|its|their|une?|la|le|sa|son|leur|des|new|nouvelle|nouvel|nouveau|second|third|first|[\p{L}-]+)\s+){0,4}?(?:plant|factory|gigafactory|facility|usine|site de production|data ?cent(?:er|re)|warehouse|entrepôt|campus|headquarters|siège|refinery|raffinerie|foundry|fonderie|smelter)s?(?![\p{L}])/iu;
/**
 * Round 14: the size of a wider round that a tranche told first "forms part of": "raised § from Alibaba, likely forming part of the §
 * series C round the company is reportedly raising", "qui s’inscrit dans la levée de §". One deal, told by its first figure.
 */
const FORMS_PART_OF_BEFORE = /(?:\b(?:form(?:s|ed|ing)?\s+part\s+of|(?:is|was|being)\s+part\s+of)|,\s*(?:likely\s+|probably\s+)?part\s+of|\b(?:fai(?:t|sant)\s+partie\s+d(?:e|u|es|[’'])|s[’']inscri(?:t|vant)\s+dans))\s*(?:(?:the|a|an|its|their|la|le|l[’']|une?|sa|son|leur|larger|wider|broader|bigger|overall|plus large|plus vaste)\s*)*(?:(?:levée|tour|round|série|series)\s+(?:de fonds\s+)?(?:de|d[’']|of)\s*)?$/iu;
/**
 * Round 14: "XOi acquired Specifx …, funded by a § round announced this week": a round that pays for something else (an
 * acquisition, a plant) is still a round; the transaction words of the sentence tell what it is for.
 */
const FUNDED_BY_ROUND_BEFORE = /\b(?:funded|financed|paid for|bankrolled|fuelled|fueled|financée?s?|payée?s?)\s+(?:by|with|through|thanks to|par|grâce à|via)\s+(?:(?:an?|the|its|their|une?|la|le|sa|son|leur|new|nouvelle|nouveau|fresh|recent|récente?)\s+)*(?<noun>(?:levée|tour de table|round|raise|funding round)\s+(?:de fonds\s+)?(?:de|d[’']|of)\s*)?$/iu;
const ROUND_NOUN_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:[\p{L}-]+\s+){0,3}?(?:round|raise|funding|financing|levée|tour de table|série|series)(?![\p{L}])/iu;

/**
 * Round 13: the fund a manager launched or closed, its size told after it in the same sentence: "Sabadell launched its fourth
 * venture capital fund, Sabadell Selección Ventures II, with a committed investment of §", "X annonce la clôture de son fonds
 * Y, doté de §". A "levée de fonds" is a round, not a fund.
 */
const FUND_OBJECT_BEFORE = /\b(?:launch(?:es|ed|ing)?|clos(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|announc(?:e|es|ed|ing)|debut(?:s|ed)?|lanc(?:e|é|ent)|annonc(?:e|é|ent)|boucl(?:e|é|ent)|dévoil(?:e|é|ent)|finalis(?:e|é|ent)|clôtur(?:e|é|ent)|(?:first|final) close of|(?:la )?(?:première |dernière )?clôture de)\s+(?:(?:its|their|a|an|the|new|son|sa|leur|un|une|le|la|nouveau|nouvelle)\s+)+(?:[\p{L}\p{N}’'-]+\s+){0,4}?(?<!lev[ée]e?s? de |lev[ée]e?s? de\s)(?:funds?|fonds(?! propres)|vehicle|véhicule)(?![\p{L}])[^§.;]{0,90}$/iu;
/**
 * Round 13: money looked for is not money raised: "is considering seeking § in funding", "was chasing §", "eyes §", "is in the
 * market for §", "cherche §", "vise §". (HEDGED_RAISE_BEFORE reads the same hedge before a raising verb.)
 */
const SEEKING_BEFORE = new RegExp(String.raw`\b(?:(?:considering|weighing|mulling|exploring|contemplating)\s+(?:seeking|raising|a|an|new)|seek(?:s|ing)?|sought|chas(?:e|es|ed|ing)|eye(?:s|d|ing)?|eying|looking for|hunting for|shopping around for|in the market for|court(?:s|ed|ing) investors for|cherch(?:e|ent|ait|aient)|vis(?:e|ent|ait|aient)|ambitionn(?:e|ent|ait|aient))${FILLER}$`, 'iu');
/**
 * Round 13: an investor leading a round told by its size and its company: "Lilly Ventures led a § extension yesterday to a series
 * A round for biotechnology company Symic", "Partech a mené un tour de § dans la start-up Kiplo", "Accel co-led the § seed in Acme".
 */
const LED_BEFORE = new RegExp(String.raw`\b(?:led|co-led|headed|spearheaded|anchored|a mené|ont mené|a codirigé|ont codirigé|a piloté|mène|co-mène)${FILLER}$`, 'iu');
const LED_ROUND_AFTER = new RegExp(String.raw`^\s*(?:\([^)]*\)\s*)?(?:[\p{L}-]+\s+){0,2}?(?:round|funding|financing|investment|extension|tranche|raise|[Ss]eries [A-Ja-j]|[Ss]eed|tour(?: de table)?|levée|financement|investissement|[Ss]érie [A-Ja-j]|amorçage)(?![\p{L}])[^.;§]{0,60}?\b(?:for|in|into|of|pour|dans|de)\s+(?:(?:the|la|le|l[’'])\s*)?(?:(?:[\p{L}-]+\s+){0,3}?${COMPANY_KIND}\s+)?[\p{Lu}\p{N}]`, 'u');
/** An acquisition verb in a purpose phrase: "to continue buying food brands", "for acquiring sellers", "pour racheter". */
const PURPOSE_BUYING = /\b(?:to (?:continue |keep )?|for |pour |afin de )(?:buy|buying|acquire|acquiring|purchase|purchasing|racheter|acquérir)\b/giu;
/**
 * Round 16 (request of round 15): an acquisition told as what the raised money will pay for, in a purpose clause after the
 * figure: "raised § to fund acquisitions", "to pursue further acquisitions", "a levé § pour financer des acquisitions", "afin de
 * poursuivre sa croissance externe". The purpose marker is an infinitive's ("to", "in order to", "pour", "afin de"), followed by a
 * verb and at most six words before the acquisition word; only the purpose after the figure is read, so "sold § to" or
 * "acquired for § by" before it still veto. Blind batch 11 and fixtures of several outlets tell a round's use this way.
 */
const PURPOSE_ACQUISITION_AFTER = /(?<![\p{L}])(?:in order to|so as to|to|pour|afin de|afin d[’']|en vue de)\s+(?!(?:the|a|an|its|their|date|le|la|les|l[’']|un|une|des)(?![\p{L}]))\p{Ll}[\p{L}-]*(?:\s+[^\s§.;,]+){0,6}?\s+(?:acquisitions?|acquir(?:e|ing)|buy(?:ing)?|purchases?|purchasing|takeovers?|mergers?|M&A|rachats?|racheter|acqu[ée]rir|croissance externe)(?![\p{L}])/giu;
/** The text with the purpose clause of its last figure cleared of acquisition words (see PURPOSE_ACQUISITION_AFTER). */
function withoutPurposeAcquisition(scope: string): string {
  const at = scope.lastIndexOf('§') + 1;
  if (at <= 0) return scope;
  return scope.slice(0, at) + scope.slice(at).replace(PURPOSE_ACQUISITION_AFTER, ' ');
}
/** "pumps another §", "injected §", "poured §" before the figure. */
const PUMPED_INTO = /\b(?:pumps?|pumped|pumping|injects?|injected|injecting|pours?|poured|pouring|puts?|putting|inject(?:e|é|ent)|(?:a|ont) mis)\s+(?:in\s+)?(?:another|an additional|a further|a fresh|fresh)?\s*$/i;
/** "invested §", "invests §" right before the figure. */
const INVESTED = /\b(?:invest(?:s|ed)|investi|investit|investissent)\s+(?:an?\s+|about\s+|some\s+|over\s+|plus de\s+|près de\s+|environ\s+)?$/iu;
/**
 * The company an investor's money went into, right after the figure: "§ in Acme", "§ into entertainment app Migo", "§ for a
 * minority stake in US-based start-up Ditto", French "§ dans X". A capitalised name after any descriptor.
 */
const INVESTED_IN_NAME = new RegExp(`^\\s*(?:\\([^)]*\\)\\s*)?(?:(?:for|in exchange for|pour)\\s+(?:an?|une?|the)\\s+(?:[\\p{L}\\p{N}%-]+\\s+){0,2}(?:stake|participation)\\s+)?(?:in|into|dans|in the capital of)\\s+(?!the\\b|The\\b|its\\b|their\\b)(?:(?:[\\p{L}-]+\\s+){0,3}?${COMPANY_KIND}\\s+(?:[\\p{Ll}-]+\\s+){0,2}?)?[\\p{Lu}\\p{N}]`, 'u');
/** A cumulative stake told by the investor ("Blackbird said it has invested about § in Canva"): the perfect with an approximation. */
const HAS_INVESTED_ABOUT = /\b(?:has|have)\s+(?:so far\s+|already\s+)?invested\s+(?:about|around|roughly|some|over|more than|nearly|almost|close to|approximately)\s*$/i;
/** "§ deal from X", "§ fund injection from a consortium", "§ cheque from X": a funding noun with the backers after it. */
const DEAL_FROM_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:(?:fund|cash|capital|equity|funding)\s+)?(?:deal|injection|cheque|check|ticket|infusion)\s+(?:from|led by|backed by)\s/iu;
/** "to launch AI startup Optain Inc.", "to create X": the company the money set up. */
const TO_LAUNCH_NAME = new RegExp(`^\\s*to (?:launch|create|found|start|set up|spin out)\\s+(?:(?:[\\p{L}-]+\\s+){0,3}${COMPANY_KIND}\\s+)?[\\p{Lu}\\p{N}]`, 'u');

/** "… into Ather", "… into entertainment app Migo": a capitalised name after "into" and any descriptor (not "into the economy"). */
const INTO_NAME = new RegExp(`^\\s*(?:in\\s+)?(?:funding\\s+|investment\\s+)?into\\s+(?!the\\b|The\\b)(?:(?:[\\p{Ll}-]+\\s+){0,3}${COMPANY_KIND}\\s+)?[\\p{Lu}\\p{N}]`, 'u');
/** The round as subject, before the sentence's first figure: "L'opération a constitué une somme de", "The round was worth". */
const ROUND_SUBJECT = /^\s*(?:[^,§]{0,25},\s*)?(?:the|this|la|cette|l[’'])\s*(?:round|deal|financing|funding round|opération|levée(?: de fonds)?|tour de table)\s+(?:a|has|had|was|is|totalled|totaled|amounted|était|est|s[’']élève|atteint|représente|constitue)\b[^§.;]{0,40}$/iu;
/** A counted plural of deals or startups: "four Series A deals", "17 early-stage startups", "14 tours de table", "une dizaine d’opérations". */
const COUNTED_DEALS = /(?:^|[^\p{L}\p{N}§])(?<!\b(?:the|top|largest|biggest|these|those|les|des|ces) )(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|a dozen|several|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|une dizaine d[’']|une quinzaine d[’']|une vingtaine d[’'])\s*(?:[\p{L}-]+\s+){0,3}?(?:deals|rounds|startups|start-ups|start-up|scale-ups|scale-up|fintechs|companies|transactions|tours de table|opérations|levées|entreprises|jeunes pousses)(?![\p{L}\p{N}])/iu;
/** A counted set's item named in apposition: "cinq de plus, dont une méga-levée, Voodoo, de §", "including a mega-round, Acme, of §". */
const NAMED_ITEM_OF_COUNT = /\b(?:dont|including|notamment|among them|parmi lesquelles)\s+(?:(?:une?|an?|the|la|le)\s+)?(?:[\p{L}]+-)?(?:levée|round|deal|opération|tour de table|raise)\s*,\s*\p{Lu}[^,§]{0,30},\s*(?:de|d[’']|of)\s*$/u;
/** A new clause with its own named subject and verb after the previous figure: "… and fintech startup Abound led with". */
/** An owner's name before its possessive: one to three capitalised words after a boundary. */
const OWNER_NAME_RUN = String.raw`(?:^|[\s:;,(])\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,2}`;
/**
 * Round 17: an entry of a counted list that names its owner: "two new rounds: Acme’s § Series B and Globex’s § Series A". A
 * possessive name right before the figure, with a round noun after it, makes the figure that company's round even inside a count
 * ("four deals", "two new funding rounds"). Seen in digests and news briefs of several outlets (EN).
 */
const OWNER_POSSESSIVE_BEFORE = new RegExp(String.raw`${OWNER_NAME_RUN}[’']s\s+$`, 'u');
/**
 * Round 40 (funding recall): a digest's entry "Owner’s § <descriptor> raise/round": one or two free descriptors (a sector, a
 * kind) may stand between the figure and the round noun, which NOUN_AFTER's closed list of adjectives does not know ("Myco’s §
 * Web3 raise", 840 AFN News; "Curefoods’ § (§) pre-IPO placement from 3State Ventures", 540 Entrackr). Only with a possessive owner
 * right before the figure (a plural owner's bare apostrophe too, "Curefoods’"), only "raise"/"round" and the private placements;
 * never a salary's or a price's raise.
 */
const OWNER_POSSESSIVE_OR_PLURAL_BEFORE = new RegExp(String.raw`${OWNER_NAME_RUN}(?:[’']s|(?<=s)[’'])\s+$`, 'u');
const DESCRIBED_ROUND_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:(?:(?!(?:pay|salary|wage|price|prices|rent|rate|tax|prize|capital)\s)[\p{L}\p{N}][\p{L}\p{N}-]*\s+){1,2}?(?:raise|round)|(?:pre-ipo|private)\s+placement)(?![\p{L}])/iu;
function ownerDescribedRound(before: string, after: string): boolean {
  return OWNER_POSSESSIVE_OR_PLURAL_BEFORE.test(before) && DESCRIBED_ROUND_AFTER.test(after);
}
/**
 * Round 18: the round nouns that name a round by themselves, from the shared lexicon (LEX_ROUND_NOUNS) less the nouns that also name
 * other money: a price "raise", a bank's or a state's "financing"/"financement", an "investment", "funding" to date, an
 * "opération". Those say "round" only inside a raising frame, never as the owner or the subject of a size. A bare "tour" (an
 * election's, a tour of a site) is a round only with its complement ("tour de table", "tour de financement", "tour d’amorçage").
 */
const OTHER_MONEY_TOO = new Set<string>(['raises?', 'fundraises?', 'financings?', 'funding', 'investments?', 'financements?', 'opérations?']);
/** Plus the Quebec "ronde (de financement)", which the lexicon does not hold. */
const SELF_ROUND_WORDS = [...LEX_ROUND_NOUNS.filter((n) => !OTHER_MONEY_TOO.has(n)), 'rondes?'];
const BARE_TOUR = String.raw`(?!tours?(?!\s+de\s+(?:table|financement)|\s+d[’']amorçage))`;
const SELF_ROUND_NOUN = String.raw`${BARE_TOUR}${lexAlt(SELF_ROUND_WORDS)}(?![\p{L}])`;
/** The same nouns, lower-case or capitalised, for the case-sensitive reader of owned entries. */
const SELF_ROUND_NOUN_CASED = String.raw`${BARE_TOUR}${lexAlt([...SELF_ROUND_WORDS, ...lexCapitalised(SELF_ROUND_WORDS)])}(?![\p{L}])`;
/**
 * Round 27 (cluster "a company's own outlay in a place": blind 707's monthly wrap-up, fixture 538's fintech statistics; in the
 * sweep, a wire story and three outlets on a cloud firm's "will invest § in Germany", four French outlets' "va investir § en
 * France"): "Orvalis has announced an additional § investment in Germany", "Halvéo investira § en
 * France", "invests § in India". Money a company puts into a country, a region or a city is its own spending (capex), not a round
 * raised. Read as the place rule above reads a plant: an investment noun right after the figure, or an investment noun or verb
 * right before it, then "in/into/en/au/aux/dans" and a name the place reader (companies.ts isPlace) knows. A named company there
 * ("§ investment in Kestrel") is no place and stays the investor's round in it; a raising verb before the figure ("Acme secured a
 * § investment in France") keeps the raise.
 */
const INVESTMENT_NOUN_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:[\p{Ll}-]+\s+){0,2}?(?:investments?|investissements?|capex)(?![\p{L}])/u;
const IN_PLACE_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:in|into|en|au|aux|dans|à)\s+(?:(?:the|le|la|l[’'])\s*)?(?<place>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u;
function outlayInPlace(before: string, after: string): boolean {
  if (STRONG_VERB.test(before)) return false;
  const noun = INVESTMENT_NOUN_AFTER.exec(after);
  const rest = noun ? after.slice(noun[0].length) : INVESTMENT_NOUN_OR_VERB_BEFORE.test(before) ? after : null;
  if (rest === null) return false;
  const place = IN_PLACE_AFTER.exec(rest);
  return !!place && isPlace(place.groups!.place!) && !PLACE_QUALIFIES_NAME.test(rest.slice(place.index + place[0].length));
}
/**
 * Round 28 (review of round A, F2): the place must end the noun phrase to be where the money goes. A place that qualifies the
 * company named next ("an investment in London fintech Tilvo", "in Germany’s Tilvo", "in Lyon-based Tilvo") makes the company the
 * recipient: a possessive, "-based", or a company-kind noun (COMPANY_KIND) with at most two lower-case words before it, then a name.
 */
const PLACE_QUALIFIES_NAME = new RegExp(String.raw`^(?:[’']s(?![\p{L}])|-based(?![\p{L}])|\s+(?:[\p{Ll}-]+\s+){0,2}?${COMPANY_KIND}\s+\p{Lu})`, 'u');
/**
 * Round 27 (cluster "a raise planned, never done": blind 733's teaser of a national daily; fixture 107's blog, whose "Ce devait être
 * une levée de §" STATISTIC_BEFORE reads, is the same past-of-future): the verb of announcing or raising governed by a past-of-future ("qui devait
 * annoncer, mardi, une levée de §", "was to announce a § round", "was due to close", "s'apprêtait à lever", "était censée
 * boucler") tells a raise that was planned at that time; the text says no more that it happened. The planning verb, its infinitive,
 * then at most 80 characters up to the figure with no finite raise of its own ("which was to announce its results, raised §" keeps
 * the raise). The conditional ("devrait lever") and the plans ("plans to raise") are read by HEDGED_RAISE_BEFORE.
 */
const PLANNED_RAISE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:(?:was|were)\s+(?:(?:due|supposed|scheduled|slated|going|poised|meant|set|expected)\s+)?to|devai(?:t|ent)|(?:était|étaient)\s+(?:censée?s?|sur le point d[e’'])|s[’']apprêtai(?:t|ent)\s+à)\s+(?:announce|unveil|raise|close|secure|complete|annoncer|dévoiler|officialiser|lever|boucler|finaliser|conclure|obtenir)(?![\p{L}])(?:(?!(?<![\p{L}])${RAISE_VERB_WORDS}(?![\p{L}]))[^§.;]){0,80}$`, 'iu');
/**
 * Round 27 (cluster "tranches and extensions of one round", blind 710's fintech extension, 735's Series A add-on, 727's and 624's
 * extensions): "une extension de § de sa levée de fonds", "a § extension of its Series B", "an extension of § to its seed round".
 * The extension is new money in a round the company had opened: a round of its own (the gold counts the extension), not other
 * money. The extension noun stands right before the figure (with "de/of") or right after it, and a round noun closes the phrase
 * ("de sa levée", "of its Series B"), so "an extension of § on its credit line" stays other money.
 */
const EXTENSION_NOUN = String.raw`(?:extension|rallonge|top-up|add-on)`;
const EXTENSION_BEFORE = new RegExp(String.raw`(?<![\p{L}])${EXTENSION_NOUN}\s+(?:de|d[’']|of)(?:\s+${lexAlt(LEX_APPROX_BEFORE_FIGURE)})*\s*$`, 'iu');
const EXTENSION_AFTER = new RegExp(String.raw`^\s*(?:\([^)]*\)\s*)?(?:[\p{Ll}-]+\s+)?${EXTENSION_NOUN}(?![\p{L}])`, 'iu');
/**
 * Round 28 (review of round A, F4): a bank's, a project's or a debt's financing is not the company's round: "une rallonge de § de son
 * financement bancaire", "a § extension of the project funding". Read on either side of the bare financing noun.
 */
const OTHER_FINANCING_WORD = String.raw`(?:bank|bancaire|project|projet|du projet|de projet|credit|crédit|public|publique|${lexAlt(LEX_OTHER_MONEY_NOUNS)})(?![\p{L}])`;
const OF_OWN_ROUND_AFTER = new RegExp(String.raw`^\s*(?:de|du|d[’']|of|to|à)\s+(?:(?:sa|son|leur|its|their|the|this|that|cette|ce|la|le|l[’'])\s*)(?:(?!${OTHER_FINANCING_WORD})[\p{L}-]+\s+){0,2}?(?:${SELF_ROUND_NOUN}|levée|financing|financement|funding)(?![\p{L}])(?!\s+${OTHER_FINANCING_WORD})`, 'iu');
function roundExtension(before: string, after: string): boolean {
  if (EXTENSION_BEFORE.test(before)) return OF_OWN_ROUND_AFTER.test(after.replace(/^\s*\([^)]*\)/u, ''));
  const noun = EXTENSION_AFTER.exec(after);
  return !!noun && OF_OWN_ROUND_AFTER.test(after.slice(noun[0].length));
}
/**
 * Round 27 (same cluster: the sum a text writes after a tranche): "pour ainsi établir sa série B à §", "portant sa série B à §",
 * "pour porter son tour de table à §". A purpose or result clause (an infinitive after "pour", or a present participle) that sets
 * the round to a figure gives the round's new sum, the earlier tranche plus this one, as English "bringing its Series B to §"
 * (TOTAL_BEFORE). A finite verb of growth ("a porté sa série A à §", "expanded its round to §") is still the round's size
 * (ROUND_SIZED_TO_BEFORE).
 */
/**
 * Round 29 (blind batch 18, 745 "has raised an additional §, increasing its pre-Series A round to §"): the English twin of the
 * result clause above. A present participle of growth (a closed class: increasing, expanding, extending, upsizing, lifting,
 * boosting, growing, pushing, upping, raising, taking) whose object is the subject's own round, set "to" a figure, gives the
 * round's new sum after the tranche the sentence told, not a second round. A finite verb ("expanded its round to §", "is
 * extending its round to §") is still the round's size (ROUND_SIZED_TO_BEFORE).
 */
const GROWTH_PARTICIPLE_EN = lexAlt(['increasing', 'expanding', 'extending', 'upsizing', 'lifting', 'boosting', 'growing', 'pushing', 'upping', 'raising', 'taking']);
const ROUND_SUM_RESULT_EN = String.raw`(?<![\p{L}])(?<!(?:is|are|was|were|been|be)\s)${GROWTH_PARTICIPLE_EN}\s+(?:its|their|the|this|that)\s+(?:[\p{L}-]+\s+){0,3}?(?:${SELF_ROUND_NOUN}|financing|funding|raise)(?:\s+(?:round|financing))?\s+to(?:\s+${lexAlt(LEX_APPROX_BEFORE_FIGURE)})*\s*$`;
const ROUND_SUM_RESULT_BEFORE = new RegExp(String.raw`(?:(?<![\p{L}])(?:pour|afin de)\s+(?:ainsi\s+|donc\s+)?(?:porter|établir|amener|hisser|monter)|(?<![\p{L}])(?:portant|établissant|amenant|hissant|montant))\s+(?:(?:ainsi|désormais|donc|alors)\s+)*(?:sa|son|leur|la|le|l[’']|cette|ce)\s*(?:[\p{L}-]+\s+){0,2}?(?:${SELF_ROUND_NOUN}|levée|financement)(?:\s+[A-J](?![\p{L}]))?(?:\s+(?:de|d[’'])\s*(?:fonds|table|financement|amorçage))?\s+à(?:\s+${lexAlt(LEX_APPROX_BEFORE_FIGURE)})*\s*$|${ROUND_SUM_RESULT_EN}`, 'iu');
/**
 * Round 17: a round noun owned by a named company, its figure in brackets: "le tour de table de Tilvo (§)", "la série C de
 * l’allemand Quorly (§)", "the seed round of fintech Brevo (§)". The noun phrase is the entry; the bracket gives its size (monthly
 * barometers and quarterly reviews of several outlets write their entries so). Between "de/of" and the name only lower-case
 * descriptors, never a preposition of place or agent ("the round of layoffs at Acme (§)" is no entry).
 * Round 18 (review): only a noun that names a round by itself (SELF_ROUND_NOUN): "le financement de l’État (§)", "the financing of
 * X (§) by a consortium of banks" are a state's or a bank's money. The owner and the noun are named groups, read by
 * ownedRoundEntry for the company and the round.
 */
const OWNED_ROUND_PAREN_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?<noun>${SELF_ROUND_NOUN_CASED}(?:\s+[\p{Ll}-]+){0,2}?)\s+(?:de|d[’']|of)\s*(?:(?:la|le|les|l[’']|the)\s*)?(?:(?!(?:at|in|for|by|with|from|à|chez|par|avec|pour|auprès)\s)[\p{Ll}-]+\s+){0,3}(?<owner>\p{Lu}[\p{L}\p{N}.&’'-]*(?:\s+\p{Lu}[\p{L}\p{N}.&’'-]*){0,2})\s*\(\s*$`, 'u');
/**
 * Round 18: the company and the round of a figure told as an owned entry ("la série B de la startup Kiplo (§)" gives Kiplo, Series
 * B), or null. For the company reader (companies.ts) and the round reader: the entry's own owner and noun, not the nearest name or
 * the next entry's round ("… (§) et la série A de Quorly (§)"). `before` is the text of the clause up to the figure.
 */
export function ownedRoundEntry(before: string): { company: string; round: string | null } | null {
  const m = OWNED_ROUND_PAREN_BEFORE.exec(before);
  if (!m) return null;
  return { company: m.groups!.owner!, round: findRounds(m.groups!.noun!)[0]?.round ?? null };
}
/**
 * Round 17: a round grown to its final size: "expanded its Series A round to §", "extended the seed round to §", "had closed that
 * round at §", "a étendu son tour de table à §". The figure is the round's size (the verb of growth or closing governs the round
 * noun, and "to/at" the figure), not some other money. Blind misses of two outlets (a life-science financing roundup and a biotech
 * news brief), with the round noun on either side of the verb.
 * Round 18 (review): the noun must name a round by itself (SELF_ROUND_NOUN: not "increased its financing to §", "a price raise"),
 * and when it stands before the verb it must be the verb's subject: a determiner (a possessive, or the clause's start after an earlier figure: "X's § first round financing"),
 * the noun, its owner ("de X", "of X"), one insertion between commas or one coordinated verb ("has kept growing and"),
 * auxiliaries, then the verb. "Since its seed round, annual revenue grew to §" has another subject.
 */
const SIZED_ROUND_SUBJECT = String.raw`(?:^\s*|\b(?:the|its|their|this|that|la|le|sa|son|leur|cette|ce)\s+|\bl[’']\s*|[’']s?\s+)(?:[\p{L}§-]+\s+){0,4}?(?:${SELF_ROUND_NOUN}|financing|financement)(?:\s+(?:round|financing|de financement)|\s+d[’']amorçage)?(?:\s+(?:of|de|du|d[’'])\s*(?:(?:la|le|l[’'])\s*)?[\p{L}\p{N}&.-]+(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,2})?(?:\s*,[^,§.;]{1,60},)?(?:\s+(?:has|have|had|is|was)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?\s+and)?(?:\s+(?:has|have|had|now|finally|just|then|was|were|is|been|a|avait|enfin|finalement|désormais))*`;
// Round 30 (cluster "a round sized by its own noun phrase, missed": blind 817 "closed its Series B financing round at §", with 792's
// "round of funding which totals §" on another outlet, see NOUN_LINKED_BEFORE): the round noun may be followed by "financing round" /
// "funding round" as well as by one word.
const ROUND_SIZED_TO_BEFORE = new RegExp(String.raw`(?:\b(?<grow>expand(?:s|ed|ing)?|extend(?:s|ed|ing)?|upsiz(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|gr(?:ew|ow|ows|own)|clos(?:e|es|ed|ing)|étend(?:u|ait|re)?|élargi(?:t|r)?|port(?:e|é|ait|er))\s+(?:its|their|the|that|this|a|sa|son|leur|ce|cette)\s+(?:[\p{L}-]+\s+){0,2}?${SELF_ROUND_NOUN}(?:\s+(?:financing|funding)\s+round|\s+(?:round|financing|de financement))?\s+(?:to|at|à)|${SIZED_ROUND_SUBJECT}\s+(?:clos(?:ed|es)|gr(?:ew|own)|expanded|extended|increased|upsized|s[’']est (?:clôturée?|élargie?)|a été (?:portée?|étendue?|clôturée?))\s+(?:to|at|à))(?:\s+${lexAlt(LEX_APPROX_BEFORE_FIGURE)})*\s*$`, 'iu');
/**
 * Round 18 (review): "Microsoft’s § investment in OpenAI", "Amazon’s § stake in Anthropic", "la prise de participation de § dans
 * X": the possessor of an investment or a stake in a named company is its investor, not the company that raised.
 */
const STAKE_IN_NAME_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:[\p{L}-]+\s+){0,2}?(?:investments?|stakes?|bets?|injections?|investissements?|participations?)\s+(?:in|into|dans|au capital de)\s/iu;
/**
 * Round 18: a list of rounds opened by its plural noun and "include": "Other notable raises include Acme’s § and Globex’s § Series
 * B", "Key deals this week included Acme’s §, …". Each possessive owner right before a figure is an entry of that list, with or
 * without a round noun after its own figure (the noun may stand once, after the last item). Digest and weekly-report outlets
 * (blind 540, 544, 566).
 */
const ROUNDS_LIST_INTRO = new RegExp(String.raw`(?<![\p{L}])(?:fund)?${lexAlt(LEX_PLURAL_ROUNDS_EN)}(?![\p{L}])[^§.;:]{0,40}?\b(?:include[sd]?|including|such as|among them)(?![\p{L}])`, 'iu');
/**
 * Round 23 (blind 631, a wire story's half-year review; the French reviews of blind 474, 585 and 591 write the same entry as
 * "§ pour [descripteur] X" after their plural noun): the entry may name its owner after the figure, "for/to" (or "pour/à") and
 * descriptors then the name: "Other large rounds included § for payments firm Kestrel and § for …", "Notable deals included §
 * to Acme". The company is read after the figure by the funding reader, as for "§ pour X"; later items follow the first.
 * Only after ROUNDS_LIST_INTRO, so "Other costs included § for legal fees" stays other money.
 */
const ENTRY_FOR_NAME_AFTER = /^\s*(?:\([^()§]{0,40}\)\s*)?(?:for|to|pour|à)\s+(?:(?:la|le|les|l[’']|the)\s*)?(?:(?!(?:of|de|du|des|d)(?![\p{L}]))[\p{Ll}-]+\s+){0,4}\p{Lu}/u;
/**
 * Round 24 (review of round 23): the entry's own words up to the next figure or clause stop ("§ for the renovation of Central
 * Station", "£2 million to Leeds City Council", "§ pour la mairie de Lyon"): an institution or a public body named there is who
 * the money went to as a grant or a spend, not a company's round. The descriptors before the name may not hold "of/de" (a
 * project "of" a place), see ENTRY_FOR_NAME_AFTER; the lexicon's institution nouns and public bodies are read here.
 */
const ENTRY_INSTITUTION = new RegExp(String.raw`(?<![\p{L}])(?:${lexAlt([...LEX_INSTITUTION_NOUNS_EN, ...LEX_INSTITUTION_NOUNS_FR, ...LEX_GRANT_MAKERS_EN, ...LEX_GRANT_MAKERS_FR, ...LEX_PUBLIC_BODIES])})(?![\p{L}])`, 'iu');
/** The entry of a list of rounds that names its owner after the figure, that owner no institution (see above). */
function entryForNameAfter(after: string): boolean {
  if (!ENTRY_FOR_NAME_AFTER.test(after)) return false;
  const stop = after.slice(0, 120).search(/[§;.,]/u);
  return !ENTRY_INSTITUTION.test(stop < 0 ? after.slice(0, 120) : after.slice(0, stop));
}
/**
 * Round 25 (cluster "an owned figure in a review", blind 511's regional review, 268's wire story, a fresh national daily's monthly
 * review): reviews recall rounds as a definite figure owned by its company, with no verb: "les § de Kestrel", "les § de la
 * biotech lyonnaise Zorbit", "les § du champion du voyage Kestrel", "the § of travel platform Kestrel". The definite article
 * says the sum is known; "de/du/of", lower-case descriptors and a capitalised name say whose it is. Read only in a sentence about
 * rounds (hasListFundingCue), never when the descriptors hold a preposition ("the § of debt from Kestrel"), a fund, the money's
 * other kinds (COMPARED_NOT_RAISE: "les § de chiffre d'affaires de Kestrel"), or when the owner is an institution or a place.
 * The company is the capitalised name after the descriptors (ownedFigureName); the name must close the noun phrase (a stop, a
 * coordinator, a relative, a date's preposition or a verb of its own after it), so "the § of cash Apple holds" or "Apple’s buyback" is none.
 */
const OWNED_FIGURE_ARTICLE = new RegExp(String.raw`(?<![\p{L}])(?:les|des|the|aux|ces|these)\s+(?:(?:${lexAlt(LEX_APPROX_BEFORE_FIGURE)})\s+)?$`, 'iu');
/** The owner after the figure: "de|du|de la|de l'|of", at most three lower-case descriptors (no preposition), the name. */
const OWNED_FIGURE_OWNER_AFTER = /^\s*(?:\([^()§]{0,40}\)\s*)?(?:de\s+la\s+|de\s+l[’']\s*|du\s+|de\s+|d[’']\s*|of\s+(?:the\s+)?)(?<desc>(?:(?!(?:of|de|du|des|d|from|by|at|in|to|for|with|par|à|chez|pour|avec|dans|sur|en|la|le|les)(?![\p{L}]))[\p{Ll}-]+\s+(?:(?:du|de la|de l[’']|d[’'])\s*(?=\p{Ll}))?){0,3})(?<name>[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*){0,3})(?=\s*(?:[,;.:()–—…]|$)|\s+(?:et|and|ou|or|qui|which|that|who|en|in|avec|with|à|au|a|has|had|was|is|pour|for)(?![\p{L}]))/u;
/**
 * Descriptors that make the figure some other money: a fund, a public body's or a sale's money, revenue, a valuation. Round 27: built
 * from the lexicon's lists (the wins of a contract or a grant, the money of a sale, a crowd or a subsidy, and the other money nouns)
 * instead of a retyped list.
 */
const OWNED_FIGURE_NOT_ROUND_DESC = new RegExp(String.raw`(?<![\p{L}])${lexAlt([...LEX_OTHER_MONEY_NOUNS, ...LEX_NOT_A_ROUND_WINS, ...LEX_NOT_RAISED_MONEY])}(?![\p{L}])`, 'iu');
const OWNED_FIGURE_ROUND_LABEL = /^(?:Series|Série|Seed|Pre-Seed)(?![\p{L}])/u;
/**
 * Round 26 (review of round A, F1): an investor's ticket is no round. Descriptors naming an investor's role ("the § of early backer
 * X", "les § du business angel X", "les § de la banque publique X") say the money came from X (LEX_INVESTOR_ROLE_NOUNS).
 */
const OWNED_FIGURE_INVESTOR_DESC = new RegExp(String.raw`(?<![\p{L}])${lexAlt(LEX_INVESTOR_ROLE_NOUNS)}(?![\p{L}])`, 'iu');
/**
 * Round 26 (review of round A, F1): the round itself as the clause's subject, its verb right before the figure's article ("the
 * round adds to the §", "le tour de table complète les §", "la levée intègre les §"): the figure is a part of that round (a ticket
 * inside it), never a round of its own. Singular, definite round noun, then one to three lower-case words (the verb and its
 * particle) up to the article: a list's plural subject ("the rounds were the §") is not this shape.
 */
const ROUND_SUBJECT_BEFORE_ARTICLE = /(?<![\p{L}])(?:[Tt]he|[Tt]his|[Tt]hat|[Ll]e|[Ll]a|[Ll][’']|[Cc]e|[Cc]ette)\s*(?:(?:new|latest|nouvelle?|dernière?)\s+)?(?:round|raise|financing|funding|tour(?:\s+de\s+table)?|levée(?:\s+de\s+fonds)?|opération|financement)\s+(?:\p{Ll}+\s+){1,3}(?:les|des|the|aux|ces|these)\s+(?:\p{Ll}+\s+){0,2}$/u;
/** The company of an owned figure ("les § de la biotech Zorbit" gives Zorbit), or null when the figure is no such entry. */
export function ownedFigureName(masked: string, start: number, end: number): string | null {
  return ownedFigureOwner(masked, start, end)?.name ?? null;
}
function ownedFigureOwner(masked: string, start: number, end: number): { name: string; desc: string } | null {
  // The anchored owner after the figure first (it fails at once on most figures), then the article before it.
  const m = OWNED_FIGURE_OWNER_AFTER.exec(masked.slice(end, end + 160));
  if (!m || !OWNED_FIGURE_ARTICLE.test(masked.slice(Math.max(0, start - 60), start))) return null;
  const name = m.groups!.name!.replace(/[.’']+$/u, '');
  const desc = m.groups!.desc!;
  if (/[’']s$/u.test(name) || OWNED_FIGURE_ROUND_LABEL.test(name) || GAPPED_NOT_NAME.test(name.split(/\s+/u)[0]!) || isPlace(name)) return null;
  if (OWNED_FIGURE_NOT_ROUND_DESC.test(desc) || COMPARED_NOT_RAISE.test(desc) || ENTRY_INSTITUTION.test(desc + name)) return null;
  if (OWNED_FIGURE_INVESTOR_DESC.test(desc) || ROUND_SUBJECT_BEFORE_ARTICLE.test(masked.slice(Math.max(0, start - 80), start))) return null;
  return { name, desc };
}
/** A definite figure anywhere in the sentence ("les §", "the §"): a sibling entry of the same list. */
const DEFINITE_FIGURE = /(?<![\p{L}])(?:les|des|the|aux|ces|these)\s+§/giu;
/**
 * A bare owner ("les § de Kestrel", no descriptor) may be the money's source ("les § de Bpifrance"), so it is read as an entry
 * only beside a sibling definite figure of the same sentence (a list: "les § levés par X, les § de Y"); with a descriptor ("de la
 * biotech Zorbit") the entry stands alone.
 */
/** How far around the figure the cue and the sibling are looked for: a bounded window, never the whole sentence per figure (linear). */
const OWNED_FIGURE_REACH = 300;
function ownedFigureEntry(masked: string, start: number, end: number): boolean {
  const m = ownedFigureOwner(masked, start, end);
  if (!m) return false;
  const from = Math.max(0, start - OWNED_FIGURE_REACH);
  const window = masked.slice(from, Math.min(masked.length, end + OWNED_FIGURE_REACH));
  if (!fundingCueNear(masked, from, Math.min(masked.length, end + OWNED_FIGURE_REACH))) return false;
  if (m.desc.trim() !== '') return true;
  for (const d of window.matchAll(DEFINITE_FIGURE)) {
    const at = from + d.index! + d[0].length - 1;
    if (at < start || at >= end) return true;
  }
  return false;
}
/**
 * Round 27: the funding cues of a sentence (hasListFundingCue's words), found once per sentence and kept for its figures: each figure
 * then asks whether a cue lies inside its window. Was one scan of the window per figure. The last sentence's cue spans are cached
 * (readFigure reads the figures of one sentence in a row).
 */
let cueSentence: string | null = null;
let cueSpans: Array<[number, number]> = [];
function fundingCueNear(masked: string, from: number, to: number): boolean {
  if (masked !== cueSentence) {
    cueSentence = masked;
    cueSpans = listFundingCueSpans(masked);
  }
  for (const [a, b] of cueSpans) if (a < to && b > from) return true;
  return false;
}
/** A figure whose own entry names the company that raised it: a possessive owner and a round noun after, or an owned round noun. */
function ownedEntry(before: string, after: string): boolean {
  return (OWNER_POSSESSIVE_BEFORE.test(before) && NOUN_AFTER.test(after) && !STAKE_IN_NAME_AFTER.test(after)) || OWNED_ROUND_PAREN_BEFORE.test(before);
}
const OWN_CLAUSE = /\band\s+(?:[\p{Ll}-]+\s+){0,3}\p{Lu}[\p{L}\p{N}.-]*(?:\s+\p{Lu}[\p{L}\p{N}.-]*){0,2}\s+(?:led|raised|secured|topped|closed|bagged|landed)\b/u;
/**
 * Round 34: a counted set whose members are named as this figure's raisers, so the count is no statistic:
 *   - the figure's raiser in a relative clause after its name, "The next three biggest deals were Dublin-based OOHPod, a parcel
 *     locker service, which raised §, …" (930; 335's and 63's weekly lists, "… and M2P Fintech which raised §, §, … respectively");
 *   - the set's members as the coordinated subject of a shared-out raise (funding-sentences.ts coordinatedRaisers): "Two
 *     logistics startups, Logivan and EcoTruck, raised § and § …, respectively" (900), "Deux start-up, A et B, ont chacune levé §".
 * Round 34b: the relative raise may put an article before its figure, "has backed 200 Norwegian startups, including … Spoor, which
 * raised an § Series A" (953; the same relative as 930's and 114's, with the round noun after the figure).
 */
const NAMED_RELATIVE_RAISE = /\p{Lu}[\p{L}\p{N}.&’'-]*(?:\s+\p{Lu}[\p{L}\p{N}.&’'-]*){0,2}(?:,\s[^,§;:]{1,80})?,?\s+(?:which|who|that|qui)\s+(?:(?:has|had|have|a|avait)\s+)?(?:(?:just|recently|also|récemment|aussi|déjà)\s+)?(?:raised|secured|closed|landed|bagged|levé|lève)\s+(?:(?:an?|une?)\s+)?(?:(?:about|around|over|more than|nearly|almost|some|plus de|près de|environ)\s+)?$/u;
/**
 * Round 34b: the figure's raiser named as the passive agent right after it, "three especially large deals – § raised by the
 * ride-sharing startup Via from X, …" (970), the shape of "the £21m secured by SME lending platform iwoca" (74's ranking) and "§
 * raised by space startup Iceeye" (959): a raise participle, "by"/"par", at most three lower-case words of kind, then a capitalised
 * name. A plural class as the agent ("§ raised by Israeli tech companies", "by 36 startups") is vetoed before (PLURAL_*_AGENT_AFTER).
 * The elided items after it ("…, § by the online insurer Lemonade and § by Cybereason") need companies.ts to take a bare "by"
 * agent as the raiser (companyAfter reads the participle's agent only): not done here.
 */
const AGENT_NAME = String.raw`(?:by|par)\s+(?:(?:the|an?|la|le|l[’'])\s*)?(?:[\p{Ll}-]+\s+){0,3}\p{Lu}`;
const PARTICIPLE_AGENT_AFTER = new RegExp(String.raw`^\s*(?:\([^)]*\)\s*)?${TOTAL_PARTICIPLE}\s+${AGENT_NAME}`, 'u');
function namedRaiserOfCount(masked: string, start: number, before: string, clause: () => ClauseFigures): boolean {
  let figureEnd = start;
  while (masked[figureEnd] === '§') figureEnd++;
  if (NAMED_RELATIVE_RAISE.test(before) || PARTICIPLE_AGENT_AFTER.test(masked.slice(figureEnd, figureEnd + 90))) return true;
  const { spans, raisers } = clause();
  const k = spans.findIndex((f) => f.start === start);
  return k >= 0 && raisers.has(k);
}
/**
 * Round 42 (review pages telling one figure for several named companies with a plain verb of getting: "Welo Health and Medpharma
 * got § each", 685 Healthcare Rising's monthly update; "Pipedrive and finance company Monese, both of which got §", 1133 New East
 * Archive's year review; "Millet Bowl and Lauriko received § each", 982 Free Press Journal): a weak verb ("got", "received") makes
 * no round alone, since anyone gets money; two or more named subjects sharing the figure out with a distributive word ("each",
 * "both") are companies each taking a round, the shape funding-sentences.ts coordinatedRaisers already reads after "raised".
 */
function sharedOutToNames(start: number, clause: () => ClauseFigures): boolean {
  const { spans, raisers } = clause();
  const k = spans.findIndex((f) => f.start === start);
  return k >= 0 && (raisers.get(k)?.length ?? 0) >= 2;
}
/** The § spans of a masked clause and their coordinated raisers (funding-sentences.ts coordinatedRaisers). */
interface ClauseFigures { spans: Array<{ start: number; end: number }>; raisers: Map<number, string[]> }
/**
 * Read on demand and at most once by the reading of one figure (readFigureIn), which may ask namedRaiserOfCount twice; no state
 * outside the call (session 22: the module-level one-entry cache of session 21 kept state in the pure core).
 */
function clauseFiguresOnce(masked: string): () => ClauseFigures {
  let read: ClauseFigures | undefined;
  return () => {
    if (!read) {
      const spans = [...masked.matchAll(/§+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
      read = { spans, raisers: coordinatedRaisers(masked, spans) };
    }
    return read;
  };
}

/**
 * Round 20 (batch 14 barometers, 589; fresh monthly recaps of two FR outlets in the sweep; blind 341's weekly report in EN): a figure
 * told over a span of dates, "§ levés entre janvier et septembre", "ont levé § entre juin et septembre", "§ raised between
 * February 27 and March 4", is a period's sum. Read right after the figure: an optional participle, "entre"/"between", a month
 * (with its day or year), "et"/"and". Months only: "raised between 2016 and 2020" may be one company's history; backers named
 * right after the span ("raised § between March 2 and 9 from Accel") make it one company's round.
 */
const SPAN_MONTH = String.raw`(?:(?:le|the)\s+)?(?:\d{1,2}\s+)?(?:(?:début|fin|mi-|early|late|mid-)\s*)?(?:${MONTHS_FR}|${MONTHS_EN})(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d\d)?`;
const RAISED_OVER_SPAN = new RegExp(String.raw`^\s*(?:\([^()§]{0,40}\)\s*)?(?:${TOTAL_PARTICIPLE}\s+)?(?:(?:au total|en tout|in total)\s+)?(?:entre|between)\s+${SPAN_MONTH}\s+(?:et|and)\s+${SPAN_MONTH}(?![\p{L}\p{N}])(?!,?\s+\d)(?!\s*,?\s*(?:from|led by|co-led by|auprès|menée?s? par)(?![\p{L}]))`, 'iu');
/**
 * Review B of round 20: a span told by ONE named company about its own round stays the round: "Acme raised § between January and
 * March to expand its sales team", "Kiplo a levé § entre janvier et mars pour recruter", "Acme secured § between June and July in a
 * seed round". The subject is a capitalised name (or "the company", "la société") right before a singular raising verb; after the
 * span comes a round noun ("in a seed round", "dans le cadre d'un tour") or a purpose clause ("to expand", "pour recruter").
 * A sector, a country's startups or a plural class as subject ("French startups raised", "les start-ups ont levé") stays a total.
 */
const SPAN_NAMED_RAISER_BEFORE = new RegExp(String.raw`(?:^|[\s,;:(])(?:\p{Lu}[\p{L}\p{N}.&’'-]*(?:\s+\p{Lu}[\p{L}\p{N}.&’'-]*){0,3}|(?:[Tt]he|[Ll]a|[Ll]e|[Ll]a jeune) (?:company|startup|start-up|firm|société|start-up|pousse|entreprise))\s+(?:(?:has|had|a|avait|also|aussi|just|recently|déjà|now|then)\s+)*(?:${lexAlt(LEX_RAISE_PARTICIPLES_EN)}|${lexAlt(LEX_RAISE_PARTICIPLES_FR)})\s+(?:(?:a total of|un total de|about|around|some|nearly|almost|over|more than|près de|environ|plus de|quelque)\s+)?$`, 'u');
const SPAN_OWN_ROUND_OR_PURPOSE = /^\s*,?\s*(?:(?:in|as|through|via|with|dans|lors|par|en|au)\s+(?:(?:(?:the|le)\s+)?(?:form|part|cadre)\s+(?:of|d[’'])\s*)?(?:(?:a|an|its|their|un|une|son|sa|d[’']un|d[’']une|le|la)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:round|funding|financing|series|seed|tour|levée|financement|amorçage|série)(?![\p{L}])|(?:to|in order to|pour|afin de)\s+(?!(?:the|a|an|les?|la|l[’']|une?|des|date|this|that)(?![\p{L}]))\p{Ll})/iu;
/** A span figure that is one named company's own round (see SPAN_NAMED_RAISER_BEFORE). */
function ownRoundOverSpan(before: string, after: string): boolean {
  const span = RAISED_OVER_SPAN.exec(after);
  return !!span && SPAN_NAMED_RAISER_BEFORE.test(before) && SPAN_OWN_ROUND_OR_PURPOSE.test(after.slice(span[0].length));
}
/** "§ levés la semaine précédente", "§ récoltés en avril", "§ raised in 2021", "selon nos estimations": a period's total. */
const RAISED_IN_PERIOD = new RegExp(String.raw`^\s*(?:levés|levées|récoltés|récoltées|rassemblés|collectés|raised)\s+(?:(?:au total|en tout|in total)\s+)?(?:la semaine|le mois|l[’']an|l[’']année|cette semaine|ce mois|cette année|en (?:${MONTHS_FR}|(?:19|20)\d\d)|au (?:premier|deuxième|second|troisième|quatrième) trimestre|au (?:premier|deuxième|second) semestre|(?:sur|durant|pendant|au cours des) (?:les |ces )?(?:\d+|trois|six|neuf|douze) (?:premiers |derniers )?mois|depuis le début de (?:l[’']année|l[’']exercice)|(?:in|over|during) the (?:first|past|last) (?:\d+|three|six|nine|twelve) months|(?:year to date|so far this year)|in (?:(?:19|20)\d\d|${MONTHS_EN}|(?:the )?(?:first|second|third|fourth|last) (?:half|quarter))|(?:this|last) (?:week|month|quarter|year)|during the (?:week|month|quarter|year)|selon nos|in (?:Q[1-4]|H[12])\b|in all of|in the (?:quarter|half|period)|over the (?:quarter|period)|during the period|(?:sur|pendant|durant) la période|(?:sur|pendant|durant) le trimestre|in the same (?:period|quarter)|over the same period|au cours de la même période)`, 'iu');
/**
 * Statistics and targets told right before the figure: "compared with §", "a combined §", "le cap des §", "Ce devait être une
 * levée de §" (a planned size), "its goal to provide up to § in venture debt" (a lender's programme).
 */
const STATISTIC_BEFORE = /(?:\b(?:compared (?:to|with)|versus|vs\.?|up from|down from|par rapport à|contre) (?:(?:the|a|les?|la)\s+)?|\b(?:a|the) combined |\b(?:le cap|la barre|le seuil|the (?:mark|threshold)) (?:des|de|d[’']|of) |\b(?:devait|devaient|aurait dû|was (?:to|supposed to|meant to) be|were (?:to|supposed to) be)\b[^§]{0,30}|\bto (?:provide|offer|lend|deploy|extend|make available)\b[^§]{0,20})(?:more than|over|about|around|nearly|up to|plus de|près de|environ|jusqu[’']à)?\s*$/iu;
/**
 * Round 18: money each recipient of a programme or a prize receives: "Each startup will receive § in seed funding", "The five winners
 * will each receive an investment of §", "Chacune recevra un investissement de §", "Chaque lauréat recevra un financement de §". A
 * distributive subject ("each", "each of them", "chacun(e)", "chaque + noun") with a verb of receiving in any tense is the
 * programme's size per recipient, not one company's round. Not after named subjects ("Acme and Globex will each receive §": two
 * deals), and not with a raising verb ("ont chacun levé §", read by funding.ts as one round each). Blind 555 (a medtech
 * accelerator's call), fresh pages of an EU innovation council and a national innovation contest.
 */
const RECEIVE_ANY_TENSE = String.raw`(?:(?:will|would|shall|vont|va|pourra|pourront|doit|doivent)\s+)?(?:receive[sd]?|receiving|gets?|got|(?:be|is|are|was|were)\s+awarded|obtain(?:s|ed)?|recev(?:ra|ront|oir|ait|aient)|reç(?:oit|oivent|u)|obtiendr(?:a|ont)|obtenir|obtient|obtiennent|touch(?:e|ent|era|eront|er)|bénéficier(?:a|ont)?|bénéficie(?:nt)?)`;
const PER_RECIPIENT_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:chacune?|each|chaque)(?:\s+(?:of\s+(?:them|these|those|the)|d[’']entre\s+(?:elles|eux)))?(?:\s+[\p{Ll}-]+){0,2}?\s+${RECEIVE_ANY_TENSE}(?![\p{L}])[^§.;]{0,60}$`, 'iu');
/** A capitalised name right before an adverbial "each" ("Acme and Globex will each receive"): case-sensitive, so apart. */
const NAME_BEFORE_EACH = /\p{Lu}[\p{L}\p{N}.&-]*\s+(?:(?:will|would)\s+)?$/u;
function perRecipient(before: string): boolean {
  const m = PER_RECIPIENT_BEFORE.exec(before);
  return !!m && !NAME_BEFORE_EACH.test(before.slice(0, m.index));
}
/** A sum over several companies' rounds told after the figure: "à elles seules", "grâce aux opérations de X et Y", "thanks to the rounds of". */
const SEVERAL_AFTER = /^[^.;]{0,40}?\b(?:à (?:elles|eux) seule?s|grâce aux (?:opérations|levées|tours)|thanks to (?:the )?(?:rounds|deals|raises) (?:of|by))\b/iu;
/**
 * A VC firm's own fund after the figure, further than right after: "raised § … for its inaugural fund", "§ in capital commitments".
 * Round 18 (review): the French and the purpose participles too ("la levée de X (§), destinée à son nouveau fonds"), never a
 * company's working capital ("pour son fonds de roulement").
 */
/**
 * Round 29 (blind batch 18, 779 "is raising § … to add to its existing fund"; batch 11's fund pages): a purpose infinitive whose
 * object is the subject's own fund ("to add to its fund", "to top up their vehicle", "pour abonder son fonds") tells where the money
 * goes: a fund's money, whatever the verb. The fund noun ends its phrase ("its fund", not "its fund administration business").
 */
const PURPOSE_OWN_FUND = String.raw`(?:to|pour|afin d[e’'])\s+(?:[\p{Ll}-]+\s+){1,2}?(?:(?:to|into|in|à|dans)\s+)?(?:its|their|son|sa|leur|ses|leurs)\s+(?:[\p{L}-]+\s+){0,2}?(?:funds?|fonds|vehicle|véhicule)(?=\s*(?:[,.;:)]|$)|\s+(?:of|de|du|d[’']|for|pour|which|that|qui|and|et|with|avec|in|en|,)\s)`;
const FOR_FUND_AFTER = new RegExp(String.raw`^[^.;]{0,60}?\b(?:(?:for|pour|destinée?s? à|(?:dedicated|earmarked) (?:to|for)) (?:its|their|a|the|son|sa|leur|un|une) (?:[\p{L}-]+\s+){0,3}(?:funds?|fonds(?! de roulement)|vehicle|véhicule|accelerator|incubator|accélérateur|incubateur)(?![\p{L}\p{N}])|${PURPOSE_OWN_FUND})|^\s*(?:\([^)]*\)\s*)?in (?:capital )?commitments\b`, 'iu');

/** A participle of raising right after the figure: "9,3 millions levés", "$5M raised from", "§ received by the biotech company", "§ invested by A and B". */
const RAISED_AFTER = /^\s*(?:levés|levées|récoltés|rassemblés|collectés|raised|(?:(?:was|were)\s+)?(?:secured|landed|bagged|swept up|scooped up|picked up|raised|received|invested|contributed) by)(?![\p{L}\p{N}])/iu;
/** "§ went to crowdlending marketplace Lend": money going to a named company (a descriptor, then a capital). */
const WENT_TO_NAME = new RegExp(`^\\s*(?:\\([^)]*\\)\\s*)?(?:(?:has|have|had)\\s+)?(?:went|goes|go|gone)\\s+to\\s+(?:(?:the\\s+)?(?:[\\p{L}\\p{N}/&-]+\\s+){0,4}${COMPANY_KIND}\\s+)?[\\p{Lu}\\p{N}]`, 'u');
/** French "vient de recevoir § de Team for the Planet": receiving from a named backer is a raise. */
const RECEIVE_FR_BEFORE = new RegExp(String.raw`\b(?<verb>recevoir|reçu|reçoit|reçoivent)${FILLER}$`, 'iu');
const FROM_FR_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:(?:de la part|auprès) (?:de |d[’']|du |des )|de |d[’']|du |des )\s*(?:la |le |l[’'])?(?:\p{Lu}|(?:[\p{Ll}-]+\s+){0,2}?(?:investisseurs|business angels|fonds|actionnaires)(?![\p{L}]))/u;
/** "lending platform iwoca": a lower-case brand after a company-kind noun is still a name. */
const KIND_THEN_NAME = new RegExp(`${COMPANY_KIND}\\s+\\S+$`, 'u');
/** The agent of a passive raise, up to the clause's end: "§ raised by Graphcore", "§ secured by SME lending platform iwoca". */
const RAISED_BY = /^\s*(?:(?:was|were)\s+)?(?:raised|secured|landed|bagged|raise|swept up|scooped up|picked up)\s+by\s+(?<agent>[^,;.]*?)(?=\s+(?:and|will|to|is|was|has|for|in)\s|[,;.]|$)/u;
/** "raised £1.5m in equity and grant funding": a grant beside equity does not make the sentence a grant. */
const EQUITY_AND_GRANT = /^\s*in equity and grant\b/i;
/**
 * "£100m worth of trade deals": worth of something other than funding. Round 29 (671 "drawing in § worth of series C funding", 263
 * "§ worth of funding"): "worth of" before a round noun is read by NOUN_AFTER as "of" is, so the funding noun after it counts.
 */
const WORTH_OF = /^\s*worth of\s/i;

/**
 * Fund money, aggregates and tranches (issue 3): money a fund or programme raised or will lend on, a later instalment of a
 * round already told, a lifetime total. None of them is a company's round.
 */
/**
 * A named fund: up to four capitalised words before "Fund"/"Fonds" (or another head: FOR_NAMED_FUND_AFTER adds "Accelerator") and
 * its numeral ("Seed Fund IV", "Fonds Impulsion 2"). One name run for the fund readers below.
 */
const namedFund = (heads: string) => String.raw`(?:[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*\s+){0,4}(?:${heads})(?:\s+(?:[IVX]+|\d+))?`;
/**
 * Round 32 (group 2; blind 899's investor update and 166's "invested § into the … Fund"): money an investor puts IN a named fund is
 * a commitment to that fund (a limited partner's ticket), not a company's round. After an investing verb right before the figure
 * (INVESTED), "in/into/dans", an optional "X-based", a named fund (namedFund) that closes the name: a mark or the end, or a
 * lower-case function word (a closed class) starts what follows. "invested § in Fundbox" or "in Kestrel Fund Administration" is a
 * company. Provisional: one outlet shows the "in" form (899).
 */
const INVESTED_IN_NAMED_FUND_AFTER = new RegExp(String.raw`^\s*(?:\([^)]*\)\s*)?(?:in|into|dans)\s+(?:the\s+|le\s+|l[’']\s*)?(?:[\p{L}\p{N}’'-]+-based\s+)?${namedFund('Fund|Fonds')}(?=\s*(?:[,.;:)–—]|$)|\s+(?:a|an|the|which|that|to|for|from|and|as|in|on|with|un|une|qui|pour|et|de|du|avec)(?![\p{L}]))`, 'u');
/** A named fund after "for": "Of the § raised for Seed Fund IV", "§ collectés pour le Fonds Impulsion II". Case-sensitive: a capitalised name. */
const FOR_NAMED_FUND_AFTER = new RegExp(String.raw`^[^;§]{0,40}?\b(?:for|pour|into|dans) (?:the |le |la |l[’']\s*|its |their |son |sa |leur )?${namedFund('Fund|Fonds|Accelerator|Accélérateur')}(?![\p{L}\p{N}])`, 'u');
/** Money to lend on: "closed § from Open Society Foundations to lend to female tech entrepreneurs", "§ pour prêter aux PME". */
const LEND_ONWARD_AFTER = /^[^.;§]{0,110}?\b(?:to (?:on-?)?lend|for (?:on-?)?lending to|(?:pour|afin de) (?:prêter|octroyer des prêts))(?![\p{L}\p{N}])/iu;
/** A later instalment of a round already told: "will complete the second investment of §", "la deuxième tranche de §". */
const LATER_TRANCHE_BEFORE = /\b(?:second|third|fourth|next|remaining|final|subsequent|deuxième|seconde|troisième|prochaine|dernière)\s+(?:investment|tranche|instal?ment|installment|payment|disbursement|portion|versement|investissement|paiement)\s+(?:of|de|d[’']|worth)(?:\s+(?:about|around|some|up to|plus de|près de|environ))*\s*$/iu;
/** A sentence that opens on a part of a deal told before: "As part of the deal, GM will also invest §", "Dans le cadre de l'opération, X injecte §". */
const PART_OF_DEAL_OPENING = /^\s*(?:as (?:a )?part of (?:the|this|that) (?:deal|transaction|agreement|investment|round)|under the (?:deal|agreement)|dans le cadre (?:de cette|de l[’']|du|de ce)\s*(?:opération|accord|transaction|deal|tour))\s*,/iu;
/** A lifetime total told with "now": "the company has now raised some §", "a désormais levé §". A round noun right after keeps it a round. */
const NOW_RAISED_BEFORE = new RegExp(String.raw`\b(?:has|have|had|a|ont)\s+(?:now|désormais|maintenant)\s+(?:raised|secured|attracted|received|levé|récolté|collecté|obtenu)${FILLER}$`, 'iu');
/** What makes "has now raised §" a total and not the news ("the start-up has now raised CHF 3.7 million" is the round): a round told first, or an approximation. */
/**
 * Round 22 (blind batch 15; the same "sum (including a § round)" frame in round histories of two other outlets): "has now raised §
 * (including a § seed)", "a désormais levé § (dont § en amorçage)": a sum that contains another figure is the sum to date.
 */
const NOW_TOTAL_PART_AFTER = /^\s*(?:[\p{L}’'-]+\s+){0,4}?\(\s*(?:including|incl\.|of which|dont|y compris)\s[^()§]{0,30}§+[^()§]{0,40}?(?<![\p{L}])(?:seed|pre-seed|(?<!business\s)angels?|series|rounds?|amorçage|séries?|tours?|levées?)(?![\p{L}])/iu;
/**
 * Round 30 (cluster "totals to date or over a period": blind 793 "The startup has now raised more than § in funding."; batch 15's
 * "has now raised § in venture capital (…)" on another outlet): after "has now raised" with an approximation, a bare noun of money that closes the
 * clause ("in funding.", "in venture capital;", "en fonds propres.") names no round and no backer: the sum so far. A round noun
 * ("in Series B funding"), "new"/"fresh" money or backers after the noun keep NOUN_AFTER's reading.
 */
const BARE_MONEY_NOUN_CLOSE = /^\s*(?:in|of|en|de)\s+(?:(?:venture|outside|external|equity|private|total)\s+)?(?:funding|financing|capital|investments?|fonds propres|financements?)\s*(?:[.;]|$)/iu;
const NOW_TOTAL_FRAME = /\b(?:with (?:the|this|its) (?:latest|new|fresh|recent) (?:funding|round|raise|investment|financing)|(?:including|counting) (?:this|the latest|the new) (?:round|raise)|avec (?:cette|ce|la) (?:nouvelle |dernière )?(?:levée|tour|opération|financement)|y compris (?:cette|ce) (?:levée|tour))\b|\b(?:some|about|around|roughly|approximately|close to|north of|nearly|almost|more than|over|près de|plus de|environ|quelque)\s*$/iu;

/**
 * French and English frames that tie a figure to a round without a verb right before it (issue 4).
 * A funding noun earlier in the clause, then a linking phrase right before the figure: "une ronde de série B lui permettant d’avoir
 * accès à près de §", "une ronde de série A qui avait apporté §", "a round that brought in §", "un tour de table d’un montant de §".
 * Round 30 (cluster "a round sized by its own noun phrase, missed": blind 792 "completes its Series C round of funding which totals §"
 * and 817 "closed its Series B financing round at §", two outlets): a relative of amount ("which totals", "qui s’élève à") after the
 * round noun gives the round its size.
 */
const NOUN_LINKED_BEFORE = /\b(?:round|financing|funding|investment|ronde|tour de table|tour de financement|levée|série [a-j]|series [a-j]|financement|investissement|opération)\b[^§.;]{0,60}?\b(?:(?:lui |leur )?permettant d[’']avoir accès à|donnant accès à|giving (?:it|them) access to|(?:qui (?:lui |leur )?(?:a |avait |aura |aurait )?|(?:lui|leur) (?:a|avait) )(?:apporté|rapporté|permis de (?:lever|récolter|mobiliser|obtenir))|d[’']un montant (?:total )?de|portant sur|totali[sz]ant|(?:which|that|qui)\s+(?:totals|totall?ed|amounts to|amounted to|s[’']élève à|s[’']élevait à)|(?:that|which) (?:brought|brings|has brought) in|bringing in)(?:\s+(?:près de|plus de|environ|quelque|more than|about|nearly|some))*\s*$/iu;
/** The amount first, then a cleft naming it: "§, c’est le montant que la startup … a récemment récolté", "§ is how much Acme raised". */
const AMOUNT_CLEFT_AFTER = /^\s*(?:\([^)]*\)\s*)?,?\s*(?:c[’']est|voilà|tel est|(?:that|this) is|that[’']s|is) (?:le montant|la somme|the (?:amount|sum)|how much)\b[^.;§]{0,90}?\b(?:lev(?:é|er)|récolt(?:é|er)|obten(?:u|ir)|mobilis(?:é|er)|collect(?:é|er)|boucl(?:é|er)|décroch(?:é|er)|raised|secured|landed|bagged|pulled in|closed)(?![\p{L}\p{N}])/iu;
/** The figure as the object of a named company's raise, told after it: "more than the § Clubhouse raised in a previous round". */
const NAME_RAISED_AFTER = /^\s*(?:(?:that|which|que|qu[’'])\s*)?\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,2}\s+(?:(?:had|has|have|a|avait)\s+)?(?:raised|secured|landed|bagged|closed|levé|récolté|obtenu|décroché)(?![\p{L}\p{N}])/u;
/** A later item of a list of rounds named by a possessive: "MacRebur who raised § … and Elasmogen’s § to develop …". */
const POSSESSIVE_ITEM_BEFORE = /(?:,|\band|\bet|\bwhile|\bplus)\s+\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,2}[’']s\s+(?:(?:own|latest|new|about|around)\s+)?$/u;
/** An investor's commitment into a named company: "Vision Fund said it plans to invest § into GM’s unit Cruise", "va investir § dans X". */
const WILL_INVEST_BEFORE = /\b(?:(?:plans?|agreed|agrees|committed|commits|is set|has agreed|intends?) to|will|shall|is to|va|vont|s[’']engage à)\s+(?:also\s+|aussi\s+)?invest(?:ir)?\s+(?:an?\s+|about\s+|some\s+|over\s+|up to\s+|jusqu[’']à\s+)?$/iu;
/**
 * Two coordinated figures sharing a plural round noun: "announced § and § rounds respectively", "leurs levées respectives de § et §"
 * is read by the noun before. `PAIR_AFTER` for the first figure, `PAIR_BEFORE` + `PLURAL_ROUNDS_AFTER` for the second.
 */
const PAIR_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:and|et|&)\s*§+\s*(?:\([^)]*\)\s*)?(?:[\p{L}-]+\s+){0,2}?(?:rounds|paydays|raises|financings|levées|tours de table)(?![\p{L}])/iu;
const PAIR_BEFORE = /^\s*(?:\([^)]*\)\s*)?(?:and|et|&)\s*$/iu;
const PLURAL_ROUNDS_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:[\p{L}-]+\s+){0,2}?(?:rounds|paydays|raises|financings|levées|tours de table)(?![\p{L}])/iu;
/**
 * The elided noun of a list of rounds: "une levée de § de la part de Tamara, …, de § par Tabby et un tour de table de § par MNT-Halan",
 * "a round of § by Acme, of § by Beta". The figure follows a bare "de"/"of" after an earlier figure, and its raiser follows it.
 */
const ELIDED_ITEM_BEFORE = /(?:^|,|\bet|\band)\s*(?:[^§,;.]{0,40},\s*)?(?:de|d[’']|of)\s*$/iu;
const RAISER_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:(?:par|de la part (?:de|d[’']|du|des)|by|from)\s*(?:la |le |l[’'])?|(?:dans|in|into)\s+(?:(?:les?|la|l[’']|the|une?|an?)\s*)?(?:[\p{Ll}-]+\s+){0,3})\p{Lu}/u;
const ROUND_OF_BEFORE = /\b(?:levée|tour de table|ronde|financement|investissement|round|raise|financing|investment)\s+(?:de|d[’']|of)\s*§/iu;
/** "§ in fresh funds from …": money, not a fund. */
/**
 * One named item of a counted list: "invested in several startups, including a § investment in SweepSouth; a § investment in
 * Aerobotics; an investment of § into The Student Hub". The count introduces items that are each a company's round.
 */
const COUNT_ITEM_BEFORE = /(?:\b(?:including|includes|included|notably|namely|among them|such as|notamment|dont|parmi lesquels|parmi lesquelles)|[;,])\s*(?:(?:and|et)\s+)?(?:an?|une?)\s+(?:(?:investment|investissement|infusion|round|financement|tour de table)\s+(?:of|de|d[’'])\s*)?$/iu;
const COUNT_ITEM_AFTER = new RegExp(`^\\s*(?:(?:investment|investissement|infusion|round|financing|financement|funding)\\s+)?(?:in|into|for|dans|pour|chez)\\s+(?![Tt]he\\s+\\p{Ll}|its\\b|their\\b)(?:(?:[\\p{Ll}-]+\\s+){0,3}${COMPANY_KIND}\\s+)?[\\p{Lu}\\p{N}]`, 'u');
/**
 * An apposition about a founder or leader ("Micro Connect, co-founded by former stock exchange CEO Charles Li, said it has
 * raised §"): the person's past jobs are not signs of another transaction.
 */
const PERSON_APPOSITION = /,\s*(?:co-?founded|founded|led|headed|run|chaired|created|started|fondée?s?|cofondée?s?|co-fondée?s?|dirigée?s?|créée?s?)\s+(?:by|par)\s[^,§;]{1,120},/giu;
/**
 * An investor's share of another company's round: "GAC has announced § in investment for Uber China’s Series B", "§ towards
 * Acme’s seed round". The round is the named owner's deal, told elsewhere; this figure is not a deal of the sentence's subject.
 */
const SHARE_OF_OWNERS_ROUND_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:(?:in|of|as)\s+)?(?:(?:an?|the|its|une?|son|sa)\s+)?(?:investment|funding|capital|commitment|contribution|financing|investissement|financement)?\s*(?:for|to|towards|toward|into|in|pour|dans)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,3}[’']s\s+(?:(?:latest|new|ongoing|current|upcoming|planned|[\p{L}-]+-stage)\s+)?(?:series\s+[a-j]\+?|seed|pre-seed|funding|financing|round|raise)(?![\p{L}\p{N}])/iu;
/**
 * Rankings in roundups: "AppMachine was second with §", "followed by real-time trend company Bottlenose with §". The place in a
 * ranking stands for the verb of the list's heading; what is ranked is read by the usual signs (revenue, funds are still other).
 */
/**
 * Round 21 (batch 14 arabnews "UAE-based startups … raising §, followed by the Kingdom with §"; the same ranking of places under
 * a plural class subject on entrackr and daily8, "Bengaluru-based startups led with 14, followed by Delhi-NCR with 4 deals"):
 * the item "followed by X with §" ranks what the sentence's subject is. When the clause before the sentence's first figure opens
 * on a plural class (PLURAL_SUBJECT_OPENING: "X-based startups", "les start-up françaises"), X is another class or place.
 * RANKED_WITH_BEFORE reads the French participle in all its agreements ("suivies de Grenoble avec §").
 */
const FOLLOWED_BY_RANK = /^(?:followed|suivi(?:e|s|es)?)(?![\p{L}])/iu;
function followsPluralClass(masked: string): boolean {
  const first = masked.indexOf('§');
  return first > 0 && PLURAL_SUBJECT_OPENING.test(masked.slice(0, first));
}
const RANKED_WITH_BEFORE = /(?:\b(?:was|came|came in|ranked|placed|finished|is|comes|arrive|arrivait|est arrivée?|se classe|(?:took|takes) (?:the )?(?:[\p{L}-]+ )?(?:place|spot))\s+(?:(?:in|en)\s+)?(?:first|second|third|fourth|fifth|next|runner-up|premier|première|deuxième|second|seconde|troisième|quatrième|cinquième|\d+(?:st|nd|rd|th|e|ème))(?:\s+place)?|\bfollowed (?:closely )?by\s+[^§,;.]{1,80}?|\bsuivi(?:e|s|es)? (?:de près )?(?:par|de)\s+[^§,;.]{1,80}?)\s+(?:with|avec)(?:\s+(?:about|around|some|nearly|more than|over|près de|plus de|environ))*\s*$/iu;
/**
 * Session 22: a ranking told with its figure fronted, "Avec 83 millions d'euros, Collibra représente la plus grosse levée de fonds
 * pour une scale-up belge" (L'Echo, 973), "Avec 9,3 millions levés, Antaios occupe la première place du classement" (Maddyness,
 * 21, read so far by its participle only): the sentence opens on "Avec/With" and the figure (FRONTED_WITH_OPENING); after it, at
 * most a raise participle, a comma, then the clause's subject, a capitalised name (a kind may stand before it: "la fintech
 * Kiplo"), and a predicate that ranks it among rounds (FRONTED_RANK_AFTER): a superlative or first place within four words, then
 * a round noun within four words (not a ranking alone: "Kiplo arrive en tête du classement des recrutements"). The ranked item is this name's round; its company is the subject after the comma.
 * Not "With § in revenue, …" (no comma right after the figure), nor "Avec §, le fonds représente …" (no name), nor a
 * superlative with no round ("With §, Kiplo is the largest employer in the region"), nor a place or a nationality as the subject
 * ("Avec §, l'Île-de-France arrive en tête du classement des levées": a region's total; companies.ts isPlace, isNationality).
 */
const FRONTED_WITH_OPENING = new RegExp(String.raw`^\s*(?:Avec|With)\s+(?:(?:${lexAlt(LEX_APPROX_BEFORE_FIGURE)})\s+)*$`, 'u');
const RANK_SUPERLATIVE = String.raw`(?:la plus (?:grosse|importante|grande|belle)|le plus (?:gros|important|grand|beau)|(?:the|its)\s+(?:\p{L}+[’']s\s+)?(?:largest|biggest)|(?:en|à la)\s+tête|la (?:première|1re) place|the top|first place)`;
const RANK_ROUND_NOUN = String.raw`(?:levées?|tours?|opérations?|financements?|rounds?|deals?|raises?|funding|financings?)`;
const FRONTED_RANK_AFTER = new RegExp(String.raw`^(?:\s+(?:levés|raised|récoltés|collectés|obtenus|secured))?\s*,\s*(?:(?:la|le|l[’']|the)\s*)?(?:[\p{Ll}-]+\s+){0,2}(?<name>\p{Lu}[\p{L}\p{N}.&’'-]*(?:\s+\p{Lu}[\p{L}\p{N}.&’'-]*){0,2})\s+(?:[\p{Ll}’'-]+\s+){1,4}?${RANK_SUPERLATIVE}\s+(?:[\p{L}’'-]+\s+){0,4}?${RANK_ROUND_NOUN}(?![\p{L}])`, 'du');
/** Where the ranked name's predicate starts (its subject is the name right before), or null when the figure is no fronted rank. */
function frontedRankAt(masked: string, start: number, end: number, after: string): number | null {
  const rank = FRONTED_WITH_OPENING.test(masked.slice(0, start)) ? FRONTED_RANK_AFTER.exec(after) : null;
  if (!rank || isPlace(rank.groups!.name!) || isNationality(rank.groups!.name!)) return null;
  return end + rank.indices!.groups!.name![1] + 1;
}
/**
 * A period as the subject of the figure: "the entire year of 2020 ended up with §", "Q1 saw § in funding", "l’année 2020 s’est
 * terminée avec §". Money of a period is a statistic, not one company's round.
 */
const PERIOD_SUBJECT_BEFORE = /(?:\b(?:the\s+|l[’']\s*|la\s+|le\s+)?(?:(?:entire|whole|full|first|second|third|fourth|last|same|past|previous)\s+)?(?:year|quarter|half(?:-year)?|month|week|period|semester|année|an|trimestre|semestre|mois|semaine|période)(?:\s+(?:of\s+|de\s+)?(?:19|20)\d\d)?|\b(?:Q[1-4]|H[12]|(?:19|20)\d\d))\s+(?:(?:has|had|have|also|alone)\s+)*(?:ended(?: up)? with|closed with|finished with|saw|sees|recorded|records|totall?ed|totals|amounted to|s[’']est (?:terminée?|clôturée?|achevée?) (?:avec|sur)|a (?:vu|enregistré|totalisé|atteint))(?:\s+(?:about|around|over|more than|nearly|almost|some|plus de|près de|environ))*\s*$/iu;
/**
 * A weak verb whose subject is a company told by its kind ("online travel platform TravelBird attracted §", "la fintech Lydia a
 * attiré §"): the kind says the subject is a company, so the figure is its raise (a city that "attracted §" is not).
 */
const KIND_NAME_ATTRACTED_BEFORE = new RegExp(`${COMPANY_KIND}\\s+\\p{Lu}[\\p{L}\\p{N}.&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.&-]*){0,2}\\s+(?:(?:has|have|had|also|a|ont)\\s+)*(?:attract(?:s|ed)|attiré|drew|drawn|received|reçu)(?:\\s+(?:about|around|over|more than|nearly|some|an? additional|plus de|près de|environ))*\\s*$`, 'u');
/** Cheap pre-checks so the longer patterns above only run where their words are. */
const ATTRACT_WORD = /(?:attract|attiré|drew|drawn|received|reçu)/iu;
const PERSON_APPOSITION_CUE = /(?:founded|fondée?|led by|headed|run by|chaired|dirigée?|créée? par|created by|started by)/iu;
const FRESH_FUNDS_AFTER = /^\s*(?:\([^)]*\)\s*)?in (?:fresh|additional|further) (?:funds|capital|cash|money)(?![\p{L}])/iu;

/**
 * Round 8 (batch 8): who raised and what the money was. Market totals with a collective raiser, a fund close told as "X raised",
 * share sales' proceeds and the size of a round a part belongs to are not a company's new round.
 */
/** A collective agent of a passive raise: "§ levés par les start-ups IT", "§ raised by 36 startups", "§ récoltés par des jeunes pousses". */
/**
 * Round 16 (blind batches 8 and 12): after the French plural determiners "les/des/ces" any common noun is a collective agent,
 * whatever the sector's word ("§ levés par les fintech", "par les medtech", invariable plurals no noun list holds); investors,
 * funds and banks are backers, not raisers, and "les associés de Kiplo" names one company's people.
 */
const PLURAL_AGENT_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:(?:were|have been|had been|ont été)\s+)?(?:levés|levées|récoltés|récoltées|collectés|mobilisés|rassemblés|raised|secured|amassed|attracted)\s+(?:au total\s+|in total\s+|collectively\s+)?(?:par|by)\s+(?:(?:les|des|ces|nos|the|some|several|plusieurs|over|more than|plus de|près de|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+)+(?:[\p{L}-]+\s+){0,2}?(?:start-?ups?|companies|firms|businesses|ventures|entreprises|sociétés|jeunes pousses|pépites|scale-?ups|fintechs|founders|fondateurs)(?![\p{L}\p{N}])/iu;
/**
 * Round 34b: "the" + a SINGULAR "startup" + a capitalised name is one company, not the class PLURAL_AGENT_AFTER reads ("§ raised by
 * the ride-sharing startup Via from Mercedes Benz", 970; its "start-?ups?" takes the singular for the French invariable plural "les
 * start-up"). Case-sensitive: "raised by the Indian startup ecosystem" (340) and "raised by the startup to date" stay as they were.
 */
const NAMED_STARTUP_AGENT_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:(?:was|has been|had been)\s+)?(?:raised|secured|amassed|attracted)\s+by\s+the\s+(?:[\p{L}-]+\s+){0,2}?start-?up\s+\p{Lu}/u;
/**
 * Round 20 (request of round A, a3; 574's "the Sh§ raised by Kenyan startups"; a fresh Kenyan tech page's "raised by Kenyan
 * entrepreneurs"): the plural agent with an adjective and NO determiner, "raised by Kenyan startups", "levés par des jeunes
 * pousses" already read above. Case-sensitive: the kind noun is in lower case, so a name ("raised by Founders Fund", "by Acme
 * Ventures") is never read as the class. The nouns are the lexicon's company plurals and the founders, in the plural only
 * (`(?<=s)`): "§ secured by insurtech startup X" is one company's round.
 */
const PLURAL_BARE_AGENT_AFTER = new RegExp(String.raw`^\s*(?:\([^)]*\)\s*)?(?:(?:was|were|has been|have been|had been|ont été|a été)\s+)?(?:${lexAlt(LEX_RAISE_PARTICIPLES_FR)}e?s|${lexAlt(LEX_RAISE_PARTICIPLES_EN)})\s+(?:(?:au total|in total|collectively)\s+)?(?:par|by)\s+(?:[\p{Lu}\p{Ll}][\p{Ll}-]+\s+){1,2}?(?:${lexAlt(LEX_COMPANY_PLURALS)}|entrepreneurs|founders|fondateurs)(?<=s)(?![\p{L}\p{N}])`, 'u');
const PLURAL_DET_AGENT_AFTER = new RegExp(String.raw`^\s*(?:\([^)]*\)\s*)?(?:ont été\s+)?(?:${lexAlt(LEX_RAISE_PARTICIPLES_FR)})e?s\s+(?:au total\s+)?par\s+(?:les|des|ces)\s+(?!(?:investisseurs|business angels|fonds|actionnaires|associés|banques|VCs?)(?![\p{L}]))\p{Ll}[\p{L}-]*(?![\p{L}\p{N}’'-])(?!\s+(?:de|du|d[’'])\s+\p{Lu})`, 'u');
/** "en" right before a gerund ("en récoltant", "en levant"), or a sentence opening on it ("Séduisant les investisseurs"). */
const FR_GERUND_BEFORE = /(?:^|[\s,(])[Ee]n\s+(?:[\p{L}]+\s+)?$/u;
/** Money raised in a place, no raiser named: "1,9 Md€ levés en France", "$4bn raised in India this quarter" (not "raised in Series A"). */
const RAISED_IN_PLACE_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:levés|levées|récoltés|récoltées|collectés|raised)\s+(?:en|in|au|aux|across)\s+(?!Series\b|Seed\b|S[ée]rie\b|Pre\b|Pré\b)(?:the\s+)?\p{Lu}[\p{L}-]*(?![\p{L}\p{N}’'-]|\s+(?:round|funding|financing|tour|levée)\b)/u;
/**
 * A plural pronoun as the raiser in English: "they raised §", "when they had secured §" (a statistic about many companies). The
 * French forms ("elles avaient récolté §", "ils ont levé §") and "they have raised §" are read by the verb's number (round 15,
 * pluralRaiserBefore), so they are no longer listed here.
 */
const PLURAL_PRONOUN_SUBJECT = /(?:^|[,;:(]|\b(?:that|when|while|as|and|but))\s*they\s+(?:(?:have|had|also|together|collectively|already)\s+)*$/iu;
/**
 * Round 15 (issue 3; blind batches 8 and 11, fixtures of a dozen outlets, fresh market reports): the raiser's number. A company
 * raises in the singular ("Kiplo a levé §", "Acme has raised §"); a raising verb in the third person plural has several raisers,
 * so its figure is a market's, a sector's or a cohort's total whatever the subject's noun: "les fintech ont levé §", "13 start-up
 * avaient levé §", "les « healthtech » ont collecté §", "les émanations de l’école ont collecté §", "elles avaient récolté §",
 * "Dutch start-ups have raised §", "tech companies have attracted §". One reading of the verb instead of one subject noun list
 * per outlet. `subject` is the word right before the verb; it is not a plural raiser when it is:
 * - a name (a capital that is not a pronoun): "Kiplo et Tilia ont levé", "Acme and Beta have raised" may each be a round;
 * - the first person ("we have raised §", "nous"), or the company's own people ("ses fondateurs ont levé §");
 * and a modal before "have" ("would have raised §") tells a total ahead, read elsewhere. Sums shared out after the figure
 * ("respectivement", "chacune", "respectively", "each") stay rounds: see SHARED_OUT_AFTER.
 */
const PLURAL_RAISE_ADVERBS = String.raw`(?:déjà|ainsi|donc|alors|au total|ensemble|collectivement|également|aussi|encore|seulement|already|also|together|collectively|now|so far|jointly)`;
const PLURAL_RAISE_VERB_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}’'-])(?<subject>[\p{L}\p{N}’'»”"-]+)[\s,]+(?:(?:n[’']\s*)?(?:ont|avaient|auraient|auront)\s+(?:${PLURAL_RAISE_ADVERBS}\s+)*${lexAlt(LEX_RAISE_PARTICIPLES_FR)}|${lexAlt(LEX_RAISE_PLURAL_FR)}|(?<!\b(?:would|could|should|might|must|will|to|may)\s)have\s+(?:${PLURAL_RAISE_ADVERBS}\s+)*${lexAlt(LEX_RAISE_PARTICIPLES_EN)})(?:\s+que)?${FILLER}$`, 'u');
/**
 * Subjects of a plural verb that are not several raisers: first persons and the company's own people. The people nouns are the
 * lexicon's (LEX_GENERIC_RAISER_NOUNS less its company and sector nouns), with a "co-" prefix ("cofondatrices", "co-founders");
 * OWN_PEOPLE_NOUNS adds the nouns of a company's people the lexicon does not hold: its officers and partners, and kinship nouns
 * (a family business's "sisters", "frères"), a closed class.
 */
const COMPANY_PEOPLE_NOUNS = LEX_GENERIC_RAISER_NOUNS.filter((n) => !/^(?:business|sectors\?|société|entreprise|jeune pousse|secteurs\?)$/u.test(n));
const OWN_PEOPLE_NOUNS = ['dirigeants', 'associés', 'owners', 'partners', 'partenaires', 'team', 'équipe', 'sisters', 'brothers', 'siblings', 'twins', 'spouses', 'sœurs', 'soeurs', 'frères', 'jumeaux', 'jumelles', 'époux'];
const NOT_PLURAL_RAISER = new RegExp(String.raw`^(?:we|i|you|nous|vous|on|(?:co-?)?(?:${lexAlt(COMPANY_PEOPLE_NOUNS)})|${lexAlt(OWN_PEOPLE_NOUNS)})$`, 'iu');
/**
 * A possessive right before the subject ("its partners", "ses deux cofondatrices", "leurs associés"): people or partners owned by
 * a raiser told before (often named: "Kiplo et ses partenaires ont levé §"), not a market's many raisers.
 */
const OWNED_SUBJECT_BEFORE = /(?<![\p{L}])(?:its|their|his|her|our|ses|leurs|nos|son|sa)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** Pronouns that open a sentence with a capital and are still plural raisers. */
const PLURAL_PRONOUN_CAPITALISED = /^(?:Elles|Ils|They)$/u;
/** A sum shared out among the raisers, right after the figure: each share is a round ("ont levé respectivement § et §"). */
const SHARED_OUT_AFTER = /^[^.;]{0,40}?(?<![\p{L}])(?:respectivement|respectively|chacune?|each|apiece)(?![\p{L}])/iu;

/** The same, between the verb and the figure: "ont levé respectivement §". */
const SHARED_OUT_BEFORE = /(?<![\p{L}])(?:respectivement|respectively|chacune?|each)\s*$/iu;
/** Whether the figure's raising verb, right before it, is a third person plural with no name as its subject (see above). */
function pluralRaiserBefore(before: string, after: string): boolean {
  const m = PLURAL_RAISE_VERB_BEFORE.exec(before);
  if (!m) return false;
  // Round 30 (blind 785 'les "deeptech", ont levé'): a straight closing quote ends the subject word like a curly one.
  const subject = m.groups!.subject!.replace(/[’'»”"]+$/u, '');
  if (NOT_PLURAL_RAISER.test(subject) || OWNED_SUBJECT_BEFORE.test(before.slice(Math.max(0, m.index - 40), m.index))) return false;
  if (/^\p{Lu}/u.test(subject) && !PLURAL_PRONOUN_CAPITALISED.test(subject)) return false;
  return !SHARED_OUT_BEFORE.test(m[0]) && !SHARED_OUT_AFTER.test(after);
}
/** A period as subject with a verb of nearing or reaching: "La semaine du 9 au 15 septembre frôle ainsi §", "The quarter neared §". */
const PERIOD_NEARS_BEFORE = /\b(?:year|quarter|half|month|week|semester|année|trimestre|semestre|mois|semaine|période)(?:\s+(?:du|from|of|de)\s+[^§,;]{1,30}?)?\s+(?:(?:ainsi|thus|also|alone|aussi|déjà)\s+)*(?:frôle|frôlait|approche|approchait|dépasse|dépassait|atteint|atteignait|franchit|nears|neared|tops|topped|crosses|crossed|hits|hit|reaches|reached|passes|passed)(?:\s+(?:ainsi|thus|also|déjà|already|les|the))*(?:\s+(?:about|around|over|more than|nearly|almost|some|plus de|près de|environ))*\s*$/iu;
/** The raiser named a fund right after the figure: "Greylock raised §, becoming the first U.S. venture capital fund to …", ", devenant le premier fonds …". */
const FUND_APPOSITION_AFTER = /^\s*(?:\([^)]*\)\s*)?,\s*(?:becoming|making it|which makes it|devenant|ce qui en fait)\s+(?:the|a|an|its|le|la|un|une)\s+(?:(?!(?:by|of|from|with|to|in|for|par|de|du|des|avec|que|qui|that|which)(?![\p{L}]))[\p{L}.-]+\s+){0,5}?(?:funds?|fonds|VC firm|venture (?:capital )?firm|investment firm|société de capital-risque)(?![\p{L}\p{N}])/iu;
/**
 * Round 16 (blind batch 12, fixture 522, a fresh IPO dashboard): money told as "proceeds" right after the figure ("secures § in gross
 * proceeds from a direct offering", "raising § in proceeds" at a listing, "received § in net proceeds") is what a sale of shares or
 * of assets brought in, not a private round. ("for gross proceeds of §", told before the figure, is left to the sentence's other signs.)
 */
const PROCEEDS_AFTER = /^\s*(?:\([^)]*\)\s*)?in\s+(?:(?:gross|net|total|cash)\s+)?proceeds(?![\p{L}])/iu;
/** The proceeds of a share sale: "sold 8.35 million shares in the IPO at § to raise §", "l'introduction en bourse … pour lever §". */
/**
 * Round 29 (blind 320 IPO shares, 523 direct offering, 629 IPOs; fresh pages: a bank's "share sale to institutions to raise §", a
 * listed company's "rights issue"): the offering nouns of listed companies (a closed class: share sale/offering/issue, rights or
 * preferential issue, direct or follow-on offering, QIP, émission d'actions) sell shares on a market, not a private round.
 * Round 32 (group 2; blind 886, the Burrill Report's "Minerva Biosciences priced its offering on the last day of the quarter to raise
 * §"; BioWorld's and The Pharma Letter's financing briefs, "priced an underwritten public offering", "the pricing of an underwritten
 * public offering"): an offering the company PRICED, then "to raise §", is a sale of shares on a market even with no "public" or
 * "shares" beside it: a private round is negotiated, not priced.
 */
const SHARE_SALE_PROCEEDS_BEFORE = /(?<![-\p{L}])(?:pric(?:ed|es|ing)\s+(?:its|their|the|an?)\s+(?:[\p{L}-]+\s+){0,2}?offering|shares|IPO|initial public offering|public offering|listing|direct listing|introduction en bourse|actions|cotation|share (?:sale|offering|issue)|rights issue|preferential (?:issue|allotment)|(?:registered )?direct offering|follow-on offering|secondary offering|qualified institutional placement|QIP|émission d[’']actions)(?![\p{L}])[^.;]{0,120}?\b(?:to raise|raising|pour lever|afin de lever|levant)\s*(?:(?:about|around|up to|some|approximately|more than|nearly|environ|près de|plus de|jusqu[’']à)\s*)?$/iu;
/**
 * Round 40 (issue 3, precision): one backer's ticket inside a round whose size the same sentence tells is a part of that round, not
 * a second deal. Two wordings: the ticket first, "Mercia has invested £1.6million as part of a £10.0million Series A round" (1135,
 * Mercia's own release), "Mercia has also made a £2.3m investment through a convertible loan into Nova Pangaea as part of a £5.3m
 * funding round" (1139, TheBusinessDesk); the round first, then the backer's share in a relative, "a syndicated £10.0million Series
 * A round in which Mercia has made a direct investment of £1.6million" (1135), "the round, in which B Capital … has put in about
 * §" (809, Business Standard). The figure must be an investor's (an investing verb or "investment" right by it), so a company's
 * "raised § as part of its ongoing § Series C" (PART_OF_ROUND_BEFORE: the money in is the deal) is left alone.
 */
const TICKET_VERB_BEFORE = /(?<![\p{L}])(?:invest(?:s|ed|ing)?|inject(?:s|ed|ing)?|put(?:s|ting)?\s+in|commit(?:s|ted|ting)?|(?:made|makes|make|making)\s+an?\s+(?:[\p{L}-]+\s+){0,2}?investment\s+of|contribut(?:es|ed|ing))\s+(?:(?:about|around|roughly|some|nearly|over|more than|a further|an additional|another)\s+)*$/iu;
const TICKET_NOUN_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:investment|ticket|cheque|check|commitment)(?![\p{L}])/iu;
const PART_OF_SIZED_ROUND_AFTER = new RegExp(String.raw`^[^§.;]{0,100}?(?<![\p{L}])as (?:a )?part of (?:an?|the|its|their) (?:${lexAlt(LEX_WHOLE_ROUND_ADJECTIVES)}\s+)?§+\s+(?:[\p{L}-]+\s+){0,2}?(?:round|financing|raise|fundraise|series [a-j])(?![\p{L}])`, 'iu');
const ROUND_IN_WHICH_BEFORE = /§+\s+(?:[\p{L}-]+\s+){0,3}?(?:round|financing|raise|fundraise|tour de table)\s*,?\s+(?:in which|to which|où|auquel)\s+[^§.;]{1,120}$|(?:the|this|ce|cette)\s+(?:round|financing|raise|tour de table)\s*,\s+(?:in which|to which|auquel)\s+[^§.;]{1,120}$/iu;
function ticketOfSizedRound(masked: string, start: number, end: number, before: string): boolean {
  const invested = TICKET_VERB_BEFORE.test(before) || TICKET_NOUN_AFTER.test(masked.slice(end, end + 40));
  if (!invested) return false;
  if (PART_OF_SIZED_ROUND_AFTER.test(masked.slice(end, end + 200))) return true;
  return ROUND_IN_WHICH_BEFORE.test(masked.slice(Math.max(0, start - 200), start));
}

/**
 * The size of a round still being raised, told after the part already in: "raised § as part of its ongoing § Series C", "§ dans le
 * cadre de sa levée en cours de §". The money in is the deal. ("as part of a larger § round" is told the other way: COMPONENT_AFTER.)
 */
const PART_OF_ROUND_BEFORE = /\b(?:as (?:a )?part of|as the first (?:close|tranche) of|in the first close of|dans le cadre (?:de|d[’'])|first tranche of)\s+(?:an?|the|its|their|une?|sa|son|leur)\s+(?:ongoing|current|continuing|planned|targeted|upcoming|en cours|prochaine?)\s+(?:(?:série|series|tour|levée|round|ronde)\s+(?:[A-J]\s+)?(?:en cours\s+)?(?:de|d[’']|of)\s+)?$|\b(?:dans le cadre (?:de|d[’'])|as (?:a )?part of)\s+(?:sa|son|leur|its|their|an?|une?)\s+(?:série|series|tour|levée|round|ronde)(?:\s+[A-J])?\s+en cours\s+(?:de|d[’'])\s+$/iu;

/**
 * Round 11 (issue 3, fresh pages): valuations, totals and parts told in wordings the patterns above missed.
 * A valuation told by its own verb phrase: "the valuation was said to be §", "sa valorisation, qui atteint désormais §", "un
 * financement la valorisant à §", "valued significantly higher than §", "valued it at an estimated §", "its valuation nearing §".
 */
const VALUATION_WORDED_BEFORE = /(?:\b(?:valuation|valorisation)(?:\s+(?:de|d[’']|of)\s+[^,.;§]{1,40}?)?\s*,?\s+(?:(?:which|qui)\s+)?(?:(?:now|désormais|maintenant|aujourd[’']hui|already|déjà|currently|actuellement)\s+)?(?:(?:was|is|has been|had been|est|était|a été)\s+)?(?:(?:reportedly\s+)?(?:said|reported|understood|believed|thought|rumou?red|estimated|put|pegged|set|fixed)\s+(?:to be|at)|estimée?\s+à|fixée?\s+à|stood at|stands at|s[’']établit à|atteint|atteignait|dépasse|dépassait|s[’']élève à|passe à|grimpe à|nearing|approaching|close to|frôl(?:e|ant|ait)|approch(?:e|ant|ait)|avoisin(?:e|ant|ait)|topp(?:ed|ing)|exceed(?:ed|ing)|reach(?:ed|ing)|surpass(?:ed|ing)|hitting|cross(?:ed|ing))(?:\s+(?:désormais|maintenant|aujourd[’']hui|now|already|déjà))?|\b(?:la|le|l[’'])\s*valoris(?:ant|e|ent|era|ait|aient)(?:\s+(?:désormais|ainsi|maintenant|aujourd[’']hui))?\s+(?:à|a)|\bvalu(?:ed|es|ing)(?:\s+(?:it|them|the company|the startup|the business))?\s+(?:(?:significantly|well|slightly|far|much)\s+)?(?:higher than|more than|upwards of|north of|around|roughly|close to|in excess of)|\bvalu(?:ed|es|ing)(?:\s+(?:it|them|the company|the startup|the business))?\s+at\s+(?:an?\s+)?(?:estimated|reported|reputed|rumou?red|implied|whopping))(?:\s+(?:more than|over|about|around|nearly|almost|up to|plus de|près de|plus d[’']|près d[’']|environ|some|approximately|roughly))*\s*$/iu;
/**
 * French totals carried by "porter": "porte à § le montant total levé", "ce qui porte le total de ses levées à §"; English "brings to §
 * the total raised". The total noun is after the figure in the first wording, before it in the second.
 */
const CARRIES_TO_BEFORE = /\b(?:port(?:e|ent|ant|era|eront|ait|aient)|bring(?:s|ing)?|brought|take(?:s|n)?|taking|took)\s+(?:(?:ainsi|désormais|donc|alors|thus|now)\s+)*(?:à|to)(?:\s+(?:plus de|près de|environ|quelque|more than|about|some|nearly))*\s*$/iu;
const TOTAL_NOUN_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:le|la|l[’']|son|sa|leur|ses|leurs|the|its|their)\s*(?:montant\s+(?:total|global|cumulé)|total|somme\s+totale|financement\s+total|enveloppe\s+totale|fonds\s+(?:levés|récoltés)|capital\s+levé|levées|overall|cumulative|amount raised|funding raised)(?![\p{L}])/iu;
const CARRIES_TOTAL_BEFORE = /\bport(?:e|ent|ant|era|eront|ait|aient)\s+(?:(?:ainsi|désormais|donc|alors)\s+)*(?:le|son|sa|leur|l[’'])\s*(?:montant\s+(?:total|global|cumulé)|total|financement\s+total|enveloppe\s+totale|somme\s+totale|cumul)[^§]{0,50}?\sà(?:\s+(?:plus de|près de|environ|quelque))*\s*$/iu;
/**
 * A fronted "since its launch" dates a sum from the company's start: "Since its launch four years ago, Finix has raised §", "Depuis
 * sa création en 2018, Kiplo a levé §", "Since it was founded in 2015, Acme has secured §". A round label right after keeps a round.
 */
const SINCE_START_OPENING = new RegExp(String.raw`^\s*(?:since|depuis)\s+(?:(?:its|their|sa|son|leur)\s+(?:launch|founding|inception|creation|start|debut|création|lancement|fondation|naissance)|(?:it|they)\s+(?:was|were)\s+(?:founded|launched|created|started|set up)|qu[’'](?:elle|il)s?\s+(?:a|ont)\s+été\s+(?:créée?s?|fondée?s?|lancée?s?))(?![\p{L}])[^§;]{0,50}?,\s*(?:[^§;,]{1,60}?\s)?(?:has|have|had|a|ont|avait)\s+(?:(?:now|already|so far|désormais|déjà)\s+)?(?:raised|secured|attracted|received|pulled in|levé|récolté|obtenu|collecté|mobilisé)${FILLER}$`, 'iu');
const VALUATION_RANGE_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:[-–—]|to|à)\s*§/u;
const ROUND_LABEL_AFTER = /^[^,;.]{0,40}?\b(?:series|série|seed|amorçage|round|tour de table)\b/iu;
/**
 * The round as the subject of "includes": "The raise includes § in Series B equity … and a § credit facility", "L’opération
 * comprend § en fonds propres et § en dette". Each figure is a part of a round told before, not a round of its own.
 */
const ROUND_INCLUDES_OPENING = /^\s*(?:[^,§]{0,25},\s*)?(?:the|this|that|la|cette|l[’']|ce)\s*(?:[\p{L}-]+\s+)?(?:round|raise|deal|financing|funding|investment|package|opération|levée(?: de fonds)?|tour de table|financement)\s+(?:also\s+|aussi\s+|notamment\s+)?(?:includ(?:es|ed)|compris(?:es|ed)|comprend|comprenait|inclut|incluait|se compose de|se décompose en|is made up of|was made up of|consists of|consisted of|is split between|was split between)\s+(?:an?\s+|une?\s+|some\s+)?$/iu;


/**
 * Round 12 (batch 10, issue 3): which money is a round. When the raiser is a region, a sector or a period, or the figure is compared
 * with another period's, or it belongs to a fund or a business line, it is not a company's round.
 * A change against another figure right after: "§, up 49 percent from last year", "§ (en hausse de 12 %)", "§, down 30% year on
 * year". A round is never told as a change; revenue and market totals are.
 */
const CHANGE_AFTER = /^\s*(?:\([^)]*\)\s*)?[,(]?\s*(?:(?:an?|une?|soit une?)\s+)?(?:up|down|increase|decrease|rise|drop|decline|fall|jump|gain|hausse|baisse|progression|recul|croissance|augmentation|diminution|en hausse|en baisse|en progression|en recul)\s+(?:(?:of|de|by|d[’'])\s+)?(?:about\s+|some\s+|nearly\s+|près de\s+|environ\s+)?\d+(?:[.,]\d+)?\s*(?:%|percent|per cent|pour cent|pct)/iu;
/**
 * A comparison with the figure of another period right before it: "a 30% drop from the §", "6 % de moins que les §", "a decline
 * from §", "le double des §". The figure is the other period's total.
 * Round 18: the baseline may be owned and called earlier ("a rise from the agency's initial §", "a drop from its first §"): blind
 * baselines of change on three outlets (a quarterly VC report's "drop from the §", a country report's "increase from", 564).
 */
const COMPARED_PERIOD_BEFORE = /\b(?:(?:drop|decline|decrease|fall|dip|slump|plunge|rise|increase|jump|gain|climb)s?\s+from|(?:de\s+)?(?:moins|plus)\s+que|(?:le|la)\s+(?:double|triple|quadruple|moitié)\s+(?:des|de|du|d[’']))\s+(?:(?:the|les?|la|l[’']|ses|its|their|[\p{L}\p{N}.&-]+(?:\s+[\p{L}\p{N}.&-]+){0,2}[’']s?)\s*)?(?:(?:initial|original|earlier|previous|prior|first|initiale?|précédente?|premi(?:er|ère))\s+)?(?:more than\s+|over\s+|plus de\s+|près de\s+)?$/iu;
/**
 * Round 21 (blind batch 14; batch 10's "secteurs retail (§ levés)" is the sector twin): a period noun with a few words of its own
 * opening a bracket whose figure is told raised ("une année pourtant excellente (§ levés par …)", "a record quarter (§ raised
 * across …)"): the period's sum. The participle right after the figure is asked by the caller (TOTAL_PARTICIPLE_AFTER), so a
 * bracketed round ("in its first year (§ seed round)") is left alone.
 */
const PERIOD_PAREN_BEFORE = new RegExp(String.raw`(?<![\p{L}])${PERIOD_NOUN}(?:\s+[^§()\s]+){0,3}\s*\(\s*$`, 'iu');
/** A period or a sector owns a figure opened in brackets right after it: "le quadruple de septembre 2020 (§ levés)", "les secteurs retail (§ levés)".
 * Round 30 (cluster "a comparison year's total": blind 788 "Par rapport à …(§ levés)"; batch 13–18 "compared with … (§)" on other outlets):
 * the prepositions that close a comparison ("compared to", "par rapport à", "against", "over") introduce the period too.
 */
const PERIOD_OR_SECTOR_PAREN_BEFORE = new RegExp(String.raw`(?:(?<![\p{L}])(?:de|d[’']|of|than|que|qu[’']|vs\.?|versus|contre|from|with|to|à|against|over)\s+(?:(?:the|le|la|l[’']|same|même)\s*)*(?:(?:${MONTHS_FR}|${MONTHS_EN})(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d|(?:last|previous) (?:year|quarter|month)|l[’']an (?:dernier|passé)|l[’']année (?:dernière|précédente))|\b(?:sectors?|secteurs?|segments?|verticals?|verticales?|industries|régions?|regions?|countries|pays|catégories|categories)(?:\s+[^§()\s]+){0,4})\s*\(\s*$`, 'iu');
/** "levés à la même période l’an dernier", "raised in the same period last year", "raised a year earlier": another period's money. */
const RAISED_SAME_PERIOD_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:levés|levées|récoltés|récoltées|collectés|mobilisés|raised|secured|invested|investis)\s+(?:(?:à|a|sur|pendant|durant|lors de|au cours de|over|in|during|at)\s+(?:la|le|the)\s+(?:même|same)\s+(?:période|trimestre|semestre|mois|period|quarter|half|month|time)|(?:a|one) year (?:earlier|before)|un an plus tôt|l[’']an (?:dernier|passé)|last year)(?![\p{L}])/iu;
/** A business line as the subject of "brought in"/"generated": "That product segment brought in §", "la division a rapporté §" is revenue. */
const BUSINESS_LINE_SUBJECT_BEFORE = /\b(?:segment|division|unit|business line|product line|line of business|category|franchise|arm|branch|department|store|services business|activité|branche|filiale|pôle|division)\s+(?:(?:has|have|had|also|alone|a|ont)\s+)*(?:br(?:ought|ings|ing) in|generat(?:ed|es)|pull(?:ed|s) in|took in|takes in|rak(?:ed|es) in|contributed|rapport(?:é|e)|généré|génère|dégagé|a rapporté|a généré)(?:\s+(?:about|around|over|more than|nearly|some|plus de|près de|environ))*\s*$/iu;
/** A sentence opening on "To date," or "So far," with the figure as its first: the sum raised to date ("To date, the company had secured §"). */
const TO_DATE_OPENING = /^\s*(?:to date|so far|thus far|until now|up to now|overall|in total|all told|à ce jour|jusqu[’']ici|jusqu[’']à présent|au total|en tout|depuis sa création)\s*,/iu;
/**
 * A fund told before the figure, named or sized: "closing a DeepTech innovation fund at §", "its fourth venture capital fund, Sabadell
 * Selección Ventures II, with §", "un fonds de capital-risque, X, doté de §". The figure is the fund's size.
 */
const FUND_SIZED_BEFORE = /(?<!\b(?:rais(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|new|fresh|additional|more|in|of)\s)\b(?:funds?|(?<!\bde\s)(?<!\bd[’'])fonds(?! propres)|vehicle|véhicule)\s*(?:,[^,§;]{1,60},\s*)?(?:(?:at|worth|with|of|sized at|totall?ing|avec|doté d[e’']|d[’']un montant de|de|d[’']|à hauteur de)\s*)(?:(?:an?|une?|initial|first|target|about|around|some|over|more than|nearly|plus de|près de|environ)\s+)*$/iu;
/**
 * The money in a company's pocket after a raise: "réalise la plus belle opération de la semaine avec § dans sa besace, apportés par
 * …", "ends the week with § in its war chest from …". A round only with a round noun before it in the clause or the backers after.
 */
const IN_POCKET_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:dans (?:sa|son|leur|ses) (?:besace|escarcelle|poche|poches|cagnotte|caisses)|en poche|in (?:its|their|the) (?:pocket|pockets|war chest|kitty|bag))(?![\p{L}])/iu;
const POCKET_ROUND_NOUN_BEFORE = /\b(?:opération|levée|tour de table|ronde|financement|round|raise|deal|financing)\b[^§.;]{0,60}?\b(?:avec|with)\s*(?:(?:près de|plus de|environ|about|some|nearly|more than)\s+)?$/iu;
const POCKET_BACKERS_AFTER = /^[^.;§]{0,40}?,\s*(?:apportés?|fournis|provided|put up|supplied)\s+(?:par|by)\s/iu;
/** "réunissant auprès d’investisseurs §", "a levé auprès de ses actionnaires §": the backers told between the verb and the figure. */
const BACKERS_THEN_FIGURE = new RegExp(String.raw`\b(?<verb>rais(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|lève|levé|lever|levant|réuni(?:t|ssant|r)?|récolt(?:e|é|ant)|mobilis(?:e|é|ant)|collect(?:e|é|ant)|obtenu|obtient)\s+(?:auprès (?:de|d[’']|des|du)|from)\s*(?:(?:ses|leurs|its|their|des|les|de|d[’'])\s*)?(?:[\p{L}-]+\s+){0,3}?(?:investisseurs|actionnaires|business angels|fonds|investors|backers|shareholders|angels)(?:\s+(?:historiques|existants|existing))?\s*(?:(?:près de|plus de|environ|about|some|nearly|more than)\s+)?$`, 'iu');
/**
 * "vient de récolter § de fonds qui seront utilisés …": money raised, not a fund (a fund's own size is "un fonds de §"); read only
 * after a raising verb, never for "§ de fonds gérés" (assets under management).
 */
const DE_FONDS_AFTER = /^\s*(?:\([^)]*\)\s*)?de fonds(?!\s+(?:gérés|sous gestion|under management|propres|d[’']investissement|de capital|d[’']amorçage|de fonds))(?![\p{L}])/iu;
/**
 * An investor injecting money as its part of a named company's round: "Tiger Global is now injecting about § as part of a Series D
 * funding round for The Viral Fever", "X a injecté § dans le cadre de la série B de Y". The company named after it raised the round.
 */
const PART_OF_ROUND_FOR_NAME_AFTER = new RegExp(String.raw`^\s*(?:\([^)]*\)\s*)?(?:as (?:a )?part of|dans le cadre (?:de|d[’']))\s+(?:an?|the|its|une?|la|le|sa|son)\s+(?:[\p{L}-]+\s+){0,3}?(?:round|funding|financing|raise|tour de table|levée|série [a-j]|series [a-j]|ronde)(?:\s+(?:round|funding|de table|de fonds))?\s+(?:for|in|into|of|de|d[’']|pour|dans)\s*(?:(?:[\p{L}-]+\s+){0,3}?${COMPANY_KIND}\s+)?`, 'iu');
/** An investor's verb with an approximation before the figure: "is now injecting about §", "a investi près de §". */
const INJECTING_APPROX_BEFORE = /\b(?:pump(?:s|ed|ing)?|inject(?:s|ed|ing|e|é|ent)?|pour(?:s|ed|ing)?|put(?:s|ting)?|invest(?:s|ed|ing)?|investi(?:t|ssent)?|(?:a|ont) (?:mis|investi|injecté))\s+(?:(?:about|around|roughly|some|nearly|over|more than|another|an additional|a further|près de|plus de|environ|quelque)\s+)+$/iu;
/** The frame above ends on the company's name: a capital or a digit right after it. */
function partOfRoundForName(after: string): boolean {
  const m = PART_OF_ROUND_FOR_NAME_AFTER.exec(after);
  return !!m && /^[\p{Lu}\p{N}]/u.test(after.slice(m[0].length));
}

/**
 * Round 32 (group 2; the review entries told without a raising verb, last session's first item): a review lists its rounds as
 * bare entries, a name (its descriptor in brackets or before it) and the figure, under a lead that names the rounds in the
 * plural: "… parmi les 20 levées de fonds les plus importantes de Suisse en 2019 : Sophia Genetics (TIC), avec § levés, Kandou
 * (biotech), §, et Swissto12 (microtechnique), §." (825, 24heures' year review), "With several large deals (EyeEm §, fintech
 * companies Smava § and Number26 §, and MyLorry §)" (708, a Berlin blog's quarterly stats). Read as a list item only: an opener
 * (a colon, a bracket, a comma or "and/et"), at most two descriptors, a capitalised name, an optional bracket, an optional
 * comma and "with/avec", the figure, an optional raising participle, then the entry's end (a comma, a semicolon, a bracket, a
 * stop, "and/et"): nothing of weight after the figure, so "§ de chiffre d'affaires" or "§ in revenue" is no entry.
 */
const REVIEW_ENTRY_NAME = String.raw`\p{Lu}[\p{L}\p{N}.&’'-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*){0,3}`;
const REVIEW_ENTRY_BEFORE = new RegExp(String.raw`(?:[:(,;]|\s(?:and|et))\s*(?:(?:and|et)\s+)?(?:[\p{L}-]+\s+){0,2}?(?<name>${REVIEW_ENTRY_NAME})(?:\s*\([^()§]{1,40}\))?\s*,?\s*(?:(?:with|avec)\s+)?(?:(?:${lexAlt(LEX_APPROX_BEFORE_FIGURE)})\s+)?$`, 'u');
/**
 * Round 36 (979 The Jerusalem Post's year review, "Intel’s $2b. acquisition of Habana Labs; Salesforce’s $1.35b. purchase of …"):
 * a point followed by a lower-case word is the abbreviation's ("$2b.", "$5m."), not the entry's end: the entry goes on, and what
 * follows ("acquisition", "purchase") is read with it.
 */
const REVIEW_ENTRY_AFTER = new RegExp(String.raw`^\s*(?:${TOTAL_PARTICIPLE}\s*)?(?:[,;)]|\.(?!\p{N})(?!\s+\p{Ll})|…|$|\s(?:and|et)\s)`, 'u');
/** The lead names the rounds in the plural ("the largest deals", "les levées de fonds", "tours de table"). */
const REVIEW_ENTRY_LEAD = new RegExp(String.raw`(?<![\p{L}])${PLURAL_ROUNDS}(?![\p{L}])`, 'iu');
const REVIEW_ENTRY_LEADS = new RegExp(REVIEW_ENTRY_LEAD.source, 'giu');
/**
 * A lead that is not about rounds alone: other money (revenue, valuations, sales, grants, losses, market sizes, IPOs) or a
 * breakdown by class ("by sector: Fintech, §", "par région : Occitanie, §"), whose entries are classes, not companies. Read up to
 * the entry's figure.
 */
const REVIEW_ENTRY_NOT_ROUNDS = new RegExp(String.raw`${COMPARED_NOT_RAISE.source}|(?<![\p{L}])(?:${lexAlt([...LEX_OTHER_MONEY_NOUNS, ...LEX_NOT_A_ROUND_WINS, ...LEX_NOT_RAISED_MONEY])})(?![\p{L}])|(?<![\p{L}])(?:by|per|par|selon)\s+(?:(?:la|le|l[’']|the)\s*)?(?:sectors?|secteurs?|regions?|régions?|countr(?:y|ies)|pays|cit(?:y|ies)|villes?|stages?|stades?|industr(?:y|ies)|verticals?|quarters?|trimestres?|months?|mois|years?|années?|types?|category|categories|catégories?)(?![\p{L}])`, 'iu');
/**
 * A lead whose plural round noun is about the backers ("the most active investors in the largest deals: Kestrel, §") or the exits
 * ("the biggest exits among the deals of the year"): its entries are investors' tickets or sale prices. The backers' words are
 * funding-lexicon.ts's REVIEW_OF_BACKERS. Read in the lead's own clause only (the one
 * holding its last plural round noun, between clause marks), so "The largest rounds of the year, all backed by local investors:
 * A, §, …" stays a review of rounds.
 */
const REVIEW_OF_EXITS = /(?<![\p{L}])exits?(?![\p{L}])/iu;
const CLAUSE_MARK = /[,;:()–—]/u;
function leadClause(head: string): string {
  let noun = -1;
  for (const m of head.matchAll(REVIEW_ENTRY_LEADS)) noun = m.index;
  if (noun < 0) return '';
  let from = noun;
  while (from > 0 && !CLAUSE_MARK.test(head[from - 1]!)) from--;
  const after = head.slice(noun).search(CLAUSE_MARK);
  return head.slice(from, after < 0 ? head.length : noun + after);
}
/** "levée(s) de fonds": the round's own noun, whose "fonds" is no fund. */
const RAISE_OF_FUNDS = /(?<![\p{L}])lev[ée]es?\s+de\s+fonds(?![\p{L}])/giu;
/** Names that are classes or dates, not companies: a sector word, a month, a quarter ("Q2", "T1", "H1"). */
const REVIEW_ENTRY_NOT_NAME = new RegExp(String.raw`^(?:${lexAlt(lexCapitalised(LEX_SECTOR_WORDS))}|${MONTHS_EN_CAPITALISED}|${lexAlt(lexCapitalised(LEX_MONTHS_FR))}|[QTHS][1-4])(?![\p{L}\p{N}])`, 'u');
/** The figure offsets of one sentence's list entries (none past MAX_LIST_ITEMS) and where the first entry's opener is. */
interface ReviewEntries { masked: string; figures: number[]; lead: number }
let lastReviewEntries: ReviewEntries = { masked: '', figures: [], lead: -1 };
function reviewEntriesOf(masked: string): ReviewEntries {
  if (lastReviewEntries.masked === masked) return lastReviewEntries;
  const found: ReviewEntries = { masked, figures: [], lead: -1 };
  // The cheap test first: no plural round noun in the sentence, no review list (one search per sentence).
  if (REVIEW_ENTRY_LEAD.test(masked)) {
    for (let at = masked.indexOf('§'); at >= 0 && found.figures.length <= MAX_LIST_ITEMS; ) {
      let to = at;
      while (masked[to] === '§') to++;
      const e = REVIEW_ENTRY_BEFORE.exec(masked.slice(Math.max(0, at - 160), at));
      if (e && REVIEW_ENTRY_AFTER.test(masked.slice(to, to + 40))) {
        if (found.lead < 0) found.lead = Math.max(0, at - 160) + e.index;
        found.figures.push(at);
      }
      at = masked.indexOf('§', to);
    }
    if (found.figures.length > MAX_LIST_ITEMS) found.figures = [];
  }
  lastReviewEntries = found;
  return found;
}
/** The entry's name when the figure at [start, end) is such an entry of a list of two or more (see above); null otherwise. */
function reviewEntryName(masked: string, start: number, end: number): string | null {
  // The list: this entry and at least one other figure of the sentence read as an entry of the same shape, MAX_LIST_ITEMS at
  // most; the lead before the first entry names the rounds in its own clause, not the backers or exits.
  const list = reviewEntriesOf(masked);
  if (list.figures.length < 2 || !list.figures.includes(start)) return null;
  const clause = leadClause(masked.slice(0, list.lead));
  if (!clause || REVIEW_OF_BACKERS.test(clause) || REVIEW_OF_EXITS.test(clause)) return null;
  const m = REVIEW_ENTRY_BEFORE.exec(masked.slice(Math.max(0, start - 160), start));
  if (!m || !REVIEW_ENTRY_AFTER.test(masked.slice(end, end + 40))) return null;
  const name = m.groups!.name!;
  if (REVIEW_ENTRY_NOT_NAME.test(name) || isPlace(name) || isNationality(name)) return null;
  // No other money up to the figure.
  if (REVIEW_ENTRY_NOT_ROUNDS.test(masked.slice(0, start).replace(RAISE_OF_FUNDS, ' '))) return null;
  return name;
}

/**
 * Round 33 (group 2; L'Echo 873 "quelque § de capitaux frais en 2021, avec § pour Imcyse (…), § pour NeuVasQ (…) et § pour
 * Promethera", Innovaud 835 "levées de fonds conséquentes (§ pour MindMaze, § pour MedAlliance)", Ona-tech 737 "Swvl a mobilisé §,
 * contre § pour Instabug et § pour Brimore", AGBI 855 "Top investments … included a § debt round by … Tamara and § for the rival
 * platform Tabby"): a review names each round as "§ pour X" / "§ for X", its owner after the figure, the list opened by one head.
 * An item is the figure, "pour/for", at most four lower-case descriptors and a capitalised name that closes its noun phrase
 * (a mark, a bracket, "et/and", a date's "en/in", or the end): "§ for New South Wales outfits" or "§ pour la recherche" is none.
 * Later items follow the first one through a list joint (FOR_ITEM_JOINT_BEFORE). The first item's head is one of three:
 *  - FOR_LIST_BRACKET_HEAD: a plural round noun and at most two words open the bracket ("trois levées (§ pour A, § pour B)",
 *    "the year's largest rounds (§ for A and § for B)"); "deux entrées en bourse (§ pour X)" has no round noun and stays other;
 *  - FOR_LIST_WITH_HEAD: an earlier figure of the sentence, then ", avec/with/contre/compared with/including/dont" right before the
 *    item, under a head that tells raising (a funding word, hasListFundingCue, or RAISE_HEAD_CUE: a strong raising verb or fresh
 *    capital, "a mobilisé §", "§ de capitaux frais"). An inclusive joint (with/avec/including/dont) splits a sum of several
 *    raisers, so the head must name them in the plural or as a scene (PLURAL_RAISERS_HEAD: "les jeunes pousses", "Nordic
 *    fintechs", "l'écosystème", a plural round noun): under one company's raise "with § for R&D" is its use of proceeds. A
 *    comparison joint (contre, compared with, versus, against) may follow one company's raise (737 "Swvl a mobilisé §, contre §
 *    pour Instabug");
 *  - ROUNDS_LIST_INTRO before the sentence's first figure ("Top deals included …"), the item joined to the one before by "and/,/;".
 * Refused when the head up to the sentence's first figure tells other money (REVIEW_ENTRY_NOT_ROUNDS: revenue, valuations, IPOs,
 * acquisitions, grants, sizes of funds) or the item's own words tell another transaction (notFundingIn), or the name is a place,
 * a nationality, a function word, a sector word or a short acronym ("for Fintech", "for AI", "pour la R&D": no company's name).
 * The company is the name after the figure (read by companies.ts as for "§ pour X"; "to/à" is not read there, so no item).
 * A list is MAX_LIST_ITEMS items at most (funding-lexicon.ts, the cap every list reader shares): a longer run of "§ for X" (a table) gives no item at
 * all, since funding.ts carries a round item's kind on to the same-shaped figures after it (reading only the first eight would not
 * bound it), and a long run of equal sums cost funding.ts's pairwise sameDeal deals squared.
 */
const FOR_ITEM_NAME_AFTER = /^\s*(?:\([^()§]{0,40}\)\s*)?(?:for|pour)\s+(?:(?:la|le|les|l[’']|the)\s*)?(?:(?!(?:of|de|du|des|d)(?![\p{L}]))[\p{Ll}-]+\s+){0,4}(?<name>[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*){0,3})(?=\s*(?:[,;.:()–—…]|$)|\s+(?:et|and|ou|or|en|in|au|dans)(?![\p{L}]))/u;
/** Between the previous item's figure and this one: its "pour X (…)" words, then ",", ";" or "et/and" (bounded, no stop). */
const FOR_ITEM_JOINT_BEFORE = new RegExp(String.raw`^\s*(?:\([^()§]{0,40}\)\s*)?(?:for|pour)\s[^§;.:!?]{1,120}?(?:,|;|\s(?:and|et))\s*(?:(?:and|et)\s+)?(?:(?:${lexAlt(LEX_APPROX_BEFORE_FIGURE)})\s+)?$`, 'u');
const FOR_LIST_BRACKET_HEAD = new RegExp(String.raw`(?<![\p{L}])${PLURAL_ROUNDS}(?:\s+de\s+fonds)?(?:\s+[\p{L}’'-]+){0,2}?\s*\(\s*(?:(?:${lexAlt(LEX_APPROX_BEFORE_FIGURE)})\s+)?$`, 'iu');
const FOR_LIST_WITH_HEAD = new RegExp(String.raw`^[^§.;:!?]{0,100}?(?:,\s*|\s)(?:avec|with|contre|compared (?:with|to)|against|versus|including|dont)\s+(?:(?:${lexAlt(LEX_APPROX_BEFORE_FIGURE)})\s+)?$`, 'iu');
/** The inclusive joints of FOR_LIST_WITH_HEAD, which need PLURAL_RAISERS_HEAD (the comparison joints do not). */
const INCLUSIVE_JOINT_BEFORE = /(?<![\p{L}])(?<!compared\s)(?:avec|with|including|dont)\s+(?:[\p{L}-]+\s+)?$/iu;
/**
 * Several raisers told in the head: a plural of companies or of a sector word ("startups", "les jeunes pousses", "fintechs", "les
 * medtech"), the scene ("l'écosystème", "the sector", "le marché") or a plural round noun. Case-sensitive on lower-case words (the
 * head's first letter is lowered first), so a firm's "Kestrel Ventures" is no plural.
 */
const PLURAL_RAISERS_HEAD = new RegExp(String.raw`(?<![\p{L}])(?:${lexAlt(LEX_COMPANY_PLURAL_FORMS)}|${lexAlt(LEX_SECTOR_WORDS)}s|(?:les|des|ces|nos)\s+(?:[\p{L}-]+\s+)?${lexAlt(LEX_SECTOR_WORDS)}|sector|market|ecosystem|secteur|marché|écosystème|${PLURAL_ROUNDS})(?![\p{L}])`, 'u');
/** Names that are no company's: a sector word ("for Fintech") or a short acronym ("for AI", "pour la R&D", "for US"). */
const FOR_ITEM_NOT_NAME = new RegExp(String.raw`^(?:${lexAlt(lexCapitalised(LEX_SECTOR_WORDS))}|\p{Lu}{1,2}|\p{Lu}&\p{Lu})$`, 'u');
const FOR_LIST_AND_JOINT = /^[^§.;:!?]{0,100}?(?:,|;|\s(?:and|et))\s*(?:(?:and|et)\s+)?$/u;
/** Raising told without a funding noun: a strong verb of raising, or fresh capital ("capitaux frais", "fresh capital"). */
const RAISE_HEAD_CUE = /(?<![\p{L}])(?:mobilis(?:é|ée|és|ées|e|ent|ait|aient)|récolt(?:é|ée|és|ées|e|ent|ait|aient)|décroch(?:é|ée|e|ent|ait)|secured|landed|bagged|netted|pocketed|capitaux frais|argent frais|fonds frais|fresh (?:capital|funding|money|cash))(?![\p{L}])/iu;
function forListItem(masked: string, start: number, end: number): boolean {
  const item = FOR_ITEM_NAME_AFTER.exec(masked.slice(end, end + 160));
  if (!item || !entryForNameAfter(masked.slice(end, end + 160))) return false;
  // The name's class allows a dot ("Inc.", "S.A."), so a sentence's closing stop may cling to it ("for Healthtech.").
  const name = item.groups!.name!.replace(/\.$/u, '');
  if (GAPPED_NOT_NAME.test(name.split(/\s+/u)[0]!) || FOR_ITEM_NOT_NAME.test(name) || isPlace(name) || isNationality(name) || /^\p{N}[\p{N},.]*$/u.test(name)) return false;
  // The item's own words, its bracket included: "§ pour racheter X" or "§ for the acquisition of Y" is no round.
  const own = item[0] + (/^\s*\([^()§]{0,60}\)/u.exec(masked.slice(end + item[0].length, end + item[0].length + 70))?.[0] ?? '');
  if (notFundingIn(own) || REVIEW_ENTRY_NOT_ROUNDS.test(own)) return false;
  // Walk back over the sibling items to the first one (bounded).
  let first = start;
  let k = 0;
  for (; k < MAX_LIST_ITEMS; k++) {
    const prev = masked.lastIndexOf('§', first - 1);
    if (prev < 0 || !FOR_ITEM_JOINT_BEFORE.test(masked.slice(prev + 1, first))) break;
    first = runStart(masked, prev);
  }
  // And forward over the later items: a run longer than MAX_LIST_ITEMS is undone whole, as funding.ts carries a round on to the
  // "§ for X" items after a round one (the review's 2,000-item list cost deals squared in its sameDeal).
  for (let last = end, next = masked.indexOf('§', end); k < MAX_LIST_ITEMS && next >= 0; k++) {
    if (!FOR_ITEM_JOINT_BEFORE.test(masked.slice(last, next))) break;
    for (last = next; masked[last] === '§'; ) last++;
    next = masked.indexOf('§', last);
  }
  if (k >= MAX_LIST_ITEMS) return false;
  const sentenceHead = masked.slice(0, masked.indexOf('§'));
  if (REVIEW_ENTRY_NOT_ROUNDS.test(sentenceHead.replace(RAISE_OF_FUNDS, ' '))) return false;
  const before = masked.slice(Math.max(0, first - 200), first);
  if (FOR_LIST_BRACKET_HEAD.test(before)) return true;
  const prior = masked.lastIndexOf('§', first - 1);
  // The list's first figure opens the sentence's figures: only a list of deals introduced before it ("Top deals included").
  if (prior < 0) return first !== start && ROUNDS_LIST_INTRO.test(before);
  const gap = masked.slice(prior + 1, first);
  if (FOR_LIST_WITH_HEAD.test(gap)) {
    const head = masked.slice(0, first);
    if (INCLUSIVE_JOINT_BEFORE.test(gap) && !PLURAL_RAISERS_HEAD.test(head.charAt(0).toLowerCase() + head.slice(1))) return false;
    return (hasListFundingCue(head) || RAISE_HEAD_CUE.test(head)) && !REVIEW_ENTRY_NOT_ROUNDS.test(head.replace(RAISE_OF_FUNDS, ' '));
  }
  return FOR_LIST_AND_JOINT.test(gap) && ROUNDS_LIST_INTRO.test(sentenceHead);
}

export interface FigureReading {
  kind: MoneyKind;
  /** The figure is a fund's size (a VC firm's own money). */
  fund?: boolean;
  /** A round read from a funding verb alone, with no funding noun next to the figure ("Atomico raised $765 million"). */
  verbOnly?: boolean;
  /** For a round: where the funding verb starts (the subject is before it), if one was read. */
  verbAt: number | null;
}

/**
 * Round 36: a rate, not a sum: the figure right after is divided by a time unit or by each recipient of a programme ("§ per
 * year", "§ a year.", "§ annually", "§ par an", "§ per startup", "§ par start-up", "§ par projet"). A fund's spending pace (928
 * dafmag "un rythme d'investissement de 300 à § par an") or a scheme's ticket (986 afriqash "un financement de § par start-up";
 * 255 and 753, two more outlets, "des investissements allant de § à § par projet") is no company's round. "§ a year" only before
 * the clause's end ("§ a year ago", "§ a year after its seed" date a figure); never "§ each" (two named raisers' rounds). A money
 * noun may come between ("a § investment per startup").
 */
const RATE_AFTER = /^\s*(?:(?:investment|funding|financing|ticket|grant|loan|investissement|financement|prêt|subvention)s?\s+)?(?:(?:per|par|chaque|each|every)\s+(?:year|annum|month|quarter|an|année|mois|trimestre|start-?ups?|jeunes? pousses?|compan(?:y|ies)|firms?|business(?:es)?|projects?|projets?|entreprises?|sociétés?|teams?|équipes?|founders?|fondateurs?|winners?|lauréats?|recipients?|bénéficiaires?|applicants?|candidats?|porteurs? de projets?)(?![\p{L}\p{N}-])|(?:annually|yearly|monthly|annuellement|par an)(?![\p{L}\p{N}-])|a\s+(?:year|month)(?=\s*(?:[,.;:)]|$)))/iu;
/** A range's first end reads the rate after its second ("de 300 à § par an"). */
const RANGE_SECOND_END = /^\s*(?:à|to|-|–|and|et)\s*§+/iu;
function rateAfter(after: string): boolean {
  return RATE_AFTER.test(after.replace(RANGE_SECOND_END, ''));
}

/**
 * Round 36: a round's own split told in an aside right after its figure: "landed a § Series C — § in equity plus § in venture debt
 * —" (1012 GLInsight), "raised § in series B funding in January—§ in equity, and § in credit" (773 Crain's New York), "lève § (§
 * en capital et § en dette)". The aside opens with a dash or a parenthesis after the round's figure (and at most a few words: its
 * label, a month); its first part names a kind of money from a closed class (equity, debt, credit, cash, capital, …); the figure
 * parts are joined by "and", "plus", "et" or a comma. Each part is a part of the round, not a second deal.
 */
const SPLIT_PART_KIND = String.raw`(?:(?:new\s+|fresh\s+|primary\s+|venture\s+)?(?:equity|debt|credit|cash|capital|loans?|grants?|convertible\s+notes?|notes|fonds\s+propres|dette|quasi-fonds\s+propres|obligations(?:\s+convertibles)?|prêts?|subventions?))`;
/** The aside's opening: a round's figure, at most four words (its label, a month), then a dash or a parenthesis. */
const SPLIT_ASIDE_OPEN = String.raw`§(?:\s+[\p{L}\p{N}-]+){0,4}\s*[—–(]\s*`;
/** A part: "in equity", "en fonds propres", "de dette", "in venture debt funding", then the joint to the next part. */
const SPLIT_PART_THEN_JOINT = String.raw`\s+(?:in|of|as|en|de|d[’'])\s+${SPLIT_PART_KIND}(?:\s+(?:funding|financing|financement))?\s*(?:,\s*)?(?:and|plus|et|,)\s+(?:(?:a|an|un|une|another)\s+)?`;
const SPLIT_LATER_PART_BEFORE = new RegExp(String.raw`${SPLIT_ASIDE_OPEN}§+${SPLIT_PART_THEN_JOINT}$`, 'iu');
const SPLIT_FIRST_PART_BEFORE = new RegExp(String.raw`${SPLIT_ASIDE_OPEN}$`, 'u');
const SPLIT_FIRST_PART_AFTER = new RegExp(String.raw`^${SPLIT_PART_THEN_JOINT}§`, 'iu');
/** The figure at [start, end) is a part of the round's own split told in an aside after the round's figure. */
function splitPartOfRound(masked: string, start: number, end: number): boolean {
  const before = masked.slice(Math.max(0, start - 160), start);
  return SPLIT_LATER_PART_BEFORE.test(before) || (SPLIT_FIRST_PART_BEFORE.test(before) && SPLIT_FIRST_PART_AFTER.test(masked.slice(end, end + 80)));
}

/**
 * Past this many characters on either side of a figure, a "sentence" is not
 * prose but a table or a list run together: each figure is then read within
 * this window, not against the whole run. Read whole, a run of thousands of
 * figures was read once per figure (quadratic: 12,500 "$1 million" in one
 * run took over a second). Real sentences are far shorter.
 */
const FIGURE_WINDOW = SENTENCE_REACH;

/**
 * Round 39: a related story's headline whose subject is one named company and whose verb is a raise ("Read also: Africa Data
 * Centres lands §" techpadi 564, "Read more: Living Carbon Raises § To Plant…" carbonherald 726, "Related: … challenger Klar
 * lands § Series A" fintechfutures 868, "READ MORE: … Crimson raises §" foundernews 278, "Lire aussi: Ava, fabricant d'un
 * bracelet…, lève §" 237, "Also Read: … Ruangguru confirms § Series C" 1027), or an investor's money in a named company ("See
 * also Gilead Sciences invests § in Arcus Biosciences" 612): the other article's round, told on this page as context (the
 * gold records it past; funding.ts sets the status). A plural or collective subject ("Startups raise §", "Indian startups raise
 * §", "La French Tech a levé §") is a statistic's headline: other, as before. Only a lone related line (`loneRelated`, funding.ts
 * relatedLineNear): a module of related stories (three "Related: X Raises §" lines in a row, securityweek dev 25; a "Related
 * content" heading over links) is the site's furniture, whose figures the gold keeps as no deal.
 */
const RELATED_HEADLINE_RAISE_BEFORE = /(?<subject>[\p{Lu}][\p{L}\p{N}.&’'-]*)(?:,\s[^,§]{1,80},)?\s+(?<verb>rais(?:es|ed)|lands|landed|bags|bagged|secures|secured|nabs|nabbed|confirms|scores|lève|a levé|obtient|décroche|boucle|invests)(?:\s+(?:a|an|another|fresh|new|over|nearly|about|around|more than|près de|plus de|une?))*\s*$/iu;
const RELATED_COLLECTIVE = /(?<![\p{L}])(?:startups|start-ups|companies|firms|founders|investors|tech|ecosystem|écosystème|jeunes pousses|entreprises|sociétés|sector|secteur)(?![\p{L}])/iu;
function relatedHeadlineRaise(before: string, after: string): boolean {
  const m = RELATED_HEADLINE_RAISE_BEFORE.exec(before);
  const subject = m?.groups?.subject ?? '';
  // The subject must be capitalised as written (the /i flag above is for the verb): "Klar lands", not "investors lands".
  if (!m || !/^\p{Lu}/u.test(subject)) return false;
  if (RELATED_COLLECTIVE.test(before.slice(0, m.index + subject.length))) return false;
  // An investor's money is a round only when its recipient is named right after: "invests § in Arcus Biosciences".
  if (/^invests$/i.test(m.groups?.verb ?? '')) return /^\s+in\s+\p{Lu}/u.test(after);
  return true;
}

/**
 * How a figure's sentence stands in the page, for readFigure and the re-readings built on it (funding.ts): `fundingLabel`, the
 * sentence opens with "Funding:" in a list-style article; `related`, it is a link to another story ("Related:", a block of
 * them); `loneRelated`, that link stands alone in the body (deals.ts relatedHeadlineRaise may then read its raise as a past round).
 */
export interface FigureOptions {
  fundingLabel?: boolean;
  related?: boolean;
  loneRelated?: boolean;
}

export function readFigure(masked: string, start: number, end: number, options: FigureOptions = {}): FigureReading {
  if (start <= FIGURE_WINDOW && masked.length - end <= FIGURE_WINDOW) return readFigureIn(masked, start, end, options);
  const lo = Math.max(0, start - FIGURE_WINDOW);
  const reading = readFigureIn(masked.slice(lo, Math.min(masked.length, end + FIGURE_WINDOW)), start - lo, end - lo, options);
  return reading.verbAt === null ? reading : { ...reading, verbAt: reading.verbAt + lo };
}

/**
 * Round 40 (issue 3, month-review statistics; 1113 London Tech Watch's "- Total Funding: £344.7M", "- Average Deal Size: £1.6M",
 * "- Median Deal Size: £1.3M"): a line opening on a statistic's label, then the figure, is that statistic; a total is a sum to date
 * (a company fact box's "Total funding: §" too), an average or a median no one's money. Only as the line's first figure.
 */
const STATISTIC_LABEL_OPENING = new RegExp(String.raw`^\s*(?:[-–—•·▪‣◦*]\s*)?(?:(?<total>${lexAlt(LEX_TOTAL_LABELS)}|cumul)|${lexAlt(LEX_AVERAGE_LABELS)})(?:\s+[\p{L}-]+){0,3}\s*:\s*(?:(?:about|around|over|more than|nearly|environ|plus de|près de)\s+)?$`, 'iu');

/**
 * Classify the figure at [start, end) of `masked` (the sentence with every
 * figure replaced by "§"). `funding label`: the sentence opens with
 * "Funding:" in a list-style article.
 */
function readFigureIn(masked: string, start: number, end: number, options: FigureOptions): FigureReading {
  const before = clauseBefore(masked, start);
  // Round 40: "- Total Funding: §", "- Average Deal Size: §": a statistic's labelled line (STATISTIC_LABEL_OPENING).
  const statistic = STATISTIC_LABEL_OPENING.exec(masked.slice(0, start));
  if (statistic) return { kind: statistic.groups!.total !== undefined ? 'total-raised' : 'other', verbAt: null };
  // "raised £1.5m in equity and grant funding": a grant beside equity does not make the raise a grant.
  if (EQUITY_AND_GRANT.test(masked.slice(end, end + 30))) masked = masked.slice(0, end) + masked.slice(end).replace(EQUITY_AND_GRANT, ' in equity and');
  const after = masked.slice(end, end + 90);
  const nearAfter = masked.slice(end, end + 45);
  const clause = clauseFiguresOnce(masked);

  if (VALUATION_BEFORE.test(before) || VALUATION_AFTER.test(after) || VALUATION_WORDED_BEFORE.test(before)) {
    if (NOT_FUNDING_SENTENCE.test(masked) || /combined company|mark\b/i.test(masked)) return { kind: 'other', verbAt: null };
    if (SPECULATIVE.test(before.slice(-80))) return { kind: 'other', verbAt: null };
    // "a valuation close to § -§", "valued at § to §": a bracket, not one mark (the gold leaves a range's valuation unset).
    if (VALUATION_RANGE_AFTER.test(after)) return { kind: 'other', verbAt: null };
    // "Zelo, which last raised in 2021 at a § valuation, said …": a mark told in the company's history, with no round of its own
    // in that clause, is not the valuation of the round the sentence announces.
    const relative = /,\s*(?:which|who|qui)\s[^,;§]*$/iu.exec(before);
    if (relative && isPastContext(relative[0] + ' ' + masked.slice(end).split(',')[0]!) && /^[^§]*?,[^§]*\S/u.test(masked.slice(end))) return { kind: 'other', verbAt: null };
    // The only figure of its sentence, dated in a year of its own: an earlier mark told as background.
    if (DATED_VALUATION_AFTER.test(after) && !masked.slice(0, start).includes('§') && !masked.slice(end).replace(/^\s*\([^)]*\)/, '').includes('§')) return { kind: 'other', verbAt: null };
    return { kind: 'valuation', verbAt: null };
  }
  // Round 36: a part of the round's own split, told in an aside after its figure (splitPartOfRound).
  if (splitPartOfRound(masked, start, end)) return { kind: 'other', verbAt: null };
  // Round 31: a contest's prize money ("two § investment prizes", "§ in prizes and investments"): PRIZE_HEAD_AFTER.
  // Round 36: a rate per year or per recipient ("§ par an", "§ per startup"): RATE_AFTER.
  if (PRIZE_HEAD_AFTER.test(after) || rateAfter(after)) return { kind: 'other', verbAt: null };
  // "cherche à lever §", "is in talks to raise §", "prévoit de lever §": a raise planned or hoped for is not a round yet.
  if (HEDGED_RAISE_BEFORE.test(before) || INTENT_NOUN_RAISE_BEFORE.test(before) || PURPOSE_RAISE_BEFORE.test(before) || SEEKING_BEFORE.test(before) || PLANNED_RAISE_BEFORE.test(before)) return { kind: 'other', verbAt: null };
  // Round 30: a raise told in the future with its time ahead (futureRaise); the excess of an oversubscribed round (OVERSUBSCRIBED_BY_BEFORE);
  // an investment in a field, not in a company (FIELD_INVESTMENT_BEFORE/AFTER).
  if (futureRaise(before, after) || OVERSUBSCRIBED_BY_BEFORE.test(before) || (FIELD_INVESTMENT_BEFORE.test(before) && FIELD_INVESTMENT_AFTER.test(after))) return { kind: 'other', verbAt: null };
  // Round 30: a stage of funding as the sentence's subject (STAGE_SUBJECT_OPENING): a market's sum for that stage.
  if (!masked.slice(0, start).includes('§') && STAGE_SUBJECT_OPENING.test(masked.slice(0, start))) return { kind: 'other', verbAt: null };
  // Round 27: the round's sum after a tranche, told in a result clause ("pour ainsi établir sa série B à §"); an extension of the company's round ("une extension de § de sa levée").
  if (ROUND_SUM_RESULT_BEFORE.test(before)) return { kind: 'total-raised', verbAt: null };
  if (roundExtension(before, after)) return { kind: 'round', verbAt: null };
  // "sought to raise § to §": the other end of a hoped-for range is no raise either.
  if (RANGE_CLOSE_BEFORE.test(before) && masked.lastIndexOf('§', start - 1) >= 0 && hedgedBefore(clauseBefore(masked, runStart(masked, masked.lastIndexOf('§', start - 1))))) return { kind: 'other', verbAt: null };
  // Round 19 (before the statistic vetoes, which read the list's intro, not the item): an item of a list "A (§ …), B (§ …)": the round of the name before the parenthesis.
  if (parenItemOf(masked, start, end)) {
    const inner = PAREN_ITEM_AFTER.exec(masked.slice(end))![0];
    if (!NOT_ROUND_NEAR.test(inner) && !VALUATION_AFTER.test(inner) && !PAREN_ITEM_CHANGE.test(inner) && !PAREN_ITEM_COUNT.test(inner) && !notFundingIn(inner)) return { kind: 'round', verbAt: start - before.length + before.lastIndexOf('(') };
  }
  // Round 33: a review's "§ pour X" entry under a plural round noun's bracket, after a raise ("avec §"), or in a list of deals.
  if (forListItem(masked, start, end)) return { kind: 'round', verbAt: null };
  // "porte à § le montant total levé", "Since its launch, Finix has raised §": a sum to date.
  if ((CARRIES_TO_BEFORE.test(before) && TOTAL_NOUN_AFTER.test(after)) || CARRIES_TOTAL_BEFORE.test(before)) return { kind: 'total-raised', verbAt: null };
  if (!masked.slice(0, start).includes('§') && SINCE_START_OPENING.test(masked.slice(0, start)) && !ROUND_LABEL_AFTER.test(after)) return { kind: 'total-raised', verbAt: null };
  // Round 12: "To date, the company had secured §": the first figure of a sentence opening on "to date" is the sum to date.
  if (!masked.slice(0, start).includes('§') && TO_DATE_OPENING.test(masked) && !ROUND_LABEL_AFTER.test(after)) return { kind: 'total-raised', verbAt: null };
  // Round 12: changes against another period, another period's money, a period's or a sector's bracketed figure, a business line's
  // takings, a fund's size: not a company's round.
  if (CHANGE_AFTER.test(after) || (COMPARED_PERIOD_BEFORE.test(before) && !NAME_RAISED_AFTER.test(after)) || RAISED_SAME_PERIOD_AFTER.test(after) || PERIOD_OR_SECTOR_PAREN_BEFORE.test(before) || (PERIOD_PAREN_BEFORE.test(before) && TOTAL_PARTICIPLE_AFTER.test(after)) || BUSINESS_LINE_SUBJECT_BEFORE.test(before)) return { kind: 'other', verbAt: null };
  if (FUND_SIZED_BEFORE.test(before)) return { kind: 'other', verbAt: null, fund: true };
  // "The raise includes § in equity and a § credit facility": parts of a round told before.
  { const first = masked.indexOf('§'); if (first >= 0 && ROUND_INCLUDES_OPENING.test(masked.slice(0, first))) return { kind: 'other', verbAt: null }; }
  if (TOTAL_AFTER.test(after) && marketTotal(before, after)) return { kind: 'other', verbAt: null };
  if (TOTAL_BEFORE.test(before) || (TOTAL_AFTER.test(after) && !roundTotalNoun(before, after)) || SO_FAR_BEFORE.test(before) || PERIOD_SPAN_AFTER.test(after) || SPAN_DURATION_AFTER.test(after)) return { kind: 'total-raised', verbAt: null };
  // "With the latest funding, the company has now raised some §": the sum to date after this round, not the round.
  if (NOW_RAISED_BEFORE.test(before) && ((NOW_TOTAL_FRAME.test(before) && (!NOUN_AFTER.test(after) || BARE_MONEY_NOUN_CLOSE.test(after))) || NOW_TOTAL_PART_AFTER.test(after))) return { kind: 'total-raised', verbAt: null };
  // "Softbank will complete the second investment of §", "As part of the deal, GM will also invest §": a part of a deal already told.
  if (LATER_TRANCHE_BEFORE.test(before) || (!masked.slice(0, start).includes('§') && PART_OF_DEAL_OPENING.test(masked.slice(0, start)))) return { kind: 'other', verbAt: null };
  // Thresholds, several recipients, plans and plural subjects: statistics, not one company's round.
  if (THRESHOLD_AFTER.test(after) || THRESHOLD_BEFORE.test(before) || PLURAL_RECIPIENTS_AFTER.test(after) || PROGRAMME_AFTER.test(after)) return { kind: 'other', verbAt: null };
  // "play in § funding rounds": rounds of a size in general, owned by nobody ("§ and § rounds respectively" pair two owners).
  const priorFigure = masked.lastIndexOf('§', start - 1) >= 0;
  if (PLURAL_ROUNDS_AFTER.test(after) && !(priorFigure && PAIR_BEFORE.test(before))) return { kind: 'other', verbAt: null };
  // "No startup … raised more than §"; "typically invests between § and §".
  if (NEGATED_SUBJECT_BEFORE.test(masked.slice(Math.max(0, start - 200), start))) return { kind: 'other', verbAt: null };
  if ((RANGE_OPEN_BEFORE.test(before) && RANGE_CLOSE_AFTER.test(after)) || (priorFigure && RANGE_CLOSE_BEFORE.test(before) && rangeOpensBefore(masked, masked.lastIndexOf('§', start - 1)))) return { kind: 'other', verbAt: null };
  if ((!priorFigure && PLURAL_SUBJECT_HEADLINE.test(masked.slice(0, start))) || FUTURE_HAVE_BEFORE.test(before)) return { kind: 'other', verbAt: null };
  // Round 38: "with startups at this stage raising §", "the quarter, which saw § raised": a class's or a period's total.
  if (WITH_PLURAL_RAISING_BEFORE.test(before) || (PERIOD_SAW_BEFORE.test(before) && !RAISED_BY_AGENT.test(after))) return { kind: 'other', verbAt: null };
  // Round 34: not when the plural subject's named members raise ("Des startups comme A et B ont chacune levé §": namedRaiserOfCount).
  if ((!masked.slice(0, start).includes('§') && PLURAL_SUBJECT_OPENING.test(masked.slice(0, start)) && !namedRaiserOfCount(masked, start, before, clause)) || INDEFINITE_SUBJECT.test(before)) return { kind: 'other', verbAt: null };
  // "§ levés par les start-ups IT", "§ raised by 36 startups", "§ levés en France", "elles avaient récolté §": a market's total.
  if ((PLURAL_AGENT_AFTER.test(after) && !NAMED_STARTUP_AGENT_AFTER.test(after)) || PLURAL_BARE_AGENT_AFTER.test(after) || PLURAL_DET_AGENT_AFTER.test(after) || RAISED_IN_PLACE_AFTER.test(after) || PLURAL_PRONOUN_SUBJECT.test(before.replace(STRONG_VERB, '')) || PERIOD_NEARS_BEFORE.test(before)) return { kind: 'other', verbAt: null };
  // Round 15: "les fintech ont levé §", "Dutch start-ups have raised §": a plural raising verb with no name as its subject.
  if (pluralRaiserBefore(before, after)) return { kind: 'other', verbAt: null };
  // "Greylock raised §, becoming the first U.S. venture capital fund …": a VC firm's fund close.
  if (FUND_APPOSITION_AFTER.test(after)) return { kind: 'other', verbAt: null, fund: true };
  // "sold 8.35 million shares in the IPO at § to raise §": listing proceeds, not a private round.
  if (SHARE_SALE_PROCEEDS_BEFORE.test(masked.slice(Math.max(0, start - 200), start)) || PROCEEDS_AFTER.test(after)) return { kind: 'other', verbAt: null };
  // "raised § as part of its ongoing § Series C": the second figure is the size of the round the first is part of (one deal).
  if (masked.slice(0, start).includes('§') && PART_OF_ROUND_BEFORE.test(before)) return { kind: 'other', verbAt: null };
  if (FUND_MAIN_AFTER.test(after)) return { kind: 'other', verbAt: null, fund: true };
  if (COMPONENT_AFTER.test(after)) return { kind: 'other', verbAt: null };
  // Round 40: one backer's ticket inside a sized round told in the same sentence (ticketOfSizedRound).
  if (ticketOfSizedRound(masked, start, end, before)) return { kind: 'other', verbAt: null };
  // "…, which included a § investment from X": a part of the round just told; "Led by an investment of § from X": the lead's share.
  // Not after a total ("raised § in total before this round, including a § Series A"): a part of a total is an earlier round.
  if (COMPONENT_BEFORE.test(before) && ((masked.slice(0, start).includes('§') && (ROUND_THEN_PART.test(before) || BACKERS_THEN_PART.test(before) || ((PART_RIGHT_AFTER_FIGURE.test(before) || (PART_BARE_RIGHT_AFTER_FIGURE.test(before) && PART_NOUN_AFTER.test(after))) && !INVESTED_IN_NAME.test(after) && !INTO_NAME.test(after)))) || /\bled by\b/i.test(before))) return { kind: 'other', verbAt: null };
  // "which together raised §", "collectively raising §": several companies' sum.
  if (COLLECTIVE_BEFORE.test(before) || COLLECTIVE_AFTER.test(after)) return { kind: 'other', verbAt: null };
  if (SIZED_ROUNDS_OPENING.test(masked)) return { kind: 'other', verbAt: null };
  // "55 millions d'euros levés en trois opérations", "$2bn raised across 40 deals", "ont injecté § dans 85 dossiers": a total over several rounds.
  if (AGGREGATE_AFTER.test(after) || COUNT_OF_DEALS_AFTER.test(after)) return { kind: 'other', verbAt: null };
  // Round 14: leveraged money, a count of supported projects, a target, a scene's or a week's total, capex on a site, a wider round.
  if (LEVERAGED_BY_ENABLER_BEFORE.test(before) || (LEVERAGE_VERB_BEFORE.test(before) && ADDITIONAL_MONEY_AFTER.test(after))) return { kind: 'other', verbAt: null };
  if (COUNT_SUPPORTED_BEFORE.test(before) || TARGET_BEFORE.test(before) || (PERIOD_WITH_BEFORE.test(before) && !ROUND_LABEL_AFTER.test(after)) || SCENE_SUBJECT_BEFORE.test(before)) return { kind: 'other', verbAt: null };
  if ((INVESTMENT_NOUN_OR_VERB_BEFORE.test(before) && FACILITY_AFTER.test(after)) || outlayInPlace(before, after)) return { kind: 'other', verbAt: null };
  if (priorFigure && FORMS_PART_OF_BEFORE.test(before)) return { kind: 'other', verbAt: null };
  if (FUND_OBJECT_BEFORE.test(masked.slice(Math.max(0, start - 200), start))) return { kind: 'other', verbAt: null, fund: true };
  // "§ in investment for Uber China’s Series B": a part of another company's round, not the subject's own.
  if (SHARE_OF_OWNERS_ROUND_AFTER.test(after)) return { kind: 'other', verbAt: null };
  if (options.related && !(options.loneRelated && relatedHeadlineRaise(before, after))) return { kind: 'other', verbAt: null };
  // "there were four Series A deals amounting to §", "17 early-stage startups scooped §", "Avec 14 tours de table, la semaine totalise §": counted deals are a statistic.
  // Unless this figure's clause has a company of its own: "17 startups raised a total of § and fintech startup Abound led with a § round".
  // Round 32: a review's bare entry ("…: Kandou (biotech), §, Anokion (biotech), §"): its name's round; the raiser is right before it.
  if (reviewEntryName(masked, start, end)) return { kind: 'round', verbAt: start };
  if (COUNTED_DEALS.test(masked.slice(0, start)) && !ownedEntry(before, after) && !OWN_CLAUSE.test(before) && !NAMED_ITEM_OF_COUNT.test(before) && !(COUNT_ITEM_BEFORE.test(before) && COUNT_ITEM_AFTER.test(after)) && !namedRaiserOfCount(masked, start, before, clause)) return { kind: 'other', verbAt: null };
  // "336 millions d’euros levés la semaine précédente", "the § raised in 2021": money raised over a period, not by a company.
  if (RAISED_IN_PERIOD.test(after) || (RAISED_OVER_SPAN.test(after) && !ownRoundOverSpan(before, after))) return { kind: 'other', verbAt: null };
  // "compared with § raised in all of 2020", "le cap des § levés", "Ce devait être une levée de §": not a company's round.
  if (STATISTIC_BEFORE.test(before) || SEVERAL_AFTER.test(after) || perRecipient(before)) return { kind: 'other', verbAt: null };
  // "the entire year of 2020 ended up with §": a period's sum.
  if (PERIOD_SUBJECT_BEFORE.test(before)) return { kind: 'other', verbAt: null };
  if (FOR_FUND_AFTER.test(after)) return { kind: 'other', verbAt: null, fund: true };
  // "Of the § raised for Seed Fund IV", "closed § from a foundation to lend to entrepreneurs": a fund's money, not a round.
  if (FOR_NAMED_FUND_AFTER.test(after) || LEND_ONWARD_AFTER.test(masked.slice(end, end + 160)) || (INVESTED.test(before) && INVESTED_IN_NAMED_FUND_AFTER.test(after))) return { kind: 'other', verbAt: null, fund: true };
  // "the previous one, which raised §" in a sentence about a fund: the fund's predecessor.
  if (/\b(?:previous|last|prior|first|earlier) one\b|\bpredecessor\b/i.test(before) && /\bfunds?\b/i.test(masked)) return { kind: 'other', verbAt: null, fund: true };

  if (FUND_AFTER.test(after.split(/[,;]/)[0]!)) return { kind: 'other', verbAt: null, fund: true };
  if (WILL_INVEST_IN_COMPANIES.test(after)) return { kind: 'other', verbAt: null, fund: true };
  // "Hero pumps another 420 cr into Ather": an investor's money put into a named company is that company's round.
  if (PUMPED_INTO.test(before) && (INTO_NAME.test(after) || INVESTED_IN_NAME.test(after))) return { kind: 'round', verbAt: null };
  if (LED_BEFORE.test(before) && LED_ROUND_AFTER.test(after) && !NOT_FUNDING_SENTENCE.test(masked)) return { kind: 'round', verbAt: null };
  // Round 12: "Tiger Global is now injecting about § as part of a Series D funding round for The Viral Fever".
  if ((PUMPED_INTO.test(before) || INVESTED.test(before) || INJECTING_APPROX_BEFORE.test(before)) && partOfRoundForName(masked.slice(end, end + 160))) return { kind: 'round', verbAt: null };
  // "Vision Fund said it plans to invest § into GM’s self-driving car unit Cruise": a committed investment into a named company.
  if (WILL_INVEST_BEFORE.test(before) && (INTO_NAME.test(after) || INVESTED_IN_NAME.test(after)) && !NOT_FUNDING_SENTENCE.test(masked.replace(/\bstake\b/g, ' '))) return { kind: 'round', verbAt: null };
  // "Lenskart has invested § for a minority stake in US-based start-up Ditto", "Sequoia invested § in Acme": the company it went into raised it.
  if (INVESTED.test(before) && INVESTED_IN_NAME.test(after) && !HAS_INVESTED_ABOUT.test(before) && !NOT_FUNDING_SENTENCE.test(masked.replace(/\bstake\b/g, ' '))) return { kind: 'round', verbAt: null };
  // "A collaboration between A and B invested $12 million to launch AI startup Optain": the money founded a named company.
  if (INVESTED.test(before) && TO_LAUNCH_NAME.test(after)) return { kind: 'round', verbAt: null };
  // Round 19: a sum shared out right after it ("raised § - respectively § and §"): the items are the rounds, the sum is none.
  if (DISTRIBUTED_AFTER.test(after) && sharedBySeveral(masked, start)) return { kind: 'other', verbAt: null };
  if (priorFigure && DISTRIBUTED_BEFORE.test(before) && sharedBySeveral(masked, runStart(masked, masked.lastIndexOf('§', start - 1)))) {
    const sumAt = runStart(masked, masked.lastIndexOf('§', start - 1));
    const sum = readFigureIn(masked.slice(0, start - before.length) + ' ' + masked.slice(start), sumAt, start - before.length, options);
    if (sum.kind === 'round') return { kind: 'round', verbAt: sum.verbAt };
  }
  // Round 19: a later item of a gapped list ("A raised §, B § and C §"): the raiser is the name right before the figure.
  if (priorFigure && !STRONG_VERB.test(before) && gappedItemOf(masked, start, options) && !notFundingIn(ownClause(masked, start, end))) return { kind: 'round', verbAt: start };
  const strong = STRONG_VERB.exec(before) ?? (FROM_FR_AFTER.test(after) ? RECEIVE_FR_BEFORE.exec(before) : null) ?? BACKERS_THEN_FIGURE.exec(before)
    ?? collectRaise(masked.slice(Math.max(0, start - COLLECT_CONTEXT_REACH), end + COLLECT_CONTEXT_REACH), before, after);
  const weak = WEAK_VERB.exec(before);
  const nounBefore = NOUN_BEFORE.test(before);
  // "Avec 9,3 millions levés, Antaios…", "avec 20 millions d’euros rassemblés auprès de…": the participle says it was raised.
  // "the $2 million raised by local residents": a passive whose agent names nobody is not a company's round.
  const byNobody = RAISED_BY.exec(after);
  if (byNobody && !/[\p{Lu}\p{N}]/u.test(byNobody.groups!.agent!) && !KIND_THEN_NAME.test(byNobody.groups!.agent!)) return { kind: 'other', verbAt: null };
  const pocket = IN_POCKET_AFTER.test(after) && (POCKET_ROUND_NOUN_BEFORE.test(before) || POCKET_BACKERS_AFTER.test(after));
  const nounAfter = pocket || (!!strong && DE_FONDS_AFTER.test(after)) || NOUN_AFTER.test(after) || RAISED_AFTER.test(after) || WENT_TO_NAME.test(after) || DEAL_FROM_AFTER.test(after) || FRESH_FUNDS_AFTER.test(after) || PAIR_AFTER.test(after) || (PAIR_BEFORE.test(before) && masked.slice(0, start).includes('§') && PLURAL_ROUNDS_AFTER.test(after)) || ownerDescribedRound(before, after);
  if (WORTH_OF.test(after) && !nounAfter) return { kind: 'other', verbAt: null };
  // "L'opération a constitué une somme de §", "The round totalled §": the round as the sentence's subject makes its figure the round.
  const roundSubject = ROUND_SUBJECT.test(masked.slice(0, start));
  // "une ronde de série B lui permettant d’avoir accès à §", "§, c’est le montant que la startup a récolté", "the § Clubhouse raised":
  // the round is named by a noun further back, a cleft after, or a named subject raising the figure as its object.
  const elided = ELIDED_ITEM_BEFORE.test(before) && RAISER_AFTER.test(after) && ROUND_OF_BEFORE.test(masked.slice(0, start - before.length));
  const framed = elided || OWNED_ROUND_PAREN_BEFORE.test(before) || ROUND_SIZED_TO_BEFORE.test(before) || NOUN_LINKED_BEFORE.test(before) || AMOUNT_CLEFT_AFTER.test(after) || NAME_RAISED_AFTER.test(after) || possessiveItem(masked, start, before) || (ROUNDS_LIST_INTRO.test(before) && (OWNER_POSSESSIVE_BEFORE.test(before) || entryForNameAfter(after))) || ownedFigureEntry(masked, start, end);
  const ranked = RANKED_WITH_BEFORE.exec(before);
  // Round 21: "UAE-based startups made most of the list, raising §, followed by the Kingdom with §": a "followed by" item ranks
  // the same kind as the sentence's subject; under a plural class subject it is another class or place, not a company's round.
  if (ranked && FOLLOWED_BY_RANK.test(ranked[0]) && followsPluralClass(masked)) return { kind: 'other', verbAt: null };
  const fronted = frontedRankAt(masked, start, end, after);
  const sharedOut = !!weak && sharedOutToNames(start, clause);
  const isRound = !!strong || !!ranked || fronted !== null || (ATTRACT_WORD.test(before) && KIND_NAME_ATTRACTED_BEFORE.test(before)) || nounBefore || nounAfter || roundSubject || framed || (!!weak && BACKERS_AFTER.test(after)) || sharedOut || (options.fundingLabel === true && !!masked.slice(0, start).match(/^[^§]*$/));
  if (!isRound) return { kind: 'other', verbAt: null };
  // Signs of something else right next to the figure or in the sentence.
  const nearCut = nearAfter.replace(/^\s*(?:\([^)]*\))?/u, '').split(/[,;.]|(?:^|\s)[–—]\s|\s-\s|\b(?:led by|co-led by|men[ée]e? par|from|auprès|with|avec|aux côtés|after|après|since|depuis)(?![\p{L}\p{N}])/u)[0]!;
  if (NOT_ROUND_NEAR.test(nearCut) && !nounAfter) return { kind: 'other', verbAt: null };
  if (/\b(?:funds?|(?<!levées? de )fonds|fund [IVX]+)\s*(?:of|de|d[’'])\s*$/i.test(before)) return { kind: 'other', verbAt: null };
  // "raised 458 cr … to continue buying food brands", "funding into X for acquiring sellers": what the money is for is not another transaction.
  // A list item with its own raising verb ("PEXA, which was acquired for §, and Judo Bank, which secured §") is read in its own
  // clause: another item's acquisition is not this one's.
  // So is an item of a list of rounds ("a § series C round for SaltPay, …, a § series D round for insurtech firm Bought by Many").
  const several = masked.lastIndexOf('§', start - 1) >= 0 || masked.indexOf('§', end) >= 0;
  const scope = several ? ownClause(masked, start, end) : loneFigureClause(masked, start, end);
  const fundedBy = FUNDED_BY_ROUND_BEFORE.exec(before);
  if (!(fundedBy && (fundedBy.groups!.noun || ROUND_NOUN_AFTER.test(after))) && notFundingIn(withoutPurposeAcquisition(scope).replace(PURPOSE_BUYING, ' ').replace(PERSON_APPOSITION_CUE.test(scope) ? PERSON_APPOSITION : /(?!)/g, ', '), OWN_PRIVATE_ROUND_AFTER.test(after))) return { kind: 'other', verbAt: null };
  if (/\b(?:aim(?:s|ing)?|seek(?:s|ing)?|in talks|looking|plans?|planning|hopes?|hoping|wants?) to raise\b/i.test(before)) return { kind: 'other', verbAt: null };
  // Round 22 (blind batch 15, FR twin of the English verb): "Bpifrance a investi § dans des start-up": the investor's own outlay.
  if (/(?:\binvest(?:s|ed|ing)?|(?<![\p{L}])(?:investi|investit|investissent))\s*$/iu.test(before.replace(/\s+(?:an?|the|about|some|over|more than|nearly|plus de|près de|environ)\s*$/iu, ''))) return { kind: 'other', verbAt: null };
  // "got $47 million led by Accel", "received $169.4 million from Grab": a weak verb with the backers named is a raise.
  const verb = strong ?? (weak && (nounAfter || BACKERS_AFTER.test(after) || sharedOut) ? weak : null);
  let verbAt = verb ? verb.index : null;
  // "En séduisant les investisseurs à hauteur de §, Mistral AI …", "Blank se distingue, en récoltant §": a French gerund has no
  // subject of its own before it; the main clause's subject (before or after it) is the raiser, found as for a verbless figure.
  if (verb === strong && verb && (FR_GERUND_BEFORE.test(before.slice(0, verb.index)) || (/^\s*$/.test(before.slice(0, verb.index)) && /^\p{L}+ant\s/u.test(verb.groups!.verb!)))) verbAt = null;
  // A ranked item's subject is before its place ("AppMachine was second with §"), or right before "with" after "followed by"
  // ("followed by … Bottlenose with §").
  // Session 22: a fronted rank's subject is the name after the figure, right before its predicate (frontedRankAt).
  if (verbAt === null && fronted !== null) verbAt = fronted - (start - before.length);
  if (verbAt === null && ranked) verbAt = /^(?:followed|suivi)/iu.test(ranked[0]) ? before.search(/\s(?:with|avec)(?:\s+[\p{L}]+)*\s*$/u) : ranked.index;
  // Round 17: "Acme expanded its Series A round to §": the verb of growth has the company as its subject, like a raising verb.
  if (verbAt === null) {
    const sized = ROUND_SIZED_TO_BEFORE.exec(before);
    if (sized?.groups!.grow !== undefined) verbAt = sized.index;
  }
  if (verbAt === null) {
    // "NearBuy … has raised a venture debt of ₹15 Cr": the verb governs the noun before the figure.
    let last: RegExpExecArray | null = null;
    for (const m of before.matchAll(ANY_FUNDING_VERB)) last = m as RegExpExecArray;
    if (last) verbAt = last.index;
  }
  // Round 15: a round noun with no raising verb ("Le fonds d’investissement … vient de réaliser une levée de fonds de §", "The new
  // fund completed a first close of §"): a fund or its manager as the clause's subject raises its own fund, unless the money goes
  // to a named company after the figure ("… une levée de § pour Kiplo").
  if (verbAt === null && nounBefore && fundManagerSubject(before) && !FUND_BACKS_ROUND_BEFORE.test(before) && !MONEY_TO_NAME_AFTER.test(after)) return { kind: 'other', verbAt: null, fund: true };
  if (verbAt !== null) {
    const head = before.slice(0, verbAt);
    if (fundManagerSubject(head) || FUND_SUBJECT_AT_VERB.test(head) || VC_FIRM_AT_VERB.test(head)) return { kind: 'other', verbAt: null, fund: true };
    const generic = GENERIC_SUBJECT.exec(head.replace(/(?:\s+(?:have|has|had|also|now|already|collectively|together|ont|avaient|déjà|aussi|également|ainsi|désormais))+\s*$/iu, ''));
    // A capitalised noun inside the clause is part of a name ("delivery service Market Kurly has attracted"), not the market.
    // "The companies included Flutterwave, which raised §": a plural introducing named items is not the subject.
    // "with startups Lulalend landing §": a plural descriptor right before a name describes that one company.
    if (generic && !(/^\p{Lu}/u.test(generic[0]) && /\S/.test(head.slice(0, generic.index))) && !LIST_INTRO.test(generic[0]) && !/^[\p{L}-]+\s+\p{Lu}/u.test(generic[0])) return { kind: 'other', verbAt: null };
  }
  return { kind: 'round', verbAt: verbAt === null ? null : start - before.length + verbAt, verbOnly: !nounBefore && !nounAfter };
}

/**
 * Round 19, parallel enumerations (blind batches 8-13: several raisers told in one sentence, one figure each, on 2+ outlets).
 * A sentence may tell several rounds with ONE raising verb, each later item naming its raiser right before its own figure, the verb
 * left out ("gapping"): "A raised §, B § and C §", "A a levé §, B § et C §", "A secured §; B, §". An item is a separator (a comma, a
 * semicolon, "and"/"et"), a name (capitalised words, nothing else) and the figure. `GAPPED_ITEM_BEFORE` reads that shape in the
 * clause before the figure (back to the previous figure; the previous item's short tail, "§ last week, B §", is stepped over); `gappedItemOf` walks back item by item (at most `GAPPED_ITEMS_MAX`) to the
 * first figure and asks whether a raising verb opens the run right before it. The elided verb stands where the name ends, so the
 * reading's `verbAt` is the figure's own start: the raiser is the name right before it (the subject of the gap), not the first item's.
 * Round 42: the item's name may carry a short description in parentheses before its figure, as the first item's may ("Abivax (…) a
 * levé §, Amolyt Pharma (traitement contre les maladies endocriniennes rares) §", 921 Achat Logistique; the list line's twin, 1042).
 */
const GAPPED_NAME = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*(?:\s+(?:de\s+|du\s+|des\s+|of\s+|&\s+)?[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*){0,3}`;
const GAPPED_ITEM_BEFORE = new RegExp(String.raw`^\s*(?:\([^()§]{0,40}\)\s*)?(?:[^§,;:.()]{0,40}?)(?:[,;]\s*(?:(?:and|et|while|whereas|tandis que|alors que)\s+)?|\s(?:and|et)\s+)(?<name>${GAPPED_NAME})(?:\s*\([^()§]{1,80}\))?\s*(?:,\s*)?(?:(?:${lexAlt(LEX_APPROX_BEFORE_FIGURE)})\s+)?$`, 'u');
/** Words that open a clause in capitals but name nobody ("and The …", "et Les …", "and Also"): never a gapped raiser. */
/** Round 20 (review): the months come from the lexicon (EN names and their three-letter abbreviations, "sept"; FR names), not retyped. */
const GAPPED_NOT_NAME = new RegExp(String.raw`^(?:the|a|an|its|their|this|that|these|those|le|la|les|l[’']|un|une|des|ces|son|sa|ses|leur|leurs|also|aussi|then|puis|soit|i\.e|e\.g|including|dont|notamment|while|whereas|respectively|respectivement|and|et|in|en|of|de|for|pour|with|avec|from|by|par|up|down|on|at|à|${lexAlt([...LEX_MONTHS_EN, ...LEX_MONTHS_EN.map((m) => m.slice(0, 3)), 'sept', ...LEX_MONTHS_FR])}|q[1-4]|h[12]|\d+)$`, 'iu');
/**
 * Round 19, a sum shared out in the same sentence: "A and B raised § - respectively § and §", "A et B ont levé §, soit
 * respectivement § et §". The first figure is the raisers' sum, told again item by item: the items are the rounds (they keep the
 * sum's raising verb), the sum itself is none (DISTRIBUTED_AFTER on the sum; DISTRIBUTED_BEFORE on the first item).
 */
const DISTRIBUTED_LINK = String.raw`\s*(?:\([^()§]{0,40}\)\s*)?[-–—,:(]?\s*(?:(?:soit|i\.e\.,?|that is,?|namely|with)\s+)?(?:respectively|respectivement)\s*`;
const DISTRIBUTED_AFTER = new RegExp(String.raw`^${DISTRIBUTED_LINK}§`, 'iu');
const DISTRIBUTED_BEFORE = new RegExp(String.raw`^${DISTRIBUTED_LINK}$`, 'iu');
/**
 * Round 40: the first of the coordinated names may carry a closed appositive before the conjunction, as any subject may ("Twiga
 * Foods, a B2B marketplace platform, and Komaza, a tech-driven forestry business, raised § - respectively § and §", 574, Ecofin
 * Agency's Kenya review): lower-case descriptors between two commas, no figure, no clause stop.
 */
const CLOSED_APPOSITIVE = String.raw`(?:,\s(?:an?|the|une?|la|le|l[’'])\s[^,§;:.()]{1,60},)?`;
/**
 * Round 20 (review): "respectively" shares a sum out among SEVERAL raisers only when the subject before the sum holds two or more
 * names joined by a conjunction ("A and B raised §", "A, B et C ont levé §") or a counted plural ("the two startups", "les trois sociétés"); one company's
 * split ("Acme raised § - respectively § in equity and § in debt") keeps its sum as the round. Read on the sentence before the sum
 * (bounded to 200 characters, cut at the last sentence or clause stop).
 */
const SEVERAL_NAMES_SUBJECT = new RegExp(String.raw`(?<![\p{L}\p{N}])${GAPPED_NAME}${CLOSED_APPOSITIVE}\s+(?:and|et|&)\s+${GAPPED_NAME}|(?<![\p{L}])(?:${lexAlt([...LEX_COUNT_WORDS_EN.filter((w) => w !== 'one'), ...LEX_COUNT_WORDS_FR])})\s+(?:[\p{L}-]+\s+)?(?:${lexAlt(LEX_COMPANY_PLURALS)})(?![\p{L}])`, 'u');
function sharedBySeveral(masked: string, sumAt: number): boolean {
  const head = masked.slice(Math.max(0, sumAt - 200), sumAt);
  const stop = Math.max(head.lastIndexOf('. '), head.lastIndexOf(';'), head.lastIndexOf('§'));
  const subject = head.slice(stop + 1);
  const names = new RegExp(SEVERAL_NAMES_SUBJECT.source, 'gu');
  for (const m of subject.matchAll(names)) {
    // Capitalised function words ("And The …", "Et Les …") are no names.
    if (!GAPPED_NOT_NAME.test(m[0].split(/\s+/u)[0]!)) return true;
  }
  return false;
}
/**
 * Round 19, a list of named items each with its figure opening a parenthesis, the parenthesis going on with what the money is for
 * ("les plus importantes : A (§ pour développer …), B (§ pour accélérer …) et C (§)", "the largest went to A (§, to hire) and
 * B (§ led by X)"). An item is a list opening (a colon, a closed parenthesis and a comma, "and"/"et", "including", "notamment"), a
 * name and "(" right before the figure; it needs a sibling item (the figure before or after it read the same way) and a word of
 * funding in the sentence. The raiser is the name before the parenthesis (`verbAt` at the parenthesis).
 */
// Round 27: a list's last item may be joined by "or"/"ou" as by "and"/"et" ("A (§), B (§) ou C (§) se sont financés", blind 677).
// Session 22: the list's first item may follow the copula or the verb that opens it (PAREN_LIST_VERB: "The biggest deals were A
// (§) and B (§)", "Smaller deals include C (§), D (§)", blind 990, CFO Services; "Among the Cork companies to secure investment
// were A (§); B (§)", 950, Irish Examiner; "Parmi les … figurent A (§), B (§)"), and any item may carry its kind before the name (PAREN_ITEM_KIND: "data storage
// company MP Stor (§)", "sports media platform Pundit Arena (§)", 950): one to three words ending on a company-kind noun
// (companies.ts COMPANY_KIND), lower-case but for a place ("fellow Dublin company"). The sibling item and the word of funding are
// still needed (parenItemOf), so "The top cities were London (§) and Paris (§)" stays a place's total (isPlace).
const PAREN_LIST_VERB = String.raw`were|are|include[sd]?|sont|étaient|incluent|comprennent|figurent|figuraient`;
const PAREN_ITEM_KIND = String.raw`(?:(?:[\p{Ll}-]+|\p{Lu}[\p{Ll}-]+)\s+){0,2}[\p{Ll}-]*${COMPANY_KIND}\s+`;
const PAREN_ITEM_BEFORE = new RegExp(String.raw`(?:^|[:;]|\)\s*[,;]?|,|\s(?:and|et|or|ou|including|notamment|dont|such as|comme|like|among them|parmi lesquelles?|${PAREN_LIST_VERB}))\s*(?:(?:and|et)\s+)?(?:(?:the|la|le|l[’'])\s*)?(?:${PAREN_ITEM_KIND})?(?<name>${GAPPED_NAME})\s*\(\s*(?:(?:${lexAlt(LEX_APPROX_BEFORE_FIGURE)})\s+)?$`, 'u');
/** A change or a share inside the parenthesis ("(§, +14 %)", "(§, up 30%)", "(§ contre § en 2022)"): a region's or a sector's statistic. */
const PAREN_ITEM_CHANGE = /%|[+−]\s?\d|\b(?:up|down|hausse|baisse)\b|\b(?:vs\.?|versus|contre|against|compared (?:to|with)|soit)\s+(?:§|\d)/iu;
/** A count of deals inside the parenthesis ("(§ en 3 opérations)", "(§, 10 opérations)", "(§ across 12 deals)", "(§ in one round)"): a sector's or a region's sum. */
const PAREN_ITEM_COUNT = /(?:\b(?:en|in|across|over|sur|from|through)\s+(?:une?|one|[\p{L}-]+)|\b\d+)\s+(?:opérations?|levées?|deals?|rounds?|transactions?|tours?|financements?|investissements?|investments?)(?![\p{L}])/iu;
/** The parenthesis of an item: the figure's own words up to ")" (bounded). */
const PAREN_ITEM_AFTER = /^[^()§]{0,120}\)/u;
function parenItemAt(masked: string, start: number): boolean {
  const item = PAREN_ITEM_BEFORE.exec(clauseBefore(masked, start));
  // A region or a country with its figure ("la Normandie (§), le Grand Est (§)") is a place's total, not a raiser.
  // Round 20 (review): a parenthesis telling a purchase ("(§ pour racheter X)", "(§ to acquire Y)") is an acquisition's price,
  // not a round: the signs of another transaction (NOT_FUNDING_SENTENCE, read by notFundingIn) are read inside it.
  const paren = PAREN_ITEM_AFTER.exec(masked.slice(start).replace(/^§+/u, ''));
  return !!item && !GAPPED_NOT_NAME.test(item.groups!.name!.split(/\s+/u)[0]!) && !isPlace(item.groups!.name!) && !!paren && !notFundingIn(paren[0]);
}
function parenItemOf(masked: string, start: number, end: number): boolean {
  // Rivals named with their worth or their own totals ("below rivals such as A (§), B (§)", "Rivals A (§) and B (§)
  // have raised far more") are a comparison, not a list of rounds: the same test the compared-list reader uses.
  if (!parenItemAt(masked, start) || !hasListFundingCue(masked) || VALUED_OR_RIVALS_LIST.test(masked)) return false;
  // A list of funds closed (companies.ts listHoldsFund) is no list of rounds, whatever verb opens it.
  if (listHoldsFund(masked)) return false;
  const prev = masked.lastIndexOf('§', start - 1);
  const next = masked.indexOf('§', end);
  return (prev >= 0 && parenItemAt(masked, runStart(masked, prev))) || (next >= 0 && parenItemAt(masked, next));
}
const GAPPED_ITEMS_MAX = 8;
/** Whether the figure at `start` is a later item of a gapped list whose first item follows a raising verb. */
function gappedItemOf(masked: string, start: number, options: FigureOptions): boolean {
  let at = start;
  for (let k = 0; k < GAPPED_ITEMS_MAX; k++) {
    const before = clauseBefore(masked, at);
    const prev = masked.lastIndexOf('§', at - 1);
    if (prev < 0) return false;
    const item = GAPPED_ITEM_BEFORE.exec(before);
    if (!item) return false;
    const first = item.groups!.name!.split(/\s+/u)[0]!;
    if (GAPPED_NOT_NAME.test(first)) return false;
    at = runStart(masked, prev);
    const opening = clauseBefore(masked, at);
    // The run's first figure right after a raising verb: "A raised §" / "A a levé §" / "A lève §".
    // Round 20 (review): the first item's own figure must be a round ("Harvard raised § in its alumni campaign, Yale § …" is a
    // campaign's money, and so are the items that borrow its verb).
    if (masked.lastIndexOf('§', at - 1) < 0 || !GAPPED_ITEM_BEFORE.test(opening)) return STRONG_VERB.test(opening) && readFigureIn(masked, at, prev + 1, options).kind === 'round';
  }
  return false;
}

/**
 * "MacRebur who raised § … and Elasmogen’s § to develop …": a possessive name after an earlier figure, in a sentence that raised
 * money before it, is the next item of the same list of rounds.
 */
function possessiveItem(masked: string, start: number, before: string): boolean {
  if (!POSSESSIVE_ITEM_BEFORE.test(before)) return false;
  const head = masked.slice(0, start);
  const prev = head.lastIndexOf('§');
  return prev >= 0 && (STRONG_VERB_ANYWHERE.test(head.slice(0, prev)) || NOUN_BEFORE_ANYWHERE.test(head.slice(0, prev)));
}
const STRONG_VERB_ANYWHERE = /\b(?:rais(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|land(?:s|ed)|bag(?:s|ged)|closed|pocketed|lève|levé|lever|récolté|obtenu|bouclé)(?![\p{L}\p{N}])/iu;
const NOUN_BEFORE_ANYWHERE = /\b(?:rounds?|deals?|financings?|fundings?|levées?|tours? de table|opérations)(?![\p{L}\p{N}])/iu;

const NOT_FUNDING_WORDS = new RegExp(NOT_FUNDING_SENTENCE.source, 'giu');
const CROWDFUNDING_NAME = /^(?:kickstarter|gofundme|crowdfunding)$/i;
/**
 * Whether a sign of another transaction is in `text`. A title-case word inside the sentence is a name, not the verb ("insurtech
 * firm Bought by Many", "Merge Labs"); capitals (IPO) and a sentence's first word still count.
 */
/**
 * Round 21 (cluster "a negated listing", batch 14 and the standard definition of a unicorn on FR and EN outlets): a listing sign
 * under a negation ("start-up non cotées en bourse évaluées à …", "not publicly listed", "ne sont pas encore cotées en bourse", "ni entrées en bourse",
 * "isn't listed") says the company is private: it is no listing and no IPO. Only the listing signs are read so: a negated
 * acquisition or sale is still told about one. The negation stands at most three words before the sign.
 */
/**
 * Round 24: the token NOT_FUNDING_SENTENCE matched is a listing sign when the lexicon's listing signs hold it, or it is one of the
 * bare listing words that sentence reads alone ("listing", "listed", "float", "bourse": LEX_LISTING_BARE_WORDS). One list, shared
 * with funding.ts's listing paragraphs (was a retyped list here).
 */
const LISTING_SIGN = new RegExp(String.raw`^(?:${lexAlt(LEX_LISTING_SIGNS)}|${lexAlt(LEX_LISTING_BARE_WORDS)})$`, 'iu');
/**
 * Round 22 (review of round 21): the negation must bear on the listing itself, so only a closed class of words may stand between
 * them: auxiliaries, adverbs of time or manner, the listing participles and their preposition ("not yet publicly listed", "ne sont
 * pas encore cotées en bourse", "ni entrées en bourse"). A content verb between ("did not delay its IPO", "n'a pas renoncé à son
 * introduction en bourse") negates that verb: the listing stands.
 */
const NEGATION_GAP_WORD = String.raw`(?:yet|publicly|officially|currently|been|be|being|is|are|was|were|encore|pas|toujours|jamais|officiellement|publiquement|été|être|sont|est|cotée?s?|listée?s?|entrée?s?|introduite?s?|en|on|in|a|an|the)`;
/** The negation words come from the lexicon (one list, shared with funding.ts LISTING_NOT_DONE_BEFORE); English "n't" is a clitic, read here. */
const NEGATED_BEFORE_SIGN = new RegExp(String.raw`(?:(?<![\p{L}])(?:${lexAlt(LEX_NEGATION_WORDS)})|n[’']t)(?:[\s-]+${NEGATION_GAP_WORD}){0,3}[\s-]+$`, 'iu');
function negatedListing(text: string, at: number, sign: string): boolean {
  return LISTING_SIGN.test(sign) && NEGATED_BEFORE_SIGN.test(text.slice(Math.max(0, at - 40), at));
}
/**
 * Round 24 (round A request; the same reading as funding.ts's listing paragraphs, where a planned listing is not counted): a listing
 * sign governed by a verb of planning, at most two words before it ("which plans an IPO next year", "qui prépare son introduction en
 * bourse", "is eyeing a listing", "envisage une cotation") is a listing to come, not the transaction the figure belongs to. It is read
 * so only when the figure names its own private round right after it ("raised § in a Series B", "a levé § lors d'un tour de
 * table"): "plans an IPO that could raise §" stays listing money.
 */
const PLANNED_BEFORE_SIGN = new RegExp(String.raw`(?:^|[^\p{L}])(?:${lexAlt(LEX_LISTING_PLAN_VERBS)})\s+(?:[\p{L}’'-]+\s+){0,2}$`, 'iu');
/** The figure's own private round, named right after it: "§ in a Series B", "§ en série C", "§ lors d'un tour de table", "§ seed round". */
const OWN_PRIVATE_ROUND_AFTER = new RegExp(String.raw`^[^§.;]{0,40}?(?<![\p{L}\p{N}-])(?:${lexAlt(LEX_PRIVATE_ROUND_NOUNS)})(?![\p{L}\p{N}])`, 'iu');
function plannedListing(text: string, at: number, sign: string): boolean {
  return LISTING_SIGN.test(sign) && PLANNED_BEFORE_SIGN.test(text.slice(Math.max(0, at - 50), at));
}
function notFundingIn(text: string, ownPrivateRound = false): boolean {
  for (const m of text.matchAll(NOT_FUNDING_WORDS)) {
    const at = m.index ?? 0;
    if (negatedListing(text, at, m[0])) continue;
    if (ownPrivateRound && plannedListing(text, at, m[0])) continue;
    // "SGX-listed luxury distributor", "a pre-IPO round": a sign glued after a hyphen describes something else, it is not the deal.
    if (at > 0 && text[at - 1] === '-') continue;
    // "government-owned Tesi", "state-backed fund": a compound adjective describes an investor, it is not the transaction.
    if (text[at + m[0].length] === '-') continue;
    // Platforms are names that are the sign itself ("on Kickstarter").
    if (/^\p{Lu}\p{Ll}/u.test(m[0]) && !CROWDFUNDING_NAME.test(m[0]) && /[\p{L}\p{N},)]\s+$/u.test(text.slice(Math.max(0, at - 3), at))) continue;
    return true;
  }
  return false;
}

/** The text between the previous figure and the next one (or the sentence's ends), the figure masked. */
function ownClause(masked: string, start: number, end: number): string {
  let from = masked.lastIndexOf('§', start - 1) + 1;
  // Round 34: an item told as "Name, which raised §" starts at its name; what the previous item's tail said ("… through the
  // Investment Incentive Scheme, which offers tax relief to investors and another medtech, Coroflo, which raised §") is not its (930).
  const relative = NAMED_RELATIVE_RAISE.exec(masked.slice(from, start));
  if (relative) from += relative.index;
  const next = masked.indexOf('§', end);
  let after = masked.slice(end, next < 0 ? masked.length : next);
  // "Qoala, a startup that recently raised § in Series B funding, is buying back shares": a figure inside a relative clause
  // ends with it; the main clause after the comma is another story.
  if (RELATIVE_OPEN.test(masked.slice(from, start))) after = after.split(',')[0]!;
  // After the figure, the clause ends at a coordinated clause of its own ("…, and Beta priced its IPO at").
  const cut = CLAUSE_BREAK.exec(after);
  return masked.slice(from, end) + (cut ? after.slice(0, cut.index) : after);
}
/** A relative clause opened after the last comma, before the figure: ", a startup that recently raised", ", qui a levé". */
const RELATIVE_OPEN = /,[^,§]*\b(?:that|which|who|qui)\s[^,§]*$/iu;
const CLAUSE_BREAK_SOURCE = String.raw`;|,\s+(?:and|while|but|whereas|et|mais|alors que|tandis que)\s`;
const CLAUSE_BREAK = new RegExp(CLAUSE_BREAK_SOURCE, 'iu');
/**
 * Round 28 (round A request, 717; blind batches 17-18 and fresh digest pages): the clause of a sentence's only figure. A digest
 * sentence joins several stories ("X raised §, and Y has purchased Z"; "X, which purchased a rival last year, raised §"): a
 * transaction word in a coordinated clause after the figure, in one before it, or in a relative clause closed before it describes
 * another story, not the figure. The clause starts after the last strong break before the figure (a semicolon, ", and/but/while",
 * ", et/mais"), drops the relative clauses closed before the figure, and ends where ownClause ends it.
 */
function loneFigureClause(masked: string, start: number, end: number): string {
  let from = 0;
  for (const m of masked.slice(0, start).matchAll(CLAUSE_BREAK_ALL)) from = (m.index ?? 0) + m[0].length;
  // A relative that makes the company a listed one ("Kestrel, which completed its IPO in March, raised § in a follow-on
  // offering") is no other story: a listed company's raise is listing money, so that relative stays in the clause.
  const head = masked.slice(from, start).replace(LONE_CLOSED_RELATIVE, (rel) => (LISTING_IN_RELATIVE.test(rel) ? rel : ','));
  return head + ownClause(masked, start, end).slice(start);
}
/** A listing sign inside a relative clause (LEX_LISTING_SIGNS, LEX_LISTING_BARE_WORDS): the relative says the company is listed. */
const LISTING_IN_RELATIVE = new RegExp(String.raw`(?<![\p{L}])(?:${lexAlt(LEX_LISTING_SIGNS)}|${lexAlt(LEX_LISTING_BARE_WORDS)})(?![\p{L}])`, 'iu');
/** Every strong clause break (CLAUSE_BREAK, read globally for the last one before a figure). */
const CLAUSE_BREAK_ALL = new RegExp(CLAUSE_BREAK_SOURCE, 'giu');
/** A relative clause between two commas, with no figure in it: ", which purchased a rival last year,", ", qui a racheté X,". */
const LONE_CLOSED_RELATIVE = /,\s*(?:which|who|that|qui)\s[^,§;]*,/giu;

/** The text of the clause before a figure: back to the previous figure or a strong break. */
function clauseBefore(masked: string, start: number): string {
  const head = masked.slice(Math.max(0, start - 160), start);
  const lastFigure = head.lastIndexOf('§');
  return lastFigure >= 0 ? head.slice(lastFigure + 1) : head;
}

/** Signs that a round is an earlier one, told for context. */
const PAST_CUE = new RegExp(String.raw`\b(?:previously|earlier|prior|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|\d+) (?:weeks?|months?|years?) (?:ago|before|earlier)|il y a (?:\w+ )?(?:semaines?|mois|ans?)|last (?:year|summer|spring|fall|autumn|winter|${MONTHS_EN})|in (?:early |late |mid-|mid )?(?:19|20)\d\d|in (?:a|an|its|their) (?:${MONTHS_EN} )?(?:19|20)\d\d|(?:in|In) (?:early |late |mid-)?${MONTHS_EN_NOT_MAY}(?![\p{L}\p{N}])|had (?:already |previously )?(?:raised|secured|closed|attracted|received|completed|landed|bagged|led|co-led)|after (?:raising|closing|securing|landing|completing|bagging|announcing)|(?:after (?:it|they|the (?:company|startup|start-up|firm)) (?:had )?(?:raised|secured|closed|landed|received|bagged)|après avoir (?:levé|récolté|obtenu|bouclé|réuni|mobilisé))(?:\s+(?:about|around|some|over|more than|nearly|just|only|plus de|près de|environ|quelque))*(?=\s*(?:§|$|(?:from|in funding|led by|auprès|de|d[’'])(?![\p{L}])))|came after|(?:comes?|coming|came) (?:[\w]+ ){0,5}after|(?:days?|weeks?|months?|years?) (?:after|following) (?:(?:(?:it|they|the (?:company|startup|start-up|firm)) (?:had )?(?:raised|secured|closed|landed|received|bagged)|(?:an?|its|their|the)(?:\s+(?:earlier|previous|prior|first|initial))?)(?=\s\s|\s*$)|(?:an?|its|their|the)(?:\s+(?:earlier|previous|prior|first|initial))?\s+(?:seed|funding|financing|investment|round|series [A-J])(?:\s+(?:round|funding))?\s+of(?=\s*[.,;]?\s*$))|(?:jours?|semaines?|mois|ans?|années?) (?:après|suivant) (?:(?:une?|sa|son|leur|la|le)(?:\s+(?:premier|première|précédente?|dernier|dernière))?(?=\s\s|\s*$)|(?:une?|sa|son|leur|la|le)(?:\s+(?:premier|première|précédente?|dernier|dernière))?\s+(?:tour|levée|financement|série [A-J])(?:\s+(?:de table|d['’]amorçage|de fonds|de financement))?\s+(?:de|d['’])(?=\s*[.,;]?\s*$))|in Q[1-4](?: of)?(?: (?:19|20)\d\d)?|follow(?:s|ed|ing) (?:its|a|an|the)|since its|before this round|previous|the last round|(?:its|their|[’']s) last (?:funding |financing )?round|emerged from stealth in|(?:which|who|qui) (?:recently |previously |earlier |a récemment )?(?:co-?)?(?:led|mené)|(?:that|which|who|qui) (?:recently|earlier|a récemment|avait récemment) (?:raised|secured|closed|landed|levé|obtenu|bouclé)|^\s*(?:last month|last week|le mois dernier)|^\s*(?:after|following|après)(?=\s)|(?:\w+ )?mois après l[’']annonce|months? after (?:announcing|the announcement of)|avait|avaient|précédente?|l[’']an (?:passé|dernier)|en (?:19|20)\d\d|en ${MONTHS_FR_NOT_MAI}|dernier|déjà levé|(?:that|which|who|qui) (?:recently |previously |earlier |also |a récemment |avait )?(?:backed|invested in|funded|financed|soutenu|financé|investi dans)|(?:le mois|la semaine|l[’']année) passée?|(?:fin|début|courant|mi-)\s*(?:19|20)\d\d|(?:kick-?started|started|began|begun) (?:its|their|his|her) (?:journey|life|operations|story)|(?:began|started) (?:life|out) with|got (?:its|their) start with|(?:était|a été|fut|avait été) (?:lancée?s?|créée?s?|fondée?s?) avec|(?:invested in|investi dans) (?:several|many|numerous|a number of|a (?:dozen|handful) of|dozens of|\d+|plusieurs|de nombreuses|une dizaine de) (?:[\p{L}-]+ ){0,3}(?:startups|start-ups|start-up|companies|businesses|firms|entreprises|jeunes pousses)[^§]{0,20}?(?:including|such as|among them|dont|notamment|comme))(?![\p{L}\p{N}])`, 'iu');

/** A milestone reached by this raise is the news: "recently turned unicorn after raising $120 million". */
const MILESTONE_AFTER = /\b(?:turn(?:s|ed)?|bec(?:o|a)mes?|became|joins?|joined|enters?|entered) (?:a |the )?(?:unicorn|decacorn)s?(?: club| status| ranks)? after raising\b/i;

/** "Founded in 2011, Medopad has secured…": the founding year dates the company, not the round. */
const FOUNDED_IN = /\b(?:founded|established|created|launched|started|fondée?|créée?|lancée?)(?: (?:in|at|à) [^,;.]{1,30}?)? (?:in|en) (?:19|20)\d\d\b/giu;

/** Investors described as earlier ones ("from Tandem Capital and earlier investor Relay Ventures"): the round itself is not earlier. */
const EARLIER_BACKERS = /\b(?:earlier|previous|prior|existing|précédents?|historiques?) (?:investors?|backers?|shareholders?|investisseurs|actionnaires)\b/giu;
/** Reported speech: "announced in February that it had landed §", "said it had raised §" tell the news in the pluperfect. */
const REPORTED_PLUPERFECT = /\b(?:announc(?:ed|es|ing)|said|says|told [\p{L}]+|revealed|confirmed|disclosed)(?<time> (?:on|in|last|this) [\p{L}]+| (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?(?: that)? (?:it|they|the (?:[\p{L}-]+ )?(?:company|startup|start-up|firm|group|business)) had(?= (?:raised|landed|secured|closed|received|bagged|netted|attracted)\b)/giu;
/** A raise told as just done: "just raised", "has just closed", "vient de lever" ("had just", "venait de" stay past). */
const JUST_DONE = /(?<!\bhad\s)\b(?:just|vient de|viennent de)\s+(?:(?:recently|officially|officiellement)\s+)?(?:raised|closed|secured|landed|bagged|completed|lever|boucler|obtenir|récolter|finaliser)(?![\p{L}])/iu;
/**
 * The news announced now, after background told earlier in the sentence: "In February I was fundraising …, and today we announced
 * we’ve raised §", "announced today that it raised §", "a annoncé aujourd’hui". The cues before it date the background.
 */
const ANNOUNCED_NOW = /\b(?:(?:today|this (?:morning|week)|aujourd[’']hui|ce matin|cette semaine)\s*,?\s+(?:[\p{L}’']+\s+){0,3}?(?:announced|announces|announce|(?:is|are) announcing|annonce|annoncent|a annoncé|ont annoncé)|(?:announced|announces|annonce|a annoncé|ont annoncé) (?:today|this (?:morning|week)|aujourd[’']hui|ce matin|cette semaine))(?![\p{L}])/iu;
/**
 * A fronted "after …," phrase, then the raise told in the present or present perfect: "Less than a year after raising its Series A,
 * Acme has closed a §", "Quatre mois après l’annonce de sa série A, Kiplo lève §". The phrase dates the earlier round; the raise
 * that follows is the news. (A plain past "Acme raised" stays ambiguous and keeps the cue.) The fronted phrase may hold the earlier
 * round's own figure: "Après une première levée de §, Kiplo lève §".
 */
const FRONTED_AFTER_THEN_NOW = /^[^§,;]{0,60}?\b(?:after|following|après)\s[^,;]{1,90},\s*(?=[^§,;]{0,60}?(?:\b(?:has|have|a|ont|vient de|viennent de)\s+(?:just\s+|now\s+)?(?:raised|closed|secured|landed|bagged|levé|bouclé|obtenu|récolté|décroché)|\b(?:raises|closes|secures|lands|bags|lève|lèvent|boucle|obtient|récolte|décroche))(?![\p{L}]))/iu;
/** "mercredi dernier", "last Wednesday": a weekday of the news's own week, not an earlier round. */
const LAST_WEEKDAY = new RegExp(String.raw`\b(?:${lexAlt(LEX_WEEKDAYS_FR)} dernier|last ${lexAlt(LEX_WEEKDAYS_EN)})(?![\p{L}])`, 'giu');
/**
 * Round 38 (issue 3): "earlier" inside the news's own time span: "Earlier this week, HealthKart raised §" (asianlite 603), "winning
 * the series C funding round of § earlier this month" (dailysabah 838), "reported earlier this week that BlockFi is looking to
 * raise §" (strictlyvc 567), "announced its § financing earlier this month" (biv 882). The week or month the page is written in is
 * the news's time, as "this week" is (NEWS_TIME): the adverb is blanked before PAST_CUE reads its bare "earlier". "Earlier this
 * year" (a span of months, the context of many a later round) and "earlier in 2019" keep the cue.
 */
const EARLIER_IN_NEWS_TIME = /\bearlier\s+(?:this\s+(?:week|month|morning)|today)(?![\p{L}])/giu;
/**
 * Round 38 (issue 3): PAST_CUE's "comes … after" takes up to five words between: "This came less than one year after Darkstore
 * closed a § Series A round" (retailtechinnovationhub 1005; fiercebiotech 541 "comes just over a year after").
 */
/**
 * Round 38 (issue 3): a relative clause telling a recent raise with a receiving verb, as PAST_CUE already reads "which recently
 * raised": "The Iconic which recently received § from Summit Partners" (avcj 893). The relative makes the round the company's
 * background in a sentence about something else; "recently" with the present perfect in a main clause ("Acme has recently
 * received §") is left as read.
 */
const RECENT_RELATIVE_RECEIVED = /(?<![\p{L}])(?:that|which|who)\s+(?:has\s+|had\s+)?(?:recently|earlier|previously)\s+(?:received|completed|obtained|got|won|picked up)(?![\p{L}])/iu;
/** A time of the news itself: with it, an opening "after/après" does not make the round earlier ("Après l'annonce cette semaine …"). */
const NEWS_TIME = /\b(?:this week|today|cette semaine|aujourd[’']hui)\b/iu;
/** "On top of this, …", "En plus de cela, …" are discourse links, not a sum told before. */
const OPENING_AFTER = /^\s*(?:[,(–—-]\s*)?(?:after|following|après|on top of|adding to|in addition to|en plus (?:de|des|du|d[’'])|en sus (?:de|des|du|d[’']))(?=\s)(?!\s+(?:this|that|these|those|it|cela|ceci|ça|tout)(?![\p{L}\p{N}]))/iu;

/**
 * The period a roundup reviews ("The top 5 … developments of 2020", "top 10 financings in the second quarter", "attract $500m in
 * 9 months"): entries dated inside it are the page's news. Read from the headline (a review word) and the year it or the opening
 * paragraph names.
 */
export interface ReviewPeriod {
  year: string | null;
  /** Date phrases inside the period, built once per article. */
  dates: RegExp;
}
const REVIEW_HEADLINE = /\b(?:top \d+|top|biggest|largest|review|roundup|round-up|recap|wrap|ranking|developments|highlights|rétrospective|(?:in|en) (?:\d+|three|six|nine|trois|six|neuf) (?:months|mois)|quarter|trimestre|semestre|H[12]|(?:first|second) half|half-year|mid-year|Q[1-4]|(?:of|in|en) (?:19|20)\d\d)\b/iu;
const YEAR = /\b(?:19|20)\d\d\b/;

/**
 * Round 32b: a period told by the opening sentence, not the headline: a plural of companies as subject, a verb of raising, then
 * the period within the sentence: "Manchester-based tech companies raised a record £532m in funding in 2022", "London tech firms
 * raised more VC capital than any other EU city last year", "Les startups françaises ont levé 5 milliards d’euros en 2021". Such
 * an opening is the page's review of that period, so the rounds it lists are that period's news. A single company's raise ("Acme
 * raised $5m in 2021") tells no period: the subject must be the plural, and not one narrowed by a relative clause ("Startups that
 * raised big rounds in 2021 now struggle": a class of companies, no review). Seen on UKTN (875, Manchester 2022) and Orsa
 * Saiwai's brief (824, London 2018, which also shows the earlier year staying past).
 */
/** The plurals of the class only (LEX_COMPANY_PLURAL_FORMS: "startups", not "startup"), and "enterprises". */
const OPENING_PERIOD_SUBJECT = String.raw`(?<![\p{L}])(?:${lexAlt([...LEX_COMPANY_PLURAL_FORMS, 'enterprises'])})`;
const OPENING_PERIOD_VERB = String.raw`(?:(?:have|had|has|ont|avaient)\s+(?:(?:collectively|together|already|ensemble|déjà)\s+)?)?(?:raised|attracted|secured|drew|drawn|received|pulled in|bagged|levé|lèvent|récolté|attiré|obtenu|capté)`;
const OPENING_PERIOD_WHEN = String.raw`(?:(?:in|during|across|over|throughout|en|durant|pendant|au cours de)\s+(?:the\s+|l[’']année\s+)?(?:(?:19|20)\d\d|(?:first|second|third|fourth|last|${MONTHS_EN})\s+(?:quarter|half)(?:\s+of\s+(?:19|20)\d\d)?|Q[1-4]|H[12])|so far (?:this|in) (?:year|quarter)|(?:this|last) (?:year|quarter|month)|year to date|cette année|l[’']an (?:dernier|passé)|l[’']année dernière|ce trimestre|depuis le début de l[’']année)(?![\p{L}\p{N}])`;
const OPENING_PERIOD_TOTAL = new RegExp(String.raw`${OPENING_PERIOD_SUBJECT}\s+(?:(?!(?:that|which|who|qui|que|qu)(?![\p{L}]))[\p{L}-]+\s+){0,2}?${OPENING_PERIOD_VERB}(?![\p{L}])(?:[^.;!?]|\.(?=\p{N})){0,140}?(?<![\p{L}])${OPENING_PERIOD_WHEN}`, 'iu');

/** The opening's first sentence when it tells a period's total over a plural of companies, else null. */
function openingPeriodSentence(opening: string): string | null {
  const first = /^[\s\S]{0,400}?(?:[.!?](?=\s|$)|$)/u.exec(opening.trim());
  return first && OPENING_PERIOD_TOTAL.test(first[0]) ? first[0] : null;
}

/**
 * `lead`: the page's first paragraphs for the opening sentence, when the caller's `opening` (its first two paragraphs, which date
 * a headline's review) may be taken by a page's furniture or a caption; defaults to `opening`.
 */
export function reviewPeriodOf(title: string | null, opening: string, lead: string = opening): ReviewPeriod | null {
  if (!title || !REVIEW_HEADLINE.test(title)) {
    const sentence = openingPeriodSentence(lead);
    if (!sentence) return null;
    const told = YEAR.exec(sentence) ?? YEAR.exec(opening.slice(0, 1000));
    return { year: told ? told[0] : null, dates: inPeriodDates(told ? told[0] : null) };
  }
  const found = YEAR.exec(title) ?? YEAR.exec(opening.slice(0, 1000));
  const year = found ? found[0] : null;
  return { year, dates: inPeriodDates(year) };
}

/** Dates inside a reviewed period: a month with no year or the period's year, the year itself, "this year". */
function inPeriodDates(known: string | null): RegExp {
  const year = known ?? '(?!)';
  return new RegExp(`\\b(?:(?:in|en|In|En) (?:early |late |mid-|début |fin )?)?${lexAlt([...LEX_MONTHS_EN, ...LEX_MONTHS_FR])}(?:,? ${year}(?![\\p{N}]))?(?![\\p{L}\\p{N}]|,? (?:19|20)\\d\\d)|\\b(?:in|en|of|de|début|fin|mi-)\\s?${year}(?![\\p{N}])|\\b(?:earlier )?this year\\b|\\bcette année\\b`, 'giu');
}

/**
 * A comparison that points forward, at the figure told next (only when some words or a figure precede it in the clause: a
 * clause that OPENS with it, "Quatre mois après l’annonce de son tour de table de §", is this figure's own prefix, so past): "raised § not even two months after closing a", "coming only nine
 * months after a". Cut from the end of a figure's cue text: it dates the next figure, not this one.
 */
const POINTS_AT_NEXT = /\b(?:(?:only|just|barely|not even|less than|moins de|seulement|à peine)\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}(?:after|before|following|après|avant)\s+(?:(?:closing|raising|securing|landing|announcing|completing|avoir\s+[\p{L}]+|(?:it|they) (?:had )?(?:raised|secured|closed|landed)|the announcement of|l[’']annonce (?:de|d[’']))\s*)?(?:(?:an?|its|their|the|une?|sa|son|leur|la|le)\s+)?(?:(?:earlier|previous|prior|précédente?|first|premier|première)\s+)?(?:(?:tour(?: de table)?|levée(?: de fonds)?|série [A-J]|round|funding round|seed round|series [A-J])\s+(?:de|d[’']|of)\s*)?$/iu;

/** A relative clause set off by commas: ", which last raised in 2021 at a § valuation,", ", qui avait levé § en 2021,". */
/** The end of the previous figure's clause, up to a comma right before a raising verb: " en 2021, boucle", " last year, and has now closed". */
const PREVIOUS_TAIL = /^[^,;§]{0,80},\s*(?=(?:(?:and|et|but|mais)\s+)?(?:(?:has|have|now|just|a|ont|vient de|viennent de)\s+)*(?:rais(?:es|ed)|secur(?:es|ed)|clos(?:es|ed)|land(?:s|ed)|lève|levé|lever|boucl(?:e|é|er)|récolt(?:e|é)|obtient|obtenu|annonce)(?![\p{L}]))/iu;
const CLOSED_RELATIVE = /,\s*(?:which|who|qui)\s[^,;]{1,160},/iu;

/**
 * Round 11: a round told as the one the news follows or adds to: "This comes on the heels of a § seed round", "Le tour de table fait
 * suite à une levée de §", "comes on top of a § Series A", "Cette levée s’ajoute aux § levés en amorçage", "adds to the § seed".
 * At the very end of a clause the phrase points at the next figure ("Acme raised § on the heels of a"), so it is cut there first.
 */
const FOLLOWS_ON_PHRASE = String.raw`(?:(?:hot\s+)?on the heels of|in the wake of|dans (?:la foulée|le sillage) (?:de|d[’'])|(?:fait|faisant|font) suite (?:à|aux)|succèd(?:e|ant) à|on top of|s[’']ajout(?:e|ent|ant) (?:à|aux)|vient s[’']ajouter (?:à|aux)|add(?:s|ed|ing)? to|in addition to)`;
/**
 * The phrase counts only with a round or an amount a few words after it ("on the heels of a § seed", "fait suite à une levée de §",
 * "adds to the § seed"; the figure read is cut out of the clause, so a gap there is that amount): "In the wake of the pandemic, Acme
 * raised", "funding that adds to its growing cash pile", "to add to its engineering team" tell no round. "add to" and "in addition
 * to" take an amount only ("in addition to debt financing" is not a round told before). "On top of this, …", "In addition to that,
 * …" are discourse links.
 */
const FOLLOWS_ON_WORDS = String.raw`(?:(?<=[’'])|(?![\p{L}]))(?!\s+(?:this|that|these|those|it|all|cela|ceci|ça|tout)(?![\p{L}\p{N}]))\s*(?:[\p{L}\p{N}’'-]+\s+){0,4}?`;
const FOLLOWS_ON_AMOUNT = String.raw`(?:§|(?<=\s)(?:[\s.,;:)]|$))`;
const FOLLOWS_ON_ROUND_WORD = String.raw`(?:seed|pre-seed|round|series [A-J]|funding|financing|investment|raise|fundraise|fundraising|tour|levée|série [A-J]|amorçage|financement|investissement|augmentation de capital)(?![\p{L}])`;
const FOLLOWS_ON_CUE = new RegExp(String.raw`\b(?:(?:(?:hot\s+)?on the heels of|in the wake of|dans (?:la foulée|le sillage) (?:de|d[’'])|(?:fait|faisant|font) suite (?:à|aux)|succèd(?:e|ant) à|on top of|s[’']ajout(?:e|ent|ant) (?:à|aux)|vient s[’']ajouter (?:à|aux))${FOLLOWS_ON_WORDS}(?:${FOLLOWS_ON_AMOUNT}|${FOLLOWS_ON_ROUND_WORD})|(?:add(?:s|ed|ing)? to|in addition to)${FOLLOWS_ON_WORDS}${FOLLOWS_ON_AMOUNT})`, 'iu');
const FOLLOWS_ON_AT_END = new RegExp(String.raw`\b${FOLLOWS_ON_PHRASE}\s*(?:(?:the|its|their|a|an|la|le|les|l[’']|une?|sa|son|ses|leur|leurs|des)\s*)?(?:(?:earlier|previous|prior|first|première|premier|précédente?)\s+)?(?:(?:tour(?: de table)?|levée(?: de fonds)?|série [A-J]|round|funding round|seed round|series [A-J])\s+(?:de|d[’']|of)\s*)?$`, 'iu');

/**
 * Round 13: a mark told in the imperfect at the last round is history: "Groupon était valorisée plus de § lors de la dernière
 * levée de fonds", "the company was valued at § in its previous round", "were valued at § at the time of their last raise".
 */
const VALUED_AT_LAST_ROUND = /(?<![\p{L}])(?:était|étaient|avait été|was|were|had been)\s+(?:valorisée?s?|valued)\b[^.;]{0,80}?\b(?:lors de|à l[’']occasion de|au moment de|in|at|during|as of)\s+(?:the time of\s+)?(?:la|sa|leur|son|its|their|the)\s+(?:dernière|précédente|last|previous|prior)\s+(?:levée|tour|financement|round|funding|raise|financing)/iu;

/**
 * Round 13: a raise dating an earlier period in a comparison is history: "a 46 percent drop from the § of the second quarter, when
 * Uber raised a round of §", "contre § au trimestre précédent, lorsque Kiplo avait levé §". The period is ordinal or earlier.
 */
const EARLIER_PERIOD_WHEN = /(?<![\p{L}])(?:previous|prior|preceding|earlier|last|first|second|third|fourth|précédente?|dernière?|premier|première|deuxième|second|seconde|troisième|quatrième)\s+(?:quarter|half|year|month|semester|trimestre|semestre|année|mois)(?:\s+(?:of\s+)?(?:19|20)\d\d)?\s*,\s*(?:when|lorsque|quand|où)\s/iu;

/**
 * Round 19 (review of round 18): a fronted "after" clause that tells ANOTHER event, as a finite clause with its own subject and
 * verb ("After competitor X shut down, Y raised §", "Once its rival collapsed, …", "After the founders left Google, …"), only
 * sets the scene: the raise of the main clause is the news, so the opening "after" is no past cue. Not a gerund or a noun
 * phrase ("After raising a seed round, …", "After its Series A, …": the company's own earlier round), and never when the fronted
 * clause itself tells money or a round (STRONG_VERB_ANYWHERE, NOUN_BEFORE_ANYWHERE).
 */
const FRONTED_EVENT_CLAUSE = /^\s*(?:after|once|following|as soon as)\s+(?<clause>[^,;§]{1,100}),\s*/iu;
/** A finite past verb after at least one word of subject: "X shut down", "its rival collapsed", "the founders left". */
const FINITE_PAST_AFTER_SUBJECT = /^(?!(?:raising|having|securing|closing)\s)[\p{L}’'.&-]+(?:\s+[\p{L}’'.&-]+){0,5}?\s+(?:(?:had|has|have)\s+)?(?:\p{Ll}[\p{Ll}-]*ed|shut|went|fell|ran|left|sold|lost|quit|became|began|won|made|took|broke|hit)(?![\p{L}])/u;
/**
 * Round 20 (review of round 19): a year told inside the fronted clause ("After the founders left their bank in 2015, Acme raised
 * §") still dates the main clause's raise: only the "after" cue is dropped, the year cue is kept (read in the dropped clause,
 * bounded by the clause's 100 characters).
 */
const FRONTED_YEAR_CUE = /\b(?:in|en)\s+(?:early\s+|late\s+|mid-|début\s+|fin\s+)?(?:19|20)\d\d(?![\p{N}])/giu;
function frontedEventEnd(clause: string): number {
  const m = FRONTED_EVENT_CLAUSE.exec(clause);
  if (!m) return 0;
  const event = m.groups!.clause!;
  if (!FINITE_PAST_AFTER_SUBJECT.test(event) || STRONG_VERB_ANYWHERE.test(event) || NOUN_BEFORE_ANYWHERE.test(event) || /\b(?:funding|series|seed|raise|raising)\b/iu.test(event)) return 0;
  return m[0].length;
}
/** The clause with its fronted event clause dropped, the year cues of that clause kept in front of the rest. */
function withoutFrontedEvent(clause: string): string {
  const end = frontedEventEnd(clause);
  if (end === 0) return clause;
  const years = clause.slice(0, end).match(FRONTED_YEAR_CUE);
  return (years ? `${years.join(' ')}, ` : '') + clause.slice(end);
}
export function isPastContext(clause: string, period: ReviewPeriod | null = null): boolean {
  // A raise told after the earlier mark is this clause's news ("Acme, which was valued at § in its previous round, has raised §").
  const valuedBefore = VALUED_AT_LAST_ROUND.exec(clause);
  if ((valuedBefore && !STRONG_VERB_ANYWHERE.test(clause.slice(valuedBefore.index + valuedBefore[0].length))) || EARLIER_PERIOD_WHEN.test(clause)) return true;
  // Only the tail can point at the next figure: read it alone, so a long glued run is never scanned from every position.
  const fronted = FRONTED_AFTER_THEN_NOW.exec(clause);
  if (fronted) clause = clause.slice(fronted[0].length);
  else clause = withoutFrontedEvent(clause);
  const cut = Math.max(0, clause.length - 120);
  let text = (clause.slice(0, cut) + clause.slice(cut).replace(POINTS_AT_NEXT, (m: string, at: number) => (/[\p{L}\p{N}§]/u.test(clause.slice(0, cut + at)) ? ' ' : m))).replace(MILESTONE_AFTER, '').replace(FOUNDED_IN, '').replace(EARLIER_BACKERS, ' ').replace(REPORTED_PLUPERFECT, (...m) => ` ${(m[m.length - 1] as { time?: string }).time ?? ''} `);
  if (NEWS_TIME.test(text)) text = text.replace(OPENING_AFTER, ' ');
  // "Zelo, which last raised in 2021 at a § valuation, said it has secured §": a relative clause closed before the raise told
  // after it dates the company's history, not this raise.
  // "Kiplo, qui avait levé § en 2021, boucle un tour de §": read from the previous figure, the clause opens on that figure's
  // dates; the comma before this raise's own verb ends them.
  text = text.replace(PREVIOUS_TAIL, ' ');
  const relative = CLOSED_RELATIVE.exec(text);
  if (relative && STRONG_VERB_ANYWHERE.test(text.slice(relative.index + relative[0].length))) text = text.slice(0, relative.index) + ' ' + text.slice(relative.index + relative[0].length);
  // "Ligado, … (emerged from bankruptcy in 2016 …), just raised §": "just" makes the raise the news; cues told before it date other things.
  const just = JUST_DONE.exec(text);
  if (just) text = text.slice(just.index);
  const now = ANNOUNCED_NOW.exec(text);
  if (now) text = text.slice(now.index);
  text = text.replace(LAST_WEEKDAY, ' ');
  text = text.replace(EARLIER_IN_NEWS_TIME, ' ');
  if (period) text = text.replace(period.dates, ' ');
  // "Acme raised §, following a § seed", "…, après une première levée de §", "…, on top of the § it raised": the clause opens on
  // what came before the news (PAST_CUE's own opening cue needs a letter first, so a comma-led clause is read here).
  // Read on the clause as given: the tail cut above points at the next figure only when something precedes it.
  const tail = FOLLOWS_ON_AT_END.exec(text);
  if (tail && /[\p{L}\p{N}§]/u.test(text.slice(0, tail.index))) text = text.slice(0, tail.index);
  return PAST_CUE.test(text) || FOLLOWS_ON_CUE.test(text) || RECENT_RELATIVE_RECEIVED.test(text) || (OPENING_AFTER.test(clause) && !NEWS_TIME.test(clause));
}

/** A date phrase as written: "on Monday", "in July", "last week", "en janvier 2025". */
const DATE_PHRASE = new RegExp(String.raw`\b(?:on ${WEEKDAYS_EN_CAPITALISED}|(?:in|In) (?:early |late |mid-)?${MONTHS_EN_CAPITALISED}(?: \d{4})?|(?:last|this|Last|This) (?:week|month|year|summer|spring|fall|autumn|winter)|(?:in|In) (?:early |late |mid-)?(?:19|20)\d\d|(?:earlier|Earlier) this (?:year|month|week)|(?:ce|le) \d{1,2} ${MONTHS_FR}(?: \d{4})?|(?:en|En) ${MONTHS_FR}(?: (?:19|20)\d\d| dernier)?|(?:en|En) (?:19|20)\d\d|l[’']an (?:passé|dernier)|today|yesterday|aujourd[’']hui|(?:announced|said|annonce) (?:on )?${WORKDAYS_EN_CAPITALISED})(?![\p{L}\p{N}])`, 'u');

export function datePhrase(clause: string): string | null {
  const m = DATE_PHRASE.exec(clause);
  if (!m) return null;
  return m[0].replace(/^(?:announced|said|annonce) /, '');
}
