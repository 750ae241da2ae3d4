/**
 * Pages no extension may read, told apart by their address (before trying)
 * and by the error executeScript gives (after trying), each with a sentence
 * that says why.
 */

/** Why Roundup cannot read `url`, or null when it can try. */
export function restrictedReason(url: string | undefined | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const scheme = parsed.protocol;
  if (['chrome:', 'edge:', 'brave:', 'opera:', 'vivaldi:', 'about:', 'chrome-search:', 'devtools:', 'view-source:', 'chrome-untrusted:'].includes(scheme)) {
    return 'This is a browser page: extensions are not allowed to read it.';
  }
  if (['chrome-extension:', 'moz-extension:', 'extension:'].includes(scheme)) {
    return 'This page belongs to an extension: Roundup cannot read it.';
  }
  const host = parsed.hostname;
  if (host === 'chromewebstore.google.com' || (host === 'chrome.google.com' && parsed.pathname.startsWith('/webstore')) || (host === 'microsoftedge.microsoft.com' && parsed.pathname.startsWith('/addons'))) {
    return 'The browser does not let extensions read the extension store.';
  }
  if (/\.pdf$/i.test(parsed.pathname)) {
    return 'This is a PDF in the browser’s viewer: Roundup reads web pages, not PDFs.';
  }
  if (scheme === 'data:' || scheme === 'blob:') return 'Roundup cannot read pages without a web address.';
  return null;
}

/** A sentence for an executeScript failure: restricted (with why) or a plain error. */
export function injectionFailure(url: string | undefined | null, error: unknown): { restricted: boolean; message: string } {
  const text = error instanceof Error ? error.message : String(error);
  const early = restrictedReason(url);
  if (early) return { restricted: true, message: early };
  if (url?.startsWith('file:') || /file:\/\//.test(text)) {
    return { restricted: true, message: 'To read local files, turn on “Allow access to file URLs” for Roundup on the extensions page.' };
  }
  if (/\b(chrome|edge|about|devtools|chrome-extension):/i.test(text)) {
    return { restricted: true, message: 'This is a browser page: extensions are not allowed to read it.' };
  }
  if (/gallery cannot be scripted|webstore/i.test(text)) {
    return { restricted: true, message: 'The browser does not let extensions read the extension store.' };
  }
  if (/cannot access|cannot be scripted|missing host permission|permission/i.test(text)) {
    return { restricted: true, message: 'The browser does not let Roundup read this page (open the popup again from the toolbar on the page).' };
  }
  if (/no tab|frame.*removed|closed/i.test(text)) return { restricted: false, message: 'The tab went away before Roundup could read it.' };
  return { restricted: false, message: text || 'Unknown error.' };
}
