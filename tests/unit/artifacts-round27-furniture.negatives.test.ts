import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from '../../utils/artifacts/boilerplate';
import { buildDoc } from '../../utils/artifacts/context';
import { endsWithCredit } from '../../utils/artifacts/captions';
import { findGluedViewerLabels, findUiClutter } from '../../utils/artifacts/ui-labels';
import { furnitureTexts as furniture, PROSE_A, PROSE_B, PROSE_FR } from '../helpers/ferry-prose';

/** Look-alikes of round 27's furniture readers (invented, EN and FR): prose that uses the same words, which stays. */

const LOOK_ALIKE_LINES: Array<[string, string]> = [
  ['a sentence opening on the participle', 'Powered by solar panels, the new ferry will cross the strait twice a day.'],
  ['a headline with a lower-case power source', 'Ferries powered by hydrogen'],
  ['a sentence on an ad campaign', 'Hide and seek with advertisers has cost the operator dearly.'],
  ['a story that continued', 'The story continued for weeks in the island press.'],
  ['FR : une phrase sur la publicité', 'Fermer la publicité aux enfants est une promesse du maire.'],
  ['a sponsor sentence', 'Sponsored by the council, the race drew 300 boats.'],
];

describe('round 27 look-alikes: lines that stay', () => {
  for (const [name, line] of LOOK_ALIKE_LINES) it(name, () => expect(isFurnitureLine(line)).toBe(false));
});

const UI_LOOK_ALIKES: Array<[string, string[]]> = [
  ['a sentence ending on expand', [PROSE_A, 'After a strong summer the operator said it now plans to expand', PROSE_B]],
  ['a sentence ending on close', [PROSE_A, 'The two ferry operators have been growing close', PROSE_B]],
  ['FR : une phrase finissant sur « agrandir »', [PROSE_FR, 'La mairie veut encore une fois agrandir', PROSE_FR]],
  ['an aside pointing inside the article', [PROSE_A, 'Fares rose on every route (see the table below) except the night crossing.', PROSE_B]],
  ['a compound with click', [PROSE_A, 'The site’s ads (click-through rates fell) earned less than in spring.', PROSE_B]],
  ['a registered company in brackets', [PROSE_A, 'The buyer (registered in Jersey) paid cash for the two boats.', PROSE_B]],
  ['a ticker without a widget', [PROSE_A, 'Shares of Island Ferries (NASDAQ:ISLF) rose 3 percent on Monday.', PROSE_B]],
  ['a report title after a ticker', [PROSE_A, 'Harbour Lines (HBL) said its annual report - get ready for losses - was late.', PROSE_B]],
  ['a badge word without its question', [PROSE_FR, 'Nouveau', PROSE_FR]],
  ['a sentence about a forgotten password', [PROSE_A, 'The new captain forgot his password on the first day at sea.', PROSE_B]],
  ['FR : une phrase sur les réactions', [PROSE_FR, 'Vos réactions ont été nombreuses après notre enquête sur les ferries.', PROSE_FR]],
];

describe('round 27 look-alikes: prose the ui-labels readers leave', () => {
  for (const [name, ps] of UI_LOOK_ALIKES) {
    it(name, () => {
      const doc = buildDoc(ps);
      expect([...findUiClutter(doc), ...findGluedViewerLabels(doc, endsWithCredit)]).toEqual([]);
    });
  }
});

/** "Top News" heading a digest's first items is the digest's own section, not a desk's name (blind batch 17 false alarm). */
const RANKING_HEADINGS: Array<[string, string[]]> = [
  ['a digest’s top items', ['Top News', PROSE_A, PROSE_B]],
  ['a digest’s latest items', ['Latest News', PROSE_A, PROSE_B]],
  ['FR-leaning digest: breaking items', ['Breaking News', PROSE_FR, PROSE_FR]],
];

describe('round 27 look-alikes: a ranking heading over a digest', () => {
  for (const [name, ps] of RANKING_HEADINGS) {
    it(name, () => {
      expect(furniture(ps)).not.toContain(ps[0]);
    });
  }
});
