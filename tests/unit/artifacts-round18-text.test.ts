import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Round 18 (group 5: text detectors): shapes that recur across outlets in the blind misses of six batches, read by
 * structure, not by a page's words. Invented EN and FR rows. A row passes when a finding of its kind holds the row's
 * text (merged-story and caption rows) or sits inside it (cut-sentence rows, whose finding is the cut text).
 */
type Row = { name: string; paragraphs: string[]; kind: string; text: string };

/** A story link's own label ("full article", from the lexicon's one list) in brackets after a cut on a function word. */
const BRACKETED_LABELS: Row[] = [
  { name: 'bracketed "[full article]" after a cut on an article', paragraphs: [HEADLINE, ...BODY, 'The board also approved a plan to move the assembly of its smaller models to a new site near the [full article]'], kind: 'truncated-sentence', text: 'The board also approved a plan to move the assembly' },
  { name: 'French: bracketed "(Full Article)" after a cut on a preposition', paragraphs: [TITRE, ...CORPS, 'Le conseil d’administration a aussi validé le transfert de l’assemblage des petits modèles vers un nouveau site près de (Full Article)'], kind: 'truncated-sentence', text: 'Le conseil d’administration a aussi validé le transfert' },
];

const ROWS: Row[] = [...BRACKETED_LABELS];

describe('round 18 text detectors: shapes found', () => {
  it.each(ROWS)('$name', ({ paragraphs, kind, text }) => {
    const found = findArtifacts({ paragraphs }).filter((a) => a.kind === kind);
    const cut = kind === 'truncated-sentence';
    expect(found.some((a) => a.text.includes(text) || (cut && text.includes(a.text)))).toBe(true);
  });
});
