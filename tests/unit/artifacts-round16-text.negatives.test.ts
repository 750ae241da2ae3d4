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

/** Web articles with one print-like cue only (a price, a headline in capitals, a volume of a book): articles. */
const ONE_PRINT_CUE: Array<{ name: string; paragraphs: string[] }> = [
  {
    name: 'a web article with a price and a volume, but no second masthead cue',
    paragraphs: ['The museum’s new catalogue, Vol. 2 of its history of the port, sells for $4.50 at the front desk, and the first print run of 800 copies is nearly gone, the curator said on Friday.'],
  },
  {
    name: 'a web headline in capitals over a lede',
    paragraphs: ['CITY COUNCIL VOTES TO EXTEND THE NIGHT BUS SERVICE TO THE SUBURBS The vote on Thursday means buses will run until 2 a.m. on weekends from next month.'],
  },
  {
    name: 'French web article: a price and a date in capitals',
    paragraphs: ['Le journal coûte désormais 2,80 € en kiosque, a annoncé la direction, qui promet une nouvelle formule à partir du LUNDI 3 MARS 2025 avec un cahier consacré à la région.'],
  },
];

describe('round 16 page kind: one print cue is no print page', () => {
  it.each(ONE_PRINT_CUE)('$name', ({ paragraphs }) => {
    expect(pageKindOf(buildDoc(paragraphs)).kind).toBe('article');
  });
});

describe('round 16 text detectors: look-alikes not flagged', () => {
  it.each(NEGATIVE)('$name', ({ paragraphs }) => {
    expect(findArtifacts({ paragraphs }).map((a) => a.kind)).toEqual([]);
    expect(pageKindOf(buildDoc(paragraphs)).kind).toBe('article');
  });
});
