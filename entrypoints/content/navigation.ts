/**
 * The repaint after an in-page navigation (a single-page app changing its URL
 * without reloading us): the page is read again after a moment, when the app
 * has drawn the new content. One repaint waits at a time: a navigation while
 * one waits starts the wait over (three quick navigations read the last page
 * once, not three times), and the script stopping cancels it.
 *
 * One abort listener for the script's whole life, taken at construction:
 * before, each navigation added one to the script's lifetime signal, so an
 * app that navigated 1,000 times kept 1,000 listeners (and their closures)
 * until the tab closed.
 */
export interface TimerHost {
  setTimeout: (run: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
}

export class NavigationRepaint {
  private timer: number | null = null;
  private readonly host: TimerHost;
  private readonly delayMs: number;
  private readonly run: () => void;

  constructor(host: TimerHost, life: AbortSignal, delayMs: number, run: () => void) {
    this.host = host;
    this.delayMs = delayMs;
    this.run = run;
    life.addEventListener('abort', () => this.cancel(), { once: true });
  }

  /** A navigation: the repaint `delayMs` from now (a waiting one is dropped). */
  schedule(): void {
    this.cancel();
    this.timer = this.host.setTimeout(() => {
      this.timer = null;
      this.run();
    }, this.delayMs);
  }

  /** True while a repaint waits. */
  get pending(): boolean {
    return this.timer !== null;
  }

  cancel(): void {
    if (this.timer === null) return;
    this.host.clearTimeout(this.timer);
    this.timer = null;
  }
}
