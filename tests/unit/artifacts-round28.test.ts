import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../utils/artifacts/context';
import { findUiClutter, isTickerLine } from '../../utils/artifacts/ui-labels';

/** Round 28 (groups 5-7): invented rows, EN and FR, each read by the smallest reader that decides it. */
const PROSE_A = 'The ferry operator reported a rise in passengers over the summer, its chief executive told reporters.';
const PROSE_B = 'The company said it planned to add two routes to the islands before the end of next year.';
const PROSE_FR = 'L’exploitant des ferries a annoncé une hausse du trafic cet été, a indiqué son directeur général.';

const flagged = (paragraphs: string[]): string[] => {
  const doc = buildDoc(paragraphs);
  return findUiClutter(doc).map((f) => doc.text.slice(f.start, f.end));
};

// A "see also" link label set between two sentences is the site's link; inside a sentence it is the writer's (negatives file).
const SEE_ALSO_LINKS: Array<[string, string[], string]> = [
  ['a see-also link after a sentence', [PROSE_A, 'Fares rose again in May. (See also: Why island fares keep climbing) The council will meet in June.', PROSE_B], '(See also: Why island fares keep climbing)'],
  ['a see-also link opening the paragraph', [PROSE_A, '(see also: our guide to the ferry routes)', PROSE_B], '(see also: our guide to the ferry routes)'],
  ['FR : un lien « Voir aussi » entre deux phrases', [PROSE_FR, 'Les tarifs ont encore monté. (Voir aussi : pourquoi les traversées coûtent plus cher) Le conseil se réunira en juin.', PROSE_FR], '(Voir aussi : pourquoi les traversées coûtent plus cher)'],
];

describe('round 28: a bracketed see-also link between sentences', () => {
  for (const [name, paragraphs, label] of SEE_ALSO_LINKS) it(name, () => expect(flagged(paragraphs)).toContain(label));
});

// A ticker alone on its line, bare or with its quote widget's label: a stock page's link, which the pull-quote reader skips.
const TICKER_LINES: Array<[string, string]> = [
  ['a bare ticker', '(ACME)'],
  ['a ticker and its exchange', '(NYSE: ACME)'],
  ['a ticker and its widget label', '(FRRY) - Get Report'],
  ['a ticker with the label inside', '(NASDAQ:FRRY - Get Free Report)'],
  ['a class share ticker', '(BRK.B)'],
];

describe('round 28: a ticker line is a link, never a spliced quote', () => {
  for (const [name, line] of TICKER_LINES) it(name, () => expect(isTickerLine(line)).toBe(true));
});
