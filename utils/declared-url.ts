/**
 * The address a saved page declares for itself. A page read from a file (the
 * command line, the eval) has no address of its own, but most pages say where
 * they live: a canonical link, an Open Graph `og:url`, or the `source-url`
 * that page savers write. Only an absolute http(s) address is taken; it is
 * read as text and never fetched.
 */

/** Where a page names its own address, most authoritative first. */
const DECLARED_URL_SELECTORS = ['link[rel="canonical"]', 'meta[property="og:url"]', 'meta[name="source-url"]', 'meta[name="twitter:url"]'] as const;

/** Longer than any real address: a hostile page must not hand us megabytes as a "URL". */
const MAX_URL_CHARS = 2_048;

export function declaredUrl(doc: Document): string | null {
  for (const selector of DECLARED_URL_SELECTORS) {
    let value: string | null | undefined;
    try {
      const el = doc.querySelector(selector);
      value = el?.getAttribute('href') ?? el?.getAttribute('content');
    } catch {
      continue;
    }
    const url = absoluteWebUrl(value);
    if (url) return url;
  }
  return null;
}

function absoluteWebUrl(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text || text.length > MAX_URL_CHARS) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
