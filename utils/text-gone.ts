/**
 * Whether a re-anchor that found fewer findings than the reading did means
 * the page rewrote their text, or only redrew it: the words the reading found
 * (wordsInDocument), looked for in the page's shown text (textGoneUnder).
 * DOM only. Moved out of entrypoints/content/page.ts, no behaviour change.
 */
import { shownTextOf, textsStillOn } from './anchor';
import type { AnchoredFinding } from './highlight';

/** Each found finding's words as its first range holds them, when that range is in the document itself. */
export function wordsInDocument(doc: Document, anchored: readonly AnchoredFinding[]): Map<string, string> {
  const words = new Map<string, string>();
  for (const { finding, ranges } of anchored) {
    const range = ranges[0];
    if (range && range.startContainer.getRootNode() === doc) words.set(finding.id, range.toString());
  }
  return words;
}

/**
 * A pass the page changed under found fewer findings (an ad beside the
 * article rotating faster than a pass, review of session 22's note): the
 * text tells. Some words the reading found, lost by this pass, are nowhere
 * in the page's text now: gone, not redrawn (a redraw keeps every word).
 * At most VERBATIM_CHECKS searches of the page's text.
 *
 * `wordsAtReading`: the words the reading's first anchoring found (wordsInDocument); `skip`: our own
 * elements; `indexLimit`: the text index's limit on a first-part page.
 */
export function textGoneUnder(doc: Document, anchored: readonly AnchoredFinding[], wordsAtReading: ReadonlyMap<string, string>, skip: (el: Element) => boolean, indexLimit: number | undefined): boolean {
  const lost = anchored.filter((a) => a.ranges.length === 0).map((a) => wordsAtReading.get(a.finding.id)).filter((w): w is string => w !== undefined);
  if (lost.length === 0) return false;
  // The shown text only (a JSON-LD articleBody keeps the old words), as far as twice the index's limit on a first-part page.
  const root = doc.body ?? doc.documentElement;
  const shown = shownTextOf(root, { skip, maxChars: indexLimit === undefined ? undefined : 2 * indexLimit });
  const { checked, present } = textsStillOn(shown, lost);
  return present < checked;
}
