/**
 * Companies, round 6: periods of time and French country names that batch 7
 * (fixtures 268, 271, 277) took for companies ("Fin 2019", "L’an", "Sénégal").
 * Negatives (brands that only look like them): companies-round6.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { isOpeningWord, isPlace, subjectBefore } from '../../utils/companies';

describe('isOpeningWord, round 6: a period of time is never a company', () => {
  it.each([
    'Fin 2019', 'Début 2020', 'Mi-2021', 'Courant 2022', 'End of 2019', 'Early 2020', 'Late 2023', 'Mid-2024', 'Summer 2022', 'Printemps 2021',
    'L’an', "L'an dernier", 'D’autre', 'L’opération', 'L’année passée', 'Cette année', 'This year', 'Last year',
  ])('%s', (name) => expect(isOpeningWord(name)).toBe(true));
});

describe('isPlace, round 6: countries named in French', () => {
  it.each(['Sénégal', 'le Sénégal', 'Au Maroc', 'En Côte d’Ivoire', 'Aux États-Unis', 'Maroc', 'Côte d’Ivoire', "Côte d'Ivoire", 'Afrique du Sud', 'Tunisie', 'Cameroun', 'Singapour', 'Brésil'])(
    '%s', (name) => expect(isPlace(name)).toBe(true));
});

describe('subjectBefore, round 6: a dash-enclosed appositive is an aside', () => {
  it.each([
    ['Carbo Culture — a startup that has scaled an industrial process — has raised $6.2 million.', 'Carbo Culture'],
    ['Acme — une jeune pousse qui fabrique des drones — a levé 3 millions.', 'Acme'],
    ['Lumio – the maker of solar lamps – raised €4 million.', 'Lumio'],
  ])('%s', (text, name) => expect(subjectBefore(text, text.search(/raised|a levé/))?.name).toBe(name));
});
