/**
 * Who invested: lead and participant lists in a sentence ("led by X and Y,
 * with participation from Z", "X led the round", "menée par X", "X, Y et Z
 * ont également pris part au tour de table"), each name cleaned of its
 * descriptors ("e-commerce giant", "existing investor", "le fonds"), and
 * the article-wide merge to the fullest form of each name.
 */
import { COMMA_LEGAL_FORM, DOTTED_CODE_THEN_FIRM, escapeRegExp, findNameRuns, KIN_NOUNS, nameForm, nameKey, NOT_A_NAME_ALONE, NOT_NAME_WORDS, opensFirmName, INVESTOR_FIRM_WORDS, roundWordOpensFirmName, ORG_LAST_WORDS, ROLE_FAMILIES, ROLE_QUALIFIERS, roleAlternation, sameEntity, type NameForm } from './names';
import { lexAlt, LEX_APPROX_BEFORE_FIGURE, LEX_MONTHS_EN, LEX_COMPANY_PLURALS, LEX_CONTEST_HEADS_EN, LEX_CONTEST_HEADS_FR, LEX_GENERIC_RAISER_NOUNS, LEX_RAISE_PARTICIPLES_EN, LEX_RAISE_PARTICIPLES_FR, LEX_RAISE_SYNONYMS_EN, LEX_RAISE_SYNONYMS_FR, LEX_ROUND_NOUNS, LEX_CURRENT_ROUND_MODIFIERS, LEX_COUNT_WORDS_EN, LEX_COUNT_WORDS_FR, LEX_WITHHELD_EN, LEX_WITHHELD_FR_STEMS, LEX_LEAD_VERBS_EN } from './funding-lexicon';
import { COMPANY_KIND, ENGLISH_NATIONALITY_WORDS, isNationality, isPlace } from './companies';
import type { Deal, Investor } from './types';

// The role families of names.ts's one lexicon: the role patterns below are built from them.
const { cSuite, executiveEn, founderEn, managerEn, investorFirmEn, executiveFr, founderFr, investorFirmFr, spokesperson } = ROLE_FAMILIES;
/** The investment firm's last words (names.ts's INVESTOR_FIRM_WORDS), one alternation: each firm-word test below adds its own extras. */
const FIRM_WORDS = INVESTOR_FIRM_WORDS.join('|');
/** "general|managing|…": the qualifiers of a firm role ("general partner"). */
const ROLE_QUALIFIER = ROLE_QUALIFIERS.join('|');
/**
 * An approximation or a floor (both in LEX_APPROX_BEFORE_FIGURE) between an investing verb and its figure: "invested at least §", "to invest about §", "a investi
 * près de §". Optional, one word group, then a space (no repetition: linear).
 */
const FIGURE_QUALIFIER = `(?:(?:${LEX_APPROX_BEFORE_FIGURE.map(escapeRegExp).join('|')}) )?`;
/**
 * WITHHELD_SUM: a sum the press says is withheld, put where a figure would stand after a verb of investing ("Bansal invested an
 * undisclosed amount in Cult": 525 FactorDaily; "Marathon Petroleum a récemment investi une somme non précisée dans Flyscan": 975
 * Journal de Montréal). The closed words are the lexicon's (LEX_WITHHELD_EN, LEX_WITHHELD_FR_STEMS), as amountless-rounds.ts's
 * WITHHELD_AMOUNT (which finds the round) types them; here only the money nouns "amount / sum", "montant / somme": the investor is
 * the verb's subject, as with "invested § in".
 */
const WITHHELD_SUM = String.raw`(?:(?:an?|une?)\s+)?(?:${lexAlt(LEX_WITHHELD_EN)}\s+(?:amount|sum)|(?:montant|somme)\s+non\s+${lexAlt(LEX_WITHHELD_FR_STEMS)}ée?)(?![\p{L}])`;

export type InvestorRole = 'lead' | 'participant';

export interface InvestorMention {
  role: InvestorRole;
  names: string[];
  /** Offset of the trigger phrase in the sentence. */
  at: number;
  /** Which round figure of the sentence the names belong to: the one before the trigger or the one after ('next-only': no other). */
  attach: 'prev' | 'next' | 'next-only';
}

/**
 * The lead verbs of a cleft ("c'est X qui a mené", "it was X that spearheaded"), EN and FR, past and present: leading, heading,
 * piloting, taking (again) the lead or the helm.
 */
const CLEFT_LEAD_VERB = String.raw`(?:(?:a|ont|avait|avaient)\s+(?:(?:mené|piloté|conduit|dirigé|co-?mené|emmené)(?![\p{L}])|(?:repris|pris)\s+la\s+(?:main|tête|barre))|(?:mène|mènent|pilote|pilotent|conduit|conduisent)(?:\s+la\s+(?:main|tête|barre))?(?![\p{L}])|(?:reprend|prend|prennent)\s+la\s+(?:main|tête|barre)(?![\p{L}])|(?:${lexAlt(LEX_LEAD_VERBS_EN)}|is leading|was leading)(?![\p{L}])|(?:took|has taken|takes|had taken)\s+(?:the\s+)?(?:lead|helm|reins)(?![\p{L}]))`;

/**
 * The round nouns (EN and FR): "led by" about one of these is about a funding round rather than a company's management. The
 * lexicon's LEX_ROUND_NOUNS, and the words of a round the lexicon does not hold (a bare "series"/"série" with no letter, the
 * money's own words "injection", "tranche", "offering", the deal words "transaction", "deal", and "fundraising").
 */
/**
 * The roles of the banks and firms that run a share sale or advise on a deal, a closed class: manager (lead manager, joint
 * book-running manager), underwriter, bookrunner, arranger, placement agent, adviser, counsel, lawyer. They are paid for a
 * service, they do not invest: "acted as lead manager", "were joint lead managers", "a syndicate of underwriters led by X".
 */
const INTERMEDIARY_ROLES = String.raw`(?:(?:joint\s+|sole\s+|global\s+)?(?:managers?|underwriters?|book-?runn(?:ers?|ing\s+managers?)|arrangers?|(?:placement|placing)\s+agents?|agents?|coordinators?|counsel|advis[eo]rs?|lawyers?|attorneys?|bankers?))`;
/** After "lead": one of those roles ("lead manager", "lead placement agent"), so the cue names no lead investor. */
const INTERMEDIARY_ROLE_AFTER_LEAD = String.raw`(?![-\s]+(?:(?:financial|legal|placement|placing)\s+)?${INTERMEDIARY_ROLES}(?![\p{L}]))`;
/** Right before a lead cue: the intermediaries it leads ("a syndicate of underwriters led by X", "banks acting as bookrunners were led by"). */
const INTERMEDIARY_BEFORE_LEAD = new RegExp(String.raw`(?:^|[^\p{L}])(?:underwriters|bookrunners|book-?running managers|placement agents|arrangers|syndicate of (?:banks|lenders|underwriters))\s+(?:(?:was|were|is|are|has been|have been)\s+)?$`, 'iu');

const ROUND_NOUNS = [...LEX_ROUND_NOUNS, 'series', 'séries?', 'injection', 'fundraising', 'tranche', 'transaction', 'offering', 'deal'] as const;
/** A round noun, the figure aside: what a French co-management verb needs beside it to be about a round (see FR_CO_MANAGE_VERB). */
const ROUND_NOUN_ONLY = new RegExp(String.raw`\b(?:${ROUND_NOUNS.join('|')})(?![\p{L}\p{N}])`, 'iu');
/** The French verbs that mean co-lead a round and co-manage a firm alike: "codirigée par", "a co-piloté". */
const FR_CO_MANAGE_VERB = /(?:^|[^\p{L}])(?:co-?dirig|codirig|co-?pilot)\p{L}*/iu;
/** Words that make "led by" about a funding round: a round noun, or the masked figure ("§"). */
const ROUND_WORD = new RegExp(String.raw`\b(?:${ROUND_NOUNS.join('|')}|§+)(?![\p{L}\p{N}])|§`, 'iu');

/** Verbs of raising (EN and FR), with the press synonyms of the shared lexicon ("snagged", "empoche", "a décroché"). */
const RAISE_VERBS = ['raise[sd]?', 'raising', 'secured', 'lev[ée]s?', 'lève', 'lèvent', 'récoltés?', 'capital', ...LEX_RAISE_SYNONYMS_EN, ...LEX_RAISE_SYNONYMS_FR] as const;
/** A sentence about raising money: a round noun or a raising verb ("a levé", "raised", "réalise la plus belle opération"), never the bare figure. */
const RAISE_WORD = new RegExp(String.raw`\b(?:${[...ROUND_NOUNS, ...RAISE_VERBS].join('|')})(?![\p{L}\p{N}])`, 'iu');

/** A round word, or a lead cue whose subject is the round ("Il a été mené par X, et à laquelle se sont joints A"). */
const ROUND_OR_LEAD = new RegExp(`${ROUND_WORD.source}|\\b(?:men[ée]e?s?|co-?led|led) (?:par|by)\\b`, 'iu');

/**
 * "It was led by Northwind Capital, with participation from A": right after a deal the pronoun opening the sentence is the round.
 * Only with a firm's word or a co-investor cue after it ("It is led by CEO Jane Moreau" is the company's management).
 */
/**
 * A group of investors as the head of "led by" stands for the round: "sold the shares to a syndicate of existing and new investors led by
 * X", "from a group of investors led by X", "a VC pack led by X" (EN; the French "un groupe d'investisseurs mené par" already leads, as
 * "mené par" needs no round word). The head is an investor noun, alone or after a collective noun of the closed class below ("a team of
 * engineers led by X", "a group led by its founder" name no investors). Read on the 80 characters before the cue, anchored at its end.
 */
const INVESTOR_NOUNS_EN = String.raw`(?:investors|backers|funders|financiers|VCs|venture capitalists|venture firms|venture funds|funds|angels|angel investors|shareholders|co-investors)`;
const INVESTOR_GROUP_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:(?:syndicate|group|consortium|pool|pack|club|coalition|clutch|band|slate|roster|set|team)\s+of\s+(?:[\p{L}-]+\s+){0,4}?${INVESTOR_NOUNS_EN}|(?:VC|investor|investment|venture|angel)\s+(?:syndicate|group|consortium|pool|pack|club|coalition)|(?:new|existing|institutional|strategic|financial|private|global|international|foreign|local|several|multiple|(?:\p{N}+|two|three|four|five|six|seven|eight|nine|ten))\s+(?:(?:and|or)\s+[\p{L}-]+\s+)?${INVESTOR_NOUNS_EN})\s*,?\s*$`, 'iu');

const PRONOUN_ROUND_SUBJECT = /^\s*(?:It|This|That)\s+(?:was|is|has been|had been|will be|is being)\s+(?:also\s+)?(?:jointly\s+)?$/u;
/**
 * TAKING_PART_PARTICIPLES: the participles of taking part used as the adjective of a set of investors ("Participating investors
 * included A, B", "Co-investing funds were A and B"): the set is this round's, as "other" or "new" investors are, so the list
 * after "include/were" is read without a round word in the sentence. A closed class of verbs, not of pages.
 */
const TAKING_PART_PARTICIPLES = 'participating|co-investing|coinvesting|contributing|joining';
/** The adjective of a set of investors that ties it to this round ("other", "new", "participating" investors include …). */
const SET_OF_THIS_ROUND_BEFORE = new RegExp(String.raw`\b(?:other|additional|new|existing|previous|prior|returning|current|earlier|early|notable|key|major|strategic|${TAKING_PART_PARTICIPLES})\s+(?:\w+\s+)?$`, 'i');
const FIRM_OR_CUE = new RegExp(String.raw`\b(?:${FIRM_WORDS}|VC|Growth)\b|\b(?:participation|joined by|alongside|backers|investors)\b`, 'u');

/**
 * AUPRES_ADVERB: "auprès, notamment, de A et B", "auprès notamment des fonds américains A et B", "auprès, entre autres, de X": the
 * French adverbs that say the givers named are some of them sit between "auprès" and its "de" (set off by commas or not). The names
 * after them are the round's givers all the same (mind Health 443/704, an AFP story on tendanceouest 604). A closed class: linear.
 */
const AUPRES_ADVERB = String.raw`(?:,?\s(?:notamment|entre autres|principalement|essentiellement|surtout|en particulier|majoritairement|en majorité)\s?,?)?`;

/**
 * The money itself as the subject of a raising participle, then its givers: "Ces fonds ont été récoltés auprès de", "la somme a été
 * levée auprès de", "The money was raised from", "the funds secured from", and the money's origin ("The money came from", "Les
 * fonds proviennent de"). Round 40: the origin as a participle, "with additional funding coming from Hong Kong-based Morningside
 * Ventures and …" (1064 Insider Scotland), "the rest of the capital is coming from existing backers like … Temasek" (71 VCCircle)
 * ("funding" as the subject is FUNDING_CAME_FROM, next to a deal only). Participles from the lexicon (French ones agree: "levée",
 * "récoltés"); a passive auxiliary and one adverb may stand between. Not "proceeds" (a sale's money).
 */
const MONEY_RAISED_FROM = new RegExp(String.raw`\b(?:funds|money|capital|sums?|amount|cash|fonds|sommes?|montant|argent|capitaux)\s+(?:(?:was|were|has been|have been|had been|is|are|a été|ont été|avait été|avaient été|est|sont|été)\s+)?(?:(?:also|entirely|mainly|mostly|largely|notamment|principalement|essentiellement|entièrement|intégralement)\s+)?(?:(?:${lexAlt(LEX_RAISE_PARTICIPLES_EN)}|${lexAlt(LEX_RAISE_PARTICIPLES_FR)}(?:e|es|s)?),?\s+(?:from|auprès${AUPRES_ADVERB})|(?:came|comes|come|coming)\s+from|provien(?:t|nent))(?=\s)`, 'giu');

/**
 * The round as the subject of a passive cue, set apart from it by an apposition longer than the round word's 70-character window:
 * "The investment, comprising a combination of equity and convertible notes, was spearheaded by", "The round, which was aimed at
 * …, was led by" (the French "menée par" needs no round word). A definite round noun, one
 * apposition between commas (no sentence end in it), then the auxiliary right before the cue. Read on a bounded window before the
 * cue (280 characters), so a sentence of many cues stays linear.
 */
const ROUND_SUBJECT_PAST_APPOSITION = new RegExp(String.raw`\b(?:the|this|that|its|their|la|le|cette|ce|l[’'])\s*(?:[\p{L}§-]+\s+){0,3}?(?:${ROUND_NOUNS.join('|')})\s*,[^,;.]{1,200},\s*(?:(?:which|that|qui)\s+)?(?:(?:was|were|is|are|has been|had been|will be|a été|ont été|est|sont|était|sera)\s+)(?:(?:also|jointly|largely|mainly|mostly|conjointement|également|principalement)\s+)?$`, 'iu');

/**
 * A demonstrative resuming the investors the sentence before told of, right before "investors include": "These investors include
 * A, B", "Ces investisseurs sont A et B", "Those backers included A" (next to a deal only: the set is the round's, told just before).
 */
const DEMONSTRATIVE_SET_BEFORE = /(?:^|[^\p{L}])(?:these|those|ces|such)\s+$/iu;

/**
 * The French frame of entering a company's capital, one reader for all its verbs. Its place: "au capital", "à son capital", "dans
 * son capital", "à leur capital" (not "capital-risque", "capital-actions": a compound is another noun).
 */
const CAPITAL_PLACE = String.raw`(?:au|à son|à leur|dans son|dans le|dans leur)\s+capital(?![\p{L}-])`;
/** The finite verb of entering, its subject the new shareholders: "entrent", "est entré", "fait son entrée", "rentre". */
const CAPITAL_ENTER_FINITE = String.raw`(?:r?entrent|r?entre|sont r?entrée?s|est r?entrée?|font (?:leur )?entrée|fait (?:son )?entrée|ont fait (?:leur )?entrée|a fait (?:son )?entrée)`;
/** A verb letting new shareholders in, its object the names: "faisant entrer", "voit entrer", "accueille", "a accueilli". */
const CAPITAL_LET_IN = String.raw`(?:(?:faisant|fait|font|a fait|ont fait|fera|feront) entrer|(?:voit|voient|a vu|ont vu|verra) (?:entrer|arriver)|(?:accueill(?:e|ent|ant|era|eront)|a accueilli|ont accueilli))`;
/**
 * A verb between a let-in verb's names and the place ends the frame: "accueille Carrefour comme client et ouvre à son capital une
 * part" (the capital is another verb's). Read as a role ("comme"), a relative, or "et" before a lower-case word that is no determiner.
 */
const CAPITAL_GAP_VERB = /\s(?:comme|qui|que|qu[’']|dont|où|puis|mais)\s|\set\s+(?!(?:le|la|les|un|une|des|du|de|son|sa|ses|leur|leurs|plusieurs|l[’']|d[’'])(?![\p{L}]))\p{Ll}/u;
/**
 * Forward: the names follow the frame. (1) The noun: "l'entrée à son capital de Tencent", "l'entrée au capital du géant américain
 * Goldman Sachs". (2) The capital as a relative's place: "au capital de laquelle entrent A et B". (3) A verb letting them in, the
 * place right after it or closing the list: "en faisant entrer le fonds X à son capital", "qui voit entrer à son capital A",
 * "accueille elle aussi A à son capital", "accueille à son capital A et B". "accueillir" is a raising verb too ("accueille §
 * auprès de X"): it counts here only with the place in its clause. The list ends at the place (CAPITAL_ENTRY_END).
 */
const CAPITAL_ENTRY_FORWARD = new RegExp(String.raw`\bentrée ${CAPITAL_PLACE} (?:de|d[’']|du|des)|\bau capital (?:de laquelle|duquel|de celle-ci|de celui-ci) ${CAPITAL_ENTER_FINITE}\s|\b${CAPITAL_LET_IN}\s+(?:(?:elle-même|elle aussi|elle-aussi|lui aussi|également|aussi)\s+)?(?:${CAPITAL_PLACE}\s+|(?=[^.;:]{1,160}?\s${CAPITAL_PLACE})|(?<=entrer\s+))`, 'giu');
/** Where a let-in list ends: the place of the frame ("faisant entrer A et B à son capital"). */
const CAPITAL_ENTRY_END = new RegExp(String.raw`,?\s+${CAPITAL_PLACE}`, 'iu');
/** Backward: the names are the subject of entering: "Bpifrance et Kima Ventures entrent au capital", "X fait son entrée au capital". */
const CAPITAL_ENTRY_BACKWARD = new RegExp(String.raw`\b${CAPITAL_ENTER_FINITE} (?:également |aussi )?${CAPITAL_PLACE}`, 'giu');

/**
 * A sale of new shares to named buyers, a round by another name: "a § pre-IPO placement from X", "a private placement from X".
 * Read with the lexicon's round nouns ("a § fundraise from X", "a § raise from X") by the "from" cue below.
 */
const SHARE_PLACEMENT = String.raw`(?:(?:pre-IPO|private|equity)\s+)?placements?`;
/** A person's or a price's rise is no round: "a pay raise from X", "a rent raise from the landlord". */
const PERSONAL_MONEY_BEFORE = String.raw`(?:pay|salary|wage|pension|rent|price|rate|tax)`;

/** Forward triggers: the names follow. Named groups tell the role. */
/**
 * CO_LEAD_NOT_PARTNER: after a co-lead's "with/avec", the words that name no co-lead partner: the kind of help given ("with support
 * from Kestrel", "with the participation of X", "avec le soutien de X": the giver is a participant, read by the cues after) and a
 * relative ("avec sa sœur Marie Dupont": KIN_NOUNS, people, not a firm). Determiners then at most one adjective, then the noun.
 */
const CO_LEAD_NOT_PARTNER = String.raw`(?!(?:(?:the|its|their|his|her|la|le|les|sa|son|ses|leur|leurs|l[’'])\s*)?(?:[\p{Ll}-]+\s+)?(?:participation|backing|support|help|funding|investment|money|capital|contributions?|soutien|appui|concours|aide|${KIN_NOUNS.join('|')})(?![\p{L}]))`;

/**
 * ARRIVAL_IS_NO_HIRE (read by ROUND_SAW_ARRIVAL_FR): "l’opération a vu l’arrivée de Jean Dupont au poste de directeur financier",
 * "... l’entrée de la société sur le marché allemand": the arrival is a hire (a post: "au poste de", "en tant que", "comme
 * directeur", "à la tête de", "à la direction") or a market entry, not an investor's. Read in the clause after the cue, bounded (80
 * characters, no sentence or clause end crossed): linear.
 */
const ARRIVAL_IS_NO_HIRE = String.raw`(?![^.;]{0,80}?(?<![\p{L}])(?:au\s+poste|en\s+tant\s+que\s+(?!(?:nouvel\s+|nouveau\s+)?(?:investisseur|actionnaire|fonds))|comme\s+(?:nouvel(?:le)?\s+|nouveau\s+)?(?:directeur|directrice|président|présidente|responsable|chief|CEO|CFO|CTO|COO|DG|PDG)|à\s+la\s+(?:tête|direction|présidence)|sur\s+le\s+marché)(?![\p{L}]))`;
/**
 * The round as the object of an inverted clause of taking part ("Also participating in the Series B funding were A, B"): "in"/"the"
 * (or "joining the"), up to three words, then any round noun (ROUND_NOUNS, first letter in either case: "the Series B", "this latest
 * round", "the funding"). Bounded runs, anchored words: linear.
 */
const INVERTED_ROUND_OBJECT = String.raw`(?: in)? (?:the|this|that|its|their) (?:[\w§.’'+-]+ ){0,3}?(?:${ROUND_NOUNS.map((w) => w.replace(/^\p{Ll}/u, (c) => `[${c}${c.toUpperCase()}]`)).join('|')})(?![\p{L}\p{N}])`;
/**
 * Investors told as a collective subject joining to back one round: "A and B teamed up to co-lead the § series B", "A, B and C have come
 * together in a § Series A", "A linked up with new backer B to co-lead", "A et B se sont associés pour mener la levée". The verb is one of a
 * closed class of coming together (COLLAB_VERBS); the purpose that follows decides the role: "to (co-)lead / pour mener" a round is the
 * lead, "to back / fund / invest in" a round or "in a … round" is a participant. Without a round noun (ROUND_NOUNS of the lexicon, not
 * "deal": "came together in a § deal" is a merger) or a figure after the verb, nothing is read ("Google and Intel teamed up to build a
 * chip" is a partnership). The partner after "with" is read by the forward COLLAB_PARTNER_* triggers, ended at the purpose.
 */
const COLLAB_VERBS = String.raw`(?:came together|come together|comes together|coming together|teamed up|team up|teams up|teaming up|joined forces|join forces|joins forces|linked up|links up|partnered up|partnered|paired up|banded together|clubbed together|se sont associée?s|s[’']est associée?|s[’']associent|s[’']associe|se sont alliée?s|s[’']est alliée?|s[’']allient|ont fait équipe|a fait équipe|font équipe|ont uni leurs forces|unissent leurs forces)`;
const COLLAB_ROUND = String.raw`(?:${lexAlt(LEX_ROUND_NOUNS.map((w) => w.replace(/^\p{Ll}/u, (c) => `[${c}${c.toUpperCase()}]`)))}|[Ss]eries|[Ss]érie)(?![\p{L}\p{N}])`;
const COLLAB_ARTICLE = String.raw`(?:the |its |a |an |this |their |le |la |l[’']|son |sa |ce |cette |un |une )?`;
const COLLAB_LEAD_PURPOSE = String.raw`\s(?:to (?:co-?)?lead|pour (?:co-?)?(?:mener|piloter|conduire))\s${COLLAB_ARTICLE}(?:[\p{L}\p{N}§.’'+-]+ ){0,4}?${COLLAB_ROUND}`;
/**
 * FUNDED_THING_AFTER: "teamed up on the funding of a new lab", "se sont associés pour le financement d'un nouveau centre": the funding of
 * a thing (a lab, a study, a building: a lower-case noun that is no kind of company) is a collaboration's budget, not a round whose
 * syndicate they form. "the financing of the startup" and "the Series A of Acme" stay rounds.
 */
const FUNDED_THING_AFTER = String.raw`(?!\s+(?:of|for|de|du|des|d[’'])\s*(?:(?:a|an|the|its|their|un|une|le|la|les|l[’']|son|sa|ses|leur)\s*)?(?:(?:new|nouve(?:au|l|lle))\s+)?(?!${COMPANY_KIND})\p{Ll})`;
const COLLAB_BACK_PURPOSE = String.raw`(?:\s(?:to (?:back|fund|finance|invest in)|pour (?:financer|soutenir|investir dans|accompagner))\s[^.;]{0,60}?(?:§|${COLLAB_ROUND})|\s(?:in|on|dans|pour|sur) ${COLLAB_ARTICLE}(?:[\p{L}\p{N}§.’'+-]+ ){0,4}?${COLLAB_ROUND})${FUNDED_THING_AFTER}`;
const COLLAB_WITH = String.raw`(?:\s+(?:with|avec)\s[^.;]{1,80}?)?`;
const COLLAB_PURPOSE_END = /\s(?:to (?:co-?lead|lead|back|fund|finance|invest in)|pour (?:co-?)?(?:mener|piloter|conduire|financer|soutenir|investir|accompagner)|in|on|dans|sur)\s/u;

/**
 * CUE_GATES: for the largest trigger patterns, a short pattern of words every match must hold. A sentence without them skips the
 * trigger, so its pattern is never run there. V8 compiles a pattern on its first run, and the first pass over a page paid about
 * one second compiling patterns (the inverted clause alone 130 ms) for sentences none of them could match. Each gate is a
 * necessary condition of its pattern (no behaviour change).
 */
const INVERTED_CLAUSE_GATE = /joining|participating|investing|taking part|participent/iu;
const IN_TALKS_GATE = /talks|discussion|negotiation|négociation|pourparlers/iu;
const CAPITAL_ENTRY_GATE = /capital|entrer/iu;
const COLLAB_GATE = /together|team|forces|link|partnered|paired|associ|alli|équipe|joined other/iu;

const FORWARD_TRIGGERS: Array<{ role: InvestorRole; re: RegExp; gate?: RegExp; needsRoundWord?: boolean; needsContext?: boolean; needsNear?: boolean; needsLeadBefore?: boolean; orTakingPart?: boolean; needsInSentence?: RegExp; endAt?: RegExp; gapStop?: RegExp; coLeadPartner?: boolean }> = [
  // "led by major participation from X": the participation named is the lead (before the plain "led by" and "participation from").
  { role: 'lead', re: /\b(?:co-?)?led by (?:the )?(?:major|significant|substantial|strong|majority) participation (?:from|of|by)\b/gi, needsRoundWord: true },
  // "Led by an investment of § from la Caisse": the giver of the investment is the lead (before the plain "led by", which would read "an investment").
  { role: 'lead', re: /\b(?:co-?)?led by (?:an?|the) (?:[\p{L}-]+ ){0,2}?(?:investment|contribution|commitment|cheque|check|injection|ticket)(?: of §+(?:\s*\([^)]*\))?)? (?:from|by)\b/giu },
  // "led by", "co-led by", "jointly led by", "headed by"; a scrape that lost the space ("led byprominent investors") still leads.
  // "spearheaded by", "anchored by": the same lead, in other words.
  { role: 'lead', re: /\b(?:co-?led|led|co-headed|headed|spearheaded|co-spearheaded|anchored|co-anchored)(?: jointly)? by(?:\b|(?=[a-z]{4,}))/gi, needsRoundWord: true },
  // A slip for "led by" right after a figure: "Sonder raised § led from Blackbird".
  { role: 'lead', re: /(?=led from\s\p{Lu})(?<=§\s(?:[\w-]+\s){0,2})led from/gu },
  // French: "menée par", "mené par", "co-menée par", "pilotée par", "conduite par"
  { role: 'lead', re: /\b(?:co-?)?(?:men[ée]e?s?|emmen[ée]e?s?|pilot[ée]e?s?|conduite?s?) (?:conjointement )?par\b/gi },
  // "avec pour chef de file X", "avec comme lead X", "with X as lead investor" is a backward trigger.
  { role: 'lead', re: /\bavec (?:pour|comme) (?:chefs? de file|leads?|investisseurs? principa(?:l|ux))\b/gi },
  // "L’occasion pour A et B d’entrer au capital", "permettant à A de monter au capital", "the opportunity for A and B to take a stake",
  // "allowing A to come on board as an investor": the names that enter the capital, up to the verb of entering.
  { role: 'participant', re: /\b(?:l[’']occasion|l[’']opportunité|la possibilité|permettant|permet|permettent|permettra)\s+(?:pour|à)\s(?=[^.;]{1,200}?(?:\bd[’']|\bde\s)(?:entrer|monter)\s+(?:au|à son|dans son|dans le)\s+capital)|\b(?:the opportunity|a chance|the chance|allowing|enabling)\s+(?:for\s+)?(?=[^.;]{1,200}?\bto\s+(?:take\s+(?:a|an)\s+(?:\w+\s+)?stake|come on board as (?:an?\s+)?(?:investors?|shareholders?)|(?:enter|join)\s+(?:the|its)\s+(?:capital|cap table)))/giu, needsNear: true, endAt: /,?\s+(?:d[’']|de\s)(?:entrer|monter)\s|,?\s+to\s+(?:take|come|enter|join)\s/u },
  // "with participation from", "with the participation of", "participation from"
  { role: 'participant', re: /\b(?:with )?(?:the )?(?:additional |further )?participation (?:from|of|by)\b/gi },
  // "aux côtés de la Côte d’Ivoire, du Togo": beside, in a list of places or rivals, unless the sentence is about a round.
  { role: 'participant', re: /\baux côtés (?:de|d[’'])/giu, needsInSentence: ROUND_WORD },
  // "Parmi les investisseurs de la levée de fonds figurent A, B" (1032, Zonebourse/Reuters), "Parmi les investisseurs : A et B" (1033):
  // the set may name its round before the verb (up to 60 characters, no sentence mark, semicolon or colon between).
  { role: 'participant', re: /\b(?:avec|et) la participation (?:(?:des|du|de)(?![\p{L}])|d[’'])|\brejoints? par\b|\bparmi (?:les|ses|leurs) (?:investisseurs|actionnaires|soutiens|financeurs)\b[^.;:]{0,60}?(?:on retrouve|figurent|:)|\bparmi lesquels\b/giu },
  // "X y a également pris part, tout comme Sam Altman", "Kima invested too, as did Serena": one more participant after the verb.
  // The round as the verb's object, and one relative clause set off by commas, may stand before the comparison: "X also took part in
  // the round, which valued the company at §, as did Y", "X a participé à l'opération, tout comme Y" (bounded: linear).
  { role: 'participant', re: /(?=(?:tout comme|as did|just like)\s)(?<=\b(?:pris part|participé|investi|suivi|souscrit|participated|invested|joined|took part|chipped in)(?:\s(?:too|also|as well))?(?:\s(?:in|to|à|au|dans)\s(?:the\s|this\s|its\s|la\s|l[’']|cette\s|ce\s)?(?:[\w§-]+\s){0,2}?(?:round|financing|raise|deal|investment|tour(?: de table)?|levée|opération|financement)(?![\p{L}]))?(?:,\s(?:which|that|qui)\s[^,.;]{1,80})?,?\s)(?:tout comme|as did|just like)\s/giu },
  // "was joined by", "joined by"
  // "Accel was joined in the round by Index Ventures and Seedcamp".
  { role: 'participant', re: /\bjoined (?:(?:in|on) (?:the|this|its) (?:round|deal|financing|investment|raise) )?by\b/gi },
  // "with backing from", "with support from", "with additional funding from": the backers of the round told with it.
  { role: 'participant', re: /\bwith (?:additional |further |continued |the |follow-on |fresh |new |(?:significant|strong|substantial|major|notable|strategic|heavy|solid|key) )?(?:backing|support|funding|investment|money|capital|contributions?) (?:from|of|by)\b/gi, needsRoundWord: true },
  // "accompagné par X", "accompagnée de X": co-investors of a French round.
  { role: 'participant', re: /\baccompagn[ée]e?s? (?:par|de|d[’'])(?=\s?[\p{Lu}\p{L}])/giu, needsRoundWord: true },
  // "other investors include", "Investors in the company include", "new investors included"
  // "Investors in the § round include": a masked figure is one of the words before the round noun.
  // "all its existing investors — they include A, B —", "ses investisseurs historiques (ce sont A et B)": the set, a dash or a
  // bracket, a pronoun resuming it, then its names.
  { role: 'participant', re: /\b(?:investors|backers|participants|shareholders|investisseurs)(?: in (?:the|this|that|its|their)(?: [\w§-]+){0,2}? (?:company|round|startup|deal|financing|funding|raise|tranche))?(?:(?:\s+(?:historiques|existants|actuels|fidèles))?\s*[—–(]\s*(?:they|these|those|who|which|ils|elles|ce|ceux-ci))? (?:also )?(?:include|included|including|are|were|comprise|incluent|sont)\b/gi, needsContext: true },
  // "Others in this early seed round — 17 in all — include A, B", "Others that invested included A", "D’autres participants au tour
  // de table sont A et B": the others are named as takers of this round (by the round or by a verb of investing, never a bare
  // "Others include", which lists rivals as often).
  // Round 40: the round may be named by its company's possessive in place of the article, and the others may be "co-investors":
  // "Other co-investors in Deep Robotics' Series C funding round included Vision Knight Capital, …" (1116 Inspir Digital/SCMP).
  { role: 'participant', re: /\b(?:others?|other (?:co-?investors|investors|backers|participants|angels))(?:\s+(?:in|on|of)\s+(?:(?:this|the|that|its)\s+|\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,3}?(?:[’']s|(?<=s)[’'])\s+)(?:[\w§+-]+\s+){0,3}?(?:round|raise|financing|deal|tranche|investment)|\s+(?:that|who|which)\s+(?:also\s+)?(?:invested|participated|took part|joined|backed|chipped in|came in))(?:\s*[—–(][^—–().;]{1,30}[—–)])?,?\s+(?:also\s+)?(?:include|included|includes|were|are|comprised?)\s|\b(?:d[’']autres|les autres)\s+(?:(?:investisseurs|participants|business angels|fonds)\s+)?(?:(?:au|à la|de la|du)\s+(?:tour(?: de table)?|levée|opération|financement)|(?:qui ont|ayant)\s+(?:participé|investi|pris part|suivi))(?:\s*[—–(][^—–().;]{1,30}[—–)])?,?\s+(?:sont|étaient|incluent|comprennent|comptent)\s/giu, needsNear: true },
  // ROUND_WITH_NAMED_INVESTORS: "raised § through a seed round involving investors A, B and C", "a Series A with investors A and B",
  // "un tour de table de § impliquant les investisseurs A et B": the round noun (its figure may sit between), a preposition of
  // company, the plural noun "investors", then its names (the list reader keeps only names: "a series D round involving some major
  // institutional investors for Starling Bank", fixture 91, Finextra, names none). Under the "iu" flags the closing lookahead's
  // \p{Lu} matches by simple case folding, so it admits a lower-case letter too (/\p{Lu}/iu.test("a") is true, checked in Node 20):
  // "a Series B funding round with investors that include A" (811, Metro/Reuters) is read that way, and the list reader then keeps
  // only the names ("investors in Europe" yields none). Shape: 877 (Herald Scotland), 811, and 91's unnamed frame.
  { role: 'participant', re: new RegExp(String.raw`(?<=(?:${ROUND_NOUNS.join('|')})(?:\s+(?:of|de|d[’'])\s*§+)?,?\s)(?:involving|including|featuring|with|impliquant|incluant|réunissant|avec)\s+(?:(?:les|des|ses)\s+)?(?:(?:new|existing|institutional|strategic|nouveaux|historiques)\s+)?(?:investors|backers|investisseurs)(?:\s+(?:historiques|institutionnels|existants))?\s(?=[\p{Lu}\p{N}])`, 'giu'), needsNear: true },
  // ROUND_INVOLVING_NAMES: "completed a Series A funding round of §, involving American Express Ventures, Nauta Capital and United
  // Ventures" (1005, Retail Technology Innovation Hub), "Miro raised a § Series B round involving Iconiq Capital, Accel and several
  // individual investors" (1050, Russoft/EWDN), "un tour de table impliquant Partech et Elaia": a funding round's own noun, then
  // "involving" and a capitalised name (case-sensitive: "a round involving several investors" names none). Only the nouns of a
  // round, not "deal", "transaction" or "operation" ("a deal involving Google and Microsoft" may be a merger's parties).
  { role: 'participant', re: /(?<=\b(?:rounds?|financing|funding|[Ss]eries [A-J]|[Ss]éries? [A-J]|tours? de table|levées? de fonds|financement)(?:\s+(?:of|de|d[’'])\s*§+)?,?\s)(?:involving|impliquant)\s+(?=\p{Lu})/gu, needsNear: true },
  // "The investor was the Xianfeng Qiyun Fund", "the sole investor is X", "The lead investor was X" (a lead: below).
  // "In this case, the lender is the British investment bank M&G".
  { role: 'participant', re: /\b(?:the|its|their) (?:sole |only |main |new |other )?(?:investors?|lenders?|backers?|financiers?) (?:was|were|is|are)\b/gi, needsNear: true },
  // LEAD_OF_NAMED_ROUND (round 41): the lead told of a round named between the noun and the verb, "The lead investor in Noetix
  // Robotics' § Series B is CD Capital" (1119 The Daily Scout), "the lead investors of the seed round were A and B": a bounded
  // run (no stop, no comma) that ends on a round noun, so "the lead investor in the company is" stays unread.
  { role: 'lead', re: /\b(?:the|its|their|le|la|son|leur) (?:lead investors?|chefs? de file|investisseurs? principa(?:l|ux))(?: (?:in|of|for|on|de|du|dans) [^.;:,!?]{0,60}?(?:rounds?|[Ss]eries [A-J]|seed|funding|financing|raise|tour de table|levée|financement|série [A-J]))? (?:was|were|is|are|est|sont|était|étaient)\b/giu, needsNear: true },
  // "les premiers business angels qui ont soutenu Lydia sont A, B et C", "the angels who backed it were A and B": a described set, then its names.
  { role: 'participant', re: /\b(?:investors|backers|business angels|angels|investisseurs|actionnaires|soutiens)\s(?:qui|who|that)\s[^.;:,]{1,50}?\s(?:sont|étaient|are|were|include|included|includes|comprennent|comprenaient|incluent|incluaient|comptent)\s(?=[\p{Lu}\p{N}]|\p{Ll}+\p{Lu})/giu, needsNear: true },
  // "from backers, including", "investors including", "from dozens of investors, including"
  // "investors both new – such as X – and long-term, including A, B": the set may be described at length before "including".
  // (Only "including" is the match, so a cue inside the description, "such as X", keeps its own list.)
  // "Des actionnaires existants participent aussi au financement, notamment A, B": the French "notamment" after the set, and "among them".
  { role: 'participant', re: /(?=(?:including|notamment|among them|parmi eux)\b)(?<=\b(?:investors|backers|participants|names|firms|investisseurs|actionnaires|fonds|financeurs)\b[^.;]{0,80}?)\b(?:including|notamment|among them|parmi eux)\b/giu },
  // "plusieurs business angels, dont Jane Moreau": the French "dont" (among whom) right after a set of investors
  // (the word is matched first, so the look back runs only there). Only with a round in the sentence: "Les investisseurs
  // historiques, dont A et B, ont remis au pot" may be a fund's backers told after its close.
  { role: 'participant', re: /(?=dont\s)(?<=\b(?:investisseurs|actionnaires|fonds|financeurs|business angels|angels|family offices)(?:\s{1,3}[\p{Ll}-]+){0,2},?\s{1,3})dont\s+(?=(?:[\p{Ll}’'-]+\s+){0,3}[\p{Lu}])/gu, needsInSentence: ROUND_WORD },
  // "The round was funded by X", "The investment was made by X": the givers of a round told just before.
  // The round must be the verb's subject ("The announcement was made by CEO John Smith" names no investor).
  { role: 'participant', re: /(?=(?:funded|financed|bankrolled|capitali[sz]ed|made|provided|underwritten|subscribed) by\b)(?<=\b(?:round|investment|financing|funding|raise|tranche|injection|deal|series [a-j]\+?|seed)\)?,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|is|are|has been|have been|will be|is being)\s+)?(?:(?:also|entirely|fully|jointly|largely|mostly|primarily|mainly)\s+)?)(?:funded|financed|bankrolled|capitali[sz]ed|made|provided|underwritten|subscribed) by\b/giu },
  { role: 'participant', re: /(?=(?:financée?s?|souscrite?s?|apportée?s?|assurée?s?|abondée?s?) par\b)(?<=\b(?:tour(?: de table)?|levée(?: de fonds)?|opération|financement|augmentation de capital)\)?,?\s+(?:(?:a été|ont été|est|sont|sera|seront|été)\s+)?(?:(?:entièrement|intégralement|principalement|notamment|également)\s+)?)(?:financée?s?|souscrite?s?|apportée?s?|assurée?s?|abondée?s?) par\b/giu },
  // SUBSCRIBED_FIGURE (round 32): "une levée de § souscrite par A et B", "une augmentation de capital de §, entièrement souscrite par
  // ses actionnaires A et B": the figure itself is what the holders subscribed, so a share issue's subscribers follow it. The rule
  // above reads the round noun before the participle (a "\b§" alternative there never matched, no word boundary standing between a
  // space and "§", and was removed), so the figure is read here. Only "souscrit": subscribing is taking shares, while "§ financée par la Région" may be a grant.
  { role: 'participant', re: /(?=souscrite?s?\s+par\b)(?<=(?<!§)§+\)?,?\s+(?:(?:a été|ont été|est|sont|sera|seront|été)\s+)?(?:(?:entièrement|intégralement|principalement|majoritairement|essentiellement|largement|conjointement|notamment|également)\s+)?)souscrite?s?\s+par\b/giu, needsInSentence: RAISE_WORD },
  // "a $5M round backed by X". An appositive "Toutiao, backed by Sequoia, is raising" or an opening
  // "Backed by IFC, the fund…" describes existing shareholders, not this round's investors: a round word must come first.
  // "led by HV Capital and supported by Dutch Founders Fund, AlbionVC": "supported by" after a lead names the others.
  { role: 'participant', re: /\b(?:backed|supported) by\b|\b(?:soutenue?s?|appuyée?s?|épaulée?s?) par\b/giu, needsRoundWord: true },
  // Lists told next to a deal (the deal in this sentence or one of the two before):
  // "investors such as A, B", "The largest contribution came from X", "à savoir A, B", "a pu compter sur A, B",
  // "grâce au soutien de A", "complètent cette opération : A, B et C", "Others joining were A, B".
  { role: 'participant', re: /\b(?:investors|backers|angels|VCs|(?:venture|venture capital|investment|VC) firms|funds|investisseurs|fonds)\b[^.;]{0,30}?\b(?:such as|like|tels? que|comme)\s/gi, needsNear: true },
  // ROUND_CAME_FROM: the round itself as the origin's subject too ("The latest round comes from A, B and C", "The Series A cash
  // announced on Monday comes from X"): "round/raise/tranche" beside the money nouns, and a participle of telling with up to two
  // words after it between the noun and the verb. The new nouns only as the subject, never a preposition's object ("The idea for
  // the round came from its founder"; the lookahead first, so that lookbehind runs only at those words). Shape: 793 (Azee Systems
  // copy of TechCrunch), 745 (Edible Planet).
  { role: 'participant', re: /(?:\b(?:contributions?|investment|money|funding|financing|capital|backing|cash|support|rest|remainder)|\b(?=(?:round|raise|tranche)\s)(?<!\b(?:for|of|about|on|in|to|into|from)\s(?:the|this|its|their|a|an)\s(?:[\p{L}§-]+\s){0,2})(?:round|raise|tranche)|(?<!§)§+)(?:\s(?:announced|unveiled|disclosed|revealed|closed)(?:\s[\p{L}]+){0,2}?)? (?:came|comes|is coming|was coming|has come|have come|had come) from\b/giu, needsNear: true },
  { role: 'participant', re: /\b(?:investisseurs|actionnaires|fonds|financeurs|soutiens|investors|backers)\b[^.;:]{0,40}?(?<![\p{L}\p{N}])à savoir\b/giu, needsNear: true },
  { role: 'participant', re: /\b(?:pu |peut |pourra )?compter sur\b|\bgrâce au soutien (?:de|d[’'])|\bavec le soutien (?:de|d[’'])|\bavec l[’']appui (?:de|d[’']|du|des)|\bavec le concours (?:de|d[’']|du|des)/giu, needsNear: true, needsInSentence: ROUND_WORD },
  // New shareholders let into the capital, told next to a round (CAPITAL_ENTRY_FORWARD: the noun, the relative, the verbs letting in).
  { role: 'participant', re: CAPITAL_ENTRY_FORWARD, gate: CAPITAL_ENTRY_GATE, needsNear: true, endAt: CAPITAL_ENTRY_END, gapStop: CAPITAL_GAP_VERB },
  { role: 'participant', re: /\b(?:opération|tour de table|levée(?: de fonds)?|round|financing|funding|investment)\s?:\s/giu, needsNear: true },
  // The inverted clause: "Also participating in the funding were new investors A, B", "Others joining the Series B were A", "Taking part
  // in this latest round are A and B". Its object is any round noun of ROUND_NOUNS with up to three words before it (INVERTED_ROUND_OBJECT),
  // not a closed list of three ("in the funding", "in the Series B" were missed).
  { role: 'participant', re: new RegExp(String.raw`\b(?:others?|other (?:investors|backers|participants)|also) (?:joining|participating|investing|taking part)(?:${INVERTED_ROUND_OBJECT})? (?:were|are|was|is|included|include)\b|\b(?:also participating|also investing|joining (?:them|it)) (?:were|are|was|is)\b|\b(?:also )?(?:participating|investing|taking part|joining)${INVERTED_ROUND_OBJECT} (?:were|are|was|is|included|include)\b|\bparticipent également\b|\bparticipent aussi\b`, 'giu'), gate: INVERTED_CLAUSE_GATE, needsNear: true },
  // French "auprès de" apart from the figure: "avec 20 millions d’euros rassemblés auprès d’X", "une levée de §, réalisée auprès de X".
  // (A whole article: "auprès des fonds X" read as "auprès de" left an "s" glued to the first item, which lost it.)
  // AUPRES_ADVERB: an adverb of selection may stand between "auprès" and its "de" ("levés auprès, notamment, de A et B").
  { role: 'participant', re: new RegExp(String.raw`\bauprès${AUPRES_ADVERB} (?:(?:des|du|de)(?![\p{L}])|d[’'])(?=\s?[\p{Lu}\p{L}])|\bauprès(?= [\p{Lu}\p{N}])`, 'giu'), needsRoundWord: true },
  // "Tesi co-led a § round for the company in 2018 with Bold Capital Partners", "Partech a co-mené le tour avec Elaia": the partner a
  // co-lead shared the lead with is a lead too (the verb comes first, so the look back runs only at "with"; not the passive
  // "co-led by A, with B participating", whose "with" names others).
  { role: 'lead', re: /(?=\s(?:with|together with|avec)\s(?!(?:the\s|la\s)?(?:additional\s|further\s)?(?:participation|backing|support|funding|investment|money|capital|contributions?|pour|comme)\b)(?:[\p{Ll}-]+\s+){0,3}[\p{Lu}\p{N}])(?<=\b(?:co-?led|co-?leads|co-?leading|a co-mené|ont co-mené|co-mène|co-mènent|co-dirigé|co-piloté)(?![\p{L}])(?!\s+by\b)[^.;]{1,120}?)\s(?:with|together with|avec)\s/gu, needsRoundWord: true },
  // "un prêt de § de la BEI", "un prêt de la Banque européenne d’investissement", "un emprunt de § accordé par Bpifrance": the lender of
  // a French loan is the debt round's investor (as "a § loan from HSBC"; fixture 150's gold names the lender). The look back runs
  // only where a giver's article and a capital follow.
  { role: 'participant', re: /(?=(?:(?:accordée?s?|consentie?s?|octroyée?s?)\s+par\s|(?:de la|de l[’']|du|des)\s?\p{Lu}))(?<=\b(?:prêts?|emprunts?|ligne de crédit|facilité de crédit)(?:\s+(?:de|d[’'])\s*§+(?:\s*\([^)]*\))?)?\s+)(?:(?:accordée?s?|consentie?s?|octroyée?s?)\s+par\s|de la\s|de l[’']|du\s|des\s)/gu, needsNear: true },
  // CO_LEAD_PARTNER: "X co-led the round alongside Y", "co-led by X with Y", "X a codirigé la série B aux côtés de Y": a co-lead has a
  // partner, and the one named beside a single co-lead is the other co-lead (readInvestorMentions makes it a lead when the co-lead
  // list before it has one name; beside two co-leads it is a participant). The co-lead verb and its object stand at most 60 characters
  // before, no comma or sentence mark between, and no fund, team or firm as the verb's object ("to co-lead the fund with managing partner
  // X" runs a fund); the partner's preposition is matched first, then the bounded lookbehind: linear. Before
  // the plain "with" and "alongside" cues, which would read a participant.
  { role: 'participant', re: new RegExp(String.raw`(?=\s(?:alongside|together with|along with|with|aux côtés|avec)\s)(?<=\b(?:co-?(?:led|leads|leading|lead|headed)|jointly led|co-?(?:mené|menée|mènent|mène|dirigé|dirigée|piloté|pilotée)|codirig(?:é|ée|e|ent))(?:\sby)?\s(?:(?!(?:funds?|fonds|teams?|équipes?|firms?|firmes?|company|companies|sociétés?|board|conseil|projects?|projets?)(?![\p{L}]))[^.;,:]){0,60}?)\s(?:alongside|together with|along with|with|aux côtés (?:de|d[’']|du|des)|avec)\s${CO_LEAD_NOT_PARTNER}(?=(?:(?:the|its|les|ses|l[’'])\s*)?(?:[\p{Ll}-]+\s+){0,3}[\p{Lu}\p{N}])`, 'giu'), coLeadPartner: true },
  // A trailing "with X" after a lead list is the participants: "led by China Merchants Bank, with Century Golden Resources Corp.";
  // after a clause of taking part too (TAKING_PART_BEFORE): "X also participated in the round, along with A", "X a participé au tour
  // aux côtés de A" (the French "aux côtés de" read here only after a lead list or a clause of taking part).
  { role: 'participant', re: /(?:,|(?<!\s))\s+(?:(?:with|along with|alongside|together with|as well as|avec|ainsi que|aux côtés (?:de|du|des))\s+|aux côtés d[’'])(?!(?:the |la )?(?:additional |further |continued |follow-on |fresh |new |[\p{Ll}-]+ )?(?:participation|backing|support|funding|investment|money|capital|contributions?|pour|comme)\b)(?=(?:[\p{Ll}-]+\s+){0,3}[\p{Lu}\p{N}]|\p{Ll}+[\p{N}.]\p{L})/gu, needsLeadBefore: true, orTakingPart: true },
  // "led by Accel, including existing investors A and B", "The round, led by Accel, included A and B": after the lead's name
  // a comma and a verb of inclusion open the list of the others ("led by several investors, including A": the examples
  // after a lower-case set are the lead list itself, see LEADS_AS_EXAMPLES).
  { role: 'participant', re: /,\s+(?:and\s+)?(?:(?:which|that)\s+)?(?:also\s+)?(?:included|includes|including|featured|featuring|réunit|rassemble|inclut|comprend|associe)\s+(?:(?:également|aussi)\s+)?(?!participation\b)/gu, needsLeadBefore: true },
  // "a syndicate led by Accel and including Index", "menée par Partech et incluant Elaia": "and including" after the lead, no comma.
  // (Starts only where a whitespace run starts: a long run is not rescanned from each of its spaces.)
  { role: 'participant', re: /(?<![,\s])\s+(?:and|et)\s+(?:also\s+|aussi\s+)?(?:including|featuring|incluant|comprenant)\s+/gu, needsLeadBefore: true },
  // "une levée menée par X et à laquelle participent A et B", "le tour, auquel ont pris part A et B": the round's other investors.
  { role: 'participant', re: /(?<![\p{L}])(?:à laquelle|auquel|auxquels|auxquelles)\s+(?:ont\s+|a\s+)?(?:également\s+|aussi\s+)?(?:participent|participe|participé|pris part|prennent part|prend part|se sont joints|se sont jointes|s[’']est joint|s[’']est jointe)(?![\p{L}])\s*/gu, needsInSentence: ROUND_OR_LEAD },
  // "X mène l’opération, suivi par A et B", "X led the round, followed by A and B": the investors after the lead.
  // Only after a lead told in the clause before ("The seed round was followed by a Series A" names none); a ranking's "led with 14
  // deals, followed by Delhi with 4" is a count, not a lead (entrackr-style weekly counts by city or sector).
  { role: 'participant', re: /(?=,\s+(?:suivie?s?|followed)\s+(?:par|by)\s)(?<=\b(?:co-?led|led|mène|mènent|a mené|ont mené|men[ée]e?s? par|pilot[ée]e?s? par)(?![\p{L}])(?!\s+(?:with|avec)\s+\p{N})[^.;]{1,100}?),\s+(?:suivie?s?|followed)\s+(?:par|by)\s/gu, needsRoundWord: true },
  // "That's what attracted Sequoia Capital to lead the company's latest round", "brought in Accel to co-lead its Series B",
  // "a convaincu Partech de mener le tour de table": the firm won over to lead is the lead; the list ends at "to lead" / "de mener".
  // "A linked up with new backer B to co-lead the § series B", "A s'est associé avec B pour mener la levée": the partner after "with" of a
  // verb of coming together (COLLAB_VERBS), ended at the purpose; the subject before the verb is read by the backward COLLAB triggers.
  // "with" is matched first (lookahead) and the look back is bounded (\s{1,3}): a look back at every position of a long blank run was
  // quadratic.
  { role: 'lead', re: new RegExp(String.raw`(?=(?:with|avec)\s)(?<=${COLLAB_VERBS}\s{1,3})(?:with|avec)\s(?=[^.;]{1,80}?${COLLAB_LEAD_PURPOSE})`, 'giu'), gate: COLLAB_GATE, endAt: COLLAB_PURPOSE_END },
  { role: 'participant', re: new RegExp(String.raw`(?=(?:with|avec)\s)(?<=${COLLAB_VERBS}\s{1,3})(?:with|avec)\s(?=[^.;]{1,80}?${COLLAB_BACK_PURPOSE})`, 'giu'), gate: COLLAB_GATE, endAt: COLLAB_PURPOSE_END },
  { role: 'lead', re: /\b(?:attracted|attract|attracts|brought in|brings in|bring in|drew in|lured|roped in|persuaded|convinced|enlisted|tapped|a attiré|a convaincu|a séduit|ont convaincu|ont attiré)\s(?=(?:[^.;]{1,80}?)\s(?:to (?:co-?)?lead|(?:de|pour) (?:co-?)?(?:mener|piloter)) (?:the |its |a |an |this |their |le |la |l[’']|son |sa |ce |cette )?(?:[\p{L}\p{N}§.’'-]+ ){0,4}?(?:round|financing|funding|investment|raise|series|tranche|tour|levée|opération|financement)(?![\p{L}\p{N}]))/giu, endAt: /\s(?:to (?:co-?)?lead|(?:de|pour) (?:co-?)?(?:mener|piloter))\s/u },
  // "+ 20 M€ (Definvest, EIC Fund, NewSpace Capital)", "a € tranche (Acme Ventures, Kestrel)": a tranche's investors listed in the
  // parenthesis right after its figure. Only a list (a comma) holding a firm's word and no digit: "§ (£4m)", "§ (Series A)" stay out.
  { role: 'participant', re: /(?<!§)§+\s*(?:(?:tranche|ticket|round|tour)\s*)?\((?=[^()\d]{0,200}?,[^()\d]{0,200}\))(?=[^()\d]{0,200}?(?:Capital|Ventures?|Partners|Fund|Funds|Fonds|Invest\w*|Bank|Banque|Angels|Holdings|Equity|VC)(?![\p{L}])[^()\d]{0,200}\))/gu, endAt: /\)/u },
  // "La levée a été réalisée sous la houlette de X": French for "led by".
  { role: 'lead', re: /\bsous la (?:houlette|conduite|direction) (?:de|d[’']|du|des)(?=\s?[\p{Lu}\p{L}])/gu, needsRoundWord: true },
  // BANNER_LEAD: "L’investissement, intervenu sous la bannière du fonds britannique X", "Y, qui menait le tour de table sous la
  // casquette X": the firm under whose banner (or "cap") the round was run is its lead; a partner named as the subject invests for it.
  // The firm's kind before its name ("du fonds de capital-risque britannique") is read with the cue: "fonds de …" alone reads as a
  // role at an organisation. Only after a round noun in the clause (FR, with "investissement", which ROUND_WORD lacks) and before a
  // capitalised name (the round-noun look back runs only at the cue's words: linear). Shape: 1059 La Liberté, 710 Presse-citron.
  { role: 'lead', re: /(?<![\p{L}])sous la (?:bannière|casquette)(?<=(?<![\p{L}])(?:investissements?|tours? de table|levées?(?: de fonds)?|opérations?|financements?|séries? [A-J]|amorçage)(?![\p{L}])[^.;!?]{0,80}?sous la (?:bannière|casquette)) (?:(?:de|du|des)\s+|d[’'])?(?:(?:l[’']|le |la )?(?:fonds|firme|société|groupe|banque)(?:\s+(?:(?:de|d[’'])\s*)?[\p{Ll}-]+){0,3}\s+)?(?=\p{Lu})/gu },
  // "New investors A and B joined existing backers C": the holders joined are investors of the round too.
  { role: 'participant', re: /(?<=\bjoin(?:ed|s|ing)?\s)(?:(?:its|their|the company[’']s)\s+)?(?:existing|current|returning|previous|earlier|early)\s+(?:investors?|backers?|shareholders?)\s/gu, needsNear: true },
  // "alongside X", "aux côtés de X" anywhere near a round: X took part beside the others. "besides X", "in addition to X" are the same
  // additive preposition ("co-led by A and B, besides growth investor C": C is no third lead; "A, B and C are behind the investment, in
  // addition to D").
  { role: 'participant', re: /\b(?:alongside|besides|in addition to)\b(?!\s+(?:its|their|the (?:round|deal|funding)))/gi, needsRoundWord: true },
  // "raised a seed round of $2 million by Nexus Venture Partners": "by" after a round figure names its investors.
  { role: 'participant', re: /(?<!§)§+\s*(?:\([^)]*\)\s*)?\sby\s(?=[\p{Lu}])/gu, needsRoundWord: true },
  // "with CHF 13.2 million invested by 4FO, Credit Suisse Entrepreneur Capital and investiere": the verb names the givers.
  { role: 'participant', re: /(?<!§)§+\s*(?:\([^)]*\)\s*)?\s(?:invested|provided|contributed|committed|put up|injected|investis|apportés|réalisée?s?|effectuée?s?|apportée?s?) (?:by|par)\s/gu },
  // "§ dans sa besace, apportés par A, B et C", "§ in fresh capital, supplied by A and B", "une enveloppe de §, fournie par X": a
  // participle of giving after the figure's clause names the givers (the figure may be a few words back, past a comma). Only in a
  // sentence about raising: "a § contract, provided by the Ministry" names a customer.
  { role: 'participant', re: /(?=(?:(?:apporté|fourni|injecté|investi|versé|souscrit)e?s?|mis sur la table|provided|supplied|put up|injected|invested|committed|contributed)\s+(?:par|by)\s)(?<=(?<!§)§+[^.;§]{0,60}?,\s+)(?:(?:apporté|fourni|injecté|investi|versé|souscrit)e?s?|mis sur la table|provided|supplied|put up|injected|invested|committed|contributed)\s+(?:par|by)\s/gu, needsInSentence: RAISE_WORD },
  // "business angels (Blast.club, Kima Ventures)", "investors (Jane Moreau, Northwind Capital)", "ses actionnaires (A et B)": a set of
  // investors, then its names in brackets (capitalised, no figure inside), next to a deal.
  { role: 'participant', re: /\b(?:business angels|angels|investors|backers|co-investors|investisseurs|actionnaires|financeurs|family offices)(?:\s+(?:historiques|existants|actuels|privés|particuliers|existing|early|new|private|individual|nouveaux|other|autres))?\s*\((?=\s*\p{Lu}[^()\d]{0,200}\))/gu, needsNear: true, endAt: /\)/u },
  // "La ronde de financement est dirigée par A et B", "le tour de table, dirigé par X": "dirigé par" is a lead only with the round as
  // its subject ("la société, dirigée par Jane Moreau" is the company's management).
  { role: 'lead', re: /(?=(?:co-?)?dirig[ée]e?s?\s)(?<=\b(?:ronde|tour(?: de table)?|levée(?: de fonds)?|opération|financement|augmentation de capital|série [A-H]|amorçage)(?:\s+(?:de financement|de fonds))?(?:\s+(?:de|d[’'])\s*§+)?\)?,?\s+(?:(?:qui\s+)?(?:a été|est|était|sera|avait été)\s+)?(?:(?:également|conjointement)\s+)?)(?:co-?)?dirig[ée]e?s?\s+(?:conjointement\s+)?par\b/gu },
  // "It included new and current investors with Elev8 Venture Partners": the round's investors, then examples.
  { role: 'participant', re: /\b(?:included|includes|include)\s(?:[\p{Ll}-]+\s){0,4}(?:investors|backers)\s(?:with|such as|like|including)\s/gu, needsNear: true },
  // "lève § avec son investisseur historique Serena", "raised § with its existing backers A and B": the named holders took part.
  { role: 'participant', re: /(?<!§)§+\s*(?:\([^)]*\)\s*)?\s(?:avec|with|auprès de)\s(?=(?:son|sa|ses|leur|leurs|its|their)\s(?:[\p{Ll}-]+\s){0,2}(?:investisseurs?|actionnaires?|investors?|backers?|shareholders?|fonds|funds?)\b)/gu },
  // "Beyond the Sea vient de recevoir § de Team for the Planet": the giver after a receiving verb.
  { role: 'participant', re: /\b(?:recevoir|reçu|reçoit|reçoivent|obtenu|obtient|obtenir)\s+§+\s*(?:\([^)]*\)\s*)?(?:de la |de l[’']|du |des |de |d[’'])(?=\p{Lu})/gu },
  // "Acme secured backing from Accel for its § seed round", "a obtenu le soutien de Bpifrance pour sa levée": the givers, a round in the sentence.
  { role: 'participant', re: /\b(?:secured|received|won|got|gets|obtained|attracted|landed|drew|has|had) (?:additional |further |fresh |the )?(?:backing|support|investments?|commitments?) (?:from|of|by)\b|\b(?:obtenu|reçu|décroché|obtient|reçoit) (?:le )?(?:soutien|appui) (?:de|d[’']|du|des)/giu, needsNear: true, needsInSentence: ROUND_WORD },
  // "Pour ce tour de table, Acme a fait appel à A et B": the company turning to its investors.
  { role: 'participant', re: /\b(?:a|ont|avait) (?:fait appel|recours) (?:à|au|aux)\s/gu, needsNear: true, needsInSentence: ROUND_WORD },
  // "Le tour de table est complété par A et B": the rest of the round's investors.
  { role: 'participant', re: /\bcomplétée? par\b|\b(?:rounded out|completed|topped up) by\b/giu, needsRoundWord: true },
  // "Nouvel investissement d’Orange Ventures dans l’agritech", "a new investment by Accel in Acme": the investor of an investment in the company.
  { role: 'participant', re: /\b(?:(?:nouvel|nouveau|premier|dernier)\s+)?investissement (?:de |d[’']|du |des )(?=(?:[^\s,.;]+\s){0,5}?dans\s)|\b(?:new |latest |first )?investment (?:by|from) (?=(?:[^\s,.;]+\s){0,5}?in(?:to)?\s)/giu, needsNear: true, endAt: /\s(?:dans|in|into)\s/ },
  // "cette première levée de fonds a réuni A, B et C", "the round brought together A and B": the round gathering its investors.
  { role: 'participant', re: /\b(?:cette|la|ce|le|sa|son|leur)\s+(?:[\p{L}§-]+\s+){0,3}?(?:levée(?: de fonds)?|tour(?: de table)?|opération|financement|augmentation de capital)\s+(?:(?:de|d[’'])\s*§+\s+)?(?:a\s+(?:également\s+|aussi\s+)?(?:réuni|rassemblé|attiré|séduit|associé|fédéré|compris|inclus)|réunit|rassemble|attire|fédère|associe|comprend|comprenait|inclut|incluait|regroupe|compte)\s|\b(?:the|this|its|their)\s+(?:[\w§+-]+\s+){0,3}?(?:round|financing|raise)\s+(?:also\s+)?(?:brought together|brings together|gathered|rallied|comprises|comprised|consists of|consisted of)\s/giu },
  // "counts Sequoia and Accel among its backers", "compte Bpifrance parmi ses actionnaires", "compte parmi ses investisseurs A et B".
  // "Acme counts Accel and Index as investors", "qui compte Partech comme investisseur": the company's backers, up to "as".
  { role: 'participant', re: /\bcount(?:s|ed|ing)?\s(?=[^.;]{1,160}?\s(?:as|among) (?:an? |its |their )?(?:[\p{Ll}-]+ )?(?:investors?|backers?|shareholders?)\b)|\bcompte(?:nt)?\s(?=[^.;]{1,160}?\s(?:comme|parmi) (?:ses |leurs )?(?:[\p{Ll}-]+ )?(?:investisseurs?|actionnaires?)\b)/giu, needsNear: true, endAt: /\s(?:as|among|comme|parmi)\s/u },
  // "a § round featuring Accel and Index": the round's investors.
  { role: 'participant', re: /(?<=\b(?:round|financing|raise|tranche|deal|series [a-j]\+?|seed)\s)(?:also\s)?featuring\s/giu },
  { role: 'participant', re: /\bcount(?:s|ed)?\s(?=[^.;]{1,160}?\bamong (?:its|their) (?:[\p{Ll}-]+ )?(?:investors|backers|shareholders|supporters|funders|participants|co-investors)\b)|\bcompte(?:nt)?\s(?:désormais\s|également\s|aussi\s)?(?:parmi (?:ses|leurs) (?:[\p{Ll}-]+ )?(?:investisseurs|actionnaires|soutiens|financeurs)\s|(?=[^.;]{1,160}?\bparmi (?:ses|leurs) (?:[\p{Ll}-]+ )?(?:investisseurs|actionnaires|soutiens|financeurs)\b))/giu },
  // "The round also included Index Ventures", "The financing drew Accel": the round as the subject of its investors.
  // Only a definite round: "AI funding saw some momentum with Mad Street Den" is a topic, not a round.
  { role: 'participant', re: /\b(?:the|this|its|their|that)\s+(?:[\w§+-]+\s+){0,3}?(?:round|financing|raise|tranche|funding)\s+(?:also\s+)?(?:included|includes|featured|features|drew in|drew|draws|attracted|attracts|brought in|pulled in|welcomed|saw)\s(?!participation\b)/gi },
  // ROUND_SAW_ARRIVAL_FR: the round as the subject of a verb of seeing or counting whose object is the investors' arrival, in
  // French ("Le tour a également vu la participation de X et Y", "Cette levée voit l’arrivée de X", "l’opération a enregistré
  // l’entrée du fonds X"): the counterpart of "The round also saw participation from X". A definite round only, and the noun of
  // arriving right after the verb, so "la participation de l’État à 20 %" (a stake) told elsewhere is not read. Bounded: linear.
  { role: 'participant', re: new RegExp(String.raw`(?<![\p{L}])(?:le|ce|la|cette|l[’'])\s*(?:[\p{L}§-]+\s+){0,3}?(?:tour(?:\s+de\s+table)?|levée(?:\s+de\s+fonds)?|opération|financement|série\s+[A-J]|augmentation\s+de\s+capital)\s+(?:(?:a|avait|aura)\s+(?:(?:également|aussi|notamment)\s+)?(?:vu|compté|enregistré|accueilli|été\s+marquée?\s+par)|(?:voit|verra|compte|enregistre|accueille))\s+(?:(?:également|aussi|notamment)\s+)?(?:la\s+participation|l[’']arrivée|l[’']entrée|le\s+retour|le\s+soutien)\s+(?:de\s|d[’']|(?=du\s|des\s))${ARRIVAL_IS_NO_HIRE}`, 'giu') },
  // "Acme's § round drew in Accel and Index": the round named by its company's possessive.
  { role: 'participant', re: /(?=(?:round|financing|raise|tranche)\s)(?<=\p{Lu}[\p{L}\p{N}.-]*[’']s\s+(?:[\w§+-]+\s+){0,3}?)(?:round|financing|raise|tranche)\s+(?:also\s+)?(?:included|includes|featured|features|drew in|drew|attracted|brought in|pulled in|welcomed)\s(?!participation\b)/gu },
  // "a series C round led by SoftBank that also featured Tiger Global": a round that featured X.
  { role: 'participant', re: /\b(?:that|which|and) (?:also )?(?:featured|saw participation from|included participation from|included|includes|drew|attracted)\s/gi, needsRoundWord: true },
  // "raised $X from", "seed funding from", "auprès de"; a date may sit between: "its Series A in January 2010 from".
  // "from a consortium, which consists, among others, of A and B", "a consortium of A, B and C": the consortium's members.
  { role: 'participant', re: /\bconsortium(?:,?\s+(?:which|that)\s+(?:consists|consisted|comprises|comprised|includes|included|is made up|was made up)(?:,\s*among others,)?(?:\s+of)?|\s+(?:of|including|comprising))\s/giu, needsRoundWord: true },
  // "Several investors — among them Craig Newmark, Mike Arrington —", "backers, among whom A and B".
  // (No deal needed in the sentence: the words themselves say these are investors; a round told without a figure may be read later.)
  { role: 'participant', re: /\b(?:investors|backers|angels|participants)\s*[—–,(]?\s*among (?:them|whom)\b/giu },
  // "Ces fonds ont été récoltés auprès de A et B", "la somme a été levée auprès de X", "The money was raised from A and B": the money
  // as the subject of a raising participle (the lexicon's LEX_RAISE_PARTICIPLES_EN/_FR, French with its agreement), then its
  // givers. The money noun is the round here, so no round word is needed ("the data collected from X" has no money subject).
  { role: 'participant', re: MONEY_RAISED_FROM },
  // FUNDING_CAME_FROM: "with additional funding coming from Morningside Ventures" (1064): "funding" as the money's noun, next to a deal
  // only ("The funding comes from a host of venture capital firms" far from any round is a profile of an older raise).
  { role: 'participant', re: /\bfunding\s+(?:(?:is|was|were|are|has|had)\s+)?(?:(?:also|mainly|mostly|largely)\s+)?(?:came|comes|come|coming)\s+from(?=\s)/giu, needsNear: true },
  // "a § infusion into Betashares from Temasek", "a § investment in Acme from Accel": the company named between the money and "from"
  // (capitalised words only, so no "i" flag; "a § loan from", "a § cash injection from" are read by the rule below).
  { role: 'participant', re: /(?:(?<!§)§+|\b(?:[Ii]nvestments?|[Ii]njection|[Ii]nfusion))\s*(?:\([^)]*\)\s*)?\s(?:into|in) (?:\p{Lu}[\p{L}\p{N}.&’'-]*\s){1,3}?from\s/gu },
  // French "en provenance de X", "un investissement de § de la part de X": where the money comes from. "De la part de" only after an
  // investment or a receiving verb: "une levée de § de la part de Tamara" is Tamara's own raise (a roundup's "by").
  { role: 'participant', re: /\ben provenance (?:de|d[’']|du|des)(?=\s?[\p{Lu}\p{L}])/giu, needsRoundWord: true },
  { role: 'participant', re: /(?=de la part)(?<=\b(?:investissements?|apports?|prêts?|injections?|tickets?|reçu|reçoit|reçoivent|obtenu|obtient|recevoir|obtenir)(?![\p{L}])[^.;]{0,40}?)de la part (?:de|d[’']|du|des)(?=\s?[\p{Lu}\p{L}])/giu },
  // Not "chipped in § from its Growth Fund II": the giver's own vehicle is where the money came from, not another investor.
  { role: 'participant', re: new RegExp(String.raw`(?:(?<!§)§+|\b(?<!\b${PERSONAL_MONEY_BEFORE}\s)(?:${lexAlt(LEX_ROUND_NOUNS)}|${SHARE_PLACEMENT}|funding|(?<!^\s*)funds|financing|investments?|round|capital|debt|seed|deal|amount(?: of funding)?|undisclosed sum|(?:pre-)?series [a-j]\+?|loans?|(?:credit |debt |loan )?facilit(?:y|ies)|credit line|line of credit|injection|infusion))\s*(?:\([^)]*\)\s*)?(?:\s(?:in|on|en) (?:early |late |mid-)?(?:[a-zé]+ )?(?:(?:19|20)\d\d|[a-zé]+))?,?\s(?:from(?<!\b(?:tours?|opérations?)\s*(?:\([^)]*\)\s*)?(?:\s(?:in|on|en) (?:early |late |mid-)?(?:[a-zé]+ )?(?:(?:19|20)\d\d|[a-zé]+))?,?\sfrom)|auprès de|auprès d[’'])\s(?!${lexAlt(LEX_MONTHS_EN)}\s+\d)(?!(?:its|their|his|her|son|sa|ses|leur|leurs)\s+(?:[\p{L}\p{N}’'-]+\s+){0,3}?(?:fund|fonds|vehicle|véhicule|balance sheet)(?![\p{L}]))`, 'giu') },
];

/**
 * A person's first and last name alone as the subject right before a cue, opening the sentence or a clause: "Jane Doe " (two
 * capitalised words, the last not a firm's or an institution's word from names.ts: "Serena Capital " is a firm).
 */
const PERSON_ALONE_BEFORE = new RegExp(String.raw`(?:^|[,;:]\s*|\.\s+)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s(?!(?:${ORG_LAST_WORDS.join('|')})\s$)\p{Lu}\p{Ll}+\s$`, 'u');
/** After a run verb's round noun: "pour la société", "pour le compte de X", "au nom de la start-up", "pour Kiplo": run for the raiser. */
const RUN_FOR_RAISER_AFTER = /^\s*(?:pour\s+(?:le\s+compte\s+(?:de|d[’'])|la\s+(?:société|start-?up|jeune\s+pousse|plateforme|fintech)(?![\p{L}])|l[’']entreprise(?![\p{L}])|\p{Lu})|au\s+nom\s+(?:de|d[’'])|on\s+behalf\s+of(?![\p{L}]))/u;

/**
 * Investors "in talks": a reported round names its prospective backers by the talks they are in, "A and B are still in talks to
 * invest", "X is in advanced discussions to lead the round", "X serait en discussions pour entrer au capital". Their role is the
 * verb's (to lead: the lead). Not once the clause says they left the talks ("was in talks to invest but pulled out").
 */
const IN_TALKS = String.raw`(?:is|are|was|were|has been|have been)\s+(?:(?:also|still|reportedly|now|said to be|understood to be)\s+)*in\s+(?:(?:advanced|early|early-stage|final|late-stage|preliminary|exclusive|active)\s+)?(?:talks|discussions|negotiations)\s+to\s+`;
const IN_TALKS_FR = String.raw`(?:est|sont|serait|seraient|était|étaient)\s+(?:(?:également|aussi|toujours|actuellement)\s+)?en\s+(?:discussions?|négociations?|pourparlers)\s+(?:(?:avancées?|exclusives?)\s+)?(?:pour|afin d[e’'])\s*`;
/** Leaving the talks, in the clause after them: the names are no investors. */
const LEFT_TALKS_AFTER = String.raw`(?![^.;]{0,80}\b(?:withdr[ae]wn?|pulled out|walked away|backed out|dropped out|se sont retirée?s|s[’']est retirée?|a renoncé|ont renoncé)\b)`;
/**
 * "join", "rejoindre", "entrer" take a round or the capital as their object: "in talks to join the round", "pour entrer au capital".
 * Not "to join as chief operating officer", "to join forces with X", "pour rejoindre la direction" (a post, a partnership).
 */
const JOIN_OBJECT = String.raw`(?=\s+(?:[\p{L}\p{N}§’'-]+\s+){0,3}?(?:${lexAlt(LEX_ROUND_NOUNS)}|capital|cap table|investors|backers|syndicate|investisseurs|actionnaires|actionnariat)(?![\p{L}]))`;
const IN_TALKS_LEAD = new RegExp(String.raw`\b(?:${IN_TALKS}(?:co-?)?lead|${IN_TALKS_FR}(?:co-?)?(?:mener|piloter))(?![\p{L}])${LEFT_TALKS_AFTER}`, 'giu');
const IN_TALKS_PARTICIPANT = new RegExp(String.raw`\b(?:${IN_TALKS}(?:invest|back|participate|fund|take part)|${IN_TALKS}join${JOIN_OBJECT}|${IN_TALKS_FR}(?:investir|participer|prendre part)|${IN_TALKS_FR}(?:rejoindre|entrer)${JOIN_OBJECT})(?![\p{L}])${LEFT_TALKS_AFTER}`, 'giu');

/** Backward triggers: the names come before. */
const BACKWARD_TRIGGERS: Array<{ role: InvestorRole; re: RegExp; gate?: RegExp; attach: InvestorMention['attach']; afterWith?: boolean; afterRelative?: boolean; afterCleft?: boolean; needsNear?: boolean; notPersonSubject?: boolean }> = [
  // "the only major round which Blackbird Ventures contributed to", "le tour de table que Partech a mené": the round is the
  // object of a relative clause whose subject, between "which/que" and the verb, is the investor. The verb is matched first
  // (lookahead), so the lookbehind runs only where a verb is, never at each position of a long whitespace run.
  { role: 'lead', re: /(?=(?:co-?led|led|a mené|ont mené|a co-mené|ont co-mené)(?![\p{L}]))(?<=\b(?:round|financing|raise|deal|tranche|tour de table|levée(?: de fonds)?|opération)\s{1,3}(?:(?:in|to|into|of)\s(?=which)|dans\s(?=lequel|laquelle))?(?:which|that|que|qu[’']|lequel|laquelle)\s?(?:[^\s.;,]{1,40}\s{1,3}){1,6}?)(?:co-?led|led|a mené|ont mené|a co-mené|ont co-mené)(?![\p{L}])/gu, attach: 'prev', afterRelative: true },
  { role: 'participant', re: /(?=(?:(?:also\s)?(?:contributed to|participated in|took part in|joined|backed|invested in|put money into|contributed|participated|took part|invested)|a participé|ont participé|a pris part|ont pris part|a rejoint|ont rejoint|a financé|ont financé|a soutenu|ont soutenu)(?![\p{L}]))(?<=\b(?:round|financing|raise|deal|tranche|tour de table|levée(?: de fonds)?|opération)\s{1,3}(?:(?:in|to|into|of)\s(?=which)|dans\s(?=lequel|laquelle))?(?:which|that|que|qu[’']|lequel|laquelle)\s?(?:[^\s.;,]{1,40}\s{1,3}){1,6}?)(?:(?:also\s)?(?:contributed to|participated in|took part in|joined|backed|invested in|put money into|contributed|participated|took part|invested)|a participé|ont participé|a pris part|ont pris part|a rejoint|ont rejoint|a financé|ont financé|a soutenu|ont soutenu)(?![\p{L}])/gu, attach: 'prev', afterRelative: true },
  // First, so it wins over the generic "leading the round" at the same offset.
  // "with Sequoia Capital leading (the round)", "Accel leading the round and Index participating": the names after "with".
  { role: 'lead', re: /\b(?:co-?)?leading(?=(?: (?:the|this) (?:round|investment|financing|raise|deal|tranche))?\s*(?:[,;.)]|$|\s(?:and|with|while)\s))/gi, attach: 'prev', afterWith: true },
  // "X led the round", "X leads $5 million round", "X co-led a $30M Series A"
  // Not "X led with a § round" (topped a list with its own round).
  // Not "Singapore leads Southeast Asia in tech funding" (ranks first): no "in"/"among" before the round noun.
  // "X headed the round", "X spearheaded a § Series A", "X anchored the round".
  // Not the "-led" of a compound ("a Northwind-led round": HYPHEN_LED reads it) nor "led the company through its § round" (steered it).
  // RESTATED_FIGURE: the figure may be restated in another currency in brackets, "THG Ventures has led a RMB150 million (US$23 million)
  // series B round" (1080, China Money Network), "Accel led a Rs 100 crore ($13 million) Series B": a bracket right after the masked
  // figure is one more word before the round noun (the money reader may leave the restatement unmasked: "§§§ (US$23 million)"); only
  // right after a figure, so "led the company (a bakery) through its round" is kept out.
  // RETURNED_TO_LEAD: a backer back for one more round leads it, "Seed Capital … returned to lead the extension of the raise" (951,
  // FinTech Global after TechCrunch), "Accel came back to lead the Series B", "Index stepped in to lead the round": "to lead" after a
  // verb of returning or stepping in, as after "will" / "set to" (the round noun after it is still required).
  { role: 'lead', re: /(?<![-‑])\b(?:co-?)?(?:led|leads|leading|is leading|(?<=\b(?:will|would|shall|(?:set|agreed|plans|planning|expected|returned|returns|returning|came back|comes back|stepped in|steps in|stepped up|steps up) to)\s)lead|headed|heads|spearheaded|spearheads|anchored|anchors) (?!with\b)(?:the|a|an|its|this|their)?\s?(?:(?:(?!(?:in|among|across|with|through)\s)[\w§.’'-]+|(?<=§\s)\([^()]{1,40}\)) ){0,4}?(?:round|financing|funding|investment|raise|series|tranche)\b/gi, attach: 'next' },
  // The lead as the subject of a bare "led": "DCVC led and was joined by A, B", "Accel led, with participation from B", "Index co-led."
  // Only when other investors follow ("London led, with 1,200 deals" ranks a city) or as "co-led" closing the sentence;
  // (written "(?:\s*,\s+|\s+)" and "\s*(?:\.\s*)?$", not "\s*,?\s+" / "\s*\.?\s*$": two adjacent runs of spaces split a long blank run
  // every way, quadratic; these are the same sets of strings, matched in linear time);
  // not "X led the company" or "X led with a § round".
  { role: 'lead', re: /\b(?:co-?)?led(?=(?:\s*,\s+|\s+)(?:and\s+)?(?:was\s+|were\s+)?(?:joined|accompanied)\s+by\b|(?:\s*,\s+|\s+)(?:with|alongside)\s+(?:the\s+)?(?:additional\s+|further\s+)?(?:participation|support|backing|contributions?)\s+(?:from|of|by)\b|\s*,\s*(?:with|alongside|and)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Lu}][^.;]*?\b(?:participating|joining|investing|contributing|following)\b)|\bco-?led(?=\s*(?:\.\s*)?$)/giu, attach: 'prev', needsNear: true },
  // "with Atinum Investment identified as the lead investor": the names between "with" and the participle.
  { role: 'lead', re: /\b(?:identified|named|designated|listed|confirmed|acting|serving) as (?:the )?lead(?: investor)?s?\b/gi, attach: 'prev', afterWith: true },
  // "avec Northwind en chef de file", "avec X comme lead": the names between "avec" and the role.
  { role: 'lead', re: /\b(?:en (?:tant que )?|comme )(?:chefs? de file|leads?|investisseurs? principa(?:l|ux))(?![\p{L}\p{N}])/giu, attach: 'prev', afterWith: true },
  // "X took the lead in the § round", "X prend la tête du tour de table": the lead, the round after it.
  { role: 'lead', re: /\b(?:took|takes|taking|has taken) the lead (?=(?:in|on|of) (?:the|this|a|an|its|their) (?:[\w§.’'-]+ ){0,3}?(?:round|financing|funding|investment|raise|series|tranche)\b)|\b(?:prend|prennent|a pris|ont pris) la tête (?=(?:du|de la|de l[’']|de cette|de ce) ?(?:[\p{L}§’'-]+ ){0,2}?(?:tour|levée|opération|financement)(?![\p{L}]))/giu, attach: 'next' },
  // "X was the “strategic lead”", "X acted as lead investor"
  // "a round with Northwind Capital as (the) lead (investor)": the names run from "with" (before the generic "as lead", which would read
  // back to the company; without a "with" this one is dropped and the generic one reads the subject).
  // Not "acted as lead manager", "were joint lead managers", "as lead underwriter": a bank running a share sale is no investor
  // (INTERMEDIARY_ROLE_AFTER_LEAD).
  { role: 'lead', re: new RegExp(String.raw`\bas (?:the )?(?:co-?)?lead${INTERMEDIARY_ROLE_AFTER_LEAD}(?: investor)?s?\b`, 'gi'), attach: 'prev', afterWith: true },
  { role: 'lead', re: new RegExp(String.raw`\b(?:was|were|is|as|acted as) (?:the )?[“"]?(?:\w+ )?lead${INTERMEDIARY_ROLE_AFTER_LEAD}(?: investor)?s?\b[”"]?`, 'gi'), attach: 'prev' },
  // ROLE_AS_LEAD_FR: "X agit ici comme investisseur de référence", "X intervient en tant que chef de file", "X a agi comme lead": the
  // subject of a verb of acting in the role of the round's lead (the French for "X acted as lead investor"). "Investisseur de
  // référence" is the anchor that sets the terms, the French press's word for the lead.
  { role: 'lead', re: /\b(?:agit|agissent|a agi|ont agi|intervient|interviennent|est intervenue?|sont intervenue?s)\s+(?:(?:ici|également|aussi|donc)\s+)?(?:comme|en tant que|en qualité d[e’'])\s*(?:(?:l[’']|le|la)\s*)?(?:co-?)?(?:chefs? de file|leads?|investisseurs? (?:principa(?:l|ux)|de référence))(?![\p{L}\p{N}])/giu, attach: 'prev' },
  // French: "X mène le tour", "X mène l’opération", "X est chef de file"
  // "après avoir mené la série B de Acme": the infinitive of the past after "après" has the main clause's agent (PARTICIPLE_AGENT).
  { role: 'lead', re: /\b(?:co-?mène|co-?mènent|mène|mènent|(?:a|ont|avoir) (?:co-?)?(?:mené|dirigé|piloté)) (?:(?:le|la|ce|cette)(?![\p{L}\p{N}])|l[’'])/giu, attach: 'next' },
  // "Kestrel pilote la levée de § de Norvio", "Orion dirige le tour de table", "X conduit l’opération": the present of the other
  // lead verbs (piloter, diriger, conduire) makes its subject the lead like "mène", but these verbs also run companies and
  // projects ("X dirige la société"), so only with a round noun of the lexicon (LEX_ROUND_NOUNS) right after the article.
  { role: 'lead', re: new RegExp(String.raw`\b(?:co-?)?(?:pilote|pilotent|dirige|dirigent|conduit|conduisent) (?:(?:le|la|ce|cette) |l[’'])(?:[\p{Ll}-]+ )?${lexAlt(LEX_ROUND_NOUNS)}(?![\p{L}\p{N}])`, 'giu'), attach: 'next', notPersonSubject: true },
  { role: 'lead', re: /\b(?:est|sont|a été|ont été|était|agit comme|intervient comme) (?:le |les |l[’'])?(?:chefs? de file|investisseurs? principa(?:l|ux)|principa(?:l|ux) investisseurs?|leads?)(?![\p{L}\p{N}])/giu, attach: 'prev' },
  // An earlier round in a relative clause: "Headline, qui avait mené la précédente levée de 16 millions" — only a figure after it.
  { role: 'lead', re: /\b(?:qui |which |who )?(?:avait|avaient|had) (?:co-?)?(?:mené|led) (?:le|la|les|the|its|their|a|an)(?![\p{L}\p{N}])/giu, attach: 'next-only' },
  // RELATIVE_LEAD_OF_THE_ROUND: "Molten Ventures, which led the funding round, added", "investors like Temasek, which led the
  // round, pumped in §": a relative clause that says its antecedent led "the round" (definite, at most one lower-case modifier) and
  // closes right there (a comma, the sentence's end) is about the round the article tells, so its names go to the round before, as
  // the French "X, qui a mené le tour de table," does. Not "which led the round in 2019 / in Nio / of Acme" (the clause goes on:
  // another round, read by the next rule, next-only), nor "the Series A round" (a named round may be an earlier one). Before the
  // rule below, which would take the same offset. Shape: 812 (HortiDaily), 847 (DairyNews7x7).
  { role: 'lead', re: /\b(?:which|who) (?:also |jointly )?(?:co-?)?led (?:the|this) (?:(?:funding|financing|investment|latest|new|current|recent|fresh|entire|whole)\s)?(?:round|financing|raise|investment|tranche)(?=\s*(?:,|[.;](?:\s|$)|$))/giu, attach: 'prev' },
  // "Tencent, which recently led an over $1-billion round in Nio": the investor's earlier round in another company.
  { role: 'lead', re: /\b(?:which|who|qui) (?:recently |previously |earlier |also |a récemment )?(?:co-?)?(?:led|mené) (?:an?|the|its|their|le|la|une?)(?![\p{L}\p{N}])/giu, attach: 'next-only' },
  // "Sequoia and Tiger Global already supplied $35m in series B funding for Grofers": investors putting money into a company.
  // Not money put into a fund ("Telus has invested § into the Telus Pollinator Fund": a fund's sponsor, not a round's investor).
  // "Tiger Global contributed §", "SoftBank put in §", "Accel is investing §".
  // A withheld sum stands for the figure after a verb of investing (WITHHELD_SUM), and a French adverb may sit inside the compound
  // past ("a récemment investi une somme non précisée dans X").
  { role: 'participant', re: new RegExp(String.raw`\b(?:supplied|provided|injected|pumped|poured|pumps|injects|pours|invested|invests|investing|contributed|contributes|contributing|put in|put up|puts in|chipped in|committed|commits|put|puts|(?:a|ont)(?:\s(?:récemment|également|aussi|déjà))?\sinvesti|investit|investissent|a injecté|ont injecté|injecte|injectent|a apporté|ont apporté|apporte|apportent)(?= (?:(?:in )?(?:another |an additional |a further |a total of |au total |un total de )?${FIGURE_QUALIFIER}§+(?!§)|${WITHHELD_SUM})(?!\s*(?:\([^)]*\)\s*)?(?:into|in|to|dans) (?:the |its |a |their |le |la |les |son |sa |ses |leur |un )?(?:[\p{L}’'-]+ ){0,5}?(?:fund|fonds)\b))`, 'giu'), attach: 'next' },
  // "Accel plans to invest § in Acme", "SoftBank has agreed to invest § into Cruise", "Partech va investir § dans Acme": an investor
  // about to put money into a named company (a capital after "in/dans"; "Acme will invest § in new factories" is spending, not investing),
  // and only a firm's word before it: "Google said it will invest § in India" is a company spending in a country.
  { role: 'participant', re: new RegExp(String.raw`(?=(?:invest|investir|injecter|apporter)\s)(?<=\b(?:${FIRM_WORDS}|Angels|VC|Bank|Fonds|Invest)(?![\p{L}])[^.;]{0,40}?\b(?:(?:will|would|to|shall|va|vont|de)\s|d[’'])(?:also\s|aussi\s|également\s)?)(?:invest|investir|injecter|apporter)(?=\s(?:another\s|an additional\s|a further\s|up to\s|jusqu[’']à\s)?${FIGURE_QUALIFIER}§+\s*(?:\([^)]*\)\s*)?\s(?:in|into|dans)\s(?:la\s|le\s|l[’']|the\s)?\p{Lu})`, 'gu'), attach: 'next' },
  // "des investisseurs, le fonds de Softbank et d’autres fonds, ont accepté de mettre §", "A and B have agreed to invest §":
  // the ones who agreed to put money in (a figure right after the verb).
  { role: 'participant', re: /\b(?:ont|a|have|has|had)\s+(?:(?:also|également|aussi|tous)\s+)?(?:accepté|agreed|committed|pledged|promised)\s+(?:de\s+|d[’']|to\s+)(?:mettre|investir|injecter|apporter|invest|put|inject|provide|contribute)(?=\s+(?:(?:up to|in|another|an additional|a further|jusqu[’']à)\s+)?§)/giu, attach: 'next', needsNear: true },
  // "with Index Ventures also participating", "and Seedcamp chipping in": the names after "with"/"and".
  { role: 'participant', re: /\b(?:also |too )?(?:participating|taking part|chipping in|joining|investing|contributing|following on|pitching in)(?=(?: (?:in )?(?:the|this) (?:round|investment|financing|raise|deal))?\s*(?:[,;.)]|$|\s(?:and|with|while)\s))/gi, attach: 'prev', afterWith: true },
  // "Fonds de solidarité FTQ, Celgene and BDC Capital were among the other investors", "A and B are also investors in the round".
  // Not the backers of a fund ("are some of the investors in Blackbird’s fund": its limited partners): see FUND_AFTER.
  { role: 'participant', re: /\b(?:was|were|is|are)\s+(?:also\s+)?(?:among\s+(?:the\s+)?(?:(?:other|new|existing|additional|returning|early|earlier)\s+)?(?:investors|backers|participants|co-investors|contributors)|(?:the\s+)?(?:other|new|additional|returning)\s+(?:(?:new|existing|strategic|institutional|financial|notable)\s+)?(?:investors|backers|participants)|also\s+(?:investors|backers))\b|\b(?:figurent|figure|comptent) parmi les (?:autres |nouveaux )?(?:investisseurs|actionnaires|financeurs)\b/giu, attach: 'prev', needsNear: true },
  { role: 'participant', re: /\bfont (?:également |aussi )?partie (?:des|du) (?:(?:autres|nouveaux) )?(?:investisseurs|actionnaires|financeurs|tour de table)\b/giu, attach: 'prev', needsNear: true },
  // "Accel was the sole investor in the round": a participant (a sole investor is not called the lead).
  { role: 'participant', re: /\b(?:was|were|is|are|est|était) (?:the |its |le |l[’'])?(?:sole|only|single|main|largest|biggest|anchor|first|earliest|initial|seul|unique|premier) (?:investor|backer|funder|investisseur|financeur)s?\b/giu, attach: 'prev', needsNear: true },
  // "Accel, Index Ventures and Seedcamp backed the round", "X financed the § Series A".
  { role: 'participant', re: /\b(?:co-?)?(?:backed|funded|financed|bankrolled|backs|funds|finances) (?:the|this|its|their|a|an) (?:[\w§.’'-]+ ){0,3}?(?:round|raise|financing|deal|investment|series [a-j]\+?|tranche)\b/gi, attach: 'next', needsNear: true },
  // "Accel a pris un ticket dans la levée", "Partech et Elaia ont également souscrit", "Partech s’est joint au tour de table",
  // "Partech et Elaia sont également de la partie", "complètent le tour de table", "ont accompagné la start-up dans cette levée".
  { role: 'participant', re: /\b(?:a|ont) (?:également |aussi )?pris (?:un|une|des) (?:tickets?|participations?)\b|\b(?:a|ont) (?:également |aussi )?souscrit\b|\b(?:s[’']est jointe?|se sont jointe?s|rejoignent|ont rejoint|a rejoint) (?:également |aussi )?(?:au|le|la|l[’']|à la|à l[’'])\s?(?:tour|levée|opération|financement)|\b(?:est|sont) (?:également |aussi )?de la partie\b|\bcomplètent (?:le |la |l[’']|ce |cette )?(?:tour|levée|opération|financement)(?![^.;:]{0,25}:)|\b(?:ont |a )?(?:également |aussi )?accompagn(?:é|ent|e)(?![\p{L}])(?!\s+(?:par|de|d[’']))(?=[^.;]{0,60}\b(?:levée|tour|opération|financement|augmentation de capital)\b)/giu, attach: 'prev', needsNear: true },
  // Headline style: "Sequoia, Accel back Acme in § round", "Tencent bets on Acme with § Series B": investors backing a company in a round
  // told right after it (not "Google and Amazon both backed CTRL Labs, and SenseTime raised §": another clause's figure).
  { role: 'participant', re: /\b(?<!\b(?:which|who|that|qui) (?:also )?)(?:both |also |jointly )?(?:back|backs|backed|bet on|bets on|bet big on|invest in|invests in)(?=\s(?:[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*\s){1,4}(?:in|with|via|through)\s(?:an?\s|its\s|the\s|their\s|new\s)?(?:[\w§.+-]+\s){0,3}?(?:§|round|funding|financing|investment|series|seed|raise)(?![\p{L}]))/gu, attach: 'next', needsNear: true },
  // "Accel and Index also wrote cheques in the § round".
  { role: 'participant', re: /\b(?:also )?wr(?:ote|ites|itten|iting) (?:a |the |their |its )?(?:first |lead |biggest |largest )?(?:cheques?|checks?)\b/gi, attach: 'prev', needsNear: true },
  // "A and B are still in talks to invest", "X is in advanced discussions to lead a § round" (IN_TALKS_LEAD / IN_TALKS_PARTICIPANT).
  { role: 'lead', re: IN_TALKS_LEAD, gate: IN_TALKS_GATE, attach: 'next', needsNear: true },
  { role: 'participant', re: IN_TALKS_PARTICIPANT, gate: IN_TALKS_GATE, attach: 'next', needsNear: true },
  // "Bpifrance et Kima Ventures entrent au capital", "X fait son entrée au capital": new shareholders told before the frame (CAPITAL_ENTRY_BACKWARD).
  { role: 'participant', re: CAPITAL_ENTRY_BACKWARD, attach: 'prev', needsNear: true },
  // "Les investisseurs historiques Partech et Kima Ventures ont remis au pot": existing investors putting in again.
  { role: 'participant', re: /\b(?:ont|a) (?:également |aussi |de nouveau )?(?:remis (?:au pot|la main à la poche)|réinvesti)|\bremettent (?:au pot|la main à la poche)/giu, attach: 'prev', needsNear: true },
  // "Existing investors A and B increased their stakes", "X upped its stake in the round", "A et B ont renforcé leur participation":
  // holders putting in more are investors of the round, read next to a deal and only with an investor noun before or the round after
  // ("Tencent increased its stake in Spotify to 9%" alone is a share purchase).
  { role: 'participant', re: /(?:\b(?:(?:also|all|both)\s+)?(?:increased|upped|raised|boosted|topped up|grew|doubled)\s+(?:their|its)\s+(?:stakes?|shares|holdings?|positions?|investments?)|\b(?:ont|a)\s+(?:(?:également|aussi|tous|toutes)\s+)?(?:renforcé|augmenté|accru|consolidé)\s+(?:leur|leurs|sa|ses)\s+(?:participations?|positions?|mises?|investissements?)|\b(?:renforcent|renforce)\s+(?:leur|leurs|sa|ses)\s+(?:participations?|positions?))(?![\p{L}])(?:(?<=\b(?:investors?|backers?|shareholders?|investisseurs?|actionnaires?|fonds|funds?|round|tour de table|levée|opération)\b[^.;]{0,160}?)|(?=[^.;]{0,60}?\b(?:round|raise|financing|tranche|tour|levée|opération|financement)(?![\p{L}])))/giu, attach: 'prev', needsNear: true },
  // The cleft "c'est X qui" / "it was X that" + a lead verb singles out the round's lead: "c'est le fonds Falcon Edge qui a repris la
  // main", "c'est X qui a mené / piloté / pris la tête de l'opération", "it was X that led / headed / spearheaded the § round", "it was
  // X who took the lead". Only with a figure or the round told right after ("c’est X qui a repris la main sur le marché" is a market).
  { role: 'lead', re: new RegExp(String.raw`(?=(?:qui|that|who)\s)(?<=\b(?:c[’']est|ce sont|it was|it is|it's|it’s)\s[^.;]{1,80}?\s)(?:qui|that|who)\s+${CLEFT_LEAD_VERB}(?=[^.;]{0,80}?(?:§|\b(?:round|financing|raise|ticket|tour|levée|opération|table|investment|deal|series|série)(?![\p{L}])))`, 'giu'), attach: 'prev', afterCleft: true, needsNear: true },
  // The subject of a verb of coming together for a round (COLLAB_VERBS; see there): "A and B teamed up to co-lead the § series B" leads,
  // "A, B and C have come together in a § Series A raise" takes part. "A and B joined others in investing in Acme": the same joining.
  { role: 'lead', re: new RegExp(String.raw`\b(?:(?:have|has|had|ont|a)\s+)?${COLLAB_VERBS}(?=${COLLAB_WITH}${COLLAB_LEAD_PURPOSE})`, 'giu'), gate: COLLAB_GATE, attach: 'prev', needsNear: true },
  { role: 'participant', re: new RegExp(String.raw`\b(?:(?:have|has|had|ont|a)\s+)?(?:${COLLAB_VERBS}(?=${COLLAB_WITH}${COLLAB_BACK_PURPOSE})|joined (?:others|other (?:investors|backers))\s+in (?:investing|backing|funding|financing)(?![\p{L}]))`, 'giu'), gate: COLLAB_GATE, attach: 'prev', needsNear: true },
  // "Existing backers Accel and Index Ventures returned", "X also returned for the round", "A and B also put money into the round".
  // "Company backers A and B returned for the series B": the object may be any round noun (ROUND_NOUNS), with up to two words before it.
  { role: 'participant', re: new RegExp(String.raw`\b(?:also )?(?:returned|followed on|doubled down|re-upped)(?=\s*[.;]|\s*$|\s+(?:to (?:invest|back|the round)|for (?:the|this|its|their) (?:[\w§-]+ ){0,2}?(?:${ROUND_NOUNS.join('|')})|as investors?)\b)|\b(?:also )?put (?:more |fresh |new )?money (?:into|in) (?:the|this) (?:round|raise|financing)\b`, 'gi'), attach: 'prev', needsNear: true },
  // "…, iNovia Capital, and Silicon Valley Bank also provided funding": a list's own verb of giving.
  // "A and B pledged § for Acme in a series A round": a pledge is an investment only with a round noun after the figure in the clause
  // ("Google pledges § to fight misinformation" gives to a cause).
  { role: 'participant', re: new RegExp(String.raw`\b(?:pledged|pledges|pledging)(?=\s(?:up to\s|another\s|an additional\s)?§+[^.;]{0,80}?(?<![\p{L}])${COLLAB_ROUND})`, 'gu'), attach: 'next', needsNear: true },
  // "have committed multi-year funding to Acme", "provided seed capital": up to two lower-case modifiers before the money noun (not "to":
  // "committed to funding research" is a promise, not money given).
  { role: 'participant', re: /\b(?:also\s+)?(?:provided|contributed|supplied|put up|put in|committed)\s+(?:(?!(?:to|no|not|any|none)\s)[\p{Ll}-]+\s+){0,2}?(?:funding|capital|financing|money|cash|funds)\b/giu, attach: 'prev', needsNear: true },
  // "Existing backers A and B also contributed to the round", "A et B ont également contribué à la levée": a list giving to the round.
  { role: 'participant', re: /\b(?:also\s+)?(?:contributed|contribute|contributes|contributing)\s+(?:to|in)\s+(?:the|this|its|their|a|an)\s+(?:[\w§.’'+-]+\s+){0,3}?(?:round|financing|raise|tranche|investment|series [a-j]\+?)(?![\p{L}])|\b(?:a|ont)\s+(?:également\s+|aussi\s+)?contribué\s+(?:à|au)\s+(?:la\s+|l[’']|ce\s+|cette\s+)?(?:[\p{L}§-]+\s+){0,2}?(?:tour|levée|opération|financement)(?![\p{L}])/giu, attach: 'prev', needsNear: true },
  // FOLLOW_ON_IN_ROUND: "Existing investors A, B and C made follow-on investments in this round", "A also made a follow-on
  // investment in the round": holders putting money in again, the names before the verb. Only with the round as the object
  // ("made follow-on investments in 12 companies" is a fund's activity). Shape: 820 (BusinessPost NG), 841 (Enterprise, Egypt).
  { role: 'participant', re: /\b(?:also\s+)?(?:made|make|makes)\s+(?:(?:an?|their|its)\s+)?follow[- ]on\s+investments?\s+(?:in|into|to)\s+(?:the|this|its|their)\s+(?:[\w§.’'+-]+\s+){0,3}?(?:round|financing|raise|tranche|series [a-j]\+?)(?![\p{L}])/giu, attach: 'prev', needsNear: true },
  // "New investors A and B joined existing backers C in the § round": the subjects of "joined" before the holders they joined.
  { role: 'participant', re: /\b(?:also\s+)?joined\s(?=(?:(?:its|their|the company[’']s)\s+)?(?:existing|current|returning|previous|earlier|early)\s+(?:investors?|backers?|shareholders?)\b)/gu, attach: 'prev', needsNear: true },
  // "Online apparel company Jolly Information Technology joined in." (the round told just before).
  { role: 'participant', re: /\b(?:also )?joined in(?=\s*(?:[.;,)]|$))/gi, attach: 'prev' },
  // "– Boston-based Omega Fund became involved in the young biotech company", "X came on board".
  { role: 'participant', re: /\b(?:became|become|becomes|got|gets) involved\b|\b(?:came|comes|has come) on board\b/gi, attach: 'prev' },
  // "Rich Paul and Andreessen Horowitz were also onboard": backers, only next to a round ("Apple is on board." alone is agreement).
  { role: 'participant', re: /\b(?:was|were|is|are) (?:also )?on[- ]?board(?=\s*[.;,]|\s*$)/gi, attach: 'prev', needsNear: true },
  // "Tiger Global Management entering as an investor", "ScaleUp Capital will now become the largest shareholder".
  { role: 'participant', re: /\b(?:entering|entered|enters|joining|joined|joins|coming in|came in|comes in|arrives|arriving) as (?:an? |the )?(?:new |strategic |minority )?(?:investor|shareholder|backer)s?\b|\b(?:will )?(?:now )?(?:become|becomes|became|becoming) (?:the |a |its )?(?:largest|biggest|majority|main|single largest|new|major) (?:shareholder|investor|backer|stakeholder)\b/gi, attach: 'prev' },
  // "Kestrel Partners signe le chèque", "X a signé le plus gros chèque", "X wrote the biggest cheque", "X cut a check": the
  // signer of a round's cheque is its investor (the names before the verb), read next to a deal.
  { role: 'participant', re: /\b(?:signe|signent|a signé|ont signé|wrote|writes|write|signed|signs|cut|cuts)\s+(?:(?:the|a|le|un|les|des)\s+)?(?:(?:biggest|largest|first|plus gros|premiers?|gros)\s+)?(?:chèques?|cheques?|checks?)(?![\p{L}])/giu, attach: 'prev', needsNear: true },
  // "Existing investors A, B and C all invested too", "A and B participated as well", "A et B ont tous suivi": a list closing its
  // sentence with a bare verb of taking part, read next to a deal (never "the money will be invested": a passive has no investor).
  { role: 'participant', re: /(?<!\b(?:be|been|being|is|are|was|were|get|gets|got)\s)\b(?:(?:all|both|each|also|too)\s+)?(?:invested|reinvested|participated|chipped in|pitched in)(?:,?\s+(?:too|as well|again|also))?(?=\s*(?:[.;!]|$))|\b(?:ont|a)\s+(?:(?:tous|toutes|également|aussi|de nouveau)\s+){1,2}suivi(?![\p{L}])/giu, attach: 'prev', needsNear: true },
  // "A, B and C also joined.", "A took part too", "A et B ont également rejoint.": a list closing its clause with a bare verb of
  // joining, only with "also"/"too"/"as well" (a bare "X joined." is a hire as often as an investor) and never after "has"/"had"
  // ("Jane Moreau has also joined" reads as a team's hire), read next to a deal.
  { role: 'participant', re: /(?<!\b(?:be|been|being|is|are|was|were|has|have|had)\s)\b(?:also\s+(?:joined|took part|came in|came aboard|signed on)|(?:joined|took part|came in|came aboard|signed on),?\s+(?:too|as well))(?=\s*(?:[.;!]|$))|\b(?:ont|a)\s+(?:également|aussi|eux aussi|elles aussi)\s+(?:rejoint|embarqué|suivi)(?=\s*(?:[.;!]|$))/giu, attach: 'prev', needsNear: true },
  // "EDF Ventures, which led a seed financing in 2006, is also participating", "A and B are also investing in the round", "Kestrel
  // participe également à l'opération": a progressive of taking part closing the clause (the names before, past a relative clause).
  { role: 'participant', re: /\b(?:is|are|was|were|will be)\s+(?:also\s+)?(?:participating|investing|taking part|chipping in|joining)(?=(?:\s+(?:in|on)\s+(?:the|this|its)\s+(?:[\w§-]+\s+){0,2}?(?:round|financing|raise|deal|investment|tranche))?\s*(?:[.;]|$))|\bparticipen?t?\s+(?:également|aussi)\s+(?:à|au)\s+(?:la\s+|l[’']|ce\s+|cette\s+)?(?:tour|levée|opération|financement)(?![\p{L}])/giu, attach: 'prev', needsNear: true },
  // "X also participated", "X also took part", "X joined the round", "X joined a $460 million Series C"
  // Not "Samsara Eco also joined the (unicorn) club with a § investment": a company entering a ranking by its own raise.
  { role: 'participant', re: /\b(?:also )?(?:participated|participate|took part|take part|joined|join|invested|reinvested|réinvestit|réinvestissent|ont (?:également |aussi |tous |toutes )?pris part|ont (?:également |aussi |tous |toutes )?participé|a (?:également |aussi )?(?:participé|pris part)|participent|participe|ont suivi)(?![\p{L}\p{N}])(?! the (?:[\w-]+ )?(?:club|ranks|list|league|elite|ranking)s?\b)(?: (?:in|to|the|a|an|its|this|au|à|le|la)\b[^.]{0,60}?\b(?:round|financing|funding|investment|raise|series|tour|levée|opération|capital)(?![\p{L}\p{N}]))?/giu, attach: 'next' },
];

/**
 * What follows the round noun when the noun heads the subject: not a hyphenated compound ("the seed-stage investor") nor a second
 * noun it modifies ("the investment firm", "the seed investors", "the deal team"): a company kind (companies.ts COMPANY_KIND), an
 * agent noun in -or/-er/-ist (not an adverb or a preposition that ends so: "the round never closed"), or a noun of a fund's make-up.
 */
const ROUND_NOUN_MODIFIES_NEXT = new RegExp(String.raw`^(?:-\p{L}|\s+(?:${COMPANY_KIND}|funds?|banks?|arms?|vehicles?|houses?|teams?|stage|(?:investor|backer|lender|partner|manager|adviser|advisor|sponsor|founder|co-founder|leader|member|owner|holder|shareholder|stakeholder|underwriter|arranger|operator|specialist|capitalist|financier|funder|provider|player|participant|syndicator|allocator|LP)s?)(?![\p{L}\p{N}]))`, 'u');
/**
 * A sentence opening on a participle clause whose main subject is the round: "Led by Acme Capital, the funding round will …",
 * "Backed by A and B, the seed round brings …", "Co-led by X and Y, this Series B …". The round is the subject the participle
 * describes, so the cue needs no round word before it. The subject is a determiner and a round noun (ROUND_NOUNS) right after the
 * clause's comma, only a figure, capitalised words or a round's modifiers between ("the fund invests in seed startups" is a fund's
 * subject: "Backed by IFC, the fund …" describes a fund, never a round). Bounded gaps: linear.
 */
const OPENING_PARTICIPLE_ROUND_SUBJECT = new RegExp(String.raw`^[^,.;]{1,160},\s+(?:the|this|its|their|la|le|cette|ce|sa|son|l[’'])\s*(?:(?:§+|(?!(?:19|20)\d\d(?![\p{L}\p{N}]))[\p{Lu}\p{N}][\p{L}\p{N}.-]*|${LEX_CURRENT_ROUND_MODIFIERS.join('|')})\s+){0,3}?(?:${ROUND_NOUNS.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})(?![\p{L}\p{N}])`, 'u');
/** The sentence opens on a participle clause whose subject is today's round, the round noun heading that subject. */
function opensOnRoundSubject(text: string): boolean {
  const m = OPENING_PARTICIPLE_ROUND_SUBJECT.exec(text);
  return !!m && !ROUND_NOUN_MODIFIES_NEXT.test(text.slice(m[0].length, m[0].length + 40));
}
/** A company noun (or "founded and") right before a lead cue: "a startup led by", "une jeune pousse dirigée par", "founded and led by". */
const MANAGED_COMPANY_BEFORE = /(?:\b(?:startup|start-up|company|business|team|outfit|firm|entreprise|société|jeune pousse|pépite)s?|\b(?:founded|co-?founded|fondée?s?|cofondée?s?)\s+(?:and|et))\s+(?:(?:is|was|are|were|est|sont|a été)\s+)?(?:(?:now|currently|still|aujourd[’']hui|toujours)\s+)?$/iu;
/** A person named with a role right after a lead cue: "Twitch cofounder Kevin Lin", "its CEO Jane Moreau", "son fondateur Paul Okafor", "former Google engineers". */
// Of the C-suite only CEO and CTO, and of the French founders not the hyphenated "co-fondateur" in the speaker pattern below:
// the lists as they were before the lexicon (widening them is a behaviour change, made separately with its rows).
const PERSON_WITH_ROLE_AFTER = new RegExp(String.raw`^\s*(?:(?:its|their|the|a|an|son|sa|ses|leur|leurs|l[’'])\s*)?(?:(?:former|ex-|serial|veteran|ancien|ancienne|anciens)\s*)?(?:\p{Lu}[\p{L}\p{N}&.’'-]*\s+){0,3}?(?:(?:${roleAlternation(founderEn)})s?|(?:${roleAlternation(founderFr)})s?|${roleAlternation(executiveEn, executiveFr)}|CEO|CTO|entrepreneurs?|executives?|engineers?|veterans?|alumni|dirigeante?s?)(?![\p{L}])`, 'u');
/** The round as the subject of the lead cue: "The seed round was led by", "la levée, menée par" (not "which raised a § round, is led by": another subject's verb). */
const ROUND_SUBJECT_BEFORE = /(?:\b(?:round|financing|funding|investment|raise|series [a-j]\+?|seed|tranche|deal|tour(?: de table)?|levée(?: de fonds)?|opération|financement|amorçage)|§)\)?(?:\s+(?:(?:which|that|qui)\s+)?(?:(?:was|is|has been|were|will be|a été|est|sera|also|jointly|conjointement|également)\s+)*|,\s*)$/iu;
/** "Founded by A and B, and joined by": a firm's founding team, the person joining is a hire. */
const FOUNDED_BY_BEFORE = /\b(?:founded|co-?founded|started|launched|fondée?s?|cofondée?s?|créée?s?) (?:by|par)\b[^.;]*$/iu;
/** "joined by Jane Moreau as partner", "rejoint par X en tant qu’associé": a hire, not an investor. */
const HIRE_ROLE_AFTER = new RegExp(String.raw`^[^.;]{0,100}?\s(?:as|en tant qu[’']|comme)\s?(?:an?\s|its\s|the\s|their\s|new\s|nouvel(?:le)?\s)*(?:(?:${ROLE_QUALIFIER}|operating)\s+)?(?:${roleAlternation(cSuite)}|partners?|principals?|associate|advis[eo]rs?|chief\s\w+\sofficer|director|head|chair(?:man|woman)?|president|board member|associée?s?|directeur|directrice|conseill(?:er|ère)|administrat(?:eur|rice))(?![\p{L}])`, 'iu');

/** After a verb of taking part: "through its … investment vehicle, Gradient Ventures", "via sa filiale Acme Ventures" (the vehicle's name). */
/**
 * A participle (or a French past infinitive) after a preposition of time: "after leading Acme’s § Series B", "since backing X",
 * "après avoir mené la série B de Acme". It has no subject of its own: its agent is the main clause's. Read on the few characters
 * before the cue: linear.
 */
const PARTICIPLE_AFTER_PREPOSITION = /(?:^|[^\p{L}])(?:after|since|following|before|while|by|après|avant d[’'])\s+(?:(?:also|first|jointly|aussi|d[’']abord)\s+)?$/iu;
const PARTICIPLE_CUE = /^(?:co-?)?(?:leading|backing|heading|avoir\s)/iu;
/**
 * The possessor of an investment named by the main clause: "This is Ribbit Capital’s third investment in Africa", "Acme is X’s first
 * bet in Kenya", "Il s’agit du troisième investissement de X en Afrique". The investor is the possessor ("This is" is no name); a
 * capitalised run of at most five words, then the possessive, then at most two words (an ordinal, an adjective) before the noun:
 * bounded, so linear on a long subject.
 */
const POSSESSED_INVESTMENT_EN = /(?<![\p{L}\p{N}’'])(?<name>\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,4})(?:[’']s|(?<=s)[’'])\s+(?:[\p{Ll}\p{N}-]+\s+){0,2}?(?:investments?|bets?|deals?|backing|cheques?|checks?)(?![\p{L}])/u;
const POSSESSED_INVESTMENT_FR = /(?<![\p{L}])(?:investissements?|paris|pari|tickets?|participations?)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:de\s+|du\s+|d[’']\s?)(?:la\s+|l[’']\s?)?(?<name>\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,4})/u;
/** PARTICIPLE_AGENT: the names of a participle's agent when the main clause names it as an investment's possessor; null otherwise. */
function participleAgent(sentence: string, cueStart: number, segment: string): string[] | null {
  if (!PARTICIPLE_CUE.test(sentence.slice(cueStart, cueStart + 16)) || !PARTICIPLE_AFTER_PREPOSITION.test(sentence.slice(Math.max(0, cueStart - 24), cueStart))) return null;
  const m = POSSESSED_INVESTMENT_EN.exec(segment) ?? POSSESSED_INVESTMENT_FR.exec(segment);
  if (!m) return null;
  const names = parseList(m.groups!.name!, 'forward');
  return names.length === 1 ? names : null;
}

/**
 * COORDINATED_ROUND_OBJECT: a lead verb whose object is a coordination of rounds, "led Acme’s § Series B and Zeta’s § Series A",
 * "a mené la série B de Acme et la série A de Zeta": the subject leads each conjunct. Read after the cue up to the clause's end
 * (bounded window); each conjunct opens on the conjunction, then a possessor or a determiner and at most four words before a round
 * noun. Every match starts at a conjunction: linear.
 */
const ROUND_NOUN_ANY_CASE = ROUND_NOUNS.map((w) => w.replace(/^\p{Ll}/u, (c) => `[${c}${c.toUpperCase()}]`)).join('|');
const COORDINATED_ROUND_OBJECT = new RegExp(String.raw`\s(?:and|as well as|et)\s+(?:(?:the|its|their|a|an|la|le|sa|son|leur|l[’'])\s*|\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3}[’']s\s+)(?:(?:§+|\p{Lu}[\p{L}\p{N}+-]*|new|latest|recent|fresh|first|second|third|nouvelle|dernière|précédente|funding|financing|growth|venture)\s+){0,4}?(?:${ROUND_NOUN_ANY_CASE})(?![\p{L}])`, 'gu');

/**
 * ANAPHORIC_LEAD: a lead verb whose subject stands for an investor named before, a pronoun or a definite noun of an investing
 * firm, after at most a short fronted phrase and before an optional apposition: "Also, they led a series funding round for
 * Eigen" (284 Bitrazzi, Temasek), "Last week, it led a § Series B round" (406 DealStreetAsia, Tiger Global), "The firm, a
 * long-time backer of Cerebras, led the startup’s § Series A" (457 Crene, Benchmark), "The flagship VC fund has co-led the round
 * with Taavet+Sten" (869 TBS News, Startup Bangladesh; "VC fund" was read as a name), FR "Le fonds a mené le tour de table", "Il
 * a également mené la levée". The verbs are the cleft's (CLEFT_LEAD_VERB) and the French compound past with an adverb. The object
 * is a round with an article right after the verb: a possessive object ("In 2024, it led its first investment round": 936, the
 * raiser itself) or a preposition before the round noun ("led the team through a § round", "led to a round") is no backer's
 * lead. Anchored at the sentence's start: one attempt per sentence. The sentence names no investor there: funding.ts gives the
 * lead to the one the sentences before named (backerNear).
 */
const ANAPHOR_INVESTOR_HEAD_EN = String.raw`(?:firm|fund|investor|backer|VC|financier|investment (?:firm|company|house|arm)|venture (?:arm|firm|fund))`;
const ANAPHOR_INVESTOR_HEAD_FR = String.raw`(?:fonds|investisseur|investisseuse|firme|financeur|société de gestion|société d[’']investissement)`;
const ANAPHORIC_SUBJECT = String.raw`(?:(?:It|They|it|they|Il|Elle|Ils|Elles|il|elle|ils|elles|Celui-ci|Celle-ci|celui-ci|celle-ci)|(?:The|This|the|this)\s+(?:(?:[\p{Ll}-]+|VC)\s+){0,3}?${ANAPHOR_INVESTOR_HEAD_EN}|(?:Le|Ce|Cet|le|ce|cet|L[’']|l[’'])\s*(?:[\p{Ll}-]+\s+){0,1}?${ANAPHOR_INVESTOR_HEAD_FR}(?:\s+[\p{Ll}-]+){0,2}?)`;
const ANAPHORIC_LEAD = new RegExp(String.raw`^[\s"“]*(?:[^,;.:!?§]{1,40},\s+)?${ANAPHORIC_SUBJECT}(?:\s*,[^,;.!?]{1,80},)?\s+(?:(?:also|then|again|jointly|previously|recently|aussi|également|déjà|ensuite)\s+)?(?:(?:has|have|had)\s+(?:also\s+)?)?(?<verb>${CLEFT_LEAD_VERB}|(?:a|ont|avait|avaient)\s+(?:également|aussi|déjà|ensuite)\s+(?:co-?)?(?:mené|piloté|conduit|dirigé)(?![\p{L}]))\s+(?:the|a|an|this|that|le|la|ce|cette|un|une|l[’'])(?![\p{L}])\s*(?:(?!(?:through|to|into|in|with|of|for|from|vers|dans|à|avec|de)\s)[\p{L}\p{N}§’'-]+\s+){0,4}?(?:${ROUND_NOUN_ANY_CASE})(?![\p{L}])`, 'du');

/**
 * Where a sentence's lead verb has an anaphoric subject (ANAPHORIC_LEAD): the verb's offset, for funding.ts to name the lead from
 * the sentences before. Empty when the subject is a name or the object no round.
 */
export function anaphoricLeadsAt(sentence: string): Array<{ at: number; attach: InvestorMention['attach'] }> {
  const verb = ANAPHORIC_LEAD.exec(sentence)?.indices?.groups?.verb;
  return verb ? [{ at: verb[0], attach: 'next' }] : [];
}

/** The clause after a lead verb: up to the next sentence mark, a semicolon, a colon or a dash (at most 240 characters). */
const CLAUSE_REST_END = /[.;:!?]\s|[.;:!?]$|\s[–—]\s/u;
function coordinatedRoundsAt(sentence: string, cueEnd: number): number[] {
  let rest = sentence.slice(cueEnd, cueEnd + 240);
  const end = CLAUSE_REST_END.exec(rest);
  if (end) rest = rest.slice(0, end.index);
  const out: number[] = [];
  COORDINATED_ROUND_OBJECT.lastIndex = 0;
  for (const m of rest.matchAll(COORDINATED_ROUND_OBJECT)) out.push(cueEnd + m.index!);
  return out;
}

const VEHICLE_NAMED_AFTER = /^(?:\s+(?:in|to)\s+(?:the|this)\s+(?:round|deal|financing))?\s+(?:through|via|par l[’']intermédiaire de|par le biais de|à travers)\s+(?:its|their|son|sa|leur)\s+(?:[\p{L}-]+\s+){0,4}?(?:vehicle|arm|fund|unit|subsidiary|affiliate|véhicule|fonds|filiale|bras armé)\s*,?\s+(?<name>\p{Lu}[\p{L}\p{N}&.’'-]*(?:\s+\p{Lu}[\p{L}\p{N}&.’'-]*){0,3})/u;

/** A relative pronoun closing a backward list, right before its verb. */
const RELATIVE_PRONOUN_END = /\s*(?:qui|which|who)\s*$/iu;

/**
 * DESCRIBED_THAT: the name's description set off by a comma, closed by "that" before the verb ("Seed Capital, the Danish venture
 * capital firm that led the round in August, returned to lead …": 951 FinTech Global; "Halden, a London fund that backed its seed
 * round, …"). The clause is the name's own, like ", which led …": its verb reads the name before the comma, and the main verb after
 * the clause's closing comma reads the name too (DESCRIBED_THAT_CLAUSE drops the whole aside). An article, one to five words, then
 * "that": a description's capitalised adjective ("the Danish …") is one of the words. Bounded: linear.
 */
const DESCRIBED_THAT_END = /,\s*(?:the|an?)\s+(?:[\p{L}’'-]+\s+){1,5}?that\s*$/iu;
const DESCRIBED_THAT_CLAUSE = /,\s*(?:the|an?)\s+(?:[\p{L}’'-]+\s+){1,5}?that\s[^,;]*,\s*$/iu;

/**
 * "X Fund is a § initiative set up by …, and", "Le Fonds X est un véhicule de § lancé par l’État et": a fund described as a fund.
 * The same fund-profile rule is read a second time, for a whole sentence, by funding.ts (FUND_PROFILE_OPENING), which keeps a fund
 * that takes part in the round (FUND_IN_ROUND); this one has no such exception and reads other forms: merging the two changes results.
 */
const FUND_DESCRIBED_BEFORE = /\b(?:Fund|Funds|Fonds|Initiative|Programme|Program)(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,3}\s+(?:is|was|est|était)\s+(?:an?|une?)\s(?:[^.;]{0,60}?\s)?(?:initiative|fund|programme|program|vehicle|scheme|fonds|véhicule|dispositif)(?![\p{L}])[^.;]*$/u;

/** "invested a further §": the figure is the verb's object. */
const INVESTED_FIGURE = new RegExp(String.raw`^ (?:in )?(?:(?:another |an additional |a further |a total of |au total |un total de )?${FIGURE_QUALIFIER}§|${WITHHELD_SUM})`, 'u');
/** "… § into the Telus Pollinator Fund": money put into a fund, not a round. */
const INTO_FUND = new RegExp(String.raw`^ (?:in )?(?:(?:another |an additional |a further |a total of |au total |un total de )?${FIGURE_QUALIFIER}§+|${WITHHELD_SUM})\s*(?:\([^)]*\)\s*)?(?:into|in|to) (?:the |its |a |their )?(?:[\p{L}’'-]+ ){0,5}?(?:fund|fonds)\b`, 'iu');

/** " in Blackbird’s fund", " into the Telus Pollinator Fund": what follows a verb of taking part when the money went into a fund. */
const FUND_AFTER = /^\s+(?:in|into|to)\s+(?:(?:the|its|their|a|his|her)\s+|\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,3}[’']s\s+)?(?:(?!(?:round|financing|funding|deal|raise|series|investment|tranche)\b)[\p{L}\p{N}’'-]+\s+){0,4}?(?:fund|fonds)\b/iu;

/**
 * A fund as the subject of the raise, right before "from"/"backed by": "One of his many investment vehicles, Valar Ventures, has secured
 * funding from", "The fund is also supported by", "le fonds a levé § auprès de". What follows names the fund's own backers.
 */
const FUND_RAISING_BEFORE_CUE = /(?:(?:^|[,;:]\s*)(?:[\p{L}’'-]+\s+){0,5}(?:investment vehicles?|(?:venture |VC |investment )?funds?|fonds|VC firms?|venture (?:capital )?firms?|véhicules? d[’']investissement)\s*(?:,\s*[^,;]{1,60},\s*)?(?:(?:has|have|had|also|recently|a|ont|également)\s+)*(?:secured|raised|closed|received|attracted|obtained|landed|levé|obtenu|reçu|bouclé)\s[^.;]*|\b(?:fund|fonds|vehicle|véhicule)s?\s+(?:is|was|are|were|has been|have been|est|a été|sont)\s+(?:also\s+|également\s+|aussi\s+)?)$/iu;
/** A fund being raised in the sentence: "raise § for this fund", "the fund's first close", "pour ce fonds". */
const FUND_RAISED_IN = /\b(?:for|in|into|pour|dans) (?:this|the|its|their|a new|the new|ce|le|son|leur|un nouveau) (?:[\p{L}§-]+ ){0,3}?(?:fund|fonds)(?![\p{L}])|\bfund[’']?s? (?:first |final |initial )?close\b/iu;

/** A count of companies or deals, as figures or words: "19", "four", "several", "plusieurs". */
const COUNT_WORD = String.raw`(?:\p{N}+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs)`;
/**
 * The receivers of a programme's ticket that are companies: the lexicon's company plurals (LEX_COMPANY_PLURALS, its singular
 * "company" and the optional plural marks dropped: "in the company" is one round's company, "in companies" is many), and after
 * "each/chaque" the company class in any number (LEX_COMPANY_PLURALS and LEX_GENERIC_RAISER_NOUNS, plus the singular "venture").
 */
const TICKET_COMPANIES = lexAlt(LEX_COMPANY_PLURALS.filter((w) => w !== 'company').map((w) => w.replace(/\?$/u, '')));
const TICKET_COMPANY_ANY = lexAlt([...LEX_COMPANY_PLURALS, ...LEX_GENERIC_RAISER_NOUNS, 'venture']);
/** Receivers of a ticket that are no company, so in no company list: projects, teams, deals ("§ per project", "dans 12 projets"). */
const TICKET_OTHER_PLURAL = '(?:projects|founders|teams|projets|deals|investments)';
const TICKET_OTHER_ONE = '(?:project|team|projet|deal)';
/**
 * After an investing verb: § put into ventures, startups or companies at large ("investing § into ventures", "invests § in each
 * startup"), or into a count of them ("has invested around § into 19 startups": a fund's tally, unless the companies are named
 * right after, "in four startups including A and B"). An approximation may stand before the figure (FIGURE_QUALIFIER).
 */
const PROGRAMME_TICKET = new RegExp(String.raw`^\s+(?:in\s+)?${FIGURE_QUALIFIER}§+\s*(?:\([^)]*\)\s*)?(?:into|in|dans|per|par)\s+(?:(?:each|every|chaque)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${TICKET_COMPANY_ANY}|${TICKET_OTHER_ONE})|(?:des\s+|les\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:${TICKET_COMPANIES}|${TICKET_OTHER_PLURAL})|${COUNT_WORD}\s+(?:(?!(?:of|de|des|d[’'])\s)[\p{Ll}-]+\s+)?(?:${TICKET_COMPANIES}|${TICKET_OTHER_PLURAL})(?![^.;]{0,30}\b(?:including|such as|among them|notamment|dont|parmi lesquel)))(?![\p{L}])`, 'u');
/** An investor's tally over deals it does not name: "made two deals", "in five deals" (not "in four startups including A, B": those are named). */
const INVESTOR_TALLY = new RegExp(String.raw`\b(?:made|completed|closed|did|struck|signed|réalisé|conclu|bouclé)\s+${COUNT_WORD}\s+(?:deals|investments|rounds|transactions|opérations|investissements)\b|\bin (?:\p{N}+|two|three|four|five|six|seven|eight|nine|ten|several) deals\b`, 'iu');

/** A ranking's subject before "led by" (topped by): "funding results were", "the list is", "the charts were". */
const TOPPED_BY = /\b(?:results|list|lists|ranking|rankings|tally|charts?|(?<!tour de )table|leaderboard|figures|numbers|activity|pack|league)\s+(?:(?:was|were|is|are|has been|have been)\s+)?(?:(?:again|also|once again)\s+)?$/i;

/** A grant or prize right before "from": "grant funding from", "a grant from", "une subvention de". */
const GRANT_BEFORE = /\b(?:grants?|subsid(?:y|ies)|prizes?|awards?|subventions?)(?:\s+(?:funding|money|financing))?\s*(?:from|de|d[’'])\s*$/iu;

/** A lead list right before a trailing "with X": "led by A, with B". */
const LEAD_BEFORE = /\b(?:led|headed|(?:em)?men[ée]e?s?|pilot[ée]e?s?) (?:by|par)\s[^,;]{1,60}$/iu;

/**
 * TAKING_PART_BEFORE: a clause of taking part that ends right before a trailing "along with X" / "alongside X" / "aux côtés de X":
 * "Kestrel, a deep-tech fund, also participated in the round, along with existing investors A and B", "X invested alongside Y",
 * "Kestrel a participé au tour de table aux côtés de A". The clause's verb is a closed class of taking part (EN and FR), its object
 * a round noun or nothing; the names beside it take part too (the lead-list counterpart is LEAD_BEFORE). "joined" counts only with
 * a round object ("joined the company in 2019, along with X" is a hire). Anchored at the end of a 120-character slice: linear.
 */
const TAKING_PART_BEFORE = /(?<![\p{L}])(?:(?:participated|took part|invested|co-invested|chipped in|pitched in)(?:\s+(?:in|to)\s+(?:the\s+|this\s+|its\s+|that\s+)?(?:[\w§+-]+\s+){0,2}?(?:round|financing|raise|deal|investment|tranche)s?)?|joined\s+(?:the\s+|this\s+|its\s+|that\s+)(?:[\w§+-]+\s+){0,2}?(?:round|financing|raise|deal|tranche)|(?:a|ont|avait|avaient)\s+(?:(?:également|aussi)\s+)?(?:participé|pris part|investi|co-investi|suivi)(?:\s+(?:à|au|dans)\s+(?:la\s+|l[’']|le\s+|cette\s+|ce\s+)?(?:[\p{L}§-]+\s+){0,2}?(?:tour(?: de table)?|levée(?: de fonds)?|opération|financement))?)\s*,?\s*$/iu;

/** Capitalised words glued to "-led" before a round noun or a figure: "a Tiger Global-led §", "a Khosla Ventures-led round". */
const HYPHEN_LED = /(?<![\p{L}\p{N}’'-])(?<names>(?:[\p{Lu}\p{N}][\p{L}\p{N}&.’']*\s+){0,3}[\p{Lu}\p{N}][\p{L}\p{N}&.’']*)[-‑](?:co-?)?led\s+(?=(?:[\w-]+\s+){0,3}?(?:§|[Rr]ound|[Ff]inancing|[Ff]unding|[Ii]nvestment|[Ss]eries|[Ss]eed|[Tt]ranche|[Rr]aise|[Dd]eal)(?![\p{L}\p{N}]))/gu;

/** A cue that opens with a kind of investor ("investors including"): the words before it describe that kind. */
const INVESTOR_NOUN_OPENING = /^(?:investors|backers|participants|shareholders|investisseurs|actionnaires)(?![\p{L}\p{N}])/iu;

/**
 * A trigger that gives examples of a set: "investors such as", "backers including", and the French and EN openers of the same
 * apposition: "plusieurs fonds, dont A et B", "des fonds, notamment A", "investors, among them A" (LEADS_AS_EXAMPLES).
 */
const EXAMPLES_TRIGGER = /(?:\b(?:such as|like|including|tels? que|comme|notamment|among them|parmi eux|parmi lesquels|à savoir)|(?<![\p{L}])dont)\s*$/iu;
/**
 * LEADS_AS_EXAMPLES: between "led by"/"menée par" and the examples only the set they belong to, told by its kind: lower-case words
 * ("existing investors", "plusieurs fonds"), nationalities and country codes in a coordination ("Gulf, US and UAE investors",
 * "des fonds français et allemands"), a comma closing it. The examples are then the lead list itself, not other participants.
 * A capitalised name in the gap ("led by Accel, with other investors, including X") is a lead of its own: not a set.
 */
const SET_GAP_WORD = /^(?:[\p{Ll}-]+|\p{Lu}{2,4}|\p{Lu}\.\p{Lu}\.)$/u;
const SET_GAP_MAX_WORDS = 8;
/**
 * PLACE_IN_SET_GAP: a place's possessive that tells where the set's members are from, "some of Europe’s best-known funds", "some of
 * Silicon Valley’s most influential investment funds" (952 scaleups.be): the set is still told by its kind, as with a demonym
 * ("Saudi, US and UAE investors, including …", 745 EdiblePlanet), so the possessive is dropped from the gap before the gap's test.
 * Only a known place (companies.ts isPlace): "Nigeria’s Kestrel Partners" names a firm, a lead of its own. English only: the French
 * "plusieurs fonds de la Silicon Valley, dont A" is not read as a lead list before the gap (left, reported).
 */
const PLACE_IN_SET_GAP = /(?<![\p{L}])(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,2})[’']s(?![\p{L}])/gu;
function gapIsInvestorSet(rawGap: string): boolean {
  const gap = rawGap.replace(PLACE_IN_SET_GAP, (whole, place: string) => (isPlace(place) ? ' ' : whole));
  if (!/^[\p{L}\s,.-]*$/u.test(gap)) return false;
  const body = gap.trim().replace(/,$/u, '');
  if (body === '') return true;
  // A comma inside the set only between coordinated kinds ("Gulf, US and UAE investors"): its last word stays lower-case.
  const words = body.split(/[\s,]+/u).filter(Boolean);
  if (words.length > SET_GAP_MAX_WORDS) return false;
  if (body.includes(',') && !/\s(?:and|et)\s/u.test(body)) return false;
  return /\p{Ll}$/u.test(body) && words.every((w) => SET_GAP_WORD.test(w) || DEMONYM.test(w) || REGION_MODIFIER.test(w) || isNationality(w));
}

/** A list whose last item follows "; and": its items are set off by semicolons. */
const SEMICOLON_LIST_END = /;\s+and\s+\p{Lu}[^;]*$/u;
const SEMICOLON_ITEM_SPLIT = /\s*;\s*(?:and\s+)?/;

/**
 * FIRM_PARTNER: a firm's possessive before a person's name, "Forerunner Ventures’ Kirsten Green", "NEA’s Tony Florence": the partner
 * who sits for the firm. The possessor is a firm by its form (a capitalised run ending in a firm's last word, ORG_LAST_WORDS, or an
 * acronym), the possessed a person by its form (two or three capitalised words, the last no firm's word: "Peter Thiel’s Valar
 * Ventures" is a person's firm, "Silicon Valley’s Norwest Venture Partners" a place's). Bounded runs: linear.
 */
const FIRM_PARTNER = new RegExp(String.raw`(?<![\p{L}\p{N}])((?:[\p{Lu}\p{N}][\p{L}\p{N}&.-]*\s){0,3}(?:${ORG_LAST_WORDS.join('|')})|\p{Lu}{2,6})(?:[’']s|(?<=s)[’'])\s(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2})(?![\p{L}\p{N}])`, 'gu');
const FIRM_WORD_LAST = new RegExp(String.raw`(?:^|\s)(?:${ORG_LAST_WORDS.join('|')})$`, 'u');
/**
 * PARTNER_OF_FIRM: a person's name then "of / at / from" an investment firm, "Karan Mehandru of Trinity Ventures", "Rich Wong at
 * Accel Partners", "Claire Mouret de Valmont Capital", "Hugo Lefranc d’Orbis Partners": the partner who sits for the firm, the
 * preposition form of FIRM_PARTNER's possessive. The person is two or three capitalised words (firmOfLeadPartner refuses a firm's
 * or an institution's run, "Development Bank of …"); the firm a capitalised run ending on an investment firm's word
 * (INVESTOR_FIRM_WORDS, Angels): "Jane Doe of Halden Robotics" is a person from a company, who may lead as an angel. No apposition:
 * "led by Jane Doe, a partner at X" names the person (a gold of 68 lists her so). Bounded runs: linear.
 */
const PARTNER_OF_FIRM = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<!\p{Lu}\p{Ll}*\s)(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2})\s+(?:(?:of|at|from|de|chez)\s+|d[’'])((?:[\p{Lu}\p{N}][\p{L}\p{N}&.’'-]*\s){0,3}(?:${FIRM_WORDS}|Angels))(?![\p{L}\p{N}])`, 'gu');
/**
 * A lead told as a firm's partner is the firm: a round is led by a firm, whose partner signs for it ("The seed round was co-led by
 * Forerunner Ventures’ Kirsten Green and NEA’s Tony Florence" names two firms). Only in a lead's list: participants named with a
 * firm ("Google Ventures’ Kevin Rose" among a list of angels) invest on their own (PERSON_AT_FIRM).
 */
function firmOfLeadPartner(segment: string): string {
  const notPerson = (person: string) => FIRM_WORD_LAST.test(person) || NOT_NAME_WORDS.has(person.split(/[ -]/)[0]!.toLowerCase());
  return segment.replace(FIRM_PARTNER, (whole, firm: string, person: string) => (notPerson(person) ? whole : firm))
    .replace(PARTNER_OF_FIRM, (whole, person: string, firm: string) => (notPerson(person) ? whole : firm));
}

/** A possessor and lower-case words only: "Mastercard’s venture arm", "Google’s investment fund". */
const POSSESSIVE_DESCRIPTION = /^(?:the\s+)?\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,3}[’']s\s+(?:[\p{Ll}-]+\s+){0,4}[\p{Ll}-]+$/u;

/** An indefinite description with no clause in it ("d’un groupe d’investissement privé basé à Boston", "a Boston-based family office"). */
const DESCRIPTION_BEFORE_NAME = /^(?:(?:and|et)\s+)?(?:d[’']\s?)?(?:un|une|a|an)\s(?![^,]*\b(?:that|which|who|whose|qui|que|dont|where|où)\b)[^,]{3,80}$/iu;

/** A list item naming the channel of the name before it: "via la Banque publique d'investissement", "through Acme Ventures". */
const VIA_NAMED = /^(?:via|through|par l[’']intermédiaire (?:de|du|des|d[’']))\s+(?!(?:its|their|his|her|ses|son|sa|leur|leurs)\s)/iu;

/**
 * A noun for investors right before a dash aside, with what qualifies it: "investors from the prior round", "existing backers",
 * "ses investisseurs historiques", "les actionnaires de la première heure". The aside after it is the apposition naming them.
 * Lower-case words only after the noun (a name or a relative pronoun there is another clause), bounded: linear on the
 * 80-character window it is tried on.
 */
const DASH_INVESTOR_NOUN = String.raw`(?:investors|backers|shareholders|investisseurs|actionnaires|financeurs)(?:\s+(?!(?:which|who|that|qui|que|dont)(?![\p{L}]))[\p{Ll}’'-]+){0,6}`;
const INVESTOR_NOUN_BEFORE_DASH = new RegExp(String.raw`(?:^|[^\p{L}])${DASH_INVESTOR_NOUN}\s*$`, 'u');

/**
 * A forward cue's object that is only a noun for investors, then an opening dash with a closing one further on: "from investors –
 * A, B – in …", "from its existing backers – A and B –". Anchored at the segment's start, bounded words, one lookahead to the
 * closing dash (a bounded class without dashes): linear.
 */
/** The words opening a dash aside that lists examples: "— among them A, B —", "– they include A –", "– such as A –", "– dont A –". */
const DASH_OPENERS = String.raw`(?:among them|they include|they included|such as|including|notamment|dont|parmi eux|parmi lesquels)`;
const DASH_OPENED_LIST = new RegExp(String.raw`^\s*(?:(?:the|its|their|ses|les|des|leurs)\s+)?(?:[\p{Ll}-]+\s+){0,3}?${DASH_INVESTOR_NOUN}\s[–—]\s(?:${DASH_OPENERS}\s+)?(?=[^–—;]{1,300}\s[–—](?:\s|$))`, 'u');
const DASH_LIST_OPENER = new RegExp(String.raw`^${DASH_OPENERS}\s+`, 'iu');

/**
 * A dash aside is the investors' list only when its first item is a name: a capital (or a figure) opens it, and no preposition of
 * place ("in", "from", "based in", "en", "à") sits in that first item. "– notably those in Paris and London –", "– mostly family
 * offices in Germany and France –", "– surtout des fonds basés en Allemagne et en Suisse –" describe the investors by their place;
 * their capitals are places, not backers. Bounded first item (no dash, comma or semicolon): linear.
 */
const ASIDE_FIRST_ITEM = /^[\s"“]*(?<item>[\p{Lu}\p{N}][^–—,;]{0,120}?)(?=\s*(?:,|;|\s(?:and|et)\s|\s[–—]|$))/u;
const PLACE_PREPOSITION = /(?<![\p{L}])(?:in|from|across|based in|en|à|basée?s? (?:à|en))\s+\p{Lu}/u;
function asideFirstItemIsName(aside: string): boolean {
  const first = ASIDE_FIRST_ITEM.exec(aside.replace(DASH_LIST_OPENER, ''));
  return !!first && !PLACE_PREPOSITION.test(first.groups!.item!);
}

/** A closed dash aside ending the text before a verb: " – think Apple, Google and Oracle – ". */
const DASH_ASIDE_BEFORE_VERB = /\s[–—]\s[^–—;]{1,200}\s[–—]\s*$/u;

/** The "with"/"avec" (and the comma before it) that opens a comitative clause, at the end of the text before that clause's names. */
const WITH_CLAUSE_OPENING_END = /,?\s*\b(?:with|avec|along with|together with)$/iu;

/**
 * The text before a comitative clause without its opening "with" (WITH_CLAUSE_OPENING_END).
 * Only a bounded tail is tested: an end-anchored pattern tried at every start of a long run of
 * spaces is quadratic (review: 74 s at 50k characters).
 */
function withoutWithClauseOpening(segment: string): string {
  const trimmed = segment.trimEnd();
  const from = Math.max(0, trimmed.length - 40);
  const m = WITH_CLAUSE_OPENING_END.exec(trimmed.slice(from));
  return m ? trimmed.slice(0, from + m.index) : segment;
}

/** A prepositional object right after a verb of taking part: "participated in a trade fair", "ont participé à un salon". */
const NON_ROUND_OBJECT_AFTER = /^\s+(?:in|to|at|à|au|aux|dans)\s/iu;
/** The verb's prepositional object (up to the next punctuation) holds no round word (ROUND_WORD): "in a trade fair", "à un salon". */
function nonRoundObjectAfter(after: string): boolean {
  if (!NON_ROUND_OBJECT_AFTER.test(after)) return false;
  // "also participated in it": a pronoun object is the round itself (review B #7).
  if (/^\s+(?:in|to|à|dans)\s+(?:it|them|celle-ci|celui-ci)(?![\p{L}])/iu.test(after)) return false;
  const object = /^[^.,;:]*/.exec(after)![0];
  return !ROUND_WORD.test(object);
}

/** The separator after a list's first item. */
const FIRST_ITEM_END = /\s*,\s*|\s+(?:and|et)\s+/;

/**
 * DASH_ASIDE_IN_LIST: a description set off by dashes right after a list's first name, the list going on with "and"/"et" and a
 * capital after the closing dash ("FCC – une société cotée à la Bourse de Tokyo – et Rebright Partners", 864 Vietnam.vn; the
 * em-dash parenthesis of English and French prose). The aside opens in lower case (a description, not a name: "– A, B –" lists
 * are DASH_OPENED_LIST's), and holds no dash, semicolon or sentence mark; bounded classes, anchored at the start: linear.
 */
const DASH_ASIDE_IN_LIST = /^([^–—;.]{1,120}?\S)\s[–—]\s(?=\p{Ll})[^–—;.]{1,160}?\s[–—]\s(?=(?:and|et|&)\s+\p{Lu})/u;

/** Lists end at the next clause. */
/** Not at the period of a legal abbreviation followed by another ("Cathay Capital Co. Ltd., …"). */
// ", relève Techcrunch", ", said Reuters": a source credited after the list is not in it.
// A dotted country code opening a firm's name ("led by U.S. Venture Partners") is no sentence end: DOTTED_CODE_THEN_FIRM (names.ts).
const LIST_END = new RegExp(String.raw`;|,\s+(?:relève|rapporte|indique|précise|souligne|selon|d[’']après|according to|said|says|reports|reported)\s+(?=\p{Lu}|the\s|le\s|la\s|l[’'])|\s[—–]\s|\.\s(?!(?:Ltd|Inc|Co|Corp|LLC|Limited|SA|SAS|AG|GmbH|Pvt|Pte)\b)(?!(?<=\b(?:Inc|Ltd|Corp|Co|L\.P|S\.A|N\.V|B\.V)\.\s)(?:and|et|as well as|&)\s)(?!${DOTTED_CODE_THEN_FIRM})|\[|$`, 'u');

/**
 * "via its fund X", "through its Y arm", "via ses fonds SPI et FDI": an aside naming the vehicle, not another investor;
 * "through its 3 investment vehicles including SETU AIF, Konark, and MMPL Trust": the vehicles listed end the list.
 */
const VIA_ASIDE = /(?:,|(?<!\s))\s+(?:via|through|par l[’']intermédiaire d(?:e|u|es|[’']))\s+(?:its|their|his|her|ses|son|sa|leur|leurs)\s(?:[^,;]*?\b(?:including|such as|like|notamment|dont|comme)\b.*$|[^,;]*)/giu;
/** List items split at commas, "and"/"et" and their kin, keeping the separators (odd indexes). */
// Each alternative starts where a whitespace run starts, so a long run is not rescanned from each of its spaces.
// A slash between two words of a name's size ("Definvest/Fonds Innovation Défense") parts two investors; "A/O Proptech" stays one.
/** A list separator holding a conjunction ("and", ", and", "et", "as well as"). */
const CONJUNCTION_SEP = /(?:^|\s)(?:and|et)\s*$/u;
/**
 * A finite verb right after a name: the name is a new clause's subject. By shape (a past tense in "-ed" that is not one of the
 * participles that describe a name, "based", "backed") and by the few auxiliaries and tenses the press uses (EN, FR).
 */
const NEW_CLAUSE_VERB_AFTER = /^\s+(?:(?:also|then|later|now|too|aussi|également)\s+)?(?:(?!(?:based|backed|owned|founded|co-founded|managed|listed|headquartered|located|funded|led|co-led|focused|dedicated|specialized|specialised|related|named|called|known|affiliated|registered|incorporated|supported|sponsored|advised|controlled|operated|run)\b)\p{Ll}{2,}ed|will|would|has|had|have|is|was|are|were|plans|says|said|joins|invests|participates|adds|cut|put|took|made|wrote|a|ont|est|sont|va|vont|sera|seront|rejoint|rejoignent|prend|prennent|devient|annonce|participe|participent|investit|investissent)(?![\p{L}\p{N}])/u;
const ITEM_SPLIT_KEEP = /((?<!\s)\s*,\s*(?:ainsi qu[’']avec\s+)?|(?<!\s)\s+(?:and|et|as well as|ainsi qu[’']avec|ainsi que|ou encore|along with|plus|together with)\s+|(?<!\s)\s*;\s*|\/(?<=\p{Lu}\p{Ll}{2,40}\/)(?=\p{Lu}\p{Ll}{2}))/u;

/** Every investor list in one sentence (money figures masked as "§"). */
/** "AirTree and Square Peg which didn’t feature in any deals", "X declined to invest", "n’a pas participé": firms named for not investing. */
/** A "from"/"auprès de" cue: the givers of the figure follow. */
const FROM_CUE_END = /(?:\bfrom|\bauprès (?:de|d[’']|du|des))\s*$/iu;
/** A "with participation from" cue: the others of the round follow. */
const PARTICIPATION_CUE = /\bparticipation\b/iu;

/**
 * Appositions that describe a listed investor by other people: "Fuel Capital, a venture firm co-founded by A and B", "Lupa Systems,
 * a company led by A", "A, son of B", "X, fonds cofondé par A". The people named there run or gave birth to the investor; they did
 * not invest. Each is blanked to the next comma (same length, so the list around it reads as before).
 */
const DESCRIBED_BY_PEOPLE = /,\s+(?:an?|the|its|une?|la|le|l[’'])\s*(?:[\p{L}-]+\s+){0,3}?(?:firm|fund|company|vehicle|group|office|investor|société|fonds|firme|structure|groupe|véhicule)\s+(?:(?:co-?founded|founded|started|run|managed|led|headed|created|launched|owned|chaired)\s+by|(?:co-?fondée?|fondée?|cofondée?|dirigée?|gérée?|créée?|lancée?|détenue?|présidée?)\s+par)\s[^,;]*|,\s+(?:the\s+|le\s+|la\s+)?(?:son|daughter|brother|sister|wife|husband|father|mother|nephew|niece|widow|fils|fille|frère|sœur|épouse|époux|père|mère|neveu|nièce|veuve)\s+(?:of|de|du|d[’'])\s?[^,;]*/giu;
const blankDescribers = (segment: string): string => segment.replace(DESCRIBED_BY_PEOPLE, (d) => ' '.repeat(d.length));

const NOT_INVESTING = /\b(?:did(?:n[’']t| not)|never|has not|have not|hasn[’']t|haven[’']t)\s+(?:\w+\s+)?(?:feature|invest|participate|take part|join|back|contribute)\b|\b(?:declined|refused|chose not|opted not)\s+to\s+(?:invest|participate|take part|join|back|contribute)\b|\b(?:kept|stayed|stood) (?:away|on the sidelines)\b|\bsat (?:out|it out)\b|\bn[’'](?:a|ont|avait|avaient) pas (?:\p{L}+ )?(?:investi|participé|pris part|suivi|remis)\b|\b(?:a|ont) (?:décliné|refusé) (?:de|d[’'])\s?(?:investir|participer|suivre)\b/iu;

/** "a New York and Tel Aviv-based fund": two places sharing one "-based", cleared before the list is split at its "and". */
/**
 * AMPERSAND_FIRM_PAIR: "led by Global Ventures & Ventures Platform", "existing investors Techstars, Ingressive Capital & Now Venture
 * Partners": an ampersand between a firm's name (capitalised words ending on an investment firm's word) and another capitalised
 * name of two to four words is a list's conjunction, two investors, not one firm's name (it is read as a comma). Not a one-word
 * right side ("Marker & Co", "Ernst & Young"), nor a right side holding an institution's or a company's word ("Fidelity
 * Management & Research Company", "the Australian Private Equity & Venture Capital Association": one body). A right side opening
 * on a word that is no name's (NOT_NAME_WORDS: "& Now Venture Partners", whose "Now" the item reader strips) is left whole: split,
 * it would leave a cut name ("Venture Partners"). Shape: 820 (BusinessPost NG), 684 (Salient Advisory, twice). The lookahead on
 * " & " comes first, so the lookbehind runs only where an ampersand stands.
 */
const AMPERSAND_FIRM_PAIR = new RegExp(String.raw`(?=\s+&\s+\p{Lu})(?<=(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}.’'-]*(?:\s+\p{Lu}[\p{L}\p{N}.’'-]*){0,2}\s+(?:${FIRM_WORDS}|Angels))\s+&\s+(?!(?:Co|Company|Cie|Sons|Associates|Family|Friends)(?![\p{L}]))(?=\p{Lu}[\p{L}\p{N}.’'-]*(?:\s+\p{Lu}[\p{L}\p{N}.’'-]*){1,3}(?![\p{L}\p{N}.’'-]|\s+\p{Lu}))(?!(?:\p{Lu}[\p{L}\p{N}.’'-]*\s+){0,3}(?:Association|Council|Institute|Society|Federation|Chamber|Forum|Alliance|Research|Foundation|Company|Corporation|Trust)(?![\p{L}]))`, 'gu');
function splitAmpersandFirmPairs(segment: string): string {
  if (!segment.includes('&')) return segment;
  return segment.replace(AMPERSAND_FIRM_PAIR, (amp: string, at: number) => (NOT_NAME_WORDS.has(/^[\p{L}’'-]*/u.exec(segment.slice(at + amp.length))![0].toLowerCase()) ? amp : ', '));
}
const SHARED_PLACE_MODIFIER = /(?<![\p{L}\p{N}])(?:an?|une?)\s+(?:\p{Lu}[\p{L}.’']*\s+){1,3}(?:and|et|&)\s+(?:\p{Lu}[\p{L}.’']*\s+){0,3}\p{Lu}[\p{L}.’']*[-‑](?:based|headquartered|basée?s?)\b/gu;

/** Between a name and its verb: ", déjà investisseur, y ", ", an existing investor, ", a French clitic "y"/"en". */
const ASIDE_BEFORE_VERB = /(?:,\s(?:(?:déjà|already|also|aussi|itself|lui-même|elle-même)\s)?(?:(?:an?|un|une|l[’']|the)\s?)?(?:(?:existing|early|earlier|historic|current|historique|existant|actuel)\s)?(?:investisseur|investor|actionnaire|shareholder|backer)(?:\s(?:historique|existant|actuel|de la première heure))?,)?\s(?:y|en)?\s*$/iu;

/**
 * The joiners of a second clause after a lead list: ", and", ", while", ", whereas", ", et", ", tandis que", ", alors que", or a plain
 * "and"/"et"/"while"/"tandis que" (read only when a bare name and its verb follow, see leadListClauseJoiner).
 */
// The whitespace run is entered only at its start ((?<!\s)): tried from each of its spaces, a long run was rescanned quadratically
// (review of round A: 5.9 s on 50k spaces).
const CLAUSE_JOINER = /(?<comma>,)?(?<!\s)\s+(?:and|et|while|whereas|tandis qu[e’']|alors qu[e’'])(?![\p{L}\p{N}])\s*/gu;
/** A bare name, then only the adverbs or clitics of its verb: "Hooli Ventures also", "Globex y". */
const BARE_SUBJECT = /^[\p{Lu}\p{N}][\p{L}\p{N}&.’'-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}&.’'-]*){0,4}\s*(?:(?:also|too|then|aussi|également|y|en)\s+)*$/u;

/**
 * A forward lead list cut by a second clause whose own verb of taking part follows it (the next cue, read backward): the last
 * clause joiner of the segment, or null. With a comma the clause may hold an apposition ("while Hooli, a fund set up with the
 * city, also participated"); without one only a bare name may stand before the verb ("led by A and B also took part").
 * One pass over the segment: the last joiner wins.
 */
function leadListClauseJoiner(t: { role: InvestorRole }, next: { forward: boolean; relative?: boolean; role: InvestorRole; segStart?: number } | undefined, segment: string): RegExpExecArray | null {
  if (t.role !== 'lead' || !next || next.forward || next.relative || next.role !== 'participant' || next.segStart !== undefined) return null;
  let last: RegExpExecArray | null = null;
  CLAUSE_JOINER.lastIndex = 0;
  for (let m = CLAUSE_JOINER.exec(segment); m; m = CLAUSE_JOINER.exec(segment)) last = m;
  if (!last || last.index === 0) return null;
  const tail = segment.slice(last.index + last[0].length);
  if (!/^[\p{Lu}\p{N}]/u.test(tail)) return null;
  if (!last.groups!.comma && !BARE_SUBJECT.test(tail)) return null;
  return last;
}

/** A colon opening a list, then its first item up to the first semicolon: "Investors: Kestrel Partners;". */
const COLON_OPENED_ITEM = /:\s*(?<first>[\p{Lu}\p{N}][^:;]{0,80})$/u;
/** The first item when the cue itself ends on the colon ("Investors include:"). */
const FIRST_ITEM_AFTER_COLON_CUE = /^\s*(?<first>[\p{Lu}\p{N}][^:;]{0,80})$/u;
/** The end of a semicolon item: a comma (a description follows), a sentence end, a dash aside or a bracket. */
const SEMICOLON_ITEM_END = /,|\.\s|\s[—–]\s|\[/u;

/**
 * The items of a colon-opened semicolon list, or null: the colon right before the first item, two items at least, each opening
 * on a capital or a digit (the list stops at the first chunk that does not: "Investors: A; the company said…").
 */
function colonSemicolonItems(segment: string, firstSemicolon: number, cueEndsWithColon: boolean): string[] | null {
  const head = segment.slice(0, firstSemicolon);
  const first = cueEndsWithColon ? FIRST_ITEM_AFTER_COLON_CUE.exec(head) : COLON_OPENED_ITEM.exec(head);
  if (!first) return null;
  const items = [first.groups!.first!];
  for (const chunk of segment.slice(firstSemicolon + 1).split(SEMICOLON_ITEM_SPLIT)) {
    const item = chunk.trim();
    if (!/^[\p{Lu}\p{N}]/u.test(item)) break;
    const end = SEMICOLON_ITEM_END.exec(item);
    items.push(end ? item.slice(0, end.index) : item);
    if (end && end[0] !== ',') break;
  }
  return items.length >= 2 ? items : null;
}

/**
 * A spreadsheet formula pasted into the text ("Kestrel =HYPERLINK(\"http://…\")", "=SUM(A1)"): an equals sign glued to an
 * upper-case function name and its parenthesised arguments. It is no part of a name and no list item; blanked (same length, so
 * offsets hold) before the cues are read, so the name before it stays what the text says and the list goes on after it. Bounded
 * function name and arguments, no nesting: linear.
 */
const FORMULA_TOKEN = /(?<![\p{L}\p{N}])=(?=\p{Lu})[\p{Lu}\p{N}.]{1,30}\([^()]{0,300}\)/gu;
/**
 * A name in double quotes with its own punctuation ("\"The Orion, Fund; LLC\"", “Alpha, Beta & Co”): the quotes make it one item,
 * so its comma and semicolon neither split the list nor end it. They are masked (same length) while the cues are read and given
 * back in the names found. Bounded span opened by a capital: linear.
 */
const QUOTED_NAME = /(?<![\p{L}\p{N}])["“](?=\p{Lu})[^"“”\n]{1,80}?["”]/gu;
const QUOTED_COMMA = '\u0002';
const QUOTED_SEMICOLON = '\u0003';
/** The spaces round a conjunction inside such a name ("Delta, Gamma et Associés"): masked too, so the list does not split there. */
const QUOTED_SPACE = '\u0004';

/** The name of a list item holding a masked quoted name: the words inside the quotes (quotes already dropped), punctuation masked. */
const QUOTED_ITEM = new RegExp(String.raw`^(?:(?:and|et|as well as|ainsi que)\s+)?(?:(?:de la|de l[’']|de|du|des|d[’']|from|by|par)\s*)?(?<name>\p{Lu}[^${QUOTED_COMMA}${QUOTED_SEMICOLON}]*[${QUOTED_COMMA}${QUOTED_SEMICOLON}][^]*)$`, 'u');
function quotedItemName(item: string): string | null {
  if (!item.includes(QUOTED_COMMA) && !item.includes(QUOTED_SEMICOLON)) return null;
  return QUOTED_ITEM.exec(item.trim())?.groups!.name!.replace(/[\s.!?:]+$/u, '') ?? null;
}

/**
 * A capitalised describer of kind glued before the name: "European Impact Investors Kestrel (a Belgian firm)", "Backer Orion
 * Capital", "Strategic Investor Hooli". The kind noun (investor, backer, investisseur) sits inside the run, not last (a name
 * ending in it, "Orion Investors", is the firm's own), and only a demonym or a word of the closed class of investor kinds
 * (INVESTOR_KIND_WORDS) comes before it; the name is what follows. Not when what follows is only an organisation's last word
 * ("Impact Investors Fund" is one name). Anchored, bounded: linear.
 */
/**
 * The adjectives of an investor's kind ("new", "existing", "strategic" investors), one list read by the kind describer
 * (INVESTOR_KIND_WORDS), the generic-item test (GENERIC_ONLY) and the list-word test (COMMON_LIST_WORDS), each adding its own
 * few words (review of round B, finding 5b: three copies).
 */
const INVESTOR_KIND_ADJECTIVES = ['new', 'existing', 'previous', 'prior', 'returning', 'strategic', 'institutional', 'individual'] as const;
const KIND_DESCRIBER_BEFORE_NAME = /^(?<desc>(?:\p{Lu}\p{Ll}+\s+){0,2}(?:Investors?|Backers?|Investisseurs?))\s+(?<rest>\p{Lu}.*)$/u;
const INVESTOR_KIND_WORDS = new Set<string>([...INVESTOR_KIND_ADJECTIVES, 'impact', 'venture', 'angel', 'lead', 'private', 'global', 'local', 'foreign', 'social', 'nouvel', 'nouveaux', 'principal']);
/**
 * What is left after the describer opens on an organisation word or a stage ("Network Ontario", "Alliance", "Early Stage Fund"):
 * the describer was part of the name ("Angel Investors Network Ontario", "Global Backers Alliance", "Venture Investors Early
 * Stage Fund"; review of round B, finding 2), so the name is kept whole.
 */
const ORG_LAST_WORD_ONLY = new RegExp(String.raw`^(?:${ORG_LAST_WORDS.join('|')}|Network|Networks|Alliance|Club|Syndicate|Collective|Consortium|Coalition|Forum|Circle|Réseau|Cercle|Collectif|(?:Early|Late|Seed|Growth|Pre-Seed)[-\s]Stage)(?:\s|$)`, 'u');
function dropKindDescriber(name: string): string {
  const m = KIND_DESCRIBER_BEFORE_NAME.exec(name);
  if (!m || ORG_LAST_WORD_ONLY.test(m.groups!.rest!)) return name;
  const before = m.groups!.desc!.split(/\s+/u).slice(0, -1);
  return before.every((w) => DEMONYM.test(w) || INVESTOR_KIND_WORDS.has(w.toLowerCase())) ? m.groups!.rest! : name;
}

export function findInvestorMentions(sentence: string, options: { investorSection?: boolean; continuation?: boolean; nearDeal?: boolean } = {}): InvestorMention[] {
  const masked = sentence.replace(FORMULA_TOKEN, (f) => ' '.repeat(f.length)).replace(QUOTED_NAME, (q) => (/[,;]/.test(q) ? q.replaceAll(',', QUOTED_COMMA).replaceAll(';', QUOTED_SEMICOLON).replace(/ (and|et|&) /gu, `${QUOTED_SPACE}$1${QUOTED_SPACE}`) : q));
  const read = readInvestorMentions(masked, options).map((m) => (m.names.some((n) => KIND_DESCRIBER_BEFORE_NAME.test(n)) ? { ...m, names: m.names.map(dropKindDescriber) } : m));
  // "The flagship VC fund has co-led the round": the subject stands for an investor named before (ANAPHORIC_LEAD), no name of its own.
  const anaphoric = anaphoricLeadsAt(masked);
  const mentions = anaphoric.length === 0 ? read : read.filter((m) => m.role !== 'lead' || !anaphoric.some((a) => a.at === m.at));
  if (masked === sentence || !masked.includes(QUOTED_COMMA) && !masked.includes(QUOTED_SEMICOLON)) return mentions;
  return mentions.map((m) => ({ ...m, names: m.names.map((n) => n.replaceAll(QUOTED_COMMA, ',').replaceAll(QUOTED_SEMICOLON, ';').replaceAll(QUOTED_SPACE, ' ')) }));
}

/**
 * For the deal binder (deals.ts): the participants a sentence told next to a deal names, leads left out, in reading order, each
 * once. "Existing backers Northwind and Bluefin also contributed to the round", "Ses actionnaires historiques A et B ont remis au
 * pot": a sentence with no figure of its own that adds investors to the deal before it. The binder decides which deal they join.
 */
export function participantsNamedIn(sentence: string): string[] {
  const mentions = findInvestorMentions(sentence, { nearDeal: true });
  const leads = new Set(mentions.filter((m) => m.role === 'lead').flatMap((m) => m.names));
  const out: string[] = [];
  for (const m of mentions) if (m.role === 'participant') for (const n of m.names) if (!leads.has(n) && !out.includes(n)) out.push(n);
  return out;
}

function readInvestorMentions(sentence: string, options: { investorSection?: boolean; continuation?: boolean; nearDeal?: boolean }): InvestorMention[] {
  const hyphenLeads: InvestorMention[] = [];
  const triggers: Array<{ role: InvestorRole; start: number; end: number; forward: boolean; attach: InvestorMention['attach']; relative?: boolean; segStart?: number; endAt?: RegExp; coLeadPartner?: boolean }> = [];
  // Whole-sentence tests, each run once per sentence and only when a cue asks (not once per cue: a sentence of thousands of cues stays linear).
  const inSentence = new Map<RegExp, boolean>();
  const sentenceHas = (re: RegExp): boolean => {
    let v = inSentence.get(re);
    if (v === undefined) inSentence.set(re, (v = re.test(sentence)));
    return v;
  };
  const opening = /^[\s"“]*/u.exec(sentence)![0].length;
  for (const t of FORWARD_TRIGGERS) {
    if (t.needsNear && !options.nearDeal) continue;
    if (t.gate && !sentenceHas(t.gate)) continue;
    t.re.lastIndex = 0;
    for (const m of sentence.matchAll(t.re)) {
      const start = m.index!;
      if (t.needsRoundWord && !ROUND_WORD.test(sentence.slice(Math.max(0, start - 70), start)) && !(t.role === 'lead' && INVESTOR_GROUP_BEFORE.test(sentence.slice(Math.max(0, start - 80), start))) && !(start <= opening && opensOnRoundSubject(sentence.slice(start, start + 280))) && !ROUND_SUBJECT_PAST_APPOSITION.test(sentence.slice(Math.max(0, start - 280), start)) && !(t.role === 'lead' && options.nearDeal && PRONOUN_ROUND_SUBJECT.test(sentence.slice(Math.max(0, start - 30), start)) && FIRM_OR_CUE.test(sentence.slice(start)))) continue;
      if (t.needsLeadBefore && !LEAD_BEFORE.test(sentence.slice(Math.max(0, start - 120), start)) && !(t.orTakingPart && TAKING_PART_BEFORE.test(sentence.slice(Math.max(0, start - 120), start)))) continue;
      // "a gaming startup led by Twitch cofounder Kevin Lin", "founded and led by Jane Moreau", "une start-up pilotée par son
      // fondateur": a company's management, not a round's lead. A person with a role after the cue counts only when no round word
      // is the cue's subject ("The seed round was led by Y Combinator cofounder Paul Graham" is an angel leading).
      if (t.role === 'lead' && (MANAGED_COMPANY_BEFORE.test(sentence.slice(Math.max(0, start - 30), start)) || (PERSON_WITH_ROLE_AFTER.test(sentence.slice(start + m[0].length, start + m[0].length + 80)) && !ROUND_SUBJECT_BEFORE.test(sentence.slice(Math.max(0, start - 60), start))))) continue;
      // "Founded by A and B, and joined by Spencer Lake", "joined by X as partner": people joining a firm or a team are hires.
      if (t.role === 'participant' && /^(?:joined|rejointe?s? par)/iu.test(m[0]) && (FOUNDED_BY_BEFORE.test(sentence.slice(Math.max(0, start - 160), start)) || HIRE_ROLE_AFTER.test(sentence.slice(start + m[0].length, start + m[0].length + 120)))) continue;
      // "the most significant funding results were led by Victorian unicorns X": a ranking topped by companies, not a lead.
      if (t.role === 'lead' && TOPPED_BY.test(sentence.slice(Math.max(0, start - 40), start))) continue;
      // "a syndicate of underwriters led by X": the lead of the banks selling the shares, not of the investors.
      if (t.role === 'lead' && INTERMEDIARY_BEFORE_LEAD.test(sentence.slice(Math.max(0, start - 50), start))) continue;
      if (t.needsInSentence && !sentenceHas(t.needsInSentence)) continue;
      // "received grant funding from Innovate UK": a grant's giver is not an investor.
      if (t.role === 'participant' && GRANT_BEFORE.test(sentence.slice(Math.max(0, start - 25), start + m[0].length))) continue;
      // "Investors include Temasek, IFC, DEG; Jungle targets to raise § for this fund": a fund's backers (its LPs), told with the fund.
      if (t.role === 'participant' && t.needsContext && sentenceHas(FUND_RAISED_IN)) continue;
      // "Valar Ventures, an investment vehicle, has secured funding from NZVIF", "The fund is also supported by X": the backers of a fund (its LPs).
      if (t.role === 'participant' && FUND_RAISING_BEFORE_CUE.test(sentence.slice(Math.max(0, start - 160), start))) continue;
      // "British Growth Fund is a § initiative set up by the government and backed by five banks: A, B": the backers of a fund or
      // programme described as one, not a round's investors.
      if (t.role === 'participant' && FUND_DESCRIBED_BEFORE.test(sentence.slice(Math.max(0, start - 160), start))) continue;
      // "SenseTime’s earlier investors include A", "ses précédents investisseurs sont A": the backers of past rounds, not this one's,
      // unless the sentence says they came in again ("earlier investors A and B also took part in this round").
      if (t.needsContext && EARLIER_SET_BEFORE.test(sentence.slice(Math.max(0, start - 30), start)) && !CAME_AGAIN.test(sentence.slice(start))) continue;
      // "Sudiksha had previously netted investment from A", "accreting capital from A during its life": givers of earlier money.
      if (t.role === 'participant' && !m[0].includes('§') && /(?:from|auprès (?:de|d[’']|du|des))$/iu.test(m[0].trim()) && EARLIER_MONEY_BEFORE.test(sentence.slice(Math.max(0, start - 80), start))) continue;
      // "Its investors included A, B", "Backers include A" right after a deal: the company's own backers.
      if (t.needsContext && !options.investorSection && !SET_OF_THIS_ROUND_BEFORE.test(sentence.slice(Math.max(0, start - 30), start)) && !(options.nearDeal && DEMONSTRATIVE_SET_BEFORE.test(sentence.slice(Math.max(0, start - 12), start))) && !(options.nearDeal && (/(?:^|[^\p{L}])(?:its|their)\s+$/iu.test(sentence.slice(Math.max(0, start - 8), start)) || /(?:^|[^\p{L}])\p{Lu}[\p{L}\p{N}.&-]*[’']s\s+$/u.test(sentence.slice(Math.max(0, start - 40), start)) || (start <= opening && /(?:include|included|incluent|comprise)$/i.test(m[0])))) && !sentenceHas(ROUND_WORD)) continue;
      // A stop word between the cue and where its list ends (CAPITAL_GAP_VERB): the end belongs to another clause's verb.
      if (t.gapStop && t.endAt) {
        const rest = sentence.slice(start + m[0].length, start + m[0].length + 200);
        const endAt = t.endAt.exec(rest);
        if (endAt && t.gapStop.test(rest.slice(0, endAt.index))) continue;
      }
      // "Kiplo, codirigée par Jean Dupont avec Marie Dupont": the French verbs co-diriger/co-piloter also run a company; they lead a
      // round only with a round noun beside them ("a codirigé la série B aux côtés de Y", "la série A, codirigée par X avec Y").
      if (t.coLeadPartner && FR_CO_MANAGE_VERB.test(sentence.slice(Math.max(0, start - 100), start)) && !ROUND_NOUN_ONLY.test(sentence.slice(Math.max(0, start - 100), start))) continue;
      triggers.push({ role: t.role, start, end: start + m[0].length, forward: true, attach: 'prev', endAt: t.endAt, coLeadPartner: t.coLeadPartner });
    }
  }
  for (const t of BACKWARD_TRIGGERS) {
    if (t.needsNear && !options.nearDeal) continue;
    if (t.gate && !sentenceHas(t.gate)) continue;
    t.re.lastIndex = 0;
    for (const m of sentence.matchAll(t.re)) {
      const start = m.index!;
      // "joined" alone is too common ("he joined Google"): it needs the round object.
      // "invested a further §" names the figure: that is the object.
      if (t.role === 'participant' && t.attach === 'next' && /^(?:also )?(?:joined|join|invested)$/i.test(m[0]) && !(INVESTED_FIGURE.test(sentence.slice(start + m[0].length)) && !INTO_FUND.test(sentence.slice(start + m[0].length)))) continue;
      // "are some of the investors that participated in Blackbird’s fund": the backers of a fund (its limited partners), not of a round.
      if (t.role === 'participant' && FUND_AFTER.test(sentence.slice(start + m[0].length, start + m[0].length + 90))) continue;
      // "Atmosphere, investing § into ventures developed from research", "Archangels made two deals investing §": a programme's ticket or
      // an investor's tally over many companies, not one round's investor.
      if (t.role === 'participant' && t.attach === 'next' && (PROGRAMME_TICKET.test(sentence.slice(start + m[0].length, start + m[0].length + 120)) || sentenceHas(INVESTOR_TALLY))) continue;
      // "Jane Doe pilote le tour de table pour la société": a person's name alone before "pilote/dirige/conduit" runs the round
      // (an executive or an adviser), and a round run "pour la société/pour X/au nom de X" is run for the raiser: not its lead.
      if (t.notPersonSubject && (PERSON_ALONE_BEFORE.test(sentence.slice(Math.max(0, start - 60), start)) || RUN_FOR_RAISER_AFTER.test(sentence.slice(start + m[0].length, start + m[0].length + 60)))) continue;
      const relative = /^(?:qui|which|who)\b/i.test(m[0]) || /,\s*(?:qui|which|who)\s*$/i.test(sentence.slice(Math.max(0, start - 8), start)) || DESCRIBED_THAT_END.test(sentence.slice(Math.max(0, start - 120), start));
      // "with X leading", "with X also participating": the names run from "with" to the verb, never further back.
      let segStart: number | undefined;
      if (t.afterWith) {
        const head = sentence.slice(Math.max(0, start - 120), start);
        const w = /.*(?:\bwith|\bavec|\band|,)\s+/su.exec(head);
        if (!w || /[;.]\s/.test(head.slice(w[0].length)) || !/\b(?:with|avec)\s/i.test(head)) continue;
        segStart = start - head.length + w[0].length;
        // "with Index Ventures and Seedcamp also participating": a plain list after "with" is all this verb's
        // ("with Sequoia leading and Accel participating" keeps its cut at "and": another verb sits in between).
        const lastWith = /.*\b(?:with|avec)\s+/su.exec(head);
        if (lastWith && lastWith[0].length < w[0].length && !/[;.]\s|\b\p{Ll}+ing\b|\b(?:led|menée?s?)\b/u.test(head.slice(lastWith[0].length))) segStart = start - head.length + lastWith[0].length;
      }
      // "Résultat, c'est le fonds Falcon Edge qui a repris la main": the names run from the cleft's "c'est" to its "qui".
      if (t.afterCleft) {
        const head = sentence.slice(Math.max(0, start - 100), start);
        const w = /.*\b(?:c[’']est|ce sont|it was|it is|it's|it’s)\s/isu.exec(head);
        if (!w) continue;
        segStart = start - head.length + w[0].length;
      }
      if (t.afterRelative) {
        const head = sentence.slice(Math.max(0, start - 120), start);
        const w = /.*\b(?:which|that|que|qu[’']|lequel|laquelle)\s?/su.exec(head);
        if (!w) continue;
        segStart = start - head.length + w[0].length;
      }
      triggers.push({ role: t.role, start, end: start + m[0].length, forward: false, attach: t.attach, relative, segStart });
    }
  }
  // "a Tiger Global-led US$150M Series C", "in a Khosla Ventures-led round": the name glued to "-led" is the lead.
  for (const m of sentence.matchAll(HYPHEN_LED)) {
    const names = parseList(m.groups!.names!, 'forward');
    if (names.length > 0) hyphenLeads.push({ role: 'lead', names, at: m.index!, attach: 'next' });
  }
  triggers.sort((a, b) => a.start - b.start);
  // Overlapping triggers: keep the first. Sorted by start, a trigger overlaps an earlier one exactly when it starts before the
  // farthest end seen so far (one pass: a sentence of thousands of cues stays linear).
  let farthestEnd = -1;
  const kept = triggers.filter((t) => {
    const overlaps = t.start < farthestEnd;
    farthestEnd = Math.max(farthestEnd, t.end);
    return !overlaps;
  });
  // "led by prominent investors such as A, B and C": the examples are the lead list itself, not other participants.
  for (let i = 0; i + 1 < kept.length; i++) {
    const t = kept[i]!;
    const n = kept[i + 1]!;
    if (t.forward && n.forward && t.role === 'lead' && n.role === 'participant' && gapIsInvestorSet(sentence.slice(t.end, n.start)) && EXAMPLES_TRIGGER.test(sentence.slice(n.start, n.end))) {
      n.role = 'lead';
      t.end = n.start;
    }
  }
  // "raised § from First Round Capital with participation from A and B", "lève § auprès de X, avec la participation de Y": the givers
  // named before the others' participation are the lead (the others are told apart from them).
  for (let i = 0; i + 1 < kept.length; i++) {
    const t = kept[i]!;
    const n = kept[i + 1]!;
    if (t.forward && n.forward && t.role === 'participant' && n.role === 'participant' && FROM_CUE_END.test(sentence.slice(t.start, t.end)) && PARTICIPATION_CUE.test(sentence.slice(n.start, n.end)) && n.start - t.end <= 120 && !/[;:]/.test(sentence.slice(t.end, n.start))) t.role = 'lead';
  }
  const mentions: InvestorMention[] = [];
  const negated = NOT_INVESTING.test(sentence);
  kept.forEach((t, i) => {
    let names: string[];
    if (t.forward) {
      // A relative clause inside the list ("Headline, qui avait mené …, Sistafund") does not end it.
      let next: (typeof kept)[number] | undefined;
      for (let j = i + 1; j < kept.length && !next; j++) if (kept[j]!.forward || !kept[j]!.relative) next = kept[j];
      // "led by Target Global, the giant VC out of Europe, with Entrée Capital and B also participating": the next verb's own
      // subject starts at its "with" (its segStart); the clause it opens is that verb's, so this list ends where that clause begins.
      const nextClause = next && !next.forward && next.segStart !== undefined && next.segStart > t.end && next.segStart < next.start ? next.segStart : undefined;
      let segment = nextClause !== undefined ? withoutWithClauseOpening(sentence.slice(t.end, nextClause)) : sentence.slice(t.end, next ? next.start : sentence.length);
      // REDUCED_RELATIVE_ROUND: "a § series C financing led by Kestrel will help …": the list ends at the round's own verb.
      if (PASSIVE_LIST_CUE.test(sentence.slice(t.start, t.end)) && REDUCED_RELATIVE_ROUND_BEFORE.test(sentence.slice(Math.max(0, t.start - 60), t.start))) {
        // Only a verb right after the names, no comma between: "led by A and B, the Times reported" is an attribution (its subject
        // named after the comma), which the items' own reading stops at.
        const verb = ROUND_MAIN_VERB.exec(segment);
        if (verb && !/[,;:(—–]/u.test(segment.slice(0, verb.index))) segment = segment.slice(0, verb.index);
      }
      // A cue whose list ends at a known word ("investissement de X dans …").
      const ownEnd = t.endAt ? t.endAt.exec(segment) : null;
      if (ownEnd) segment = segment.slice(0, ownEnd.index);
      // "from prominent investors including A": the next cue opens with the noun the words before it describe, so they are read with it.
      const noun = next ? INVESTOR_NOUN_OPENING.exec(sentence.slice(next.start, next.start + 20)) : null;
      if (noun) segment += noun[0];
      // "from investors – A, B and C – in a series A", "auprès de ses actionnaires historiques – A et B –": the cue's object is a noun
      // for investors whose names follow between dashes; the list is the aside (LIST_END then stops at its closing dash).
      const dashOpened = DASH_OPENED_LIST.exec(segment);
      if (dashOpened && asideFirstItemIsName(segment.slice(dashOpened[0].length))) segment = segment.slice(dashOpened[0].length);
      // "mené conjointement par FCC – une société cotée à Tokyo – et Rebright Partners", "led by FCC — a Tokyo-listed maker — and B":
      // an aside between dashes describing the first name, then the list's "and"; the aside is dropped so the list goes on.
      segment = segment.replace(DASH_ASIDE_IN_LIST, '$1 ');
      const stop = LIST_END.exec(segment);
      // "Other investors include A and B through X; C, the Huffington Post; D; and E, co-founder, Meetup": a list whose
      // items are set off by semicolons names one investor per item, the words after its comma describing it.
      if (stop && segment[stop.index] === ';' && SEMICOLON_LIST_END.test(segment)) {
        const items = segment.split(SEMICOLON_ITEM_SPLIT).map((chunk) => chunk.split(',')[0]!);
        names = items.flatMap((chunk) => parseList(chunk, 'forward'));
        if (names.length > 0) mentions.push({ role: t.role, names, at: t.start, attach: t.attach });
        return;
      }
      // "Investors: A; B; C", "ses investisseurs historiques que sont : A ; B ; C": a list opened by a colon whose items are set off
      // by semicolons names one investor per item (the semicolon is its separator, not the end of the list).
      const colonList = stop && segment[stop.index] === ';' ? colonSemicolonItems(segment, stop.index, /:\s*$/.test(sentence.slice(t.start, t.end))) : null;
      if (colonList) {
        names = colonList.flatMap((chunk) => parseList(chunk, 'forward'));
        if (names.length > 0) mentions.push({ role: t.role, names, at: t.start, attach: t.attach });
        return;
      }
      // "led by A, and B participated", "led by A, while B also took part", "mené par A, tandis que B y a participé": a clause joiner
      // then a name right before its own verb of taking part. The lead list ends at the joiner; the name after it is that verb's.
      const joiner = stop && stop.index === segment.length ? leadListClauseJoiner(t, next, segment) : null;
      if (joiner) {
        next!.segStart = t.end + joiner.index + joiner[0].length;
        segment = segment.slice(0, joiner.index);
      }
      if (stop && stop.index < segment.length) segment = segment.slice(0, stop.index);
      // "Led by an investment from A, B, C and D also provided funding": an opening participle names one lead; the list
      // after it is the subject of the next verb (the participants).
      else if (t.role === 'lead' && next && !next.forward && next.role === 'participant' && /^[\s"“]*$/.test(sentence.slice(0, t.start))) {
        const cut = FIRST_ITEM_END.exec(segment.replace(/\([^()]*\)/g, (p) => ' '.repeat(p.length)).replace(INSTITUTION_ET, '\u0001et\u0001'));
        if (cut) {
          next.segStart = t.end + cut.index + cut[0].length;
          segment = segment.slice(0, cut.index);
        }
      }
      names = parseList(blankDescribers(t.role === 'lead' ? firmOfLeadPartner(segment) : segment), 'forward');
      // "Bambo Capital Partners (via son véhicule Bloc Smart Africa, lead du tour de table)": an aside naming one of the list the lead.
      if (t.role === 'participant' && names.length > 0 && LEAD_ASIDE.test(segment)) {
        const leads = asideLeads(segment, names);
        if (leads.length > 0) {
          mentions.push({ role: 'lead', names: leads, at: t.start, attach: t.attach });
          names = names.filter((n) => !leads.includes(n));
        }
      }
    } else {
      // From the previous trigger that is not a relative clause ("Founders Future, qui avait mené …, réinvestit").
      let prev = t.relative ? kept[i - 1] : undefined;
      if (!t.relative) for (let j = i - 1; j >= 0 && !prev; j--) if (kept[j]!.forward || !kept[j]!.relative) prev = kept[j];
      let segment = sentence.slice(t.segStart ?? (prev ? prev.end : 0), t.start);
      // Inside a forward list only the item right before belongs to this verb.
      // "auprès de Northwind, qui mène l’opération": the relative pronoun before the verb goes with the comma.
      if (t.relative && prev?.forward) segment = segment.replace(/,\s*(?:qui|which|who)\s*$/iu, '').replace(/,\s*$/, '').replace(/^.*,/s, '');
      // "Jane Moreau, associée chez Northwind Capital, qui a mené le tour": the pronoun before the verb is not one of the names
      // (only before a round: "qui a mené la stratégie" names no lead).
      else if (t.relative && RELATIVE_PRONOUN_END.test(segment) && ROUND_WORD.test(sentence.slice(t.end - 3, t.end + 40))) segment = segment.replace(RELATIVE_PRONOUN_END, ' ');
      // "Seed Capital, the Danish venture capital firm that led the round": the description and its "that" go, the name stays.
      else if (t.relative && DESCRIBED_THAT_END.test(segment)) segment = segment.replace(DESCRIBED_THAT_END, ' ');
      // The clause that holds the subject.
      // "Sequoia Capital, which over the years has invested in … – think Apple, Google and Oracle – led": an aside between dashes
      // right before the verb, and the relative clause it closes, sit between the subject and its verb.
      const aside = DASH_ASIDE_BEFORE_VERB.exec(segment);
      // "All investors from the prior round – A, B and C – joined the financing": after a noun for investors the aside between
      // dashes is the subject's list itself (the apposition names them), not a remark to skip.
      if (aside && INVESTOR_NOUN_BEFORE_DASH.test(segment.slice(Math.max(0, aside.index - 80), aside.index)) && asideFirstItemIsName(aside[0].replace(/^\s[–—]\s/u, ''))) segment = aside[0].replace(/^\s[–—]\s/u, '').replace(DASH_LIST_OPENER, '').replace(/\s[–—]\s*$/u, ' ');
      else if (aside) segment = segment.slice(0, aside.index).replace(/,\s*(?:qui|which|who)\b[^,]*$/i, ' ');
      const cut = Math.max(segment.lastIndexOf(';'), segment.lastIndexOf(': '), segment.lastIndexOf(' — '), segment.lastIndexOf(' – '));
      if (cut >= 0) segment = segment.slice(cut + 1).replace(/^[\s–—]+/, '');
      // Drop a relative clause between the names and the verb: "Founders Future, qui avait mené …, réinvestit".
      segment = segment.replace(/,\s*(?:qui|which|who)\b[^,]*,\s*$/i, ' ').replace(DESCRIBED_THAT_CLAUSE, ' ');
      // Drop an apposition between the name and its verb: "Intel Capital, the corporate venturing arm of Intel, will lead",
      // "Kestrel, un fonds basé à Londres, a mené" (a lower-case description opened by an article, closed by a comma).
      // Not when a verb of taking part has an object that is no round ("A and B, customers of X, also participated in a trade fair"):
      // the cue's pattern takes a round object in, so a preposition right after it opens some other thing's object.
      if (!t.relative && !(t.role === 'participant' && nonRoundObjectAfter(sentence.slice(t.end, t.end + 80)))) segment = segment.replace(APPOSITION_BEFORE_VERB, ' ');
      // "Ninox Medical said the Israeli fund Pitango led …", "Acme a annoncé que Kestrel a mené …": the subject of the verb follows
      // the reporting verb; the speaker before it is no name of this verb's.
      const reportedEnd = reportedClauseEnd(segment);
      if (reportedEnd >= 0) segment = segment.slice(reportedEnd);
      // "Partech Africa, déjà investisseur, y a également pris part": the clitic "y"/"en" and an aside calling the name an
      // existing investor sit between the name and its verb.
      // The aside describes one name: only the name right before it is this verb's ("Lors de la levée, Elaia, actionnaire historique, a participé").
      // Read on the segment's tail only: the aside is short, and an end-anchored "\s…\s*$" tried at each space of a long
      // whitespace run inside the segment was quadratic.
      const tailFrom = Math.max(0, segment.length - 200);
      const clitic = ASIDE_BEFORE_VERB.exec(segment.slice(tailFrom));
      if (clitic) segment = clitic[0].includes(',') ? segment.slice(0, tailFrom + clitic.index).replace(/^.*,/s, '') + ' ' : segment.slice(0, tailFrom + clitic.index) + ' ';
      // "(Engineering Capital was the first investor in both.)": a sentence told as an aside opens on its parenthesis.
      if (/^\s*\(/.test(segment) && !segment.includes(')')) segment = segment.replace(/^\s*\(\s*/, '');
      names = parseList(t.role === 'lead' ? firmOfLeadPartner(segment) : segment, 'backward');
      // "This is Ribbit Capital’s third investment in Africa after leading Acme’s § Series B": the agent of the participle is the
      // possessor of the investment the main clause names, not the words before it (PARTICIPLE_AGENT).
      const agent = participleAgent(sentence, t.start, segment);
      if (agent) names = agent;
      // "Google participated through its AI investment vehicle, Gradient Ventures": the vehicle named is the one that invested.
      // (The subject next to the verb, the last of a backward list, is the parent it replaces.)
      const vehicle = names.length > 0 ? VEHICLE_NAMED_AFTER.exec(sentence.slice(t.end, t.end + 160)) : null;
      const vehicleName = vehicle ? parseList(vehicle.groups!.name!, 'forward') : [];
      if (vehicleName.length === 1) names = [...names.slice(0, -1), vehicleName[0]!];
    }
    // "Les investisseurs historiques, à savoir A, B et C, ont remis au pot": a list told once, with two cues.
    if (negated && t.role === 'participant') return;
    if (names.length > 0 && !mentions.some((o) => o.role === t.role && o.names.join('\u0001') === names.join('\u0001'))) mentions.push({ role: t.role, names, at: t.start, attach: t.attach });
    // "after leading Acme’s § Series B and Zeta’s § Series A": one more mention of the same lead at each coordinated round, so the
    // round after it is the one it attaches to (COORDINATED_ROUND_OBJECT).
    if (!t.forward && t.role === 'lead' && t.attach === 'next' && names.length > 0) for (const at of coordinatedRoundsAt(sentence, t.end)) mentions.push({ role: 'lead', names, at, attach: 'next' });
  });
  // CO_LEAD_PARTNER: the names beside a single co-lead are the other co-lead; beside a list of co-leads they take part.
  // One pass over the mentions in reading order (sorted once), the last lead carried along: linear in the number of cues.
  const partnerAt = new Set(kept.filter((t) => t.coLeadPartner).map((t) => t.start));
  if (partnerAt.size > 0) {
    let lastLead: InvestorMention | undefined;
    for (const m of [...mentions].sort((a, b) => a.at - b.at)) {
      if (m.role === 'participant' && partnerAt.has(m.at) && lastLead && lastLead.at < m.at && lastLead.names.length === 1) m.role = 'lead';
      else if (m.role === 'lead') lastLead = m;
    }
  }
  // "Lead investor Northwind was joined by A", "from lead investor Northwind and A": the name the descriptor opens is the lead.
  if (options.nearDeal || sentenceHas(ROUND_WORD)) {
    let nextAt = 0;
    let readTo = 0;
    for (const m of sentence.matchAll(LEAD_DESCRIPTOR)) {
      const from = m.index! + m[0].length;
      // A descriptor inside the window of the one before is read with it (and a run of them stays linear).
      if (m.index! < readTo) continue;
      if (PAST_LEAD_BEFORE.test(sentence.slice(Math.max(0, m.index! - 30), m.index!))) continue;
      while (nextAt < kept.length && kept[nextAt]!.start < from) nextAt++;
      const next = kept[nextAt];
      // A described lead is a short list: a bounded window keeps a sentence of thousands of descriptors linear.
      readTo = Math.min(next ? next.start : sentence.length, from + (m.groups!.plural ? LEAD_DESCRIPTOR_WINDOW : LEAD_DESCRIPTOR_WINDOW / 2));
      let segment = sentence.slice(from, readTo);
      const stop = LIST_END.exec(segment);
      if (stop) segment = segment.slice(0, stop.index);
      // "Lead investor Northwind was joined by": the name is the subject of the verb after it.
      const verb = LEAD_NAME_VERB.exec(segment);
      if (verb) segment = segment.slice(0, verb.index);
      // One investor for "lead investor", the list for "lead investors".
      if (!m.groups!.plural) {
        const cut = FIRST_ITEM_END.exec(segment.replace(/\([^()]*\)/g, (p) => ' '.repeat(p.length)));
        if (cut) segment = segment.slice(0, cut.index);
      }
      const names = parseList(segment, 'forward');
      if (names.length > 0) mentions.push({ role: 'lead', names, at: m.index!, attach: 'prev' });
    }
    mentions.sort((a, b) => a.at - b.at);
  }
  if (hyphenLeads.length === 0) return mentions;
  return [...mentions, ...hyphenLeads].sort((a, b) => a.at - b.at);
}

/** "lead investor X", "the round’s lead investor, X": a name described as the lead (upper-case check, so no "i" flag). */
const LEAD_DESCRIPTOR = /(?<![\p{L}\p{N}])(?:[Cc]o-?)?[Ll]ead (?:investor|backer|funder)(?<plural>s)?\s*,?\s+(?=[\p{Lu}\p{N}]|\p{Ll}{1,3}\p{Lu})/gu;
/** How far after "lead investor" its names are read. */
const LEAD_DESCRIPTOR_WINDOW = 200;
/** The verb after a described lead's name. */
const LEAD_NAME_VERB = /\s+(?:has|have|had|is|are|was|were|will|would|said|says|a|ont|est|sont)(?![\p{L}\p{N}])/u;
/** "its previous lead investor X", "seed lead investor X": the lead of an earlier round. */
const PAST_LEAD_BEFORE = /\b(?:previous|prior|earlier|former|past|original|seed|last|series [a-j])\s+$/i;

/** An aside in parentheses calling the name before it the lead: "(lead investor)", "(via son véhicule X, lead du tour de table)". */
const LEAD_ASIDE = /\((?:[^()]*[,\s])?(?:co-?)?(?:lead(?:er)?|chefs? de file|investisseur principal)(?:\s+(?:investor|du tour|de l[’']opération|de la levée|of the round|in the round)[^()]*)?\)/iu;

/** The names of `names` that a lead aside follows in `segment`. */
function asideLeads(segment: string, names: string[]): string[] {
  const leads: string[] = [];
  for (const m of segment.matchAll(/\(([^()]*)\)/g)) {
    if (!LEAD_ASIDE.test(m[0])) continue;
    const before = segment.slice(Math.max(0, m.index! - 80), m.index!).trimEnd();
    const name = names.find((n) => before.endsWith(n));
    if (name && !leads.includes(name)) leads.push(name);
  }
  return leads;
}

/**
 * Whether `next` (the following paragraph) continues an investor list that the scrape cut at the end of `last` (the last
 * sentence of a paragraph): "… led by Accel, with participation from Index" / "and Seedcamp." — `last` has no closing
 * punctuation and either ends on a list connector or `next` opens lower-case, with "and"/"et" or a comma. The funding
 * reader can then read the two as one sentence.
 */
export function continuesInvestorList(last: string, next: string): boolean {
  const end = last.trimEnd();
  if (end === '' || /[.!?»”"')\]]$/u.test(end)) return false;
  if (!LIST_CUE_IN.test(end.slice(-200))) return false;
  const start = next.trimStart();
  // "…, Index Ventures," / "and Seedcamp.": after a comma the next item may still open with its "and".
  if (LIST_CONNECTOR_END.test(end)) return /^[\p{Lu}\p{N}]|^\p{Ll}+\p{Lu}/u.test(start) || (end.endsWith(',') && /^(?:and|et|as well as|ainsi que)\s+[\p{Lu}\p{N}]/u.test(start));
  return LIST_CONTINUES.test(start);
}
/**
 * A list cue in the tail of the cut sentence ("led by", "from", "including", "menée par", "auprès de").
 * Round 40: the verb of a set's inclusion opens a list as "including" does ("Other investors in the funding round include Sequoia
 * Capital China," / "Source Code Capital, …", 148 New Telegraph; the finite forms "include/includes/included/comprend/incluent").
 */
const LIST_CUE_IN = /\b(?:led|backed|supported|joined|funded|financed) by\b|\b(?:from|including|include[sd]?|such as|alongside|with|comprennent|comprend|incluent|inclut)\s|\b(?:men[ée]e?s?|soutenue?s?|accompagnée?s?) par\b|\bauprès d|\baux côtés d|\bnotamment\b|\bparticipation (?:from|of|de|d[’'])/iu;
/** A cut right after a list connector: "…, Accel,", "… and", "… et", "… including". */
const LIST_CONNECTOR_END = /(?:,|\band|\bet|\bincluding|\bnotamment|\bsuch as|\bainsi que|:)$/u;
/** A paragraph that goes on with a list: lower-case, "and"/"et", a comma. */
const LIST_CONTINUES = /^(?:,|(?:and|et|as well as|ainsi que|plus)\s|\p{Ll})/u;

/**
 * An "and" inside one name of a comma list: in "A, Plug and Play Ventures, B" a list's closing "and" cannot be
 * followed by another comma item that names someone, so "Plug and Play Ventures" is one name.
 * SET_NOUN_BEFORE_COMMA: not when the comma before the left word closes a plural set noun ("participation from new investors,
 * OrbiMed and Monograph Capital, as well as C"; "Existing investors, A and B, also participated"): that comma opens the set's
 * apposition, a short list of its own, so its "and" joins two names. Lower-case nouns only (a firm's name may end in "Investors"),
 * or a capitalised set at the opening ("Existing Investors, A and B, …").
 */
const SET_NOUN_BEFORE_COMMA = new RegExp(String.raw`(?:^|\s)(?:investors|backers|funders|financiers|shareholders|co-investors|participants)$|^(?:${INVESTOR_KIND_ADJECTIVES.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})\s+(?:Investors|Backers|Shareholders)$`, 'u');
function innerAndName(items: string[], seps: string[], k: number): string | null {
  const left = items[k]!;
  if (!/^\p{Lu}[\p{L}\p{N}]*$/u.test(left) || !/,/.test(seps[k - 1] ?? '') || !/^\s+and\s+$/.test(seps[k] ?? '') || !/^\s*,\s*$/.test(seps[k + 1] ?? '')) return null;
  if (SET_NOUN_BEFORE_COMMA.test((items[k - 1] ?? '').trim())) return null;
  const right = cleanItem(items[k + 1] ?? '', { forward: true });
  const after = cleanItem(items[k + 2] ?? '', { forward: true });
  if (right.kind !== 'name' || right.residue || after.kind !== 'name' || !(items[k + 1] ?? '').startsWith(right.name)) return null;
  return `${left} and ${right.name}`;
}

/**
 * "Exportation et développement Canada", "Recherche and Development Corporation": two abstract nouns joined by "et"/"and" and the
 * capitalised rest make one institution's name; a list's "and" joins names, not a lower-case noun to a name.
 */
function nounAndNounName(items: string[], seps: string[], k: number): string | null {
  const left = items[k]!;
  const right = items[k + 1] ?? '';
  if (!/^\s+(?:et|and)\s+$/.test(seps[k] ?? '') || !ABSTRACT_NOUN_LEFT.test(left)) return null;
  const m = ABSTRACT_NOUN_RIGHT.exec(right);
  if (!m) return null;
  const rest = cleanItem(m[2]!, { forward: true });
  if (rest.kind !== 'name' || rest.residue || !m[2]!.startsWith(rest.name)) return null;
  return `${left}${seps[k]}${m[1]} ${rest.name}`;
}
const ABSTRACT_NOUN_LEFT = /^\p{Lu}\p{Ll}+(?:tion|ment|ité|ance|ence)$/u;

/**
 * COUPLE_FOUNDATION: a foundation named after a couple, "the Gordon and Jane Roe Foundation", "the John D. and Mary T. Roe Foundation":
 * the left conjunct is a lone given name (one capitalised word, maybe with a middle initial), the right one a given name, maybe an
 * initial, a surname and a foundation noun. The "and" joins two first names inside one name, not two investors. A right conjunct of
 * one word before the noun ("Kima and Orion Foundation") stays a list: no surname, no couple.
 */
const COUPLE_LEFT = /^(?:and\s+)?(?:the\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.?)?)$/u;
const COUPLE_RIGHT = /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}’'-]+(?:\s+Family)?\s+(?:Foundation|Charitable Trust|Trust|Fund))(?![\p{L}])/u;
function coupleFoundationName(items: string[], seps: string[], k: number): string | null {
  if (!/^\s+(?:and|&)\s+$/.test(seps[k] ?? '')) return null;
  const left = COUPLE_LEFT.exec(items[k]!.trim());
  const right = left ? COUPLE_RIGHT.exec((items[k + 1] ?? '').trim()) : null;
  if (!left || !right) return null;
  return `${left[1]!.replace(/(?<=\s\p{Lu})$/u, '.')} ${seps[k]!.trim()} ${right[1]}`;
}
const ABSTRACT_NOUN_RIGHT = /^(\p{Ll}+(?:tion|ment|ité|ance|ence))\s+(\p{Lu}.*)$/u;

/**
 * Link texts that lost their spaces in the scrape: "the VR FundSV AngelGreylock PartnersBetaworks" (four linked
 * names), "Relay VenturesMore here" (a "More here" link glued to the last name). Split only after a word that ends
 * fund names, inside a run of capitalised words, before a capitalised word of two letters or more ("CapitalG" stays).
 */
const GLUED_AFTER_FUND_WORD = /(?=\p{Lu}[\p{L}\p{N}])(?<=(?:^|\s)\p{Lu}[\p{L}\p{N}&.'’-]*\s+(?:Fund|Funds|Angels?|Partners|Ventures|Capital|Group|Labs|Investments|Holdings|Management|Associates|Equity))/gu;
/** A "More here" / "Read more here" link glued to the word before it. */
const GLUED_MORE_HERE = /(?<=\p{Ll})(?:Read )?More\s+here\b/gu;

/**
 * "FTX Venturesthis deal", "Kestrel Capitalwhich led": a scrape that lost the space (or the period) after a firm's last word
 * glues the next lower-case word to the name; the name ends there, and so does its item. Only function words of three letters
 * or more ("Groupon" keeps its "on").
 */
const GLUED_WORD_AFTER_FUND_WORD = /(?<=(?:^|\s)\p{Lu}[\p{L}\p{N}&.'’-]*\s+(?:Funds?|Angels|Partners|Ventures|Capital|Group|Labs|Investments|Holdings|Management|Associates|Equity))(?=(?:this|the|that|these|those|and|with|which|who|whose|has|have|had|was|were|are|will|led|also|said|qui|ont|est|dans|pour|avec)(?![\p{L}\p{N}]))/gu;

/** The unnamed rest closing a list: "… and other funds,", "… et d’autres fonds", "… and several other investors". */
const UNNAMED_REST_END = /(?<=\S)\s+(?:and|et|as well as|ainsi que)\s+(?:(?:several|many|some|a few|plusieurs|quelques)\s+)?(?:other|others|d[’']autres|autres)(?:\s+(?:[\p{Ll}-]+\s+)?(?:funds?|fonds|investors?|investisseurs|backers?|firms?|angels?|VCs?|partners?|actionnaires|financeurs))?\s*,?\s*$/u;

/**
 * A list item that repeats the cue's preposition after a conjunction: "auprès du fonds A géré par B et de ses investisseurs
 * historiques C", "auprès de D basée à Lyon et d'E". French repeats "de" for each object of the cue, so the item is one more
 * object of the cue, whatever modifier the item before it carried ("géré par B", "basée à Lyon"); without the repeated "de"
 * ("géré par B et C") the conjunction is the modifier's. Anchored at the item's start, one preposition: linear.
 */
const REOPENED_ITEM = /^(?:de|du|des)\s|^d[’']\s?(?=\p{Lu})/u;
/** A list conjunction as the separator: "et", "and", "ainsi que", "as well as". */
const CONJUNCTION_ITEM_SEP = /(?:^|\s)(?:and|et|as well as|ainsi que)\s*$/u;
/**
 * The cue itself said again after a comma: "…, ainsi qu'auprès du fonds B", "…, et auprès de C". What follows is one more object
 * of the cue ("du fonds B"), read like the first; the repeated cue is no word of the item (cleanItemCore drops it). Anchored: linear.
 */
const REOPENED_CUE = /^(?:ainsi\s+qu[’']\s?|et\s+)?auprès\s+(?=(?:de|du|des|d[’']))/iu;

/** Whether the next item opens one more object of the cue: the cue's preposition after a conjunction, or the cue after a comma. */
function reopensCue(sep: string, nextItem: string): boolean {
  return CONJUNCTION_ITEM_SEP.test(sep) ? REOPENED_ITEM.test(nextItem) : /,/.test(sep) && REOPENED_CUE.test(nextItem);
}

function unglue(segment: string): string {
  const spaced = segment.replace(GLUED_WORD_AFTER_FUND_WORD, ', ');
  if (!/\p{Ll}\p{Lu}/u.test(spaced)) return spaced;
  return spaced.replace(GLUED_MORE_HERE, '').replace(GLUED_AFTER_FUND_WORD, ', ');
}

/**
 * People told by the company they work or worked for: "founders of Kestrel and Orion", "ex-Kestrel and Orion engineers", "former
 * Kestrel executives", "anciens de Kestrel et d’Orion". The names are employers, not investors; a coordination under the people noun
 * ("founders of A and B") gives B the same role, so the forward list reader skips the conjuncts after such an item as well, until an
 * item with its own head ("and VC firms Orion Capital") or a firm's name (ending on a word of ORG_LAST_WORDS: "and Orion Capital"
 * is a fund joining the list). EMPLOYEE_NOUNS: founders of names.ts's families, plus executive and staff nouns (a closed class).
 */
// Plural only: a plural people noun governs a coordination ("founders of A and B"); a singular one is one person's apposition ("Jane
// Moreau, co-founder at Duplo, Kestrel Angels, …"), whose organisation the list reader already sets aside, and the items after it stay.
const EMPLOYEE_NOUNS = String.raw`(?:(?:${roleAlternation(founderEn, founderFr)})s|executives|execs|employees|engineers|alumni|alums|veterans|staffers|leaders|operators|anciens|anciennes|dirigeante?s|salariée?s|cadres|ingénieure?s|employée?s)`;
const EMPLOYER_HEAD_ITEM = new RegExp(String.raw`^(?:(?:the|les|des|d[’']|de|its|their|some|several|top|early|senior|serial|former|ex-?|anciens?)\s*)*(?:[\p{Ll}-]+\s+){0,2}?${EMPLOYEE_NOUNS}\s+(?:of|from|at|de|du|des|d[’']|chez)\s?\p{Lu}|^ex-\p{Lu}|^(?:(?:former|ex-?|early|top|senior)\s*)?\p{Lu}[\p{L}\p{N}&.’'-]*(?:\s+\p{Lu}[\p{L}\p{N}&.’'-]*){0,3}\s+${EMPLOYEE_NOUNS}$`, 'u');
/** A conjunct that is a bare name (no lower-case head of its own), "d’Orion" / "de Kima" included. */
const BARE_NAME_CONJUNCT = /^(?:(?:de|du|des|d[’'])\s?)?\p{Lu}/u;
const EMPLOYER_CONJUNCT_TAIL = new RegExp(String.raw`^(?:(?:de|du|des|d[’'])\s?)?\p{Lu}[\p{L}\p{N}&.’'-]*(?:\s+\p{Lu}[\p{L}\p{N}&.’'-]*){0,3}\s+${EMPLOYEE_NOUNS}$`, 'u');
const ENDS_ON_ORG_WORD = new RegExp(String.raw`\s(?:${FIRM_WORDS}|VC|Angels|Invest|Fonds|Partenaires|Investissements?|Participations|Gestion)$`, 'u');

/** Parse "A, B and C" into names; backward lists read from the right and stop at the first non-name. */
/**
 * SHARED_SURNAME_PAIR: "John and Patrick Collison (co-founders of Stripe)", "les frères Jean et Marc Dupont": two given names (one
 * capitalised word each) joined by and/et before one surname are two people of that surname, "John Collison" and "Patrick
 * Collison". Only where the words around them say they are people of one family or one founding team ("brothers", "les frères",
 * "the X siblings" before; "(co-founders of …)", ", the brothers behind …" after): "Naspers and Tiger Global", "Procter and Gamble",
 * "Johnson & Johnson" have no such cue (and the last two no given name + surname on the right). The first given name stands alone:
 * "Ham Serunjogi and Maijid Moujaled, co-founders of X" (503) are two full names, no pair.
 */
const PAIR_KIN_BEFORE = String.raw`(?<![\p{L}])(?:brothers|sisters|siblings|twins|cousins|couple|spouses|frères|sœurs|soeurs|jumeaux|jumelles|époux)\s+`;
const PAIR_KIN_AFTER = String.raw`\s*(?:\(|,\s*)(?:the\s+|les\s+|both\s+|tous\s+deux\s+)?(?:(?:co-?)?founders?|cofondateurs?|co-fondateurs?|fondateurs?|brothers|sisters|siblings|twins|frères|sœurs|soeurs|jumeaux)(?![\p{L}])`;
const SHARED_SURNAME_PAIR = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<!\p{Lu}[\p{L}’'.-]*\s)(?:(?<kin>${PAIR_KIN_BEFORE})(?<first>\p{Lu}\p{Ll}+)\s+(?<and>and|et)\s+(?<second>\p{Lu}\p{Ll}+)\s+(?<surname>\p{Lu}[\p{L}’'-]+)|(?<first2>\p{Lu}\p{Ll}+)\s+(?<and2>and|et)\s+(?<second2>\p{Lu}\p{Ll}+)\s+(?<surname2>\p{Lu}[\p{L}’'-]+)(?=${PAIR_KIN_AFTER}))(?![\p{L}\p{N}])`, 'gu');
function splitSharedSurname(segment: string): string {
  if (!/\s(?:and|et)\s/u.test(segment)) return segment;
  return segment.replace(SHARED_SURNAME_PAIR, (whole, ...args) => {
    const g = args.at(-1) as Record<string, string | undefined>;
    const first = g.first ?? g.first2!;
    const second = g.second ?? g.second2!;
    const surname = g.surname ?? g.surname2!;
    if (ORG_LAST_WORD_END.test(surname) || ORG_LAST_WORD_END.test(second)) return whole;
    return `${g.kin ?? ''}${first} ${surname} ${g.and ?? g.and2!} ${second} ${surname}`;
  });
}

/**
 * FR_APPOSITION_OF_NAME: "auprès de Kering, la maison-mère de Gucci, et du fonds américain Tiger", "auprès de Tencent, Accel et Founders
 * Future, les investisseurs historiques de Lydia, et de Dragoneer": an item set off by a comma after a name, opened by a French
 * definite article and lower-case nouns, ending on "de/du/d’" and a name, describes the name before it (its owner, the company it
 * backs): that last name is no investor, and the list goes on after it (frenchmorning 662, JDN 545). Only after a comma that follows
 * a name: a first item "du fonds de Xavier Niel" names its fund's owner, and "le groupe de médias Prisma" is a name with its kind.
 */
const FR_APPOSITION_OF_NAME = /^(?:le|la|les|l[’'])\s*(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+\s+(?:de|du|des|d[’'])\s?(?:la\s+|l[’']\s?)?\p{Lu}[\p{L}\p{N}&.’'-]*(?:\s+\p{Lu}[\p{L}\p{N}&.’'-]*){0,3}$/u;

/**
 * CLOSED_LIST_SUBJECT: "Avec § levés auprès de A et B, Gleamer compte pour 42 % du total", "After TAE's § Series C funding from
 * heavyweights like A and B, Kalpavriksh decided …": a list closed by its conjunction ("A et B"), then a comma and a name that opens
 * the item, followed by a lower-case word that is no preposition nor conjunction: that name is the main clause's subject, its verb
 * after it (any tense, unlike NEW_CLAUSE_VERB_AFTER's closed list), and the list ended before the comma (mind Health 443/704,
 * startupchai 156). A list that goes on after "A and B," names its next item without a verb after it.
 */
const SUBJECT_VERB_AFTER_NAME = /^\s+(?!(?:of|from|at|in|on|for|with|by|to|via|de|du|des|d[’']|chez|à|au|aux|en|pour|par|avec|sur|dans|based|basée?s?|and|et|or|ou|as|ainsi|plus|along|together|who|which|that|qui|dont|through|à travers)(?![\p{L}]))\p{Ll}{2,}(?![\p{L}])/u;
function closedListThenSubject(items: string[], seps: string[], k: number, name: string): boolean {
  if (k < 2 || !/^\s*,\s*$/u.test(seps[k - 1] ?? '') || !CONJUNCTION_SEP.test(seps[k - 2] ?? '')) return false;
  const item = items[k]!;
  return item.startsWith(name) && SUBJECT_VERB_AFTER_NAME.test(item.slice(name.length));
}

export function parseList(segment: string, direction: 'forward' | 'backward'): string[] {
  // Parentheticals and brackets describe a name: "Dheeraj Jain(Partner, RedCliffe Capital)".
  // "Tekla Capital Management, LLC as well as B": a legal form after a comma is the name's own (COMMA_LEGAL_FORM), dropped.
  const flat = unglue(splitAmpersandFirmPairs(splitSharedSurname(segment))).replace(COMMA_LEGAL_FORM, '').replace(SHARED_PLACE_MODIFIER, ' ').replace(FRENCH_INSTITUTION_SHORT, shortFormOfInstitution).replace(INSTITUTION_ET, ET_MARK).replace(/(?<!\s)\s*\([^()]*\)/g, '').replace(/(?<!\s)\s*\[[^\]]*\]/g, '').replace(/[“”"]/g, '').replace(SINGLE_QUOTED, '$1').replace(/(?<!\s)\s*\((?:also|too|then)?\s*$/, '')
    // "Bpifrance, via ses fonds SPI et FDI dédiés à …, ainsi qu'avec Eurazeo": the vehicle of the name before, up to the next comma.
    .replace(VIA_ASIDE, '');
  // "le fonds de Softbank et d’autres fonds, ont accepté", "Northwind and other backers joined": a backward list read from the
  // right would stop at the unnamed rest; the named ones before it are the list.
  const parts = (direction === 'backward' ? flat.replace(UNNAMED_REST_END, '') : flat).split(ITEM_SPLIT_KEEP);
  const items = parts.filter((_, i) => i % 2 === 0).map((s) => s.replaceAll(ET_MARK, ' et ').trim());
  // seps[k]: the separator after items[k].
  const seps = parts.filter((_, i) => i % 2 === 1);
  const names: string[] = [];
  // A plain lower-case word is a brand ("led by redalpine") only alone or among names, never among lower-case words
  // ("environmental, social, and governance", "internet and telecommunications firm SoftBank").
  const lowerLed = items.map((it) => /^\p{Ll}/u.test(it.replace(/^(?:and|et)\s+/, '')));
  const anyName = items.some((it) => /^[\p{Lu}\p{N}]/u.test(it.replace(/^(?:and|et)\s+/, '')));
  // Counted once: a list of thousands of items must not be recounted per item.
  const single = items.filter((it) => it !== '').length === 1;
  const plainBrand = (k: number) => single || (anyName && !lowerLed[k - 1] && !lowerLed[k + 1]);
  if (direction === 'forward') {
    let afterRole = false;
    // Inside a coordination of employers ("founders of A and B"): see EMPLOYER_HEAD_ITEM.
    let employers = false;
    for (let k = 0; k < items.length; k++) {
      const item = items[k]!;
      if (item === '') continue;
      const bare = item.replace(/[.,;:!?]+$/u, '');
      if (EMPLOYER_HEAD_ITEM.test(bare)) {
        employers = true;
        continue;
      }
      if (employers) {
        if (BARE_NAME_CONJUNCT.test(bare) && (EMPLOYER_CONJUNCT_TAIL.test(bare) || !ENDS_ON_ORG_WORD.test(bare))) continue;
        employers = false;
      }
      // A quoted name with its own punctuation (QUOTED_NAME, masked by findInvestorMentions): the text inside the quotes is the name.
      const quoted = quotedItemName(item);
      if (quoted) {
        names.push(quoted);
        continue;
      }
      if (names.length > 0 && k > 0 && /,/.test(seps[k - 1] ?? '') && FR_APPOSITION_OF_NAME.test(bare)) continue;
      const joined = innerAndName(items, seps, k) ?? nounAndNounName(items, seps, k) ?? coupleFoundationName(items, seps, k);
      if (joined) {
        names.push(joined);
        k++;
        continue;
      }
      // "Mastercard’s venture arm, Mastercard Ventures": the name set off after the possessor's unnamed arm is the investor.
      if (POSSESSIVE_DESCRIPTION.test(item) && /,/.test(seps[k] ?? '') && cleanItem(items[k + 1] ?? '', { forward: true }).kind === 'name') continue;
      const r = cleanItem(item, { plainBrand: plainBrand(k), forward: true });
      if (r.kind === 'role') {
        afterRole = true;
        continue;
      }
      // "Naresh Malhotra, former CEO, Café Coffee Day": the item after a role is the person's organisation.
      if (afterRole) {
        afterRole = false;
        continue;
      }
      // "des fonds comme Spendesk, qui est en train de boucler une levée", "such as Acme, which raised §": a name whose own
      // relative clause raises money is a company funded, not an investor.
      // The relative clause may come after an apposition set off by commas: "dirigés par la société Acme, société spécialisée dans
      // les drones, qui a levé §", "led by Acme, a drone maker, which raised §" (RAISER_APPOSITION: one lower-case item, no clause).
      if (r.kind === 'name' && /,/.test(seps[k] ?? '') && (FUNDRAISER_CLAUSE.test(items.slice(k + 1, k + 4).join(', ')) || (RAISER_APPOSITION.test(items[k + 1] ?? '') && !INVESTOR_APPOSITION.test(items[k + 1] ?? '') && /,/.test(seps[k + 1] ?? '') && FUNDRAISER_CLAUSE.test(items.slice(k + 2, k + 5).join(', '))))) continue;
      // "from Lendable and MiddleTrust, an escrow service provider, also raised §": a name whose appositive is followed by its own
      // verb of raising is the next clause's subject, and the list ends before it.
      if (r.kind === 'name' && /,/.test(seps[k] ?? '') && APPOSITIVE_THEN_RAISE.test(items.slice(k + 1, k + 4).join(', '))) break;
      // "from Northwind Capital, Jane Moreau, CEO, said": a name whose role is followed by a verb of saying is the speaker; the list ends.
      if (r.kind === 'name' && /,/.test(seps[k] ?? '') && SPEAKER_ROLE_THEN_SAID.test(items.slice(k + 1, k + 3).join(', '))) break;
      // "from Temasek, clean technology firm Hysata’s § raise": a possessor of money is a company raising, not a backer.
      if (r.kind === 'name' && POSSESSOR_OF_FIGURE.test(item)) break;
      // "led by leading Middle East investment fund, Shorooq Partners", "led by prominent Gulf venture firm": a capitalised place left
      // of a lower-case kind of investor that ends the item modifies the kind (PLACE_BEFORE_KIND); the name set off after it, if any,
      // is the investor.
      if (r.kind === 'name' && placeBeforeKind(item, r.name)) continue;
      // "led by Kestrel Partners, and Northwind Capital participated", "auprès de X, et Jane Moreau rejoint le conseil": the name
      // after the conjunction is the subject of a new clause (a finite verb follows it), not one more of the list.
      if (r.kind === 'name' && r.residue && k > 0 && (CONJUNCTION_SEP.test(seps[k - 1] ?? '') || /^(?:and|et)\s/u.test(item)) && item.includes(r.name) && NEW_CLAUSE_VERB_AFTER.test(item.slice(item.indexOf(r.name) + r.name.length))) break;
      if (r.kind === 'name' && r.residue && closedListThenSubject(items, seps, k, r.name)) break;
      if (r.kind === 'name') {
        names.push(r.name);
        // "including Kestrel Capital at § and Orion Partners at §": each backer's own share after its name does not end the list.
        // "auprès du fonds X géré par Y et de ses investisseurs historiques A et B": a name with its own modifier ends the list
        // unless the next item repeats the cue's preposition (REOPENED_ITEM): the coordination is at the cue's level, not the modifier's.
        if (r.residue && !(item.includes(r.name) && SHARE_AFTER_NAME.test(item.slice(item.indexOf(r.name) + r.name.length))) && !reopensCue(seps[k] ?? '', items[k + 1] ?? '')) break;
      } else if (r.kind === 'stop' || r.kind === 'skip') {
        // "Deciens Capital, …, et d’un groupe d’investissement privé basé à Boston, Raptor Group": a description set before the name it describes.
        if (DESCRIPTION_BEFORE_NAME.test(item) && /,/.test(seps[k] ?? '') && cleanItem(items[k + 1] ?? '', { forward: true }).kind === 'name') continue;
        if (r.kind === 'stop') break;
      }
      // "SK Networks, a retail arm of SK Group, Hillhouse Capital Group": an owner phrase closed by a comma ends only itself;
      // "InnoVen Capital, a joint venture between Temasek and UOB": the owners run on past "and", and so does nothing else.
      else if (r.kind === 'owner' && !/,/.test(seps[k] ?? '')) break;
    }
  } else {
    // The last item with words (found once: a test per item of "only blanks after it" was quadratic on a long list).
    let lastFilled = items.length - 1;
    while (lastFilled > 0 && items[lastFilled]!.trim() === '') lastFilled--;
    for (let k = items.length - 1; k >= 0; k--) {
      // "Fairfax Media revealed that Sequoia Capital led": the source's report ends where the verb's subject starts;
      // "Vision Fund said it plans to invest": the pronoun after the report is the name before it.
      const item = items[k]!.replace(REPORTED_THAT, '').replace(SAID_IT, '$1');
      if (item === '') continue;
      // "the Gordon and Jane Roe Foundation": read from the right, the couple's foundation takes the lone given name before it.
      const couple = k > 0 ? coupleFoundationName(items, seps, k - 1) : null;
      if (couple) {
        names.unshift(couple);
        k--;
        continue;
      }
      const quoted = quotedItemName(item);
      if (quoted) {
        names.unshift(quoted);
        continue;
      }
      // "said Paul Okafor, a partner at Northwind Capital, which led the round": the organisation of the role next to the verb is its
      // subject; the speaker and the quote before it are not investors.
      const org = k >= lastFilled ? ROLE_AT_ORG_NAME.exec(item.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())) : null;
      if (org) {
        const o = cleanItem(org.groups!.org!, { plainBrand: true });
        if (o.kind === 'name') names.unshift(o.name);
        break;
      }
      const r = cleanItem(item, { plainBrand: plainBrand(k) });
      // "Harald McPike, a Bahamas-based hedge fund investor, invested": the appositive sits between the name and its verb.
      if (r.kind === 'skip' && /^(?:an?|un|une)\s/u.test(item) && k > 0) continue;
      if (r.kind !== 'name') {
        // "Remember that GM invested": an opening word that is no name, then the subject after the conjunction.
        const subject = CONJUNCTION_THEN_NAME.exec(item);
        if (subject && isInvestorName(subject[1]!)) names.unshift(subject[1]!);
        break;
      }
      // "Ex-Deloitte execs launched DowntownStone Capital (also led …)": the name next to the verb ends the clause before it.
      const last = r.residue ? CLAUSE_THEN_NAME.exec(item) : null;
      if (last && last[1] !== r.name) {
        names.unshift(last[1]!);
        break;
      }
      names.unshift(r.name);
      if (r.leadingResidue) break;
      // "L'Etat Français, via la Banque publique d'investissement (Bpifrance), a apporté §": the channel named is the investor,
      // not the owner before it.
      if (VIA_NAMED.test(item)) break;
    }
  }
  return names;
}

/**
 * PLACE_BEFORE_KIND: what follows a capitalised run inside one list item when that run is a modifier, not a name: a two-word kind of
 * investor in lower case ("investment fund", "venture firm", "private equity firm", "VC firm") closing the item. A run that ends on
 * a firm's last word ("Acme Capital", ORG_LAST_WORDS) is a name whatever follows it. Anchored at both ends: linear.
 */
const KIND_OF_INVESTOR_TAIL = /^\s+(?:(?:investment|venture(?:\s+capital)?|VC|private\s+equity|PE|sovereign(?:\s+wealth)?|state|impact|growth|family|asset\s+management|d[’']investissement|de\s+capital-risque|souverain)\s+(?:funds?|firms?|company|companies|groups?|house|managers?|investors?|arms?|vehicles?|fonds|sociétés?)|(?:funds?|fonds|firms?|investors?)\s+(?:d[’']investissement|de\s+capital-risque|souverains?|d[’']impact))\s*$/u;
const ORG_LAST_WORD_END = new RegExp(String.raw`(?:^|\s)(?:${ORG_LAST_WORDS.join('|')})$`, 'u');
/** Region names that are no country or city (isPlace) and no demonym: "Gulf", "Nordic", "MENA" before a kind of investor. */
const REGION_MODIFIER = /^(?:Gulf|Nordic|Baltic|Balkan|Saudi|Emirati|GCC|MENA|Levant|Pan-African|Pan-European|Asia-Pacific)$/u;
/**
 * The run before the kind must be a place (isPlace, a demonym, isNationality, REGION_MODIFIER): "Aramco venture arm", "Mubadala
 * investment company" name a firm by its own name, followed by what it is, and stay the name.
 */
function placeBeforeKind(item: string, name: string): boolean {
  const at = item.indexOf(name);
  if (at < 0 || ORG_LAST_WORD_END.test(name) || !KIND_OF_INVESTOR_TAIL.test(item.slice(at + name.length))) return false;
  return isPlace(name) || isNationality(name) || DEMONYM.test(name) || REGION_MODIFIER.test(name);
}

/**
 * What one backer put in, told right after its name inside a list: "Kestrel Capital at §", "Orion Partners with about §", "Hooli
 * Ventures contributing §", "Globex à hauteur de §", "§ each". The figure is that backer's share of the round; the list goes on.
 * Anchored at both ends, one optional word group then the masked figure: linear.
 */
const SHARE_AFTER_NAME = new RegExp(String.raw`^\s*(?:(?:at|with|for|contributing|investing|providing|putting in|à hauteur de|pour|avec)\s+)?${FIGURE_QUALIFIER}§+(?:\s+(?:each|apiece|chacun|chacune))?\s*$`, 'iu');

/** 'owner': an appositive naming the investor's owners ("a unit of X", "a joint venture between A and B"). */
type ItemResult = { kind: 'name'; name: string; residue: boolean; leadingResidue: boolean } | { kind: 'skip' } | { kind: 'stop' } | { kind: 'role' } | { kind: 'owner' };

/** A report opening a backward item: "Fairfax Media revealed that", "TechCrunch reports", "sources said". */
const REPORTED_THAT = /^.*?\b(?:reports?|reported|said|says|writes|wrote|notes|noted|revealed|reveals|confirmed|confirms|announced|announces|learned|learnt|understands|believes|a révélé|révèle|annonce|a annoncé|indique|a indiqué|rapporte)\s+(?:that\s+|que\s+|qu[’'])?(?=[\p{Lu}\p{N}])/u;

/** "X said it plans to", "X a annoncé qu’il va": the speaker is the pronoun's name. */
const SAID_IT = /^(.*?\S)\s+(?:said|says|announced|announces|confirmed|confirms|a annoncé|annonce|a indiqué|indique)\s+(?:(?:on|last|this)\s+\p{Lu}\p{Ll}+\s+)?(?:that\s+|qu[e’']\s*)?(?:it|they|il|elle|ils|elles)(?:\s+[\p{Ll}’'-]+){0,3}\s*$/u;

/** A reporting verb in a list item: the item is the story's source, not an investor. */
const ATTRIBUTION = /(?:^|\s)(?:reports?|reported|said|says|writes|wrote|notes|noted|revealed|confirmed|told|according to)(?:\s|$)/i;
/**
 * "led by Lightspeed, making the startup Bulgaria’s first unicorn", "mené par X, faisant d’elle la première licorne du Kenya": a
 * clause of result opened by a lower-case participle of consequence ends the list; the place or firm inside it ("Bulgaria") is no
 * investor. A closed class of verbs, lower-case only: "leading", "existing", "managing" describe an investor and stay out.
 * "becoming"/"devenant" (the raiser's new status, its subject the company, not the lead): "led by the Japanese bank Mizuho,
 * becoming the latest unicorn in Vietnam along with VNG, VNLife and Sky Mavis" (1020) read the other unicorns as co-leads.
 */
const RESULT_CLAUSE = /^(?:making|bringing|taking|pushing|giving|lifting|putting|boosting|turning|rendering|marking|becoming|faisant|portant|rendant|devenant|ce qui)\s/u;
/** A bare role: "former CEO", "co-founder", "Chief Executive Officer" (the name it describes came before). */
const ROLE_ONLY = new RegExp(String.raw`^(?:(?:former|ex-|then|the|its|current)\s*)?(?:${roleAlternation(cSuite, executiveEn, founderEn, managerEn)}|partner)(?:\s+(?:of|at|and (?:co-?)?founder))?$`, 'i');

/** A role with its organisation: "Partner at African Capital Alliance", "founder of Skype" — it describes the name before it. */
/** "former Globex CEO", "Acme co-founder", "l’ancien Globex PDG": a role whose organisation comes first, set off by commas after a person (not a name). */
const ROLE_AFTER_ORG = new RegExp(String.raw`^(?:(?:former|ex-|then|the|its|current|ancien|ancienne|l[’']ancien(?:ne)?)\s*)?(?:\p{Lu}[\p{L}\p{N}&.’'-]*\s+){1,3}(?:${roleAlternation(cSuite, executiveEn, founderEn, founderFr)}|managing director|executive|PDG|DG)$`, 'u');
/**
 * ROLE_DOMAIN: what a title is head of, between the title and the organisation ("head of deals at X", "director of investments at
 * Y", "partner for Europe at Z", "directeur des participations chez W"): up to three words, then the organisation's own preposition
 * ("at", "with", "chez": not "of", which would read the domain itself as the organisation). Bounded: linear.
 */
const ROLE_DOMAIN = String.raw`(?:\s+(?:of|for|in|de|des|du)\s+(?:[\p{L}&’'-]+\s+){0,2}?[\p{L}&’'-]+(?=\s+(?:at|with|chez)\s))?`;
/**
 * ORG_DESCRIBED_BEFORE: the organisation of a role may be described before its name ("the co-founder of the robotics company Orbit
 * Labs", "partner at the venture firm X", "cofondateur de la start-up X"): an article, then up to four lower-case words or short
 * acronyms ("AI"). Bounded: linear.
 */
const ORG_DESCRIBED_BEFORE = String.raw`(?:(?:the|a|an|its|le|la|les|l[’']|une?)\s*(?:(?:\p{Ll}[\p{Ll}-]*|\p{Lu}{2,4})\s+){0,4}?)?`;
const ROLE_AT_ORG = new RegExp(String.raw`^(?:(?:former|ex-|then|the|its|current|a|an)\s*)?(?:(?:${ROLE_QUALIFIER})\s+)?(?:${roleAlternation(cSuite, executiveEn, founderEn, managerEn, investorFirmEn)})${ROLE_DOMAIN}\s+(?:at|of|with|chez|de|du|d[’'])\s*${ORG_DESCRIBED_BEFORE}\p{Lu}`, 'iu');
/**
 * FR_ROLE_AT_ORG: the French form of ROLE_AT_ORG, a founder's or an executive's title with its article set off by commas after a
 * person, describing him: "de Pierre Valade, le cofondateur de l’appli Sunrise rachetée depuis par Microsoft, qui ont été rejoints"
 * (962 AFP/Agrimutuel: Sunrise was read as an investor). The title and its article ("le cofondateur", "la présidente", "l’ancien
 * PDG"), the organisation (described or not), then the item's end or a lower-case word: a capitalised run after the organisation is
 * the person the title describes ("la fondatrice de Doctolib Marie Dupont" names her), left to ROLE_OF_ORG_THEN_PERSON. The same
 * appositions, outside lists, on 271 Oise Média, 352 Les Echos, 419, 546 La Tribune, 557 L'Agefi ("Cyril Chiche, le cofondateur et
 * patron de Lydia", "Yannick Petit, le PDG d’Allegra Finance"). Bounded: linear.
 */
const FR_ROLE_AT_ORG = new RegExp(String.raw`^(?:le|la|l[’']|son|sa)\s*(?:(?:ancien|ancienne|actuel|actuelle)\s+)?(?:${roleAlternation(founderFr, executiveFr)})\s+(?:de|du|d[’'])\s*${ORG_DESCRIBED_BEFORE}\p{Lu}[\p{L}\p{N}&.’'-]*(?:\s+\p{Lu}[\p{L}\p{N}&.’'-]*){0,2}(?:\s+\p{Ll}|$)`, 'u');
/** The same, capturing the organisation: "a partner at Northwind Capital" → "Northwind Capital". */
const ROLE_AT_ORG_NAME = new RegExp(String.raw`^(?:(?:former|ex-|then|the|its|current|a|an)\s*)?(?:(?:${ROLE_QUALIFIER})\s+)?(?:${roleAlternation(cSuite, executiveEn, founderEn, managerEn, investorFirmEn, investorFirmFr)})${ROLE_DOMAIN}\s+(?:at|of|with|chez|de|du|d[’'])\s*(?<org>\p{Lu}[^,;]*)$`, 'u');
/** People named by the organisations they come from: "founders of A, B and C", "executives from X". */
const PEOPLE_OF_ORGS = /^(?:(?:the|several|some|other|former|senior)\s+)*(?:(?:co-?)?founders|executives|execs|employees|alumni|partners|leaders|managers|veterans|staff|CEOs|teams?|people)\s+(?:of|at|from|behind|de|du|des|d[’']|chez)\s/iu;
/** A place's unnamed state fund: "Australia’s sovereign wealth fund", "Singapore’s state investor". */
const STATE_FUND_OF = /^(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*[’']s\s+(?:[\p{Ll}-]+\s+){0,2}(?:sovereign(?:[- ]wealth)? funds?|state(?:-owned)? (?:funds?|investors?|investment (?:funds?|company|arm))|(?:government |state |public )?pension funds?|government|public investment fund)$/u;
/** Idioms that describe a name without naming anything: "new kid on the block X". */
/** "equity funds managed by X", "funds advised by X", "des fonds gérés par X": the words before the manager's name. */
const FUNDS_MANAGED_BY = /^(?:(?:the|some|several|two|three|des|les|deux|trois|plusieurs)\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:funds?|vehicles?|accounts|fonds|véhicules?)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:managed|advised|run|operated|sponsored|gérée?s?|conseillée?s?|pilotée?s?|opérée?s?)\s+(?:by|par)\s+(?=[\p{Lu}\p{N}]|\p{Ll}{1,3}\p{Lu})/u;
/** The role and firm before a person's two-word name: "l’ancien PDG de Y Combinator ", "former CEO of Google ". */
const ROLE_OF_ORG_THEN_PERSON = new RegExp(String.raw`^(?:(?:l[’']|le\s|la\s|the\s)\s?)?(?:(?:ancien|ancienne|ex-|former)\s?)?(?:${roleAlternation(executiveFr, founderFr, founderEn)}|CEO|chief executive|chairman)\s(?:de|du|d[’']|of|at)\s?(?:[\p{Lu}\p{N}][\p{L}\p{N}&.’'-]*\s){1,4}?(?=\p{Lu}\p{Ll}+\s\p{Lu}[\p{Ll}’'-]+$)`, 'u');
const DESCRIPTOR_IDIOM = /^(?:(?:a|the)\s+)?new kids? on the block\s+(?=\p{Lu})/iu;

/**
 * Capitalised words, then lower-case descriptor words (no function word among them), then a name: "Hong Kong digital tech park
 * Cyberport", "Singapore state investor Temasek". Not a French institution written in lower case ("Crédit mutuel Arkéa").
 */
const DESCRIPTOR_STOP = '(?!(?:and|et|or|ou|of|de|du|des|at|to|from|for|by|in|on|with|via|then|than|but|mais|à|au|aux|par|pour|dans|sur|chez|the|le|la|les|a|an|un|une|its|their|his|her|son|sa|ses|leur|is|was|has|had|have|are|were|est|ont|also|aussi|également|that|which|who|qui|que|said|says|plus|now|just|through|across|into|over|after|before|about|like|as|including|including|such)\\s)';
const PLACE_DESCRIBED_NAME = new RegExp(`^(?!(?:Caisse|Banque|Crédit|Fonds|Société|Compagnie|Institut|Agence|Fondation|Mutuelle|Office|Régie|Union|Fédération)\\s)(?:\\p{Lu}[\\p{L}.&’'-]*\\s+){1,3}(?:${DESCRIPTOR_STOP}\\p{Ll}[\\p{Ll}-]*\\s+){0,3}${DESCRIPTOR_STOP}\\p{Ll}[\\p{Ll}-]{2,}\\s+(?=[\\p{Lu}\\p{N}])`, 'u');

/** ‘Prolific’ firm: single quotes around a word or two are emphasis, not part of a name. */
const SINGLE_QUOTED = /‘([^‘’]{1,40})’(?![\p{L}])/gu;
/**
 * A capitalised common noun for what the name is, opening a sentence: "Chipmaker Qualcomm", "Billionaire Peter Thiel". Not when
 * all that follows is a firm's last word ("Wavemaker Partners", "Rainmaker Capital"): a name is never only "Partners" or "Capital",
 * so the capitalised word is the name's own first word (KIND_NOT_BEFORE_FIRM_WORD_ONLY).
 */
const KIND_NOT_BEFORE_FIRM_WORD_ONLY = String.raw`(?!(?:${ORG_LAST_WORDS.join('|')})(?![\p{L}\p{N}])(?!\s+\p{Lu}))`;
const CAPITALISED_KIND = new RegExp(String.raw`^(?:\p{Lu}\p{Ll}*maker|Insurer|Lender|Retailer|Conglomerate|Billionaire|Investor|Telco|Broadcaster|Publisher|Airline|Rival|Singer|Actor|Actress|Rapper|Musician|Philanthropist|Tycoon|Magnate|Financier|Milliardaire|Assureur|Constructeur|Chanteur|Chanteuse|Acteur|Actrice|Rappeur|Footballeur|Homme d[’']affaires|Businessman|Businesswoman)\s+(?=\p{Lu}\p{Ll})${KIND_NOT_BEFORE_FIRM_WORD_ONLY}`, 'u');
/** The rest of an item that is only what the words are, nothing else: "Bambo Capital Partners". */
const WHOLE_NAME = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}&.’'+-]*)(?:\s+(?:de |du |des |d[’']|&\s)?[\p{Lu}\p{N}][\p{L}\p{N}&.’'+-]*)*$/u;
/** "basé à", "installée en", "based in": a place comes next, then the name. */
const PLACE_BEFORE_NAME = /(?:^|\s)(?:basée?s?|installée?s?|implantée?s?|établie?s?|domiciliée?s?|situés?|situées?|based)\s(?:à|en|au|aux|in)\s$/u;
/** A kind of investor after a name: "Seattle investors", "Silicon Valley VCs" — the name says where they are from. */
const KIND_OF_INVESTORS = /^\s+(?:[\p{Ll}-]+\s+)?(?:investors|backers|angels|VCs|venture capitalists|funds|money|investisseurs)\s*$/u;

/** A capitalised adjective (with an optional word before it, "South Korean") and lower-case words before a name. */
const NATIONALITY_DESCRIPTOR = /^(?:\p{Lu}\p{Ll}+\s+)?(\p{Lu}\p{Ll}+|US|UK|EU|U\.S\.)\s+(?:[\p{Ll}-]+\s+){1,4}(?=[\p{Lu}\p{N}])/u;
/**
 * Nationality and regional adjectives, a whole name on their own: the regular "-ian/-ean/-ese" forms by suffix ("Tanzanian",
 * "Senegalese"), the rest from companies.ts' ENGLISH_NATIONALITY_WORDS, the one list of the family ("Kenyan", "Thai", "Czech").
 */
const DEMONYM = new RegExp(String.raw`^(?:\p{Lu}\p{Ll}+(?:ian|ean|ese)|${ENGLISH_NATIONALITY_WORDS.join('|')})$`, 'u');
/** Words that make a list item a quantity, not a name: "Tous les investisseurs initiaux", "Several of its backers", "IPOs". */
const QUANTITY_OR_KIND = /^(?:tous|toutes|plusieurs|certains|certaines|chacun|aucun|nombre|la plupart|many|most|several|each|every|IPOs?|ICOs?|SPACs?)$/i;
/** A lower-case word right after a name that starts a new clause: "…, Kalpavriksh decided it was time", "Sonder raised §". */
const CLAUSE_AFTER_NAME = /^\s+(?:has|have|had|is|are|was|were|will|would|can|could|may|might|said|says|then|later|now|decided|decides|raised|raises|secured|secures|announced|announces|closed|closes|received|receives|got|gets|launched|launches|bagged|bags|landed|lands|picked|topped|tops|became|becomes|added|adds|plans|expects|reported|reports|a levé|lève|annonce|a annoncé|vient|signe|signent|réalise|boucle|obtient|décroche|devient|prévoit|affiche|finalise|poursuit|entend|souhaite|veut)(?![\p{L}\p{N}])/u;
/**
 * REDUCED_RELATIVE_ROUND: "Acme’s oversubscribed § series C financing led by Kestrel Capital will help …", "la levée menée par Kima
 * permettra de …": a passive cue (PASSIVE_LIST_CUE) right after a round noun or the figure, with no auxiliary between, is a
 * reduced relative inside the round's noun phrase; the finite verb after the names is the round's own (the main clause's), so the
 * list ends at that verb and the names before it stand (CLAUSE_AFTER_NAME alone would drop the whole item). "The round was led by
 * X" (an auxiliary) and "X, which raised …" are untouched. Read on a 60-character window before the cue and one pass over the
 * segment: linear.
 */
const REDUCED_RELATIVE_ROUND_BEFORE = new RegExp(String.raw`(?:(?<![\p{L}])(?:${ROUND_NOUNS.join('|')})|§)\)?,?\s*$`, 'iu');
/** The passive cues of a reduced relative: "led by", "co-led by", "backed by", "menée par", "pilotée par", "soutenue par". */
const PASSIVE_LIST_CUE = /^(?:(?:co-?)?led|backed|funded|(?:co-?)?men[ée]e?s?|pilot[ée]e?s?|soutenue?s?) (?:by|par)\s*$/iu;
/** The main clause's verb after a name: CLAUSE_AFTER_NAME's verbs, and French verbs of a round's purpose ("permettra", "servira"). */
const ROUND_MAIN_VERB = new RegExp(String.raw`(?<=[\p{L}\p{N}.)])\s+(?:${CLAUSE_AFTER_NAME.source.slice(String.raw`^\s+(?:`.length, -String.raw`)(?![\p{L}\p{N}])`.length)}|permettra|permet|servira|doit|va)(?![\p{L}\p{N}])`, 'u');
/** "Co.", "Ltd.": read without their period, given back as written (the name is highlighted in the text). */
const LEGAL_ABBREVIATION_PERIOD = /\b(Co|Inc|Corp|Ltd|Bros)\.(?=\s+(?:Ltd|Inc|Co|Corp|LLC|Limited|SA|SAS|AG|GmbH|Pvt|Pte)\b|,|$)/g;
const LEGAL_ABBREVIATION = /\b(?:Co|Inc|Corp|Ltd|Bros)\b/;

/** The name as written in `raw`, with the periods of its abbreviations ("Cathay Capital Co. Ltd"); a period ending the item may be the sentence's. */
function withAbbreviationPeriods(name: string, raw: string): string {
  const pattern = name.split(' ').map(escapeRegExp).join('\\.?\\s+') + '(?:\\.(?=\\s))?';
  return new RegExp(pattern, 'u').exec(raw)?.[0] ?? name;
}

/**
 * A French institution named in lower-case words after its head noun: "Caisse de dépôt et placement du Québec",
 * "Caisse centrale de réassurances", "Banque publique d'investissement". The words run to a verb, a preposition
 * that is not "de" or the end (the capitalised-word finder stops at the first lower-case word).
 */
const INSTITUTION_WORD_FR = "(?!(?:via|qui|dont|avec|à|au|aux|dans|sur|par|en|a|ont|est|sont|ainsi|mais|ou|afin|pour|qu|que|ce|cette|son|sa|ses|leur|leurs|et|de|du|des|la|le|les)(?![\\p{L}’'-]))[\\p{L}’'-]+";
const FRENCH_INSTITUTION = new RegExp(`^(?:Caisse|Banque|Crédit|Fonds|Société|Compagnie|Institut|Agence|Fondation|Mutuelle|Office|Régie|Union|Fédération)(?:\\s(?:(?:de la|de l[’']|d[’']|de|du|des|et|la|le|les|l[’'])\\s?)?${INSTITUTION_WORD_FR}){1,8}`, 'u');
/**
 * The same name followed by its short form in parentheses: "Caisse centrale de réassurances (CCR)" is read as "CCR" (the name
 * finder would stop at its first lower-case word). Only then (shortFormOfInstitution): a name whose words are all capitalised
 * ("Crédit Agricole Alpes Développement (C2AD)", "Banque des Territoires") is read whole by the name finder, as an English
 * "Koch Disruptive Technologies (KDT)" is.
 */
const FRENCH_INSTITUTION_SHORT = new RegExp(`(?<![\\p{L}])(?:Caisse|Banque|Crédit|Fonds|Société|Compagnie|Institut|Agence|Fondation|Mutuelle|Office|Régie|Union|Fédération)(?:\\s(?:(?:de la|de l[’']|d[’']|de|du|des|et|la|le|les|l[’'])\\s?)?${INSTITUTION_WORD_FR}){1,8}\\s*\\((\\p{Lu}[\\p{L}\\p{N}]{1,15})\\)`, 'gu');
/** A lower-case word of an institution's name that is no article or preposition: "centrale", "dépôts", "d’investissement". */
const INSTITUTION_LOWER_WORD = /\s(?:(?:de la|de l[’']|d[’']|de|du|des|la|le|les|l[’'])\s?)?(?!(?:de|du|des|la|le|les|et)(?![\p{L}’'-])|[dl][’'])\p{Ll}/u;
/** FRENCH_INSTITUTION_SHORT's replacement: the short form for a name with a lower-case word, else the match as written. */
function shortFormOfInstitution(match: string, short: string): string {
  return INSTITUTION_LOWER_WORD.test(match.slice(0, match.lastIndexOf('('))) ? short : match;
}
/** "dépôt et placement": an "et" between two lower-case words of an institution's name is not a list's "et". */
const INSTITUTION_ET = /(?= et )(?<=(?:Caisse|Banque|Crédit|Fonds|Société|Compagnie|Institut|Agence|Fondation|Mutuelle|Office|Régie|Union|Fédération)(?:\s(?:de la |de l[’']|d[’']|de |du |des )?\p{Ll}[\p{L}’'-]*){1,3}) et (?=\p{Ll}[\p{L}’'-]*\s(?:de |du |des |d[’']))/gu;
const ET_MARK = '\u0001';

/** A whole item that is a month and capitalised words: "March Gaming" (not "March 15", not "May and"). */
const MONTH_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December) (?:\p{Lu}[\p{L}\p{N}&’'-]*)(?: \p{Lu}[\p{L}\p{N}&’'-]*){0,3}$/u;
/** A clause ending in a name after a lower-case verb: "Ex-Deloitte execs launched DowntownStone Capital". */
/** "… that GM", "… que Tencent": a capitalised name right after a conjunction, ending the item. */
const CONJUNCTION_THEN_NAME = /\s(?:that|whether|because|since|que|puisque|lorsque|quand)\s((?:[\p{Lu}\p{N}][\p{L}\p{N}&.’'-]*)(?:\s[\p{Lu}\p{N}][\p{L}\p{N}&.’'-]*){0,4})$/u;
// "Remember that GM invested", "On sait que Tencent a investi": the name after a conjunction is the subject, not the word before it.
const CLAUSE_THEN_NAME = /\s(?:\p{Ll}[\p{Ll}-]*(?:ed|s)|that|whether|because|since|que|puisque|lorsque|quand)\s((?:[\p{Lu}\p{N}][\p{L}\p{N}&.’'-]*)(?:\s[\p{Lu}\p{N}][\p{L}\p{N}&.’'-]*){0,4})$/u;
/** "Paulo Buchucher of Yuca", "Kevin Rose of Google Ventures": a person named with the firm is the person. */
const PERSON_OF_FIRM = /^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}) (?:of|at|from|de|chez) \p{Lu}/u;
/** Words that make "X Y of Z" an institution ("Development Bank of Japan", "Investment Corporation of Dubai"), not a person at a firm. */
const INSTITUTION_HEAD = /\b(?:Fund|Funds|Plan|Capital|Ventures?|Partners|Trust|Association|Bank|Banque|Group|Foundation|Office|Pension|Investments?|Investment|Management|Holdings|System|Board|Council|Union|Network|Club|Syndicate|Company|Corporation|Authority|Agency|Ministry|Department|Government|University|Institute|Duchy|Kingdom|Republic|State|Province|City|Port|Church|Chamber|Society|School|College|Academy|Commission|Bureau|Caisse|Fonds|Crédit|Société|Development|Healthcare|Central|National|Royal|People|Export|Import|Commonwealth|Sovereign|Public|Federal|Regional|Industrial|Industry|Equity)\b/u;

/** "UK-based", "Silicon Valley-based", "Los Angeles–based" (an en dash), "IAN Group-backed": a place or a backer turned into a modifier, with the capitalised words it spans. */
const MODIFIER = /(?:^|\s)(?:[\p{Lu}][\p{L}.&’']*\s+){0,3}[\p{L}.’'‑–-]+[-‑–](?:based|affiliated|backed|headquartered|born|owned|focused|funded|listed)\b,?/gu;
/** Public offices: "Prime Minister Theresa May" is a politician, not an investor. */
const PUBLIC_OFFICE = /^(?:the\s+)?(?:Prime Minister|President|Vice President|Minister|Chancellor|Secretary|Senator|Governor|Mayor|King|Queen|Prince|Premier ministre|Président|Ministre|Maire)\b/u;
/**
 * Capitalised modifiers, lower-case descriptor words and a descriptor noun
 * before the name: "German pharma giant Bayer", "Dutch public-private
 * development bank FMO", "VC giant Benchmark", "Chinese infrastructure group
 * NWS Holdings", "Founder Institute founder Adeo Ressi".
 */
const DESCRIBED_NAME = new RegExp(String.raw`^(?:(?:former|ex-|then)\s*)?(?:[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*\s+){1,4}?(?:\p{Ll}[\p{Ll}-]*\s+){0,3}(?:${roleAlternation(cSuite)}|Chief(?:\s+(?:Executive|Technology|Operating|Financial)(?:\s+Officer)?)?|Chairman|Founder|Co-founder|Cofounder|Managing Partner|Partner|giant|major|bank|firm|fund|investor|backer|shareholder|actionnaire|group|company|conglomerate|maker|operator|provider|insurer|lender|manager|incubator|accelerator|arm|founder|co-founder|cofounder|ceo|chairman|chief|partner|veteran|entrepreneur|billionaire|businessman|businesswoman|player|house|outfit|corporation|multinational|member|unit|subsidiary|affiliate|agency|institution|heavyweight|titan|behemoth|powerhouse|retailer|marketplace|platform|startup|start-up|brand|chain|developer|manufacturer|producer|carrier|airline|publisher|app|service|network|business|exchange|fintech|neobank|unicorn|decacorn|rival|parent|fonds|banque|groupe|VC|VCs)\s+(?=[\p{Lu}\p{N}])`, 'u');

/**
 * A reporting verb and its "that"/"que" or the article opening its subject: the clause after the last one holds the subject
 * ("said the fund Pitango"). Not when a pronoun resumes the speaker ("Tencent said it has invested": Tencent is the investor).
 * Read in one forward pass (reportedClauseEnd): the former single pattern, '^.*' then the cue then a lookahead '[^]*' for a
 * pronoun, rescanned the whole tail for each cue it backed off over (about 0.5 s on a 92k-character text).
 */
const REPORTED_CLAUSE_CUE = /\b(?:(?:said|says|noted|reported|explained|added)\s+(?:that\s+|(?=(?:the|an?|its)\s))|(?:announced|disclosed|revealed|confirmed)\s+that\s+|(?:(?:a|ont) (?:annoncé|indiqué|précisé|expliqué|confirmé)|(?:annonce|indique|précise|explique|confirme)(?:nt)?) que\s+)/gsu;
/** A pronoun resuming the speaker after the reporting verb: "it", "they", "we", "il", "elle", "ils", "elles". */
const SPEAKER_PRONOUN = /\b(?:it|they|we|il|elle|ils|elles)\b/su;

/**
 * Where the reported clause opens: the end of the last reporting cue of the segment, or -1 when there is none or when a pronoun
 * after it resumes the speaker (a pronoun after the last cue is after every earlier one too, so no earlier cue can hold).
 */
function reportedClauseEnd(segment: string): number {
  let end = -1;
  for (const m of segment.matchAll(REPORTED_CLAUSE_CUE)) end = m.index! + m[0].length;
  if (end < 0 || SPEAKER_PRONOUN.test(segment.slice(end))) return -1;
  return end;
}

/** A set of earlier backers right before "investors include": "earlier", "previous", "prior", "past", "précédents", "anciens". */
const EARLIER_SET_BEFORE = /\b(?:earlier|previous|prior|past|former|early|lifetime|précédents|anciens|premiers)\s+(?:\w+\s+)?$/iu;
/** Earlier backers coming in again: "also", "again", "returned", "this round", "de nouveau". */
const CAME_AGAIN = /\b(?:also|again|returned|returning|rejoined|participated|took part|this round|the new round|de nouveau|également|aussi|à nouveau)\b/iu;
/**
 * Money of the past in the clause before "from", with no figure of its own after the marker: "had previously netted investment",
 * "during its life, accreting capital" ("previously raised § from A" is a past round, with its own backers).
 */
const EARLIER_MONEY_BEFORE = /\b(?:previously|had earlier|during its (?:life|lifetime)|over its (?:life|lifetime)|in its (?:life|lifetime)|auparavant|précédemment|par le passé)\b[^.;§]{0,60}$/iu;

/**
 * What opens an apposition set off by commas between a subject list and its verb: an article, a possessive or a count ("the
 * corporate arm of X", "son fonds", "two funds from Boston", "deux business angels"), or, as French and headline English write
 * it, a bare lower-case noun phrase with no article ("spécialiste des médias", "former partner at X"). Never a conjunction, a
 * relative pronoun, an adverb of distribution or a preposition: ", and C," ", which led …," ", respectively," keep the list or are
 * read elsewhere, and ", via la Banque publique d'investissement (Bpifrance)," names the channel (VIA_NAMED), no description. Not
 * the investor's own role (", actionnaire historique,", ", already an investor,"): ASIDE_BEFORE_VERB reads that one, for the one name before it.
 */
const APPOSITION_OPENER = String.raw`(?:(?:the|an?|its|their|le|la|les|l[’']|un|une|des|son|sa|ses|leur|leurs|${[...LEX_COUNT_WORDS_EN, ...LEX_COUNT_WORDS_FR].join('|')}|both|tous deux)\s+|(?!(?:and|et|or|ou|nor|ni|but|mais|with|avec|as|comme|which|who|whose|that|qui|que|dont|où|where|while|tandis|alors|respectively|respectivement|together|ensemble|plus|then|puis|so|donc|also|aussi|too|via|through|par|by|from|for|pour|in|en|on|at|à|au|aux|de|du|des|d[’']|selon|according|after|après|before|avant|under|sous|thanks|grâce|along|alongside|against|contre|without|sans|déjà|already|investisseurs?|investors?|actionnaires?|shareholders?|backers?)(?![\p{L}]))(?=\p{Ll}))`;

/**
 * An apposition closing the segment before a verb: ", the corporate venturing arm of Intel, (will)", ", un fonds basé à Londres,".
 * The name may carry its bracketed short form ("Kestrel Growth Fund (KGF), a fund run by …,"), and an auxiliary or an adverb may
 * stand between the closing comma and the verb (", has invested", ", also took part", ", a également participé").
 */
const APPOSITION_BEFORE_VERB = new RegExp(String.raw`(?<=\p{Lu}[\p{L}\p{N}.&’'-]*(?:\s*\([^()]{1,20}\))?),\s*${APPOSITION_OPENER}\p{Ll}[^,;]{0,100},\s*(?:(?:also|already|recently|aussi|également|déjà)\s+)?(?:(?:will|would|is set to|plans to|has agreed to|agreed to|va|vont|doit|devrait|has|have|had|is|are|was|were|a|ont|avait|avaient)\s+)?(?:(?:also|already|recently|aussi|également|déjà)\s+)?$`, 'u');

/**
 * A relative clause about the investor's own role in a round ("qui avait mené la précédente levée", "which led its seed round"), or
 * its description's "that" clause ("Seed Capital, the Danish venture capital firm that led the round in August, returned to lead
 * the extension": 951 FinTech Global; the description's "that" is only read after an article's description, see parseItem).
 */
const ROUND_ROLE_CLAUSE = /\b(?:qui|which|who|that)\b[^,]*\b(?:men[ée]e?|mène|mènent|co-?led|led|leads|is leading|participated|participé|pris part|took part)(?![\p{L}\p{N}])/iu;

/** Words that describe an investor without naming it: stripped from the front. */
const GENERIC_ONLY = new RegExp(String.raw`^(?:and |et )?(?:(?:all|the|other|others|several|many|some|a|an|group|number|of|${INVESTOR_KIND_ADJECTIVES.join('|')}|former|angel|investors?|backers?|venture|capital|firms?|funds?|family|offices?|undisclosed|unnamed|a few|les|des|d[’']autres|autres|investisseurs|historiques|business|angels|among|entre|as well|well|too|also)\s*)+$`, 'i');
const PREPOSITION = /(?<![\p{L}\p{N}])(?:of|at|to|from|for|by|in|on|with|de|du|des|chez|à|au|par|pour|dans|sur)(?![\p{L}\p{N}])/iu;

/** Last words of a firm's or an institution's name, never of a person's: names.ts's one list, as an alternation. */
const FIRM_OR_PLACE_WORDS = ORG_LAST_WORDS.join('|');
/**
 * "the former head of news partnerships at Google Jane Moreau", "CEO and co-founder of Initech Paul Okafor", "Globex’s ex-SVP of
 * engineering Sam Reyes", "l’ancien directeur de Hooli Paul Okafor": an angel told by a role (a role noun somewhere in the lower-case
 * description), then a person's first and last name closing the item. Only two capitalised words for the person: with three, the
 * employer may be glued in front ("at Google Jane Moreau").
 */
/** KIND_BEFORE_NAME_END: a company's kind noun (COMPANY_KIND) ending the words before a capitalised pair: the pair is that company's name. */
const KIND_BEFORE_NAME_END = new RegExp(String.raw`(?<![\p{L}])${COMPANY_KIND}\s+$`, 'iu');
const ROLE_THEN_PERSON = new RegExp(String.raw`^(?:(?:the|an?|l[’']|le|la)\s*)?[^,;()]{0,80}?(?<![\p{L}])(?:${roleAlternation(ROLE_FAMILIES.cSuite, ROLE_FAMILIES.founderEn, ROLE_FAMILIES.founderFr, ROLE_FAMILIES.executiveEn, ROLE_FAMILIES.executiveFr, ROLE_FAMILIES.managerEn, ROLE_FAMILIES.investorFirmFr, ROLE_FAMILIES.staffTitles)})(?![\p{L}])[^,;()]{0,60}?\s(?<person>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s(?!(?:${FIRM_OR_PLACE_WORDS})$)\p{Lu}[\p{L}’'-]+)$`, 'u');
/** "Jane Moreau of the Globex Morning Podcast", "Paul Okafor from Initech": a person's two names, then where they work. */
const PERSON_OF_ORG = new RegExp(String.raw`^(?<person>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s(?!(?:${FIRM_OR_PLACE_WORDS})(?![\p{L}]))\p{Lu}[\p{L}’'-]+)\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}`, 'u');

/**
 * A whole item that names no investor: a technology's acronym or common noun (EN and FR), a subject pronoun, a continent. A lead
 * or a backer is a firm or a person ("piloté par l’IA" is a device run by AI).
 */
const NOT_AN_INVESTOR_ALONE = /^(?:l[’'])?(?:IA|AI|A\.I\.|ML|IoT|API|APIs|IT|VR|AR|XR|NLP|LLMs?|GPUs?|GenAI|SaaS|Cloud|Blockchain|Internet|Web3|Big Data|Data|Nous|Vous|We|They|On|Ils|Elles|Europe|Asia|Asie|Africa|Afrique|America|Amérique|Amériques|Oceania|Océanie)$/u;

/**
 * OWNED_FUND_NAME: a firm's possessive, then the name of one of its funds, the whole item. The owner is a firm by its form: an
 * acronym ("HSBC", "CVC") or a run ending on a firm's last word ("BDC Capital", ORG_LAST_WORDS); the owned name is capitalised
 * words ending on a fund's noun, with a vintage number ("Asian Ventures Fund 3", "Seed Venture Fund", "Growth Partners"). A place
 * ("Singapore’s Jungle Ventures", isPlace) or a person ("Thiel’s Valar Ventures") is no owner: the descriptor is stripped as before.
 * Second form (owner2): any capitalised owner when the fund's name is followed by its kind in lower case ("Acme’s X1 venture fund",
 * "Globex’s Orbit investment arm"): the kind says the name is the owner's vehicle, so the whole is the investor.
 * Bounded runs only: linear.
 */
const OWNED_FUND_NAME = new RegExp(String.raw`^(?<owner>(?:\p{Lu}[\p{L}.&-]*\s+){0,3}(?:${ORG_LAST_WORDS.join('|')})|\p{Lu}{3,6})[’']s\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}&.-]*\s+){1,4}?(?:Funds?|Ventures|Partners|Capital)(?:\s+(?:\p{N}{1,2}|[IVX]{1,4}))?[.,;:]?$|^(?<owner2>\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,2})[’']s\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}&.-]*\s+){1,3}?(?:(?:corporate\s+)?venture|investment|growth|seed)\s+(?:fund|arm)[.,;:]?$`, 'u');
function ownedFundName(item: string): boolean {
  const m = OWNED_FUND_NAME.exec(item.trim());
  const owner = m ? (m.groups!.owner ?? m.groups!.owner2)! : '';
  return !!m && !isPlace(owner) && !isNationality(owner);
}

/** FOUNDER_AGENT_END: an item that is a description ending on a participle of founding and its agent ("le fonds créé par X", "a firm founded by X"). */
const FOUNDER_AGENT_END = /^(?:the|an?|its|le|la|l[’']|une?|son|sa)\s*(?:[\p{Ll}’'-]+\s+){0,5}?(?:founded|co-?founded|created|set up|started|launched|fondée?s?|co-?fondée?s?|cofondée?s?|créée?s?|lancée?s?)\s+(?:by|par)\s+\p{Lu}/u;
/** One list item: a clean investor name, or skip (a descriptor), or stop (a new clause). */
export function cleanItem(raw: string, options: { plainBrand?: boolean; forward?: boolean } = {}): ItemResult {
  const out = cleanItemCore(raw, options);
  if (!options.forward) return out;
  // A person told by a role before the name: the description is not the name, and it does not end the list.
  if (out.kind === 'skip' || out.kind === 'stop' || out.kind === 'role') {
    const m = ROLE_THEN_PERSON.exec(raw.trim().replace(/[.,;:!?]+$/, ''));
    // "the co-founder of the robotics company Orbit Labs": two capitalised words right after a company's kind noun name the company
    // (the role's organisation), not a person (KIND_BEFORE_NAME_END).
    if (m && KIND_BEFORE_NAME_END.test(m[0].slice(0, m[0].length - m.groups!.person!.length))) return out;
    if (m && !NOT_NAME_WORDS.has(m.groups!.person!.split(/\s/)[0]!.toLowerCase())) return { kind: 'name', name: m.groups!.person!, residue: false, leadingResidue: true };
  }
  // "un boîtier piloté par l’IA", "backed by AI", "Nous", "Europe": a technology, a pronoun or a continent alone is no investor.
  if (out.kind === 'name' && NOT_AN_INVESTOR_ALONE.test(out.name)) return { kind: 'skip' };
  // "Jane Moreau of the Globex Morning Podcast": the person, not the show.
  if (out.kind === 'name' && /\s(?:of|at|from)\s/u.test(out.name)) {
    const m = PERSON_OF_ORG.exec(out.name);
    if (m && !NOT_NAME_WORDS.has(m.groups!.person!.split(/\s/)[0]!.toLowerCase())) return { ...out, name: m.groups!.person! };
  }
  return out;
}

/**
 * A newsletter's list marker opening the item: a bullet or "1." / "2)" before the words ("• Prior investors Kestrel Ventures, …",
 * "▪ Existing backers Orion Partners and …"). It is layout, not a word of the name or of its descriptor; left in, it hides the
 * descriptor from the descriptor stripper and the first name is lost. Not a dash: a spaced dash also separates a run of headlines
 * ("… - Guangzhou Commits § to Funds - …"), where what follows is no list item. Anchored, one marker then spaces: linear.
 */
const LEADING_LIST_MARKER = /^(?:\(?\d{1,2}[.)]|[•*▪►▸‣◦])\s+/u;
/**
 * LEADING_ISO_DATE: a dateline glued before the sentence's first words ("date 2022-08-24 Kestrel Fund, …, has invested in …"; the
 * stored pages open their first paragraph so on many outlets: 541, 570, 596, 614, 869): an ISO date is never a word of a name, so
 * it is dropped with its "date" label. Shape as an investor's item: 869 (TBS News, "2022-08-24 Startup Bangladesh Limited").
 */
const LEADING_ISO_DATE = /^(?:date\s+)?(?:19|20)\d\d-[01]\d-[0-3]\d\s+(?=\S)/iu;

/**
 * A description by portfolio (cleanItemCore): "the investors behind A", "the firm behind A and B": the companies after "behind" are
 * what the investor backed, never co-investors. Only "behind" ("the investors of A" may name a fund's own investors, "the fund of
 * Ian Osborne" its owner).
 */
const PORTFOLIO_APPOSITION = /^(?:an?|the)\s(?:[\p{Ll}-]+\s){0,3}?(?:investors?|backers?|firms?|funds?|VCs?|venture capitalists?)\s+behind\s+$/u;

/**
 * MEMBERS_OF_GROUP: "members of the Prairie Valley Angels", "des membres du réseau Alpes Angels", "several members of Lyon Business
 * Angels": the members are unnamed and the group they belong to is the investor told, so the item reads as the group's name.
 * Only before a capitalised name ("members of the board", "membres de l'équipe" name nobody and stay as they were), and only a group
 * of investors: the name ends on a group word of angels (GROUP_OF_ANGELS_END) or follows "réseau/network/club/syndicate". Seen on one
 * outlet (757 bioworld, "members of the Tucson Desert Angels"), so narrowed in round 31: "members of Congress", "members of the
 * Walton family", "members of the Stanford Board of Trustees" are no investor group, and their item is left as it was.
 */
const GROUP_OF_ANGELS_END = String.raw`(?:Angels?|Angel\s+(?:Network|Group|Club|Syndicate)|Network|Club|Syndicate|Collective|Circle|Alliance|Business\s+Angels|Réseau|Cercle)`;
const MEMBERS_OF_GROUP = new RegExp(String.raw`^(?:(?:de|d[’'])\s*)?(?:(?:some|several|individual|certain|many|plusieurs|certains|des)\s+)?(?:members|membres)\s+(?:of|from|de|du|des|d[’'])\s*(?:(?:the|its|la|le|les|l[’'])\s*)?(?:(?:réseau|network|club|syndicate)\s+(?=\p{Lu})|(?=(?:\p{Lu}[\p{L}\p{N}&.’'-]*\s+){0,4}${GROUP_OF_ANGELS_END}$))`, 'u');

function cleanItemCore(raw: string, options: { plainBrand?: boolean; forward?: boolean } = {}): ItemResult {
  let item = raw.trim().replace(LEADING_LIST_MARKER, '').replace(LEADING_ISO_DATE, '').replace(/^(?:and|et|along with|as well as|ainsi que|plus|together with)\s+/i, '').replace(REOPENED_CUE, '').replace(/(?<!\s)\s+(?:and|et)\s+(?:others|d[’']autres)\b.*$/i, '').replace(/(?<!\s)\s+(?:among others|entre autres|and more)\b.*$/i, '').trim();
  item = item.replace(/[.,;:!?]+$/, '').replace(MEMBERS_OF_GROUP, '');
  // "Cathay Capital Co. Ltd.": the periods of legal abbreviations do not cut the name.
  item = item.replace(LEGAL_ABBREVIATION_PERIOD, '$1');
  // "un pool d’investisseurs de prestige : Bpifrance", "three backers: Accel": the list proper starts after the colon.
  item = item.replace(/^[^:]{0,80}?\s?:\s+(?=\S)/u, '');
  // "HSG, formerly known as GGV Capital Asia": an alias of the name before, not another investor.
  if (/^(?:(?:formerly|previously|now|also) known as|anciennement|ex-)\s/iu.test(item)) return { kind: 'skip' };
  // "the likes of X", "such as X", "notamment X": list openers, never part of the name.
  item = item.replace(/^(?:(?:the likes of|such as|like|including|notably|notamment|comme|tels? que|(?:formerly|previously|now|also) known as|anciennement(?: appelée?)?)\s+)+/iu, '');
  // "Banque des Territoires - Caisse des Dépôts", "UPS – the parcel carrier": an aside after a spaced dash describes the name.
  item = item.replace(/(?<!\s)\s+[-–—]\s+.*$/u, '');
  // "…, TechCrunch reports", "the Times of India reported on Friday": the source of the story ends the list.
  if (ATTRIBUTION.test(item)) return { kind: 'stop' };
  // "Kestrel Ventures, le fonds créé par A et B", "Orbis, a fund set up by A and B": a description (an article, lower-case words)
  // ending on a participle of founding names the founders of the name before it (FOUNDER_AGENT_END), not more investors: the list ends.
  if (FOUNDER_AGENT_END.test(item)) return { kind: 'stop' };
  // "…, making the startup Bulgaria’s first unicorn": a clause of result ends the list.
  if (RESULT_CLAUSE.test(item)) return { kind: 'stop' };
  // "former CEO", "founder": a role set off by commas describes the name before it; its organisation follows.
  if (ROLE_ONLY.test(item)) return { kind: 'role' };
  // Its organisation is told inside it: the next item is another investor, not the person's employer.
  if (ROLE_AFTER_ORG.test(item)) return { kind: 'skip' };
  if (ROLE_AT_ORG.test(item) || FR_ROLE_AT_ORG.test(item)) return { kind: 'skip' };
  // "angel investors including founders of iZettle, Supercell and King": the people are unnamed; the rest of the list is where they work.
  if (PEOPLE_OF_ORGS.test(item)) return { kind: 'stop' };
  // "Australia’s sovereign wealth fund", "Norway’s government pension fund": a state's unnamed fund; the country is no investor.
  if (STATE_FUND_OF.test(item)) return { kind: 'skip' };
  // "from equity funds managed by Developing World Markets", "via des fonds gérés par Amundi": the manager is the investor named.
  item = item.replace(FUNDS_MANAGED_BY, '');
  // "l’ancien PDG de Y Combinator Sam Altman", "former CEO of Google Eric Schmidt": the person at the end is the investor.
  item = item.replace(ROLE_OF_ORG_THEN_PERSON, '');
  // "from new kid on the block Hlayisani Capital": an idiom describing the name (its "on" is no preposition phrase to stop at).
  item = item.replace(DESCRIPTOR_IDIOM, '');
  // "et de la Bpifrance", "et du fonds X": a French partitive inside a list is not part of the name.
  // "et du groupe Casino": the partitive goes before a descriptor too (the descriptor is stripped below).
  // "des fonds d’amorçage X", "du fonds d’impact social X": the descriptor's own elided "d’" is one of its words.
  // PARTITIVE_DESCRIPTOR: "et du fonds de capital-risque Iron Pillar" (902 Courrier stratégique), "de la société de gestion NewAlpha"
  // (546 La Tribune): the partitive opens a French noun phrase that describes the name, as "le fonds de capital-risque X" does; its
  // noun may hold its own "de" complement. Dropping the partitive hid that the words before the name are a determiner-led descriptor
  // (FRENCH_DETERMINER_LED), so their "de" read as a preposition and the item was skipped: the dropped partitive is remembered.
  const partitive = /^(?:de la|de l[’']|du|des|de|d[’'])\s*(?=(?:\p{Ll}[\p{Ll}’'-]*\s+){0,3}(?:\p{Lu}|\p{Ll}{1,3}\p{Lu}))/u.exec(item);
  const partitiveLed = !!partitive && /^\p{Ll}[\p{Ll}’'-]*\s/u.test(item.slice(partitive[0].length));
  if (partitive) item = item.slice(partitive[0].length);
  // A French elided article is not part of the name: "l’IRD", "d’Innovacom".
  item = item.replace(/^(?:l|d)[’'](?=\p{Lu})/u, '');
  // "Lightbox, March Gaming, and others": a month opening a list item is part of a name when a capitalised word follows.
  if (MONTH_NAME.test(item) && isInvestorName(item)) return { kind: 'name', name: item, residue: false, leadingResidue: false };
  // "UK-based", "Sagard-affiliated", "Silicon Valley-based", "IAN Group-backed": modifiers, not names (the whole modifier goes).
  item = item.replace(MODIFIER, ' ').replace(/\s{2,}/g, ' ').trim();
  if (item === '') return { kind: 'skip' };
  if (GENERIC_ONLY.test(item)) return { kind: 'skip' };
  // A public office names a person's role, not an investor: "Prime Minister Theresa May".
  if (PUBLIC_OFFICE.test(item)) return { kind: 'skip' };
  // "German pharma giant Bayer", "VC giant Benchmark", "Founder Institute founder Adeo Ressi": the name is the one after the descriptor noun.
  // "Nigerian fintech Paystack", "UK neobank Revolut": a nationality and lower-case words describe the name after them,
  // whatever the noun.
  const nationality = NATIONALITY_DESCRIPTOR.exec(item);
  if (nationality && (DEMONYM.test(nationality[1]!) || /^(?:US|UK|EU|U\.S\.)$/.test(nationality[1]!))) item = item.slice(nationality[0].length);
  // "Chipmaker Qualcomm", "Billionaire Peter Thiel": a capitalised common noun opening the sentence describes the name after it.
  item = item.replace(CAPITALISED_KIND, '');
  const described = DESCRIBED_NAME.exec(item) ?? PLACE_DESCRIBED_NAME.exec(item);
  if (described) item = item.slice(described[0].length);
  // Strip leading lower-case descriptors and opener words: "e-commerce giant", "existing investor", "le fonds américain", "The".
  let stripped = '';
  for (;;) {
    const m = /^([\p{L}\p{N}.’'§-]+)\s+/u.exec(item);
    if (!m) break;
    const w = m[1]!;
    // A figure describes the name after it: "Naspers’s § venture capital fund Naspers Foundry", "its § fund X";
    // so does a kind of investor in capitals: "Berlin-based VC Project A", "Fintech-focused VC Ribbit Capital".
    if (/^§+$/.test(w) || (/^(?:VCs?|CVC)$/.test(w) && /^\p{Lu}/u.test(item.slice(m[0].length)))) {
      stripped += m[0];
      item = item.slice(m[0].length);
      continue;
    }
    // A French article is part of a name: "La Poste Ventures".
    if (/^(?:La|Le|Les)$/.test(w) && /^\p{Lu}/u.test(item.slice(m[0].length))) break;
    // "le micro-VC sénégalais": a lower-case word hyphenated to an acronym is still a descriptor.
    const isLower = /^\p{Ll}/u.test(w) && (!/\p{Lu}/u.test(w.slice(1)) || /^\p{Ll}+-\p{Lu}+s?$/u.test(w));
    // Two-letter lower-case brands survive ("ff Venture Capital"); a short function word never opens a name ("This is Kestrel
    // Capital’s third investment": the copula "is" is no brand, SHORT_FUNCTION_WORD).
    if (isLower && w.length <= 2 && !/^(?:an?|as|the|le|la|of|de|et|in|at|to|by|un|à|au|du|ses|son|sa)$/i.test(w) && !SHORT_FUNCTION_WORD.test(w)) break;
    // "US Boston Capital": a country code in capitals opening a firm's name is part of it (see names.ts).
    if (opensFirmName(w, item.slice(m[0].length, m[0].length + 121))) break;
    // "New Enterprise Associates": "New" opens a multi-word name when capitalised words follow.
    if (w === 'New' && /^\p{Lu}[\p{L}.&’'-]*(?:\s+\p{Lu}|$)/u.test(item.slice(m[0].length))) break;
    // "Seed Capital led the round", "led by First Round Capital": a round word opening capitalised words that end on a firm's word
    // is the name's first word (names.ts roundWordOpensFirmName, as the run finder reads it), not an opener; not after a possessive
    // ("SDTC’s Seed Fund": the owner's programme, a kind of fund).
    if (!/[’']s\s+$/u.test(stripped) && roundWordOpensFirmName(w, item.slice(m[0].length - 1, m[0].length + 60))) break;
    // "Returning investors Index Ventures", "Existing backers Naspers": a capitalised descriptor opening the sentence.
    // "Newcomers A and B pitched in", "Backers A and B": a plural noun of investors opening the sentence right before the name.
    const describing = !isLower && ((CAPITALISED_DESCRIPTOR.test(w) && /^\p{Ll}/u.test(item.slice(m[0].length))) || (INVESTOR_KIND_PLURAL.test(w) && /^\p{Lu}/u.test(item.slice(m[0].length))));
    if (!isLower && !describing && !NOT_NAME_WORDS.has(w.toLowerCase())) {
      // "Microsoft’s venture fund M12", "France’s Scor Ventures": the possessor is a descriptor when a name follows.
      // A digit may be a word of the possessor's name ("Innov8’s Ritesh Malik", 848 SnackFax; "3M’s venture arm"), as it is of names.
      const poss = /^((?:[\p{Lu}\p{N}][\p{L}\p{N}.\-]*\s+)*[\p{Lu}\p{N}][\p{L}\p{N}.\-]*)[’']s\s+(?=.*\p{Lu})/u.exec(item);
      // "HSBC’s Asian Ventures Fund 3", "BDC Capital’s Seed Venture Fund", "CVC’s Growth Partners": a fund named by the firm that
      // runs it is one investor, kept whole (OWNED_FUND_NAME); a place or a person owning it stays a descriptor.
      if (poss && ownedFundName(item)) break;
      // PEOPLE_POSSESSOR: "Ontario Teacher’s Pension Plan", "Children’s Investment Fund", "People’s Bank": a possessive of people
      // inside an institution's name is a word of the name (no firm owns it), so the name runs on past it.
      const people = poss && PEOPLE_POSSESSOR_END.test(poss[1]!) ? PEOPLE_POSSESSED_NAME.exec(item) : null;
      if (people) return { kind: 'name', name: people[0], residue: /[\p{L}\p{N}]/u.test(item.slice(people[0].length)), leadingResidue: false };
      if (poss) {
        stripped += poss[0];
        item = item.slice(poss[0].length);
        continue;
      }
      break;
    }
    stripped += m[0];
    item = item.slice(m[0].length);
  }
  // "le Français Creadev", "l’Américain Sequoia Capital": French writes a nationality as a capitalised noun before the name it describes.
  item = item.replace(FRENCH_NATIONALITY_NOUN, '');
  // "angels including Cohere CEO Aidan Gomez": a title left after the stripped words still describes the person after it.
  const describedLate = stripped ? DESCRIBED_NAME.exec(item) : null;
  if (describedLate) item = item.slice(describedLate[0].length);
  // A relative clause ends the list ("Benchmark, which also backed Snap, Twitter and Uber": the rest are its portfolio),
  // except one recounting the investor's own earlier round ("Headline, qui avait mené la précédente levée, Sistafund").
  // "InnoVen Capital, a joint venture between Temasek and UOB", "a unit of X": the owners of the investor, not investors.
  if (/\b(?:joint venture|unit|subsidiary|arm|division|affiliate|filiale|coentreprise)\s+(?:between|of|de|du|entre)\b|\bowned by\b/i.test(stripped)) return { kind: 'owner' };
  // "Accel, a firm that backed Slack and Zoom": "that" after an indefinite description opens a clause about the name before it.
  // Round 40, PORTFOLIO_APPOSITION: "led by Forerunner Ventures, the investors behind Jet.com, Dollar Shave Club and Glossier" (1118
  // MediaNews): a description of the name before it by the companies it backed (a reduced "which backed") names its portfolio.
  if (/\b(?:qui|which|who|whose|dont)\b/i.test(stripped) || /^(?:an?|the)\s(?:[\p{L}-]+\s){0,4}that\s/iu.test(stripped) || PORTFOLIO_APPOSITION.test(stripped)) return ROUND_ROLE_CLAUSE.test(raw) ? { kind: 'skip' } : { kind: 'stop' };
  // "angel investors from across Europe and Silicon Valley": where investors come from, not who they are.
  // "existing investors from its pre-seed": investors named by the round they joined; names follow.
  if (/\b(?:investors?|backers|angels|investisseurs)\s+(?:from|in|de|d[’'])\s+(?:its|their|the|a|his|her|son|sa|ses|leur|la|le|l[’'])\s*(?:[\p{L}-]+\s+)?(?:pre-seed|seed|round|rounds|series|previous|prior|earlier|last|first|tour|levée|amorçage)\b/iu.test(stripped + item)) return { kind: 'skip' };
  if (/\b(?:investors?|backers|angels|investisseurs)\s+(?:from|across|in|based in|de|d[’']|en)\b/i.test(stripped)) return { kind: 'stop' };
  // "le géant chinois des technologies Tencent": a French noun phrase describes the name with "de/des/du" inside it.
  // "la plateforme d’investissement à impact luxembourgeoise Bambo Capital Partners": any preposition, when the words after
  // the descriptor are one name and nothing else (a short phrase, so a clause is not read as one).
  // FRENCH_DETERMINER_LED: the article may be elided and glued ("l’entreprise de matériel de communication Mediatek") and
  // the phrase may open on the preposition that joins it to the list ("et de la banque X", "et de l’assureur X", "du fonds X").
  // Not when the phrase ends on "de" ("l’ancien directeur de Globex Paul Okafor"): the name after it is the preposition's object.
  const frenchLed = /^(?:le|la|les|l[’']|un|une|son|sa|ses|leur|leurs)\s/iu.test(stripped) || ((FRENCH_DETERMINER_LED.test(stripped) || partitiveLed || FR_KIND_NOUN_WITH_COMPLEMENT.test(stripped)) && !/(?:^|\s)(?:de|du|des|d[’'])\s*$/iu.test(stripped));
  const frenchDescriptor = frenchLed && (!PREPOSITION.test(stripped.replace(/(?<![\p{L}\p{N}])(?:de|du|des)(?![\p{L}\p{N}])/giu, '')) || (stripped.split(/\s+/).length <= 10 && WHOLE_NAME.test(item)));
  // "le fonds panafricain basé à Maurice Launch Africa": the place after "basé à" is not part of the name after it.
  const placed = frenchDescriptor ? PLACE_BEFORE_NAME.exec(stripped) : null;
  // "Giant Ventures, un investisseur basé au Royaume Uni": an indefinite description after a name ends on its place, not on a name.
  if (placed && /^(?:un|une)\s/iu.test(stripped)) return { kind: 'skip' };
  if (placed) {
    const place = /^\p{Lu}[\p{L}-]*\s+(?=\p{Lu})/u.exec(item);
    if (place) item = item.slice(place[0].length);
  }
  if (stripped && !frenchDescriptor && PREPOSITION.test(stripped)) return stripped.split(/\s+/).length > 6 ? { kind: 'stop' } : { kind: 'skip' };
  // "la Caisse de dépôt et placement du Québec": a French institution's name in lower-case words.
  const institution = FRENCH_INSTITUTION.exec(item);
  if (institution && /\s\p{Ll}/u.test(institution[0].replace(/\s(?:de la|de l[’']|d[’']|de|du|des|et|la|le|les|l[’'])(?=\s|\p{L})/gu, ''))) {
    return { kind: 'name', name: institution[0], residue: /[\p{L}\p{N}]/u.test(item.slice(institution[0].length)), leadingResidue: false };
  }
  // The firm's fund kept whole by the descriptor loop above (OWNED_FUND_NAME): the name finder would stop at the possessive.
  if (ownedFundName(item)) return { kind: 'name', name: item.trim().replace(/[.,;:]$/u, ''), residue: false, leadingResidue: false };
  // A short lower-case brand word before a capitalised one: "ff Venture Capital"; a French article: "La Poste Ventures".
  let brand = /^(\p{Ll}{1,2}|La|Le|Les) (?=\p{Lu})/u.exec(item);
  // "is Kestrel Capital", "en Orion": a copula, a pronoun or a preposition before a capitalised run is no brand word (SHORT_FUNCTION_WORD).
  if (brand && SHORT_FUNCTION_WORD.test(brand[1]!)) {
    item = item.slice(brand[0].length);
    brand = null;
  }
  const runs = findNameRuns(brand ? item.slice(brand[0].length) : item).map((r) => (brand ? { ...r, text: brand[1] + ' ' + r.text, start: 0, end: r.end + brand[0].length } : r));
  const first = runs[0];
  if (!first || first.start !== 0) {
    // "a16z", "redalpine", "e.ventures": a whole item that is one lower-case brand word is a name.
    if (!stripped && options.plainBrand !== false && isLowercaseBrand(item, options.plainBrand === true)) return { kind: 'name', name: item, residue: false, leadingResidue: false };
    // "investment firm redalpine", "la société d’investissement internationale blisce/ qui…": a lower-case brand right after a firm's
    // noun is the firm's name (alone, or before a relative clause about it).
    // (A short descriptor only: "reflecting a growing investor interest" is a clause, its last word no brand.)
    const lowerBrand = stripped && FIRM_NOUN_END.test(stripped) && stripped.trim().split(/\s+/).length <= 4 && !/(?<![\p{L}])\p{Ll}+ing(?![\p{L}])/u.test(stripped) ? LOWER_BRAND_AFTER_FIRM.exec(item) : null;
    if (lowerBrand && isLowercaseBrand(lowerBrand[1]!.replace(/\/$/, ''), true) && !NOT_A_BRAND_AFTER_FIRM.test(lowerBrand[1]!)) return { kind: 'name', name: lowerBrand[1]!, residue: lowerBrand[0].length < item.length, leadingResidue: false };
    // "ses investisseurs historiques xAange", "backed by eToro": a camel-case brand is a name even after descriptors.
    const camel = CAMEL_BRAND.exec(item);
    if (camel) return { kind: 'name', name: camel[0], residue: /[\p{L}\p{N}]/u.test(item.slice(camel[0].length)), leadingResidue: false };
    if (!/\p{Lu}/u.test(item)) return item.split(/\s+/).length > 8 ? { kind: 'stop' } : { kind: 'skip' };
    return { kind: 'skip' };
  }
  let name = first.text;
  let rest = item.slice(first.end);
  // "a Nigerian venture capital company", "an Angel investor": an appositive describing the name before it; its capitalised word is an adjective.
  if (/^(?:an?|un|une)\s/u.test(raw.trim()) && /^\s+\p{Ll}/u.test(rest)) return { kind: 'skip' };
  // "…, Kalpavriksh decided it was the perfect time": the subject of a new clause ends the list.
  // (Backward lists end at their own verb: "Qiming Ventures has led".)
  if (options.forward && CLAUSE_AFTER_NAME.test(rest)) return { kind: 'stop' };
  // "very little of that money came from Seattle investors": a place or a kind naming a set of investors, not one.
  if (KIND_OF_INVESTORS.test(rest)) return { kind: 'skip' };
  // A generic word that ends some fund names: "French Tech Seed fund", "Speciale invest".
  // "Foundation for Ethics in Globalisation", "Fund for Innovation in Africa": an institution's name goes on past "in"/"of"
  // when the item ends on capitalised words.
  const within = INSTITUTION_TAIL.test(name) ? NAME_PREPOSITION_TAIL.exec(rest) : null;
  if (within) {
    name += within[0].trimEnd();
    rest = '';
  }
  const tail = /^\s+(?:(?:fund|fonds|ventures|capital|partners)\b|invest$)/i.exec(rest);
  if (tail) {
    name += tail[0];
    rest = rest.slice(tail[0].length);
  }
  // "le fonds Patient Autonome de Bpifrance", "the Growth Fund of Acme": a fund named after its manager is the manager's.
  if (/(?:^|\s)(?:fonds|fund)\s*$/i.test(stripped)) {
    const manager = /\s(?:de|d[’']|of)\s?([\p{Lu}][^]*)$/u.exec(name);
    if (manager) name = manager[1]!;
  }
  // "Google Ventures' Kevin Rose", "SV Angel’s Ron Conway": an angel named with the firm is the person.
  const person = PERSON_AT_FIRM.exec(name);
  if (person && !INSTITUTION_WORD.test(person[1]!)) name = person[1]!;
  const personOf = PERSON_OF_FIRM.exec(name);
  if (personOf && !INSTITUTION_HEAD.test(personOf[1]!)) name = personOf[1]!;
  if (!isInvestorName(name)) return { kind: 'skip' };
  if (LEGAL_ABBREVIATION.test(name)) name = withAbbreviationPeriods(name, raw);
  return { kind: 'name', name, residue: /[\p{L}\p{N}]/u.test(rest), leadingResidue: stripped.length > 0 && /^\p{Lu}/u.test(raw.trim()) && NOT_NAME_WORDS.has(raw.trim().split(/\s+/)[0]!.toLowerCase()) && !/^(?:the|le|la|les)$/i.test(raw.trim().split(/\s+/)[0]!) };
}

/**
 * SHORT_FUNCTION_WORD: one- and two-letter lower-case words that are grammar, never a brand opening a name: copulas and auxiliaries
 * ("is", "be", "am", "do"), pronouns ("it", "we", "he", "il", "on"), conjunctions and prepositions ("or", "if", "so", "en", "ou",
 * "ni"), negation and clitics ("ne", "ce", "se", "y"). A two-letter brand ("ff Venture Capital") is none of them, and neither are the
 * lower-case letters and words that open real brands: "i Squared Capital" (the English pronoun is written "I"), "up Partners", "o2".
 */
/** PEOPLE_POSSESSOR (cleanItemCore): the last word of a possessor that names people, not an owner ("Ontario Teacher’s", "People’s"). */
const PEOPLE_POSSESSOR_END = /(?:^|\s)(?:Teachers?|Children|People|Women|Men|Workers?|Farmers?|Employees?|Veterans?|Doctors?|Nurses?|Members?|Citizens?|Pioneers?)$/u;
/** The name that runs on past such a possessive: capitalised words, the possessive, capitalised words. Anchored: linear. */
const PEOPLE_POSSESSED_NAME = /^(?:\p{Lu}[\p{L}.-]*\s+)*\p{Lu}[\p{L}.-]*(?:[’']s|(?<=s)[’'])(?:\s+\p{Lu}[\p{L}.&-]*)+/u;
/**
 * FR_KIND_NOUN_WITH_COMPLEMENT: an item whose determiner the cue took ("auprès du | fonds de capital risque Daphni", 962 AFP via
 * Agrimutuel; "auprès du | fonds de pension canadien Ontario Teacher’s Pension Pla", 902 Courrier stratégique) opens on a French
 * kind noun and its "de" complement: a descriptor of the name after it, as when its determiner is there (FRENCH_DETERMINER_LED).
 */
const FR_KIND_NOUN_WITH_COMPLEMENT = /^(?:fonds|société|groupe|banque|firme|gestionnaire|holding|family office|plateforme|assureur|véhicule|structure)\s+(?:de|d[’'])\s*/u;
const SHORT_FUNCTION_WORD = /^(?:is|be|am|do|it|we|he|me|my|us|or|if|so|no|on|en|il|ou|ni|ne|ce|se|ça|y|a)$/u;

/**
 * FRENCH_DETERMINER_LED: a French noun phrase opening on its determiner, so lower-case words before a name describe it ("le
 * fabricant de téléphones X", "l’entreprise de matériel de communication X", "de la banque X", "du fonds X"): an optional joining
 * "de"/"à", then a determiner followed by a space, or the elided "l’"/"d’un" glued to the noun. Anchored, no repetition: linear.
 */
const FRENCH_DETERMINER_LED = /^(?:(?:de|à)\s+)?(?:(?:le|la|les|un|une|son|sa|ses|leur|leurs|du|des|au|aux)\s|l[’']\s?)/iu;

/** A French nationality noun (capitalised, unlike the adjective) opening an item before a name: "le Français Creadev", "les Américains A et B". */
const FRENCH_NATIONALITY_NOUN = /^(?:Français|Française|Américaine?|Britannique|Allemande?|Chinoise?|Japonaise?|Italienne?|Espagnole?|Canadienne?|Néerlandaise?|Suédoise?|Danoise?|Norvégienne?|Finlandaise?|Luxembourgeoise?|Israélienne?|Indienne?|Coréenne?|Singapourienne?|Saoudienne?|Irlandaise?|Autrichienne?|Portugaise?|Polonaise?|Brésilienne?|Australienne?|Marocaine?|Tunisienne?|Algérienne?|Sénégalaise?|Nigériane?|Ivoirienne?|Kényane?|Émiratie?|Qatarie?|Koweïtienne?|Libanaise?|Égyptienne?|Sud-Africaine?)s?\s+(?=[\p{Lu}\p{N}])/u;

/** A relative clause whose subject raises money: "qui, selon nos informations, est en train de boucler une levée", "which raised §"
 * (not an investor's own fund: "Accel, which closed its § fund"). */
/** After a name and its comma: an appositive, then the name's own raise ("an escrow service provider, also raised §"). */
const APPOSITIVE_THEN_RAISE = /^(?:an?|une?|the|la|le|l[’'])\s[^,]{1,80},\s(?:(?:also|too|itself|aussi|également)\s)?(?:raised|raises|secured|secures|received|receives|closed|closes|landed|lands|bagged|bags|announced|announces|lève|a levé|a obtenu|a reçu|boucle|a bouclé|annonce)(?![\p{L}])/u;
/** After a name and its comma: its role, then a verb of saying ("CEO, said", "Acme’s founder, told Reuters", "PDG, a déclaré"). */
const SPEAKER_ROLE_THEN_SAID = new RegExp(String.raw`^(?:(?:its|the|a|an|son|sa|le|la|l[’'])\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:CEO|${roleAlternation(executiveEn, founderEn, spokesperson, executiveFr)}|fondateur|fondatrice|cofondateur|cofondatrice)(?:\s+(?:of|at|de|du|chez)\s+[^,]{1,40})?,\s*(?:said|says|told|added|explained|a déclaré|a expliqué|explique|déclare|précise|indique)(?![\p{L}])`, 'u');
/** A name owning a figure ("Hysata’s § raise"): the company of another deal. */
// Only a raise after the figure: "Naspers’s § venture capital fund Naspers Foundry" is the investor's own fund. A plural name's bare
// apostrophe owns a figure too ("led by Mitsubishi UFJ Financial Group, Curefoods’ § funding round from X": 1021), as FIRM_PARTNER reads it.
const POSSESSOR_OF_FIGURE = /(?:[’']s|(?<=s)[’'])\s+(?:[\p{L}-]+\s+){0,2}§+\s+(?:[\p{Ll}-]+\s+){0,2}?(?:raise|round|funding|financing|series|seed|investment|tranche|levée|tour)(?![\p{L}])/iu;
/** An apposition between a name and its relative clause: a lower-case description (an article, a noun), not itself a clause. */
/**
 * INVESTOR_APPOSITION: an apposition that says the name is an investor ("société de capital-risque parisienne", "an early backer",
 * "a growth fund"): then "which raised §" after it is the investor's own fund or stake, and the name stays a lead.
 */
const INVESTOR_APPOSITION = /(?<![\p{L}])(?:capital-risque|capital-investissement|venture capital|private equity|VC|funds?|fonds|backers?|investors?|investisseurs?|investisseuses?|shareholders?|actionnaires?)(?![\p{L}])/iu;
const RAISER_APPOSITION = /^(?!(?:qui|which|who|that|dont|où|where)(?![\p{L}]))(?:(?:an?|the|une?|la|le|l[’'])\s?)?\p{Ll}[^,;]{0,100}$/u;
const FUNDRAISER_CLAUSE = /^(?:qui|which|who)\b[^.;]{0,80}?(?<![\p{L}])(?:lève|lèvent|a levé|ont levé|vient de lever|boucle|a bouclé|boucler|lever|raised|raises|is raising|was raising|closed (?:a|its|an)|secured|has secured|obtained|a obtenu|annonce une levée)(?![\p{L}])(?![^.;]{0,60}?(?<!lev[ée]e?s? de |raising )(?<![\p{L}])(?:funds?|fonds|vehicle|véhicule)(?![\p{L}]))/iu;

/** A name holding a word for a non-profit or public institution, whose full name may go on with "in"/"of"/"pour". */
const INSTITUTION_TAIL = /\b(?:Foundation|Fund|Institute|Initiative|Alliance|Trust|Society|Association|Council|Centre|Center|Programme|Program|Agency|Fondation|Fonds|Institut|Agence)\b/u;
/** The rest of an item: a preposition and capitalised words to its end. */
const NAME_PREPOSITION_TAIL = /^\s+(?:in|of|for|on|pour|en|de)\s+(?:the\s+|la\s+|l[’'])?\p{Lu}[\p{L}\p{N}&.’'-]*(?:\s+\p{Lu}[\p{L}\p{N}&.’'-]*){0,3}\s*$/u;

/** A firm's noun closing the stripped descriptors (one adjective may follow in French): "investment firm ", "société d’investissement internationale ". */
const FIRM_NOUN_END = /(?:\b(?:firm|fund|investor|VC|backer|fonds|investisseur|capital-risqueur)|société d[’']investissement|société de (?:capital-risque|gestion))(?:\s+[\p{Ll}-]+)?\s+$/iu;
/** One lower-case brand token ("redalpine", "blisce/", "e.ventures"), alone or before a relative clause or a comma. */
const LOWER_BRAND_AFTER_FIRM = /^(\p{Ll}[\p{Ll}\p{N}]{3,}(?:[.\-][\p{Ll}\p{N}]+)*\/?)(?=$|\s+(?:qui|which|who|that|dont)\b|\s*,)/u;
/** Words that follow a firm's noun without naming it. */
/** (Nor an adjective: "un fonds privé", "a fund public", "fonds souverain", "investisseur institutionnel".) */
const NOT_A_BRAND_AFTER_FIRM = /^(?:itself|also|behind|based|backed|managers?|partners?|which|that|alone|then|here|there|again|instead)$|(?:é|ée|és|ées|al|aux|ique|iques|if|ifs|ive|ives|ain|aine|ais|aise|ois|oise|ien|ienne|ic|ical|ish|ese|ant|ante|ent|ente|eur|eurs|ère)$/u;
/** A lower-case start with a capital inside: "xAange", "eToro", "iZettle". */
const CAMEL_BRAND = /^\p{Ll}{1,3}\p{Lu}[\p{L}\p{N}]+(?:\s+\p{Lu}[\p{L}\p{N}]*){0,2}(?![\p{L}\p{N}])/u;

/** A plural noun of investors, capitalised, that describes the names right after it: "Newcomers A and B", "Backers A and B". */
const INVESTOR_KIND_PLURAL = /^(?:Newcomers|Backers|Shareholders|Actionnaires)$/u;
/** A descriptor word that may open a sentence capitalised: "Returning investors X", "Existing backers Y". */
const CAPITALISED_DESCRIPTOR = /^(?:Returning|Existing|Previous|Prior|Other|Additional|Current|Earlier|Strategic|Institutional|Several|Both|Investors?|Backers?|Investisseurs?|Les|Des|Ses|Leurs)$/;
/** "Firms' First Last" (a plural possessive the name finder keeps whole): the words after the possessive. */
const PERSON_AT_FIRM = /^\S(?:.*\S)?s['’] (\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2})$/u;
/** Words that make the part after a plural possessive an institution ("Ontario Teachers’ Pension Plan"), not a person. */
const INSTITUTION_WORD = /\b(?:Fund|Funds|Plan|Capital|Ventures?|Partners|Trust|Association|Bank|Group|Foundation|Office|Pension|Investments?|Management|Holdings|Retirement|System|Board|Council|Union|Angels?|Network|Club|Syndicate|Scheme|Growth|Opportunities|Equity|Labs?|Company|Corporation)\b/;

/** A lower-case brand: one token with a digit or an inner dot ("a16z", "e.ventures"), or a single word that is not a plural or a common list word ("redalpine"). */
const LOWERCASE_BRAND = /^\p{Ll}[\p{Ll}\p{N}]*(?:[.\-][\p{Ll}\p{N}]+)*$/u;
/** Lower-case words that fill an investor list without naming anyone. */
const COMMON_LIST_WORDS = new RegExp(String.raw`^(?:${INVESTOR_KIND_ADJECTIVES.join('|')}|others|investors?|backers?|angels?|individuals|insiders|employees|founders?|management|customers|clients|family|friends|abroad|scratch|home|banks?|lenders?|undisclosed|unnamed|private|public|several|various|crowdfunding|institutions?|government|sources|partners|shareholders|more|too|them|it|us|him|her|local|foreign|international|global|european|american|french)$`);

function isLowercaseBrand(item: string, plainWord: boolean): boolean {
  if (!LOWERCASE_BRAND.test(item) || item.length < 3) return false;
  if (/[\p{N}.]/u.test(item)) return !/^\p{N}/u.test(item);
  if (!plainWord) return false;
  if (COMMON_LIST_WORDS.test(item) || NOT_NAME_WORDS.has(item) || NOT_A_NAME_ALONE.has(item)) return false;
  // A plural common noun ("customers", "sources") is not a brand; nor a short function word.
  return item.length >= 5 && !/[^s]s$/.test(item) && !/(?:ing|ly|ed)$/.test(item);
}

/** Not an investor: round names, currencies, pronouns, bare common words. */
/**
 * A contest's or an award's proper name (funding-lexicon's contest heads): the head noun last in English, maybe followed by what the
 * prize is for ("Kestrel Ventures Prize", "Orion Fintech Challenge for Inclusion"), first in French ("Prix Orion de l’innovation",
 * "Concours Hooli"). The winners share prize money; the giver is not an investor in a round.
 */
const CONTEST_NAME = new RegExp(String.raw`(?:^|\s)(?:${LEX_CONTEST_HEADS_EN.join('|')})(?:\s+(?:for|of|in|on)\s[^]*)?$|^(?:(?:le|la|les|du|au|aux)\s+)?(?:${LEX_CONTEST_HEADS_FR.join('|')})(?:\s|$)`, 'u');

/**
 * A count, not a name: a degree word before a figure ("Over 50 countries participated", "More than 200 angels joined", "Plus de 30
 * pays ont participé"). The name finder keeps the sentence-opening capital and the figure, and stops at the lower-case noun
 * counted; a number of places or people is nobody. Degree words from funding-lexicon (LEX_APPROX_BEFORE_FIGURE).
 */
const COUNT_NOT_NAME = new RegExp(String.raw`^${lexAlt(LEX_APPROX_BEFORE_FIGURE)}\s+\p{N}[\p{N}\s,.]*\+?$`, 'iu');

function isInvestorName(name: string): boolean {
  if (CONTEST_NAME.test(name)) return false;
  if (COUNT_NOT_NAME.test(name)) return false;
  // A round word is no investor, unless it opens a firm's name ("Seed Capital": names.ts roundWordOpensFirmName).
  const roundWord = /^(?:Series|Série|Serie|Seed|Pre-Seed|Round|Funding)\b/i.exec(name);
  if (roundWord && !roundWordOpensFirmName(roundWord[0], name.slice(roundWord[0].length))) return false;
  if (/^(?:US|USD|EUR|CAD|GBP|INR|Rs|HK)\$?$/.test(name)) return false;
  // "from domestic VCs": a kind of investor, not one.
  if (/^(?:VCs?|LPs?|GPs?|CVCs?|PEs?|HNIs?|UHNIs?)$/.test(name)) return false;
  if (/^\p{N}+$/u.test(name)) return false;
  if (QUANTITY_OR_KIND.test(name)) return false;
  // "Plusieurs fonds ont suivi", "Several funds": a quantity word opening the sentence and the kind after it.
  if (QUANTITY_OR_KIND.test(name.split(' ')[0]!) && /^\S+ (?:funds?|fonds|investors?|investisseurs|backers?|VCs?|firms?|angels?)$/iu.test(name)) return false;
  // A nationality adjective alone ("some Asian and global family offices", "a Nigerian firm") is not a name.
  if (DEMONYM.test(name)) return false;
  // A fronted adverb opening the sentence: "Specifically, Atinum Investment invested §".
  if (/^\p{Lu}\p{Ll}+(?:ically|ally|ously|ively|edly|ately|ently|antly|ctly)$/u.test(name)) return false;
  if (NOT_NAME_WORDS.has(name.toLowerCase()) || NOT_A_NAME_ALONE.has(name.toLowerCase())) return false;
  return name.length >= 2;
}

/**
 * One entry per investor across the article, under the fullest name it is
 * given ("Alibaba" and "Alibaba Group Holding Ltd" are one investor); a lead
 * in any deal is a lead. Deals' own lists are rewritten to the full names.
 */
export function mergeInvestors(deals: Deal[]): Investor[] {
  const all: Array<{ name: string; role: InvestorRole; deal: number }> = [];
  deals.forEach((d, i) => {
    for (const n of d.leadInvestors) all.push({ name: n, role: 'lead', deal: i });
    for (const n of d.investors) all.push({ name: n, role: 'participant', deal: i });
  });
  // Every pair of names is compared: each name's key is worked out once per call (a roundup names hundreds).
  const forms = new Map<string, NameForm>();
  const formOf = (n: string): NameForm => {
    let f = forms.get(n);
    if (f === undefined) forms.set(n, (f = nameForm(n)));
    return f;
  };
  const keyOf = (n: string): string => formOf(n).key;
  const same = (a: string, b: string): boolean => sameEntity(a, b, formOf) || sameSurname(a, b) || sameSurname(b, a);
  type Group = { names: string[]; role: InvestorRole; deals: Set<number> };
  const groups: Group[] = [];
  // A name told again (same key) joins its group at once; only a new spelling is compared with every group's names.
  const byKey = new Map<string, Group>();
  for (const a of all) {
    const key = keyOf(a.name);
    const g = byKey.get(key) ?? groups.find((x) => x.names.some((n) => same(n, a.name)));
    if (g) {
      if (!g.names.includes(a.name)) g.names.push(a.name);
      if (a.role === 'lead') g.role = 'lead';
      g.deals.add(a.deal);
      byKey.set(key, g);
    } else {
      const created: Group = { names: [a.name], role: a.role, deals: new Set([a.deal]) };
      groups.push(created);
      byKey.set(key, created);
    }
  }
  const fullest = (names: string[]) => names.reduce((best, n) => (n.length > best.length ? n : best), names[0]!);
  const investors = groups.map((g) => ({ name: fullest(g.names), role: g.role, deals: [...g.deals].sort((a, b) => a - b) }));
  // Rewrite deal lists to the fullest names, without duplicates, leads removed from participants.
  const full = (n: string) => investors.find((inv) => same(inv.name, n))?.name ?? n;
  for (const d of deals) {
    d.leadInvestors = unique(d.leadInvestors.map(full));
    d.investors = unique(d.investors.map(full)).filter((n) => !d.leadInvestors.some((l) => keyOf(l) === keyOf(n)));
  }
  return investors;
}

/** A person named in full ("Craig Newmark", "Mika Salmi"): two or three plain capitalised words. */
const PERSON_FULL_NAME = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?\s\p{Lu}[\p{Ll}’'-]+$/u;

/** "Newmark" told again after "Craig Newmark": a lone surname is the person named in full elsewhere (never a firm's last word: "Tandem Capital"). */
function sameSurname(short: string, full: string): boolean {
  if (short.includes(' ') || !/^\p{Lu}\p{Ll}{2,}$/u.test(short) || !PERSON_FULL_NAME.test(full) || INSTITUTION_WORD.test(full)) return false;
  return full.endsWith(' ' + short);
}

function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = nameKey(n);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
