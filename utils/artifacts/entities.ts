/**
 * Escaped HTML left as text: "&amp;", "&#160;", "&lt;p&gt;". A page that
 * escaped its markup twice shows the entity names to the reader.
 */
import type { ArticleDoc, Finding } from './context';

/**
 * Named entities a reader would actually meet, plus decimal and hex references.
 * A page that escaped twice or more prints "&amp;amp;", "&amp;#39;": one finding, bounded repeats.
 */
const ENTITY = /&(?:amp;){0,4}(?:amp|lt|gt|quot|apos|nbsp|ndash|mdash|lsquo|rsquo|ldquo|rdquo|sbquo|bdquo|hellip|copy|reg|trade|szlig|middot|bull|laquo|raquo|lsaquo|rsaquo|euro|pound|yen|cent|deg|times|divide|plusmn|sect|para|dagger|permil|shy|thinsp|ensp|emsp|zwj|zwnj|lrm|rlm|iexcl|iquest|frac12|frac14|frac34|sup2|sup3|micro|larr|rarr|uarr|darr|oslash|Oslash|aelig|AElig|oelig|OElig|[A-Za-z](?:acute|grave|circ|uml|tilde|ring|cedil)|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g;

/** The combining mark each accent entity name stands for: "&Eacute;" is "E" with U+0301, "&ntilde;" is "n" with U+0303. */
const ACCENT: Record<string, string> = { acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303', ring: '\u030a', cedil: '\u0327' };
const ACCENTED = /^([A-Za-z])(acute|grave|circ|uml|tilde|ring|cedil)$/;

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', lsquo: '‘',
  rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', hellip: '…', copy: '©', reg: '®', trade: '™',
  szlig: 'ß', middot: '·', bull: '•', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', euro: '€', pound: '£',
  yen: '¥', cent: '¢', deg: '°', times: '×', divide: '÷', plusmn: '±', sect: '§', para: '¶', dagger: '†',
  permil: '‰', shy: '\u00ad', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', zwj: '\u200d', zwnj: '\u200c',
  lrm: '\u200e', rlm: '\u200f', iexcl: '¡', iquest: '¿', frac12: '½', frac14: '¼', frac34: '¾', sup2: '²', sup3: '³',
  micro: 'µ', larr: '←', rarr: '→', uarr: '↑', darr: '↓', oslash: 'ø', Oslash: 'Ø', aelig: 'æ', AElig: 'Æ',
  oelig: 'œ', OElig: 'Œ',
};

/** A named entity's character: from the table, or a letter and its accent composed ("&Eacute;" → "É"). */
function namedEntity(name: string): string | undefined {
  const named = NAMED[name];
  if (named !== undefined) return named;
  const accented = ACCENTED.exec(name);
  if (!accented) return undefined;
  const composed = (accented[1]! + ACCENT[accented[2]!]!).normalize('NFC');
  // A pair Unicode has no precomposed letter for ("&qacute;") is not an entity.
  return composed.length === 1 ? composed : undefined;
}

/** Entities closer than this belong to one escaped fragment (a tag with attributes). */
const CLUSTER_GAP = 160;

export function decodeEntitiesOnce(s: string): string {
  return s.replace(ENTITY, (m) => {
    // Escaped more than once: this pass peels one level ("&amp;amp;" → "&amp;").
    if (m.startsWith('&amp;') && m.length > 5) return `&${m.slice(5)}`;
    const name = m.slice(1, -1);
    if (name.startsWith('#x') || name.startsWith('#X')) return safeCodePoint(parseInt(name.slice(2), 16), m);
    if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10), m);
    return namedEntity(name) ?? m;
  });
}

function safeCodePoint(n: number, fallback: string): string {
  return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : fallback;
}

/** Decode until stable (double-escaped "&amp;#65279;" needs two passes), then drop the markup it reveals. */
export function decodeEscaped(s: string): string {
  let out = s;
  for (let i = 0; i < 3; i++) {
    const next = decodeEntitiesOnce(out);
    if (next === out) break;
    out = next;
  }
  if (/<\/?[a-z][^>]*>/i.test(out)) {
    out = out.replace(/<\/?[a-z][^>]*>/gi, '').replace(/[\ufeff\u200b]/g, '');
  }
  return out.replace(/\ufeff/g, '');
}

/**
 * Markup printed as text without being escaped: "<a href=”https://…”>",
 * "</div>", "<br>", "<img src=…>". Tags with attributes (quoted straight or
 * typographically: a CMS that "smartened" the quotes of its own markup), or
 * the bare formatting tags of a body; "a < b > c" and "the <figure> element"
 * in prose never match.
 */
const RAW_TAG = /<(?:a|img|iframe|div|span|p|figure|source|video)(?:\s+[a-z-]+\s*=\s*(?:["'“”″][^"'“”″<>]{0,300}["'“”″]|[^\s"'<>]{1,200}))+\s*\/?>|<\/?(?:p|br|div|a|span|strong|em|b|i)\s*\/?>/gi;

/** Text about markup: code samples and tutorials write whole documents and scripts on purpose. */
const CODE_CONTEXT = /<(?:!doctype|html|head|body|script|meta|link|style)\b|[{};]\s*$|\bfunction\b|=>|&&|<\/?(?:code|pre)>|`/i;

function findRawTags(doc: ArticleDoc, out: Finding[]): void {
  doc.paragraphs.forEach((p, i) => {
    if (!p.includes('<') || CODE_CONTEXT.test(p)) return;
    const base = doc.starts[i] ?? 0;
    RAW_TAG.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = RAW_TAG.exec(p)) !== null) {
      out.push({ kind: 'escaped-entity', start: base + m.index, end: base + m.index + m[0].length, message: 'HTML markup was left in the text as characters.', fix: '' });
    }
  });
}

/**
 * A closing tag written with a backslash ("<\\p>", "<\\/p>", "<\\br>"): a template that escaped
 * its own markup for a script string and then printed it. No prose writes it, and a code sample
 * would write the tag whole, not a backslashed fragment.
 */
const BACKSLASHED_TAG = /<\\\/?(?:p|br|div|span|li|ul|h[1-6]|strong|em|b|i|a)\s*\/?>|<\/?(?:p|br|div|span|li|h[1-6]|strong|em|b|i|a)\\>/gi;

/**
 * A JavaScript string escape printed literally in prose: "diffus\\u00e9es", "P\\u00f4le",
 * "it\\x27s", "l\\u2019entreprise". Only escapes of printable characters a Latin-script text
 * writes (accented letters, quotes, dashes, spaces): the repair is the character itself. A
 * run of them is one finding. Code samples (CODE_CONTEXT) write escapes on purpose.
 */
const JS_ESCAPE = /(?:\\u(?<u>[0-9a-fA-F]{4})|\\x(?<x>[2-7][0-9a-fA-F]))/g;
/** Escapes closer than this, with only words between them, are one escaped phrase ("diffus\\u00e9es par P\\u00f4le"). */
const ESCAPE_GAP = 40;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const PHRASE_GAP = /^[ \p{L}\p{N}'’,.-]*$/u;
/** A paragraph about code: an assignment of a quoted string or a keyword of a language; its escapes are the sample's. */
const STRING_CODE = /=\s*["'`]|\b(?:const|let|var)\s+\w+\s*=|\b(?:console\.\w+|printf?|echo|JSON\.parse)\s*\(/;
/** Code points an escape in prose stands for: printable Latin-1, Latin Extended, general punctuation, currency. */
function printableEscape(cp: number): boolean {
  return (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0x24f) || (cp >= 0x2010 && cp <= 0x20bf);
}

function unescapeJs(s: string): string | null {
  let ok = true;
  const out = s.replace(JS_ESCAPE, (_m, u: string | undefined, x: string | undefined) => {
    const cp = parseInt(u ?? x ?? '', 16);
    if (!printableEscape(cp)) ok = false;
    return String.fromCodePoint(cp);
  });
  return ok ? out : null;
}

function findBackslashMarkup(doc: ArticleDoc, out: Finding[]): void {
  doc.paragraphs.forEach((p, i) => {
    if (!p.includes('\\') || CODE_CONTEXT.test(p)) return;
    const base = doc.starts[i] ?? 0;
    if (p.includes('<')) {
      for (const m of p.matchAll(BACKSLASHED_TAG)) {
        out.push({ kind: 'escaped-entity', start: base + m.index!, end: base + m.index! + m[0].length, message: `A malformed HTML tag (“${m[0]}”) was left in the text as characters.`, fix: '' });
      }
    }
    if ((!p.includes('\\u') && !p.includes('\\x')) || STRING_CODE.test(p)) return;
    // One pass over the escapes: each run of close ones, widened to the words they sit in (walked, not matched by a regex, so a long run of letters stays linear).
    let runStart = -1;
    let runEnd = -1;
    const flush = (): void => {
      if (runStart < 0) return;
      let s = runStart;
      let e = runEnd;
      while (s > 0 && WORD_CHAR.test(p[s - 1]!)) s--;
      while (e < p.length && WORD_CHAR.test(p[e]!)) e++;
      const excerpt = p.slice(s, e);
      const fix = unescapeJs(excerpt);
      if (fix !== null) out.push({ kind: 'escaped-entity', start: base + s, end: base + e, message: `JavaScript escapes were printed literally; “${excerpt}” should read “${fix}”.`, fix });
      runStart = -1;
    };
    for (const m of p.matchAll(JS_ESCAPE)) {
      const at = m.index!;
      if (runStart >= 0 && at - runEnd <= ESCAPE_GAP && PHRASE_GAP.test(p.slice(runEnd, at))) {
        runEnd = at + m[0].length;
        continue;
      }
      flush();
      runStart = at;
      runEnd = at + m[0].length;
    }
    flush();
  });
}

export function findEscapedEntities(doc: ArticleDoc): Finding[] {
  const out: Finding[] = [];
  findRawTags(doc, out);
  findBackslashMarkup(doc, out);
  doc.paragraphs.forEach((p, i) => {
    if (!p.includes('&')) return;
    const base = doc.starts[i] ?? 0;
    let clusterStart = -1;
    let clusterEnd = -1;
    const flush = (): void => {
      if (clusterStart < 0) return;
      // Widen to a whole escaped tag when the cluster sits inside one ("&lt;span …&gt;").
      const excerpt = p.slice(clusterStart, clusterEnd);
      const fix = decodeEscaped(excerpt);
      out.push({
        kind: 'escaped-entity',
        start: base + clusterStart,
        end: base + clusterEnd,
        message: /&lt;|&gt;/.test(excerpt)
          ? 'HTML markup was printed as escaped text instead of being rendered.'
          : 'An HTML entity was left undecoded in the text.',
        fix,
      });
      clusterStart = -1;
    };
    // matchAll scans a copy of the regex: flush() decodes with the shared
    // ENTITY (String.replace resets its lastIndex), which would otherwise
    // restart this loop forever on a paragraph with two entities.
    for (const m of p.matchAll(ENTITY)) {
      const innermost = m[0].replace(/^&(?:amp;)+(?=[#\w]+;$)/, '&').slice(1, -1);
      if (innermost[0] !== '#' && namedEntity(innermost) === undefined) continue;
      if (clusterStart >= 0 && m.index - clusterEnd <= CLUSTER_GAP && /&lt;/.test(p.slice(clusterStart, clusterEnd))) {
        clusterEnd = m.index + m[0].length;
        continue;
      }
      flush();
      clusterStart = m.index;
      clusterEnd = m.index + m[0].length;
    }
    flush();
  });
  return out.sort((a, b) => a.start - b.start);
}
