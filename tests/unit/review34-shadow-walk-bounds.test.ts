// @vitest-environment happy-dom
/**
 * Review of session 21's product (30f9056): isLiveRange asks
 * shownThroughShadowHosts, which walked from each painted range up to the top
 * of the page on every liveness sweep (rangesLost, liveFindings, each card
 * push): ranges × depth, and the depth is not bounded after the reading (a
 * re-anchor anchors in whatever the page redrew, at any depth). The work is
 * counted here in reads of Element.shadowRoot, one per level walked, never in
 * time: one range's walk stops at SHADOW_WALK_MAX_LEVELS, and one sweep shares
 * what it learnt about the ancestors, so a second range in the same paragraph
 * costs a level or two, not the whole depth again.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { liveRangeSweep } from '../../utils/live-range';
import { SHADOW_WALK_MAX_LEVELS, shadowSweep, shownThroughShadowHosts } from '../../utils/shadow';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** A paragraph `depth` levels below <body> (built by appendChild: no parser recursion), its text node returned. */
function deepText(depth: number, text = 'Orvella Foods raised €8 million in a Series A round.'): Text {
  let parent: Element = document.body;
  for (let i = 0; i < depth; i++) parent = parent.appendChild(document.createElement('div'));
  return parent.appendChild(document.createElement('p')).appendChild(document.createTextNode(text));
}

/** Counts the levels walked (each reads the ancestor's shadowRoot). */
function countShadowReads(): () => number {
  const original = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot')!.get!;
  const spy = vi.spyOn(Element.prototype, 'shadowRoot', 'get').mockImplementation(function (this: Element) {
    return original.call(this) as ShadowRoot | null;
  });
  return () => spy.mock.calls.length;
}

describe('review34: the shadow-host walk of a liveness check is bounded', () => {
  it('one range 5,000 levels deep: at most SHADOW_WALK_MAX_LEVELS levels walked, and it counts as shown', () => {
    const text = deepText(5_000);
    const reads = countShadowReads();
    expect(shownThroughShadowHosts(text)).toBe(true);
    expect(reads()).toBeLessThan(5_000);
    expect(reads()).toBeLessThanOrEqual(SHADOW_WALK_MAX_LEVELS);
  });

  it('100 ranges in one deep paragraph, one sweep: the ancestors are walked once, not once per range', () => {
    const text = deepText(300);
    const ranges = Array.from({ length: 100 }, (_, i) => {
      const r = document.createRange();
      r.setStart(text, i % 40);
      r.setEnd(text, (i % 40) + 5);
      return r;
    });
    const reads = countShadowReads();
    const live = liveRangeSweep();
    expect(ranges.every((r) => live(r))).toBe(true);
    // One walk of ~300 levels, then the paragraph's text is known: far below 100 × 300.
    expect(reads()).toBeLessThan(2 * 300);
  });

  it('the shared answers keep what the walk found: a hidden light child stays hidden, a shown sibling stays shown', () => {
    document.body.innerHTML = '<news-story><p id="lede">Lede.</p></news-story><p id="plain">Plain.</p>';
    document.querySelector('news-story')!.attachShadow({ mode: 'open' }).innerHTML = '<div>Rendered by the component.</div>';
    const shown = shadowSweep();
    const lede = document.getElementById('lede')!.firstChild!;
    const plain = document.getElementById('plain')!.firstChild!;
    for (let i = 0; i < 2; i++) {
      expect(shown(lede)).toBe(false);
      expect(shown(plain)).toBe(true);
    }
  });
});
