import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of the round 19 block reader (utils/artifacts/line-shape.ts) in clean articles, invented, EN and FR: the
 * article's own lists, subheads, tables and galleries. None may be read as a related-stories block; each guard was
 * checked by disabling it (the row is flagged without it).
 */
const BLOCK = /related-stories or navigation module/u;
const blocks = (paragraphs: string[]): number => findArtifacts({ paragraphs }).filter((a) => BLOCK.test(a.message)).length;

const NEGATIVE: Array<{ name: string; paragraphs: string[] }> = [
  // A list the article opens with a sentence ending in a colon is its own.
  {
    name: 'a list opened by a colon',
    paragraphs: [HEADLINE, ...BODY, 'The founders named four priorities for the coming year:', 'Hiring senior engineers in the Ohio plant', 'Opening a service centre near the Texas site', 'Training customers to run the new fleet', 'Cutting the delivery time of spare parts'],
  },
  {
    name: 'une liste ouverte par deux-points',
    paragraphs: [TITRE, ...CORPS, 'Le fondateur détaille les chantiers de l’année prochaine :', 'Recruter des ingénieurs pour le site de Lyon', 'Ouvrir un bureau commercial à Berlin', 'Former les clients au pilotage des robots', 'Réduire les délais de livraison des pièces'],
  },
  // Items cut from one pattern ("Step 1 …", "Step 2 …") are a list, not headlines of different stories.
  {
    name: 'a parallel list of steps after the article',
    paragraphs: [HEADLINE, ...BODY, 'Step one: unpack the robot and charge it', 'Step two: map the warehouse aisles', 'Step three: assign the first picking route', 'Step four: review the daily report'],
  },
  // A run whose titles all speak of one thing is the article's own outline.
  {
    name: 'an outline on one subject',
    paragraphs: [HEADLINE, ...BODY, 'Why warehouse robots need better batteries', 'How warehouse robots share the aisles with people', 'What warehouse robots cost to insure', 'Where warehouse robots still fail'],
  },
  // A table's rows under its caption.
  {
    name: 'table rows under a table caption',
    paragraphs: [HEADLINE, ...BODY, 'Table 2. Orders per region last year', 'Northern plants shipped the largest share of units', 'Southern plants doubled their output in the autumn', 'Western depots waited longest for spare parts', 'Eastern depots ran the smallest fleets'],
  },
  // A gallery: the same label over every picture.
  {
    name: 'a gallery with the same label over each picture',
    paragraphs: [HEADLINE, ...BODY, 'Gallery', 'Robots sorting parcels on the night shift', 'Engineers testing a gripper arm in Ohio', 'Gallery', 'A charging bay on the Texas site floor', 'Spare batteries stacked by the loading dock'],
  },
  // Between paragraphs, a run whose titles carry the article's topic on is its own run of subheads.
  {
    name: 'subheads between paragraphs that share the paragraphs’ words',
    paragraphs: [HEADLINE, BODY[0]!, 'Investors Back The Plan', 'Engineers hired for the factories in Ohio', 'Demand for warehouse robots doubled', 'Proceeds to expand the Texas factories', BODY[1]!, BODY[2]!],
  },
  // Between paragraphs, a sentence-case heading over unpunctuated points is the article's own list.
  {
    name: 'a sentence-case heading over points between paragraphs',
    paragraphs: [HEADLINE, BODY[0]!, 'Lack of staff', 'Night shifts left without a supervisor at the depot', 'Drivers asked to cover two routes in one morning', 'Trainees left alone with the loading machines', BODY[1]!, BODY[2]!],
  },
  {
    name: 'des intertitres qui reprennent le sujet',
    paragraphs: [TITRE, CORPS[0]!, 'Des Bureaux À Berlin', 'Deux bureaux ouvriront à Paris et à Berlin cette année', 'Une vingtaine de personnes seront recrutées par le fondateur', 'Ce marché des robots a doublé en France', CORPS[1]!, CORPS[2]!],
  },
];

describe('round 19 negatives: an article’s own lines are no related-stories block', () => {
  it.each(NEGATIVE)('$name', ({ paragraphs }) => {
    expect(blocks(paragraphs)).toBe(0);
  });
});
