import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Round 22, group 5 (text detectors): readers of shapes that recur across outlets and blind batches. Invented
 * rows, EN and FR; each failed with its rule disabled (checked against round A's code).
 */
const found = (paragraphs: string[], kind: string): string[] =>
  findArtifacts({ paragraphs }).filter((a) => a.kind === kind).map((a) => a.text);

describe('round 22: a login given as the author in a meta field (bylines.ts AUTHOR_LOGIN)', () => {
  it.each([
    ['a labelled login after the article', [HEADLINE, ...BODY, 'Author: kpatel88'], 'Author: kpatel88'],
    ['the login glued after a source field', [HEADLINE, ...BODY, 'Source: http://www.example.orgAuthor: lwong'], 'Source: http://www.example.orgAuthor: lwong'],
    ['un identifiant comme auteur', [TITRE, ...CORPS, 'Auteur : mlefevre'], 'Auteur : mlefevre'],
    ['un identifiant collé à la source', [TITRE, ...CORPS, 'Source : lejournal.frAuteur : rdupuis'], 'Source : lejournal.frAuteur : rdupuis'],
  ])('%s', (_name, paragraphs, text) => {
    expect(found(paragraphs, 'byline-noise')).toContain(text);
  });
});

describe('round 22: an empty-name byline in its slot stays flagged (bylines.ts inBylineSlot)', () => {
  it.each([
    ['an item of a listing: teaser, empty byline, next headline', ['Reviews', 'First film opens in a small harbour town', 'A slow and tender portrait of a fishing family that loses its boat.', 'By June 3, 2024', 'Second film follows three sisters home'], 'By June 3, 2024'],
    ['un article de liste : signature vide en fin de page', [TITRE, ...CORPS, 'Par 4 mai 2024'], 'Par 4 mai 2024'],
  ])('%s', (_name, paragraphs, text) => {
    expect(found(paragraphs, 'byline-noise')).toContain(text);
  });
});

describe('round 22: previews cut after a new sentence’s first word (truncated.ts cutAfterFirstWords)', () => {
  const en1 = 'Shares in the regional lender climbed on the exchange yesterday after it reported a jump in lending to small firms and a lower bad-debt charge than analysts had expected for the half. Its…';
  const en2 = 'Retail sales slowed for a third month in a row as households cut back on clothing and furniture, according to figures released by the statistics office on Monday morning. The…';
  const fr1 = 'Le titre de la banque régionale a bondi hier à la Bourse après l’annonce d’une forte hausse des prêts aux petites entreprises et d’un coût du risque plus faible que prévu par les analystes. Ses…';
  const fr2 = 'Les ventes au détail ont ralenti pour le troisième mois consécutif, les ménages réduisant leurs achats de vêtements et de meubles, selon les chiffres publiés lundi matin par l’institut. Le…';
  it.each([
    ['two previews in a row, each cut after one word', ['Business pages of the day', en1, en2], ['Its…', 'The…']],
    ['deux aperçus à la suite, coupés après un mot', ['Les pages économie du jour', fr1, fr2], ['Ses…', 'Le…']],
  ])('%s', (_name, paragraphs, texts) => {
    const cut = found(paragraphs, 'truncated-sentence');
    for (const t of texts) expect(cut).toContain(t);
  });
});
