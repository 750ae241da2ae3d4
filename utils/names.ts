/**
 * Proper names in running text: runs of capitalised words ("SenseTime Group
 * Ltd", "Fidelity Management & Research Company", "La Poste Ventures"),
 * with the small connectors names carry ("of", "for", "de", "&").
 * Shared by the company finder and the investor reader.
 */

import { LEX_MONTHS_EN, LEX_MONTHS_FR, LEX_WEEKDAYS_EN, LEX_WEEKDAYS_FR } from './funding-lexicon';
import { LOST_APOSTROPHE_LEAD } from './artifacts/mojibake';

export interface NameRun {
  text: string;
  start: number;
  end: number;
}

/**
 * One word of a name: capitalised or a digit-led brand ("50 Partners",
 * "7Learnings"), or camel-case with a lower-case start ("inFeedo", "eBay").
 * Inner dots and hyphens stay ("Parse.ly", "In-Q-Tel", "High-Tech"), and an inner
 * ampersand or slash before a capital ("M&G", "AT&T", "A/O Proptech").
 */
const NAME_WORD = /(?:[\p{Lu}\p{N}][\p{L}\p{N}]*|\p{Ll}+\p{Lu}[\p{L}\p{N}]*)(?:[.\-+][\p{L}\p{N}]+|['’](?!s\b)[\p{L}\p{N}]+|[&/]\p{Lu}[\p{L}\p{N}]*)*/uy;
/** Small words allowed inside a name when another capitalised word follows. */
const CONNECTORS = new Set(['of', 'for', 'de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'y', '&', 'and']);
/** Connectors that only join inside a name, never start or end one. "and" only inside "Research and Development"-like names is too risky for lists. */
const LIST_SAFE_CONNECTORS = new Set([...CONNECTORS].filter((c) => c !== 'and'));

/**
 * The one role lexicon: job titles and investor-firm roles, as RegExp source
 * fragments (plain alternatives, no capture groups), by family. The readers
 * build their role patterns from these families, so a title added here is
 * known to every pattern that reads that family (one list, not one per regex).
 */
export const ROLE_FAMILIES = {
  /** Executive titles, abbreviated (the C-suite): "CEO Jane Doe", "its CFO". */
  cSuite: ['CEO', 'CTO', 'COO', 'CFO'],
  /** Executive titles spelled out, and the board's head (English). */
  executiveEn: ['chief executive(?: officer)?', 'chairman', 'chairwoman', 'president'],
  /** Founders (English): "co-founder", "cofounder", "founder". */
  founderEn: ['(?:co-?)?founder', 'cofounder'],
  /** Management titles (English) below or beside the C-suite. */
  managerEn: ['managing director', 'director', 'head', 'chair'],
  /** Investor-firm roles (English): the people of a VC firm ("a partner at X", "principal at Y"). */
  investorFirmEn: ['partner', 'principal', 'associate', 'investor'],
  /** Executive titles (French): "le PDG", "la présidente", "directrice générale". */
  executiveFr: ['PDG', 'président', 'présidente', 'directeur général', 'directrice générale'],
  /** Founders (French), with and without the hyphen. */
  founderFr: ['fondateur', 'fondatrice', 'cofondateur', 'cofondatrice', 'co-fondateur', 'co-fondatrice'],
  /** Investor-firm roles (French): "associée chez X", "directeur de Y". */
  investorFirmFr: ['associé', 'associée', 'directeur', 'directrice'],
  /**
   * Other job titles that, before a person's name, tell who an angel is ("growth lead Jane Moreau", "Initech’s ex-SVP of engineering
   * Paul Okafor", "staff engineer Sam Reyes", "l’ancien patron de Hooli Paul Okafor"), with the firm role "partner".
   */
  staffTitles: ['partner', 'lead', 'engineer', 'SVP', 'EVP', 'VP', 'patron(?:ne)?'],
  /** People who speak for an organisation (English and French). */
  spokesperson: ['spokesman', 'spokeswoman', 'spokesperson', 'porte-parole'],
} as const satisfies Record<string, readonly string[]>;

/**
 * Last words of a firm's or an institution's name, never of a person's ("Transformation Capital", "Royal Bank", "Caisse", "Acme
 * Therapeutics"): a two-word run ending on one of them is an organisation, not a first and last name.
 */
export const ORG_LAST_WORDS = [
  'Bank', 'Fund', 'Funds', 'University', 'Institute', 'Council', 'Government', 'Ministry', 'Trust', 'Society', 'Association', 'Foundation',
  'State', 'City', 'Department', 'Office', 'School', 'College', 'Board', 'Chamber', 'Agency', 'Authority', 'Banque', 'Caisse', 'Fonds',
  'Capital', 'Ventures', 'Venture', 'Partners', 'Group', 'Management', 'Investments?', 'Investissement', 'Holdings', 'Republic',
  'Commonwealth', 'Church', 'Museum', 'Bureau', 'Centre', 'Center', 'Labs', 'Equity', 'Angels', 'Global', 'Technologies', 'Systems', 'Inc',
  'Ltd', 'Corp', 'Media', 'Health', 'Bio', 'Therapeutics',
] as const;

/**
 * INVESTOR_FIRM_WORDS: the last words of an investment firm's name, a closed class ("Trinity Ventures", "Orbis Capital", "Kestrel
 * Partners", "Acme Growth Equity"), narrower than ORG_LAST_WORDS (no university, company or agency). Regex fragments: investors.ts
 * builds its firm-word tests from this list plus each test's own extras, instead of retyping it.
 */
export const INVESTOR_FIRM_WORDS = ['Capital', 'Ventures', 'Partners', 'Funds?', 'Investments?', 'Holdings', 'Equity', 'Management'] as const;

/** Qualifiers before an investor-firm role: "general partner", "managing director", "founding partner". */
export const ROLE_QUALIFIERS = ['general', 'managing', 'founding', 'venture', 'senior'] as const;

/** The alternation (without a group) of every fragment of the given role families, in order. */
export function roleAlternation(...families: readonly (readonly string[])[]): string {
  return families.flat().join('|');
}

/**
 * KIN_NOUNS: the family nouns, a closed class (EN, FR). A name introduced by one ("with his sister X", "avec sa sœur X", "the
 * son of X") is a relative, not a firm: read by investors.ts (a co-lead's partner, a firm described by its people).
 */
export const KIN_NOUNS = [
  'son', 'daughter', 'brother', 'sister', 'wife', 'husband', 'father', 'mother', 'nephew', 'niece', 'widow', 'cousin',
  'fils', 'fille', 'frère', 'sœur', 'soeur', 'épouse', 'époux', 'mari', 'femme', 'père', 'mère', 'neveu', 'nièce', 'veuve',
] as const;

/** Capitalised words that are not names on their own (sentence openers, days, months, round words…). */
export const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'as', 'it', 'its', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'we', 'our', 'their',
  'his', 'her', 'i', 'and', 'but', 'or', 'for', 'with', 'from', 'by', 'to', 'of', 'after', 'before', 'since', 'while', 'when',
  'other', 'others', 'also', 'both', 'all', 'some', 'last', 'earlier', 'later', 'today', 'yesterday', 'now', 'new', 'existing',
  ...LEX_WEEKDAYS_EN, ...LEX_MONTHS_EN,
  'series', 'seed', 'round', 'funding', 'investors', 'investor', 'headquarters', ...ROLE_FAMILIES.cSuite.map((t) => t.toLowerCase()), 'founder', 'co-founder',
  'le', 'la', 'les', 'l', 'un', 'une', 'en', 'il', 'elle', 'ils', 'elles', 'cette', 'ce', 'ces', 'son', 'sa', 'ses', 'leur', 'parmi',
  'depuis', 'avec', 'pour', 'par', 'dans', 'sur', 'déjà', 'après', 'avant', 'série', ...LEX_MONTHS_FR, ...LEX_WEEKDAYS_FR,
  'related', 'read', 'more', 'funding', 'here', 'there', 'what', 'who', 'which', 'how', 'why', 'according', 'founded', 'launched',
  'ipo', 'arr', 'saas', 'b2b', 'ceo', 'cfo', 'here’s', "here's", 'what’s', "it's", 'it’s', "c'est", 'c’est', "c'était", 'c’était',
  'mr', 'mrs', 'ms', 'dr', 'us', 'u.s', 'uk', 'eu', 'ai',
  // Fronted prepositions and connectors: "Besides Accel, …", "Despite Kestrel's exit, …", "Résultat, c'est X qui …".
  'besides', 'despite', 'amid', 'résultat', 'outre',
]);

/** A date, not a name: "July 2021", "March 15", "janvier 2024" (a month or a day opening a run). */
export const DATE_RUN = new RegExp(String.raw`^(?:${[...LEX_MONTHS_EN, ...LEX_MONTHS_FR, ...LEX_WEEKDAYS_EN, ...LEX_WEEKDAYS_FR].join('|')})(?:\s+\p{N}|$)`, 'iu');

/**
 * Words that are not a name when they stand alone (a whole run), though they
 * may open or sit inside one ("Ten Eleven Ventures", "Type One Energy",
 * "Indeed Inc"): sentence-opening adverbs and connectors ("Aujourd’hui, la
 * société annonce…", "Meanwhile, …") and number words ("Deux semaines après…").
 */
export const NOT_A_NAME_ALONE = new Set([
  'however', 'meanwhile', 'moreover', 'furthermore', 'additionally', 'separately', 'finally', 'instead', 'overall', 'notably',
  'similarly', 'likewise', 'still', 'yet', 'then', 'thus', 'so', 'indeed', 'currently', 'recently', 'previously', 'together',
  // Session 21 review: the other sentence adverbs of place and concession a roundup opens an item with ("Elsewhere, … $1.8B
  // investment from Ford", 968; "Ailleurs, …", "Néanmoins, …").
  'elsewhere', 'nevertheless', 'nonetheless', 'otherwise', 'besides', 'ailleurs', 'néanmoins',
  'aujourd’hui', "aujourd'hui", 'hier', 'demain', 'enfin', 'cependant', 'toutefois', 'pourtant', 'ainsi', 'désormais', 'ensuite',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'deux', 'trois', 'quatre', 'cinq', 'sept', 'huit', 'neuf', 'dix',
  // Fronted French adverbs and prepositions: "Derrière, on trouve …", "Ça bouge côté …", "Au contraire des gros tickets …".
  // "led by X, along with participation from Y": the participation cue takes "with", leaving "along" alone before it (850).
  'along', 'alongside', 'among', 'amongst', 'derrière', 'devant', 'ça', 'au', 'aux', 'côté', 'outre', 'là', 'ici', 'pendant', 'chez', 'comme', 'contrairement', 'surtout', 'autre', 'autres', 'parallèlement',
  // Sector nouns a roundup opens a paragraph with ("Les GreenTech …", "La Martech lyonnaise Dawex", "Neurotechnology …"): a field, not a company.
  'fintech', 'fintechs', 'medtech', 'medtechs', 'martech', 'greentech', 'greentechs', 'edtech', 'healthtech', 'proptech', 'insurtech', 'foodtech', 'agritech', 'biotech', 'biotechs', 'cleantech', 'deeptech', 'legaltech', 'regtech', 'neurotechnology', 'biotechnology', 'healthcare', 'mobile', 'digital', 'late-stage', 'early-stage', 'growth-stage',
  // Imperatives opening a sentence ("Remember, GM invested § in Lyft", "Rappelons que …"): a verb, not a name.
  'remember', 'recall', 'note', 'consider', 'imagine', 'look', 'think', 'see', 'rappelons', 'rappel', 'notons', 'imaginez', 'souvenez-vous',
  'sans', 'selon', 'et', 'mais', 'or', 'puis', 'alors', 'notamment', 'd’ailleurs', "d'ailleurs", 'par ailleurs', 'en effet', 'donc', 'aussi', 'également', 'actuellement',
]);

/** Every maximal name run in `text`, left to right. */
export function findNameRuns(text: string, options: { allowAnd?: boolean } = {}): NameRun[] {
  const connectors = options.allowAnd ? CONNECTORS : LIST_SAFE_CONNECTORS;
  const runs: NameRun[] = [];
  let i = 0;
  while (i < text.length) {
    const word = wordAt(text, i);
    if (!word || !isWordStart(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let end = i + word.length;
    // Extend over "space word" and "space connector space word".
    for (;;) {
      const next = extendAt(text, end, connectors);
      if (next === null) break;
      end = next;
    }
    // DOTTED_CODE_OPENING: "U.S. Venture Partners", "U.K. Export Finance": the period closing a dotted country code is no end of
    // the name when the run after it names a firm (opensFirmName: capitalised words ending on a firm's word). "the U.S. market",
    // "in the U.S. Kestrel raised" keep it apart. The run after it is read once, from the period on: linear.
    if (end === i + word.length && DOTTED_CODE_WORD.test(word) && text.startsWith('. ', end)) {
      let after = end + 2;
      const first = wordAt(text, after);
      if (first && isWordStart(text, after)) {
        after += first.length;
        for (let next = extendAt(text, after, connectors); next !== null; next = extendAt(text, after, connectors)) after = next;
        if (opensFirmName(word + '.', text.slice(end + 2, after))) end = after;
      }
    }
    const run = withoutMojibakePossessive(text, trimRun(text, start, end));
    // "Crédit Agricole Alpes Développement (C2AD)": the abbreviation in brackets after its full name restates it, no second name.
    const previous = runs[runs.length - 1];
    if (!(previous && text[start - 1] === '(' && text[end] === ')' && /^\s*\($/.test(text.slice(previous.end, start)) && abbreviates(run.text, previous.text))) runs.push(run);
    i = end;
  }
  return runs.filter((r) => r.text.length > 0);
}

function isWordStart(text: string, i: number): boolean {
  if (i === 0) return true;
  // "le cas d’Azur Drones", "auprès d’Innovacom": an elided lower-case "d’" (of) is never part of the name after it.
  if (i >= 2 && /['’]/.test(text[i - 1]!) && text[i - 2] === 'd' && (i === 2 || !/[\p{L}\p{N}]/u.test(text[i - 3]!))) return true;
  return !/[\p{L}\p{N}.\-'’]/u.test(text[i - 1]!);
}

function wordAt(text: string, i: number): string | null {
  NAME_WORD.lastIndex = i;
  const m = NAME_WORD.exec(text);
  return m ? m[0] : null;
}

/** The end of the run extended by one word (or connector + word), or null. */
function extendAt(text: string, end: number, connectors: Set<string>): number | null {
  // A possessive ends the name: "Alibaba’s financial arm"; a plural one
  // continues it: "Ontario Teachers’ Pension Plan".
  if (/^['’]s\b/.test(text.slice(end, end + 3))) return null;
  if (/^['’] \p{Lu}/u.test(text.slice(end, end + 3)) && text[end - 1] === 's') end += 1;
  // "Engie Rassembleurs d’Énergies", "Caisse d’Epargne": an elided "d’" glued to the next capitalised word.
  const elided = /^ d[’'](?=\p{Lu})/u.exec(text.slice(end, end + 4));
  if (elided) {
    const w = wordAt(text, end + elided[0].length);
    if (w && !NOT_NAME_WORDS.has(w.toLowerCase())) return end + elided[0].length + w.length;
  }
  // "Team for the Planet", "Bank of the West": "of the"/"for the" inside a name, before a capitalised name word.
  const ofThe = /^ (?:of|for) the (?=\p{Lu})/u.exec(text.slice(end, end + 12));
  if (ofThe && connectors.has('of')) {
    const w = wordAt(text, end + ofThe[0].length);
    if (w && !NOT_NAME_WORDS.has(w.toLowerCase()) && !/^(?:Series|Seed|Round|Year|Week|Month|Quarter|First|Second|Third|Company|Firm|Startup|Fund)$/.test(w)) return end + ofThe[0].length + w.length;
  }
  // "Johnson& Johnson", "Marks &Spencer": an ampersand that lost one of its spaces still joins the name.
  const gluedAmp = /^(?:& | &)(?=[\p{Lu}\p{N}])/u.exec(text.slice(end, end + 3));
  if (gluedAmp && connectors.has('&')) {
    const w = wordAt(text, end + gluedAmp[0].length);
    if (w) return end + gluedAmp[0].length + w.length;
  }
  const gap = /^ (?:(?<conn>[\p{Ll}&]+) )?/u.exec(text.slice(end, end + 12));
  if (!gap || gap[0].length === 0) return null;
  const conn = gap.groups?.conn;
  if (conn && !connectors.has(conn) && !joinsFirmName(text, end, conn, end + gap[0].length)) return null;
  const at = end + gap[0].length;
  const word = wordAt(text, at);
  if (!word) return null;
  // A single capital closing a name ("Project A", "Vision A") before a break or a list's "and".
  if (!conn && /^\p{Lu}$/u.test(word) && /^(?:[,;.)]|\s+(?:and|et)\s|$)/u.test(text.slice(at + 1, at + 6)) && !/^(?:Series|Série|Serie|Class|Type|Tier|Grade|Plan)$/i.test(text.slice(0, end).split(/\s/).pop() ?? '')) return at + 1;
  // "Ping An Global Voyager Fund", "led by Ping An.": a capitalised "An" after a name word and before another name word
  // or a break is a syllable of the name; the article is followed by a lower-case word.
  if (!conn && word === 'An' && (/^(?:[,.;:)]|$)/.test(text.slice(at + 2, at + 3)) || (/^ [\p{Lu}\p{N}]/u.test(text.slice(at + 2, at + 4)) && !NOT_NAME_WORDS.has((wordAt(text, at + 3) ?? '').toLowerCase())))) return at + word.length;
  // "First Round Capital", "Seed Fund Partners": a round word followed by a firm's word is a syllable of the firm's name, not the round.
  if (!conn && roundWordOpensFirmName(word, text.slice(at + word.length, at + word.length + 60))) return at + word.length;
  // Acronyms continue a name ("Liquid AI", "Mantis VC"); opener words do not.
  if (!conn && NOT_NAME_WORDS.has(word.toLowerCase()) && !/^(?:Series|Group|Capital|Seed|Angels?|Ventures?|Partners|Investors?)$/.test(word) && !/^\p{Lu}{2,}$/u.test(word)) return null;
  return at + word.length;
}

/** Round words that also open or fill firms' names ("First Round Capital", "Seed Capital", "Series Fund", "Série Capital"). */
const ROUND_WORD_IN_NAME = /^(?:Round|Seed|Series|Série|Serie|Funding|Amorçage)$/u;
/** A firm's word right after (space first), perhaps past one or two other name words ("Round Hill Capital"; never a round's letter): the run goes on through the round word. */
const FIRM_WORD_NEXT = /^ (?:\p{Lu}[\p{Ll}\p{N}’'-]+ ){0,2}(?:Capital|Ventures?|Partners|Partenaires|Funds?|Fonds|Equity|Holdings|Investments?|Invest|Investissements?|Management|Gestion|Group|Groupe|Advisors|Advisers|Associates|Finance|Participations)(?![\p{L}\p{N}])/u;

/** Whether the round word `word` opens a firm's name, `rest` (the text right after it, space first) going on to a firm's word: "Seed Capital", "First Round Capital". */
export function roundWordOpensFirmName(word: string, rest: string): boolean {
  return ROUND_WORD_IN_NAME.test(word) && FIRM_WORD_NEXT.test(rest);
}

/**
 * A descriptor that a firm's name joins with "and"/"et" to the next one:
 * "Absa Corporate and Investment Banking", "Acme Research and Development
 * Fund", "Caisse des Dépôts et Consignations". Left of the connector a
 * business-domain word (never a name or a firm's last word, so "Tencent and
 * Sequoia Capital" stays two names); right of it capitalised words ending on
 * an organisation's word.
 */
const AND_LEFT_DESCRIPTOR = /^(?:Corporate|Commercial|Investment|Retail|Private|Wealth|Asset|Research|Trade|Science|Technology|Industry|Industrial|Innovation|Development|Mergers|Savings|Loan|Markets|Banking|Insurance|Arts|Health|Education|Energy|Infrastructure|Dépôts|Recherche|Commerce|Industrie|Investissement|Développement|Participations|Gestion|Épargne|Prévoyance)$/u;
/** The rest of a firm's name after "and"/"et": up to three capitalised words, the last an organisation's word. */
const AND_RIGHT_FIRM = /^(?:\p{Lu}[\p{L}\p{N}’'-]*\s){0,2}(?:Banking|Bank|Investments?|Development|Management|Council|Agency|Authority|Board|Corporation|Company|Fund|Funds|Capital|Partners|Institute|Foundation|Acquisitions|Markets|Finance|Trust|Consignations|Développement|Investissement|Participations|Banque|Fonds|Gestion|Prévoyance|Innovation|Industrie|Capital)(?![\p{L}\p{N}])/u;

/** Whether "and"/"et" at `end` joins two halves of one firm's name rather than two names. */
function joinsFirmName(text: string, end: number, conn: string, at: number): boolean {
  if (conn !== 'and' && conn !== 'et') return false;
  const last = /[\p{L}\p{N}’'-]+$/u.exec(text.slice(Math.max(0, end - 40), end));
  return !!last && AND_LEFT_DESCRIPTOR.test(last[0]) && AND_RIGHT_FIRM.test(text.slice(at, at + 90));
}

/** A dotted country code as NAME_WORD reads it, without its closing period: "U.S", "U.K", "E.U". */
const DOTTED_CODE_WORD = /^(?:U\.S|U\.K|E\.U)$/;
/**
 * A country code written in capitals: "US", "UK", "EU" (not the pronoun "Us"), or dotted ("U.S.", "U.K.", "E.U."): the dotted
 * form opens firms' names as the plain one does ("U.S. Venture Partners", "U.K. Export Finance"); whether a firm follows is
 * FIRM_AFTER_CODE's to say.
 */
const COUNTRY_CODE = /^(?:US|UK|EU|U\.S\.|U\.K\.|E\.U\.)$/;
/** The rest of a run that names a firm: capitalised words ending on a firm's word ("Boston Capital", "Venture Partners", "Export Finance"). */
const FIRM_AFTER_CODE = /^(?:\p{Lu}[\p{L}\p{N}.&’'-]*\s+){0,3}(?:Capital|Ventures?|Partners|Bank|Bancorp|Fund|Funds|Investments?|Holdings|Equity|Finance|Trust|Securities|Angels)$/u;
/**
 * DOTTED_CODE_THEN_FIRM (a lookahead's source, for readers that cut a list at ". "): right after a dotted country code's period,
 * the space and a firm's name as FIRM_AFTER_CODE reads it ("U.S. Venture Partners"): the period is the code's, no sentence end.
 * Used as "(?<=…(?:U\.S|U\.K|E\.U)\.)\s" + this; bounded (three words): linear.
 */
export const DOTTED_CODE_THEN_FIRM = String.raw`(?<=(?<![\p{L}.])(?:U\.S|U\.K|E\.U)\.\s)(?:\p{Lu}[\p{L}\p{N}&’'-]*\s+){0,3}(?:Capital|Ventures?|Partners|Bank|Bancorp|Fund|Funds|Investments?|Holdings|Equity|Finance|Trust|Securities|Angels)(?![\p{L}\p{N}])`;

/** Whether `word` is a country code opening the firm's name `rest` ("US" + "Boston Capital"). */
export function opensFirmName(word: string, rest: string): boolean {
  // A firm's name is a few words: a longer rest is no such name (and a bounded test keeps a run of codes linear).
  return COUNTRY_CODE.test(word) && rest.length <= 120 && FIRM_AFTER_CODE.test(rest);
}

/**
 * MOJIBAKE_POSSESSIVE: a possessive whose apostrophe the scrape mis-decoded, glued to the name: "MedGenomeâs Series C" (the
 * UTF-8 bytes of "’" read as Latin-1, the two control characters then dropped, leaving a lone "â"), "Kiploâ€™s round" (read
 * as Windows-1252: the run finder stops at "€", leaving "Kiploâ"). The name is the run without them, as "Kiplo’s" is "Kiplo".
 * Only after two letters, and a lone "â" only before a possessive's or contraction's tail closing the word ("s", "t", "ll") or
 * before the rest of the broken quote ("€™", "\u0080\u0099"): names do not end that way (the artifacts reader flags the same
 * bytes as mojibake). One unanchored search: linear.
 * The run finder joins the words after it ("MedGenomeâs Series C"): the run is cut at the first such possessive, as a
 * real "’" stops it. Applied where runs are built (findNameRuns), so every name reader gets it (review A6: funding's leadingName read
 * 'MedGenomeâs' on 792); exported as the one pattern for this byte loss (review B5). The possessive is the artifacts reader's
 * own LOST_APOSTROPHE_LEAD (mojibake.ts: "â" before a contraction's or possessive's tail), so the two read the loss one way.
 */
export const MOJIBAKE_POSSESSIVE = new RegExp(String.raw`(?<=\p{L}{2})(?:${LOST_APOSTROPHE_LEAD}|â$)`, 'u');
/** The rest of a mis-decoded "’" after its "â": Windows-1252's "€™", or the Latin-1 control characters. */
const MOJIBAKE_QUOTE_REST = /^(?:€™|\u0080\u0099)/u;

export function withoutMojibakePossessive(text: string, r: NameRun): NameRun {
  const m = MOJIBAKE_POSSESSIVE.exec(r.text);
  if (!m) return r;
  // The lone "â" matches only at the run's end ("$"). "Kiploâ" alone is a name cut at a broken quote only when that quote's rest follows; "MedGenomeâs" carries its own "s".
  if (m.index === r.text.length - 1 && !MOJIBAKE_QUOTE_REST.test(text.slice(r.end, r.end + 2))) return r;
  return { text: r.text.slice(0, m.index), start: r.start, end: r.start + m.index };
}

/** Drop opener words ("The", "In") from the front of a run. */
function trimRun(text: string, start: number, end: number): NameRun {
  let s = start;
  for (;;) {
    const m = /^([\p{L}.’']+) /u.exec(text.slice(s, end));
    if (!m || !NOT_NAME_WORDS.has(m[1]!.toLowerCase())) break;
    // "Seed Capital", "Series Fund": a round word opening a firm's name is its first word.
    if (roundWordOpensFirmName(m[1]!, text.slice(s + m[0].length - 1, Math.min(end, s + m[0].length + 60)))) break;
    // "US Boston Capital", "UK Export Finance": a country code in capitals opening capitalised words that end on a firm's word is
    // part of the name ("US fintech LevelUp", "the US market" keep dropping it: a lower-case word follows).
    if (COUNTRY_CODE.test(m[1]!) && opensFirmName(m[1]!, text.slice(s + m[0].length, Math.min(end, s + m[0].length + 121)))) break;
    // "New Enterprise Associates", "New York": "New" before a capitalised name word is part of the name.
    if (m[1] === 'New' && /^\p{Lu}/u.test(text.slice(s + m[0].length, end)) && !NOT_NAME_WORDS.has(text.slice(s + m[0].length, end).split(/\s/)[0]!.toLowerCase())) break;
    s += m[0].length;
    // "Series C for Shipfast": the round's letter (and a connector after it) is not part of a name.
    if (/^(?:series|série|serie)$/i.test(m[1]!)) {
      const letter = /^\p{Lu}\d?\+?(?:$| (?:(?:for|of|de|du|des|and|&) )?)/u.exec(text.slice(s, end));
      if (letter) s += letter[0].length;
      if (s >= end) return { text: '', start: end, end };
    }
  }
  let e = end;
  const sliced = text.slice(s, e);
  if (NOT_NAME_WORDS.has(sliced.toLowerCase())) return { text: '', start: s, end: s };
  return { text: text.slice(s, e), start: s, end: e };
}

/**
 * A company's legal form set off by a comma after its name, in the style of a press release: "Tekla Capital Management, LLC",
 * "Kestrel Holdings, Inc.", "Orion Ventures, L.P.". It belongs to the name before it, never an item of its own in a list. Capitalised
 * forms only (case-sensitive), each closed by a space, a punctuation mark or the end, never by a capitalised word: "Tiger Global, AG
 * Dillon and Coatue" lists AG Dillon (a period before one is a sentence's end: "Kestrel Holdings, Inc. The company").
 */
export const COMMA_LEGAL_FORM = /,\s*(?:Inc|Incorporated|Ltd|Limited|LLC|L\.L\.C|LLP|L\.P|LP|plc|PLC|GmbH|AG|S\.A|N\.V|B\.V)(?:\.(?=\s|$)|(?=[\s,;)]|$)(?!\s+\p{Lu}))/gu;

/** Legal and generic suffixes ignored when comparing names. */
const LEGAL_SUFFIX = /(?:\s+|,\s*)(?:inc|incorporated|ltd|limited|llc|llp|lp|plc|corp|corporation|co|company|gmbh|ag|sa|sas|bv|nv|pvt|private|holdings?|group)\.?$/i;

/**
 * A key for "same entity": case, punctuation, a leading "the" and legal
 * suffixes ignored ("Alibaba Group Holding Ltd" ≈ "Alibaba").
 */
/** `text` as a literal inside a RegExp: every pattern character escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function nameKey(name: string): string {
  const cached = NAME_KEYS.get(name);
  if (cached !== undefined) return cached;
  const key = computeNameKey(name);
  // Bounded: a memo for the pairwise name comparisons of one article, not a store.
  if (NAME_KEYS.size >= NAME_KEY_CACHE_LIMIT) NAME_KEYS.clear();
  NAME_KEYS.set(name, key);
  return key;
}

/**
 * Deals and investors are merged by comparing names pairwise, so the same
 * name is keyed many times over; on a long roundup that dominated the
 * funding reader's time. The key depends on the name alone, so a memo is safe.
 */
const NAME_KEYS = new Map<string, string>();
const NAME_KEY_CACHE_LIMIT = 4096;

function computeNameKey(name: string): string {
  let s = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']s\b/g, '');
  s = s.replace(/^(?:the|le|la|les)\s+/, '');
  for (let k = 0; k < 4; k++) {
    const t = s.replace(LEGAL_SUFFIX, '');
    if (t === s || t.length === 0) break;
    s = t;
  }
  return s.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether `short` names the same entity as `full` ("Alibaba" in "Alibaba Group Holding Ltd"). */
/** What sameEntity compares of a name; a caller comparing many pairs works it out once per name. */
export interface NameForm {
  key: string;
  /** Lower-case words. */
  words: string[];
}

export function nameForm(name: string): NameForm {
  return { key: nameKey(name), words: name.toLowerCase().split(/\s+/) };
}

export function sameEntity(a: string, b: string, formOf: (name: string) => NameForm = nameForm): boolean {
  const fa = formOf(a);
  const fb = formOf(b);
  if (fa.key.length === 0 || fb.key.length === 0) return false;
  if (fa.key === fb.key) return true;
  const [sw, lw] = a.length <= b.length ? [fa.words, fb.words] : [fb.words, fa.words];
  // A prefix of whole words: "Alibaba" / "Alibaba Group Holding Ltd", "Inertia" / "Inertia Enterprises".
  if (sw.length < lw.length && sw.every((w, i) => w === lw[i]) && sw.join('').length >= 3) return true;
  // A suffix of two or more whole words after a place or a qualifier: "Jinying Technology" / "Beijing Jinying Technology".
  // Not when the suffix opens with a generic word ("Global Ventures" is not "Tiger Global Ventures").
  const offset = lw.length - sw.length;
  if (sw.length >= 2 && offset > 0 && sw.every((w, i) => w === lw[offset + i]) && !GENERIC_NAME_WORD.test(sw[0]!)) return true;
  // An abbreviation of the full name: "C2AD" / "Crédit Agricole Alpes Développement", "IBM" / "International Business Machines".
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return abbreviates(short, long);
}

/** A capitals-and-digits word of 2 to 8 characters: "IBM", "C2AD", "BPI". */
const ABBREVIATION = /^(?=[\p{Lu}\p{N}]{2,8}$)\p{Lu}[\p{Lu}\p{N}]*$/u;
/** Small words an abbreviation may skip: "Bank of America" is "BofA" or "BA", "Caisse des Dépôts" is "CD". */
const ABBREVIATION_SKIPPED = /^(?:of|for|the|and|&|de|du|des|la|le|les|et|d|l)$/i;

/**
 * Whether `short` is the initials of `long`'s words, a digit standing for
 * the letter after it said that many times ("C2AD" = C·A·A·D), with or
 * without the small connectors. Three initials at least: two letters match
 * too many unrelated names.
 */
export function abbreviates(short: string, long: string): boolean {
  if (!ABBREVIATION.test(short) || long.length > 160) return false;
  const letters = short.replace(/(\p{N})(\p{Lu})/gu, (_, n: string, l: string) => l.repeat(Math.min(Number(n), 4)));
  if (letters.length < 3 || /\p{N}/u.test(letters)) return false;
  const words = long.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[\s\-’']+/).filter((w) => w.length > 0);
  if (words.length < 3 || !words.every((w) => /^[\p{L}\p{N}&.]+$/u.test(w))) return false;
  const initials = (ws: string[]) => ws.map((w) => w[0]!.toUpperCase()).join('');
  const plain = letters.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return initials(words) === plain || initials(words.filter((w) => !ABBREVIATION_SKIPPED.test(w))) === plain;
}

/** Words that open many unrelated names: a suffix starting with one says nothing about identity. */
const GENERIC_NAME_WORD = /^(?:capital|ventures?|partners|global|group|technolog(?:y|ies)|holdings?|funds?|investments?|bank|asia|china|india|europe|international|management|equity|growth|venture|digital|health|labs?|systems|solutions|financial|services|the|new|first)$/;
