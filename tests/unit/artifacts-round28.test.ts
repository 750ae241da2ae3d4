import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../utils/artifacts/context';
import { isTickerLine } from '../../utils/artifacts/ui-labels';
import { isFurnitureLine } from '../../utils/artifacts/boilerplate';
import { findBylineNoise } from '../../utils/artifacts/bylines';
import { POWERED_BY } from '../../utils/artifacts/lexicon';
import { PROSE_A, PROSE_B, PROSE_FR, uiClutterTexts } from '../helpers/ferry-prose';

/** Round 28 (groups 5-7): invented rows, EN and FR, each read by the smallest reader that decides it. */

// A "see also" link label set between two sentences is the site's link; inside a sentence it is the writer's (negatives file).
const SEE_ALSO_LINKS: Array<[string, string[], string]> = [
  ['a see-also link after a sentence', [PROSE_A, 'Fares rose again in May. (See also: Why island fares keep climbing) The council will meet in June.', PROSE_B], '(See also: Why island fares keep climbing)'],
  ['a see-also link opening the paragraph', [PROSE_A, '(see also: our guide to the ferry routes)', PROSE_B], '(see also: our guide to the ferry routes)'],
  ['FR : un lien « Voir aussi » entre deux phrases', [PROSE_FR, 'Les tarifs ont encore monté. (Voir aussi : pourquoi les traversées coûtent plus cher) Le conseil se réunira en juin.', PROSE_FR], '(Voir aussi : pourquoi les traversées coûtent plus cher)'],
];

describe('round 28: a bracketed see-also link between sentences', () => {
  for (const [name, paragraphs, label] of SEE_ALSO_LINKS) it(name, () => expect(uiClutterTexts(paragraphs)).toContain(label));
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

// A print page's citation closing a short line: an archive's title line, a layout slug, a front page's teaser (batch 18).
const PAGE_CITATIONS: Array<[string, string]> = [
  ['an archive title line with its page', 'The Valley Courier, March 3, 1961 - Page 4'],
  ['a headline, paper and date with its page', 'FERRY DEAL Gazette, 9 June 1974, Page 11'],
  ['a layout slug', 'GAZ 12-04-2015_Layout 1 4/12/2015 8:15 PM Page 2'],
  ['a front-page teaser pointing inside', 'Ferry fares climb for a third month Page 05'],
  ['a teaser in capitals', 'HARBOUR WORKS REOPEN IN MAY PAGE B3'],
  ['FR : un titre d’archive et sa page', 'Le Courrier du Port, 4 mai 1968 – Page 7'],
];

describe('round 28: a print page citation is furniture', () => {
  for (const [name, line] of PAGE_CITATIONS) it(name, () => expect(isFurnitureLine(line)).toBe(true));
});

// A metadata label with no value after it stays a finding (the review's value reader widened, not the label rule dropped).
const EMPTY_LABELS: Array<[string, string[]]> = [
  ['a run of two empty labels over the body', ['Author:', 'Publish date:', PROSE_A, PROSE_B]],
  ['FR : une étiquette vide sur le texte', ['Publié le :', PROSE_FR, PROSE_FR]],
];

describe('round 28: empty metadata labels stay flagged', () => {
  for (const [name, paragraphs] of EMPTY_LABELS) it(name, () => expect(findBylineNoise(buildDoc(paragraphs)).length).toBeGreaterThan(0));
});

// A footer's engine credit in Title Case or capitals (review F13).
const FOOTER_CREDITS: Array<[string, string]> = [
  ['a Title Case engine credit', 'Proudly Powered By Ferrypress'],
  ['a comment engine in capitals', 'BLOG COMMENTS POWERED BY HARBOURTALK'],
  ['a Title Case widget credit', 'Powered By Harbourtalk'],
];

describe('round 28: a footer credit in any case', () => {
  for (const [name, line] of FOOTER_CREDITS) it(name, () => expect(POWERED_BY.test(line)).toBe(true));
});
