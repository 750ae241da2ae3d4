import { describe, expect, it } from 'vitest';
import { abbreviates, findNameRuns, sameEntity } from '../../utils/names';

const runs = (text: string) => findNameRuns(text).map((r) => r.text);

describe('findNameRuns: round words inside a firm name', () => {
  it.each([
    ['raised a seed round from First Round Capital with participation from F-Prime', 'First Round Capital'],
    ['The round was backed by Seed Capital and others', 'Seed Capital'],
    ['Series Fund Partners joined the round', 'Series Fund Partners'],
    ['Acme a levé 2 millions auprès de Série Capital Partenaires', 'Série Capital Partenaires'],
    ['with Round Hill Ventures also investing', 'Round Hill Ventures'],
    ['Funding Fund Management led the seed', 'Funding Fund Management'],
  ])('%s → %s', (text, name) => {
    expect(runs(text)).toContain(name);
  });
});

describe('findNameRuns: "and"/"et" inside a firm name', () => {
  it.each([
    ['backed by Absa Corporate and Investment Banking in Johannesburg', 'Absa Corporate and Investment Banking'],
    ['a loan from Standard Commercial and Retail Bank, the lender', 'Standard Commercial and Retail Bank'],
    ['the Acme Research and Development Fund invested', 'Acme Research and Development Fund'],
    ['Nordic Wealth and Asset Management joined', 'Nordic Wealth and Asset Management'],
    ['la Caisse des Dépôts et Consignations a participé', 'Caisse des Dépôts et Consignations'],
    ['avec Alpes Recherche et Développement Participations au tour', 'Alpes Recherche et Développement Participations'],
  ])('%s → %s', (text, name) => {
    expect(runs(text)).toContain(name);
  });
});

describe('findNameRuns: an abbreviation in brackets after its full name is no second name', () => {
  it.each([
    ['Supernova Invest et Crédit Agricole Alpes Développement (C2AD) ont participé', 'Crédit Agricole Alpes Développement', 'C2AD'],
    ['led by Draper Fisher Jurvetson (DFJ) with others', 'Draper Fisher Jurvetson', 'DFJ'],
    ['the European Investment Bank (EIB) lent', 'European Investment Bank', 'EIB'],
    ['la Banque des Territoires (BDT) a suivi', 'Banque des Territoires', 'BDT'],
  ])('%s', (text, full, short) => {
    const found = runs(text);
    expect(found).toContain(full);
    expect(found).not.toContain(short);
  });
});

describe('sameEntity / abbreviates: an abbreviation and its full name are one entity', () => {
  it.each([
    ['C2AD', 'Crédit Agricole Alpes Développement'],
    ['IBM', 'International Business Machines'],
    ['EIB', 'European Investment Bank'],
    ['CDC', 'Caisse des Dépôts et Consignations'],
    ['NEA', 'New Enterprise Associates'],
  ])('%s ≈ %s', (short, full) => {
    expect(abbreviates(short, full)).toBe(true);
  });
  it.each([
    ['C2AD', 'Crédit Agricole Alpes Développement'],
    ['DFJ', 'Draper Fisher Jurvetson'],
    ['MAKE', 'MAKE services'],
  ])('%s and %s merge', (a, b) => {
    expect(sameEntity(a, b)).toBe(true);
    expect(sameEntity(b, a)).toBe(true);
  });
});
