/**
 * Bidirectional-text controls in page strings.
 *
 * A page can hide text order tricks in invisible characters: "Jean\u202Eevil\u202C Dupont"
 * renders as "Jeanlive Dupont", so a reader (or an editor pasting an export) sees a name
 * that is not the one in the text. The card and the human-readable exports drop these
 * controls; the JSON export keeps page strings exactly as in the text (the contract).
 *
 * Removed: the embeddings and overrides U+202A–U+202E (LRE, RLE, PDF, LRO, RLO), the
 * isolates U+2066–U+2069 (LRI, RLI, FSI, PDI), the marks U+200E/U+200F (LRM, RLM) and the
 * Arabic letter mark U+061C (ALM). Nothing else changes (letters of right-to-left scripts
 * stay and render in their natural order).
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** The text without bidirectional controls, so it shows in the order it is stored. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
