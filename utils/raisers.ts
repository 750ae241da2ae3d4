/**
 * Who raised: the company of a round figure (findCompany and the readings it tries in turn), kept from places, populations,
 * newsletter issues and backers (companyNotPlace), with the patterns each reading uses. Moved out of funding.ts whole in
 * session 22 (no change of behaviour); funding.ts calls companyNotPlace for each round figure and reuses the shared readers
 * exported here (the masked sentence, a figure's window, whether a name is an investor in its sentence).
 */
import { COMPANY_KIND, companyAfter, firstNameBefore, isNationality, isOpeningWord, isPlace, namesIn, openingSubject, personNames, subjectBefore } from './companies';
import { fundingVerbAt, ownedRoundEntry } from './deals';
import { leadingLabel, type Sentence } from './funding-sentences';
import type { MoneyMatch } from './money';
import { DATE_RUN, findNameRuns, NOT_A_NAME_ALONE, NOT_NAME_WORDS, sameEntity } from './names';
import { lexAlt, LEX_APPROX, LEX_COMPANY_PLURALS, LEX_PARTICIPATION_VERBS_EN, LEX_PARTICIPATION_VERBS_FR, LEX_ROUND_NOUNS, LEX_SECTOR_WORDS, LEX_WHOLE_ROUND_ADJECTIVES } from './funding-lexicon';
import type { Candidate, Figure } from './funding';

/** The company an investor's money goes into: "§ dans Acme", "§ au capital de la start-up Acme", "§ in Acme". */
export const INVESTED_INTO_NAME = new RegExp(String.raw`^\s*(?:\([^)]*\)\s*)?(?:dans|au capital de|in|into)\s+(?:(?:la|le|l[’'])\s*)?(?:(?:[\p{L}-]+\s+){0,2}?${COMPANY_KIND}\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?)?(?<name>[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*){0,2})`, 'u');

/** Characters either side of a figure that the round-7 readings look at (sentences shorter than this read whole). */
const VIEW_CHARS = 600;

/** The figure in a bounded window of its sentence, with its offsets moved into the window. */
export function viewOf(f: Figure, masked: string): { view: string; lo: number; vf: Figure } {
  const lo = Math.max(0, f.start - VIEW_CHARS);
  return { view: masked.slice(lo, Math.min(masked.length, f.end + VIEW_CHARS)), lo, vf: { ...f, start: f.start - lo, end: f.end - lo } };
}

/** Labels of list-style articles whose line is the round itself ("Funding: $18 million in a Series A"). */
export const FUNDING_LABEL = /^(?:funding|financement|montant|amount|round|levée|raised|the deal|deal)$/;

/** Labels whose line never names the company that raised. */
const NOT_COMPANY_LABEL = /headquarters|ceo|cto|location|founded|siège|quote|hq|website|investors?|investisseurs|backers/;

/** The sentence with every figure replaced by "§" of the same length (offsets unchanged). */
export function mask(text: string, ms: MoneyMatch[], offset: number): string {
  let out = '';
  let at = 0;
  for (const m of ms) {
    const start = m.start - offset;
    const end = m.end - offset;
    out += unflagged(text.slice(at, start)) + '§'.repeat(end - start);
    at = end;
  }
  out += unflagged(text.slice(at));
  // A dateline names a place, never the subject: "HONG KONG, Aug 11 (Reuters) - …".
  const dateline = DATELINE.exec(out);
  return dateline ? ' '.repeat(dateline[0].length) + out.slice(dateline[0].length) : out;
}

/**
 * The flag emoji a roundup sets after or before each name ("Huli 🇨🇷 raised", "Kapital 🇲🇽 raised", dealflow.la 853; "🇬🇧 Yoto,
 * which built …, raised", sundaycet 572): a pair of regional indicator symbols standing between the name and its verb, read as
 * no word. Blanked code unit by code unit (offsets unchanged).
 */
const FLAG_EMOJI = /\p{RI}/gu;
function unflagged(text: string): string {
  return text.replace(FLAG_EMOJI, (m) => ' '.repeat(m.length));
}

/** "HONG KONG, Aug 11 (Reuters) - ", "PARIS (AFP) — ", "[LONDON] ": a place in capitals, a date, an agency, a dash; "New Delhi, March 29 (IANS) ": a named agency, no dash. */
const DATELINE = /^(?:\[\p{Lu}[\p{Lu} .'-]*\]\s*|\p{Lu}[\p{Lu} .'-]+(?:,\s*[^-–—()]{0,30})?\s*(?:\([^)]{1,30}\))?\s*[-–—]\s+|\p{Lu}[\p{L} .'-]{1,30},\s*[^-–—()]{0,30}?\s*\((?:IANS|PTI|ANI|UNI|AFP|AP|Reuters|Bloomberg|Xinhua|Yonhap|Kyodo|dpa|Lusa)\)\s*(?:[-–—:]\s*)?)/u;

/** Characters before a figure read for an owned entry ("la série B de la startup Kiplo (§)"). */
const OWNED_ENTRY_REACH = 120;

/**
 * The company of a round figure, never a place: a place found as the company gives way to a named company of the same clause
 * ("in Bern, proptech start-up Soobr benefited …"); a place as the subject of the raise makes the figure a statistic.
 */
/** Past this length a "sentence" is glued text, not prose: each figure's company is read in a window around it. */
const LONG_SENTENCE_CHARS = 4 * VIEW_CHARS;

export function companyNotPlace(
  s: Sentence, masked: string, f: Figure, labelEnd: number, sentences: Sentence[], current: Candidate | null, headline: string | null,
): { name: string | null; explicit: boolean; topic?: boolean; past?: boolean; statistic?: boolean } {
  // Many figures in one glued run each scanned the whole run (figures × length); a bounded window keeps it linear.
  if (masked.length > LONG_SENTENCE_CHARS) {
    const { view, lo, vf } = viewOf(f, masked);
    const local = { ...vf, verbAt: f.verbAt === null || f.verbAt < lo || f.verbAt >= lo + view.length ? null : f.verbAt - lo };
    return companyInClause({ ...s, text: s.text.slice(lo, lo + view.length) }, view, local, Math.max(0, labelEnd - lo), sentences, current, headline);
  }
  return companyInClause(s, masked, f, labelEnd, sentences, current, headline);
}

function companyInClause(
  s: Sentence, masked: string, f: Figure, labelEnd: number, sentences: Sentence[], current: Candidate | null, headline: string | null,
): { name: string | null; explicit: boolean; topic?: boolean; past?: boolean; statistic?: boolean } {
  const body = masked.slice(labelEnd);
  // "Singapore remains at the forefront …, having secured §": a place opening the sentence as its subject.
  const opening = openingSubject(body) ?? leadingName(body) ?? openingSubject(body.replace(/^[^,]{0,60},\s*/, ''));
  const found = personRaiserFallback(findCompany(s, masked, f, labelEnd, sentences, current, headline), s, masked.slice(labelEnd, f.start), sentences, current, headline);
  // "Co-investment of § from X and § from other investors took the total to §", "Financing" read off a heading: a noun of
  // the money itself is no raiser; with no company the figure is a statistic of the page, not a round.
  if (found.name && MONEY_NOUN_NAME.test(found.name)) return { name: null, explicit: false, statistic: true };
  // "Berlin Startups Raise Over §", "funding raised by African tech": a population (a demonym, or a place and a plural of
  // the company class) is no raiser; its money is a total of the scene, a statistic.
  if (found.name && isPopulationName(found.name)) return { name: null, explicit: false, statistic: true };
  // "CTC #36 - § raise for smart traffic, …", "Dealflow.la #47 - … raises §": a name numbered as an issue is the newsletter's own
  // (its subject line repeated atop the issue); the items below tell each round under its company's name.
  if (found.name && issueNumberedNames(s.text).has(found.name)) return { name: null, explicit: false, statistic: true };
  // "Singapore remains at the forefront …, having secured §" with no company anywhere: the place raised it, a statistic.
  if (!found.name && opening && isPlace(opening)) return { ...found, statistic: true };
  if (found.name && !isPlace(found.name)) {
    const at = masked.indexOf(found.name);
    if (opening && isPlace(opening) && found.explicit && at > f.end) {
      const between = masked.slice(f.end, at);
      if (!OBJECT_BEFORE_NAME.test(between) || SOURCE_BETWEEN.test(between)) return { ...found, statistic: true };
    }
    return found;
  }
  if (!found.name) return found;
  const other = subjectAfterPlace(masked.slice(0, f.start));
  if (other) return { name: other, explicit: true };
  return found.explicit ? { name: null, explicit: false, statistic: true } : { name: null, explicit: false, topic: true };
}

/**
 * How many sentences after the deal just read an anaphor ("it", "the company", a possessive round) still points to that deal's
 * company: far enough for a paragraph's follow-up sentences, short enough that a new item of a roundup is not taken for it.
 */
const RECENT_DEAL_REACH = 3;

/** The company of the deal just read, when sentence `s` is within RECENT_DEAL_REACH of it; else null. */
function recentDealCompany(current: Candidate | null, s: Sentence): string | null {
  return current && s.index - current.last <= RECENT_DEAL_REACH && current.company ? current.company : null;
}

/**
 * PERSON_RAISER: a name the article (or the figure's own sentence) names as a person is never the company that raised: "CEO Chris
 * Romer credits the $111 million funding tsunami …" (coloradosun 1069), "Founded by Maria Paula Pinzón, Alfredo Prieto, and
 * Víctor Julio, the company just raised …" (geographyandtech 1089), "Gargi Sarkar, Author at Inc42 Media" atop a feed (inc42
 * 446). The people are personNames' (a role before or after the name, a founders' list, a byline). The raiser is then what
 * the reader already falls back to for an anaphor: the deal just read, else the headline's company, else the article's topic.
 */
function personRaiserFallback(
  found: { name: string | null; explicit: boolean; topic?: boolean; past?: boolean }, s: Sentence, head: string, sentences: Sentence[], current: Candidate | null, headline: string | null,
): { name: string | null; explicit: boolean; topic?: boolean; past?: boolean } {
  if (!found.name) return found;
  const low = found.name.toLowerCase();
  const people = personNames(s.text);
  if (!people.has(low) && !isArticlePerson(sentences, found.name)) return found;
  // "Christina Cacioppo started Vanta in 2016 and has raised … a § Series B it closed": the next name before the figure that is
  // no person, place, backer or source ("told TechCrunch") is the company the person's clause is about.
  const isPerson = (n: string): boolean => people.has(n.toLowerCase()) || isArticlePerson(sentences, n) || n.split(/\s+/u).some((w) => people.has(w.toLowerCase()));
  for (const n of namesIn(head)) {
    if (isPerson(n) || isPlace(n) || isNationality(n) || isInvestorHere(head, n) || NOT_NAME_WORDS.has(n.toLowerCase()) || NOT_A_NAME_ALONE.has(n.toLowerCase()) || DATE_RUN.test(n)) continue;
    const at = head.indexOf(n);
    if (at >= 0 && /\b(?:according to|told|tells|said|says|via|per|selon|to|with|at|from|by|of|for)\s*$/iu.test(head.slice(0, at))) continue;
    return { name: n, explicit: true, past: found.past };
  }
  const recent = recentDealCompany(current, s);
  if (recent && !isArticlePerson(sentences, recent)) return { name: recent, explicit: false, past: found.past };
  if (headline && !isArticlePerson(sentences, headline)) return { name: headline, explicit: false, past: found.past };
  return { name: null, explicit: false, topic: true, past: found.past };
}

/**
 * An issue number right after a name: "CTC #36", "Dealflow.la #47", "London Brief #34", "Africa Health Ventures #4", "GIJ
 * Newsletter #1" (newsletters on five outlets number their issues so). A company is never numbered so in prose.
 * Session 21 review: read once per text, every occurrence (not a name's first one only), into a set of the names an issue
 * number follows: each tail of the up to six words before "#N" ("Ventures", "Health Ventures", "Africa Health Ventures"), a
 * word's leading brackets and quotes left off ("(CTC #36)"). A text with no "#" costs one scan.
 */
const ISSUE_NUMBER = /#\s?\d{1,4}(?!\d)/gu;

const ISSUE_NAME_WORDS = 6;

export function issueNumberedNames(text: string): ReadonlySet<string> {
  const names = new Set<string>();
  if (!text.includes('#')) return names;
  for (const m of text.matchAll(ISSUE_NUMBER)) {
    const words = text.slice(Math.max(0, m.index - 160), m.index).split(/\s+/u).filter((w) => w.length > 0).slice(-ISSUE_NAME_WORDS);
    for (let k = words.length - 1; k >= 0; k--) names.add([words[k]!.replace(/^[^\p{L}\p{N}]+/u, ''), ...words.slice(k + 1)].join(' '));
  }
  return names;
}

/**
 * A raiser's name that is only a noun of the money raised ("Co-investment", "Financing", "Investment", "Levée", "Financement"):
 * the round nouns of the lexicon and the French "investissement" (not a round noun there: "son précédent investissement" is an
 * investor's), with the co- prefix of a joint investment. Whole name only: "Series A Funding" is refused
 * elsewhere and "Funding Circle" is a name.
 */
export const MONEY_NOUN_NAME = new RegExp(`^(?:co-?)?(?:${lexAlt(LEX_ROUND_NOUNS)}|investissements?)$`, 'iu');

/**
 * The plural heads of a population of companies ("Startups", "Companies", "Entreprises"): the plural forms of
 * LEX_COMPANY_PLURALS, without "ventures", the last word of many investors' names.
 */
const POPULATION_TAIL = new RegExp(`^(?<where>[^\\s].*?)\\s+${lexAlt(LEX_COMPANY_PLURALS.filter((w) => w !== 'ventures' && w !== 'company'))}$`, 'iu');

/**
 * Round 38 (extras): a sector word between a population's place or demonym and its plural head ("Saudi FinTech Firms",
 * "Nigerian Edtech Startups", "French Tech Companies"): up to two words, each a sector of the lexicon (LEX_SECTOR_WORDS) or
 * "tech". A company's name with a sector word ("Acme Fintech Ventures") has no place before it and stays a name.
 */
const POPULATION_SECTOR_TAIL = new RegExp(`^(?<where>\\S.*?)(?:\\s+(?:${lexAlt([...LEX_SECTOR_WORDS, 'tech'])})){1,2}$`, 'iu');

/** A name that stands for a population of companies: a demonym alone ("African", "French"), or a place or demonym before a plural head. */
export function isPopulationName(name: string): boolean {
  if (isNationality(name)) return true;
  const m = POPULATION_TAIL.exec(name);
  if (!m || !/s$/iu.test(name)) return false;
  const where = m.groups!.where!;
  if (isPlace(where) || isNationality(where)) return true;
  // "Saudi FinTech Firms Secure §", "Nigerian Edtech Startups Raised §": the sector between the place and the head still names a population.
  const sector = POPULATION_SECTOR_TAIL.exec(where);
  return sector !== null && (isPlace(sector.groups!.where!) || isNationality(sector.groups!.where!));
}

/** "according to data from Tracxn": a later name that is the source of a figure, not its company. */
const SOURCE_BETWEEN = /\b(?:according to|selon|data from|d[’']après|said|says|told|reported|per)\b/iu;

/** Words between a figure and a later name that make the name its company: "§ round for X", "§ into X", "§ went to X". */
const OBJECT_BEFORE_NAME = /\b(?:for|into|in|to|pour|dans|chez|by|par)\s+(?:[\p{L}-]+\s+){0,4}$/iu;

/** The first name of a clause that is not a place and is followed by a verb or an appositive: "in Bern, proptech start-up Soobr benefited". */
function subjectAfterPlace(head: string): string | null {
  for (const r of findNameRuns(head)) {
    const low = r.text.toLowerCase();
    if (isPlace(r.text) || NOT_NAME_WORDS.has(low) || NOT_A_NAME_ALONE.has(low) || DATE_RUN.test(r.text)) continue;
    if (/(?:^|\s)(?:in|at|from|of|to|de|à|en|du)\s+$/iu.test(head.slice(Math.max(0, r.start - 6), r.start))) continue;
    if (/^\s+(?:has |had |have |also |just |now |recently )?\p{Ll}+(?:ed|s)\b|^,\s+(?:a|an|the|which|who)\b/u.test(head.slice(r.end))) return r.text;
  }
  return null;
}

/**
 * "Verve Super’s § raise", "OPay’s expected § Series C": the possessor right before the figure owns the round. Up to six
 * capitalised words: a registered name with its place and legal form ("Suzhou Abogen Biosciences Co. Ltd.’s §") was cut to
 * its last four.
 */
export const POSSESSOR_BEFORE = /(?:^|[^\p{L}\p{N}])(?<name>[\p{Lu}\p{N}][\p{L}\p{N}.&-]*(?:\s[\p{Lu}\p{N}][\p{L}\p{N}.&-]*){0,5})[’']s?\s+(?:(?:expected|latest|recent|new|last|first|previous|reported|planned|fresh|whopping|massive|impressive|record|huge|hefty)\s+){0,2}$/u;

/**
 * A company kind in the possessive right before the figure: "the company’s §", "this startup’s first §", "the firm's recent §".
 * An anaphor of the company the text is about (COMPANY_KIND), read like "its §": the raiser is the company already read.
 */
/** A round noun right after a figure ("§ Series A", "§ in seed funding", "§ round"): the possessed figure is a round, not a fund. */
const ROUND_NOUN_SOON_AFTER = new RegExp(String.raw`^[^§.;]{0,30}?(?<![\p{L}])${lexAlt(LEX_ROUND_NOUNS)}(?![\p{L}])`, 'iu');

const KIND_POSSESSOR_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:the|this)\s+${COMPANY_KIND}[’']s\s+(?:(?:expected|latest|recent|new|last|first|previous|planned|initial)\s+)?$`, 'iu');

/** "it had led a § round for fintech startup Prospa", "Sequoia co-led a § round in X": an investor's verb, the company is the object. */
const INVESTOR_LED_A = /\b(?:led|co-led|leads|co-leads|headed|joined|backed|participated in|took part in|a mené|a co-mené|menait)\s+(?:a|an|the|its|un|une|le|la)\s*$/iu;

/**
 * An investor's verb of taking part whose object holds the figure: "X joined a § round", "X invested at least § in …", "X, qui …,
 * et Y ont participé à une levée de fonds de §", "X a souscrit à l’augmentation de capital de §". The clause's subject backs
 * the round and never raised it: the raiser is the object after the figure, else the company the nearby text reads. Only the
 * preposition, a determiner, up to three words of the round's noun phrase ending on "de/of", and an approximation may stand
 * between the verb and the figure (a bounded, anchored tail: linear).
 */
const PARTICIPATION_BEFORE = new RegExp(String.raw`(?<![\p{L}])${lexAlt([...LEX_PARTICIPATION_VERBS_EN, ...LEX_PARTICIPATION_VERBS_FR])}\s+(?:(?:à|au|in)\s+)?(?:(?:a|an|the|its|this|un|une|le|la|l[’'])\s*)?(?:(?:[\p{L}-]+\s+){1,3}?(?:de|d[’']|of)\s*)?(?:(?:${lexAlt(LEX_APPROX)}|at least|au moins|more than)\s+)?$`, 'iu');

/**
 * Round 40 (issue 3): an investor's ticket put into a named company "as part of" a round sized right after: "Mercia has also made
 * a £2.3m investment through a convertible loan into Nova Pangaea as part of a £5.3m funding round" (1139, TheBusinessDesk), "The
 * Henley-in-Arden firm has invested in Axis Spine as part of a £10.8m funding round" (same page), "S2G Ventures reupped its
 * investment in the Canadian agtech company Terramera, as part of a $48.5 million Series B funding round" (1009, ImpactAlpha). The subject is the investor; the
 * round's owner is the name after "in"/"into".
 */
const INTO_NAME_PART_OF_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:invest\p{L}*|inject\p{L}*|put)(?![\p{L}])[^§.;]{0,80}?(?<![\p{L}])(?:in|into)\s+(?:(?:the|a|an)\s+)?(?:(?:[\p{L}-]+\s+){0,3}?${COMPANY_KIND}\s+)?(?<name>[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*){0,2})\s*,?\s+as (?:a )?part of (?:an?|the|its|their)\s+(?:${lexAlt(LEX_WHOLE_ROUND_ADJECTIVES)}\s+)?$`, 'u');
/**
 * The company that raised a round figure: the subject of its verb, the
 * object of "round in X", an opening subject, a nearby sentence about the
 * round, or the article's most named entity.
 */
function findCompany(
  s: Sentence, masked: string, f: Figure, labelEnd: number, sentences: Sentence[], current: Candidate | null, headline: string | null,
): { name: string | null; explicit: boolean; topic?: boolean; past?: boolean } {
  // "the $8 million round of funding that PushDoctor, a similar service, reported last week": another company's round, told for context.
  const teller = reportedBy(masked.slice(f.end));
  if (teller && /\bthe\s*$/i.test(masked.slice(Math.max(0, f.start - 6), f.start))) return { name: teller, explicit: true, past: true };
  // "la série B de la startup Kiplo (§)", "the Series A of fintech Quorly (§)": an owned entry names its owner (deals.ts), before
  // any possessive nearer the figure is tried.
  const entry = ownedRoundEntry(masked.slice(Math.max(0, f.start - OWNED_ENTRY_REACH), f.start));
  if (entry && !isPlace(entry.company) && !NOT_NAME_WORDS.has(entry.company.toLowerCase())) return { name: entry.company, explicit: true };
  const possessor = POSSESSOR_BEFORE.exec(masked.slice(Math.max(0, f.start - 80), f.start));
  if (possessor) {
    // "After TAE’s impressive §": an opening connector is not part of the name.
    const name = possessor.groups!.name!.split(' ').filter((w, k, all) => !all.slice(0, k + 1).every((x) => NOT_NAME_WORDS.has(x.toLowerCase()) || NOT_A_NAME_ALONE.has(x.toLowerCase()))).join(' ');
    if (name && !isPlace(name) && !NOT_NAME_WORDS.has(name.toLowerCase()) && !NOT_A_NAME_ALONE.has(name.toLowerCase()) && !DATE_RUN.test(name) && !/^(?:Series|Série)\b/.test(name)) return { name, explicit: true };
  }
  // Round 40: "… investment … into Nova Pangaea as part of a § funding round": the round's owner is the name the ticket went into.
  const partOwner = INTO_NAME_PART_OF_BEFORE.exec(masked.slice(Math.max(0, f.start - 160), f.start));
  if (partOwner && !isPlace(partOwner.groups!.name!) && !NOT_NAME_WORDS.has(partOwner.groups!.name!.toLowerCase())) return { name: partOwner.groups!.name!, explicit: true };
  // "CarePoint received §, followed by MPharma with §", "suivie de Kiplo avec une levée de §": the next rank of a ranking owns its figure.
  const follower = followerWith(masked.slice(Math.max(0, f.start - FOLLOWER_REACH), f.start));
  if (follower) return { name: follower, explicit: true };
  // "17 investors from the company’s § Series A", "led the startup’s § round": the possessor is the company already read, never
  // the clause's subject (an investor there).
  if (KIND_POSSESSOR_BEFORE.test(masked.slice(Math.max(0, f.start - 60), f.start)) && ROUND_NOUN_SOON_AFTER.test(masked.slice(f.end, f.end + 40))) {
    const recent = recentDealCompany(current, s);
    if (recent) return { name: recent, explicit: false };
    if (headline) return { name: headline, explicit: false };
    return { name: null, explicit: false, topic: true };
  }
  // "X et Y ont participé à une levée de fonds de §", "X invested at least § in AI chipmaker Acme’s latest round": the subject
  // is an investor; the raiser is the object after the figure, else the deal just read, else the article's topic.
  if (PARTICIPATION_BEFORE.test(masked.slice(Math.max(0, f.start - 60), f.start))) {
    const after = masked.slice(f.end);
    const object = companyAfter(after) ?? intoCompany(after) ?? INVESTED_INTO_NAME.exec(after)?.groups!.name!.replace(/[’']s?$/u, '') ?? null;
    if (object && !isPlace(object) && !NOT_NAME_WORDS.has(object.toLowerCase())) return { name: object, explicit: true };
    const recent = recentDealCompany(current, s);
    if (recent) return { name: recent, explicit: false };
    if (headline) return { name: headline, explicit: false };
    return { name: null, explicit: false, topic: true };
  }
  if (INVESTOR_LED_A.test(masked.slice(Math.max(0, f.start - 40), f.start))) {
    const object = companyAfter(masked.slice(f.end));
    if (object) return { name: object, explicit: true };
  }
  // "§ went to crowdlending marketplace Lend", "the lion’s share going to X": the recipient is the company.
  const recipient = recipientAfter(masked.slice(f.end));
  if (recipient) return { name: recipient, explicit: true };
  // "with § invested by A, B and C" in a sentence about "the round … for medtech scale-up Neo Medical": the company is the round's object.
  if (INVESTED_BY.test(masked.slice(f.end))) {
    const object = forCompany(masked);
    if (object) return { name: object, explicit: true };
  }
  // "The CHF31 million received by the biotech company": a definite descriptor points back like "it".
  let pronoun = RECEIVED_BY_ANAPHOR.test(masked.slice(f.end));
  // "… and fintech startup Abound led with a $14 million round": the company that topped a list is the subject of "led".
  const ledWith = LED_WITH.exec(masked.slice(0, f.start));
  if (ledWith) {
    const subject = subjectBefore(masked, ledWith.index);
    if (subject && !subject.pronoun && subject.name) return { name: subject.name, explicit: true };
  }
  // "Sequoia … supplied $35m in series B funding for Grofers": an investor's verb; the company is the object.
  if (SUPPLY_VERB.test(masked.slice(Math.max(0, f.start - 40), f.start))) {
    const object = companyAfter(masked.slice(f.end)) ?? intoCompany(masked.slice(f.end));
    if (object) return { name: object, explicit: true };
  }
  // "Jean-François Gagné, PDG d’Element AI, fier d’avoir amassé §": a person named by their role raises for their company.
  if (f.verbAt !== null) {
    const role = ROLE_OF.exec(masked.slice(Math.max(0, f.verbAt - 100), f.verbAt));
    const name = role?.groups!.name!.replace(/[.’']+$/u, '');
    if (name && !isPlace(name) && !NOT_NAME_WORDS.has(name.toLowerCase()) && !NOT_A_NAME_ALONE.has(name.toLowerCase())) return { name, explicit: true };
  }
  if (f.verbAt !== null) {
    const subject = subjectBefore(masked, f.verbAt);
    if (subject && !subject.pronoun && subject.name) return { name: subject.name, explicit: true };
    if (!subject) {
      // "Des sociétés comme Moovit qui agit dans … et a levé §", "Acme, which builds …, has raised §": the relative's antecedent.
      const antecedent = relativeAntecedent(masked, f.verbAt);
      if (antecedent) return { name: antecedent, explicit: true };
      // "Six ans après avoir bouclé une levée de §, notamment auprès de X, Navya s’apprêterait …": the fronted clause's subject
      // is the main clause's, named after it.
      const main = FRONTED_NONFINITE.test(masked.slice(Math.max(0, f.verbAt - 60), f.verbAt)) ? mainSubjectAfter(masked.slice(f.end, f.end + VIEW_CHARS)) : null;
      if (main) return { name: main, explicit: true };
    }
    if (subject?.pronoun) {
      pronoun = true;
      const earlier = firstNameBefore(masked.slice(labelEnd), f.verbAt - labelEnd);
      if (earlier && !isInvestorHere(masked, earlier)) return { name: earlier, explicit: true };
    }
  }
  // "the startup’s most recent funding round was §", "its latest round of §", "la dernière levée de la société": a possessive anaphor owns the round.
  if (!pronoun && ANAPHOR_ROUND.test(masked.slice(Math.max(0, f.start - 90), f.start))) pronoun = true;
  // "Fintech topped the sectoral fundraising trend, boosted by its § fundraise", "backed by its § Series A": the possessive
  // pronoun owns the round, and the clause before it names no company (a sector or a trend is no owner; POSSESSIVE_PRONOUN_FIGURE).
  if (!pronoun && POSSESSIVE_PRONOUN_FIGURE.test(masked.slice(Math.max(0, f.start - 30), f.start)) && ROUND_NOUN_SOON_AFTER.test(masked.slice(f.end, f.end + 40)) && !namesCompanyBefore(masked.slice(labelEnd, f.start))) pronoun = true;
  // "it", "the startup", "la société": the company of the deal just read, unless the sentence right before, after that deal,
  // opens on another company ("Paris-based biotech Woodoo is using … It has raised §": newItemCompany).
  const recent = recentDealCompany(current, s);
  if (pronoun && current && recent) return { name: newItemCompany(current, sentences, s) ?? recent, explicit: false };
  // No deal just read: the company the sentence before opens with ("Carbon Health laid off 8% of staff. … the startup’s most recent round"),
  // else the company the headline names ("Zentrix raises $50M …").
  if (pronoun) {
    const before = subjectOfSentenceBefore(sentences, s);
    // "BGF Ventures has been allocated £200m … It previously obtained §": the sentence before profiled a backer of the deal
    // read last; "it" is still that deal's company, not its investor.
    if (before && current?.company && s.index - current.last <= 6 && [...current.leads, ...current.investors].some((n) => sameEntity(n, before))) return { name: current.company, explicit: false };
    if (before) return { name: before, explicit: false };
    if (headline) return { name: headline, explicit: false };
  }
  // "the $30m raised by Graphcore", "the £21m secured by SME lending platform iwoca": a passive names the company after "by".
  const passive = passiveCompany(masked.slice(f.end));
  if (passive) return { name: passive, explicit: true };
  const after = companyAfter(masked.slice(f.end)) ?? intoCompany(masked.slice(f.end));
  if (after) return { name: after, explicit: true };
  // Words are split only at spaces: an optional space between name words let a run of digits split in n³ ways (fuzzing found a 60 s hang).
  const possessive = /\b(?:boost(?:ed|s)|lift(?:ed|s)|rais(?:ed|es)|push(?:ed|es)|took|takes|brings?|brought)\s+([\p{Lu}\p{N}][\p{L}\p{N}.\-]*(?:\s[\p{Lu}\p{N}][\p{L}\p{N}.\-]*){0,3})[’']s valuation/u.exec(masked);
  if (possessive) return { name: possessive[1]!.trim(), explicit: true };
  const body = s.text.slice(labelEnd);
  const opening = openingSubject(body) ?? openingSubject(body.replace(/^[^,]{0,40},\s*/, ''));
  if (opening && !isInvestorHere(masked, opening)) return { name: opening, explicit: true };
  // "Avec 9,3 millions levés, Antaios occupe…": the subject follows the fronted phrase.
  const fronted = /^\s*(?:levés|levées|récoltés|rassemblés|raised)\s*,\s*/iu.exec(masked.slice(f.end));
  if (fronted) {
    const rest = masked.slice(f.end + fronted[0].length);
    const run = findNameRuns(rest)[0];
    if (run && run.start === 0 && !NOT_NAME_WORDS.has(run.text.toLowerCase()) && !NOT_A_NAME_ALONE.has(run.text.toLowerCase())) return { name: run.text, explicit: true };
  }
  // No verb read: a name opening the sentence is its subject ("Syntony arrive juste derrière avec une opération de 15 millions").
  if (f.verbAt === null && labelEnd === 0) {
    // Masked: a token holding the amount ("$30m") is never a name.
    const first = firstNameBefore(masked, f.start);
    const at = first ? body.indexOf(first) : -1;
    // "date 2020-12 Pour cette fin d’année, … Lydia a annoncé §": a dateline's date opening the line is no name (NUMERIC_DATE_RUN).
    if (first && !NUMERIC_DATE_RUN.test(first) && (at <= 20 || DESCRIPTOR_OPENING.test(body.slice(0, at))) && !isInvestorHere(masked, first)) return { name: first, explicit: true };
  }
  // List-style sections: the company is named in a line after ("What company does: Databricks develops…").
  if (labelEnd > 0) for (let i = s.index + 1; i < sentences.length && i <= s.index + 8; i++) {
    const p = sentences[i]!;
    if (p.paragraph - s.paragraph > 4) break;
    const lab = leadingLabel(p.text);
    if (lab && NOT_COMPANY_LABEL.test(lab.label)) continue;
    if (lab && FUNDING_LABEL.test(lab.label)) break;
    if (!lab) continue;
    const name = openingSubject(p.text.slice(lab.rest));
    if (name) return { name, explicit: false };
  }
  // A sentence just before that is about the round: "Joli tour de table pour Naboo.", "Vizzia boucle un nouveau tour de table."
  // Not past a new item's opening sentence ("Kelbio raised §. | Orvani, a packaging maker, is out to … | The company just added
  // §"): the round two sentences back is the other item's (newItemCompany).
  const newItem = current ? newItemCompany(current, sentences, s) : null;
  for (let i = s.index - 1; i >= 0 && i >= s.index - 2; i--) {
    if (newItem && i < s.index - 1) break;
    const p = sentences[i]!;
    if (!/\b(?:round|funding|financing|raise[sd]?|tour de table|levée|lève|boucle)\b/i.test(p.text)) continue;
    const text = mask(p.text, [], 0);
    const name = companyAfter(text) ?? openingSubject(text) ?? fundingSubject(text);
    if (name) return { name, explicit: false };
  }
  // No subject read ("The company just added §"): the deal just read, unless a new item opened on its company (newItemCompany).
  if (recent) return { name: newItem ?? recent, explicit: false };
  // "Memo Therapeutics’ first drug candidate is in phase 2. … The funds for this … will be provided by a round of §": no deal
  // just read, the sentence names no one, so the company the sentences just before open with, not the article's topic.
  const opener = DEFINITE_OPENING.test(s.text) ? nameOpeningParagraph(sentences, s) : null;
  if (opener) return { name: opener, explicit: false };
  return { name: null, explicit: false, topic: true };
}

/**
 * The name a relative clause holding the raising verb hangs on: the last name before the verb that a relative pronoun follows
 * ("Moovit qui agit dans … et a levé", "Acme, which builds …, has raised", "X, qui …, a bouclé"), with no figure, stop or
 * semicolon between the pronoun and the verb (that would be another clause). A bounded window before the verb: linear.
 */
const RELATIVE_AFTER_NAME = /^\s*,?\s*(?:qui|which)\s[^§;.!?]{0,160}$/u;

/** Right before the antecedent: the clause's start, a list joint, a word of example, or a company-kind noun. */
const ANTECEDENT_PLACE = new RegExp(String.raw`(?:^\s*|[,;:(]\s*|(?<![\p{L}])(?:comme|like|such as|tels? que|telles? que|ou|or|et|and|notamment|including|dont)\s+|${COMPANY_KIND}\s+)$`, 'iu');

function relativeAntecedent(masked: string, verbAt: number): string | null {
  const lo = Math.max(0, verbAt - 200);
  const head = masked.slice(lo, verbAt);
  const runs = findNameRuns(head);
  for (let k = runs.length - 1; k >= 0; k--) {
    const r = runs[k]!;
    if (!RELATIVE_AFTER_NAME.test(head.slice(r.end))) continue;
    const low = r.text.toLowerCase();
    if (isPlace(r.text) || isNationality(r.text) || NOT_NAME_WORDS.has(low) || NOT_A_NAME_ALONE.has(low) || isOpeningWord(r.text) || DATE_RUN.test(r.text)) return null;
    // The antecedent must stand as a subject or an example ("comme X qui", "ou Y qui", "la start-up X qui"), never as a verb's
    // object: "a recruté Jean Dupont, qui a levé § pour Globex" is a hired person's past.
    if (!ANTECEDENT_PLACE.test(head.slice(Math.max(0, r.start - 40), r.start))) return null;
    return isInvestorHere(head, r.text) ? null : r.text;
  }
  return null;
}

/**
 * A non-finite clause fronted before the main clause, ending on the raising verb: "Six ans après avoir bouclé", "After having
 * closed", "Having raised". Its subject is the main clause's. Anchored at the verb; the clause must open the sentence or follow a comma.
 */
const FRONTED_NONFINITE = /(?:^|,\s*)(?:[\p{L}\d]+\s+){0,3}?(?:après avoir|après l[’']avoir|after having|having)\s+$/iu;

/**
 * The subject of the main clause after a fronted clause: the first name set off by a comma and followed by a verb-like lower-case
 * word ("…, notamment auprès de X et Y, Navya s’apprêterait"). A name after a preposition ("auprès de X") is the money's source.
 */
const PRONOUN_SUBJECT_AFTER_COMMA = /,\s*(?:elle|elles|il|ils|it|they|she|he|we|nous)\s/iu;

/** A word after a name that keeps it inside a list or a phrase ("Bpi et la BNP", "X in 2016"): not a verb of a main clause. */
const NOT_A_VERB_AFTER = /^\s+(?:et|and|ou|or|en|in|de|du|des|d[’']|of|à|au|aux|pour|for|with|avec|la|le|les|the|on|at)(?![\p{L}])/iu;

function mainSubjectAfter(after: string): string | null {
  // "Après avoir levé § auprès de X, Y et Z, elle a …": the main clause's subject is a pronoun; the names before it are sources.
  const pronoun = PRONOUN_SUBJECT_AFTER_COMMA.exec(after);
  const stop = pronoun ? pronoun.index : after.length;
  for (const r of findNameRuns(after)) {
    if (r.start >= stop) break;
    if (!/,\s*$/u.test(after.slice(Math.max(0, r.start - 3), r.start))) continue;
    if (!/^\s+(?:[\p{Ll}]|[ldsn][’'])/u.test(after.slice(r.end)) || NOT_A_VERB_AFTER.test(after.slice(r.end))) continue;
    const low = r.text.toLowerCase();
    if (isPlace(r.text) || NOT_NAME_WORDS.has(low) || NOT_A_NAME_ALONE.has(low) || isOpeningWord(r.text) || DATE_RUN.test(r.text)) continue;
    return r.text;
  }
  return null;
}

/**
 * A run of digits and date separators only ("2020-12", "2020-03-10", "12/05"): a date written in figures, never a company.
 * Named for what it reads: it was DATELINE_RUN, the name of companies.ts's publication-stamp labels (now PUBLICATION_STAMP_LABEL)
 * and a near twin of DATELINE above (a whole dateline), three patterns of other meanings.
 */
export const NUMERIC_DATE_RUN = /^[\p{N}][\p{N}\s./-]*$/u;

/** A person's role in their company as an apposition right before the raising verb: ", PDG d’Element AI, fier d’avoir amassé", ", CEO of Acme, said it raised". */
const ROLE_OF = /,\s*(?:(?:the|le|la|son|sa|its|co-?)\s*)?(?:PDG|CEO|chief executive(?: officer)?|co-?fondat(?:eur|rice)|fondat(?:eur|rice)|co-?founder|founder|président(?:e)?|directeur général|directrice générale|patron(?:ne)?)\s+(?:(?:et|and)\s+[\p{L}-]+\s+)?(?:de\s+|d[’']|du\s+|of\s+|at\s+|chez\s+)(?<name>[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*){0,3})\s*,\s*(?:[\p{Ll}’']+\s+){0,4}$/u;

/** A possessive anaphor before the round noun: "the startup’s most recent funding round was", "its latest round of", "la dernière levée de la société". */
const ANAPHOR_ROUND = /(?:\b(?:the (?:startup|start-up|company|firm|business|group|platform|unicorn|fintech)[’']s|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:round|raise|fundraise|financing|funding|investment|series [a-j])|\b(?:sa|son|leur)\s+(?:[\p{L}-]+\s+){0,2}?(?:levée|tour de table|série [a-j]|financement)|\b(?:levée|tour de table)\s+(?:[\p{L}-]+\s+){0,2}?de (?:la (?:société|start-up|startup|jeune pousse)|l[’']entreprise))(?![\p{L}\p{N}])[^§.;]{0,50}$/iu;

/**
 * A possessive pronoun right before the figure, maybe with one qualifier: "its § fundraise", "their latest § round", "sa
 * nouvelle § ", "son § de série A" (session 25, businessoutreach 1090 "boosted by its § fundraise"; the same shape in the weekly
 * and monthly digests of several outlets). The owner is the company already read, when the clause names none (namesCompanyBefore).
 */
const POSSESSIVE_PRONOUN_FIGURE = /(?<![\p{L}])(?:its|their|sa|son|leur)\s+(?:(?:latest|recent|new|last|first|fresh|nouvelle|nouveau|dernière|dernier|première|premier)\s+)?$/iu;

/** Whether a clause names a company before a point: any name run that is no word of grammar, opener, place or nationality. */
function namesCompanyBefore(head: string): boolean {
  return findNameRuns(head).some((r) => !NOT_NAME_WORDS.has(r.text.toLowerCase()) && !NOT_A_NAME_ALONE.has(r.text.toLowerCase()) && !isOpeningWord(r.text) && !isPlace(r.text) && !isNationality(r.text) && !DATE_RUN.test(r.text));
}

/**
 * The people the article names as such (companies.ts personNames: "co-founders Jane Doe and …", "Doe, who is CEO of …", "CEO
 * Jane Doe"), with each one's surname: a person the article then calls by the surname alone ("Doe left Uber to launch …") is
 * never the antecedent of "the company". Read once per article.
 */
const ARTICLE_PEOPLE = new WeakMap<Sentence[], Set<string>>();

export function isArticlePerson(sentences: Sentence[], name: string): boolean {
  let people = ARTICLE_PEOPLE.get(sentences);
  if (!people) ARTICLE_PEOPLE.set(sentences, people = personNames(sentences.map((x) => x.text).join(' ')));
  return people.has(name.toLowerCase());
}

/**
 * A list item's bullet or number opening a line ("• Propelld, a fintech firm, received the largest cheque of the week.", "1) Acme,
 * …", "- Kiplo …"): the digests of several outlets open each item so. The sentence's subject follows it.
 */
const LEADING_BULLET = /^\s*(?:[•·▪‣◦*–—-]|\(?\d{1,2}[.)])\s+/u;

/** The company a sentence just before opens with (same paragraph or the one before): the antecedent of "the startup". */
function subjectOfSentenceBefore(sentences: Sentence[], s: Sentence): string | null {
  for (let i = s.index - 1; i >= 0 && i >= s.index - 2; i--) {
    const p = sentences[i]!;
    if (s.paragraph - p.paragraph > 1) break;
    const text = mask(p.text, [], 0).replace(LEADING_BULLET, '');
    // "…, with the lion’s share going to Prexton Therapeutics": the recipient named in the sentence before.
    const going = /\b(?:going|went|goes|gone) to\b/.exec(text);
    const recipient = going ? recipientAfter(text.slice(going.index)) : null;
    const name = recipient ?? openingSubject(text) ?? fundingSubject(text) ?? leadingName(text) ?? possessiveOpening(text);
    if (name && !isPlace(name) && !isInvestorHere(text, name) && !isArticlePerson(sentences, name)) return name;
  }
  return null;
}

/** "Paris-based biotech ", "London-based ": a place adjective and up to four lower-case descriptor words before the name. */
const PLACE_BASED_DESCRIPTOR = /^\p{Lu}[\p{L}.’'-]*-based\s+(?:\p{Ll}[\p{L}-]*\s+){0,4}/u;

/**
 * The company the sentence right before opens on as its subject, in the same paragraph: "Paris-based biotech Woodoo is using
 * low-grade wood … It has raised §" (tech.eu 501), "Apeel Sciences, a food system innovation company, is out to prevent … The
 * company just added §" (edibleplanet 745): a roundup's new item introduces its company, then tells its round by an anaphor;
 * the deal read before (another item) is not its antecedent. Names only, as the subject of a verb (openingSubject): a place,
 * a person the article names, or a backer of the sentence is none.
 */
function companyOpeningSentenceBefore(sentences: Sentence[], s: Sentence): string | null {
  const p = sentences[s.index - 1];
  if (!p || p.paragraph !== s.paragraph) return null;
  const text = mask(p.text, [], 0).replace(LEADING_BULLET, '').replace(PLACE_BASED_DESCRIPTOR, '');
  // The subject of a verb only: a verbless line's first word ("Joli tour de table pour Naboo.", dev 32) opens no item.
  const name = openingSubject(text);
  if (!name || isPlace(name) || isNationality(name) || isInvestorHere(text, name) || isArticlePerson(sentences, name)) return null;
  return name;
}

/**
 * The antecedent of "it", "the startup" when the deal read last is not in the sentence right before: the company that sentence
 * opens on, if it is not that deal's company or one of its backers (companyOpeningSentenceBefore).
 */
function newItemCompany(current: Candidate, sentences: Sentence[], s: Sentence): string | null {
  if (current.last >= s.index - 1) return null;
  // A sentence that names the deal's own company ("Joli tour de table pour Naboo.") is still about it.
  if (current.company && sentences[s.index - 1]?.text.includes(current.company)) return null;
  const opener = companyOpeningSentenceBefore(sentences, s);
  return opener && ![current.company ?? '', ...current.leads, ...current.investors].some((n) => sameEntity(n, opener)) ? opener : null;
}

/** A sentence opening on a definite noun, naming no one: "The funds for this …", "Cette levée …". */
const DEFINITE_OPENING = /^(?:The|This|These|Those|Its|Ce|Cet|Cette|Ces|La|Le|Les|Sa|Son|Ses)\s+\p{Ll}/u;

/**
 * The company one of the two sentences before, in the same paragraph, opens with as subject or possessor: "Memo Therapeutics’
 * first drug candidate is in phase 2. … The funds for this will be provided by a round of §". Names only (no opening word).
 */
function nameOpeningParagraph(sentences: Sentence[], s: Sentence): string | null {
  for (let i = s.index - 1; i >= 0 && i >= s.index - 2; i--) {
    const p = sentences[i]!;
    if (p.paragraph !== s.paragraph) break;
    const text = mask(p.text, [], 0);
    const name = possessiveOpening(text) ?? leadingName(text);
    if (name && !isPlace(name) && !isNationality(name) && !isInvestorHere(text, name) && !isArticlePerson(sentences, name)) return name;
  }
  return null;
}

/** "Memo Therapeutics’ first drug candidate is …": the possessor opening a sentence is what it is about. */
function possessiveOpening(text: string): string | null {
  const m = /^(?<name>[\p{Lu}][\p{L}\p{N}.&-]*(?:\s[\p{Lu}\p{N}][\p{L}\p{N}.&-]*){0,3})[’'](?:s)?\s+\p{Ll}/u.exec(text);
  const name = m?.groups!.name;
  if (!name || NOT_NAME_WORDS.has(name.toLowerCase()) || NOT_A_NAME_ALONE.has(name.toLowerCase()) || isPlace(name) || DATE_RUN.test(name)) return null;
  return name;
}

/** A name opening a sentence as the subject of any verb: "Carbon Health laid off 8% of staff" (not "In Paris, …"). */
function leadingName(text: string): string | null {
  const run = findNameRuns(text)[0];
  // "Cela", "À", "Lire": a word capitalised only by its place at the sentence's start is no name.
  if (!run || run.start !== 0 || NOT_NAME_WORDS.has(run.text.toLowerCase()) || NOT_A_NAME_ALONE.has(run.text.toLowerCase()) || DATE_RUN.test(run.text) || isOpeningWord(run.text)) return null;
  return /^\s+(?:has |had |is |was |also |just |now |recently |a |est |vient )?\p{Ll}+(?:ed|s|é|e|t)?\b/u.test(text.slice(run.end)) && !/^\s+(?:and|or|et|ou|of|in|de)\b/.test(text.slice(run.end)) ? run.text : null;
}

/** "§ went to crowdlending marketplace Lend", "going to Prexton Therapeutics", "§ ont été attribués à X": where the money went. */
const WENT_TO = new RegExp(`^\\s*(?:\\([^)]*\\)\\s*)?(?:(?:has|have|had)\\s+)?(?:went|goes|go|going|gone)\\s+to\\s+(?:(?:the\\s+)?(?:[\\p{L}\\p{N}/&-]+\\s+){0,4}${COMPANY_KIND}\\s+)?(?<name>[\\p{Lu}\\p{N}][\\p{L}\\p{N}.’'&-]*(?:\\s+[\\p{Lu}\\p{N}][\\p{L}\\p{N}.’'&-]*){0,3}|\\p{Ll}+[\\p{Lu}.][\\p{L}\\p{N}.]*)`, 'u');

export function recipientAfter(after: string): string | null {
  const m = WENT_TO.exec(after);
  if (!m) return null;
  const name = m.groups!.name!.replace(/[.’']+$/u, '');
  if (isPlace(name) || NOT_NAME_WORDS.has(name.toLowerCase()) || NOT_A_NAME_ALONE.has(name.toLowerCase())) return null;
  return name;
}

/** "§ received by the biotech company", "§ raised by the startup": the agent is an anaphor. */
const RECEIVED_BY_ANAPHOR = new RegExp(`^\\s*(?:(?:was|were)\\s+)?(?:received|raised|secured)\\s+by\\s+(?:the|this|that)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${COMPANY_KIND}(?![\\p{L}\\p{N}])`, 'u');

/** "§ invested by A, B and C": the backers follow; the company is named elsewhere in the sentence. */
const INVESTED_BY = /^\s*(?:\([^)]*\)\s*)?(?:(?:was|were)\s+)?(?:invested|provided|contributed|put up)\s+by\b/iu;

/** "for medtech scale-up Neo Medical", "pour la medtech X": the company a round is for. */
const FOR_COMPANY = new RegExp(`\\b(?:for|pour)\\s+(?:(?:the|la|le|l[’'])\\s*)?(?:[\\p{L}\\p{N}/&-]+\\s+){0,3}${COMPANY_KIND}\\s+(?<name>[\\p{Lu}\\p{N}][\\p{L}\\p{N}.’'&-]*(?:\\s+[\\p{Lu}\\p{N}][\\p{L}\\p{N}.’'&-]*){0,3})`, 'u');

function forCompany(text: string): string | null {
  const m = FOR_COMPANY.exec(text);
  return m && !isPlace(m.groups!.name!) ? m.groups!.name!.replace(/[.’']+$/u, '') : null;
}

/** "§ raised by X", "§ raise by X", "§ secured by <descriptor> X" right after the figure. */
const PASSIVE_BY = new RegExp(`^\\s*(?:\\([^)]*\\)\\s*)?(?:(?:(?:was|were)\\s+)?(?:raised|raise|secured|landed|bagged|swept up|scooped up|picked up|round|investment|funding)\\s+by\\s+|(?:levée?s?|récoltée?s?|obtenue?s?|collectée?s?|sécurisée?s?)\\s+par\\s+)(?:[\\p{Lu}][\\p{L}.’']*-based\\s+)?(?:(?:[\\p{L}\\p{N}/&-]+\\s+){0,4}${COMPANY_KIND}\\s+)?(?<name>[\\p{L}\\p{N}][\\p{L}\\p{N}.’'&-]*(?:\\s+[\\p{Lu}\\p{N}][\\p{L}\\p{N}.’'&-]*){0,3})`, 'u');

/** Verbs of an investor putting money in, right before the figure. */
const SUPPLY_VERB = /\b(?:supplied|provided|injected|pumped|poured|pumps|injects|pours|invested|invests|put)\s+(?:in\s+)?(?:another|an additional|a further|a fresh|fresh)?\s*$/i;

/** "into Ather", "into entertainment app Migo", "to launch AI startup Optain": where the investor's money went. */
const INTO_OR_LAUNCH = new RegExp(`^\\s*(?:in\\s+)?(?:into|to (?:launch|create|found|start|set up|spin out))\\s+(?:(?:[\\p{L}-]+\\s+){0,3}?${COMPANY_KIND}\\s+)?(?=[\\p{Lu}\\p{N}])`, 'u');

/** "pumps another 420 cr into Ather": the name after "into" is the company. */
function intoCompany(after: string): string | null {
  const m = INTO_OR_LAUNCH.exec(after);
  if (!m) return null;
  const run = findNameRuns(after.slice(m[0].length))[0];
  return run && run.start === 0 && !NOT_NAME_WORDS.has(run.text.toLowerCase()) ? run.text : null;
}

/** A sentence opening with a descriptor before the name: "Financial services firm Northern Arc led the list…". */
const DESCRIPTOR_OPENING = new RegExp(`^\\S+(?:\\s+[\\p{Ll}\\p{N}][\\p{L}\\p{N}/&-]*){0,4}\\s+${COMPANY_KIND}\\s+$`, 'u');

function passiveCompany(after: string): string | null {
  const m = PASSIVE_BY.exec(after);
  if (!m) return null;
  const name = m.groups!.name!.replace(/[.’']+$/u, '');
  // A lower-case word is a name only right after a company-kind noun ("lending platform iwoca").
  if (!/^[\p{Lu}\p{N}]/u.test(name) && !new RegExp(`${COMPANY_KIND}\\s+$`, 'u').test(m[0].slice(0, -name.length))) return null;
  if (NOT_NAME_WORDS.has(name.toLowerCase()) || NOT_A_NAME_ALONE.has(name.toLowerCase())) return null;
  return name;
}

/** The subject of a sentence's funding verb, or the first name before it when the subject is "la start-up qui lève". */
export function fundingSubject(text: string): string | null {
  const verb = fundingVerbAt(text);
  if (verb === null) return null;
  const subject = subjectBefore(text, verb);
  if (subject && !subject.pronoun && subject.name) return subject.name;
  return subject?.pronoun ? firstNameBefore(text, verb) : null;
}

/** "round of funding that PushDoctor … reported", "levée que X a annoncée": the company that told of the round. */
const REPORTED_BY = /^\s*(?:\([^)]*\)\s*)?(?:[\p{L}-]+\s+){0,3}?(?:round|funding|financing|raise|investment|levée|tour de table)(?: of (?:funding|financing))?\s+(?:that|which|que|qu[’'])\s*(?<rest>[^.;]{1,80})/iu;

const TELLING_VERB = /^(?:,[^,]{1,60},\s*)?(?:\w+\s+)?(?:reported|announced|raised|closed|secured|disclosed|revealed|a annoncée?|a levée?|a bouclée?)\b/iu;

function reportedBy(after: string): string | null {
  const m = REPORTED_BY.exec(after);
  if (!m) return null;
  const rest = m.groups!.rest!;
  const run = findNameRuns(rest)[0];
  if (!run || run.start !== 0 || NOT_NAME_WORDS.has(run.text.toLowerCase())) return null;
  return TELLING_VERB.test(rest.slice(run.end)) ? run.text : null;
}

/**
 * The next rank of a ranking, told with its own figure: "CarePoint received the second highest amount of §, followed by MPharma
 * with §" (healthcarerising 685), "Saudi Arabia led in funding with §, followed by the UAE with §" (rasmal 1017), "UAE-based
 * startups … raising § in total, followed by the Kingdom with §" (arabnews 229), "Acme arrive en tête avec §, suivie de Kiplo avec
 * une levée de §". The name after "followed by"/"suivi de" and before "with"/"avec" owns the figure, not the subject of the
 * clause it follows (a place there makes the figure a statistic, as for any place found as the raiser). A descriptor may stand
 * before the name ("followed by space-tech startup Dhruva Space with"), a round noun between "with" and the figure. Anchored at
 * the figure, over a bounded window: linear.
 */
const FOLLOWER_WITH = new RegExp(String.raw`(?<![\p{L}])(?:followed(?:\s+closely)?\s+by|suivie?s?(?:\s+de\s+près)?\s+(?:de|par)|talonnée?s?\s+par)\s+(?:(?:the|la|le|l[’'])\s*)?(?:(?:[\p{L}-]+\s+){0,3}?${COMPANY_KIND}\s+)?(?<name>[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&’'-]*){0,3})\s*,?\s+(?:with|avec)\s+(?:(?:a|an|un|une)\s+)?(?:${lexAlt(LEX_ROUND_NOUNS)}\s+(?:de|d[’']|of)\s*)?$`, 'u');

/** Characters before a figure read for a ranking's "followed by X with". */
const FOLLOWER_REACH = 120;

function followerWith(before: string): string | null {
  const name = FOLLOWER_WITH.exec(before)?.groups!.name!;
  if (!name || NOT_NAME_WORDS.has(name.toLowerCase()) || NOT_A_NAME_ALONE.has(name.toLowerCase())) return null;
  return name;
}

/** "led with a", "topped the list with": a ranking's leader told with its own round. */
const LED_WITH = /\b(?:led|leads|topped|tops|headed)(?: the (?:list|chart|pack|table|rankings?))? with (?:a |an )?$/i;

/** "led the list/chart/pack/table/rankings", "tops the list": a ranking, not an investment. */
const RANKING_LEAD = /^\s*(?:\w+\s+)?(?:led|leads|tops|topped|headed|heads)\s+(?:the|this|our)\s+(?:list|chart|pack|table|rankings?|leaderboard|tally)\b/i;

/**
 * A name's predicate that makes it a backer: the copula and a role noun of investing ("was the lead investor in", "is one of the
 * backers of", "est l'investisseur principal de", "était l'un des actionnaires de"). The name is then an investor of the sentence's
 * round, never its raiser. A bounded run right after the name: linear.
 */
const INVESTOR_ROLE_PREDICATE = /^\s*(?:,\s*)?(?:was|is|were|are|has been|had been|est|était|sont|étaient|a été|avait été)\s+(?:(?:the|a|an|one of the|among the|le|la|l[’']|un|une|l[’']un des|parmi les)\s*)?(?:(?:lead|main|largest|biggest|principal|anchor|sole|only|early|first|seed)\s+)?(?:investors?|backers?|shareholders?|investisseurs?|actionnaires?|bailleurs?)(?![\p{L}’'])/iu;

/** Whether `name` is the subject of an investing verb in this sentence ("Ant Financial joined a $460M round"). */
export function isInvestorHere(masked: string, name: string): boolean {
  const at = masked.indexOf(name);
  if (at < 0) return false;
  const after = masked.slice(at + name.length);
  // "Northern Arc led the list with $80 million": leading a ranking is not leading a round.
  if (RANKING_LEAD.test(after)) return false;
  // "Baidu said to lead $140m round in …": a headline's investor, not the company.
  if (/^\s*(?:\w+\s+){0,2}(?:joined|led|leads|co-led|participated|invested|backed|took part)\b|^\s*(?:is |are )?(?:said|set|poised|expected|tipped|reported|in talks) to (?:co-)?(?:lead|back|invest|join)\b/i.test(after)) return true;
  // "Tencent was the lead investor in the Series F round", "Kiplo est l'un des investisseurs de …": a name told as an investor.
  if (INVESTOR_ROLE_PREDICATE.test(after)) return true;
  // "Definvest, qui est géré par …, et Alliance Ventures, le fonds de …, ont participé à": the subject of a verb of taking part,
  // past its appositives and a coordinated co-subject.
  return PARTICIPANT_SUBJECT_AFTER.test(after);
}

/**
 * After a name, the clause that makes it a participant of a round: up to one appositive set off by commas, one coordinated
 * co-subject ("et Y", "and Y", with its own appositive), then a verb of taking part (LEX_PARTICIPATION_VERBS) whose object,
 * before the clause ends, is a round: a masked figure (§) or a round noun (LEX_ROUND_NOUNS). "Tilvo joined the Techstars
 * accelerator", "Tilvo invested heavily in research", "Tilvo participe au programme French Tech 120" take part in no round:
 * the company stays the raiser (review of round 27, F1). Bounded runs with no stop or semicolon inside: linear.
 */
export const PARTICIPANT_SUBJECT_AFTER = new RegExp(String.raw`^(?:\s*,[^,;.§]{1,100},)?(?:\s+(?:et|and)\s+[^,;.§]{1,50}?(?:\s*,[^,;.§]{1,100},)?)?\s+(?:(?:also|aussi|également|have|has|had|all)\s+)?${lexAlt([...LEX_PARTICIPATION_VERBS_EN, ...LEX_PARTICIPATION_VERBS_FR])}(?![\p{L}])(?=[^.;!?§]{0,80}?(?:§|(?<![\p{L}])${lexAlt(LEX_ROUND_NOUNS)}(?![\p{L}])))`, 'iu');
