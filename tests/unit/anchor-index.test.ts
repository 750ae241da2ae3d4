// @vitest-environment happy-dom
/**
 * The resumable text index (TextIndexBuilder) must index exactly what the
 * single recursive pass it replaced did, whatever the slice sizes: same text,
 * same text nodes, same map back to (node, offset). The old pass is kept here
 * as the oracle; pages are real fixtures plus generated trees that mix
 * blocks, inline elements, skipped and hidden elements, empty text, odd
 * whitespace and invisible characters.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { anchor, buildTextIndex, TextIndexBuilder, type IndexOptions, type TextIndex } from '../../utils/anchor';

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const SPACE = /[\s\u00a0\u2007\u202f]/;
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'IFRAME', 'OBJECT', 'SVG', 'MATH', 'HEAD', 'TITLE']);
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN', 'NAV', 'BLOCKQUOTE', 'PRE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'TD', 'TH',
  'FIGURE', 'FIGCAPTION', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY', 'CAPTION', 'BR', 'BODY',
]);

function fold(ch: string): string {
  if ('\u2018\u2019\u201a\u201b\u2032`'.includes(ch)) return "'";
  if ('\u201c\u201d\u201e\u201f\u2033'.includes(ch)) return '"';
  if ('\u2010\u2011\u2012\u2013\u2014\u2015\u2212'.includes(ch)) return '-';
  return ch;
}

/** The single recursive pass the builder replaced, as it was (the oracle). */
function referenceIndex(root: Node, options: IndexOptions = {}): Omit<TextIndex, 'rendered'> {
  const chars: string[] = [];
  const nodeAt: number[] = [];
  const offsetAt: number[] = [];
  const nodes: Text[] = [];
  let lastIsSpace = true;
  const pushBreak = (): void => {
    if (lastIsSpace || chars.length === 0) return;
    chars.push(' ');
    nodeAt.push(nodeAt[nodeAt.length - 1] ?? 0);
    offsetAt.push((offsetAt[offsetAt.length - 1] ?? -1) + 1);
    lastIsSpace = true;
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (!data) return;
      const n = nodes.length;
      nodes.push(node as Text);
      for (let i = 0; i < data.length; i++) {
        const ch = data.charAt(i);
        if (INVISIBLE.test(ch)) continue;
        if (SPACE.test(ch)) {
          if (lastIsSpace) continue;
          chars.push(' ');
          lastIsSpace = true;
        } else {
          chars.push(fold(ch));
          lastIsSpace = false;
        }
        nodeAt.push(n);
        offsetAt.push(i);
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    const style = el.getAttribute('style');
    if (SKIP_TAGS.has(tag) || options.skip?.(el) || el.hasAttribute('hidden') || (style !== null && /display\s*:\s*none/i.test(style))) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) pushBreak();
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) pushBreak();
  };
  walk(root);
  return { text: chars.join(''), nodes, nodeAt: Int32Array.from(nodeAt), offsetAt: Int32Array.from(offsetAt) };
}

/** The builder run in slices of `budgetMs` (0: one node per slice). */
function slicedIndex(root: Node, budgetMs: number, options: IndexOptions = {}): { index: TextIndex; slices: number } {
  const builder = new TextIndexBuilder(root, options);
  let slices = 0;
  for (;;) {
    slices++;
    if (builder.slice(budgetMs).done) break;
  }
  return { index: builder.index, slices };
}

function expectSameIndex(actual: TextIndex, expected: Omit<TextIndex, 'rendered'>): void {
  expect(actual.text).toBe(expected.text);
  expect(actual.nodes.length).toBe(expected.nodes.length);
  actual.nodes.forEach((n, i) => expect(n === expected.nodes[i]).toBe(true));
  expect(Array.from(actual.nodeAt)).toEqual(Array.from(expected.nodeAt));
  expect(Array.from(actual.offsetAt)).toEqual(Array.from(expected.offsetAt));
}

beforeEach(() => {
  document.body.innerHTML = '';
});

const PAGES: Array<{ name: string; html: () => string }> = [
  { name: 'the sample article', html: () => readFileSync('assets/sample/index.html', 'utf8') },
  { name: 'hostile markup', html: () => readFileSync('tests/browser/fixtures/hostile-markup.html', 'utf8') },
  { name: 'hostile unicode', html: () => readFileSync('tests/browser/fixtures/hostile-unicode.html', 'utf8') },
  { name: 'a funding article', html: () => readFileSync('tests/fixtures/funding/02-medium-25m-cnet/source.html', 'utf8') },
  {
    name: 'edge cases by hand',
    html: () => '<div>  lead\u00a0\u00a0space</div><p hidden>gone</p><p style="DISPLAY : none">gone too</p><script>x</script>'
      + '<p>a<b></b>b<br>c\u00ad\u200bd`e\u2019f\u201cg\u2014h</p><ul><li></li><li>i<span> </span> j</li></ul><p></p><aside>\ud83d\ude00 \ud800 end</aside>',
  },
];

describe('TextIndexBuilder indexes what the single pass did', () => {
  for (const page of PAGES) {
    it(`${page.name}: whole, and one node per slice`, () => {
      document.body.innerHTML = page.html().replace(/^[\s\S]*?<body[^>]*>/i, '').replace(/<\/body>[\s\S]*$/i, '');
      const expected = referenceIndex(document.body);
      expect(expected.text.length).toBeGreaterThan(10);
      expectSameIndex(buildTextIndex(document.body), expected);
      const { index, slices } = slicedIndex(document.body, 0);
      expectSameIndex(index, expected);
      // Zero budget: every slice stopped after its first node, so the walk was cut many times.
      expect(slices).toBeGreaterThan(expected.nodes.length);
    });
  }

  it('the skip option leaves out the same elements', () => {
    document.body.innerHTML = '<p>keep this</p><div class="ours"><p>not this</p></div><p>and this</p>';
    const skip = (el: Element): boolean => el.classList.contains('ours');
    const expected = referenceIndex(document.body, { skip });
    expect(expected.text).not.toContain('not this');
    expectSameIndex(slicedIndex(document.body, 0, { skip }).index, expected);
  });

  it('a text node or a skipped element as the root', () => {
    document.body.innerHTML = '<p>only\u00a0 text</p><script>no</script>';
    const text = document.body.firstChild!.firstChild!;
    expectSameIndex(slicedIndex(text, 0).index, referenceIndex(text));
    const script = document.body.lastChild!;
    expectSameIndex(slicedIndex(script, 0).index, referenceIndex(script));
    expect(buildTextIndex(script).text).toBe('');
  });

  it('generated trees, in slices of one node', () => {
    const tags = ['p', 'div', 'span', 'em', 'li', 'br', 'script', 'td', 'a', 'h2'];
    const texts = ['', ' ', 'word', '  two  words ', '\u00a0', '\u00ad', 'x\u2019y', '\n\t', 'é', '`q`', '\u2014', '\ufeffz'];
    const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom(...texts),
        fc.tuple(fc.constantFrom(...tags), fc.constantFrom('', ' hidden', ' style="display:none"'), fc.array(tie('node'), { maxLength: 4 }))
          .map(([tag, attr, kids]) => `<${tag}${attr}>${kids.join('')}</${tag}>`),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (parts) => {
        document.body.innerHTML = parts.join('');
        const expected = referenceIndex(document.body);
        expectSameIndex(slicedIndex(document.body, 0).index, expected);
      }),
      { numRuns: 150 },
    );
  });
});

describe('TextIndexBuilder slices (negatives: what a slice must not do)', () => {
  it('does not index past the root', () => {
    document.body.innerHTML = '<p id="a">inside</p><p>outside</p>';
    const root = document.getElementById('a')!;
    const { index } = slicedIndex(root, 0);
    expect(index.text).not.toContain('outside');
    expectSameIndex(index, referenceIndex(root));
  });

  it('a node removed between slices ends its branch: the walk finishes, no throw', () => {
    document.body.innerHTML = '<div id="gone"><p>one</p><p>two</p></div><p>three</p>';
    const builder = new TextIndexBuilder(document.body);
    builder.slice(0); // <body>
    builder.slice(0); // the <div>
    document.getElementById('gone')!.remove();
    let guard = 0;
    while (!builder.slice(0).done) expect(++guard).toBeLessThan(50);
    expect(() => builder.index).not.toThrow();
  });

  it('a slice with a budget stops (reports not done) while nodes remain, and reports its own clock', () => {
    document.body.innerHTML = '<p>a</p><p>b</p><p>c</p>';
    const builder = new TextIndexBuilder(document.body);
    const first = builder.slice(0);
    expect(first.done).toBe(false);
    expect(first.items).toBe(1);
    expect(first.lastItemStart).toBe(first.start);
    expect(first.end).toBeGreaterThanOrEqual(first.start);
  });

  it('anchors found with the sliced index are the same ranges', () => {
    document.body.innerHTML = '<p>Acme raised <a>$5&nbsp;<em>million</em></a> led by Big Fund.</p><p>Big Fund again.</p>';
    const whole = buildTextIndex(document.body);
    const { index } = slicedIndex(document.body, 0);
    for (const target of [{ text: '$5 million' }, { text: 'Big Fund', everywhere: true }, { text: 'Zed Capital' }]) {
      const a = anchor(whole, target).map((r) => [r.startContainer, r.startOffset, r.endContainer, r.endOffset]);
      const b = anchor(index, target).map((r) => [r.startContainer, r.startOffset, r.endContainer, r.endOffset]);
      expect(b).toEqual(a);
    }
  });
});
