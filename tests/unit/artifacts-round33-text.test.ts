import { describe, expect, it } from 'vitest';
import { findArtifactsLocated } from '../../utils/artifacts';
import { buildDoc } from '../../utils/artifacts/context';
import { findMergedStories } from '../../utils/artifacts/merged-stories';
import { findBylineNoise } from '../../utils/artifacts/bylines';
import { findTruncatedSentences } from '../../utils/artifacts/truncated';

/**
 * Round 33 (artifact text readers, invented rows).
 *
 * index.ts: a site header read as one boilerplate block (section label, a teaser module, picker and tag lines) loses
 * its lines past the teaser module when the teaser reader (captions.ts) claimed the module first: the lines after the
 * claim are still reported.
 */

const HEADER_BEFORE_STORY = [
  'Island ferry operator lifts passenger forecast - sources',
  'Sections',
  'Featured',
  'Harbour cranes return to work',
  'Ports',
  'Harbour cranes return to work',
  'Island ferry fares frozen for winter',
  'Transport',
  'Island ferry fares frozen for winter',
  'Dredgers clear channel',
  'Canals',
  'Dredgers clear channel',
  'VideoHarbour TV',
  'NorgeSuomiDanmarkÍslandSverigeEesti',
  '#Shipping News',
  'March 3, 2021 / 6:10 AM',
  'The ferry operator reported a rise in passengers over the summer, its chief executive told reporters on Tuesday.',
  'The company said it planned to add two routes to the islands before the end of next year, subject to approval.',
  'Its shares rose 4 percent in morning trading after the figures were published, the exchange said.',
];

const boilerplateOn = (paragraphs: string[], line: string): boolean =>
  findArtifactsLocated({ paragraphs }).some((f) => f.kind === 'boilerplate' && f.text.includes(line));

describe('round 33: a header block keeps its lines past a teaser module another reader took', () => {
  it('the short card the module reader stopped before', () => {
    expect(boilerplateOn(HEADER_BEFORE_STORY, 'Dredgers clear channel')).toBe(true);
  });
  it('the topic tag after the module', () => {
    expect(boilerplateOn(HEADER_BEFORE_STORY, '#Shipping News')).toBe(true);
  });
});

describe('round 33: the lines past the claim stop where the header block stops', () => {
  for (const line of HEADER_BEFORE_STORY.slice(-4)) {
    it(`not flagged: ${line.slice(0, 40)}`, () => {
      expect(findArtifactsLocated({ paragraphs: HEADER_BEFORE_STORY }).some((f) => f.text.includes(line))).toBe(false);
    });
  }
});

/** merged-stories.ts: a dateline that opens a lede (a sentence after the dash) in the middle of a story is still a second story. */
const SECOND_STORY_DATELINE = [
  'The ferry operator reported a rise in passengers over the summer, its chief executive told reporters on Tuesday in the port.',
  'The company said it planned to add two routes to the islands before the end of next year, subject to approval by the regulator.',
  'Its shares rose 4 percent in morning trading after the figures were published, the exchange said in a statement.',
  'GDANSK — The shipyard said on Wednesday it had won an order for three dredgers from a Dutch contractor, its largest this decade.',
  'The yard will hire two hundred welders to build the vessels, which are due to be delivered in 2027, a spokeswoman said.',
];

describe('round 33: a dateline with its lede still starts a second story', () => {
  it('EN: a wire dateline and a full lede after three paragraphs of another story', () => {
    const doc = buildDoc(SECOND_STORY_DATELINE);
    expect(findMergedStories(doc).map((f) => doc.text.slice(f.start, f.end))).toContain(SECOND_STORY_DATELINE[3]);
  });
});

/**
 * bylines.ts: a portal's date-and-time stamp glued after the headline on the same line (a finance portal's release page,
 * a wire story mirrored in a mail archive with the byline after the stamp).
 */
const GLUED_CLOCK_STAMPS: Array<[string, string, string]> = [
  ['EN: a stamp with its weekday ending the headline line', 'Harbour Lines Agrees to Buy Two Island Ferries Tuesday March 4, 9:05 am ET', ' Tuesday March 4, 9:05 am ET'],
  ['EN: a stamp and the byline between the headline and the dated lede',
    'Harbour Lines Buys Island Ferry Operator (Update2) March 04, 2014, 6:10 AM EST By Jane Roe March 4 (Bloomberg) -- Harbour Lines Ltd., the largest ferry company in the region, agreed to buy a rival for $50 million.',
    ' March 04, 2014, 6:10 AM EST By Jane Roe'],
  ['EN: a stamp in GMT after a headline', 'Port Authority Approves New Container Terminal May 12, 2015, 14:30 GMT', ' May 12, 2015, 14:30 GMT'],
];

const bylineNoiseOn = (paragraphs: string[]): string[] => {
  const doc = buildDoc(paragraphs);
  return findBylineNoise(doc).map((f) => doc.text.slice(f.start, f.end));
};

describe('round 33: a date-and-time stamp glued to the headline', () => {
  for (const [name, line, stamp] of GLUED_CLOCK_STAMPS) {
    it(name, () => {
      expect(bylineNoiseOn([line, 'The ferry operator reported a rise in passengers over the summer, its chief executive told reporters.'])).toContain(stamp);
    });
  }
});

/**
 * truncated.ts: a listing's teaser cut by the template's ellipsis right before the next item's headline (a tag page: each
 * item a headline, then its teaser), read like the unmarked cut before the next item (cutBeforeNextItem).
 */
const MARKED_ITEM_CUTS: Array<[string, string[], string]> = [
  ['EN: a tag page’s teaser cut by "..." before the next headline', [
    'Harbour Lines adds two island routes for next spring',
    'The ferry operator will add two routes to the islands next spring. Its chief executive told reporters the new routes would serve the northern...',
    'Dredging contract awarded for the northern channel',
    'The port authority awarded a dredging contract for the northern channel to a Dutch contractor on Monday, it said in a statement.',
  ], 'Its chief executive told reporters the new routes would serve the northern...'],
  ['FR : le chapeau coupé par « … » avant le titre suivant', [
    'La compagnie maritime ouvre deux lignes vers les îles',
    'La compagnie ouvrira deux lignes vers les îles au printemps prochain. Son directeur général a indiqué que les nouvelles lignes desserviraient les ports du nord…',
    'Un contrat de dragage attribué pour le chenal nord',
    'Le port a attribué lundi un contrat de dragage du chenal nord à une entreprise néerlandaise, a-t-il indiqué dans un communiqué.',
  ], 'Son directeur général a indiqué que les nouvelles lignes desserviraient les ports du nord…'],
];

describe('round 33: a listing teaser cut by an ellipsis before the next item', () => {
  for (const [name, paragraphs, cut] of MARKED_ITEM_CUTS) {
    it(name, () => {
      const doc = buildDoc(paragraphs);
      expect(findTruncatedSentences(doc).map((f) => doc.text.slice(f.start, f.end))).toContain(cut);
    });
  }
});
