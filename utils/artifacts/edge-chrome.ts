/**
 * Short site and print chrome the label rules miss: a lone image-alt word
 * ("logo") above the headline, navigation items in capitals spread over
 * lines ("HOME", "ABOUT SUBSCRIBE", "LATEST STORY" and its ticker headline),
 * a module heading as the text's last line ("Posts Archive", "PRESS
 * RELEASES"), a blog sidebar's letter to readers ("Hello Dearest readers …
 * Thanks and Regards"), empty table cells of an e-mail layout ("|"),
 * document-viewer chrome in other languages ("1 de 11", "Baixar para ler
 * offline"), print mastheads (an ISSN line, its web address) and a print
 * running head OCR kept at the head of a page ("HOPE STAR, HOPE, ARKANSAS
 * Saturday, June 18, 1955").
 *
 * Short lines are read only where chrome lives (above the first paragraph of
 * prose, or as the last line): inside the body the same words are the
 * article's own headings and lists.
 */
import type { ArticleDoc, Finding } from './context';
import { wordCount } from './context';
import { isBodyProse, isNavLabel } from './menus';
import { ACCOUNT_BUTTON_LABELS, AD_SLOT_LABEL, EN_MONTH_ABBREVIATIONS, EN_MONTH_NAMES, EN_WEEKDAY_NAMES, FR_MONTH_NAMES, FR_WEEKDAY_NAMES, OUTLET_FOOTER, PAPER_NAME_SMALL_WORDS, RELATED_LINK_LABELS } from './lexicon';

interface Hit { i: number; from?: number; to?: number; message: string }

/**
 * Footer and account links, one per line, outside the body: "Privacy Policy", "Terms of Service", "Advertise with us",
 * "Contact Us", "Mentions légales", "Politique de confidentialité", "Qui sommes-nous", "Plan du site", "Impressum",
 * "Aviso legal". Inside the body the same words head an article's own section (a story about privacy policies).
 */
const FOOTER_LINK = /^(?:privacy(?: policy| notice| settings| center)?|terms(?: of (?:use|service))?(?: (?:and|&) conditions)?|terms (?:and|&) conditions|cookie (?:policy|settings|preferences)|advertise(?: with us)?|contact us|about us|sitemap|site map|accessibility(?: statement)?|do not sell my (?:personal )?info(?:rmation)?|your privacy choices|mentions légales|politique de confidentialité|(?:politique|gestion) des cookies|conditions générales(?: d['’]utilisation| de vente)?|cgu|cgv|nous contacter|contactez-nous|qui sommes-nous\s?\??|plan du site|impressum|datenschutz(?:erklärung)?|aviso legal|pol[ií]tica de privacidad|pol[ií]tica de privacidade|quiénes somos|quem somos|chi siamo)$/iu;

/** Empty table cells of an e-mail or print layout: a line of nothing but bars. */
const PIPE_CELL = /^[|¦│┃](?:\s*[|¦│┃])*$/u;

/** An image's alt text alone: "logo", "Site logo", "Header logo", "Placeholder", "Banner". */
const LONE_LOGO = /^(?:(?:site|header|footer|main|company|brand|page) )?logo$|^(?:banner|placeholder|spacer|image placeholder|hero image|header image|cover image)$/iu;
/** A logo's alt text with the site's name ("SlideShare uma empresa Scribd logo"): chrome when furniture is next to it. */
const NAMED_LOGO = /^(?:[\p{L}\p{N}&'’.-]+ ){1,5}logo$/iu;
/** Above the body, alt text sits in the first lines. */
const TOP_LINES = 8;

/**
 * A search box's placeholder naming its site, above the body: "Search on The Harbour Post", "Rechercher sur Le
 * Quotidien" (a city blog's header in batch 16; site search boxes of French regional sites). Case-sensitive: the site's
 * name is capitalised, at most four words after an optional article, nothing after it. Read only above the first
 * prose paragraph: inside the body "Search in Vain" or "Rechercher sur Google" is the article's own subhead.
 */
const SEARCH_BOX_LABEL = new RegExp(
  String.raw`^(?:(?:[Ss]earch|SEARCH) (?:on|in|ON|IN)|[Rr]echercher (?:sur|dans)) (?:(?:[Tt]he|[Ll]e|[Ll]a|[Ll]es) |[Ll]['’])?\p{Lu}[\p{L}\p{N}&'’.-]*`
  + String.raw`(?: (?:(?:${PAPER_NAME_SMALL_WORDS.join('|')}) )?\p{Lu}[\p{L}\p{N}&'’.-]*){0,3}$`,
  'u',
);

/**
 * Document-viewer chrome in other languages: a page counter ("1 de 11", "3 sur 12", "2 von 9") and its download button
 * ("Baixar para ler offline", "Descargar para leer sin conexión", "Télécharger pour lire hors ligne", "Herunterladen").
 */
const VIEWER_CHROME = /^(?:\d{1,4} (?:de|sur|von|di|van|z|av|af|из|из) \d{1,4}|download now|baixar agora|descargar ahora|jetzt herunterladen|télécharger maintenant|scarica ora|(?:download(?= to)|baixar|descargar|télécharger|herunterladen|scarica(?:re)?|downloaden|pobierz)(?: (?:to read offline|para ler (?:offline|sem conexão)|para leer (?:sin conexión|offline)|pour lire hors ligne|zum offline-lesen|per leggere offline|om offline te lezen))?)$/iu;

/**
 * Navigation items: the account and site links a menu bar prints, in any case, one or several on a line
 * ("HOME", "ABOUT    SUBSCRIBE", "Log in | Register"). Section names ("World", "Business") are kickers as often as menu
 * items and are not read here.
 */
const NAV_WORD = String.raw`(?:home|about(?: us)?|${ACCOUNT_BUTTON_LABELS.join('|')}|log ?out|search|menu|contact(?: us)?|donate|newsletters?|accueil|rechercher|inicio|início|startseite|suscr[ií]bete|assine|abonnieren)`;
const NAV_LINE = new RegExp(String.raw`^${NAV_WORD}(?:\s*[|•·/]?\s+${NAV_WORD})*$`, 'iu');
/** A ticker's label; the line under it is another story's headline. */
const TICKER_LABEL = /^(?:latest stor(?:y|ies)|latest news|breaking(?: news)?|just in|top story|dernière minute|à la une|en ce moment|última hora|eilmeldung)$/iu;
/** Two menu lines in the top lines make a menu bar; one alone may be a word in a title. */
const MIN_NAV_LINES = 2;

/**
 * Module headings a page prints at its end, above a block the extractor dropped: "Posts Archive", "PRESS RELEASES",
 * "Recent Posts", "Categories", "Communiqués de presse", "Articles similaires", "Entradas recientes". As the text's last
 * line there is nothing under it: it heads nothing of the article's.
 */
const END_MODULE = /^(?:(?:recent|popular|latest|related|more|top|featured|other|similar|older|newer|blog|trending)\s+)?(?:posts?|articles?|stories|news)(?:\s+archives?)?$|^(?:posts?|blog|news|articles?|stories)\s+archives?$|^(?:blog )?archives?$|^press releases?$|^(?:categories|tags|recent comments|popular tags|tag cloud|blogroll|useful links|quick links|upcoming events|follow us|subscribe to our newsletter|newsletter|webinars|whitepapers|sponsored content)$|^(?:communiqués? de presse|articles? récents?|derniers articles|articles similaires|catégories|étiquettes|à découvrir|dans la même rubrique|nos derniers articles)$|^(?:notas de prensa|comunicados de prensa|art[ií]culos relacionados|entradas recientes|noticias relacionadas|pressemitteilungen|ähnliche artikel|neueste beiträge|comunicati stampa|articoli correlati)$/iu;

/**
 * A blog sidebar's letter to its readers: a salutation ("Hello Dearest readers", "Dear readers", "Chers lecteurs")
 * and, a few short lines on, a sign-off ("Thanks and Regards", "Cordialement"). Outside the body only: a letter
 * quoted in an article sits between paragraphs of prose.
 */
const SALUTATION = /^(?:hello|hi|hey|dear|dearest|greetings|bonjour|chers?|chères?|hola|queridos?|liebe)(?: (?:dear|dearest|all|everyone|friends|tous|à tous))?(?: (?:readers?|visitors?|lecteurs?|lectrices|lectores|leser(?:innen)?|amis|friends|all|everyone))[!,.]?$/iu;
const SIGN_OFF = /^(?:thanks?(?: you)?(?: and| &)? ?(?:best )?regards|(?:best|kind|warm)? ?regards|cheers|cordialement|bien cordialement|merci(?: et à bientôt)?|saludos|atentamente|mit freundlichen grüßen|viele grüße)[!,.]?$/iu;
/** A widget's letter is a few lines; the title above the salutation ("Post Your Self") is a short label. */
const MAX_LETTER_LINES = 5;
const isShortLabel = (p: string): boolean => p.length <= 40 && wordCount(p) <= 4 && !/[.!?,;:]$/u.test(p);

/** An ISSN: print masthead furniture wherever it stands on a short line ("… SUPPLÉMENT GRATUIT AU NUMÉRO 23462 | ISSN 0.153.4831"). */
const ISSN_LINE = /\bISSN:?\s?(?:\d{4}[-‐–]\d{3}[\dXx]|\d[\d.]{6,12}\d)\b/u;
/** A bare web address in capitals or lower case under a masthead ("WWW.LESECHOSSTART.FR"). */
const BARE_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\/?$/iu;
const MAX_MASTHEAD_LINE = 200;
/** A masthead is set in capitals ("LUNDI 31 MAI 2021 // SUPPLÉMENT GRATUIT … | ISSN …"); a reference list's citation naming an ISSN is not. */
function isMastheadLine(p: string): boolean {
  if (p.length > MAX_MASTHEAD_LINE || !ISSN_LINE.test(p)) return false;
  const letters = p.match(/\p{L}/gu)?.length ?? 0;
  const capitals = p.match(/\p{Lu}/gu)?.length ?? 0;
  return capitals * 10 >= letters * 7;
}

/** Words in their three print spellings ("Saturday", "saturday", "SATURDAY"), so the capitals around them can be read without the i flag. */
function anyCase(words: readonly string[]): string {
  return words.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}|${w.toUpperCase()}`).join('|');
}
const WEEKDAY = anyCase([...EN_WEEKDAY_NAMES, ...FR_WEEKDAY_NAMES]);
/** A month in full, or in a print head's English abbreviation with its point ("Mar.", "SEPT."). */
const MONTH = `${anyCase([...EN_MONTH_NAMES, ...FR_MONTH_NAMES])}|(?:${anyCase(EN_MONTH_ABBREVIATIONS)})\\.?`;
/** OCR reads digits as look-alike letters ("19SS", "II"). */
const OCR_DAY = '[\\dIlOS]{1,2}';
const OCR_YEAR = '[\\dIlOS]{4}';
const PRINT_DATE = `(?:${WEEKDAY}),? (?:(?:${MONTH}) ${OCR_DAY},? ${OCR_YEAR}|${OCR_DAY}(?:er)? (?:${MONTH}) ${OCR_YEAR})`;

/**
 * A print running head at the start of an OCR page: the paper's name and place in capitals, then the date with its
 * weekday and year ("… STAR, HOPE, ARKANSAS Saturday, June 18, 1955"). A dateline ("HOPE, Ark. (AP) —") has no
 * weekday-and-year date: it is not one.
 */
const RUNNING_HEAD = new RegExp(`^[^\\p{L}\\p{N}]{0,8}(?:[\\p{L}!'’.-]{1,12} ){0,4}\\p{Lu}{2,}[\\p{Lu}'’.-]*, (?:\\p{Lu}{2,}[\\p{Lu}'’.-]*,? ){1,3}${PRINT_DATE}(?![\\p{L}\\p{N}])(?!,?\\s*(?:[-–—/(:]|\\p{Ll}))`, 'u');
/** The rest of a running head (a facing page's copy): dates, words in capitals and punctuation, up to the first word of prose. */
const RUNNING_HEAD_REST = new RegExp(`^(?:\\s+(?:${PRINT_DATE}|[\\p{Lu}\\p{N}][\\p{Lu}\\p{N}'’.,!-]*(?![\\p{L}\\p{N}])|[^\\p{L}\\p{N}\\s]+))*`, 'u');
/**
 * A print page head (running head, folio) on its own line, read by what the line is made of: a weekday date with its year
 * in any of the three print orders ("Friday 2 May 2014", "FRIDAY, May 11, 2018", "LUNDI 3 JUIN 2024"), and around it only
 * what a page head prints: the page number or code ("4", "A4", "Page 12", "Section B"), the edition's words ("supplément
 * gratuit au numéro 23462"), a cover price, separators, and the paper's name ("The Guardian", "LE PARISIEN"). Every word
 * left after those is capitalised or a name's small word: a sentence has lower-case words ("Friday 2 May 2014 was the
 * day …"), a dateline or a timestamp has a time or a verb. A spread prints two heads on one line ("4 The Guardian | Friday
 * 2 May 2014 The Guardian | Friday 2 May 2014 5"). Blind misses on five outlets (a British replica, a French nameplate, a
 * Chinese front page's date and price, US and French page heads): the head was set in Title Case as often as in capitals,
 * so capitals are no longer the sign.
 * Without a page marker or a price, the remaining name must read as a paper's: led by its article ("The …", "Le/La/Les
 * …"); a byline beside a date ("Jane Roe | Friday 2 May 2014") or a section in capitals ("| TECHNOLOGY") is not.
 */
const PRINT_DATE_ANYWHERE = new RegExp(`(?<![\\p{L}\\p{N}])${PRINT_DATE}(?![\\p{L}\\p{N}])`, 'u');
const PRINT_DATE_ALL = new RegExp(PRINT_DATE_ANYWHERE.source, 'gu');
/**
 * A page head's markers read anywhere on the line: page and edition words with their number ("Page 12", "Section B",
 * "supplément gratuit au numéro 23462") and a cover price ("£2.50", "4,10 €"). Words no dated heading of a story carries.
 */
const PAGE_HEAD_MARKER = /(?<![\p{L}\p{N}.,:])(?:(?:page|p\.|section|sec\.|supplément|supplement|numéro|édition|edition|issue|vol\.?|volume|no\.|n°|cahier|seite|página|ausgabe)\s?(?:gratuit\s)?(?:au\s)?(?:numéro\s)?[\dIlOS]{1,6}|[¥$€£]\s?\d{1,2}(?:[.,]\d{1,2})?|\d{1,2}(?:[.,]\d{1,2})?\s?[¥$€£])(?![\p{L}\p{N}:])/giu;
/**
 * A folio (a bare page number "4", a page code "A4", "B12") counts only at the EDGE of the line, where the page prints it
 * ("4 The Guardian | Friday 2 May 2014 … 5", "FRIDAY, May 11, 2018 A4"). Inside the line a number or a code is the
 * heading's own ("Day 3 – Wednesday 18 March 2020", "Arsenal 2 Chelsea 1", "– Q3 Results", "– F1 British Grand Prix").
 */
const EDGE_FOLIO_START = /^(?:[|•·–—/-]+\s+)?(?:[a-z]{1,2}\d{1,2}|\d{1,3})(?=\s)/iu;
const EDGE_FOLIO_END = /(?<=\s)(?:[a-z]{1,2}\d{1,2}|\d{1,3})(?:\s+[|•·–—/-]+)?$/iu;
/** Separators between a page head's fields, standing apart from the words ("|", "•", "—", "//"). */
const PAGE_HEAD_SEPARATOR = /(?<=^|\s)[|•·–—/-]+(?=\s|$)/gu;
/** A word of the paper's name: capitalised, or one of a name's small words ("of", "de", "&"). */
const PAPER_NAME_WORD = new RegExp(`^(?:\\p{Lu}[\\p{L}\\p{N}'’.&-]*|&|${PAPER_NAME_SMALL_WORDS.join('|')}|l['’]\\p{Lu}[\\p{L}'’-]*)$`, 'u');
/** A name led by its article, in either language ("The Guardian", "Les Echos", "L’Union"). */
const ARTICLE_LED_NAME = /^(?:The|THE|Le|LE|La|LA|Les|LES|L['’]\p{Lu})/u;
/** A page head is one short line; a spread's two heads and a few names at most. */
const MAX_PAGE_HEAD = 140;
const MAX_PAGE_HEAD_NAME_WORDS = 10;

/** A folio alone on its line above or below the head ("1"): the page number the replica printed apart. */
const FOLIO_LINE = /^\d{1,3}$/u;

/**
 * Where a page head is read: a line outside the article's body (above its first or under its last paragraph of prose), a
 * line inside it, or the head glued to the start of a replica page's text.
 */
type PageHeadPlace = 'edge' | 'body' | 'glued';

/**
 * A paragraph of page-head lines, with maybe a folio alone on its own line ("1" / "4 The Guardian | Friday 2 May 2014 … 5").
 * outsideBody: the paragraph sits above the body's first or under its last paragraph of prose. Inside the body a date and
 * an article-led name is a story's dated subhead, agenda or timeline line ("Monday 16 March 2020 – The Lockdown Begins",
 * "Mardi 4 mars 2025 | Le Palais des Congrès"): there a head needs a page marker or a folio at the line's edge.
 */
export function isPrintPageHead(p: string, outsideBody = true): boolean {
  const place: PageHeadPlace = outsideBody ? 'edge' : 'body';
  if (!p.includes('\n')) return isPageHeadLine(p.trim(), place);
  const lines = p.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return lines.some((l) => isPageHeadLine(l, place)) && lines.every((l) => FOLIO_LINE.test(l) || isPageHeadLine(l, place));
}

function isPageHeadLine(p: string, place: PageHeadPlace): boolean {
  if (p.length > MAX_PAGE_HEAD || !PRINT_DATE_ANYWHERE.test(p)) return false;
  let folios = 0;
  let markers = 0;
  const unfolioed = p.replace(EDGE_FOLIO_START, () => { folios++; return ' '; }).replace(EDGE_FOLIO_END, () => { folios++; return ' '; });
  const rest = unfolioed.replace(PRINT_DATE_ALL, ' ').replace(PAGE_HEAD_MARKER, () => { markers++; return ' '; }).replace(PAGE_HEAD_SEPARATOR, ' ');
  const words = rest.split(/\s+/u).filter((w) => w !== '').map((w) => w.replace(/[,;]$/u, ''));
  if (words.length > MAX_PAGE_HEAD_NAME_WORDS || !words.every((w) => PAPER_NAME_WORD.test(w))) return false;
  if (markers > 0) return true;
  const paperName = words.length > 0 && ARTICLE_LED_NAME.test(words[0]!);
  // A head glued to a page's text needs the paper's name beside its folio: "Monday 16 March 2020 Boris Johnson 10
  // Downing Street …" opens a story on a date, a person and a number.
  if (folios > 0) return place !== 'glued' || paperName;
  // Without a page number, only the paper's name: led by its article ("LE PARISIEN", "The Guardian"), and only outside
  // the body. A section in capitals beside the date ("MONDAY, MARCH 3, 2020 | TECHNOLOGY") is the page's own metadata.
  return paperName && place === 'edge';
}

/**
 * A page head GLUED to the start of a replica page's text ("1" / "4 The Guardian | Friday 2 May 2014 The Guardian | Friday 2
 * May 2014 5 Football Premier League finances In sickness …", "44 THE DAILY TIMES-GAZETTE, Friday, October 9, 1958 A crowd
 * formed …"): the page's first tokens are page-head material (folios, dates, page numbers, separators, the paper's name),
 * and the head ends after its last date or page number, where the page's own words begin (a section's or a headline's
 * capitals may follow: they are not the head's). The head found so must be a page head by isPageHeadLine, with a page
 * number: a story opening on its dateline and a name is not cut. Two outlets: a British replica (442) and a fresh OCR page.
 */
const HEAD_TOKEN = new RegExp(`(?<date>${PRINT_DATE})(?![\\p{L}\\p{N}])|(?<folio>\\d{1,3})(?![\\p{L}\\p{N}])|[|•·–—/-]+(?=\\s)|\\p{Lu}[\\p{L}\\p{N}'’.&-]*[,;]?(?!\\S)|(?:${PAPER_NAME_SMALL_WORDS.join('|')})(?!\\S)`, 'uy');
/** A capitalised word of the paper's name left in the head once its dates are taken out. */
const PAPER_NAME_IN_HEAD = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’&.-]/u;
/** Spaces between the head's tokens (a folio may sit alone on the line above). */
const HEAD_GAP = /\s+/uy;

function gluedPageHeadEnd(p: string): number {
  let at = 0;
  let lastMark = -1;
  let folios = 0;
  const text = p.slice(0, RUNNING_HEAD_WINDOW);
  while (at < text.length) {
    HEAD_GAP.lastIndex = at;
    if (HEAD_GAP.exec(text)) at = HEAD_GAP.lastIndex;
    HEAD_TOKEN.lastIndex = at;
    const m = HEAD_TOKEN.exec(text);
    if (!m) break;
    at = HEAD_TOKEN.lastIndex;
    if (m.groups?.date !== undefined) lastMark = at;
    else if (m.groups?.folio !== undefined) { lastMark = at; folios++; }
  }
  if (lastMark <= 0 || folios === 0 || lastMark >= p.length - 1) return -1;
  const head = p.slice(0, lastMark).split('\n').filter((l) => l.trim() !== '' && !FOLIO_LINE.test(l.trim()));
  // The paper's name in the head too: "Friday 2 May 2014 12 people were hurt …" opens a sentence on a date and a figure.
  if (head.length !== 1 || !PAPER_NAME_IN_HEAD.test(head[0]!.replace(PRINT_DATE_ALL, ' '))) return -1;
  return isPageHeadLine(head[0]!.trim(), 'glued') ? lastMark : -1;
}

/**
 * A masthead's volume and page count inside OCR text: "Vol. 254 66 Pages", "VOL. XII, NO. 214 24 PAGES". The figures
 * of a print run, nowhere in an article's sentences.
 */
const VOLUME_PAGES = /(?<![\p{L}\p{N}])(?:[Vv]ol(?:ume)?|VOL(?:UME)?)\.? [\dIlOSXVI]{1,5}(?:,? (?:[Nn]o|NO|[Nn]umber|NUMBER)\.? [\dIlOS]{1,6},?)? [\dIlOS]{1,3} (?:[Pp]ages|PAGES)(?![\p{L}\p{N}])/u;

/** A running head is read in the first characters of the paragraph only. */
const RUNNING_HEAD_WINDOW = 260;

/**
 * A text-to-speech player's controls: its anchor ("Select Voice", "Choose your listening speed", "250 WPM", "Listen to
 * this article at 1.5x") and, around it, the lines of its menu: speeds ("1.25x"), words per minute, speed names
 * ("Slow", "Average", "Fast"), "Get through articles 2x faster". Only a run holding an anchor: "Fast" alone is a word.
 */
const TTS_ANCHOR = /^(?:select (?:a )?voice|choose (?:your|a) (?:listening|playback|reading) speed|\d{2,3} ?wpm|get through articles \d(?:\.\d{1,2})?x faster|choisissez (?:votre|la) vitesse d['’](?:écoute|lecture)|choisir (?:une|la) voix)$/iu;
const TTS_LINE = /^(?:select (?:a )?voice|choose (?:your|a) (?:listening|playback|reading) speed|\d{2,3} ?wpm|get through articles \d(?:\.\d{1,2})?x faster|\d(?:[.,]\d{1,2})? ?[x×]|slow(?:er)?|average|normal|fast(?:er)?|very fast|lent|rapide|moyen|choisissez (?:votre|la) vitesse d['’](?:écoute|lecture)|choisir (?:une|la) voix|(?:listen|play|pause|stop)(?: now)?)$/iu;

/** A weather widget's temperature alone on its line, as headers print it: "23.1 C", "-4°C", "72 °F", "18°". */
const TEMPERATURE = /^[-−]?\d{1,3}(?:[.,]\d)?\s?(?:°\s?[CF]?|[CF])$/u;
/** The widget's place, under the temperature: a short capitalised name ("New Delhi", "Saint-Étienne"). */
const PLACE = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}$/u;
/** A header's date, with or without the weekday: "Friday, May 3, 2024", "3 May 2024", "vendredi 3 mai 2024". */
const HEADER_WEEKDAY = `(?:${[...EN_WEEKDAY_NAMES, ...FR_WEEKDAY_NAMES].join('|')})`;
const HEADER_DATE_BODY = `(?:(?:${EN_MONTH_NAMES.join('|')}) \\d{1,2},? \\d{4}|\\d{1,2}(?:er)? (?:${[...EN_MONTH_NAMES, ...FR_MONTH_NAMES].join('|')}) \\d{4})`;
const HEADER_DATE = new RegExp(`^(?:${HEADER_WEEKDAY},? )?${HEADER_DATE_BODY}$`, 'iu');
/** The same date led by its weekday, as a site's date bar prints the day it is read ("Sunday, November 24, 2024"). */
const WEEKDAY_HEADER_DATE = new RegExp(`^${HEADER_WEEKDAY},? ${HEADER_DATE_BODY}$`, 'iu');
/** A section label under the date bar: one capitalised word ("Sports", "Health", "ADVT", "ÉCONOMIE"). */
const DATE_BAR_LABEL = /^\p{Lu}[\p{L}'’-]{1,20}$/u;
const MAX_DATE_BAR_LABELS = 2;
/** The line under the labels is the headline (or the body): a few words at least, not another label. */
const MIN_HEADLINE_WORDS = 4;

/** A cover price list by region: "Antilles Réunion 4,10 €. Belgique 3,60 €.", "Channel Islands £2.50 Ireland €3.20". Two prices at least. */
const PRICE_LIST = /^(?:\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}:? (?:\d{1,2}[.,]\d{2} ?[€$£¥]|[€$£¥] ?\d{1,2}[.,]\d{2})[.,;]?\s*){2,8}$/u;
/** A print page's nameplate: the date, then the paper's name and nothing else ("Mercredi 24 novembre 2021 Les Echos"). */
const NAMEPLATE = new RegExp(`^${PRINT_DATE} (?:\\p{Lu}[\\p{L}'’.-]*)(?: \\p{Lu}[\\p{L}'’.-]*){0,3}$`, 'u');
/** The section heads under a nameplate, in capitals: "FRANCE", "ÉPIDÉMIE", "HIGH TECH & MÉDIAS". */
const CAPITALS_HEAD = /^\p{Lu}[\p{Lu}'’&-]*(?: (?:&|\p{Lu}[\p{Lu}'’&-]*)){0,2}$/u;

/** A nameplate line with section heads in capitals under it ("Mercredi 24 novembre 2021 Les Echos" / "FRANCE"). */
function nameplateOverHeads(ps: readonly string[], i: number): boolean {
  return i + 1 < ps.length && ps[i]!.length <= 120 && NAMEPLATE.test(ps[i]!.trim()) && CAPITALS_HEAD.test(ps[i + 1]!.trim());
}

/** A menu's categories entry alone on its line. */
const MENU_CATEGORIES = /^(?:categories|catégories|categorías|categorias|kategorien|categorie)$/iu;

/**
 * A listing page's heading under the article: "Businessweek Archives", "TechCrunch Archive". Above it, the page's own
 * heading is metadata (CONVENTIONS.md §section-labels; 219, 231 re-annotated to it), as lexicon.ts LISTING_HEADINGS reads.
 */
const NAMED_ARCHIVE = /^\p{Lu}[\p{L}\p{N}&'’.-]*(?: \p{Lu}[\p{L}\p{N}&'’.-]*){0,2} (?:[Aa]rchives?|ARCHIVES?)$/u;

/** A teaser's shape: a short line without sentence punctuation at its end. */
const isTeaserLine = (p: string): boolean => p.length <= 160 && wordCount(p) >= 3 && wordCount(p) <= 20 && !/[.!,;:…]["'”’)]*$/u.test(p);

/**
 * An article's sources line, its label first ("References: KITCO, The United States Department Of Justice", marineinsight
 * 737; "Source: Reuters", "Sources : AFP"): the article's own credit, never another story's headline however capitalised.
 */
const SOURCES_LABEL = /^(?:references?|sources?|via)\s?:/iu;

/** A headline-shaped line: three to sixteen words, two capitalised, no sentence end, not a byline. */
function isTitleLine(p: string): boolean {
  const words = wordCount(p);
  if (words < 3 || words > 16 || p.length > 120 || /[.!,;:…]["'”’)]*$/u.test(p) || /^(?:posted|updated|published)\b/iu.test(p) || SOURCES_LABEL.test(p)) return false;
  // A credit or byline names its person after "by" ("Top photo by Jane Doe"): not a headline.
  if (/\b(?:by|par|photos?|image|credits?)\b/iu.test(p)) return false;
  return (p.match(/(?:^|\s)\p{Lu}/gu)?.length ?? 0) >= 2;
}

/**
 * Lines above the article that are about something else: a site-wide banner with another story's news ("With No. 1
 * pick in the NFL draft, Chicago Bears select …"), a row of section links run together ("What it means to you Tracking
 * inflation Best CD rates …"), closed by a section label ("BUSINESS"). Read from the first line down, only while each
 * line shares no content word with the article below it, and only when the run ends on a one-word section label
 * right above a headline that shares the body's words: an article's own dek or epigraph shares its words, or stands
 * without a label.
 */
const OFF_TOPIC_MAX_LINES = 4;
const OFF_TOPIC_MIN_WORDS = 6;
const MIN_OFF_TOPIC_DOC = 8;
/** A line of this many content words may share one with the article by chance. */
const OFF_TOPIC_CHANCE_WORDS = 5;
const CONTENT_WORD = /\p{L}{4,}/gu;
const FUNCTION_WORDS = new Set(['this', 'that', 'with', 'from', 'here', 'there', 'what', 'when', 'where', 'which', 'while', 'will', 'would', 'have', 'been', 'were', 'their', 'they', 'them', 'your', 'about', 'after', 'before', 'into', 'than', 'then', 'more', 'most', 'some', 'such', 'also', 'just', 'over', 'only', 'very', 'best', 'follow', 'means', 'dans', 'pour', 'avec', 'sont', 'plus', 'cette', 'mais', 'nous', 'vous', 'leur']);
function contentWords(p: string): string[] {
  return [...new Set((p.toLowerCase().match(CONTENT_WORD) ?? []).filter((w) => !FUNCTION_WORDS.has(w)).map((w) => w.replace(/s$/u, '')))];
}

/** A one-word section label: a menu's ("Business") or one in capitals in any language ("ÉCONOMIE", "WIRTSCHAFT"). */
const isSectionLabel = (p: string): boolean => !/\s/u.test(p) && (isNavLabel(p) || /^\p{Lu}[\p{Lu}&'’-]{2,24}$/u.test(p));

function offTopicHead(ps: string[], isFurniture: (p: string) => boolean, add: (i: number, message: string) => void): void {
  const n = ps.length;
  if (n < MIN_OFF_TOPIC_DOC) return;
  // The run ends on a section label right above the article ("BUSINESS"): find it in the first lines.
  let label = -1;
  for (let i = 1; i < OFF_TOPIC_MAX_LINES && i < n; i++) if (isSectionLabel(ps[i]!.trim())) { label = i; break; }
  if (label < 1) return;
  const body = new Set<string>();
  for (let i = label + 2; i < n; i++) for (const w of contentWords(ps[i]!)) body.add(w);
  // The line under the label is the article's headline: it shares the body's words.
  if (contentWords(ps[label + 1]!).filter((w) => body.has(w)).length < 2) return;
  for (const w of contentWords(ps[label + 1]!)) body.add(w);
  for (let i = 0; i < label; i++) {
    const p = ps[i]!.trim();
    if (isFurniture(p) || isNavLabel(p)) continue;
    const words = contentWords(p);
    // One shared word in five is chance ("this month" above a story on "three months"); more is the article's topic.
    const shared = words.filter((w) => body.has(w)).length;
    if (wordCount(p) < OFF_TOPIC_MIN_WORDS || shared > (words.length >= OFF_TOPIC_CHANCE_WORDS ? 1 : 0)) return;
  }
  for (let i = 0; i <= label; i++) {
    const p = ps[i]!.trim();
    if (isNavLabel(p) || isFurniture(p) || !/[.!?]["'”’)]*$/u.test(p)) add(i, 'Site navigation left in the text.');
    else add(i, 'A site-wide banner (another story’s news) left above the article.');
  }
}

/** The outlet's closing furniture about itself (comment rules, tip lines, follow and app footers): lexicon.ts's OUTLET_FOOTER. */
/** The outlet's footer is a few short paragraphs. */
const MAX_FOOTER_LINE = 260;
const MAX_FOOTER_RUN = 6;
/** A quotation or reported speech: a story about comment rules or an app, not the site's own footer. */
const REPORTED_SPEECH = /[“”"«»]|\b(?:said|says|told|according to|announced|wrote|writes|found|a déclaré|selon|affirme|explique)\b/iu;

function isOutletFooter(p: string): boolean {
  return p.length <= MAX_FOOTER_LINE && OUTLET_FOOTER.test(p) && !REPORTED_SPEECH.test(p);
}

/**
 * The run of outlet footer lines that closes the text, read from the last line up; a line of other furniture may sit
 * in the run (a share row between the comment rules). Only at the end: the same words inside the body are a story's.
 */
function outletFooterRun(ps: string[], isFurniture: (p: string) => boolean, add: (i: number, message: string) => void): void {
  const n = ps.length;
  let from = n;
  let found = 0;
  for (let i = n - 1; i >= 0 && n - i <= MAX_FOOTER_RUN; i--) {
    const p = ps[i]!.trim();
    if (p === '') { from = i; continue; }
    if (isOutletFooter(p)) { found++; from = i; continue; }
    if (found > 0 && isFurniture(p)) { from = i; continue; }
    break;
  }
  if (found === 0) return;
  for (let i = from; i < n; i++) if (ps[i]!.trim() !== '') add(i, 'The outlet’s own footer (comment rules, tip line, app or follow promo) left in the text.');
}

/**
 * A related-story link printed as a headline in square brackets on its own line: "[Ann Curry ‘Not Surprised’ by Lauer
 * Misconduct Allegations]", "[Related: Acme Lays Off 200 Staff]", "[À lire aussi : Les Echos rachètent Netexplo]".
 * Four words or more, two of them capitalised, no sentence end inside: an editor's note ("[This story has been
 * updated.]"), a transcript cue ("[Applause]") or a shortcode ("[ad_1]") is not one.
 */
/** The label before a bracketed link's colon: the lexicon's related-link labels (RELATED_LINK_LABELS), or a bare verb of the link. */
const RELATED_LABEL = new RegExp(String.raw`^(?:${RELATED_LINK_LABELS.join('|')}|read|more|watch|listen|à lire|lire|sur le même sujet)$`, 'iu');
const BRACKET_HEADLINE = /^\[(?<inner>[^[\]]{12,180})\]$/u;
function isBracketHeadline(p: string): boolean {
  const inner = BRACKET_HEADLINE.exec(p)?.groups?.['inner']?.trim();
  if (!inner || wordCount(inner) < 4 || /[.!;…]["'”’)]*$/u.test(inner) || /^(?:editor['’]s note|note|update|updated|correction|sic|clarification)\b/iu.test(inner)) return false;
  // A label before a colon is a related-link label ("Read:", "Related:", "À lire aussi :"), or the line is a figure
  // placeholder ("[figure 6: …]") or a script's speaker ("[Alden: Et tu, Lexi?]").
  const colon = inner.indexOf(':');
  if (colon >= 0 && !RELATED_LABEL.test(inner.slice(0, colon).trim())) return false;
  return (inner.match(/(?:^|\s)["'‘“]?\p{Lu}/gu)?.length ?? 0) >= 2;
}

/**
 * A lower-case slug on the text's first line, words joined by hyphens as an address or a style class writes them
 * ("facebook-page-view", a tracking image's name, 755; "e-magazine", a sidebar box's label, 731): no name a page prints
 * for its section. A plain word there ("jobs", "économie") is a category name: page metadata (CONVENTIONS.md
 * §section-labels; 249 re-annotated to it).
 */
const LOWER_SLUG = /^\p{Ll}+(?:-\p{Ll}+)+$/u;
/** A slug is one short address segment; a longer hyphenated line may be a phrase. */
const MAX_LOWER_SLUG = 25;

/**
 * A row of link labels run together, at the text's top or end: "How I bonds perform Check current rates Best CD rates of
 * March Protecting your funds", "HomeNewsSportsBusinessOpinion", "Top stories Latest videos Most read". Each label starts
 * with a capital right after the lower-case end of the one before (with or without its space): three such seams or more,
 * no sentence punctuation, and (the test that keeps a headline out) almost no content word shared with the body.
 */
// A lower-case word then a capitalised one ("perform Check"): a capitalised name after another ("George Del Barrio")
// is no seam.
// A camel-case name after the space ("rival DoorDash") is a brand, not a label's start.
const SPACED_SEAM = /(?:^|\s)\p{Ll}[\p{L}'’-]* (?=\p{Lu}\p{Ll}+(?![\p{L}\p{N}]))/gu;
// Labels glued with no space, four or more in one run ("HomeNewsSportsWeather"); a camel-case brand ("DoorDash",
// "GlaxoSmithKline") has fewer humps.
const GLUED_LABELS = /\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+){3,}/gu;
function linkSeams(p: string): number {
  let seams = p.match(SPACED_SEAM)?.length ?? 0;
  for (const m of p.matchAll(GLUED_LABELS)) seams += (m[0].match(/\p{Lu}/gu)?.length ?? 1) - 1;
  return seams;
}
const MIN_LINK_SEAMS = 3;
const MIN_ROW_WORDS = 4;
const MAX_ROW_LENGTH = 240;
/** Where a link row sits: among the first or last lines. */
const ROW_EDGE = 3;
/** A line this long inside a row is another line of the text, not a short link label. */
const MIN_SHARED_LINE = 20;

/** A link row's shape, read without the body: short, no sentence punctuation, three seams between labels, four words. */
function isLinkRowShape(p: string): boolean {
  if (p.length > MAX_ROW_LENGTH || /[.,;:!?"“”«»()]/u.test(p)) return false;
  if (linkSeams(p) < MIN_LINK_SEAMS) return false;
  return contentWords(p).length >= MIN_ROW_WORDS || wordCount(p) >= MIN_ROW_WORDS;
}

/** A row of that shape is links when it is off the article's topic (shares at most a chance word with the body). */
function isOffTopicRow(p: string, body: ReadonlySet<string>): boolean {
  const words = contentWords(p);
  return words.filter((w) => body.has(w)).length <= (words.length >= OFF_TOPIC_CHANCE_WORDS ? 1 : 0);
}

function linkRows(ps: string[], firstProse: number, lastProse: number, add: (i: number, message: string) => void): void {
  const n = ps.length;
  if (firstProse >= n || lastProse < firstProse) return;
  // Above the body, a line right over the first paragraph of prose is the headline (names and all: "SoftBank and
  // SenseTime back PayPal rival DoorDash"); a link row sits above the headline.
  const candidates: number[] = [];
  for (let i = 0; i < Math.min(firstProse - 1, ROW_EDGE); i++) if (isLinkRowShape(ps[i]!.trim())) candidates.push(i);
  for (let i = Math.max(lastProse + 1, n - ROW_EDGE); i < n; i++) if (isLinkRowShape(ps[i]!.trim())) candidates.push(i);
  // The body's words only when an edge line has a row's shape: most pages have none, and the set reads every paragraph.
  if (candidates.length === 0) return;
  const body = new Set<string>();
  for (let i = firstProse; i <= lastProse; i++) for (const w of contentWords(ps[i]!)) body.add(w);
  const rows = candidates.filter((i) => isOffTopicRow(ps[i]!.trim(), body));
  for (const i of rows) {
    // A row holding another line of the text is a print page's teasers, one of them printed again as a headline
    // (the duplicate detectors' reading), not a menu. A few rows against every line: linear.
    const row = ps[i]!;
    if (ps.some((p, k) => k !== i && p.trim().length >= MIN_SHARED_LINE && row.includes(p.trim()))) continue;
    add(i, 'A row of navigation or promo links run together, left in the text.');
  }
}

/**
 * The page store's date prefix on a text's first line (" date 2019-09-27 Channels"): what follows it is the page's own
 * first line.
 */
const STORE_DATE_PREFIX = /^\s?date \d{4}-\d{2}-\d{2}\s+/u;
/**
 * A menu's heading or a sponsor's label alone above the headline: "Channels", "Sections", "Rubriques", "Topics",
 * "Sponsored", "Brand content" (the heading of the site's section list, 263; an ad disclosure, as AD_SLOT_LABEL's). A
 * kicker naming the piece's format or section ("COVER STORY", "Edito", "Special report", "Analysis", "À la une") is page
 * metadata there (CONVENTIONS.md §section-labels names "COVER STORY" and "Edito"; 252, 268, 443 re-annotated to it), as
 * is a desk's topic ("Business", "Économie").
 */
const TOP_MENU_LABEL = /^(?:channels|sections|rubriques|topics|thèmes|sponsored|sponsorisé|partenaire|brand content|publi-?rédactionnel)$/iu;
/** A menu heading or sponsor label is a few characters; a longer line is a headline. */
const MAX_TOP_LABEL = 30;

/**
 * The first line of the page when it is a label or a menu line: a menu's heading or a sponsor label above the headline
 * (not the last line: a headline follows it), or a line of two account or menu links ("Subscribe Register Login", "Log in | Register"),
 * after the store's date prefix or not.
 */
function topMenuLabel(ps: string[], isFurniture: (p: string) => boolean, hits: Hit[], taken: Set<number>): void {
  let i = 0;
  while (i < ps.length && ps[i]!.trim() === '') i++;
  if (i >= ps.length || taken.has(i)) return;
  const p = ps[i]!;
  const prefix = STORE_DATE_PREFIX.exec(p)?.[0].length ?? 0;
  const line = p.slice(prefix).trimEnd();
  if (line.length === 0 || line.length > 80) return;
  let next = i + 1;
  while (next < ps.length && ps[next]!.trim() === '') next++;
  if (next >= ps.length) return;
  const menu = NAV_LINE.test(line) && /\s/u.test(line.trim());
  const menuLabel = line.length <= MAX_TOP_LABEL && TOP_MENU_LABEL.test(line.trim()) && !isFurniture(ps[next]!) && !TOP_MENU_LABEL.test(ps[next]!.trim());
  // Behind the store's prefix the page's first line is read by the label rules as any line is ("Don't Miss", a module
  // heading, a button): the prefix alone kept them from matching a whole line.
  const label = prefix > 0 && !menu && !menuLabel && isFurniture(line.trim());
  if (!menu && !menuLabel && !label) return;
  taken.add(i);
  const message = menu ? 'Site navigation left in the text.' : label ? 'Website furniture (a label or module heading) left at the top of the text.' : 'A menu heading or sponsor label left above the headline.';
  if (prefix > 0) hits.push({ i, from: prefix + (line.length - line.trimStart().length), to: prefix + line.length, message });
  else hits.push({ i, message });
}

/**
 * A print front page's folio run into the first sentence of a flattened replica: the cover price, the edition's words
 * in capitals, the copyright, the weekday date and the web address ("$3.66 DESIGNATED AREAS HIGHER © 2023 WST SUNDAY, JULY
 * 9, 2023 latimes.com In the lowlands …", "2,90 € ÉDITION DU SOIR LUNDI 3 MAI 2021 lemonde.fr Le gouvernement …").
 * Read from the paragraph's start only, up to the address or the date: the price and the date must both be there.
 */
const FOLIO_PRICE = String.raw`(?:[$€£¥]\s?\d{1,2}[.,]\d{2}|\d{1,2}[.,]\d{2}\s?[$€£¥])`;
const FOLIO_TOKEN = String.raw`(?:[\p{Lu}\p{N}©&'’.,/•|-]+)`;
const FOLIO_RUN = new RegExp(`^${FOLIO_PRICE}(?: ${FOLIO_TOKEN}){0,12}? ${PRINT_DATE}(?: (?:www\\.)?[a-z0-9-]+\\.(?:com|net|org|fr|co\\.uk|ca|be|ch))?(?= \\p{Lu})`, 'u');
const FOLIO_WINDOW = 200;

/**
 * Promo titles printed at both edges of the page: a run of two or more title-shaped lines above the body whose copy, in
 * the same order, closes the text ("Autumn in America: Highlands, N.C." / "Homeless man's decision to return $3,300
 * changed his life" at the top and again after the last paragraph). A page prints its promo module twice; an article
 * does not end on two lines of its own head. Both copies are flagged.
 */
const MIN_EDGE_RUN = 2;
const MAX_EDGE_LINE = 160;
// A title may end on an abbreviation's point ("Highlands, N.C."), never on a sentence's.
const isPromoTitle = (p: string): boolean => p.length <= MAX_EDGE_LINE && wordCount(p) >= 2 && wordCount(p) <= 20 && !/(?<![\s.]\p{Lu})[.!;…]["'”’)]*$/u.test(p);

function edgeRepeats(ps: string[], firstProse: number, lastProse: number, add: (i: number, message: string) => void): void {
  const n = ps.length;
  if (firstProse >= n || lastProse < firstProse) return;
  const tail: number[] = [];
  for (let k = lastProse + 1; k < n; k++) if (ps[k]!.trim() !== '') tail.push(k);
  if (tail.length < MIN_EDGE_RUN) return;
  const tailText = tail.map((k) => ps[k]!.trim());
  const head: number[] = [];
  for (let i = 0; i < firstProse; i++) if (ps[i]!.trim() !== '') head.push(i);
  // Runs of the head's lines found in the tail in the same order: a few lines at each edge, so the scan is short.
  for (let a = 0; a < head.length; a++) {
    for (let b = 0; b < tail.length; b++) {
      let len = 0;
      while (a + len < head.length && b + len < tail.length && isPromoTitle(tailText[b + len]!) && ps[head[a + len]!]!.trim() === tailText[b + len]) len++;
      if (len < MIN_EDGE_RUN) continue;
      for (let k = 0; k < len; k++) {
        add(head[a + k]!, 'A promo module printed at the top and the end of the page left in the text.');
        add(tail[b + k]!, 'A promo module printed at the top and the end of the page left in the text.');
      }
      a += len - 1;
      break;
    }
  }
}

/**
 * A letters page's submission rules, whole or with its opening lost ("… or filling in / this Google form . Submissions
 * should not exceed 400 words, and must include your full name and address …", "Send us your letters at … Letters
 * must be under 300 words", "Les contributions ne doivent pas dépasser 3 000 signes et doivent comporter vos nom et
 * adresse"). The rules speak to the reader about a word limit: an article quoting one has its reporting verb.
 */
const SUBMISSION_RULE = /\b(?:(?:submissions|letters|contributions|comments|entries) (?:should|must|may) (?:not exceed|be (?:no|not) (?:longer|more) than|be (?:under|fewer than|less than)|be limited to) \d[\d,]{0,5} words|(?:les )?(?:contributions|courriers|lettres|textes|messages) (?:ne doivent pas dépasser|sont limitée?s à|ne peuvent excéder) \d[\d  ]{0,6} (?:mots|signes|caractères))\b/iu;
const MAX_SUBMISSION_LINE = 500;
/** The notice's lost opening on the line above: a fragment with the address, no sentence end ("letters@scmp.com or filling in"). */
const NOTICE_FRAGMENT = /^(?:\S+@\S+|\p{Ll})[^.!?]{0,80}$/u;

export function findEdgeChrome(doc: ArticleDoc, isFurniture: (p: string) => boolean): Finding[] {
  const ps = doc.paragraphs;
  const n = ps.length;
  const hits: Hit[] = [];
  let firstProse = 0;
  while (firstProse < n && !(isBodyProse(ps[firstProse]!) && !isFurniture(ps[firstProse]!))) firstProse++;
  let lastProse = n - 1;
  while (lastProse >= firstProse && !(isBodyProse(ps[lastProse]!) && !isFurniture(ps[lastProse]!))) lastProse--;
  const taken = new Set<number>();
  const add = (i: number, message: string): void => { if (!taken.has(i)) { taken.add(i); hits.push({ i, message }); } };

  for (let i = 0; i < n; i++) {
    const p = ps[i]!;
    if (PIPE_CELL.test(p)) add(i, 'Empty table cells of the page layout left in the text.');
    else if (p.length <= 60 && (i < firstProse || i > lastProse) && VIEWER_CHROME.test(p)) add(i, 'Document-viewer furniture (page counter, download button) left in the text.');
    // A nameplate over its section heads is read below as one block (the heads are not page-head lines).
    else if (isMastheadLine(p) || (isPrintPageHead(p, i < firstProse || i > lastProse) && !nameplateOverHeads(ps, i))) add(i, 'Print masthead furniture (date, edition, ISSN) left in the text.');
    else if (p.length > 40) {
      const head = RUNNING_HEAD.exec(p.slice(0, RUNNING_HEAD_WINDOW));
      const glued = head ? -1 : gluedPageHeadEnd(p);
      if (glued > 0) hits.push({ i, from: 0, to: glued, message: 'A print page head (page number, paper, date) left at the head of the page text.' });
      if (head) {
        const rest = RUNNING_HEAD_REST.exec(p.slice(head[0].length, RUNNING_HEAD_WINDOW));
        const to = head[0].length + (rest ? rest[0].length : 0);
        if (to < p.length) hits.push({ i, from: 0, to, message: 'A print running head (paper, place, date) left at the head of the page text.' });
        else add(i, 'A print running head (paper, place, date) left in the text.');
      }
      if (/pages/iu.test(p)) {
        const vol = VOLUME_PAGES.exec(p);
        if (vol) hits.push({ i, from: vol.index, to: vol.index + vol[0].length, message: 'Print masthead furniture (volume and page count) left in the text.' });
      }
    }
  }
  // Footer and account links outside the body.
  for (let i = 0; i < n; i++) if ((i < firstProse || i > lastProse) && ps[i]!.length <= 50 && FOOTER_LINK.test(ps[i]!.trim())) add(i, 'Footer or account link left in the text.');
  // A bare web address next to a masthead line.
  for (let i = 0; i < n; i++) {
    if (ps[i]!.length > 80 || !BARE_ADDRESS.test(ps[i]!)) continue;
    const masthead = (k: number): boolean => k >= 0 && k < n && taken.has(k) && (isMastheadLine(ps[k]!) || isPrintPageHead(ps[k]!));
    if (masthead(i - 1) || masthead(i + 1)) add(i, 'Print masthead furniture (date, edition, ISSN) left in the text.');
  }
  const top = Math.min(firstProse, TOP_LINES);
  // Alt text above the body: a lone "logo", or a named logo next to other furniture.
  for (let i = 0; i < top; i++) {
    const p = ps[i]!.trim();
    const nextTo = (k: number): boolean => k >= 0 && k < n && (taken.has(k) || isFurniture(ps[k]!));
    if (LONE_LOGO.test(p) || (NAMED_LOGO.test(p) && (nextTo(i - 1) || nextTo(i + 1)))) add(i, 'An image’s alt text (a logo) left in the text.');
  }
  for (let i = 0; i < top; i++) if (ps[i]!.length <= 80 && SEARCH_BOX_LABEL.test(ps[i]!.trim())) add(i, 'A page control’s label (a search box) left in the text.');
  // A menu bar spread over the top lines, with a ticker's headline under its label.
  const navLines: number[] = [];
  for (let i = 0; i < top; i++) if (ps[i]!.length <= 80 && NAV_LINE.test(ps[i]!.trim())) navLines.push(i);
  if (navLines.length >= MIN_NAV_LINES) {
    for (const i of navLines) add(i, 'Site navigation left in the text.');
    for (let i = 0; i < top; i++) {
      if (!TICKER_LABEL.test(ps[i]!.trim())) continue;
      add(i, 'A news ticker (label and another story’s headline) left in the text.');
      if (i + 1 < top && !isBodyProse(ps[i + 1]!) && wordCount(ps[i + 1]!) <= 25) add(i + 1, 'A news ticker (label and another story’s headline) left in the text.');
    }
  }
  // A module heading as the last line, after the body.
  const last = n - 1;
  if (last > lastProse && last > 0 && ps[last]!.length <= 40 && END_MODULE.test(ps[last]!.trim())) add(last, 'Heading of a page module (sidebar or footer) left at the end of the text.');
  // A sidebar's letter to readers, outside the body.
  for (let i = 0; i < n; i++) {
    if ((i >= firstProse && i <= lastProse) || !SALUTATION.test(ps[i]!.trim())) continue;
    let j = i + 1;
    while (j < n && j - i <= MAX_LETTER_LINES && !SIGN_OFF.test(ps[j]!.trim()) && !(j >= firstProse && j <= lastProse)) j++;
    if (j >= n || j - i > MAX_LETTER_LINES || !SIGN_OFF.test(ps[j]!.trim())) continue;
    const from = i > 0 && isShortLabel(ps[i - 1]!) && !taken.has(i - 1) ? i - 1 : i;
    for (let k = from; k <= j; k++) add(k, 'A sidebar widget (a note to readers) left in the text.');
    i = j;
  }
  topMenuLabel(ps, isFurniture, hits, taken);
  for (let i = 0; i < Math.min(n, TOP_LINES); i++) {
    if (taken.has(i) || ps[i]!.length <= 60) continue;
    const folio = FOLIO_RUN.exec(ps[i]!.slice(0, FOLIO_WINDOW));
    if (folio) { taken.add(i); hits.push({ i, from: 0, to: folio[0].length, message: 'Print masthead furniture (price, date, web address) run into the text.' }); }
  }
  edgeRepeats(ps, firstProse, lastProse, add);
  for (let i = 0; i < n; i++) {
    if (ps[i]!.length > MAX_SUBMISSION_LINE || !SUBMISSION_RULE.test(ps[i]!) || REPORTED_SPEECH.test(ps[i]!)) continue;
    const message = 'A letters page’s submission notice left in the text.';
    if (i > 0 && !taken.has(i - 1) && NOTICE_FRAGMENT.test(ps[i - 1]!.trim()) && /@/u.test(ps[i - 1]! + ps[i]!)) add(i - 1, message);
    add(i, message);
  }
  offTopicHead(ps, isFurniture, add);
  outletFooterRun(ps, isFurniture, add);
  linkRows(ps, firstProse, lastProse, add);
  // A related headline in brackets, inside or after the body.
  for (let i = firstProse + 1; i < n; i++) if (ps[i]!.length <= 200 && isBracketHeadline(ps[i]!.trim())) add(i, 'A related-story link (a headline in brackets) left in the text.');
  // A lower-case slug as the first line, above a headline.
  if (n > 2 && firstProse > 0 && ps[0]!.trim().length <= MAX_LOWER_SLUG && LOWER_SLUG.test(ps[0]!.trim())) add(0, 'A tag or category label left above the headline.');
  // A text-to-speech player: a run of its control lines holding an anchor.
  for (let i = 0; i < n; i++) {
    if (ps[i]!.length > 60 || !TTS_ANCHOR.test(ps[i]!.trim())) continue;
    let from = i;
    while (from > 0 && ps[from - 1]!.length <= 60 && TTS_LINE.test(ps[from - 1]!.trim())) from--;
    let to = i;
    while (to + 1 < n && ps[to + 1]!.length <= 60 && TTS_LINE.test(ps[to + 1]!.trim())) to++;
    for (let k = from; k <= to; k++) add(k, 'A text-to-speech player’s controls left in the text.');
    i = to;
  }
  // A weather widget above the body: the temperature, then its place and the header's date.
  for (let i = 0; i < top; i++) {
    if (!TEMPERATURE.test(ps[i]!.trim())) continue;
    let j = i;
    while (j + 1 < firstProse && j - i < 3 && (PLACE.test(ps[j + 1]!.trim()) || HEADER_DATE.test(ps[j + 1]!.trim()))) j++;
    if (j === i && !(i + 1 < n && (taken.has(i + 1) || isFurniture(ps[i + 1]!)))) continue;
    for (let k = i; k <= j; k++) add(k, 'Weather widget left in the text.');
  }
  topDateBar(ps, firstProse, add);
  mastheadTagline(ps, firstProse, (k) => taken.has(k) || isFurniture(ps[k]!), add);
  // A promo's line glued to its button, outside the body.
  for (let i = 0; i < n; i++) if ((i < firstProse || i > lastProse) && !taken.has(i) && isGluedButtonLine(ps[i]!.trim(), isFurniture)) add(i, 'A promo and its button, run together, left in the text.');
  // Print front-page furniture (a date with its cover price is a page head, above): a price list by region, a nameplate with its section heads.
  for (let i = 0; i < n; i++) {
    const p = ps[i]!.trim();
    if (p.length > 120) continue;
    if (PRICE_LIST.test(p)) add(i, 'Print masthead furniture (date, address or cover price) left in the text.');
    else if (NAMEPLATE.test(p) && i + 1 < n && CAPITALS_HEAD.test(ps[i + 1]!.trim())) {
      let j = i + 1;
      while (j + 1 < n && j - i < 3 && CAPITALS_HEAD.test(ps[j + 1]!.trim())) j++;
      for (let k = i; k <= j; k++) add(k, 'A print running head (paper, place, date) left in the text.');
      i = j;
    }
  }
  // A menu's lone "Categories" entry between the menu items it heads ("Explorer les Magazines / Catégories").
  for (let i = 0; i < n; i++) {
    if (!MENU_CATEGORIES.test(ps[i]!.trim())) continue;
    const menu = (k: number): boolean => k >= 0 && k < n && !MENU_CATEGORIES.test(ps[k]!.trim()) && (taken.has(k) || isFurniture(ps[k]!));
    if (menu(i - 1) || menu(i + 1)) add(i, 'Document-sharing site furniture left in the text.');
  }
  // A listing page's "X Archives" heading, under the body.
  for (let i = lastProse + 1; i < n; i++) if (ps[i]!.length <= 50 && NAMED_ARCHIVE.test(ps[i]!.trim())) add(i, 'Archive or feed-page heading left in the text.');
  // A teaser between two ad-slot labels: the slot's own link to another story.
  for (let i = 1; i + 1 < n; i++) {
    if (AD_SLOT_LABEL.test(ps[i - 1]!.trim()) && AD_SLOT_LABEL.test(ps[i + 1]!.trim()) && isTeaserLine(ps[i]!.trim()) && !isBodyProse(ps[i]!)) add(i, 'A teaser for another story, between two ad slots, left in the text.');
  }
  // The next post's headline right above the page's closing furniture, after the body.
  // A line printed elsewhere too is the page's own headline repeated (duplicated-paragraph's), not another story's.
  const seen = new Map<string, number>();
  for (const p of ps) seen.set(p.trim(), (seen.get(p.trim()) ?? 0) + 1);
  for (let i = lastProse + 1; i + 1 < n; i++) {
    if (i <= firstProse || taken.has(i) || !isTitleLine(ps[i]!.trim()) || isFurniture(ps[i]!) || (seen.get(ps[i]!.trim()) ?? 0) > 1) continue;
    if ((taken.has(i + 1) || isFurniture(ps[i + 1]!)) && (i - 1 === lastProse || taken.has(i - 1) || isFurniture(ps[i - 1]!))) add(i, 'Another story’s headline, next to the page’s closing furniture, left in the text.');
  }
  return toFindings(doc, hits);
}

/**
 * A case seam inside a word, where a button's label was run into the line before it: a lower-case letter or a run of
 * capitals, then a capitalised word ("… Headlines FREESign up today!", "… newsletterSubscribe", "Inscrivez-vousDéjà membre ?").
 */
const CASE_SEAM = /(?<=\p{Ll}|\p{Lu}{2})(?=\p{Lu}\p{Ll})/gu;
const MAX_GLUED_BUTTON_LINE = 100;
/** The promo before the button is a short phrase: a few words, no sentence end. */
const MAX_GLUED_HEAD_WORDS = 8;
/**
 * A promo's line and its button run together with no space, outside the body ("Receive Daily Headlines FREESign up
 * today!"): read by the seam, not by the promo's words. The part after the seam must be furniture by the label rules on its
 * own (a button, a sign-up or account label), and the part before it a short phrase with no sentence end, so a name in
 * camel case ("McDonald", "PayPal") or a sentence glued to the next one is not read. Glued labels at the article's edge on
 * three outlets (blind 547 "…FREESign up today!", 504 "Inscrivez-vousDéjà membre ?", 213 "…contentSkip to navigation").
 */
function isGluedButtonLine(line: string, isFurniture: (p: string) => boolean): boolean {
  if (line.length > MAX_GLUED_BUTTON_LINE) return false;
  for (const m of line.matchAll(CASE_SEAM)) {
    const head = line.slice(0, m.index).trim();
    const tail = line.slice(m.index).trim();
    if (head === '' || /[.!?;:]/u.test(head) || wordCount(head) > MAX_GLUED_HEAD_WORDS) continue;
    if (isFurniture(tail)) return true;
  }
  return false;
}

/**
 * A site's date bar at the top of the text: the header's date, led by its weekday, alone on the first line (the day the
 * page was read, not the story's), with one or two section labels under it ("Sunday, November 24, 2024 / Sports",
 * "Monday, December 22, 2025 / ADVT / Health"), then the headline. Read by position (the text's first lines, above the
 * body) and by line shape (a date alone, then one-word labels), not by the labels' words. Blind misses on two outlets
 * (558, 561). A date alone over the headline (a blog's post date: fixtures 103, 172) is not read: without the labels it
 * may be the story's own date.
 */
function topDateBar(ps: readonly string[], firstProse: number, add: (i: number, message: string) => void): void {
  if (ps.length < 3 || ps[0]!.length > 40 || !WEEKDAY_HEADER_DATE.test(ps[0]!.trim())) return;
  let j = 1;
  while (j <= MAX_DATE_BAR_LABELS && j < firstProse && DATE_BAR_LABEL.test(ps[j]!.trim())) j++;
  if (j === 1 || j >= ps.length || wordCount(ps[j]!) < MIN_HEADLINE_WORDS) return;
  for (let k = 0; k < j; k++) add(k, 'The site’s date bar and section label, above the headline, left in the text.');
}

/**
 * A site's tagline or motto at the top of the page, above its chrome and the headline: "Fighting for quality news media
 * in the digital age." (Press Gazette, 609), "Thoughts on startups by investors that / fund them & entrepreneurs that run
 * them" (Gust's blog, 182), "By Dan Kennedy • The press, politics, technology, culture and other passions" (Media
 * Nation, 726). Read by position, not by its words: the first line that is not furniture (only furniture above it),
 * of a phrase's length but not headline-shaped (isTitleLine: a tagline is a sentence, a lower-case phrase or a
 * name with a motto), with the page's chrome under it (furniture already read, a section label, a date line) and then
 * the headline, a title line right above the byline or the body. The chrome between is the cue: a headline printed
 * over its own date or dek has no furniture there, so a page whose first line is the headline is not read (a date
 * line or section label alone under the first line does not count; a furniture line must be there or above).
 */
const TAGLINE_MIN_WORDS = 5;
const TAGLINE_MAX_WORDS = 16;
const TAGLINE_MAX_LENGTH = 120;
/** A section label under the masthead: a short capitalised name, maybe numbered as a one-item breadcrumb ("1. News", "COVER STORY"). */
const TAGLINE_SECTION_LABEL = /^(?:\d{1,2}\.\s*)?\p{Lu}[\p{L}&'’-]*(?: \p{L}[\p{L}&'’-]*){0,2}$/u;
/** A date line under the masthead: a short line with a month name and a year ("February 4, 2019updated 30 Sep 2022 7:27am"). */
const TAGLINE_DATE_LINE = new RegExp(`^(?=[^]{0,60}$)(?=[^]*\\b(?:${MONTH})\\b)[^]*(?<!\\d)(?:19|20)\\d\\d(?!\\d)`, 'iu');
/** Credit and caption words: a line naming a photo or its credit is a caption, not a tagline. */
const TAGLINE_NOT = /\b(?:photos?|image|credits?|getty|reuters|afp|file)\b|[?:|]$/iu;
/** The chrome under the tagline is a few lines at most. */
const TAGLINE_MAX_CHROME = 4;

function mastheadTagline(ps: readonly string[], firstProse: number, isChrome: (k: number) => boolean, add: (i: number, message: string) => void): void {
  // Furniture above it, and short lines of it other rules read ("View all newsletters" is a prompt's).
  let i = 0;
  let furniture = false;
  for (; i < firstProse && i < TOP_LINES; i++) {
    if (isChrome(i)) furniture = true;
    else if (wordCount(ps[i]!) >= TAGLINE_MIN_WORDS) break;
  }
  if (i >= firstProse || i >= TOP_LINES) return;
  const line = ps[i]!.trim();
  const words = wordCount(line);
  if (words < TAGLINE_MIN_WORDS || words > TAGLINE_MAX_WORDS || line.length > TAGLINE_MAX_LENGTH || isTitleLine(line) || isBodyProse(line) || TAGLINE_NOT.test(line)) return;
  let j = i + 1;
  // A tagline wrapped over two lines: its second half starts in lower case.
  const wrapped = j < firstProse && /^\p{Ll}/u.test(ps[j]!.trim()) && wordCount(ps[j]!) <= TAGLINE_MAX_WORDS && !isChrome(j);
  if (wrapped) j++;
  const chromeFrom = j;
  while (j < firstProse && j - chromeFrom < TAGLINE_MAX_CHROME) {
    const p = ps[j]!.trim();
    if (isChrome(j)) furniture = true;
    else if (!TAGLINE_SECTION_LABEL.test(p) && !TAGLINE_DATE_LINE.test(p)) break;
    j++;
  }
  if (!furniture || j === chromeFrom || j >= firstProse || !isTitleLine(ps[j]!.trim())) return;
  // The headline: the body, or a byline or date line, right under it.
  if (j + 1 !== firstProse && !(j + 2 === firstProse && wordCount(ps[j + 1]!) <= 8)) return;
  add(i, 'The site’s tagline (its motto under the masthead) left above the headline.');
  if (wrapped) add(i + 1, 'The site’s tagline (its motto under the masthead) left above the headline.');
}

/** Adjacent whole lines with the same message become one finding (one deletion). */
function toFindings(doc: ArticleDoc, hits: Hit[]): Finding[] {
  const ps = doc.paragraphs;
  hits.sort((a, b) => a.i - b.i || (a.from ?? 0) - (b.from ?? 0));
  const out: Finding[] = [];
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    const start = (doc.starts[h.i] ?? 0) + (h.from ?? 0);
    if (h.to !== undefined) { out.push({ kind: 'boilerplate', start, end: (doc.starts[h.i] ?? 0) + h.to, message: h.message, fix: '' }); continue; }
    let j = h.i;
    while (k + 1 < hits.length && hits[k + 1]!.to === undefined && hits[k + 1]!.i === j + 1 && hits[k + 1]!.message === h.message) { j++; k++; }
    out.push({ kind: 'boilerplate', start, end: (doc.starts[j] ?? 0) + ps[j]!.length, message: h.message, fix: '' });
  }
  return out;
}
