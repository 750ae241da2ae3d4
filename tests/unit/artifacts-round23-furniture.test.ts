import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from '../../utils/artifacts/boilerplate';
import { buildDoc } from '../../utils/artifacts/context';
import { findEdgeChrome, isPrintPageHead } from '../../utils/artifacts/edge-chrome';
import { findAddressedMediumNotes } from '../../utils/artifacts/prompts';
import { isIconNameRow } from '../../utils/artifacts/ui-labels';

/**
 * Round 23 furniture, read by structure. Invented rows (no fixture or fresh page copied), each run through the one
 * reader that decides it.
 *
 * A print page head: a weekday date with its year in any print order, and around it only a page head's fields (page
 * number or code, edition words, cover price, separators, the paper's name). Set in Title Case as often as in capitals.
 */
const PAGE_HEADS: Array<[string, string]> = [
  ['British order, page number first, Title Case name', '12 The Evening Courier | Tuesday 4 March 2025'],
  ['a spread: two heads on one line', '8 The Evening Courier | Tuesday 4 March 2025 The Evening Courier | Tuesday 4 March 2025 9'],
  ['British order with the paper and a cover price', 'Saturday 8 March 2025 | The Harbour Times | £1.80'],
  ['French order in capitals, the paper after the date', 'MARDI 4 MARS 2025 LA GAZETTE DU NORD'],
  ['French order, a French paper led by its article', 'Mardi 4 mars 2025 Le Courrier du Soir'],
  ['British order, the paper, the page number last', 'Sunday 9 March 2025 | The Weekly Ledger | 14'],
  ['page word and number after the date', 'Jeudi 6 mars 2025 — Page 7 — L’Écho des Vallées'],
  ['a Title Case name between bars, page number last', 'Wednesday 5 March 2025 | The Harbour Times | 23'],
  ['a folio alone on the line above the head', '6\n6 The Evening Courier | Tuesday 4 March 2025'],
];

/**
 * An icon font's glyph names where the icons were drawn: snake_case, a variant number, a direction suffix, camelCase, and a
 * ligature name alone on its line.
 */
const ICON_ROWS: Array<[string, string]> = [
  ['a share bar of glyph names', 'linkedin mail_outline twitter print_alt whatsapp'],
  ['variant numbers and a direction', 'bubble2 bookmark3 arrow-up share'],
  ['zoom and print controls in camelCase', 'zoomIn zoomOut printPage'],
  ['a lone ligature with a direction', 'chevron_left'],
  ['a lone ligature with a variant', 'bookmark_border'],
  ['menu glyphs with their variants', 'menu_open search close_alt user3'],
];

describe('round 23: a print page head, by what the line is made of', () => {
  for (const [name, line] of PAGE_HEADS) it(name, () => expect(isPrintPageHead(line)).toBe(true));
});

describe('round 23: a row of an icon font’s glyph names', () => {
  for (const [name, line] of ICON_ROWS) it(name, () => expect(isIconNameRow(line)).toBe(true));
});

/**
 * A page head glued to the start of a replica page's text: folios, the paper's name, the date, a page number, then the
 * page's own words. The excerpt is the head (with a folio alone on the line above it).
 */
const GLUED_HEADS: Array<[string, string, string]> = [
  ['a spread head before a section and a headline', '3\n2 The Evening Courier | Tuesday 4 March 2025 The Evening Courier | Tuesday 4 March 2025 3 Business Harbour fund doubles its stake in the port', '3\n2 The Evening Courier | Tuesday 4 March 2025 The Evening Courier | Tuesday 4 March 2025 3'],
  ['a page number, the paper in capitals and a US date', '17 THE VALLEY HERALD, Thursday, March 6, 1958 the council voted late on Wednesday to raise the levy', '17 THE VALLEY HERALD, Thursday, March 6, 1958'],
  ['a French head before the text', '8 LE COURRIER DU NORD Mardi 4 mars 2025 la chambre de commerce a voté le budget', '8 LE COURRIER DU NORD Mardi 4 mars 2025'],
];

describe('round 23: a print page head glued to the start of the page text', () => {
  for (const [name, p, head] of GLUED_HEADS) {
    it(name, () => {
      const found = findEdgeChrome(buildDoc([p, 'The harbour fund raised its stake to 40 per cent, the port authority said on Monday.']), isFurnitureLine);
      expect(found.map((f) => p.slice(f.start, f.end))).toContain(head);
    });
  }
});

/** The site names its own medium by its proper name, in a sentence opened by the reader's act. */
const NAMED_MEDIUM_PROMPTS: Array<[string, string]> = [
  ['notifications from the paper, with the verb of keeping up', 'Stay up to date with notifications from The Evening Courier'],
  ['a newsletter named by the site', 'Sign-up for the Harbour Daily newsletter, today.'],
  ['a platform with its modifier', 'Get this course now with the Northwind learning platform.'],
  ['alerts from the paper, with the verb of keeping up', 'Keep up with alerts from The Evening Courier.'],
  ['FR : la newsletter du journal', 'Recevez chaque matin la newsletter du Courrier du Nord.'],
  ['FR : les alertes du journal', 'Activez les alertes du Courrier du Nord.'],
];

describe('round 23: the site names its own medium by its name, to the reader', () => {
  for (const [name, line] of NAMED_MEDIUM_PROMPTS) {
    it(name, () => expect(findAddressedMediumNotes(buildDoc([line])).length).toBe(1));
  }
});
