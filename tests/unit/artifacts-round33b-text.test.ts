import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../utils/artifacts/context';
import type { ArticleDoc, Finding } from '../../utils/artifacts/context';
import { findBackToBackCaptions } from '../../utils/artifacts/captions';
import { findDuplicatedParagraphs } from '../../utils/artifacts/duplicates';
import { findTruncatedSentences } from '../../utils/artifacts/truncated';

/** Round 33, second shift (batch 22 after its first run): invented texts, EN and FR. */

function flagged(paragraphs: string[], find: (doc: ArticleDoc) => Finding[], kind: string): string[] {
  const doc = buildDoc(paragraphs);
  return find(doc).filter((f) => f.kind === kind).map((f) => doc.text.slice(f.start, f.end));
}
const dupes = (doc: ArticleDoc): Finding[] => findDuplicatedParagraphs(doc, () => false);

/**
 * duplicates.ts headlineGluedInto: the headline on its own line at the top also opens a longer paragraph (the page
 * title with the site's name, the standfirst run into it): the copy glued in front of the other text is reported,
 * never the stand-alone heading.
 */
const GLUED_HEADLINES: Array<[string, string[], string]> = [
  ['EN: the page title with the site name over the heading', [
    'Harbour Lines agrees to sell its island ferries to a rival operator - Coastal Wire',
    'Home Weather Traffic Login',
    'Business',
    'Harbour Lines agrees to sell its island ferries to a rival operator',
    'The ferry operator said on Monday it had agreed to sell its four island ferries to a rival for an undisclosed sum.',
    'The deal still needs the approval of the port authority, which is expected to rule before the summer.',
  ], 'Harbour Lines agrees to sell its island ferries to a rival operator'],
  ['FR : le titre collé devant le chapeau', [
    'La compagnie maritime cède ses ferries des îles à un concurrent',
    'La compagnie maritime cède ses ferries des îles à un concurrent La cession, annoncée lundi, porte sur quatre navires et doit encore être validée.',
    'Le montant de l’opération n’a pas été communiqué, mais la compagnie dit vouloir se recentrer sur le fret vers le continent.',
  ], 'La compagnie maritime cède ses ferries des îles à un concurrent'],
];

describe('round 33b: the headline copy glued in front of other text is the one reported', () => {
  for (const [name, paragraphs, headline] of GLUED_HEADLINES) {
    it(name, () => {
      const doc = buildDoc(paragraphs);
      const found = dupes(doc).filter((f) => f.kind === 'duplicated-paragraph');
      const heading = doc.starts[paragraphs.indexOf(headline)]!;
      expect(found.map((f) => doc.text.slice(f.start, f.end))).toEqual([headline]);
      // The copy reported is inside the longer paragraph, not the heading line.
      expect(found.every((f) => f.start !== heading)).toBe(true);
    });
  }
});

/**
 * captions.ts addressesReader: a sign-up box's pitch printed twice (label and description) speaks to the reader, which
 * alt text never does: no image caption is read there.
 */
const PITCHES_TWICE: Array<[string, string]> = [
  ['EN: a newsletter pitch printed twice', 'Get the week’s harbour and shipping news, plus our pick of the best deals, with our free Friday newsletter'],
  ['EN: an imperative pitch printed twice', 'Never miss a sailing update from the islands and the mainland again, straight to your inbox'],
  ['FR : une invitation à s’abonner imprimée deux fois', 'Ne manquez rien de l’actualité du port et des îles avec notre lettre d’information gratuite du vendredi'],
];

describe('round 33b: a sign-up pitch printed twice is no image caption', () => {
  for (const [name, line] of PITCHES_TWICE) {
    it(name, () => {
      const paragraphs = [
        'Harbour Lines adds two island routes for next spring',
        'The ferry operator will add two routes to the islands next spring, its chief executive said on Monday.',
        'Sign up to Harbour Weekly',
        line,
        line,
        'The new routes will be served by two ships bought from a Norwegian operator last year, the company said.',
      ];
      expect(flagged(paragraphs, findBackToBackCaptions, 'duplicated-caption')).toEqual([]);
      // duplicates.ts leaves it to the boilerplate readers too (isRepeatedPitch).
      expect(flagged(paragraphs, dupes, 'duplicated-paragraph')).toEqual([]);
    });
  }
});

/**
 * truncated.ts FIGURE_OPENING: a release's line ending where its figure should be ("… net revenues were") whose next
 * line opens with that figure ("$412 million, up 4%") was broken there, not cut: no stripped-figure flag on it.
 */
const SPLIT_FIGURES: Array<[string, string[]]> = [
  ['EN: figures set on their own lines under their sentences', [
    'Harbour Lines reports record third quarter results',
    'Third quarter net revenues were',
    '$412 million, up 4% year-over-year, helped by the two new island routes.',
    'Third quarter operating expenses were',
    '$268 million in the third quarter, down 2% from the prior-year quarter.',
  ]],
  ['FR : les montants renvoyés à la ligne sous leur phrase', [
    'La compagnie maritime publie un chiffre d’affaires record',
    'Au troisième trimestre, le chiffre d’affaires s’établit à',
    '412 millions d’euros, en hausse de 4 % sur un an grâce aux nouvelles lignes.',
    'Sur la même période, les charges d’exploitation sont de',
    '268 millions d’euros, en baisse de 2 % par rapport à l’an dernier.',
  ]],
];

describe('round 33b: a figure broken onto the next line is no stripped figure', () => {
  for (const [name, paragraphs] of SPLIT_FIGURES) {
    it(name, () => {
      expect(findTruncatedSentences(buildDoc(paragraphs)).map((f) => f.message).filter((m) => /figure should be/.test(m))).toEqual([]);
    });
  }
});
