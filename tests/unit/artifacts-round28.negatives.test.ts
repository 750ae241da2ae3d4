import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../utils/artifacts/context';
import { findBrokenPullQuotes } from '../../utils/artifacts/pull-quotes';
import { isTickerLine } from '../../utils/artifacts/ui-labels';
import { isFurnitureLine } from '../../utils/artifacts/boilerplate';
import { findBylineNoise } from '../../utils/artifacts/bylines';
import { findTruncatedSentences } from '../../utils/artifacts/truncated';
import { POWERED_BY } from '../../utils/artifacts/lexicon';
import { PROSE_A, PROSE_B, PROSE_FR, uiClutterTexts } from '../helpers/ferry-prose';

/** Round 28 look-alikes (groups 5-7), invented, EN and FR: text that uses the same shapes and stays unflagged. */

// The writer's own cross-reference inside a sentence.
const CROSS_REFERENCES: Array<[string, string[]]> = [
  ['a see-also aside inside a sentence', [PROSE_A, 'The ledger (see also: the harbour accounts) shows fares doubled in a decade.', PROSE_B]],
  ['a see-also aside before the full stop', [PROSE_A, 'Fares doubled in a decade, the ledger shows (see also: chapter four).', PROSE_B]],
  ['FR : un renvoi « voir aussi » dans la phrase', [PROSE_FR, 'Le registre (voir aussi : les comptes du port) montre que les tarifs ont doublé.', PROSE_FR]],
];

describe('round 28 look-alikes: a cross-reference inside a sentence stays', () => {
  for (const [name, paragraphs] of CROSS_REFERENCES) it(name, () => expect(uiClutterTexts(paragraphs)).toEqual([]));
});

// A sentence cut by a stock page's link lines (the company's name, then its ticker) is no pull-quote box.
const TICKER_SPLITS: Array<[string, string[]]> = [
  ['a name and a ticker with its label', [PROSE_A, 'Shares of the island carriers fell sharply on Tuesday, and among them', 'Harbour Lines', '(HRBL) - Get Report', 'lost nine cents, or 3%, to $2.10 in late trading.', PROSE_B]],
  ['a name and a bare ticker', [PROSE_A, 'The fuel warning came late on Tuesday from the ferry operator after', 'Harbour Lines Holdings', '(HRBL)', 'issued a profit warning citing higher diesel prices.', PROSE_B]],
];

describe('round 28 look-alikes: a ticker split is no pull quote', () => {
  for (const [name, paragraphs] of TICKER_SPLITS) it(name, () => expect(findBrokenPullQuotes(buildDoc(paragraphs))).toEqual([]));
});

// Brackets of prose that are not tickers.
const NOT_TICKERS: Array<[string, string]> = [
  ['an acronym in a sentence', 'The EU (European Union) backed the plan.'],
  ['a lower-case aside', '(see below)'],
  ['a year in brackets', '(2019)'],
  ['FR : un sigle dans une phrase', '(SNCF) a annoncé une grève.'],
];

describe('round 28 look-alikes: brackets that are no ticker line', () => {
  for (const [name, line] of NOT_TICKERS) it(name, () => expect(isTickerLine(line)).toBe(false));
});

// Sentences and headings that name a page (review of the print-page citation rule).
const PAGE_PROSE: Array<[string, string]> = [
  ['a sentence naming the page it ran on', 'The ferry story ran on Page 1'],
  ['a sentence after a full stop', 'Fares rose again. See Page 3'],
  ['a page alone', 'Page 3'],
  ['FR : une phrase sur la page', 'Le reportage figure à la Page 2'],
  ['a verb before the page', 'The harbour strike made Page 1'],
  ['an archive site’s own page title', 'The Valley Courier from Millford, Idaho on March 3, 1961 · Page 4'],
];

describe('round 28 look-alikes: a page named by a sentence stays', () => {
  for (const [name, line] of PAGE_PROSE) it(name, () => expect(isFurnitureLine(line)).toBe(false));
});

// Review of round A, F1: a page's wh-subheads and a Q&A's questions end on a bare verb by grammar, nothing cut.
const QUESTION_HEADS: Array<[string, string[]]> = [
  ['two wh-subheads', ['Ferry operator posts record year', PROSE_A, 'How the ferry operator grew', PROSE_B, 'Why the ferry shares fell', PROSE_A]],
  ['two wh-subheads of a list', [PROSE_A, 'What the new ferries were', PROSE_B, 'Where the old boats went', PROSE_A]],
  ['FR : deux intertitres en question', [PROSE_FR, 'Comment le trafic des ferries a progressé', PROSE_FR, 'Pourquoi les recettes étaient de', PROSE_FR]],
];

describe('round 28 look-alikes: question subheads are no stripped figures', () => {
  for (const [name, paragraphs] of QUESTION_HEADS) {
    it(name, () => {
      const doc = buildDoc(paragraphs);
      expect(findTruncatedSentences(doc).map((f) => doc.text.slice(f.start, f.end))).toEqual([]);
    });
  }
});

// Review of round A, F2: a label whose value is on the next line (a weekday, a French month, a list of names).
const LABELLED_VALUES: Array<[string, string[]]> = [
  ['FR : une date avec son jour', ['Publié le :', 'mardi 12 mars 2024 à 10h00', PROSE_FR]],
  ['an event box date', ['Date:', 'Saturday, June 1', PROSE_A]],
  ['FR : un mois seul', ['Date :', 'juin 2025', PROSE_FR]],
  ['a list of authors', ['Authors:', 'A. Smith, B. Jones and C. Wu', PROSE_A]],
];

describe('round 28 look-alikes: a label with its value on the next line stays', () => {
  for (const [name, paragraphs] of LABELLED_VALUES) it(name, () => expect(findBylineNoise(buildDoc(paragraphs))).toEqual([]));
});

// Review of round A, F3: subheads with "powered by".
const POWERED_HEADS: Array<[string, string]> = [
  ['a subhead on growth', 'Growth powered by AI'],
  ['a heading on solar power', 'Powered by the sun'],
  ['a headline on buses', 'Buses powered by Ballard'],
];

describe('round 28 look-alikes: a subhead with "powered by" stays', () => {
  for (const [name, line] of POWERED_HEADS) it(name, () => expect(POWERED_BY.test(line)).toBe(false));
});

// Review of round A, F4 and F5: a heading's question and a reader's errand in brackets.
const FORM_LOOK_ALIKES: Array<[string, string[]]> = [
  ['a heading over advice prose', [PROSE_A, 'New to investing?', PROSE_B]],
  ['FR : une question seule', [PROSE_FR, 'Nouveau ?', PROSE_FR]],
  ['a reader’s errand in brackets', [PROSE_A, 'Islanders who want a say (register to vote at the harbour office before May) will be asked in June.', PROSE_B]],
];

describe('round 28 look-alikes: form-like headings and errands stay', () => {
  for (const [name, paragraphs] of FORM_LOOK_ALIKES) it(name, () => expect(uiClutterTexts(paragraphs)).toEqual([]));
});
