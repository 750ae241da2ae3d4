import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from '../../utils/artifacts/boilerplate';
import { buildDoc } from '../../utils/artifacts/context';
import { endsWithCredit } from '../../utils/artifacts/captions';
import { findGluedViewerLabels, findUiClutter } from '../../utils/artifacts/ui-labels';
import { furnitureTexts as furniture, PROSE_A, PROSE_B, PROSE_FR, slices } from '../helpers/ferry-prose';

/**
 * Round 27's furniture readers, on invented lines (EN and FR): an ad slot's numbered label, its controls and the page's
 * continuation notice, read by their parts; a widget's "powered by" credit; a sponsor label whose name (a logo) was lost;
 * a photo viewer's button glued to a caption; a call to action in brackets inside prose; a quote widget's label after a
 * ticker.
 */

/** Whole lines the label rules read (isFurnitureLine: the lexicon's line rules, boilerplate.ts). */
const LABEL_LINES: Array<[string, string]> = [
  ['a numbered ad slot', 'Advertisement 3'],
  ['FR : un emplacement publicitaire numéroté', 'Publicité 2'],
  ['an ad control', 'Hide Ad'],
  ['an ad control with its article', 'Close this ad'],
  ['FR : le bouton d’une publicité', 'Masquer la publicité'],
  ['a region label', 'Article content'],
  ['a continuation notice, past tense', 'Article content continued'],
  ['a continuation notice after an ad', 'Story continued after this advertisement'],
  ['FR : une suite après la publicité', 'L’article continue ci-dessous'],
  ['a translation widget’s credit', 'Powered by machine translation'],
  ['a feed plugin’s credit', 'Powered by FeedPilot'],
  ['a comment engine’s credit, lower case', 'reader comments powered by Chatterbox'],
  ['a sponsor label whose name was a logo', 'Sponsored By ...'],
  ['a presenter label with its colon', 'Presented by:'],
];

describe('round 27: ad-slot labels, continuation notices and credits read by their parts', () => {
  for (const [name, line] of LABEL_LINES) it(name, () => expect(isFurnitureLine(line)).toBe(true));
});

/** Findings of the ui-labels readers (findUiClutter) and the slice each must report. */
const UI_ROWS: Array<[string, string[], string]> = [
  ['a viewer’s Expand after a credited caption', [PROSE_A, 'Divers inspect the hull in the harbour. Photo: Jane Roe Expand', PROSE_B], 'Expand'],
  ['a viewer’s Enlarge after a slash credit', [PROSE_A, 'The new terminal at dusk. John Doe/Island Images Enlarge', PROSE_B], 'Enlarge'],
  ['a strip caption repeated in the lightbox', [PROSE_A, 'The harbour master said the season was the busiest yet Expand', 'The harbour master said the season was the busiest yet', PROSE_B], 'Expand'],
  ['FR : « Agrandir » après une légende créditée', [PROSE_FR, 'Le quai de Brest au lever du jour. Photo : Jean Dupont Agrandir', PROSE_FR], 'Agrandir'],
  ['a bracketed click-here link in prose', [PROSE_A, 'Its shares rose 3 percent. (Click here to see the latest prices for the ferry line.) Analysts were surprised.', PROSE_B], '(Click here to see the latest prices for the ferry line.)'],
  ['a bracketed newsletter call to action', [PROSE_A, 'Here are the week’s deals (subscribe to our weekly letter to get this list every Friday), in no order.', PROSE_B], '(subscribe to our weekly letter to get this list every Friday)'],
  ['a bracketed sign-up link', [PROSE_A, 'The tracker (sign up here) lists every route the operator runs across the islands.', PROSE_B], '(sign up here)'],
  ['a read-more link cut in its bracket', [PROSE_A, 'The operator added two boats last spring. (READ MORE: Why island fares', PROSE_B], '(READ MORE: Why island fares'],
  ['FR : un lien « Lire aussi » entre parenthèses', [PROSE_FR, 'La compagnie a ajouté deux navires (lire aussi : notre dossier sur les ferries) au printemps.', PROSE_FR], '(lire aussi : notre dossier sur les ferries)'],
  ['a quote widget inside the ticker’s bracket', [PROSE_A, 'Shares of Island Ferries (NASDAQ:ISLF - Get Free Report) rose 3 percent on Monday.', PROSE_B], ' - Get Free Report'],
  ['a quote widget after the ticker', [PROSE_A, 'Harbour Lines (HBL) - Get Report fell 2 percent in early trading on Tuesday.', PROSE_B], ' - Get Report'],
  ['a ticker and its widget alone on a line', [PROSE_A, 'Harbour Lines', '(HBL) - Get Report', PROSE_B], '(HBL) - Get Report'],
  ['a log-in form’s questions on one line', [PROSE_A, PROSE_B, 'New here? Sign up'], 'New here? Sign up'],
  ['a forgotten-password link', [PROSE_A, PROSE_B, 'Forgot your password?'], 'Forgot your password?'],
  ['FR : une question de formulaire collée à un bouton', [PROSE_FR, PROSE_FR, 'Connectez-vousDéjà abonné ?'], 'Connectez-vousDéjà abonné ?'],
  ['FR : le titre du bloc de commentaires', [PROSE_FR, PROSE_FR, 'Vos réactions'], 'Vos réactions'],
];

describe('round 27: glued viewer labels, bracketed calls to action, quote widgets', () => {
  for (const [name, ps, expected] of UI_ROWS) {
    it(name, () => {
      const doc = buildDoc(ps);
      expect(slices(doc, [...findUiClutter(doc), ...findGluedViewerLabels(doc, endsWithCredit)])).toContain(expected);
    });
  }
});

/** A ranking word alone before "News" heads the digest's items: not a desk's name. A desk noun still is. */
describe('round 27: a desk name is a beat, not a ranking', () => {
  it('a desk name above the story stays flagged', () => {
    expect(furniture(['Business News', PROSE_A, PROSE_B])).toContain('Business News');
  });
});
