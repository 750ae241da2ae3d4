import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from '../../utils/artifacts/boilerplate';
import { boilerplateTexts as boilerplate, furnitureTexts as furniture, PROSE_A, PROSE_B, PROSE_FR } from '../helpers/ferry-prose';

/**
 * Round 31's furniture readers, on invented lines (EN and FR): an autoblog's closing template lines after its last ad
 * shortcode; a widget's template printed unfilled; a quote bar's strip with its status line and changes in points and
 * percent; a link's pointer alone on its line ("… here"); a document-sharing site's info fields.
 */

const AUTOBLOG_TAILS: Array<[string, string[], string]> = [
  ['the site’s signature after the source link', [PROSE_A, PROSE_B, '[ad_2]', 'Source link', 'HARBOUR DAILY IS THE OFFICIAL DESK OF HARBOUR DAILY NEWS'], 'HARBOUR DAILY IS THE OFFICIAL DESK OF HARBOUR DAILY NEWS'],
  ['the source’s section right after the shortcode', [PROSE_A, PROSE_B, '[ad_2]', 'portnews - Shipping and trade'], 'portnews - Shipping and trade'],
  ['FR : la rubrique de la source', [PROSE_FR, PROSE_FR, '[ad_2]', 'lecourrierduport - Économie et transports'], 'lecourrierduport - Économie et transports'],
  ['two template lines', [PROSE_A, PROSE_B, '[ad_2]', 'harbourwire official desk', 'portnews - Shipping and trade'], 'harbourwire official desk'],
];

describe('round 31: an autoblog’s closing template after its ad shortcode', () => {
  for (const [name, ps, line] of AUTOBLOG_TAILS) {
    it(name, () => {
      expect(boilerplate(ps).some((s) => s.includes(line))).toBe(true);
    });
  }
});

const UNRENDERED_TEMPLATES: Array<[string, string]> = [
  ['a like counter’s printf slot', '%d readers liked this post:'],
  ['a comment form’s printf slot', 'Signing in to %s'],
  ['a numbered printf slot', '%1$s replies'],
  ['FR : un compteur non rempli', '%d lecteurs aiment cet article'],
];

describe('round 31: a widget’s template printed unfilled', () => {
  for (const [name, line] of UNRENDERED_TEMPLATES) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(true);
      expect(boilerplate([PROSE_A, PROSE_B, line])).toContain(line);
    });
  }
});

const QUOTE_BARS: Array<[string, string[], string[]]> = [
  ['a quote bar with its status line above the article',
    ['Harbour markets closed', '• Harbour 100', '7,812.40', '+12.30 (+0.16%)', '• Port 250', '19,120.55', '-40.10 (-0.21%)', '• Ferry Index', '745.60', '+0.40 (+0.05%)', PROSE_A, PROSE_B],
    ['Harbour markets closed', '-40.10 (-0.21%)', '+0.40 (+0.05%)']],
  ['FR : la barre de cotations sous « La bourse est fermée »',
    ['La bourse est fermée', '• Indice du Port', '6 512,40', '+21,30 (+0,33 %)', '• Quai 50', '4 101,20', '-8,10 (-0,20 %)', '• Ferry 20', '1 210,00', '+3,00 (+0,25 %)', PROSE_FR, PROSE_FR],
    ['La bourse est fermée', '-8,10 (-0,20 %)']],
  ['a quote bar after the article, without a status line',
    [PROSE_A, PROSE_B, '• Harbour 100', '7,812.40', '+12.30 (+0.16%)', '• Port 250', '19,120.55', '-40.10 (-0.21%)', '• Ferry Index', '745.60', '+0.40 (+0.05%)'],
    ['• Harbour 100', '+0.40 (+0.05%)']],
];

describe('round 31: a quote bar (status line, names, levels, changes in points and percent)', () => {
  for (const [name, ps, parts] of QUOTE_BARS) {
    it(name, () => {
      const found = furniture(ps);
      for (const part of parts) expect(found.some((s) => s.includes(part))).toBe(true);
    });
  }
});

const HERE_POINTERS: Array<[string, string]> = [
  ['an imperative of reading, its object, here', 'Read more harbour briefs here.'],
  ['an imperative of getting, a long object, here', 'Get live ferry quotes for the island routes here.'],
  ['the rest of the story found there', 'The full story can be found here.'],
  ['FR : lire la suite ici', 'Lisez la suite du dossier ici.'],
  ['FR : l’article complet à lire ici', 'L’article complet est à lire ici'],
];

describe('round 31: a link’s pointer alone on its line', () => {
  for (const [name, line] of HERE_POINTERS) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(true);
      expect(boilerplate([PROSE_A, line, PROSE_B])).toContain(line);
    });
  }
});

const DOCUMENT_INFO: Array<[string, string]> = [
  ['the page count', 'Total Page:24'],
  ['the file type and size on one line', 'File Type:pdf, Size:845Kb'],
  ['a view counter', 'View: 1,204 times'],
  ['a download counter', 'Download: 3 times'],
];

describe('round 31: a document-sharing site’s info fields', () => {
  for (const [name, line] of DOCUMENT_INFO) {
    it(name, () => {
      expect(isFurnitureLine(line)).toBe(true);
    });
  }
});
