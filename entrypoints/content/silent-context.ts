/**
 * What the content script's WXT wrapper builds before main() runs, in place
 * of WXT's ContentScriptContext (wxt.config.ts aliases the module here for
 * the build). WXT's constructor fires a CustomEvent on the page's `document`
 * named `<extension id>:content:wxt:content-script-started`: the DOM is
 * shared with the page, so a page listening under that name (the id of a
 * store extension is public) heard each injection, i.e. learnt that Roundup
 * was opened on it, and when. Roundup never used the context (its own
 * lifetime: main.ts, the window slot and the 1 s tick), so this one fires
 * nothing, listens to nothing on the page, and only keeps the shape main()
 * may be handed. Like WXT's, it turns invalid once the extension's runtime id
 * is gone (a reload or an update cuts the old copy off without telling it):
 * code given this context must never be told a dead copy is still valid.
 * Not here, on purpose: WXT's setInterval/setTimeout/requestAnimationFrame/
 * requestIdleCallback/addEventListener/block (TypeScript still sees WXT's
 * class: the alias is the build's), which Roundup does not use (main.ts keeps
 * its own lifetime); a call to one throws at once rather than half-working.
 */
export class ContentScriptContext {
  readonly abortController = new AbortController();
  readonly contentScriptName: string;
  readonly options: unknown;

  constructor(contentScriptName: string, options?: unknown) {
    this.contentScriptName = contentScriptName;
    this.options = options;
  }

  get signal(): AbortSignal {
    return this.abortController.signal;
  }

  get isInvalid(): boolean {
    if (runtimeId() === undefined) this.abort();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  abort(reason?: unknown): void {
    this.abortController.abort(reason);
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }
}

/** The extension's runtime id where WXT's `browser` finds it; undefined once the extension was reloaded or removed. */
function runtimeId(): string | undefined {
  const g = globalThis as { browser?: { runtime?: { id?: string } }; chrome?: { runtime?: { id?: string } } };
  try {
    return g.browser?.runtime?.id ?? g.chrome?.runtime?.id;
  } catch {
    return undefined;
  }
}
