import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from '../../utils/artifacts/boilerplate';
import { boilerplateTexts as boilerplate, furnitureTexts as furniture, PROSE_A, PROSE_B, PROSE_FR } from '../helpers/ferry-prose';

/**
 * Look-alikes of round 31's furniture readers (invented, EN and FR): short lines closing a text with no ad shortcode above
 * them, a byline, prose or a sentence after the shortcode, an embed's shortcode; percentages, documentation and code that
 * quote a placeholder; quote-like lines that are no quote bar; "here" in sentences that point at no link; counts of pages,
 * views and downloads in a story's sentences.
 */

const NOT_AUTOBLOG_TAILS: Array<[string, string[], string]> = [
  ['a closing line with no shortcode above it', [PROSE_A, PROSE_B, 'Harbour Wire Network'], 'Harbour Wire Network'],
  ['a byline after the shortcode (the byline reader’s)', [PROSE_A, PROSE_B, '[ad_2]', 'By Jane Quay'], 'By Jane Quay'],
  ['FR : une signature après le shortcode', [PROSE_FR, '[ad_2]', 'Par Claire Quai'], 'Par Claire Quai'],
  ['prose after the shortcode: the story goes on', [PROSE_A, '[ad_2]', PROSE_B, 'Harbour Wire Network'], 'Harbour Wire Network'],
  ['a sentence after the shortcode', [PROSE_A, PROSE_B, '[ad_2]', 'The ferry sails at noon.'], 'The ferry sails at noon.'],
  ['an embed shortcode, not an ad', [PROSE_A, PROSE_B, '[embed]', 'Harbour Wire Network'], 'Harbour Wire Network'],
];

describe('round 31: not an autoblog’s closing template', () => {
  for (const [name, ps, line] of NOT_AUTOBLOG_TAILS) {
    it(name, () => {
      expect(boilerplate(ps).some((s) => s.includes(line))).toBe(false);
    });
  }
});

const NOT_TEMPLATES: Array<[string, string]> = [
  ['a percentage with a space before the sign', 'Ferry fares rose 5 % in May'],
  ['a percentage glued to its figure', 'Traffic up 12%, the port said'],
  ['FR : un pourcentage', 'Le trafic a progressé de 3 % sur un an'],
  ['a documentation sentence quoting a placeholder', 'Use %s in the format string.'],
  ['a placeholder in code', 'printf("%d ferries", n);'],
  ['a long sentence quoting a placeholder', 'The developer typed %d into the field and pressed enter to see what the ferry booking site would print back'],
];

describe('round 31: not an unfilled template', () => {
  for (const [name, line] of NOT_TEMPLATES) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(false);
    });
  }
});

const NOT_QUOTE_BARS: Array<[string, string[], string]> = [
  ['a status line with no quotes under it', ['Harbour markets closed', PROSE_A, PROSE_B], 'Harbour markets closed'],
  ['a story’s sentence about closed markets', ['Markets closed early on Friday for the harbour festival.', PROSE_A, PROSE_B], 'Markets closed early'],
  ['FR : une phrase sur la bourse fermée', ['La bourse est fermée ce lundi pour le jour férié.', PROSE_FR, PROSE_FR], 'La bourse est fermée'],
  ['a results table inside the body', [PROSE_A, '• Harbour 100', '7,812.40', '+12.30 (+0.16%)', '• Port 250', '19,120.55', '-40.10 (-0.21%)', '• Ferry Index', '745.60', '+0.40 (+0.05%)', PROSE_B], '+12.30 (+0.16%)'],
  ['years and signed counts with no percentage', ['2021', '+120', '2022', '+80', '2023', '-30', PROSE_A, PROSE_B], '+120'],
];

describe('round 31: not a quote bar', () => {
  for (const [name, ps, part] of NOT_QUOTE_BARS) {
    it(name, () => {
      expect(furniture(ps).some((s) => s.includes(part))).toBe(false);
    });
  }
});

const NOT_HERE_POINTERS: Array<[string, string[], string]> = [
  ['a modal sentence addressed to the reader', [PROSE_A, 'You can book the crossing here.', PROSE_B], 'You can book the crossing here.'],
  ['a pointer closing an editor’s note paragraph', [PROSE_A, 'Editor’s note: Jane Quay writes about the harbour every week. Read her past columns here.', PROSE_B], 'Read her past columns here.'],
  ['"here" as a place, not a link', [PROSE_A, 'See you here next summer.', PROSE_B], 'See you here next summer.'],
  ['a long clause ending on a place', [PROSE_A, 'Read what the minister told reporters when he arrived at the harbour office here.', PROSE_B], 'Read what the minister told reporters'],
  ['a pointer to a topic, the article’s own link', [PROSE_A, 'Read more about ferry safety rules here.', PROSE_B], 'Read more about ferry safety rules here.'],
  ['FR : ici comme lieu', [PROSE_FR, 'Nous vivons ici depuis vingt ans.', PROSE_FR], 'Nous vivons ici depuis vingt ans.'],
];

describe('round 31: not a link’s pointer', () => {
  for (const [name, ps, part] of NOT_HERE_POINTERS) {
    it(name, () => {
      expect(boilerplate(ps).some((s) => s.includes(part))).toBe(false);
    });
  }
});

const NOT_DOCUMENT_INFO: Array<[string, string]> = [
  ['a sentence on a report’s length', 'The report runs to 24 pages.'],
  ['a sentence on an app’s downloads', 'The ferry app was downloaded 3,000 times in May.'],
  ['a field of another kind', 'Type: ferry'],
];

describe('round 31: not a document site’s info field', () => {
  for (const [name, line] of NOT_DOCUMENT_INFO) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(false);
    });
  }
});
