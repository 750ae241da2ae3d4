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
import { tail, wordCount } from './context';

const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** A byline: "By" and a capitalised name. */
const BY = /(?:^|[\s—–-])By \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)/gu;
/** "Contact the writer(s) at …", "Email the author: …", "Write to Jane Doe at …". */
const CONTACT = /\b(?:contact (?:the )?(?:writers?|reporters?|authors?)(?: at)?|e-?mail (?:the )?(?:writers?|reporters?|authors?)(?: at)?:?|write to (?:\p{Lu}[\p{L}'’.-]+ ){1,3}at)\s/iu; // (i: "Write to" may be any case; the name needs no check, an address must follow)
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
  const whole = (i: number, message: string, fix: string | null): void => {
    const start = doc.starts[i] ?? 0;
    out.push({ kind: 'byline-noise', start, end: start + ps[i]!.length, message, fix });
  };
  for (let i = 0; i < n; i++) {
    const p = ps[i]!;
    const start = doc.starts[i] ?? 0;
    // An author bio card right under the bare byline: the name line, then "<Name> is the … reporter".
    if (i > 0 && p.length <= 1500 && bioOfByline(ps[i - 1]!, p)) {
      whole(i, 'The author’s bio card was extracted into the text under the byline.', '');
      continue;
    }
    if (p.length > 400) {
      glued(p, start, out);
      continue;
    }
    const bylines = p.match(BY)?.length ?? 0;
    const email = EMAIL.test(p);
    const contact = CONTACT.test(p);
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
    if (BY_ALONE.test(p)) {
      let j = i;
      while (j + 1 < n && j - i < MAX_NAME_LINES && wordCount(ps[j + 1]!) <= 5 && NAME_LINE.test(ps[j + 1]!)) j++;
      if (j > i) {
        const end = (doc.starts[j] ?? 0) + ps[j]!.length;
        const joined = ps.slice(i, j + 1).map((l) => l.replace(/^[•·*-]\s*/u, '')).join(' ').replace(/\s+,/g, ',');
        out.push({ kind: 'byline-noise', start, end, message: 'A byline is split over several lines.', fix: joined });
        i = j;
        continue;
      }
    }
    // A page whose first post opens with the same metadata line is a blog index: a later one heads the next post (merged-stories).
    if (POSTED_META.test(p) && ((firstBody >= 0 && i > firstBody && !indexPage) || META_RESIDUE.test(p))) {
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
  return out;
}

/** A read-time badge glued to the token before it: "4:03 pm ET1min read". */
const GLUED_READ_TIME = /(?<=\p{L})\d{1,3} ?(?:min|mins|minutes?) read\b/u;
/** A date line with a badge is short. */
const MAX_BADGE_LINE = 120;
/**
 * A lower-case "by" glued to a capitalised name, the name glued to a date:
 * "Journalists… byColin Morrison13 October 2011".
 */
const GLUED_BY = new RegExp(String.raw`(?<![\p{L}\p{N}])by\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}(?:\d{1,2} ?${MONTH_NAME} \d{4}|,? ${MONTH_NAME} \d{1,2},? \d{4})`, 'u');
/** Lines at the top where the headline stands. */
const HEADLINE_ZONE = 3;
/**
 * An agency or publication glued to a headline: "… official name By Reuters",
 * "Digital investment in islands – Kathimerini English Edition".
 */
const HEADLINE_SOURCE = /\sBy (?:Reuters|AFP|AP|Bloomberg|Associated Press|Xinhua|PTI|IANS|ANI|dpa|UPI|Agence France-Presse)$|\s[–—|]\s(?:\p{Lu}[\p{L}&'’.]*\s){0,3}(?:English Edition|Edition|News|Times|Post|Journal|Herald|Tribune|Daily|Online|Magazine|Gazette|Chronicle)$/u;

/**
 * A section of the site, not a publication: " | Business News", " – Tech News".
 * The page title carries it after the headline; it names no source.
 */
const SECTION_SUFFIX = /^\s[–—|]\s(?:(?:Business|Tech|Technology|World|Latest|Breaking|Top|Local|National|International|Sports?|Finance|Financial|Markets?|Economy|Economic|Politics|Political|Health|Science|Entertainment|Startups?|Industry|Company|Corporate|Regional|Global|Crypto|Energy|Auto|Property|Real Estate|Money) )+News$/u;

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
