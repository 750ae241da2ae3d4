/**
 * Companies, round 6, negatives: brands that open with a season or time word,
 * and company names next to a place, stay companies.
 */
import { describe, expect, it } from 'vitest';
import { isOpeningWord, isPlace, subjectBefore } from '../../utils/companies';

describe('isOpeningWord, round 6 negatives: brands stay brands', () => {
  it.each(['L’Oréal', 'D’Artagnan Labs', 'Early Bird', 'Springboard', 'Finary', 'Endless 2020', 'Mid Day', 'Summer Health', 'Lancey', 'Annex', 'Thisyear Labs', 'Fintecture'])(
    '%s', (name) => expect(isOpeningWord(name)).toBe(false));
});

describe('isPlace, round 6 negatives: companies and people are not places', () => {
  it.each(['Wave', 'Maurice Lévy', 'Maurice', 'Yoco', 'Senegal Tech Fund', 'Moniepoint', 'au Sénégal avec Wave'])(
    '%s', (name) => expect(isPlace(name)).toBe(false));
});

describe('subjectBefore, round 6 negatives: a dash that breaks the clause still breaks it', () => {
  it.each([
    ['It was a good year for Acme — Beta raised $5 million.', 'Beta'],
    ['Acme did well — and then Beta raised $5 million.', 'Beta'],
  ])('%s', (text, name) => expect(subjectBefore(text, text.search(/raised/))?.name).toBe(name));
});
