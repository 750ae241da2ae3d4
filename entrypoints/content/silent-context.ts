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
 * may be handed. Pure, no browser.* API.
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
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.signal.aborted;
  }

  abort(reason?: unknown): void {
    this.abortController.abort(reason);
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }
}
