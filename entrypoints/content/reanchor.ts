/**
 * When to re-anchor after the page redrew text we had painted (review F3):
 * the timer (debounced, at most once per REANCHOR_EVERY_MS) and the count of
 * re-anchors in a row, past which the page is given up on. PageController
 * decides whether a re-anchor is needed and runs it.
 */

/**
 * A page that re-renders its article (React, hydration: the same text in new
 * nodes) cuts our ranges loose: they collapse and nothing is drawn (review
 * F3). The MutationObserver then schedules a re-anchor (the findings looked
 * up again in the page's text, not a new reading): REANCHOR_DEBOUNCE_MS after
 * the first change, and at most once per REANCHOR_EVERY_MS. A page that
 * redraws faster than that forever is given up on after REANCHOR_MAX_ATTEMPTS
 * in a row (each less than REANCHOR_SETTLED_MS after the one before); the card
 * then says how many highlights were found again.
 */
export const REANCHOR_DEBOUNCE_MS = 200;
export const REANCHOR_EVERY_MS = 1000;
export const REANCHOR_MAX_ATTEMPTS = 5;
export const REANCHOR_SETTLED_MS = 10_000;

export class ReanchorSchedule {
  /** REANCHOR_DEBOUNCE_MS and REANCHOR_EVERY_MS (shorter in tests). */
  readonly timing: { debounceMs: number; everyMs: number };
  /** The re-anchor the observer scheduled after the page redrew painted text (review F3). */
  private timer: { cancel: () => void } | null = null;
  /** Re-anchors in a row (see REANCHOR_MAX_ATTEMPTS), and when the last one started. */
  private attempts = 0;
  private lastAt = Number.NEGATIVE_INFINITY;

  constructor(timing: { debounceMs?: number; everyMs?: number } = {}) {
    this.timing = { debounceMs: timing.debounceMs ?? REANCHOR_DEBOUNCE_MS, everyMs: timing.everyMs ?? REANCHOR_EVERY_MS };
  }

  /** A re-anchor is scheduled and has not run yet. */
  get scheduled(): boolean {
    return this.timer !== null;
  }

  /** Run `reanchor` on `view` after the debounce, and no sooner than REANCHOR_EVERY_MS after the last re-anchor began. */
  schedule(view: Window, reanchor: () => void): void {
    const { debounceMs, everyMs } = this.timing;
    const delay = Math.max(debounceMs, this.lastAt + everyMs - performance.now());
    const id = view.setTimeout(() => {
      this.timer = null;
      reanchor();
    }, delay);
    this.timer = { cancel: () => view.clearTimeout(id) };
  }

  cancel(): void {
    this.timer?.cancel();
    this.timer = null;
  }

  /**
   * A re-anchor begins at `now`: false when it is one too many in a row (the
   * page is given up on). `asked`: the user asked (the popup, a switch): not
   * counted against the attempts, which it resets, as does a page settled for
   * REANCHOR_SETTLED_MS.
   */
  begin(asked: boolean, now: number): boolean {
    if (asked || now - this.lastAt > REANCHOR_SETTLED_MS) this.attempts = 0;
    if (!asked && this.attempts >= REANCHOR_MAX_ATTEMPTS) return false;
    if (!asked) this.attempts++;
    this.lastAt = now;
    return true;
  }

  /** A new reading (or none): no re-anchor in a row yet. */
  resetAttempts(): void {
    this.attempts = 0;
  }
}
