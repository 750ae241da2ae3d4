// @vitest-environment happy-dom
/**
 * ShapeWalk's queue of open shadow roots (review of session 19, C4): read
 * through an index instead of shift(), which was quadratic over tens of
 * thousands of roots. Every root met is walked once, in the order met,
 * roots met inside other roots included.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ShapeWalk } from '../../utils/page-shape';

afterEach(() => {
  document.body.innerHTML = '';
});

/** `hosts` light-DOM hosts, each root holding a <p> and a nested host whose root holds one <b>. */
function componentPage(hosts: number): { roots: ShadowRoot[]; elements: number } {
  const roots: ShadowRoot[] = [];
  for (let i = 0; i < hosts; i++) {
    const host = document.body.appendChild(document.createElement('div'));
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<p>Item ${i}</p><span></span>`;
    const inner = root.querySelector('span')!.attachShadow({ mode: 'open' });
    inner.innerHTML = `<b>${i}</b>`;
    roots.push(root, inner);
  }
  // Light host + <p> + <span> + <b> per component.
  return { roots, elements: 4 * hosts };
}

describe('ShapeWalk: many open shadow roots', () => {
  it('walks each root once, nested ones too, and counts all their elements', () => {
    const { roots, elements } = componentPage(300);
    const met: ShadowRoot[] = [];
    const walk = new ShapeWalk(document, 100_000, (root) => met.push(root));
    let slice = walk.slice(0.5);
    for (let guard = 0; !slice.done && guard < 10_000; guard++) slice = walk.slice(0.5);
    expect(slice.done).toBe(true);
    expect(walk.shape.elements).toBe(elements);
    expect(new Set(met).size).toBe(roots.length);
    expect(met.length).toBe(roots.length);
  });

  it('a page without shadow roots meets none', () => {
    document.body.innerHTML = '<div><p>One</p></div><span>Two</span>';
    const met: ShadowRoot[] = [];
    const walk = new ShapeWalk(document, 100_000, (root) => met.push(root));
    while (!walk.slice(Number.POSITIVE_INFINITY).done) { /* one slice */ }
    expect(met).toEqual([]);
    expect(walk.shape.elements).toBe(3);
  });
});
