/**
 * Review of session 21's product (be35c95): the build puts a silent stand-in
 * in place of WXT's ContentScriptContext (wxt.config.ts alias). TypeScript
 * still sees WXT's class, so code handed the context trusts WXT's contract:
 * `isValid` turns false once the extension's runtime id is gone (a reload or
 * an update cuts the old copy off without telling it). The stand-in said
 * "valid" for ever. It now reads the runtime id as WXT's does, and still
 * fires and listens to nothing on the page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../entrypoints/content/silent-context';

const g = globalThis as { chrome?: { runtime?: { id?: string } } };

afterEach(() => {
  delete g.chrome;
});

describe('review34: the silent content-script context', () => {
  it('turns invalid once the extension’s runtime id is gone, and says so to its listeners', () => {
    g.chrome = { runtime: { id: 'abcdefghijklmnopabcdefghijklmnop' } };
    const ctx = new ContentScriptContext('content');
    const invalidated = vi.fn();
    ctx.onInvalidated(invalidated);
    expect(ctx.isValid).toBe(true);
    delete g.chrome.runtime!.id;
    expect(ctx.isValid).toBe(false);
    expect(ctx.isInvalid).toBe(true);
    expect(invalidated).toHaveBeenCalledTimes(1);
  });

  it('negative: while the extension is there it stays valid, and it dispatches nothing on the page', () => {
    g.chrome = { runtime: { id: 'abcdefghijklmnopabcdefghijklmnop' } };
    const dispatch = vi.spyOn(EventTarget.prototype, 'dispatchEvent');
    const ctx = new ContentScriptContext('content');
    expect(ctx.isValid).toBe(true);
    expect(ctx.isValid).toBe(true);
    expect(dispatch).not.toHaveBeenCalled();
    dispatch.mockRestore();
  });
});
