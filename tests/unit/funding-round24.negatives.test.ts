/**
 * Round 24 (group 1) negatives: invented look-alikes, EN and FR.
 * 1. "collecter" of savings products, asset managers and donations is no round (deals.ts collectRaise).
 * 2. A paragraph with a clear listing sign still makes a listing's money no round, and a weak word ("cotées", "market debut")
 *    counts beside it (funding.ts isListingParagraph).
 * 3. A sum raised to date, over every round until now, is no round (funding.ts isToDateTotal).
 */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../utils/deals';
import { readFunding } from '../../utils/funding';

const deals = (paragraph: string) => readFunding({ paragraphs: [paragraph] }).deals.map((d) => `${d.company} ${d.amount?.text ?? ''}`);

describe('round 24: "collecter" without rounds or backers is no round (readFigure)', () => {
  it.each<[string]>([
    ['L’assurance-vie a collecté § en mars.'],
    ['Northwind Gestion a collecté § au premier trimestre.'],
    ['La plateforme a collecté § de dons pour les sinistrés.'],
  ])('%s', (row) => {
    const at = row.indexOf('§');
    expect(readFigure(row, at, at + 1).kind).toBe('other');
  });
});

describe('round 24: a clear listing sign with a weak one still makes listing money', () => {
  it.each<[string, string]>([
    ['une IPO et des PME cotées (FR)', "Le semestre compte quatre IPO et la levée moyenne des PME cotées atteint 18 millions d'euros. Introduite le 2 juin, Tabula a levé 40 millions d'euros."],
    ['an IPO and a market debut (EN)', 'The IPO priced at the top of its range, and the market debut lifted the shares by 30%. Brightpath sold shares to raise $90 million.'],
  ])('%s', (_label, paragraph) => {
    expect(deals(paragraph)).toEqual([]);
  });
});

describe('round 24: a sum raised to date is no round (isToDateTotal)', () => {
  it.each<[string, string]>([
    ['two founders, to date across financings (EN)', 'Ana Ruiz and Tom Berg have raised $40 million in venture capital funding to date across two financings.'],
    ['so far, its noun of money between (EN)', 'The lender has raised $18 million in equity funding so far, its founder said.'],
    ['known funding to date (EN)', 'Brightpath has raised $30 million in known venture funding to date.'],
    ['à ce jour (FR)', "Tabula a levé 9 millions d'euros à ce jour, selon son fondateur."],
    ['en fonds propres à ce jour (FR)', "La jeune pousse a récolté 9 millions d'euros en fonds propres à ce jour."],
  ])('%s', (_label, paragraph) => {
    expect(deals(paragraph)).toEqual([]);
  });
});
