// @vitest-environment happy-dom
/**
 * Bounds of the composed (flattened) reading of web components (858c3cf): the
 * light-DOM measure that refuses huge pages (measureTree) does not see inside
 * shadow roots, so a hostile or broken page can hide any number of elements or
 * levels there. The composed clone given to Readability must stay within the
 * element and depth limits, and the text index must walk such a page without
 * recursion (a chain of 100,000 nested shadow roots must not overflow the stack
 * or hang the tab).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildTextIndex } from '../../utils/anchor';
import { composedClone, extractArticle } from '../../utils/extract';

afterEach(() => {
  document.body.innerHTML = '';
});

const LEDE = 'Brightwater Labs, a Porto-based maker of battery sensors, has raised $12 million in a Series A round led by Tidewell Partners, it said on Monday.';

/** Levels of elements below `root` (an explicit stack: the chain is deeper than the JS stack allows recursion). */
function depthOf(root: Node): number {
  let deepest = 0;
  const stack: Array<[Node, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, level] = stack.pop()!;
    deepest = Math.max(deepest, level);
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) stack.push([c, level + 1]);
  }
  return deepest;
}

/** `n` open shadow roots, each holding the next host: the light DOM is three elements deep. */
function nestedShadowChain(n: number, innermost: string): void {
  document.body.innerHTML = `<article><p>${LEDE}</p></article><x-box></x-box>`;
  let host = document.querySelector('x-box')!;
  for (let i = 0; i < n; i++) {
    const root = host.attachShadow({ mode: 'open' });
    const next = document.createElement('x-box');
    root.appendChild(next);
    host = next;
  }
  host.attachShadow({ mode: 'open' }).innerHTML = innermost;
}

describe('composed reading of shadow roots: bounded', () => {
  it('a chain of 2,000 nested shadow roots (a three-level light DOM) is refused as too deep; the clone and the index stay bounded', () => {
    nestedShadowChain(2_000, '<p>Deep inside.</p>');
    // Red on 858c3cf: the light-DOM measure saw three levels, and the page was read from a clone cut at 250.
    const read = extractArticle(document);
    expect(read.status).toBe('too-large');
    expect(read.message).toMatch(/nested more than 250 levels/);
    const clone = composedClone(document, 60_000, 250);
    expect(depthOf(clone)).toBeLessThanOrEqual(250);
    expect(clone.body.textContent).toContain(LEDE);
    // The text index walks it with its own stack: no recursion to overflow.
    expect(buildTextIndex(document.body).text).toContain('Deep inside.');
  });

  it('20,000 elements inside one shadow root count against maxElements: refused, and the clone keeps at most that many', () => {
    document.body.innerHTML = `<article><p>${LEDE}</p></article><x-list></x-list>`;
    const root = document.querySelector('x-list')!.attachShadow({ mode: 'open' });
    for (let i = 0; i < 20_000; i++) root.appendChild(document.createElement('i')).textContent = 'y';
    // Red on 858c3cf: five light elements passed the count, the clone was silently cut.
    expect(extractArticle(document, { maxElements: 5_000 }).status).toBe('too-large');
    expect(composedClone(document, 5_000, 250).querySelectorAll('*').length).toBeLessThanOrEqual(5_000);
  });

  it('negative: a page within the bounds, its article in a shadow root, is still read', () => {
    const root = (document.body.innerHTML = '<news-article></news-article>', document.querySelector('news-article')!.attachShadow({ mode: 'open' }));
    root.innerHTML = `<article><h1>Brightwater Labs raises $12 million</h1>${`<p>${LEDE}</p>`.repeat(6)}</article>`;
    expect(extractArticle(document).status).toBe('ok');
  });

  it('slots forwarded through nested components are followed once each, within the bounds', () => {
    // Each level's light child is a slot of the level above: the text climbs back up the chain to the outermost host.
    document.body.innerHTML = `<article><p>${LEDE}</p></article><x-fwd><p>Forwarded text.</p></x-fwd>`;
    let host = document.querySelector('x-fwd')!;
    for (let i = 0; i < 200; i++) {
      const root = host.attachShadow({ mode: 'open' });
      const inner = document.createElement('x-fwd');
      inner.appendChild(document.createElement('slot'));
      root.appendChild(inner);
      host = inner;
    }
    host.attachShadow({ mode: 'open' }).innerHTML = '<slot></slot>';
    const clone = composedClone(document, 60_000, 250);
    expect((clone.body.textContent ?? '').split('Forwarded text.').length - 1).toBe(1);
  });
});
