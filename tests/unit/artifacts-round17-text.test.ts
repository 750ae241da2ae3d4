import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Round 17 (group 5: text detectors): shapes that recur across outlets in the blind misses of five batches,
 * read by structure, not by a page's words. Invented EN and FR rows. A row passes when a finding of its kind
 * covers its text.
 */
type Row = { name: string; paragraphs: string[]; kind: string; text: string };

/**
 * A category page whose template bullets each card (headline) and cuts each teaser with an ellipsis. The cards
 * share a common noun ("council"): one subject by the name count, a listing by the template's cuts.
 */
const BULLETED_CARDS_EN = [
  'Section: Town Hall',
  '• Council Weighs New Rules for Sidewalk Cafes Downtown',
  'The city council spent most of Tuesday evening on a draft that would let restaurants put tables on wider sidewalks during the summer months. Owners told members that the current permits cost too much and take weeks to arrive, and the council agreed to…',
  '• Harbor Dredging Delayed Again After Council Vote on Contract',
  'Work to deepen the harbor channel will not start before autumn, after the council sent the dredging contract back to the port office for a second look at the price. The lowest bid came in far above the estimate, and several members asked whether the…',
  '• Library Branch Hours Extended Through the Winter, Council Says',
  'The east side branch will stay open until nine on weeknights from November to March, the council said, after a petition signed by more than a thousand residents asked for longer hours. The change will cost the city about forty thousand dollars and will be paid from the…',
];
const BULLETED_CARDS_FR = [
  'Rubrique : Vie locale',
  '• Le Conseil Municipal Examine de Nouvelles Règles pour les Terrasses',
  'Le conseil municipal a consacré une longue partie de sa séance de mardi à un projet qui permettrait aux restaurants d’installer des tables sur les trottoirs élargis pendant l’été. Les patrons ont expliqué que les autorisations coûtent trop cher et tardent à arriver, et le conseil a accepté de…',
  '• Le Dragage du Port Encore Repoussé Après un Vote du Conseil',
  'Les travaux pour creuser le chenal du port ne commenceront pas avant l’automne, le conseil ayant renvoyé le marché de dragage au service du port pour un nouvel examen du prix. L’offre la plus basse dépassait largement l’estimation, et plusieurs élus se sont demandé si le…',
  '• Les Horaires de la Médiathèque Prolongés Tout l’Hiver, Annonce le Conseil',
  'La médiathèque du quartier est restera ouverte jusqu’à vingt et une heures en semaine de novembre à mars, a annoncé le conseil, après une pétition signée par plus de mille habitants. La mesure coûtera environ quarante mille euros à la ville et sera financée par le…',
];
/** Cards with no bullet, all about one company, each teaser cut by the template's ellipsis: a tag page on one subject. */
const ONE_SUBJECT_CARDS_EN = [
  'Orbex Freight opens its third depot near the rail hub',
  'Orbex Freight said on Monday that its new depot would handle parcels for the whole northern region from next spring, and that the site would employ about two hundred people once the…',
  'Orbex Freight drivers vote to accept the new pay offer',
  'Drivers at Orbex Freight voted by a wide margin to accept a pay rise of four percent over two years, ending a dispute that had delayed deliveries across the region for most of the…',
  'Orbex Freight names a former airline executive as its new chief',
  'The board of Orbex Freight has picked a former airline executive to run the company from January, after its founder said in the summer that he would step down once a successor was…',
];

const LISTINGS: Row[] = [
  { name: 'bulleted cards, teasers cut by the template’s ellipsis: the second card', paragraphs: BULLETED_CARDS_EN, kind: 'merged-stories', text: 'Harbor Dredging Delayed Again After Council Vote on Contract' },
  { name: 'bulleted cards, teasers cut by the template’s ellipsis: the third card', paragraphs: BULLETED_CARDS_EN, kind: 'merged-stories', text: 'Library Branch Hours Extended Through the Winter, Council Says' },
  { name: 'French: bulleted cards, teasers cut by the template’s ellipsis', paragraphs: BULLETED_CARDS_FR, kind: 'merged-stories', text: 'Le Dragage du Port Encore Repoussé Après un Vote du Conseil' },
  { name: 'one-subject tag page, every teaser cut by an ellipsis', paragraphs: ONE_SUBJECT_CARDS_EN, kind: 'merged-stories', text: 'Orbex Freight drivers vote to accept the new pay offer' },
];

/** A "read more" label of the lexicon glued after a cut (forms the old local list did not hold). */
const GLUED_LABELS: Row[] = [
  { name: 'label "read full story" glued after a cut on a function word', paragraphs: [HEADLINE, ...BODY, 'The company also said it would open a training centre for technicians near its main plant in the read full story'], kind: 'truncated-sentence', text: 'The company also said it would open a training centre' },
  { name: 'French: label "lire plus" glued after a cut', paragraphs: [TITRE, ...CORPS, 'La société prévoit aussi d’ouvrir un centre de formation pour ses techniciens près de son usine principale dans la lire plus'], kind: 'truncated-sentence', text: 'La société prévoit aussi d’ouvrir un centre de formation' },
];

/** An excerpt mark with a lexicon label glued after it (the old local list held English labels only). */
const GLUED_PROMPTS: Row[] = [
  { name: 'French: "[…] Lire l’article" after an excerpt', paragraphs: [TITRE, ...CORPS, 'Le chiffre d’affaires du secteur a reculé de près d’un tiers au printemps, selon une note publiée par la fédération qui s’inquiète […] Lire l’article'], kind: 'truncated-sentence', text: 'Le chiffre d’affaires du secteur a reculé' },
  { name: '"… Keep reading" after an excerpt', paragraphs: [HEADLINE, ...BODY, 'Sales across the sector fell by nearly a third in the spring, according to a note from the trade group, which warned that smaller firms…  Keep reading'], kind: 'truncated-sentence', text: 'Sales across the sector fell by nearly a third' },
];

const ROWS: Row[] = [...LISTINGS, ...GLUED_LABELS, ...GLUED_PROMPTS];

describe('round 17 text detectors: shapes found', () => {
  it.each(ROWS)('$name', ({ paragraphs, kind, text }) => {
    const found = findArtifacts({ paragraphs }).filter((a) => a.kind === kind);
    expect(found.some((a) => a.text.includes(text) || (kind !== 'merged-stories' && text.includes(a.text)))).toBe(true);
  });
});
