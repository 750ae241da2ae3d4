import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { placeAt } from '../helpers/furniture-rows';

/**
 * Round 36 negatives (invented rows, EN and FR), CONVENTIONS.md §jump-references: a front page's teasers keep their own
 * page pointers (dev 21's "CHINA, PAGE 6"): a paragraph of teasers that ends on its last pointer, and a teaser line closed
 * by its section in capitals and the page, are page content, not furniture.
 */
const HEAD = 'Harbour budget passes';
const TAIL = 'The vote came after months of talks with the port authority and the unions.';

const TEASERS: Array<[string, string]> = [
  ['teaser boxes that end on their last pointer', 'HARBOUR WATCH Levels rise after a week of rain. PAGE A3 FAIR RETURNS Rides are back on the green. PAGE B5'],
  ['a teaser and its pointer alone', 'Ferry crews win a pay rise after a long strike. PAGE D2'],
  ['FR : des encadrés et leurs renvois', 'ENQUÊTE Les loyers montent encore. // PAGES 14-15 CULTURE Un festival de jazz. // P. 22'],
  ['FR : un renvoi « Lire page »', 'Les ventes de bateaux repartent au printemps. Lire page 9'],
  ['a teaser line closed by its section and page', 'Ferry lines crowded on weekends HARBOUR, PAGE 6'],
  ['a teaser line in capitals closed by its section and page', 'RAIL WORKS BEGIN IN MAY CITY, PAGE 11'],
];

describe('round 36 negatives: a front page’s teasers with their own page pointers', () => {
  for (const [name, paragraph] of TEASERS) {
    it(name, () => {
      const found = findArtifacts({ paragraphs: [HEAD, paragraph, TAIL] });
      expect(found.filter((a) => a.kind === 'boilerplate'), JSON.stringify(found.map((a) => [a.kind, a.text]))).toEqual([]);
    });
  }
});

/**
 * CONVENTIONS.md §section-labels: a bare section, category or listing heading alone on a line of the page header, over the
 * headline, is the page's metadata (dev 10-sky's header lines): a CMS's empty category, a section's name, a category page's
 * own heading.
 */
const HEADER_LABELS: Array<[string, string, boolean]> = [
  ['an empty category over the headline', 'Uncategorized', false],
  ['FR : une catégorie vide sur le titre', 'Non classé', true],
  ['FR : sans catégorie', 'Sans catégorie', true],
  ['a section name in capitals', 'NEWS', false],
  ['a category page’s heading', 'Harbour Daily News Stories', false],
  ['a section’s posts heading', 'Valley Sports Posts', false],
  ['a section’s articles heading', 'Metro Business News Articles', false],
  ['FR : l’en-tête d’une rubrique', 'Articles de la rubrique Économie', true],
  ['FR : le sommaire d’une édition sous son titre', 'Sommaire', true],
  ['a listing’s contents heading', 'Table of contents', false],
];

describe('round 36 negatives: a section or category label alone in the page header', () => {
  for (const [name, label, french] of HEADER_LABELS) {
    it(name, () => {
      const found = findArtifacts({ paragraphs: placeAt('top', [label], french) });
      expect(found.filter((a) => a.text.includes(label)), JSON.stringify(found.map((a) => [a.kind, a.text]))).toEqual([]);
    });
  }
});

/** Prose naming a broker's quote, profile and research pages, or a ticker with a sentence in its parenthesis. */
const NOT_QUOTE_LINKS: Array<[string, string]> = [
  // (and a sentence on the key points of a deal, not a summary box's label)
  ['key points in a sentence', 'Key points of the ferry deal were agreed on Friday.'],
  ['the words in a sentence', 'The broker’s app adds a quote, profile, research and alerts page for every listed ferry company.'],
  ['a ticker with its own note', 'Harbour Freight Co (HFC.N: shares up 4%) said on Monday its ferry volumes rose by a fifth.'],
  ['the labels without a ticker', 'Each listing links to its Quote, Profile, Research pages (all free).'],
];

describe('round 36 negatives: prose look-alikes of quote-link labels and of a summary box’s label', () => {
  for (const [name, paragraph] of NOT_QUOTE_LINKS) {
    it(name, () => {
      const found = findArtifacts({ paragraphs: [HEAD, paragraph, TAIL] });
      expect(found.filter((a) => a.kind === 'boilerplate'), JSON.stringify(found.map((a) => [a.kind, a.text]))).toEqual([]);
    });
  }
});

/** A story's sentences about browsers and alerts: third person, or going on after the browser. */
const NOT_PUSH_PROMPTS: Array<[string, string]> = [
  ['users’ browsers in the third person', 'Users now get news alerts in their browser before the app.'],
  ['advice that goes on after the browser', 'Get security updates in your browser by restarting it once a week.'],
  ['FR : le navigateur des utilisateurs', 'Les passagers reçoivent des alertes dans leur navigateur depuis mardi.'],
];

describe('round 36 negatives: no push-notification prompt', () => {
  for (const [name, paragraph] of NOT_PUSH_PROMPTS) {
    it(name, () => {
      const found = findArtifacts({ paragraphs: [HEAD, paragraph, TAIL] });
      expect(found.filter((a) => a.kind === 'boilerplate'), JSON.stringify(found.map((a) => [a.kind, a.text]))).toEqual([]);
    });
  }
});

/** A story's sentence about declining to comment: the widget's words inside a sentence. */
describe('round 36 negatives: comment words in a sentence', () => {
  for (const [name, paragraph] of [
    ['FR : refuser de publier un commentaire', 'Le maire a refusé de publier un commentaire sur le budget du port.'],
    ['no comments from the board', 'No comments: that was all the harbour board would say on Friday.'],
    ['FR : « aucun commentaire » et la suite de la phrase', 'Aucun commentaire : la mairie n’a pas répondu à nos questions sur le port.'],
  ] as Array<[string, string]>) {
    it(name, () => {
      const found = findArtifacts({ paragraphs: [HEAD, paragraph, TAIL] });
      expect(found.filter((a) => a.kind === 'boilerplate'), JSON.stringify(found.map((a) => [a.kind, a.text]))).toEqual([]);
    });
  }
});

/**
 * boilerplate.ts isPushPrompt: a how-to article's step alone on its line has the prompt's words but not its shape (no site
 * speaking of itself, no Allow/Block buttons, not at the page's edge): it stays the article's text.
 */
describe('round 36 negatives: a how-to step about browser notifications', () => {
  const HOW_TO = 'Readers who want the harbour alerts can switch them on in a minute, the port authority says.';
  const rows: Array<[string, string[]]> = [
    ['a step between two paragraphs', [HEAD, HOW_TO, 'Turn on notifications in your browser.', TAIL]],
    ['a step right under the headline', [HEAD, 'Turn on notifications in your browser.', HOW_TO, TAIL]],
    ['FR : une étape entre deux paragraphes', ['Le port lance ses alertes', 'Les usagers peuvent recevoir les alertes du port en une minute, selon la capitainerie.',
      'Activez les notifications dans votre navigateur.', 'La capitainerie enverra une alerte à chaque fermeture du quai ouest.']],
  ];
  for (const [name, paragraphs] of rows) {
    it(name, () => {
      const found = findArtifacts({ paragraphs });
      expect(found.filter((a) => a.kind === 'boilerplate'), JSON.stringify(found.map((a) => [a.kind, a.text]))).toEqual([]);
    });
  }
});
