import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

/**
 * Round 16 (group 5b: cut sentences and bylines): shapes that recur across outlets in the blind misses of five
 * batches. Invented EN and FR rows. A row passes when a finding of its kind covers its text.
 */
type Row = { name: string; paragraphs: string[]; kind: string; text: string };

/** Listing cards whose teasers the template cut at a fixed length and glued its label to, with no space. */
const GLUED_CARDS_EN = [
  'The harbor board met for the first time since spring on Tuesday night at the old customs house near the ferry pier. The board had skipped its June meeting for lack of business. All four members were onRead More',
  'The new term started last Monday across the county. Pupils returned to classes early in the morning for a year that will run until late May. The middle school welcomed two new teachers, Dana Reyes as the science teacher, andRead More',
  'From the county supervisors (three names withheld) There has been a lot of talk about the closing of the county clinic over the past several months, and as supervisors we want to set the record straight. Residents should know that your county supervisorsRead More',
  'The fair board has named the singer and the clown who will perform at the summer rodeo on both nights of the fair. The singer returns to the county for a second year in a row. Born in a small ranch town, she is a much sought after performer,Read More',
];
const GLUED_CARDS_FR = [
  'Le conseil du port s’est réuni mardi soir pour la première fois depuis le printemps, dans l’ancienne maison des douanes près de l’embarcadère. La séance de juin avait été annulée faute de dossiers. Les quatre membres étaient d’accord pourLire la suite',
  'La rentrée a eu lieu lundi dans tout le département. Les élèves ont retrouvé leurs classes tôt le matin pour une année qui durera jusqu’à la fin du mois de juin. Le collège accueille deux nouveaux enseignants, dont une professeure de sciences, etLire la suite',
  'Le comité des fêtes a dévoilé le nom du chanteur et du clown qui se produiront lors de la fête d’été, les deux soirs du festival. Le chanteur revient pour la deuxième année de suite. Né dans un petit village de montagne, il est un artiste très demandé,Lire la suite',
];

/** Cards with a headline above each teaser, the teaser cut with a glued ellipsis before the next card. */
const ELLIPSIS_CARDS_EN = [
  'Category: Health',
  'Survey finds most adults misjudge how much sleep they need',
  'A national survey of more than two thousand adults has found that most people underestimate the amount of sleep their bodies need. The researchers asked participants to keep a diary for two weeks, showing that habits formed in youth are hard…',
  'Walking after meals may help steady blood sugar, trial shows',
  'Short walks after lunch and dinner lowered blood sugar peaks in a small trial run at two clinics over the winter. The team behind the trial said that the effect was largest among older volunteers and in a follow-up…',
  'New clinic opens in the east of the county for families',
  'The clinic, which took three years to build, will see about two hundred patients a week and offer evening hours for working parents. It was paid for by the county and by a grant from the regional…',
  'Volunteers plant trees along the river path',
];
const ELLIPSIS_CARDS_FR = [
  'Rubrique : Santé',
  'Une enquête montre que les adultes sous-estiment leur besoin de sommeil',
  'Une enquête nationale menée auprès de plus de deux mille adultes montre que la plupart des personnes sous-estiment le sommeil dont elles ont besoin. Les chercheurs ont demandé aux participants de tenir un carnet pendant deux semaines, et les habitudes prises…',
  'Marcher après le repas aiderait à stabiliser la glycémie',
  'De courtes marches après le déjeuner et le dîner ont réduit les pics de glycémie lors d’un petit essai mené dans deux cliniques cet hiver. L’équipe a constaté que l’effet était plus net chez les volontaires âgés et dans un suivi…',
  'Une nouvelle clinique ouvre ses portes dans l’est du département',
];

const CUTS: Row[] = [
  { name: 'glued label: the second card of a fixed-length run', paragraphs: GLUED_CARDS_EN, kind: 'truncated-sentence', text: 'Dana Reyes as the science teacher, and' },
  { name: 'glued label: the third card', paragraphs: GLUED_CARDS_EN, kind: 'truncated-sentence', text: 'Residents should know that your county supervisors' },
  { name: 'glued label: a card cut after a comma', paragraphs: GLUED_CARDS_EN, kind: 'truncated-sentence', text: 'she is a much sought after performer,' },
  { name: 'French glued label: the second card', paragraphs: GLUED_CARDS_FR, kind: 'truncated-sentence', text: 'dont une professeure de sciences, et' },
  { name: 'French glued label: a card cut after a comma', paragraphs: GLUED_CARDS_FR, kind: 'truncated-sentence', text: 'il est un artiste très demandé,' },
  {
    name: 'bracketed label after a function word',
    paragraphs: ['Rates rise again as prices climb', 'The central bank raised its main rate by half a point on Thursday, its third rise this year.', 'Figures from the statistics office show that prices rose by 9.2 percent in the year to May, against 8.4 percent recorded in the [continue reading]'],
    kind: 'truncated-sentence',
    text: 'against 8.4 percent recorded in the',
  },
  {
    name: 'French bracketed label after a function word',
    paragraphs: ['La banque centrale relève encore ses taux', 'La banque centrale a relevé jeudi son taux directeur d’un demi-point, sa troisième hausse de l’année.', 'Selon l’institut de la statistique, les prix ont augmenté de 9,2 % sur un an en mai, contre 8,4 % relevés au cours de la [lire la suite]'],
    kind: 'truncated-sentence',
    text: 'contre 8,4 % relevés au cours de la',
  },
  // A paywall notice that says the content is for subscribers, under a teaser cut with "…".
  { name: 'teaser cut before a subscribers-only notice', paragraphs: ['Why our small towns need their weekly paper', 'Last week I sat with a group of neighbours to talk about what keeps a small town alive. Some said the school, others the shop. The one thing we all came back to was…', 'Premium content is available to subscribers only. Please sign in or buy a subscription.'], kind: 'truncated-sentence', text: 'The one thing we all came back to was…' },
  { name: 'teaser cut before a restricted-content notice', paragraphs: ['Le journal local, dernier lien du village', 'La semaine dernière, des voisins se sont réunis pour parler de ce qui fait vivre un village. Certains ont cité l’école, d’autres l’épicerie. Tous sont revenus à une même idée, celle…', 'This content is restricted and available only to subscribers.'], kind: 'truncated-sentence', text: 'Tous sont revenus à une même idée, celle…' },
  { name: 'ellipsis cards: the first teaser', paragraphs: ELLIPSIS_CARDS_EN, kind: 'truncated-sentence', text: 'habits formed in youth are hard…' },
  { name: 'ellipsis cards: a teaser cut on its last sentence’s first words', paragraphs: ELLIPSIS_CARDS_EN, kind: 'truncated-sentence', text: 'in a follow-up…' },
  { name: 'ellipsis cards: the last teaser', paragraphs: ELLIPSIS_CARDS_EN, kind: 'truncated-sentence', text: 'a grant from the regional…' },
  { name: 'French ellipsis cards: the first teaser', paragraphs: ELLIPSIS_CARDS_FR, kind: 'truncated-sentence', text: 'les habitudes prises…' },
  { name: 'French ellipsis cards: the second teaser', paragraphs: ELLIPSIS_CARDS_FR, kind: 'truncated-sentence', text: 'dans un suivi…' },
];

/** A flattened print page: one block of a page's text, items run together. */
const PAGE_HEAD_EN = 'WEEKLY COURIER 50 CENTS Vol. 12, No. 4 Index Obituaries 2A Sports 5A Classifieds 1B Pledge drive — More than 300 students signed a pledge to put their phones away while driving, after a talk by the county sheriff at the school assembly. Each student received a key ring from the paper, and their names go into a drawing for a car kit. The drawing will be held before the holiday weekend. Library hours — The county library will stay open until eight on weekdays from next month, the board said, after a survey showed that most readers come in after work. The board also voted to buy new books for the children’s room and to repair the roof over the reading hall before the winter.';
const PAGE_TAIL_EN = 'The harbor fence was damaged twice last week after someone cut the wire and painted slogans on the gate near the boat ramp. Deputies said they had no suspect yet and asked residents who saw anything to call the office.';
const PAGE_HEAD_FR = 'LE COURRIER DU CANTON 1,20 € N° 412 Sommaire Sports 5 Annonces 12 Sécurité routière — Plus de trois cents lycéens ont signé un engagement à ne plus utiliser leur téléphone au volant, après une intervention des gendarmes au lycée. Chacun a reçu un porte-clés offert par le journal et participera à un tirage au sort. Bibliothèque — La médiathèque restera ouverte jusqu’à vingt heures en semaine à partir du mois prochain, a annoncé la mairie, après une enquête montrant que la plupart des lecteurs viennent après le travail. Le conseil a aussi voté l’achat de livres pour l’espace jeunesse et la réfection du toit de la salle de lecture avant l’hiver.';
const PAGE_TAIL_FR = 'La clôture du port a été dégradée deux fois la semaine dernière : quelqu’un a coupé le grillage et tagué le portail près de la cale. Les gendarmes n’ont pas encore de suspect et lancent un appel à témoins.';

const BYLINES: Row[] = [
  { name: 'print page: a lower-case byline after a sentence end', paragraphs: [`${PAGE_HEAD_EN} by Jane Holloway ${PAGE_TAIL_EN}`], kind: 'byline-noise', text: 'by Jane Holloway' },
  { name: 'print page: two names after a headline’s last word', paragraphs: [`${PAGE_HEAD_EN} Fence damaged twice at the harbor as deputies look for clues By Jane Holloway and Tom Briggs reporting from the harbor ${PAGE_TAIL_EN}`], kind: 'byline-noise', text: 'By Jane Holloway and Tom Briggs' },
  { name: 'print page: a byline before a jump bracket', paragraphs: [`${PAGE_HEAD_EN} By Tom Briggs [See Harbor, A6] ${PAGE_TAIL_EN}`], kind: 'byline-noise', text: 'By Tom Briggs' },
  { name: 'print page: a byline in capitals with an initial', paragraphs: [`${PAGE_HEAD_EN} By TOM R. BRIGGS ${PAGE_TAIL_EN}`], kind: 'byline-noise', text: 'By TOM R. BRIGGS' },
  { name: 'French print page: a byline after a sentence end', paragraphs: [`${PAGE_HEAD_FR} Par Claire Martin ${PAGE_TAIL_FR}`], kind: 'byline-noise', text: 'Par Claire Martin' },
  {
    name: 'byline run into the teaser with a pipe',
    paragraphs: ['Council passes the budget with little debate', 'By Jane Holloway, The Courier staff writer | In a year of rising costs and long arguments, one meeting stayed calm: the council passed its budget in under an hour.'],
    kind: 'byline-noise',
    text: 'By Jane Holloway, The Courier staff writer |',
  },
  {
    name: 'French: byline run into the teaser with a pipe',
    paragraphs: ['Le conseil adopte le budget sans débat', 'Par Claire Martin, correspondante | Dans une année de hausses des coûts et de longues disputes, une séance est restée calme : le conseil a voté son budget en moins d’une heure.'],
    kind: 'byline-noise',
    text: 'Par Claire Martin, correspondante |',
  },
];

const ROWS: Row[] = [...CUTS, ...BYLINES];

describe('round 16 cuts and bylines: shapes found', () => {
  it.each(ROWS)('$name', ({ paragraphs, kind, text }) => {
    const found = findArtifacts({ paragraphs }).filter((a) => a.kind === kind);
    expect(found.some((a) => a.text.includes(text) || text.includes(a.text))).toBe(true);
  });
});
