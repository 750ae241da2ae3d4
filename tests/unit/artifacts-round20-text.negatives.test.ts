import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { buildDoc } from '../../utils/artifacts/context';
import { findStoryBlocks } from '../../utils/artifacts/line-shape';
import { isCaptionLike } from '../../utils/artifacts/captions';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Round 20, look-alikes of the line-shape block reader (utils/artifacts/line-shape.ts) from review A: the article's own
 * lines read as a related-stories block. Invented rows, EN and FR (reworded from the reviewer's inputs); each was
 * flagged before its guard (checked with the guard disabled).
 */
// Read by the block reader itself, so a row tests its guard and not another reader's claim.
const blocks = (paragraphs: string[]): number => findStoryBlocks(buildDoc(paragraphs)).length;

/** Lines of a print column cut where the page wrapped them: no sentence shape, no title shape (lower-case opening). */
const wrapped = (n: number): string[] => Array.from({ length: n }, (_, i) => `and the column goes on over line ${i + 1}`);

const NEGATIVE: Array<{ name: string; paragraphs: string[] }> = [
  // Header right under the headline (isArticleHeader): a kicker label over a second title and a standfirst, on the first
  // paragraph's topic (review B 5: a kicker over two unrelated headlines is a module; these rows were reworded to
  // carry the story's topic as a real header does).
  {
    name: 'a kicker, a title and a standfirst under the headline',
    paragraphs: [HEADLINE, 'Special Report', 'Interest rates may stay high, but investors still back robot makers', 'Traders have pushed back their bets, yet the money keeps coming for robotics', ...BODY],
  },
  {
    name: 'un surtitre, un titre et un chapô sous le titre',
    paragraphs: [TITRE, 'Enquête', 'Les fonds misent encore sur les start-up malgré des loyers qui grimpent', 'Faute de place, les jeunes pousses lyonnaises recrutent dans des bureaux plus petits', ...CORPS],
  },
  // Topic at the edges: a recap after the last paragraph repeats the article's facts (two topic words per line).
  {
    name: 'a recap block after the last paragraph',
    paragraphs: [HEADLINE, ...BODY, 'The Essentials', 'Warehouse robots saw demand double within one year', 'Investors led by a large fund put in the new money', 'Engineers will be hired for the factories in Ohio and Texas'],
  },
  {
    name: 'un encadré de rappel après le dernier paragraphe',
    paragraphs: [TITRE, ...CORPS, 'Les Points Clés', 'Plusieurs fonds apportent les 5 millions d’euros', 'Bureaux prévus à Paris puis à Berlin avant la fin de l’année', 'Le marché des robots d’entrepôt a doublé en deux ans'],
  },
  // A kicker over a same-topic title and standfirst, under the headline.
  {
    name: 'a same-topic kicker block before the first paragraph',
    paragraphs: [HEADLINE, 'First Look', 'Robot maker doubles the size of its warehouse fleet', 'Retailers drove the demand for its robots over the past year', ...BODY],
  },
  // A label opening on a count announces the article's own enumeration (COUNTING_LABEL) when its lines carry the
  // prose's topic (review B 4: over unrelated headlines it is a module; these rows were reworded to carry the topic).
  {
    name: 'a counted line-up between two paragraphs',
    paragraphs: [HEADLINE, BODY[0]!, 'Three New Machines', 'Forklifts steered by cameras on night shifts in the factories', 'Conveyor arms rented by the month to warehouse operators', 'Drones counting stock on the top shelves', BODY[1]!, BODY[2]!],
  },
  {
    name: 'une gamme comptée entre deux paragraphes',
    paragraphs: [TITRE, CORPS[0]!, 'Trois Nouveaux Modèles', 'Chariots guidés par caméra pour le travail de nuit en entrepôt', 'Bras de tri loués au mois par les ateliers', 'Robots volants chargés de vérifier les palettes en hauteur', CORPS[1]!, CORPS[2]!],
  },
  // Items opening on indefinite articles are one list's noun phrases (firstWord: a/an/un/une/des are one word).
  {
    name: 'un programme entre deux paragraphes',
    paragraphs: [TITRE, CORPS[0]!, 'Au Menu', 'Une visite des ateliers de montage au petit matin', 'Un débat sur l’export avec les élus locaux', 'Des démonstrations de machines dans la halle principale', 'Une remise de trophées en fin de journée', CORPS[1]!, CORPS[2]!],
  },
  {
    name: 'an agenda between two paragraphs',
    paragraphs: [HEADLINE, BODY[0]!, 'On The Day', 'A guided tour of the assembly floor at dawn', 'An export panel with local business owners', 'An awards dinner in the main exhibition hall', 'A machine show to close the evening', BODY[1]!, BODY[2]!],
  },
  // Prose read across any number of short lines (proseAround): a same-topic module whose paragraphs stand far away in
  // lines (a print page's wrapped column lines); the one prose line next to it is on another note.
  {
    name: 'a same-topic group between paragraphs far apart in lines',
    paragraphs: [HEADLINE, BODY[0]!, ...wrapped(13), 'Across The Plant', 'Engineers test warehouse machines before each shipment', 'Demand from investors doubled for robot makers', 'Factories in Ohio add a second night shift', ...wrapped(1), 'The printed page carries several short notes on the weather and the tides.', ...wrapped(13), BODY[1]!, BODY[2]!],
  },
];

describe('round 20 negatives: the article’s own lines are not a related-stories block', () => {
  it.each(NEGATIVE)('$name', ({ paragraphs }) => {
    expect(blocks(paragraphs)).toBe(0);
  });
});

/** Look-alikes of PHOTO_AGENCY_TAIL (captions.ts): the agency inside a sentence, a wire agency after a full stop. */
describe('round 20 negatives: a photo agency named in the body is not a credit', () => {
  it.each([
    ['the agency as the object of a sentence', 'The archive was sold last year to the picture library owned by Getty Images'],
    ['a wire agency after the last sentence', 'Dock workers gather at the harbour gates on the first morning of the strike. Reuters'],
    ['l’agence sujet de la phrase', 'Le catalogue de photos a été racheté par la banque d’images Shutterstock'],
  ])('%s', (_name, line) => {
    expect(isCaptionLike(line)).toBe(false);
  });
});

/** Look-alikes of isPullQuoteCopy (duplicates.ts): a copy right before its full paragraph, or in the header, stays a repeat. */
const Q_P1 = 'The warehouse robot maker said orders from grocery chains had doubled over the last twelve months.';
const Q_COPY = 'Retailers no longer ask whether robots work, they ask how soon we can deliver them';
const Q_FULL = `${Q_COPY}, the chief executive said, adding that the waiting list now runs into the spring.`;
describe('round 20 negatives: a repeated opening that is no pull-quote box', () => {
  it.each([
    ['a teaser right before its full paragraph', [HEADLINE, Q_P1, Q_COPY, Q_FULL, BODY[2]!]],
    ['a standfirst under the headline, the paragraph later', [HEADLINE, Q_COPY, Q_P1, Q_FULL, BODY[2]!]],
  ])('%s', (_name, paragraphs) => {
    expect(findArtifacts({ paragraphs }).map((a) => a.kind)).not.toContain('broken-pull-quote');
  });
});
