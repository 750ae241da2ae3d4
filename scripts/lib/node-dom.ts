/** Node-side helpers shared by the command line, eval and bench: linkedom stands in for the browser's DOM. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

/** Parse an HTML string into a Document, as a browser would give the content script. */
export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Read a .txt file as the contract says: every non-empty line is one paragraph. */
export function paragraphsOfText(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
}

export function readHtmlFile(path: string): Document {
  return parseDocument(readFileSync(path, 'utf8'));
}
