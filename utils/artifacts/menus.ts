/**
 * Page chrome around the article: site menus whose link labels were glued
 * into one line ("FinancialGovernment SolutionsLegalReuters News Agency…"),
 * runs of short labels above the headline or below the last paragraph
 * ("Directory of sites / Login / Contact / Support"), and a breadcrumb glued
 * to a copy of the headline ("homestartup NewsStartup Digest: …").
 *
 * Short labels are only read where chrome lives: before the first paragraph
 * of prose and after the last one. Inside the body a run of short lines is a
 * list, a table or a set of headings, and stays.
 */
import type { ArticleDoc } from './context';
import { keysOf, looseKey, wordCount } from './context';
import { REDUPLICATED_NAMES, WIRE_AGENCIES, alternation } from './lexicon';

/**
 * A glue point: three lower-case letters running straight into a capital
 * ("FinancialGovernment", "KingdomUnited"), counted in tokens that start with
 * a capital. Brand spellings glue once per word and mostly after one or two
 * letters ("iPhone", "PayPal", "YouTube", "McDonald"; "SenseTime" counts
 * once); code identifiers start lower-case ("reqHeaders", "logAdminCommands").
 */
const GLUE = /\p{Ll}{3}(?=\p{Lu})/gu;
const CAPITALISED_TOKEN = /(?<!\S)\p{Lu}\S*/gu;
/** Sentence punctuation: a full stop, question or exclamation mark ending a sentence (also CJK). */
const SENTENCE_STOP = /[.!?](?:["'”’)]*\s|["'”’)]*$)|[。！？]/u;
/** Code or a list in a sentence, not a menu: menus have no commas. */
const CODE = /[{}=;<>]|,\s/;
/** Menus glue at least this many labels together. */
const MIN_GLUE_POINTS = 3;

function gluePoints(p: string): number {
  let n = 0;
  for (const token of p.matchAll(CAPITALISED_TOKEN)) {
    GLUE.lastIndex = 0;
    while (GLUE.exec(token[0]) !== null) n++;
  }
  return n;
}

/**
 * Link labels glued into one line: several glue points, at least one per
 * three words, and no sentence punctuation (a sentence naming several
 * camel-case brands has its full stop and its small words).
 */
export function isGluedMenu(p: string): boolean {
  // The punctuation tests first: one scan each rejects almost every sentence before the glue points are counted.
  if (p.length > 400 || p.length < 12 || SENTENCE_STOP.test(p) || CODE.test(p)) return false;
  const glue = gluePoints(p);
  if (glue < MIN_GLUE_POINTS) return false;
  const tokens = p.split(/\s+/).length;
  return glue * 3 >= tokens;
}

/** CJK characters: a line of them is a sentence, not a label, however few its spaces. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/gu;

/** Words, counting two CJK characters as one (CJK text has no spaces to count). */
function weight(p: string): number {
  CJK.lastIndex = 0;
  let cjk = 0;
  while (CJK.exec(p) !== null) cjk++;
  return wordCount(p) + cjk / 2;
}

/** Page metadata a reader needs: bylines, dates, times, update stamps. Never chrome, and a run stops there. */
const METADATA = /^(?:by|par|von|por)\s|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{1,2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:updated|published|posted)\b/i;

/** A short label: three words at most, no sentence punctuation at its end (a menu item, a section name, an icon). */
function isLabelLine(p: string): boolean {
  return p.length <= 40 && weight(p) <= 3 && !/[.!?,;。]["'”’)]*$/u.test(p) && !METADATA.test(p);
}

/**
 * Labels only a site's own chrome uses: navigation and account links, section
 * pickers, the usual section names, layout class names
 * ("narrow-browser-and-phone"). A run of short
 * lines is chrome only with one of these (or a glued menu, or a furniture
 * line) in it: an infobox, a list of names or a changelog has none.
 */
const NAV_LABEL = /^(?:[^\p{L}\p{N}]+\s*)?(?:home|homepage|about|about us|about [\p{L}\p{N}]+|contact|contact us|support|help|faq|search|sections|all sections|menu|main menu|navigation|login|log in|log out|logout|sign in|sign out|register|my account|account|profile|settings|newsletters?|subscriptions?|podcasts|videos?|photos|pictures|live|latest|latest news|featured|trending|top stories|more|careers|jobs|advertise|advertise with us|privacy|privacy policy|cookie policy|cookies|terms|terms of use|terms of service|accessibility|sitemap|site map|directory of sites|rss|rss feeds?|feedback|editions?|[\p{L}\p{N}&'’.-]+ logo|world|politics|business|markets|tech|technology|science|health|sports?|entertainment|culture|lifestyle|opinion|travel|economy|finance|money|startups|companies|breaking news|local news|world news)$|^(?:[•·*-]\s*)?[a-z]+(?:-[a-z]+){2,}$/iu;

/** A menu or section label alone on its line ("Home", "BUSINESS", "Latest news"). */
export function isNavLabel(p: string): boolean {
  return p.length <= 40 && NAV_LABEL.test(p.trim());
}

/** A paragraph of prose: where the article body begins or ends. */
export function isBodyProse(p: string): boolean {
  const w = weight(p);
  return w >= 12 && (/[.!?。！？]/.test(p)) && (/\p{Ll}/u.test(p) || w > wordCount(p));
}

/** A counter widget's line: a small number alone. */
const COUNTER = /^\d{1,4}[kK]?$/;

/** Counters above the body come in pairs (likes and comments); a single number there is a list marker or a score. */
const MIN_TOP_COUNTERS = 2;
/** A year on its own line: part of a date, never a counter. */
const YEAR = /^(?:1[89]|20)\d\d$/;

/** Fewer short lines in a row than this is a kicker, a heading or a credit, not a menu. */
const MIN_CHROME_RUN = 3;

/**
 * Paragraph indexes of page chrome: glued menus anywhere, and outside the
 * body runs of at least three lines that are labels, chrome by the label
 * rules (`isFurniture`), glued menus, or teaser headlines printed twice
 * around a section label ("Firefighters gaining edge / California Wildfires /
 * Firefighters gaining edge").
 */
export function chromeLines(doc: ArticleDoc, isFurniture: (p: string) => boolean): Array<{ i: number; message: string }> {
  const ps = doc.paragraphs;
  const n = ps.length;
  const out: Array<{ i: number; message: string }> = [];
  let firstProse = ps.findIndex(isBodyProse);
  if (firstProse < 0) firstProse = n;
  let lastProse = n - 1;
  while (lastProse >= firstProse && !isBodyProse(ps[lastProse]!)) lastProse--;
  const glued = new Set<number>();
  for (let i = 0; i < n; i++) if (isGluedMenu(ps[i]!)) glued.add(i);
  const keys = keysOf(doc);
  const seed = (i: number): boolean => glued.has(i) || NAV_LABEL.test(ps[i]!) || isFurniture(ps[i]!);
  const member = (i: number): boolean => {
    const p = ps[i]!;
    if (glued.has(i) || isLabelLine(p) || isFurniture(p)) return true;
    // A teaser headline printed on both sides of its section label.
    const twin = (j: number): boolean => j >= 0 && j < n && keys[j] === keys[i] && keys[i]!.length >= 8;
    return (twin(i + 2) && isLabelLine(ps[i + 1]!)) || (twin(i - 2) && isLabelLine(ps[i - 1]!));
  };
  const scan = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      if (!member(i)) continue;
      let j = i;
      while (j + 1 < to && member(j + 1)) j++;
      let seeded = false;
      for (let k = i; k <= j && !seeded; k++) seeded = seed(k);
      if (j - i + 1 >= MIN_CHROME_RUN && seeded) for (let k = i; k <= j; k++) out.push({ i: k, message: 'Site navigation and page labels left in the text.' });
      i = j;
    }
  };
  // Share and comment counters: three or more lines holding one small number each ("0", "12"); above the body, where
  // a like and a comment counter sit under the headline, two are enough (no year: "2021" there is a date widget's).
  for (let i = 0; i < n; i++) {
    if (!COUNTER.test(ps[i]!)) continue;
    let j = i;
    while (j + 1 < n && COUNTER.test(ps[j + 1]!)) j++;
    let yearLike = false;
    for (let k = i; k <= j && !yearLike; k++) yearLike = YEAR.test(ps[k]!);
    const topPair = j < firstProse && j - i + 1 >= MIN_TOP_COUNTERS && !yearLike;
    if (j - i + 1 >= MIN_CHROME_RUN || topPair) for (let k = i; k <= j; k++) { out.push({ i: k, message: 'Share or comment counters left in the text.' }); glued.delete(k); }
    i = j;
  }
  scan(0, firstProse);
  scan(Math.max(lastProse + 1, firstProse), n);
  topChrome(ps, firstProse, out);
  const inRun = new Set(out.map((o) => o.i));
  for (const i of glued) if (!inRun.has(i)) out.push({ i, message: 'Site menu with its link labels run together left in the text.' });
  return out.sort((a, b) => a.i - b.i);
}

/**
 * Labels that are a site's own chrome wherever they stand above the body,
 * alone or in a run of two: a skip link in any language ("Jump to content",
 * "Saltear al contenido principal", "Aller au contenu"), a logo's alt text
 * ("rits logo"), "Share Page", "Connect with us", a page-type label
 * ("Article") as the first line, a bare site address ("early.tools"). Not an
 * author archive's title ("Archive for Jane Doe", "Posts by Jane Doe"): a
 * listing page's own heading, metadata above the body (CONVENTIONS.md
 * §section-labels; 67 re-annotated to it).
 */
const TOP_CHROME = /^(?:(?:jump|skip|go) to (?:the )?(?:main )?(?:content|article|navigation)|saltar? al contenido(?: principal)?|saltear al contenido(?: principal)?|ir al contenido(?: principal)?|aller au contenu(?: principal)?|passer au contenu(?: principal)?|zum (?:hauptinhalt|inhalt)(?: springen)?|vai al contenuto(?: principale)?|pular para o conte[uú]do(?: principal)?|[\p{L}\p{N}&'’.-]+(?: [\p{L}\p{N}&'’.-]+)? logo|share (?:this )?page|connect with us|follow us|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|ai|app|tools|news|info|biz|tech|vc|xyz)(?:\.[a-z]{2})?)$/iu;
/**
 * A page-type label ("Article", "Story", "Blog post") is chrome only as the very first line. Not a section's name ("News",
 * "Opinion"): alone in the page header it is the page's section, metadata (CONVENTIONS.md §section-labels; 521's 'NEWS'
 * over the headline, like dev 10-sky's header lines and the 'Business' / 'NEWS' labels the gold leaves at the top of 259,
 * 521 and 648).
 */
const PAGE_TYPE = /^(?:article|story|post|blog post|press release)$/i;
/** A short label next to a chrome label: a section name ("Wealth Management", "Investment"); no colon (a "Publication: …" field is metadata). */
const SECTION_LABEL = (p: string): boolean => isLabelLine(p) && wordCount(p) <= MAX_SECTION_WORDS && !/[:：]/u.test(p) && /^\p{Lu}/u.test(p);
/** Section labels are one or two words; a three-word line under a skip link is the headline ("Series A round"). */
const MAX_SECTION_WORDS = 2;
/** Above the body, chrome sits in the first lines: a label deeper down is the article's own heading. */
const TOP_LINES = 8;

/**
 * Chrome labels above the first paragraph of prose, each with the section
 * labels right next to it: fewer than the three lines chromeLines needs,
 * but a skip link or a logo's alt text is never article text.
 */
function topChrome(ps: string[], firstProse: number, out: Array<{ i: number; message: string }>): void {
  const limit = Math.min(firstProse, TOP_LINES);
  const taken = new Set(out.map((o) => o.i));
  const add = (i: number): void => {
    if (taken.has(i)) return;
    taken.add(i);
    out.push({ i, message: 'Site navigation and page labels left in the text.' });
  };
  for (let i = 0; i < limit; i++) {
    const p = ps[i]!.trim();
    if (!(TOP_CHROME.test(p) || (i === 0 && PAGE_TYPE.test(p)))) continue;
    add(i);
    for (let j = i - 1; j >= 0 && SECTION_LABEL(ps[j]!.trim()) && !taken.has(j); j--) add(j);
    let j = i + 1;
    for (; j < limit && SECTION_LABEL(ps[j]!.trim()) && !TOP_CHROME.test(ps[j]!.trim()); j++) add(j);
  }
  out.sort((a, b) => a.i - b.i);
}

/** A breadcrumb is a few words: "home", "startup News", "Tech › Startups". */
const MAX_BREADCRUMB_WORDS = 4;
/** Where a word starts: after white space, or at a capital glued to lower-case letters. */
const WORD_START = /(?<=\s)\S|(?<=\p{Ll})\p{Lu}/gu;

const HEADLINE_LIKE = (p: string): boolean => p.length <= 300 && !/[.!?。,;]["'”’)]*$/u.test(p);

/**
 * A headline-like line (no final full stop) above the body that is a copy of
 * another headline-like line with a breadcrumb or section label glued in
 * front. The label has letters ("3 Government and politics" is a numbered
 * table of contents).
 */
export function breadcrumbLines(doc: ArticleDoc): number[] {
  const ps = doc.paragraphs;
  let firstProse = ps.findIndex(isBodyProse);
  if (firstProse < 0) firstProse = ps.length;
  if (firstProse === 0) return [];
  const keys = keysOf(doc);
  const index = new Map<string, number>();
  ps.forEach((p, i) => { if (HEADLINE_LIKE(p) && keys[i]!.length >= 30 && !index.has(keys[i]!)) index.set(keys[i]!, i); });
  if (index.size < 2) return [];
  const out: number[] = [];
  ps.forEach((p, i) => {
    if (i >= firstProse || !HEADLINE_LIKE(p)) return;
    WORD_START.lastIndex = 0;
    let m: RegExpExecArray | null;
    let words = 0;
    while ((m = WORD_START.exec(p)) !== null && ++words <= MAX_BREADCRUMB_WORDS) {
      const prefix = p.slice(0, m.index);
      if (/[.!?:]/.test(prefix)) break;
      if (!/\p{L}/u.test(prefix)) continue;
      const j = index.get(looseKey(p.slice(m.index)));
      if (j !== undefined && j !== i) {
        out.push(i);
        break;
      }
    }
  });
  return out;
}

/** Round 41: a doubled label is read in the page's header only: its first lines, above the first paragraph of prose. */
const DOUBLED_LABEL_ZONE = 6;
/**
 * Round 41: a label printed twice in a row at the head of a line above the body (§section-labels: a label glued to
 * other text is boilerplate). A tag page's category labels end to end before the teaser's headline ("Hospitals
 * Hospitals & Health Systems Report: …", orthospinenews 807: the labels "Hospitals" and "Hospitals & Health Systems");
 * a news feed's section label before its heading ("Business Business Latest News", newsformal 692). No headline opens
 * with its first word said twice, but for a name made so (REDUPLICATED_NAMES: "Walla Walla …"). A word of three
 * letters at least: "By By" is bylines.ts DOUBLED_BY's.
 */
const SPACED_DOUBLED_LABEL = new RegExp(String.raw`^(?!(?:${alternation(REDUPLICATED_NAMES)})\s)(\p{Lu}[\p{L}&'’-]{2,})\s+\1(?=\s|$)`, 'u');
/**
 * Round 41: a site or section name printed two times or more glued into one line, the logo's alt text and the name
 * run together ("World of SoftwareWorld of SoftwareWorld of Software", worldofsoftware 142). The name has five
 * characters at least: a brand spelt with a doubled short word ("ManoMano", "NowNow") is a company's name. A news
 * agency's doubled credit ("ReutersReuters") is a byline's (bylines.ts DOUBLED_AGENCY_LINE).
 */
const GLUED_DOUBLED_NAME = new RegExp(String.raw`^(?!(?:${alternation(WIRE_AGENCIES)}) ?(?:${alternation(WIRE_AGENCIES)})$)(\p{Lu}[\p{L}&'’.-]{4,}(?: [\p{L}&'’.-]+){0,3})\1+$`, 'u');

/** Round 41: the doubled labels at the top of the page, each as its line and the end (in the line) of its excerpt. */
export function doubledLabelHeads(doc: ArticleDoc): Array<{ i: number; end: number }> {
  const ps = doc.paragraphs;
  let firstProse = ps.findIndex(isBodyProse);
  if (firstProse < 0) firstProse = ps.length;
  const out: Array<{ i: number; end: number }> = [];
  for (let i = 0; i < Math.min(firstProse, DOUBLED_LABEL_ZONE); i++) {
    const p = ps[i]!;
    const m = SPACED_DOUBLED_LABEL.exec(p) ?? GLUED_DOUBLED_NAME.exec(p);
    if (m) out.push({ i, end: m[0].length });
  }
  return out;
}
