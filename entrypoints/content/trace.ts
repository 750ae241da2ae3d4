/**
 * What the content script did on the main thread, step by step: each record
 * is one task of ours (the code between two yields), with how much work it
 * did. The browser tests read it to attribute the page's long tasks to
 * Readability's parse or to our own steps, and to check that our splittable
 * steps were split.
 *
 * Kept in the isolated world's memory, not in the page's performance
 * timeline: performance.mark/measure entries are shared with the page's own
 * scripts, which could then tell that Roundup runs (and on what). The tests
 * read it through the slot on `window` in our isolated world.
 */

/** One task of ours. Times are performance.now() of the page (the long-task entries' clock). */
export interface StepRecord {
  /** 'fingerprint' | 'readability' | 'send' | 'index' | 'anchor' | 'paint' | 'answer' | 'paint-rest' | 'window' (the registered highlights following a scroll) | … */
  name: string;
  start: number;
  end: number;
  /** Units of work done in this task (findings anchored, ranges painted…), when the step is chunked. */
  items?: number;
  /**
   * True for a step the code runs as one task because it cannot be split
   * without changing its result: Readability's parse, a reader over the whole
   * article, one pass over the DOM.
   */
  whole?: boolean;
  /** For a chunk: when its last unit of work started (the chunk's deadline is checked before each unit). */
  lastItemStart?: number;
}

/** Records kept at most: a page analysed many times keeps only the latest runs. */
const MAX_RECORDS = 4000;

export class StepTrace {
  readonly records: StepRecord[] = [];
  /** Times control went back to the page (the pauses between tasks). */
  yields = 0;

  /** Run `work` as (part of) the current task and record it under `name`. */
  time<T>(name: string, work: () => T, info: { items?: number; whole?: boolean } = {}): T {
    const start = performance.now();
    try {
      return work();
    } finally {
      this.add({ name, start, end: performance.now(), ...info });
    }
  }

  add(record: StepRecord): void {
    if (this.records.length >= MAX_RECORDS) this.records.splice(0, this.records.length - MAX_RECORDS + 1);
    this.records.push(record);
  }
}

/**
 * A chunk of anchoring stops at its first finding past this much main-thread
 * time, then yields: well under the 50 ms of a long task, so input and the
 * page's own work get in between.
 */
export const CHUNK_MS = 8;

/**
 * Hand the main thread back to the page: a zero-delay timer, so the page's
 * own due timers, input and rendering run before our next task.
 */
export function yieldToPage(trace: StepTrace): Promise<void> {
  trace.yields++;
  return new Promise<void>((resolve) => setTimeout(resolve, 0));
}
