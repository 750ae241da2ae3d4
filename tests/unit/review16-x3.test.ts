/**
 * Review of round 16, group 2 (deals.ts). Invented sentences; each row is read by readFigure on the masked sentence (every figure
 * written "§").
 * - Item 2: IPOs mentioned in a round's sentence (a statistic, a backdrop) do not veto it; IPOs that raised the money still do.
 * - Item 9: the passive participles of a market total's collective agent ("§ levés par les fintech") come from
 *   LEX_RAISE_PARTICIPLES_FR with their agreement, so every raising participle of the lexicon is read.
 */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../utils/deals';

function kindAt(masked: string, n = 0): string {
  let at = -1;
  for (let i = 0; i <= n; i++) at = masked.indexOf('§', at + 1);
  return readFigure(masked, at, at + 1).kind;
}

describe('review 16 item 2: IPOs named beside a round do not veto it', () => {
  it.each([
    'Tilvo closed a § Series B led by Balderton, an unusual deal in a quarter with hardly any IPOs.',
    'Norvela raised § in seed funding from Seedcamp, although IPOs remain scarce this year.',
  ])('%s', (text) => expect(kindAt(text)).toBe('round'));
});

describe('review 16 item 2: IPOs that raised the money still veto it', () => {
  it.each([
    'Four IPOs raised § on the Oslo exchange during the spring.',
    'The holding group raised § through two IPOs of its subsidiaries.',
    'Tilvo raised § in its IPO on Nasdaq.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});

describe('review 16 item 9: every French raising participle, agreed, reads a collective agent', () => {
  it.each([
    '§ bouclés par les biotech du Grand Est au premier trimestre.',
    '§ obtenus par les agritech bretonnes en 2024.',
    '§ décrochées par des jeunes medtech cette année.',
    '§ levés par les fintech françaises au premier semestre.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});

describe('review 16 item 2: IPOs in brackets that raised the money still veto it', () => {
  it.each([
    'The region counted 12 exits (including 3 IPOs) that raised § last year.',
  ])('%s', (text) => expect(kindAt(text)).toBe('other'));
});
