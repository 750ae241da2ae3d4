import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from '../../utils/artifacts/boilerplate';
import { buildDoc } from '../../utils/artifacts/context';
import { findEdgeChrome, isPrintPageHead } from '../../utils/artifacts/edge-chrome';
import { findAddressedMediumNotes } from '../../utils/artifacts/prompts';
import { isIconNameRow } from '../../utils/artifacts/ui-labels';

/**
 * Look-alikes of round 23's furniture readers, invented. None is furniture.
 */
const NOT_PAGE_HEADS: Array<[string, string]> = [
  ['a sentence opening on a date', 'Tuesday 4 March 2025 was the day the harbour fund closed its round.'],
  ['a date inside a sentence', 'The Evening Courier said on Tuesday 4 March 2025 that 12 jobs would go.'],
  ['a bare date line (a blog’s date header)', 'Tuesday 4 March 2025'],
  ['a byline beside a date', 'Jane Roe | Tuesday 4 March 2025'],
  ['a timestamp with its time', 'Tuesday, March 4, 2025 | 10:45'],
  ['an update stamp', 'Updated Tuesday 4 March 2025'],
  ['une phrase qui s’ouvre sur la date', 'Mardi 4 mars 2025, la banque a relevé son taux de 25 points.'],
  ['une signature et une date', 'Marie Dupont | Mardi 4 mars 2025'],
  ['a head line above a line of prose', 'Wednesday 5 March 2025 | THE HARBOUR TIMES | 23\nThe harbour fund closed its round on Monday.'],
];

const NOT_ICON_ROWS: Array<[string, string]> = [
  ['a lower-case phrase', 'the share of revenue from subscriptions'],
  ['one identifier in a phrase', 'the user_id field of the table'],
  ['lower-case tags without glyph names', 'fintech startups funding europe'],
  ['a single code identifier ending in a noun', 'account_balance'],
  ['une expression en minuscules', 'la part des abonnements dans le chiffre'],
  ['a brand in camel case among words', 'iPhone sales rose'],
];

describe('round 23 look-alikes: not a print page head', () => {
  for (const [name, line] of NOT_PAGE_HEADS) it(name, () => expect(isPrintPageHead(line)).toBe(false));
});

describe('round 23 look-alikes: not a row of glyph names', () => {
  for (const [name, line] of NOT_ICON_ROWS) it(name, () => expect(isIconNameRow(line)).toBe(false));
});

/** Paragraphs that open on a date, a place or a figure: no page head is cut from them. */
const NOT_GLUED_HEADS: Array<[string, string]> = [
  ['a dateline with a place and a date', 'LONDON, Tuesday 4 March 2025 — Harbour Capital said it had sold its stake in the port.'],
  ['a date and a figure opening a sentence', 'Tuesday 4 March 2025 12 people were hurt when the crane fell at the harbour.'],
  ['une date et un chiffre en tête de phrase', 'Mardi 4 mars 2025 12 salariés ont quitté le port après la vente.'],
];

describe('round 23 look-alikes: no page head cut from the start of the text', () => {
  for (const [name, p] of NOT_GLUED_HEADS) {
    it(name, () => expect(findEdgeChrome(buildDoc([p, 'The port authority said on Monday that the sale was complete.']), isFurnitureLine)).toEqual([]));
  }
});

/** A company's newsletter, app or platform named in a story, in the third person or a question. */
const NOT_NAMED_MEDIUM_PROMPTS: Array<[string, string]> = [
  ['a third-person sign-up', 'Investors can sign up for the Harbour Daily newsletter from Monday.'],
  ['a company’s app in a report', 'The Northwind app was downloaded two million times last year.'],
  ['a question about the app', 'Do you use the Northwind app to pay for parking?'],
  ['a quoted prompt', '“Download the Northwind app,” the chief executive told shareholders.'],
  ['FR : un rapport à la troisième personne', 'Les lecteurs reçoivent la newsletter du Courrier du Nord depuis mars.'],
];

describe('round 23 look-alikes: a named medium in a story is no prompt', () => {
  for (const [name, line] of NOT_NAMED_MEDIUM_PROMPTS) {
    it(name, () => expect(findAddressedMediumNotes(buildDoc([line]))).toEqual([]));
  }
});
