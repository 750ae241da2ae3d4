import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { buildDoc } from '../../utils/artifacts/context';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';
import { BYLINE_STAMP_OPENER } from '../../utils/artifacts/captions';
import { findStoryBlocks, lineShapeOf } from '../../utils/artifacts/line-shape';

/**
 * Round 20, line-shape block reader (utils/artifacts/line-shape.ts): the guards added from review A must leave the
 * related-stories blocks they look like. Invented rows, EN and FR.
 */
// Read by the block reader itself: the full finder may claim a labelled module first through a label rule of lexicon.ts.
const flagged = (paragraphs: string[], first: string): boolean => {
  const doc = buildDoc(paragraphs);
  return findStoryBlocks(doc).some((f) => doc.text.slice(f.start, f.end).includes(first));
};

const POSITIVE: Array<{ name: string; paragraphs: string[]; first: string }> = [
  // At an edge, a related list on the same beat shares one word per headline ("investors", "market"): still a block
  // (EDGE_SHARED_WORDS = 2; with one shared word it would read as the article's recap).
  {
    name: 'same-beat headlines after the last paragraph',
    paragraphs: [HEADLINE, ...BODY, 'Elsewhere On The Exchange', 'Grocery chain tells investors it will close ten stores', 'Shipping group warns of a weaker year for demand', 'Airline doubles its dividend after a record summer', 'Chip maker opens a new factory near the border'],
    first: 'Elsewhere On The Exchange',
  },
  {
    name: 'des titres du même secteur après le dernier paragraphe',
    paragraphs: [TITRE, ...CORPS, 'Aussi En Économie', 'Un assureur mutualiste rachète un courtier de la région', 'La fonderie annonce des recrutements après un marché record', 'Le port céréalier prévoit deux années de travaux', 'Une coopérative laitière ouvre une usine en Bretagne'],
    first: 'Aussi En Économie',
  },
  // Three headlines under a label right under the headline are a module, not the article's header (isArticleHeader
  // takes a kicker with at most two lines).
  {
    name: 'a label and three headlines under the headline',
    paragraphs: [HEADLINE, 'Picture Desk', 'Harbour strike halts grain exports for a week', 'Village bakery wins a national bread prize', 'Council reopens the old swimming baths', ...BODY],
    first: 'Picture Desk',
  },
];

describe('round 20: related-stories blocks next to the new guards', () => {
  it.each(POSITIVE)('$name', ({ paragraphs, first }) => {
    expect(flagged(paragraphs, first)).toBe(true);
  });
});

describe('round 20: one list of byline and stamp openers (captions.ts) for line shapes', () => {
  it.each([
    ['Written by the markets desk team', 'other'],
    ['Publié avec les données de la chambre de commerce', 'other'],
    ['Updated with the company statement tonight', 'other'],
  ])('%s -> %s', (line, shape) => {
    expect(BYLINE_STAMP_OPENER.test(line)).toBe(true);
    expect(lineShapeOf(line)).toBe(shape);
  });
});

/**
 * A caption closed by a photo agency after its last sentence, bare or in the agency's stock formula (PHOTO_AGENCY_TAIL
 * in captions.ts), printed twice: a duplicated caption, not a duplicated paragraph.
 */
const CAPTION_TWICE: Array<[string, string]> = [
  ['stock formula after the sentence', 'Shoppers queue outside a toy shop in a northern market town. The chain has warned of closures. Alamy Stock Photo'],
  ['bare agency after the sentence', 'Dock workers gather at the harbour gates on the first morning of the strike. Getty Images'],
  ['agence photo après la phrase', 'Des clients devant une librairie du centre-ville de Nantes. L’enseigne ferme trois magasins. Shutterstock'],
];

describe('round 20: a caption closed by a photo agency, printed twice', () => {
  it.each(CAPTION_TWICE)('%s', (_name, caption) => {
    const kinds = findArtifacts({ paragraphs: [caption, caption, HEADLINE, ...BODY] }).map((a) => a.kind);
    expect(kinds).toContain('duplicated-caption');
    expect(kinds).not.toContain('duplicated-paragraph');
  });
});

/**
 * A pull-quote box set ahead of the words it quotes (isPullQuoteCopy in duplicates.ts): the opening of a paragraph
 * further down, alone between two body paragraphs, is a broken pull-quote, not a duplicated paragraph.
 */
const P1 = 'The warehouse robot maker said orders from grocery chains had doubled over the last twelve months.';
const P2 = 'Its engineers spent most of the year adapting the machines to narrower aisles and older buildings.';
const QUOTE = 'Retailers no longer ask whether robots work, they ask how soon we can deliver them';
const FULL = `${QUOTE}, the chief executive said, adding that the waiting list now runs into the spring.`;
const P1_FR = 'Le fabricant de robots d’entrepôt affirme que ses commandes ont doublé en douze mois auprès des enseignes.';
const P2_FR = 'Ses ingénieurs ont passé l’année à adapter les machines à des allées plus étroites et à des bâtiments anciens.';
const QUOTE_FR = 'Les enseignes ne demandent plus si les robots marchent mais quand nous pouvons les livrer';
const FULL_FR = `${QUOTE_FR}, explique le dirigeant, qui évoque une liste d’attente jusqu’au printemps prochain.`;

describe('round 20: a pull-quote printed ahead of the paragraph it quotes', () => {
  it.each([
    ['EN', [HEADLINE, P1, QUOTE, P2, FULL, BODY[2]!]],
    ['FR', [TITRE, P1_FR, QUOTE_FR, P2_FR, FULL_FR, CORPS[2]!]],
  ])('%s', (_name, paragraphs) => {
    const kinds = findArtifacts({ paragraphs }).map((a) => a.kind);
    expect(kinds).toContain('broken-pull-quote');
    expect(kinds).not.toContain('duplicated-paragraph');
  });
});
