// @vitest-environment happy-dom
/**
 * The page's fingerprint walk (ShapeWalk): it counts the elements and hashes
 * the text in one walk of slices, so neither a page of 100,000 elements nor a
 * 10 MB page is one long task; our own fallback marks are not the page's.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { pageShape, ShapeWalk } from '../../utils/page-shape';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ShapeWalk', () => {
  it.each([
    ['<p>One</p>', 1],
    ['<article><h1>Title</h1><p>A <b>bold</b> and <i>italic</i> line.</p><ul><li>a</li><li>b</li></ul></article>', 8],
    ['plain text, no element', 0],
  ])('counts the elements of <body> as the browser does: %s', (html, count) => {
    document.body.innerHTML = html;
    const shape = pageShape(document);
    expect(shape.elements).toBe(count);
    expect(shape.elements).toBe(document.body.getElementsByTagName('*').length);
    expect(shape.textChars).toBe(document.body.textContent?.length ?? 0);
  });

  it('our fallback <mark>s change neither the count nor the key; a page’s own <mark> does', () => {
    document.body.innerHTML = '<p>Acme raised $5 million.</p>';
    const before = pageShape(document).key;
    document.body.innerHTML = '<p>Acme raised <mark data-roundup-mark="1">$5 million</mark>.</p>';
    expect(pageShape(document).key).toBe(before);
    document.body.innerHTML = '<p>Acme raised <mark>$5 million</mark>.</p>';
    expect(pageShape(document).key).not.toBe(before);
  });

  it('a same-length edit of the text changes the key', () => {
    document.body.innerHTML = '<p>Acme raised $5 million.</p>';
    const before = pageShape(document).key;
    document.body.innerHTML = '<p>Acme raised $6 million.</p>';
    expect(pageShape(document).key).not.toBe(before);
  });

  it('stops past its element limit, in slices, without walking the rest', () => {
    // (A limit of 500 stands in for DEFAULT_MAX_ELEMENTS: building 60,000 elements here takes seconds.)
    const limit = 500;
    document.body.innerHTML = '<i>x</i>'.repeat(limit + 300);
    const walk = new ShapeWalk(document, limit);
    let slices = 0;
    let nodes = 0;
    for (;;) {
      const slice = walk.slice(0);
      slices++;
      nodes += slice.items;
      if (slice.done) break;
      if (slices > 3 * limit) throw new Error('the walk did not end');
    }
    const shape = walk.shape;
    expect(shape.elements).toBe(limit + 1);
    expect(shape.key).toMatch(/\|many$/);
    // Elements and text nodes alternate: it stopped after twice the limit, not at the end.
    expect(nodes).toBe(2 * limit + 1);
  });

  it('a zero budget still does one node per slice: the walk always moves on', () => {
    document.body.innerHTML = '<p>One</p><p>Two</p>';
    const walk = new ShapeWalk(document);
    const items: number[] = [];
    for (let slice = walk.slice(0); ; slice = walk.slice(0)) {
      items.push(slice.items);
      if (slice.done) break;
    }
    expect(items).toEqual([1, 1, 1, 1, 0]);
  });

  it('an unbounded budget walks the whole page in one slice', () => {
    document.body.innerHTML = '<p>One</p><p>Two</p>';
    const slice = new ShapeWalk(document).slice(Number.POSITIVE_INFINITY);
    expect(slice.done).toBe(true);
    expect(slice.items).toBe(4);
  });
});
