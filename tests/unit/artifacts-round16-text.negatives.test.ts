import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { buildDoc } from '../../utils/artifacts/context';
import { pageKindOf } from '../../utils/artifacts/page-kind';

/**
 * Look-alikes of the round 16 shapes (group 5a) in clean text. None may be flagged.
 */
const NEGATIVE: Array<{ name: string; paragraphs: string[] }> = [
  // A listicle: a subhead over each short paragraph, each about another subject, but no story's mark (no time line,
  // no cut, no kicker): one article's sections (review of round A, item 5).
  {
    name: 'listicle: four workshops to visit, a subhead over each',
    paragraphs: [
      'Four Nantes workshops worth a detour this autumn',
      'Ardoise restores old clocks',
      'Ardoise restores old clocks and barometers for collectors and museums along the Loire valley.',
      'Melvio prints linen scarves',
      'Melvio prints linen scarves by hand with blocks carved from pear wood in a former garage.',
      'Pertin repairs wooden boats',
      'Pertin repairs wooden boats for sailing clubs and has taken on two apprentices this summer.',
      'Quilla bakes rye bread',
      'Quilla bakes rye bread in a wood oven and delivers it by cargo bike to grocers in the city.',
    ],
  },
  {
    name: 'French listicle: cinq ateliers, un intertitre chacun',
    paragraphs: [
      'Cinq ateliers rennais à découvrir cet hiver',
      'Ardoise restaure des horloges',
      'Ardoise restaure des horloges anciennes pour des collectionneurs et des musées de la région.',
      'Melvio imprime des foulards',
      'Melvio imprime à la main des foulards en lin avec des tampons sculptés dans du poirier.',
      'Pertin répare des barques',
      'Pertin répare des barques en bois pour les clubs de voile et a embauché deux apprentis.',
      'Quilla cuit du pain de seigle',
      'Quilla cuit son pain de seigle au feu de bois et le livre en vélo-cargo aux épiciers de la ville.',
    ],
  },
];

describe('round 16 text detectors: look-alikes not flagged', () => {
  it.each(NEGATIVE)('$name', ({ paragraphs }) => {
    expect(findArtifacts({ paragraphs }).map((a) => a.kind)).toEqual([]);
    expect(pageKindOf(buildDoc(paragraphs)).kind).toBe('article');
  });
});
