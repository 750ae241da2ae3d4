import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../utils/artifacts/context';
import { findBrokenPullQuotes } from '../../utils/artifacts/pull-quotes';
import { findUiClutter, isTickerLine } from '../../utils/artifacts/ui-labels';

/** Round 28 look-alikes (groups 5-7), invented, EN and FR: text that uses the same shapes and stays unflagged. */
const PROSE_A = 'The ferry operator reported a rise in passengers over the summer, its chief executive told reporters.';
const PROSE_B = 'The company said it planned to add two routes to the islands before the end of next year.';
const PROSE_FR = 'L’exploitant des ferries a annoncé une hausse du trafic cet été, a indiqué son directeur général.';

const flagged = (paragraphs: string[]): string[] => {
  const doc = buildDoc(paragraphs);
  return findUiClutter(doc).map((f) => doc.text.slice(f.start, f.end));
};

// The writer's own cross-reference inside a sentence.
const CROSS_REFERENCES: Array<[string, string[]]> = [
  ['a see-also aside inside a sentence', [PROSE_A, 'The ledger (see also: the harbour accounts) shows fares doubled in a decade.', PROSE_B]],
  ['a see-also aside before the full stop', [PROSE_A, 'Fares doubled in a decade, the ledger shows (see also: chapter four).', PROSE_B]],
  ['FR : un renvoi « voir aussi » dans la phrase', [PROSE_FR, 'Le registre (voir aussi : les comptes du port) montre que les tarifs ont doublé.', PROSE_FR]],
];

describe('round 28 look-alikes: a cross-reference inside a sentence stays', () => {
  for (const [name, paragraphs] of CROSS_REFERENCES) it(name, () => expect(flagged(paragraphs)).toEqual([]));
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
