// @vitest-environment happy-dom
/**
 * Review of session 21's product (30f9056): shownThroughShadowHosts counted a
 * light child assigned to a slot as shown, and walked on from the host,
 * without asking whether that slot is shown. A slot can itself be a light
 * child of a nested component in the root (a card that wraps what it is
 * given): when that component's own open root has no slot for it, the text is
 * not on the page, and highlights on it are as good as redrawn. The walk now
 * goes on from the slot the node is assigned to. And a painted range is asked
 * at both ends (only its start was): it can run from a paragraph the
 * component slots into one it does not.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { shownThroughShadowHosts } from '../../utils/shadow';
import { isLiveRange } from '../../utils/live-range';

afterEach(() => {
  document.body.innerHTML = '';
});

/** <story-frame> slots its light text into <story-card>, a component of its root; `cardRoot`: what the card shows. */
function reslotted(cardRoot: string): Node {
  document.body.innerHTML = '<story-frame><p id="lede">Orvella Foods raised €8 million in a Series A round.</p></story-frame>';
  const frameRoot = document.querySelector('story-frame')!.attachShadow({ mode: 'open' });
  frameRoot.innerHTML = '<story-card><slot></slot></story-card>';
  frameRoot.querySelector('story-card')!.attachShadow({ mode: 'open' }).innerHTML = cardRoot;
  return document.getElementById('lede')!.firstChild!;
}

describe('review34: a slotted node is shown only when its slot is', () => {
  it('the slot is a light child of a nested component whose root shows no slot: hidden', () => {
    expect(shownThroughShadowHosts(reslotted('<div>Loading…</div>'))).toBe(false);
  });

  it('negative: the nested component slots it on: shown', () => {
    expect(shownThroughShadowHosts(reslotted('<div class="card"><slot></slot></div>'))).toBe(true);
  });

  it('negative: a plain slot in the root, no nested component: shown', () => {
    document.body.innerHTML = '<story-frame><p id="lede">Lede.</p></story-frame>';
    document.querySelector('story-frame')!.attachShadow({ mode: 'open' }).innerHTML = '<section><slot></slot></section>';
    expect(shownThroughShadowHosts(document.getElementById('lede')!.firstChild!)).toBe(true);
  });
});

describe('review34: a painted range is live only when both its ends are shown', () => {
  /** <story-box> shows only its light child slotted as "lede"; a range from that paragraph into the next. */
  function rangeIntoHidden(): { range: Range; lede: Node; body: Node } {
    document.body.innerHTML = '<story-box><p slot="lede" id="lede">Orvella Foods raised €8 million.</p><p id="body">Saltmarsh Capital led the round.</p></story-box>';
    document.querySelector('story-box')!.attachShadow({ mode: 'open' }).innerHTML = '<header><slot name="lede"></slot></header>';
    const lede = document.getElementById('lede')!.firstChild!;
    const body = document.getElementById('body')!.firstChild!;
    const range = document.createRange();
    range.setStart(lede, 14);
    range.setEnd(body, 9);
    return { range, lede, body };
  }

  it('from a slotted paragraph into one no slot shows: not live', () => {
    const { range, lede, body } = rangeIntoHidden();
    expect(shownThroughShadowHosts(lede)).toBe(true);
    expect(shownThroughShadowHosts(body)).toBe(false);
    expect(isLiveRange(range)).toBe(false);
  });

  it('negative: a range within the slotted paragraph is live', () => {
    const { lede } = rangeIntoHidden();
    const range = document.createRange();
    range.setStart(lede, 0);
    range.setEnd(lede, 12);
    expect(isLiveRange(range)).toBe(true);
  });
});
