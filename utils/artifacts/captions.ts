/**
 * Photo captions and credits printed more than once: gallery markup and
 * print replicas repeat the same caption, sometimes with "??" markers where
 * the photo symbol was lost, sometimes again in the middle of the body.
 */
import { isUiLabelLine } from './ui-labels';
import { AGENCIES, CAPTION_WIDGET_LABELS, PHOTO_AGENCIES, WIRE_AGENCIES, alternation } from './lexicon';
import type { ArticleDoc, Finding } from './context';
import { keysOf, looseKey, repeatedChromeOf, wordCount } from './context';
import { isFurnitureLine } from './boilerplate';
import { BYLINE_STAMP_OPENER } from './line-shape';
/** Read here and by line-shape.ts, which holds it; re-exported for the readers that import it from this file. */
export { BYLINE_STAMP_OPENER };

/** A credit's label, before its colon: "Photo", "Photos", "Photograph", "Picture", "Image", "Credit", "Photo credit", "Crédit photo", "Illustration". */
const CREDIT_LABEL = String.raw`(?:Photo credit|Photograph|Photo|Picture|Image|Credit|Crédits?(?: photo)?|Illustration)s?`;

/** An agency's stock formula after its name: "Alamy Stock Photo", "Getty Stock Images". */
const STOCK_FORMULA = String.raw`Stock (?:Photos?|Images?)`;
/**
 * An agency's short form, the first word of a longer name of the list ("Getty" of "Getty Images", "Rex" of
 * "Rex Features"): a word of the language too ("the T. Rex", "… would be sold. Getty"), read only in the stock formula.
 */
function isShortForm(name: string): boolean {
  return !name.includes(' ') && PHOTO_AGENCIES.some((other) => other.startsWith(`${name} `));
}

/**
 * A photo agency closing a caption after its last sentence or a slash, bare or in the agency's stock formula:
 * "… the third lockdown. Alamy Stock Photo", "… on Monday. Getty Images", "Jane Roe / Alamy Stock Photo",
 * "… à Lyon. Shutterstock". Photo agencies only (a wire agency after a full stop may open a body sentence or a
 * dateline), of three letters or more ("IC" is too short to read bare); a short form ("Getty", "Rex") only in the stock
 * formula, and never after a one-letter initial ("the T. Rex": the stop closes an initial, not a sentence).
 */
const PHOTO_AGENCY_TAIL = new RegExp(String.raw`(?:(?<!(?:^|[^\p{L}])\p{L})[.!?]["'”’)]?\s+|\s?\/\s?)(?:(?:${alternation(PHOTO_AGENCIES.filter((a) => a.length >= 3 && !isShortForm(a)))})(?: ${STOCK_FORMULA})?|(?:${alternation(PHOTO_AGENCIES.filter(isShortForm))}) ${STOCK_FORMULA})$`, 'u');

/** Credit forms that mark a paragraph as a caption. Each names why. */
const CREDITS: readonly RegExp[] = [
  // "(AP Photo/David Zalubowski)", "(Photo by Jane Doe/Getty Images)"
  /\((?:[\p{Lu}]{2,}[\p{L}]* )?Photos?(?: by |\/| ?: ?)[^)]{2,80}\)/u,
  // "[Photo provided to chinadaily.com.cn]", "[Photo/Xinhua]"
  /\[(?:Photos?|Image|Video)(?: provided to | by |\/| ?: ?)[^\]]{2,80}\]/u,
  // "Photo: Xinhua", "Photo: David Zalubowski, STF / Associated Press", "Image: …", "Credit: …"
  /(?:^|[.!?]\s+)(?:Photo|Photos|Photograph|Picture|Image|Credit|Photo credit)s?: \S/u,
  // After a caption's sentence, "Pic: Reuters" and the French spaced colon ("… 2024. Crédit photo : Robotix");
  // a credit line alone printed twice is a pair findBackToBackCaptions reports whole.
  /[.!?]\s+(?:Photo|Photos|Photograph|Picture|Image|Credit|Photo credit|Pic|Crédits?(?: photo)?)s? ?: \S/u,
  // Photographer and outlet in brackets at the end: "(Jane Smith / Los Angeles Times)", "(Jane Smith/The Chronicle)"
  /\(\s?\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3}\s?\/\s?\p{Lu}[\p{L}.'’&-]+(?: \p{Lu}[\p{L}.'’&-]+){0,4}\s?\)$/u,
  // Photographer, then the outlet in capitals: "Jasper Colt, USA TODAY", "Jane Smith, AP"
  // (a title in capitals after a name is an attribution: "Jane Smith, CEO")
  /\p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+, (?!(?:CEO|CFO|CTO|COO|CMO|MP|MEP|PDG|DG|PhD|MD|VP|SVP|EVP)$)\p{Lu}{2,}(?: \p{Lu}{2,}){0,3}$/u,
  // A courtesy or a staff credit at the end: "Courtesy of Acme Robotics", "Staff photo by Jane Smith", "Handout photo"
  // (after the caption's sentence: a credit line alone is findBackToBackCaptions')
  /[.!?)]\s+(?:Courtesy(?: of)? \p{Lu}[^.!?]{1,60}|(?:Staff|File|Handout|Submitted|Contributed|Provided) (?:photo|image)s?(?: by \p{Lu}[^.!?]{1,40})?)$/u,
  // All-caps credit: "MAO SIQIAN / XINHUA", "LIU WEIBING / XINHUA"
  /\b\p{Lu}{2,}(?: \p{Lu}{2,}){0,3} ?\/ ?\p{Lu}{2,}(?: \p{Lu}{2,})?\b/u,
  // Agency at the end: "… Getty Images", "… / AFP", "… Reuters"
  // (names of three letters or more: after a comma a two-letter one is a US state, "Pittsburgh, PA"; "IC" is China's photo agency)
  new RegExp(String.raw`(?:\/|,|—|-)\s*(?:${alternation([...AGENCIES.filter((a) => a.length >= 3), 'IC'])})\s*\)?$`),
  // The agency caption formula: "In this Sunday, Nov. 10, 2019, photograph, …", "In this photo dated …"
  /^In this (?:[^.]{0,60} )?(?:file )?(?:photo|photograph|image|picture)\b/u,
  // A wire's file-photo caption lead, in capitals with its dash or colon: "FILE - A U.S. Airways jet passes …" (AP, on
  // Voice of America 822 and a radio site 237), "FILE PHOTO: Banners of Deutsche Bank …" (Reuters, on a mirror, 685).
  // Case-sensitive: a sentence does not open on "FILE -".
  /^FILE(?: PHOTO)? ?[-–—:] \p{Lu}/u,
  // A lost photo marker: "?? MAO SIQIAN / XINHUA ?? A visitor …"
  /^\?\? /,
  // Wire agency in capitals, then the photographer: "REUTERS/Brendan McDermid", "AFP/Jane Doe/File Photo"
  new RegExp(String.raw`\b(?:EPA-EFE|${alternation(WIRE_AGENCIES.map((a) => a.toUpperCase()))})\s?\/\s?\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]+){0,3}`, 'u'),
  // A bare agency photo credit closing a short caption: "Jane Doe, left, at the launch (AP Photo).", "(Photo AFP)",
  // "(Reuters Photo)"; a body sentence cites an agency without "Photo" ("…, it said (Reuters).")
  new RegExp(String.raw`\((?:(?:${alternation(AGENCIES)}) Photos?|Photos? (?:${alternation([...AGENCIES, 'DR'])}))\)\.?$`, 'u'),
  // The Guardian's credit after a caption that ends in a quotation or a comma:
  // "… could,' Photograph: Linda Nylind for the Guardian", "… ' Photograph: Alamy"
  /[,;'’"”)]\s+(?:Photograph|Photographie|Illustration|Composite): \p{Lu}[^.!?:]{1,60}$/u,
  // A slideshow counter before the caption: "1 of 12 Workers load …", "Photo 3 of 8", "2/12 A worker …"
  /^(?:(?:Photo|Image|Slide|Picture) )?\d{1,3} ?(?:of|\/) ?\d{1,3}(?: \p{Lu}|$)/u,
  PHOTO_AGENCY_TAIL,
];

/**
 * Caption widget labels printed as text: the paragraph beside one is the
 * caption they toggle ("Show caption", "Hide caption", "[+] Enlarge",
 * "Enlarge this image", "Toggle caption", "Afficher la légende").
 */
const CAPTION_LABEL = new RegExp(String.raw`^(?:\[\+\]\s?)?(?:${CAPTION_WIDGET_LABELS.join('|')}|caption|enlarge(?: this)?(?: image| photo)?|expand(?: image)?|view (?:image|photo)|agrandir(?: l['’]image| la photo)?)$`, 'iu');

/** Captions are short; a long paragraph with a credit inside is body text. */
const MAX_CAPTION_LENGTH = 500;

export function isCaptionLike(p: string): boolean {
  return p.length <= MAX_CAPTION_LENGTH && CREDITS.some((re) => re.test(p));
}

/**
 * What a gallery or a caption widget prints before a caption: a slideshow
 * counter ("1 of 12", "Photo 3/8") or the widget's label ("[+] Enlarge",
 * "Hide caption"). Copies are compared without it.
 */
const CAPTION_PREFIX = /^(?:(?:(?:Photo|Image|Slide|Picture) )?\d{1,3} ?(?:of|\/) ?\d{1,3}|(?:\[\+\]\s?)?(?:Enlarge(?: this image)?|Show caption|Hide caption|Toggle caption|Afficher la légende|Masquer la légende))\s+(?=\S)/iu;

/** How damaged a copy looks: keep the cleanest one. */
function damage(p: string): number {
  return (p.match(/\?\?|\uFFFD/g)?.length ?? 0) + (p !== p.trim() ? 1 : 0) + (CAPTION_PREFIX.test(p) ? 1 : 0);
}

/**
 * A credit line alone ("Photo: Jane Doe / AP") repeats legitimately under
 * several photos by the same photographer; it is a duplicate only next to a
 * repeated caption or right after its own copy (gallery markup).
 */
function isCreditOnly(p: string): boolean {
  return wordCount(p) < 8 && !BRACKET_CREDITED_CAPTION.test(p);
}

/**
 * A short caption closed by a bare agency in brackets, the wire form: "London Stock Exchange (PA)",
 * "Traders on the floor (AP)", "La Bourse de Paris (AFP)". The words before the credit are the caption
 * (three at least), so it is not a credit line alone even when short.
 */
const BRACKET_CREDITED_CAPTION = new RegExp(String.raw`^\p{Lu}[^()\n]{0,200}?\p{L}(?: [^()\s]+){2,} \((?:${alternation(AGENCIES)})\)$`, 'u');

export function findDuplicatedCaptions(doc: ArticleDoc): Finding[] {
  const groups = new Map<string, number[]>();
  const ps = doc.paragraphs;
  const besideLabel = (i: number): boolean => CAPTION_LABEL.test((ps[i - 1] ?? '').trim()) || CAPTION_LABEL.test((ps[i + 1] ?? '').trim());
  ps.forEach((p, i) => {
    // A caption closing on a credit of any outlet's form ("(Credit: Jane Doe / Los Angeles Times)", "© Getty Images",
    // "(Crédit photo : X)") is a caption too: CREDITS lists the agency forms, CREDIT_TAIL the labelled ones. A credit
    // line alone ("Crédit photo : X") printed twice is left to the back-to-back reading, which reports both lines.
    if (!isCaptionLike(p) && !(p.length <= MAX_CAPTION_LENGTH && (besideLabel(i) || (CREDIT_TAIL.test(p) && !isCreditOnly(p))))) return;
    const key = looseKey(p.replace(CAPTION_PREFIX, '').replace(/\?\?/g, ''));
    if (key.length < 12) return;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  const repeated = [...groups.values()].filter((list) => list.length >= 2);
  const captionZone = new Set<number>();
  for (const list of repeated) if (!isCreditOnly(doc.paragraphs[list[0]!]!)) for (const i of list) captionZone.add(i);
  const out: Finding[] = [];
  for (const list of repeated) {
    const creditOnly = isCreditOnly(doc.paragraphs[list[0]!]!);
    let keep = list[0]!;
    for (const i of list) if (damage(doc.paragraphs[i]!) < damage(doc.paragraphs[keep]!)) keep = i;
    const copies = list.length;
    for (const i of list) {
      if (i === keep) continue;
      if (creditOnly && !captionZone.has(i - 1) && !captionZone.has(i + 1) && !list.includes(i - 1)) continue;
      const start = doc.starts[i] ?? 0;
      out.push({
        kind: 'duplicated-caption',
        start,
        end: start + doc.paragraphs[i]!.length,
        message: `A photo caption or credit is printed ${copies} times; this copy repeats it.`,
        fix: '',
      });
    }
  }
  labelledCreditCopies(doc, out);
  creditedCaptionEchoes(doc, out);
  gluedTwiceLines(doc, out);
  return out;
}

/** The character before a glued copy: a letter or a digit, no space or punctuation between the copies. */
const GLUED_SEAM = /^[\p{L}\p{N}]$/u;
/** A line opening on a quotation mark is a quote, whose words may repeat by design. */
const QUOTED_LINE = /^\s*["“‘«]/u;
/** A line printed twice end to end is short: a caption, an alt text, a title. */
const MAX_GLUED_TWICE = 500;
/** Key characters each copy holds at least: shorter doubles are labels ("HomeHome"). */
const MIN_GLUED_HALF = 16;

/**
 * A caption closing on its credit, glued to a second copy of itself: each copy is a caption (at most a caption's length),
 * so the line may be twice that ("… Picture: TSPLScotland's post-recession …" on The Scotsman, "… Credit: Mapletree
 * Commercial TrustMapletree Commercial Trust's …" on Shenton Wire, two copies of 265 characters).
 */
function creditedCaptionTwice(p: string): boolean {
  return p.length <= 2 * MAX_CAPTION_LENGTH && CREDIT_TAIL.test(p);
}

/**
 * A line whose words come twice with no break between the copies: the image's alt text and its caption
 * ("Jacob Elordi and Talia Ryder inThe Sweet EastJacob Elordi and Talia Ryder in The Sweet East", "Le maire
 * de Lyon lors du conseilLe maire de Lyon lors du conseil"). Compared by the loose key (letters and digits),
 * so a space lost in one copy does not hide it; the second copy is reported. The first line doubled is the
 * title printed twice (a duplicated paragraph), as is a long copy.
 */
function gluedTwiceLines(doc: ArticleDoc, out: Finding[]): void {
  const ps = doc.paragraphs;
  const reported = new Set(out.map((f) => f.start));
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!.trimEnd();
    if ((p.length > MAX_GLUED_TWICE && !creditedCaptionTwice(p)) || p.length < 2 * MIN_GLUED_HALF) continue;
    const key = looseKey(p);
    const half = key.length / 2;
    if (half < MIN_GLUED_HALF || key.length % 2 !== 0 || key.slice(0, half) !== key.slice(half)) continue;
    // Where the second copy starts: after the half-th key character, at the first key character after it.
    let seen = 0;
    let at = 0;
    for (; at < p.length; at++) {
      if (looseKey(p[at]!) === '') continue;
      if (seen === half) break;
      seen++;
    }
    // The copies must be glued (the second starts right after a letter or digit): a refrain or a chant repeats
    // after a space or a comma ("Black lives matter, black lives matter."), and a quoted line is someone's words.
    if (!GLUED_SEAM.test(p[at - 1] ?? '') || QUOTED_LINE.test(p)) continue;
    const start = (doc.starts[i] ?? 0) + at;
    if (reported.has(doc.starts[i] ?? 0)) continue;
    const copy = p.slice(at);
    const words = wordCount(copy);
    out.push({
      // A credited copy is a caption wherever it stands; else the page's first line doubled is its title printed
      // twice, and a long copy a paragraph.
      kind: isCaptionLike(copy) || CREDIT_TAIL.test(copy) || (words <= MAX_ALT_TEXT_WORDS && i > 0) ? 'duplicated-caption' : 'duplicated-paragraph',
      start, end: (doc.starts[i] ?? 0) + p.length,
      message: 'A line is printed twice with nothing between the copies (alt text and caption run together); this copy repeats it.',
      fix: '',
    });
  }
}

/** A credit with its label: "Credit: X", "Photo: X", "Photo credit: X", "Crédit photo : X", "(Photo : X)", "Image: X". */
const LABELLED_CREDIT = new RegExp(String.raw`^\s*\(?${CREDIT_LABEL} ?:`, 'u');
/** A caption whose words are found again in the body must be this long: shorter echoes are set phrases. */
const MIN_ECHO_WORDS = 8;
/** Captions are short: a longer paragraph closing on a credit is body text citing a source. */
const MAX_ECHO_CAPTION = 300;
/** Where a sentence of the text starts: the text's start, after a line break, or after a full stop and a space. */
const SENTENCE_OPENING = /(?:^|\n|[.!?]["'”’)]*\s)(?=\S)/gu;
/** Words of a sentence's opening used as its key: enough to tell sentences apart, short enough for any caption. */
const OPENING_KEY_WORDS = 6;
const OPENING_KEY = new RegExp(String.raw`\S+(?:\s+\S+){0,${OPENING_KEY_WORDS - 1}}`, 'uy');

function openingKey(text: string, at: number): string {
  OPENING_KEY.lastIndex = at;
  return OPENING_KEY.exec(text)?.[0] ?? '';
}

/** Every sentence start of the text, by its first words: one pass over the text, then one look-up per caption. */
function sentenceStarts(text: string): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  for (const m of text.matchAll(SENTENCE_OPENING)) {
    const at = m.index + m[0].length;
    const key = openingKey(text, at);
    const list = starts.get(key);
    if (list) list.push(at);
    else starts.set(key, [at]);
  }
  return starts;
}

/**
 * A caption with its credit inline whose words open a body sentence elsewhere: editors caption the lead
 * photo with the story's own sentence, cut at a comma or a clause ("The city police have appealed to the
 * public to maintain peace. Credit: DH Photo" over "… to maintain peace and not to heed rumours.",
 * "Les pompiers sont intervenus dans la nuit de samedi à dimanche. Photo : Jean Dupont"). The caption
 * copy is reported. The echo must start a sentence of another paragraph: the same words inside a
 * sentence are a quotation. The text's sentence starts are indexed once by their first words, so each caption is one look-up.
 */
function creditedCaptionEchoes(doc: ArticleDoc, out: Finding[]): void {
  const ps = doc.paragraphs;
  const reported = new Set(out.map((f) => f.start));
  // Built on the first credited caption only: most texts have none.
  let starts: Map<string, number[]> | undefined;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!.trimEnd();
    if (p.length > MAX_ECHO_CAPTION) continue;
    const m = CREDIT_TAIL.exec(p);
    // Only a labelled credit ("Credit: DH Photo", "Photo: …", "(Photo : …)"): agency captions in brackets
    // ("(AP Photo/Jane Doe)") are written for the photo, and a body sentence opening like one is the story's own.
    if (!m || m.index === 0 || !LABELLED_CREDIT.test(m[0])) continue;
    const caption = p.slice(0, m.index).trim().replace(/[.!?,;:]+$/u, '');
    if (wordCount(caption) < MIN_ECHO_WORDS) continue;
    const start = doc.starts[i] ?? 0;
    const end = start + ps[i]!.length;
    starts ??= sentenceStarts(doc.text);
    // A sentence of another paragraph (after this one, or wholly before it) opening with the caption's words.
    const echo = (starts.get(openingKey(caption, 0)) ?? []).some((at) => (at >= end || at + caption.length <= start) && doc.text.startsWith(caption, at));
    if (!echo || reported.has(start)) continue;
    reported.add(start);
    out.push({ kind: 'duplicated-caption', start, end: start + p.length, message: 'A photo caption, with its credit, repeats the opening words of a sentence of the article.', fix: '' });
  }
}

/** A caption widget's label closing a line: "… Jane Doe/Getty Images hide caption". */
const TRAILING_CAPTION_LABEL = new RegExp(String.raw`\s(?:${CAPTION_WIDGET_LABELS.join('|')})$`, 'iu');

/**
 * A credit printed on both sides of a caption widget's labels, NPR's player form:
 * "… Jane Doe/Getty Images hide caption" then "toggle caption Jane Doe/Getty Images"
 * (also "Enlarge this image", "Afficher la légende"). The line after the label repeats
 * the credit that closes the line before it; that later copy is reported. The repeated
 * words must be a credit (a name and an outlet, "Photo: …", an agency): a label before
 * an ordinary sentence is the caption itself, which duplicated captions handle.
 */
function labelledCreditCopies(doc: ArticleDoc, out: Finding[]): void {
  const ps = doc.paragraphs;
  for (let i = 1; i < ps.length; i++) {
    const p = ps[i]!;
    if (p.length > 120) continue;
    const label = CAPTION_PREFIX.exec(p);
    if (!label || /^\S*\d/u.test(label[0])) continue;
    const credit = p.slice(label[0].length).trim();
    if (credit.length < 6 || !isCaptionCreditLine(credit)) continue;
    const before = ps[i - 1]!.trimEnd().replace(TRAILING_CAPTION_LABEL, '');
    if (!before.endsWith(credit) || /[\p{L}\p{N}]/u.test(before.charAt(before.length - credit.length - 1))) continue;
    const start = doc.starts[i] ?? 0;
    if (out.some((f) => f.start === start)) continue;
    out.push({ kind: 'duplicated-caption', start, end: start + p.length, message: 'A photo credit is printed on both sides of the caption widget’s labels; this copy repeats it.', fix: '' });
  }
}

/**
 * A photo credit at the end of a caption: "© DR", "— Reuters pic",
 * "(AP Photo/Jane Doe)", "Photo: Xinhua", "Credit: Getty Images", the
 * agency form with spaces inside the brackets "( ALAIN JOCARD / AFP/Archives )"
 * (photographer in capitals, agency, maybe its archive), French credits
 * with a spaced colon ("Crédit photo : AFP", "(Photo : Reuters)"), a bare
 * stock agency after the caption's last word ("… in Columbus Getty Images"),
 * a French illustration credit ("(Photo d’illustration Jean Dupont / Le Progrès)"),
 * a photographer and outlet after the caption's last sentence ("… on Tuesday. Jane Doe/The Desert Sun"),
 * a labelled credit after a bar or a bullet ("… against them. | Photo Credit: M.A. SRIRAM", "• Crédit photo : Jean Dupont"),
 * a bare agency in brackets after the caption's last word, the wire form ("London Stock Exchange (PA)",
 * "Le siège de la banque à Paris (AFP)"): never after a full stop, where "(AP)" would be a sentence's source.
 */
const CREDIT_TAIL = new RegExp(String.raw`(?:\s[|•]\s?(?:[Pp]hoto(?:graph)?s?|[Ii]mages?|[Pp]ictures?|[Vv]ideo|[Ii]llustration|[Cc]redits?|[Cc]r[ée]dits?|[Ss]ource|[Cc]ourtesy)(?: [Cc]redits?| [Pp]hoto| [Cc]ourtesy)?\s?:\s?\p{Lu}[^|\n]{1,60}|©\s?[\p{L}\p{N} .&/'’-]{1,40}|\((?:Source|Photo source|Image source|Courtesy(?: of)?):? [^)]{2,60}\)|\((?:[\p{Lu}]{2,}[\p{L}]* )?Photos?(?: by |\/| ?: ?)[^)]{2,80}\)|[—–-]\s*[\p{L} .&'’/-]{2,40} (?:pic|photo|file photo)|${CREDIT_LABEL} ?: ?[^.]{2,60}|\((?:Crédits?(?: photo)?|Photo|Illustration) ?: ?[^)]{2,60}\)|\((?:Photo|Image) d[’']illustration\b[^)]{0,60}\)|(?:\/|,|—|-)\s*(?:Getty Images|Shutterstock|AFP|Reuters|Associated Press|EPA|Bloomberg|Xinhua)\s*\)?|(?<=\p{Ll}) (?:Getty Images|Shutterstock|Alamy)|(?<=[.!?”’] )\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'’.-]+){1,2} ?\/ ?(?:The )?\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*){0,3}|\(\s?\p{Lu}[\p{Lu}'’. -]{1,40}\s?\/\s?\p{Lu}[\p{L}-]{1,20}(?:\/\p{L}{2,20})?\s?\)|(?<=\p{L} )\((?:PA|PA Wire|PA Media|AP|AFP|Reuters|EPA|Getty|Getty Images|Bloomberg|Xinhua|Alamy|Shutterstock|dpa|ANP|Belga|Sipa|MaxPPP|Rex|Rex Features|iStock)\))\s*$`, 'u');

/** The shortest repeat read as a doubled sentence: shorter ones are refrains and slogans. */
const MIN_REPEAT_WORDS = 8;
/** A doubled sentence starts its copy within this many characters (keeps each lookup bounded). */
const MAX_REPEAT_LENGTH = 600;
/** Where a sentence may start: the paragraph start, or after a full stop and a space. */
const SENTENCE_START = /[.!?]["'”’)]*\s+(?=["'“‘]?\p{Lu})/gu;

/**
 * A caption (or any sentence of eight words or more) printed twice in a row
 * inside one paragraph: image alt text and caption glued to the first body
 * sentence ("A logo of … — Reuters pic A logo of … — Reuters pic HONG KONG, …").
 * The copy is reported; ending in a credit makes it a caption.
 */
export function findDoubledSentences(doc: ArticleDoc): Finding[] {
  const out: Finding[] = [];
  doc.paragraphs.forEach((p, i) => {
    if (p.length < 2 * 40) return;
    const base = doc.starts[i] ?? 0;
    const tryAt = (s: number): number => {
      const key = p.slice(s, s + 24);
      const window = p.slice(s, s + MAX_REPEAT_LENGTH + 24);
      const j = window.indexOf(key, 40);
      if (j < 0) return -1;
      const body = p.slice(s, s + j).trimEnd();
      if (wordCount(body) < MIN_REPEAT_WORDS || !p.startsWith(body, s + j)) return -1;
      const after = p[s + j + body.length];
      if (after !== undefined && /[\p{L}\p{N}]/u.test(after)) return -1;
      const caption = CREDIT_TAIL.test(body) || isCaptionLike(body);
      out.push({
        kind: caption ? 'duplicated-caption' : 'duplicated-paragraph',
        start: base + s + j,
        end: base + s + j + body.length,
        message: caption ? 'A photo caption is printed twice in a row; this copy repeats it.' : 'A sentence is printed twice in a row; this copy repeats it.',
        fix: '',
      });
      return s + j + body.length;
    };
    const before = out.length;
    let next = tryAt(0);
    SENTENCE_START.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SENTENCE_START.exec(p)) !== null) {
      const s = m.index + m[0].length;
      if (s < next || p.length - s < 80) continue;
      next = tryAt(s);
    }
    // Spans with no sentence boundary to mark them: the head of the text (a headline glued twice) and
    // flattened blocks (a page that lost its paragraph breaks). Ordinary paragraphs are left to the
    // sentence-start search above, which keeps a big page cheap.
    if (out.length === before && (i < SPAN_HEAD_PARAGRAPHS || p.length >= MIN_FLATTENED_LENGTH)) doubledSpan(p, base, out);
  });
  return out;
}

/** Paragraphs at the head of the text searched for a repeated span whatever their length. */
const SPAN_HEAD_PARAGRAPHS = 3;
/** From this length a paragraph is read as a flattened block (several paragraphs run together). */
const MIN_FLATTENED_LENGTH = 1200;
/** Words a shingle holds: a repeat is looked up by its first words. */
const SHINGLE = 5;
/** A repeated span inside a paragraph is a headline or a sentence: this many words at most. */
const MAX_SPAN_WORDS = 80;

/** A word character: ASCII letters and digits, Latin-1 letters and up, minus general punctuation (’ “ ” – — …) and symbols. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7) || c >= 0x2c00;
}

/**
 * A span printed twice in a row inside one paragraph where no sentence
 * boundary marks it: a page flattened into one paragraph repeats its
 * headline ("… > Les levées de fonds … en 2023 Les levées de fonds … en 2023
 * Les start-up …"). One pass over the characters hashes each word; shingles
 * of five word hashes go into a map, so each word costs one lookup; a span is
 * compared word by word only when its first words recur eight to eighty
 * words later, under a cap, so a text of one word repeated stays linear.
 * The copy is reported.
 */
function doubledSpan(p: string, base: number, out: Finding[]): void {
  if (p.length < 80) return;
  const hashes: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const letters: boolean[] = [];
  let h = 0;
  let from = -1;
  let letter = false;
  for (let i = 0; i <= p.length; i++) {
    const c = i < p.length ? p.charCodeAt(i) : 32;
    if (isWordChar(c)) {
      if (from < 0) { from = i; h = 0x811c9dc5; letter = false; }
      h = Math.imul(h ^ c, 16777619);
      letter ||= c > 57 || c < 48;
    } else if (from >= 0) {
      hashes.push(h >>> 0);
      starts.push(from);
      ends.push(i);
      letters.push(letter);
      from = -1;
    }
  }
  const n = hashes.length;
  if (n < 2 * MIN_REPEAT_WORDS) return;
  const last = new Map<number, number>();
  let budget = 20 * n;
  for (let k = 0; k + SHINGLE <= n; k++) {
    let shingle = 0;
    for (let w = k; w < k + SHINGLE; w++) shingle = (Math.imul(shingle, 31) + hashes[w]!) | 0;
    const prev = last.get(shingle);
    last.set(shingle, k);
    if (prev === undefined) continue;
    const d = k - prev;
    if (d < MIN_REPEAT_WORDS || d > MAX_SPAN_WORDS || k + d > n || budget <= 0) continue;
    let same = true;
    for (let w = 0; w < d && same; w++) same = hashes[prev + w] === hashes[k + w];
    budget -= d;
    if (!same) continue;
    // Words, not figures: a table flattened into a line repeats its numbers and dates.
    let wordsWithLetters = 0;
    for (let w = k; w < k + d; w++) if (letters[w]) wordsWithLetters++;
    if (wordsWithLetters < MIN_REPEAT_WORDS || wordsWithLetters * 10 < d * 7) continue;
    const copyFrom = starts[k]!;
    const copyTo = ends[k + d - 1]!;
    const copy = p.slice(copyFrom, copyTo);
    if (looseKey(copy) !== looseKey(p.slice(starts[prev]!, ends[k - 1]!))) continue;
    const caption = CREDIT_TAIL.test(copy) || isCaptionLike(copy);
    out.push({
      kind: caption ? 'duplicated-caption' : 'duplicated-paragraph',
      start: base + copyFrom,
      end: base + copyTo,
      message: caption ? 'A photo caption is printed twice in a row; this copy repeats it.' : 'A headline or sentence is printed twice in a row inside this paragraph; this copy repeats it.',
      fix: '',
    });
    k += d - 1;
    last.clear();
  }
}

/** What a caption adds to a short alt text (a name): a labelled credit, "… . File Photo: LegCo", "… - Photo: AFP", "… (Crédit photo : X)". */
const SHORT_ALT_CREDIT = new RegExp(String.raw`^[.,]?\s*[-–—|(]?\s*(?:(?:File|Staff|Handout) )?${CREDIT_LABEL} ?: ?\S[^.]{1,60}\)?$`, 'u');

/**
 * Image alt text followed by its own caption with a credit: a paragraph,
 * then the same words again with "© DR" or "— Reuters pic" after them. The
 * alt-text copy is reported; the caption with its credit stays.
 */
export function findAltTextCaptions(doc: ArticleDoc): Finding[] {
  const out: Finding[] = [];
  const keys = keysOf(doc);
  const ps = doc.paragraphs;
  for (let i = 0; i + 1 < ps.length; i++) {
    const p = ps[i]!;
    const next = ps[i + 1]!;
    if (next.length <= p.length || next.length - p.length > 80 || wordCount(p) < 2) continue;
    if (!keys[i + 1]!.startsWith(keys[i]!) || !next.startsWith(p.trimEnd())) continue;
    // The caption adds only its credit, maybe after a full stop, its own full stop kept ("Jane Doe. File Photo: Acme.").
    const added = next.slice(p.trimEnd().length).replace(/\.\s*$/u, '');
    if (!CREDIT_TAIL.test(added) && !CREDIT_TAIL.test(next.trimEnd().replace(/\.$/u, ''))) continue;
    // A short alt text (a name) counts only when the caption adds nothing but a labelled credit to it.
    if (wordCount(p) < 5 && !SHORT_ALT_CREDIT.test(added)) continue;
    const start = doc.starts[i] ?? 0;
    out.push({ kind: 'duplicated-caption', start, end: start + p.length, message: 'Image alt text repeats the caption below it.', fix: '' });
  }
  return out;
}

const LIST_BULLET = /^[*•·–-]\s/u;

/**
 * The site speaking to its reader: a second-person word ("you", "your", "vous", "votre"), the site's own "our"/"notre"
 * (first person plural possessive), or an imperative opening the line ("Don't miss", "Sign up", "Ne manquez pas",
 * "Inscrivez-vous"). Image alt text describes a picture and never addresses the reader, so a line printed twice that
 * reads this way is a sign-up box's label and description (a newsletter pitch), not alt text and caption. Only read
 * on a line with no quotation marks: a caption quoting someone ("'We felt trapped,' she said") speaks in their voice.
 */
const READER_ADDRESS = /\b(?:you|your|yours|our|vous|votre|vos|notre|nos)\b|^(?:don['’]t|do not|never miss|sign up|subscribe|join|ne manquez|ne ratez|inscrivez|abonnez)\b/iu;
const QUOTE_MARK = /["“”«»]|(?:^|\s)['‘]/u;

/** A line in the site's voice to its reader (READER_ADDRESS), not in a quote. */
export function addressesReader(p: string): boolean {
  return READER_ADDRESS.test(p) && !QUOTE_MARK.test(p);
}

/**
 * A finished sentence at the end of a line. A caption line has none (alt text and captions are phrases), or is a credit;
 * duplicates.ts reads short repeats without one as headings repeated on purpose.
 */
export const ENDS_SENTENCE = /[.!?]["'”’)]*$/u;

/**
 * Image alt text and caption printed back to back: a paragraph repeated by
 * the very next one, when it reads as a caption (no final full stop, or a
 * credit), or a caption split over two paragraphs (text, then "Photo: …")
 * followed by the same caption on one line. The first copy is reported.
 */
export function findBackToBackCaptions(doc: ArticleDoc): Finding[] {
  const out: Finding[] = [];
  const keys = keysOf(doc);
  const ps = doc.paragraphs;
  const headline = headlineIndex(ps);
  const push = (from: number, to: number, message: string): void => {
    out.push({ kind: 'duplicated-caption', start: doc.starts[from] ?? 0, end: (doc.starts[to] ?? 0) + ps[to]!.length, message, fix: '' });
  };
  // The template's own short lines printed three times or more (site name, stamp, section label) are chrome, not a
  // caption printed twice: their runs are reported as boilerplate here, before the caption reading could take them.
  const chrome = repeatedChromeOf(doc);
  for (const r of chrome.runs) {
    out.push({ kind: 'boilerplate', start: doc.starts[r.from] ?? 0, end: (doc.starts[r.to] ?? 0) + ps[r.to]!.length, message: 'The page’s own short lines (site name, update stamp, section label) are printed over and over as chrome.', fix: '' });
  }
  // A module of teaser cards, each headline printed twice (link and title): the module is furniture, its doubled
  // headlines are no captions.
  const modules = teaserModules(ps, keys, headline);
  for (const m of modules) {
    out.push({ kind: 'boilerplate', start: doc.starts[m.from] ?? 0, end: (doc.starts[m.to] ?? 0) + ps[m.to]!.length, message: 'A module of teaser cards (each headline printed as a link and as a title) is left in the text.', fix: '' });
  }
  let module = 0;
  for (let i = 0; i + 1 < ps.length; i++) {
    while (module < modules.length && modules[module]!.to < i) module++;
    if (module < modules.length && modules[module]!.from <= i) { i = modules[module]!.to; continue; }
    const p = ps[i]!;
    const key = keys[i]!;
    if (chrome.keys.has(key)) continue;
    // A credit line printed twice in a row (image markup and its caption both credit the photo):
    // the pair is one artifact, so it is not reported as a lone credit (boilerplate) as well.
    if (key.length >= 8 && keys[i + 1] === key && isCreditLine(p)) {
      push(i, i + 1, 'A photo credit is printed twice in a row; both copies are left without their photo.');
      i++;
      continue;
    }
    // A title printed on both sides of its photo credit ("Road To Funding / Photo Credit: … / Road To Funding"):
    // the credit and the second copy go. Two words at least, so a lone label is not one.
    if (i + 2 < ps.length && key.length >= 8 && wordCount(p) >= 2 && keys[i + 2] === key && (isCreditLine(ps[i + 1]!) || PIPE_CREDIT.test(ps[i + 1]!.trim())) && !isCreditLine(p)) {
      push(i + 1, i + 2, 'A title is printed again under its photo credit (image caption); this copy repeats it.');
      i += 2;
      continue;
    }
    // The same caption twice in a row, each with its credit written its own way
    // ("Rapido drivers. (Source: Rapido)" / "Rapido drivers. Photo: Rapido"): the second copy goes.
    if (i + 1 < ps.length && p.length <= MAX_CAPTION_LENGTH && keys[i + 1] !== key && CREDIT_TAIL.test(p) && CREDIT_TAIL.test(ps[i + 1]!)) {
      const bare = captionKey(p);
      if (bare.length >= 12 && captionKey(ps[i + 1]!) === bare) {
        push(i + 1, i + 1, 'A photo caption is printed twice in a row with its credit written differently; this copy repeats it.');
        i++;
        continue;
      }
    }
    if (key.length < 16 || wordCount(p) < 4) continue;
    let end = -1;
    // Credited captions are grouped by findDuplicatedCaptions; list items and furniture are not captions.
    // A button label printed twice ("Télécharger au format pdf ou txt" above and below a viewer) is boilerplate (ui-labels.ts).
    if (LIST_BULLET.test(p) || isFurnitureLine(p) || isUiLabelLine(p)) continue;
    // Alt text is a phrase: a long lede repeated (a standfirst printed again as the first paragraph) is a duplicated paragraph.
    // The headline printed twice in a row at the top is a repeated headline (page title and article
    // heading), not alt text: duplicates.ts reports it.
    // A title in Title Case printed twice with no photo near it is a repeated title (duplicates.ts), not alt text.
    // A sign-up box's pitch printed twice (its label and its description) addresses the reader: no alt text.
    if (keys[i + 1] === key && !ENDS_SENTENCE.test(p.trimEnd()) && !isCaptionLike(p) && wordCount(p) <= MAX_ALT_TEXT_WORDS && i !== headline && !addressesReader(p)
      && !((isTitleCaseLine(p) || BYLINE_STAMP_OPENER.test(ps[i + 2] ?? '')) && !photoNear(ps, i)) && !pairInLinksBox(ps, i)) end = i;
    else if (i + 2 < ps.length && isCreditLine(ps[i + 1]!) && keys[i + 2] === key + keys[i + 1]!) end = i + 1;
    if (end < 0) continue;
    push(i, end, 'An image caption is printed twice in a row (alt text and caption); this copy repeats it.');
    i = end + 1;
  }
  return out;
}

/** A links box's title: a few words (a site's box prints short titles; a standfirst or a subhead runs longer) that close no sentence, and no photo credit. */
const MAX_LINK_TITLE_WORDS = 12;
/** A date, a time or a post's stamp: a blog's header lines around its title, not links ("Friday, February 14, 2020", "Posted: …"). */
const STAMP_LINE = /\d{1,2}:\d{2}|\b(?:19|20)\d{2}\b|^(?:posted|published|updated|by|publié|mis à jour|par)\b/iu;
/** Of the four lines around a doubled line (two above, two below the pair), this many titles make a links box. */
const MIN_LINK_BOX_NEIGHBOURS = 3;

/**
 * A line printed twice in a row inside a box of links (a related-links or "more on" box: titles one under another, one
 * of them doubled, This is Money's share-tips box, 661): the box is the site's furniture, the pair no image's alt text and
 * caption, which stand among prose or over a credit. The duplicates reader skips a repeat inside a list of links the
 * same way (inLinkList), and its title reader asks this of a title printed twice in a row. The pair starts at line i.
 */
export function pairInLinksBox(ps: readonly string[], i: number): boolean {
  const title = (j: number): boolean => {
    const q = ps[j];
    if (q === undefined) return false;
    const n = wordCount(q);
    return n >= 2 && n <= MAX_LINK_TITLE_WORDS && !ENDS_SENTENCE.test(q.trimEnd()) && !isCaptionCreditLine(q) && !STAMP_LINE.test(q);
  };
  let n = 0;
  for (const j of [i - 2, i - 1, i + 2, i + 3]) if (title(j)) n++;
  return n >= MIN_LINK_BOX_NEIGHBOURS;
}

/** A teaser cut by the module's ellipsis ("… new research shows....", "… plus de…"). */
const TEASER_CUT = /[\p{L}\p{N},;]\s?(?:…|\.{3,})["'”’»)]*$/u;
/** A module's label over its cards ("More … articles", "À lire aussi"): a few words, no sentence. */
const MAX_MODULE_LABEL_WORDS = 5;
/** A card's section label, printed between its headline's link and title: a word or three. */
const MAX_CARD_LABEL_WORDS = 3;
/** A module holds two cards at least: one doubled line alone is what an image's alt text and caption look like. */
const MIN_MODULE_CARDS = 2;

/**
 * A module of teaser cards ("More … articles", "Related", a section's latest) read as text: each card prints its
 * headline twice in a row (its link, then its title), maybe its teaser cut by an ellipsis, maybe the headline a third
 * time (the link again), and the next card starts right after. Read by structure: two such cards one after the other
 * at least. A doubled line there is the module's, not an image's alt text and caption (an image's pair stands alone
 * among prose); the module is the site's furniture, reported once as boilerplate, with its label line over it.
 * The page's headline printed twice opens the article, not a module. Returns the modules as paragraph ranges.
 */
function teaserModules(ps: readonly string[], keys: readonly string[], headline: number): Array<{ from: number; to: number }> {
  const modules: Array<{ from: number; to: number }> = [];
  const cardAt = (i: number): number => {
    const key = keys[i]!;
    // A line with a photo credit is a gallery's caption printed twice (alt text and caption), not a card's headline.
    if (i + 1 >= ps.length || key.length < 16 || wordCount(ps[i]!) < 4 || ENDS_SENTENCE.test(ps[i]!.trimEnd()) || isCaptionLike(ps[i]!)) return -1;
    // The title right under its link, or under the card's one-line section label between them ("… / Deals / …").
    const twice = keys[i + 1] === key ? i + 1 : keys[i + 2] === key && wordCount(ps[i + 1]!) <= MAX_CARD_LABEL_WORDS ? i + 2 : -1;
    if (twice < 0) return -1;
    let end = twice;
    if (end + 1 < ps.length && TEASER_CUT.test(ps[end + 1]!.trimEnd())) end++;
    if (end + 1 < ps.length && keys[end + 1] === key) end++;
    return end;
  };
  for (let i = 0; i < ps.length; i++) {
    // The page's own headline printed twice (page title and heading), maybe its dek too, opens the article, not a module.
    if (i === headline) continue;
    let end = cardAt(i);
    if (end < 0) continue;
    let cards = 1;
    for (let next = cardAt(end + 1); next >= 0; next = cardAt(end + 1)) { end = next; cards++; }
    if (cards >= MIN_MODULE_CARDS) {
      const label = i - 1;
      const from = label >= 0 && wordCount(ps[label]!) <= MAX_MODULE_LABEL_WORDS && !ENDS_SENTENCE.test(ps[label]!.trimEnd()) ? label : i;
      modules.push({ from, to: end });
    }
    i = end;
  }
  return modules;
}

/** Title Case: two thirds of the words of four letters or more are capitalised ("Today Crunch News, News Updates, Tech News"). */
function isTitleCaseLine(p: string): boolean {
  let long = 0;
  let upper = 0;
  for (const m of p.matchAll(LONG_WORD)) {
    long++;
    if (/^\p{Lu}/u.test(m[0])) upper++;
  }
  return long >= 2 && upper * 3 >= long * 2;
}
const LONG_WORD = /\p{L}[\p{L}'’-]{3,}/gu;

/** Words that say a photo is there: a caption is only read as one next to them. */
const PHOTO_WORD = /\b(?:photos?|photograph\w*|pictured?|pictures|images?|illustrations?|credits?|crédits?|getty|reuters|afp|shutterstock|unsplash|pexels|courtesy|file photo)\b|©/iu;
/** Lines on either side of a repeat searched for photo context. */
const PHOTO_REACH = 2;

/** A credit or a photo word on the line or within two lines of it. */
function photoNear(ps: readonly string[], i: number): boolean {
  for (let j = Math.max(0, i - PHOTO_REACH); j <= Math.min(ps.length - 1, i + 1 + PHOTO_REACH); j++) {
    const line = ps[j]!;
    if (line.length <= MAX_CAPTION_LENGTH && (PHOTO_WORD.test(line) || isCreditLine(line))) return true;
  }
  return false;
}

/** The headline sits in the first lines, under short labels ("Advertisements", a kicker) at most. */
const HEADLINE_ZONE = 4;

/** The headline's index: the first line of four words or more, if it comes within the first lines; -1 otherwise. */
export function headlineIndex(ps: readonly string[]): number {
  for (let i = 0; i < Math.min(ps.length, HEADLINE_ZONE); i++) if (wordCount(ps[i]!) >= 4) return i;
  return -1;
}

/** Image alt text longer than this is a paragraph of prose, not a caption. */
const MAX_ALT_TEXT_WORDS = 30;

/** A credit alone on its line: "Photo: Priyanka Parashar/Mint", "© DR", "(AP Photo/Jane Doe)". */
function isCreditLine(p: string): boolean {
  return p.length <= 80 && (((CREDIT_TAIL.test(p) || SPACED_CREDIT.test(p)) && /^(?:©|\(|photo|photos|picture|image|credit|crédit|illustration|source)/iu.test(p.trim())) || COURTESY_LINE.test(p.trim()));
}

/**
 * A photographer and outlet alone on a line, the credit NPR, USA Today and wire
 * galleries print under a caption: "Jane Doe/AP", "Jane Doe / The Desert Sun",
 * "JANE DOE/AFP via Getty Images". Read only next to a repeated caption.
 */
const NAME_SLASH_CREDIT = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3} ?\/ ?(?:[Tt]he )?\p{Lu}[\p{L}&'’.-]*(?: (?:via )?\p{Lu}[\p{L}&'’.-]*){0,4}$/u;

/**
 * A photographer, the agency and the picture library in fields set apart by bars, the credit CNBC prints under its
 * photos: "Jane Doe | AFP | Getty Images", "Jane Doe | Bloomberg | Getty Images" (534), "Jane Doe / Staff | Getty Images
 * News" (489, the photographer's role after a slash); BusinessLine prints the stock library's form with the
 * contributor's handle first, "3alexd | E+ | Getty Photography" (112). The first field is a name or a handle (any case,
 * digits, "_", "."), with an optional "/ Role"; the middle fields are capitalised; the last one names an agency.
 * Read only between two copies of a title, where nothing but a credit stands (a title on both sides is seen on CNBC 534;
 * 112 and 489 print the same credit forms alone, where other readers take them).
 */
const PIPE_CREDIT = new RegExp(String.raw`^[\p{L}\p{N}][\p{L}\p{N}'’._-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}(?: ?\/ ?\p{Lu}\p{L}+)?(?: ?\| ?[\p{Lu}\p{N}][\p{L}\p{N}&'’.+-]*(?: \p{Lu}[\p{L}&'’.-]*){0,3}){0,2} ?\| ?(?:${alternation(AGENCIES.filter((a) => a.length >= 3))})(?: \p{Lu}\p{L}+)?$`, 'u');

/** A credit on its own line, of any form. */
export function isCaptionCreditLine(p: string): boolean {
  return p.length <= 80 && (isCreditLine(p) || NAME_SLASH_CREDIT.test(p.trim()));
}

/** A caption-sized paragraph that closes on a credit. */
export function endsWithCredit(p: string): boolean {
  return p.length <= MAX_CAPTION_LENGTH && CREDIT_TAIL.test(p);
}

/** A courtesy credit alone on its line: "Courtesy Pexels", "Photo courtesy of Acme" (a few words, no sentence). */
const COURTESY_LINE = /^(?:(?:photo|image|picture)s? )?courtesy(?: of)?:? \S[^.!?]{0,50}$/iu;

/** A credit label with a space before its colon, as French typography sets it: "Image credit : XCOR Aerospace". */
const SPACED_CREDIT = /^(?:photo|photos|picture|image|credit|photo credit|image credit)s? : ?\S[^.]{1,60}$/iu;

/** Key characters two copies of a caption must share at their start before one is read as a cut copy of the other. */
const CUT_KEY = 40;
/** A copy cut short: an ellipsis, or no sentence punctuation at its end. */
const CUT_COPY_END = /(?:…|\.\.\.)$|[^.!?"'”’)\]]$/u;

/** The caption without the credit at its end: two copies credit the same photo in different forms. */
function captionKey(p: string): string {
  const trimmed = p.replace(/\?\?/g, '').trimEnd();
  const m = CREDIT_TAIL.exec(trimmed);
  return looseKey(m && m.index > 0 ? trimmed.slice(0, m.index) : trimmed);
}

/**
 * A caption printed twice where one copy is cut short ("A worker checks a robot
 * arm in Shenzhen, Guangd…") or credits the photo in another form
 * ("(AP Photo/Jane Doe)" / "Photo: Jane Doe / AP"). The longer copy must carry
 * a credit, and the shorter one must be credited too or visibly cut, so a
 * body sentence that opens like a caption stays. The shorter copy is reported
 * (the later one when both are whole). One map lookup per paragraph.
 */
export function findCutCaptionCopies(doc: ArticleDoc): Finding[] {
  const ps = doc.paragraphs;
  const byHead = new Map<string, number[]>();
  const keys: string[] = [];
  ps.forEach((p, i) => {
    const captionish = p.length <= MAX_CAPTION_LENGTH && (isCaptionLike(p) || CREDIT_TAIL.test(p) || CUT_COPY_END.test(p));
    const key = captionish ? captionKey(p) : '';
    keys.push(key);
    if (key.length < CUT_KEY) return;
    const head = key.slice(0, CUT_KEY);
    const list = byHead.get(head);
    if (!list) byHead.set(head, [i]);
    else if (list.length < 4) list.push(i);
  });
  const out: Finding[] = [];
  const reported = new Set<number>();
  for (const list of byHead.values()) {
    if (list.length < 2) continue;
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const i = list[a]!;
        const j = list[b]!;
        const [short, long] = keys[i]!.length < keys[j]!.length ? [i, j] : [j, i];
        if (!keys[long]!.startsWith(keys[short]!)) continue;
        // Copies equal credit and all are findDuplicatedCaptions' (it keeps the cleanest copy).
        if (looseKey(ps[i]!.replace(/\?\?/g, '')) === looseKey(ps[j]!.replace(/\?\?/g, ''))) continue;
        const longCredited = isCaptionLike(ps[long]!) || CREDIT_TAIL.test(ps[long]!);
        const shortCredited = isCaptionLike(ps[short]!) || CREDIT_TAIL.test(ps[short]!);
        if (!longCredited || !(shortCredited || CUT_COPY_END.test(ps[short]!.trimEnd()))) continue;
        // The same words, both whole: the later copy repeats the first.
        const victim = keys[short]!.length === keys[long]!.length ? Math.max(i, j) : short;
        if (reported.has(victim)) continue;
        reported.add(victim);
        const start = doc.starts[victim] ?? 0;
        out.push({
          kind: 'duplicated-caption', start, end: start + ps[victim]!.length,
          message: victim === short && keys[short]!.length < keys[long]!.length
            ? 'A photo caption is printed twice; this copy is cut short.'
            : 'A photo caption is printed twice with its credit written differently; this copy repeats it.',
          fix: '',
        });
      }
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** HTML tags printed as text: "<div class=\"paragraphs\"><p>", "</p></div>". */
const PRINTED_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]{0,200})?\/?>/giu;
/** Character references printed as text: "&nbsp;", "&#8217;", "&amp;". */
const PRINTED_ENTITY = /&(?:[a-z]{2,8}|#\d{1,6}|#x[0-9a-f]{1,5});/giu;
/** A caption or alt text is short; a longer twin is a repeated paragraph. */
const MAX_MARKUP_CAPTION_WORDS = 30;
/** The plain copy sits this close to the one in markup. */
const MARKUP_TWIN_REACH = 2;

/**
 * A caption printed twice, once inside its escaped HTML ("<div …><p>Rapido
 * drivers. (Source: Rapido)&nbsp;</p></div>") and once as plain text next to
 * it. Tags and references are dropped before the two are compared; the plain
 * copy is reported (the markup is escaped-entity's, and its repair leaves the
 * caption once).
 */
export function findMarkupCaptionTwins(doc: ArticleDoc): Finding[] {
  const ps = doc.paragraphs;
  const keys = keysOf(doc);
  const out: Finding[] = [];
  const reported = new Set<number>();
  ps.forEach((p, i) => {
    if (p.length > 2000 || !(p.includes('<') || p.includes('&lt;'))) return;
    // Markup escaped once more ("&lt;p&gt;") reads the same once its brackets are back.
    const markup = p.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    PRINTED_TAG.lastIndex = 0;
    if (!PRINTED_TAG.test(markup)) return;
    const key = looseKey(markup.replace(PRINTED_TAG, ' ').replace(PRINTED_ENTITY, ' '));
    if (key.length < 12) return;
    for (let j = Math.max(0, i - MARKUP_TWIN_REACH); j <= Math.min(ps.length - 1, i + MARKUP_TWIN_REACH); j++) {
      if (j === i || reported.has(j) || keys[j] !== key || ps[j]!.includes('<') || ps[j]!.includes('&lt;')) continue;
      reported.add(j);
      const caption = wordCount(ps[j]!) <= MAX_MARKUP_CAPTION_WORDS;
      const start = doc.starts[j] ?? 0;
      out.push({
        kind: caption ? 'duplicated-caption' : 'duplicated-paragraph',
        start, end: start + ps[j]!.trimEnd().length,
        message: caption ? 'An image caption is printed twice: once inside its HTML markup, once as text; this copy repeats it.' : 'A paragraph is printed twice: once inside its HTML markup, once as text; this copy repeats it.',
        fix: '',
      });
    }
  });
  return out;
}
