import { describe, expect, it } from 'vitest';
import { boilerplateTexts as boilerplate, PROSE_A, PROSE_B } from '../helpers/ferry-prose';

/**
 * Round 35b's wire label, where a lone name line is not one: a news agency's credit over its own story (metadata), a wire
 * named over a release whose dateline carries another wire or none, a wire named far above its dateline, and a sentence
 * that names the wire.
 */

const KEPT: Array<[string, string[], string]> = [
  ['a news agency credit over its dated story', ['Ferry Operator Adds Routes', 'Reuters',
    'LONDON (Reuters) - The ferry operator said on Monday it would add two routes to the islands.', PROSE_B], 'Reuters'],
  ['a UK agency wire credit over its dated story', ['Ferry Operator Adds Routes', 'PA Wire',
    'DOVER (PA Wire) - The ferry operator said on Monday it would add two routes to the islands.', PROSE_B], 'PA Wire'],
  ['a wire named over a release dated by another wire', ['Business Wire', 'Quay Lines Names a New Chief Executive',
    'PORTLAND, Oct. 9, 2024 /PRNewswire/ — Quay Lines said on Wednesday that its board had named a new chief executive.', PROSE_B], 'Business Wire'],
  ['a wire named over a story with no wire mark', ['GlobeNewswire', 'Harbour Ferries Completes Purchase',
    'Harbour Ferries said on Monday that it had completed the purchase of two routes to the islands.', PROSE_B], 'GlobeNewswire'],
  ['a wire named far above its dateline', ['GlobeNewswire', PROSE_A, PROSE_B, PROSE_A.replace('summer', 'winter'), PROSE_B.replace('next', 'this'),
    'Harbour Ferries Completes Purchase', 'HALIFAX, March 3, 2021 (GLOBE NEWSWIRE) -- Harbour Ferries completed the purchase.'], 'GlobeNewswire'],
  ['FR : une phrase qui nomme le fil', ['Le communiqué a été diffusé par GlobeNewswire',
    'MONTRÉAL, 3 mars 2021 (GLOBE NEWSWIRE) -- Les Ferries du Port ont finalisé le rachat de deux lignes vers les îles.'], 'Le communiqué a été diffusé par GlobeNewswire'],
];

describe('round 35b negatives: lone name lines that are not a portal’s wire label', () => {
  for (const [name, paragraphs, line] of KEPT) {
    it(name, () => {
      expect(boilerplate(paragraphs)).not.toContain(line);
    });
  }
});
