import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of the round 16 cut and byline shapes (group 5b) in clean text. No cut or byline finding may be
 * made on them (other detectors may read a label as furniture: not this table's concern).
 */
const MINE = new Set(['truncated-sentence', 'byline-noise']);

/** Long prose paragraphs, as a flattened print page would hold, around each look-alike. */
const LONG_EN = 'The county board met on Tuesday to go over the plans for the new library, which has been delayed twice by rising costs and a shortage of builders. Members said the project would still open next year if the last contracts are signed before the winter, and that the budget would not grow again. The chair thanked residents who had written to the board and said the reading rooms would keep their old windows.';
const LONG_FR = 'Le conseil départemental s’est réuni mardi pour examiner les plans de la nouvelle médiathèque, retardée deux fois par la hausse des coûts et le manque d’artisans. Les élus ont assuré que le chantier serait livré l’an prochain si les derniers marchés sont signés avant l’hiver, et que le budget n’augmenterait plus. Le président a remercié les habitants qui avaient écrit au conseil.';

const NEGATIVE: Array<{ name: string; paragraphs: string[] }> = [
  // The label glued after a finished sentence: the card's text was whole.
  { name: 'label glued after a full stop', paragraphs: [HEADLINE, ...BODY, 'The company will open a second plant in Texas next year, its chief executive said on Tuesday.Read More'] },
  // A bracketed label after a teaser that stops on a content word: a whole teaser without its full stop.
  { name: 'bracketed label after a content word', paragraphs: [HEADLINE, ...BODY, 'The bank said it would consider a further rise if prices keep climbing, as it must watch inflation in setting its monetary policy [FULL STORY]'] },
  { name: 'French: bracketed label after a content word', paragraphs: [TITRE, ...CORPS, 'La banque envisage une nouvelle hausse si les prix continuent de grimper, car elle doit surveiller l’inflation dans sa politique monétaire [lire la suite]'] },
  // One paragraph with a writer's ellipsis between subheads: cards come in lists.
  {
    name: 'one subhead section ending on a writer’s ellipsis',
    paragraphs: [HEADLINE, ...BODY, 'What comes next for the company', 'The founders say they have a plan for the next two years, but they will not share it yet, and some investors are starting to wonder…', 'Hiring plans', 'The company expects to double its staff of engineers by the end of next year.'],
  },
  // Teasers ending on a writer's ellipsis, but with prose around them, not card lines.
  {
    name: 'two prose paragraphs ending on an ellipsis, no headlines around them',
    paragraphs: [HEADLINE, 'The founders say they have a plan for the next two years, but they will not share it yet, and some investors are starting to wonder…', ...BODY, 'The chief executive would only say that the next product is close and that the team is small but…', 'Analysts expect an announcement before the summer, when the company holds its yearly meeting.'],
  },
  {
    name: 'French: one subhead section ending on a writer’s ellipsis',
    paragraphs: [TITRE, ...CORPS, 'Et maintenant ?', 'Les fondateurs disent avoir un plan pour les deux prochaines années, mais ils ne veulent pas encore le dévoiler, et certains investisseurs commencent à se demander…', 'Des recrutements', 'La société prévoit de doubler ses équipes d’ingénieurs d’ici la fin de l’année prochaine.'],
  },
  // A sentence about subscribers-only content in prose, after a finished paragraph.
  { name: 'a whole paragraph before a sentence about subscriber content', paragraphs: [HEADLINE, ...BODY, 'Its premium content is available to subscribers only in the United States, the company said.'] },
  // Flattened-page look-alikes: "By" in prose.
  { name: 'long paragraph: "By" and a weekday', paragraphs: [HEADLINE, `${LONG_EN} By Tuesday Morning Officials had signed the last contract for the roof.`] },
  { name: 'long paragraph: a book credited in prose, a comma after the name', paragraphs: [HEADLINE, `${LONG_EN} By Jane Holloway, the new guide to the county tells the story of its old mills.`] },
  { name: 'long paragraph: lower-case "by" after a word (a passive)', paragraphs: [HEADLINE, `${LONG_EN} The new wing was designed by Jane Holloway The board chose her plan last spring.`] },
  { name: 'long paragraph: a title in capitals before "By"', paragraphs: [HEADLINE, `${LONG_EN} The band closed the night with Stand By Me Tonight Only, a song the crowd knew by heart.`] },
  { name: 'French long paragraph: "par" in prose after a verb', paragraphs: [TITRE, `${LONG_FR} Le projet a été conçu par Claire Martin Le conseil l’a retenu au printemps.`] },
  { name: 'a plain byline line above a long body', paragraphs: [HEADLINE, 'By Jane Holloway', `${LONG_EN} ${LONG_EN}`] },
  // Pipe bylines that are whole byline lines: cells of a date, a role or an outlet.
  { name: 'byline with a date cell', paragraphs: [HEADLINE, 'By Jane Holloway | March 3, 2024', ...BODY] },
  { name: 'byline with role and outlet cells', paragraphs: [HEADLINE, 'By Jane Holloway, staff writer | The Courier | Updated daily with the county news desk and the city desk reports', ...BODY] },
  { name: 'French byline with a date cell', paragraphs: [TITRE, 'Par Claire Martin | 3 mars 2024', ...CORPS] },
  // Review 16 item 1: "By"/"Par" and a manner or transport word before a pipe: no person's name, no role cell.
  { name: 'pipe after a transport word', paragraphs: [HEADLINE, 'By Ferry | the island is a forty-minute crossing from the harbour and boats leave every hour from the old quay in summer.', ...BODY] },
  { name: 'pipe after a two-word transport phrase', paragraphs: [HEADLINE, 'By Sea Freight | the parts take about six weeks to reach the plant and the company keeps a month of stock in its yard.', ...BODY] },
  { name: 'French: pipe after a transport word', paragraphs: [TITRE, 'Par Navette | le parc est à vingt minutes de la gare et les cars partent toutes les demi-heures depuis la place du marché.', ...CORPS] },
  // Review 16 item 8: a label's words glued inside a product name, after a single letter ("uRead More").
  { name: 'label glued inside a product name', paragraphs: [HEADLINE, ...BODY, 'The council bought four hundred tablets for its branches, the model sold to schools under the brand uRead More'] },
  { name: 'French: label glued inside a product name', paragraphs: [TITRE, ...CORPS, 'La ville a commandé quatre cents liseuses pour ses écoles, le modèle vendu aux familles sous la marque xLire la suite'] },
];

describe('round 16 cuts and bylines: look-alikes stay clean', () => {
  it.each(NEGATIVE)('$name', ({ paragraphs }) => {
    const found = findArtifacts({ paragraphs }).filter((a) => MINE.has(a.kind));
    expect(found).toEqual([]);
  });
});
