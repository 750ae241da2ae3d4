/**
 * Paragraphs printed twice: a standfirst repeated as a body paragraph, a
 * teaser repeated by a print replica. Hash map on a loose key, so one pass.
 */
import type { ArticleDoc, Finding } from './context';
import { isProse, keysOf, looseKey, repeatedChromeOf, tail, wordCount } from './context';
import { isDanglingWord } from './truncated';
import { isFurnitureLine } from './boilerplate';
import { addressesReader, endsWithCredit, ENDS_SENTENCE, isCaptionCreditLine, pairInLinksBox } from './captions';
import { findMergedStories } from './merged-stories';
import { readMoreLabelPattern } from './lexicon';

/** Shorter repeats are legitimate refrains ("Read the full story"), not duplicated paragraphs. */
const MIN_WORDS = 8;
/** Headings repeated on purpose (a table of contents) are shorter than this; a headline printed twice is not. */
const MIN_HEADLINE_WORDS = 8;
/** The headline printed again after the body counts from this many words ("Acme raises $5M" is three). */
const MIN_HEADLINE_AGAIN_WORDS = 4;
/** Paragraphs of prose between the headline and its copy: a repeat right under it is a kicker or a subtitle. */
const MIN_BODY_BETWEEN = 2;
/** A paragraph glued in front of another is looked up among prefixes this long at most. */
const MAX_PREFIX_WORDS = 60;

const WORD_AT = /[\p{L}\p{N}]+/gu;

/** Reference-list entries ("^ Bogue, Mike (2017)…", "[3] …") legitimately repeat a source. */
const REFERENCE = /^(?:\^|↑|\[\d+\])/u;
/** A photo credit line. */
const CREDIT_LINE = /^(?:credits?|photo|photos|image|picture|source|©)/i;
/** A copyright or rights notice: "© 2024 TechCrunch. All rights reserved.", "Tous droits réservés". */
const RIGHTS_LINE = /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b|\btous droits réservés\b|\bfor personal use only\b/iu;

/** A list of links: at least this many of a line's four nearest neighbours are link-like lines too. */
const MIN_LINK_NEIGHBOURS = 3;
/** A link's title is a line of a few words that closes no sentence. */
const MAX_LINK_WORDS = 25;

/**
 * Line i sits in a list of links: it and three of its four nearest neighbours (two above, two below) are short
 * lines that close no sentence (headline titles one under another, as a menu or a "most read" box prints them).
 */
function inLinkList(ps: readonly string[], letters: readonly number[], i: number): boolean {
  const link = (j: number): boolean => j >= 0 && j < ps.length && letters[j]! >= 2 && letters[j]! <= MAX_LINK_WORDS && !ENDS_SENTENCE.test(tail(ps[j]!, 8));
  if (!link(i)) return false;
  let n = 0;
  for (const j of [i - 2, i - 1, i + 1, i + 2]) if (link(j)) n++;
  return n >= MIN_LINK_NEIGHBOURS;
}

/** The loose key of a paragraph's first MIN_WORDS words. */
function openingOf(p: string): string {
  let key = '';
  let n = 0;
  // Eight words fit in the head of a paragraph: no need to walk a long one.
  for (const m of p.slice(0, 400).matchAll(WORD_AT)) {
    key += m[0].toLowerCase();
    if (++n >= MIN_WORDS) break;
  }
  return key;
}

const LETTER = /\p{L}/u;

/**
 * Runs of two letters or more (what /\p{L}{2,}/gu would match), counted in
 * one pass without building the match array: every paragraph is counted.
 */
function letterWords(p: string): number {
  let n = 0;
  let run = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    let letter: boolean;
    let width = 1;
    if (c < 128) letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    else if (c >= 0xd800 && c <= 0xdbff) {
      letter = LETTER.test(p.slice(i, i + 2));
      width = 2;
    } else letter = LETTER.test(p[i]!);
    if (letter) {
      if (++run === 2) n++;
    } else run = 0;
    i += width - 1;
  }
  return n;
}

/** A rights notice or a furniture label: repeated under every item of a feed, it is boilerplate's, whoever reports it. */
function leftToBoilerplate(p: string): boolean {
  return (p.length <= 200 && RIGHTS_LINE.test(p)) || isFurnitureLine(p);
}

/**
 * A sign-up pitch printed word for word twice by its box (label and description): a line addressing the reader
 * ("Don't miss … with our free newsletter", captions.ts addressesReader) with no sentence end. Boilerplate's too.
 */
function isRepeatedPitch(p: string): boolean {
  return !ENDS_SENTENCE.test(tail(p)) && addressesReader(p);
}

/**
 * A photographer's name set in capitals over a caption: two to four words of capitals, maybe an agency after a slash
 * ("KEVIN SCANLON", "MARY-ANN O'NEIL / REUTERS", "JEAN DUPONT/AFP"). A kicker in capitals ("COVER STORY") has the
 * same shape, which is why it only counts right over a repeat of an earlier paragraph.
 */
const CAPS_CREDIT_LINE = /^\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]*){1,3}(?: ?\/ ?\p{Lu}[\p{Lu}\p{L} .&-]{1,30})?$/u;

/** A caption is a few lines at most; longer repeats are paragraphs whatever follows them. */
const MAX_CAPTION_CHARS = 300;

/** A summary cut by the page's ellipsis after a word or a full stop ("… since 2008...", "… qui…"). */
const SUMMARY_CUT = /[\p{L}\p{N}.,;]\s?(?:…|\.{3})["'”’»)]*$/u;

export function findDuplicatedParagraphs(doc: ArticleDoc, skip: (i: number) => boolean): Finding[] {
  const first = new Map<string, number>();
  const out: Finding[] = [];
  // Computed once per paragraph: these are the costly parts on a 10 MB text.
  const keys = keysOf(doc);
  const letters = doc.paragraphs.map(letterWords);
  const candidate = (i: number, p: string): boolean =>
    !skip(i) && (letters[i]! >= MIN_WORDS || (keys[i] === keys[0] && letters[i]! >= MIN_HEADLINE_AGAIN_WORDS)) && !/&(?:lt|gt|amp);/.test(p) && !REFERENCE.test(p);
  // Paragraphs of prose before each index (a prefix count, so "is there body text between" is one subtraction).
  const proseBefore: number[] = [0];
  doc.paragraphs.forEach((p, i) => proseBefore.push(proseBefore[i]! + (isProse(p) && ENDS_SENTENCE.test(tail(p)) ? 1 : 0)));
  const bodyBetween = (a: number, b: number): boolean => proseBefore[b]! - proseBefore[a + 1]! >= MIN_BODY_BETWEEN;
  const lastAt = new Map<string, number>();
  keys.forEach((k, i) => lastAt.set(k, i));
  // A heading whose neighbour also comes back later is a table-of-contents entry; a credit
  // line ("CreditPhoto Illustration by …") repeats under every photo it credits. A neighbour
  // seen only before (a menu item above the headline) says nothing about a contents list.
  const isTocOrCredit = (first: number, p: string): boolean =>
    CREDIT_LINE.test(p) || [first - 1, first + 1].some((j) => keys[j] !== keys[first] && (lastAt.get(keys[j] ?? '') ?? -1) > j && (keys[j]?.length ?? 0) > 0);
  // Where other stories start, read only when a repeat needs it (most texts have none).
  let storyStarts: number[] | null = null;
  const storyStartBetween = (from: number, to: number): boolean => {
    storyStarts ??= findMergedStories(doc).map((f) => f.start).sort((a, b) => a - b);
    // The first start after `from` (binary search: a page of thousands of repeats asks this thousands of times).
    let lo = 0;
    let hi = storyStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (storyStarts[mid]! <= from) lo = mid + 1;
      else hi = mid;
    }
    return lo < storyStarts.length && storyStarts[lo]! < to;
  };
  doc.paragraphs.forEach((p, i) => {
    if (!candidate(i, p)) return;
    const key = keys[i]!;
    const seen = first.get(key);
    if (seen === undefined) {
      first.set(key, i);
      return;
    }
    // A short repeat without a full stop is a heading repeated on purpose (a table of contents);
    // from eight words on it is a headline printed twice (page title and article headline).
    // The text's first line (the headline) printed again after the body is a repeat whatever its length.
    const headlineAgain = seen === 0 && letters[i]! >= MIN_HEADLINE_AGAIN_WORDS && key.length >= 20 && bodyBetween(0, i) && !isTocOrCredit(seen, p);
    // A short first line is a candidate only as the headline printed again: when it is not (its neighbour comes back
    // with it: "Autumn in America: Highlands, N.C." over "Homeless man's decision …" at the head and the foot),
    // it is a promo module framing the page, left to the boilerplate rules, even when it ends on "N.C.".
    if (seen === 0 && letters[i]! < MIN_WORDS && !headlineAgain) return;
    if (!ENDS_SENTENCE.test(tail(p)) && !headlineAgain && (letters[i]! < MIN_HEADLINE_WORDS || isTocOrCredit(seen, p))) return;
    // Checked only for repeats: the furniture test is the costly part on a big page.
    if (leftToBoilerplate(p) || isRepeatedPitch(p)) return;
    // Both copies inside a list of links (a menu, a "most read" box printed twice): furniture, not a paragraph repeated.
    if (!headlineAgain && inLinkList(doc.paragraphs, letters, seen) && inLinkList(doc.paragraphs, letters, i)) return;
    // Each copy with a credit line under it ("Jane Doe/The Desert Sun") is a photo caption printed before and after its photo;
    // so are two copies back to back over one credit line (alt text and caption: "LOS ANGELES, CA - JUNE 07: …" twice,
    // then "Jane Doe/Getty Images").
    const ps = doc.paragraphs;
    // A copy right under a photographer's name set in capitals ("KEVIN SCANLON", "JEAN DUPONT / AFP") is the photo's caption:
    // the dek printed again under its lead image.
    if (p.length <= MAX_CAPTION_CHARS && ((isCaptionCreditLine(ps[i + 1] ?? '') && (seen === i - 1 || isCaptionCreditLine(ps[seen + 1] ?? ''))) || CAPS_CREDIT_LINE.test(ps[i - 1] ?? ''))) {
      out.push({ ...paragraphFinding(doc, i, 'A photo caption is printed again with its credit; this copy repeats it.'), kind: 'duplicated-caption' });
      return;
    }
    // Copies on either side of where another story starts (a channel page: each story's header carries the series
    // blurb) are each story's own: the page is merged stories, reported as such, not one story repeating itself.
    if (storyStartBetween(doc.starts[seen] ?? 0, doc.starts[i] ?? 0)) return;
    out.push(paragraphFinding(doc, i, headlineAgain && !ENDS_SENTENCE.test(tail(p)) ? 'The headline is printed again after the article.' : 'This paragraph repeats an earlier one word for word.'));
  });
  // A short paragraph that also opens another paragraph (a teaser glued to the next line):
  // short paragraphs are indexed by their first words, so each paragraph costs one lookup.
  const byOpening = new Map<string, number[]>();
  for (const i of first.values()) {
    if (letters[i]! > MAX_PREFIX_WORDS || letters[i]! < MIN_WORDS) continue;
    const opening = openingOf(doc.paragraphs[i]!);
    const list = byOpening.get(opening);
    if (!list) byOpening.set(opening, [i]);
    else if (list.length < 8) list.push(i);
  }
  const reported = new Set(out.map((f) => f.start));
  // A copy another detector claimed (alt text before its caption) settles that text.
  const claimedKeys = new Set<string>();
  doc.paragraphs.forEach((_, i) => { if (skip(i)) claimedKeys.add(keys[i]!); });
  // Every paragraph's opening is looked up: skipped when no short paragraph could open another.
  if (byOpening.size > 0) doc.paragraphs.forEach((p, i) => {
    if (skip(i)) return;
    const list = byOpening.get(openingOf(p));
    if (!list) return;
    const whole = keys[i]!;
    for (const other of list) {
      if (other === i) continue;
      const shortKey = keys[other]!;
      if (whole === shortKey || !whole.startsWith(shortKey) || claimedKeys.has(shortKey)) continue;
      // A question printed after the paragraph it opens is a section heading taking up the intro's question
      // ("Qu’est-ce qu’une levée de fonds ?" heading the section the intro announced), not a glued copy.
      if (other > i && /\?\s*$/u.test(doc.paragraphs[other]!)) continue;
      // The glued copy must break at a word boundary: the next character starts a new word.
      const start = doc.starts[other] ?? 0;
      // The longer paragraph stands above and stops on an ellipsis: a summary built from the body's opening paragraphs
      // and cut (under the headline), then the body itself. The summary is the copy, not the body's first paragraph.
      if (i < other && SUMMARY_CUT.test(tail(doc.paragraphs[i]!))) {
        const at = doc.starts[i] ?? 0;
        if (!reported.has(at) && !reported.has(start)) {
          reported.add(at);
          reported.add(start);
          out.push(paragraphFinding(doc, i, 'This summary repeats the opening paragraphs of the article below it, cut off by an ellipsis.'));
        }
        continue;
      }
      if (!reported.has(start) && !leftToBoilerplate(doc.paragraphs[other]!)) {
        reported.add(start);
        // A copy that stops on a function word ("… to restore WeWork as") was cut, not glued: the sentence is missing its end.
        const cutWord = /(\p{L}+)$/u.exec(tail(doc.paragraphs[other]!))?.[1];
        const cutOn = cutWord?.toLowerCase();
        if (cutWord !== undefined && cutOn !== undefined && isDanglingWord(cutWord)) {
          out.push({ ...paragraphFinding(doc, other, `This paragraph is a copy of another one cut off after “${cutOn}”.`), kind: 'truncated-sentence' });
        } else if (COPY_CUT_OPEN.test(doc.paragraphs[other]!)) {
          // The copy stops on a comma or an ellipsis where the full paragraph goes on: a teaser or summary cut at a fixed length.
          const from = lastSentenceAt(doc.paragraphs[other]!);
          out.push({ kind: 'truncated-sentence', start: start + from, end: start + doc.paragraphs[other]!.length, message: 'This copy stops mid-sentence; the full paragraph follows elsewhere.', fix: null });
        } else {
          // The longer copy is the same words with a credit after them: a caption printed once bare, once credited.
          const credited = endsWithCredit(doc.paragraphs[i]!) || endsWithCredit(doc.paragraphs[other]!) || outletSuffixed(doc.paragraphs[i]!, doc.paragraphs[other]!, Math.min(i, other)) || creditLineUnder(doc, other);
          const pullQuote = !credited && isPullQuoteCopy(doc.paragraphs, other, i);
          // The headline on its own line at the top also opening a longer paragraph: the copy glued there is the residue.
          if (!credited && !pullQuote && headlineGluedInto(doc, other, i, reported, out)) continue;
          out.push(credited
            ? { ...paragraphFinding(doc, other, 'A photo caption is printed twice, once with its credit; this copy repeats it.'), kind: 'duplicated-caption' }
            : pullQuote
              ? { ...paragraphFinding(doc, other, 'A pull-quote repeats the opening of a paragraph further down; this copy is the box.'), kind: 'broken-pull-quote' }
              : paragraphFinding(doc, other, 'This paragraph is repeated inside another paragraph.'));
          // A copy that stops mid-sentence (no final punctuation, the full copy goes on) was cut there too:
          // an archive teaser cut at a fixed length, then the full paragraph.
          const copy = doc.paragraphs[other]!;
          // It must hold a finished sentence before the cut, or the full copy must go on in lower case
          // there ("…, ask" / "…, ask questions"): a headline glued in front of the next line does neither.
          const cut = CUT_MID_SENTENCE.test(tail(copy)) && whole.length > shortKey.length + 8;
          const from = cut ? lastSentenceAt(copy) : 0;
          if (cut && (from > 0 || /^ \p{Ll}/u.test(doc.paragraphs[i]!.startsWith(copy) ? doc.paragraphs[i]!.slice(copy.length, copy.length + 2) : ''))) {
            out.push({ kind: 'truncated-sentence', start: start + from, end: start + copy.length, message: 'This copy stops mid-sentence; the full paragraph follows elsewhere.', fix: null, nested: true });
          }
        }
      }
    }
  });
  gluedHeadlineCopies(doc, skip, reported, out);
  gluedLabelCopies(doc, skip, letters, reported, out);
  hardWrappedRepeats(doc, skip, reported, out);
  creditedCaptionsInBody(doc, skip, reported, out);
  nearTitleRepeats(doc, skip, reported, out);
  return out;
}

/**
 * The longer copy is the shorter one plus a dash and a source ("… les diversifications - Les Echos",
 * "Workers at the plant — Reuters", "The new campus | Acme Corp"): a caption printed bare (alt text) and
 * again with its credit. On the first line the same shape is a page title with the site's name over
 * the headline, so a pair that starts there is left out.
 */
const OUTLET_SUFFIX = /^ ?[-–—|] ?\p{Lu}[\p{L}&'’.]*(?: (?:\p{Lu}[\p{L}&'’.]*|de|du|des|la|le|les|of|the|via)){0,4}$/u;
/**
 * The same credit glued to the caption's last sentence with no break at all, as a credit line loses its own line:
 * "… will open 30 new stores in 2023.Southeast Missourian file" (Southeast Missourian 547; The Times 214 glues its
 * "JAMES ROSS /EPA" the same way, read there by its agency). Two to five words, capitalised or a credit's small words,
 * never a "read more" link glued to a paragraph.
 */
const GLUED_SOURCE = /^\p{Lu}[\p{L}&'’.]*(?: (?:\p{Lu}[\p{L}&'’.]*|de|du|des|la|le|les|of|the|via|file|photo|photos)){1,4}$/u;
const READ_MORE_TAIL = new RegExp(String.raw`^(?:${readMoreLabelPattern('any')})$`, 'iu');
function outletSuffixed(whole: string, short: string, firstIndex: number): boolean {
  if (firstIndex < 1 || whole.length <= short.length || !whole.startsWith(short)) return false;
  const suffix = whole.slice(short.length);
  return OUTLET_SUFFIX.test(suffix) || (ENDS_SENTENCE.test(short) && GLUED_SOURCE.test(suffix) && !READ_MORE_TAIL.test(suffix));
}

/** A short title counts from three words ("Types of Funding for Startups" is five). */
const MIN_NEAR_TITLE_WORDS = 3;
const MAX_NEAR_TITLE_WORDS = 30;
/**
 * The copy comes back within this many lines: a byline and share block between
 * the two, which on news and podcast pages runs to a dozen short lines
 * ("By … / Published … / 5 min read / Share / Facebook / X / LinkedIn / Email / Copy link").
 */
const NEAR_TITLE_REACH = 12;
/** Lines between the copies are metadata, not body: this many words at most each. */
const MAX_BETWEEN_WORDS = 12;
const LIST_BULLET = /^(?:[*•·–-]|\d{1,2}[.)])\s/u;
/** A byline, date, stamp or share line: what stands between a headline and its copy under the page header. */
const META_LINE = /\b(?:by|par|published|updated|posted|publié|mis à jour|share|partager|partagez|min read|lecture|author|auteur|news room|newsroom|staff|rédaction)\b|\b(?:19|20)\d{2}\b|\d{1,2}:\d{2}/iu;
/** A caption or credit ("Illustration by Jane Doe", "Caption of the figure"): repeated with its photos, captions.ts's. */
const PHOTO_LINE = /\b(?:photos?|photograph\w*|pictured?|pictures|images?|illustrations?|captions?|figures?|credits?|crédits?|getty|shutterstock|unsplash|pexels|courtesy)\b|©/iu;

/**
 * A title printed twice close together: right under itself (page title and
 * article heading) or again after the byline and share block ("Headline /
 * News Room / Last updated … / Share / Headline"). Short titles count here
 * (a contents list repeats its headings far apart, with body between); the
 * lines between must all be short metadata, and the neighbours of the two
 * copies must differ (a menu printed twice repeats as a block). The later
 * copy is reported.
 */
function nearTitleRepeats(doc: ArticleDoc, skip: (i: number) => boolean, reported: Set<number>, out: Finding[]): void {
  const ps = doc.paragraphs;
  const keys = keysOf(doc);
  const lastSeen = new Map<string, number>();
  const lastAt = new Map<string, number>();
  keys.forEach((k, i) => lastAt.set(k, i));
  // A short line the page prints three times or more is its chrome (site name, stamp), not a title printed again.
  const chrome = repeatedChromeOf(doc).keys;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    if (chrome.has(keys[i]!)) continue;
    const words = p.length <= 300 ? wordCount(p) : MAX_NEAR_TITLE_WORDS + 1;
    if (words < MIN_NEAR_TITLE_WORDS || words > MAX_NEAR_TITLE_WORDS || ENDS_SENTENCE.test(tail(p)) || LIST_BULLET.test(p) || !/^["'‘“«\p{Lu}\p{N}]/u.test(p.trimStart())) continue;
    const key = keys[i]!;
    if (key.length < 12 || letterWords(p) < MIN_NEAR_TITLE_WORDS) continue;
    const prev = lastSeen.get(key);
    lastSeen.set(key, i);
    // A copy another detector claimed (alt text before its caption) settles the pair.
    if (prev === undefined || i - prev > NEAR_TITLE_REACH || skip(i) || skip(prev) || reported.has(doc.starts[i] ?? 0) || PHOTO_LINE.test(p)) continue;
    let between = true;
    for (let k = prev + 1; k < i && between; k++) between = ps[k]!.length <= 300 && wordCount(ps[k]!) <= MAX_BETWEEN_WORDS;
    if (!between) continue;
    // Apart, the copies straddle page metadata (byline, date, share buttons); around another label ("Chapter one") they are the page's own.
    if (i - prev > 1) {
      let meta = false;
      for (let k = prev + 1; k < i && !meta; k++) meta = META_LINE.test(ps[k]!);
      if (!meta) continue;
    }
    // A line between the copies that comes back later is a contents entry: the first copy was one too.
    let contents = false;
    for (let k = prev + 1; k < i && !contents; k++) contents = wordCount(ps[k]!) >= MIN_NEAR_TITLE_WORDS && (lastAt.get(keys[k]!) ?? -1) > i;
    if (contents) continue;
    // A block printed twice (a menu, a pair of labels) repeats the copy's neighbours too.
    if (i - prev > 1 && (keys[prev + 1] === keys[i + 1] || keys[prev - 1] === keys[i - 1])) continue;
    if (leftToBoilerplate(p) || isRepeatedPitch(p)) continue;
    // A title doubled in a box of links (the site's related-links box printing one link twice) is the box's, not the page's title.
    if (i - prev === 1 && pairInLinksBox(ps, prev)) continue;
    reported.add(doc.starts[i] ?? 0);
    out.push(paragraphFinding(doc, i, i - prev === 1 ? 'A title is printed twice in a row; this copy repeats it.' : 'The title is printed again a few lines below (after the byline or share block); this copy repeats it.'));
  }
}

/** Lines at the top where a headline and its copies stand. */
const TOP_ZONE = 6;
/** A headline is a few words at least; shorter lines are labels. */
const MIN_GLUED_HEADLINE_WORDS = 4;
const MAX_GLUED_HEADLINE_WORDS = 30;

/** A sentence's end inside a line, the next sentence opening with a capital: "… questions? That’s …". */
const SENTENCE_INSIDE = /[.!?]["'”’)]*\s+["“‘«]?\p{Lu}/u;
/** A heading's last character: a letter, a digit, a closing quote or bracket (no sentence end, no colon opening a list). */
const HEADING_END = /[\p{L}\p{N}"'”’»)]$/u;

/**
 * The page's headline standing on its own line at the top (a few words, no sentence end) and printed again at the
 * start of a longer paragraph with other text after it: the page title with the site's name ("Headline - Action
 * News"), a letterhead's address glued after the title of a PDF, a headline run into the standfirst. The stand-alone
 * line is the article's heading; the copy in front of the other text is the residue, so its span there is reported
 * (reported once; the heading line itself is marked as settled). A hard-wrapped line (the next line goes on with the
 * same sentence inside the longer paragraph) and a teaser cut after its first sentence are no headings.
 */
function headlineGluedInto(doc: ArticleDoc, heading: number, glued: number, reported: Set<number>, out: Finding[]): boolean {
  const ps = doc.paragraphs;
  const copy = ps[heading]!.trim();
  const words = wordCount(copy);
  if (heading >= TOP_ZONE || words < MIN_GLUED_HEADLINE_WORDS || words > MAX_GLUED_HEADLINE_WORDS || !HEADING_END.test(copy)) return false;
  // A headline is one phrase: a copy holding a sentence's end is a teaser or a lede cut short (hardWrapped and the
  // cut-copy reading keep those).
  if (SENTENCE_INSIDE.test(copy)) return false;
  const long = ps[glued]!;
  const lead = long.length - long.trimStart().length;
  if (!long.startsWith(copy, lead)) return false;
  // A copy the longer paragraph goes on from in lower case ("… and ask them" / "… and ask them questions?") was cut
  // mid-sentence: a teaser, not a headline (a glued headline runs into a capital, a digit or the site's name).
  if (/^\s\p{Ll}/u.test(long.slice(lead + copy.length, lead + copy.length + 2))) return false;
  const next = (ps[heading + 1] ?? '').trim();
  if (next.length > 0 && long.startsWith(`${copy} ${next.slice(0, 20)}`, lead)) return false;
  const at = (doc.starts[glued] ?? 0) + lead;
  reported.add(doc.starts[heading] ?? 0);
  if (!reported.has(at)) {
    reported.add(at);
    out.push({ kind: 'duplicated-paragraph', start: at, end: at + copy.length, message: 'The headline is printed again at the start of another paragraph, with other text after it; this copy repeats it.', fix: '' });
  }
  return true;
}

/**
 * At the top, a headline printed twice where one copy has junk glued to it
 * without a space, after it ("… une fraude après l’autre02/07/2025…/une.jpg")
 * or before it ("alleywatch-logoWhy is traction so squishy?"). The glued
 * letter or digit is what tells it from a headline that merely opens a
 * standfirst ("Acme raises $5M, the company said …"). The later copy is
 * reported: the clean line, or the copy's span inside the glued one. A
 * handful of lines, so every pair is compared.
 */
/** Capitalised nav labels run together: "HomeTech", "AccueilÉconomie", "NewsStartups". */
const BREADCRUMB_LABELS = /^(?:\p{Lu}[\p{Ll}&]+){1,5}$/u;

function gluedHeadlineCopies(doc: ArticleDoc, skip: (i: number) => boolean, reported: Set<number>, out: Finding[]): void {
  const ps = doc.paragraphs;
  const top = Math.min(ps.length, TOP_ZONE);
  for (let c = 0; c < top; c++) {
    const copy = ps[c]!.trim();
    const words = wordCount(copy);
    if (skip(c) || words < MIN_GLUED_HEADLINE_WORDS || words > MAX_GLUED_HEADLINE_WORDS || ENDS_SENTENCE.test(copy)) continue;
    if (!/^[\p{L}\p{N}]/u.test(copy) || !/[\p{L}\p{N}]$/u.test(copy)) continue;
    for (let g = 0; g < top; g++) {
      const glued = ps[g]!;
      // The glued line may be claimed already (its junk is furniture): the copy inside it still counts.
      if (g === c || glued.length <= copy.length + 3) continue;
      // Where the copy sits inside the glued line, with a letter or digit right against it.
      let at = -1;
      if (glued.startsWith(copy) && /[\p{L}\p{N}]/u.test(glued[copy.length]!)) at = 0;
      else if (glued.endsWith(copy) && /[\p{L}\p{N}]/u.test(glued[glued.length - copy.length - 1]!)) at = glued.length - copy.length;
      if (at < 0) continue;
      // Nav labels glued before an earlier copy ("HomeTech" + headline) make that line a breadcrumb that
      // another detector claimed whole: the clean line under it is the headline itself, not a repeat.
      // An image slug glued there ("alleywatch-logo") is no breadcrumb: the clean line is still the repeat.
      if (g < c && at > 0 && skip(g) && BREADCRUMB_LABELS.test(glued.slice(0, at))) break;
      const later = c > g ? { start: doc.starts[c] ?? 0, length: ps[c]!.trimEnd().length } : { start: (doc.starts[g] ?? 0) + at, length: copy.length };
      if (!reported.has(later.start)) {
        reported.add(later.start);
        out.push({ kind: 'duplicated-paragraph', start: later.start, end: later.start + later.length, message: 'The headline is printed twice; one copy has other text glued to it.', fix: '' });
      }
      break;
    }
  }
}

/** A hard-wrapped line is short. */
const MAX_WRAPPED_LINE_WORDS = 12;
/** Longer paragraphs are not counted word by word: they are not wrapped lines. */
const MAX_WRAPPED_LINE_CHARS = 120;
/** Lines of one wrapped block at most. */
const MAX_WRAPPED_LINES = 8;
/** A repeated wrapped block is a headline or a sentence: shorter ones are menus and labels. */
const MIN_WRAPPED_WORDS = 8;

/**
 * A credit in brackets alone on its line, agency and photographer or collection after a slash:
 * "(Getty Images/Brand X)", "(AFP/Jane Doe)", "(Reuters/John Roe)", "(Photo : Jean Dupont/AFP)".
 */
const BRACKETED_CREDIT_LINE = /^\((?:(?:Photo|Image|Crédit photo|Credit|Crédit) ?: ?)?\p{Lu}[\p{L}.&'’ -]{1,40}(?:\/\p{Lu}[\p{L}.&'’ -]{0,40}){1,2}\)$/u;
/** The line under paragraph i is a photo credit: i is a caption. */
function creditLineUnder(doc: ArticleDoc, i: number): boolean {
  const credit = (doc.paragraphs[i + 1] ?? '').trim();
  return credit.length <= 80 && (BRACKETED_CREDIT_LINE.test(credit) || isCaptionCreditLine(credit));
}
/** A caption long enough that its words found again in the body are a copy, not a coincidence. */
const MIN_CREDITED_CAPTION_WORDS = 10;

/**
 * A photo caption over its credit line that copies the body's words: the lead photo's caption
 * repeating the story's first sentences ("Major TV networks unveil … new season." over
 * "(Getty Images/Brand X)", then "TV guide: Major TV networks unveil … new season. Analysts …").
 * The copy may sit inside a longer paragraph behind a run-in label, so it is looked up in the
 * text: one search per captioned paragraph, and those are few.
 */
function creditedCaptionsInBody(doc: ArticleDoc, skip: (i: number) => boolean, reported: Set<number>, out: Finding[]): void {
  const ps = doc.paragraphs;
  for (let i = 0; i + 1 < ps.length; i++) {
    if (!creditLineUnder(doc, i)) continue;
    const caption = ps[i]!;
    const start = doc.starts[i] ?? 0;
    if (skip(i) || reported.has(start) || caption.length > MAX_CAPTION_CHARS || wordCount(caption) < MIN_CREDITED_CAPTION_WORDS || !ENDS_SENTENCE.test(tail(caption))) continue;
    const end = (doc.starts[i + 1] ?? 0) + ps[i + 1]!.length;
    const later = doc.text.indexOf(caption, end);
    const earlier = later < 0 ? doc.text.lastIndexOf(caption, start - 1) : -1;
    const at = later >= 0 ? later : earlier;
    if (at < 0) continue;
    // A copy that is a whole paragraph was weighed by the word-for-word pass above.
    const after = at + caption.length;
    if ((at === 0 || doc.text[at - 1] === '\n') && (after === doc.text.length || doc.text[after] === '\n')) continue;
    reported.add(start);
    out.push({ kind: 'duplicated-caption', start, end, message: 'A photo caption, with its credit, repeats sentences of the article word for word.', fix: null });
  }
}

/**
 * A headline or standfirst printed twice, each copy hard-wrapped at other
 * points ("Les levées de fonds :" / "le meilleur moyen de faire parler de" /
 * "sa startup dans les médias ?", then the same words wrapped after "parler").
 * Runs of short lines are re-joined and compared by their loose key, in one
 * pass. A run must show a wrap (a line ending on a lower-case word, the next
 * one going on in lower case), so a menu printed twice ("Home", "About") is
 * not one. The later copy is reported.
 */
function hardWrappedRepeats(doc: ArticleDoc, skip: (i: number) => boolean, reported: Set<number>, out: Finding[]): void {
  const ps = doc.paragraphs;
  const keys = keysOf(doc);
  const counts = ps.map((p) => (p.length <= MAX_WRAPPED_LINE_CHARS ? wordCount(p) : MAX_WRAPPED_LINE_WORDS + 1));
  const short = counts.map((n, i) => n > 0 && n <= MAX_WRAPPED_LINE_WORDS && !skip(i));
  // Is short line k wrapped into short line k + 1 (a lower-case end, then a lower-case start)?
  const wrapsInto = (k: number): boolean => /\p{Ll}$/u.test(ps[k]!) && /^\p{Ll}/u.test(ps[k + 1]!);
  // Every window of up to MAX_WRAPPED_LINES short lines, by its joined key: first window seen for each.
  const seen = new Map<string, { end: number; cuts: string }>();
  for (let i = 0; i < ps.length; i++) {
    // A headline or a sentence starts with a capital, a digit or a quote (not "$ hg …", "- item").
    if (!short[i] || !/^["'‘“«\p{Lu}\p{N}]/u.test(ps[i]!)) continue;
    const windows: Array<{ end: number; key: string; cuts: string }> = [];
    let key = keys[i]!;
    let cuts = '';
    let words = counts[i]!;
    let wrapped = false;
    for (let j = i + 1; j < ps.length && j - i < MAX_WRAPPED_LINES && short[j] && !/[.!?]["'”’)]*$/u.test(ps[j - 1]!); j++) {
      cuts += `${key.length},`;
      key += keys[j]!;
      words += counts[j]!;
      wrapped ||= wrapsInto(j - 1);
      if (wrapped && words >= MIN_WRAPPED_WORDS) windows.push({ end: j + 1, key, cuts });
    }
    let hit = -1;
    // The longest window that repeats an earlier one ending before it, wrapped at other points: lines
    // repeated as they were (a tutorial's command and its lead-in, a menu) are the page's own.
    for (let w = windows.length - 1; w >= 0 && hit < 0; w--) {
      const first = seen.get(windows[w]!.key);
      if (first !== undefined && first.end <= i && first.cuts !== windows[w]!.cuts) hit = windows[w]!.end;
    }
    if (hit >= 0) {
      const start = doc.starts[i] ?? 0;
      if (!reported.has(start)) {
        reported.add(start);
        out.push({ kind: 'duplicated-paragraph', start, end: (doc.starts[hit - 1] ?? 0) + ps[hit - 1]!.length, message: 'A hard-wrapped headline or paragraph is printed twice; this copy repeats it.', fix: '' });
      }
      i = hit - 1;
      continue;
    }
    // Registered with the index where the window ends, so a later copy must start after it.
    for (const w of windows) if (!seen.has(w.key)) seen.set(w.key, { end: w.end, cuts: w.cuts });
  }
}

/** Ends on a letter or digit: no sentence punctuation, no closing quote or bracket. */
const CUT_MID_SENTENCE = /[\p{L}\p{N}]$/u;

/**
 * A short copy of another paragraph's opening that ends on a comma or an ellipsis: the sentence was cut there (an
 * archive teaser, a summary box cut at a fixed length: bjreview 731 'Both newspapers, currently owned by … (INM),',
 * The Exchange Africa's category teaser 652 '… and a massive 46.7 …', ODT's caption teaser 724 '…, bagging...'), so
 * the copy is a truncated sentence, not a paragraph glued twice. A glued copy is whole.
 */
const COPY_CUT_OPEN = /(?:,|…|\.{3})\s*$/u;

/**
 * A body paragraph around a pull-quote box: a finished sentence of some length. Wider than ENDS_SENTENCE on purpose: a
 * body paragraph may close on an ellipsis or a French closing guillemet ("… a-t-il dit »"), which ENDS_SENTENCE (a
 * caption line's finished sentence) leaves out.
 */
const BODY_SENTENCE_END = /[.!?…]["'”’»)]*$/u;
const MIN_BODY_AROUND_WORDS = 12;
/** A pull-quote is one sentence or a part of one: a few words at least. */
const MIN_PULL_QUOTE_WORDS = 6;

/**
 * A pull-quote box: the short copy stands between two body paragraphs (each a finished sentence of 12+ words) and
 * comes before the paragraph it repeats, with at least one paragraph between them (the box is set ahead of the words
 * it quotes). An archive teaser or a standfirst printed again stands right before its full copy or in the header, not
 * inside the body.
 */
function isPullQuoteCopy(ps: readonly string[], copy: number, full: number): boolean {
  if (full - copy < 2 || wordCount(ps[copy]!) < MIN_PULL_QUOTE_WORDS) return false;
  const around = (k: number): boolean => k >= 0 && k < ps.length && wordCount(ps[k]!) >= MIN_BODY_AROUND_WORDS && BODY_SENTENCE_END.test(ps[k]!.trimEnd());
  return around(copy - 1) && around(copy + 1);
}

/** Where the last sentence of a paragraph starts (after the last full stop followed by a capital). */
function lastSentenceAt(p: string): number {
  const re = /[.!?]["'”’)]*\s+(?=["'“‘]?[\p{Lu}\p{N}])/gu;
  let at = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(p)) !== null) at = m.index + m[0].length;
  return at;
}

/** A label glued before a copy is a few words at most ("Read More", "Site – RSS Channel", "site.org"). */
const MAX_GLUED_LABEL_WORDS = 5;
/** …and this many characters at most. */
const MAX_GLUED_LABEL_CHARS = 40;
/**
 * Where a glued label may end in a paragraph's head: after a space, or where a lower-case letter or a dot-ending word
 * runs straight into a capital ("site.orgFederal lawsuit …", "ReadMoreNormally …" has no such break and is not read).
 */
const LABEL_END = /(?<=\S) (?=\S)|(?<=\p{Ll})(?=\p{Lu}\p{Ll})/gu;
/** A glued label opens with a letter. */
const LABEL_START = /^\p{L}/u;
/** A finished sentence or clause before the copy makes it prose that quotes the paragraph, not a label glued to it. */
const LABEL_IS_SENTENCE = /[.!?:;,]["'”’)]*$/u;

/**
 * What a glued label is made of: furniture (a link's or a module's label, isFurnitureLine), a web address or a card's
 * domain ("site.org", "Harbour.com"), or a feed's or a link's word ("RSS", "Feed", "Keep Reading", "Lire la suite"). Any other short head is prose that quotes the
 * paragraph: a speech verb ("He added …", "Il a ajouté …") or a refrain's label in a poem ("Chorus …").
 */
const LABEL_DOMAIN = /[\p{L}\p{N}-]\.(?:[a-z]{2,6})(?![\p{Ll}])/u;
const LABEL_FEED_WORD = /(?<![\p{L}])(?:rss|feed|flux|reading|read more|lire la suite|la suite)(?![\p{L}])/iu;

function isGluedFurnitureLabel(label: string): boolean {
  return LABEL_DOMAIN.test(label) || LABEL_FEED_WORD.test(label) || isFurnitureLine(label);
}

/**
 * An earlier paragraph printed again with a short label glued before it: a feed's or a link's furniture ("Read More",
 * "Site.com – RSS Channel", a card's domain) that lost its line break. Read on the line's structure: the rest of the line
 * after the label is, word for word, an earlier paragraph of eight words or more. The copy (the later line) is reported;
 * the label itself is the boilerplate rules'. A label that is a sentence of its own is not one (a quote that repeats a
 * paragraph is the writer's).
 */
function gluedLabelCopies(doc: ArticleDoc, skip: (i: number) => boolean, letters: readonly number[], reported: Set<number>, out: Finding[]): void {
  const ps = doc.paragraphs;
  const keys = keysOf(doc);
  // Paragraphs by their opening words: one lookup per possible label end, the full key only on a hit.
  const byOpening = new Map<string, number>();
  ps.forEach((p, i) => {
    if (letters[i]! < MIN_WORDS || skip(i)) return;
    const opening = openingOf(p);
    if (!byOpening.has(opening)) byOpening.set(opening, i);
  });
  ps.forEach((p, i) => {
    // A label is words: it opens with a letter (a shell prompt "$ cd …" or a reference mark "^" over a repeated line is
    // a listing's or a reference list's own line, not furniture).
    if (letters[i]! <= MIN_WORDS || !LABEL_START.test(p) || skip(i) || reported.has(doc.starts[i] ?? 0)) return;
    const head = p.slice(0, MAX_GLUED_LABEL_CHARS + 1);
    let words = 0;
    for (const m of head.matchAll(LABEL_END)) {
      const at = m.index + m[0].length;
      if (m[0] === ' ' && ++words > MAX_GLUED_LABEL_WORDS) break;
      const label = p.slice(0, at).trimEnd();
      if (LABEL_IS_SENTENCE.test(label)) continue;
      if (!isGluedFurnitureLabel(label)) continue;
      const j = byOpening.get(openingOf(p.slice(at)));
      if (j === undefined || j >= i || keys[j] !== looseKey(p.slice(at))) continue;
      if (leftToBoilerplate(ps[j]!)) return;
      reported.add(doc.starts[i] ?? 0);
      out.push(paragraphFinding(doc, i, 'This paragraph repeats an earlier one with a label glued before it.'));
      return;
    }
  });
}

function paragraphFinding(doc: ArticleDoc, i: number, message: string): Finding {
  const start = doc.starts[i] ?? 0;
  return { kind: 'duplicated-paragraph', start, end: start + doc.paragraphs[i]!.length, message, fix: '' };
}
