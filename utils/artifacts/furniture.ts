/**
 * Page furniture recognised by its SHAPE rather than by a word list: the
 * short, verbless lines a page template prints around an article (meta bars,
 * ticker strips, feed stamps, tag lists, unrendered templates) and the
 * tokens a scraper glues into prose (image paths, logo slugs, link labels).
 *
 * Most shapes are only read at the edges of the article (above its first
 * paragraph of prose or below its last): inside the body the same shapes are
 * tables, lists, headings and quotes, and stay. The inline rules need a shape
 * no sentence has (a file path glued to a word, a lone link label after a
 * full stop).
 */
import type { ArticleDoc, Finding } from './context';
import { REPORTING_VERBS, wordCount } from './context';
import {
  BROADCAST_NOUNS, CONTACT_ADDRESS, COVER_PRICES_LEAD, EN_MONTH_ABBREVIATIONS, EN_MONTH_NAMES, EN_WEEKDAY_NAMES, FR_MONTH_NAMES, FR_WEEKDAY_NAMES, NEWS_DESK_NOUNS, NEWS_RANK_WORDS, OUTLET_NOUNS, SELF_PRAISE_WORDS,
  SENTENCE_SMALL_WORDS, alternation, emptyMetaLabelPattern, lineRules, printCaseAlternation, readMoreLabelPattern, storyLinkLabelPattern,
} from './lexicon';
import { isBodyProse } from './menus';
import { isDanglingWord } from './truncated';

/** A finding on whole paragraphs i..j, or on a span inside paragraph i. */
interface Hit { i: number; j: number; from?: number; to?: number; message: string }

// ---------------------------------------------------------------------------
// Unrendered templates
// ---------------------------------------------------------------------------

/** A template placeholder the page never filled: "${ userBrowser.name }", "{{ title }}", "{% block %}", "%%sitename%%". Bounded, no nesting. */
const TEMPLATE_EXPRESSION = /\$\{[^{}\n]{1,80}\}|\{\{[^{}\n]{1,80}\}\}|\{%[^{}%\n]{1,80}%\}|%%[a-z][a-z_]{1,30}%%/u;
/** Code around a placeholder: a snippet that shows one, not a banner that failed to render one. */
const CODE_AROUND = /[`;=<>{}]|\b(?:function|const|let|var|return|import|console)\b/u;
/** A banner with a placeholder is short; in a longer paragraph only the placeholder is flagged. */
const MAX_TEMPLATE_LINE = 300;

/** A paragraph with an unrendered template expression: the whole short banner, or the placeholder in a long paragraph. */
function readTemplate(p: string, i: number, last: number): Hit | null {
  if (!p.includes('${') && !p.includes('{{') && !p.includes('{%') && !p.includes('%%')) return null;
  const m = TEMPLATE_EXPRESSION.exec(p);
  if (!m) return null;
  if (CODE_AROUND.test(p.replace(m[0], ''))) return null;
  const message = 'A page banner with an unrendered template placeholder left in the text.';
  // A banner sits on the first lines or the last one; inside the body only the placeholder goes.
  const banner = p.length <= MAX_TEMPLATE_LINE && (i <= 1 || i === last);
  return banner ? { i, j: i, message } : { i, j: i, from: m.index, to: m.index + m[0].length, message };
}

// ---------------------------------------------------------------------------
// Ticker strips: one quote or change per line, above or below the article
// ---------------------------------------------------------------------------

/** A quote line: a figure, maybe signed, maybe a percentage or points ("8 025.80 PTS", "+0.83 %", "1.158"). */
const FIGURE_LINE = /^[+\-−–▲▼↑↓]?\s?\d[\d\u00a0\u202f .,]{0,14}\s?(?:%|pts|points?|bps)?$/iu;
/** A whole quote on one line: a name, a level and a signed change ("CAC 40 8 025.80 +0.83 %", "Nasdaq 17,842.11 ▼1.2%"). */
const QUOTE_ROW = /^\p{L}[\p{L}\p{N} &.'’-]{0,24}\s\d[\d\u00a0\u202f .,]{0,12}\s?(?:pts\s)?\s?[+\-−–▲▼↑↓]\s?\d[\d.,]{0,6}\s?%$/iu;
/** A strip of one-line quotes has at least this many. */
const MIN_QUOTE_ROWS = 3;
/**
 * A daily change: a signed percentage ("+0.83 %", "-1.2%"), or a signed change in points with its percentage in brackets, as
 * a quote bar prints it under the level ("+47,52 (+0,71 %)", "-59.37 (-0.31%)"): what makes figures a ticker, not a list
 * of years.
 */
const CHANGE_LINE = /^[+\-−–▲▼↑↓]\s?\d[\d.,]{0,8}\s?%$|^[+\-−–▲▼↑↓]\s?\d[\d\u00a0\u202f .,]{0,12}\s?\(\s?[+\-−–]?\s?\d[\d.,]{0,8}\s?%\s?\)$/u;
/** A quote bar's item bullet before its name ("• CAC 40"). */
const ITEM_BULLET = /^[•·▪◦]\s?/u;
/** An index name between the quotes ("SBF 120 PTS", "DAX", "Dow Jones", "• Euro Stoxx 50"). */
const TICKER_LABEL = (p: string): boolean => {
  const name = p.replace(ITEM_BULLET, '');
  return name.length <= 24 && wordCount(name) <= 3 && !/[.!?,;:]$/u.test(name);
};
/**
 * A quote bar's status line over its quotes: "UK markets closed", "U.S. Markets open", "La bourse est fermée", "Marchés
 * ouverts". Read only right above a ticker strip (the same words in a story have a sentence around them). Quote bars of four
 * editions of one finance portal: two older fixtures (248 UK, 394 Canada; read only through the ad label above them),
 * batch 20's French one (590) and a fresh US page.
 */
const MARKET_STATUS = /^(?:(?:[\p{L}.]{1,12}\s)?markets?\s(?:are\s)?(?:closed|open)|(?:la\s)?bourse\s(?:est\s)?(?:fermée|ouverte)|(?:les\s)?marchés?\s(?:sont\s)?(?:fermés?|ouverts?))$/iu;
/** Any line of quote figures: a level or a change. */
const isQuoteFigure = (p: string): boolean => FIGURE_LINE.test(p) || CHANGE_LINE.test(p);
/** A strip has at least this many lines, two thirds of them figures, and several changes. */
const MIN_TICKER_LINES = 6;
const MIN_TICKER_CHANGES = 2;

function tickerRuns(ps: string[], from: number, to: number, out: Hit[]): void {
  for (let i = from; i < to; i++) {
    if (QUOTE_ROW.test(ps[i]!)) {
      let j = i;
      while (j + 1 < to && QUOTE_ROW.test(ps[j + 1]!)) j++;
      if (j - i + 1 >= MIN_QUOTE_ROWS) out.push({ i, j, message: 'A market ticker strip (quotes and changes) left in the text.' });
      i = j;
      continue;
    }
    if (!isQuoteFigure(ps[i]!)) continue;
    let j = i;
    let figures = 1;
    let changes = CHANGE_LINE.test(ps[i]!) ? 1 : 0;
    let lastFigure = i;
    while (j + 1 < to && (isQuoteFigure(ps[j + 1]!) || TICKER_LABEL(ps[j + 1]!))) {
      j++;
      if (isQuoteFigure(ps[j]!)) { figures++; lastFigure = j; if (CHANGE_LINE.test(ps[j]!)) changes++; }
    }
    const lines = lastFigure - i + 1;
    if (lines >= MIN_TICKER_LINES && figures * 3 >= lines * 2 && changes >= MIN_TICKER_CHANGES) {
      // The strip's first name and the bar's status line above it belong to it ("UK markets closed" / "• FTSE 100").
      let from = i;
      if (from - 1 >= 0 && ITEM_BULLET.test(ps[from - 1]!) && TICKER_LABEL(ps[from - 1]!)) from--;
      if (from - 1 >= 0 && MARKET_STATUS.test(ps[from - 1]!.trim())) from--;
      out.push({ i: from, j: lastFigure, message: 'A market ticker strip (quotes and changes) left in the text.' });
    }
    i = j;
  }
}

// ---------------------------------------------------------------------------
// Edge lines: shapes that are furniture above or below the article
// ---------------------------------------------------------------------------

/** A securities identifier (ISIN: country, nine characters, check digit) on a short line: a quote widget. */
const ISIN_LINE = /(?<![\p{L}\p{N}])[A-Z]{2}[A-Z0-9]{9}\d(?![\p{L}\p{N}])/u;
/** An ISIN is mostly digits; a twelve-letter word in capitals is not one. */
const MIN_ISIN_DIGITS = 5;
/** Short lines next to a quote widget are its labels ("PRIME DIRECT", "Éligible : Action, PEA"). */
const MAX_WIDGET_LABEL_WORDS = 6;

function readIsinWidget(ps: string[], i: number, from: number, to: number): Hit | null {
  const p = ps[i]!;
  if (p.length > 80 || wordCount(p) > 8) return null;
  const m = ISIN_LINE.exec(p);
  if (!m || (m[0].match(/\d/gu)?.length ?? 0) < MIN_ISIN_DIGITS) return null;
  let a = i;
  let b = i;
  // Labels, not quotes: a ticker strip next to the widget is its own finding.
  const label = (k: number): boolean => wordCount(ps[k]!) <= MAX_WIDGET_LABEL_WORDS && !/[.!?]["'”’)]*$/u.test(ps[k]!) && !FIGURE_LINE.test(ps[k]!);
  while (a - 1 >= from && i - a < 3 && label(a - 1)) a--;
  while (b + 1 < to && b - i < 3 && label(b + 1)) b++;
  return { i: a, j: b, message: 'A stock-quote widget left in the text.' };
}

/** A meta bar's separator: a pipe between short fields ("| AFP | 107 | Aucun vote", "January 31, 2020 | Aerospace, Naval"). */
const PIPE = /\s*\|\s*/u;
/** A date field: a month name and a number, or a numeric date. */
const DATE_FIELD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|janv|févr|fév|mars|avr|mai|juin|juil|août|déc)[a-zé]*\.? \d{1,2}\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|mars|avr|mai|juin|juil|août|déc)[a-zéû]*\.?\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/iu;
/** A counter field (views, votes) or a feed's RSS link. */
const COUNTER_FIELD = /^\d{1,7}$|^\d[\d,.]{0,8}\s?[kK]? (?:photos?|images?|pictures?|comments?|views?|shares?|likes?|votes?|vues|partages|commentaires)$|\bRSS\b/iu;
/**
 * A byline with a date and section is a byline (another detector's), not a meta bar. A blog platform's "On Behalf of <name> |
 * date | category" too (bylines.ts ON_BEHALF_OF; 748's line, its name lost, was read as a meta bar).
 */
const BYLINE_START = /^(?:by|par|von|por|posted by|written by|on behalf of)\s/iu;
/** Each field of a meta bar is short and has no sentence in it. */
const MAX_FIELD_WORDS = 8;

function readMetaBar(p: string, i: number, isFurniture: (p: string) => boolean): Hit | null {
  if (p.length > 160 || !p.includes('|') || BYLINE_START.test(p)) return null;
  const edged = /^\s*\||\|\s*$/u.test(p);
  const fields = p.split(PIPE).map((f) => f.trim()).filter((f) => f.length > 0);
  if (fields.length < 2) return null;
  for (const f of fields) if (wordCount(f) > MAX_FIELD_WORDS || /[.!?](?:\s|$)/u.test(f)) return null;
  // A counter, an RSS link or a field that is a label on its own ("Leave a comment", "Share") makes the row page chrome.
  // A date alone does not: "Jane Doe | March 3, 2021" is the article's byline and date (metadata); with a list of tags it is a meta bar.
  const cue = edged || fields.some((f) => COUNTER_FIELD.test(f))
    || (fields.some((f) => DATE_FIELD.test(f)) && fields.some((f) => TAG_LIST.test(f)))
    || fields.some((f) => f.length <= 40 && isFurniture(f));
  return cue ? { i, j: i, message: 'A meta bar (date, source, tags or counters) left in the text.' } : null;
}

/** A field listing tags: three or more short capitalised items between commas ("International, Aerospace, Naval"); words, not a date ("Tuesday, May 31, 2011"). */
const TAG_LIST = /^\p{Lu}[\p{L}\p{N}&'’-]*(?: \p{L}[\p{L}\p{N}&'’-]*)?(?:, \p{Lu}[\p{L}\p{N}&'’-]*(?: \p{L}[\p{L}\p{N}&'’-]*)?){2,}$/u;

/**
 * A breadcrumb above or below the body: two or more short crumbs between
 * navigation arrows ("Business › Startups", "Tech » Funding » Europe"). A
 * slash or a pipe is too common in prose and titles to count alone.
 */
const NAV_SEPARATOR = /\s[>›»]\s/u;
const MAX_CRUMB_WORDS = 4;

function readEdgeBreadcrumb(p: string, i: number): Hit | null {
  if (p.length > 120 || !NAV_SEPARATOR.test(p) || BYLINE_START.test(p)) return null;
  const crumbs = p.split(/\s[>›»]\s/u).map((c) => c.trim());
  if (crumbs.length < 2) return null;
  for (const c of crumbs) if (c.length === 0 || wordCount(c) > MAX_CRUMB_WORDS || /[.!?,;:]/u.test(c) || !/^[\p{Lu}\p{N}]/u.test(c)) return null;
  return { i, j: i, message: 'Breadcrumb trail left in the text.' };
}

/** A back link: "Back to news", "← Return to blog", "Retour à l’accueil". */
const BACK_LINK = /^(?:[←<«‹]\s*)?(?:back to|return to|retour (?:à|aux?)|zurück zu(?:r|m)?)\s?(?:(?:the|l['’]|la|le|les) ?)?[\p{L}\p{N}&-]{2,20}(?: [\p{L}\p{N}&-]{2,20})?$/iu;

/**
 * A site's tagline: a verbless noun phrase about the site's news, ending in a
 * full stop ("Latest news about Bitcoin and all cryptocurrencies. Your daily
 * crypto news habit.", "In-depth coverage of eye-opening issues that affect
 * your life."). A headline has no full stop.
 */
const TAGLINE = /^(?:the )?(?:latest|breaking|daily|weekly|in-depth|independent|trusted|essential|expert|unbiased|smart|top) (?:[\p{L}-]+ ){0,2}(?:news|coverage|analysis|reporting|insights?|stories|updates|journalism|commentary)\b[^.!?]{0,80}[.!](?:\s+your (?:daily|weekly|trusted|go-to|essential|favou?rite|number one|#1) [^.!?]{2,40}[.!])?$/iu;

/**
 * A site's slogan above the article, without a full stop: "Votre actualité au quotidien", "Toute l'info en continu",
 * "Your daily source for Bay Area news", "Your trusted guide to startups". The site speaks of itself to the reader;
 * a French headline ("L'actualité des start-up cette semaine") names no "votre" and no "au quotidien".
 */
/** The scope of a French site's news in its slogan: "L'actualité nationale, régionale et locale", "l'info locale et internationale". */
const NEWS_SCOPE_FR = String.raw`(?:locale|régionale|nationale|internationale|départementale|économique|sportive)`;
const SLOGAN = new RegExp(String.raw`^(?:(?:votre|toute l['’]|vos) ?(?:actualité|actu|info|information|journal|quotidien)s?(?: [^.!?]{1,40})?|l['’](?:actualité|actu|info|information) (?:au quotidien|en continu|en direct|en temps réel|${NEWS_SCOPE_FR}(?:(?:, | et )${NEWS_SCOPE_FR}){1,3})|your (?:daily|weekly|trusted|local|hometown|community|independent|essential|go-to|number one|#1) (?:news )?(?:source|dose|guide|destination|home|window)\b[^.!?]{0,60})[.!]?$`, 'iu');
/** Above the body a slogan sits in the first lines. */
const SLOGAN_LINES = 4;

/** A sentence that reports ("The latest news from Kyiv is grim.") is prose, not a tagline. */
const TAGLINE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|could|said|says|shows?|showed)\b/iu;

/**
 * An outlet's description of itself: a praised name of the medium ("most influential daily newspaper", "the premier
 * resource for …", "Real news, curated by …"), said by the outlet, not reported. Read by who speaks and where: a line led
 * by the site's own address ("www.example.com The premier resource for …": the span up to its first sentence end), or
 * one of the first lines above the body that is a description sentence (it ends on a full stop; a headline does not) or a
 * name and its slogan set apart by a bar ("Inside | Real news, curated by real humans"). Never with a reporting verb,
 * a quote or a figure (a lede about a paper has them). Blind misses on three outlets (a South African daily's replica,
 * twice; a US trade magazine's print page; a newsletter's header), beside the address-led site descriptions read by
 * boilerplate.ts's SITE_DESCRIPTION.
 */
const SELF_PRAISE_NP = new RegExp(String.raw`(?<![\p{L}])(?:${SELF_PRAISE_WORDS.join('|')})(?: [\p{L}'’-]{2,20}){0,2}? (?:${OUTLET_NOUNS.join('|')})(?![\p{L}])`, 'iu');
const ADDRESS_LED = /^(?:https?:\/\/)?(?:www\.)?[A-Za-z0-9-]{2,40}(?:\.[a-z]{2,12}){1,3}\s(?=\p{Lu})/u;
/**
 * Someone else speaks: a quotation mark or a word of report ("according", "reported", "announced", "a annoncé", "selon"),
 * or a verb of speech (the one list, REPORTING_VERBS: "said", "noted", "a déclaré", "précise") in lower case, as it stands
 * in a sentence: a capitalised "Notes" or "Adds" is a name ("Harbour Notes | Real news …"). An outlet describing itself
 * does neither.
 */
const SELF_REPORTED = /[“”"«»]|\b(?:according|reported|announced|a annoncé|selon)(?![\p{L}])/iu;
const SELF_SPEECH = new RegExp(String.raw`(?<![\p{L}])(?:${REPORTING_VERBS.en.join('|')}|a (?:${REPORTING_VERBS.frParticiple.join('|')})|${REPORTING_VERBS.frPresent.join('|')})(?![\p{L}])`, 'u');
const isReported = (s: string): boolean => SELF_REPORTED.test(s) || SELF_SPEECH.test(s);
const BAR_SLOGAN = /^[^|]{2,40}\s\|\s[^|]{4,80}$/u;
const FIRST_SENTENCE_END = /[.!?](?=\s|$)/u;
const MAX_SELF_DESCRIPTION = 320;
const SELF_DESCRIPTION_TOP = 2;
/** The praise stands this close to the line's start (or the bar's) at most. */
const MAX_PRAISE_OFFSET = 60;

function selfDescription(p: string, i: number, firstProse: number): Hit | null {
  const led = ADDRESS_LED.exec(p);
  if (led) {
    const end = FIRST_SENTENCE_END.exec(p);
    const span = end ? p.slice(0, end.index + 1) : p;
    if (span.length <= MAX_SELF_DESCRIPTION && SELF_PRAISE_NP.test(span) && !isReported(span)) {
      return { i, j: i, to: span.length, message: 'The outlet’s description of itself left in the text.' };
    }
    return null;
  }
  if (i >= SELF_DESCRIPTION_TOP || i > firstProse || p.length > MAX_SELF_DESCRIPTION || /\d/u.test(p) || isReported(p)) return null;
  // The praise opens the line: the outlet's own apposition or subject ("Unchallenged as the nation's most influential
  // daily, …"), or the slogan after the bar. A praised site named late in a sentence is a story's object ("… to Yahoo!
  // Finance, the world's most popular investing website.").
  const praise = SELF_PRAISE_NP.exec(p);
  if (!praise || praise.index - (BAR_SLOGAN.test(p) ? p.indexOf('|') + 1 : 0) > MAX_PRAISE_OFFSET) return null;
  if (/[.!]$/u.test(p) || BAR_SLOGAN.test(p)) return { i, j: i, message: 'The outlet’s description of itself left in the text.' };
  return null;
}

/** A lead-in with nothing after it: "No comments:" as the last line. */
const DANGLING_LABEL = /^[\p{L}\p{N}][\p{L}\p{N} '’&-]{0,40}:$/u;
/** A sentence introducing a quote or a list it lost ("The statement reads:") is the article's, not a widget's label. */
const LEAD_IN_WORD = /\b(?:said|says|reads?|follows?|following|below|include[sd]?|including|is|are|was|were|as|the|this|these|here|we|i|he|she|they|it)\b/iu;
const MAX_DANGLING_WORDS = 5;

/**
 * An all-caps site label above the body: "INSUBCONTINENT EXCLUSIVE:", "ACME SPONSORED:". It ends on a label word: two
 * capitalised words and a colon are as often a dateline ("NEW DELHI:"), which is the article's metadata.
 */
const CAPS_LABEL = /^\p{Lu}[\p{Lu}\p{N}&'’-]+(?: [\p{Lu}\p{N}&'’-]+){0,2} (?:EXCLUSIVE|SPONSORED|PROMOTED|PARTNER|PREMIUM|SPECIAL|FEATURED?|NEWS|CONTENT|ORIGINAL|INSIGHTS?)\s?:$/u;
/** Editors' notes keep their labels: they are part of the article. */
const EDITOR_LABEL = /\b(?:NOTE|UPDATE|UPDATED|CORRECTION|CLARIFICATION|DISCLOSURE|DISCLAIMER|EDITOR|EDITORS|EDITOR'S|EDITOR’S)\b/u;

/** A label and a bare address: "Link : https://…", "Source: https://…" (an auto-poster's template below the article). */
const LABEL_URL = /^[\p{L}][\p{L} ]{0,24}?\s?:[-\s]?\s*https?:\/\/\S+$/u;
/** A source or contact line is the article's ("Source: https://…", a press release's "Website: https://…"). */
const OWN_LINK_LABEL = /^(?:sources?|website|site|web|contact|e-?mail|press|media|investors?|investor relations|reference|references|données|site web)\s?:/iu;

/** An auto-poster's stamp: a date with a time and nothing else ("June 14, 2021 at 06:00AM", "2021-06-14 06:00"). */
const DATE_TIME = /^(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.? \d{1,2},? \d{4}|\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december) \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})(?:,? (?:at )?|T)\d{1,2}:\d{2}(?::\d{2})?\s?(?:[AP]\.?M\.?)?(?:\s?[A-Z]{2,4}|Z|[+-]\d{2}:?\d{2})?$/iu;
/** The feed's name under the stamp: a short name, no punctuation. */
const FEED_NAME = /^[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*(?: [\p{L}\p{N}&'’.-]+){0,2}$/u;

/** Words a tag list never has: a headline or a name has them. */
const FUNCTION_WORD = new RegExp(`^(?:${SENTENCE_SMALL_WORDS.join('|')})$`, 'iu');
/** A tag list is words only: capitalised, no digits, no punctuation. */
const TAG_WORD = /^\p{Lu}[\p{Ll}]+$|^\p{Lu}{2,5}$/u;
const MIN_TAG_WORDS = 4;

/**
 * A row of topic tags above the headline: four or more capitalised words with
 * no small word and no punctuation ("Liquidity Public Markets Startups
 * Venture"), with a headline-like line after it before the body starts.
 */
function isTagRow(p: string): boolean {
  if (p.length > 100) return false;
  // Or the same tags between commas: "Fintech, Startups, Venture Capital" (a date line is the page's metadata).
  if (TAG_LIST.test(p)) return !DATE_FIELD.test(p);
  const words = p.split(' ');
  if (words.length < MIN_TAG_WORDS) return false;
  for (const w of words) if (!TAG_WORD.test(w) || FUNCTION_WORD.test(w)) return false;
  return true;
}

/** Title Case: two thirds of the longer words capitalised ("Tracking Newspapers’ Startup Appetite"). */
function isTitleCase(p: string): boolean {
  const long = p.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  let caps = 0;
  for (const w of long) if (/^\p{Lu}/u.test(w)) caps++;
  return long.length >= 2 && caps * 3 >= long.length * 2;
}

/**
 * Below the body, a longer row of such words is the footer's links ("Help Status About Careers Press Blog Privacy Terms").
 * Round 34: only the row of bare words; the comma-separated form is a tag list above the headline, and below the body it
 * is a reporter's sign-off, name, outlet and city ("Jane Roe, Harbour News, Lisbon": batch 23's BBC page 663, flagged).
 */
const MIN_LINK_ROW_WORDS = 6;
const isLinkRow = (p: string): boolean => !TAG_LIST.test(p) && isTagRow(p) && p.split(' ').length >= MIN_LINK_ROW_WORDS;

/**
 * A byline or source line: "From Associated Press", "By Jane Roe", "Written by Sam Lee", "Par Marie Dupont", "Avec AFP",
 * "Source : Reuters". What sits under a headline, never under a row of tags. Case is spelled out (no 'i' flag: with it \p{Lu}
 * matches any letter) and the name is short: "From Farm To Table Local Chefs Rally" is a headline, not a source.
 */
const SOURCE_LINE = /^(?:[Bb]y|BY|[Ff]rom|FROM|[Vv]ia|VIA|[Ww]ith|WITH|(?:[Ww]ritten|WRITTEN|[Rr]eported|REPORTED|[Pp]osted|POSTED|[Ss]tory|STORY) (?:by|BY)|[Pp]ar|PAR|[Dd]e|DE|[Aa]vec|AVEC|(?:[Ss]ource|SOURCE)\s?:|(?:[Pp]ublié|PUBLIÉ|[Rr]édigé|RÉDIGÉ) (?:par|PAR))\s+\p{Lu}\S*(?:\s+\S+){0,3}$/u;

/** A headline: a few words, no final full stop. */
const HEADLINE = (p: string): boolean => wordCount(p) >= 3 && wordCount(p) <= 25 && !/[.!,;:]["'”’)]*$/u.test(p);

/** An archive page's bare heading labels: "Archive", "Archives", "Browsing", "Parcourir", "Catégorie". */
const ARCHIVE_LABEL = /^(?:archives?|browsing|browse|parcourir|catégories?|categories|category)\s?:?$/iu;
/** A period under or between those labels: "2024", "September 2020", "septembre 2020". */
const ARCHIVE_PERIOD = /^(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) )?(?:19|20)\d{2}$/iu;
/** Archive labels are the page's first few lines. */
const MAX_ARCHIVE_TOP = 6;

/** An archive label, or a period next to one (a year alone is a label only beside "Archive" or "Browsing"). */
function archiveTopLabel(ps: readonly string[], i: number): boolean {
  const p = ps[i]!;
  if (ARCHIVE_LABEL.test(p)) return true;
  if (!ARCHIVE_PERIOD.test(p)) return false;
  return (i > 0 && ARCHIVE_LABEL.test(ps[i - 1]!)) || (i + 1 < ps.length && ARCHIVE_LABEL.test(ps[i + 1]!));
}


/**
 * A news desk's or a station's name standing alone above the story or under it: a desk noun and "News" ("Industry News",
 * "Top Business News"), or a station's call letters or acronym before a desk or broadcast noun ("KXLB Radio News", "ICRT
 * Radio News"). The desk nouns are the lexicon's closed class. A capitalised word before the desk noun that is not call
 * letters is a headline's ("General World News", "Fake World News", "Sinclair Cuts Local News"), so it is not read.
 */
const DESK_NOUN = alternation(NEWS_DESK_NOUNS);
// A ranking word alone before "News" (NEWS_RANK_WORDS: "Top News") heads a digest's items, not a desk: a beat noun must follow it.
const NEWS_DESK_HEADING = new RegExp(String.raw`^(?!(?:${alternation(NEWS_RANK_WORDS)})\sNews$)(?:[A-Z]{2,6}\s)?(?:(?:${DESK_NOUN})\s)?(?:${DESK_NOUN}|${alternation(BROADCAST_NOUNS)})\sNews$`, 'u');
/** Above the body, the desk name is one of the first lines. */
const NEWS_DESK_LINES = 2;

/** Lines read around each end of the text and of the body. */
const MAX_EDGE_SCAN = 80;

function edgeLines(ps: string[], firstProse: number, lastProse: number, isFurniture: (p: string) => boolean, out: Hit[]): void {
  const n = ps.length;
  // Furniture sits near the text's ends or next to the body; a page of thousands of short lines is only read there.
  const near = (i: number): boolean => i < MAX_EDGE_SCAN || n - 1 - i < MAX_EDGE_SCAN || Math.abs(i - firstProse) <= MAX_EDGE_SCAN || Math.abs(i - lastProse) <= MAX_EDGE_SCAN;
  const edge = (i: number): boolean => (i < firstProse || i > lastProse) && near(i);
  let capsLabels = 0;
  for (const p of ps) if (p.length <= 40 && CAPS_LABEL.test(p)) capsLabels++;
  for (let i = 0; i < n; i++) {
    const p = ps[i]!;
    const self = selfDescription(p, i, firstProse);
    if (self) { out.push(self); continue; }
    if (p.length > 200) continue;
    const atEdge = edge(i);
    if (atEdge) {
      const meta = readMetaBar(p, i, isFurniture);
      if (meta) { out.push(meta); continue; }
      const crumbs = readEdgeBreadcrumb(p, i);
      if (crumbs) { out.push(crumbs); continue; }
      if (BACK_LINK.test(p)) { out.push({ i, j: i, message: 'A back link (navigation) left in the text.' }); continue; }
      const widget = readIsinWidget(ps, i, i < firstProse ? 0 : lastProse + 1, i < firstProse ? firstProse : n);
      if (widget) { out.push(widget); i = Math.max(i, widget.j); continue; }
    }
    if ((atEdge || i === 0 || i === n - 1) && TAGLINE.test(p) && !TAGLINE_VERB.test(p)) { out.push({ i, j: i, message: 'The site’s tagline left in the text.' }); continue; }
    if (i < firstProse && i < SLOGAN_LINES && p.length <= 80 && SLOGAN.test(p) && !TAGLINE_VERB.test(p)) { out.push({ i, j: i, message: 'The site’s tagline left in the text.' }); continue; }
    if (i === n - 1 && i > 0 && DANGLING_LABEL.test(p) && wordCount(p) <= MAX_DANGLING_WORDS && !LEAD_IN_WORD.test(p)) { out.push({ i, j: i, message: 'A label with nothing after it (a widget lost its content) left at the end of the text.' }); continue; }
    if (i < firstProse && i < 4 && capsLabels === 1 && CAPS_LABEL.test(p) && !EDITOR_LABEL.test(p)) { out.push({ i, j: i, message: 'A site label above the article left in the text.' }); continue; }
    if (i > lastProse && LABEL_URL.test(p) && !OWN_LINK_LABEL.test(p)) { out.push({ i, j: i, message: 'A re-poster’s link line (label and bare address) left in the text.' }); continue; }
    // With the feed's name under it: a date and time alone at the end is the page's own stamp (metadata).
    if (i > lastProse && i === n - 2 && DATE_TIME.test(p) && FEED_NAME.test(ps[i + 1]!) && wordCount(ps[i + 1]!) <= 3) {
      out.push({ i, j: i + 1, message: 'An auto-poster’s time stamp and feed name left at the end of the text.' });
      break;
    }
    if (i > lastProse && isLinkRow(p)) { out.push({ i, j: i, message: 'A row of footer links left in the text.' }); continue; }
    // The line under the tags is the headline, in Title Case; under a Title Case headline sits a sentence-case standfirst.
    // An archive page's heading labels above the story: "Archive" / "2024" / "Browsing", "Archives" / "mars 2021" / "Parcourir".
    if (i < firstProse && i < MAX_ARCHIVE_TOP && archiveTopLabel(ps, i)) {
      let j = i;
      while (j + 1 < firstProse && archiveTopLabel(ps, j + 1)) j++;
      out.push({ i, j, message: 'Archive or feed-page heading left in the text.' });
      i = j;
      continue;
    }
    // (A category page's heading on the first line, over the headline, "Sky Business News Articles", is the listing page's
    // own heading: metadata by CONVENTIONS.md §section-labels; the round 15 rule that read it was removed in round 36.)
    // A desk's or station's name alone, on the first lines above the body or as the text's last line: "Top Radio News".
    if (((i < firstProse && i < NEWS_DESK_LINES) || (i === n - 1 && i > lastProse)) && NEWS_DESK_HEADING.test(p)) { out.push({ i, j: i, message: 'A news desk’s or station’s name (page furniture) left in the text.' }); continue; }
    // A byline or source line under it ("From Associated Press", "By Jane Roe", "Par Marie Dupont") makes the line the headline.
    if (i + 1 < firstProse && isTagRow(p) && HEADLINE(ps[i + 1]!) && isTitleCase(ps[i + 1]!) && !isTagRow(ps[i + 1]!) && !SOURCE_LINE.test(ps[i + 1]!)) out.push({ i, j: i, message: 'A row of topic tags above the headline left in the text.' });
  }
}

// ---------------------------------------------------------------------------
// Inline tokens glued into prose
// ---------------------------------------------------------------------------

/** An image file name at the end of a path ("…/une_2970-c.jpg.445x577_q85_box-0%2C0…"). */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?![a-z])/iu;
/** A percent-encoded byte: "%2C", "%20". */
const PERCENT_ESCAPE = /%[0-9A-F]{2}/gu;
/** A path has at least this many folders. */
const MIN_PATH_SLASHES = 3;
/** Where a path glued to a word starts: a digit right after a letter ("l’autre02/07/…"); a path's own folders start with letters. */
const GLUE_START = /(?<=\p{L})\p{N}/u;
/** A CMS's image: a resize suffix ("-300x200.jpg", ".jpg.445x577"), an upload folder, resize parameters. */
const SCRAPED_IMAGE = /\d{2,4}x\d{2,4}|wp-content\/uploads\/|[?&](?:w|h|width|height|resize|fit|quality|q)=\d/u;
/** An address the writer typed (or a JSON field quoting one): left alone. */
const TYPED_URL = /:\/\/|^\W*www\./iu;

/** Whitespace-separated tokens of a paragraph, each tested on its own: no regex runs over the whole text. */
const TOKEN = /\S+/gu;

function gluedPaths(p: string, i: number, out: Hit[]): void {
  if (!p.includes('/')) return;
  for (const t of p.matchAll(TOKEN)) {
    const token = t[0];
    if (token.length < 12 || TYPED_URL.test(token) || !IMAGE_FILE.test(token)) continue;
    let slashes = 0;
    for (let k = 0; k < token.length; k++) if (token.charCodeAt(k) === 47) slashes++;
    if (slashes < MIN_PATH_SLASHES) continue;
    // The glue is in the word before the path's first folder ("autre02/07/…"), not inside the path ("2024%2F02").
    const found = GLUE_START.exec(token);
    const glue = found && found.index < token.indexOf('/') ? found : null;
    const escapes = token.match(PERCENT_ESCAPE)?.length ?? 0;
    // A relative path standing alone in a how-to ("put it in /public/img/a.png") is the article's; glued to a word, or URL-encoded, it is not.
    if (!glue && escapes < 2 && !SCRAPED_IMAGE.test(token)) continue;
    const from = t.index! + (glue ? glue.index : 0);
    out.push({ i, j: i, from, to: t.index! + token.length, message: 'An image path or file name glued into the text.' });
  }
}

/** A logo's alt text as a slug ("alleywatch-logo"), glued to the next word or alone. */
const SLUG_ALT = /(?<![\p{L}\p{N}_-])[a-z0-9]+(?:[-_][a-z0-9]+)*[-_](?:logo|icon|avatar|banner|thumbnail)(?=\p{Lu}|$)/gu;

function slugAlts(p: string, i: number, out: Hit[]): void {
  if (!/[-_](?:logo|icon|avatar|banner|thumbnail)/u.test(p)) return;
  for (const m of p.matchAll(SLUG_ALT)) out.push({ i, j: i, from: m.index!, to: m.index! + m[0].length, message: 'An image’s alt text (a file slug) glued into the text.' });
}

/**
 * A link label glued after the last full stop of a paragraph: "… did not
 * disclose terms. Story", "… in 2023. Read more". A lone label, not a
 * sentence: no final punctuation, or only a link's marks: a feed's ellipsis
 * or arrow, and a mirror's own ellipsis after it ("… the sector. Continue
 * reading...", "… in 2023. Read more… ...", "… en hausse. Lire la suite »").
 */
const GLUED_LINK_LABEL = new RegExp(String.raw`(?<=[.!?]["'”’)]?\s)(?:${readMoreLabelPattern('as-written')}|Story|Stories|More|Video|Watch|Listen|Photos?|Gallery|Audio|Podcast|Related|Full story|Lire aussi|Vidéo|Voir aussi)(?:\s?(?:\.{2,3}|…|»|›|→|>{1,3})){0,3}$`, 'u');
/**
 * A "read more" label set as a sentence after the last one of a teaser ("… higher utility rates. Read the full story.",
 * "… hausse des prix. Lire la suite."): the lexicon's labels, printed with a capital, closing the paragraph with a full
 * stop. "Read on" is left out: it also ends a sentence of prose ("… and read on.").
 * The label is read only after a cut teaser or furniture, never after a finished sentence of prose ("… it fits in two words.
 * Read more."): the text before it ends in "…" or on a dangling word ("… prices of the Read more."), repeats the start of an
 * earlier paragraph (a teaser printed twice), is itself furniture, or the label stands on its own line.
 */
/** A link's marks closing GLUED_LINK_LABEL's match, and the lexicon's "read more" labels opening it. */
const LINK_MARKS_END = /(?:\.{2,3}|…|»|›|→|>)$/u;
const GLUED_READ_MORE_HEAD = new RegExp(String.raw`^(?:${readMoreLabelPattern('as-written')})(?![\p{L}])`, 'u');
/** The label sits in the paragraph's last characters: only those are read. */
const STOPPED_LABEL_TAIL = 48;
const STOPPED_LINK_LABEL = new RegExp(String.raw`(?<=[.!?…]["'”’)]?\s|\p{L}\s)(?:${readMoreLabelPattern('as-written').split('|').filter((l) => !/^read on$/iu.test(l)).join('|')})\.$`, 'u');

/**
 * The issue date as a masthead or a running head sets it: the weekday before the month ("TUESDAY, DEC. 6, 1950", "Friday,
 * September 15, 1950", "MERCREDI 12 MARS 1952"), or the month in capitals with a bullet or comma before the year
 * ("DECEMBER 31 • 1936", "MAY 7, 2024"). Names from the lexicon's one list, in the cases print sets them.
 */
const MASTHEAD_DATE = new RegExp(String.raw`(?<![\p{L}])(?:${printCaseAlternation(EN_WEEKDAY_NAMES, ['title', 'upper'])}),? (?:[A-Z][a-z]{2,8}|[A-Z]{3,9})\.? \d{1,2}[,.]? (?:1[7-9]|20)\d\d(?!\d)|(?<![\p{L}])(?:${printCaseAlternation([...EN_MONTH_NAMES, ...EN_MONTH_ABBREVIATIONS], ['upper'])})\.? \d{1,2}\s?[•·,]\s?(?:1[7-9]|20)\d\d(?!\d)|(?<![\p{L}])(?:${printCaseAlternation(FR_WEEKDAY_NAMES, ['title', 'upper'])}) \d{1,2}(?:er|ER)? (?:${printCaseAlternation(FR_MONTH_NAMES, ['upper', 'lower'])}) (?:1[7-9]|20)\d\d(?!\d)`, 'gu');
/**
 * A print page's masthead read at the head of the paragraph its columns run into (a flattened front page): the paper's
 * name in capitals and the marks only a masthead prints, two kinds or more of them within its first characters: the
 * founding ("ESTABLISHED 1866", "(Established 1912)"), the volume and number ("VOL. 37.", "VOLUME XXXVII—NO. 233",
 * "39th YEAR, NO. 15"), the cover price in cents ("75 CENTS", "PRICE FIVE CENTS"), the postal number ("USPS 645-560"),
 * the page count ("TEN PAGES", "TWO SECTIONS") and a press award line ("AWARD WINNER"). Set mostly in capitals: a
 * sentence citing "Vol. 3, No. 12" is in lower case. The span runs from the paragraph's start to its last mark.
 */
const MASTHEAD_MARKS: ReadonlyArray<readonly [string, RegExp]> = [
  ['founded', /(?<![\p{L}\p{N}])(?:ESTABLISHED|Established|FOUNDED|Founded)(?![\p{L}])[^\n]{0,40}?(?<!\d)(?:1[6-9]|20)\d\d(?!\d)/gu],
  ['volume', /(?<![\p{L}\p{N}])(?:VOL(?:UME)?|Vol(?:ume)?)\.?\s?[\dIVXLC]{1,6}(?![\p{L}\p{N}])/gu],
  ['year', /(?<![\p{L}\p{N}])\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH|e|E) (?:YEAR|Year|ANNÉE|Année)(?![\p{L}])/gu],
  ['number', /(?<![\p{L}\p{N}])(?:NO|No|NUMBER|Number)\.?\s?\d{1,5}(?![\p{L}\p{N}])|N°\s?\d{1,5}(?![\p{L}\p{N}])/gu],
  ['price', /(?<![\p{L}\p{N}])(?:PRICE |Price )?(?:\d{1,3}|\p{Lu}{3,}(?:-\p{Lu}{3,})?)['’]?\s(?:CENTS|Cents)(?![\p{L}])/gu],
  ['postal', /(?<![\p{L}\p{N}])(?:USPS|ISSN)\s?\d{3,4}-\d{3,4}(?![\p{N}])/gu],
  ['pages', /(?<![\p{L}\p{N}])(?:\d{1,2}|TWO|THREE|FOUR|SIX|EIGHT|TEN|TWELVE|SIXTEEN|TWENTY) (?:PAGES|SECTIONS)(?![\p{L}])/gu],
  ['award', /(?<![\p{L}])AWARD[- ]WINN(?:ER|ING)(?![\p{L}])/gu],
  ['date', MASTHEAD_DATE],
  // A running head's section folio: "2—Sec. D", "Sec. B", "SEC. C" (a section letter, not a law's section number).
  ['section', /(?<![\p{L}\p{N}])(?:\d{1,3}\s?[—–-]\s?)?(?:SEC|Sec)\.\s?[A-Z](?![\p{L}\p{N}])/gu],
  // The publishing days a weekly prints under its name: "PUBLISHED TUESDAYS AND FRIDAYS", "PUBLISHED EVERY THURSDAY".
  ['published', /(?<![\p{L}])PUBLISHED (?:EVERY \p{Lu}+|DAILY|WEEKLY|\p{Lu}+DAYS(?: AND \p{Lu}+DAYS)?)(?![\p{L}])/gu],
];
/**
 * A section folio and the publishing days are a running head's words when set in capitals; in Title Case the same words
 * head minutes and notices ("Resolution No. 12, Sec. A, Adopted Tuesday, March 5, 2024 By The City Council"), so they do
 * not count toward the three kinds a mixed-case masthead needs.
 */
const CAPITALS_ONLY_MARKS: ReadonlySet<string> = new Set(['section', 'published']);
/** With three kinds of marks or more, a masthead set in mixed case ("VOL. 61 NO. 37 Riverton, Ohio, Friday, …") still is one. */
const MANY_MASTHEAD_KINDS = 3;
/** In a mixed-case masthead, at least this share of the words start with a capital or a figure. */
const MIN_CAPITALISED_SHARE = 0.85;
function capitalisedWordShare(span: string): number {
  const words = span.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return 0;
  return words.filter((w) => /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(w)).length / words.length;
}
/** A masthead stands in the first characters of the page text: only these are read. */
const MASTHEAD_WINDOW = 360;
const MIN_MASTHEAD_KINDS = 2;
/** A sentence of prose ending: a lower-case letter, its full stop and a space. */
const PROSE_SENTENCE_END = /\p{Ll}[.!?]\s/u;

function printMastheadLead(p: string, i: number, out: Hit[]): void {
  if (p.length < 40) return;
  const head = p.slice(0, MASTHEAD_WINDOW);
  let kinds = 0;
  let to = 0;
  let first = head.length;
  let mixedCaseKinds = 0;
  for (const [name, re] of MASTHEAD_MARKS) {
    re.lastIndex = 0;
    let found = false;
    for (let m = re.exec(head); m; m = re.exec(head)) { found = true; to = Math.max(to, m.index + m[0].length); first = Math.min(first, m.index); }
    if (found) { kinds++; if (!CAPITALS_ONLY_MARKS.has(name)) mixedCaseKinds++; }
  }
  if (kinds < MIN_MASTHEAD_KINDS) return;
  // The masthead opens the page text: a sentence of prose ended before its first mark ("Showers likely Sunday. … VOL. XII")
  // is a weather box or a teaser, and the volume line alone is edge-chrome.ts's.
  if (PROSE_SENTENCE_END.test(p.slice(0, first))) return;
  const span = p.slice(0, to);
  const letters = span.match(/\p{L}/gu)?.length ?? 0;
  const capitals = span.match(/\p{Lu}/gu)?.length ?? 0;
  if (letters === 0) return;
  // Set in capitals; or, with three kinds of marks, in words that all start with a capital or a figure (a masthead's
  // place and weekday in mixed case): prose has lower-case words between its capitals.
  if (capitals * 10 < letters * 6 && !(mixedCaseKinds >= MANY_MASTHEAD_KINDS && capitalisedWordShare(span) >= MIN_CAPITALISED_SHARE)) return;
  out.push({ i, j: i, from: 0, to, message: 'Print masthead furniture (paper, founding, volume, price) left at the head of the page text.' });
}

/**
 * A print replica's cover-price band run into the columns that follow it: only the band is furniture. Read across
 * columns, one band is spread over several lines ("Antilles Réunion 4,10 €. Belgique 3,60 €." … "Grèce 4,20 €. Italie
 * 4,40 €."): it is one piece of furniture, reported once, on its first line. Returns whether it was found.
 */
function coverPricesLead(p: string, i: number, out: Hit[]): boolean {
  const m = COVER_PRICES_LEAD.exec(p);
  if (m) out.push({ i, j: i, from: 0, to: m[0].length, message: 'Print masthead furniture (cover prices) left in the text.' });
  return m !== null;
}

/**
 * A listing's or feed's "read more" link glued to the teaser it closes, where the teaser was cut with no full stop: the label
 * in its printed case right after a lower-case letter with no space ("… members were inContinue Reading", "… the budgetRead
 * More"), or in brackets at the very end ("… monetary policy [FULL STORY]", "… en hausse [Lire la suite]"). Case-sensitive:
 * a capital glued to a lower-case letter, or a bracketed label closing the paragraph, is no word of prose.
 */
const GLUED_TAIL_LABEL = new RegExp(String.raw`(?<=\p{Ll})(?:${storyLinkLabelPattern('as-written')})(?:\s?(?:\.{3}|…|»|›|→|>{1,3}))?$`, 'u');
const BRACKETED_TAIL_LABEL = new RegExp(String.raw`(?<=\s)\[\s?(?:${storyLinkLabelPattern('any')})\s?(?:\.{3}|…|»|›|→|>{1,3})?\s?\]$`, 'iu');

/** The lexicon's pointer to the print edition ("Read more in the Valley Daily Express."), read after a paragraph's last sentence. */
const READ_MORE_IN_PAPER = lineRules(['read-more-in-paper'])[0]!.re;
/** A sentence's end before a capital, in a paragraph's last characters: where a glued pointer may start. */
const SENTENCE_END_BEFORE_CAPITAL = /[.!?]["”’)]?\s+(?=\p{Lu})/gu;
const PAPER_POINTER_TAIL = 90;

function gluedPaperPointer(p: string, i: number, out: Hit[]): boolean {
  const tailAt = Math.max(0, p.length - PAPER_POINTER_TAIL);
  const tail = p.slice(tailAt);
  SENTENCE_END_BEFORE_CAPITAL.lastIndex = 0;
  for (let m = SENTENCE_END_BEFORE_CAPITAL.exec(tail); m; m = SENTENCE_END_BEFORE_CAPITAL.exec(tail)) {
    const from = m.index + m[0].length;
    if (READ_MORE_IN_PAPER.test(tail.slice(from))) {
      out.push({ i, j: i, from: tailAt + from, to: p.length, message: 'A pointer to the print edition glued to the end of the paragraph.' });
      return true;
    }
  }
  return false;
}

/**
 * A bracketed label after text stopped where no phrase ends, on a comma or a function word ("… recorded at the [continue
 * reading]"), ends a cut teaser: truncated.ts reports that cut, label included, so it is not furniture a second time. A
 * label after a finished phrase ("… its monetary policy [FULL STORY]") is the story link's, and stays here.
 */
function bracketEndsCut(before: string): boolean {
  const text = before.trimEnd();
  const last = /(\p{L}+)$/u.exec(text)?.[1];
  return text.endsWith(',') || (last !== undefined && last === last.toLowerCase() && isDanglingWord(last));
}

/** A teaser's lead of this many characters printed again marks the later copy as a cut teaser. */
const TEASER_REPEAT_LEAD = 40;

/** The text before a stopped label is a cut teaser or furniture, or the label sits on its own line (see STOPPED_LINK_LABEL). */
function stoppedLabelAfterTeaser(before: string, ps: readonly string[], i: number, isFurniture: (p: string) => boolean): boolean {
  if (/\n\s*$/u.test(before)) return true;
  const text = before.trimEnd();
  const last = /(\p{L}+)$/u.exec(text)?.[1];
  if (last !== undefined) return last === last.toLowerCase() && isDanglingWord(last) && isBodyProse(text);
  if (isFurniture(text)) return true;
  if (!isBodyProse(text)) return false;
  if (/(?:…|\.\.\.)["'”’)]?$/u.test(text)) return true;
  if (text.length < TEASER_REPEAT_LEAD) return false;
  const lead = text.slice(0, TEASER_REPEAT_LEAD);
  for (let k = 0; k < i; k++) if (ps[k]!.startsWith(lead)) return true;
  return false;
}

/**
 * A "read more" label carrying the post's title, glued after a teaser's cut or its last sentence ("… or the looming …
 * Continue reading Why I Still Believe in Co-ops", youngagrarians 836): WordPress's default excerpt link prints the title
 * after the label for screen readers. The bare label glued there is read below (810, 837); with the title it is read
 * only when the words after the label are a copy of a line printed elsewhere in the text (the post's headline), so a
 * sentence that goes on after "read more" is never taken.
 */
const TITLED_READ_MORE = new RegExp(String.raw`(?<=(?:…|\.{3}|[.!?]["”’)]?)\s{1,3})(?:${readMoreLabelPattern('as-written')})\s(?=["“«\p{Lu}\p{N}])`, 'gu');
const TITLED_READ_MORE_TAIL = 200;
const MIN_TITLED_READ_MORE_TITLE = 8;

function titledReadMore(p: string, i: number, out: Hit[], ps: readonly string[]): boolean {
  const tailAt = Math.max(0, p.length - TITLED_READ_MORE_TAIL);
  const tail = p.slice(tailAt);
  TITLED_READ_MORE.lastIndex = 0;
  for (let m = TITLED_READ_MORE.exec(tail); m; m = TITLED_READ_MORE.exec(tail)) {
    const title = tail.slice(m.index + m[0].length).trim();
    if (title.length < MIN_TITLED_READ_MORE_TITLE || title.includes('\n')) continue;
    if (!ps.some((q, k) => k !== i && q.trim() === title)) continue;
    out.push({ i, j: i, from: tailAt + m.index, to: p.length, message: 'A “read more” link label, with the post’s title, glued to the end of a teaser.' });
    return true;
  }
  return false;
}

function gluedLinkLabel(p: string, i: number, out: Hit[], ps: readonly string[], isFurniture: (p: string) => boolean): void {
  if (p.length < 24) return;
  if (p.length > 60 && titledReadMore(p, i, out, ps)) return;
  if (p.length > 60 && gluedPaperPointer(p, i, out)) return;
  const tailAt = Math.max(0, p.length - 36);
  const tail = p.slice(tailAt);
  const glued = GLUED_TAIL_LABEL.exec(tail) ?? BRACKETED_TAIL_LABEL.exec(tail);
  if (glued && glued[0].startsWith('[') && bracketEndsCut(p.slice(0, tailAt + glued.index))) return;
  if (glued) {
    const from = tailAt + glued.index;
    out.push({ i, j: i, from, to: p.length, message: 'A “read more” link label glued to the end of a cut teaser.' });
    return;
  }
  if (p.length < 60) return;
  const stopped = p.endsWith('.') ? STOPPED_LINK_LABEL.exec(p.slice(Math.max(0, p.length - STOPPED_LABEL_TAIL))) : null;
  if (stopped) {
    const at = Math.max(0, p.length - STOPPED_LABEL_TAIL) + stopped.index;
    if (stoppedLabelAfterTeaser(p.slice(0, at), ps, i, isFurniture)) out.push({ i, j: i, from: at, to: p.length, message: 'A link label glued to the end of the paragraph.' });
    return;
  }
  // A final stop ends a sentence, unless it is a link's ellipsis ("… Continue reading...").
  if (/[.!?:;"”’)]$/u.test(p) && !/(?:\.{2,3}|…)$/u.test(p)) return;
  const m = GLUED_LINK_LABEL.exec(p.slice(Math.max(0, p.length - 30)));
  if (!m) return;
  // With a link's marks after it, only a "read more" label: "More...", "Stories...", "Related »" also close a sentence of
  // prose that trails off ("… said nothing more. More...", "… in Europe. Stories..."; review A, item 6).
  if (LINK_MARKS_END.test(m[0]) && !GLUED_READ_MORE_HEAD.test(m[0])) return;
  const at = Math.max(0, p.length - 30) + m.index;
  if (!isBodyProse(p.slice(0, at))) return;
  out.push({ i, j: i, from: at, to: p.length, message: 'A link label glued to the end of the paragraph.' });
}

/**
 * A loader's placeholder: the text a page prints while a script fetches more ("Loading articles...", "Next story loading
 * loading..", "Loading more stories…", "Chargement des articles…", "Article suivant en cours de chargement…"), left at
 * the end of a short line, maybe after the store's own prefix (" date 2021-07-08 Loading articles..."). Read by structure:
 * a label in sentence case (its first word capitalised), the loader's gerund with what it loads or the item it fetches
 * ("next story", "more articles") or the gerund printed twice by a spinner, and the loader's dots. A bare "Loading…" line
 * is the comments-player rule's (lexicon.ts); a sentence of prose ("the ship was still loading...") is lower case and
 * names no content. Two outlets in batch 16 (a radio station's wire page, a trade site's infinite scroll).
 */
const LOADER_CONTENT = String.raw`(?:more |the |next |previous )?(?:articles?|stories|story|posts?|news|items?|content|comments|results)`;
const LOADER_PLACEHOLDER = new RegExp(
  String.raw`(?<=^|\s)(?:(?:Next|More|Previous) (?:story|stories|articles?|posts?) (?:is )?loading(?: loading)?|Loading ${LOADER_CONTENT}|Loading loading`
  + String.raw`|Chargement (?:en cours|des (?:articles|contenus|actualités|commentaires)|de l['’]article(?: suivant)?)|(?:Article|Actualité) suivante? en cours de chargement)`
  + String.raw` ?(?:\.{2,3}|…)$`,
  'u',
);
const MAX_LOADER_LINE = 80;

function loaderPlaceholder(p: string, i: number, out: Hit[]): void {
  if (p.length > MAX_LOADER_LINE || p.includes('\n')) return;
  const m = LOADER_PLACEHOLDER.exec(p.trimEnd());
  if (m) out.push({ i, j: i, from: m.index, to: m.index + m[0].length, message: 'A loader’s placeholder (“Loading articles…”) left in the text.' });
}

/**
 * A media player's residue on a line of its own: the player's clock or the clip's length ("1:47", "0:00", "1:02:33",
 * "02:15 min"). Seen above a video title and under an empty "Updated:" label (a broadcaster's wire page, a national
 * daily's audio player: two outlets). An ad slot's size label ("300x250x1") was seen on one page only: not read.
 * A clip length is read as minutes and seconds (a single-digit or zero-led first field, or hours:minutes:seconds, or a
 * "min" unit): "10:30" alone is a live blog's time of day, not a player's. The line must stand alone: a run of clock or
 * figure lines is a timetable or a table (its neighbours are figures too), and a text holding many of them is a live
 * blog's timeline, so past MAX_MEDIA_LINES none is flagged.
 */
const PLAYER_CLOCK = /^(?:0?\d:[0-5]\d|\d{1,2}:[0-5]\d:[0-5]\d|\d{1,2}:[0-5]\d\s?(?:min|mins|minutes?)\.?)$/u;
const FIGURE_ONLY = /^[\d\s:x×.,%+\-−–]+$/u;
const MAX_MEDIA_LINES = 3;

/**
 * What makes a lone clock a player's and not an agenda's, a race's, a verse's or a recipe's: the player's own
 * neighbours. Either an empty date label sits right above it (the player's "Updated:" stamp, EN/FR), or the clip's
 * title sits right below it (a headline-shaped line: three words or more, no end punctuation, no label colon) with no
 * label line above the clock ("His winning time:", "Cooking time", "Final score": a short line or one ending in ':'
 * introduces the figure as a value) and no other clock within two lines (an agenda or a live blog alternates times and
 * entries). A clock followed by a sentence is a live blog's or a programme's entry, not a player.
 */
/** The date labels of the lexicon's one list of empty metadata labels (META_FIELD_LABELS). */
const EMPTY_DATE_LABEL = emptyMetaLabelPattern(['date']);
const CLIP_TITLE_SHAPE = /^\S+(?:\s+\S+){2,}$/u;
const LINE_END_PUNCT = /[.!?:;…»”"]$/u;

function playerContext(ps: readonly string[], prev: number, next: number): boolean {
  const above = prev >= 0 ? ps[prev]!.trim() : '';
  if (EMPTY_DATE_LABEL.test(above)) return true;
  const below = next < ps.length ? ps[next]!.trim() : '';
  if (!below || below.length > 120 || below.includes('\n') || LINE_END_PUNCT.test(below) || !CLIP_TITLE_SHAPE.test(below)) return false;
  if (above.endsWith(':') || (above && !above.includes('\n') && above.split(/\s+/u).length <= 3 && !/[.!?]$/u.test(above))) return false;
  // Another clock two lines away either side (the clock itself and blank lines lie strictly between prev and next).
  for (let k = Math.max(0, prev - 1); k <= Math.min(ps.length - 1, next + 2); k++) {
    if (k > prev && k < next) continue;
    if (PLAYER_CLOCK.test(ps[k]!.trim())) return false;
  }
  return true;
}

function mediaResidueLines(ps: readonly string[], out: Hit[]): void {
  const found: Array<{ i: number; message: string }> = [];
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    if (p.length > 12) continue;
    const t = p.trim();
    if (!PLAYER_CLOCK.test(t)) continue;
    let prev = i - 1;
    while (prev >= 0 && ps[prev]!.trim() === '') prev--;
    let next = i + 1;
    while (next < ps.length && ps[next]!.trim() === '') next++;
    if ((prev >= 0 && FIGURE_ONLY.test(ps[prev]!.trim())) || (next < ps.length && FIGURE_ONLY.test(ps[next]!.trim()))) continue;
    if (!playerContext(ps, prev, next)) continue;
    found.push({ i, message: 'A media player’s clock or a clip’s length left on a line of its own.' });
    if (found.length > MAX_MEDIA_LINES) return;
  }
  for (const f of found) out.push({ i: f.i, j: f.i, message: f.message });
}

/**
 * A share widget's labels read inline, its button and its close button run together: "… 07:08 Share CLOSE A courier …",
 * "Share Close", "SHARE ×", "Partager FERMER". The close label in capitals or Title Case, or a cross, right after "Share";
 * "share close ties" (prose) is lower case.
 */
const INLINE_SHARE_CLOSE = /(?<=^|\s)(?:Share|SHARE|Partager|PARTAGER)(?: (?:this|the) (?:article|story))? (?:CLOSE|Close|FERMER|Fermer|×|✕)(?=\s|$)/gu;

/**
 * A print page's app promo read inline, its word spaces often lost at the print layout: a sentence that opens on the call
 * itself and invites the reader to scan a code for, download, get or install the outlet's app ("Scan the code to download the
 * app.", "Scan thecodetodownloadthe app.", "Download our free app for breaking news.", "Get the app.", "Scannez le QR code pour
 * télécharger l’application", "Téléchargez notre application gratuite."). An imperative that opens the sentence, an app
 * ("app", "application", "appli") as its object within a few words, and the sentence's end soon after: "Readers can download
 * the app" has a subject first and is news about the app. No slogan list: the short line before the call is the page's own.
 */
const W = String.raw`\s?`;
/** The call's opening: a code to scan, or a verb of getting software, in the imperative (EN, FR). */
const APP_CALL_SCAN = String.raw`(?:scan${W}(?:the|this|our)${W}(?:qr${W})?code${W}(?:to${W}(?:download|get|install)${W})?|scannez${W}(?:le|ce)${W}(?:qr${W})?code${W}(?:pour${W}(?:télécharger|installer|obtenir)${W})?)`;
/** A verb of getting software in the imperative, without a code (EN, FR). */
const APP_CALL_GET = String.raw`(?:download|get|install|téléchargez|installez)${W}`;
/**
 * The app as the call's object. After a code: "the app", "our app", "the Daily News app", "l’application". After a bare verb
 * the outlet speaks of its own app ("our free app", "our news app", "notre application") or of "the app" alone, never "the
 * best apps" of a review or a how-to's "the banking app".
 */
const APP_OBJECT_ANY = String.raw`(?:(?:the|our)${W}(?:free${W}|new${W})?(?:[\p{L}\p{N}&'’.-]{1,20}${W}){0,3}?app|(?:l['’]|notre${W})appli(?:cation)?)`;
const APP_OBJECT_OWN = String.raw`(?:our${W}(?:free${W}|new${W})?(?:[\p{L}\p{N}&'’.-]{1,20}${W}){0,2}?app|the${W}(?:free${W})?app|(?:l['’]|notre${W})appli(?:cation)?(?:${W}(?:gratuite|mobile))?)`;
const INLINE_APP_PROMO = new RegExp(String.raw`(?<=^|[\s.!?»”])(?:${APP_CALL_SCAN}${APP_OBJECT_ANY}|${APP_CALL_GET}${APP_OBJECT_OWN})(?=[\s.!,:;]|$)(?:[^.!?\n]{0,50}[.!])?`, 'giu');

/** How far back the words before an app call are read; a lower-case letter there (case-sensitive) means the call is not the sentence's opening. */
const APP_CALL_LOOKBACK = 60;
const LOWER_CASE_LETTER = /\p{Ll}/u;
const SCAN_CALL_START = /^scan/iu;
/**
 * Reported speech after the call: a comma, then an incise with a reporting verb ("Download our app, it urged residents",
 * "Get the app, the mayor said", "Téléchargez l’application, conseille-t-elle", "…, recommande la mairie"). The call is then
 * someone's quoted advice inside a news sentence, not the page's promo. Read from the app object's end, a bounded window.
 */
const REPORTED_INCISE = /^\s?,\s?(?:(?:it|he|she|they|we|officials|(?:the|la|le|les)\s[\p{L}'’-]{2,20}|\p{Lu}[\p{L}'’-]{1,20})\s(?:said|says|urged|urges|told|tells|advised|advises|warned|warns|wrote|writes|added|adds|asked|asks|recommended|recommends|suggested|suggests)\b|[\p{L}]{2,20}-t-(?:il|elle|ils|elles|on)\b|[\p{L}]{2,20}-(?:il|elle|ils|elles)\b|(?:conseille|recommande|explique|précise|indique|souligne|ajoute|rappelle|insiste|avertit|prévient|estime)(?:nt)?\s(?:la|le|les|l['’])\s?\p{L})/u;
const INCISE_WINDOW = 60;

function inlineAppPromo(p: string, i: number, out: Hit[]): void {
  const lower = p.toLowerCase();
  if (lower.indexOf('app') < 0) return;
  INLINE_APP_PROMO.lastIndex = 0;
  for (let m = INLINE_APP_PROMO.exec(p); m; m = INLINE_APP_PROMO.exec(p)) {
    // The call opens its sentence, or follows a print page's labels in capitals and figures ("SUNDAY EDITION", "$2.00"): a
    // lower-case word before it in the same sentence is a subject or a clause ("Readers can download the app").
    const before = p.slice(Math.max(0, m.index - APP_CALL_LOOKBACK), m.index);
    const sentence = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?')) + 1);
    if (LOWER_CASE_LETTER.test(sentence)) continue;
    // A download call that opens the paragraph is the line rules' ('follow-footer', 'app-promo'): they flag the whole line.
    if (m.index === 0 && !SCAN_CALL_START.test(m[0])) continue;
    // Reported advice: the call is followed by a comma and an incise ("…, it urged residents", "…, conseille-t-elle").
    const comma = m[0].indexOf(',');
    const afterObject = comma >= 0 ? m.index + comma : m.index + m[0].length;
    if (REPORTED_INCISE.test(p.slice(afterObject, afterObject + INCISE_WINDOW))) continue;
    out.push({ i, j: i, from: m.index, to: m.index + m[0].length, message: 'An app promo (print page furniture) left in the text.' });
  }
}

/**
 * A print front page's reference to an inside page, read inline after the teaser it closes: "… deadliest crash in 30 years.
 * PAGE A4", "… at home in the final. PAGE C1 SUNDAY …", "Details of the vote. Page B-1", "… compétitivité. // PAGES 30-31",
 * "… la pêche française // P. 18", "… les ventes repartent. Lire page 12". The reference stands alone after a sentence's end
 * (or the "//" of a flattened box), written with a capital; prose that names a page puts it inside its sentence ("see the
 * chart on page 12.") or goes on after it ("Page 3 of the report shows …": a lower-case word follows, so it is no reference).
 * Case matters, so no 'i' flag.
 */
const PRINT_PAGE_REF = /(?<=[.!?»”"]\s{1,3}|\/\/\s?)(?:PAGES?|Pages?|P\.|(?:Lire|LIRE|Voir|VOIR|Suite|SUITE)(?: en| EN)? (?:page|PAGE|p\.|P\.))\s?[A-Z]?-?\d{1,3}(?:\s?[-–]\s?[A-Z]?-?\d{1,3})?(?![\p{L}\p{N}–-])(?![.,]?\s\p{Ll})/gu;

/**
 * The teaser's kicker before a page reference: two words or more in capitals ("SAFETY FIRST", "MARCH GLADNESS?", "RIVER
 * WATCH"), then the teaser's first capitalised word of prose. With a kicker close before it, the whole teaser box (kicker,
 * sentence, reference) is the furniture; without one, only the reference is flagged.
 */
const TEASER_KICKER = /(?<![\p{L}\p{N}])\p{Lu}{2,}[\p{Lu}'’-]*(?: (?:&|\p{Lu}{2,}[\p{Lu}'’-]*)){1,5}[?!:]?(?= \p{Lu}\p{Ll})/gu;
/** A teaser box is short: its kicker stands this close before the reference at most. */
const MAX_TEASER_BOX = 220;
/**
 * A page number in prose, not a print reference: "Page"/"Pages"/"P." in ordinary case with a bare number (no section letter
 * as in "Page C-2"), then a capitalised word of prose ("… 90 pages. Page 12 The Board sets out its view."): a report's own
 * page heading or a sentence. A reference in capitals ("PAGE A4"), with a section letter, or before a kicker in capitals stays one.
 */
const PROSE_PAGE_NUMBER = /^(?:Pages?|P\.)\s?\d/u;
const PROSE_AFTER_REF = /^\s\p{Lu}\p{Ll}/u;
/**
 * A continuation ("Suite page 4", "SUITE P. 12"): a jump that cuts into a story's own text, furniture wherever it stands
 * (CONVENTIONS.md §jump-references), unlike a bare pointer ("PAGE A4", "// P. 18", "Lire page 9") that closes a teaser.
 */
const CONTINUATION_REF = /^(?:Suite|SUITE)\b/u;
const JUMP_MESSAGE = 'A print edition’s jump line (reference to another page) left in the text.';
/**
 * Whether a paragraph is a block of front-page teasers with their own pointers: its last page reference closes it (only
 * spaces or a closing stop after it). CONVENTIONS.md §jump-references (dev 21-pdfcoffee's "CHINA, PAGE 6"): a pointer
 * belongs to its teaser, page content, so a paragraph of teasers ("… la pêche française // P. 25", "… du pétrole. //
 * PAGE 15": 197's Les Echos front page; dev 21 and 199's China Daily teasers) keeps its pointers. When the run goes on
 * past the last pointer (the index, the social handles, the lead story's first words glued after it: 279, 306 Houston
 * Chronicle flipbooks), the teasers were flattened with the masthead into one run, and the pointers are its furniture.
 */
function endsOnPageRef(p: string): boolean {
  let last: RegExpExecArray | null = null;
  PRINT_PAGE_REF.lastIndex = 0;
  for (let m = PRINT_PAGE_REF.exec(p); m; m = PRINT_PAGE_REF.exec(p)) last = m;
  return last !== null && /^[\s.]*$/u.test(p.slice(last.index + last[0].length));
}

function printPageRefs(p: string, i: number, out: Hit[]): void {
  if (p.indexOf('P') < 0 && p.indexOf('p') < 0) return;
  const teaserBlock = endsOnPageRef(p);
  PRINT_PAGE_REF.lastIndex = 0;
  let boxStart = 0;
  for (let m = PRINT_PAGE_REF.exec(p); m; m = PRINT_PAGE_REF.exec(p)) {
    // A reference that is the whole paragraph is a line of its own, read by the line rules.
    if (m[0].length >= p.trim().length) continue;
    if (teaserBlock && !CONTINUATION_REF.test(m[0])) continue;
    if (PROSE_PAGE_NUMBER.test(m[0]) && PROSE_AFTER_REF.test(p.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    const windowFrom = Math.max(boxStart, m.index - MAX_TEASER_BOX);
    const window = p.slice(windowFrom, m.index);
    let from = m.index;
    TEASER_KICKER.lastIndex = 0;
    for (let k = TEASER_KICKER.exec(window); k; k = TEASER_KICKER.exec(window)) from = windowFrom + k.index;
    const message = CONTINUATION_REF.test(m[0]) ? JUMP_MESSAGE : from < m.index ? 'A print front page’s teaser and its reference to an inside page left in the text.' : 'A print front page’s reference to an inside page left in the text.';
    out.push({ i, j: i, from, to: m.index + m[0].length, message });
    boxStart = m.index + m[0].length;
  }
}

/**
 * A print jump line run into a replica's flattened text: the jump, a whole line in print ('print-jump-line' of the
 * lexicon reads it there: "Continued on Page A6", "Turn to PORT, Page 4"), lands inside a paragraph when a replica
 * flattens the page's columns: "… the Times part- Turn to page 25 for expanded coverage Puzzle platform …", "… WRITER
 * Harbour Times continues on page 6 More than …". Two forms: a call to turn, opening a clause (after a sentence end or a
 * word cut at its hyphen), with its page and at most a few words of what is there; a continuation verb with its page,
 * with no stop after it (a sentence ends "… continues on page 6."). Only the jump is flagged: the slug before a
 * continuation is the story's name and stays.
 */
const INLINE_JUMP = /(?<=[.!?”"]\s{1,3}|\p{L}-\s)(?:[Pp]lease )?(?:[Tt]urn|TURN|[Gg]o|GO) (?:to|TO) (?:[Pp]age|PAGE) [A-Z]?-?\d{1,3}(?: for(?: [\p{Ll}'’-]{2,20}){1,4})?|(?<=\p{L} )(?:continues|continued|CONTINUES|CONTINUED|[Cc]ont['’]d) (?:on|ON) (?:[Pp]age|PAGE) [A-Z]?-?\d{1,3}(?=\s\p{Lu}|$)/gu;

/**
 * Round 40: a print refer in brackets inside a sentence, the bracket holding nothing but the call to read and the page
 * ("… petits arrangements en famille » (lire en page 10).", a French trade weekly's web copy of its print editorial, 824;
 * "… 57,5 milliards (lire p. 26).", a trade magazine's editorial, 268). The page is not in the text (CONVENTIONS.md
 * §jump-references). A bracket citing a source's page ("(p. 26 of the report)") has other words and stays.
 */
const BRACKETED_REFER = /\((?:lire|voir|see|read)(?: (?:en|on|à la))? (?:page|p\.|pp\.)\s?[A-Z]?-?\d{1,3}(?:\s?[-–]\s?\d{1,3})?\)/giu;

function inlineJumps(p: string, i: number, out: Hit[]): void {
  if (p.includes('(')) {
    BRACKETED_REFER.lastIndex = 0;
    for (let m = BRACKETED_REFER.exec(p); m; m = BRACKETED_REFER.exec(p)) {
      if (m[0].length < p.trim().length) out.push({ i, j: i, from: m.index, to: m.index + m[0].length, message: JUMP_MESSAGE });
    }
  }
  if (p.indexOf('age') < 0 && p.indexOf('AGE') < 0) return;
  INLINE_JUMP.lastIndex = 0;
  for (let m = INLINE_JUMP.exec(p); m; m = INLINE_JUMP.exec(p)) {
    if (m[0].length >= p.trim().length) continue;
    out.push({ i, j: i, from: m.index, to: m.index + m[0].length, message: JUMP_MESSAGE });
  }
}

/**
 * The labels of a quote page's links copied inside a ticker's parenthesis: "Bank of America Corp (BAC.N: Quote, Profile,
 * Research, Stock Buzz) and …". Reuters stories of about 2004-2010 printed them after every listed company, and copies keep
 * them: 684 (a blog's copy of a Reuters story, 2008), the AG News corpus of RSS items ("Microsoft Corp. (MSFT.O: Quote,
 * Profile, Research) warned …") and a Reuters headline dataset ("International Game Technology (IGT.N: Quote, Profile,
 * Research) on Tuesday posted …"), whose public cleaning scripts strip the labels as Reuters boilerplate (find_string).
 * Read from the colon after the ticker (its exchange suffix, ".N", ".O", ".L") to the closing parenthesis; the ticker stays.
 * The labels are a closed list in a fixed order, English only (the template's), so prose naming them ("its quote, profile
 * and research pages") is no match.
 */
const QUOTE_LINK_LABELS = /(?<=\(\s?[A-Z0-9]{1,6}\.[A-Z]{1,3})\s?:\s?Quote, Profile, Research(?:, Stock Buzz)?(?=\s?\))/gu;

function quoteLinkLabels(p: string, i: number, out: Hit[]): void {
  if (!p.includes('Quote, Profile')) return;
  for (const m of p.matchAll(QUOTE_LINK_LABELS)) {
    out.push({ i, j: i, from: m.index!, to: m.index! + m[0].length, message: 'The labels of a quote page’s links (Quote, Profile, Research) left inside a ticker.' });
  }
}

/**
 * A wire's contact trailer, run into the story's last paragraph or alone on its line: "To contact the reporter on this
 * story: <name> in <city> at <address>", then "To contact the editor responsible for this story: <name> at <address>".
 * Bloomberg closes its stories with it and re-posters keep it: batch 21's 629 (a mailing list's copy, run on after the
 * editors' credit), and the Bloomberg copy in public news datasets (stories of 2010-2020 scraped from several hosts,
 * the clauses alone on a line or run into the text). Read from the fixed opening clause (its colon included) to the last
 * contact's address (an e-mail, an archive's "[email protected]" placeholder) or the paragraph's end; what follows stays.
 */
/** One clause: its opening, a contact and address, more contacts after a semicolon, a comma or "and". */
const CONTACT_CLAUSE = String.raw`To contact the (?:reporters?|editors?|writers?) (?:on|responsible for|of|for) (?:this|the) (?:story|article|report)\s?:\s?[^\n]{1,160}?(?:${CONTACT_ADDRESS}(?:\s?(?:;|,|and)\s[^\n]{1,80}?${CONTACT_ADDRESS})*|$)`;
const WIRE_CONTACT = new RegExp(String.raw`(?<=^|[\s.!?”")])${CONTACT_CLAUSE}(?:\s+${CONTACT_CLAUSE})*`, 'gu');

function wireContacts(p: string, i: number, out: Hit[]): void {
  if (p.indexOf('To contact the ') < 0) return;
  WIRE_CONTACT.lastIndex = 0;
  for (let m = WIRE_CONTACT.exec(p); m; m = WIRE_CONTACT.exec(p)) {
    out.push({ i, j: i, from: m.index, to: m.index + m[0].length, message: 'A wire’s contact trailer (reporter and editor addresses) left in the text.' });
  }
}

/**
 * Menu links read with no space between them, at the end of a line of page chrome: "date 2022-01-20 ContributorsPublishers
 * Advertisers", "Updated 3 min ago HomeNewsSportsWeather". Three capitalised words or more glued into one token, closing the
 * line; a brand glues two at most, a hashtag has its "#" (the whole-line case is the lexicon's 'glued-menu-words').
 */
const TRAILING_GLUED_MENU = /(?<=\s)(?:\p{Lu}\p{Ll}{2,}){3,10}$/u;

function trailingGluedMenu(p: string, i: number, out: Hit[]): void {
  const m = TRAILING_GLUED_MENU.exec(p);
  if (m) out.push({ i, j: i, from: m.index, to: p.length, message: 'Navigation menu left in the text.' });
}

function inlineShareClose(p: string, i: number, out: Hit[]): void {
  if (p.indexOf('Share') < 0 && p.indexOf('SHARE') < 0 && p.indexOf('artager') < 0 && p.indexOf('ARTAGER') < 0) return;
  INLINE_SHARE_CLOSE.lastIndex = 0;
  for (let m = INLINE_SHARE_CLOSE.exec(p); m; m = INLINE_SHARE_CLOSE.exec(p)) {
    out.push({ i, j: i, from: m.index, to: m.index + m[0].length, message: 'Share buttons left in the text.' });
  }
}

/**
 * A row of page links glued after the last sentence: "… Interest on U.S. Debt . Order Reprints | Today’s Paper | Subscribe".
 * Three or more short fields between pipes, one of them a label on its own.
 */
const GLUED_LINK_ROW = /(?<=[.!?]["'”’)]?\s)[^|.!?]{1,30}(?:\|[^|.!?]{1,30}){2,6}$/u;
const MAX_ROW_FIELD_WORDS = 3;

function gluedLinkRow(p: string, i: number, isFurniture: (p: string) => boolean, out: Hit[]): void {
  if (p.length < 40 || !p.includes('|')) return;
  const tailAt = Math.max(0, p.length - 220);
  const m = GLUED_LINK_ROW.exec(p.slice(tailAt));
  if (!m) return;
  const fields = m[0].split('|').map((f) => f.trim());
  for (const f of fields) if (f.length === 0 || wordCount(f) > MAX_ROW_FIELD_WORDS) return;
  if (!fields.some(isFurniture)) return;
  out.push({ i, j: i, from: tailAt + m.index, to: p.length, message: 'A row of page links glued to the end of the paragraph.' });
}

/** A breadcrumb trail glued at the head of a paragraph: "Accueil > Adtechs & Martechs > Les levées…". */
const BREADCRUMB_HEAD = /^(?:home|accueil|inicio|startseite|start|portada)\s?[>›»]\s?(?:[^>›».!?\n]{1,40}[>›»]\s?){0,5}/iu;

function breadcrumbHead(p: string, i: number, out: Hit[]): void {
  const m = BREADCRUMB_HEAD.exec(p);
  if (!m || m[0].length >= p.length - 1) return;
  out.push({ i, j: i, from: 0, to: m[0].trimEnd().length, message: 'A breadcrumb trail glued to the start of the text.' });
}

// ---------------------------------------------------------------------------

/**
 * Round 38 (issue 4): a site's link label run on at the end of a paragraph that is none of READ_MORE_LABELS, each the
 * platform's own words and never the end of a sentence of prose (case-sensitive):
 * - GLUED_REGION_LABEL: a page-layout region's label glued after the last sentence with no space ("… further
 *   action.Article content", a Canadian chain's label on an aggregator's copy, 692; the same label alone is
 *   lexicon.ts's CONTINUATION_NOTICE).
 * - BRACKETED_MORE: a listing's "[More]" link after the teaser's last sentence (a consumer-news tag page, 762).
 * - ELLIPSIS_MORE: a blog excerpt's "...MORE" link (the excerpt's ellipsis, then the label) after a quoted paragraph (588).
 * - TRAILING_PERMALINK: a blog engine's "permalink" closing each post paragraph after its last sentence (766).
 * - WIRE_BRIEF_LINKS: a wire brief's lost links, "Source text for Eikon:" and "Further company coverage:", run on after its
 *   last bullet (462; every brief of the agency's company-news desk prints them), the desk's credit in brackets after it
 *   left out of the excerpt.
 * - AUTHOR_BOX_LINK: an author box's link to the author's page after the (cut) biography ("… en charge du… En savoir
 *   plus sur cet auteur", 714; "More about this author").
 * - FULL_STORY_HERE (round 40): the pointer to the whole story at its source run on as the paragraph's last sentence ("…
 *   sold off? Read the full story here.", a brewing trade site's summary of another site's story, 814; "… from
 *   seekingalpha.com. Read the original article here.", an auto-poster's footer, 34). The imperative with "the full /
 *   original … here" is the link's, never the article's own sentence. A business channel's quote link is the same
 *   pointer ("… in extended trading. Get real-time quotes for American Express here.", 534). Not every "… here" pointer of
 *   the lexicon's 'here-pointer': an editor's note ending "Read his past installments here." is the article's own (133).
 * - GLUED_BACK_LINK (round 40): the lexicon's 'back-to-list' link glued with no space to the line before it ("November 2020
 *   – February 2021Back to News", a law firm's news page, 809): a capital right after a lower-case letter or a figure.
 * A label printed after several paragraphs is one artifact (the gold annotates it once): only its first copy is reported.
 */
const GLUED_TAIL_FURNITURE: ReadonlyArray<{ name: string; re: RegExp }> = [
  { name: 'region', re: /(?<=[.!?]["”’)]?)Article content$/u },
  { name: 'more', re: /(?<=\s)\[(?:More|MORE|more)(?:\s?(?:\.{3}|…|»|›|→))?\]$/u },
  { name: 'ellipsis-more', re: /(?<=[.!?]["”’)]?)(?:\.{3}|…)\s?(?:MORE|More)(?:\s?(?:»|›|→))?$/u },
  { name: 'permalink', re: /(?<=[.!?]["”’)]?\s{1,3})permalink$/u },
  { name: 'wire-brief', re: /(?<=\s)(?:Source text for Eikon:(?:\s?Further company coverage:)?|Further company coverage:)(?=(?:\s?\([^()\n]{2,40}\))?$)/u },
  { name: 'author-box', re: /(?<=[\s…])(?:En savoir plus sur (?:cet auteur|cette autrice|l['’]auteur)|More about (?:this|the) author|Read more about (?:this|the) author)$/u },
  { name: 'full-story-here', re: /(?<=[.!?]["”’)]?\s{1,3})(?:(?:Read|See|View|Get) the (?:full|whole|complete|original|entire) (?:story|article|report|post|interview)|Get (?:real-time |live |the latest )?(?:stock )?quotes for [^.!?\n]{2,40}) here\.?$/u },
  { name: 'back-link', re: /(?<=[\p{Ll}\p{N}])(?:Back|BACK) (?:to|TO) (?:News|NEWS|Home|HOME|Blog|BLOG|Articles|ARTICLES|All News|ALL NEWS|Overview|OVERVIEW|Search Results|Press Releases|Newsroom|news|home|blog|articles)$/u },
];

function gluedTailFurniture(p: string, i: number, out: Hit[], seen: Set<string>): void {
  if (p.length < 24) return;
  const tailAt = Math.max(0, p.length - 80);
  const tail = p.slice(tailAt);
  for (const { name, re } of GLUED_TAIL_FURNITURE) {
    const m = re.exec(tail);
    if (!m) continue;
    if (!seen.has(name)) out.push({ i, j: i, from: tailAt + m.index, to: tailAt + m.index + m[0].length, message: 'A link label glued to the end of the paragraph.' });
    seen.add(name);
    return;
  }
}

/**
 * Furniture by shape. `isFurniture` is the label rules' verdict on a whole
 * paragraph: the article's edges are found past those lines (a browser
 * banner written as two sentences is not the body's first paragraph).
 */
export function findFurniture(doc: ArticleDoc, isFurniture: (p: string) => boolean): Finding[] {
  const ps = doc.paragraphs;
  const n = ps.length;
  const hits: Hit[] = [];
  const banner = new Set<number>();
  let coverBand = false;
  const tailLabels = new Set<string>();
  for (let i = 0; i < n; i++) {
    const p = ps[i]!;
    const t = readTemplate(p, i, n - 1);
    if (t) { hits.push(t); if (t.from === undefined) banner.add(i); }
    gluedPaths(p, i, hits);
    slugAlts(p, i, hits);
    gluedLinkLabel(p, i, hits, ps, isFurniture);
    gluedTailFurniture(p, i, hits, tailLabels);
    inlineShareClose(p, i, hits);
    loaderPlaceholder(p, i, hits);
    inlineAppPromo(p, i, hits);
    printPageRefs(p, i, hits);
    inlineJumps(p, i, hits);
    quoteLinkLabels(p, i, hits);
    wireContacts(p, i, hits);
    trailingGluedMenu(p, i, hits);
    if (!coverBand) coverBand = coverPricesLead(p, i, hits);
    printMastheadLead(p, i, hits);
    gluedLinkRow(p, i, isFurniture, hits);
    if (p.length > 60) breadcrumbHead(p, i, hits);
  }
  mediaResidueLines(ps, hits);
  const body = (i: number): boolean => !banner.has(i) && isBodyProse(ps[i]!) && !isFurniture(ps[i]!);
  let firstProse = 0;
  while (firstProse < n && !body(firstProse)) firstProse++;
  let lastProse = n - 1;
  while (lastProse >= firstProse && !body(lastProse)) lastProse--;
  tickerRuns(ps, 0, firstProse, hits);
  tickerRuns(ps, Math.max(lastProse + 1, firstProse), n, hits);
  edgeLines(ps, firstProse, lastProse, isFurniture, hits);
  return hits.map((h) => {
    const start = (doc.starts[h.i] ?? 0) + (h.from ?? 0);
    const end = h.to !== undefined ? (doc.starts[h.i] ?? 0) + h.to : (doc.starts[h.j] ?? 0) + ps[h.j]!.length;
    return { kind: 'boilerplate' as const, start, end, message: h.message, fix: '' };
  }).sort((a, b) => a.start - b.start || b.end - a.end);
}
