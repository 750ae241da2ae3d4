import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { buildDoc } from '../../utils/artifacts/context';
import { pageKindOf } from '../../utils/artifacts/page-kind';

/**
 * Round 15 (text detectors): shapes that recur across outlets in the blind misses of four batches, read by
 * structure rather than by one page's words. Invented EN and FR rows. A row passes when a finding of its kind
 * covers its text.
 */
type Row = { name: string; paragraphs: string[]; kind: string; text: string };

/**
 * Three unrelated stories as a listing prints them: a headline, then a teaser of one paragraph that retells it, cut by
 * the template (round 16: a card needs a story's mark, or a listicle's sections would read as cards).
 */
const CARDS_EN = [
  'Harbor town opens a new ferry terminal for commuters',
  'The terminal, built over two years, will carry about 3,000 passengers a day between the harbor and downtown …',
  'Regional bakery chain adds twelve stores across the state',
  'The chain said the new stores would open by the summer and create about 200 jobs in small towns …',
  'Local orchestra names a new music director for next season',
  'The orchestra said its new conductor, who has led ensembles in three countries, will take up the post in September …',
];
const CARDS_FR = [
  'Le port de Brest inaugure un nouveau terminal pour les ferries',
  'Le terminal, construit en deux ans, accueillera environ 3 000 passagers par jour entre le port et la ville…',
  'Une chaîne de boulangeries ouvre douze magasins dans la région',
  'L’enseigne prévoit d’ouvrir ses douze magasins avant l’été et de créer 200 emplois dans les petites villes…',
  'L’orchestre régional nomme un nouveau directeur musical',
  'Le nouveau directeur de l’orchestre, qui a dirigé des formations dans trois pays, prendra ses fonctions en septembre…',
];

/** page kind: a run of short headline-and-teaser cards is a listing; each card after the first is another story. */
const LISTING: Row[] = [
  { name: 'listing: the second card', paragraphs: CARDS_EN, kind: 'merged-stories', text: CARDS_EN[2]! },
  { name: 'listing: the third card', paragraphs: CARDS_EN, kind: 'merged-stories', text: CARDS_EN[4]! },
  { name: 'listing: a time line between headline and teaser', paragraphs: [CARDS_EN[0]!, 'Metro Daily · 3 hours ago', CARDS_EN[1]!, CARDS_EN[2]!, 'County Times · 5 hours ago', CARDS_EN[3]!, CARDS_EN[4]!, 'Metro Daily · Yesterday', CARDS_EN[5]!], kind: 'merged-stories', text: CARDS_EN[4]! },
  { name: 'listing: a cut-off last headline with no teaser', paragraphs: [...CARDS_EN, 'City library extends its opening hours on weekends'], kind: 'merged-stories', text: 'City library extends its opening hours on weekends' },
  { name: 'listing after a section label and a source line', paragraphs: ['Local news', 'Metro Daily', ...CARDS_EN], kind: 'merged-stories', text: CARDS_EN[2]! },
  { name: 'French listing: the second card', paragraphs: CARDS_FR, kind: 'merged-stories', text: CARDS_FR[2]! },
  { name: 'French listing: the third card', paragraphs: CARDS_FR, kind: 'merged-stories', text: CARDS_FR[4]! },
];

const ROWS: Row[] = [...LISTING];

describe('round 15 text detectors: shapes found', () => {
  it.each(ROWS)('$name', ({ paragraphs, kind, text }) => {
    const found = findArtifacts({ paragraphs }).filter((a) => a.kind === kind);
    expect(found.some((a) => a.text.includes(text) || text.includes(a.text))).toBe(true);
  });
});

describe('round 15 page kind', () => {
  it.each([
    { name: 'cards EN', paragraphs: CARDS_EN, kind: 'listing' },
    { name: 'cards FR', paragraphs: CARDS_FR, kind: 'listing' },
    {
      name: 'print columns: lines cut at hyphens and carried over in lower case',
      paragraphs: ['The city council met on', 'Tuesday to discuss the new', 'budget for the coming fis-', 'cal year, which includes', 'money for roads and the', 'harbor. Officials said the', 'plan would be put to a', 'vote next month after pub-', 'lic hearings in every dis-', 'trict of the city, and that', 'residents could send com-', 'ments by mail or online.'],
      kind: 'print',
    },
    {
      name: 'French print columns',
      paragraphs: ['Le conseil municipal a', 'adopté mardi le budget', 'de l’année prochaine, qui', 'prévoit des crédits pour', 'les routes et le port. Se-', 'lon la mairie, le projet', 'sera soumis au vote après', 'des réunions publiques dans', 'chaque quartier de la ville', 'et les habitants pourront', 'envoyer leurs remarques par', 'courrier ou en ligne.'],
      kind: 'print',
    },
  ])('$name', ({ paragraphs, kind }) => {
    expect(pageKindOf(buildDoc(paragraphs)).kind).toBe(kind);
  });
});
