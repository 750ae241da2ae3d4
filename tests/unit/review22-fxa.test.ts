import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Review of round 22 (group 5 and 7 rules): invented look-alikes the new rules got wrong. Each row fails without
 * its fix (line-shape.ts DATA_FIELD kickers and Title Case, truncated.ts open-range year,
 * bylines.ts AUTHOR_LOGIN placeholders).
 */
const found = (paragraphs: string[], kind: string): string[] =>
  findArtifacts({ paragraphs }).filter((a) => a.kind === kind).map((a) => a.text);

describe('review 22: a kicker and a headline after the colon is no data field (line-shape.ts)', () => {
  it.each([
    ['kicked headlines of other stories after the body', [HEADLINE, ...BODY, 'Exclusive: 5 Fintechs That Raised Big Rounds This Summer', 'Analysis: 3 Reasons Investors Are Back In Climate Tech', 'Explainer: 10 Things To Know About The New Listing Rules']],
    ['des titres d’autres articles avec leur surtitre', [TITRE, ...CORPS, 'Exclusif : 5 start-up qui ont levé plus de 20 millions cet été', 'Analyse : 3 raisons du retour des investisseurs dans la tech verte', 'Décryptage : 10 questions sur les nouvelles règles de cotation']],
  ])('%s', (_name, paragraphs) => {
    expect(found(paragraphs, 'boilerplate').length).toBeGreaterThan(0);
  });
});

describe('review 22: a placeholder author is no login (bylines.ts AUTHOR_LOGIN)', () => {
  it.each([
    ['Author: unknown', [HEADLINE, ...BODY, 'Author: unknown']],
    ['Auteur : inconnu', [TITRE, ...CORPS, 'Auteur : inconnu']],
    ['Auteur : anonyme', [TITRE, ...CORPS, 'Auteur : anonyme']],
  ])('%s', (_name, paragraphs) => {
    expect(found(paragraphs, 'byline-noise')).toEqual([]);
  });
});

describe('review 22: a year between the verb and "from" is no figure of the change (truncated.ts openRangeCut)', () => {
  it.each([
    ['a forecast for a year cut from a figure', [HEADLINE, ...BODY, 'The bank cut its 2024 growth forecast from 3.1%.'], 'The bank cut its 2024 growth forecast from 3.1%.'],
    ['une prévision pour une année passée de', [TITRE, ...CORPS, 'La prévision de croissance de la banque est passée pour 2024 de 3,1 %.'], 'La prévision de croissance de la banque est passée pour 2024 de 3,1 %.'],
  ])('%s', (_name, paragraphs, text) => {
    expect(found(paragraphs, 'truncated-sentence')).toContain(text);
  });
});
