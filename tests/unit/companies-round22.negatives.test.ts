/**
 * The raiser, round 22, look-alikes (each failed before its fix; review of round A, findings 4 and 7):
 * (1) "software company Norvio’s Kestrel Labs": the unit after the possessive ends on a firm's last word (names.ts
 * ORG_LAST_WORDS), a firm of its own: the possessive is its owner, the unit the company (FIRM_NAME_TAIL).
 * (2) "Mr Lund, a former analyst at a lending platform": the kind noun is a preposition's complement, not the apposition's
 * head; the person keeps losing the title (KIND_APPOSITIVE_AFTER). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const companies = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.company);

describe('round 22 negatives: the owner before a unit named as a firm', () => {
  it.each<[string, string]>([
    ['Kestrel Labs', 'Danish software company Norvio’s Kestrel Labs raised $20 million in a Series B round.'],
    ['Tilvo Group', 'Fintech company Orvani’s Tilvo Group has raised $40 million in a Series C round.'],
  ])('%s', (want, row) => expect(companies(row)).toEqual([want]));
});

describe('round 22 negatives: a kind noun after a preposition does not make a titled person a company', () => {
  it.each<[string]>([
    ['Mr Lund, a former analyst at a lending platform, raised $3 million in a seed round.'],
    ['Dr Varga, a partner of a biotech firm, raised $5 million in a seed round.'],
  ])('%s', (row) => expect(companies(row).join('|')).not.toMatch(/^(?:Mr|Dr) /));
});
