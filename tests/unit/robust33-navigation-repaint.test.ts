/**
 * The repaint after an in-page navigation (review of session 19, item 2):
 * main.ts's onLocationChange added an abort listener to the content script's
 * lifetime signal at every navigation, so a single-page app that navigated
 * 1,000 times kept 1,000 listeners. NavigationRepaint takes one for its life,
 * and keeps one repaint waiting at a time.
 */
import { describe, expect, it, vi } from 'vitest';
import { NavigationRepaint, type TimerHost } from '../../entrypoints/content/navigation';

/** A timer host whose timers run only when the row says so. */
function manualTimers(): TimerHost & { waiting: () => number; runAll: () => void } {
  const timers = new Map<number, () => void>();
  let next = 1;
  return {
    setTimeout: (run) => {
      timers.set(next, run);
      return next++;
    },
    clearTimeout: (id) => void timers.delete(id),
    waiting: () => timers.size,
    runAll: () => {
      const due = [...timers.values()];
      timers.clear();
      due.forEach((run) => run());
    },
  };
}

/** The script's lifetime signal, counting the abort listeners added to it. */
function countedLife(): { life: AbortController; listeners: () => number } {
  const life = new AbortController();
  const add = vi.spyOn(life.signal, 'addEventListener');
  return { life, listeners: () => add.mock.calls.filter(([type]) => type === 'abort').length };
}

describe('robust33: one abort listener however often a single-page app navigates', () => {
  it('1,000 navigations: one listener on the lifetime signal, one repaint waiting', () => {
    const timers = manualTimers();
    const { life, listeners } = countedLife();
    const run = vi.fn();
    const repaint = new NavigationRepaint(timers, life.signal, 800, run);
    for (let i = 0; i < 1000; i++) repaint.schedule();
    expect(listeners()).toBe(1);
    expect(timers.waiting()).toBe(1);
    timers.runAll();
    expect(run).toHaveBeenCalledTimes(1);
    expect(repaint.pending).toBe(false);
  });

  it('navigations after the repaint ran each wait again, still on the one listener', () => {
    const timers = manualTimers();
    const { life, listeners } = countedLife();
    const run = vi.fn();
    const repaint = new NavigationRepaint(timers, life.signal, 800, run);
    for (let i = 0; i < 3; i++) {
      repaint.schedule();
      timers.runAll();
    }
    expect(run).toHaveBeenCalledTimes(3);
    expect(listeners()).toBe(1);
  });

  it('negative: the script stopping drops the waiting repaint; none runs after', () => {
    const timers = manualTimers();
    const { life } = countedLife();
    const run = vi.fn();
    const repaint = new NavigationRepaint(timers, life.signal, 800, run);
    repaint.schedule();
    expect(repaint.pending).toBe(true);
    life.abort();
    expect(repaint.pending).toBe(false);
    expect(timers.waiting()).toBe(0);
    timers.runAll();
    expect(run).not.toHaveBeenCalled();
  });

  it('negative: no navigation, no repaint', () => {
    const timers = manualTimers();
    const run = vi.fn();
    new NavigationRepaint(timers, new AbortController().signal, 800, run);
    timers.runAll();
    expect(run).not.toHaveBeenCalled();
  });
});
