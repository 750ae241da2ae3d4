/**
 * Whether our highlights' ranges still cover text the page shows: a range
 * the page's re-render collapsed, left in removed nodes, or hid behind a
 * shadow root attached late is not live. DOM only. Moved out of
 * entrypoints/content/page.ts, no behaviour change.
 */
import { shadowSweep } from './shadow';

/**
 * A range that still covers text on the page (a re-render collapses it, or leaves it in removed nodes, or a
 * component attaches its shadow root late and shows that instead of the light text the range is on).
 */
export function isLiveRange(range: Range): boolean {
  return liveRangeSweep()(range);
}

/** isLiveRange for one pass over many ranges: the shadow-host walk's answers are shared (see shadowSweep). */
export function liveRangeSweep(): (range: Range) => boolean {
  const shown = shadowSweep();
  return (range) => {
    try {
      const { startContainer: start, endContainer: end } = range;
      // Both ends: a range may run from a slotted paragraph into one the component does not show.
      return !range.collapsed && start.isConnected && end.isConnected && shown(start) && (end === start || shown(end));
    } catch {
      return false;
    }
  };
}
