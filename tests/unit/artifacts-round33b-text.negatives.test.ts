import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../utils/artifacts/context';
import { findBackToBackCaptions } from '../../utils/artifacts/captions';
import { findDuplicatedParagraphs } from '../../utils/artifacts/duplicates';
import { findTruncatedSentences } from '../../utils/artifacts/truncated';

/** Round 33, second shift: look-alikes the new guards must leave as they were (invented, EN and FR). */

const ARTICLE_TAIL = 'The new routes will be served by two ships bought from a Norwegian operator last year, the company said.';

/** captions.ts: alt text and caption printed back to back are still read, even when the caption quotes someone. */
const CAPTIONS_TWICE: Array<[string, string]> = [
  ['EN: a scene described twice', 'Dock workers unload crates of fruit from a container ship at the harbour in Rotterdam'],
  ['EN: a caption quoting a worker ("our")', '“Our shift starts at dawn,” says a crane operator at the northern terminal'],
  ['FR : une légende décrite deux fois', 'Des dockers déchargent des caisses de fruits d’un porte-conteneurs dans le port de Rotterdam'],
];

describe('round 33b: alt text and caption printed twice stay a duplicated caption', () => {
  for (const [name, line] of CAPTIONS_TWICE) {
    it(name, () => {
      const paragraphs = ['Harbour Lines adds two island routes for next spring', 'The ferry operator will add two routes to the islands next spring, its chief executive said on Monday.', line, line, ARTICLE_TAIL];
      const doc = buildDoc(paragraphs);
      const found = findBackToBackCaptions(doc).filter((f) => f.kind === 'duplicated-caption');
      expect(found.map((f) => doc.text.slice(f.start, f.end))).toEqual([line]);
    });
  }
});

/**
 * duplicates.ts: a hard-wrapped line that opens the unwrapped paragraph, or a short line ending on a colon (it opens
 * a list), is no headline glued in front of other text: the short line is still the copy reported.
 */
const NOT_HEADINGS: Array<[string, string[], string]> = [
  ['EN: a hard-wrapped line of a paragraph printed whole above', [
    'Harbour Lines adds two island routes for next spring',
    'It is not often a ferry company opens two routes in a year, but the islands have asked for them since the old line closed.',
    'It is not often a ferry company opens two routes in a year,',
    'but the islands have asked for them since the old line closed.',
  ], 'It is not often a ferry company opens two routes in a year,'],
  ['FR : une ligne qui ouvre une liste par deux-points', [
    'Les ports de la côte publient leurs chiffres',
    'BREST — Voici les ports les plus actifs du mois sur la côte : Brest, 1,2 million de tonnes ; Lorient, 0,8 million de tonnes.',
    'BREST — Voici les ports les plus actifs du mois sur la côte :',
    'Brest, 1,2 million de tonnes ; Lorient, 0,8 million de tonnes.',
  ], 'BREST — Voici les ports les plus actifs du mois sur la côte :'],
];

describe('round 33b: a short copy that is no heading is still the copy reported', () => {
  for (const [name, paragraphs, copy] of NOT_HEADINGS) {
    it(name, () => {
      const doc = buildDoc(paragraphs);
      const found = findDuplicatedParagraphs(doc, () => false).filter((f) => !/start of another paragraph/.test(f.message));
      expect(found.some((f) => doc.text.slice(f.start, f.end).trimEnd() === copy)).toBe(true);
    });
  }
});

/** truncated.ts: lines whose figures were stripped, the next line another sentence (or a year opening it), stay cut. */
const STRIPPED: Array<[string, string[]]> = [
  ['EN: figures stripped, the next lines other sentences', [
    'Harbour Lines reports record third quarter results',
    'On a GAAP basis, third quarter net revenues were',
    '2024 was the first full year of the island routes, the company said in its release on Monday.',
    'On a non-GAAP basis, operating expenses were',
    'The company will hold a call with analysts on Tuesday morning to discuss the results.',
  ]],
];

describe('round 33b: stripped figures are still read when no figure follows', () => {
  for (const [name, paragraphs] of STRIPPED) {
    it(name, () => {
      expect(findTruncatedSentences(buildDoc(paragraphs)).filter((f) => /figure should be/.test(f.message)).length).toBe(2);
    });
  }
});

/** duplicates.ts: a teaser addressing the reader, cut short, then its full paragraph: still a copy (no pitch line). */
describe('round 33b: a cut teaser that speaks to the reader is still a copy', () => {
  it('EN: teaser cut after "ask" above its full paragraph', () => {
    const full = 'What if you could call your favourite ferry captain and ask about the crossing? That is the promise of the new app, launched on Monday by the operator.';
    const teaser = 'What if you could call your favourite ferry captain and ask about the crossing? That is the promise of the new app, launched on';
    const doc = buildDoc(['Monthly Archives: May 2024', 'Ferry operator launches an app to talk to its captains', teaser, full, 'The operator said the app would be free for season ticket holders, who make up most of its passengers.']);
    const found = findDuplicatedParagraphs(doc, () => false);
    expect(found.some((f) => doc.text.slice(f.start, f.end).startsWith('What if you could'))).toBe(true);
  });
});
