/**
 * fast-check generators for hostile input to the core: arbitrary Unicode,
 * money-shaped tokens (huge, malformed, mixed currencies), corpus sentences
 * with mutations, funding sentences from a small grammar, and random or
 * malformed HTML. Shared by tests/unit/fuzz.test.ts and scripts/fuzz.ts.
 */
import fc from 'fast-check';
import { corpusSentences, moneySentences } from './corpus';

/** Characters that break naive text handling: bidi overrides, zero-widths, soft hyphen, NBSPs, combining marks, BOM, line/paragraph separators. */
const TRICKY_CHARS = [
  '\u202e', '\u202d', '\u2066', '\u2069', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad',
  '\u00a0', '\u2009', '\u202f', '\u3000', '\u2028', '\u2029', '\u0301', '\u0308', '\t', '\r', '\n', '\r\n',
  '\u0000', '\u001b', '\ufffd', '\ud83d\ude80', '\ud83c\uddfa\ud83c\uddf8', '👨‍👩‍👧', 'ﬁ', 'Ǆ', 'İ', 'ß',
  '$', '€', '£', '¥', '₹', '₩', '₿', '¢', '%', '.', ',', '…', '(', ')', '[', '"', '“', '”', '’', "'", '-', '–', '—',
  '<', '>', '&', '&amp;', '&#x202e;', '\\', '/',
];

/** A lone surrogate: not a valid character on its own; JSON and the DOM still carry it. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Any UTF-16 code unit, valid or not. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Text of arbitrary Unicode: full code points, graphemes, lone surrogates and tricky characters, mixed. */
export const unicodeText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.string({ unit: anyCodeUnit, maxLength: 6 }),
      loneSurrogate,
      fc.constantFrom(...TRICKY_CHARS),
      fc.constantFrom(' ', ' ', '  ', '. ', ', '),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

/** Huge, tiny and malformed numbers in money shapes. */
export const moneyToken: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(
    '$999999999999999 trillion', '$999,999,999,999,999,999 trillion', '€1e308 billion', '$1e309', '£0.000000001 million',
    '$-5 million', '$5..5 million', '$5,,000', '$.5 million', '$5. million', '$ million', '$', '$$$', '€€ 5', '5 $ 5 €',
    '¥１２３億', '₹15 Cr', '₹1.5 lakh crore', 'Rs 4,000 crore', '18 billion won ($13 million)',
    '1 trillion yuan ($158.4 billion)', '30 millions d’euros', '1,2 milliard d’euros', 'US$5bn', 'C$12.5M', 'HK$3.2 billion',
    'S$ 4 million', 'A$', '$4.5b', '$600m', 'more than $1 billion', 'up to €500 million', 'about $3 million', 'nearly £2bn',
    '$5 million to $10 million', '$5-$10 million', '$5–10m', '$5 million-plus', 'NaN million dollars', 'Infinity billion euros',
    '0x1F million', '$1,000,000,000,000,000,000,000,000,000,000', '$5 million ($5 million ($5 million))', '(€',
  ) },
  // 10,000-digit (and other very long) numbers, with and without separators: rare, they make big inputs.
  { weight: 1, arbitrary: fc.integer({ min: 300, max: 10_000 }).chain((n) =>
    fc.tuple(fc.constantFrom('$', '€', '£', 'US$', '', '₹'), fc.boolean(), fc.constantFrom('', ' million', ' billion', ' trillion', ' crore', ' dollars')).map(
      ([sym, commas, scale]) => {
        const digits = '9'.repeat(n);
        const body = commas ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : digits;
        return `${sym}${body}${scale}`;
      },
    ),
  ) },
  { weight: 8, arbitrary: fc.tuple(
    fc.constantFrom('$', '€', '£', '¥', '₹', 'US$', 'CHF ', 'SEK ', '', 'Rs. ', 'HK$'),
    fc.oneof(fc.double({ noNaN: false }).map(String), fc.nat().map(String), fc.bigInt().map(String), fc.constantFrom('1,234.5', '1.234,5', '12 345', '١٢٣')),
    fc.constantFrom('', ' million', 'm', 'bn', ' billion', ' trillion', 'k', ' thousand', ' crore', ' lakh', ' millions d’euros', ' milliards', ' yuan', ' won', ' euros'),
  ).map(([a, b, c]) => `${a}${b}${c}`) },
);

/** Names as they come in investor lists, including hostile ones. */
const investorName = fc.oneof(
  fc.constantFrom(
    'Sequoia Capital', 'Andreessen Horowitz', 'Temasek Holdings', 'SoftBank Vision Fund 2', 'Y Combinator', 'a16z',
    'Index Ventures', 'General Catalyst', 'Alibaba Group Holding Ltd.', 'Tiger Global Management LLC',
    '<img src=x onerror=alert(1)> Ventures', '{{constructor.constructor(\'alert(1)\')()}} Capital', '\u202eserutneV liveD',
    'Z\u200bero\u200dWidth Partners', 'javascript:alert(1) Partners', '__proto__', 'constructor', 'toString', 'hasOwnProperty',
    'Ventures Ventures Ventures', 'A', '&lt;b&gt;Bold&lt;/b&gt; Capital',
  ),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 15 }).map((s) => `${s} Capital`),
);

const roundName = fc.constantFrom(
  'Series A', 'Series B', 'Series C', 'Series Z', 'series a', 'seed', 'pre-seed', 'Pre-Series A', 'Series A-1', 'Series B+',
  'growth', 'bridge', 'debt', 'angel', 'strategic', 'Series', 'round', 'Series A Series B Series C',
);

const companyName = fc.constantFrom(
  'Acme Robotics', 'SenseTime Group Ltd', 'Parse.ly', 'the company', 'It', '__proto__', '<script>alert(1)</script> Inc.',
  'Ünïcödé GmbH', 'Über', '株式会社テスト', 'شركة', 'X', '',
);

/** A funding sentence from a small grammar: drives deal and investor reading with any amount and names. */
export const fundingSentence: fc.Arbitrary<string> = fc
  .tuple(
    companyName,
    fc.constantFrom('raised', 'has raised', 'closed', 'secured', 'announced', 'lève', 'gets'),
    moneyToken,
    roundName,
    fc.array(investorName, { minLength: 0, maxLength: 6 }),
    fc.array(investorName, { minLength: 0, maxLength: 8 }),
    fc.option(moneyToken, { nil: undefined }),
    fc.constantFrom('.', '', '!', '…', '. ', '?'),
  )
  .map(([company, verb, amount, round, leads, others, valuation, end]) => {
    let s = `${company} ${verb} ${amount} in a ${round} round`;
    if (leads.length) s += ` led by ${joinList(leads)}`;
    if (others.length) s += `, with participation from ${joinList(others)}`;
    if (valuation) s += `, valuing it at ${valuation}`;
    return s + end;
  });

function joinList(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A real corpus sentence, sometimes mutated (characters inserted, deleted, swapped with money tokens). */
export const corpusSentence: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...moneySentences()) },
  { weight: 1, arbitrary: fc.constantFrom(...corpusSentences()) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(...moneySentences()), fc.array(fc.tuple(fc.nat(), fc.oneof(moneyToken, fc.constantFrom(...TRICKY_CHARS), unicodeText), fc.nat({ max: 6 })), { maxLength: 4 }))
      .map(([s, edits]) => {
        let out = s;
        for (const [at, insert, del] of edits) {
          const i = at % (out.length + 1);
          out = out.slice(0, i) + insert + out.slice(i + del);
        }
        return out;
      }),
  },
);

/** One paragraph: a few sentences of mixed origin. */
export const paragraph: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 4, arbitrary: corpusSentence }, { weight: 3, arbitrary: fundingSentence }, { weight: 1, arbitrary: unicodeText }, { weight: 1, arbitrary: moneyToken }), {
    minLength: 0,
    maxLength: 4,
  })
  .chain((parts) => fc.constantFrom(' ', '  ', '\u00a0', '', '\n').map((sep) => parts.join(sep)));

/** Paragraph arrays, including empty, whitespace-only and duplicated paragraphs. */
export const paragraphs: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 6, arbitrary: fc.array(paragraph, { maxLength: 8 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom('', ' ', '\n', '\t', '\u00a0', '\u200b', '\u3000', '\r\n \r\n'), { maxLength: 6 }) },
  // Repeated paragraphs wake the duplicate detectors.
  { weight: 1, arbitrary: fc.tuple(fc.array(paragraph, { minLength: 1, maxLength: 4 }), fc.nat({ max: 3 })).map(([ps, n]) => [...ps, ...ps.slice(0, n + 1), ...ps]) },
  { weight: 2, arbitrary: fc.array(unicodeText, { maxLength: 8 }) },
);

// ---------------------------------------------------------------- HTML

const BLOCK = ['p', 'div', 'article', 'section', 'main', 'li', 'ul', 'ol', 'blockquote', 'figure', 'figcaption', 'h1', 'h2', 'h3', 'table', 'tr', 'td', 'aside', 'nav', 'header', 'footer', 'pre'];
const INLINE = ['a', 'b', 'i', 'em', 'strong', 'span', 'br', 'img', 'sup', 'sub', 'code', 'time', 'svg', 'script', 'style', 'noscript', 'template', 'iframe', 'button', 'math', 'x-custom', 'font', 'wbr', 'hr', 'input', 'textarea', 'select'];

const attribute = fc.oneof(
  fc.constantFrom(
    'class="article-body"', 'class="comment"', 'class="sidebar ad"', 'id="main"', 'hidden', 'style="display:none"', 'aria-hidden="true"',
    'onerror="alert(1)"', 'onload=alert(1)', 'href="javascript:alert(1)"', 'src="x"', 'lang="fr"', 'dir="rtl"', 'itemprop="articleBody"',
    'data-x="}}{{"', 'title="<b>"', "class='unterminated", 'class="a"class="b"', '=', '"', 'x=`y`',
  ),
  fc.tuple(fc.constantFrom('class', 'id', 'data-a', 'title', 'name', 'content'), fc.string({ unit: 'grapheme-ascii', maxLength: 12 })).map(([k, v]) => `${k}="${v.replace(/"/g, '&quot;')}"`),
);

const textForHtml = fc.oneof(
  { weight: 4, arbitrary: corpusSentence },
  { weight: 2, arbitrary: fundingSentence },
  { weight: 1, arbitrary: unicodeText },
  { weight: 1, arbitrary: fc.constantFrom('&amp;', '&lt;script&gt;', '&#0;', '&#x110000;', '&#55296;', '&nbsp;&nbsp;', '&bogus;', '&', '<!--', '-->', '<![CDATA[x]]>', ']]>', '</p>', '<p', '<', '>') },
);

interface TreeArbs {
  node: string;
  element: string;
}

const tree = fc.letrec<TreeArbs>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, textForHtml, tie('element') as fc.Arbitrary<string>),
  element: fc
    .tuple(fc.constantFrom(...BLOCK, ...BLOCK, ...INLINE), fc.array(attribute, { maxLength: 3 }), fc.array(tie('node') as fc.Arbitrary<string>, { maxLength: 5 }), fc.boolean())
    .map(([tag, attrs, children, close]) => `<${tag}${attrs.length ? ' ' + attrs.join(' ') : ''}>${children.join('')}${close ? `</${tag}>` : ''}`),
}));

/** Damage well-formed markup: cut it, drop '>' or insert stray '<', '</x>' and unclosed comments. */
function corrupt(html: string, edits: [number, string][]): string {
  let out = html;
  for (const [at, what] of edits) {
    const i = at % (out.length + 1);
    if (what === 'cut') out = out.slice(0, i);
    else if (what === 'drop') out = out.slice(0, i) + out.slice(i + 1);
    else out = out.slice(0, i) + what + out.slice(i);
  }
  return out;
}

const htmlBody = fc.array(tree.node, { maxLength: 8 }).map((nodes) => nodes.join('\n'));

/** A page: random head metadata (with payloads) around a random body. */
export const htmlPage: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('<!doctype html>', '', '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">', '<?xml version="1.0"?>'),
    fc.option(fc.oneof(unicodeText, fc.constantFrom('<img src=x onerror=alert(1)>', '</title><script>alert(1)</script>', '{{7*7}}'), corpusSentence), { nil: undefined }),
    fc.option(fc.oneof(unicodeText, investorName), { nil: undefined }),
    fc.constantFrom('en', 'fr', '', 'x-\u202e', 'zh-Hans'),
    htmlBody,
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('cut', 'drop', '<', '</div>', '<!--', '<p>', '<script>', '"', "'", '<table>', '</html>', '<body>')), { maxLength: 3 }),
    fc.boolean(),
  )
  .map(([doctype, title, author, lang, body, edits, wrap]) => {
    const head = `${title !== undefined ? `<title>${title}</title>` : ''}${author !== undefined ? `<meta name="author" content="${author.replace(/"/g, '&quot;')}">` : ''}<meta property="og:site_name" content="Example">`;
    const inner = wrap ? `<article><h1>${title ?? ''}</h1>${body}</article>` : body;
    return corrupt(`${doctype}<html lang="${lang}"><head>${head}</head><body>${inner}</body></html>`, edits);
  });

/** Raw strings that are only loosely HTML (or not at all). */
export const htmlSoup: fc.Arbitrary<string> = fc.oneof(
  unicodeText,
  fc.array(fc.oneof(fc.constantFrom('<', '>', '</', '/>', '<p>', '<div', '"', '=', '<!--', '-->', '<script>', '</script>', '<html>', '<body>', '&', ';', '<![CDATA['), unicodeText, corpusSentence), { maxLength: 40 }).map((a) => a.join('')),
  fc.constantFrom('', ' ', '\n\n\n', '<html></html>', '<html><body></body></html>', '<body>   </body>', '<!doctype html>', '<p></p>'.repeat(50), '<html><head></head><body><article></article></body></html>'),
);

/** Deeply nested markup: one tag or a mix, to a depth that stresses recursion in every DOM walker. */
export const deepHtml: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(20, 100, 249, 251, 400, 2_000, 12_000),
    fc.constantFrom('div', 'b', 'span', 'p', 'li', 'table', 'blockquote', 'mixed'),
    fc.array(fc.oneof(corpusSentence, fundingSentence), { minLength: 1, maxLength: 6 }),
    fc.boolean(),
  )
  .map(([depth, tag, sentences, closed]) => {
    const tags = tag === 'mixed' ? ['div', 'section', 'span', 'article', 'b'] : [tag];
    let open = '';
    let close = '';
    for (let i = 0; i < depth; i++) {
      const t = tags[i % tags.length]!;
      open += `<${t}>`;
      close = `</${t}>` + close;
    }
    const body = sentences.map((s) => `<p>${s}</p>`).join('');
    return `<html><body>${open}${body}${closed ? close : ''}</body></html>`;
  });
