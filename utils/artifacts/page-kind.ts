/**
 * What kind of page a text was scraped from, read once from its structure:
 *
 * - `article`: one story (the default: every detector's usual reading);
 * - `listing`: several stories, each a card (a headline, then a teaser of a paragraph or two, maybe a time
 *   line), as tag, topic, news-app and aggregator pages print them. On a listing, every card after the first
 *   is another story: a merged story, not a subhead of the first;
 * - `archive`: a blog or category archive (its heading says so at the top: "Category Archives: …",
 *   "Showing posts with the label …"), whose posts follow one another;
 * - `print`: a print replica or a flattened front page: column lines cut anywhere, many ending on a
 *   line-break hyphen or opening in lower case, or (flattened into a paragraph or two) a masthead's print cues
 *   (volume and issue, cover price, date in capitals, dot-leader index, page references). A line that stops
 *   mid-word there is the column's end, not a truncated sentence.
 *
 * API (stable; other detectors consult it): `pageKindOf(doc)` returns `{ kind, stories }`, where `stories`
 * holds the paragraph indexes of the story headlines of a listing or an archive, in order (the first is the
 * first story's own headline; each later one starts another story). It is empty for `article` and `print`.
 * The reading is memoised per document, so asking it from several detectors costs one pass.
 */
import type { ArticleDoc } from './context';
import { keysOf, wordCount } from './context';
import { isFurnitureLine } from './boilerplate';
import { EN_MONTH_ABBREVIATIONS, EN_MONTH_NAMES, FR_MONTH_NAMES, RELATIVE_AGE_SOURCE } from './lexicon';

export type PageKindName = 'article' | 'listing' | 'archive' | 'print';

export interface PageKind {
  kind: PageKindName;
  /** Paragraph indexes of the story headlines (listing, archive), in order; empty otherwise. */
  stories: readonly number[];
}

const PAGE_KIND_MEMO = new WeakMap<ArticleDoc, PageKind>();

/** The page's kind, read once per document. */
export function pageKindOf(doc: ArticleDoc): PageKind {
  let kind = PAGE_KIND_MEMO.get(doc);
  if (!kind) {
    kind = readPageKind(doc);
    PAGE_KIND_MEMO.set(doc, kind);
  }
  return kind;
}

/**
 * The heading of a category, tag or date archive: "Archive | Advice for Startups", "Category Archives: Funding",
 * "Monthly Archives: May 2021", "Posts tagged: fintech", "Showing posts with the label Business", "Archives de
 * la catégorie …", "Articles avec le libellé …"; and the blog template's archive title, one label after "Tag:",
 * "Category:" or "Topic:", maybe with the page's number ("Tag: Acquisition", "Tag: Tribune Publishing Page 1 of 4",
 * "TOPIC: startups", "Category: People & Culture": ecmarchitect 743, dankennedy 726, worldcrunch 179, tun 349). One
 * label only (ARCHIVE_TITLE_LABEL): an article's tag line lists several ("Tags: fintech, funding"), in the plural, and
 * is boilerplate (CONVENTIONS.md §section-labels).
 */
const ARCHIVE_TITLE_LABEL = String.raw`^(?:tag|category|topic|catégorie|thème|étiquette)\s?:\s?[\p{L}\p{N}&'’-]+(?: [\p{L}\p{N}&'’-]+){0,4}(?: page \d{1,3} (?:of|sur) \d{1,4})?$`;
export const ARCHIVE_HEADER = new RegExp(String.raw`^(?:(?:category|tag|monthly|yearly|daily|author|date) )?archives?\b\s*(?:[|:]|for\b|de (?:la )?(?:catégorie|l’auteur|l'auteur))|^posts? (?:tagged|filed under|in category)\b|^showing posts (?:with the label|from|for|tagged)\b|^articles? (?:avec le libellé|classés? dans|de la catégorie)\b|${ARCHIVE_TITLE_LABEL}`, 'iu');
/** The archive heading sits at the very top (after a skip link or two). */
const ARCHIVE_HEADER_ZONE = 4;

/**
 * A digest or roundup says so at the top ("Startup Digest brings you …", "this week's funding roundup", "revue
 * de presse"): its items are one piece by design, so it stays an `article`.
 */
const DIGEST_INTRO = /\b(?:digest|round-?up|wrap|top (?:headlines|stories)|news that matters|in brief|briefing|newsletter|this week in|récap|revue de presse|l['’]essentiel|en bref)\b/iu;
const DIGEST_ZONE = 6;
/**
 * A newsletter's title that lists its items, three or more joined by dashes, bars or slashes ("Rates hold –
 * A bank's new app – Seed fund closes", "Le port rouvre / Une usine ferme / Le budget passe"): the sections below it are that one issue's, not separate posts.
 */
const DIGEST_CONTENTS = /^[^–—|/]{8,90}(?: [–—|/] [^–—|/]{8,90}){2,}$/u;

/** A label line: a heading's few words, not closed by a full stop ("Company news in brief", "L'essentiel du jour"). */
const MAX_DIGEST_LABEL_WORDS = 12;
const CLOSED_SENTENCE = /[.!?]["'”’)]*$/u;
/** A page that names itself opens with its self-introduction: "This is the daily … newsletter", "Welcome to …", "Bienvenue dans …", "Voici …". */
const SELF_INTRODUCTION = /^(?:this is|welcome to|bienvenue (?:dans|sur)|voici)\b/iu;

/** Every word of three letters or more capitalised, after an elided article ("Morning Briefing", "This Week in", "L'Essentiel"): a title's, not a sentence's opening capital alone. */
function titleCased(words: string): boolean {
  return words.replace(/^l['’]/iu, '').split(/[\s-]+/).every((w) => w.length < 3 || /^\p{Lu}/u.test(w));
}

/**
 * The digest word where it stands as the page's label, not in prose ("… while briefing reporters", "… pour aller à
 * l'essentiel, le ministre …", "… told the newsletter"): on a short heading line; in a title's capitals ("Startup
 * Digest: …", "Morning Briefing", "L'Essentiel"); or in the sentence by which the page introduces itself. A sign-up
 * prompt ("Sign up to our newsletter.") ends its sentence, and is read as one.
 */
export function isDigestLabel(p: string): boolean {
  const head = p.slice(0, 400);
  const m = DIGEST_INTRO.exec(head);
  if (!m) return false;
  if (titleCased(m[0])) return true;
  const line = head.split('\n', 1)[0]!;
  if (line.length >= m.index + m[0].length && line.split(/\s+/).length <= MAX_DIGEST_LABEL_WORDS && !CLOSED_SENTENCE.test(line.trim())) return true;
  return SELF_INTRODUCTION.test(head);
}

/**
 * A contents heading, alone on its line: the page names itself an edition's table of contents ("Sommaire", "Au
 * sommaire", "Table des matières", "Contents", "In this issue", "Dans ce numéro"), whose headlines and cut previews are
 * the issue's, one piece by design, as a digest's are. Alone on its line only: "sommaire" in a headline is an
 * adjective ("une exécution sommaire").
 */
const CONTENTS_HEADING = /^(?:(?:au )?sommaire|table des matières|dans ce numéro|(?:table of )?contents|in (?:this|today['’]s) (?:issue|edition|paper))\s*:?$/iu;

/** The first lines say the page is a digest (a label, a self-introduction, a contents heading, or a title listing its items): its items are one piece. */
export function opensAsDigest(ps: readonly string[]): boolean {
  for (let i = 0; i < Math.min(ps.length, DIGEST_ZONE); i++) {
    if (isDigestLabel(ps[i]!) || CONTENTS_HEADING.test(ps[i]!.trim()) || (ps[i]!.length <= 300 && DIGEST_CONTENTS.test(ps[i]!))) return true;
  }
  return false;
}

/** A numbered or bulleted heading ("1. Acme", "• Acme", "#3 —"): a listicle's item, one article's section. */
const LIST_LEAD = /^(?:\d{1,2}[.)]|[-•*–—#]|\(\d{1,2}\))\s?/u;
/** A byline, credit or stamp line has a headline's length but is none ("By …", "Photo: …", "Updated: …", "Publié le …"). */
const NOT_A_HEADLINE = /^(?:by|par|photo|image|source|credits?|crédits?)\b|\b(?:updated|published|posted|publié|modifié|mis à jour)\b|\bvia \p{Lu}/iu;
/** A headline is words, most of them with lower-case letters (a line of capitals is a credit, a kicker or a label). */
function mostlyLowerCase(p: string): boolean {
  let lower = 0;
  let all = 0;
  for (const w of p.split(' ')) {
    if (!w) continue;
    all++;
    if (/\p{Ll}/u.test(w)) lower++;
  }
  return lower * 2 > all;
}

/**
 * A card's headline: four to twenty-five words, on one short line, opening on a capital, a quote or a figure,
 * closing on no sentence or clause punctuation (a question headline may end on "?": not here, a Q&A's
 * questions would be cards) and on no closing bracket (a photo's credit "(Jane Doe)", a pick's details
 * "(documentary, 1h33)": a how-to's captions and a critic's list, not headlines).
 */
/** A card's headline has four words or more (a shorter line is a label), unless the template is known (KNOWN_TEMPLATE_CARDS). */
const MIN_CARD_HEADLINE_WORDS = 4;
function isCardHeadline(p: string, words: number): boolean {
  return words >= MIN_CARD_HEADLINE_WORDS && words <= 25 && p.length <= 220 && /^["'‘“«]?\p{Lu}/u.test(p) && !/[.!?:;,)]["'”’»)]*$/u.test(p)
    && !LIST_LEAD.test(p) && !NOT_A_HEADLINE.test(p) && mostlyLowerCase(p) && !isFurnitureLine(p);
}

/**
 * A bulleted line ("• Study finds …", "- Port reopens …"): a listicle's item as a rule (LIST_LEAD), but a category or
 * tag page's template bullets its cards too. A bulleted headline counts as a card's only when its teaser under it is
 * cut by the template's ellipsis (BULLETED_CARD_CUT): a listicle's item ends its own sentences. Numbered items stay
 * out (a ranking is one article).
 */
const BULLET_LEAD = /^[•*–—-]\s/u;
const BULLETED_CARD_CUT = /[\p{L}\p{N},;]\s?(?:…|\.\.\.)["'”’»)]*$/u;

/** A content word: five letters or more (articles, pronouns and most prepositions are shorter), read by its first five. */
const CONTENT_WORD = /\p{L}{5,}/gu;
const STEM = 5;

/**
 * A card's headline retells its teaser: they share a content word ("Bakery chain adds twelve stores" / "The
 * chain said the new stores …"). A digest's section heading does not ("The good news" / "Sales of …"): it
 * labels its paragraph, so a run of them is one article's sections, not a listing.
 */
export function headlineRetells(headline: string, teaser: string): boolean {
  const stems = new Set<string>();
  for (const m of headline.matchAll(CONTENT_WORD)) stems.add(m[0].slice(0, STEM).toLowerCase());
  for (const m of teaser.slice(0, 600).matchAll(CONTENT_WORD)) if (stems.has(m[0].slice(0, STEM).toLowerCase())) return true;
  return false;
}

/**
 * Cards read before the page's template counts as known. From then on, a card whose teaser the template cut (no closing
 * punctuation, or an ellipsis: CARD_TEASER_CUT) is one whatever its headline's words (a tag page's headline need not
 * retell its teaser: "Year off to disappointing start" / "It's beginning to look like a long summer … Th"), and its headline
 * may be as short as two words ("Costco stays strong"). An article's subhead is over a paragraph that ends its sentences.
 */
const KNOWN_TEMPLATE_CARDS = 2;
const MIN_SHORT_CARD_HEADLINE_WORDS = 2;
/** A card's teaser: a paragraph of prose (a dozen words and a lower-case letter). */
const MIN_TEASER_WORDS = 12;
/** A teaser that ends on no sentence punctuation (cut, or glued to markup) is at least this long. */
const MIN_UNENDED_TEASER_WORDS = 25;
/** Between a headline and its teaser a card may print one short line: a time, a source, a credit. */
const MAX_CARD_META_WORDS = 12;
/** A card's teaser is a paragraph or two; more and the headline is an article's subhead. */
const MAX_CARD_BODY = 2;
/** Two headlines that share this many key characters are one card printed twice (a cut copy, a share title). */
const SAME_CARD_PREFIX = 40;
/** Cards needed to call the page a listing. */
const MIN_CARDS = 3;
/** Before its first card a listing prints at most this many paragraphs of prose (an article has a lede). */
const MAX_PROSE_BEFORE_FIRST_CARD = 1;

/**
 * What marks a card as a separate story, not an article's section (a listicle's "Five start-ups to watch" prints a
 * subhead over each short paragraph, about different subjects too). A card is marked when:
 * - its meta line carries a time, a date or a site (a digit, a domain ending "….com"), or is a place or a source in
 *   capitals ("GUIN, AL", "REUTERS"): CARD_META_MARK;
 * - its teaser is cut by the template (no closing punctuation, or an ellipsis), or carries the feed's markup
 *   ("<\p>", "<p>"): CARD_TEASER_CUT, CARD_TEASER_MARKUP;
 * - its teaser opens on a kicker or a dateline in capitals and a dash ("RÉCIT - …", "GUIN — …"): CARD_TEASER_KICKER.
 * An article's section under a subhead ends its sentences and opens on its own words.
 */
const CARD_META_MARK = /\d|\.\p{Ll}{2,4}\b|^\p{Lu}[\p{Lu} ,.'’&-]{1,40}$/u;
const CARD_TEASER_CUT = /(?:…|\.\.\.|[\p{L}\d,;])["'”’»)]*\s*$/u;
const CARD_TEASER_MARKUP = /<\\?\/?p>/u;
const CARD_TEASER_KICKER = /^\p{Lu}{2,}(?:[ ,.'’]{1,2}\p{Lu}{2,}){0,3} ?[-–—] /u;
/**
 * A card's meta line that is a dateline: a place, a comma and the day ("New Delhi, September 4", "Tehran, Sept. 4, 2011",
 * "Lyon, 4 septembre"); or its teaser opens on one (CARD_TEASER_KICKER: "NEW YORK — …", "GUIN — …"). A card datelined so
 * is a story filed on its own (Tribune India's business page, 374; Mass Market Retailers' issue page, 453; NewsBreak's
 * cards, 322); an explainer's sections under subheads carry no dateline each, and a chronology's dates ("March 4, 2021")
 * name no place, or when they do (a wire chronology's "Ostrand, March 3" … "Ostrand, March 6") run all different and
 * oldest first: chronologyDays.
 */
const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
const MONTH_WORD = `(?:${[...EN_MONTH_NAMES, ...EN_MONTH_ABBREVIATIONS, ...FR_MONTH_NAMES].flatMap((m) => [m, capitalised(m)]).join('|')})`;
/** Datelined cards: all but one (a column's card under its label carries none) and three at least. */
function allButOneDated(dated: number, cards: number): boolean {
  return dated >= MIN_CARDS && dated >= cards - 1;
}
const CARD_META_DATELINE = new RegExp(String.raw`^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}, (?:${MONTH_WORD}\.? \d{1,2}|\d{1,2}(?:er)? ${MONTH_WORD})(?:,? \d{4})?$`, 'u');
/**
 * A card dateline's day, read as a number that sorts by date: month and day in either order ("March 3", "Sept. 4",
 * "3 mars", "1er mai"), the year only when every dateline of the run prints one. The month is read from the lexicon's
 * lists (its index among the English names, the French names, or the English name an abbreviation opens).
 */
const DATELINE_DAY = new RegExp(String.raw`, (?:(${MONTH_WORD})\.? (\d{1,2})|(\d{1,2})(?:er)? (${MONTH_WORD}))(?:,? (\d{4}))?$`, 'u');
function monthIndex(word: string): number {
  const w = word.toLowerCase();
  const fr = FR_MONTH_NAMES.indexOf(w);
  return fr >= 0 ? fr : EN_MONTH_NAMES.findIndex((m) => m.startsWith(w));
}
function datelineDay(line: string, withYear: boolean): number {
  const m = DATELINE_DAY.exec(line);
  if (!m) return Number.NaN;
  return (withYear ? Number(m[5]) * 10_000 : 0) + monthIndex(m[1] ?? m[4]!) * 100 + Number(m[2] ?? m[3]);
}
/**
 * Meta-line datelines that name a chronology's days, not a listing's: two or more, all different and in order, oldest
 * first (a wire chronology "Ostrand, March 3" … "Ostrand, March 6" over one finished paragraph each). A listing's cards
 * repeat one day (a day's page: Tribune India's "New Delhi, September 4" on every item, 374) or run newest first, as a
 * blog index does (merged-stories.ts laterThan reads the same order for date lines; it leaves French dates unread,
 * hence this reading from the lexicon's month lists).
 */
function chronologyDays(datelines: readonly string[]): boolean {
  if (datelines.length < 2) return false;
  const withYear = datelines.every((d) => /\d{4}$/u.test(d));
  const days = datelines.map((d) => datelineDay(d, withYear));
  return days.every((d, k) => !Number.isNaN(d) && (k === 0 || d > days[k - 1]!));
}
/** Half the cards or more must carry such a mark for the page to be a listing. */
function markedCard(ps: readonly string[], meta: number, teaser: number): boolean {
  if (meta >= 0 && CARD_META_MARK.test(ps[meta]!.trim())) return true;
  const t = ps[teaser]!.trim();
  return CARD_TEASER_CUT.test(t.slice(-8)) || CARD_TEASER_MARKUP.test(t) || CARD_TEASER_KICKER.test(t.slice(0, 60));
}

/** A print replica's column line: ends on a letter and a line-break hyphen ("the Ministry of Com-"). */
const COLUMN_HYPHEN_END = /\p{Ll}-$/u;
/** A column line carried over: opens in lower case. */
const LOWER_START = /^\p{Ll}/u;
/** Lines a text needs before it can be a print replica. */
const MIN_PRINT_LINES = 12;
/** Column lines ending on a hyphen that make a print page. */
const MIN_HYPHEN_ENDS = 3;
/** Share of lines opening in lower case that make a print page, with hyphen ends. */
const MIN_LOWER_SHARE = 0.25;
/** Without hyphen ends, a higher share of carried-over lines and very short lines make one (front pages cut into columns). */
const MIN_LOWER_SHARE_ALONE = 0.35;
const MAX_COLUMN_MEDIAN_WORDS = 8;
/** Column lines are short: the median line of a print replica has at most this many words. */
const MAX_PRINT_MEDIAN_WORDS = 14;

/**
 * A flattened print front page (an e-edition or a scanned issue read as one or two long paragraphs, so its lines
 * cannot be counted): its masthead and ears print the furniture, each cue in its print form.
 * - PRINT_VOLUME: the volume and issue, "VOL. 122, NO. 129", "VOLUME XXI", "39th YEAR, NO. 15" ("Vol. 85, No. 52" in the
 *   masthead lines);
 * - PRINT_PRICE: the cover price, "75 CENTS", "75¢", "FIVE CENTS", "5c Per Copy", "$4.00" between bullets or before
 *   a line in capitals;
 * - PRINT_DATELINE: the date in capitals with its weekday, "SUNDAY, FEBRUARY 19, 2023";
 * - PRINT_INDEX: the inside index with dot leaders, "Business ......B1", "Columnists ...... 3A";
 * - PRINT_PAGE_REF: a jump or teaser's page, "PAGE A4", a section folio "SEC. D" ("Sec. D" in the masthead lines);
 * - PRINT_CAPS_RUN: seven words in capitals in a row (a banner headline, a masthead's motto).
 * One cue alone happens on the web (a headline in capitals, a price); two different ones in the text's head make
 * a print page.
 */
const PRINT_VOLUME = /\bVOL(?:UME)?\.? ?(?:\d{1,4}|[IVXLC]{2,8})\b|\b\d{1,3}(?:st|nd|rd|th) YEAR,? NO\. ?\d/u;
/**
 * The volume and the section folio in their mixed-case forms ("Vol. 85, No. 52", "Sec. D") are also prose's ("in Vol. 2
 * of the study, under Sec. B of the annex"): they count only inside the masthead's own first short lines.
 */
const PRINT_VOLUME_MIXED = /\bVol(?:ume)?\.? ?(?:\d{1,4}|[IVXLC]{2,8})\b/u;
const PRINT_PAGE_REF_MIXED = /\bSec\. \p{Lu}\b/u;
/** The masthead's lines: the first paragraphs of the text, while they stay this short and end on no sentence of prose. */
const MASTHEAD_LINES = 4;
const MAX_MASTHEAD_LINE = 80;
const MAX_MASTHEAD_LINE_WORDS = 8;
const PROSE_LINE_END = /\p{Ll}{3}[.!?]["”’)]?$/u;
/** Old issues print the price in words or per copy ("FIVE CENTS", "5c Per Copy", "PRICE 5c COPY"). */
const PRINT_PRICE = /\b(?:\d{1,3}|ONE|TWO|THREE|FIVE|TEN|FIFTEEN|TWENTY|TWENTY-FIVE)['’]? ?(?:CENTS|¢)|\b\d{1,2}c (?:Per )?Copy\b|\bPRICE \d{1,2}c\b|\$\d\.\d\d (?=\p{Lu}{3,})|• \$\d\.\d\d\b/u;
/** OCR may glue or stray a stop: "TUESDAY. JULY 26, 1960", "NOVEMBER 22,1939", "DECEMBER. 17, 1940". */
const PRINT_DATELINE = /\b(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)[.,]? ?\.?(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\.? \d{1,2},? ?\d{4}\b/u;
const PRINT_INDEX = /\p{Lu}\p{Ll}+ ?\.{3,} ?\p{Lu}?\d{1,2}\p{Lu}?\b/u;
const PRINT_PAGE_REF = /\bPAGE \p{Lu}?\d{1,3}\b|\bSEC\. \p{Lu}\b|\bSECTION \p{Lu}\b/u;
const PRINT_CAPS_RUN = /(?:\b\p{Lu}[\p{Lu}'’.-]+,? ){7}/u;
const PRINT_MASTHEAD_CUES: readonly RegExp[] = [PRINT_VOLUME, PRINT_PRICE, PRINT_DATELINE, PRINT_INDEX, PRINT_PAGE_REF, PRINT_CAPS_RUN];
/** The masthead sits at the head of the text: only this much is read (linear, bounded). */
const PRINT_MASTHEAD_ZONE = 3000;
/** Different masthead cues that make a print front page. */
const MIN_PRINT_MASTHEAD_CUES = 2;

function mastheadLines(ps: readonly string[]): string {
  const lines: string[] = [];
  for (let i = 0; i < Math.min(ps.length, MASTHEAD_LINES); i++) {
    const p = ps[i]!.trim();
    if (p.length > MAX_MASTHEAD_LINE || wordCount(p) > MAX_MASTHEAD_LINE_WORDS || PROSE_LINE_END.test(p)) break;
    lines.push(p);
  }
  return lines.join('\n');
}

function isPrintFront(text: string, ps: readonly string[]): boolean {
  const head = text.slice(0, PRINT_MASTHEAD_ZONE);
  const masthead = mastheadLines(ps);
  let cues = 0;
  for (const cue of PRINT_MASTHEAD_CUES) {
    const found = cue.test(head) || (cue === PRINT_VOLUME && PRINT_VOLUME_MIXED.test(masthead)) || (cue === PRINT_PAGE_REF && PRINT_PAGE_REF_MIXED.test(masthead));
    if (found && ++cues >= MIN_PRINT_MASTHEAD_CUES) return true;
  }
  return false;
}

function readPageKind(doc: ArticleDoc): PageKind {
  const ps = doc.paragraphs;
  const words = ps.map(wordCount);
  if (isPrintReplica(ps, words) || isPrintFront(doc.text, ps)) return { kind: 'print', stories: [] };
  const archive = archiveHeader(ps);
  // An archive's posts may run long; a listing's cards are teasers.
  const cards = archive >= 0 ? listingCards(doc, words, archive + 1, Infinity) : listingCards(doc, words, 0, MAX_CARD_BODY);
  if (archive >= 0 && cards.length >= 2) return { kind: 'archive', stories: cards };
  if (archive < 0 && cards.length >= MIN_CARDS) return { kind: 'listing', stories: cards };
  return { kind: 'article', stories: [] };
}

function archiveHeader(ps: readonly string[]): number {
  for (let i = 0; i < Math.min(ps.length, ARCHIVE_HEADER_ZONE); i++) if (ps[i]!.length <= 120 && ARCHIVE_HEADER.test(ps[i]!)) return i;
  return -1;
}

function isPrintReplica(ps: readonly string[], words: readonly number[]): boolean {
  if (ps.length < MIN_PRINT_LINES) return false;
  let hyphens = 0;
  let lower = 0;
  for (const p of ps) {
    const line = p.trimEnd();
    if (COLUMN_HYPHEN_END.test(line.slice(-3))) hyphens++;
    if (LOWER_START.test(line)) lower++;
  }
  const sorted = [...words].sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1] ?? 0;
  const share = lower / ps.length;
  return median <= MAX_PRINT_MEDIAN_WORDS && ((hyphens >= MIN_HYPHEN_ENDS && share >= MIN_LOWER_SHARE) || (median <= MAX_COLUMN_MEDIAN_WORDS && share >= MIN_LOWER_SHARE_ALONE));
}

/** An age alone on its line: a live blog stamps its entries so. */
const BARE_AGE = new RegExp(String.raw`^${RELATIVE_AGE_SOURCE}$`, 'iu');
/** A card's headline, meta line and teaser. */
const CARD_LINES = 3;
/** A name inside a sentence: a capitalised word after a lower-case word or a comma (a sentence's first word is not read). */
const NAME_IN_TEXT = /(?<=[\p{Ll},] )\p{Lu}[\p{L}'’-]{2,}/gu;

function namesIn(text: string): Map<string, number> {
  const names = new Map<string, number>();
  for (const m of text.matchAll(NAME_IN_TEXT)) {
    const name = m[0].toLowerCase();
    names.set(name, (names.get(name) ?? 0) + 1);
  }
  return names;
}

/** The subject as the first card writes it, for a later card whose headline opens on it. */
function subjectAsWritten(text: string, subject: string): string {
  for (const m of text.matchAll(NAME_IN_TEXT)) if (m[0].toLowerCase() === subject) return m[0];
  return subject;
}

/**
 * An article's sections all name its subject; a listing's cards are about different things. The first card's
 * most named name (headline and teaser) coming back in half or more of the other cards makes the cards one
 * story's sections (an explainer with short sections), not a listing.
 */
function oneSubject(ps: readonly string[], cards: readonly number[]): boolean {
  const text = (k: number): string => {
    const from = cards[k]!;
    // The card's own lines: its headline, a meta line and its teaser (a card the reading missed may follow).
    const to = Math.min(k + 1 < cards.length ? cards[k + 1]! : ps.length, from + CARD_LINES);
    // Joined as sentences, so a line's first word does not read as a name inside one.
    // The meta lines left out: a source printed on every card is no subject.
    return ps.slice(from, to).filter((p, j) => j === 0 || wordCount(p) > MAX_CARD_META_WORDS).join('. ').slice(0, 2000);
  };
  let subject = '';
  let most = 0;
  for (const [name, n] of namesIn(' ' + text(0))) if (n > most) { subject = name; most = n; }
  if (!subject) return false;
  let again = 0;
  // Named again as a name (capitalised), not as a common word ("Board" the body, "board" the noun).
  for (let k = 1; k < cards.length; k++) if (namesIn(' ' + text(k)).has(subject) || text(k).startsWith(subjectAsWritten(text(0), subject))) again++;
  return again * 2 >= cards.length - 1;
}

/**
 * The cards of a listing, from paragraph `from` on: each a headline, maybe one short meta line, then a teaser;
 * at most MAX_CARD_BODY paragraphs of prose before the next headline. A headline printed twice in a row (the
 * card's link and its title) is one card. Returns the headlines' indexes when the page reads as a run of such
 * cards (and only then): MIN_CARDS or more, every one short, no lede of its own before the first, no digest
 * intro, no numbered items. One pass over the paragraphs.
 */
function listingCards(doc: ArticleDoc, words: readonly number[], from: number, maxBody: number): number[] {
  const ps = doc.paragraphs;
  if (opensAsDigest(ps)) return [];
  const keys = keysOf(doc);
  // A teaser is text: it ends a sentence, or runs long (a headline-shaped line of a dozen words is a dek or another headline).
  const prose = (i: number): boolean => i < ps.length && words[i]! >= MIN_TEASER_WORDS && /\p{Ll}/u.test(ps[i]!)
    && (words[i]! >= MIN_UNENDED_TEASER_WORDS || /[.!?…]["'”’»)]*$/u.test(ps[i]!.slice(-8)));
  const cards: number[] = [];
  const seen = new Set<string>();
  let proseBefore = 0;
  let body = 0;
  let marked = 0;
  // Cards whose teaser the template cut with an ellipsis: when every card's is, the run is a listing whatever its subject.
  let ellipsisCut = 0;
  // Cards datelined on their own meta line: when every card is, the run is a listing whatever its subject (a country's business page).
  let dated = 0;
  // The meta-line datelines read, in order: a chronology's days (all different, oldest first) do not count as datelined cards.
  const metaDatelines: string[] = [];
  for (let i = from; i < ps.length; i++) {
    const p = ps[i]!.trim();
    // A headline seen before is the same card again (a share bar's title, a repeated link), not a new one.
    // A card's dek under its headline is no new card: a card opens only after the previous one's teaser.
    const bulleted = BULLET_LEAD.test(p);
    const headline = bulleted ? p.slice(2).trimStart() : p;
    // Once the template is known, a card's headline may be short ("Costco stays strong"): its teaser must then be the template's.
    const known = cards.length >= KNOWN_TEMPLATE_CARDS;
    const short = known && words[i]! >= MIN_SHORT_CARD_HEADLINE_WORDS && words[i]! < MIN_CARD_HEADLINE_WORDS;
    if ((cards.length === 0 || body > 0) && isCardHeadline(headline, short ? MIN_CARD_HEADLINE_WORDS : words[i]!) && !seen.has(keys[i]!.slice(0, SAME_CARD_PREFIX))) {
      let t = i + 1;
      let meta = -1;
      if (t < ps.length && keys[t] === keys[i]) t++;
      // The meta line: not a headline itself, unless it carries a figure (a source and a time: "Daily Post · 3 hours ago").
      if (t < ps.length && !prose(t) && words[t]! <= MAX_CARD_META_WORDS && (!isCardHeadline(ps[t]!.trim(), words[t]!) || /\d/u.test(ps[t]!))) {
        // An age with no source over a subhead ("12 mins ago", "il y a 1 heure") is a live blog's entry: one story.
        if (BARE_AGE.test(ps[t]!.trim())) return [];
        meta = t;
        t++;
      }
      // A teaser opening on a kicker or a dateline ("ANALYSE - …", "GUIN — …") is a card's, whatever its words.
      const templated = prose(t) && (CARD_TEASER_KICKER.test(ps[t]!.trimStart().slice(0, 60)) || (known && CARD_TEASER_CUT.test(ps[t]!.trim().slice(-8))));
      if (prose(t) && (!bulleted || BULLETED_CARD_CUT.test(ps[t]!.trimEnd().slice(-12))) && (templated || (!short && headlineRetells(p, ps[t]!)))) {
        // The previous card ran too long: its headline was a subhead, the page an article.
        if (cards.length > 0 && body > maxBody) return [];
        if (cards.length === 0 && proseBefore > MAX_PROSE_BEFORE_FIRST_CARD) return [];
        cards.push(i);
        if (markedCard(ps, meta, t)) marked++;
        const metaDateline = meta >= 0 && CARD_META_DATELINE.test(ps[meta]!.trim());
        if (metaDateline) metaDatelines.push(ps[meta]!.trim());
        if (metaDateline || CARD_TEASER_KICKER.test(ps[t]!.trimStart().slice(0, 60))) dated++;
        if (BULLETED_CARD_CUT.test(ps[t]!.trimEnd().slice(-12))) ellipsisCut++;
        seen.add(keys[i]!.slice(0, SAME_CARD_PREFIX));
        body = 0;
        i = t - 1;
        continue;
      }
    }
    if (prose(i)) {
      if (cards.length === 0) proseBefore++;
      else body++;
    }
  }
  if (cards.length > 0 && body > maxBody) return [];
  // A run of cards all cut by the template's ellipsis, or all datelined on their own meta line, is a listing even on one
  // subject (a tag page about one company, a country's business page): an explainer's sections under subheads end their
  // own sentences and carry no dateline each.
  const datedCards = chronologyDays(metaDatelines) ? dated - metaDatelines.length : dated;
  if (cards.length >= 2 && ellipsisCut < cards.length && !allButOneDated(datedCards, cards.length) && oneSubject(ps, cards)) return [];
  // Different subjects alone make no listing (a listicle's sections): half the cards must carry a story's mark.
  if (marked * 2 < cards.length) return [];
  // A listing cut off after a headline: the last line, shaped like the cards' headlines, is one more card.
  const last = ps.length - 1;
  if (cards.length >= 2 && body > 0 && last > cards[cards.length - 1]! && isCardHeadline(ps[last]!.trim(), words[last]!)) cards.push(last);
  return cards.length >= 2 ? cards : [];
}
