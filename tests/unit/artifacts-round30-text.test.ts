import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../utils/artifacts/context';
import { findBylineNoise } from '../../utils/artifacts/bylines';
import { findBackToBackCaptions } from '../../utils/artifacts/captions';
import { findDuplicatedParagraphs } from '../../utils/artifacts/duplicates';
import { PROSE_A, PROSE_B, PROSE_FR } from '../helpers/ferry-prose';

/**
 * Round 30, artifacts text detectors: readers of structure for shapes of batch 19 seen on two outlets at least (a module
 * of teaser cards whose headlines are printed twice; a summary above the body that repeats its opening, cut by an
 * ellipsis). Invented rows, EN and FR; the look-alikes are in the .negatives file.
 */
const found = (paragraphs: string[], find: (d: ReturnType<typeof buildDoc>) => ReadonlyArray<{ kind: string; start: number; end: number }>): Array<{ kind: string; text: string }> => {
  const doc = buildDoc(paragraphs);
  return find(doc).map((f) => ({ kind: f.kind, text: doc.text.slice(f.start, f.end) }));
};

describe('round 30: a module of teaser cards, each headline printed twice (captions.ts teaserModules)', () => {
  it.each([
    {
      name: 'EN: link and title, a cut teaser, the link again, two cards under a label',
      paragraphs: [PROSE_A, PROSE_B, 'More travel stories', 'Harbour town opens a new marina for visiting yachts', 'Harbour town opens a new marina for visiting yachts', 'The council spent two years planning the berths and the new....', 'Harbour town opens a new marina for visiting yachts', 'Island bakery wins a prize for its rye loaves', 'Island bakery wins a prize for its rye loaves'],
      module: 'More travel stories',
    },
    {
      name: 'FR : deux cartes, le titre imprimé deux fois, la seconde sous son étiquette de rubrique',
      paragraphs: [PROSE_FR, PROSE_A, 'Une coopérative agricole rachète trois moulins du Gers', 'Une coopérative agricole rachète trois moulins du Gers', 'Le port de plaisance double sa capacité cet été', 'Régions', 'Le port de plaisance double sa capacité cet été'],
      module: 'Une coopérative agricole rachète trois moulins du Gers',
    },
  ])('$name', ({ paragraphs, module }) => {
    const out = found(paragraphs, findBackToBackCaptions);
    expect(out.filter((f) => f.kind === 'duplicated-caption')).toEqual([]);
    expect(out.some((f) => f.kind === 'boilerplate' && f.text.startsWith(module))).toBe(true);
  });
});

describe('round 30: a cut summary above the body that repeats its opening (duplicates.ts SUMMARY_CUT)', () => {
  it.each([
    {
      name: 'EN: the summary runs the first two paragraphs together and stops on "..."',
      paragraphs: ['Coastal ferry line adds winter sailings', `${PROSE_A} ${PROSE_B.slice(0, 60)}...`, PROSE_A, PROSE_B, 'Tickets go on sale next month.'],
      copy: `${PROSE_A} ${PROSE_B.slice(0, 60)}...`,
    },
    {
      name: 'FR : le chapô reprend le premier paragraphe et s’arrête sur « … »',
      paragraphs: ['La compagnie maritime ajoute des traversées d’hiver', `${PROSE_FR} Le groupe prévoit deux lignes nouvelles…`, PROSE_FR, 'Le groupe prévoit deux lignes nouvelles vers les îles avant la fin de l’année prochaine.'],
      copy: `${PROSE_FR} Le groupe prévoit deux lignes nouvelles…`,
    },
  ])('$name', ({ paragraphs, copy }) => {
    const out = found(paragraphs, (d) => findDuplicatedParagraphs(d, () => false));
    expect(out).toContainEqual({ kind: 'duplicated-paragraph', text: copy });
    expect(out.map((f) => f.text)).not.toContain(paragraphs[2]);
  });
});

describe('round 30: an author box’s avatar alt text over the bare name (bylines.ts nameTwice)', () => {
  it.each([
    { name: 'EN: "… avatar" then the name', paragraphs: ['Coastal ferry line adds winter sailings', 'Dana Whitlock avatar', 'Dana Whitlock', PROSE_A, PROSE_B], noise: 'Dana Whitlock avatar\n\nDana Whitlock' },
    { name: 'FR : « Photo de … » puis le nom', paragraphs: ['La compagnie maritime ajoute des traversées', 'Photo de Lucie Marchand', 'Lucie Marchand', PROSE_FR, PROSE_A], noise: 'Photo de Lucie Marchand\n\nLucie Marchand' },
  ])('$name', ({ paragraphs, noise }) => {
    expect(found(paragraphs, findBylineNoise)).toContainEqual({ kind: 'byline-noise', text: noise });
  });
});
