/**
 * Byline noise: author lines that are not a reader's byline any more.
 * - bylines merged with each other or with e-mail addresses
 *   ("By FAN FEIFEI fanfeifei@… By REN XIAOJIN … Contact the writers at …");
 * - contact lines (e-mail, Twitter) left at the end of the body;
 * - a CMS account printed as the author ("By admin", "Posted by staff on …");
 * - a byline split over several lines ("By" / "• Jane Doe" / "and John Roe");
 * - blog post metadata ("Posted by … on …") printed inside or after the body;
 * - agency credit lines ("Reporting by …; Editing by …"), alone or glued to
 *   the last sentence;
 * - an author's bio at the end ("Jane Doe is a reporter at …").
 * A plain "By Jane Doe" above the body is page metadata and stays.
 */
import type { ArticleDoc, Finding } from './context';
import { looseKey, tail, wordCount } from './context';
import { CONTACT_ADDRESS, EN_MONTH_NAMES, FR_MONTH_NAMES, NEWS_DESK_NOUNS, WEEKDAY, WIRE_AGENCIES, alternation, emptyMetaLabelPattern } from './lexicon';
import { escapeRegExp } from '../names';
import { isDanglingWord } from './truncated';
import { isFurnitureLine } from './boilerplate';

const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';
/** An e-mail address, or the stored pages' "[email protected]" (Cloudflare's rewrite): lexicon.ts's one pattern (review of session 22, finding 7b). */
const EMAIL = new RegExp(CONTACT_ADDRESS);
/** A byline: "By" and a capitalised name. */
const BY = /(?:^|[\s—–-])(?:By|Par) \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)/gu;
/** "Contact the writer(s) at …", "Email the author: …", "Write to Jane Doe at …", "Contacter l’auteur : …". */
const CONTACT = /\b(?:contact (?:the )?(?:writers?|reporters?|authors?)(?: at|:)?|e-?mail (?:the )?(?:writers?|reporters?|authors?)(?: at)?:?|write to (?:\p{Lu}[\p{L}'’.-]+ ){1,3}at|(?:contacter|écrire à) (?:l[’']auteur|l[’']autrice|la rédaction|le journaliste|la journaliste)(?: ?:)?)\s/iu; // (i: "Write to" may be any case; the name needs no check, an address must follow)
/** A word every CONTACT form holds (any case): the cheap test before it. */
const CONTACT_WORD = /contact|mail|write|écrire/i;
/** A contact line on its own: an address, a Twitter profile or handle. */
const CONTACT_LINE = /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/)?(?:www\.)?(?:twitter|x)\.com\/\w{1,30}|@\w{1,30}|follow (?:him|her|them|me) on twitter[^.]{0,40}\.?|(?:e-?mail|twitter)\s*:\s*\S+)$/i;

/**
 * Names a CMS gives an account, never a person: "By admin", "Posted by
 * webmaster on March 3, 2024", "Par admin". Optionally followed by a date or
 * a separator and a date, nothing else ("By Staff Reporter" is a real desk
 * byline and stays).
 */
const ACCOUNT_BYLINE = /^(?:(?:(?:posted|written|published|submitted|publié|publie) )?(?:by|par)|author|auteur):? (?:[\p{L}\p{N}_]*admin[\p{L}\p{N}_]*|administrator|administrateur|webmaster|site ?admin|wpadmin|superuser|root|staff|editor|user\d{0,4}|guest|author|anonymous|newsdesk)(?:\s*(?:on|le|[|•·,–—-])\s*[^.!?]{0,60})?$/iu;

/** The same account name glued to the end of the last paragraph: "… Read the original article here. By admin". */
const ACCOUNT_TAIL = /(?<=[.!?”"]\s{1,3})(?:Posted )?By (?:admin|administrator|webmaster|wpadmin)$/i;

/** "By" (or "Par", "Written by") alone on its line: the name follows on the next lines. */
const BY_ALONE = /^(?:by|par|von|por|written by|words by):?$/i;
/**
 * The author field's own name alone on its line, the value on the next: "Auteur(s)" over "La rédaction de … avec AFP"
 * (FranceSoir, 589), "Author(s):". A CMS prints the field's name, its plural marked "(s)", where the page shows only its
 * value; like a split "By", the label is the residue. Only that form: "Author:" over a name is a label a site prints on
 * purpose (round 27's negative), and "Authors" alone is a heading as often.
 */
const AUTHOR_FIELD_LABEL = /^(?:auteur\(e?s\)|author\(s\)) ?:?$/iu;
/**
 * A desk credit as a byline's value: the newsroom, maybe of a site, maybe with an agency ("La rédaction", "La rédaction de
 * Site.fr avec AFP", "The newsroom with Reuters", "Staff"). Read only on the line under a byline's label.
 */
const DESK_CREDIT_LINE = new RegExp(String.raw`^(?:(?:la|the) )?(?:rédaction|redaction|newsroom|news desk|staff|editors)(?: (?:de|du|des|of) [\p{L}\p{N}.&'’-]+(?: [\p{L}\p{N}.&'’-]+){0,3})?(?: (?:avec|with|and|et|&) (?:${alternation(WIRE_AGENCIES)}))?$`, 'iu');
/**
 * A byline's label left alone above the text, its name lost (a link the reader dropped): "By" over the lead image's alt text
 * (The Edge Malaysia, 624), "Publié par le" over the lede (beaboss, 570: the name and the date fields both empty), "Par" over
 * "Publié le …" (Le Monde on onisep, 196). The label of BY_ALONE and the template's "Posted by", "Publié par", maybe with the
 * date field's preposition ("on", "le") and a colon. Read only above the body, and only when the next line is neither a name
 * nor a date (isMetaValue): "By" / "• Bloomberg" is a split byline, "By:" / "ED BARBER" one set in capitals.
 */
const EMPTY_BYLINE_LABEL = /^(?:by|par|von|por|written by|words by|posted by|published by|publié par|publiée par|écrit par|rédigé par)(?: (?:on|le))?\s?:?$/iu;
const MAX_EMPTY_BYLINE_LABEL = 20;
/** A name line of a split byline: "• Jane Doe", "and John Roe", "Bloomberg", "Jane Doe,". */
const NAME_LINE = /^(?:[•·*-]\s*)?(?:(?:and|&|et) )?\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|del|le|la|bin|al))*(?:,| and| &)?$/u;
/** Name lines of a split byline: a few at most. */
const MAX_NAME_LINES = 4;

/**
 * Blog metadata: "Posted by Jane Doe on March 3, 2024", "Posted on 3 March 2024
 * by admin in Uncategorized | 2 Comments". Above the body it is the page's
 * byline and stays; inside or after the body it is noise.
 */
const POSTED_META = /^(?:posted|published|filed|written) (?:by|on|in)\b[^.!?]{3,120}$/i;
/**
 * A date line with no author: "Published on March 15, 2021", "Posted on Oct 26,2020". A news page prints it under or after
 * the story (the paper's own publication date, as the Hindu BusinessLine and a Houston Chronicle flipbook close theirs);
 * with no name, no category and no comment count it is the page's date, not a blog template's residue.
 */
const DATE_ONLY_STAMP = /^(?:posted|published|filed) on\b(?![^]*\b(?:by|in)\b)[^.!?]{3,60}$/i;
/** Comment and category residue: a post-metadata line with it is template noise wherever it sits. */
const META_RESIDUE = /\b(?:\d+ comments?|no comments|leave a (?:comment|reply)|uncategori[sz]ed)\b/i;

/** Names in a credit: capitalised words, joined by "and", "&", commas, and "in <Place>". */
const NAMES = String.raw`\p{Lu}[\p{L}'’.-]*(?:,? (?:and |& |in )?\p{Lu}[\p{L}'’.-]*)*`;
/** Case is spelled out: with the i flag, \p{Lu} would match lower case too. */
const ROLE = String.raw`(?:(?:[Aa]dditional )?[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Tt]ranslated|[Gg]raphics|(?:[Aa]dditional )?[Rr]esearch) by`;
/**
 * Agency credit lines: "Reporting by Jane Doe in London; Editing by John Roe",
 * "(Additional reporting by …)". Nothing but "<role> by <Names>" clauses, so
 * "Reporting by Bloomberg showed …" (a sentence) is not one.
 */
const CREDIT_LINE = new RegExp(String.raw`^\(?${ROLE} ${NAMES}(?:[;,.]? ${ROLE} ${NAMES})*\.?\)?\.?$`, 'u');

/**
 * An author bio after the article: "Jane Doe is a senior reporter at …",
 * "— John Roe is a columnist for …", "About the author: …", "Jane Doe covers
 * fintech for …". A writer's role, so "Jane Doe is the CEO of Acme." (the
 * article's own subject) stays.
 */
const AUTHOR_BIO = /^(?:[—–*-]\s*)?(?:[Aa]bout the (?:author|writer)s?:?\s*|\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} (?:is|was) (?:a|an|the)(?: [\p{L}'’-]+){0,3} (?:reporter|writer|correspondent|journalist|editor|columnist|contributor|freelancer|bureau chief|staff writer)\b|\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} (?:covers|writes about|reports on) [^.]{3,120}\b(?:for|at) \p{Lu})/u;
/** "About the author" alone on its line. */
const BIO_HEADING = /^[Aa]bout the (?:author|writer)s?:?$/;
/** Lines a bio heading may carry after it (name, role, contact). */
const BIO_ZONE = 3;

/** A body paragraph: a full sentence of some length (the body has started once one is seen). */
function isBody(p: string): boolean {
  return wordCount(p) >= 12 && /[.!?]["'”’)]*$/u.test(tail(p, 8));
}

/**
 * An author or date label printed with nothing after it: "Author:" over "Publish date:", "Updated:" over the body,
 * "Publié le :" over the lede. The template's fields were never filled (or their values not captured), so only the
 * labels are left. A closed class of metadata labels, each alone on its line with its colon; "By:"/"Par:" alone are
 * BY_ALONE's (their name often follows on the next lines). A run of such labels is one finding. The labels are the author
 * and date labels of the lexicon's one list (META_FIELD_LABELS), not a retyped copy.
 */
const META_LABEL_ONLY = emptyMetaLabelPattern(['author', 'date']);
const MAX_META_LABEL = 40;
/**
 * The label's value on the next line after all: a date or a time (a digit, a month or a weekday first, EN or FR: "12 March
 * 2024", "mardi 12 mars 2024", "Saturday, June 1", "juin 2025"; the lexicon's lists), a short name line, or a list of names
 * ("A. Smith, B. Jones and C. Wu": every comma- or and-separated item a name line). Review of round A (F2).
 */
const META_VALUE_START = new RegExp(String.raw`^(?:\p{N}|${MONTH_NAME}\s|(?:le )?\d|${WEEKDAY}[\s,]|(?:${alternation([...FR_MONTH_NAMES, ...EN_MONTH_NAMES])})[\s,])`, 'iu');
/** A list of names: at most eight items, each a name line. */
const MAX_NAME_LIST_ITEMS = 8;
function isNameList(p: string): boolean {
  const items = p.split(/,\s*|\s+(?:and|et|&)\s+/u);
  return items.length >= 2 && items.length <= MAX_NAME_LIST_ITEMS && items.every((x) => x !== '' && wordCount(x) <= 4 && NAME_LINE.test(x));
}
function isMetaValue(p: string | undefined): boolean {
  return p !== undefined && (META_VALUE_START.test(p) || (wordCount(p) <= 5 && NAME_LINE.test(p)) || (p.length <= 200 && isNameList(p)));
}

/**
 * A byline split over lines: "By" (BY_ALONE) or the author field's label (AUTHOR_FIELD_LABEL) alone on its line, the names
 * on the next few (NAME_LINE), or a desk credit on the next one (DESK_CREDIT_LINE). The last line of the byline and its fix
 * (the lines joined; a field label is dropped, "By" is kept), or null.
 */
function splitByline(ps: readonly string[], i: number): { last: number; fix: string } | null {
  const p = ps[i]!;
  const field = AUTHOR_FIELD_LABEL.test(p);
  if (!field && !BY_ALONE.test(p)) return null;
  let j = i;
  while (j + 1 < ps.length && j - i < MAX_NAME_LINES && wordCount(ps[j + 1]!) <= 5 && NAME_LINE.test(ps[j + 1]!)) j++;
  if (j === i && i + 1 < ps.length && DESK_CREDIT_LINE.test(ps[i + 1]!.trim())) j = i + 1;
  if (j === i) return null;
  const joined = ps.slice(field ? i + 1 : i, j + 1).map((l) => l.replace(/^[•·*-]\s*/u, '')).join(' ').replace(/\s+,/g, ',');
  return { last: j, fix: joined };
}

export function findBylineNoise(doc: ArticleDoc): Finding[] {
  const out: Finding[] = [];
  const ps = doc.paragraphs;
  const n = ps.length;
  const firstBody = ps.findIndex(isBody);
  let lastBody = n - 1;
  while (lastBody >= 0 && !isBody(ps[lastBody]!)) lastBody--;
  let indexPage = false;
  for (let i = 0; i < (firstBody < 0 ? 0 : firstBody); i++) if (POSTED_META.test(ps[i]!)) indexPage = true;
  // The writer's name from a "By Jane Doe" line above the body: a closing paragraph that opens with it is the bio.
  let bylineName: string | undefined;
  for (let i = 0; i < (firstBody < 0 ? 0 : Math.min(firstBody, HEADER_LINES)); i++) bylineName ??= BY_NAME_LINE.exec(ps[i]!)?.[1];
  /** The last line of a run of metadata labels already read (META_LABEL_ONLY): a run is scanned once. */
  let metaRunEnd = -1;
  const whole = (i: number, message: string, fix: string | null): void => {
    const start = doc.starts[i] ?? 0;
    out.push({ kind: 'byline-noise', start, end: start + ps[i]!.length, message, fix });
  };
  // A byline line printed again further down, after body text (the first copy under the headline stays).
  const bylineSeen = new Map<string, number>();
  let bodySeen = 0;
  // Only the first empty-name byline is read (see inBylineSlot): a listing prints the template under every item.
  let emptyBylineSeen = false;
  for (let i = 0; i < n; i++) {
    const p = ps[i]!;
    const start = doc.starts[i] ?? 0;
    if (isBody(p)) bodySeen++;
    const template = p.length <= MAX_TEMPLATE_LINE ? templateByline(p) : null;
    if (template) {
      whole(i, template.message, template.fix);
      continue;
    }
    if (p.length <= MAX_LOST_NAME_LINE && LOST_NAME_AFTER_LABEL.test(p)) {
      whole(i, 'The byline’s label was printed without the author’s name (the name was lost when the page was read).', '');
      continue;
    }
    if (!emptyBylineSeen && p.length <= MAX_TEMPLATE_LINE && EMPTY_NAME_BYLINE.test(p)) {
      emptyBylineSeen = true;
      if (inBylineSlot(ps, i)) {
        whole(i, 'The byline template was printed with no author name, only the date.', '');
        continue;
      }
    }
    if (p.length <= MAX_TEMPLATE_LINE && SHORT_BYLINE.test(p)) {
      const key = looseKey(p);
      const seen = bylineSeen.get(key);
      if (seen === undefined) bylineSeen.set(key, bodySeen);
      else if (bodySeen > seen && !isHeadlineLike(ps[i - 1])) {
        whole(i, 'The byline is printed again inside the body.', '');
        continue;
      }
    }
    if (p.length > 40) gluedTimestampByline(p, start, out);
    gluedClockStamp(p, start, out);
    gluedNumericStamp(p, start, out);
    if (p.length > 40 && COLON_BY.test(p) && colonBylineIntoText(p, start, out)) continue;
    if (p.length > 40 && (p.startsWith('By ') || p.startsWith('Par ')) && (bylineIntoDateline(p, start, out) || bylineGluedToText(p, start, out) || bylinePipedToText(p, start, out))) continue;
    inlinePrintBylines(p, start, out);
    // An author bio card right under the bare byline: the name line, then "<Name> is the … reporter".
    if (i > 0 && p.length <= 1500 && bioOfByline(ps[i - 1]!, p)) {
      whole(i, 'The author’s bio card was extracted into the text under the byline.', '');
      continue;
    }
    if (i > 0 && p.length <= 1500 && authorBoxAfterText(ps, i, firstBody)) {
      out.push({ kind: 'byline-noise', start: doc.starts[i - 1] ?? 0, end: start + p.length, message: 'The site’s author box (the writer’s name and bio) was left after the text.', fix: '' });
      continue;
    }
    if (p.length > 400) {
      glued(p, start, out);
      continue;
    }
    const bylines = p.match(BY)?.length ?? 0;
    // Cheap tests first: most paragraphs hold no "@" (nor a protected address) and none of the contact words.
    const email = (p.includes('@') || p.includes('[email')) && EMAIL.test(p);
    const contact = CONTACT_WORD.test(p) && CONTACT.test(p);
    if ((bylines >= 1 && (email || bylines >= 2 || contact)) || (contact && email && p.length < 120)) {
      whole(i, bylines >= 2 ? 'Several bylines and contact details were merged into one line.' : 'A byline was merged with contact details.', null);
      continue;
    }
    if (CONTACT_LINE.test(p) && i >= n - 4) {
      whole(i, 'A reporter’s contact line was left at the end of the text.', '');
      continue;
    }
    if (ACCOUNT_BYLINE.test(p)) {
      whole(i, 'The author is a website account name (“admin”, “staff”), not a byline.', '');
      continue;
    }
    const split = splitByline(ps, i);
    if (split) {
      out.push({ kind: 'byline-noise', start, end: (doc.starts[split.last] ?? 0) + ps[split.last]!.length, message: 'A byline is split over several lines.', fix: split.fix });
      i = split.last;
      continue;
    }
    const counter = p.length <= MAX_COUNTER_LINE && (firstBody < 0 || i < firstBody) && /\d$/u.test(p) ? STAMP_THEN_COUNTER.exec(p) : null;
    if (counter) {
      out.push({ kind: 'byline-noise', start: start + counter.index, end: start + p.length, message: 'The date stamp has the comment or view counter glued after it.', fix: null });
      continue;
    }
    if (p.length <= MAX_EMPTY_BYLINE_LABEL && (firstBody < 0 || i < firstBody) && EMPTY_BYLINE_LABEL.test(p) && !isMetaValue(ps[i + 1])) {
      whole(i, 'The byline’s label was printed without the author’s name (the name was lost when the page was read).', '');
      continue;
    }
    // A run of labels is scanned once: when a value follows it, the lines of the run are not rescanned (linear; review F7).
    if (i > metaRunEnd && p.length <= MAX_META_LABEL && META_LABEL_ONLY.test(p)) {
      let j = i;
      while (j + 1 < n && ps[j + 1]!.length <= MAX_META_LABEL && META_LABEL_ONLY.test(ps[j + 1]!)) j++;
      metaRunEnd = j;
      if (!isMetaValue(ps[j + 1])) {
        out.push({ kind: 'byline-noise', start, end: (doc.starts[j] ?? 0) + ps[j]!.length, message: 'An author or date label was printed with no value after it (the template’s field was left empty).', fix: '' });
        i = j;
        continue;
      }
    }
    // A page whose first post opens with the same metadata line is a blog index: a later one heads the next post (merged-stories).
    if (POSTED_META.test(p) && ((firstBody >= 0 && i > firstBody && !indexPage && !DATE_ONLY_STAMP.test(p)) || META_RESIDUE.test(p))) {
      whole(i, 'Blog post metadata (author, date, comments) was left in the text.', '');
      continue;
    }
    // Team decision: an agency credit ("(Reporting by X; Editing by Y)") closing a wire story is
    // legitimate wire copy, not an artifact; it is skipped so no other rule reads it as a bio or a byline.
    if (CREDIT_LINE.test(p) && firstBody >= 0 && i > firstBody) continue;
    if (i >= lastBody - 1 && i > firstBody && firstBody >= 0 && p.length <= 400 && (AUTHOR_BIO.test(p) || bioOfBylineName(bylineName, p))) {
      // A bare "About the author" heading: the bio is the few lines after it, up to the end.
      const last = BIO_HEADING.test(p) && n - 1 - i <= BIO_ZONE ? n - 1 : i;
      out.push({ kind: 'byline-noise', start, end: (doc.starts[last] ?? 0) + ps[last]!.length, message: 'The author’s bio was left at the end of the text.', fix: '' });
      i = last;
      continue;
    }
    glued(p, start, out);
    if (p.length <= MAX_SOURCE_DATE_LINE && sourceGluedToDate(p)) {
      whole(i, 'The source’s name is glued to the date (no space between them).', null);
      continue;
    }
    if (p.length <= MAX_BADGE_LINE && GLUED_READ_TIME.test(p)) {
      whole(i, 'A read-time badge is glued to the date line.', null);
      continue;
    }
    const by = GLUED_BY.exec(p);
    if (by) {
      const at = start + by.index;
      out.push({ kind: 'byline-noise', start: at, end: at + by[0].length, message: 'A byline and its date are glued to the text and to each other.', fix: null });
      continue;
    }
    // Above the body: a headline with the source glued to its end.
    if ((firstBody < 0 || i < firstBody) && i < HEADLINE_ZONE && !/[.!?]["'”’)]*$/u.test(p)) {
      const source = HEADLINE_SOURCE.exec(p);
      if (source && !SECTION_SUFFIX.test(source[0])) {
        const at = start + source.index;
        out.push({ kind: 'byline-noise', start: at, end: at + source[0].length, message: 'The news agency or publication is glued to the headline as a byline.', fix: '' });
      }
    }
  }
  // Paragraphs the rules above already flagged: one lookup each below, not a scan of every finding.
  const touched = new Set<number>();
  for (const f of out) touched.add(paragraphAt(doc, f.start));
  templateBlocks(doc, out, touched);
  nameTwice(doc, out, touched);
  nameCardUnderByline(doc, out, touched);
  // The signed paragraph ends on the name, not on a full stop: it is the first long paragraph after the last body one.
  let signed = lastBody + 1;
  while (signed < n && wordCount(ps[signed]!) < MIN_SIGNED_PARAGRAPH_WORDS) signed++;
  if (signed < n && !touched.has(signed)) signOffGlued(ps[signed]!, doc.starts[signed] ?? 0, out);
  return out;
}

/**
 * A print sign-off glued to the story's last sentence: the writer's name, which the paper prints at the foot of an item,
 * run on after the full stop ("… helped support the challenged economy. Collin Eaton", "… d'ici quelques semaines. Michel
 * cabirol"). Two words after a sentence closed by a full stop, at the end of the last body paragraph: a first name
 * (capitalised, maybe hyphenated) and a surname (the replica may lose its capital). Not after "?" or "!" (a prompt's "Already
 * a subscriber? Sign in"), not a word no sentence ends on ("Workers with"), not a label of the site.
 */
const SIGN_OFF_TAIL = /(?<=\p{Ll}{2}\.["”’»)]? )\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{L}\p{Ll}+(?:-\p{L}\p{Ll}+)?$/u;
/** The story above the sign-off: a paragraph of this many words at least. */
const MIN_SIGNED_PARAGRAPH_WORDS = 25;

/**
 * Two words that are no person's name, read by their structure (review B-signOffGlued: "New York", "Thank you" were cut):
 * - a place's formant heading it, a closed class of the words place names open on ("New York", "San Diego", "Le Havre",
 *   "Port Louis", "Saint Malo");
 * - a closing formula: a head of thanks or wishes ("Thank you", "Good luck", "Best wishes", "Merci beaucoup", "Bonne chance"),
 *   or an object pronoun after the first word ("Thanks all", "Bravo tous"), which a surname never is.
 */
const PLACE_FORMANT = /^(?:New|Nueva|Nouvelle|Novo|San|Santa|Santo|São|Saint|Sainte|St|Los|Las|Le|La|Les|El|Port|Porto|Fort|Mount|Lake|Cape|Cap|North|South|East|West|Upper|Lower|Greater|Grand)$/u;
const CLOSING_FORMULA = /^(?:(?:Thank|Thanks|Good|Best|Kind|Warm|Warmest|Many|Happy|Merry|Cheers|Merci|Bonne|Bon|Bien|Bonnes|Meilleurs|Amicalement|Cordialement)\s\S+|\S+\s(?:you|all|everyone|everybody|vous|tous|toutes|à\s?tous))$/u;

/**
 * Whether a word of the sign-off is a common word of this text: it stands in lower case elsewhere ("the new pier" makes "New"
 * no given name; "merci" or "luck" in the story, no surname). A given name and a surname are proper nouns, written capitalised
 * wherever the story names them.
 */
function writtenLowerIn(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(lower)}(?![\p{L}\p{N}])`, 'u').test(text);
}

/** The shape of a person's name, by structure: no place, no formula, and the two words are proper nouns in this text. */
function looksLikePersonName(pair: string, first: string, second: string, text: string): boolean {
  if (PLACE_FORMANT.test(first) || CLOSING_FORMULA.test(pair) || NOT_A_FIRST_NAME.test(first)) return false;
  return !writtenLowerIn(text, first) && !writtenLowerIn(text, second);
}

function signOffGlued(p: string, start: number, out: Finding[]): void {
  if (wordCount(p) < MIN_SIGNED_PARAGRAPH_WORDS) return;
  const m = SIGN_OFF_TAIL.exec(tail(p, 60));
  if (!m) return;
  const [first, second] = m[0].split(' ') as [string, string];
  if (isDanglingWord(first) || isDanglingWord(second) || isFurnitureLine(m[0])) return;
  if (!looksLikePersonName(m[0], first, second, p.slice(0, p.length - m[0].length))) return;
  const at = start + p.length - m[0].length;
  out.push({ kind: 'byline-noise', start: at, end: at + m[0].length, message: 'The writer’s name (a print sign-off) is glued to the end of the last sentence.', fix: '' });
}

/** A read-time badge glued to the token before it: "4:03 pm ET1min read". */
const GLUED_READ_TIME = /(?<=\p{L})\d{1,3} ?(?:min|mins|minutes?) read\b/u;
/** A date line with a badge is short. */
const MAX_BADGE_LINE = 120;
/**
 * A lower-case "by" glued to a capitalised name, the name glued to a date:
 * "Journalists… byColin Morrison13 October 2011" (a media blog's listing, 69), "… acquisitions in 2018 byChris
 * StewartJanuary 15, 2019" (a health trade site's tag page, 807: the month glued to the name, no space).
 */
const GLUED_BY = new RegExp(String.raw`(?<![\p{L}\p{N}])by\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}(?:\d{1,2} ?${MONTH_NAME} \d{4}|,? ?${MONTH_NAME} \d{1,2},? \d{4})`, 'u');
/** Lines at the top where the headline stands. */
const HEADLINE_ZONE = 3;
/**
 * An agency or publication glued to a headline: "… official name By Reuters",
 * "Digital investment in islands – Kathimerini English Edition".
 */
const HEADLINE_SOURCE = new RegExp(String.raw`\sBy (?:${alternation(WIRE_AGENCIES)})$|\s[–—|]\s(?:\p{Lu}[\p{L}&'’.]*\s){0,3}(?:English Edition|Edition|News|Times|Post|Journal|Herald|Tribune|Daily|Online|Magazine|Gazette|Chronicle)$`, 'u');

/**
 * A section of the site, not a publication: " | Business News", " – Tech News".
 * The page title carries it after the headline; it names no source.
 */
const SECTION_SUFFIX = new RegExp(String.raw`^\s[–—|]\s(?:(?:${alternation(NEWS_DESK_NOUNS)}) )+News$`, 'u');

/**
 * Account bylines glued to the end of a paragraph: only the glued part is
 * reported. An agency credit glued there ("… in May. (Reporting by X; Editing
 * by Y)") is wire copy and stays (team decision).
 */
function glued(p: string, start: number, out: Finding[]): void {
  const end = tail(p, 400);
  const offset = p.length - end.length;
  const account = ACCOUNT_TAIL.exec(end);
  if (!account) return;
  const at = start + offset + account.index;
  out.push({ kind: 'byline-noise', start: at, end: at + account[0].length, message: 'A website account name (“admin”) was glued to the text as a byline.', fix: '' });
}

/** A bare byline line: "Jane Doe", "By Jane Doe", "Written by Jane Doe | March 3, 2024" (two to four capitalised words, maybe a date or outlet after a separator). */
const BYLINE_NAME = /^(?:(?:By|Written by|Words by|Author:?) )?(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})(?:\s*[,|•·–—]\s*[^.!?]{2,60})?$/u;
/**
 * A bio that opens with that name and gives a newsroom role: "Ben Bergman is
 * the newsroom's senior finance reporter. Previously he …". The role is what
 * tells it from a lede about the same person ("Jane Doe is the CEO of …").
 */
const BIO_ROLE = /^ (?:is|was|has been) (?:a|an|the)(?: [\p{L}'’-]+){0,4} (?:reporter|writer|correspondent|journalist|editor|columnist|contributor|freelancer|bureau chief|staff writer|producer|host|anchor)\b/u;

/** Lines above the body searched for the byline. */
const HEADER_LINES = 8;
/** "By Jane Doe", "Author: Jane Doe, Reuters" on its line (a bare name line could be a two-word heading). */
const BY_NAME_LINE = /^(?:By|Written by|Words by|Author:?) (\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})(?:\s*[,|•·–—]\s*[^.!?]{2,60})?$/u;
/** What a bio says right after the writer's name: "is based in …", "has covered …", "covers …", "joined …". */
const BIO_VERB = /^ (?:is|was|has|covers|covered|writes|wrote|reports|joined|previously|lives|holds|spent|began|started)\b/u;

/** A closing paragraph that opens with the byline's name and goes on like a bio. */
function bioOfBylineName(name: string | undefined, p: string): boolean {
  return name !== undefined && p.startsWith(name) && BIO_VERB.test(p.slice(name.length, name.length + 16));
}

/** The paragraph is the bio card of the byline just above it. */
function bioOfByline(bylineLine: string, p: string): boolean {
  const name = BYLINE_NAME.exec(bylineLine)?.[1];
  return name !== undefined && p.startsWith(name) && BIO_ROLE.test(p.slice(name.length, name.length + 120));
}

/** The bare name line of an author box: two to four capitalised words, nothing else. */
const BOX_NAME_LINE = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}$/u;
/** The trade a writer's bio names somewhere in its first sentences (journalism, a newsroom, a reporter's job), EN and FR. */
const JOURNALISM_WORD = /\b(?:journalism|journalists?|reporters?|reporting|newsrooms?|editors?|columnists?|correspondents?|writers?|journalisme|journalistes?|rédaction|rédacteur|rédactrice|chroniqueur|chroniqueuse)\b/iu;
/** How much of the bio is read for that word. */
const BIO_HEAD = 400;

/**
 * The site's author box after the post: the writer's name alone on its line, then a paragraph that opens with the same
 * name and a bio verb ("Chris Roush was the dean of … He was previously … professor in business journalism …", Talking Biz
 * News 510 and 687; "Ben Bergman is the newsroom's senior finance reporter", dot.LA 88, read by bioOfByline). The role
 * after the name may be any ("dean", "professor"): the bio tells its trade further on (JOURNALISM_WORD), and the box closes
 * the article (nothing under it but the site's furniture: "Recent Posts"). A profile's section ("Jane Doe" / "Jane Doe is
 * the CEO of Acme …") names no newsroom trade, or the article goes on under it.
 */
function authorBoxAfterText(ps: readonly string[], i: number, firstBody: number): boolean {
  const name = ps[i - 1]?.trim();
  const p = ps[i]!;
  if (name === undefined || firstBody < 0 || i - 1 <= firstBody || !BOX_NAME_LINE.test(name) || !p.startsWith(name)) return false;
  if (!BIO_VERB.test(p.slice(name.length, name.length + 16)) || !JOURNALISM_WORD.test(p.slice(0, BIO_HEAD))) return false;
  const next = ps[i + 1];
  return next === undefined || isFurnitureLine(next);
}

/** Template bylines are short lines. */
const MAX_TEMPLATE_LINE = 120;

/**
 * The byline prefix printed twice: "By By elizabeth Ryan", "Par par Jean
 * Dupont" (the template adds "By" to a field that already has it). The
 * backreference matches either case.
 */
const DOUBLED_BY = /^(by|par|von|por|written by|posted by)\s+\1\s+(?=\S)/i;

/**
 * An author template with an empty placeholder: "Author :- Tenzin Pema ( )",
 * "By Jane Doe []", "Posted by ()": the feed left a field (handle, e-mail)
 * out. Only the label, a few words and the empty brackets.
 */
/**
 * A post template "Published on <date> by <author>" whose date field came out empty, the date's preposition left against
 * the "by": "Publié le par lebramentombe" (a French blog host's post header, 821), "Posted on by admin". The emptied
 * template stays with the byline (CONVENTIONS.md §date-lines: "Publié par le", 570; "Par / Publié le", 196). No sentence
 * says "on by" or "le par".
 */
const EMPTIED_DATE_BYLINE = /^(?:publié|publiée|posté|postée|mis en ligne|posted|published|updated|mis à jour)(?: (?:le|on))\s+(?:par|by)\s?:?\s\S[^\n]{0,50}$/iu;

const EMPTY_PLACEHOLDER = /^(?:author|auteur|by|par|posted by|written by|editor|edited by|contributor)\s*[:：]?[-–]?\s*[^()[\]{}]{0,60}?(?:\(\s*\)|\[\s*\]|\{\s*\})\s*$/iu;

/**
 * A reposting account as the author, on the theme's post-meta line: "by tyler
 * | Apr 23, 2024 | Tech". The name is a lower-case login (a person's name is
 * capitalised), then a date and maybe a category, between separators.
 */
const ACCOUNT_META = new RegExp(String.raw`^by [a-z][a-z0-9_.-]{1,30} [|•·] (?:${MONTH_NAME} \d{1,2},? \d{4}|\d{1,2} ${MONTH_NAME} \d{4}|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4})(?: [|•·] [^|•·]{1,60})?$`, 'u');

/**
 * The name printed twice in the byline, with or without a space: "By Jane
 * Doe Jane Doe", "By Jane DoeJane Doe" (the name field and the author link
 * both rendered). Backreference: the very same name. An agency byline prints its
 * article in the author field only: "By The Associated Press Associated Press",
 * "Par l’AFP AFP"; a one-word agency counts ("By Reuters Reuters", "By AP AP").
 */
const DOUBLED_NAME = new RegExp(String.raw`^(?:[Bb]y|[Pp]ar|[Vv]on) (?:[Tt]he |[Ll]['’]|[Ll]a |[Ll]e )?(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}|\p{Lu}{2,6}|${alternation(WIRE_AGENCIES)}) ?\1(?![\p{L}])`, 'u');
/**
 * Round 41: the same doubled credit with its "By" lost: a news agency's name printed twice as the whole line, glued or
 * spaced ("ReutersReuters", the provider's logo alt text and source label as the first line of an aggregator's copy,
 * tradingview 591; "AFP AFP"). The twin of DOUBLED_NAME's "By Reuters Reuters" and of the source label printed twice on
 * two lines (183, 380). Only an agency's name: a company's doubled brand ("ManoMano", "NowNow") is a name, not a credit.
 */
const DOUBLED_AGENCY_LINE = new RegExp(String.raw`^(${alternation(WIRE_AGENCIES)}) ?\1$`, 'u');
/**
 * A byline glued to its date or stamp without a space: "By Jane DoeMarch 3,
 * 2024", "Par Jean DupontPublié le 3 mars". A lower-case letter directly
 * followed by the month or the stamp word.
 */
const BYLINE_GLUED_DATE = new RegExp(String.raw`^(?:By|Par|Von) \p{Lu}[^\n]{1,60}?\p{Ll}(?:${MONTH_NAME} \d|\d{1,2}[/.]\d{1,2}[/.]\d|Updated|Published|Posted|Publié|Mis à jour)`, 'u');

/**
 * A login as the author in a labelled meta field: "Author: jdoe42", "Auteur : mlefevre", or glued after the
 * field before it when the template prints its fields end to end ("Source: example.orgAuthor: jdoe"). A person's
 * name is capitalised and has two parts; one lower-case token is the reposting account (the same shape as
 * ACCOUNT_META's "by tyler | date", and ACCOUNT_BYLINE's "Author: …admin" on an archive page). A placeholder word
 * ("Author: unknown", "Auteur : inconnu", "anonymous", "staff") is no login: the line says who wrote it is not known.
 */
const AUTHOR_LOGIN = /^(?:(?:Source|Via|From|Origine)\s?:\s?\S{1,80}?)?(?:Author|Auteur|Posted by|Publié par|Written by)\s?:\s?(?!(?:unknown|inconnu|anonymous|anonyme|staff|admin|n\/a)$)[a-z][a-z0-9_.-]{1,30}$/u;

/**
 * A wire credit line a reposting site ran its own byline field into, with no separator left between them: its desk
 * name before the agency ("Darpan News Desk The Canadian Press, 10 Feb, 2016 11:48 AM", darpanmagazine 561) or its
 * story number after an emptied field ("The Canadian Press - | Story: 313585", castanet 512). Two local sites
 * reposting a national wire print it so. The agency's own credit with its date stays metadata ("Xinhua | Updated:
 * 2019-12-09 16:22", 319; "By Jane Doe, The Canadian Press"), and so does a desk that names its agency with a joiner
 * ("Darpan News Desk with The Canadian Press"): only a second field run onto the credit is read.
 */
const SITE_FIELD_IN_AGENCY_CREDIT = new RegExp(String.raw`^(?:(?:\p{Lu}[\p{L}&'’.-]* ){1,3}(?:News Desk|Desk|Newsroom|Bureau) (?:${alternation(WIRE_AGENCIES)})(?:,? [^\n]{0,40}\d[^\n]{0,20})?|(?:By )?(?:${alternation(WIRE_AGENCIES)})(?: ?[-–—|•·]){1,3} ?(?:Story|Article)(?: ID| No\.?)? ?[:#] ?\d{3,})$`, 'u');

/** The line's byline-template problem, if it has one. */
function templateByline(p: string): { message: string; fix: string | null } | null {
  const name = DOUBLED_NAME.exec(p);
  if (name) return { message: 'The author’s name is printed twice in the byline.', fix: p.slice(0, name.index + name[0].length - name[1]!.length).trimEnd() + p.slice(name.index + name[0].length) };
  const agency = DOUBLED_AGENCY_LINE.exec(p);
  if (agency) return { message: 'The news agency’s credit is printed twice.', fix: agency[1]! };
  const glued = BYLINE_GLUED_DATE.exec(p);
  if (glued && wordCount(p) <= 15) return { message: 'The byline is glued to its date.', fix: null };
  const doubled = DOUBLED_BY.exec(p);
  if (doubled && wordCount(p) <= 8) return { message: 'The byline’s “By” is printed twice.', fix: p.slice(doubled[1]!.length).trimStart() };
  if (EMPTY_PLACEHOLDER.test(p) && wordCount(p) <= 10) return { message: 'An author template was left with an empty placeholder.', fix: p.replace(/\s*(?:\(\s*\)|\[\s*\]|\{\s*\})\s*$/u, '') };
  if (ACCOUNT_META.test(p)) return { message: 'A reposting site’s account name is given as the author.', fix: '' };
  if (AUTHOR_LOGIN.test(p)) return { message: 'A reposting site’s account name is given as the author.', fix: '' };
  if (EMPTIED_DATE_BYLINE.test(p)) return { message: 'A byline template was left with its date field empty.', fix: null };
  if (SITE_FIELD_IN_AGENCY_CREDIT.test(p)) return { message: 'The reposting site’s own byline field is run into the news agency’s credit.', fix: null };
  return null;
}

/**
 * A byline alone on its line: "By Jane Doe", "par Kevin Bresson", "By Jane
 * Doe and John Roe". Case is spelled out (with the i flag \p{Lu} would match
 * lower case too).
 */
const SHORT_BYLINE = /^(?:[Bb]y|BY|[Pp]ar|PAR|[Vv]on|VON|[Pp]or|POR) \p{Lu}[\p{L}'’.-]+(?: (?:\p{Lu}[\p{L}'’.-]+|de|van|von|da|del|le|la)){1,3}(?:(?:,| and| et| und| y| &) \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3})?$/u;

/**
 * Where an empty-name byline (EMPTY_NAME_BYLINE) sits when it is the template's:
 * under a headline (the post header), or closing an item with a headline or
 * nothing after it (the post-meta line of a listing). "By May 27, 2023" with a
 * sentence both before and after it is a timeline's step ("By May 27, 2023 /
 * The council must publish its plan."), not a byline.
 */
function inBylineSlot(ps: readonly string[], i: number): boolean {
  const next = ps[i + 1];
  return isHeadlineLike(ps[i - 1]) || next === undefined || isHeadlineLike(next);
}

/** A headline above a repeated byline: the byline heads a second post (merged stories), not this one. */
function isHeadlineLike(p: string | undefined): boolean {
  if (p === undefined) return false;
  const words = wordCount(p);
  return words >= 3 && words <= 25 && !/[.!?…:;]["'”’)]*$/u.test(p);
}

const FR_MONTH_WORDS = '(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)';
const FR_MONTH = String.raw`(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv\.|févr\.|fevr\.|avr\.|juil\.|sept\.|oct\.|nov\.|déc\.|dec\.)`;
/** A date and maybe a time: "09 février 2024 à 16h07", "March 3, 2024 at 4:07 pm", "3 March 2024, 16:07". */
const STAMP_DATE = String.raw`(?:\d{1,2}(?:er)? ${FR_MONTH} \d{4}|${MONTH_NAME} \d{1,2},? \d{4}|\d{1,2} ${MONTH_NAME} \d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2})(?:,? (?:(?:à|at) )?\d{1,2}(?:h|:)\d{2}(?: ?[ap]\.?m\.?)?)?`;

/**
 * Two more fields of an emptied byline template (issue 4, session 24), seen on two outlets: a business weekly's post header
 * "By - Last modified: February 14, 2011 at 1:38 PM" (747: the date field's own label after the empty name) and a law firm
 * blog's "On Behalf of | May 14, 2013 | Uncategorized |" (748: the platform's author label, the name lost, then the date and
 * the post's category field between bars). The label of the date ("Last modified:", "Updated:", "Published on",
 * "Posted:") may stand before the date; one category field (a short label, no sentence punctuation) and a closing bar may
 * follow it. "On Behalf of" is that blog platform's author label, read only as the whole line's head with a bar or a dash
 * after it and a full date: a sentence "On behalf of the board, …" has no separator and no date.
 */
const ON_BEHALF_OF = String.raw`On [Bb]ehalf [Oo]f(?=\s?[|•·–—-])`;
const EMPTY_BYLINE_DATE_LABEL = String.raw`(?:(?:[Ll]ast )?(?:[Mm]odified|[Uu]pdated)|[Pp]ublished|[Pp]osted)(?: on)?:? `;
const EMPTY_BYLINE_CATEGORY = String.raw`(?:\s?\|\s?\p{L}[\p{L}&'’ -]{1,30})?(?:\s?\|)?`;

/**
 * A byline template whose name slot is empty: "By May 27, 2023", "by 12/11/2013
 * 9:07 AM", "Par 3 mars 2024": the preposition runs straight into the date the
 * template prints after the name. The whole line is the label and a full date
 * (day and year, an optional time), so a sentence opening "By May 2025, the
 * company …" (no day, text after) is not one. Seen on a magazine's listing and a
 * brokerage blog's post header.
 */
const EMPTY_NAME_BYLINE = new RegExp(String.raw`^(?:[Bb]y|BY|[Pp]ar|PAR|${ON_BEHALF_OF})\s?[:|•·–—-]?\s(?:on |le |${EMPTY_BYLINE_DATE_LABEL})?${STAMP_DATE}(?: ?[AaPp]\.?[Mm]\.?)?${EMPTY_BYLINE_CATEGORY}$`, 'u');

/**
 * A byline whose name was a link the reader dropped, the label left last on its line after what the template prints
 * before the name: the date ("Le 22 Octobre 2013, par", journaldeleconomie 714; "March 3, 2024 | by") or a credit's own
 * words after the source ("From Forbes. Story by .", AFKInsider 700) or before the full stop that closed the lost name
 * ("Story by ."). The reverse of EMPTY_NAME_BYLINE (label, then the date). A label alone on its line ("Written by" over
 * the name or the date) is EMPTY_BYLINE_LABEL's, read with the line under it. The whole line is the template's: a sentence never ends on "by" after a date alone, and a cut sentence
 * ("… the round was led by") has words before the label that are neither a date nor a credit's.
 */
const CREDIT_WORD = String.raw`(?:story|article|text|texte|words|reporting|photos?|(?:article\s)?written|posted|published|publié|écrit|rédigé)`;
const LOST_NAME_AFTER_LABEL = new RegExp(String.raw`^(?:(?:(?:le|on|published|posted|publié le|mis à jour le)\s)?${STAMP_DATE}(?:,|\s?[|•·–—-])?\s(?:by|par)\s?:?|from\s[^.!?]{1,40}\.\s${CREDIT_WORD}\s(?:by|par)\s?[.:]?|${CREDIT_WORD}\s(?:by|par)\s\.)$`, 'iu');
const MAX_LOST_NAME_LINE = 80;

/**
 * A post's date stamp with the comment (or view) counter printed right after it, as a bare number ending the line above the
 * body: "… per share dividend 4 years ago 17" (naij, 622: a relative age, then the count), "By: Bloomberg LINDSEY RUPP and
 * MOLLY SMITH January 23, 2017 0" (nydailyrecord, 463). A date (STAMP_DATE) or an age ("4 years ago"), a space, one to four
 * digits, the line's end. Read only above the body: in the text a date is followed by its sentence, not a lone count.
 */
const STAMP_THEN_COUNTER = new RegExp(String.raw`(?<=\s|^)(?:${STAMP_DATE}|\d{1,2} (?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?) ago) \d{1,4}$`, 'u');
const MAX_COUNTER_LINE = 200;

/** Names of a byline: "Rudy Degardin, Raphaële Karayan et Aymeric Marolleau". */
const STAMP_NAMES = String.raw`\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}(?:(?:,| et| and| &) \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}){0,5}`;
/**
 * A byline and its timestamps glued inside a paragraph: "… eCAP PARTNER. Par
 * Rudy Degardin et Aymeric Marolleau. Publié le 09 février 2024 à 16h07 - Mis
 * à jour le 12 février 2024 à 13h06 Ressources …", "By Jane Doe. Published
 * March 3, 2024 Updated …", or the stamp first: "Publié le 9 févr. 2024 à
 * 16h07 par Jean Dupont". Feed and topic pages add where it was filed and
 * the outlet between the names and the stamp, glued after the headline: "…
 * via courier By HE QI in Shanghai | CHINA DAILY | Updated: 2021-02-18 07:08 Share …".
 */
/**
 * Names at the end of a glued stamp, before the text goes on: first and last
 * name each ("… par Jean Dupont La start-up …" must stop before "La").
 */
const TAIL_NAME = String.raw`\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+`;
const TAIL_NAMES = String.raw`${TAIL_NAME}(?:(?:,| et| and| &) ${TAIL_NAME}){0,4}`;
const STAMP = String.raw`(?:[Pp]ublié|[Pp]ublie|[Pp]ublished|[Pp]osted|[Mm]is à jour|[Uu]pdated)`;
const UPDATE = String.raw`(?:\s?[-–—|,]?\s?(?:[Mm]is à jour|[Mm]odifié|[Uu]pdated|[Ll]ast updated)(?: le| on|:)? ${STAMP_DATE})?`;
/** Where the byline was filed, after the names: "in Shanghai", "à Lyon", "in New Delhi". */
const FILED_IN = String.raw`(?: (?:in|à|from|depuis) \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})?`;
/** The outlet between the byline and its stamp, as feed pages print it: "| CHINA DAILY |", "| The Hindu |", "· Le Progrès ·". */
const OUTLET_CELL = String.raw`(?: [|•·] (?:The |Le |La |Les )?\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,3})?`;
const GLUED_STAMP_BYLINE = new RegExp(String.raw`(?:Par|By) ${STAMP_NAMES}${FILED_IN}${OUTLET_CELL}(?:[.,]? | [|–—-] )${STAMP}(?: le| on|:)? ${STAMP_DATE}${UPDATE}|${STAMP}(?: le| on|:)? ${STAMP_DATE}${UPDATE},? (?:par|by) ${TAIL_NAMES}`, 'u');
/** Cheap test before the byline pattern runs. */
const STAMP_WORD = /[Pp]ubli|[Pp]osted|[Mm]is à jour|[Uu]pdated/;

/**
 * A portal's or a feed's date-and-time stamp glued after the headline it printed, on the same line: "… Agrees to Buy
 * Widget Co Thursday December 5, 4:15 pm ET" (a finance portal's copy of a release), "… Harbour Group (Update2) March
 * 07, 2011, 6:10 AM EDT By Jane Roe March 7 (Bloomberg) -- …" (a wire story mirrored in a mail archive, its byline after
 * the stamp). Read by the stamp's own form: a date, a clock time (12- or 24-hour) and a time zone, in this order. Prose writes such a
 * time after a preposition ("on Thursday December 5, 4:15 pm ET", "until …") and closes its sentence after it; the
 * stamp follows a headline's last word and ends the line, or has the byline ("By" and a name) after it, which the
 * finding takes too. Group 1: the word before the stamp.
 */
const CLOCK_STAMP = new RegExp(String.raw`(?<![\p{L}\p{N}])([\p{L}\p{N})'’]+) ((?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?${MONTH_NAME} \d{1,2}(?:, \d{4})?,? \d{1,2}:\d{2}(?: ?(?:[ap]\.?m\.?|[AP]\.?M\.?))? (?:ET|EDT|EST|CT|CDT|CST|PT|PDT|PST|GMT|UTC|BST|CET|CEST)(?: By ${TAIL_NAME}(?= )|$))`, 'u');
/** Words prose sets before a date and time ("on", "until", "from", "le", "jusqu'au"): a stamp never follows one. */
const BEFORE_TIME = /^(?:on|at|by|from|until|till|since|before|after|for|to|of|and|or|between|than|le|du|au|jusqu['’]au|avant|après|dès|depuis)$/iu;
/** The headline before the stamp: this many words at least. */
const MIN_STAMPED_HEADLINE_WORDS = 3;
/** An aggregator's source line ("Source: Le Figaro January 3, 2024 00:50 UTC") is the item's metadata, not a headline. */
const SOURCE_LABEL = /^(?:source|sources|via|from|crédit|credit)\s?:/iu;
/** Only a clock time's colon and a time zone make the stamp: a cheap test first. */
const CLOCK_ZONE = /\d:\d{2}(?: ?(?:[ap]\.?m\.?|[AP]\.?M\.?))? (?:ET|EDT|EST|CT|CDT|CST|PT|PDT|PST|GMT|UTC|BST|CET|CEST)\b/u;

function gluedClockStamp(p: string, start: number, out: Finding[]): void {
  if (!CLOCK_ZONE.test(p)) return;
  const m = CLOCK_STAMP.exec(p);
  if (!m || BEFORE_TIME.test(m[1]!) || SOURCE_LABEL.test(p) || wordCount(p.slice(0, m.index + m[1]!.length)) < MIN_STAMPED_HEADLINE_WORDS) return;
  const at = start + m.index + m[1]!.length;
  out.push({ kind: 'byline-noise', start: at, end: at + 1 + m[2]!.length, message: 'A date-and-time stamp (and the byline after it) is glued to the headline on the same line.', fix: '' });
}

/**
 * The numeric form of CLOCK_STAMP's glued stamp: a list page's date and time ("2019/11/27 15:38", "27.11.2019 9:17")
 * glued with no space to the headline's last character, and often to the teaser's dateline after it ("… Australia
 * firm2019/11/27 15:38SYDNEY, NNA - …", 699, six items of a news agency's list page). The stamp glued after a headline is
 * CLOCK_STAMP's shape, seen on two outlets already (a finance portal, a mail archive's wire copy); without the space
 * the numeric date needs no time zone to be the page's: prose never runs a word into a year-first date and a clock time.
 * A letter or a closing stop or quote before, a capital or the line's end after; the headline before it three words at
 * least. The stamp alone is flagged (fix: a space, the words on either side kept apart; nothing at the line's end).
 */
const GLUED_NUMERIC_STAMP = /(?<=[\p{L}.)’”])(?:\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{4}) \d{1,2}:\d{2}(?=\p{Lu}|\s*$)/gu;

/**
 * Where a line's headline ends at a list page's glued stamp (GLUED_NUMERIC_STAMP, CLOCK_STAMP): the index of the stamp
 * after the headline's three words at least, or -1. merged-stories.ts reads a run of such lines as the page's items.
 */
export function gluedStampAfterHeadline(p: string): number {
  if (p.indexOf(':') < 0) return -1;
  GLUED_NUMERIC_STAMP.lastIndex = 0;
  const m = GLUED_NUMERIC_STAMP.exec(p);
  if (m && wordCount(p.slice(0, m.index)) >= MIN_STAMPED_HEADLINE_WORDS) return m.index;
  if (!CLOCK_ZONE.test(p)) return -1;
  const c = CLOCK_STAMP.exec(p);
  if (!c || BEFORE_TIME.test(c[1]!) || SOURCE_LABEL.test(p)) return -1;
  const at = c.index + c[1]!.length;
  return wordCount(p.slice(0, at)) >= MIN_STAMPED_HEADLINE_WORDS ? at : -1;
}

function gluedNumericStamp(p: string, start: number, out: Finding[]): void {
  if (p.indexOf(':') < 0) return;
  GLUED_NUMERIC_STAMP.lastIndex = 0;
  for (let m = GLUED_NUMERIC_STAMP.exec(p); m; m = GLUED_NUMERIC_STAMP.exec(p)) {
    if (wordCount(p.slice(0, m.index)) < MIN_STAMPED_HEADLINE_WORDS) continue;
    out.push({ kind: 'byline-noise', start: start + m.index, end: start + m.index + m[0].length, message: 'A date-and-time stamp is glued to the headline before it (no space between them).', fix: /^\s*$/u.test(p.slice(m.index + m[0].length)) ? '' : ' ' });
  }
}

/** A byline with its timestamps glued to text in the same paragraph (a whole line of it is page metadata). */
function gluedTimestampByline(p: string, start: number, out: Finding[]): void {
  if (!STAMP_WORD.test(p)) return;
  const m = GLUED_STAMP_BYLINE.exec(p);
  if (!m) return;
  const before = p.slice(0, m.index).trim();
  const after = p.slice(m.index + m[0].length).trim();
  if (before.length + after.length < 10) return;
  out.push({ kind: 'byline-noise', start: start + m.index, end: start + m.index + m[0].length, message: 'A byline and its publication dates are glued inside the text.', fix: ' ' });
}

/**
 * A byline with the first words of the text glued to it, no space between
 * ("By Jane DoeAcme Robotics said …", "By Jane Doe, Staff WriterCOLUMBUS, Ohio —
 * …", "Par Jean DupontLa start-up …"): the name, maybe a title after a comma,
 * then a capital right after a lower-case letter. After a title the glued
 * text must be a dateline in capitals: a title holds brands ("a YouTube
 * creator", "TechCrunch"). Name prefixes that take a
 * capital ("McDonald", "MacKenzie", "DeSantis", "LeBlanc", "DiCaprio",
 * "VanDyke") are part of the name.
 */
const GLUED_BYLINE = /^(?:By|Par) (?:\p{Lu}[\p{L}'’.-]* ){1,3}(?:\p{Lu}[\p{Ll}'’-]*\p{Ll}{2}(?=\p{Lu})|\p{Lu}[\p{L}'’-]*, (?:[\p{L}'’-]+ ){0,3}\p{Lu}[\p{Ll}'’-]*\p{Ll}{2}(?=\p{Lu}{3,}[ ,—–]))/u;
const NAME_PREFIX = /(?:^|[ '’])(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|O)$/u;
/** The text glued after the byline is a sentence: at least this many words. */
const MIN_GLUED_TEXT_WORDS = 6;

function bylineGluedToText(p: string, start: number, out: Finding[]): boolean {
  const m = GLUED_BYLINE.exec(p.slice(0, 120));
  if (!m) return false;
  const cut = m[0].length;
  const word = p.slice(p.lastIndexOf(' ', cut) + 1, cut);
  if (NAME_PREFIX.test(word) || wordCount(p.slice(cut)) < MIN_GLUED_TEXT_WORDS) return false;
  out.push({ kind: 'byline-noise', start, end: start + cut, message: 'The byline is glued to the first words of the text (no line break between them).', fix: `${p.slice(0, cut)}\n\n` });
  return true;
}

/**
 * A "By:" byline whose credit is a desk or an agency, run into the story's first sentence with only a space between
 * ("By: E&P Staff The Daily Press of Newport News, Va. announced …", "By: (AP) Three major newspaper companies are
 * investing in …": Editor & Publisher's archive, 576 and 677). The credit is read where it ends by its own shape: an
 * agency in brackets, a wire agency's name, or a name ending in "Staff"/"Desk"/"Newsroom"; a person's name gives no
 * such end ("By: Jane Doe The company …" could be "Jane Doe The"), so it is left alone. A sentence's worth of words,
 * most in lower case, must follow; a byline alone on its line ("By: Jim Rosenberg", clean 125) is not read.
 */
const COLON_BY = /^(?:By|BY|Par) ?:/u;
const COLON_BYLINE_INTO_TEXT = new RegExp(String.raw`^(?:By|BY|Par) ?: (?:\((?:${alternation(WIRE_AGENCIES)})\)|(?:${alternation(WIRE_AGENCIES)})|(?:\p{Lu}[\p{L}&'’.-]*\s){1,3}(?:Staff|Desk|Newsroom|Wire))(?= \p{Lu}\p{Ll})`, 'u');
/** The text after the credit: a sentence's worth of words. */
const MIN_COLON_TEXT_WORDS = 8;

function colonBylineIntoText(p: string, start: number, out: Finding[]): boolean {
  const m = COLON_BYLINE_INTO_TEXT.exec(p.slice(0, 120));
  if (!m) return false;
  const words = p.slice(m[0].length, m[0].length + 400).split(/\s+/u).filter((w) => /^[\p{L}\p{N}]/u.test(w));
  if (words.length < MIN_COLON_TEXT_WORDS || words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 < words.length) return false;
  out.push({ kind: 'byline-noise', start, end: start + m[0].length, message: 'The byline is run into the first words of the text (no line break between them).', fix: `${p.slice(0, m[0].length)}\n\n` });
  return true;
}

/**
 * A journalist's role, as a byline prints it after the name: one list, lower case (the rule below takes its
 * capitalised forms too). The bio readers above keep their own "is a … reporter" sentences.
 */
const JOURNALIST_ROLES: readonly string[] = ['staff writer', 'writer', 'reporter', 'correspondent', 'journalist', 'editor', 'columnist', 'contributor', 'bureau chief', 'commentator'];
const ROLE_NOUN = JOURNALIST_ROLES.flatMap((r) => [r, r.replace(/(^|\s)(\p{Ll})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase())]).join('|');
/** A name word in a byline: capitalised with lower case after it, or an initial ("Jane", "McAdam", "J."). */
const TITLE_NAME_WORD = String.raw`\p{Lu}(?:[\p{Ll}'’-]*\p{Ll}|\.)`;
/** A wire dateline: a place in capitals (one to three words, a state or country after a comma), an agency in brackets, a dash. */
const DATELINE_PLACE = String.raw`\p{Lu}{2,}[\p{Lu}.'’-]*(?: \p{Lu}{2,}[\p{Lu}.'’-]*){0,2}(?:, \p{Lu}[\p{L}.]{1,14})?`;
/**
 * The byline run into the story's dateline, the line break between them lost: "By Jane Doe AP Business Writer NEW
 * YORK (AP) — Shares …", "By Jane Doe, Courier staff writer BOSTON — …", "Par Jeanne Dupont PARIS (AFP) — …". The
 * name is in title case, an optional role (outlet or desk words, then a role noun) follows, then the place in
 * capitals, an optional agency in brackets and the dateline's dash (a plain hyphen only after the agency: "CITY (AP) - …"). The span runs to the dash; the fix puts the
 * break back after the byline. Bounded quantifiers only (the words are counted), so the match is linear.
 */
const BYLINE_INTO_DATELINE = new RegExp(String.raw`^(?:By|Par) (?<name>${TITLE_NAME_WORD}(?: ${TITLE_NAME_WORD}){1,3})(?<role>,? (?:[\p{L}&.'’-]+ ){0,3}(?:${ROLE_NOUN}))? (?<dateline>${DATELINE_PLACE}(?: \((?:${alternation(WIRE_AGENCIES)})\) ?(?:--|—|–|-)| ?(?:--|—|–)))(?= \p{Lu})`, 'u');

function bylineIntoDateline(p: string, start: number, out: Finding[]): boolean {
  const m = BYLINE_INTO_DATELINE.exec(p.slice(0, 200));
  if (!m || NOT_A_FIRST_NAME.test(m.groups!.name!.split(' ')[0]!)) return false;
  const at = m[0].length - m.groups!.dateline!.length;
  out.push({ kind: 'byline-noise', start, end: start + m[0].length, message: 'The byline is run into the story’s dateline and first sentence (no line break between them).', fix: `${p.slice(0, at).trimEnd()}\n\n${m.groups!.dateline!}` });
  return true;
}

/**
 * A byline run into its teaser by a pipe, the text going on after it: "By Jane Doe, The Courier staff writer | In a
 * city that …", "Par Jean Dupont, correspondant | Le conseil …". The cells of a byline (name, role, outlet) are set
 * off by pipes in a template; a line break was lost after the last one. A byline line whose cells are a date or
 * an outlet ("By Jane Doe | March 3, 2024") stops there: the text after the pipe must be a sentence's worth.
 */
const PIPE_BYLINE = /^(?:By|Par) (?<name>\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})(?<more>(?:,| and| et| &) \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})?(?<role>, [^|,.!?]{2,60})? \|(?= \S)/u;
/** The text after the pipe: a sentence's worth of words, most in lower case. */
const MIN_PIPE_TEXT_WORDS = 10;

function bylinePipedToText(p: string, start: number, out: Finding[]): boolean {
  const m = PIPE_BYLINE.exec(p.slice(0, 160));
  if (!m) return false;
  // A person's name: not a phrase "By"/"Par" opens ("By Car |", "Par Avion |"), and two name words or more unless a
  // co-author or a staff/role cell follows (a lone capitalised word is a manner or a place as often as a name).
  const name = m.groups!.name!;
  if (NOT_A_FIRST_NAME.test(name.split(' ')[0]!)) return false;
  if (!name.includes(' ') && m.groups!.more === undefined && m.groups!.role === undefined) return false;
  const rest = p.slice(m[0].length, m[0].length + 400);
  const words = rest.split(/\s+/u).filter((w) => /^[\p{L}\p{N}]/u.test(w));
  if (words.length < MIN_PIPE_TEXT_WORDS || words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 < words.length || rest.includes('|')) return false;
  out.push({ kind: 'byline-noise', start, end: start + m[0].length, message: 'The byline is run into the first words of the text with a pipe (no line break between them).', fix: `${p.slice(0, m[0].length - 1).trimEnd()}\n\n` });
  return true;
}

/**
 * A flattened print page (a PDF or replica read as one block, hundreds of words on a line): a story's byline sits
 * inside the block between the end of the last item and the story's first words: "… prior to the holiday
 * weekend. by Jane Doe While the council …", "… its seasonal rhythms By Jane Doe and John Roe reporting from …",
 * "… on the streets. By Jane Doe [See Budget, A6]", "… samedi. Par Jeanne Dupont Le conseil …". The byline
 * follows a sentence end (any case of "by"), a headline's last lower-case word (capital "By"/"Par" only: a
 * lower-case "by" there is prose, "was built by"; a capitalised word before is a title, "Stand By Me"), or any
 * word or bullet when the name is in capitals ("… West By JOHN R. DOE", "• By JOHN DOE"); what follows the names is a capital, a jump
 * bracket or the reporting line, not the rest of a clause (", it tells …").
 */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}{2,}[\p{Lu}'’-]*|\p{Lu}\.)`;
const PRINT_NAME = String.raw`${NAME_WORD}(?: ${NAME_WORD}){1,2}`;
const CAPS_NAME = String.raw`(?:\p{Lu}{2,}[\p{Lu}'’-]*|\p{Lu}\.)(?: (?:\p{Lu}{2,}[\p{Lu}'’-]*|\p{Lu}\.)){1,2}`;
/** The byline itself, read where "by"/"par" stands alone; what stands before it is checked next (linear: no lookbehind scan). */
const INLINE_PRINT_BYLINE = new RegExp(String.raw`(?<![\p{L}\p{N}])(by|By|BY|par|Par|PAR) (${PRINT_NAME})(?:(?:,| and| et| &) ${PRINT_NAME})?(?= \[| \p{Lu}| reporting\b)`, 'gu');
/** Before it: a sentence's end (any case of "by"). */
const AFTER_SENTENCE_END = /[.!?”"’)\]] $/u;
/** Or a headline's last word in lower case (a capitalised one is a title's: "Stand By Me"). */
const AFTER_LOWER_WORD = /(?:^|\s)\p{Ll}[\p{L}'’-]{0,30} $/u;
const CAPS_NAME_ONLY = new RegExp(String.raw`^${CAPS_NAME}$`, 'u');
/** Words that open a time or a phrase after "By", never a first name: "By Monday The …", "By Christmas Eve". */
const NOT_A_FIRST_NAME = new RegExp(String.raw`^(?:${MONTH_NAME}|${WEEKDAY}|The|This|That|Then|Now|Next|Last|Early|Late|Mid|Christmas|Easter|Thanksgiving|Spring|Summer|Fall|Autumn|Winter|Noon|Midnight|God|Law|Order|Design|Far|All|Any|Some|Contrast|Comparison|Default|Mistake|Chance|Means|Way|Car|Train|Air|Road|Sea|Phone|Mail|Email)$`, 'iu');
/** A flattened page: one paragraph holds a page's worth of text. */
const MIN_FLATTENED_PAGE_LENGTH = 800;

function inlinePrintBylines(p: string, start: number, out: Finding[]): void {
  if (p.length < MIN_FLATTENED_PAGE_LENGTH) return;
  for (const m of p.matchAll(INLINE_PRINT_BYLINE)) {
    const by = m[1]!;
    const name = m[2]!;
    if (m.index === 0 || NOT_A_FIRST_NAME.test(name.split(' ')[0]!)) continue;
    const before = p.slice(Math.max(0, m.index - 32), m.index);
    const ok = AFTER_SENTENCE_END.test(before)
      || (by !== 'by' && by !== 'par' && AFTER_LOWER_WORD.test(before))
      // A name in capitals after "By" (not "BY": a headline in capitals reads "KILLED BY POLICE OFFICER …") follows any word or bullet.
      || ((by === 'By' || by === 'Par') && /\S $/u.test(before) && CAPS_NAME_ONLY.test(name));
    if (!ok) continue;
    out.push({ kind: 'byline-noise', start: start + m.index, end: start + m.index + m[0].length, message: 'A story’s byline is left inside a flattened print page, between the previous item and the story’s first words.', fix: null });
  }
}

/** A source and its date on one line: short. */
const MAX_SOURCE_DATE_LINE = 60;
/**
 * A source's name glued to the date, without a space: "Forbes23-05-2025",
 * "Les Echos12/03/2024", "Reuters3 March 2024", "Le Monde12 mars 2024". The
 * name is one to four capitalised words ending on a letter, the date numeric
 * or with a month name.
 */
const SOURCE_GLUED_DATE = new RegExp(String.raw`^(?<source>\p{Lu}[\p{L}&'’.]*(?: \p{Lu}[\p{L}&'’.]*){0,3})(?<=\p{L})(?<date>(?<d>\d{1,2})[-/.](?<m>\d{1,2})[-/.](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}(?:er)? (?:${MONTH_NAME}|${FR_MONTH_WORDS}) \d{4})$`, 'u');

/** The line is a source name glued to a date; a numeric date must be a real day and month (either order). */
function sourceGluedToDate(p: string): boolean {
  const m = SOURCE_GLUED_DATE.exec(p.trim());
  if (!m?.groups) return false;
  const { d, m: mo } = m.groups;
  if (d === undefined || mo === undefined) return true;
  const a = Number(d);
  const b = Number(mo);
  return a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31));
}

/**
 * A byline template's field label printed with its value: "Author Name: James
 * Cook", "Nom de l’auteur : Jean Dupont", "Post Author: admin". A byline
 * never names its own field.
 */
const AUTHOR_FIELD = /^(?:author(?:'s|’s)? name|name of (?:the )?author|post author|publisher name|nom de l['’]auteur|nom (?:de l['’])?auteur|auteur de l['’]article)\s*:\s*\S[^\n]{0,60}$/iu;
/**
 * A template's time field alone, with its label: "posted at 04:50", "Publié à
 * 16h07". Only next to a field label (alone, it may be the page's own stamp).
 */
const TIME_ONLY_STAMP = /^(?:posted|published|updated|publié|publie|mis à jour|mis en ligne)\s+(?:at|à|:)\s*\d{1,2}(?::|h)\d{2}(?:\s?[ap]\.?m\.?)?$/iu;

/** Template lines next to one another: one finding, the block. */
function templateBlocks(doc: ArticleDoc, out: Finding[], touched: Set<number>): void {
  const ps = doc.paragraphs;
  for (let i = 0; i < ps.length; i++) {
    if (ps[i]!.length > MAX_TEMPLATE_LINE || !AUTHOR_FIELD.test(ps[i]!.trim())) continue;
    let from = i;
    let to = i;
    if (from > 0 && TIME_ONLY_STAMP.test(ps[from - 1]!.trim())) from--;
    if (to + 1 < ps.length && TIME_ONLY_STAMP.test(ps[to + 1]!.trim())) to++;
    if (anyTouched(touched, from, to)) continue;
    const start = doc.starts[from] ?? 0;
    const end = (doc.starts[to] ?? 0) + ps[to]!.length;
    for (let k = from; k <= to; k++) touched.add(k);
    out.push({ kind: 'byline-noise', start, end, message: 'The byline template printed its field labels (“Author Name:”, “posted at”).', fix: null });
    i = to;
  }
}

/**
 * The author's avatar alt text, or the bare name, then within a few lines the
 * same name again with the date: "Michael Goldberg profile" / "Michael
 * Goldberg March 20, 2023", "News Room" / "Last updated: …" / "News Room
 * Published 18 February 2026", "Photo de Jean Dupont" / "Jean Dupont, publié
 * le 3 mars 2024", or the avatar's alt text right over the bare name ("Jane
 * Roe avatar" / "Jane Roe"). The author box and the byline both rendered.
 */
const AVATAR_LINE = /^(?:(?:[Pp]hoto|[Aa]vatar|[Pp]ortrait|[Ii]mage|[Pp]icture) (?:of|de|d['’]) ?)?(?<name>\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3})(?<alt>(?:'s|’s)? (?:profile(?: (?:picture|photo|image))?|avatar|photo|picture|headshot|image))?$/u;
const STAMP_AFTER_NAME = new RegExp(String.raw`^\s*(?:[|•·,–—-]\s*)?(?:(?:[Pp]ublished|[Uu]pdated|[Ll]ast updated|[Pp]osted|[Pp]ublié|[Mm]is à jour)(?: on| le|:)?\s+|on |le )?${STAMP_DATE}`, 'u');
/**
 * What stands before the name in a byline printed under the author box: "By ", "Par ", or a
 * section label and "by" ("Editorial by ", "Opinion by ", "Analyse par "): "SCMP Editorial" /
 * "Opinion" / "Opinion" / "Editorial by SCMP Editorial"; a column's name of a few words before "by"
 * ("The View by ", "Inside Track by ") or "de" ("La chronique de ", "Le billet de ").
 */
const BY_BEFORE_NAME = /^(?:\p{Lu}[\p{L}’']{1,20}(?: \p{Lu}?[\p{L}’']{1,20}){0,2} )?(?:[Bb]y|BY|[Pp]ar|PAR) $|^(?:\p{Lu}[\p{L}’']{1,20}(?: \p{Lu}?[\p{L}’']{1,20}){0,2} )de $/u;
/** Lines the second copy may come after the first (a "Last updated" line between). */
const NAME_TWICE_REACH = 3;
/** Metadata lines between the two copies are short. */
const MAX_NAME_BETWEEN_WORDS = 10;

function nameTwice(doc: ArticleDoc, out: Finding[], touched: Set<number>): void {
  const ps = doc.paragraphs;
  for (let i = 0; i + 1 < ps.length; i++) {
    const line = ps[i]!.trim();
    if (line.length > 80) continue;
    const m = AVATAR_LINE.exec(line);
    const name = m?.groups?.name;
    if (!m || name === undefined) continue;
    const names = wordCount(name);
    // A bare name line: two words at least (a lone word is a label); alt text names the avatar.
    if (m.groups!.alt === undefined && line === name && names < 2) continue;
    if (m.groups!.alt === undefined && line !== name && !/^(?:photo|avatar|portrait|image|picture)/iu.test(line)) continue;
    for (let j = i + 1; j < ps.length && j - i <= NAME_TWICE_REACH; j++) {
      const next = ps[j]!;
      // The bare name line again, right under it (author box and byline both reduced to the name); with a line
      // between, a repeated title line is as likely ("Road To Funding" / a credit / "Road To Funding").
      // The avatar's alt text then the bare name right under it ("Jane Roe avatar" / "Photo de Jean Dupont" / then the
      // name): the author box's image and its name link, as the bare name twice is.
      const sameAgain = j === i + 1 && names >= 2 && next.trim() === name;
      const bylineAgain = sameAgain || (m.groups!.alt === undefined && next.length <= MAX_TEMPLATE_LINE && next.endsWith(name) && BY_BEFORE_NAME.test(next.slice(0, next.length - name.length)));
      if (bylineAgain || (next.startsWith(name) && next.length <= MAX_TEMPLATE_LINE && STAMP_AFTER_NAME.test(next.slice(name.length)))) {
        const start = doc.starts[i] ?? 0;
        const end = (doc.starts[j] ?? 0) + next.length;
        if (!anyTouched(touched, i, j)) {
          for (let k = i; k <= j; k++) touched.add(k);
          out.push({ kind: 'byline-noise', start, end, message: bylineAgain ? 'The author’s name is printed twice (author box, then the byline).' : 'The author’s name is printed twice (author box or avatar, then the byline with its date).', fix: null });
        }
        i = j;
        break;
      }
      if (wordCount(next) > MAX_NAME_BETWEEN_WORDS) break;
    }
  }
}

/**
 * The author box's name under a byline that carries the writer's role: "David Becker Staff Writer, CNET News.com" /
 * "David Becker" (CNET, 571), "Glenn Dyer — Crikey business and media commentator" / "Glenn Dyer" (Crikey, 399). The byline
 * and the author card were both rendered; the card's name line is the bare name, a line or a few below the byline, with
 * only short lines between (the card's bio, "covers games and gadgets."). Read from the bare name line up: the byline must
 * start with that very name and go on with a role (a separator, a few words of outlet or desk, then a journalist's role
 * noun: JOURNALIST_ROLES), so a heading repeated over a credit ("Road To Funding") or a name that merely opens a sentence
 * is not one. nameTwice reads the other order (the box above, the byline with its date below).
 */
const BARE_NAME_LINE = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}$/u;
/** What follows the name in a byline with the role: "Staff Writer, CNET", ", Courier staff writer", " — Crikey business and media commentator". */
const ROLE_AFTER_NAME = new RegExp(String.raw`^(?:,| [—–|-])? (?:[\p{L}&.'’<>/-]+ ){0,4}(?:${ROLE_NOUN})(?![\p{L}])`, 'u');

function nameCardUnderByline(doc: ArticleDoc, out: Finding[], touched: Set<number>): void {
  const ps = doc.paragraphs;
  for (let j = 1; j < ps.length; j++) {
    const name = ps[j]!.trim();
    if (name.length > 60 || !BARE_NAME_LINE.test(name) || NOT_A_FIRST_NAME.test(name.split(' ')[0]!)) continue;
    for (let i = j - 1; i >= 0 && j - i <= NAME_TWICE_REACH; i--) {
      const line = ps[i]!.trim();
      if (line.length <= MAX_TEMPLATE_LINE && line.startsWith(name) && ROLE_AFTER_NAME.test(line.slice(name.length))) {
        if (!anyTouched(touched, i, j)) {
          for (let k = i; k <= j; k++) touched.add(k);
          out.push({ kind: 'byline-noise', start: doc.starts[i] ?? 0, end: (doc.starts[j] ?? 0) + ps[j]!.length, message: 'The author’s name is printed again under the byline (the author box).', fix: null });
        }
        break;
      }
      if (wordCount(line) > MAX_NAME_BETWEEN_WORDS) break;
    }
  }
}

/** The index of the paragraph holding offset `at` (binary search over the starts). */
function paragraphAt(doc: ArticleDoc, at: number): number {
  let lo = 0;
  let hi = doc.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((doc.starts[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function anyTouched(touched: Set<number>, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (touched.has(k)) return true;
  return false;
}
