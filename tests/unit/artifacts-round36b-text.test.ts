import { describe, expect, it } from 'vitest';
import { findArtifactsLocated } from '../../utils/artifacts';

/**
 * Round 36b (artifact text readers, invented rows): a short copy of another paragraph's opening that stops on a comma
 * is a cut teaser (a truncated sentence), not a paragraph glued twice (duplicated-paragraph).
 */

const kinds = (paragraphs: string[]) => findArtifactsLocated({ paragraphs }).map((f) => ({ kind: f.kind, text: f.text }));

const AFTER = [
  'The council will vote on the budget in March, after the hearings with the districts and the unions.',
  'The opposition said it would table its own plan before the vote, with fewer cuts to the bus routes.',
];

describe('duplicates: a copy cut on a comma is a truncated sentence', () => {
  it('reads a teaser cut on a comma above its full paragraph as truncated, not duplicated (EN)', () => {
    const found = kinds([
      'Both ferry lines, which the port board has run since the war,',
      'Harbour news',
      'Both ferry lines, which the port board has run since the war, lost money again last year despite the new fares.',
      ...AFTER,
    ]);
    expect(found).toContainEqual({ kind: 'truncated-sentence', text: 'Both ferry lines, which the port board has run since the war,' });
    expect(found.filter((f) => f.kind === 'duplicated-paragraph')).toEqual([]);
  });

  it('reads a summary cut on a comma above its full paragraph as truncated, not duplicated (FR)', () => {
    const found = kinds([
      'Les deux lignes de bac, que la régie du port exploite depuis la guerre,',
      'Actualités du port',
      'Les deux lignes de bac, que la régie du port exploite depuis la guerre, ont encore perdu de l’argent l’an dernier.',
      'Le conseil votera le budget en mars, après les auditions avec les quartiers et les syndicats.',
    ]);
    expect(found).toContainEqual({ kind: 'truncated-sentence', text: 'Les deux lignes de bac, que la régie du port exploite depuis la guerre,' });
    expect(found.filter((f) => f.kind === 'duplicated-paragraph')).toEqual([]);
  });

  it('reads a teaser cut by an ellipsis above its full paragraph as truncated, not duplicated', () => {
    const found = kinds([
      'The ferry company, which lost two boats to the storm last winter, ordered...',
      'The ferry company, which lost two boats to the storm last winter, ordered two new vessels from the northern yard.',
      ...AFTER,
    ]);
    expect(found).toContainEqual({ kind: 'truncated-sentence', text: 'The ferry company, which lost two boats to the storm last winter, ordered...' });
    expect(found.filter((f) => f.kind === 'duplicated-paragraph')).toEqual([]);
  });
});

const merged = (paragraphs: string[]): string[] =>
  findArtifactsLocated({ paragraphs }).filter((f) => f.kind === 'merged-stories').map((f) => f.text);

const POST_BODY = [
  'The harbour board said the new crane rails would be laid before the winter, when the freight traffic is at its lowest.',
  'The works will cost the port about four million euros, which the board will borrow from the regional bank over ten years.',
];

describe('merged stories on a blog index: the excerpt is the later post’s headline (CONVENTIONS.md §listings)', () => {
  it('reports the headline under the later post’s date line, not the date line (newest first)', () => {
    expect(merged([
      '12 May 2022', 'Harbour board approves the crane rail works', ...POST_BODY,
      '3 May 2022', 'Ferry crews vote to strike over the new rosters', ...POST_BODY,
    ])).toEqual(['Ferry crews vote to strike over the new rosters']);
  });

  it('reports a later post’s headline split over two short lines above its stamp, not the stamp', () => {
    expect(merged([
      'Harbour board approves', 'the crane rail works', 'Posted by: Port Desk on May 12, 2022 at 9:10 am', ...POST_BODY,
      'Ferry crews vote to strike', 'over the new rosters', 'Posted by: Port Desk on May 3, 2022 at 4:45 pm', ...POST_BODY,
    ])).toEqual(['Ferry crews vote to strike\n\nover the new rosters']);
  });
});
