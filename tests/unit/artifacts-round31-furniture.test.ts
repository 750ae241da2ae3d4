import { describe, expect, it } from 'vitest';
import { findBoilerplate, isFurnitureLine } from '../../utils/artifacts/boilerplate';
import { buildDoc } from '../../utils/artifacts/context';
import { PROSE_A, PROSE_B, PROSE_FR, slices } from '../helpers/ferry-prose';

/**
 * Round 31's furniture readers, on invented lines (EN and FR): an autoblog's closing template lines after its last ad
 * shortcode; a widget's template printed unfilled.
 */

const boilerplate = (ps: string[]): string[] => {
  const doc = buildDoc(ps);
  return slices(doc, findBoilerplate(doc));
};

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
