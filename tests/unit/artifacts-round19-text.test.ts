import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { lineShapeOf } from '../../utils/artifacts/line-shape';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Round 19, line-shape block reader (utils/artifacts/line-shape.ts): a block of other stories' headlines or section
 * links outside the article's prose. Invented rows, EN and FR; each fails without the reader.
 */
const BLOCK = /related-stories or navigation module/u;
const flagged = (paragraphs: string[], first: string): boolean =>
  findArtifacts({ paragraphs }).some((a) => a.kind === 'boilerplate' && BLOCK.test(a.message) && a.text.includes(first));

const POSITIVE: Array<{ name: string; paragraphs: string[]; first: string }> = [
  // A capitalised label and its headlines between the headline and the first paragraph (a wire page's module).
  {
    name: 'label and headlines before the first paragraph',
    paragraphs: [HEADLINE, 'Picture Desk Highlights', 'Harbour cranes stand idle as dock workers walk out', 'Orchard growers count the cost of a late frost', 'Council votes to close two rural bus routes', ...BODY],
    first: 'Picture Desk Highlights',
  },
  // The same module after the last paragraph, the label in capitals.
  {
    name: 'capitals label and headlines after the last paragraph',
    paragraphs: [HEADLINE, ...BODY, 'ELSEWHERE TODAY', 'Ferry operator cancels winter crossings to the islands', 'Bakery chain recalls loaves over labelling error'],
    first: 'ELSEWHERE TODAY',
  },
  // Four headlines with no label over them after the article.
  {
    name: 'four bare headlines after the last paragraph',
    paragraphs: [HEADLINE, ...BODY, 'Glassworks to reopen its furnace after two idle years', 'Tenants win a rent freeze in the old mill district', 'Storm damage closes the coastal railway until spring', 'Brewer sells its pub estate to a property trust'],
    first: 'Glassworks to reopen',
  },
  // Between two paragraphs: a capitalised label over three headlines on other subjects.
  {
    name: 'labelled module between two paragraphs on another topic',
    paragraphs: [HEADLINE, BODY[0]!, 'Across The County', 'Lifeboat crew rescues walkers cut off by the tide', 'Village school celebrates its hundredth year', 'Libraries extend their opening hours on Sundays', BODY[1]!, BODY[2]!],
    first: 'Across The County',
  },
  { name: 'une rubrique et ses titres avant le premier paragraphe', paragraphs: [TITRE, 'En Région', 'Les vendanges commencent avec deux semaines d’avance', 'Le port de pêche modernise sa criée', 'Une fromagerie reprise par ses salariés', ...CORPS], first: 'En Région' },
  { name: 'quatre titres après le dernier paragraphe', paragraphs: [TITRE, ...CORPS, 'La ligne de tramway prolongée jusqu’à l’aéroport', 'Un incendie ravage un entrepôt de meubles', 'Les boulangers manifestent contre la hausse du beurre', 'Le festival de jazz affiche complet pour sa dixième édition'], first: 'La ligne de tramway' },
  { name: 'une rubrique courte en minuscules et ses titres à la fin', paragraphs: [TITRE, ...CORPS, 'Dans la région', 'Le musée rouvre après trois ans de travaux', 'Une tempête coupe l’électricité dans la vallée', 'Trois communes fusionnent au premier janvier'], first: 'Dans la région' },
];

describe('round 19: blocks of other stories’ headlines (line shapes)', () => {
  it.each(POSITIVE)('$name', ({ paragraphs, first }) => {
    expect(flagged(paragraphs, first)).toBe(true);
  });
});

const SHAPES: Array<[string, string]> = [
  ['Latest Market News', 'label'],
  ['DERNIÈRES NOUVELLES', 'label'],
  ['Harbour cranes stand idle as dock workers walk out', 'link-title'],
  ['Les vendanges commencent avec deux semaines d’avance', 'link-title'],
  ['The harbour cranes stood idle on Monday as dock workers walked out over pay.', 'prose'],
  ['• Harbour cranes stand idle', 'list-item'],
  ['Photo by Jane Roe for the Gazette', 'other'],
  ['By Jane Roe', 'other'],
  ['3.2 Regional budgets', 'other'],
];

describe('round 19: line shapes', () => {
  it.each(SHAPES)('%s → %s', (line, shape) => {
    expect(lineShapeOf(line)).toBe(shape);
  });
});
