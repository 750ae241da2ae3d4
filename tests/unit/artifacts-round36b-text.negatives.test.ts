import { describe, expect, it } from 'vitest';
import { findArtifactsLocated } from '../../utils/artifacts';

/**
 * Round 36b negatives (artifact text readers, invented rows): a copy that ends its sentence is still a glued
 * duplicate, and a comma-ended line that opens no other paragraph is no copy at all.
 */

const kinds = (paragraphs: string[]) => findArtifactsLocated({ paragraphs }).map((f) => ({ kind: f.kind, text: f.text }));

describe('duplicates: copies that are not cut on a comma', () => {
  it('keeps a finished sentence glued inside another paragraph a duplicated paragraph', () => {
    const found = kinds([
      'Both ferry lines lost money again last year.',
      'Harbour news',
      'Both ferry lines lost money again last year. The port board blamed the fuel prices and the new fares.',
      'The council will vote on the budget in March, after the hearings with the districts and the unions.',
    ]);
    expect(found.filter((f) => f.kind === 'truncated-sentence')).toEqual([]);
    expect(found).toContainEqual({ kind: 'duplicated-paragraph', text: 'Both ferry lines lost money again last year.' });
  });

  it('reads nothing in a comma-ended line that opens no other paragraph (FR)', () => {
    expect(kinds([
      'Les deux lignes de bac, que la régie du port exploite depuis la guerre,',
      'Actualités du port',
      'La régie du port a annoncé une hausse des tarifs pour l’été, après une année de pertes sur les deux lignes.',
      'Le conseil votera le budget en mars, après les auditions avec les quartiers et les syndicats.',
    ]).filter((f) => f.kind === 'duplicated-paragraph' || f.kind === 'truncated-sentence').filter((f) => f.text.startsWith('Les deux lignes'))).toEqual([]);
  });
});

const merged = (paragraphs: string[]): string[] =>
  findArtifactsLocated({ paragraphs }).filter((f) => f.kind === 'merged-stories').map((f) => f.text);

describe('merged stories: a chronology is no listing', () => {
  it('leaves a timeline article whose dated steps run oldest first (date line over each step’s title)', () => {
    expect(merged([
      'How the harbour deal came together',
      'The port board and the ferry company spent two years on the terms of the harbour deal, which the council signed last week.',
      'March 4, 2021',
      'The ferry company makes its first offer',
      'The ferry company made its first offer for the western quay, which the port board turned down within a month as too low.',
      'June 10, 2021',
      'Talks resume with the regional bank',
      'After the summer the two sides met again in the town hall, this time with the regional bank at the table as a lender.',
    ])).toEqual([]);
  });
});
