/**
 * Page clutter the fixed label lists miss: button labels glued or doubled on
 * one line ("Watch VideoShow less", "Keep reading...Show less", "Printer
 * Print Email Email"), short labels of a CMS or a paywall ("Article payant",
 * "Participer à la conversation", "Uncategorized", "Mini-Sommaire",
 * "Télécharger au format pdf ou txt"), a one-line call to action ("👇 Try it
 * now. 👇") and promo paragraphs built on an offer ("Save 25% off … discount
 * code", "Get $1000 off at …"). Whole-line rules match the WHOLE paragraph, so
 * the same words inside a sentence never count.
 */
import type { ArticleDoc, Finding } from './context';
import { wordCount } from './context';
import { isBodyProse } from './menus';
import { ACCOUNT_BUTTON_LABELS, ICON_GLYPH_STEMS, RELATED_LINK_LABELS, SENTENCE_SMALL_WORDS, VIEWER_CONTROL_LABELS, alternation } from './lexicon';

/**
 * One button label: the share, print, player and reading toggles a page prints as links, and the text-size control next to
 * them ("Adjust", "Text too small?", "Font size", "A+"; the control recurs in blind batches 5, 14 and 15 on three outlets,
 * each with its own wording: "fontLarger fontSmaller", "Text too small? |", "Adjust Comment Print").
 */
const UI_LABEL = String.raw`(?:adjust|text too small\?|(?:font|text) size|a ?[+−-]|printer|print|e-?mail|share|tweet|save|comments?|download|listen|subscribe|watch(?: video)?|video|show (?:less|more)|read (?:less|more)|keep reading|see (?:less|more)|expand|collapse|close|imprimer|partager|envoyer|commenter|télécharger|écouter|voir (?:plus|moins)|lire la suite|afficher (?:plus|moins))`;
/**
 * Two to six labels on one line, glued ("VideoShow"), spaced or joined by an ellipsis ("reading...Show"). One label
 * alone is the button rule's (boilerplate.ts); here the run itself is the sign: no sentence is a run of button names.
 * A run cut after its first label keeps the separator dangling ("Print |"): no sentence ends on a bar or a bullet.
 */
const GLUED_LABELS = new RegExp(String.raw`^${UI_LABEL}(?:\s*(?:\.\.\.|…|[|•·/])?\s*${UI_LABEL}){1,5}$|^${UI_LABEL}\s?[|•·]$`, 'iu');

/**
 * Fixed labels of a CMS, a paywall or a comments block: "Article payant", "Article réservé", "Participer à la
 * conversation", "Uncategorized", "Non classé", "Mini-Sommaire", "Table of contents", "Read more here.",
 * "Télécharger au format pdf ou txt", "Download as PDF or TXT".
 */
const FIXED_LABEL = /^(?:article (?:payant|premium|abonnés?)|contenu (?:payant|premium)|premium article|participer à la conversation|rejoindre la conversation|réagissez à cet article|join the conversation|uncategori[sz]ed|non classé|sans catégorie|(?:mini-)?sommaire|table des matières|table of contents|in this article|dans cet article|(?:vous êtes sur la |you are on )?page \d{1,4} ?(?:sur|of|\/) ?\d{1,4}|read more here\.?|click here to read more\.?|(?:télécharger|download)(?: au format| as| in| en)? (?:pdf|txt|docx?)(?: (?:ou|or) (?:pdf|txt|docx?))?)$/iu;

/** A one-line call to action, with the emoji a newsletter frames it with: "👇 Try it now. 👇", "Essayez-le gratuitement !". */
const CALL_TO_ACTION = /^[\s\p{Extended_Pictographic}\u{FE0F}\u{200D}→>]*(?:try it (?:now|today|for free|free)|try (?:it|us) out(?: now| today)?|get started(?: now| today| for free)?|essayez(?:-le|-la)? (?:maintenant|gratuitement|dès maintenant)|testez(?:-le|-la)? (?:maintenant|gratuitement))\s?[.!]?[\s\p{Extended_Pictographic}\u{FE0F}\u{200D}←<]*$/iu;

/**
 * An offer: a discount code, or "save / get N% (or $N) off" ("Save 25% off a one-year membership", "Get $1000 off at
 * vanta.com/funded", "Profitez de 20 % de réduction"). A report on prices says "cut prices by 25%", not "get 25% off".
 */
const OFFER = /\b(?:discount|promo|coupon|voucher) code\b|\bcode (?:promo|de réduction)\b|\b(?:get|save|take|enjoy|profitez de|obtenez|économisez)\s(?:up to\s|jusqu['’]à\s)?(?:[$€£]\s?\d[\d,.]*\s?[kK]?|\d[\d,.]*\s?[$€£]|\d{1,3}\s?%)\s(?:off|de (?:réduction|remise))\b/iu;
/** The site speaks to the reader: "you", an imperative to enter, use or visit. A story quoting an offer reports it instead. */
const TO_READER = /\b(?:you|your|enter|entering|use|visit|subscribe|sign up|try|vous|votre|utilisez|abonnez-vous|inscrivez-vous)\b|\b(?:get|save)\s(?:up to\s)?[$€£\d]/iu;
const REPORTED = /[“”"«»]|\b(?:said|says|told|according to|a déclaré|selon)\b/iu;
/** A promo is a paragraph, not a page. */
const MAX_PROMO_WORDS = 90;

/**
 * A log-in or comment form's prompts and buttons left as text, one to four on a line, glued or spaced: "New here?",
 * "Already a member?", "Forgot your password?", "Nouveau ?", "Déjà membre ?", "Mot de passe oublié ?", "Réagissez",
 * "Inscrivez-vousDéjà membre ?". A closed class of the form's own words (who speaks: the site, to a reader with an account),
 * whole lines only: a sentence that mentions a password has a subject and more words. Blind misses: a French media site's
 * comment and log-in block under the story (batch 17), an English weekly's "Already a member? Log in to continue." (batch 8)
 * and a regional daily's "Subscribe Register Login" (batch 10).
 */
/** The form's questions, each with its question mark ("Nouveau ?" alone is a form's; "Nouveau" alone may be a badge). */
const ACCOUNT_FORM_QUESTION = String.raw`(?:new here|new user|already (?:a member|a subscriber|registered|have an account)|déjà (?:membre|abonnée?|inscrite?|un compte)|forgot(?: your)? password|mot de passe oublié)\s?\?`;
/**
 * The form's weak questions: "New to X?", "Nouveau ?" are a heading's words as well ("New to investing?" over advice prose;
 * review of round A, F4). They count only on a line with another of the form's words ("Nouveau ? Inscrivez-vous").
 */
const ACCOUNT_FORM_WEAK_QUESTION = String.raw`(?:new to [\p{L} ]{2,20}|nouveau|nouvelle)\s?\?`;
/** The form's headings and buttons. */
const ACCOUNT_FORM_BUTTON = String.raw`(?:(?:vos|your) (?:réactions|comments)|réagissez|${ACCOUNT_BUTTON_LABELS.join('|')}|remember me|se souvenir de moi)`;
const ACCOUNT_FORM_STRONG = String.raw`(?:${ACCOUNT_FORM_QUESTION}|${ACCOUNT_FORM_BUTTON})`;
const ACCOUNT_FORM_WORD = String.raw`(?:${ACCOUNT_FORM_QUESTION}|${ACCOUNT_FORM_WEAK_QUESTION}|${ACCOUNT_FORM_BUTTON})`;
const ACCOUNT_FORM_SEP = String.raw`\s?(?:[|•·/])?\s?`;
const ACCOUNT_FORM_LINE = new RegExp(String.raw`^(?:${ACCOUNT_FORM_STRONG}(?:${ACCOUNT_FORM_SEP}${ACCOUNT_FORM_WORD}){0,3}|${ACCOUNT_FORM_WEAK_QUESTION}(?:${ACCOUNT_FORM_SEP}${ACCOUNT_FORM_WORD}){1,3})$`, 'iu');

/** A whole line that is a button or site label (glued labels or a fixed label): never a caption or a sentence. */
/**
 * A podcast page's listen and review buttons: "Listen on Apple Podcasts", "Écouter sur Spotify", "Listen to this episode on
 * your favorite platform!", "If you enjoy Funded, please rate & review on Apple!". The site asks; an article would report.
 */
const PODCAST_BUTTON = /^(?:(?:listen|écouter|écoutez)(?: (?:now|maintenant))? (?:on|sur) (?:apple podcasts?|itunes|spotify|google podcasts|youtube(?: music)?|overcast|pocket ?casts|deezer|amazon music|stitcher|castbox|podcast addict)|(?:listen to|écoutez) (?:this|the|cet|l['’]) ?(?:episode|podcast|épisode) (?:on|wherever|sur|où)[^.!?]{0,60}|(?:if you (?:enjoy|like|love|liked|enjoyed) [^.!?]{1,40}, )?please (?:rate|review|subscribe|leave a review)[^.!?]{0,60})\s?[.!]?$/iu;

export function isUiLabelLine(p: string): boolean {
  const line = p.trim();
  return (line.length <= 80 && GLUED_LABELS.test(line)) || (line.length <= 60 && FIXED_LABEL.test(line));
}

/**
 * An icon font's glyph names left as words where its icons were drawn: a share bar's "instagram envelope_alt facebook
 * twitter search youtube_play whatsapp", a text-size control's "fontLarger fontSmaller", a lone "chevron_right". A glyph is
 * named as an identifier: snake_case ("envelope_alt", "keyboard_arrow_down"), a variant number ("loop2", "arrow-down2"), a
 * direction suffix ("arrow-up"), camelCase ("fontLarger"). A row of lower-case tokens holding two such names, with no small
 * word of a sentence between them, is a toolbar's residue; no sentence is written that way. Blind misses on two outlets
 * (a metro paper's share bar, a wire portal's text-size buttons); a fresh page keeps a ligature name before its heading.
 */
const ICON_ROW_TOKEN = /^[a-z][a-zA-Z0-9]*(?:[_-][a-z0-9]+)*$/u;
/** A glyph's identifier: snake_case, a name with a variant number, a direction suffix, or camelCase. */
const ICON_NAME = /^[a-z]+(?:_[a-z0-9]+)+$|^[a-z]{3,}(?:-[a-z]+)*\d{1,2}$|^[a-z]+(?:-[a-z]+)*-(?:up|down|left|right)\d?$|^[a-z]{2,}(?:[A-Z][a-z]+)+$/u;
/**
 * One glyph name alone on its line, as a ligature icon font spells it: snake_case ending in a direction or variant
 * ("chevron_right", "expand_more", "keyboard_arrow_down", "bookmark_border"). A closed class of suffixes: an identifier in
 * code ("user_id") ends in a noun.
 */
const LONE_LIGATURE = /^[a-z]+(?:_[a-z]+)*_(?:right|left|up|down|forward|back|backward|more|less|horiz|vert|outline|outlined|border|alt|circle|tab)$/u;
/** Lower-case words of a sentence: a row holding one is prose or a phrase, not a row of glyph names. */
const ICON_ROW_SMALL_WORD = new RegExp(`^(?:${SENTENCE_SMALL_WORDS.join('|')})$`, 'u');
/**
 * The glyph's stem, from a closed class (ICON_GLYPH_STEMS): an identifier shape alone is no glyph ("user_id created_at",
 * "python3 tensorflow2", "start-up scale-up", "covid19 confinement2" are code, product names and compound words).
 */
const ICON_GLYPH_STEM = new RegExp(`^(?:${ICON_GLYPH_STEMS.join('|')})(?![a-z])`, 'u');
const MIN_ICON_NAMES = 2;
const MAX_ICON_ROW_TOKENS = 20;

export function isIconNameRow(line: string): boolean {
  if (line.length > 200) return false;
  if (LONE_LIGATURE.test(line)) return true;
  const tokens = line.split(/\s+/u);
  if (tokens.length < MIN_ICON_NAMES || tokens.length > MAX_ICON_ROW_TOKENS) return false;
  let names = 0;
  for (const t of tokens) {
    if (!ICON_ROW_TOKEN.test(t) || ICON_ROW_SMALL_WORD.test(t)) return false;
    if (ICON_NAME.test(t) && ICON_GLYPH_STEM.test(t)) names++;
  }
  return names >= MIN_ICON_NAMES;
}

/** A numbered breadcrumb item: "1. Ressources", "3) Guides". */
const NUMBERED_ITEM = /^(?<n>\d{1,2})[.)]\s+(?<label>\S.{0,100})$/u;
const MIN_CRUMBS = 3;
const MAX_CRUMB_WORDS = 12;

/**
 * A breadcrumb printed as a numbered list ("1. Ressources / 2. Gestion / … / 4. <the headline>"): items numbered from 1
 * without a gap, short, the last one the page's own title, which the next line prints again. A list in an article does
 * not end on the heading that follows it.
 */
function numberedBreadcrumbs(doc: ArticleDoc, out: Finding[]): void {
  const ps = doc.paragraphs;
  for (let i = 0; i < ps.length; i++) {
    const first = NUMBERED_ITEM.exec(ps[i]!);
    if (first?.groups?.n !== '1') continue;
    let j = i;
    let last = first.groups.label ?? '';
    while (j + 1 < ps.length) {
      const next = NUMBERED_ITEM.exec(ps[j + 1]!);
      if (!next?.groups || Number(next.groups.n) !== j - i + 2 || wordCount(next.groups.label ?? '') > MAX_CRUMB_WORDS) break;
      j++;
      last = next.groups.label ?? '';
    }
    const title = ps[j + 1]?.trim();
    if (j - i + 1 >= MIN_CRUMBS && title !== undefined && title.length > 0 && title === last.trim()) {
      out.push({ kind: 'boilerplate', start: doc.starts[i] ?? 0, end: (doc.starts[j] ?? 0) + ps[j]!.length, message: 'A breadcrumb (numbered path to this page) left in the text.', fix: null });
    }
    i = j;
  }
}

/**
 * A wiki's section-edit link left beside its heading, bracketed, glued or not ("Controversy[edit]", "History [edit]",
 * "[edit source]", "Histoire[modifier | modifier le code]"): the bracketed label of editing is page furniture where a link
 * sits, closing a heading-shaped line or alone on its line (a Wikipedia page's clean text kept 35 of them; its mirrors print
 * the same). Never inside a sentence: a quote's bracketed word ("« Il faut [modifier] la loi »", "We will [edit] the rules")
 * or an editor's note "[edited for length]" are not these (review B).
 */
const WIKI_EDIT_LABEL = /\[(?:edit(?: source)?|modifier(?: le code)?(?: \| modifier le code)?|bearbeiten(?: \| Quelltext bearbeiten)?)\]$/iu;
/** A heading before the label: short, no quote mark, no sentence punctuation ending a word ("pdf.js" is a heading). */
const WIKI_HEADING = /^[^«»“”"]{1,80}$/u;
const CLAUSE_PUNCTUATION = /[.!?:;,](?:\s|$)/u;
const MAX_WIKI_HEADING_WORDS = 10;

function wikiEditLabels(doc: ArticleDoc, out: Finding[]): void {
  doc.paragraphs.forEach((p, i) => {
    if (!p.includes('[')) return;
    let offset = doc.starts[i] ?? 0;
    for (const line of p.split('\n')) {
      const trimmed = line.trimEnd();
      const m = WIKI_EDIT_LABEL.exec(trimmed);
      if (m) {
        const head = trimmed.slice(0, m.index).trim();
        if (head === '' || (WIKI_HEADING.test(head) && !CLAUSE_PUNCTUATION.test(head) && head.split(/\s+/u).length <= MAX_WIKI_HEADING_WORDS)) {
          out.push({ kind: 'boilerplate', start: offset + m.index, end: offset + m.index + m[0].length, message: 'A wiki’s “edit” link left beside a heading.', fix: '' });
        }
      }
      offset += line.length + 1;
    }
  });
}

/**
 * A photo viewer's button label glued to the end of a caption line ("… Photo: Jane Roe Expand", "… Jane Roe/Getty Images
 * hide caption"): a thumbnail strip or a caption widget printed its control as text after the caption. Read by the line's
 * shape, not by the outlet's words: the label is one of the viewer's closed class (VIEWER_CONTROL_LABELS), and the words
 * before it are a caption, either because they close on a photo credit (captions.ts endsWithCredit) or because they are
 * printed again, alone, as another paragraph of the page (the strip's caption, repeated in the lightbox). A sentence that
 * ends on "expand" or "close" ("… the group plans to expand") has neither. Blind misses: a gallery strip's "Expand" on an
 * Irish daily (batch 17, three lines); the same glued tail is a public radio's caption widget (batch 9, "… /Getty Images hide
 * caption", read with its repeated credit by captions.ts). Only the label is reported, as a second reading (nested): the
 * caption line it closes is often a repeated caption another reader claims whole.
 */
const GLUED_VIEWER_LABEL = new RegExp(String.raw`^(?<body>\S.{8,}?\S)\s(?<label>${alternation(VIEWER_CONTROL_LABELS)})$`, 'iu');
/** A caption line is short; a longer paragraph ending on the word is prose. */
const MAX_GLUED_CAPTION_CHARS = 400;

/**
 * The glued viewer labels of the page (see GLUED_VIEWER_LABEL). The caption's credit test is captions.ts's endsWithCredit,
 * passed in by the caller (index.ts): captions.ts imports this module, and importing it back would make a cycle.
 */
export function findGluedViewerLabels(doc: ArticleDoc, endsWithCredit: (p: string) => boolean): Finding[] {
  const out: Finding[] = [];
  const ps = doc.paragraphs;
  let whole: Set<string> | undefined;
  ps.forEach((p, i) => {
    if (p.length > MAX_GLUED_CAPTION_CHARS) return;
    const line = p.trimEnd();
    const m = GLUED_VIEWER_LABEL.exec(line);
    if (!m?.groups) return;
    const body = m.groups.body!;
    // The label itself starts a word: a capital or lower case as the viewer prints it, never glued inside a word.
    if (!endsWithCredit(body)) {
      whole ??= new Set(ps.map((q) => q.trim()));
      if (!whole.has(body.trim())) return;
    }
    const start = (doc.starts[i] ?? 0) + line.length - m.groups.label!.length;
    out.push({ kind: 'boilerplate', start, end: start + m.groups.label!.length, message: 'A photo viewer’s button label glued to the end of a caption.', fix: '', nested: true });
  });
  return out;
}

/** The related-link labels a bracket may open anywhere, and the two that are also a writer's cross-reference (sentence start only). */
const SENTENCE_LINK_LABELS = 'see also|voir aussi';
const ANYWHERE_LINK_LABELS = RELATED_LINK_LABELS.filter((l) => !SENTENCE_LINK_LABELS.split('|').includes(l)).join('|');
/**
 * A parenthesised call to action inside a paragraph of prose: the site, not the story, addresses the reader with an
 * imperative of the closed class of link verbs (click or tap here, subscribe, sign up, register) or a link label and its colon
 * ("Read more:", "See also:", "Lire aussi :"), in brackets between two sentences: "(Click here to get the latest quotes for
 * …)", "(subscribe to our free newsletter to get this round-up in your inbox)", "(sign up here)", "(READ MORE: …", cut at the
 * link). Seen on a US business channel (blind batch 17), a European tech weekly and a newsletter platform (funding fixtures),
 * an African business channel (a cut "READ MORE" link). An aside that only points inside the article ("(see table below)")
 * has no verb of the class ("register to vote …" is a reader's errand: "register" needs "here", "now" or "today"; review F5). The click and sign-up verbs need their link word after them ("here", "to", "for", "now"), so
 * "(click-through rates)" or "(registered in 2019)" stay prose. "See also" and "voir aussi" are also the writer's own
 * cross-reference ("The filing (see also: the annual report) shows …"): that label counts only where its bracket opens a
 * sentence of its own (after the paragraph's start or a sentence's end), where a site sets its link between two sentences; inside
 * a sentence it is the article's text. Bounded, no nested quantifier: linear.
 */
const PAREN_CALL_TO_ACTION = new RegExp(String.raw`(?<=^|\s)\((?:(?:click|tap|cliquez|cliquer) (?:here|ici|on (?:the|this) link|sur ce lien)\b|(?:subscribe|sign up|abonnez-vous|inscrivez-vous) (?:here|now|today|to|for|ici|à)\b|register (?:here|now|today|ici)\b|(?:${ANYWHERE_LINK_LABELS})\s?:|(?<=(?:^|[.!?…]["”’»]?\s)\()(?:${SENTENCE_LINK_LABELS})\s?:)[^()\n]{0,160}(?:\)|$)`, 'giu');
/**
 * A quote widget's button glued to a ticker: "(ACME) - Get Report", "(NASDAQ:ACME - Get Free Report)", the label a stock page
 * prints after every ticker it links (a US markets site's "Get Report", blind batch 17; a ratings site's "Get Free Report";
 * an earnings calendar's "Get Alert" after each ticker row, fresh page). The ticker is capitals in brackets, maybe with its
 * exchange; the label is the closed class "Get (Free) Report / Alert / Quote". Only the label is reported, or the whole
 * paragraph when it is the ticker and its label alone (the widget set on its own line). A second reading (nested): the pull-quote
 * reader may read the ticker line, set between the company's name and the verb, as a spliced line.
 */
const TICKER_WIDGET_LABEL = /\((?:[A-Z]{2,8}\s?:\s?)?[A-Z]{1,5}(?:\.[A-Z]{1,2})?(?:\)\s?(?<outer>[-–]\s?Get (?:Free )?(?:Report|Alert|Quote))|\s?(?<inner>[-–]\s?Get (?:Free )?(?:Report|Alert|Quote))\))/gu;

/**
 * A ticker set on a line of its own, bare or with its widget's label: "(ACME)", "(NYSE: ACME)", "(ACME) - Get Report". A stock
 * page links the company's name and its ticker, and a scraper that keeps links as lines leaves both alone between the halves of
 * the sentence ("… as / Acme Corp / (ACME) - Get Report / stock fell …"). The line is a link, never a quote: the pull-quote reader
 * must not read it as a spliced box (group 7's request, blind batch 17's stock site; the same bare tickers on a second business
 * site's quote links). The same ticker shape as TICKER_WIDGET_LABEL; bounded, linear.
 */
const TICKER_LINE = /^\((?:[A-Z]{2,8}\s?:\s?)?[A-Z]{1,5}(?:\.[A-Z]{1,2})?(?:\)(?:\s?[-–]\s?Get (?:Free )?(?:Report|Alert|Quote))?|\s?[-–]\s?Get (?:Free )?(?:Report|Alert|Quote)\))$/u;

export function isTickerLine(p: string): boolean {
  return TICKER_LINE.test(p.trim());
}

function inlineCallsToAction(doc: ArticleDoc, out: Finding[]): void {
  doc.paragraphs.forEach((p, i) => {
    const base = doc.starts[i] ?? 0;
    if (p.includes('(') && /\((?:click|tap|cliquez|cliquer|subscribe|sign up|register|abonnez|inscrivez|read|also|see|related|lire|à lire|voir)/iu.test(p)) {
      for (const m of p.matchAll(PAREN_CALL_TO_ACTION)) {
        out.push({ kind: 'boilerplate', start: base + m.index!, end: base + m.index! + m[0].length, message: 'A call to action in brackets (a link to another page) left inside the paragraph.', fix: '' });
      }
    }
    if (!p.includes('Get ')) return;
    for (const m of p.matchAll(TICKER_WIDGET_LABEL)) {
      if (m[0].length + 1 >= p.trim().length) {
        out.push({ kind: 'boilerplate', start: base, end: base + p.length, message: 'A stock-quote widget’s button label glued to a ticker.', fix: null, nested: true });
        continue;
      }
      const label = m.groups!.outer ?? m.groups!.inner!;
      const at = m.index! + m[0].indexOf(label);
      // The space before the label goes with it: "(ACME - Get Free Report)" reads "(ACME)".
      const from = p.charAt(at - 1) === ' ' ? at - 1 : at;
      out.push({ kind: 'boilerplate', start: base + from, end: base + at + label.length, message: 'A stock-quote widget’s button label glued to a ticker.', fix: '', nested: true });
    }
  });
}

/**
 * Headings of the page itself among the fixed labels: a CMS's empty category name ("Uncategorized", "Non classé", "Sans
 * catégorie") and a listing's contents heading ("Sommaire", "Table of contents"). Alone on a line in the page header,
 * above the first paragraph of prose, each is the page's category or the listing page's own heading, metadata
 * (CONVENTIONS.md §section-labels, dev 10-sky's header lines: 163 t3n copy's 'Uncategorized' over the headline, 552 Le
 * Figaro kiosk's 'Sommaire' under its masthead and date, both left unmarked by the gold). In the body or the footer the
 * label stays one left in the text (177 Legalstart's 'Mini-Sommaire' widget inside the article; 87's 'Connect with us
 * Uncategorized' row is read for its menu label). Paywall and comment labels stay labels in the header too.
 */
const HEADER_HEADING = /^(?:uncategori[sz]ed|non classé|sans catégorie|sommaire|table des matières|table of contents)$/iu;

/**
 * Round 40: a size switcher's labels printed one per line, smallest first: "XS" / "SM" / "MD" / "LG" (the screen-size
 * breakpoints of the common CSS frameworks, left as text at the end of a print view, Voice of America 822), "S" / "M" / "L"
 * / "XL". Each code alone is a word or an initial ("LG", "MD"); three or more in the scale's order, nothing else on their
 * lines, are the control, never prose. Case-sensitive: the codes are printed in capitals.
 */
const SIZE_SCALE: readonly string[] = ['XXS', 'XS', 'S', 'SM', 'M', 'MD', 'L', 'LG', 'XL', 'XXL'];
const MIN_SIZE_RUN = 3;

function sizeSwitcherRuns(doc: ArticleDoc, out: Finding[]): void {
  const ps = doc.paragraphs;
  for (let i = 0; i < ps.length; i++) {
    let rank = SIZE_SCALE.indexOf(ps[i]!.trim());
    if (rank < 0) continue;
    let j = i;
    while (j + 1 < ps.length) {
      const next = SIZE_SCALE.indexOf(ps[j + 1]!.trim());
      if (next <= rank) break;
      rank = next;
      j++;
    }
    if (j - i + 1 >= MIN_SIZE_RUN) {
      out.push({ kind: 'boilerplate', start: doc.starts[i] ?? 0, end: (doc.starts[j] ?? 0) + ps[j]!.length, message: 'A size switcher’s labels (page controls) left in the text.', fix: null });
    }
    i = j;
  }
}

export function findUiClutter(doc: ArticleDoc): Finding[] {
  const out: Finding[] = [];
  numberedBreadcrumbs(doc, out);
  sizeSwitcherRuns(doc, out);
  wikiEditLabels(doc, out);
  inlineCallsToAction(doc, out);
  const firstProse = doc.paragraphs.findIndex(isBodyProse);
  doc.paragraphs.forEach((p, i) => {
    const start = doc.starts[i] ?? 0;
    const line = p.trim();
    let message: string | null = null;
    if (line.length <= 80 && GLUED_LABELS.test(line)) message = 'Button labels run together on one line left in the text.';
    else if (line.length <= 60 && FIXED_LABEL.test(line) && !(i < firstProse && HEADER_HEADING.test(line))) message = 'A site label (paywall, category, comments or menu) left in the text.';
    else if (line.length <= 140 && PODCAST_BUTTON.test(line)) message = 'A podcast page’s listen or review button left in the text.';
    else if (line.length <= 60 && CALL_TO_ACTION.test(line)) message = 'A promo’s call to action left in the text.';
    else if (line.length <= 90 && ACCOUNT_FORM_LINE.test(line)) message = 'A log-in or comment form’s prompts left in the text.';
    else if (isIconNameRow(line)) message = 'Icon names (an icon font’s glyphs, not text) left in the text.';
    else if (p.length <= 900 && OFFER.test(p) && TO_READER.test(p) && !REPORTED.test(p) && wordCount(p) <= MAX_PROMO_WORDS) message = 'A promotional offer (discount or code) left in the text.';
    if (message) out.push({ kind: 'boilerplate', start, end: start + p.length, message, fix: null });
  });
  return out.sort((a, b) => a.start - b.start);
}
