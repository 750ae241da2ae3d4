/**
 * How our highlights are painted in time: the first paint registers those
 * near the viewport, the rest follow in idle time (whenIdle), and above
 * WINDOW_THRESHOLD ranges only a window around the viewport is registered.
 * The painter is utils/highlight.ts; PageController decides when to paint.
 */
import type { NearViewport, ViewportWindow } from '../../utils/highlight';
import type { StepTrace } from './trace';

/**
 * The first paint registers the highlights within two screens of the
 * viewport (at most 150 ranges): what the reader sees at once, at a small
 * cost to the browser's next rendering update. The rest follow in idle time,
 * at the latest after PAINT_REST_WITHIN_MS.
 */
const NEAR_VIEWPORT = { marginPx: 2 * 900, maxRanges: 150 };
const PAINT_REST_WITHIN_MS = 1000;
/**
 * Above this many ranges only those within two screens of the viewport are
 * registered at all, and the set follows scrolling (see ViewportWindow):
 * Chromium rebuilds the markers of every registered range at each rendering
 * update after a DOM or style change, ~700 of them a 106-221 ms frame for a
 * one-element change by the page. Below it, all are registered (near first).
 */
export const WINDOW_THRESHOLD = 300;

/** The painter's options for a paint: the near-viewport first paint, and the window (each re-windowing traced). */
export function paintOptions(trace: StepTrace): { nearViewport: NearViewport; window: ViewportWindow } {
  return {
    nearViewport: NEAR_VIEWPORT,
    window: {
      ...NEAR_VIEWPORT,
      threshold: WINDOW_THRESHOLD,
      // Re-windowing after a scroll is a task of ours too (a frame callback): traced like the others.
      onUpdate: ({ start: from, end, registered }) => trace.add({ name: 'window', start: from, end, whole: true, items: registered }),
    },
  };
}

/** Run `run` in the page's next idle time, or within PAINT_REST_WITHIN_MS at the latest (a zero-delay timer without idle callbacks). */
export function whenIdle(view: Window & typeof globalThis, run: () => void): { cancel: () => void } {
  if (typeof view.requestIdleCallback === 'function') {
    const id = view.requestIdleCallback(run, { timeout: PAINT_REST_WITHIN_MS });
    return { cancel: () => view.cancelIdleCallback(id) };
  }
  const id = view.setTimeout(run, 0);
  return { cancel: () => view.clearTimeout(id) };
}
