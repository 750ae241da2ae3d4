/**
 * Escaped HTML left as text: "&amp;", "&#160;", "&lt;p&gt;". A page that
 * escaped its markup twice shows the entity names to the reader.
 */
import type { ArticleDoc, Finding } from './context';

/** Named entities a reader would actually meet, plus decimal and hex references. */
const ENTITY = /&(?:amp|lt|gt|quot|apos|nbsp|ndash|mdash|lsquo|rsquo|ldquo|rdquo|hellip|copy|reg|trade|eacute|egrave|agrave|ccedil|uuml|ouml|auml|szlig|middot|bull|laquo|raquo|euro|pound|yen|cent|deg|times|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g;

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', lsquo: '‘',
  rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', copy: '©', reg: '®', trade: '™', eacute: 'é',
  egrave: 'è', agrave: 'à', ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß', middot: '·',
  bull: '•', laquo: '«', raquo: '»', euro: '€', pound: '£', yen: '¥', cent: '¢', deg: '°', times: '×',
};

/** Entities closer than this belong to one escaped fragment (a tag with attributes). */
const CLUSTER_GAP = 160;

export function decodeEntitiesOnce(s: string): string {
  return s.replace(ENTITY, (m) => {
    const name = m.slice(1, -1);
    if (name.startsWith('#x') || name.startsWith('#X')) return safeCodePoint(parseInt(name.slice(2), 16), m);
    if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10), m);
    return NAMED[name] ?? m;
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

export function findEscapedEntities(doc: ArticleDoc): Finding[] {
  const out: Finding[] = [];
  findRawTags(doc, out);
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
